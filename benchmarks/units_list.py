"""The units list of a 100,000-unit community: open it, sort it, filter it.

What it does:
  1. Makes a migrated office with one community (services.suite.open_office + the normal
     services), then bulk-inserts 100,000 units straight into SQLite with `executemany`:
     people (owners, residents for a quarter of the apartments), apartments in 20 towers with parking
     spots and storage rooms grouped under an apartment of the same owner, and three share
     tables (General, Sector Norte, Sector Sur) that each sum to exactly 100 %.
  2. Offscreen (QT_QPA_PLATFORM=offscreen), RUNS times each, on a page whose model caches were
     just reset (so no run profits from an earlier one):
     a. opening the list: UnitService.listing + the UnitsPage model filled + the view shown
        and painted (QApplication.processEvents);
     b. sorting by owner, by m2 and by a share column (the view's sortByColumn, as a header
        click does, + processEvents);
     c. filtering by a search text (typed into the page's search box + processEvents).
  3. Prints the baseline: raw sqlite3 SELECTs of the same rows (units with owner, resident and
     main unit; the percentages of each share table).

Run alone: `.venv/bin/python benchmarks/units_list.py [UNITS] [RUNS]`, or through `make bench`.
"""

from __future__ import annotations

import os
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

try:  # run as a script or by run_all.py, benchmarks/ is on sys.path
    from _office import figure, median_of, new_office, print_figures, rut, timed
except ImportError:  # imported as benchmarks.units_list
    from benchmarks._office import figure, median_of, new_office, print_figures, rut, timed

UNITS = 100_000
RUNS = 5
OPEN_TARGET = 0.5
SORT_TARGET = 0.2
FILTER_TARGET = 0.2
TOWERS = "ABCDEFGHIJKLMNOPQRST"  # 20 towers; A–J are «Sector Norte», K–T «Sector Sur»
TABLES = ("General", "Sector Norte", "Sector Sur")
SEARCH = "gonzalez"
NOW = "2024-12-31 12:00:00.000000"


