"""One unit's account with 10 years of history (target < 0.2 s), its PDF statement apart.

The office: the measured community with 300 units, 120 closed months (10 years) of about 6
concepts each (ordinary, extraordinary, reserve, funds, consumption, interest) for every unit,
a payment a month per unit and a few voided ones; plus 29 other communities with 120 closings
each (so the ledger's queries meet an office's worth of closings, not one community's). All
written with plain sqlite3 ``executemany`` into a database migrated by ``open_office``.

Measured (median of RUNS, after one warm-up): ``LedgerService.account`` for one unit (read the
entries, allocate, running balance, aging); ``reports.account_pdf.render_account`` of that
account alone; ``PaymentDocumentService.account_pdf`` end to end; and the XLSX. Baseline in the
same run: the bare SQL reads of the unit's entries (the three SELECTs of
``services.ledger.unit_entries``, fetched with sqlite3).
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

try:  # run as a script or by run_all.py, benchmarks/ is on sys.path
    from _office import figure, new_office, rut
except ImportError:  # imported as the benchmarks package
    from benchmarks._office import figure, new_office, rut

UNITS = 300
MONTHS = 120
OTHER_COMMUNITIES = 29
CONCEPTS = ("ordinary", "extraordinary", "reserve", "funds", "consumption", "interest")
RUNS = 7


def _months(first: date, count: int) -> list[tuple[int, int]]:
    year, month = first.year, first.month
    out = []
    for _ in range(count):
        out.append((year, month))
        month += 1
        if month > 12:
            year, month = year + 1, 1
    return out


def _closings(db: sqlite3.Connection, cid: int, months: list[tuple[int, int]]) -> list[tuple]:
    """Closed periods and their closings; returns (closing id, issued, due) per month."""
    db.executemany(
        "INSERT INTO periods (community_id, year, month, status, opened_at)"
        " VALUES (?, ?, ?, 'closed', '2016-01-01 00:00:00')",
        [(cid, y, m) for y, m in months],
    )
    periods = dict(
        ((y, m), pid)
        for pid, y, m in db.execute(
            "SELECT id, year, month FROM periods WHERE community_id = ?", (cid,)
        )
    )
    rows = []
    for seq, (y, m) in enumerate(months, start=1):
        issued = date(y + (m == 12), m % 12 + 1, 1)
        rows.append((cid, periods[(y, m)], seq, issued, issued + timedelta(days=10)))
    db.executemany(
        "INSERT INTO closings (community_id, period_id, sequence, status, closed_at, closed_by,"
        " issued_on, due_date, hash, previous_hash, summary)"
        " VALUES (?, ?, ?, 'closed', '2016-01-01 00:00:00', 'admin', ?, ?, 'h', 'h', '{}')",
        [(c, p, s, i.isoformat(), d.isoformat()) for c, p, s, i, d in rows],
    )
    ids = [
        r[0]
        for r in db.execute(
            "SELECT id FROM closings WHERE community_id = ? ORDER BY sequence", (cid,)
        )
    ]
    return [(k, r[3], r[4]) for k, r in zip(ids, rows, strict=True)]


def _people_and_units(db: sqlite3.Connection, cid: int, count: int, base: int) -> list[int]:
    db.executemany(
        "INSERT INTO people (tax_id, full_name, emails, phones, postal_address,"
        " notice_preference, created_at, updated_at) VALUES (?, ?, '', '', '', 'email',"
        " '2016-01-01', '2016-01-01')",
        [(rut(base + i), f"Propietario {base + i}") for i in range(count)],
    )
    owners = [
        r[0]
        for r in db.execute(
            "SELECT id FROM people WHERE id > (SELECT max(id) - ? FROM people)", (count,)
        )
    ]
    db.executemany(
        "INSERT INTO units (community_id, number, kind, tower, floor, owner_id, notes, active)"
        " VALUES (?, ?, 'apartment', '', '', ?, '', 1)",
        [(cid, f"U-{i + 1:03d}", owners[i]) for i in range(count)],
    )
    return [
        r[0] for r in db.execute("SELECT id FROM units WHERE community_id = ? ORDER BY id", (cid,))
    ]


def _history(db: sqlite3.Connection, cid: int, units: list[int], closings: list[tuple]) -> None:
    rng = random.Random(cid)
    charges = []
    payments = []
    receipt = 0
    for closing_id, _issued, due in closings:
        for unit in units:
            for concept in CONCEPTS:
                if concept == "interest" and rng.random() < 0.7:
                    continue
                amount = (
                    rng.randint(300, 900) if concept == "interest" else rng.randint(5_000, 90_000)
                )
                charges.append((closing_id, cid, unit, concept, amount, due.isoformat()))
        for unit in units:
            receipt += 1
            paid = due - timedelta(days=rng.randint(0, 20))
            voided = rng.random() < 0.03
            payments.append(
                (cid, unit, paid.isoformat(), rng.randint(80_000, 260_000), "transfer",
                 f"OP{receipt}", receipt, int(voided), "2016-01-01 00:00:00", "admin",
                 (paid + timedelta(days=3)).isoformat() + " 10:00:00" if voided else None,
                 "Rechazado por el banco" if voided else None)
            )  # fmt: skip
    db.executemany(
        "INSERT INTO charges (closing_id, community_id, unit_id, concept, amount, due_date)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        charges,
    )
    db.executemany(
        "INSERT INTO payments (community_id, unit_id, paid_on, amount, method, reference,"
        " receipt_number, voided, created_at, created_by, voided_at, void_reason, payer, receipt)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', '')",
        payments,
    )


def build(root: Path) -> tuple[Any, Any, int, int, dict[str, int]]:
    services, admin, community = new_office(root, "DIEZ")
    services.ctx.clock = lambda: datetime(2026, 1, 20, 9, 0)
    months = _months(date(2015, 12, 1), MONTHS)
    db = sqlite3.connect(services.paths.database)
    with db:
        closings = _closings(db, community.id, months)
        units = _people_and_units(db, community.id, UNITS, 20_000_000)
        _history(db, community.id, units, closings)
        for n in range(OTHER_COMMUNITIES):
            cid = db.execute(
                "INSERT INTO communities (code, name, tax_id, address, email, phone, country,"
                " currency, contact_shown, created_at, updated_at)"
                " VALUES (?, ?, ?, '', '', '', 'CL', 'CLP', 0, '2016-01-01', '2016-01-01')",
                (f"O{n:02d}", f"Otra {n}", rut(54_000_000 + n)),
            ).lastrowid
            others = _closings(db, cid, months)
            few = _people_and_units(db, cid, 10, 30_000_000 + n * 100)
            _history(db, cid, few, others)
    counts = {
        t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("closings", "charges", "payments")
    }
    db.close()
    return services, admin, community.id, units[0], counts


def _baseline(database: Path, cid: int, unit_id: int) -> float:
    db = sqlite3.connect(database)
    started = time.perf_counter()
    db.execute(
        "SELECT amount, as_of FROM opening_balances WHERE unit_id = ?", (unit_id,)
    ).fetchall()
    db.execute(
        """SELECT k.id, k.issued_on, c.due_date, p.year, p.month, c.concept, sum(c.amount)
           FROM charges c JOIN closings k ON k.id = c.closing_id
           JOIN periods p ON p.id = k.period_id
           WHERE c.unit_id = ? AND k.status = 'closed'
           GROUP BY k.id, c.concept ORDER BY k.issued_on, k.id""",
        (unit_id,),
    ).fetchall()
    db.execute(
        """SELECT id, paid_on, amount, method, reference, receipt_number, voided, voided_at,
                  void_reason FROM payments WHERE unit_id = ? AND community_id = ?
           ORDER BY paid_on, id""",
        (unit_id, cid),
    ).fetchall()
    elapsed = time.perf_counter() - started
    db.close()
    return elapsed


def _median(call: Any, runs: int = RUNS) -> float:
    call()  # warm-up: imports, statement caches, fonts
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def run() -> list[dict[str, object]]:
    from kastor_desktop.reports.account_pdf import render_account
    from kastor_desktop.services.payment_documents import letterhead_data, letterhead_of
    from kastor_desktop.store.models import Community

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        services, admin, cid, unit_id, counts = build(folder / "office")
        built = time.perf_counter() - started
        number = "U-001"
        account = services.ledger.account(admin, cid, number)
        lines = len(account.lines)
        t_account = _median(lambda: services.ledger.account(admin, cid, number))
        t_base = statistics.median(
            _baseline(services.paths.database, cid, unit_id) for _ in range(RUNS)
        )
        with services.ctx.work(admin) as uow:
            head = letterhead_of(
                letterhead_data(uow, uow.session.get(Community, cid)), services.paths.attachments
            )
        t_render = _median(lambda: render_account(head, account, folder / "render.pdf"))
        docs = services.payment_documents
        t_pdf = _median(lambda: docs.account_pdf(admin, cid, number, folder / "cuenta.pdf"))
        t_xlsx = _median(lambda: docs.account_xlsx(admin, cid, number, folder / "cuenta.xlsx"))
        import pypdf

        pages = len(pypdf.PdfReader(folder / "cuenta.pdf").pages)
        services.close()
    note = (
        f"{lines} lines, {counts['closings']:,} closings / {counts['charges']:,} charge rows / "
        f"{counts['payments']:,} payments in the office (built in {built:.0f} s); "
        f"bare SQL reads of the unit's entries {t_base * 1000:.1f} ms"
    )
    return [
        figure("unit account, 10 years (LedgerService.account)", t_account, 0.2, note),
        figure("account statement PDF render only", t_render, 0.5, f"{pages} pages"),
        figure("account statement PDF end to end", t_pdf, 0.7, f"XLSX end to end {t_xlsx:.3f} s"),
    ]


if __name__ == "__main__":
    try:
        from _office import print_figures
    except ImportError:
        from benchmarks._office import print_figures

    if len(sys.argv) > 1:
        RUNS = int(sys.argv[1])
    print_figures(run())
