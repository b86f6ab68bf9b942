"""Payment receipts as PDF.

A receipt fills half an A4 page; the page carries it twice, «ORIGINAL — PROPIETARIO» on top
and «COPIA — ADMINISTRACIÓN» below a dashed cut line, so one sheet serves the owner and the
office's file. It shows the payment (date, amount, method, reference, bank account, payer),
what it paid (the frozen ``applied`` lines: concept, due date, amount), the credit it left and
the unit's balance after it, and the administrator's signature. A voided receipt keeps its
number and says «ANULADO» across the page with the reason.
``invariant=1``: the same receipt renders byte-identical. The letterhead, signature and footer
come from letterhead.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from kastor_desktop.reports.letterhead import (
    Document,
    Letterhead,
    draw_footer,
    draw_signature,
    section_title,
    title_band,
    watermark,
)
from kastor_desktop.reports.notices_layout import (
    LEFT,
    PAGE_H,
    PAGE_W,
    RIGHT,
    Palette,
    Pen,
)
from kastor_desktop.reports.pdf_fonts import BOLD, FONT

HALF = PAGE_H / 2
COPIES = ("ORIGINAL — PROPIETARIO", "COPIA — ADMINISTRACIÓN")


class ReceiptLike(Protocol):
    """What a receipt prints (services/payments.Receipt)."""

    @property
    def number(self) -> int: ...

    @property
    def community_name(self) -> str: ...

    @property
    def unit_number(self) -> str: ...

    @property
    def owner_name(self) -> str: ...

    @property
    def owner_tax_id(self) -> str: ...

    @property
    def paid_on(self) -> date: ...

    @property
    def amount(self) -> int: ...

    @property
    def method_label(self) -> str: ...

    @property
    def reference(self) -> str: ...

    @property
    def payer(self) -> str: ...

    @property
    def bank(self) -> str: ...

    @property
    def applied(self) -> tuple[tuple[str, date, int], ...]: ...

    @property
    def credit_left(self) -> int: ...

    @property
    def balance_after(self) -> int: ...

    @property
    def voided(self) -> bool: ...

    @property
    def void_reason(self) -> str: ...

    @property
    def recorded_by(self) -> str: ...


# -- receipts ----------------------------------------------------------------------------------
TABLE_ROWS = 8  # applied lines a receipt prints; the rest are summed in one line


def render_receipts(head: Letterhead, receipts: Sequence[ReceiptLike], path: Path) -> Path:
    """One page per receipt (original and copy), written atomically to ``path``."""
    if not receipts:
        raise ValueError("No hay recibos que imprimir.")
    first = receipts[0]
    title = (
        f"Recibo de pago N° {first.number} — {first.community_name}"
        if len(receipts) == 1
        else f"Recibos de pago — {first.community_name}"
    )
    with Document(path, head, title, f"{len(receipts)} recibo(s)") as doc:
        canv, colors = doc.canvas, doc.colors
        for receipt in receipts:
            for index, copy in enumerate(COPIES):
                top = PAGE_H - index * HALF
                doc.letterhead(top)
                pen = doc.pen()
                _draw_receipt(canv, pen, head, colors, receipt, top, copy)
                pen.done()
                if receipt.voided:
                    watermark(canv, colors, "ANULADO", PAGE_W / 2, top - HALF / 2 - 20, 90, 18)
            canv.setStrokeColor(colors.muted)
            canv.setLineWidth(0.5)
            canv.setDash(4, 3)
            canv.line(18, HALF, PAGE_W - 18, HALF)
            canv.setDash()
            canv.showPage()
        return doc.save()


def _draw_receipt(
    canv: Any,
    pen: Pen,
    head: Letterhead,
    c: Palette,
    r: ReceiptLike,
    top: float,
    copy: str,
) -> None:
    money = head.money
    title_band(canv, pen, c, top - 126, f"RECIBO DE PAGO N° {r.number}", copy)
    owner = r.owner_name or "Sin propietario registrado"
    if r.owner_tax_id:
        owner += f" ({head.tax_label} {r.owner_tax_id})"
    left = (
        ("Comunidad", r.community_name),
        ("Unidad", r.unit_number),
        ("Propietario", owner),
        ("Pagado por", r.payer or "—"),
    )
    right = (
        ("Fecha de pago", head.day(r.paid_on)),
        ("Medio de pago", r.method_label),
        ("Referencia", r.reference or "—"),
        ("Abonado en", r.bank or "—"),
    )
    y = top - 142
    for (l_label, l_value), (r_label, r_value) in zip(left, right, strict=True):
        pen.put(LEFT, y, l_label, FONT, 7.5, c.muted)
        pen.put(LEFT + 66, y, l_value, BOLD, 8.5, c.ink, "l", 214, 6.5)
        pen.put(300, y, r_label, FONT, 7.5, c.muted)
        pen.put(366, y, r_value, BOLD, 8.5, c.ink, "l", RIGHT - 366, 6.5)
        y -= 12
    canv.setFillColor(c.panel)
    canv.rect(LEFT, top - 212, RIGHT - LEFT, 24, stroke=0, fill=1)
    pen.put(LEFT + 10, top - 203, "MONTO RECIBIDO", BOLD, 9, c.navy)
    pen.put(RIGHT - 10, top - 204, money(r.amount), BOLD, 14, c.ink, "r")
    # what it paid (left) and the account after it (right)
    x1 = 384.0
    section_title(canv, pen, c, LEFT, x1, top - 230, "APLICADO A")
    pen.put(LEFT, top - 244, "Concepto", BOLD, 7, c.muted)
    pen.put(x1 - 84, top - 244, "Vencimiento", BOLD, 7, c.muted, "r")
    pen.put(x1, top - 244, "Monto", BOLD, 7, c.muted, "r")
    y = top - 257
    for label, due, amount in _fit_applied(r):
        pen.put(LEFT, y, label, FONT, 8, c.ink, "l", x1 - LEFT - 150, 6.5)
        pen.put(x1 - 84, y, head.day(due) if due else "", FONT, 8, c.ink, "r")
        pen.put(x1, y, money(amount), FONT, 8, c.ink, "r")
        y -= 11
    x2 = 404.0
    section_title(canv, pen, c, x2, RIGHT, top - 230, "RESUMEN")
    applied = sum(a for _, _, a in r.applied)
    rows = [("Total aplicado", money(applied)), ("Queda a favor", money(r.credit_left))]
    if r.balance_after > 0:
        rows.append(("Saldo pendiente", money(r.balance_after)))
    elif r.balance_after < 0:
        rows.append(("Saldo a favor", money(-r.balance_after)))
    else:
        rows.append(("Saldo de la cuenta", "al día"))
    y = top - 246
    for label, value in rows:
        pen.put(x2, y, label, FONT, 8, c.ink)
        pen.put(RIGHT, y, value, BOLD, 8, c.ink, "r")
        y -= 12
    pen.put(x2, y - 1, "Saldo de la cuenta al registrar el pago.", FONT, 6.5, c.muted)
    draw_signature(canv, pen, head, c, (x2 + RIGHT) / 2, top - 336)
    if r.voided:
        text = f"ANULADO — {r.void_reason}" if r.void_reason else "ANULADO"
        pen.put(LEFT, top - 352, text, BOLD, 8.5, c.red, "l", x1 - LEFT, 7)
    draw_footer(
        canv,
        pen,
        c,
        top - 382,
        f"Recibo N° {r.number} · registrado por {r.recorded_by} · {r.community_name}",
        head.office.name,
    )


def _fit_applied(r: ReceiptLike) -> list[tuple[str, date | None, int]]:
    """The applied lines, at most ``TABLE_ROWS`` (the rest summed), and the credit left."""
    lines: list[tuple[str, date | None, int]] = list(r.applied)
    if len(lines) > TABLE_ROWS - 1:
        keep = TABLE_ROWS - 2
        rest = lines[keep:]
        lines = [*lines[:keep], (f"… y {len(rest)} cargos más", None, sum(a for *_, a in rest))]
    if r.credit_left:
        lines.append(("Abonado como saldo a favor", None, r.credit_left))
    if not lines:
        lines.append(("Sin cargos pendientes al registrar el pago", None, 0))
    return lines
