"""Recurring expenses (salaries, fixed contracts): kept per community and proposed in every
open month as unconfirmed expenses dated the 1st, for the office to review and confirm.

Proposing is idempotent: a recurring expense that already has an expense in the open month
(confirmed or not, even if edited since) is not proposed again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import object_session

from kastor_desktop.services.community_records import CommunityRecords, audit_change, load_community
from kastor_desktop.services.context import Actor, Changes, Outcome
from kastor_desktop.services.expense_drafts import (
    METHODS,
    NATURES,
    ExpenseChecks,
    Lookup,
    Problems,
    lookup_for,
    method_label,
)
from kastor_desktop.services.periods import open_period_for, period_code
from kastor_desktop.services.unit_of_work import UnitOfWork
from kastor_desktop.store.models import Community
from kastor_desktop.store.models.closing import Expense, RecurringExpense

ALLOWED = ("table", "equal", "fixed", "unit")  # consumption changes every month


@dataclass(frozen=True)
class RecurringDraft:
    """Like an expense's form, without date, document number, subset of units or scan."""

    account: str
    description: str
    amount: int | str | None
    method: str = "table"  # table|equal|fixed|unit (not consumption)
    table: str = ""
    unit: str = ""
    nature: str = ""  # empty: the account's
    supplier: str = ""  # RUT/CUIT or exact name
    worker: str = ""  # RUT/CUIT or exact name (salaries)
    document_type: str = ""
    active: bool = True


@dataclass(frozen=True)
class RecurringRow:
    id: int
    account_code: str
    account_name: str
    supplier_name: str
    supplier_tax_id: str
    worker_name: str
    worker_tax_id: str
    document_type: str
    description: str
    amount: int
    method: str
    method_label: str
    table_name: str
    unit_number: str
    nature: str
    nature_label: str
    active: bool

    def draft(self) -> RecurringDraft:
        return RecurringDraft(
            self.account_code, self.description, self.amount, self.method, self.table_name,
            self.unit_number, self.nature, self.supplier_tax_id, self.worker_tax_id,
            self.document_type, self.active,
        )  # fmt: skip


class RecurringExpenseService(CommunityRecords[RecurringExpense, RecurringDraft, RecurringRow]):
    model = RecurringExpense
    area = "expenses"
    permission = "expenses.manage"
    entity = "recurring_expense"
    missing = "El gasto recurrente ya no existe."
    title_field = "description"

    def _validate(
        self,
        uow: UnitOfWork,
        community: Community,
        draft: RecurringDraft,
        current: RecurringExpense | None,
    ) -> dict[str, Any]:
        problems = Problems()
        checks = ExpenseChecks(lookup_for(uow.session, community.id), problems)
        account = checks.account(draft.account)
        split = checks.split(draft.method, draft.table, draft.unit, allowed=ALLOWED)
        values = {
            "account_id": account.id if account else None,
            "supplier_id": checks.person("supplier", draft.supplier, "proveedor"),
            "worker_id": checks.person("worker", draft.worker, "trabajador"),
            "document_type": checks.document_type(draft.document_type),
            "description": checks.text("description", draft.description, 200, "la descripción"),
            "amount": checks.amount(draft.amount),
            "method": split["method"],
            "table_id": split["table_id"],
            "unit_id": split["unit_id"],
            "nature": checks.nature(draft.nature, account),
            "active": bool(draft.active),
        }
        problems.done()
        return values

    def _snapshot(self, record: RecurringExpense) -> dict[str, Any]:
        row = self._row(record)
        return {
            "account": f"{row.account_code} {row.account_name}", "supplier": row.supplier_name,
            "worker": row.worker_name, "document_type": row.document_type,
            "description": row.description, "amount": row.amount, "method": row.method_label,
            "nature": row.nature_label, "active": row.active,
        }  # fmt: skip

    def _row(self, record: RecurringExpense) -> RecurringRow:
        session = object_session(record)
        assert session is not None
        lookup = lookup_for(session, record.community_id)
        account = lookup.accounts.get(record.account_id)
        supplier = lookup.suppliers.get(record.supplier_id or 0, ("", ""))
        worker = lookup.workers.get(record.worker_id or 0, ("", ""))
        return RecurringRow(
            record.id, account.code if account else "", account.name if account else "",
            supplier[1], supplier[0], worker[1], worker[0], record.document_type,
            record.description, record.amount, record.method, _how(lookup, record),
            lookup.tables.get(record.table_id or 0, ""), lookup.units.get(record.unit_id or 0, ""),
            record.nature, NATURES.get(record.nature, record.nature), bool(record.active),
        )  # fmt: skip

    def _order(self) -> tuple[Any, ...]:
        return (RecurringExpense.active.desc(), RecurringExpense.description, RecurringExpense.id)

    def propose(self, actor: Actor, community_id: int) -> Outcome[int]:
        """Add each active recurring expense not yet in the open month as an unconfirmed
        expense dated the 1st; returns how many were added (0 the second time)."""
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id, self.permission)
            period = open_period_for(uow, community)
            done = set(
                uow.session.scalars(
                    select(Expense.recurring_id).where(
                        Expense.period_id == period.id, Expense.recurring_id.is_not(None)
                    )
                )
            )
            added = []
            for recurring in self._records(uow, community):
                if not recurring.active or recurring.id in done:
                    continue
                expense = Expense(
                    period_id=period.id, spent_on=date(period.year, period.month, 1),
                    account_id=recurring.account_id, supplier_id=recurring.supplier_id,
                    document_type=recurring.document_type, document_number="",
                    description=recurring.description, amount=recurring.amount,
                    method=recurring.method, table_id=recurring.table_id,
                    unit_id=recurring.unit_id, unit_ids="", service="", nature=recurring.nature,
                    attachment=None, recurring_id=recurring.id, confirmed=False,
                )  # fmt: skip
                uow.session.add(expense)
                added.append(recurring.description)
            if not added:
                uow.commit()  # the open period may have just been opened
                return Outcome(0, Changes())
            uow.session.flush()
            after = {"period": period_code(period.year, period.month), "added": len(added),
                     "expenses": added}  # fmt: skip
            audit_change(uow, community, "recurring_expense.propose", "period", period.id,
                         None, after)  # fmt: skip
            uow.commit()
            return Outcome(len(added), Changes.of("expenses", "closing"))

    def pending(self, actor: Actor, community_id: int) -> int:
        """Active recurring expenses not yet proposed in the open month."""
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id)
            period = open_period_for(uow, community)
            done = set(
                uow.session.scalars(
                    select(Expense.recurring_id).where(Expense.period_id == period.id)
                )
            )
            count = sum(1 for r in self._records(uow, community) if r.active and r.id not in done)
            uow.commit()
            return count


def _how(lookup: Lookup, record: RecurringExpense) -> str:
    if record.method not in METHODS:
        return record.method
    return method_label(lookup, record.method, record.table_id, record.unit_id, (), "")
