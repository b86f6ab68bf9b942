"""Loading the planned demo master data the way a new office would: filled migration
spreadsheets (the template headers of imports/specs.py) through MigrationService.preview and
commit, then the services for what no template covers (default chart, bank accounts).

``write_workbook`` and ``units_rows`` are also used by benchmarks/import_units.py.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from kastor_desktop.domain.shares import SCALE
from kastor_desktop.domain.units import FUND_KINDS, NOTICE_PREFERENCES, UNIT_KINDS
from kastor_desktop.imports.columns import KindSpec
from kastor_desktop.imports.specs import spec_for
from kastor_desktop.services.context import Actor
from kastor_desktop.services.demo_master import (
    AS_OF,
    BANK_ACCOUNTS,
    FUNDS,
    DemoCommunity,
    PersonMaker,
    plan_suppliers,
    plan_workers,
)
from kastor_desktop.services.errors import ServiceError

Row = Mapping[str, Any]


def write_workbook(
    path: Path,
    spec: KindSpec,
    sheets: Mapping[str, Iterable[Row]],
    share_tables: Sequence[str] = (),
) -> Path:
    """A filled migration workbook: per sheet of ``spec`` (by name), the template's header row
    and one row per dict (column key -> value); ``share_tables`` add «% <tabla>» columns read
    from each row's ``shares`` dict (table -> millionths of a percent)."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    for sheet_spec in spec.sheets:
        rows = sheets.get(sheet_spec.name)
        if rows is None:
            continue
        sheet = workbook.create_sheet(sheet_spec.name)
        extra = share_tables if sheet_spec.share_prefix else ()
        sheet.append([*sheet_spec.headers(), *(f"{sheet_spec.share_prefix} {t}" for t in extra)])
        keys = [c.key for c in sheet_spec.columns]
        for row in rows:
            shares = row.get("shares", {})
            sheet.append(
                [
                    *(row.get(key) if row.get(key) != "" else None for key in keys),
                    *(_percent(shares[t]) if t in shares else None for t in extra),
                ]
            )
    workbook.save(path)
    return path


def _percent(micro: int) -> float:
    """A share as the number an office types (12.345678); exact: at most 6 decimals."""
    return micro / SCALE


def units_rows(community: DemoCommunity) -> list[dict[str, Any]]:
    rows = []
    for unit in community.units:
        owner, resident = unit.owner, unit.resident
        row: dict[str, Any] = {
            "number": unit.number,
            "kind": UNIT_KINDS[unit.kind],
            "tower": unit.tower,
            "floor": unit.floor,
            "area": unit.area_x100 / 100,
            "valuation": unit.fiscal_valuation,
            "parent": unit.parent,
            "owner_tax_id": owner.tax_id,
            "owner_name": owner.full_name,
            "owner_email": owner.email,
            "owner_phone": owner.phone,
            "owner_address": owner.address,
            "notice": NOTICE_PREFERENCES[owner.notice],
            "active": "Sí",
            "shares": unit.shares,
        }
        if resident is not None:
            row |= {
                "resident_tax_id": resident.tax_id,
                "resident_name": resident.full_name,
                "resident_email": resident.email,
                "resident_phone": resident.phone,
            }
        rows.append(row)
    return rows


def _balance_rows(community: DemoCommunity) -> list[dict[str, Any]]:
    return [
        {"number": number, "amount": amount, "as_of": AS_OF}
        for number, amount in community.balances.items()
    ]


def _fund_rows(code: str) -> list[dict[str, Any]]:
    return [
        {"name": name, "kind": FUND_KINDS[kind], "amount": amount, "as_of": AS_OF}
        for name, kind, amount in FUNDS[code]
    ]


def _workbooks(
    folder: Path, community: DemoCommunity, maker: PersonMaker
) -> list[tuple[str, Path]]:
    """(kind, file) in the order an office imports them: units before their balances."""
    code = community.code
    suppliers = [asdict(s) for s in plan_suppliers(code)]
    workers = [
        {
            "tax_id": w.tax_id,
            "name": w.full_name,
            "role": w.role,
            "hire_date": w.hire_date,
            "salary": w.salary_basis,
            "social_security": w.social_security,
        }
        for w in plan_workers(code, maker)
    ]
    units_spec = spec_for("units")
    files = [
        ("units", write_workbook(
            folder / f"{code}-unidades.xlsx", units_spec,
            {units_spec.sheets[0].name: units_rows(community)}, community.tables,
        )),
        ("suppliers", _one_sheet(folder / f"{code}-proveedores.xlsx", "suppliers", suppliers)),
        ("workers", _one_sheet(folder / f"{code}-trabajadores.xlsx", "workers", workers)),
    ]  # fmt: skip
    balances = spec_for("balances")
    unit_sheet, fund_sheet = (s.name for s in balances.sheets)
    sheets = {unit_sheet: _balance_rows(community), fund_sheet: _fund_rows(code)}
    files.append(("balances", write_workbook(folder / f"{code}-saldos.xlsx", balances, sheets)))
    return files


def _one_sheet(path: Path, kind: str, rows: list[dict[str, Any]]) -> Path:
    spec = spec_for(kind)
    return write_workbook(path, spec, {spec.sheets[0].name: rows})


def import_file(services: Any, actor: Actor, community_id: int, kind: str, path: Path) -> Any:
    """Preview, refuse on any row error (a bug in the demo data), then commit."""
    preview = services.migration.preview(actor, community_id, kind, path)
    if not preview.ok:
        details = "; ".join(str(e) for e in list(preview.errors)[:5])
        raise ServiceError(f"La demo no pudo importar {path.name}: {details}")
    return services.migration.commit(actor, community_id, kind, path)


def load_master_data(
    services: Any,
    actor: Actor,
    folder: Path,
    communities: Sequence[DemoCommunity],
    ids: Mapping[str, int],
    tax_ids: Mapping[str, str],
    maker: PersonMaker,
) -> None:
    """Import each community's spreadsheets, then its default chart and bank account."""
    from kastor_desktop.services.banks import BankAccountDraft

    for community in communities:
        community_id = ids[community.code]
        for kind, path in _workbooks(folder, community, maker):
            import_file(services, actor, community_id, kind, path)
        services.chart.load_default(actor, community_id)
        bank, account_type, number = BANK_ACCOUNTS[community.code]
        draft = BankAccountDraft(bank, account_type, number, tax_ids[community.code])
        services.banks.create(actor, community_id, draft)
