"""Each unit's opening balance at the migration date: positive is a debt the unit brings, negative
a credit in its favour. Setting zero removes it. Units are read from the units table."""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from kastor_desktop.domain.values import day, minor_units
from kastor_desktop.services.community_records import (
    audit_change,
    code_key,
    country_of,
    load_community,
)
from kastor_desktop.services.context import Actor, Changes, Outcome
from kastor_desktop.services.errors import NotFound
from kastor_desktop.services.unit_of_work import ServiceContext, UnitOfWork
from kastor_desktop.services.validation import Checks
from kastor_desktop.store.models import Community
from kastor_desktop.store.models.master import OpeningBalance, Person, Unit

PERMISSION = "accounts.manage"
NAMES = {"amount": "Monto", "as_of": "Fecha"}  # in messages


@dataclass(frozen=True)
class BalanceRow:
    """One row per unit; ``amount``/``as_of`` are None when the unit has no opening balance."""

    id: int  # the unit's id: a unit has at most one opening balance
    unit_number: str
    unit_kind: str
    owner_name: str
    amount: int | None
    as_of: date | None
    balance_id: int | None

    @property
    def unit_id(self) -> int:
        return self.id


@dataclass(frozen=True)
class BalanceTotals:
    debt: int  # sum of positive balances
    credit: int  # sum of negative balances, as a positive number
    owing: int  # units with a debt
    in_credit: int  # units with a credit

    @property
    def net(self) -> int:
        return self.debt - self.credit


def totals(rows: list[BalanceRow]) -> BalanceTotals:
    amounts = [r.amount for r in rows if r.amount]
    debts = [a for a in amounts if a > 0]
    credits = [-a for a in amounts if a < 0]
    return BalanceTotals(sum(debts), sum(credits), len(debts), len(credits))


class BalanceService:
    area = "balances"

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def list(self, actor: Actor, community_id: int) -> builtins.list[BalanceRow]:
        """Every unit of the community, by number, with its opening balance if it has one."""
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id)
            return self._rows(uow, community)

    def set(
        self,
        actor: Actor,
        community_id: int,
        unit_id: int,
        amount: int | str | None,
        as_of: date | str | None,
    ) -> Outcome[BalanceRow]:
        """Debt (positive) or credit (negative) at ``as_of``; zero removes the balance."""
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id, PERMISSION)
            unit = self._unit(uow, community, unit_id)
            checks = Checks()
            exponent = country_of(community).minor_exponent
            value = checks.run(minor_units, amount, exponent, "amount", NAMES["amount"])
            if value is None and "amount" not in checks.errors:
                checks.add(
                    "amount",
                    "Indique el monto: positivo si la unidad debe, negativo si tiene saldo a favor.",
                )
            when = checks.run(day, as_of, "as_of", NAMES["as_of"])
            if value and when is None and "as_of" not in checks.errors:
                checks.add("as_of", "Indique la fecha del saldo inicial.")
            checks.done()
            balance = self._balance(uow, unit)
            if value == 0:
                if balance is not None:
                    self._remove(uow, community, unit, balance)
                    uow.commit()
                    return Outcome(self._row(uow, community, unit), self.changes())
                return Outcome(self._row(uow, community, unit), Changes())
            assert value is not None and when is not None  # checked above
            before = _snapshot(unit, balance) if balance is not None else None
            if balance is None:
                balance = OpeningBalance(
                    community_id=community.id, unit_id=unit.id, amount=value, as_of=when
                )
                uow.session.add(balance)
            else:
                balance.amount, balance.as_of = value, when
            uow.session.flush()
            after = _snapshot(unit, balance)
            if after == before:
                return Outcome(self._row(uow, community, unit), Changes())
            audit_change(
                uow, community, "opening_balance.set", "opening_balance", unit.id, before, after
            )
            uow.commit()
            return Outcome(self._row(uow, community, unit), self.changes())

    def delete(self, actor: Actor, community_id: int, unit_id: int) -> Outcome[BalanceRow]:
        """Remove the unit's opening balance (nothing to do if it has none)."""
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id, PERMISSION)
            unit = self._unit(uow, community, unit_id)
            balance = self._balance(uow, unit)
            if balance is None:
                return Outcome(self._row(uow, community, unit), Changes())
            self._remove(uow, community, unit, balance)
            uow.commit()
            return Outcome(self._row(uow, community, unit), self.changes())

    def changes(self) -> Changes:
        return Changes.of(self.area)

    # -- helpers --------------------------------------------------------------------------
    def _unit(self, uow: UnitOfWork, community: Community, unit_id: int) -> Unit:
        unit = uow.session.get(Unit, unit_id)
        if unit is None or unit.community_id != community.id:
            raise NotFound("La unidad ya no existe.")
        return unit

    def _balance(self, uow: UnitOfWork, unit: Unit) -> OpeningBalance | None:
        query = select(OpeningBalance).where(OpeningBalance.unit_id == unit.id)
        return uow.session.scalars(query).first()

    def _remove(
        self, uow: UnitOfWork, community: Community, unit: Unit, balance: OpeningBalance
    ) -> None:
        before = _snapshot(unit, balance)
        uow.session.delete(balance)
        uow.session.flush()
        audit_change(
            uow, community, "opening_balance.delete", "opening_balance", unit.id, before, None
        )

    def _row(self, uow: UnitOfWork, community: Community, unit: Unit) -> BalanceRow:
        return self._rows(uow, community, unit.id)[0]

    def _rows(
        self, uow: UnitOfWork, community: Community, unit_id: int | None = None
    ) -> builtins.list[BalanceRow]:
        query = (
            select(
                Unit.id,
                Unit.number,
                Unit.kind,
                Person.full_name,
                OpeningBalance.amount,
                OpeningBalance.as_of,
                OpeningBalance.id,
            )
            .outerjoin(Person, Person.id == Unit.owner_id)
            .outerjoin(OpeningBalance, OpeningBalance.unit_id == Unit.id)
            .where(Unit.community_id == community.id)
        )
        if unit_id is not None:
            query = query.where(Unit.id == unit_id)
        rows = [
            BalanceRow(r[0], r[1], r[2], r[3] or "", r[4], r[5], r[6])
            for r in uow.session.execute(query)
        ]
        rows.sort(key=lambda r: code_key(r.unit_number))
        return rows


def _snapshot(unit: Unit, balance: OpeningBalance) -> dict[str, Any]:
    return {"unit": unit.number, "amount": balance.amount, "as_of": balance.as_of}
