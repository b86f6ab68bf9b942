"""The certificate renderer on its own: one page whatever the debt, old charges summed, the
preview marked, paragraphs wrapped within the margins."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta
from pathlib import Path

import pypdf

from kastor_desktop.reports.certificate_pdf import (
    CertificateData,
    Insurance,
    OpenCharge,
    render_certificate,
    wrap,
)
from kastor_desktop.reports.letterhead import Letterhead
from kastor_desktop.reports.notice_data import Party
from kastor_desktop.reports.notices_layout import Pen
from kastor_desktop.reports.pdf_fonts import FONT, register_fonts

HEAD = Letterhead("CL", 0, Party("Oficina Central", "76.543.210-3"), Party("Edificio Sol", "65.432.100-9"), "Rosa Díaz")  # fmt: skip


def data(charges: int = 3, **changes) -> CertificateData:
    due = date(2024, 1, 10)
    items = tuple(
        OpenCharge(f"Gasto común {n + 1:02d}", due + timedelta(days=30 * n), 10_000)
        for n in range(charges)
    )
    values = dict(
        kind="debt", title="CERTIFICADO DE DEUDA", country="CL", community_name="Edificio Sol",
        community_tax_id="65.432.100-9", community_address="Calle Larga 123, Santiago",
        unit_number="D-45", owner_name="Pedro Pablo Lagos", owner_tax_id="5.555.555-5",
        as_of=date(2027, 1, 15), debt=10_000 * charges, overdue=10_000 * charges,
        buckets={"d90": 10_000 * charges}, charges=items, credit=0, claims="", insurance=None,
        administrator="Rosa Díaz", folio=41, issued_at=datetime(2027, 1, 15, 9, 30),
        issued_by="ana",
    )  # fmt: skip
    values.update(changes)
    return CertificateData(**values)


def text(path: Path) -> str:
    reader = pypdf.PdfReader(path)
    assert len(reader.pages) == 1
    return " ".join(reader.pages[0].extract_text().split())


def test_forty_unpaid_charges_still_fit_one_page(tmp_path: Path) -> None:
    page = text(render_certificate(HEAD, data(40), tmp_path / "c.pdf"))
    assert "27 cargos anteriores (01/2024 a 02/2026) $ 270.000" in page
    listed = [n for n in range(1, 41) if f"Gasto común {n:02d}" in page]
    assert listed == list(range(28, 41))  # the 13 latest, one by one
    assert "Total adeudado $ 400.000" in page and "Folio N° 41" in page


def test_argentine_certificate_with_claims_and_insurance_fits(tmp_path: Path) -> None:
    ar = dataclasses.replace(HEAD, country="AR", exponent=2)
    claims = "Reclamo por filtraciones de la unidad 7B, expediente 123/2026. " * 6
    certificate = data(
        30, kind="libre_deuda", title="CERTIFICADO DE LIBRE DEUDA", country="AR",
        claims=claims.strip(), insurance=Insurance("Sancor Seguros", "P-99", date(2027, 3, 1)),
    )  # fmt: skip
    page = text(render_certificate(ar, certificate, tmp_path / "ar.pdf"))
    assert "SEGURO DEL EDIFICIO" in page and "01/03/2027" in page and "VENCIDO" not in page
    assert "21 cargos anteriores" in page and "Emitido el 15 de enero de 2027" in page
    assert "expediente 123/2026" in page


def test_a_preview_is_marked_and_has_no_folio(tmp_path: Path) -> None:
    preview = data(1, folio=None, issued_at=None, issued_by="")
    page = text(render_certificate(HEAD, preview, tmp_path / "p.pdf"))
    assert "BORRADOR — sin folio" in page and "no válida como certificado" in page


def test_wrap_keeps_every_line_within_the_width() -> None:
    from reportlab.pdfgen.canvas import Canvas

    widths = register_fonts()
    pen = Pen(Canvas("/dev/null"), widths)
    paragraph = "palabra " * 40 + "x" * 200
    lines = wrap(pen, paragraph, FONT, 10, 200)
    assert all(pen.width(line, FONT, 10) <= 200 for line in lines)
    assert "".join(lines).replace(" ", "") == paragraph.replace(" ", "")
