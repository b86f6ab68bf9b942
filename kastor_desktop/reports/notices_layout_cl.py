"""Chile's aviso de cobro (Ley 21.442): the unit's charges in the left column, payment
instructions and the QR code on the right, the community's month (Art. 31) below, and the
administrator's signature (Art. 32)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kastor_desktop.reports.notice_data import CONCEPT_LABELS, NoticeUnit
from kastor_desktop.reports.notices_layout import (
    COL2,
    LEFT,
    MID,
    RIGHT,
    Pen,
    Sheet,
    concept_rows,
    details_under,
    draw_bank,
    draw_bottom,
    draw_header,
    draw_month,
    draw_qr,
    draw_title_band,
    draw_total_box,
    draw_unit_box,
    draw_unit_values,
    payment_string,
    section,
)
from kastor_desktop.reports.pdf_fonts import BOLD, FONT

CL_LAW_MONTH = "Ley 21.442, Art. 31"
CL_LAW_SIGNATURE = "Ley 21.442, Art. 32"
CHARGES_TOP, CHARGES_BOTTOM = 586.0, 452.0
QR_SIZE = 88.0
QR_TEXT_X = COL2 + QR_SIZE + 16  # a quiet zone of about 4 modules around the code


def draw_fixed_cl(canv: Any, sheet: Sheet) -> None:
    pen = sheet.pen(canv)
    c = sheet.colors
    draw_header(canv, pen, sheet)
    draw_title_band(
        canv, pen, sheet, f"AVISO DE COBRO — GASTO COMÚN {sheet.month}", f"Vencimiento: {sheet.due}"
    )
    draw_unit_box(canv, pen, sheet, "UNIDAD", "ALÍCUOTAS")
    section(canv, pen, sheet, LEFT, MID, 604, "CARGOS DEL MES")
    section(canv, pen, sheet, COL2, RIGHT, 604, "INSTRUCCIONES DE PAGO")
    canv.setStrokeColor(c.rule)
    canv.setLineWidth(0.5)
    canv.line(LEFT, 444, MID, 444)
    pen.put(LEFT, 431, "Total del aviso anterior", FONT, 8.5, c.ink)
    pen.put(LEFT, 418, "Pagos recibidos desde el último aviso", FONT, 8.5, c.ink)
    pen.put(LEFT, 405, "Total del mes", BOLD, 8.5, c.ink)
    canv.setFillColor(c.navy)
    canv.rect(LEFT, 366, MID - LEFT, 30, stroke=0, fill=1)
    draw_bank(canv, pen, sheet, COL2, CHARGES_TOP, COL2 + 66, RIGHT - COL2 - 66)
    pen.put(QR_TEXT_X, 480, "VENCIMIENTO", BOLD, 7, c.muted)
    pen.put(QR_TEXT_X, 466, sheet.due, BOLD, 11, c.ink)
    draw_month(canv, pen, sheet, 334, 160, "DE LA COMUNIDAD", CL_LAW_MONTH)
    draw_bottom(canv, pen, sheet, CL_LAW_SIGNATURE)
    pen.done()


def draw_unit_cl(canv: Any, sheet: Sheet, unit: NoticeUnit, qr: Callable[[str], list[int]]) -> None:
    pen = sheet.pen(canv)
    c, money = sheet.colors, sheet.money
    folio = f"Folio N° {unit.folio}" if unit.folio else "Folio: al cerrar"
    pen.put(RIGHT - 10, 721, folio, BOLD, 11, c.white, "r")
    draw_unit_values(pen, sheet, unit)
    draw_charge_lines(pen, sheet, unit, CONCEPT_LABELS, LEFT, MID, CHARGES_TOP, CHARGES_BOTTOM)
    pen.put(MID, 431, money(unit.previous_notice_total), FONT, 8.5, c.ink, "r")
    pen.put(MID, 418, money(-unit.payments_since), FONT, 8.5, c.ink, "r")
    pen.put(MID, 405, money(unit.month_total), BOLD, 8.5, c.ink, "r")
    draw_total_box(pen, sheet, unit, LEFT, MID, 366)
    pen.put(COL2, 506, f"Referencia de pago: {unit.payment_reference}", BOLD, 9, c.ink)
    if unit.total > 0:
        pen.put(QR_TEXT_X, 442, "TOTAL A PAGAR", BOLD, 7, c.muted)
        pen.put(QR_TEXT_X, 428, money(unit.total), BOLD, 11, c.ink, "l", RIGHT - QR_TEXT_X, 8)
    pen.done()
    if unit.total > 0 and not sheet.batch.draft:  # a draft is not for paying: no code
        draw_qr(canv, qr(payment_string(sheet.batch, unit)), COL2, 400, QR_SIZE)


def draw_charge_lines(
    pen: Pen,
    sheet: Sheet,
    unit: NoticeUnit,
    labels: dict[str, str],
    x0: float,
    x1: float,
    top: float,
    bottom: float,
) -> float:
    """The concept lines and then the detail lines (small, indented) while they fit; details
    that do not fit are summed in one «… y n cargos más» line. Returns the last baseline."""
    c, money = sheet.colors, sheet.money
    y = top
    rows = concept_rows(unit, labels)
    room = int((top - 13 * len(rows) - bottom) // 10) + 1
    groups = details_under(unit, [code for code, _ in rows], room)
    for code, label in [*rows, ("", "")]:
        if label:
            pen.put(x0, y, label, FONT, 9, c.ink)
            pen.put(x1, y, money(unit.lines.get(code, 0)), FONT, 9, c.ink, "r")
            y -= 13
        for line in groups.get(code, ()):
            pen.put(x0 + 12, y + 2, line.label, FONT, 7.5, c.muted, "l", x1 - x0 - 90)
            pen.put(x1 - 4, y + 2, money(line.amount), FONT, 7.5, c.muted, "r")
            y -= 10
    return y
