"""Close a whole office: 100 communities x 300 units, 200 expense lines each (target < 5 s), and
one 300-unit community (target < 0.2 s). The office is closed with both cores
(services/closing_batch.py: one process per core, one transaction per community).

Each close is the real service call: read the month, compute the preview, write charges,
notices, outbox rows, the hash-chained closing and the audit entry in one transaction.
Baseline in the same run: plain sqlite3 executemany of the same charge and notice rows.
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
from pathlib import Path

try:  # run as a script or by run_all.py, benchmarks/ is on sys.path
    from _closing_office import build
    from _office import figure
except ImportError:  # imported as the benchmarks package
    from benchmarks._closing_office import build
    from benchmarks._office import figure
from kastor_desktop.services.closing_batch import close_many


def _baseline(rows_charges: int, rows_notices: int, folder: Path) -> float:
    db = sqlite3.connect(folder / "baseline.db")
    db.execute(
        "CREATE TABLE charges (id INTEGER PRIMARY KEY, closing_id INT, community_id INT,"
        " unit_id INT, concept TEXT, amount INT, due_date TEXT)"
    )
    db.execute(
        "CREATE TABLE notices (id INTEGER PRIMARY KEY, closing_id INT, community_id INT,"
        " unit_id INT, folio INT, total INT, data TEXT)"
    )
    payload = '{"lines":{"ordinary":123456,"reserve":6173},"number":"101","total":129629}' * 8
    started = time.perf_counter()
    with db:
        db.executemany(
            "INSERT INTO charges (closing_id, community_id, unit_id, concept, amount, due_date)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [(1, 1, i, "ordinary", i, "2026-12-12") for i in range(rows_charges)],
        )
        db.executemany(
            "INSERT INTO notices (closing_id, community_id, unit_id, folio, total, data)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [(1, 1, i, i, i, payload) for i in range(rows_notices)],
        )
    elapsed = time.perf_counter() - started
    db.close()
    return elapsed


def run() -> list[dict[str, object]]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        services, admin, ids = build(folder / "office")
        services.closing.preview(admin, ids[0])  # warm imports
        started = time.perf_counter()
        first = services.closing.close(admin, ids[0], 2026, 11).value
        one = time.perf_counter() - started
        results = close_many(services, admin, [(cid, 2026, 11) for cid in ids[1:]], processes=2)
        office = time.perf_counter() - started
        failed = [r.message for r in results if not r.ok]
        if failed:
            raise RuntimeError(f"{len(failed)} communities not closed: {failed[0]}")
        db = sqlite3.connect(services.paths.database)
        charges = db.execute("SELECT count(*) FROM charges").fetchone()[0]
        notices = db.execute("SELECT count(*) FROM notices").fetchone()[0]
        db.close()
        services.close()
        baseline = _baseline(charges, notices, folder)
        note = (
            f"{len(ids)} communities, {notices:,} notices, {charges:,} charge rows; "
            f"raw sqlite3 inserts of the same rows {baseline:.3f} s"
        )
        return [
            figure("close one 300-unit community (200 expenses)", one, 0.2,
                   f"{first.units} notices"),
            figure("close the office (100 x 300 units)", office, 5.0, note),
        ]  # fmt: skip


if __name__ == "__main__":
    try:
        from _office import print_figures
    except ImportError:
        from benchmarks._office import print_figures

    print_figures(run())
