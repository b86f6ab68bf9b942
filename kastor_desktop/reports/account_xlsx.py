"""A unit's account statement as XLSX (openpyxl, write-only): a title block (community, unit,
owner, date), one row per movement (date, concept, due date, charge, payment, running balance)
with a totals row, and the debt by age below.

Dates are dates (dd-mm-yyyy) and amounts numbers with the money format (CLP ``#,##0``, ARS
``#,##0.00`` written as exact decimals), so the sheet sums and sorts. Text that starts with
=, +, -, @ is stored as text, never as a formula (reports/xlsx.py).
"""

from __future__ import annotations

import errno
import os
from collections.abc import Collection
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from kastor_desktop.domain.ledger import BUCKET_LABELS, BUCKETS
from kastor_desktop.reports.account_pdf import AccountLike
from kastor_desktop.reports.xlsx import looks_like_formula

HEADER_FILL = "1F4E79"
TOTAL_FILL = "DDE6F0"
DATE_FORMAT = "DD-MM-YYYY"
HEADERS = ("Fecha", "Concepto", "Vencimiento", "Cargo", "Abono", "Saldo")
WIDTHS = (12, 52, 13, 15, 15, 15)
MONEY_COLUMNS = frozenset({3, 4, 5})


class Sheet:
    """Cells for one write-only sheet: money, dates, safe text, bold and filled styles."""

    def __init__(self, sheet: Any, exponent: int) -> None:
        from openpyxl.styles import Font, PatternFill

        self.sheet = sheet
        self.exponent = exponent
        self.money_format = "#,##0.00" if exponent else "#,##0"
        self.bold = Font(bold=True)
        self.title_font = Font(bold=True, size=13)
        self.header_font = Font(bold=True, color="FFFFFF")
        self.header_fill = PatternFill("solid", fgColor=HEADER_FILL)
        self.total_fill = PatternFill("solid", fgColor=TOTAL_FILL)

    def cell(self, value: Any, money: bool = False, style: str = "") -> Any:
        from openpyxl.cell import WriteOnlyCell

        if money and isinstance(value, int) and not isinstance(value, bool):
            value = Decimal(value).scaleb(-self.exponent) if self.exponent else value
        cell = WriteOnlyCell(self.sheet, value=value)
        if money:
            cell.number_format = self.money_format
        elif isinstance(value, date):
            cell.number_format = DATE_FORMAT
        elif looks_like_formula(value):
            cell.data_type = "s"
            cell.quotePrefix = True
        if style == "title":
            cell.font = self.title_font
        elif style == "header":
            cell.font, cell.fill = self.header_font, self.header_fill
        elif style == "total":
            cell.font, cell.fill = self.bold, self.total_fill
        elif style == "bold":
            cell.font = self.bold
        return cell

    def row(self, values: list[Any], money: Collection[int] = (), style: str = "") -> None:
        self.sheet.append(
            [self.cell(v, i in money and v is not None, style) for i, v in enumerate(values)]
        )


def write_account_xlsx(account: AccountLike, exponent: int, country: str, path: Path) -> Path:
    """Write the statement to ``path`` (atomically: a temporary file renamed at the end)."""
    path = Path(path)
    if not path.parent.is_dir():
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(path.parent))
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    ws = workbook.create_sheet(title="Estado de cuenta")
    for index, width in enumerate(WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.freeze_panes = "A7"
    out = Sheet(ws, exponent)
    tax_label = "CUIT" if country == "AR" else "RUT"
    owner = account.owner_name or "Sin propietario registrado"
    if account.owner_tax_id:
        owner += f" ({tax_label} {account.owner_tax_id})"
    out.row([f"Estado de cuenta — unidad {account.unit_number}"], style="title")
    out.row(["Comunidad", account.community_name])
    out.row(["Propietario", owner])
    out.row(["Al", account.as_of])
    out.row([])
    out.row(list(HEADERS), style="header")
    for line in account.lines:
        out.row(
            [
                line.on,
                line.label,
                line.due,
                line.debit or None,
                line.credit or None,
                line.balance,
            ],
            MONEY_COLUMNS,
        )
    debits = sum(line.debit for line in account.lines)
    credits = sum(line.credit for line in account.lines)
    out.row([None, "Totales", None, debits, credits, account.balance], MONEY_COLUMNS, "total")
    out.row([])
    out.row(["Deuda por antigüedad"], style="bold")
    aging = account.aging
    for name in BUCKETS:
        out.row([None, BUCKET_LABELS[name], None, None, None, getattr(aging, name)], {5})
    out.row([None, "Total adeudado", None, None, None, aging.owed], {5}, "total")
    out.row([None, "Saldo a favor", None, None, None, aging.credit], {5})
    out.row([None, "Saldo (adeudado − a favor)", None, None, None, aging.balance], {5}, "bold")
    tmp = path.with_name(path.name + ".tmp")
    try:
        workbook.save(tmp)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return path
