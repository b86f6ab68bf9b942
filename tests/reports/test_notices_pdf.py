"""Notes of charge as PDF: what each page says (read back with pypdf), one page per unit,
byte-identical re-renders, embedded fonts, images once per document, the process pool."""

from __future__ import annotations

import dataclasses
import hashlib
import os
import re
from pathlib import Path
from typing import Any

import pypdf
import pytest

from kastor_desktop.domain.money import format_amount
from kastor_desktop.reports.notice_data import Amount, NoticeBatch
from kastor_desktop.reports.notices_layout import fit_amounts, payment_string, percent
from kastor_desktop.reports.notices_layout_ar import second_due_total
from kastor_desktop.reports.notices_pdf import (
    RenderCancelled,
    batch_file_name,
    render_batch,
    render_many,
    render_per_unit,
    render_unit,
    slug,
    unit_file_name,
)
from tests.reports.notice_factory import ar_batch, cl_batch

GOLDEN = Path(__file__).resolve().parents[1] / "data" / "golden_notice_cl.txt"


@pytest.fixture(scope="module")
def images_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("images")


@pytest.fixture(scope="module")
def cl(images_dir: Path) -> NoticeBatch:
    return cl_batch(images_dir, units=8)


@pytest.fixture(scope="module")
def ar(images_dir: Path) -> NoticeBatch:
    return ar_batch(images_dir, units=3)


@pytest.fixture(scope="module")
def cl_pdf(cl: NoticeBatch, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return render_batch(cl, tmp_path_factory.mktemp("cl") / "avisos.pdf")


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(path).pages]


@pytest.fixture(scope="module")
def cl_texts(cl_pdf: Path) -> list[str]:
    return page_texts(cl_pdf)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_one_page_per_unit_with_unit_owner_folio_total_and_bank(
    cl: NoticeBatch, cl_texts: list[str]
) -> None:
    assert len(cl_texts) == len(cl.units)
    for unit, text in zip(cl.units, cl_texts, strict=True):
        assert unit.number in text
        assert unit.owner_name in text
        assert unit.owner_tax_id in text
        assert f"Folio N° {unit.folio}" in text
        assert f"Referencia de pago: {unit.payment_reference}" in text
        assert "AVISO DE COBRO — GASTO COMÚN Marzo 2025" in text
        assert "00-123-45678-09" in text  # the community's account
        assert "Ley 21.442, Art. 32" in text and "Rodrigo Andrés Valdés Ibáñez" in text
        assert "Cierre N° 14 · verificación 9f2c4e7a1b3d5f60" in text
        assert "BORRADOR" not in text
        if unit.total >= 0:
            assert f"TOTAL A PAGAR {format_amount(unit.total)}" in text
        else:
            assert f"Saldo a favor {format_amount(-unit.total)}" in text
            assert "TOTAL A PAGAR" not in text


def test_a_credit_prints_saldo_a_favor_and_nothing_to_pay(
    cl: NoticeBatch, cl_texts: list[str]
) -> None:
    index = next(i for i, u in enumerate(cl.units) if u.total < 0)
    text = cl_texts[index]
    assert "No hay monto a pagar este mes." in text
    assert "Pague hasta" not in text


def test_main_concepts_always_optional_ones_only_when_charged(
    cl: NoticeBatch, cl_texts: list[str]
) -> None:
    texts = cl_texts
    first, fifth = cl.units[0], cl.units[4]
    assert "extraordinary" not in first.lines and "extraordinary" in fifth.lines
    assert "Gastos extraordinarios" not in texts[0]
    assert f"Gastos extraordinarios {format_amount(fifth.lines['extraordinary'])}" in texts[4]
    assert "Intereses por mora" not in texts[0]
    assert f"Gastos comunes ordinarios {format_amount(first.lines['ordinary'])}" in texts[0]
    assert f"Fondo de reserva {format_amount(first.lines['reserve'])}" in texts[0]
    # the details lines, small under the concepts
    assert "Agua caliente: 3 m³ × $ 4.113" in texts[0]
    # balance lines
    second = cl.units[1]
    assert format_amount(-second.payments_since) in texts[1]
    assert format_amount(second.previous_notice_total) in texts[1]


