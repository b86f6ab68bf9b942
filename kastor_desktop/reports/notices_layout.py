"""Drawing a note of charge on a reportlab canvas: the parts every layout shares (Chile's page is
in notices_layout_cl.py, Argentina's in notices_layout_ar.py).

A page is two layers. The *fixed* layer (header with logos, title band, the labels, payment
instructions, the community's month, contact, signature, footer) is identical for every unit of
a closing: it is drawn once per document as a form XObject and placed on each page with
``doForm``. The *unit* layer is drawn per page with a single text object (:class:`Pen`): the
unit's block, its lines, totals, payment reference and QR code. A draft adds a third form, the
«BORRADOR» watermark, laid over the page with transparency so no filled box can hide it.

Coordinates are PDF points on A4 portrait, origin at the bottom left.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from kastor_desktop.domain.country import profile
from kastor_desktop.domain.money import format_amount
from kastor_desktop.domain.shares import format_percent
from kastor_desktop.reports.notice_data import (
    CONCEPT_ORDER,
    Amount,
    NoticeBatch,
    NoticeUnit,
)
from kastor_desktop.reports.pdf_fonts import BOLD, FONT

PAGE_W, PAGE_H = 595.2756, 841.8898  # A4
LEFT, RIGHT = 36.0, PAGE_W - 36.0
MID = 346.0  # right edge of the left column
COL2 = 364.0  # left edge of the right column

# fmt: off
MONTHS = ("Enero", "Febrero", "Marzo", "Abril", "Mayo", "Junio", "Julio", "Agosto", "Septiembre",
          "Octubre", "Noviembre", "Diciembre")
# fmt: on
MAIN_CONCEPTS = frozenset({"ordinary", "reserve"})  # printed even when zero


def _rgb(hex_code: str) -> Any:
    from reportlab.lib.colors import HexColor

    return HexColor(hex_code)


@dataclass(frozen=True)
class Palette:
    ink: Any
    muted: Any
    navy: Any
    rule: Any
    panel: Any
    white: Any
    red: Any


def palette() -> Palette:
    return Palette(
        ink=_rgb("#1A1A1A"),
        muted=_rgb("#5F6B7A"),
        navy=_rgb("#1F4E79"),
        rule=_rgb("#B8C4D0"),
        panel=_rgb("#EEF3F8"),
        white=_rgb("#FFFFFF"),
        red=_rgb("#B00020"),
    )


def month_title(year: int, month: int) -> str:
    return f"{MONTHS[month - 1]} {year}"


def short_date(value: date, country: str) -> str:
    return value.strftime("%d/%m/%Y" if country == "AR" else "%d-%m-%Y")


def percent(micro: int) -> str:
    """«12,5 %», «1,234567 %»: the share with its significant decimals (at least two)."""
    text = format_percent(micro)
    whole, _, decimals = text.partition(",")
    decimals = decimals.rstrip("0").ljust(2, "0")
    return f"{whole},{decimals} %"


def plain_amount(minor: int, exponent: int) -> str:
    """The amount as the QR code carries it: «1250000» (CLP), «1250000.50» (ARS)."""
    if not exponent:
        return str(minor)
    whole, fraction = divmod(abs(minor), 10**exponent)
    return f"{'-' if minor < 0 else ''}{whole}.{fraction:0{exponent}d}"


def payment_string(batch: NoticeBatch, unit: NoticeUnit) -> str:
    amount = plain_amount(unit.total, batch.exponent)
    return (
        f"KASTOR|{batch.community.tax_id}|{unit.number}|{unit.folio}|{amount}"
        f"|{unit.payment_reference}"
    )


def fit_amounts(lines: Sequence[Amount], room: int, other: str) -> list[Amount]:
    """At most ``room`` lines: when more, the biggest ``room - 1`` (in their own order) and one
    «Otros (n …)» line with the rest, so the printed lines still sum to the same total."""
    if len(lines) <= room:
        return list(lines)
    keep = room - 1
    ranked = sorted(range(len(lines)), key=lambda i: (-lines[i].amount, i))
    kept = sorted(ranked[:keep])
    rest = [lines[i] for i in ranked[keep:]]
    out = [lines[i] for i in kept]
    out.append(Amount(f"Otros ({len(rest)} {other})", sum(a.amount for a in rest)))
    return out


def details_under(unit: NoticeUnit, codes: Sequence[str], room: int) -> dict[str, list[Amount]]:
    """The unit's detail lines grouped under the concept they belong to (those of no printed
    concept under ""), at most ``room`` lines: the rest are summed in one «… y n cargos más»."""
    details = list(unit.details)
    if len(details) > room:
        keep = max(room - 1, 0)
        rest = details[keep:]
        label = f"… y {len(rest)} cargos más"
        details = [*details[:keep], Amount(label, sum(a.amount for a in rest))]
    shown = set(codes)
    groups: dict[str, list[Amount]] = {}
    for line in details:
        groups.setdefault(line.concept if line.concept in shown else "", []).append(line)
    return groups


def concept_rows(unit: NoticeUnit, labels: dict[str, str]) -> list[tuple[str, str]]:
    """(concept code, label) of the lines a unit prints: main concepts always, others when not 0."""
    lines = unit.lines
    return [
        (code, labels[code])
        for code in CONCEPT_ORDER
        if code in MAIN_CONCEPTS or lines.get(code, 0)
    ]


class Pen:
    """All the text of a page (or form) in one text object; font and colour set only on change."""

    __slots__ = ("_canvas", "_text", "_out", "_font", "_size", "_color", "_widths")

    def __init__(self, canv: Any, widths: dict[str, Callable[[str, float], float]]) -> None:
        self._canvas = canv
        self._text = canv.beginText()
        # ``_textOut`` writes the text without measuring it again for a cursor we never use
        self._out = getattr(self._text, "_textOut", self._text.textOut)
        self._font = ""
        self._size = 0.0
        self._color: Any = None
        self._widths = widths

    def width(self, text: str, font: str, size: float) -> float:
        return self._widths[font](text, size)

    def fit(self, text: str, font: str, size: float, room: float) -> str:
        """``text`` cut with «…» so it is at most ``room`` points wide."""
        measure = self._widths[font]
        if measure(text, size) <= room:
            return text
        while text and measure(text + "…", size) > room:
            text = text[:-1]
        return text.rstrip() + "…"

    def put(
        self,
        x: float,
        y: float,
        text: str,
        font: str = FONT,
        size: float = 8.5,
        color: Any = None,
        align: str = "l",
        room: float = 0.0,
        smallest: float = 0.0,
    ) -> None:
        """Text at (x, y), aligned «l», «r» or «c». With ``room`` the text is made to fit that
        width: first smaller, down to ``smallest`` points, then cut with «…»."""
        if room:
            measure = self._widths[font]
            while smallest and size > smallest and measure(text, size) > room:
                size = max(smallest, size - 0.5)
            text = self.fit(text, font, size, room)
        t = self._text
        if font != self._font or size != self._size:
            t.setFont(font, size)
            self._font, self._size = font, size
        if color is not None and color is not self._color:
            t.setFillColor(color)
            self._color = color
        if align == "r":
            x -= self._widths[font](text, size)
        elif align == "c":
            x -= self._widths[font](text, size) / 2
        t.setTextOrigin(x, y)
        self._out(text)

    def done(self) -> None:
        self._canvas.drawText(self._text)


@dataclass
class Sheet:
    """Everything per batch a page needs, prepared once: palette, formatters, prebuilt texts."""

    batch: NoticeBatch
    colors: Palette
    widths: dict[str, Callable[[str, float], float]]
    tax_label: str
    money: Callable[[int], str]
    due: str
    issued: str
    month: str

    @classmethod
    def of(cls, batch: NoticeBatch, widths: dict[str, Callable[[str, float], float]]) -> Sheet:
        exponent = batch.exponent
        return cls(
            batch=batch,
            colors=palette(),
            widths=widths,
            tax_label=profile(batch.country).tax_id_label,
            money=lambda minor: format_amount(minor, exponent),
            due=short_date(batch.due_date, batch.country),
            issued=short_date(batch.issued_on, batch.country),
            month=month_title(batch.year, batch.month),
        )

    def pen(self, canv: Any) -> Pen:
        return Pen(canv, self.widths)


# --- fixed parts shared by both countries -------------------------------------------------


def draw_header(canv: Any, pen: Pen, sheet: Sheet) -> None:
    batch, c = sheet.batch, sheet.colors
    logo = 54.0
    top = PAGE_H - 36.0
    for party, right in ((batch.office, False), (batch.community, True)):
        has_logo = _draw_logo(canv, party.logo_path, RIGHT - logo if right else LEFT, top - logo)
        x = (
            (RIGHT - logo - 10 if right else LEFT + logo + 10)
            if has_logo
            else (RIGHT if right else LEFT)
        )
        align = "r" if right else "l"
        room = 205.0
        pen.put(x, top - 11, party.name, BOLD, 10.5, c.ink, align, room, 8.5)
        y = top - 23
        for text in (
            f"{sheet.tax_label} {party.tax_id}",
            party.address,
            " · ".join(t for t in (party.phone, party.email) if t),
        ):
            if text:
                pen.put(x, y, text, FONT, 8, c.muted, align, room, 6.5)
                y -= 10.5
    canv.setStrokeColor(c.rule)
    canv.setLineWidth(0.6)
    canv.line(LEFT, 744, RIGHT, 744)


def _draw_logo(canv: Any, path: str | None, x: float, y: float) -> bool:
    import os

    if not path or not os.path.isfile(path):
        return False
    canv.drawImage(path, x, y, 54, 54, preserveAspectRatio=True, anchor="c")
    return True


def draw_title_band(canv: Any, pen: Pen, sheet: Sheet, title: str, due: str) -> None:
    c = sheet.colors
    canv.setFillColor(c.navy)
    canv.rect(LEFT, 712, RIGHT - LEFT, 26, stroke=0, fill=1)
    pen.put(LEFT + 10, 721, title, BOLD, 12.5, c.white)
    pen.put(LEFT, 699, f"Emisión: {sheet.issued}", FONT, 8.5, c.ink)
    pen.put(LEFT + 110, 699, due, BOLD, 8.5, c.ink)
    if sheet.batch.draft:
        pen.put(RIGHT, 699, "BORRADOR — no válido para pago", BOLD, 9, c.red, "r")


def draw_unit_box(canv: Any, pen: Pen, sheet: Sheet, unit_word: str, share_word: str) -> None:
    """The panel behind the unit's block and its labels (the values are per page)."""
    c = sheet.colors
    canv.setFillColor(c.panel)
    canv.rect(LEFT, 620, RIGHT - LEFT, 70, stroke=0, fill=1)
    canv.setStrokeColor(c.rule)
    canv.setLineWidth(0.5)
    canv.line(190, 628, 190, 682)
    canv.line(420, 628, 420, 682)
    pen.put(LEFT + 10, 678, unit_word, BOLD, 7, c.muted)
    pen.put(200, 678, "Propietario", FONT, 7.5, c.muted)
    pen.put(200, 664, sheet.tax_label, FONT, 7.5, c.muted)
    pen.put(200, 650, "Residente", FONT, 7.5, c.muted)
    pen.put(430, 678, share_word, BOLD, 7, c.muted)


