"""A unit's account statement (estado de cuenta) as PDF, and the paginated table it is drawn
with (the payment reports use the same table).

The first page carries the letterhead, the unit and its balance, and the debt by age; then every
movement with its running balance (date, concept, due date, charge, payment, balance), as many
pages as needed, each continuation page with a short heading and the table's column titles,
every page numbered «Página n de N». A voided payment shows as received and reversed (red).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from kastor_desktop.domain.ledger import BUCKET_LABELS, BUCKETS, Aging, Line
from kastor_desktop.reports.letterhead import (
    Document,
    Letterhead,
    draw_footer,
    title_band,
)
from kastor_desktop.reports.notices_layout import LEFT, PAGE_H, RIGHT, Palette, Pen
from kastor_desktop.reports.pdf_fonts import BOLD, FONT

ROW = 12.0
BOTTOM = 58.0  # the last row's baseline stays above the footer


class AccountLike(Protocol):
    """What the statement prints (services/ledger.UnitAccount)."""

    @property
    def community_name(self) -> str: ...

    @property
    def unit_number(self) -> str: ...

    @property
    def owner_name(self) -> str: ...

    @property
    def owner_tax_id(self) -> str: ...

    @property
    def as_of(self) -> date: ...

    @property
    def lines(self) -> tuple[Line, ...]: ...

    @property
    def balance(self) -> int: ...

    @property
    def aging(self) -> Aging: ...


# -- a table over pages ------------------------------------------------------------------------
@dataclass(frozen=True)
class Column:
    title: str
    x: float  # left edge («l»), right edge («r») or centre («c»)
    align: str = "l"
    room: float = 0.0  # width the text is fitted into (0: no limit)


@dataclass(frozen=True)
class Row:
    cells: tuple[str, ...]
    style: str = ""  # "", "void" (red), "total" (bold, ruled above)


Intro = Callable[[Any, Pen], float]  # draws the first page's top part; returns the table's top


def table_pages(
    doc: Document,
    title: str,
    note: str,
    intro: Intro,
    columns: Sequence[Column],
    rows: Sequence[Row],
    footer: str,
) -> None:
    """Page 1: letterhead, band, ``intro``, then rows; later pages: a short heading and rows."""
    canv, c = doc.canvas, doc.colors
    doc.letterhead()
    pen = doc.pen()
    title_band(canv, pen, c, 712, title, note)
    top = intro(canv, pen)
    first = max(int((top - 16 - BOTTOM) // ROW) + 1, 0)
    later = int((PAGE_H - 96 - BOTTOM) // ROW) + 1
    rest = max(len(rows) - first, 0)
    pages = 1 + -(-rest // later)
    start, page = 0, 1
    while True:
        count = first if page == 1 else later
        chunk = rows[start : start + count]
        _table(canv, pen, c, columns, chunk, top)
        draw_footer(canv, pen, c, 28, footer, f"Página {page} de {pages}")
        pen.done()
        start += count
        if start >= len(rows):
            break
        canv.showPage()
        page += 1
        pen = doc.pen()
        pen.put(LEFT, PAGE_H - 40, title, BOLD, 10, c.navy, "l", 330, 8)
        pen.put(RIGHT, PAGE_H - 40, f"{note} (continuación)", FONT, 8, c.muted, "r", 180)
        top = PAGE_H - 62
    canv.showPage()


def _table(
    canv: Any, pen: Pen, c: Palette, columns: Sequence[Column], rows: Sequence[Row], top: float
) -> None:
    canv.setFillColor(c.panel)
    canv.rect(LEFT, top - 5, RIGHT - LEFT, 16, stroke=0, fill=1)
    for col in columns:
        pen.put(col.x, top, col.title, BOLD, 7.5, c.navy, col.align)
    y = top - 16
    canv.setStrokeColor(c.rule)
    canv.setLineWidth(0.4)
    for index, row in enumerate(rows):
        if row.style == "total":
            canv.setStrokeColor(c.ink)
            canv.setLineWidth(0.7)
            canv.line(LEFT, y + ROW - 3, RIGHT, y + ROW - 3)
        elif index % 2:
            canv.setFillColor(c.panel)
            canv.rect(LEFT, y - 3.5, RIGHT - LEFT, ROW, stroke=0, fill=1)
        font = BOLD if row.style == "total" else FONT
        color = c.red if row.style == "void" else c.ink
        for col, cell in zip(columns, row.cells, strict=True):
            pen.put(col.x, y, cell, font, 8, color, col.align, col.room, 6.5)
        y -= ROW


# -- the statement -----------------------------------------------------------------------------
def render_account(head: Letterhead, account: AccountLike, path: Path) -> Path:
    money, day = head.money, head.day
    with Document(
        path,
        head,
        f"Estado de cuenta {account.unit_number} — {account.community_name}",
        f"Al {day(account.as_of)}",
    ) as doc:
        columns = (
            Column("Fecha", LEFT),
            Column("Concepto", LEFT + 56, "l", 250),
            Column("Vencimiento", 368, "r"),
            Column("Cargo", 430, "r"),
            Column("Abono", 494, "r"),
            Column("Saldo", RIGHT, "r"),
        )
        reversed_ = {line.ref for line in account.lines if line.kind == "void"}
        rows = [
            Row(
                (
                    day(line.on),
                    line.label,
                    day(line.due) if line.due else "",
                    money(line.debit) if line.debit else "",
                    money(line.credit) if line.credit else "",
                    money(line.balance),
                ),
                "void" if line.kind == "void" or (line.credit and line.ref in reversed_) else "",
            )
            for line in account.lines
        ]
        debits = sum(line.debit for line in account.lines)
        credits = sum(line.credit for line in account.lines)
        rows.append(
            Row(("", "Totales", "", money(debits), money(credits), money(account.balance)), "total")
        )

        def intro(canv: Any, pen: Pen) -> float:
            return _unit_panel(canv, pen, doc.colors, head, account)

        table_pages(
            doc,
            f"ESTADO DE CUENTA — UNIDAD {account.unit_number}",
            f"al {day(account.as_of)}",
            intro,
            columns,
            rows,
            f"{account.community_name} · unidad {account.unit_number} · {len(account.lines)} movimientos",
        )
        return doc.save()


def _unit_panel(canv: Any, pen: Pen, c: Palette, head: Letterhead, account: AccountLike) -> float:
    """The unit, owner and balance, and the debt by age; returns the table's top baseline."""
    money = head.money
    canv.setFillColor(c.panel)
    canv.rect(LEFT, 640, RIGHT - LEFT, 62, stroke=0, fill=1)
    rows = (
        ("Comunidad", account.community_name),
        ("Unidad", account.unit_number),
        ("Propietario", account.owner_name or "Sin propietario registrado"),
        (head.tax_label, account.owner_tax_id or "—"),
    )
    y = 689.0
    for label, value in rows:
        pen.put(LEFT + 10, y, label, FONT, 7.5, c.muted)
        pen.put(LEFT + 76, y, value, BOLD, 8.5, c.ink, "l", 230, 6.5)
        y -= 13
    balance = account.aging.balance
    if balance > 0:
        label, value = "SALDO ADEUDADO", money(balance)
    elif balance < 0:
        label, value = "SALDO A FAVOR", money(-balance)
    else:
        label, value = "CUENTA AL DÍA", money(0)
    canv.setFillColor(c.navy)
    canv.rect(360, 648, RIGHT - 370, 46, stroke=0, fill=1)
    pen.put(372, 680, label, BOLD, 8, c.white)
    pen.put(RIGHT - 20, 656, value, BOLD, 16, c.white, "r", RIGHT - 390, 10)
    # the debt by age
    pen.put(LEFT, 620, "DEUDA POR ANTIGÜEDAD", BOLD, 8.5, c.navy)
    canv.setStrokeColor(c.navy)
    canv.setLineWidth(0.8)
    canv.line(LEFT, 615, RIGHT, 615)
    aging = account.aging
    cells = [(BUCKET_LABELS[name], getattr(aging, name)) for name in BUCKETS]
    cells.append(("Total adeudado", aging.owed))
    width = (RIGHT - LEFT) / len(cells)
    for index, (label, amount) in enumerate(cells):
        x = LEFT + index * width + width / 2
        last = index == len(cells) - 1
        pen.put(x, 602, label, BOLD if last else FONT, 7.5, c.muted, "c")
        color = c.red if amount and index >= 2 and not last else c.ink
        pen.put(x, 588, money(amount), BOLD, 9.5 if last else 9, color, "c", width - 6, 7)
    if aging.oldest_due is not None:
        note = f"Deuda vencida más antigua: {head.day(aging.oldest_due)} ({aging.days} días)."
        pen.put(LEFT, 572, note, FONT, 7.5, c.ink)
    pen.put(
        RIGHT,
        572,
        "Saldo positivo: adeudado; negativo: a favor de la unidad.",
        FONT,
        7,
        c.muted,
        "r",
    )
    return 548.0
