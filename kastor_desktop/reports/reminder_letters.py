"""Reminder letters (cartas de cobranza) as one PDF: a letter per unit, each starting on a new
page (reportlab platypus, so a long list of open items flows onto the next page with its
headings repeated).

A letter carries the letterhead (the office's and the community's logos and names), the date,
the owner and the unit, what is owed by age and every open item, the payment instructions (the
community's bank account and the unit's payment reference, as the notices print them), and the
administrator's signature (the community's signature image, else a line to sign on).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from kastor_desktop.domain.country import profile
from kastor_desktop.domain.ledger import BUCKET_LABELS, BUCKETS, Aging
from kastor_desktop.domain.money import format_amount
from kastor_desktop.reports.notice_data import BankDetails, Party
from kastor_desktop.reports.notices_layout import MONTHS, palette
from kastor_desktop.reports.pdf_fonts import BOLD, FONT, register_fonts

MARGIN = 46.0
HEAD = 92.0  # room the letterhead takes at the top of each page


@dataclass(frozen=True)
class LetterItem:
    label: str  # «Gastos comunes ordinarios, noviembre 2026»
    due: date
    amount: int  # still open
    days: int  # overdue (0: not yet due)


@dataclass(frozen=True)
class Letter:
    unit_number: str
    owner_name: str
    owner_tax_id: str
    postal_address: str
    aging: Aging
    items: tuple[LetterItem, ...]
    payment_reference: str


@dataclass(frozen=True)
class LetterBatch:
    country: str  # CL | AR
    exponent: int
    office: Party
    community: Party
    administrator: str
    signature_path: str | None
    bank: BankDetails | None
    dated: date  # the letters' date
    as_of: date  # the debt as of
    letters: tuple[Letter, ...]


def _money(exponent: int) -> Any:
    """Amounts as the letter prints them; the space after «$» never breaks a line."""
    return lambda minor: format_amount(minor, exponent).replace(" ", "\u00a0")


def long_date(value: date) -> str:
    return f"{value.day} de {MONTHS[value.month - 1].lower()} de {value.year}"


def render_letters(batch: LetterBatch, path: Path) -> Path:
    """Write every letter of ``batch`` to ``path`` (atomically)."""
    if not batch.letters:
        raise ValueError("No hay cartas que imprimir.")
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import registerFontFamily
    from reportlab.platypus import PageBreak, SimpleDocTemplate

    register_fonts()
    registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    word = "expensas" if batch.country == "AR" else "gastos comunes"
    doc = SimpleDocTemplate(
        str(tmp),
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + HEAD - 20,
        bottomMargin=20 * mm,
        title=f"Cartas de cobranza — {batch.community.name}",
        author=batch.office.name,
        creator="Kastor Desktop",
        invariant=1,
    )
    styles = _styles()
    story: list[Any] = []
    for index, letter in enumerate(batch.letters):
        if index:
            story.append(PageBreak())
        story.extend(_letter(batch, letter, styles, word, doc.width))
    try:
        doc.build(story, onFirstPage=_page(batch), onLaterPages=_page(batch))
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return path


def _styles() -> dict[str, Any]:
    from reportlab.lib.enums import TA_JUSTIFY, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    c = palette()
    body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13.5, textColor=c.ink)
    return {
        "body": ParagraphStyle("text", parent=body, alignment=TA_JUSTIFY, spaceAfter=7),
        "plain": body,
        "right": ParagraphStyle("right", parent=body, alignment=TA_RIGHT, spaceAfter=14),
        "ref": ParagraphStyle("ref", parent=body, fontName=BOLD, spaceBefore=12, spaceAfter=10),
        "head": ParagraphStyle(
            "head", parent=body, fontName=BOLD, textColor=c.navy, spaceBefore=6, spaceAfter=4
        ),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5),
    }


def _letter(
    batch: LetterBatch, letter: Letter, st: dict[str, Any], word: str, width: float
) -> list[Any]:
    from reportlab.platypus import KeepTogether, Paragraph, Spacer

    money = _money(batch.exponent)
    a = letter.aging
    as_of = batch.as_of.strftime("%d-%m-%Y")
    owner = escape(letter.owner_name) if letter.owner_name else "Propietario(a)"
    address = [f"<b>{owner}</b>"]
    if letter.owner_tax_id:
        address.append(f"{profile(batch.country).tax_id_label} {escape(letter.owner_tax_id)}")
    address.append(f"Unidad {escape(letter.unit_number)} — {escape(batch.community.name)}")
    if letter.postal_address:
        address.append(escape(letter.postal_address))
    elif batch.community.address:
        address.append(escape(batch.community.address))
    flow: list[Any] = [
        Paragraph(long_date(batch.dated), st["right"]),
        Paragraph("Señor(a)<br/>" + "<br/>".join(address), st["plain"]),
        Paragraph(
            f"Ref.: Recordatorio de deuda de {word}, unidad {escape(letter.unit_number)}", st["ref"]
        ),  # fmt: skip
        Paragraph("De nuestra consideración:", st["body"]),
    ]
    overdue = ""
    if a.overdue:
        overdue = (
            f", de los cuales <b>{money(a.overdue)}</b> están vencidos; la deuda impaga más "
            f"antigua venció el {a.oldest_due.strftime('%d-%m-%Y') if a.oldest_due else ''} "
            f"({a.days} días de atraso)"
        )
    flow.append(
        Paragraph(
            f"Según los registros de la administración, al {as_of} la unidad "
            f"{escape(letter.unit_number)} de {escape(batch.community.name)} adeuda "
            f"<b>{money(a.owed)}</b> por {word}{overdue}. Le solicitamos regularizar esta "
            "situación a la brevedad o, si lo necesita, acercarse a la administración para "
            "acordar un convenio de pago.",
            st["body"],
        )
    )
    flow.append(Paragraph("Deuda por antigüedad", st["head"]))
    flow.append(_aging_table(batch, a, width))
    flow.append(Paragraph("Detalle de lo adeudado", st["head"]))
    flow.append(_items_table(batch, letter, width, st))
    flow.append(Spacer(1, 8))
    flow.append(Paragraph(_instructions(batch, letter), st["body"]))
    flow.append(
        Paragraph(
            "Si ya realizó el pago, le rogamos no considerar esta carta y enviarnos el "
            "comprobante para registrarlo.",
            st["body"],
        )
    )
    flow.append(KeepTogether(_signature(batch, st)))
    return flow


def _table_style(extra: list[tuple[Any, ...]]) -> Any:
    from reportlab.platypus import TableStyle

    c = palette()
    return TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), FONT, 8.5),
            ("FONT", (0, 0), (-1, 0), BOLD, 8.5),
            ("TEXTCOLOR", (0, 0), (-1, 0), c.white),
            ("BACKGROUND", (0, 0), (-1, 0), c.navy),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, c.rule),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            *extra,
        ]
    )


def _aging_table(batch: LetterBatch, a: Aging, width: float) -> Any:
    from reportlab.platypus import Table

    money = _money(batch.exponent)
    headers = [BUCKET_LABELS[b] for b in BUCKETS] + ["Total"]
    values = [money(getattr(a, b)) for b in BUCKETS] + [money(a.owed)]
    table = Table([headers, values], colWidths=[width / 6] * 6)
    c = palette()
    table.setStyle(
        _table_style(
            [
                ("ALIGN", (0, 0), (-1, -1), "RIGHT"),
                ("FONT", (-1, 1), (-1, 1), BOLD, 8.5),
                ("BACKGROUND", (-1, 1), (-1, 1), c.panel),
            ]
        )
    )
    return table


def _items_table(batch: LetterBatch, letter: Letter, width: float, st: dict[str, Any]) -> Any:
    from reportlab.platypus import Paragraph, Table

    money = _money(batch.exponent)
    rows: list[list[Any]] = [["Concepto", "Vencimiento", "Días de atraso", "Pendiente"]]
    for item in letter.items:
        rows.append(
            [
                Paragraph(escape(item.label), st["cell"]),
                item.due.strftime("%d-%m-%Y"),
                str(item.days) if item.days else "por vencer",
                money(item.amount),
            ]
        )
    rows.append(["Total adeudado", "", "", money(sum(i.amount for i in letter.items))])
    table = Table(rows, colWidths=[width - 230, 75, 75, 80], repeatRows=1)
    c = palette()
    table.setStyle(
        _table_style(
            [
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                ("FONT", (0, -1), (-1, -1), BOLD, 8.5),
                ("BACKGROUND", (0, -1), (-1, -1), c.panel),
            ]
        )
    )
    return table


def _instructions(batch: LetterBatch, letter: Letter) -> str:
    reference = f"<b>{escape(letter.payment_reference)}</b>"
    bank = batch.bank
    if bank is None:
        return (
            "Puede pagar en la administración o por los medios habituales de la comunidad, "
            f"indicando la referencia {reference}."
        )
    tax = profile(batch.country).tax_id_label
    text = (
        f"Puede pagar por transferencia o depósito en <b>{escape(bank.bank)}</b>, "
        f"{escape(bank.account_type.lower())} N° <b>{escape(bank.number)}</b>, a nombre de "
        f"{escape(bank.holder_name)}, {tax} {escape(bank.holder_tax_id)}, indicando la referencia "
        f"{reference}"
    )
    if bank.email:
        text += f"; envíe el comprobante a {escape(bank.email)}"
    return text + "."


def _signature(batch: LetterBatch, st: dict[str, Any]) -> list[Any]:
    from reportlab.platypus import Image, Paragraph, Spacer

    parts: list[Any] = [Spacer(1, 10), Paragraph("Atentamente,", st["plain"])]
    if batch.signature_path and os.path.isfile(batch.signature_path):
        image = Image(batch.signature_path, width=140, height=52, kind="proportional")
        image.hAlign = "LEFT"
        parts.append(image)
    else:
        parts.append(Spacer(1, 40))
    parts.append(Paragraph("_" * 34, st["plain"]))
    parts.append(Paragraph(f"<b>{escape(batch.administrator)}</b>", st["plain"]))
    if batch.office.name and batch.office.name != batch.administrator:
        parts.append(Paragraph(f"Administración — {escape(batch.office.name)}", st["plain"]))
    else:
        parts.append(Paragraph("Administración", st["plain"]))
    return parts


def _page(batch: LetterBatch) -> Any:
    """The letterhead and footer, drawn on every page."""

    def draw(canv: Any, doc: Any) -> None:
        from reportlab.lib.pagesizes import A4

        width, height = A4
        c = palette()
        top = height - MARGIN + 10
        canv.saveState()
        x = MARGIN
        if batch.office.logo_path and os.path.isfile(batch.office.logo_path):
            canv.drawImage(batch.office.logo_path, x, top - 54, 54, 54,
                           preserveAspectRatio=True, anchor="c")  # fmt: skip
            x += 64
        canv.setFillColor(c.navy)
        canv.setFont(BOLD, 11)
        canv.drawString(x, top - 16, batch.office.name)
        canv.setFillColor(c.muted)
        canv.setFont(FONT, 8)
        tax = profile(batch.country).tax_id_label
        if batch.office.tax_id:
            canv.drawString(x, top - 28, f"{tax} {batch.office.tax_id}")
        right = width - MARGIN
        if batch.community.logo_path and os.path.isfile(batch.community.logo_path):
            canv.drawImage(batch.community.logo_path, right - 54, top - 54, 54, 54,
                           preserveAspectRatio=True, anchor="c")  # fmt: skip
            right -= 64
        canv.setFillColor(c.ink)
        canv.setFont(BOLD, 10)
        canv.drawRightString(right, top - 16, batch.community.name)
        canv.setFillColor(c.muted)
        canv.setFont(FONT, 8)
        lines = [batch.community.address, f"{tax} {batch.community.tax_id}".strip()]
        lines.append(" · ".join(p for p in (batch.community.phone, batch.community.email) if p))
        for n, line in enumerate(p for p in lines if p):
            canv.drawRightString(right, top - 28 - 10 * n, line)
        canv.setStrokeColor(c.rule)
        canv.setLineWidth(0.8)
        canv.line(MARGIN, top - 62, width - MARGIN, top - 62)
        canv.setFont(FONT, 7)
        canv.drawString(MARGIN, 28, f"Carta de cobranza — {batch.community.name}")
        canv.drawRightString(width - MARGIN, 28, f"Página {doc.page}")
        canv.restoreState()

    return draw
