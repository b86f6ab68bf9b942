"""An office of 100 communities x 300 units with six closed months (June to November 2026) of
charges and a history of payments: most units pay each notice in full, some pay part of it,
some stopped paying a few months ago and some never paid. A tenth of the units bring an
opening debt, one in fifty a fine. December's notice (November's closing) was issued on
01-12-2026, due 11-12-2026.

Communities are created through the service; units, people, periods, closings, charges and
payments are written with plain sqlite3 (building the data is not what is measured). Shared
by delinquency_office.py. Not a benchmark itself (the name starts with `_`).
"""

from __future__ import annotations

import random
import sqlite3
from datetime import date, timedelta
from pathlib import Path
from typing import Any

try:  # run as a script or by run_all.py, benchmarks/ is on sys.path
    from _office import more_communities, new_office, rut
except ImportError:  # imported as the benchmarks package
    from benchmarks._office import more_communities, new_office, rut

COMMUNITIES = 100
UNITS = 300
MONTHS = [(2026, m) for m in range(6, 12)]  # closed: June .. November 2026


def build(root: Path, communities: int = COMMUNITIES) -> tuple[Any, Any, list[int]]:
    """(services, admin, community ids) with the ledger history written."""
    from datetime import datetime

    services, admin, first = new_office(root, "C000")
    services.ctx.clock = lambda: datetime(2026, 12, 3, 9, 0)
    ids = more_communities(services, admin, first.id, communities)
    _fill(services.paths.database, ids)
    return services, admin, ids


def _issued(year: int, month: int) -> date:
    return date(year + month // 12, month % 12 + 1, 1)


def _fill(database: Path, ids: list[int]) -> None:
    rng = random.Random(11)
    db = sqlite3.connect(database)
    now = "2026-12-01 09:00:00"
    with db:
        db.executemany(
            "INSERT INTO people (tax_id, full_name, emails, phones, postal_address,"
            " notice_preference, created_at, updated_at) VALUES (?, ?, ?, '', '', 'email', ?, ?)",
            [
                (rut(10_000_000 + i), f"Propietario {i}", f"p{i}@example.cl" if i % 3 else "",
                 now, now)
                for i in range(len(ids) * UNITS)
            ],
        )  # fmt: skip
        person_ids = [r[0] for r in db.execute("SELECT id FROM people ORDER BY id")]
        for n, cid in enumerate(ids):
            owners = person_ids[n * UNITS : (n + 1) * UNITS]
            db.executemany(
                "INSERT INTO units (community_id, number, kind, tower, floor, owner_id, notes,"
                " active) VALUES (?, ?, 'apartment', '', '', ?, '', 1)",
                [(cid, f"{1 + i // 10}{i % 10 + 1:02d}", owners[i]) for i in range(UNITS)],
            )
            units = [
                r[0] for r in db.execute("SELECT id FROM units WHERE community_id = ?", (cid,))
            ]
            _ledger(db, rng, cid, units, now)
    db.close()


def _ledger(
    db: sqlite3.Connection, rng: random.Random, cid: int, units: list[int], now: str
) -> None:
    base = {u: rng.randint(40_000, 120_000) for u in units}
    # habit: pays (70 %), pays part (15 %), stopped after k months (10 %), never pays (5 %)
    habit = {
        u: rng.choices(("full", "part", "stopped", "never"), (70, 15, 10, 5))[0] for u in units
    }
    stops = {u: rng.randint(1, 4) for u in units}
    db.executemany(
        "INSERT INTO opening_balances (community_id, unit_id, amount, as_of)"
        " VALUES (?, ?, ?, '2026-05-31')",
        [(cid, u, rng.randint(50_000, 600_000)) for u in units[::10]],
    )
    charges, payments = [], []
    receipt = 0
    for sequence, (year, month) in enumerate(MONTHS, start=1):
        period = db.execute(
            "INSERT INTO periods (community_id, year, month, status, opened_at)"
            " VALUES (?, ?, ?, 'closed', ?)",
            (cid, year, month, now),
        ).lastrowid
        issued = _issued(year, month)
        due = issued + timedelta(days=10)
        closing = db.execute(
            "INSERT INTO closings (community_id, period_id, sequence, status, closed_at,"
            " closed_by, issued_on, due_date, hash, previous_hash, summary)"
            " VALUES (?, ?, ?, 'closed', ?, 'admin', ?, ?, ?, '', '{}')",
            (cid, period, sequence, now, issued.isoformat(), due.isoformat(), f"h{sequence}"),
        ).lastrowid
        for u in units:
            month_total = 0
            lines = [("ordinary", base[u]), ("reserve", base[u] // 20)]
            if month % 3 == 0:
                lines.append(("extraordinary", 15_000))
            if habit[u] != "full" and sequence > 1:
                lines.append(("interest", base[u] // 70))
            if rng.random() < 0.02:
                lines.append(("individual", 25_000))
            for concept, amount in lines:
                charges.append((closing, cid, u, concept, amount, due.isoformat()))
                month_total += amount
            kind = habit[u]
            if kind == "full" or (kind == "stopped" and sequence <= stops[u]):
                pay = month_total
            elif kind == "part":
                pay = month_total * rng.randint(40, 90) // 100
            else:
                pay = 0
            if pay:
                receipt += 1
                paid_on = issued + timedelta(days=rng.randint(1, 16))
                payments.append((cid, u, paid_on.isoformat(), pay, receipt, now))
    db.executemany(
        "INSERT INTO charges (closing_id, community_id, unit_id, concept, amount, due_date)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        charges,
    )
    db.executemany(
        "INSERT INTO payments (community_id, unit_id, paid_on, amount, method, reference,"
        " receipt_number, voided, created_at, created_by, payer, receipt)"
        " VALUES (?, ?, ?, ?, 'transfer', '', ?, 0, ?, 'admin', '', '')",
        payments,
    )
