"""Notes of charge as PDF (reportlab canvas): one page per unit, one file per closing or per unit.

Speed comes from drawing what every page of a closing shares (header and logos, labels, payment
instructions, the community's month, contact, signature, footer, watermark) once per document as
a form XObject (notices_layout.py), one text object per page for the unit's values, and a QR
code whose mask is chosen with bit operations (qr_matrix.py). Fonts are Bitstream Vera (bundled
with reportlab) embedded as TrueType subsets built once per process (pdf_fonts.py).

Output is deterministic: ``invariant=1`` and fixed metadata, so rendering the same batch twice
gives byte-identical files.

File names of :func:`render_per_unit` (see :func:`unit_file_name`)::

    {community}-{YYYY}-{MM}-{unit}-folio-{folio}.pdf   e.g. los-aromos-2025-03-a-101-folio-1234.pdf

where ``community`` is the slug of the community's code (or its name when it has none) and
``unit`` the slug of the unit's number: lower case ASCII letters and digits joined by «-».
"""

from __future__ import annotations

import multiprocessing
import os
import re
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from pathlib import Path

from kastor_desktop.domain.text import fold
from kastor_desktop.reports.notice_data import NoticeBatch, NoticeUnit
from kastor_desktop.reports.notices_layout import (
    PAGE_H,
    PAGE_W,
    Sheet,
    draw_watermark,
    month_title,
    place_watermark,
)
from kastor_desktop.reports.pdf_fonts import FONT, preset_subsets, register_fonts

CREATOR = "Kastor Desktop"
Progress = Callable[[int, int], None]


class RenderCancelled(InterruptedError):
    """Rendering stopped at the user's request; ``paths`` are the files already complete."""

    def __init__(self, paths: list[Path]) -> None:
        super().__init__("cancelled")
        self.paths = paths


def render_batch(batch: NoticeBatch, path: Path, units: Sequence[NoticeUnit] | None = None) -> Path:
    """One PDF with one page per unit of ``batch`` (or of ``units``); written atomically."""
    chosen = batch.units if units is None else tuple(units)
    if not chosen:
        raise ValueError("El cierre no tiene unidades que imprimir.")
    from reportlab import rl_config

    a85 = rl_config.useA85
    rl_config.useA85 = 0  # binary streams: ASCII85 (pure Python here) took a third of the time
    try:
        return _render(batch, Path(path), chosen)
    finally:
        rl_config.useA85 = a85


def _render(batch: NoticeBatch, path: Path, chosen: Sequence[NoticeUnit]) -> Path:
    from reportlab.pdfgen.canvas import Canvas

    widths = register_fonts()
    tmp = path.with_name(path.name + ".tmp")
    canv = Canvas(
        str(tmp), pagesize=(PAGE_W, PAGE_H), invariant=1, pageCompression=1, initialFontName=FONT
    )
    preset_subsets(canv)
    title = "Liquidación de expensas" if batch.country == "AR" else "Avisos de cobro"
    month = month_title(batch.year, batch.month)
    canv.setTitle(f"{title} {month} — {batch.community.name}")
    canv.setAuthor(batch.office.name)
    canv.setSubject(f"Cierre N° {batch.sequence}" + (" (borrador)" if batch.draft else ""))
    canv.setCreator(CREATOR)
    sheet = Sheet.of(batch, widths)
    fixed, unit_layer = _layout(batch.country)
    canv.beginForm("fixed")
    fixed(canv, sheet)
    canv.endForm()
    if batch.draft:
        canv.beginForm("draft")
        draw_watermark(canv, sheet)
        canv.endForm()
    from kastor_desktop.reports.qr_matrix import qr_rows

    for unit in chosen:
        canv.doForm("fixed")
        unit_layer(canv, sheet, unit, qr_rows)
        if batch.draft:
            place_watermark(canv)
        canv.showPage()
    try:
        canv.save()
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return path