def draw_unit_values(pen: Pen, sheet: Sheet, unit: NoticeUnit) -> None:
    c = sheet.colors
    pen.put(LEFT + 10, 660, unit.number, BOLD, 14, c.ink, "l", 140, 9)
    pen.put(LEFT + 10, 646, unit.kind, FONT, 8, c.muted, "l", 140)
    members = [m for m in unit.members if m not in unit.number]
    if members:
        pen.put(LEFT + 10, 634, "Incluye: " + ", ".join(members), FONT, 7.5, c.muted, "l", 140, 6)
    pen.put(252, 678, unit.owner_name, BOLD, 9, c.ink, "l", 160, 7)
    pen.put(252, 664, unit.owner_tax_id, FONT, 9, c.ink)
    pen.put(252, 650, unit.resident_name or "—", FONT, 9, c.ink, "l", 160, 7)
    shares = [s for s in unit.shares if s.micro] or list(unit.shares[:1])
    y = 665.0
    for index, share in enumerate(shares):
        if index == 3 and len(shares) > 4:
            pen.put(430, y, f"… y {len(shares) - 3} tablas más", FONT, 7.5, c.muted)
            break
        value = percent(share.micro)
        room = RIGHT - 16 - pen.width(value, BOLD, 8) - 430
        pen.put(430, y, share_label(share.table), FONT, 8, c.ink, "l", room)
        pen.put(RIGHT - 10, y, value, BOLD, 8, c.ink, "r")
        y -= 11