def test_a_zero_reserve_still_prints_its_line(cl: NoticeBatch, tmp_path: Path) -> None:
    unit = dataclasses.replace(cl.units[0], lines={"ordinary": 1000})
    text = page_texts(render_unit(cl, unit, tmp_path / "one.pdf"))[0]
    assert "Fondo de reserva $ 0" in text
    assert "Consumos" not in text


def test_community_month_lists_the_biggest_accounts_and_sums_the_rest(
    cl: NoticeBatch, cl_texts: list[str]
) -> None:
    text = cl_texts[0]
    summary = cl.month_summary
    assert "Ley 21.442, Art. 31" in text
    assert f"Total egresos del mes {format_amount(summary.expenses_total)}" in text
    assert f"Saldo de caja al cierre {format_amount(summary.cash_balance)}" in text
    assert "Otros (6 cuentas)" in text
    printed = fit_amounts(summary.expenses_by_account, 12, "cuentas")
    assert sum(a.amount for a in printed) == summary.expenses_total
    assert "5101 Remuneraciones conserjería $ 3.850.000" in text  # the biggest stays
    assert "5403 Gastos bancarios" not in text  # the smallest goes into «Otros»
    assert "Contacto: Juana Soto (conserjería), conserjeria@losaromos.cl, +56 9 1111 2222" in text


def test_fit_amounts_keeps_the_order_and_the_sum() -> None:
    lines = [Amount("a", 5), Amount("b", 50), Amount("c", 1), Amount("d", 20), Amount("e", 2)]
    assert fit_amounts(lines, 5, "x") == lines
    fitted = fit_amounts(lines, 3, "cuentas")
    assert fitted == [Amount("b", 50), Amount("d", 20), Amount("Otros (3 cuentas)", 8)]


def test_draft_has_the_watermark_on_every_page_and_no_payment_code(
    images_dir: Path, tmp_path: Path
) -> None:
    draft = cl_batch(images_dir, units=2, draft=True)
    path = render_batch(draft, tmp_path / "borrador.pdf")
    texts = page_texts(path)
    assert len(texts) == 2
    for text in texts:
        assert "BORRADOR — no válido para pago" in text
        assert re.search(r"^BORRADOR$", text, re.M)  # the watermark itself
        assert "sin verificación" in text
    final = render_batch(dataclasses.replace(draft, draft=False), tmp_path / "final.pdf")
    qr_runs = len(re.findall(rb" re\n", _page_content(final)))
    assert qr_runs > 100  # the QR code: one rectangle per run of dark modules
    assert len(re.findall(rb" re\n", _page_content(path))) < 10


def _page_content(path: Path) -> bytes:
    contents = pypdf.PdfReader(path).pages[0].get_contents()
    assert contents is not None
    return bytes(contents.get_data())


def test_argentina_prints_classes_as_columns_and_two_due_dates(
    ar: NoticeBatch, tmp_path: Path
) -> None:
    texts = page_texts(render_batch(ar, tmp_path / "expensas.pdf"))
    assert len(texts) == 3
    unit = ar.units[0]
    text = texts[0]
    assert "LIQUIDACIÓN DE EXPENSAS Julio 2025" in text
    assert "CUIT 30-70987654-3" in text and "CUIT titular" in text
    assert "Concepto Clase A Clase B Clase C Total" in text
    assert "2,3456 % 3,3456 % 4,3456 %" in text  # the unit's coefficient per class
    a, b, c = (unit.by_class[t]["ordinary"] for t in ("A", "B", "C"))
    row = " ".join(format_amount(x, 2) for x in (a, b, c, unit.lines["ordinary"]))
    assert f"Expensas ordinarias {row}" in text
    assert f"1er vencimiento 10/08/2025: {format_amount(unit.total, 2)}" in text
    second = second_due_total(unit.total, ar.second_due_surcharge_micro)
    assert f"2do vencimiento 20/08/2025: {format_amount(second, 2)}" in text
    assert "2do vencimiento: 20/08/2025 (recargo 5,00 %)" in text
    assert "Ley 21.442" not in text  # Chile's law is not quoted on an expensas


