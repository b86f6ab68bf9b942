"""The delinquency report as PDF: landscape A4 tables drawn straight on the canvas (one text
object per page, reports/notices_layout.Pen), so an office of 30,000 units prints without
platypus' per-cell layout cost.

A community's report: one row per unit that owes and a total row. The office report: a section
per community (a band with its name, its units, a total row), then «Resumen por comunidad»
with one row per community and a grand total per currency. Every page repeats the title and
the column headers and carries its page number.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kastor_desktop.domain.ledger import BUCKETS
from kastor_desktop.domain.money import format_amount
from kastor_desktop.reports.delinquency_report import (
    AGREEMENT_LABELS,
    DelinquencyReport,
    sum_aging,
)
from kastor_desktop.reports.notices_layout import Pen, palette
from kastor_desktop.reports.pdf_fonts import BOLD, FONT, preset_subsets, register_fonts

PAGE_W, PAGE_H = 841.8898, 595.2756  # A4 landscape
LEFT, RIGHT, TOP, BOTTOM = 28.0, PAGE_W - 28.0, PAGE_H - 28.0, 34.0
ROW = 12.0
SIZE = 7.5
SHORT_BUCKETS = {
    "current": "Por vencer",
    "d0_30": "0–30 días",
    "d31_60": "31–60 días",
    "d61_90": "61–90 días",
    "d90": "Más de 90",
}


@dataclass(frozen=True)
class Col:
    label: str
    width: float
    align: str = "l"  # l | r


class _Doc:
    """Pages of rows: a header per page, the current columns' headings, a footer."""

    def __init__(self, canv: Any, widths: dict[str, Callable[[str, float], float]], data: Any):
        self.canv = canv
        self.widths = widths
        self.data = data
        self.colors = palette()
        self.page = 0
        self.pen: Pen | None = None
        self.y = 0.0
        self.cols: Sequence[Col] = ()
        currencies = sorted({c.currency for c in data.communities.values()})
        money = (
            f"montos en {currencies[0]}"
            if len(currencies) == 1
            else "montos en la moneda de cada comunidad"
        )
        self.subtitle = " · ".join(p for p in (data.office_name, money) if p)

    # -- pages ----------------------------------------------------------------------------
    def _new_page(self) -> None:
        if self.pen is not None:
            self._end_page()
        self.page += 1
        c, canv = self.colors, self.canv
        pen = self.pen = Pen(canv, self.widths)
        pen.put(LEFT, TOP - 12, self.data.title, BOLD, 12, c.navy, room=RIGHT - LEFT - 160)
        pen.put(RIGHT, TOP - 12, f"al {self.data.as_of.strftime('%d-%m-%Y')}", BOLD, 11, c.ink, "r")
        pen.put(LEFT, TOP - 25, self.subtitle, FONT, 8, c.muted)
        canv.setStrokeColor(c.rule)
        canv.setLineWidth(0.6)
        canv.line(LEFT, TOP - 31, RIGHT, TOP - 31)
        self.y = TOP - 36
        self._headings()

    def _end_page(self) -> None:
        assert self.pen is not None
        c = self.colors
        self.pen.put(LEFT, BOTTOM - 14, "Kastor Desktop — informe de morosidad", FONT, 7, c.muted)
        self.pen.put(RIGHT, BOTTOM - 14, f"Página {self.page}", FONT, 7, c.muted, "r")
        self.pen.done()
        self.canv.showPage()
        self.pen = None

    def _headings(self) -> None:
        if not self.cols:
            return
        c, canv, pen = self.colors, self.canv, self.pen
        assert pen is not None
        canv.setFillColor(c.navy)
        canv.rect(LEFT, self.y - ROW - 2, RIGHT - LEFT, ROW + 2, stroke=0, fill=1)
        self._cells([col.label for col in self.cols], BOLD, c.white, self.y - ROW + 1.5)
        self.y -= ROW + 4

    def _room(self, lines: int = 1) -> None:
        if self.pen is None or self.y - ROW * lines < BOTTOM:
            self._new_page()

    def _cells(self, values: Sequence[str], font: str, color: Any, y: float) -> None:
        assert self.pen is not None
        x = LEFT
        for col, value in zip(self.cols, values, strict=True):
            if value:
                if col.align == "r":
                    self.pen.put(x + col.width - 3, y, value, font, SIZE, color, "r")
                else:
                    self.pen.put(x + 2, y, value, font, SIZE, color, room=col.width - 5)
            x += col.width

    # -- content --------------------------------------------------------------------------
    def columns(self, cols: Sequence[Col], heading: str = "") -> None:
        self.cols = cols
        if self.pen is None:
            self._new_page()
            return
        self._room(4)
        if heading:
            self.y -= 8
            self.pen.put(LEFT, self.y - ROW + 2, heading, BOLD, 10, self.colors.navy)
            self.y -= ROW + 4
        self._headings()

    def band(self, text: str) -> None:
        self._room(3)
        assert self.pen is not None
        c = self.colors
        self.canv.setFillColor(c.panel)
        self.canv.rect(LEFT, self.y - ROW, RIGHT - LEFT, ROW, stroke=0, fill=1)
        self.pen.put(LEFT + 2, self.y - ROW + 3, text, BOLD, 8, c.navy, room=RIGHT - LEFT - 4)
        self.y -= ROW

    def row(self, values: Sequence[str], total: bool = False) -> None:
        self._room()
        c = self.colors
        if total:
            self.canv.setFillColor(c.panel)
            self.canv.rect(LEFT, self.y - ROW, RIGHT - LEFT, ROW, stroke=0, fill=1)
        self._cells(values, BOLD if total else FONT, c.ink, self.y - ROW + 3)
        self.y -= ROW
        if total:
            self.y -= 4

    def finish(self) -> None:
        if self.pen is None:
            self._new_page()
        self._end_page()