def _shares(weights: list[int]) -> list[int]:
    """Largest remainder over integers: millionths of a percent summing to exactly 100 %."""
    full, total = 100_000_000, sum(weights)
    parts = [full * w // total for w in weights]
    rests = sorted(range(len(weights)), key=lambda i: (-(full * weights[i] % total), i))
    for i in rests[: full - sum(parts)]:
        parts[i] += 1
    return parts


def _people(rng: random.Random, count: int, first_id: int) -> list[tuple[Any, ...]]:
    from kastor_desktop.services.demo_master import MEN, SURNAMES, WOMEN

    firsts = WOMEN + MEN
    rows = []
    for n in range(count):
        first, father, mother = rng.choice(firsts), rng.choice(SURNAMES), rng.choice(SURNAMES)
        rows.append(
            (
                first_id + n, rut(5_000_000 + 97 * (first_id + n)), f"{first} {father} {mother}",
                f"persona{first_id + n}@example.cl", f"+569{rng.randint(40_000_000, 99_999_999)}",
                "", ("email", "paper", "both")[n % 7 % 3], NOW, NOW,
            )
        )  # fmt: skip
    return rows


def build_units(database: Path, community_id: int, count: int = UNITS) -> None:
    """Bulk-insert ``count`` units with owners, residents, sub-units and three share tables.

    People get their ids in the order an import creates them (owner, then resident, row by
    row; about one apartment in twelve belongs to an earlier owner), as a real office's
    database would have them."""
    rng = random.Random(count)
    conn = sqlite3.connect(database)
    try:
        conn.execute("PRAGMA synchronous=OFF")
        units: list[tuple[Any, ...]] = []
        per_tower = count // len(TOWERS)
        kinds = ("apartment",) * 8 + ("parking", "storage")
        main_id = main_owner = people = 0
        for i in range(count):
            unit_id = i + 1
            tower = TOWERS[min(i // per_tower, len(TOWERS) - 1)]
            floor, position = (i % per_tower) // 100 + 1, i % 100 + 1
            kind = kinds[i % 10] if main_id else "apartment"
            if kind == "apartment":
                if people and rng.random() < 0.08:
                    owner = rng.randint(1, people)  # owns several units
                else:
                    people += 1
                    owner = people
                main_id, main_owner, parent = unit_id, owner, None
                area = rng.randint(4_500, 14_000)
            else:
                owner, parent = main_owner, main_id
                area = 1_250 if kind == "parking" else rng.randint(300, 600)
            resident = None
            if kind == "apartment" and rng.random() < 0.25:
                people += 1
                resident = people
            units.append(
                (
                    unit_id, community_id, f"{tower}-{floor}{position:03d}", kind, tower,
                    str(floor), area, None, None, owner, resident, parent, "", 1,
                )
            )  # fmt: skip
        conn.executemany("INSERT INTO people VALUES (?,?,?,?,?,?,?,?,?)", _people(rng, people, 1))
        conn.executemany("INSERT INTO units VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", units)
        conn.executemany(
            "INSERT INTO share_tables (id, community_id, name, position) VALUES (?,?,?,?)",
            [(n + 1, community_id, name, n) for n, name in enumerate(TABLES)],
        )
        north = [u for u in units if u[4] <= "J"]
        south = [u for u in units if u[4] > "J"]
        for table_id, members in ((1, units), (2, north), (3, south)):
            parts = _shares([u[6] for u in members])
            conn.executemany(
                "INSERT INTO unit_shares VALUES (?,?,?)",
                [(table_id, u[0], p) for u, p in zip(members, parts, strict=True)],
            )
        conn.commit()
    finally:
        conn.close()


BASELINE_UNITS = """
SELECT u.id, u.number, u.kind, u.tower, u.floor, u.area_x100, o.full_name, o.tax_id,
       r.full_name, p.number, u.active
FROM units u LEFT JOIN people o ON o.id = u.owner_id LEFT JOIN people r ON r.id = u.resident_id
     LEFT JOIN units p ON p.id = u.parent_id
WHERE u.community_id = ?
"""
BASELINE_SHARES = "SELECT unit_id, micro FROM unit_shares WHERE table_id = ?"


def raw_select(database: Path, community_id: int) -> int:
    """The same rows straight from sqlite3: units with owner, resident and main unit, then
    each share table's percentages (what the listing reads, without building anything)."""
    conn = sqlite3.connect(database)
    try:
        rows = conn.execute(BASELINE_UNITS, (community_id,)).fetchall()
        tables = conn.execute("SELECT id FROM share_tables WHERE community_id = ?", (community_id,))
        for (table_id,) in tables.fetchall():
            conn.execute(BASELINE_SHARES, (table_id,)).fetchall()
        return len(rows)
    finally:
        conn.close()


def _column(page: Any, *words: str) -> int:
    """Index of the first model column whose title contains any of ``words`` (case-insensitive)."""
    titles = [c.title.lower() for c in page.model.columns]
    for word in words:
        for index, title in enumerate(titles):
            if word.lower() in title:
                return index
    raise RuntimeError(f"the units list has no column like {words}: {titles}")


def measure(
    services: Any, actor: Any, community: Any, expected: int, runs: int
) -> list[dict[str, object]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from kastor_desktop.ui.community.units_page import UnitsPage
    from kastor_desktop.ui.context import UiContext
    from kastor_desktop.ui.tasks import SyncRunner

    app = QApplication.instance() or QApplication([])
    ctx = UiContext(services, SyncRunner(), actor, services.auth.grants(actor))
    pages: list[Any] = []

    def open_list() -> None:
        page = UnitsPage(ctx, community, "units", parent=None)
        page.resize(1280, 800)
        page.refresh()
        page.show()
        app.processEvents()
        pages.append(page)

    opened = median_of(runs, lambda: timed(open_list))
    page = pages[-1]
    for old in pages[:-1]:
        old.close()
        old.deleteLater()
    rows = page.model.total()
    if rows != expected:
        raise RuntimeError(f"the units list shows {rows} units, expected {expected}")
    share = _column(page, *TABLES[1:2], "general")
    columns = {
        "owner": _column(page, "propietario", "owner"),
        "m2": _column(page, "m²", "m2"),
        f"share «{page.model.columns[share].title}»": share,
    }
    results = [
        figure(f"units list: open {rows:,} units, median of {runs}", opened[0], OPEN_TARGET,
               f"max {opened[1]:.3f} s"),
    ]  # fmt: skip

    def fresh() -> None:  # reload: cached sort keys and search texts are dropped
        page.search.clear()
        page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        page.refresh()
        app.processEvents()

    for label, column in columns.items():

        def sort_once(column: int = column) -> float:
            fresh()
            return timed(
                lambda: (
                    page.table.sortByColumn(column, Qt.SortOrder.DescendingOrder),
                    app.processEvents(),
                )
            )

        median, worst = median_of(runs, sort_once)
        results.append(
            figure(f"units list: sort by {label}", median, SORT_TARGET, f"max {worst:.3f} s")
        )

    def filter_once() -> float:
        fresh()
        return timed(lambda: (page.search.setText(SEARCH), app.processEvents()))

    median, worst = median_of(runs, filter_once)
    results.append(
        figure(f"units list: filter «{SEARCH}» ({page.model.rowCount():,} match)", median,
               FILTER_TARGET, f"max {worst:.3f} s"),
    )  # fmt: skip
    page.close()
    page.deleteLater()
    app.processEvents()
    return results


def run(units: int = UNITS, runs: int = RUNS) -> list[dict[str, object]]:
    """Benchmark entry point used by benchmarks/run_all.py."""
    with tempfile.TemporaryDirectory(prefix="kastor-bench-units-") as tmp:
        services, actor, community = new_office(Path(tmp) / "office")
        try:
            database = services.paths.database
            started = time.perf_counter()
            build_units(database, community.id, units)
            built = time.perf_counter() - started
            raw = median_of(runs, lambda: timed(lambda: raw_select(database, community.id)))[0]
            print(f"  built {units:,} units with raw executemany in {built:.2f} s")
            print(f"  baseline: raw sqlite3 SELECT of the same rows, median {raw:.3f} s")
            service = median_of(
                runs, lambda: timed(lambda: services.units.listing(actor, community.id))
            )[0]
            print(f"  UnitService.listing alone (no Qt), median {service:.3f} s")
            return measure(services, actor, community, units, runs)
        finally:
            services.close()


if __name__ == "__main__":
    args = [int(a) for a in sys.argv[1:]]
    print_figures(run(*args))
