"""Individual charges of the open month: a fine, a reservation fee, a repair one unit caused.

Each is charged whole to one unit through a surcharge account of the chart (never prorated).
The amount is typed in pesos («25.000») or, in Chile, in UF («1,5») with the UF's value in
pesos and its date («37.571,86» al 01-11-2026): the pesos are computed once, exactly, by
``domain.uf.uf_to_minor`` and stored with the UF figures they came from.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select

from kastor_desktop.domain.default_chart import SURCHARGE
from kastor_desktop.domain.money import format_amount
from kastor_desktop.domain.text import fold
from kastor_desktop.domain.uf import (
    format_uf,
    format_uf_value,
    parse_uf,
    parse_uf_value,
    uf_to_minor,
)
from kastor_desktop.domain.units import ACCOUNT_KINDS
from kastor_desktop.domain.values import day
from kastor_desktop.services.community_records import code_key, country_of
from kastor_desktop.services.fund_contributions import MAX_AMOUNT, check_amount
from kastor_desktop.services.period_records import PeriodRecords
from kastor_desktop.services.unit_listing import natural_order
from kastor_desktop.services.unit_of_work import UnitOfWork
from kastor_desktop.services.validation import Checks
from kastor_desktop.store.models import Community
from kastor_desktop.store.models.closing import IndividualCharge, Period
from kastor_desktop.store.models.master import ExpenseAccount, Unit


@dataclass(frozen=True)
class IndividualChargeDraft:
    """``unit`` is the unit's number; ``account`` a code or name of a surcharge account. Give
    ``amount`` («25.000») or the three UF fields together (``uf`` «1,5», ``uf_value``
    «37.571,86», ``uf_date`` «01-11-2026»), not both. An empty description takes the
    account's name."""

    unit: str
    account: str
    description: str = ""
    amount: int | str | None = ""
    uf: str = ""
    uf_value: str = ""
    uf_date: date | str | None = None


@dataclass(frozen=True)
class IndividualChargeRow:
    id: int
    period_id: int
    unit_id: int
    unit_number: str
    account_id: int
    account_code: str
    account_name: str
    description: str
    amount: int  # minor units
    amount_text: str  # «$ 56.358»
    uf_x10000: int | None
    uf_value_x100: int | None
    uf_date: date | None
    uf_text: str  # «1,5000 UF × $ 37.571,86 al 01-11-2026»; "" for a charge in pesos

    @property
    def in_uf(self) -> bool:
        return self.uf_x10000 is not None

    def draft(self, exponent: int = 0) -> IndividualChargeDraft:
        """The form to edit this charge (the UF fields, or the amount in pesos)."""
        if self.in_uf:
            assert self.uf_x10000 is not None and self.uf_value_x100 is not None
            return IndividualChargeDraft(
                self.unit_number,
                self.account_code,
                self.description,
                "",
                format_uf(self.uf_x10000).removesuffix(" UF"),
                format_uf_value(self.uf_value_x100).removeprefix("$ "),
                self.uf_date,
            )
        amount = format_amount(self.amount, exponent, "")
        return IndividualChargeDraft(self.unit_number, self.account_code, self.description, amount)


def account_label(account: ExpenseAccount | None) -> str:
    """«20 Multas»"""
    return f"{account.code} {account.name}" if account else ""


def find_account(uow: UnitOfWork, community: Community, text: str) -> ExpenseAccount | None:
    """An account of the community's chart by code («20»), name («multas», accents and case
    ignored) or both as listed («20 Multas», «20 - Multas»)."""
    wanted = (text or "").strip()
    if not wanted:
        return None
    accounts = list(
        uow.session.scalars(
            select(ExpenseAccount).where(ExpenseAccount.community_id == community.id)
        )
    )
    by_code = {a.code.casefold(): a for a in accounts}
    if wanted.casefold() in by_code:
        return by_code[wanted.casefold()]
    named = [a for a in accounts if fold(a.name) == fold(wanted)]
    if len(named) == 1:
        return named[0]
    head, _, rest = wanted.partition(" ")
    account = by_code.get(head.casefold())
    if account is not None and fold(rest.strip(" -–")) in ("", fold(account.name)):
        return account
    return None