def test_second_due_surcharge_rounds_half_up_to_the_minor_unit() -> None:
    assert second_due_total(19_447_226, 5_000_000) == 20_419_587  # 972.361,3 -> 972.361
    assert second_due_total(1, 50_000_000) == 2  # 0,5 -> 1
    assert second_due_total(3, 50_000_000) == 5  # 1,5 -> 2
    assert second_due_total(1000, 0) == 1000


def test_rendering_twice_gives_the_same_bytes(
    cl: NoticeBatch, cl_pdf: Path, tmp_path: Path
) -> None:
    again = render_batch(cl, tmp_path / "otra-vez.pdf")
    assert sha256(again) == sha256(cl_pdf)
    assert not list(tmp_path.glob("*.tmp"))


def test_fonts_are_embedded_truetype_subsets(cl_pdf: Path) -> None:
    reader = pypdf.PdfReader(cl_pdf)
    fonts: dict[str, Any] = {}

    def collect(resources: Any) -> None:
        resources = resources.get_object()
        for font in resources.get("/Font", {}).values():
            font = font.get_object()
            fonts[font["/BaseFont"]] = font
        for xobject in resources.get("/XObject", {}).values():
            xobject = xobject.get_object()
            if xobject.get("/Subtype") == "/Form" and "/Resources" in xobject:
                collect(xobject["/Resources"])

    collect(reader.pages[0]["/Resources"])
    names = sorted(fonts)
    assert names == ["/AAAAAA+BitstreamVeraSans-Bold", "/AAAAAA+BitstreamVeraSans-Roman"]
    for font in fonts.values():
        assert font["/Subtype"] == "/TrueType"
        assert "/FontFile2" in font["/FontDescriptor"]
        assert "/ToUnicode" in font


def test_logos_and_signature_are_embedded_once_per_document(
    cl: NoticeBatch, cl_pdf: Path, tmp_path: Path
) -> None:
    raw = cl_pdf.read_bytes()
    assert raw.count(b"/Subtype /Image") == 3  # office logo, community logo, signature
    assert raw.count(b"/Subtype /Form") == 1  # the fixed part, placed on each of the 8 pages
    bigger = render_batch(cl, tmp_path / "x2.pdf", cl.units + cl.units)
    assert bigger.read_bytes().count(b"/Subtype /Image") == 3
    assert len(pypdf.PdfReader(bigger).pages) == 16


def test_a_missing_logo_is_left_out(cl: NoticeBatch, tmp_path: Path) -> None:
    office = dataclasses.replace(cl.office, logo_path=str(tmp_path / "gone.jpg"))
    batch = dataclasses.replace(cl, office=office, signature_path=None, units=cl.units[:1])
    path = render_batch(batch, tmp_path / "sin-logo.pdf")
    assert path.read_bytes().count(b"/Subtype /Image") == 1
    assert "Administraciones Andes SpA" in page_texts(path)[0]


