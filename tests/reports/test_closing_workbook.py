"""The closing workbook: three sheets of typed values whose totals add up, and whose unit totals
are the ones the notices print."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pypdf
import pytest

from kastor_desktop.domain.money import format_amount
from kastor_desktop.reports.closing_workbook import write_closing_workbook
from kastor_desktop.reports.notice_data import WorkbookUnit
from kastor_desktop.reports.notices_pdf import render_batch
from tests.reports.notice_factory import cl_batch, workbook_data

HEADER_ROW = 3


def body(sheet: Any) -> tuple[list[Any], list[list[Any]], list[Any]]:
    """(headers, data rows, total row) of a sheet."""
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    return rows[HEADER_ROW - 1], rows[HEADER_ROW:-1], rows[-1]


def column(rows: list[list[Any]], index: int) -> list[Any]:
    return [r[index] for r in rows]


def test_three_sheets_with_spanish_headers_and_frozen_titles(tmp_path: Path) -> None:
    path = write_closing_workbook(workbook_data(), tmp_path / "cierre.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Gastos", "Prorrateo", "Totales"]
    for sheet in book.worksheets:
        assert sheet["A1"].value == f"{sheet.title} — cierre de Marzo 2025 — Edificio Los Aromos"
        assert sheet.freeze_panes in ("A4", "B4")
        assert sheet.column_dimensions["A"].width >= 10
    assert body(book["Gastos"])[0][0] == "Fecha" and body(book["Gastos"])[0][-1] == "Monto"
    assert body(book["Totales"])[0][-3:] == ["Total del mes", "Saldo anterior", "Total a pagar"]
    assert not list(tmp_path.glob("*.tmp"))


def test_clp_amounts_are_integers_and_every_total_adds_up(tmp_path: Path) -> None:
    data = workbook_data()
    book = openpyxl.load_workbook(write_closing_workbook(data, tmp_path / "cierre.xlsx"))
    _, rows, total = body(book["Gastos"])
    amounts = column(rows, 8)
    assert all(type(a) is int for a in amounts)
    assert amounts == [e.amount for e in data.expenses]
    assert total[8] == sum(amounts) and total[0] == "Total gastos (17)"
    assert book["Gastos"].cell(HEADER_ROW + 1, 9).number_format == "#,##0"

    headers, rows, total = body(book["Prorrateo"])
    assert headers == ["Unidad", *[h for h, _ in data.prorating], "Total unidad"]
    assert column(rows, 0) == [u.number for u in data.units]
    for index, (_, split) in enumerate(data.prorating, start=1):
        values = column(rows, index)
        assert sum(v for v in values if v is not None) == total[index] == sum(split.values())
    for row in rows:
        assert row[-1] == sum(v for v in row[1:-1] if v is not None)
    assert total[-1] == sum(total[1:-1])
    assert rows[0][3] is None  # an entry charged to one unit leaves the others empty

    headers, rows, total = body(book["Totales"])
    assert headers[2:5] == ["Gastos comunes ordinarios", "Fondo de reserva", "Intereses por mora"]
    for index in range(2, len(headers)):
        values = column(rows, index)
        assert all(type(v) is int for v in values)
        assert total[index] == sum(values)
    assert column(rows, len(headers) - 1) == [u.total for u in data.units]


def test_ars_amounts_are_pesos_with_two_decimals(tmp_path: Path) -> None:
    data = dataclasses.replace(workbook_data(exponent=2), country="AR")
    book = openpyxl.load_workbook(write_closing_workbook(data, tmp_path / "expensas.xlsx"))
    _, rows, total = body(book["Gastos"])
    cell = book["Gastos"].cell(HEADER_ROW + 1, 9)
    assert cell.number_format == "#,##0.00"
    assert Decimal(str(cell.value)) == Decimal(data.expenses[0].amount) / 100
    exact = sum(e.amount for e in data.expenses)
    assert Decimal(str(total[8])) == Decimal(exact) / 100  # summed in centavos, not in floats
    headers, rows, total = body(book["Totales"])
    assert headers[2] == "Expensas ordinarias" and "Intereses punitorios" in headers
    assert [Decimal(str(v)) for v in column(rows, len(headers) - 1)] == [
        Decimal(u.total) / 100 for u in data.units
    ]


def test_draft_says_borrador_in_every_title(tmp_path: Path) -> None:
    book = openpyxl.load_workbook(
        write_closing_workbook(workbook_data(draft=True), tmp_path / "b.xlsx")
    )
    for sheet in book.worksheets:
        assert str(sheet["A1"].value).startswith("BORRADOR — ")
        assert sheet["A1"].font.color.rgb.endswith("B00020")
    final = openpyxl.load_workbook(write_closing_workbook(workbook_data(), tmp_path / "f.xlsx"))
    assert all("BORRADOR" not in str(s["A1"].value) for s in final.worksheets)


def test_formula_looking_text_stays_text(tmp_path: Path) -> None:
    book = openpyxl.load_workbook(write_closing_workbook(workbook_data(), tmp_path / "c.xlsx"))
    cell = book["Gastos"].cell(HEADER_ROW + 3, 4)
    assert cell.value == "=Proveedor malicioso"
    assert cell.data_type == "s" and cell.quotePrefix


def test_a_missing_folder_is_reported_before_writing(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_closing_workbook(workbook_data(), tmp_path / "no-existe" / "c.xlsx")


def test_unit_totals_match_the_notices_to_the_peso(tmp_path: Path) -> None:
    batch = cl_batch(tmp_path / "img", units=4)
    data = dataclasses.replace(
        workbook_data(),
        units=tuple(
            WorkbookUnit(
                u.number, u.owner_name, u.lines, u.month_total, u.previous_balance, u.total
            )
            for u in batch.units
        ),
    )
    book = openpyxl.load_workbook(write_closing_workbook(data, tmp_path / "c.xlsx"))
    _, rows, _ = body(book["Totales"])
    texts = [
        p.extract_text() for p in pypdf.PdfReader(render_batch(batch, tmp_path / "a.pdf")).pages
    ]
    for row, text in zip(rows, texts, strict=True):
        total = row[-1]
        assert isinstance(total, int)
        label = "TOTAL A PAGAR" if total >= 0 else "Saldo a favor"
        assert f"{label} {format_amount(abs(total))}" in text
        assert format_amount(row[-3]) in text  # the month's total
