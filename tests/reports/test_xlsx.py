"""Plain tables to XLSX: values typed per column, formula-looking text kept as text."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from kastor_desktop.reports.xlsx import typed_columns, write_table


def test_numeric_money_percent_and_date_columns_become_values() -> None:
    rows = [
        ["A-101", "60,50", "$ 1.250.000", "3,333333", "15-01-2022", "0101", "1.1"],
        ["A-102", "", "-$ 150.000", "0,5 %", "01-02-2023", "0102", "1.2"],
    ]
    typed = typed_columns(rows)
    assert typed[0][:5] == ["A-101", 60.5, 1250000, 3.333333, date(2022, 1, 15)]
    assert typed[1][:5] == ["A-102", None, -150000, 0.5, date(2023, 2, 1)]
    assert [r[5] for r in typed] == ["0101", "0102"]  # codes with a leading zero stay text
    assert [r[6] for r in typed] == ["1.1", "1.2"]  # «1.1» is a chart code, not a number


def test_a_column_with_one_text_cell_stays_text() -> None:
    typed = typed_columns([["101"], ["B-1"]])
    assert typed == [["101"], ["B-1"]]


def test_datetimes_and_written_back(tmp_path: Path) -> None:
    rows = typed_columns([["22-11-2026 13:27:56", "=1+1", "10"]])
    assert rows[0][0] == datetime(2026, 11, 22, 13, 27, 56)
    target = tmp_path / "t.xlsx"
    assert write_table(target, "Hoja", ["Fecha", "Texto", "N"], rows) == 1
    sheet = openpyxl.load_workbook(target).active
    values = [c.value for c in sheet[2]]
    assert values == [datetime(2026, 11, 22, 13, 27, 56), "=1+1", 10]
    assert sheet["B2"].data_type == "s" and sheet["B2"].quotePrefix


def test_a_missing_folder_fails_before_writing(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_table(tmp_path / "no" / "t.xlsx", "Hoja", ["a"], [["1"]])
    assert not list(tmp_path.rglob("*.tmp"))
