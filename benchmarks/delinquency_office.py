"""The office-wide delinquency report: 100 communities x 300 units = 30,000 units with six
closed months of charges (several concepts) and payments (benchmarks/_delinquency_office.py),
as of 03-12-2026 (the latest notice issued two days before, so nearly every unit owes something
and appears in the report: the report's worst case).

Measured, median of 3 after one warm-up run:
- ``DelinquencyService.office()``: every unit aged with its community's allocation order, its
  last collection action, agreement and booking block;
- ``DelinquencyService.report(None, path, "xlsx")`` end to end: the same reading plus the
  workbook («Morosidad», «Ranking», «Por comunidad») written to disk (target < 2 s).
Baseline in the same run: the bare sqlite3 reads the service makes (the three grouped ledger
queries of ``services.ledger.open_items`` and the units with their owners), fetched.
"""

from __future__ import annotations

import sqlite3
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

try:  # run as a script or by run_all.py, benchmarks/ is on sys.path
    from _delinquency_office import build
    from _office import figure
except ImportError:  # imported as the benchmarks package
    from benchmarks._delinquency_office import build
    from benchmarks._office import figure

AS_OF = date(2026, 12, 3)
RUNS = 3

BASELINE = [
    "SELECT unit_id, amount, as_of FROM opening_balances WHERE as_of <= :d",
    """SELECT c.unit_id, c.due_date, c.concept IN ('interest', 'individual'), sum(c.amount)
       FROM charges c JOIN closings k ON k.id = c.closing_id
       WHERE k.status = 'closed' AND k.issued_on <= :d GROUP BY c.unit_id, c.due_date, 3""",
    "SELECT unit_id, sum(amount) FROM payments WHERE NOT voided AND paid_on <= :d GROUP BY unit_id",
    """SELECT u.id, u.community_id, u.number, p.full_name, p.emails FROM units u
       LEFT JOIN people p ON p.id = u.owner_id""",
]


def _baseline(database: Path) -> tuple[float, int]:
    db = sqlite3.connect(database)
    started = time.perf_counter()
    rows = 0
    for sql in BASELINE:
        rows += len(db.execute(sql, {"d": AS_OF.isoformat()}).fetchall())
    elapsed = time.perf_counter() - started
    db.close()
    return elapsed, rows


def _median(call: object) -> float:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        call()  # type: ignore[operator]
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def run() -> list[dict[str, object]]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        services, admin, ids = build(folder / "office")
        service = services.delinquency
        path = folder / "morosidad.xlsx"
        rows = service.office(admin, AS_OF)  # warm-up: imports, page cache
        service.report(admin, None, path, "xlsx", AS_OF)
        office = _median(lambda: service.office(admin, AS_OF))
        report = _median(lambda: service.report(admin, None, path, "xlsx", AS_OF))
        size = path.stat().st_size
        db = sqlite3.connect(services.paths.database)
        units = db.execute("SELECT count(*) FROM units").fetchone()[0]
        charges = db.execute("SELECT count(*) FROM charges").fetchone()[0]
        payments = db.execute("SELECT count(*) FROM payments").fetchone()[0]
        db.close()
        database = services.paths.database
        services.close()
        baseline, fetched = _baseline(database)
        note = (
            f"{len(ids)} communities, {units:,} units, {charges:,} charges, {payments:,} "
            f"payments; {len(rows):,} units owe; workbook {size / 1e6:.1f} MB; raw sqlite3 "
            f"reads of the same rows ({fetched:,}) {baseline:.3f} s"
        )
        return [
            figure("delinquency of the office (30,000 units)", office, 2.0,
                   f"DelinquencyService.office(); {len(rows):,} rows"),
            figure("office delinquency report XLSX (30,000 units)", report, 2.0, note),
        ]  # fmt: skip


if __name__ == "__main__":
    try:
        from _office import print_figures
    except ImportError:
        from benchmarks._office import print_figures

    print_figures(run())
