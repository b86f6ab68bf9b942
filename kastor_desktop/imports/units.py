"""Units with their owners, residents and share tables, matched by unit number.

People are the office's, identified by tax id across communities: the file adds new ones and
updates the data it gives for known ones (an empty contact cell keeps what is stored). Each
share table in the file («% <nombre>» columns) must sum to exactly 100 % and is then stored
exactly as in the file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from kastor_desktop.domain.country import profile
from kastor_desktop.domain.shares import FULL, SCALE
from kastor_desktop.domain.units import UNIT_KINDS
from kastor_desktop.imports import cells
from kastor_desktop.imports.cells import RowReader
from kastor_desktop.imports.keyed import (
    Field,
    ProgressLike,
    Unique,
    diff,
    each_row,
    tax_key,
    text_key,
)
from kastor_desktop.imports.plan import FieldChange, Plan, RowError
from kastor_desktop.imports.readers import Cell, Table
from kastor_desktop.imports.units_people import PersonDrafts, StoredPerson


@dataclass(frozen=True)
class StoredUnit:
    id: int
    number: str
    values: Mapping[str, Any]  # kind, tower, floor, area_x100, ... owner, resident, parent


@dataclass(frozen=True)
class StoredTable:
    id: int
    name: str
    shares: Mapping[str, int]  # unit number (folded) -> millionths of a percent


@dataclass
class UnitsExisting:
    units: dict[str, StoredUnit]  # number (folded) -> unit
    tables: dict[str, StoredTable]  # name (folded) -> table
    people: Callable[[Iterable[str]], dict[str, StoredPerson]]  # tax ids -> tax_key -> person


@dataclass
class ShareColumn:
    name: str
    key: str
    index: int
    header: str
    values: dict[str, int] = field(default_factory=dict)  # unit key -> micro
    rows: list[tuple[int, int, bool]] = field(default_factory=list)  # row, micro, was a number
    broken: bool = False


@dataclass
class UnitRow:
    row: int
    number: str
    values: dict[str, Any]
    cells: Sequence[Cell]


def _fields(exponent: int) -> tuple[Field, ...]:
    return (
        Field("kind", "Tipo", lambda v: UNIT_KINDS.get(v, v or "")),
        Field("tower", "Torre"),
        Field("floor", "Piso"),
        Field("area_x100", "Superficie m2", cells.show_area),
        Field("fiscal_valuation", "Avalúo fiscal", lambda v: cells.show_amount(v, exponent)),
        Field("delivery_date", "Fecha de entrega", cells.show_day),
        Field("parent", "Unidad principal"),
        Field("owner", "Propietario"),
        Field("resident", "Residente"),
        Field("notes", "Notas"),
        Field("active", "Activa", cells.show_flag),
    )


def plan_units(
    plan: Plan,
    table: Table,
    existing: UnitsExisting,
    country: str,
    progress: ProgressLike | None,
) -> None:
    prof = profile(country)
    reader = RowReader(table, plan.errors)
    unique = Unique(reader, "number", "el número de unidad está repetido")
    columns = _share_columns(plan, table)
    people = PersonDrafts(reader, country)
    rows: list[UnitRow] = []
    numbers: dict[str, str] = {}  # every unit number in the file (folded -> as written)
    for number, row in each_row(table, progress, "Revisando unidades…"):
        errors = len(plan.errors)
        get = reader.get
        unit_number = get(number, row, "number", cells.required, 30)
        values: dict[str, Any] = {
            "kind": get(number, row, "kind", cells.choice, UNIT_KINDS, True),
            "tower": get(number, row, "tower", cells.text, 30),
            "floor": get(number, row, "floor", cells.text, 10),
            "area_x100": get(number, row, "area", cells.area_x100),
            "fiscal_valuation": get(number, row, "valuation", cells.amount, prof.minor_exponent),
            "delivery_date": get(number, row, "delivery", cells.day),
            "parent": get(number, row, "parent", cells.text, 30),
            "owner": people.read(number, row, "owner"),
            "resident": people.read(number, row, "resident"),
            "notes": get(number, row, "notes", cells.text, 2000),
            "active": get(number, row, "active", cells.yes_no, True),
        }
        shares = _read_shares(plan, columns, number, row)
        if not unit_number:
            continue
        key = text_key(unit_number)
        if not unique.claim(number, key, table.cell(row, "number")):
            continue
        numbers[key] = unit_number
        for name, micro in shares.items():
            next(c for c in columns if c.key == name).values[key] = micro
        if len(plan.errors) == errors:
            rows.append(UnitRow(number, unit_number, values, row))
    _skip_empty_columns(plan, columns)
    _check_sums(plan, table, columns)
    _check_parents(reader, rows, numbers, existing)
    stored_people = existing.people(people.tax_ids())
    people_changes = people.resolve(plan, stored_people)
    if plan.errors:
        return
    _classify(plan, rows, columns, existing, people_changes, prof.minor_exponent)
    plan.writes["people"] = people.writes(stored_people)
    _tables(plan, columns, existing, numbers)


def _read_shares(
    plan: Plan, columns: list[ShareColumn], number: int, row: Sequence[Cell]
) -> dict[str, int]:
    shares: dict[str, int] = {}
    for column in columns:
        raw = row[column.index] if column.index < len(row) else None
        try:
            micro = cells.percent(raw)
        except cells.CellError as error:
            plan.errors.append(RowError(number, column.header, cells.shown(raw), error.reason))
            column.broken = True
            continue
        if micro is not None:
            shares[column.key] = micro
            column.rows.append((number, micro, isinstance(raw, int | float)))
    return shares


def _share_columns(plan: Plan, table: Table) -> list[ShareColumn]:
    columns: list[ShareColumn] = []
    ignored = []
    for header, index in table.extra.items():
        if not header.startswith("%"):
            ignored.append(f"«{header}»")
            continue
        name = " ".join(header[1:].split())
        if not name or len(name) > 60:
            reason = "indique el nombre de la tabla después de «%» (hasta 60 caracteres)"
            plan.errors.append(RowError(table.header_row, header, header, reason))
            continue
        if any(c.key == text_key(name) for c in columns):
            reason = f"la tabla «{name}» tiene dos columnas"
            plan.errors.append(RowError(table.header_row, header, header, reason))
            continue
        columns.append(ShareColumn(name, text_key(name), index, header))
    if ignored:
        plan.warnings.append(f"Se ignoran las columnas que Kastor no conoce: {', '.join(ignored)}.")
    return columns


def _skip_empty_columns(plan: Plan, columns: list[ShareColumn]) -> None:
    """A share column left entirely empty (as the template comes) changes nothing."""
    for column in [c for c in columns if not c.rows and not c.broken]:
        columns.remove(column)
        plan.warnings.append(
            f"La columna «{column.header}» está vacía: la tabla «{column.name}» no se modifica."
        )


def _check_sums(plan: Plan, table: Table, columns: list[ShareColumn]) -> None:
    for column in columns:
        if column.broken:
            continue
        total = sum(micro for _r, micro, _n in column.rows)
        if total == SCALE and all(was_number for _r, _m, was_number in column.rows):
            # the cells were formatted as percentages: Excel stores 45,5 % as 0,455
            column.values = {k: v * 100 for k, v in column.values.items()}
            total = FULL
            plan.warnings.append(
                f"La tabla «{column.name}» venía con formato de porcentaje de Excel: "
                "se leyó 0,455 como 45,5 %."
            )
        if total != FULL:
            missing = FULL - total
            word = "faltan" if missing > 0 else "sobran"
            plan.errors.append(
                RowError(
                    table.header_row,
                    column.header,
                    cells.show_percent(total),
                    f"la tabla «{column.name}» suma {cells.show_percent(total)} y debe sumar "
                    f"exactamente 100 %: {word} {cells.show_percent(abs(missing))}",
                )
            )


def _check_parents(
    reader: RowReader, rows: list[UnitRow], numbers: dict[str, str], existing: UnitsExisting
) -> None:
    final_parent = {k: u.values.get("parent") or "" for k, u in existing.units.items()}
    final_parent.update({text_key(r.number): r.values["parent"] or "" for r in rows})
    for unit in rows:
        parent = unit.values["parent"]
        if not parent:
            continue
        key, raw = text_key(parent), reader.table.cell(unit.cells, "parent")
        if key == text_key(unit.number):
            reason = "una unidad no puede ser su propia unidad principal"
        elif key not in numbers and key not in existing.units:
            reason = "la unidad principal no existe en el archivo ni en la comunidad"
        elif final_parent.get(key):
            reason = "la unidad principal es a su vez parte de otra unidad"
        else:
            unit.values["parent"] = numbers.get(key) or existing.units[key].number
            continue
        reader.fail(unit.row, "parent", raw, reason)


def _classify(
    plan: Plan,
    rows: list[UnitRow],
    columns: list[ShareColumn],
    existing: UnitsExisting,
    people_changes: dict[str, tuple[int, list[FieldChange]]],
    exponent: int,
) -> None:
    fields = _fields(exponent)
    by_row: dict[int, list[FieldChange]] = {}
    for row, person_changes in people_changes.values():
        by_row.setdefault(row, []).extend(person_changes)
    names: dict[str, str] = plan.writes.get("names", {})
    inserts, updates, changed = [], [], []
    for unit in rows:
        values, key = unit.values, text_key(unit.number)
        tower = values["tower"] and f"Torre {values['tower']}"
        parts = (UNIT_KINDS[values["kind"]], tower, names.get(values["owner"], ""))
        summary = " · ".join(p for p in parts if p)
        stored = existing.units.get(key)
        if stored is None:
            inserts.append(dict(values, number=unit.number))
            plan.classify(unit.row, unit.number, summary, True, [])
            changed.append(key)
            continue
        before = dict(stored.values)
        for who in ("owner", "resident"):  # the same person written differently is no change
            if tax_key(before.get(who) or "") == tax_key(values[who] or ""):
                before[who] = values[who]
        changes = diff(before, values, fields)
        for column in columns:
            table = existing.tables.get(column.key)
            old, new = (table.shares.get(key) if table else None), column.values.get(key)
            if old != new:
                changes.append(
                    FieldChange(
                        f"% {column.name}", cells.show_percent(old), cells.show_percent(new)
                    )
                )
        if changes:
            updates.append((stored.id, dict(values, number=stored.number)))
        others = by_row.get(unit.row, [])
        if changes or others:
            changed.append(key)
        plan.classify(unit.row, stored.number, summary, False, changes + others)
    plan.writes["units"] = {"insert": inserts, "update": updates, "changed": changed}


def _tables(
    plan: Plan, columns: list[ShareColumn], existing: UnitsExisting, numbers: dict[str, str]
) -> None:
    tables = []
    for column in columns:
        stored = existing.tables.get(column.key)
        before = dict(stored.shares) if stored else {}
        leaving = sorted(k for k in before if k not in numbers)
        if leaving:
            shown = [existing.units[k].number if k in existing.units else k for k in leaving]
            more = "…" if len(shown) > 8 else ""
            who = (
                "1 unidad que no está en el archivo dejará"
                if len(shown) == 1
                else f"{len(shown)} unidades que no están en el archivo dejarán"
            )
            plan.warnings.append(
                f"{who} de participar en la tabla «{column.name}»: {', '.join(shown[:8])}{more}."
            )
        if stored is None or before != column.values:
            tables.append(
                {"id": stored.id if stored else None, "name": column.name, "shares": column.values}
            )
    plan.writes["tables"] = tables
