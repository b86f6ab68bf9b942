"""The closing workbook (XLSX, openpyxl write-only): what the office checks before and after a
closing, in three sheets:

- «Gastos»: every expense of the month as entered, with a total row;
- «Prorrateo»: units as rows, one column per prorated entry, a total per unit and per column;
- «Totales»: units by concept, the month's total, the previous balance and the total to pay.

Amounts are numbers, never text: CLP as whole pesos (``#,##0``), ARS as pesos with two decimals
(``#,##0.00``, written as exact decimals from the centavos). Totals are values, not formulas, so
any reader gets them without recalculating; they are summed here from the integer amounts, and
each unit's total is the one its notice prints. Text that looks like a formula is stored as
text (reports/xlsx.py). A draft says «BORRADOR» in every sheet's title.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from kastor_desktop.reports.notice_data import (
    AR_CONCEPT_LABELS,
    CONCEPT_LABELS,
    CONCEPT_ORDER,
    ClosingWorkbookData,
)
from kastor_desktop.reports.notices_layout import month_title
from kastor_desktop.reports.xlsx import looks_like_formula

HEADER_FILL = "1F4E79"
TOTAL_FILL = "DDE6F0"
DATE_FORMAT = "DD-MM-YYYY"


@dataclass(frozen=True)
class _Column:
    header: str
    width: int
    money: bool = False


def write_closing_workbook(data: ClosingWorkbookData, path: Path) -> Path:
    """Write the workbook to ``path`` (atomically: a temporary file renamed at the end)."""
    path = Path(path)
    if not path.parent.is_dir():
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(path.parent))
    from openpyxl import Workbook

    book = _Book(Workbook(write_only=True), data)
    book.expenses()
    book.prorating()
    book.totals()
    tmp = path.with_name(path.name + ".tmp")
    try:
        book.workbook.save(tmp)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return path


class _Book:
    def __init__(self, workbook: Any, data: ClosingWorkbookData) -> None:
        from openpyxl.styles import Font, PatternFill

        self.workbook = workbook
        self.data = data
        self.money_format = "#,##0.00" if data.exponent else "#,##0"
        self.title_font = Font(bold=True, size=13)
        self.draft_font = Font(bold=True, size=13, color="B00020")
        self.header_font = Font(bold=True, color="FFFFFF")
        self.header_fill = PatternFill("solid", fgColor=HEADER_FILL)
        self.total_font = Font(bold=True)
        self.total_fill = PatternFill("solid", fgColor=TOTAL_FILL)
        self.labels = AR_CONCEPT_LABELS if data.country == "AR" else CONCEPT_LABELS

    # -- sheets -----------------------------------------------------------------------------
    def expenses(self) -> None:
        columns = [
            _Column("Fecha", 12),
            _Column("Cuenta", 10),
            _Column("Nombre de la cuenta", 30),
            _Column("Proveedor", 28),
            _Column("Documento", 18),
            _Column("Descripción", 40),
            _Column("Prorrateo", 22),
            _Column("Naturaleza", 14),
            _Column("Monto", 16, money=True),
        ]
        rows = (
            [e.date, e.account_code, e.account_name, e.supplier, e.document, e.description,
             e.method, e.nature, e.amount]
            for e in self.data.expenses
        )  # fmt: skip
        total = sum(e.amount for e in self.data.expenses)
        label = f"Total gastos ({len(self.data.expenses)})"
        self._sheet(
            "Gastos", columns, rows, [label, None, None, None, None, None, None, None, total]
        )

    def prorating(self) -> None:
        data = self.data
        numbers = _unit_numbers(data)
        entries = data.prorating
        columns = [_Column("Unidad", 12)]
        columns += [
            _Column(header, max(14, min(len(header) + 2, 32)), True) for header, _ in entries
        ]
        columns.append(_Column("Total unidad", 16, True))
        rows = []
        for number in numbers:
            amounts = [split.get(number) for _, split in entries]
            rows.append([number, *amounts, sum(a for a in amounts if a)])
        column_totals = [sum(split.values()) for _, split in entries]
        total = ["Total", *column_totals, sum(column_totals)]
        self._sheet("Prorrateo", columns, rows, total)

    def totals(self) -> None:
        units = self.data.units
        concepts = [c for c in CONCEPT_ORDER if any(u.lines.get(c) for u in units)] or ["ordinary"]
        columns = [_Column("Unidad", 12), _Column("Propietario", 32)]
        columns += [
            _Column(self.labels[c], max(14, len(self.labels[c]) + 2), True) for c in concepts
        ]
        columns += [
            _Column("Total del mes", 16, True),
            _Column("Saldo anterior", 16, True),
            _Column("Total a pagar", 16, True),
        ]
        rows = (
            [u.number, u.owner_name, *[u.lines.get(c, 0) for c in concepts],
             u.month_total, u.previous_balance, u.total]
            for u in units
        )  # fmt: skip
        total = [
            "Total",
            f"{len(units)} unidades",
            *[sum(u.lines.get(c, 0) for u in units) for c in concepts],
            sum(u.month_total for u in units),
            sum(u.previous_balance for u in units),
            sum(u.total for u in units),
        ]
        self._sheet("Totales", columns, rows, total)

    # -- cells ------------------------------------------------------------------------------
    def _sheet(
        self,
        name: str,
        columns: Sequence[_Column],
        rows: Iterable[Sequence[Any]],
        total: Sequence[Any],
    ) -> None:
        from openpyxl.utils import get_column_letter

        sheet = self.workbook.create_sheet(title=name)
        for index, column in enumerate(columns, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = column.width
        sheet.freeze_panes = "B4" if name != "Gastos" else "A4"
        data = self.data
        title = f"{name} — cierre de {month_title(data.year, data.month)} — {data.community}"
        if data.draft:
            title = f"BORRADOR — {title}"
        sheet.append(
            [self._styled(sheet, title, self.draft_font if data.draft else self.title_font)]
        )
        sheet.append([])
        sheet.append([self._header(sheet, c.header) for c in columns])
        money = [c.money for c in columns]
        for row in rows:
            sheet.append([self._value(sheet, v, m) for v, m in zip(row, money, strict=True)])
        sheet.append(
            [self._value(sheet, v, m, total=True) for v, m in zip(total, money, strict=True)]
        )

    def _styled(self, sheet: Any, value: Any, font: Any) -> Any:
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(sheet, value=value)
        cell.font = font
        return cell

    def _header(self, sheet: Any, text: str) -> Any:
        cell = self._styled(sheet, text, self.header_font)
        cell.fill = self.header_fill
        return cell

    def _value(self, sheet: Any, value: Any, money: bool, total: bool = False) -> Any:
        from openpyxl.cell import WriteOnlyCell

        if money and isinstance(value, int):
            value = self._amount(value)
        cell = WriteOnlyCell(sheet, value=value)
        if money:
            cell.number_format = self.money_format
        elif isinstance(value, date):
            cell.number_format = DATE_FORMAT
        elif looks_like_formula(value):
            cell.data_type = "s"
            cell.quotePrefix = True
        if total:
            cell.font, cell.fill = self.total_font, self.total_fill
        return cell

    def _amount(self, minor: int) -> int | Decimal:
        """CLP: the integer itself; ARS: exact pesos with two decimals (Decimal('1234.50'))."""
        if not self.data.exponent:
            return minor
        return Decimal(minor).scaleb(-self.data.exponent)


def _unit_numbers(data: ClosingWorkbookData) -> list[str]:
    """The units in the workbook's order, then any unit that only appears in an entry."""
    numbers = [u.number for u in data.units]
    seen = set(numbers)
    for _, split in data.prorating:
        for number in split:
            if number not in seen:
                seen.add(number)
                numbers.append(number)
    return numbers