def _unit_cols(office: bool) -> list[Col]:
    cols = [Col("Unidad", 58), Col("Propietario", 96 if office else 140)]
    if office:
        cols.append(Col("Comunidad", 56))
    cols += [Col(SHORT_BUCKETS[b], 60, "r") for b in BUCKETS]
    cols += [Col("Total", 70, "r"), Col("Días", 34, "r")]
    cols += [Col("Última gestión", 116 if office else 120), Col("Convenio", 54)]
    return cols


def write_pdf(data: DelinquencyReport, path: Path) -> Path:
    from reportlab import rl_config
    from reportlab.pdfgen.canvas import Canvas

    widths = register_fonts()
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    a85 = rl_config.useA85
    rl_config.useA85 = 0
    try:
        canv = Canvas(
            str(tmp),
            pagesize=(PAGE_W, PAGE_H),
            invariant=1,
            pageCompression=1,
            initialFontName=FONT,
        )
        preset_subsets(canv)
        canv.setTitle(f"{data.title} al {data.as_of.strftime('%d-%m-%Y')}")
        canv.setAuthor(data.office_name)
        canv.setCreator("Kastor Desktop")
        doc = _Doc(canv, widths, data)
        _content(doc, data)
        doc.finish()
        canv.save()
        os.replace(tmp, path)
    finally:
        rl_config.useA85 = a85
        if tmp.exists():
            tmp.unlink()
    return path


def _amount(exponent: int) -> Callable[[int], str]:
    return lambda minor: format_amount(minor, exponent, "") if minor else ""


def _content(doc: _Doc, data: DelinquencyReport) -> None:
    office = data.office
    doc.columns(_unit_cols(office))
    groups = data.by_community()
    if not data.rows:
        doc.band("Ninguna unidad tiene deuda a esta fecha.")
    for community, rows in groups:
        if not rows:
            continue
        money = _amount(community.exponent)
        if office:
            doc.band(f"{community.code} — {community.name} ({community.currency})")
        for r in rows:
            a = r.aging
            values = [r.unit_number, r.owner_name, *([r.community_code] if office else [])]
            values += [money(getattr(a, b)) for b in BUCKETS]
            values += [
                format_amount(a.owed, community.exponent, ""),
                str(a.days) if a.days else "",
                r.last_action,
                AGREEMENT_LABELS.get(r.agreement, ""),
            ]
            doc.row(values)
        if office or len(groups) == 1:
            label = f"{len(rows)} unidades"
            code = community.code if office else None
            doc.row(_total_values(label, rows, community.exponent, code), total=True)
    if office:
        _summary(doc, data)


def _total_values(label: str, rows: Sequence[Any], exponent: int, code: str | None) -> list[str]:
    """The total row of a table; ``code``: the community column's value (office report)."""
    total = sum_aging(rows)
    money = _amount(exponent)
    values = ["Total", label, *([code] if code is not None else [])]
    values += [money(getattr(total, b)) for b in BUCKETS]
    values += [format_amount(total.owed, exponent, ""), "", "", ""]
    return values


def _summary(doc: _Doc, data: DelinquencyReport) -> None:
    cols = [Col("Comunidad", 58), Col("Nombre", 190), Col("Unidades", 50, "r")]
    cols += [Col(SHORT_BUCKETS[b], 72, "r") for b in BUCKETS]
    cols += [Col("Total", 84, "r"), Col("Moneda", 40)]
    doc.columns(cols, "Resumen por comunidad")
    for community, rows in data.by_community():
        total = sum_aging(rows)
        money = _amount(community.exponent)
        values = [community.code, community.name, str(len(rows))]
        values += [money(getattr(total, b)) for b in BUCKETS]
        values += [format_amount(total.owed, community.exponent, ""), community.currency]
        doc.row(values)
    for currency, exponent, rows in data.currencies():
        total = sum_aging(rows)
        money = _amount(exponent)
        count = sum(1 for c in data.communities.values() if c.currency == currency)
        values = [f"Total {currency}", f"{count} comunidad{'es' if count != 1 else ''}"]
        values.append(str(len(rows)))
        values += [money(getattr(total, b)) for b in BUCKETS]
        values += [format_amount(total.owed, exponent, ""), currency]
        doc.row(values, total=True)
