"""The chart of expense accounts (matched by code) and opening balances: each unit's debt or
credit (matched by unit number; the unit must exist) and the funds (matched by name)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kastor_desktop.domain.country import profile
from kastor_desktop.domain.units import ACCOUNT_KINDS, EXPENSE_NATURES, FUND_KINDS
from kastor_desktop.imports import cells
from kastor_desktop.imports.cells import RowReader
from kastor_desktop.imports.keyed import (
    Field,
    ProgressLike,
    Record,
    Unique,
    classify,
    each_row,
    text_key,
)
from kastor_desktop.imports.plan import Plan
from kastor_desktop.imports.readers import Table

Existing = Mapping[str, tuple[int, Mapping[str, Any]]]

ACCOUNT_FIELDS = (
    Field("name", "Nombre"),
    Field("kind", "Tipo", lambda v: ACCOUNT_KINDS.get(v, v or "")),
    Field("parent", "Código padre"),
    Field("nature", "Naturaleza", lambda v: EXPENSE_NATURES.get(v, v or "")),
)


def plan_accounts(
    plan: Plan, table: Table, existing: Existing, progress: ProgressLike | None
) -> None:
    """``existing``: code (folded) -> (id, {code, name, kind, parent (code or ""), nature})."""
    reader = RowReader(table, plan.errors)
    unique = Unique(reader, "code", "el código está repetido")
    parsed: list[tuple[int, list[Any], dict[str, Any]]] = []
    for number, row in each_row(table, progress, "Revisando el plan de cuentas…"):
        errors = len(plan.errors)
        get = reader.get
        values = {
            "code": get(number, row, "code", cells.required, 20),
            "name": get(number, row, "name", cells.required, 120),
            "kind": get(number, row, "kind", cells.choice, ACCOUNT_KINDS, True),
            "parent": get(number, row, "parent", cells.text, 20) or "",
            "nature": get(number, row, "nature", cells.choice, EXPENSE_NATURES, True),
        }
        code = values["code"]
        if code and not unique.claim(number, text_key(code), table.cell(row, "code")):
            continue
        if len(plan.errors) == errors:
            parsed.append((number, row, values))
    kinds = {text_key(v["code"]): (v["code"], v["kind"]) for _n, _r, v in parsed}
    for key, (_id, stored) in existing.items():
        kinds.setdefault(key, (stored["code"], stored["kind"]))
    records = []
    for number, row, values in parsed:
        parent = values["parent"]
        raw = reader.table.cell(row, "parent")
        if values["kind"] == "subcategory":
            found = kinds.get(text_key(parent)) if parent else None
            if not parent:
                reader.fail(number, "parent", raw, "una subcategoría debe indicar su categoría")
                continue
            if text_key(parent) == text_key(values["code"]):
                reader.fail(number, "parent", raw, "una cuenta no puede ser su propio padre")
                continue
            if found is None:
                reader.fail(
                    number, "parent", raw, "no existe esa cuenta en el archivo ni en la comunidad"
                )
                continue
            if found[1] == "subcategory":
                reader.fail(number, "parent", raw, "el padre debe ser una categoría")
                continue
            values["parent"] = found[0]
        elif parent:
            reader.fail(number, "parent", raw, "solo las subcategorías llevan código padre")
            continue
        summary = f"{values['name']} · {ACCOUNT_KINDS[values['kind']]}"
        records.append(Record(number, text_key(values["code"]), values["code"], values, summary))
    classify(plan, records, existing, ACCOUNT_FIELDS, "accounts")


def plan_unit_balances(
    plan: Plan,
    table: Table,
    units: Mapping[str, tuple[int, str]],
    existing: Existing,
    country: str,
    progress: ProgressLike | None,
    sheet: str,
) -> None:
    """``units``: number (folded) -> (unit id, number); ``existing``: number (folded) ->
    (opening balance id, {amount, as_of})."""
    reader = RowReader(table, plan.errors, sheet)
    unique = Unique(reader, "number", "la unidad está repetida")
    exponent = profile(country).minor_exponent
    fields = (
        Field("amount", "Saldo", lambda v: cells.show_amount(v, exponent)),
        Field("as_of", "Fecha", cells.show_day),
    )
    records = []
    for number, row in each_row(table, progress, "Revisando saldos de unidades…"):
        errors = len(plan.errors)
        get = reader.get
        unit_number = get(number, row, "number", cells.required, 30)
        amount = get(number, row, "amount", cells.amount, exponent, True, True)
        as_of = get(number, row, "as_of", cells.day, True)
        if not unit_number:
            continue
        key = text_key(unit_number)
        if not unique.claim(number, key, table.cell(row, "number")):
            continue
        unit = units.get(key)
        if unit is None:
            reader.fail(
                number, "number", table.cell(row, "number"), "la unidad no existe en la comunidad"
            )
            continue
        if len(plan.errors) == errors:
            values = {"unit_id": unit[0], "amount": amount, "as_of": as_of}
            kind = "deuda" if (amount or 0) > 0 else "a favor" if (amount or 0) < 0 else "al día"
            summary = f"{cells.show_amount(abs(amount or 0), exponent)} {kind}"
            records.append(Record(number, key, unit[1], values, summary))
    classify(plan, records, existing, fields, "balances", sheet)


def plan_funds(
    plan: Plan,
    table: Table,
    existing: Existing,
    country: str,
    progress: ProgressLike | None,
    sheet: str,
) -> None:
    """``existing``: name (folded) -> (fund id, {name, kind, opening_balance, opening_date})."""
    reader = RowReader(table, plan.errors, sheet)
    unique = Unique(reader, "name", "el fondo está repetido")
    exponent = profile(country).minor_exponent
    fields = (
        Field("name", "Nombre"),
        Field("kind", "Tipo", lambda v: FUND_KINDS.get(v, v or "")),
        Field("opening_balance", "Saldo inicial", lambda v: cells.show_amount(v, exponent)),
        Field("opening_date", "Fecha", cells.show_day),
    )
    records = []
    for number, row in each_row(table, progress, "Revisando fondos…"):
        errors = len(plan.errors)
        get = reader.get
        values = {
            "name": get(number, row, "name", cells.required, 100),
            "kind": get(number, row, "kind", cells.choice, FUND_KINDS) or "other",
            "opening_balance": get(number, row, "amount", cells.amount, exponent, False, True),
            "opening_date": get(number, row, "as_of", cells.day, True),
        }
        name = values["name"]
        if name and not unique.claim(number, text_key(name), table.cell(row, "name")):
            continue
        if len(plan.errors) == errors:
            summary = (
                f"{FUND_KINDS[values['kind']]} · "
                f"{cells.show_amount(values['opening_balance'], exponent)}"
            )
            records.append(Record(number, text_key(name), name, values, summary))
    _one_reserve(reader, records, existing)
    classify(plan, records, existing, fields, "funds", sheet)


def _one_reserve(reader: RowReader, records: list[Record], existing: Existing) -> None:
    """A community has a single reserve fund: in the file, or already stored under another name."""
    in_file = {r.key for r in records}
    holder = next(
        (
            v["name"]
            for k, (_i, v) in existing.items()
            if v["kind"] == "reserve" and k not in in_file
        ),
        None,
    )
    for record in records:
        if record.values["kind"] != "reserve":
            continue
        if holder is not None:
            reason = f"ya hay un fondo de reserva («{holder}»); una comunidad tiene uno solo"
            reader.fail(record.row, "kind", FUND_KINDS["reserve"], reason)
        holder = record.values["name"]
