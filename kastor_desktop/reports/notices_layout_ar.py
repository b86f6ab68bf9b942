"""Argentina's liquidación de expensas: the share classes (A, B, C…) as columns, CUIT labels,
first and second due dates (a surcharge after the first). Shares the header, unit block, the
consortium's month, signature and footer with Chile's notice (notices_layout.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kastor_desktop.reports.notice_data import AR_CONCEPT_LABELS, NoticeUnit
from kastor_desktop.reports.notices_layout import (
    COL2,
    LEFT,
    RIGHT,
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
    percent,
    section,
    share_label,
    short_date,
)
from kastor_desktop.reports.pdf_fonts import BOLD, FONT

TABLE_TOP, TABLE_BOTTOM = 586.0, 474.0
BOX_RIGHT = 270.0  # the totals box; the QR code sits between it and the payment column
QR_X, QR_Y, QR_SIZE = 282.0, 374.0, 68.0


def second_due_total(total: int, surcharge_micro: int) -> int:
    """``total`` plus the surcharge (millionths of a percent), rounded half up to the minor unit."""
    return total + (2 * total * surcharge_micro + 100_000_000) // 200_000_000


def class_columns(sheet: Sheet) -> tuple[list[float], float, float]:
    """Right edges of the class columns, the amount font size, and the total column's edge."""
    count = max(len(sheet.batch.share_tables), 1)
    width = min(95.0, (RIGHT - 215.0) / (count + 1))
    edges = [RIGHT - width * (count - k) for k in range(count)]
    return edges, (8.5 if width >= 80 else 7.5), RIGHT


def draw_fixed_ar(canv: Any, sheet: Sheet) -> None:
    pen = sheet.pen(canv)
    c, batch = sheet.colors, sheet.batch
    draw_header(canv, pen, sheet)
    due = f"1er vencimiento: {sheet.due}"
    if batch.second_due_date is not None:
        due += f"   ·   2do vencimiento: {short_date(batch.second_due_date, 'AR')}"
        if batch.second_due_surcharge_micro:
            due += f" (recargo {percent(batch.second_due_surcharge_micro)})"
    draw_title_band(canv, pen, sheet, f"LIQUIDACIÓN DE EXPENSAS {sheet.month}", due)
    draw_unit_box(canv, pen, sheet, "UNIDAD FUNCIONAL", "COEFICIENTES")
    section(canv, pen, sheet, LEFT, RIGHT, 604, "DETALLE DE EXPENSAS")
    edges, _, total_edge = class_columns(sheet)
    pen.put(LEFT, TABLE_TOP, "Concepto", BOLD, 7.5, c.muted)
    for edge, table in zip(edges, batch.share_tables, strict=False):
        pen.put(edge, TABLE_TOP, share_label(table), BOLD, 7.5, c.muted, "r")
    pen.put(total_edge, TABLE_TOP, "Total", BOLD, 7.5, c.muted, "r")
    pen.put(LEFT, TABLE_TOP - 12, "Coeficiente", FONT, 7.5, c.muted)
    canv.setStrokeColor(c.rule)
    canv.setLineWidth(0.5)
    canv.line(LEFT, TABLE_TOP - 17, RIGHT, TABLE_TOP - 17)
    section(canv, pen, sheet, LEFT, BOX_RIGHT, 458, "RESUMEN DE LA UNIDAD")
    section(canv, pen, sheet, COL2, RIGHT, 458, "INSTRUCCIONES DE PAGO")
    pen.put(LEFT, 442, "Total de la liquidación anterior", FONT, 8.5, c.ink)
    pen.put(LEFT, 429, "Pagos recibidos desde el último aviso", FONT, 8.5, c.ink)
    pen.put(LEFT, 416, "Total del mes", BOLD, 8.5, c.ink)
    canv.setFillColor(c.navy)
    canv.rect(LEFT, 376, BOX_RIGHT - LEFT, 30, stroke=0, fill=1)
    draw_bank(canv, pen, sheet, COL2, 442, COL2 + 66, RIGHT - COL2 - 66)
    draw_month(canv, pen, sheet, 326, 160, "DEL CONSORCIO", "")
    draw_bottom(canv, pen, sheet, "")
    pen.done()


def draw_unit_ar(canv: Any, sheet: Sheet, unit: NoticeUnit, qr: Callable[[str], list[int]]) -> None:
    pen = sheet.pen(canv)
    c, money, batch = sheet.colors, sheet.money, sheet.batch
    folio = f"Folio N° {unit.folio}" if unit.folio else "Folio: al cerrar"
    pen.put(RIGHT - 10, 721, folio, BOLD, 11, c.white, "r")
    draw_unit_values(pen, sheet, unit)
    edges, size, total_edge = class_columns(sheet)
    shares = {s.table: s.micro for s in unit.shares}
    y = TABLE_TOP - 12
    for edge, table in zip(edges, batch.share_tables, strict=False):
        pen.put(edge, y, percent(shares.get(table, 0)), FONT, 7.5, c.muted, "r")
    y = TABLE_TOP - 30
    by_class = unit.by_class
    rows = concept_rows(unit, AR_CONCEPT_LABELS)
    room = int((y - 12.5 * len(rows) - TABLE_BOTTOM) // 10) + 1
    groups = details_under(unit, [code for code, _ in rows], room)
    for code, label in [*rows, ("", "")]:
        if label:
            pen.put(LEFT, y, label, FONT, 8.5, c.ink)
            for edge, table in zip(edges, batch.share_tables, strict=False):
                amount = by_class.get(table, {}).get(code, 0)
                pen.put(edge, y, money(amount), FONT, size, c.ink, "r")
            pen.put(total_edge, y, money(unit.lines.get(code, 0)), BOLD, size, c.ink, "r")
            y -= 12.5
        for line in groups.get(code, ()):
            pen.put(LEFT + 12, y + 2, line.label, FONT, 7.5, c.muted, "l", 300)
            pen.put(total_edge, y + 2, money(line.amount), FONT, 7.5, c.muted, "r")
            y -= 10
    pen.put(BOX_RIGHT, 442, money(unit.previous_notice_total), FONT, 8.5, c.ink, "r")
    pen.put(BOX_RIGHT, 429, money(-unit.payments_since), FONT, 8.5, c.ink, "r")
    pen.put(BOX_RIGHT, 416, money(unit.month_total), BOLD, 8.5, c.ink, "r")
    draw_total_box(pen, sheet, unit, LEFT, BOX_RIGHT, 376, note=False)
    if unit.total > 0:
        pen.put(LEFT, 362, f"1er vencimiento {sheet.due}: {money(unit.total)}", BOLD, 8.5, c.ink)
        if batch.second_due_date is not None:
            second = second_due_total(unit.total, batch.second_due_surcharge_micro)
            when = short_date(batch.second_due_date, "AR")
            pen.put(LEFT, 350, f"2do vencimiento {when}: {money(second)}", FONT, 8.5, c.ink)
    pen.put(COL2, 362, f"Referencia de pago: {unit.payment_reference}", BOLD, 8.5, c.ink)
    pen.done()
    if unit.total > 0 and not batch.draft:  # a draft is not for paying: no code
        draw_qr(canv, qr(payment_string(batch, unit)), QR_X, QR_Y, QR_SIZE)
