"""An office of 100 communities x 300 units with 200 expense lines each, November open.

Communities are created through the service; units, shares, expenses and opening balances are
written with plain sqlite3 (building the data is not what is measured). Shared by
closing_office.py and notices.py. Not a benchmark itself (the name starts with `_`).
"""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path
from typing import Any

try:  # run as a script or by run_all.py, benchmarks/ is on sys.path
    from _office import more_communities, new_office, rut
except ImportError:  # imported as the benchmarks package
    from benchmarks._office import more_communities, new_office, rut

COMMUNITIES = 100
UNITS = 300
EXPENSES = 200


def build(root: Path, communities: int = COMMUNITIES) -> tuple[Any, Any, list[int]]:
    """(services, admin, community ids), every community with its month ready to close."""
    from datetime import datetime

    services, admin, first = new_office(root, "C000")
    services.ctx.clock = lambda: datetime(2026, 12, 2, 9, 0)
    ids = more_communities(services, admin, first.id, communities)
    for cid in ids:
        services.chart.load_default(admin, cid)
        services.periods.start_at(admin, cid, 2026, 11)
    _fill(services.paths.database, ids)
    return services, admin, ids


def _fill(database: Path, ids: list[int]) -> None:
    rng = random.Random(7)
    db = sqlite3.connect(database)
    with db:
        people = [
            (
                rut(10_000_000 + i),
                f"Propietario {i}",
                "",
                "",
                "",
                "email",
                "2026-01-01",
                "2026-01-01",
            )
            for i in range(len(ids) * UNITS)
        ]
        db.executemany(
            "INSERT INTO people (tax_id, full_name, emails, phones, postal_address,"
            " notice_preference, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            people,
        )
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
            table = db.execute(
                "INSERT INTO share_tables (community_id, name, position) VALUES (?, 'General', 0)",
                (cid,),
            ).lastrowid
            weights = [rng.randint(80, 120) for _ in units]
            from kastor_desktop.domain.money import split_integer

            micro = split_integer(100_000_000, weights)
            db.executemany(
                "INSERT INTO unit_shares (table_id, unit_id, micro) VALUES (?, ?, ?)",
                [(table, u, m) for u, m in zip(units, micro, strict=True)],
            )
            account = db.execute(
                "SELECT id FROM expense_accounts WHERE community_id = ? AND kind != 'surcharge'"
                " ORDER BY code LIMIT 1",
                (cid,),
            ).fetchone()[0]
            period = db.execute("SELECT id FROM periods WHERE community_id = ?", (cid,)).fetchone()[
                0
            ]
            db.executemany(
                "INSERT INTO expenses (period_id, spent_on, account_id, document_type,"
                " document_number, description, amount, method, table_id, unit_ids, service,"
                " nature, confirmed) VALUES (?, '2026-11-10', ?, 'Factura', ?, ?, ?, ?, ?, '', '',"
                " ?, 1)",
                [
                    (
                        period,
                        account,
                        str(1000 + e),
                        f"Gasto {e}",
                        rng.randint(5_000, 2_500_000),
                        "equal" if e % 10 == 0 else "table",
                        None if e % 10 == 0 else table,
                        "extraordinary" if e % 25 == 0 else "ordinary",
                    )
                    for e in range(EXPENSES)
                ],
            )
            db.execute(
                "INSERT INTO funds (community_id, name, kind, opening_balance) VALUES"
                " (?, 'Fondo común de reserva', 'reserve', 1000000)",
                (cid,),
            )
            db.executemany(
                "INSERT INTO opening_balances (community_id, unit_id, amount, as_of)"
                " VALUES (?, ?, ?, '2026-10-01')",
                [(cid, u, rng.randint(20_000, 400_000)) for u in units[::10]],
            )
    db.close()
