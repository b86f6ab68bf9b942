"""Two collection reports of a community, as XLSX and PDF:

- payments received in a date range: receipt, date, unit, owner, method, reference, amount and
  whether it was voided (with the reason); the total counts only the valid payments;
- unallocated credits: units whose payments exceed their charges (unit, owner, credit), total.

XLSX amounts are numbers with the money format and dates are dates; text that starts with
=, +, -, @ is stored as text (reports/account_xlsx.Sheet). PDFs use the statement's paginated
table (reports/account_pdf.py) under the office's letterhead.
"""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from kastor_desktop.reports.account_pdf import Column, Row, table_pages
from kastor_desktop.reports.account_xlsx import Sheet
from kastor_desktop.reports.letterhead import Document, Letterhead
from kastor_desktop.reports.notices_layout import LEFT, RIGHT, Pen
from kastor_desktop.reports.pdf_fonts import BOLD, FONT


@dataclass(frozen=True)
class PaymentLine:
    receipt: int
    paid_on: date
    unit_number: str
    owner_name: str
    method: str  # Spanish label
    reference: str
    amount: int
    voided: bool
    void_reason: str = ""


@dataclass(frozen=True)
class PaymentsReport:
    community_name: str
    community_code: str
    since: date
    until: date
    lines: tuple[PaymentLine, ...]

    @property
    def valid(self) -> list[PaymentLine]:
        return [p for p in self.lines if not p.voided]

    @property
    def total(self) -> int:
        return sum(p.amount for p in self.valid)


@dataclass(frozen=True)
class CreditLine:
    unit_number: str
    owner_name: str
    credit: int


@dataclass(frozen=True)
class CreditsReport:
    community_name: str
    community_code: str
    as_of: date
    lines: tuple[CreditLine, ...]

    @property
    def total(self) -> int:
        return sum(c.credit for c in self.lines)


def count(n: int, one: str, many: str) -> str:
    """«1 unidad», «3 unidades»."""
    return f"{n} {one if n == 1 else many}"


def _day(value: date) -> str:
    return value.strftime("%d-%m-%Y")


# -- XLSX ------------------------------------------------------------------------------------
def _workbook(path: Path, title: str, widths: tuple[int, ...], exponent: int) -> tuple[Any, Sheet]:
    if not path.parent.is_dir():
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(path.parent))
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    ws = workbook.create_sheet(title=title[:31])
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.freeze_panes = "A4"
    return workbook, Sheet(ws, exponent)


def _save(workbook: Any, path: Path) -> Path:
    tmp = path.with_name(path.name + ".tmp")
    try:
        workbook.save(tmp)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return path


def write_payments_xlsx(report: PaymentsReport, exponent: int, path: Path) -> Path:
    path = Path(path)
    workbook, out = _workbook(path, "Pagos recibidos", (10, 12, 12, 32, 16, 24, 15, 36), exponent)
    out.row(
        [
            f"Pagos recibidos del {_day(report.since)} al {_day(report.until)} — "
            f"{report.community_name}"
        ],
        style="title",
    )
    out.row([])
    headers = ["Recibo", "Fecha", "Unidad", "Propietario", "Medio", "Referencia", "Monto"]
    out.row([*headers, "Estado"], style="header")
    for p in report.lines:
        state = ("Anulado: " + p.void_reason if p.void_reason else "Anulado") if p.voided else ""
        out.row(
            [p.receipt, p.paid_on, p.unit_number, p.owner_name, p.method, p.reference,
             p.amount, state],
            {6},
        )  # fmt: skip
    valid = report.valid
    label = f"Total ({count(len(valid), 'pago válido', 'pagos válidos')}"
    voided = len(report.lines) - len(valid)
    label += f"; {count(voided, 'anulado', 'anulados')} no suman)" if voided else ")"
    out.row([None, None, None, label, None, None, report.total, None], {6}, "total")
    return _save(workbook, path)


