"""Render the notes of charge of a whole office: 30,000 notices (100 communities x 300 units).

- one PDF per community, both cores (target < 45 s);
- one PDF per unit, both cores (target < 120 s).
The batches are read from the stored closings first (not timed: the same for both figures).
Baseline in the same run: a bare reportlab page (one line of text) x 30,000, one core.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

try:  # run as a script or by run_all.py, benchmarks/ is on sys.path
    from _closing_office import build
    from _office import figure
except ImportError:  # imported as the benchmarks package
    from benchmarks._closing_office import build
    from benchmarks._office import figure


def _bare_pages(path: Path, pages: int) -> float:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    started = time.perf_counter()
    canv = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for n in range(pages):
        canv.drawString(72, 720, f"Aviso {n}")
        canv.showPage()
    canv.save()
    return time.perf_counter() - started


def run() -> list[dict[str, object]]:
    from kastor_desktop.reports.notices_pdf import render_many
    from kastor_desktop.services.closing_batch import close_many

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        services, admin, ids = build(folder / "office")
        results = close_many(services, admin, [(cid, 2026, 11) for cid in ids], processes=2)
        if not all(r.ok for r in results):
            raise RuntimeError("the office did not close")
        batches = [services.notices.batch(admin, cid, 2026, 11) for cid in ids]
        notices = sum(len(b.units) for b in batches)
        out = folder / "avisos"
        out.mkdir()
        jobs = [(b, out / f"{n:03d}.pdf") for n, b in enumerate(batches)]
        started = time.perf_counter()
        render_many(jobs, processes=2)
        per_community = time.perf_counter() - started
        units_dir = folder / "por-unidad"
        units_dir.mkdir()
        started = time.perf_counter()
        files = render_many([(b, units_dir) for b in batches], processes=2, per_unit=True)
        per_unit = time.perf_counter() - started
        bare = _bare_pages(folder / "bare.pdf", notices)
        services.close()
    note = f"{notices:,} notices; bare reportlab page x {notices:,}: {bare:.1f} s on one core"
    return [
        figure("notices, one PDF per community (2 cores)", per_community, 45.0, note),
        figure("notices, one PDF per unit (2 cores)", per_unit, 120.0, f"{len(files):,} files"),
    ]


if __name__ == "__main__":
    try:
        from _office import print_figures
    except ImportError:
        from benchmarks._office import print_figures

    print_figures(run())