def test_a_batch_without_units_is_refused(cl: NoticeBatch, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unidades"):
        render_batch(cl, tmp_path / "vacio.pdf", ())
    assert not list(tmp_path.iterdir())


def test_per_unit_files_are_named_by_community_month_unit_and_folio(
    cl: NoticeBatch, tmp_path: Path
) -> None:
    seen: list[tuple[int, int]] = []
    paths = render_per_unit(cl, tmp_path / "avisos", progress=lambda d, t: seen.append((d, t)))
    assert [p.name for p in paths[:2]] == [
        "aromos-2025-03-a-101-folio-1200.pdf",
        "aromos-2025-03-a-102-folio-1201.pdf",
    ]
    assert seen[-1] == (8, 8) and len(seen) == 8
    assert all(len(pypdf.PdfReader(p).pages) == 1 for p in paths)
    assert unit_file_name(dataclasses.replace(cl, community_code=""), cl.units[0]) == (
        "edificio-los-aromos-2025-03-a-101-folio-1200.pdf"
    )
    assert batch_file_name(cl) == "aromos-2025-03-avisos.pdf"
    assert slug("Torre Ñuñoa (+ E-12, B-3)") == "torre-nunoa-e-12-b-3"
    assert slug("···") == "sin-nombre"


def test_one_unit_on_demand_is_the_page_of_the_batch(
    cl: NoticeBatch, cl_texts: list[str], tmp_path: Path
) -> None:
    alone = render_unit(cl, cl.units[2], tmp_path / "a-103.pdf")
    assert page_texts(alone) == [cl_texts[2]]


def test_render_many_in_two_processes_equals_one_process(
    cl: NoticeBatch, ar: NoticeBatch, tmp_path: Path
) -> None:
    small = dataclasses.replace(cl, units=cl.units[:3])

    def jobs(folder: Path) -> list[tuple[NoticeBatch, Path]]:
        return [(small, folder / "cl.pdf"), (ar, folder / "ar.pdf"), (small, folder / "cl2.pdf")]

    progress: list[tuple[int, int]] = []
    pooled = render_many(
        jobs(tmp_path / "pool"), processes=2, progress=lambda d, t: progress.append((d, t))
    )
    alone = render_many(jobs(tmp_path / "alone"), processes=1)
    assert [p.name for p in pooled] == ["cl.pdf", "ar.pdf", "cl2.pdf"]
    assert [sha256(p) for p in pooled] == [sha256(p) for p in alone]
    assert progress == [(1, 3), (2, 3), (3, 3)]
    per_unit = render_many([(small, tmp_path / "units")], processes=1, per_unit=True)
    assert len(per_unit) == 3 and all(p.parent == tmp_path / "units" for p in per_unit)


def test_render_many_stops_between_jobs_when_cancelled(cl: NoticeBatch, tmp_path: Path) -> None:
    small = dataclasses.replace(cl, units=cl.units[:1])
    calls = iter([False, True])
    with pytest.raises(RenderCancelled) as caught:
        render_many(
            [(small, tmp_path / "a.pdf"), (small, tmp_path / "b.pdf")],
            processes=1,
            cancelled=lambda: next(calls),
        )
    assert caught.value.paths == [tmp_path / "a.pdf"]
    assert not (tmp_path / "b.pdf").exists()


def test_shares_print_their_significant_decimals() -> None:
    assert percent(1_234_567) == "1,234567 %"
    assert percent(12_500_000) == "12,50 %"
    assert percent(0) == "0,00 %"


def test_payment_string_carries_the_unit_folio_total_and_reference(
    cl: NoticeBatch, ar: NoticeBatch
) -> None:
    unit = cl.units[0]
    assert payment_string(cl, unit) == (
        f"KASTOR|53.318.220-9|A-101|1200|{unit.total}|AROMOS-A101-2503"
    )
    total = ar.units[0].total
    assert payment_string(ar, ar.units[0]).split("|")[4] == f"{total // 100}.{total % 100:02d}"


def test_golden_text_of_one_notice(cl_texts: list[str]) -> None:
    """The whole text of the first notice. After a deliberate change to the page, rewrite the
    file with KASTOR_UPDATE_GOLDEN=1 and review the difference by eye."""
    text = cl_texts[0] + "\n"
    if os.environ.get("KASTOR_UPDATE_GOLDEN"):
        GOLDEN.write_text(text, encoding="utf-8")
    assert text == GOLDEN.read_text(encoding="utf-8")
