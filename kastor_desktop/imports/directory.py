"""Suppliers and workers: one row each, matched by RUT/CUIT within the community."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from kastor_desktop.domain.contact_info import format_phone
from kastor_desktop.domain.country import profile
from kastor_desktop.imports import cells
from kastor_desktop.imports.cells import CellError, RowReader
from kastor_desktop.imports.keyed import (
    Field,
    ProgressLike,
    Record,
    Unique,
    classify,
    each_row,
    tax_key,
)
from kastor_desktop.imports.plan import Plan
from kastor_desktop.imports.readers import Cell, Table

Existing = Mapping[str, tuple[int, Mapping[str, Any]]]  # tax_key -> (id, stored values)


def one_email(value: Cell) -> str:
    found = cells.emails(value)
    if len(found) > 1:
        raise CellError("indique un solo correo")
    return found[0] if found else ""


def one_phone(value: Cell, region: str) -> str:
    found = cells.phones(value, region)
    if len(found) > 1:
        raise CellError("indique un solo teléfono")
    return found[0] if found else ""


SUPPLIER_FIELDS = (
    Field("tax_id", "RUT"),
    Field("name", "Nombre"),
    Field("business_line", "Giro"),
    Field("contact_name", "Contacto"),
    Field("email", "Correo"),
    Field("phone", "Teléfono", lambda v: format_phone(v or "")),
    Field("bank_name", "Banco"),
    Field("bank_account", "Número de cuenta"),
)


def plan_suppliers(
    plan: Plan, table: Table, existing: Existing, country: str, progress: ProgressLike | None
) -> None:
    region = profile(country).phone_region

    def read(get: Any, number: int, row: Sequence[Cell]) -> dict[str, Any]:
        return {
            "tax_id": get(number, row, "tax_id", cells.tax_id, country),
            "name": get(number, row, "name", cells.required, 200),
            "business_line": get(number, row, "business_line", cells.text, 200),
            "contact_name": get(number, row, "contact_name", cells.text, 200),
            "email": get(number, row, "email", one_email),
            "phone": get(number, row, "phone", one_phone, region),
            "bank_name": get(number, row, "bank_name", cells.text, 100),
            "bank_account": get(number, row, "bank_account", cells.text, 40),
        }

    records = _records(plan, table, country, progress, "Revisando proveedores…", read,
                       ("name", "business_line"))  # fmt: skip
    classify(plan, records, existing, SUPPLIER_FIELDS, "suppliers")


WORKER_FIELDS = (
    Field("tax_id", "RUT"),
    Field("full_name", "Nombre"),
    Field("role", "Cargo"),
    Field("hire_date", "Fecha de ingreso", cells.show_day),
    Field("salary_basis", "Sueldo base", cells.show_amount),
    Field("social_security", "Previsión y salud"),
)


def plan_workers(
    plan: Plan, table: Table, existing: Existing, country: str, progress: ProgressLike | None
) -> None:
    exponent = profile(country).minor_exponent

    def read(get: Any, number: int, row: Sequence[Cell]) -> dict[str, Any]:
        return {
            "tax_id": get(number, row, "tax_id", cells.tax_id, country),
            "full_name": get(number, row, "name", cells.required, 200),
            "role": get(number, row, "role", cells.text, 100),
            "hire_date": get(number, row, "hire_date", cells.day),
            "salary_basis": get(number, row, "salary", cells.amount, exponent),
            "social_security": get(number, row, "social_security", cells.text, 2000),
        }

    records = _records(plan, table, country, progress, "Revisando trabajadores…", read,
                       ("full_name", "role"))  # fmt: skip
    fields = tuple(
        Field(f.key, f.label, (lambda v, e=exponent: cells.show_amount(v, e)))
        if f.key == "salary_basis"
        else f
        for f in WORKER_FIELDS
    )
    classify(plan, records, existing, fields, "workers")


def _records(
    plan: Plan,
    table: Table,
    country: str,
    progress: ProgressLike | None,
    step: str,
    read: Callable[[Any, int, Sequence[Cell]], dict[str, Any]],
    summary_keys: tuple[str, ...],
) -> list[Record]:
    """Each row read and checked; a RUT repeated in the file names both rows."""
    reader = RowReader(table, plan.errors)
    unique = Unique(
        reader, "tax_id", "el RUT está repetido" if country != "AR" else "el CUIT está repetido"
    )
    records = []
    for number, row in each_row(table, progress, step):
        errors = len(plan.errors)
        values = read(reader.get, number, row)
        tax = values["tax_id"]
        if tax and not unique.claim(number, tax_key(tax), table.cell(row, "tax_id")):
            continue
        if len(plan.errors) == errors:
            summary = " · ".join(v for v in (values[k] for k in summary_keys) if v)
            records.append(Record(number, tax_key(tax), tax, values, summary))
    return records
