"""The receipt renderer on its own (no database): what a page says, byte-identical renders,
embedded fonts, images once per file, long lists summed, voided receipts marked."""

from __future__ import annotations

import dataclasses
import hashlib
import re
from datetime import date
from pathlib import Path
from typing import Any

import pypdf
import pytest

from kastor_desktop.reports.notice_data import Party
from kastor_desktop.reports.receipt_pdf import Letterhead, render_receipts
from kastor_desktop.services.payments import Receipt
from tests.reports.notice_factory import make_jpeg, make_signature


@pytest.fixture(scope="module")
def head(tmp_path_factory: pytest.TempPathFactory) -> Letterhead:
    folder = tmp_path_factory.mktemp("imagenes")
    return Letterhead(
        country="CL",
        exponent=0,
        office=Party(
            "Administraciones Andes SpA", "76.543.210-3",
            logo_path=make_jpeg(folder / "oficina.jpg", (30, 80, 120)),
        ),
        community=Party(
            "Condominio Los Peñascos de Ñuñoa", "65.432.100-9", "Av. Irarrázaval 3456, Ñuñoa",
            "+56 2 2222 3333", "penascos@example.cl", make_jpeg(folder / "logo.jpg", (150, 40, 40)),
        ),
        administrator="María Paz Ortúzar",
        signature_path=make_signature(folder / "firma.jpg"),
    )  # fmt: skip


def receipt(number: int = 17, **changes: Any) -> Receipt:
    values: dict[str, Any] = dict(
        community_id=1, community_name="Condominio Los Peñascos de Ñuñoa",
        community_code="PENASCOS", community_tax_id="65.432.100-9", community_address="",
        currency="CLP", number=number, unit_number="B-1204", owner_name="José Ignacio Muñoz Sáez",
        owner_tax_id="9.876.543-3", paid_on=date(2027, 1, 14), amount=250_000,
        method="transfer", method_label="Transferencia", reference="OP 55123",
        payer="Inversiones Muñoz Ltda.", bank="Banco de Chile, cuenta corriente 00-123-45678-09",
        applied=(
            ("Gastos comunes ordinarios, noviembre 2026", date(2026, 12, 11), 180_000),
            ("Fondo de reserva, noviembre 2026", date(2026, 12, 11), 9_000),
            ("Intereses por mora, diciembre 2026", date(2027, 1, 11), 1_234),
        ),
        credit_left=0, balance_after=59_766, voided=False, void_reason="", recorded_by="ana",
    )  # fmt: skip
    values.update(changes)
    return Receipt(**values)


def text(path: Path) -> str:
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(path).pages)


def test_a_receipt_page_says_what_was_paid(head: Letterhead, tmp_path: Path) -> None:
    path = render_receipts(head, [receipt()], tmp_path / "r.pdf")
    page = text(path)
    for expected in (
        "RECIBO DE PAGO N° 17", "B-1204", "José Ignacio Muñoz Sáez", "RUT 9.876.543-3",
        "14-01-2027", "Transferencia", "OP 55123", "Inversiones Muñoz Ltda.",
        "Banco de Chile, cuenta corriente 00-123-45678-09", "$ 250.000", "$ 180.000",
        "11-12-2026", "$ 1.234", "Total aplicado", "$ 190.234", "Saldo pendiente", "$ 59.766",
        "María Paz Ortúzar", "Administraciones Andes SpA",
    ):  # fmt: skip
        assert page.count(expected) >= 2, expected  # original and copy
    reader = pypdf.PdfReader(path)
    assert reader.metadata.title == "Recibo de pago N° 17 — Condominio Los Peñascos de Ñuñoa"
    assert reader.metadata.author == "Administraciones Andes SpA"


def test_rendering_twice_gives_the_same_bytes(head: Letterhead, tmp_path: Path) -> None:
    a = render_receipts(head, [receipt(), receipt(18)], tmp_path / "a.pdf")
    b = render_receipts(head, [receipt(), receipt(18)], tmp_path / "b.pdf")
    assert hashlib.sha256(a.read_bytes()).digest() == hashlib.sha256(b.read_bytes()).digest()