def write_credits_xlsx(report: CreditsReport, exponent: int, path: Path) -> Path:
    path = Path(path)
    workbook, out = _workbook(path, "Saldos a favor", (12, 36, 16), exponent)
    out.row([f"Saldos a favor al {_day(report.as_of)} — {report.community_name}"], style="title")
    out.row([])
    out.row(["Unidad", "Propietario", "Saldo a favor"], style="header")
    for c in report.lines:
        out.row([c.unit_number, c.owner_name, c.credit], {2})
    units = count(len(report.lines), "unidad", "unidades")
    out.row(["Total", units, report.total], {2}, "total")
    return _save(workbook, path)


# -- PDF -------------------------------------------------------------------------------------
def _summary(pen: Pen, doc: Document, lines: list[tuple[str, str]]) -> float:
    c = doc.colors
    y = 692.0
    for label, value in lines:
        pen.put(LEFT, y, label, FONT, 8, c.muted)
        pen.put(LEFT + 120, y, value, BOLD, 9, c.ink, "l", RIGHT - LEFT - 120)
        y -= 13
    return y - 14


def render_payments_pdf(head: Letterhead, report: PaymentsReport, path: Path) -> Path:
    money = head.money
    period = f"{head.day(report.since)} al {head.day(report.until)}"
    with Document(path, head, f"Pagos recibidos {period} — {report.community_name}") as doc:
        columns = (
            Column("Recibo", LEFT + 30, "r"),
            Column("Fecha", LEFT + 38),
            Column("Unidad", LEFT + 92, "l", 44),
            Column("Propietario", LEFT + 140, "l", 112),
            Column("Medio", LEFT + 256, "l", 60),
            Column("Referencia", LEFT + 320, "l", 80),
            Column("Monto", RIGHT - 50, "r"),
            Column("Estado", RIGHT, "r", 44),
        )
        rows = [
            Row(
                (
                    str(p.receipt),
                    head.day(p.paid_on),
                    p.unit_number,
                    p.owner_name,
                    p.method,
                    p.reference,
                    money(p.amount),
                    "ANULADO" if p.voided else "",
                ),
                "void" if p.voided else "",
            )  # fmt: skip
            for p in report.lines
        ]
        valid = report.valid
        rows.append(
            Row(("", "", "", f"Total: {count(len(valid), 'pago válido', 'pagos válidos')}", "", "", money(report.total), ""),
                "total")
        )  # fmt: skip
        voided = [p for p in report.lines if p.voided]

        def intro(canv: Any, pen: Pen) -> float:
            lines = [
                ("Comunidad", report.community_name),
                ("Período", period),
                ("Pagos válidos", f"{len(valid)} por {money(report.total)}"),
            ]
            if voided:
                lines.append(
                    ("Anulados", f"{len(voided)} por {money(sum(p.amount for p in voided))} "
                     "(se muestran en rojo y no suman)")
                )  # fmt: skip
            return _summary(pen, doc, lines)

        table_pages(
            doc, "PAGOS RECIBIDOS", period, intro, columns, rows,
            f"{report.community_name} · pagos recibidos del {period}",
        )  # fmt: skip
        return doc.save()


def render_credits_pdf(head: Letterhead, report: CreditsReport, path: Path) -> Path:
    money = head.money
    day = head.day(report.as_of)
    with Document(path, head, f"Saldos a favor al {day} — {report.community_name}") as doc:
        columns = (
            Column("Unidad", LEFT, "l", 80),
            Column("Propietario", LEFT + 90, "l", 300),
            Column("Saldo a favor", RIGHT, "r"),
        )
        rows = [Row((c.unit_number, c.owner_name, money(c.credit))) for c in report.lines]
        units = count(len(report.lines), "unidad", "unidades")
        rows.append(Row(("Total", units, money(report.total)), "total"))

        def intro(canv: Any, pen: Pen) -> float:
            return _summary(
                pen,
                doc,
                [
                    ("Comunidad", report.community_name),
                    ("Al", day),
                    ("Unidades con saldo a favor", str(len(report.lines))),
                    ("Saldo a favor sin aplicar", money(report.total)),
                ],
            )

        table_pages(
            doc, "SALDOS A FAVOR SIN APLICAR", f"al {day}", intro, columns, rows,
            f"{report.community_name} · saldos a favor al {day}",
        )  # fmt: skip
        return doc.save()
