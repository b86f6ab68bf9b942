"""Loading the planned demo master data the way a new office would: the migration templates
written by MigrationService.write_templates, filled in (openpyxl, values under the template's
own headers), checked with MigrationService.preview and imported with commit; then the
services for what no template covers (default chart, bank account).

``fill_template`` and ``units_rows`` are also used by benchmarks/import_units.py.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kastor_desktop.domain.shares import SCALE
from kastor_desktop.domain.units import FUND_KINDS, NOTICE_PREFERENCES, UNIT_KINDS
from kastor_desktop.imports.columns import fold_header
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

if TYPE_CHECKING:
    from kastor_desktop.services.suite import Services

Row = Mapping[str, Any]
DATE_FORMAT = "DD/MM/YYYY"


def fill_template(
    template: Path,
    kind: str,
    target: Path,
    sheets: Mapping[str, Iterable[Row]],
    share_tables: Sequence[str] = (),
) -> Path:
    """Save ``template`` (a written migration template) as ``target`` with rows filled in.

    ``sheets``: data sheet name -> rows (column key of imports/specs.py -> value), written
    under the template's own headers from row 2 on. ``share_tables`` go to «% <tabla>» columns
    (the template's «% General», then new ones to its right), from each row's ``shares`` dict
    (table -> millionths of a percent)."""
    from copy import copy

    from openpyxl import load_workbook

    workbook = load_workbook(template)
    for sheet_spec in spec_for(kind).sheets:
        rows = sheets.get(sheet_spec.name)
        if rows is None:
            continue
        sheet = workbook[sheet_spec.name]
        found = {fold_header(c.value): c.column for c in sheet[1] if c.value}
        columns = {c.key: found[fold_header(c.header)] for c in sheet_spec.columns}
        shares: dict[str, int] = {}
        for table in share_tables if sheet_spec.share_prefix else ():
            header = f"{sheet_spec.share_prefix} {table}"
            index = found.get(fold_header(header))
            if index is None:  # a table the template has no column for: add one
                index = sheet.max_column + 1
                cell = sheet.cell(1, index, header)
                cell._style = copy(sheet.cell(1, index - 1)._style)
                sheet.column_dimensions[cell.column_letter].width = len(header) + 4
            shares[table] = index
        for number, row in enumerate(rows, start=2):
            for key, index in columns.items():
                value = row.get(key)
                if value is not None and value != "":
                    cell = sheet.cell(number, index, value)
                    if isinstance(value, date):
                        cell.number_format = DATE_FORMAT
            for table, micro in row.get("shares", {}).items():
                sheet.cell(number, shares[table], _percent(micro))
    workbook.save(target)
    return target


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
    templates: Path, folder: Path, community: DemoCommunity, maker: PersonMaker
) -> list[tuple[str, Path]]:
    """(kind, filled file) in the order an office imports them: units before their balances."""
    code = community.code
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
    unit_sheet, fund_sheet = (s.name for s in spec_for("balances").sheets)
    contents: list[tuple[str, dict[str, list[dict[str, Any]]], Sequence[str]]] = [
        ("units", {"Unidades": units_rows(community)}, community.tables),
        ("suppliers", {"Proveedores": [asdict(s) for s in plan_suppliers(code)]}, ()),
        ("workers", {"Trabajadores": workers}, ()),
        ("balances", {unit_sheet: _balance_rows(community), fund_sheet: _fund_rows(code)}, ()),
    ]
    files = []
    for kind, sheets, tables in contents:
        name = spec_for(kind).file_name
        target = folder / f"{code}-{name}"
        files.append((kind, fill_template(templates / name, kind, target, sheets, tables)))
    return files


def import_file(services: Services, actor: Actor, community_id: int, kind: str, path: Path) -> Any:
    """Preview, refuse on any row error (a bug in the demo data), then commit."""
    preview = services.migration.preview(actor, community_id, kind, path)
    if not preview.ok:
        details = "; ".join(str(e) for e in list(preview.errors)[:5])
        raise ServiceError(f"La demo no pudo importar {path.name}: {details}")
    return services.migration.commit(actor, community_id, kind, path)


def load_master_data(
    services: Services,
    actor: Actor,
    folder: Path,
    communities: Sequence[DemoCommunity],
    ids: Mapping[str, int],
    tax_ids: Mapping[str, str],
    maker: PersonMaker,
) -> None:
    """Write the templates once; per community fill and import them, then load the default
    chart and add the bank account."""
    from kastor_desktop.services.banks import BankAccountDraft

    templates = folder / "plantillas"
    services.migration.write_templates(templates)
    for community in communities:
        community_id = ids[community.code]
        for kind, path in _workbooks(templates, folder, community, maker):
            import_file(services, actor, community_id, kind, path)
        services.chart.load_default(actor, community_id)
        bank, account_type, number = BANK_ACCOUNTS[community.code]
        draft = BankAccountDraft(bank, account_type, number, tax_ids[community.code])
        services.banks.create(actor, community_id, draft)
