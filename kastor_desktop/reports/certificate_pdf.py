"""Debt certificates as PDF: Chile's «certificado de deuda» / «de estar al día» and Argentina's
«certificado de libre deuda» (CCyC arts. 2048 and 2067 inc. l), from frozen data.

One A4 page: the letterhead, the title with the folio, the statement (the unit owes nothing as
of the date, or what it owes, broken down by age and by unpaid charge), for Argentina the
pending claims and the building's insurance, the date of issue and the administrator's
signature. The data is frozen when the certificate is issued (services/certificates.py), so a
reprint is byte-identical.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from kastor_desktop.domain.ledger import BUCKET_LABELS, BUCKETS
from kastor_desktop.reports.letterhead import (
    Document,
    Letterhead,
    draw_footer,
    draw_signature,
    section_title,
    title_band,
)
from kastor_desktop.reports.notices_layout import LEFT, MONTHS, RIGHT, Palette, Pen
from kastor_desktop.reports.pdf_fonts import BOLD, FONT

CHARGE_ROWS = {"CL": 14, "AR": 10}  # unpaid charges listed; the oldest others summed in one


@dataclass(frozen=True)
class Insurance:
    """The building's insurance a libre deuda mentions (CCyC 2067 l)."""

    insurer: str = ""
    policy: str = ""
    valid_until: date | None = None


@dataclass(frozen=True)
class OpenCharge:
    """A charge the unit still owes (all of it or the part not paid)."""

    label: str
    due: date
    amount: int


@dataclass(frozen=True)
class CertificateData:
    """Everything a certificate prints. ``folio`` and ``issued_at`` are None in a preview."""

    kind: str  # up_to_date | debt | libre_deuda
    title: str
    country: str
    community_name: str
    community_tax_id: str
    community_address: str
    unit_number: str
    owner_name: str
    owner_tax_id: str
    as_of: date
    debt: int  # owed as of the date, not yet due included
    overdue: int
    buckets: dict[str, int]  # domain/ledger.BUCKETS -> amount
    charges: tuple[OpenCharge, ...]
    credit: int  # in the unit's favour
    claims: str
    insurance: Insurance | None
    administrator: str
    folio: int | None = None
    issued_at: datetime | None = None
    issued_by: str = ""


def long_date(value: date) -> str:
    return f"{value.day} de {MONTHS[value.month - 1].lower()} de {value.year}"