def surcharge_accounts(uow: UnitOfWork, community: Community) -> list[ExpenseAccount]:
    accounts = uow.session.scalars(
        select(ExpenseAccount).where(
            ExpenseAccount.community_id == community.id, ExpenseAccount.kind == SURCHARGE
        )
    )
    return sorted(accounts, key=lambda a: code_key(a.code))


def find_unit(uow: UnitOfWork, community: Community, number: str) -> Unit | None:
    """A unit of the community by its number, case and surrounding spaces ignored."""
    wanted = " ".join((number or "").split())
    if not wanted:
        return None
    return uow.session.scalars(
        select(Unit).where(
            Unit.community_id == community.id, func.lower(Unit.number) == wanted.lower()
        )
    ).first()


def uf_text(uf_x10000: int | None, uf_value_x100: int | None, uf_date: date | None) -> str:
    if uf_x10000 is None or uf_value_x100 is None:
        return ""
    when = f" al {uf_date:%d-%m-%Y}" if uf_date else ""
    return f"{format_uf(uf_x10000)} × {format_uf_value(uf_value_x100)}{when}"


def _given(value: object) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


class IndividualChargeService(
    PeriodRecords[IndividualCharge, IndividualChargeDraft, IndividualChargeRow]
):
    model = IndividualCharge
    entity = "individual_charge"
    missing = "El cargo individual ya no existe."

    def _validate(
        self,
        uow: UnitOfWork,
        community: Community,
        period: Period,
        draft: IndividualChargeDraft,
        current: IndividualCharge | None,
    ) -> dict[str, Any]:
        checks = Checks()
        unit = self._unit(uow, community, checks, draft.unit)
        account = self._account(uow, community, checks, draft.account)
        description = (draft.description or "").strip() or (account.name if account else "")
        if len(description) > 200:
            checks.add("description", "La descripción admite como máximo 200 caracteres.")
        values: dict[str, Any] = {"uf_x10000": None, "uf_value_x100": None, "uf_date": None}
        in_uf = any(_given(v) for v in (draft.uf, draft.uf_value, draft.uf_date))
        if in_uf:
            amount = self._uf(community, checks, draft, values)
        else:
            amount = self._pesos(community, checks, draft.amount)
        checks.done()
        assert unit is not None and account is not None and amount is not None
        return values | {
            "unit_id": unit.id,
            "account_id": account.id,
            "description": description,
            "amount": amount,
        }

    def _unit(
        self, uow: UnitOfWork, community: Community, checks: Checks, number: str
    ) -> Unit | None:
        if not (number or "").strip():
            checks.add("unit", "Indique la unidad a la que se carga.")
            return None
        unit = find_unit(uow, community, number)
        if unit is None:
            checks.add("unit", f"No existe la unidad «{number.strip()}» en esta comunidad.")
        elif not unit.active:
            checks.add("unit", f"La unidad {unit.number} está inactiva: no se le puede cargar.")
        return unit

    def _account(
        self, uow: UnitOfWork, community: Community, checks: Checks, text: str
    ) -> ExpenseAccount | None:
        surcharges = surcharge_accounts(uow, community)
        examples = ", ".join(f"«{account_label(a)}»" for a in surcharges[:4])
        hint = (
            f"Use una cuenta de recargo: {examples}."
            if surcharges
            else "El plan de cuentas no tiene cuentas de recargo: cree una (p. ej. «Multas»)."
        )
        if not (text or "").strip():
            checks.add("account", f"Indique la cuenta del cargo. {hint}")
            return None
        account = find_account(uow, community, text)
        if account is None:
            checks.add("account", f"No existe la cuenta «{text.strip()}» en el plan. {hint}")
        elif account.kind != SURCHARGE:
            kind = ACCOUNT_KINDS.get(account.kind, account.kind)
            checks.add(
                "account",
                f"La cuenta «{account_label(account)}» es una {kind}: se prorratea entre las "
                f"unidades. Un cargo individual va en una cuenta de recargo. {hint}",
            )
        return account

    def _pesos(self, community: Community, checks: Checks, value: object) -> int | None:
        if not _given(value):
            checks.add("amount", "Indique el monto del cargo, en pesos o en UF.")
            return None
        return check_amount(checks, "amount", value, country_of(community).minor_exponent)

    def _uf(
        self,
        community: Community,
        checks: Checks,
        draft: IndividualChargeDraft,
        values: dict[str, Any],
    ) -> int | None:
        if country_of(community).code != "CL":
            checks.add("uf", "La UF existe solo en Chile: indique el monto en pesos.")
            return None
        if _given(draft.amount):
            checks.add("amount", "Indique el monto en pesos o en UF, no ambos.")
        uf = self._parsed(checks, "uf", draft.uf, parse_uf, "Indique el monto en UF.")
        if uf == 0:
            checks.add("uf", "El monto en UF debe ser mayor que cero.")
        uf_value = self._parsed(
            checks, "uf_value", draft.uf_value, parse_uf_value, "Indique el valor de la UF."
        )
        uf_date = checks.run(day, draft.uf_date, "uf_date", "Fecha de la UF")
        if uf_date is None and "uf_date" not in checks.errors:
            checks.add("uf_date", "Indique la fecha del valor de la UF.")
        if not uf or not uf_value or uf_date is None:
            return None
        values.update(uf_x10000=uf, uf_value_x100=uf_value, uf_date=uf_date)
        amount = uf_to_minor(uf, uf_value)
        if amount >= MAX_AMOUNT:
            checks.add("uf", "El monto en UF es demasiado alto.")
            return None
        return amount

    @staticmethod
    def _parsed(checks: Checks, field: str, text: str, parse: Any, missing: str) -> int | None:
        if not _given(text):
            checks.add(field, missing)
            return None
        try:
            value: int = parse(str(text))
        except ValueError as error:
            checks.add(field, str(error))
            return None
        return value

    def _snapshot(self, record: IndividualCharge) -> dict[str, Any]:
        session = self._session(record)
        unit = session.get(Unit, record.unit_id)
        account = session.get(ExpenseAccount, record.account_id)
        return {
            "unit": unit.number if unit else record.unit_id,
            "account": account_label(account),
            "description": record.description,
            "amount": record.amount,
            "uf": format_uf(record.uf_x10000) if record.uf_x10000 is not None else None,
            "uf_value": format_uf_value(record.uf_value_x100) if record.uf_value_x100 else None,
            "uf_date": record.uf_date,
        }

    def _row(self, uow: UnitOfWork, record: IndividualCharge) -> IndividualChargeRow:
        unit = uow.session.get(Unit, record.unit_id)
        account = uow.session.get(ExpenseAccount, record.account_id)
        period = uow.session.get(Period, record.period_id)
        community = uow.session.get(Community, period.community_id) if period else None
        exponent = country_of(community).minor_exponent if community else 0
        return IndividualChargeRow(
            record.id,
            record.period_id,
            record.unit_id,
            unit.number if unit else "",
            record.account_id,
            account.code if account else "",
            account.name if account else "",
            record.description,
            record.amount,
            format_amount(record.amount, exponent),
            record.uf_x10000,
            record.uf_value_x100,
            record.uf_date,
            uf_text(record.uf_x10000, record.uf_value_x100, record.uf_date),
        )

    def _records(self, uow: UnitOfWork, period: Period) -> builtins.list[IndividualCharge]:
        """In the natural order of the units' numbers, then as entered."""
        records = super()._records(uow, period)
        numbers = dict(
            uow.session.execute(
                select(Unit.id, Unit.number).where(
                    Unit.id.in_(
                        select(IndividualCharge.unit_id).where(
                            IndividualCharge.period_id == period.id
                        )
                    )
                )
            ).all()
        )
        order = natural_order([numbers.get(r.unit_id, "") for r in records])
        return [records[i] for i in order]

    @staticmethod
    def _session(record: IndividualCharge) -> Any:
        from sqlalchemy.orm import object_session

        session = object_session(record)
        assert session is not None
        return session
