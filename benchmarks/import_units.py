"""Importing a 2,000-unit spreadsheet end to end: parse, validate, preview, commit.

What it does:
  1. Writes the units template once to a temporary folder and fills it in (as the demo office
     does, demo_loading.fill_template): 2,000 units in 8 towers — apartments, parking
     spots and storage rooms grouped under an apartment —, owners with valid RUTs (some owning
     several units), residents for about a quarter of the apartments, and two share tables
     («% General», «% Estacionamientos») that each sum to exactly 100 %.
  2. RUNS times, into a fresh office and community each time (made before the clock starts):
     MigrationService.preview (must find no error and 2,000 units to add) then
     MigrationService.commit. Reports the median of preview + commit, and its parts.
  3. Prints the baseline: python-calamine reading the same file alone.

Run alone: `.venv/bin/python benchmarks/import_units.py [RUNS]`, or through `make bench`.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

try:  # run as a script or by run_all.py, benchmarks/ is on sys.path
    from _office import figure, median_of, new_office, print_figures, timed
except ImportError:  # imported as benchmarks.import_units
    from benchmarks._office import figure, median_of, new_office, print_figures, timed

RUNS = 3
TARGET = 2.0
TOWERS = tuple("ABCDEFGH")


def write_file(folder: Path) -> tuple[Path, int]:
    """The 2,000-unit workbook: the written units template, filled; returns (path, units)."""
    import random

    from kastor_desktop.imports.specs import spec_for
    from kastor_desktop.reports.templates import write_templates
    from kastor_desktop.services.demo_loading import fill_template, units_rows
    from kastor_desktop.services.demo_master import GENERAL, Layout, PersonMaker, plan_community

    layout = Layout(TOWERS, 25, 0, 300, 100, (GENERAL, "Estacionamientos"),
                    (48.5, 55.2, 62.3, 62.3, 71.8, 71.8, 84.6, 102.4))  # fmt: skip
    maker = PersonMaker(random.Random("kastor-bench-import"))
    plan = plan_community("BENCH", "Av. Apoquindo 4500, Las Condes", maker, layout=layout)
    write_templates(folder / "plantillas")
    template = folder / "plantillas" / spec_for("units").file_name
    path = folder / "unidades-2000.xlsx"
    fill_template(template, "units", path, {"Unidades": units_rows(plan)}, plan.tables)
    return path, len(plan.units)


def calamine_read(path: Path) -> int:
    from python_calamine import CalamineWorkbook

    workbook = CalamineWorkbook.from_path(str(path))
    return sum(len(workbook.get_sheet_by_name(n).to_python()) for n in workbook.sheet_names)


def import_once(folder: Path, path: Path, units: int, run: int) -> tuple[float, float]:
    """(preview seconds, commit seconds) into a fresh office."""
    services, actor, community = new_office(folder / f"office-{run}")
    try:
        started = time.perf_counter()
        preview = services.migration.preview(actor, community.id, "units", path)
        previewed = time.perf_counter()
        if not preview.ok or len(preview.to_add) != units:
            raise RuntimeError(
                f"the preview found {len(preview.to_add)} units to add and these errors: "
                f"{[str(e) for e in preview.errors[:3]]}"
            )
        services.migration.commit(actor, community.id, "units", path)
        committed = time.perf_counter()
        _check(services, actor, community.id, units)
        return previewed - started, committed - previewed
    finally:
        services.close()


def _check(services: Any, actor: Any, community_id: int, units: int) -> None:
    listing = services.units.listing(actor, community_id)
    if len(listing.rows) != units:
        raise RuntimeError(f"{len(listing.rows)} units imported, expected {units}")


def run(runs: int = RUNS) -> list[dict[str, object]]:
    """Benchmark entry point used by benchmarks/run_all.py."""
    with tempfile.TemporaryDirectory(prefix="kastor-bench-import-") as tmp:
        folder = Path(tmp)
        path, units = write_file(folder)
        raw = median_of(runs, lambda: timed(lambda: calamine_read(path)))[0]
        print(f"  baseline: python-calamine reads the {units:,}-unit file in {raw:.3f} s")
        parts = [import_once(folder, path, units, run) for run in range(runs)]
    totals = [p + c for p, c in parts]
    preview = statistics.median(p for p, _ in parts)
    commit = statistics.median(c for _, c in parts)
    note = f"preview {preview:.3f} s + commit {commit:.3f} s; calamine alone {raw:.3f} s"
    return [
        figure(
            f"import {units:,} units (parse, validate, preview, commit), median of {runs}",
            statistics.median(totals),
            TARGET,
            note,
        )
    ]


if __name__ == "__main__":
    print_figures(run(*(int(a) for a in sys.argv[1:])))