def section(canv: Any, pen: Pen, sheet: Sheet, x0: float, x1: float, y: float, title: str) -> None:
    pen.put(x0, y, title, BOLD, 8.5, sheet.colors.navy)
    canv.setStrokeColor(sheet.colors.navy)
    canv.setLineWidth(0.8)
    canv.line(x0, y - 5, x1, y - 5)


def draw_bank(
    canv: Any, pen: Pen, sheet: Sheet, x: float, y: float, value_x: float, room: float
) -> float:
    """Payment instructions (fixed); returns the baseline below them."""
    c, bank = sheet.colors, sheet.batch.bank
    if bank is None:
        pen.put(x, y, "Solicite los datos de pago a la administración.", FONT, 8, c.ink)
        return y - 12
    rows = (
        ("Banco", bank.bank),
        ("Tipo de cuenta", bank.account_type),
        ("N° de cuenta", bank.number),
        ("Titular", bank.holder_name),
        (f"{sheet.tax_label} titular", bank.holder_tax_id),
        ("Comprobante a", bank.email),
    )
    for label, value in rows:
        if not value:
            continue
        pen.put(x, y, label, FONT, 7.5, c.muted)
        font = BOLD if label == "N° de cuenta" else FONT
        pen.put(value_x, y, value, font, 8.5, c.ink, "l", room, 6.5)
        y -= 12
    return y


