"""Other income of the month (ingresos que no se cobran a las unidades): rent of a rooftop
antenna, bank interest, a refund. Entered in the open period only, optionally credited to one
of the community's funds; the notice shows the month's total income (Ley 21.442 art. 31)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import object_session

from kastor_desktop.domain.text import fold
from kastor_desktop.domain.values import text as cell_text
from kastor_desktop.services.expense_drafts import ExpenseChecks, Problems, lookup_for
from kastor_desktop.services.period_records import PeriodRecords
from kastor_desktop.services.unit_of_work import UnitOfWork
from kastor_desktop.store.models import Community
from kastor_desktop.store.models.closing import OtherIncome, Period
from kastor_desktop.store.models.master import Fund


@dataclass(frozen=True)
class OtherIncomeDraft:
    received_on: date | str | None  # «15-11-2026»; must be of the open month
    description: str
    amount: int | str | None  # «150.000»
    fund: str = ""  # a fund's name, or empty


@dataclass(frozen=True)
class OtherIncomeRow:
    id: int
    received_on: date
    description: str
    amount: int
    fund_id: int | None
    fund_name: str

    def draft(self) -> OtherIncomeDraft:
        return OtherIncomeDraft(self.received_on, self.description, self.amount, self.fund_name)


class OtherIncomeService(PeriodRecords[OtherIncome, OtherIncomeDraft, OtherIncomeRow]):
    model = OtherIncome
    entity = "income"
    missing = "El ingreso ya no existe."

    def _validate(
        self,
        uow: UnitOfWork,
        community: Community,
        period: Period,
        draft: OtherIncomeDraft,
        current: OtherIncome | None,
    ) -> dict[str, Any]:
        problems = Problems()
        checks = ExpenseChecks(lookup_for(uow.session, community.id), problems)
        values = {
            "received_on": checks.day_in("received_on", draft.received_on, period),
            "description": checks.text("description", draft.description, 200, "la descripción"),
            "amount": checks.amount(draft.amount),
            "fund_id": self._fund(uow, community, draft.fund, problems),
        }
        problems.done()
        return values

    def _fund(
        self, uow: UnitOfWork, community: Community, value: str, problems: Problems
    ) -> int | None:
        raw = cell_text(value)
        if not raw:
            return None
        funds = uow.session.execute(
            select(Fund.id, Fund.name).where(Fund.community_id == community.id)
        ).all()
        for fund_id, name in funds:
            if fold(name) == fold(raw):
                return int(fund_id)
        names = ", ".join(f"«{name}»" for _i, name in funds) or "ninguno"
        problems.add("fund", raw, f"no es un fondo de la comunidad (fondos: {names})")
        return None

    def _snapshot(self, record: OtherIncome) -> dict[str, Any]:
        row = self._row_of(record)
        return {"received_on": row.received_on.isoformat(), "description": row.description,
                "amount": row.amount, "fund": row.fund_name}  # fmt: skip

    def _row(self, uow: UnitOfWork, record: OtherIncome) -> OtherIncomeRow:
        return self._row_of(record)

    def _row_of(self, record: OtherIncome) -> OtherIncomeRow:
        fund = None
        if record.fund_id is not None:
            session = object_session(record)
            fund = session.get(Fund, record.fund_id) if session is not None else None
        return OtherIncomeRow(
            record.id, record.received_on, record.description, record.amount,
            record.fund_id, fund.name if fund else "",
        )  # fmt: skip

    def _order(self) -> tuple[Any, ...]:
        return (OtherIncome.received_on, OtherIncome.id)