def test_fonts_are_embedded_and_images_are_embedded_once(head: Letterhead, tmp_path: Path) -> None:
    path = render_receipts(head, [receipt(n) for n in range(1, 6)], tmp_path / "cinco.pdf")
    raw = path.read_bytes()
    assert len(pypdf.PdfReader(path).pages) == 5
    assert raw.count(b"/Subtype /Image") == 3  # office logo, community logo, signature
    fonts = set(re.findall(rb"/BaseFont /(\w+\+BitstreamVera[\w-]+)", raw))
    assert fonts == {b"AAAAAA+BitstreamVeraSans-Roman", b"AAAAAA+BitstreamVeraSans-Bold"}
    assert raw.count(b"/FontFile2") == 2


def test_a_missing_image_is_left_out(head: Letterhead, tmp_path: Path) -> None:
    bare = dataclasses.replace(head, signature_path=str(tmp_path / "no-existe.jpg"))
    path = render_receipts(bare, [receipt()], tmp_path / "r.pdf")
    assert path.read_bytes().count(b"/Subtype /Image") == 2
    assert "María Paz Ortúzar" in text(path)


def test_a_long_list_of_charges_is_summed_in_one_line(head: Letterhead, tmp_path: Path) -> None:
    applied = tuple((f"Cargo {n:02d}", date(2026, n % 12 + 1, 10), 1_000 + n) for n in range(1, 21))
    path = render_receipts(
        head,
        [receipt(applied=applied, amount=30_000, credit_left=9_790, balance_after=-9_790)],
        tmp_path / "r.pdf",
    )
    page = pypdf.PdfReader(path).pages[0].extract_text()
    shown = [f"Cargo {n:02d}" for n in range(1, 21) if f"Cargo {n:02d}" in page]
    assert shown == [f"Cargo {n:02d}" for n in range(1, 7)]
    rest = sum(a for _, _, a in applied[6:])
    assert "… y 14 cargos más" in page and f"$ {rest:,}".replace(",", ".") in page
    assert "Abonado como saldo a favor" in page and "Saldo a favor" in page
    assert "$ 9.790" in page


def test_a_voided_receipt_is_marked_with_its_reason(head: Letterhead, tmp_path: Path) -> None:
    path = render_receipts(
        head, [receipt(voided=True, void_reason="Transferencia devuelta")], tmp_path / "r.pdf"
    )
    page = text(path)
    assert page.count("ANULADO — Transferencia devuelta") == 2
    assert page.count("ANULADO") >= 4  # the watermark on each copy, and each reason line


def test_nothing_to_print_or_no_folder_writes_nothing(head: Letterhead, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="recibos"):
        render_receipts(head, [], tmp_path / "vacio.pdf")
    with pytest.raises(FileNotFoundError):
        render_receipts(head, [receipt()], tmp_path / "no" / "r.pdf")
    assert list(tmp_path.iterdir()) == []


def test_argentine_receipts_print_centavos_and_cuit(head: Letterhead, tmp_path: Path) -> None:
    ar = dataclasses.replace(head, country="AR", exponent=2)
    path = render_receipts(
        ar,
        [receipt(amount=12_345_678, applied=(("Expensas ordinarias", date(2027, 1, 10), 12_345_678),),
                 balance_after=0)],
        tmp_path / "ar.pdf",
    )  # fmt: skip
    page = text(path)
    assert "$ 123.456,78" in page and "CUIT 76.543.210-3" in page
    assert "10/01/2027" in page and "al día" in page


def test_a_drawing_that_fails_leaves_no_file(head: Letterhead, tmp_path: Path) -> None:
    from reportlab import rl_config

    broken = receipt(applied=(("Cargo", date(2027, 1, 1), None),))
    with pytest.raises(TypeError):
        render_receipts(head, [broken], tmp_path / "roto.pdf")
    assert list(tmp_path.iterdir()) == []
    assert rl_config.useA85 == 1  # reportlab's setting is given back