def wrap(pen: Pen, text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` broken into lines at most ``width`` points wide (words longer are cut)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current = ""
        for word in paragraph.split():
            candidate = f"{current} {word}" if current else word
            if pen.width(candidate, font, size) <= width:
                current = candidate
                continue
            if current:
                lines.append(current)
            while pen.width(word, font, size) > width:
                cut = len(word)
                while cut > 1 and pen.width(word[:cut], font, size) > width:
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
            current = word
        lines.append(current)
    return lines


def render_certificate(head: Letterhead, data: CertificateData, path: Path) -> Path:
    folio = f"Folio N° {data.folio}" if data.folio else "BORRADOR — sin folio"
    with Document(
        path, head, f"{data.title.capitalize()} {folio} — {data.unit_number}", data.community_name
    ) as doc:
        canv, c = doc.canvas, doc.colors
        doc.letterhead()
        pen = doc.pen()
        title_band(canv, pen, c, 712, data.title, folio)
        law = (
            "Arts. 2048 y 2067 inc. l) del Código Civil y Comercial de la Nación"
            if data.country == "AR"
            else "Ley N° 21.442 de Copropiedad Inmobiliaria"
        )
        pen.put(RIGHT, 700, law, FONT, 7.5, c.muted, "r")
        y = 672.0
        for paragraph in _statement(head, data):
            for line in wrap(pen, paragraph, FONT, 10, RIGHT - LEFT):
                pen.put(LEFT, y, line, FONT, 10, c.ink)
                y -= 15
            y -= 6
        canv.setFillColor(c.panel)
        canv.rect(LEFT, y - 22, RIGHT - LEFT, 28, stroke=0, fill=1)
        label = (
            f"DEUDA TOTAL AL {head.day(data.as_of)}"
            if data.debt
            else f"SIN DEUDA AL {head.day(data.as_of)}"
        )
        pen.put(LEFT + 10, y - 12, label, BOLD, 9.5, c.navy)
        pen.put(
            RIGHT - 10, y - 13, head.money(data.debt), BOLD, 13, c.red if data.debt else c.ink, "r"
        )
        y -= 46
        if data.debt:
            y = _debt_tables(canv, pen, c, head, data, y)
        if data.country == "AR":
            y = _claims_and_insurance(canv, pen, c, head, data, y - 4)
        elif data.claims:
            section_title(canv, pen, c, LEFT, RIGHT, y - 4, "OBSERVACIONES")
            y -= 22
            for line in wrap(pen, data.claims, FONT, 9, RIGHT - LEFT)[:6]:
                pen.put(LEFT, y, line, FONT, 9, c.ink)
                y -= 12
        closing = (
            "Se extiende el presente certificado a solicitud del interesado, para los fines que "
            "estime conveniente."
        )
        y -= 8
        for line in wrap(pen, closing, FONT, 9.5, RIGHT - LEFT):
            pen.put(LEFT, y, line, FONT, 9.5, c.ink)
            y -= 13
        issued = data.issued_at.date() if data.issued_at else data.as_of
        pen.put(LEFT, 118, f"Emitido el {long_date(issued)}.", FONT, 9.5, c.ink)
        if data.issued_at is None:
            pen.put(LEFT, 104, "Vista previa: no válida como certificado.", BOLD, 9, c.red)
        draw_signature(canv, pen, head, c, RIGHT - 100, 86)
        draw_footer(
            canv,
            pen,
            c,
            28,
            f"Certificado {folio.lower()} · {data.community_name} · unidad {data.unit_number}"
            + (f" · emitido por {data.issued_by}" if data.issued_by else ""),
            head.office.name,
        )
        pen.done()
        canv.showPage()
        return doc.save()


def _statement(head: Letterhead, data: CertificateData) -> list[str]:
    who = f"{data.administrator}, administrador"
    tax = f"{head.tax_label} {data.community_tax_id}" if data.community_tax_id else ""
    place = f", con domicilio en {data.community_address}" if data.community_address else ""
    owner = data.owner_name or "propietario no registrado"
    if data.owner_tax_id:
        owner += f" ({head.tax_label} {data.owner_tax_id})"
    day, money = head.day(data.as_of), head.money
    if data.country == "AR":
        opening = (
            f"{who} del consorcio {data.community_name}{', ' + tax if tax else ''}{place}, "
            f"certifica que la unidad funcional {data.unit_number}, de titularidad de {owner}, "
            f"al {day}"
        )
        if not data.debt:
            return [
                opening + " no adeuda suma alguna en concepto de expensas ordinarias, "
                "extraordinarias, fondo de reserva ni intereses."
            ]
        return [
            opening + f" adeuda la suma de {money(data.debt)} en concepto de expensas e "
            f"intereses, de la cual {money(data.overdue)} se encuentra vencida, según el "
            "detalle siguiente."
        ]
    opening = (
        f"{who} de la comunidad {data.community_name}{', ' + tax if tax else ''}{place}, "
        f"certifica que la unidad {data.unit_number}, de propiedad de {owner},"
    )
    if not data.debt:
        text = (
            f"{opening} no registra deuda por gastos comunes, fondo de reserva, intereses ni "
            f"multas al {day}: se encuentra al día en sus pagos."
        )
        if data.credit:
            text += f" Registra un saldo a favor de {money(data.credit)}."
        return [text]
    return [
        f"{opening} registra al {day} una deuda de {money(data.debt)} por gastos comunes, "
        f"fondo de reserva, intereses y multas, de la cual {money(data.overdue)} se encuentra "
        "vencida, según el detalle siguiente.",
        "Los montos no incluyen los intereses que se devenguen con posterioridad a esa fecha.",
    ]


def _debt_tables(
    canv: Any, pen: Pen, c: Palette, head: Letterhead, data: CertificateData, y: float
) -> float:
    money = head.money
    section_title(canv, pen, c, LEFT, RIGHT, y, "DEUDA POR ANTIGÜEDAD")
    cells = [(BUCKET_LABELS[name], data.buckets.get(name, 0)) for name in BUCKETS]
    cells.append(("Total adeudado", data.debt))
    width = (RIGHT - LEFT) / len(cells)
    for index, (label, amount) in enumerate(cells):
        x = LEFT + index * width + width / 2
        last = index == len(cells) - 1
        pen.put(x, y - 20, label, BOLD if last else FONT, 7.5, c.muted, "c")
        pen.put(x, y - 34, money(amount), BOLD, 9.5, c.ink, "c", width - 6, 7)
    y -= 58
    section_title(canv, pen, c, LEFT, RIGHT, y, "CARGOS IMPAGOS")
    y -= 18
    pen.put(LEFT, y, "Concepto", BOLD, 7.5, c.muted)
    pen.put(400, y, "Vencimiento", BOLD, 7.5, c.muted, "r")
    pen.put(470, y, "Días de atraso", BOLD, 7.5, c.muted, "r")
    pen.put(RIGHT, y, "Adeudado", BOLD, 7.5, c.muted, "r")
    y -= 13
    for label, due, amount in _fit_charges(data.charges, CHARGE_ROWS.get(data.country, 14)):
        pen.put(LEFT, y, label, FONT, 8.5, c.ink, "l", 300, 7)
        if due is not None:
            late = (data.as_of - due).days
            pen.put(400, y, head.day(due), FONT, 8.5, c.ink, "r")
            pen.put(470, y, str(late) if late > 0 else "por vencer", FONT, 8.5, c.ink, "r")
        pen.put(RIGHT, y, money(amount), FONT, 8.5, c.ink, "r")
        y -= 12
    canv.setStrokeColor(c.ink)
    canv.setLineWidth(0.6)
    canv.line(LEFT, y + 8, RIGHT, y + 8)
    pen.put(LEFT, y - 3, "Total adeudado", BOLD, 8.5, c.ink)
    pen.put(RIGHT, y - 3, money(data.debt), BOLD, 8.5, c.ink, "r")
    return y - 22


def _fit_charges(charges: Sequence[OpenCharge], room: int) -> list[tuple[str, date | None, int]]:
    rows: list[tuple[str, date | None, int]] = [(o.label, o.due, o.amount) for o in charges]
    if len(rows) > room:
        keep = room - 1
        rest = rows[: len(rows) - keep]  # the oldest are summed, the latest listed
        first, last = rest[0][1], rest[-1][1]
        span = f" ({_month(first)} a {_month(last)})" if first and last else ""
        rows = [
            (f"{len(rest)} cargos anteriores{span}", None, sum(a for *_, a in rest)),
            *rows[len(rows) - keep :],
        ]
    return rows


def _month(value: date) -> str:
    return value.strftime("%m/%Y")


def _claims_and_insurance(
    canv: Any, pen: Pen, c: Palette, head: Letterhead, data: CertificateData, y: float
) -> float:
    section_title(canv, pen, c, LEFT, RIGHT, y, "RECLAMOS Y JUICIOS PENDIENTES")
    y -= 20
    claims = data.claims.strip() or "No se registran."
    for line in wrap(pen, claims, FONT, 9.5, RIGHT - LEFT)[:5]:
        pen.put(LEFT, y, line, FONT, 9.5, c.ink)
        y -= 13
    y -= 8
    section_title(canv, pen, c, LEFT, RIGHT, y, "SEGURO DEL EDIFICIO")
    y -= 20
    insurance = data.insurance or Insurance()
    until = "—"
    if insurance.valid_until is not None:
        until = head.day(insurance.valid_until)
        if insurance.valid_until < data.as_of:
            until += " (VENCIDO)"
    for label, value in (
        ("Aseguradora", insurance.insurer or "No informada"),
        ("Póliza N°", insurance.policy or "—"),
        ("Vigente hasta", until),
    ):
        pen.put(LEFT, y, label, FONT, 8.5, c.muted)
        pen.put(LEFT + 90, y, value, BOLD, 9.5, c.ink, "l", RIGHT - LEFT - 90, 7)
        y -= 13
    return y - 8
