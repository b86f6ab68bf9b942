"""Importing a 50,000-row bank statement end to end: read, match, commit.

What it does:
  1. Writes once a Banco de Chile-style XLSX statement (title rows, real date and number
     cells, Cargos/Abonos/Saldo): 50,000 credits over November 2026 plus 2,000 debits.
     Of the credits 45 % name the payer's RUT («TRANSF DE 12.345.678-5 NOMBRE»), 45 % the
     unit's payment reference («PAGO BENCH-A101»), 10 % nothing a unit can be told by
     («DEPOSITO EN EFECTIVO SUC 12», amounts nobody owes).
  2. RUNS times, into a fresh office (made before the clock starts) with one community of 320
     units, each with an owner (a RUT) and an opening debt: ``BankImportService.review`` (the
     file read, every credit matched, duplicates looked up) then ``confirm`` of the matched
     rows (45,000 payments with receipts, outbox rows and frozen receipts, one transaction).
     Reports the median of review + confirm, and its parts.
  3. Baseline, in the same run: python-calamine reading the file alone, plus raw sqlite3
     ``executemany`` of 50,000 rows into a copy of the payments table, committed.

Run alone: `.venv/bin/python benchmarks/bank_import.py [RUNS]`, or through `make bench`.
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

try:  # run as a script or by run_all.py, benchmarks/ is on sys.path
    from _office import figure, median_of, new_office, print_figures, rut, timed
except ImportError:  # imported as benchmarks.bank_import
    from benchmarks._office import figure, median_of, new_office, print_figures, rut, timed

RUNS = 3
TARGET = 1.0
ROWS = 50_000
DEBITS = 2_000
UNITS = 320
TOWERS = "ABCD"


def units_plan() -> list[tuple[str, str, str, int]]:
    """(number, owner name, owner RUT, opening debt) for every unit."""
    plan = []
    for i in range(UNITS):
        tower, floor, door = TOWERS[i % 4], 1 + (i // 4) // 8, 1 + (i // 4) % 8
        number = f"{tower}-{floor}{door:02d}"
        plan.append((number, f"Propietario {i + 1}", rut(10_000_000 + 7_919 * i), 80_000 + 37 * i))
    return plan


def write_statement(path: Path) -> int:
    """The XLSX; returns how many credits name a unit."""
    from openpyxl import Workbook

    plan = units_plan()
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Movimientos")
    sheet.append([None, "Banco de Chile — Movimientos de la cuenta corriente 00-123-45678-09"])
    sheet.append([])
    sheet.append([None, "Fecha", "Descripción", "N° Documento", "Cargos (CLP)", "Abonos (CLP)",
                  "Saldo (CLP)"])  # fmt: skip
    balance, named = 25_000_000, 0
    total = ROWS + DEBITS
    for n in range(total):
        on = date(2026, 11, 1) + timedelta(days=n * 30 // total)
        number, owner, tax_id, debt = plan[n % UNITS]
        if n % 26 == 25:  # 2,000 debits spread over the month
            balance -= 45_990
            sheet.append([None, on, "PAGO PROVEEDOR ASEO", 700_000 + n, 45_990, None, balance])
            continue
        kind = n % 20
        if kind < 9:
            text, amount = f"TRANSF DE {tax_id} {owner.upper()}", debt
            named += 1
        elif kind < 18:
            text, amount = f"PAGO BENCH-{number.replace('-', '')} GASTOS COMUNES", 50_000 + n % 997
            named += 1
        else:
            text, amount = f"DEPOSITO EN EFECTIVO SUC {n % 40}", 13 + n % 11
        balance += amount
        sheet.append([None, on, text, 900_000 + n, None, amount, balance])
    workbook.save(path)
    return named


def fill_community(services: Any, community_id: int) -> None:
    """The units, their owners and opening debts, straight to the tables (not timed)."""
    plan = units_plan()
    now = datetime(2026, 10, 1)
    with services.ctx.engine.begin() as connection:
        raw = connection.connection.driver_connection
        raw.executemany(
            "INSERT INTO people (tax_id, full_name, emails, phones, postal_address, "
            "notice_preference, created_at, updated_at) VALUES (?, ?, '', '', '', 'email', ?, ?)",
            [(tax_id, name, now, now) for _n, name, tax_id, _d in plan],
        )
        people = dict(raw.execute("SELECT tax_id, id FROM people").fetchall())
        raw.executemany(
            "INSERT INTO units (community_id, number, kind, tower, floor, owner_id, notes, active)"
            " VALUES (?, ?, 'apartment', '', '', ?, '', 1)",
            [(community_id, number, people[tax_id]) for number, _o, tax_id, _d in plan],
        )
        units = dict(raw.execute("SELECT number, id FROM units").fetchall())
        raw.executemany(
            "INSERT INTO opening_balances (community_id, unit_id, amount, as_of) VALUES (?, ?, ?, ?)",
            [(community_id, units[number], debt, "2026-10-01") for number, _o, _t, debt in plan],
        )


def import_once(folder: Path, path: Path, named: int, run: int) -> tuple[float, float]:
    """(review seconds, confirm seconds) into a fresh office."""
    services, actor, community = new_office(folder / f"office-{run}")
    try:
        fill_community(services, community.id)
        services.ctx.clock = lambda: datetime(2026, 12, 2, 9, 0)
        service = services.bank_import  # its modules load as in the app: before the clock
        started = time.perf_counter()
        review = service.review(actor, community.id, path)
        reviewed = time.perf_counter()
        result = service.confirm(actor, community.id, review).value
        confirmed = time.perf_counter()
        _check(services, review, result, named)
        return reviewed - started, confirmed - reviewed
    finally:
        services.close()


def _check(services: Any, review: Any, result: Any, named: int) -> None:
    if review.errors or len(review.rows) != ROWS or review.debits_skipped != DEBITS:
        raise RuntimeError(
            f"read {len(review.rows)} credits, {review.debits_skipped} debits, errors "
            f"{[str(e) for e in review.errors[:3]]}"
        )
    if len(review.matched) != named or result.imported != named:
        raise RuntimeError(
            f"{len(review.matched)} matched, {len(review.ambiguous)} ambiguous, "
            f"{result.imported} imported; expected {named}"
        )
    conn = sqlite3.connect(services.paths.database)
    try:
        stored = conn.execute("SELECT count(*) FROM payments WHERE receipt != ''").fetchone()[0]
    finally:
        conn.close()
    if stored != named:
        raise RuntimeError(f"{stored} payments stored with a receipt, expected {named}")


def baseline(folder: Path, path: Path) -> tuple[float, float]:
    """(calamine read, sqlite3 executemany of 50,000 payment rows + commit)."""
    from python_calamine import CalamineWorkbook

    def read() -> list[list[Any]]:
        workbook = CalamineWorkbook.from_path(str(path))
        return workbook.get_sheet_by_index(0).to_python(skip_empty_area=False)

    source = sqlite3.connect(folder / "office-0" / "kastor.sqlite3")
    ddl = [  # the payments table with its constraints and indexes
        sql
        for (sql,) in source.execute(
            "SELECT sql FROM sqlite_master WHERE tbl_name = 'payments' AND sql IS NOT NULL"
        )
    ]
    source.close()
    rows = [r for r in read()[3:] if r[5]]
    now = datetime(2026, 12, 2, 9, 0)
    values = [
        (1, 1 + i % UNITS, r[1], int(r[5]), "transfer", str(r[3]), i + 1, 0, now, "admin",
         "", f"{i:032x}", "")
        for i, r in enumerate(rows)
    ]  # fmt: skip

    def insert() -> None:
        target = folder / "baseline.sqlite3"
        for leftover in folder.glob("baseline.sqlite3*"):
            leftover.unlink()
        conn = sqlite3.connect(target)
        conn.execute("PRAGMA journal_mode=WAL")  # as the app opens its database
        conn.execute("PRAGMA synchronous=NORMAL")
        for sql in ddl:  # its foreign keys point nowhere: sqlite3 leaves them unchecked
            conn.execute(sql)
        conn.executemany(
            "INSERT INTO payments (community_id, unit_id, paid_on, amount, method, reference, "
            "receipt_number, voided, created_at, created_by, payer, fingerprint, receipt) "
            f"VALUES ({', '.join('?' * 13)})",
            values,
        )
        conn.commit()
        conn.close()

    return median_of(3, lambda: timed(read))[0], median_of(3, lambda: timed(insert))[0]


def run(runs: int = RUNS) -> list[dict[str, object]]:
    """Benchmark entry point used by benchmarks/run_all.py."""
    with tempfile.TemporaryDirectory(prefix="kastor-bench-bank-") as tmp:
        folder = Path(tmp)
        path = folder / "cartola-50000.xlsx"
        named = write_statement(path)
        parts = [import_once(folder, path, named, run) for run in range(runs)]
        read, insert = baseline(folder, path)
    print(f"  baseline: calamine reads the statement in {read:.3f} s; sqlite3 executemany of "
          f"{ROWS:,} payment rows {insert:.3f} s")  # fmt: skip
    totals = [r + c for r, c in parts]
    review = statistics.median(r for r, _ in parts)
    confirm = statistics.median(c for _, c in parts)
    note = (
        f"review {review:.3f} s + confirm {confirm:.3f} s; baseline calamine {read:.3f} s + "
        f"sqlite3 executemany {insert:.3f} s = {read + insert:.3f} s"
    )
    return [
        figure(
            f"bank import {ROWS:,} rows (read, match, commit {named:,}), median of {runs}",
            statistics.median(totals),
            TARGET,
            note,
        )
    ]


if __name__ == "__main__":
    print_figures(run(*(int(a) for a in sys.argv[1:])))
