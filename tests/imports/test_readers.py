"""Reading spreadsheets: XLSX through calamine, the CSV dialects of Spanish Excel, header
detection, and a Spanish reason for every file that cannot be read."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest

from kastor_desktop.imports.readers import NotASpreadsheet, read_file, read_kind
from kastor_desktop.imports.specs import spec_for
from tests.imports.files import grid, unit, write_csv, write_xlsx

UNITS = spec_for("units")


def test_xlsx_header_below_title_rows_matched_without_case_or_accents(tmp_path: Path) -> None:
    rows = [
        ["Edificio Los Aromos — unidades"],
        [],
        ["NUMERO", "tipo", "Rut Propietario*", "Nombre propietario (completo)", "Fecha de entrega"],
        [101, "Departamento", "12.345.678-5", "Ana", date(2024, 3, 1)],
        [],
        ["E-1", "estacionamiento", "12.345.678-5", "Ana", None],
    ]
    path = write_xlsx(tmp_path / "unidades.xlsx", {"Unidades": rows})
    tables, errors = read_kind(path, UNITS)
    table = tables["Unidades"]
    assert errors == []
    assert table.header_row == 3
    assert [n for n, _row in table.rows] == [4, 6]  # the blank row is skipped, numbers kept
    first = table.rows[0][1]
    assert table.cell(first, "number") == 101 and isinstance(table.cell(first, "number"), int)
    assert table.cell(first, "delivery") == date(2024, 3, 1)
    assert table.headers["owner_tax_id"] == "Rut Propietario*"


@pytest.mark.parametrize(
    ("delimiter", "encoding"),
    [(";", "utf-8-sig"), (";", "utf-8"), (",", "utf-8"), (";", "cp1252"), (",", "latin-1")],
)
def test_csv_dialects_and_encodings(tmp_path: Path, delimiter: str, encoding: str) -> None:
    records = [unit("101", owner_name="José Ñuñez", area=65.5), unit("102", area=70)]
    path = write_csv(tmp_path / "unidades.csv", grid("units", records), delimiter, encoding)
    tables, errors = read_kind(path, UNITS)
    assert errors == []
    rows = tables["Unidades"].rows
    table = tables["Unidades"]
    assert table.cell(rows[0][1], "owner_name") == "José Ñuñez"
    assert table.cell(rows[0][1], "area") == "65,5"  # decimal comma stays for the cell parser
    assert [table.cell(r, "number") for _n, r in rows] == ["101", "102"]


def test_formulas_are_never_evaluated_and_formula_like_text_stays_text(tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Unidades"
    sheet.append(["Número", "Tipo", "RUT propietario", "Nombre propietario"])
    sheet.append(["101", "departamento", "12.345.678-5", "=1+2"])  # a formula, no cached value
    sheet.append(["102", "departamento", "12.345.678-5", "x"])
    sheet["D3"].value = '=HYPERLINK("http://x")'
    sheet["D3"].data_type = "s"  # text that merely starts with «=»
    workbook.save(tmp_path / "f.xlsx")
    table = read_kind(tmp_path / "f.xlsx", UNITS)[0]["Unidades"]
    assert table.cell(table.rows[0][1], "owner_name") is None
    assert table.cell(table.rows[1][1], "owner_name") == '=HYPERLINK("http://x")'


def test_the_data_sheet_wins_over_instructions_and_example(tmp_path: Path) -> None:
    example = grid("units", [unit("999")])
    data = grid("units", [unit("101")])
    path = write_xlsx(
        tmp_path / "t.xlsx", {"Instrucciones": [["texto"]], "Ejemplo": example, "Mis datos": data}
    )
    table = read_kind(path, UNITS)[0]["Unidades"]
    assert table.sheet == "Mis datos"
    assert [table.cell(r, "number") for _n, r in table.rows] == ["101"]


def _docx(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    return path


def _zip(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("fotos/uno.txt", "hola")
    return path


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (
            lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8),
            "no es una planilla",
        ),
        (lambda p: p.write_bytes(b"PK\x03\x04 broken zip"), "está dañado"),
        (lambda p: _docx(p), "documento de texto (Word)"),
        (lambda p: _zip(p), "archivo comprimido (ZIP)"),
        (lambda p: p.write_bytes(b"%PDF-1.4 ..."), "documento PDF"),
        (lambda p: p.write_bytes(b""), "está vacío"),
    ],
    ids=["binary", "broken-zip", "docx", "zip", "pdf", "empty-file"],
)
def test_files_that_are_not_spreadsheets_are_explained(tmp_path: Path, make, expected) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "unidades.xlsx"
    make(path)
    with pytest.raises(NotASpreadsheet) as info:
        read_file(path)
    assert expected in info.value.message and "unidades.xlsx" in info.value.message
    tables, errors = read_kind(path, UNITS)
    assert tables == {} and [e.row for e in errors] == [0]
    assert expected in str(errors[0])


def test_a_missing_file_is_explained(tmp_path: Path) -> None:
    errors = read_kind(tmp_path / "no-existe.xlsx", UNITS)[1]
    assert "no existe" in errors[0].reason


def test_empty_sheet_and_headers_without_rows(tmp_path: Path) -> None:
    blank = write_xlsx(tmp_path / "blank.xlsx", {"Unidades": []})
    headers_only = write_xlsx(tmp_path / "solo.xlsx", {"Unidades": grid("units", [])})
    assert "La hoja «Unidades» está vacía" in read_kind(blank, UNITS)[1][0].reason
    error = read_kind(headers_only, UNITS)[1][0]
    assert error.row == 1 and "no hay filas de datos" in error.reason


def test_missing_columns_are_named_one_by_one(tmp_path: Path) -> None:
    rows = [["Número", "Torre", "Nombre propietario"], ["101", "A", "Ana"]]
    errors = read_kind(write_xlsx(tmp_path / "m.xlsx", {"Unidades": rows}), UNITS)[1]
    assert len(errors) == 1 and errors[0].row == 1
    assert "faltan las columnas «Tipo» y «RUT propietario»" in errors[0].reason


def test_no_header_row_at_all(tmp_path: Path) -> None:
    rows = [["a", "b"], ["1", "2"]]
    errors = read_kind(write_xlsx(tmp_path / "x.xlsx", {"Hoja1": rows}), UNITS)[1]
    assert "No se encontró la fila de encabezados" in errors[0].reason
    assert "«Número»" in errors[0].reason


def test_balances_needs_one_sheet_with_data_and_labels_errors_by_sheet(tmp_path: Path) -> None:
    spec = spec_for("balances")
    units_rows = [["Número de unidad", "Saldo", "Fecha"], ["101", 5000, date(2024, 12, 31)]]
    only_units = write_xlsx(tmp_path / "s.xlsx", {"Saldos de unidades": units_rows, "Fondos": []})
    tables, errors = read_kind(only_units, spec)
    assert errors == [] and list(tables) == ["Saldos de unidades"]
    empty = write_xlsx(tmp_path / "e.xlsx", {"Saldos de unidades": units_rows[:1]})
    errors = read_kind(empty, spec)[1]
    assert [e.sheet for e in errors] == ["Saldos de unidades"]
    assert str(errors[0]).startswith("hoja «Saldos de unidades», fila 1: La hoja")


def test_a_workbook_that_expands_too_much_is_refused(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from kastor_desktop.imports import readers

    path = write_xlsx(tmp_path / "u.xlsx", {"Unidades": grid("units", [unit("1")])})
    monkeypatch.setattr(readers, "MAX_UNPACKED", 1000)
    with pytest.raises(NotASpreadsheet, match="se expande a más de"):
        read_file(path)


def test_a_workbook_carrying_an_xml_bomb_is_refused_as_damaged(tmp_path: Path) -> None:
    source = write_xlsx(tmp_path / "u.xlsx", {"Unidades": grid("units", [unit("1")])})
    bomb = tmp_path / "bomba.xlsx"
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.startswith("xl/worksheets/"):
                data = b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa">]>' + data
            dst.writestr(info.filename, data)
    with pytest.raises(NotASpreadsheet, match="está dañado"):
        read_file(bomb)


def test_a_text_file_renamed_xlsx_is_called_what_it_is(tmp_path) -> None:
    import pytest

    from kastor_desktop.imports.readers import NotASpreadsheet, read_file

    fake = tmp_path / "unidades.xlsx"
    fake.write_text("Número;Tipo\n101;departamento\n", encoding="utf-8")
    with pytest.raises(NotASpreadsheet) as raised:
        read_file(fake)
    assert "renombrado" in str(raised.value)