def draw_month(
    canv: Any, pen: Pen, sheet: Sheet, top: float, bottom: float, word: str, law: str
) -> None:
    """The community's month (Chile Art. 31): income, expenses by account, cash and funds."""
    c, m, money = sheet.colors, sheet.batch.month_summary, sheet.money
    section(canv, pen, sheet, LEFT, RIGHT, top, f"ESTADO {word} — {sheet.month.upper()}")
    if law:
        pen.put(RIGHT, top, law, FONT, 7, c.muted, "r")
    row = 11.0
    left_r, right_l = 270.0, 290.0
    y = top - 18
    pen.put(LEFT, y, "INGRESOS", BOLD, 7, c.muted)
    pen.put(right_l, y, "EGRESOS POR CUENTA", BOLD, 7, c.muted)
    # left: income, collected, cash, funds
    yl = y - row
    pen.put(LEFT, yl, "Total ingresos del mes", BOLD, 8, c.ink)
    pen.put(left_r, yl, money(m.income_total), BOLD, 8, c.ink, "r")
    for line in fit_amounts(m.other_income, 3, "ingresos"):
        yl -= row
        pen.put(LEFT + 8, yl, line.label, FONT, 7.5, c.muted, "l", 160)
        pen.put(left_r, yl, money(line.amount), FONT, 7.5, c.muted, "r")
    for label, amount in (
        ("Recaudado en el mes", m.collected),
        ("Saldo de caja al cierre", m.cash_balance),
    ):
        yl -= row
        pen.put(LEFT, yl, label, FONT, 8, c.ink)
        pen.put(left_r, yl, money(amount), FONT, 8, c.ink, "r")
    if m.fund_balances:
        yl -= row + 4
        pen.put(LEFT, yl, "SALDOS DE FONDOS", BOLD, 7, c.muted)
        room = max(1, int((yl - bottom) // row))
        for line in fit_amounts(m.fund_balances, room, "fondos"):
            yl -= row
            pen.put(LEFT, yl, line.label, FONT, 8, c.ink, "l", 165)
            pen.put(left_r, yl, money(line.amount), FONT, 8, c.ink, "r")
    # right: expenses by account, as many as fit, then the total
    yr = y - row
    room = max(1, int((yr - bottom - 2 * row) // row) + 1)
    for line in fit_amounts(m.expenses_by_account, room, "cuentas"):
        pen.put(right_l, yr, line.label, FONT, 8, c.ink, "l", 185)
        pen.put(RIGHT, yr, money(line.amount), FONT, 8, c.ink, "r")
        yr -= row
    canv.setStrokeColor(c.rule)
    canv.setLineWidth(0.5)
    canv.line(right_l, yr + 7, RIGHT, yr + 7)
    yr -= 3
    pen.put(right_l, yr, "Total egresos del mes", BOLD, 8, c.ink)
    pen.put(RIGHT, yr, money(m.expenses_total), BOLD, 8, c.ink, "r")


def draw_bottom(canv: Any, pen: Pen, sheet: Sheet, law: str) -> None:
    """Contact, signature (Art. 32) and the footer with the closing's verification code."""
    import os

    batch, c = sheet.batch, sheet.colors
    if batch.contact is not None:
        k = batch.contact
        pen.put(LEFT, 134, "CONTACTO", BOLD, 7, c.muted)
        text = "Contacto: " + ", ".join(t for t in (k.name, k.email, k.phone) if t)
        pen.put(LEFT, 122, text, FONT, 8, c.ink, "l", 330, 6.5)
    center = RIGHT - 90
    if batch.signature_path and os.path.isfile(batch.signature_path):
        canv.drawImage(
            batch.signature_path, center - 70, 80, 140, 52, preserveAspectRatio=True, anchor="s"
        )
    canv.setStrokeColor(c.ink)
    canv.setLineWidth(0.6)
    canv.line(center - 80, 77, center + 80, 77)
    pen.put(center, 66, batch.administrator, BOLD, 8.5, c.ink, "c", 170, 7)
    pen.put(center, 56, "Administrador", FONT, 7.5, c.ink, "c")
    if law:
        pen.put(center, 47, law, FONT, 6.5, c.muted, "c")
    canv.setStrokeColor(c.rule)
    canv.setLineWidth(0.5)
    canv.line(LEFT, 38, RIGHT, 38)
    footer = f"Cierre N° {batch.sequence}"
    footer += (
        f" · verificación {batch.closing_hash[:16]}"
        if batch.closing_hash
        else " · sin verificación"
    )
    pen.put(LEFT, 28, footer, FONT, 7, c.muted)
    pen.put(RIGHT, 28, batch.office.name, FONT, 7, c.muted, "r", 240)


def draw_watermark(canv: Any, sheet: Sheet) -> None:
    """The «BORRADOR» form. Its transparency is set by the page around ``doForm`` (see
    :func:`place_watermark`): an ExtGState inside a form is not added to its resources."""
    canv.saveState()
    canv.setFillColor(sheet.colors.muted)
    canv.translate(PAGE_W / 2, PAGE_H / 2)
    canv.rotate(50)
    canv.setFont(BOLD, 110)
    canv.drawCentredString(0, -38, "BORRADOR")
    canv.restoreState()


def draw_qr(canv: Any, rows: Sequence[int], x: float, y: float, size: float) -> None:
    """The modules as one filled path of rectangles (runs of dark modules per row)."""
    n = len(rows)
    parts = []
    for r, bits in enumerate(rows):
        top = n - 1 - r
        c = 0
        while bits:
            if bits & 1:
                start = c
                while bits & 1:
                    bits >>= 1
                    c += 1
                parts.append(f"{start} {top} {c - start} 1 re")
            else:
                skip = (bits & -bits).bit_length() - 1
                bits >>= skip
                c += skip
    scale = size / n
    canv.saveState()
    canv.setFillColor(_BLACK)
    canv.transform(scale, 0, 0, scale, x, y)
    canv.addLiteral("\n".join(parts) + "\nf")
    canv.restoreState()


_BLACK = (0, 0, 0)


def place_watermark(canv: Any) -> None:
    canv.saveState()
    canv.setFillAlpha(0.16)
    canv.doForm("draft")
    canv.restoreState()


def share_label(table: str) -> str:
    """Argentina's classes are letters: «A» prints «Clase A»."""
    return f"Clase {table}" if len(table) <= 3 else table


def draw_total_box(
    pen: Pen, sheet: Sheet, unit: NoticeUnit, x0: float, x1: float, y0: float, note: bool = True
) -> None:
    """Label and amount inside the navy box drawn by the fixed layer (30 pt high); a credit
    prints «Saldo a favor» and its amount instead, with nothing to pay."""
    c = sheet.colors
    size = 16 if x1 - x0 > 280 else 14
    if unit.total >= 0:
        pen.put(x0 + 10, y0 + 11, "TOTAL A PAGAR", BOLD, 11, c.white)
        pen.put(x1 - 10, y0 + 10, sheet.money(unit.total), BOLD, size, c.white, "r")
        text = f"Pague hasta el {sheet.due}." if unit.total else "No hay monto a pagar este mes."
    else:
        pen.put(x0 + 10, y0 + 11, "Saldo a favor", BOLD, 11, c.white)
        pen.put(x1 - 10, y0 + 10, sheet.money(-unit.total), BOLD, size, c.white, "r")
        text = "No hay monto a pagar este mes."
    if note or unit.total <= 0:
        pen.put(x0, y0 - 12, text, FONT, 7.5, c.muted)
