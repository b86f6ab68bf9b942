"""The «gastos» spreadsheet through ExpenseService.import_file: every row checked like the form,
every error with row, column and value, nothing written while any remains, a dry run writes
nothing, importing again adds nothing, only the open month."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from kastor_desktop.imports.expenses import expenses_spec
from kastor_desktop.reports.templates import write_templates
from kastor_desktop.services.errors import ServiceError
from kastor_desktop.services.migration import ImportRejected
from kastor_desktop.services.suppliers import SupplierDraft
from tests.closing_world import World, make_closing_world
from tests.imports.files import write_csv, write_xlsx

HEADERS = {c.key: c.header for c in expenses_spec().sheets[0].columns}
RUT = "76.543.210-3"


@pytest.fixture
def world(services, admin) -> World:  # type: ignore[no-untyped-def]
    made = make_closing_world(services, admin)
    services.suppliers.create(
        admin, made.community_id, SupplierDraft(RUT, "Ascensores Andinos SpA")
    )
    return made


def expense(**values: Any) -> dict[str, Any]:
    record = {"spent_on": date(2026, 11, 5), "account": "01.01", "description": "Sueldo conserje",
              "amount": 650_000, "method": "Tabla de prorrateo", "table": "General"}  # fmt: skip
    return record | values


def rows(records: list[dict[str, Any]]) -> list[list[Any]]:
    return [list(HEADERS.values())] + [[r.get(k) for k in HEADERS] for r in records]


def xlsx(path: Path, records: list[dict[str, Any]]) -> Path:
    return write_xlsx(path, {"Gastos": [["Gastos de noviembre — Edificio Aromos"], *rows(records)]})


FOUR = [
    expense(),
    expense(account="Ascensores", supplier=RUT, document_type="factura", document_number=12345,
            description="Mantención ascensores", amount="250.000", method="Partes iguales",
            table=None, units="A-101, A-102"),
    expense(account="03.07", description="Filtración", amount=45_000, method="Una unidad",
            table=None, unit="B-201", spent_on="30-11-2026"),
    expense(account="02.01", description="Agua potable", amount=180_000, method="Por consumo",
            table=None, service="Agua", nature="Extraordinario"),
]  # fmt: skip


def count(services: Any, sql: str) -> int:
    conn = sqlite3.connect(services.paths.database)
    try:
        return int(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


def test_dry_run_then_import_then_nothing_the_second_time(services, admin, world, tmp_path) -> None:
    cid, path = world.community_id, xlsx(tmp_path / "gastos.xlsx", FOUR)
    audit_before = count(services, "SELECT count(*) FROM audit_log")
    preview = services.expenses.import_file(admin, cid, path, 2026, 11, dry_run=True).value
    assert (preview.added, preview.unchanged, preview.errors, preview.written) == (4, 0, (), False)
    assert preview.preview.to_add[1].row == 4  # a title row above the headers
    assert preview.preview.to_add[1].summary == (
        "03.01 Ascensores · Mantención ascensores · $ 250.000 · Partes iguales (2 unidades)"
    )
    assert count(services, "SELECT count(*) FROM expenses") == 0
    outcome = services.expenses.import_file(admin, cid, path, 2026, 11)
    assert (
        outcome.value.written and outcome.value.added == 4 and outcome.changes.touches("expenses")
    )
    listed = services.expenses.list(admin, cid)
    assert [(r.account_code, r.method_label, r.amount) for r in listed] == [
        ("01.01", "Tabla General", 650_000),
        ("03.01", "Partes iguales (2 unidades)", 250_000),
        ("02.01", "Por consumo de agua", 180_000),
        ("03.07", "Unidad B-201", 45_000),
    ]
    assert (listed[1].supplier_name, listed[1].document_type, listed[1].document_number) == (
        "Ascensores Andinos SpA", "Factura", "12345"
    )  # fmt: skip
    assert listed[2].nature == "extraordinary" and all(r.confirmed for r in listed)
    entries = services.audit.entries(admin, limit=4)
    assert {e.action for e in entries} == {"expense.import"}
    assert "archivo: gastos.xlsx" in entries[0].after and "fila: " in entries[0].after
    assert count(services, "SELECT count(*) FROM audit_log") == audit_before + 4
    again = services.expenses.import_file(admin, cid, path, 2026, 11)
    assert (again.value.added, again.value.unchanged, again.value.written) == (0, 4, False)
    assert not again.changes.areas
    assert count(services, "SELECT count(*) FROM expenses") == 4
    assert count(services, "SELECT count(*) FROM audit_log") == audit_before + 4
    more = xlsx(tmp_path / "mas.xlsx", [*FOUR, expense(description="Bono de fiestas", amount=1)])
    added = services.expenses.import_file(admin, cid, more, 2026, 11).value
    assert (added.added, added.unchanged) == (1, 4)


def test_identical_rows_are_both_imported_once(services, admin, world, tmp_path) -> None:
    path = xlsx(tmp_path / "g.xlsx", [expense(), expense(account="Sueldos")])
    first = services.expenses.import_file(admin, world.community_id, path, 2026, 11).value
    assert first.added == 2
    assert first.preview.warnings == (
        "Las filas 3 y 4 describen el mismo gasto: se importan las dos.",
    )
    second = services.expenses.import_file(admin, world.community_id, path, 2026, 11).value
    assert (second.added, second.unchanged) == (0, 2)


def test_csv_as_spanish_excel_writes_it(services, admin, world, tmp_path) -> None:
    records = [
        expense(spent_on="05/11/2026", amount="1.250.000", description="Reparación bomba"),
        expense(spent_on="06-11-2026", amount="80.000", description="Artículos de aseo", account="06.01"),
    ]  # fmt: skip
    path = write_csv(tmp_path / "gastos.csv", rows(records), encoding="cp1252")
    result = services.expenses.import_file(admin, world.community_id, path, 2026, 11).value
    assert result.added == 2
    rows_ = services.expenses.list(admin, world.community_id)
    assert [(r.spent_on, r.amount, r.description) for r in rows_] == [
        (date(2026, 11, 5), 1_250_000, "Reparación bomba"),
        (date(2026, 11, 6), 80_000, "Artículos de aseo"),
    ]


def test_every_row_error_is_reported_and_nothing_is_written(
    services, admin, world, tmp_path
) -> None:
    records = [
        expense(),  # fine, but the file has errors: not imported
        expense(spent_on=date(2026, 10, 31), account="99", amount=-5),
        expense(spent_on="ayer", account="Multas", supplier="Nadie SpA", amount="doce"),
        expense(description=None, method="Trueque", nature="raro", document_number="1" * 31),
        expense(method="Una unidad", table="General"),
        expense(method="Partes iguales", table=None, units="A-101, Z-9"),
        expense(method="Por consumo", table=None),
        expense(table="Torre Z"),
        expense(method=None, table=None, amount=None),
    ]
    path = xlsx(tmp_path / "malos.xlsx", records)
    preview = services.expenses.import_file(
        admin, world.community_id, path, 2026, 11, dry_run=True
    ).value
    assert [str(e) for e in preview.errors] == [
        "fila 4, columna Fecha, «31/10/2026»: debe ser de noviembre 2026, el mes abierto",
        "fila 4, columna Cuenta, «99»: no existe en el plan de cuentas de la comunidad",
        "fila 4, columna Monto, «-5»: debe ser mayor que cero",
        "fila 5, columna Fecha, «ayer»: no es una fecha válida (use dd/mm/aaaa)",
        "fila 5, columna Cuenta, «Multas»: es una cuenta de recargo: se cobra a una unidad como "
        "cargo individual, no como gasto común",
        "fila 5, columna Proveedor (RUT o nombre), «Nadie SpA»: no es un proveedor de la "
        "comunidad (use su RUT o su nombre exacto)",
        "fila 5, columna Monto, «doce»: no es un número",
        "fila 6, columna N° documento, «" + "1" * 31 + "»: admite como máximo 30 caracteres",
        "fila 6, columna Descripción, (vacía): es obligatoria",
        "fila 6, columna Forma de prorrateo, «Trueque»: use «Tabla de prorrateo», «Partes "
        "iguales», «Monto fijo por unidad», «Por consumo» o «Una unidad»",
        "fila 6, columna Naturaleza, «raro»: use «Ordinario» o «Extraordinario»",
        "fila 7, columna Tabla, «General»: solo se indica con la forma de prorrateo «Tabla de "
        "prorrateo»",
        "fila 7, columna Unidad, (vacía): es obligatoria",
        "fila 8, columna Unidades, «A-101, Z-9»: Z-9 no existe en la comunidad",
        "fila 9, columna Servicio, (vacía): es obligatorio",
        "fila 10, columna Tabla, «Torre Z»: no es una tabla de prorrateo de la comunidad "
        "(General, Torre A)",
        "fila 11, columna Monto, (vacía): es obligatorio",
        "fila 11, columna Tabla, (vacía): es obligatoria",
    ]
    assert preview.added == 1 and not preview.written
    with pytest.raises(ImportRejected) as info:
        services.expenses.import_file(admin, world.community_id, path, 2026, 11)
    assert info.value.message == "«malos.xlsx» tiene 18 errores; no se importó nada."
    assert len(info.value.preview.errors) == 18
    assert count(services, "SELECT count(*) FROM expenses") == 0


def test_file_level_errors(services, admin, world, tmp_path) -> None:
    fake = tmp_path / "factura.xlsx"
    fake.write_bytes(b"%PDF-1.4 no es una planilla")
    preview = services.expenses.import_file(admin, world.community_id, fake, 2026, 11, True).value
    assert [str(e) for e in preview.errors] == [
        "«factura.xlsx» es un documento PDF, no una planilla. Guárdelo como libro de Excel "
        "(.xlsx) o CSV y vuelva a intentarlo."
    ]
    headless = write_xlsx(tmp_path / "sin.xlsx", {"Gastos": [["Fecha", "Cuenta", "Glosa"], ["x"]]})
    preview = services.expenses.import_file(admin, world.community_id, headless, 2026, 11, True)
    assert str(preview.value.errors[0]) == "fila 1: En la hoja «Gastos» falta la columna «Monto»."


def test_only_the_open_month_takes_an_import(services, admin, world, tmp_path) -> None:
    path = xlsx(tmp_path / "g.xlsx", [expense()])
    with pytest.raises(ServiceError) as info:
        services.expenses.import_file(admin, world.community_id, path, 2026, 12)
    assert info.value.message == (
        "El período 2026-12 no es el mes abierto (2026-11) de AROMOS: los gastos se importan en "
        "el mes abierto."
    )
    conn = sqlite3.connect(services.paths.database)
    conn.execute("UPDATE periods SET status = 'closed'")
    conn.commit()
    conn.close()
    with pytest.raises(ServiceError, match=r"^El período 2026-11 está cerrado: .* es 2026-12\.$"):
        services.expenses.import_file(admin, world.community_id, path, 2026, 11, dry_run=True)
    assert count(services, "SELECT count(*) FROM expenses") == 0


def test_the_written_template_explains_itself_and_imports(services, admin, world, tmp_path) -> None:
    paths = write_templates(tmp_path / "plantillas")
    assert paths[-1].name == "plantilla-gastos.xlsx"
    workbook = load_workbook(paths[-1])
    assert workbook.sheetnames == ["Gastos", "Instrucciones", "Ejemplo"]
    data = workbook["Gastos"]
    assert [c.value for c in data[1]] == list(HEADERS.values())
    lists = {str(v.sqref).split(":")[0]: v.formula1 for v in data.data_validations.dataValidation}
    assert (
        lists["H2"]
        == '"Tabla de prorrateo,Partes iguales,Monto fijo por unidad,Por consumo,Una unidad"'
    )
    assert lists["L2"] == '"Agua,Agua caliente,Gas"' and lists["M2"] == '"Ordinario,Extraordinario"'
    instructions = [r[0] for r in workbook["Instrucciones"].iter_rows(values_only=True) if r[0]]
    assert any("mes abierto" in str(text) for text in instructions)
    assert workbook["Ejemplo"].max_row >= 6
    for record in FOUR:
        data.append([record.get(k) for k in HEADERS])
    workbook.save(tmp_path / "llena.xlsx")
    result = services.expenses.import_file(admin, world.community_id, tmp_path / "llena.xlsx",
                                           2026, 11).value  # fmt: skip
    assert (result.added, result.errors) == (4, ())
