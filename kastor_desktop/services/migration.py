"""Spreadsheet migration: write the templates, check a filled file (preview), import it.

Every row is checked before anything is written; ``commit`` reads and checks the file again
(never a stale preview) and writes all of it in one transaction with one audit entry, or
nothing. Importing the same file a second time finds every row unchanged and writes nothing:
no audit entry, no outbox row.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kastor_desktop.imports import finance
from kastor_desktop.imports.directory import plan_suppliers, plan_workers
from kastor_desktop.imports.keyed import ProgressLike
from kastor_desktop.imports.plan import (
    FieldChange,
    ImportCounts,
    ImportPreview,
    Plan,
    PlannedRow,
    RowError,
)
from kastor_desktop.imports.readers import read_kind
from kastor_desktop.imports.specs import KINDS, spec_for
from kastor_desktop.imports.units import plan_units
from kastor_desktop.services import migration_store as store
from kastor_desktop.services.context import Actor, Changes, Outcome
from kastor_desktop.services.errors import NotFound, ServiceError, ValidationFailed
from kastor_desktop.services.unit_of_work import ServiceContext, UnitOfWork
from kastor_desktop.store.models import Community, Fund, OpeningBalance, Supplier, Worker

__all__ = [
    "FieldChange",
    "ImportCounts",
    "ImportPreview",
    "ImportRejected",
    "ImportSummary",
    "MigrationService",
    "PlannedRow",
    "RowError",
]

PERMISSIONS = {
    "units": "units.manage",
    "suppliers": "suppliers.manage",
    "workers": "suppliers.manage",
    "accounts": "accounts.manage",
    "balances": "accounts.manage",
}
AREAS = {
    "units": ("units", "people", "shares"),
    "suppliers": ("suppliers",),
    "workers": ("workers",),
    "accounts": ("accounts",),
    "balances": ("balances", "funds"),
}
KIND_LABELS = {
    "units": "unidades",
    "suppliers": "proveedores",
    "workers": "trabajadores",
    "accounts": "plan de cuentas",
    "balances": "saldos iniciales",
}


@dataclass(frozen=True)
class ImportSummary:
    kind: str
    file_name: str
    added: int
    updated: int
    unchanged: int
    details: tuple[tuple[str, int], ...] = ()  # Spanish label -> count (people, tables, funds)

    @property
    def changed(self) -> int:
        return self.added + self.updated


class ImportRejected(ValidationFailed):
    """The file still has errors: nothing was written. ``preview`` lists every row error."""

    def __init__(self, preview: ImportPreview) -> None:
        self.preview = preview
        count = len(preview.errors)
        noun = "error" if count == 1 else "errores"
        super().__init__(
            {"file": f"«{preview.file_name}» tiene {count} {noun}; no se importó nada."}
        )


class MigrationService:
    KINDS = KINDS

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def write_templates(self, folder: Path, country: str = "CL") -> list[Path]:
        from kastor_desktop.reports.templates import write_templates

        return write_templates(Path(folder), country)

    def preview(
        self,
        actor: Actor,
        community_id: int,
        kind: str,
        path: Path,
        progress: ProgressLike | None = None,
    ) -> ImportPreview:
        with self.ctx.work(actor) as uow:
            community = self._open(uow, community_id, kind)
            return self._plan(uow, community, kind, Path(path), progress).preview()

    def commit(
        self,
        actor: Actor,
        community_id: int,
        kind: str,
        path: Path,
        progress: ProgressLike | None = None,
    ) -> Outcome[ImportSummary]:
        path = Path(path)
        with self.ctx.work(actor) as uow:
            community = self._open(uow, community_id, kind)
            plan = self._plan(uow, community, kind, path, progress)
            if plan.errors:
                raise ImportRejected(plan.preview())
            counts = (len(plan.to_add), len(plan.to_update), len(plan.unchanged))
            if not counts[0] and not counts[1] and not plan.writes.get("tables"):
                return Outcome(ImportSummary(kind, path.name, *counts), Changes())
            _step(progress, 0, 1, "Guardando…")
            details = WRITERS[kind](uow, community, plan)
            summary = ImportSummary(kind, path.name, *counts, tuple(details.items()))
            after: dict[str, Any] = {"file": path.name, "added": counts[0], "updated": counts[1],
                                     "unchanged": counts[2], **details}  # fmt: skip
            before, after["added_rows"], after["changed_rows"] = _row_changes(plan)
            uow.audit(
                f"import.{kind}", "community", community.id, before or None, after, community.id,
                community.name,
            )  # fmt: skip
            if kind == "units":
                changed = set(plan.writes["units"]["changed"])
                units = store.portal_units(uow.session, community.id, changed)
                uow.outbox("units.upserted", {"community": community.code, "units": units},
                           community.id)  # fmt: skip
            _step(progress, 1, 1, "Guardando…")  # the last moment a Cancel can still undo it all
            uow.commit()
            return Outcome(summary, Changes.of(*AREAS[kind]))

    # -- helpers -------------------------------------------------------------------------
    def _open(self, uow: UnitOfWork, community_id: int, kind: str) -> Community:
        if kind not in KINDS:
            raise ServiceError(
                f"No se puede importar «{kind}». Tipos de planilla: {', '.join(KINDS)}."
            )
        community = uow.session.get(Community, community_id)
        if community is None:
            raise NotFound("La comunidad ya no existe.")
        uow.require("imports.run", community.id)
        uow.require(PERMISSIONS[kind], community.id)
        return community

    def _plan(
        self,
        uow: UnitOfWork,
        community: Community,
        kind: str,
        path: Path,
        progress: ProgressLike | None,
    ) -> Plan:
        _step(progress, 0, 1, "Leyendo el archivo…")
        spec = spec_for(kind, community.country)
        tables, errors = read_kind(path, spec)
        plan = Plan(kind, path.name, errors=errors)
        if errors:
            return plan
        session, cid, country = uow.session, community.id, community.country
        if kind == "units":
            existing = store.load_units(session, cid)
            plan_units(plan, tables["Unidades"], existing, country, progress)
        elif kind == "suppliers":
            plan_suppliers(
                plan, tables["Proveedores"], store.load_suppliers(session, cid), country, progress
            )
        elif kind == "workers":
            plan_workers(
                plan, tables["Trabajadores"], store.load_workers(session, cid), country, progress
            )
        elif kind == "accounts":
            accounts = store.load_accounts(session, cid)
            finance.plan_accounts(plan, tables["Plan de cuentas"], accounts, progress)
        else:
            self._plan_balances(uow, community, plan, tables, progress)
        return plan

    def _plan_balances(
        self,
        uow: UnitOfWork,
        community: Community,
        plan: Plan,
        tables: dict[str, Any],
        progress: ProgressLike | None,
    ) -> None:
        session, cid, country = uow.session, community.id, community.country
        units_sheet, funds_sheet = (s.name for s in spec_for("balances", country).sheets)
        if units_sheet in tables:
            finance.plan_unit_balances(
                plan, tables[units_sheet], store.load_unit_numbers(session, cid),
                store.load_balances(session, cid), country, progress, units_sheet,
            )  # fmt: skip
        if funds_sheet in tables:
            finance.plan_funds(
                plan, tables[funds_sheet], store.load_funds(session, cid), country, progress,
                funds_sheet,
            )  # fmt: skip


def _step(progress: ProgressLike | None, done: int, total: int, text: str) -> None:
    if progress is not None:
        progress.step(done, total, text)


# -- writers: (uow, community, plan) -> details for the summary and the audit entry ----------
def _write_units(uow: UnitOfWork, community: Community, plan: Plan) -> dict[str, int]:
    counts = store.write_units(uow.session, community.id, plan.writes, uow.now)
    labels = {"people_added": "personas nuevas", "people_updated": "personas actualizadas",
              "tables_created": "tablas de prorrateo nuevas"}  # fmt: skip
    return {labels[k]: v for k, v in counts.items() if v}


def _keyed_writer(model: Any, name: str) -> Callable[[UnitOfWork, Community, Plan], dict[str, int]]:
    def write(uow: UnitOfWork, community: Community, plan: Plan) -> dict[str, int]:
        store.write_keyed(uow.session, model, community.id, plan.writes[name])
        return {}

    return write


def _write_accounts(uow: UnitOfWork, community: Community, plan: Plan) -> dict[str, int]:
    store.write_accounts(uow.session, community.id, plan.writes["accounts"])
    return {}


def _write_balances(uow: UnitOfWork, community: Community, plan: Plan) -> dict[str, int]:
    details = {}
    for name, model, label in (
        ("balances", OpeningBalance, "saldos de unidades"),
        ("funds", Fund, "fondos"),
    ):
        if name in plan.writes:
            added, updated = store.write_keyed(uow.session, model, community.id, plan.writes[name])
            if added or updated:
                details[label] = added + updated
    return details


WRITERS: dict[str, Callable[[UnitOfWork, Community, Plan], dict[str, int]]] = {
    "units": _write_units,
    "suppliers": _keyed_writer(Supplier, "suppliers"),
    "workers": _keyed_writer(Worker, "workers"),
    "accounts": _write_accounts,
    "balances": _write_balances,
}


def _row_changes(plan: Any) -> tuple[dict[str, Any], list[str], dict[str, Any]]:
    """What the audit keeps of an import: each row added, and each changed field before/after."""
    before = {r.key: {c.field: c.before for c in r.changes} for r in plan.to_update}
    added = [f"{r.key} ({r.summary})" if r.summary else r.key for r in plan.to_add]
    changed = {r.key: {c.field: c.after for c in r.changes} for r in plan.to_update}
    return before, added, changed