def render_unit(batch: NoticeBatch, unit: NoticeUnit, path: Path) -> Path:
    """One unit's notice, on demand (the same page as in the closing's file)."""
    return render_batch(batch, path, (unit,))


def render_per_unit(
    batch: NoticeBatch,
    out_dir: Path,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[Path]:
    """One file per unit in ``out_dir`` (created if needed), named by :func:`unit_file_name`."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    total = len(batch.units)
    for index, unit in enumerate(batch.units, start=1):
        if cancelled is not None and cancelled():
            raise RenderCancelled(paths)
        paths.append(render_batch(batch, out_dir / unit_file_name(batch, unit), (unit,)))
        if progress is not None:
            progress(index, total)
    return paths


def render_many(
    jobs: Sequence[tuple[NoticeBatch, Path]],
    processes: int = 2,
    per_unit: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[Path]:
    """Render many closings: each job's path is a PDF file, or with ``per_unit`` a folder of
    per-unit files. ``processes`` > 1 uses a spawn process pool (safe beside Qt threads; a frozen
    app must call ``multiprocessing.freeze_support()``); 1 renders here. ``progress(done, total)``
    counts jobs; ``cancelled()`` is checked between jobs and raises :class:`RenderCancelled`.
    Returns every file written, in job order."""
    total = len(jobs)
    results: list[list[str] | None] = [None] * total

    def finished() -> list[Path]:
        return [Path(p) for paths in results if paths is not None for p in paths]

    if processes <= 1 or total <= 1:
        for index, (batch, path) in enumerate(jobs):
            if cancelled is not None and cancelled():
                raise RenderCancelled(finished())
            results[index] = _render_job(batch, str(path), per_unit)
            if progress is not None:
                progress(index + 1, total)
        return finished()
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=processes, mp_context=context) as pool:
        pending: dict[Future[list[str]], int] = {}
        next_job = done = 0
        stop = False
        while pending or (next_job < total and not stop):
            while not stop and next_job < total and len(pending) < 2 * processes:
                batch, path = jobs[next_job]
                pending[pool.submit(_render_job, batch, str(path), per_unit)] = next_job
                next_job += 1
            complete, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in complete:
                results[pending.pop(future)] = future.result()
                done += 1
                if progress is not None:
                    progress(done, total)
            if not stop and cancelled is not None and cancelled():
                stop = True
                for future in list(pending):
                    if future.cancel():
                        del pending[future]
        if stop:
            raise RenderCancelled(finished())
    return finished()


def _render_job(batch: NoticeBatch, path: str, per_unit: bool) -> list[str]:
    """The process pool's worker (module level, picklable arguments)."""
    if per_unit:
        return [str(p) for p in render_per_unit(batch, Path(path))]
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    return [str(render_batch(batch, target))]


def slug(text: str, limit: int = 40) -> str:
    """«Edificio Ñuñoa 2» -> «edificio-nunoa-2»."""
    words = re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
    return words[:limit].rstrip("-") or "sin-nombre"


def unit_file_name(batch: NoticeBatch, unit: NoticeUnit) -> str:
    community = slug(batch.community_code or batch.community.name)
    return (
        f"{community}-{batch.year:04d}-{batch.month:02d}-{slug(unit.number)}-folio-{unit.folio}.pdf"
    )


def batch_file_name(batch: NoticeBatch) -> str:
    """A closing's file: «los-aromos-2025-03-avisos.pdf» («-borrador» added to drafts)."""
    community = slug(batch.community_code or batch.community.name)
    draft = "-borrador" if batch.draft else ""
    return f"{community}-{batch.year:04d}-{batch.month:02d}-avisos{draft}.pdf"


def _layout(country: str) -> tuple[Callable[..., None], Callable[..., None]]:
    if country == "AR":
        from kastor_desktop.reports.notices_layout_ar import draw_fixed_ar, draw_unit_ar

        return draw_fixed_ar, draw_unit_ar
    from kastor_desktop.reports.notices_layout_cl import draw_fixed_cl, draw_unit_cl

    return draw_fixed_cl, draw_unit_cl
