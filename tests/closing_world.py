"""A small community ready for a monthly closing, built through the real services.

AROMOS (CLP): units A-101, A-102, B-201, B-202 with owners (B-202 has none unless asked),
share table «General» 30/30/20/20 % and «Torre A» 50/50 % (A-101, A-102), the default chart of
accounts, a default bank account, the reserve fund and a fund «Obras». The open period is
November 2026 (the services' clock in tests is whatever ``services.ctx.clock`` says; the world
fixes the first month explicitly).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tests.factories import insert_units, make_chilean_community, valid_rut

GENERAL = {"A-101": 30_000_000, "A-102": 30_000_000, "B-201": 20_000_000, "B-202": 20_000_000}
TORRE_A = {"A-101": 50_000_000, "A-102": 50_000_000}


@dataclass(frozen=True)
class World:
    community_id: int
    units: dict[str, int]  # number -> id
    general: int  # share table ids
    torre_a: int
    reserve_fund: int
    works_fund: int
    year: int = 2026
    month: int = 11


def make_closing_world(
    services: Any, actor: Any, owner_for_b202: bool = True, code: str = "AROMOS"
) -> World:
    from kastor_desktop.services.banks import BankAccountDraft
    from kastor_desktop.services.funds import FundDraft

    community = make_chilean_community(services, actor, code=code, name=f"Edificio {code.title()}")
    cid = community.id
    owners = [
        ("A-101", "Ana Rojas"),
        ("A-102", "Bruno Díaz"),
        ("B-201", "Carla Núñez"),
        ("B-202", "Diego Soto" if owner_for_b202 else ""),
    ]
    ids = insert_units(services, cid, owners)
    units = dict(zip([n for n, _ in owners], ids, strict=True))
    general = services.shares.create_table(actor, cid, "General").value.id
    services.shares.set_shares(actor, cid, general, {units[n]: m for n, m in GENERAL.items()})
    torre = services.shares.create_table(actor, cid, "Torre A").value.id
    services.shares.set_shares(actor, cid, torre, {units[n]: m for n, m in TORRE_A.items()})
    services.chart.load_default(actor, cid)
    services.banks.create(
        actor, cid, BankAccountDraft("Banco de Chile", "checking", "00-123-45678-09", valid_rut())
    )
    reserve = services.funds.create(actor, cid, FundDraft("Fondo común de reserva", "reserve"))
    works = services.funds.create(actor, cid, FundDraft("Fondo de obras", "other"))
    services.periods.start_at(actor, cid, 2026, 11)
    return World(cid, units, general, torre, reserve.value.id, works.value.id)


def account_id(services: Any, world: World, surcharge: bool = False) -> int:
    """An account of the default chart: a regular one, or a surcharge category."""
    from sqlalchemy import select

    from kastor_desktop.store.models.master import ExpenseAccount

    kind = ExpenseAccount.kind == "surcharge"
    with services.ctx.sessions() as session:
        return session.scalars(
            select(ExpenseAccount.id)
            .where(ExpenseAccount.community_id == world.community_id, kind if surcharge else ~kind)
            .order_by(ExpenseAccount.code)
        ).first()


def add_expense(
    services: Any,
    world: World,
    amount: int,
    description: str = "Gasto",
    *,
    method: str = "table",
    table_id: int | None = None,
    unit: str | None = None,
    nature: str = "ordinary",
    day: int = 5,
) -> int:
    """An expense of the open period written straight to the table (no service rules)."""
    from datetime import date

    from kastor_desktop.store.models.closing import Expense, Period

    with services.ctx.sessions() as session:
        period = (
            session.query(Period).filter_by(community_id=world.community_id, status="open").one()
        )
        expense = Expense(
            period_id=period.id,
            spent_on=date(period.year, period.month, day),
            account_id=account_id(services, world),
            description=description,
            amount=amount,
            method=method,
            table_id=(table_id or world.general) if method == "table" else None,
            unit_id=world.units[unit] if unit else None,
            nature=nature,
        )
        session.add(expense)
        session.commit()
        return expense.id
