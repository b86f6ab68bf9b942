"""The month's expenses (gastos del período): entered one by one in a form, proposed from the
recurring ones and confirmed, or imported from the «gastos» spreadsheet; only in the open
period. Every expense names an account of the chart (never a surcharge account: those are
individual charges), how it is split among the units, and optionally its supplier, document
and a scan of it (PDF, JPG or PNG, stored under attachments/ by content).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import object_session

from kastor_desktop.domain.money import format_amount
from kastor_desktop.imports.expenses import CheckedRow, expense_key, expenses_spec, plan_expenses
from kastor_desktop.imports.keyed import ProgressLike
from kastor_desktop.imports.plan import ImportPreview, Plan
from kastor_desktop.imports.readers import read_kind
from kastor_desktop.services.community_records import load_community
from kastor_desktop.services.context import Actor, Changes, Outcome
from kastor_desktop.services.errors import NotFound, ServiceError
from kastor_desktop.services.expense_drafts import (
    DOCUMENT_TYPES,
    METHODS,
    NATURES,
    SERVICES,
    ExpenseChecks,
    Lookup,
    Problems,
    lookup_for,
    method_label,
    parse_unit_ids,
    read_scan,
    store_scan,
    unit_ids_text,
)
from kastor_desktop.services.period_records import PeriodRecords
from kastor_desktop.services.periods import month_label, open_period_for, period_code, require_open
from kastor_desktop.services.unit_of_work import UnitOfWork
from kastor_desktop.store.models import Community
from kastor_desktop.store.models.closing import Expense, Period

__all__ = ["ExpenseChoices", "ExpenseDraft", "ExpenseImport", "ExpenseRow", "ExpenseService",
           "ExpenseTotals"]  # fmt: skip


@dataclass(frozen=True)
class ExpenseDraft:
    """Values as typed in a form or a spreadsheet: dates «15-11-2026», amounts «1.250.000»,
    codes or their Spanish words. Leave empty what the chosen method does not use."""

    spent_on: date | str | None
    account: str  # code «01.01» or exact name
    description: str
    amount: int | str | None
    method: str = "table"  # table|equal|fixed|consumption|unit or «Partes iguales»...
    table: str = ""  # share table name (method table; optional if the community has one)
    unit: str = ""  # unit number (method unit)
    units: str = ""  # « »: a subset for equal/fixed; empty = every unit
    service: str = ""  # consumption: water|hot_water|gas or «Agua»...
    nature: str = ""  # empty: the account's
    supplier: str = ""  # RUT/CUIT or exact name
    document_type: str = ""
    document_number: str = ""
    attachment: str | Path | None = None  # a PDF/JPG/PNG to keep; a row's own path keeps it


@dataclass(frozen=True)
class ExpenseRow:
    id: int
    spent_on: date
    account_code: str
    account_name: str
    supplier_name: str
    document_type: str
    document_number: str
    description: str
    amount: int  # minor units; with method fixed, per unit
    method: str
    method_label: str  # «Tabla General», «Partes iguales», «Unidad A-101»...
    table_name: str
    unit_number: str
    units: tuple[str, ...]
    service: str
    nature: str
    nature_label: str
    attachment: Path | None
    recurring_id: int | None
    confirmed: bool
    supplier_tax_id: str = ""
    total: int = 0  # what the units pay: amount, or amount x units with method fixed

    def draft(self) -> ExpenseDraft:
        """The form filled with this expense (to edit it)."""
        return ExpenseDraft(
            self.spent_on, self.account_code, self.description, self.amount, self.method,
            self.table_name, self.unit_number, ", ".join(self.units), self.service, self.nature,
            self.supplier_tax_id or self.supplier_name, self.document_type, self.document_number,
            self.attachment,
        )  # fmt: skip


@dataclass(frozen=True)
class ExpenseTotals:
    period_id: int
    ordinary: int
    extraordinary: int
    total: int
    count: int
    unconfirmed: int  # recurring proposals not yet confirmed
    unconfirmed_amount: int


@dataclass(frozen=True)
class ExpenseChoices:
    """What an expense form offers: (code, label) pairs, names and numbers as typed."""

    year: int
    month: int
    period_label: str
    accounts: tuple[tuple[str, str, str], ...]  # (code, name, nature), surcharges left out
    suppliers: tuple[tuple[str, str], ...]  # (tax id, name)
    workers: tuple[tuple[str, str], ...]
    tables: tuple[str, ...]
    units: tuple[str, ...]
    methods: tuple[tuple[str, str], ...] = tuple(METHODS.items())
    services: tuple[tuple[str, str], ...] = tuple(SERVICES.items())
    natures: tuple[tuple[str, str], ...] = tuple(NATURES.items())
    document_types: tuple[str, ...] = DOCUMENT_TYPES


@dataclass(frozen=True)
class ExpenseImport:
    """A checked (dry run) or imported file: ``preview.to_add`` (added when not a dry run),
    ``preview.unchanged`` (already in the period), ``preview.errors``, ``preview.warnings``."""

    preview: ImportPreview
    period: str  # «2026-11»
    period_label: str  # «noviembre 2026»
    dry_run: bool

    @property
    def added(self) -> int:
        return len(self.preview.to_add)

    @property
    def unchanged(self) -> int:
        return len(self.preview.unchanged)

    @property
    def errors(self) -> tuple[Any, ...]:
        return self.preview.errors

    @property
    def written(self) -> bool:
        return not self.dry_run and not self.errors and self.added > 0


def check_expense(
    lookup: Lookup, period: Period, draft: ExpenseDraft, problems: Problems
) -> dict[str, Any]:
    """The column values of an expense (attachment apart); problems collected, not raised."""
    checks = ExpenseChecks(lookup, problems)
    account = checks.account(draft.account)
    values: dict[str, Any] = {
        "spent_on": checks.day_in("spent_on", draft.spent_on, period),
        "account_id": account.id if account else None,
        "supplier_id": checks.person("supplier", draft.supplier, "proveedor"),
        "document_type": checks.document_type(draft.document_type),
        "document_number": checks.text("document_number", draft.document_number, 30),
        "description": checks.text("description", draft.description, 200, "la descripción"),
        "amount": checks.amount(draft.amount),
    }
    split = checks.split(draft.method, draft.table, draft.unit, draft.units, draft.service)
    values |= split | {"unit_ids": unit_ids_text(split["unit_ids"])}
    values["nature"] = checks.nature(draft.nature, account)
    return values


class ExpenseService(PeriodRecords[Expense, ExpenseDraft, ExpenseRow]):
    model = Expense
    entity = "expense"
    missing = "El gasto ya no existe."

    # -- PeriodRecords ----------------------------------------------------------------------
    def _validate(
        self,
        uow: UnitOfWork,
        community: Community,
        period: Period,
        draft: ExpenseDraft,
        current: Expense | None,
    ) -> dict[str, Any]:
        problems = Problems()
        values = check_expense(lookup_for(uow.session, community.id), period, draft, problems)
        kept = current.attachment if current else None
        raw = str(draft.attachment or "").strip()
        scan = None
        if not raw:
            values["attachment"] = None
        elif kept and raw in (kept, str(self.ctx.paths.attachments / kept)):
            values["attachment"] = kept
        else:
            scan = read_scan(raw, problems)
        problems.done()
        if scan is not None:
            values["attachment"] = store_scan(self.ctx.paths.attachments, *scan)
        return values

    def _snapshot(self, record: Expense) -> dict[str, Any]:
        row = self._make_row(self._lookup_of(record), record)
        return {
            "spent_on": row.spent_on.isoformat(), "account": f"{row.account_code} {row.account_name}",
            "supplier": row.supplier_name, "document_type": row.document_type,
            "document_number": row.document_number, "description": row.description,
            "amount": row.amount, "method": row.method_label, "nature": NATURES[row.nature],
            "attachment": record.attachment, "confirmed": row.confirmed,
        }  # fmt: skip

    def _row(self, uow: UnitOfWork, record: Expense) -> ExpenseRow:
        return self._make_row(self._lookup_of(record), record)

    def _order(self) -> tuple[Any, ...]:
        return (Expense.spent_on, Expense.id)

    # -- more calls -------------------------------------------------------------------------
    def confirm(self, actor: Actor, community_id: int, expense_ids: list[int]) -> Outcome[int]:
        """Confirm recurring proposals of the open month; returns how many were unconfirmed."""
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id, self.permission)
            done = 0
            for expense_id in dict.fromkeys(expense_ids):
                record, period = self._load(uow, community, expense_id)
                require_open(period)
                if record.confirmed:
                    continue
                record.confirmed = True
                done += 1
                after = {"description": record.description, "confirmed": True}
                self._audit(uow, community, "confirm", record, {"confirmed": False}, after)
            uow.commit()
            return Outcome(done, self.changes() if done else Changes())

    def totals(
        self, actor: Actor, community_id: int, period_id: int | None = None
    ) -> ExpenseTotals:
        rows = self.list(actor, community_id, period_id)
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id)
            pid = self._period(uow, community, period_id).id
        by = Counter[str]()
        for row in rows:
            by[row.nature] += row.total
        pending = [r for r in rows if not r.confirmed]
        return ExpenseTotals(pid, by["ordinary"], by["extraordinary"], sum(by.values()),
                             len(rows), len(pending), sum(r.total for r in pending))  # fmt: skip

    def choices(self, actor: Actor, community_id: int) -> ExpenseChoices:
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id)
            period = open_period_for(uow, community)
            lookup = Lookup.load(uow.session, community)
            uow.commit()
            return ExpenseChoices(
                period.year, period.month, month_label(period.year, period.month),
                tuple((a.code, a.name, a.nature) for a in lookup.accounts.values()
                      if a.kind != "surcharge"),
                tuple(lookup.suppliers.values()), tuple(lookup.workers.values()),
                tuple(lookup.tables.values()), tuple(lookup.units.values()),
            )  # fmt: skip

    def import_file(
        self,
        actor: Actor,
        community_id: int,
        path: Path,
        year: int,
        month: int,
        dry_run: bool = False,
        progress: ProgressLike | None = None,
    ) -> Outcome[ExpenseImport]:
        """Check every row of a «gastos» file and, unless ``dry_run``, add the new ones to the
        open month in one transaction (one audit entry per expense added). A row already in
        the month is «sin cambios». With any error nothing is written: a dry run returns them in
        the preview, an import raises ImportRejected (its ``preview`` lists them)."""
        from kastor_desktop.services.migration import ImportRejected

        path = Path(path)
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id, self.permission)
            period = self._import_period(uow, community, year, month)
            plan = self._plan(uow, community, period, path, progress)
            result = ExpenseImport(
                plan.preview(), period_code(year, month), month_label(year, month), dry_run
            )
            if dry_run:
                return Outcome(result, Changes())
            if plan.errors:
                raise ImportRejected(plan.preview())
            queued = plan.writes.get("expenses", [])
            if not queued:
                return Outcome(result, Changes())
            for number, values in queued:
                record = Expense(period_id=period.id, **values)
                uow.session.add(record)
                uow.session.flush()
                after = self._snapshot(record) | {"file": path.name, "row": number}
                self._audit(uow, community, "import", record, None, after)
            if progress is not None:
                progress.step(1, 1, "Guardando…")
            uow.commit()
            return Outcome(result, self.changes())

    # -- helpers ----------------------------------------------------------------------------
    def _import_period(
        self, uow: UnitOfWork, community: Community, year: int, month: int
    ) -> Period:
        period = open_period_for(uow, community)
        if (period.year, period.month) == (year, month):
            return period
        wanted, current = period_code(year, month), period_code(period.year, period.month)
        closed = uow.session.scalars(
            select(Period.id).where(
                Period.community_id == community.id, Period.year == year,
                Period.month == month, Period.status == "closed",
            )
        ).first()  # fmt: skip
        if closed is not None:
            raise ServiceError(
                f"El período {wanted} está cerrado: no se le pueden agregar gastos. "
                f"El mes abierto de {community.code} es {current}."
            )
        raise ServiceError(
            f"El período {wanted} no es el mes abierto ({current}) de {community.code}: "
            "los gastos se importan en el mes abierto."
        )

    def _plan(
        self,
        uow: UnitOfWork,
        community: Community,
        period: Period,
        path: Path,
        progress: ProgressLike | None,
    ) -> Plan:
        if progress is not None:
            progress.step(0, 1, "Leyendo el archivo…")
        spec = expenses_spec(community.country)
        tables, errors = read_kind(path, spec)
        plan = Plan("expenses", path.name, errors=errors)
        if errors:
            return plan
        lookup = lookup_for(uow.session, community.id)
        existing = Counter(
            expense_key({c: getattr(e, c) for c in ("spent_on", "account_id", "document_type",
                         "document_number", "amount", "description")})
            for e in self._records(uow, period)
        )  # fmt: skip

        def check(raw: dict[str, Any]) -> CheckedRow:
            problems = Problems()
            draft = ExpenseDraft(**{k: raw.get(k) for k in ExpenseDraft.__dataclass_fields__
                                    if k != "attachment"})  # type: ignore[arg-type]  # fmt: skip
            values = check_expense(lookup, period, draft, problems)
            if problems.found:
                return CheckedRow(values, problems.reasons())
            account = lookup.accounts[values["account_id"]]
            units = parse_unit_ids(values["unit_ids"])
            how = method_label(lookup, values["method"], values["table_id"], values["unit_id"],
                               units, values["service"])  # fmt: skip
            amount = format_amount(values["amount"], lookup.exponent)
            summary = f"{account.code} {account.name} · {values['description']} · {amount} · {how}"
            return CheckedRow(values, {}, values["spent_on"].strftime("%d-%m-%Y"), summary)

        plan_expenses(plan, tables[spec.sheets[0].name], check, existing, progress)
        return plan

    def _lookup_of(self, record: Expense) -> Lookup:
        session = object_session(record)
        assert session is not None
        period = session.get(Period, record.period_id)
        if period is None:
            raise NotFound(self.missing)
        return lookup_for(session, period.community_id)

    def _make_row(self, lookup: Lookup, record: Expense) -> ExpenseRow:
        account = lookup.accounts.get(record.account_id)
        tax_id, supplier = lookup.suppliers.get(record.supplier_id or 0, ("", ""))
        unit_ids = parse_unit_ids(record.unit_ids)
        how = method_label(lookup, record.method, record.table_id, record.unit_id, unit_ids,
                           record.service)  # fmt: skip
        count = len(unit_ids) if unit_ids else lookup.active_units
        attachment = self.ctx.paths.attachment(record.attachment)
        return ExpenseRow(
            record.id, record.spent_on, account.code if account else "",
            account.name if account else "", supplier, record.document_type,
            record.document_number, record.description, record.amount, record.method, how,
            lookup.tables.get(record.table_id or 0, ""), lookup.units.get(record.unit_id or 0, ""),
            tuple(lookup.units.get(i, "?") for i in unit_ids), record.service, record.nature,
            NATURES.get(record.nature, record.nature), attachment, record.recurring_id,
            bool(record.confirmed), tax_id,
            record.amount * count if record.method == "fixed" else record.amount,
        )  # fmt: skip
