"""A community's funds with their opening balances: the reserve fund (fondo común de reserva,
at most one per community) and any others (obras, eventos...)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from kastor_desktop.domain.units import FUND_KINDS, code_for
from kastor_desktop.domain.values import day, minor_units
from kastor_desktop.services.community_records import CommunityRecords, country_of
from kastor_desktop.services.unit_of_work import UnitOfWork
from kastor_desktop.services.validation import Checks
from kastor_desktop.store.models import Community
from kastor_desktop.store.models.master import Fund

RESERVE = "reserve"


@dataclass(frozen=True)
class FundDraft:
    """``kind`` takes the code (reserve/other) or its Spanish words; amounts and dates as typed."""

    name: str
    kind: str = "other"
    opening_balance: int | str | None = None  # "1.250.000" -> 1250000 (CLP)
    opening_date: date | str | None = None


@dataclass(frozen=True)
class FundRow:
    id: int
    name: str
    kind: str
    opening_balance: int
    opening_date: date | None

    @property
    def is_reserve(self) -> bool:
        return self.kind == RESERVE


FIELDS = tuple(FundRow.__dataclass_fields__)[1:]
NAMES = {"opening_balance": "Saldo inicial", "opening_date": "Fecha del saldo"}  # in messages


def fund_kind(value: str) -> str | None:
    """reserve/other, their Spanish words, or any wording with «reserva» in it."""
    found = code_for(value or "", FUND_KINDS)
    if found is None and "reserva" in (value or "").casefold():
        return RESERVE
    return found


class FundService(CommunityRecords[Fund, FundDraft, FundRow]):
    model = Fund
    area = "funds"
    permission = "accounts.manage"
    entity = "fund"
    missing = "El fondo ya no existe."

    def _validate(
        self, uow: UnitOfWork, community: Community, draft: FundDraft, current: Fund | None
    ) -> dict[str, Any]:
        checks = Checks()
        exponent = country_of(community).minor_exponent
        name = checks.require("name", draft.name, "el nombre del fondo", 100)
        if name and self._clash(uow, community, current, name=name) is not None:
            checks.add("name", f"Ya existe un fondo llamado «{name}» en esta comunidad.")
        kind = fund_kind(draft.kind)
        if kind is None:
            checks.add("kind", f"Tipo: «{draft.kind}» no es fondo de reserva ni otro.")
        elif kind == RESERVE:
            reserve = self._clash(uow, community, current, kind=RESERVE)
            if reserve is not None:
                checks.add(
                    "kind",
                    f"La comunidad ya tiene su fondo de reserva, «{reserve.name}»: "
                    "solo puede haber uno.",
                )
        balance = checks.run(
            minor_units,
            draft.opening_balance,
            exponent,
            "opening_balance",
            NAMES["opening_balance"],
        )
        if balance is not None and balance < 0:
            checks.add(
                "opening_balance",
                f"Saldo inicial: «{draft.opening_balance}» no puede ser negativo.",
            )
        opening_date = checks.run(day, draft.opening_date, "opening_date", NAMES["opening_date"])
        if balance and opening_date is None and "opening_date" not in checks.errors:
            checks.add("opening_date", "Indique la fecha del saldo inicial.")
        checks.done()
        return {
            "name": name,
            "kind": kind,
            "opening_balance": balance or 0,
            "opening_date": opening_date,
        }

    def _snapshot(self, record: Fund) -> dict[str, Any]:
        return {field: getattr(record, field) for field in FIELDS}

    def _row(self, record: Fund) -> FundRow:
        return FundRow(record.id, **self._snapshot(record))

    def _order(self) -> tuple[Any, ...]:
        return (Fund.kind != RESERVE, Fund.name, Fund.id)
