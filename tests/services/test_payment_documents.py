"""Receipts, unit statements and the payment reports written by PaymentDocumentService, read
back with pypdf and openpyxl: what they say agrees with the ledger to the peso."""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from decimal import Decimal

import pypdf
import pytest
from openpyxl import load_workbook

from kastor_desktop.services.errors import NotFound, ValidationFailed
from kastor_desktop.services.office import Crop
from tests.factories import (
    draft_from,
    insert_units,
    make_argentine_community,
    make_chilean_community,
    make_jpeg,
)
from tests.payments_world import make_payments_world


@pytest.fixture
def world(services, admin, tmp_path):
    """The payments world with the office's logo, the community's logo and its signature."""
    world = make_payments_world(services, admin)
    row = services.communities.get(admin, world.community_id)
    logo = make_jpeg(tmp_path, (300, 300), "logo.jpg", (160, 60, 40))
    signature = make_jpeg(tmp_path, (600, 200), "firma.jpg", (20, 20, 90))
    services.communities.update(
        admin,
        world.community_id,
        draft_from(row, logo_file=str(logo), signature_file=str(signature)),
    )
    office_logo = make_jpeg(tmp_path, (400, 400), "oficina.jpg", (38, 70, 83))
    services.office.set_logo(admin, office_logo, Crop(0, 0, 400))
    return world


def text_of(path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_receipt_prints_the_payment_what_it_paid_logos_and_signature(
    services, admin, world, tmp_path
):
    cid = world.community_id
    row = services.payments.record(
        admin, cid, "A-102", 35_000, "14-01-2027", "deposit", "DEP-4471", payer="Bruno Díaz"
    ).value
    path = services.payment_documents.receipt_pdf(admin, cid, row.id, tmp_path / "r.pdf")
    reader = pypdf.PdfReader(path)
    assert len(reader.pages) == 1
    page = reader.pages[0].extract_text()
    for expected in (
        "RECIBO DE PAGO N° 2", "ORIGINAL — PROPIETARIO", "COPIA — ADMINISTRACIÓN",
        "Edificio Aromos", "A-102", "Bruno Díaz", "14-01-2027", "Depósito", "DEP-4471",
        "$ 35.000", "Gastos comunes ordinarios, noviembre 2026", "11-12-2026", "$ 30.000",
        "Fondo de reserva, noviembre 2026", "$ 1.500", "$ 3.500", "Saldo pendiente",
        "$ 59.703", "Administrador",
    ):  # fmt: skip
        assert expected in page, expected
    assert page.count("RECIBO DE PAGO N° 2") == 2  # the original and the copy
    raw = path.read_bytes()
    assert raw.count(b"/Subtype /Image") == 3  # office logo, community logo, signature
    assert "ANULADO" not in page


def test_a_voided_receipt_says_so_with_its_reason_and_reprints_identically(
    services, admin, world, tmp_path
):
    cid = world.community_id
    row = services.payments.record(admin, cid, "A-102", 5_000, "14-01-2027").value
    first = services.payment_documents.receipt_pdf(admin, cid, row.id, tmp_path / "a.pdf")
    services.payments.record(admin, cid, "A-102", 7_000, "14-01-2027")  # does not change it
    again = services.payment_documents.receipt_pdf(admin, cid, row.id, tmp_path / "b.pdf")
    assert digest(first) == digest(again)
    services.payments.void(admin, cid, row.id, "Cheque protestado")
    voided = services.payment_documents.receipt_pdf(admin, cid, row.id, tmp_path / "c.pdf")
    page = text_of(voided)
    assert "ANULADO — Cheque protestado" in page and "RECIBO DE PAGO N° 2" in page
    assert digest(voided) != digest(first)


def test_many_receipts_go_in_one_file_one_page_each(services, admin, world, tmp_path):
    cid = world.community_id
    ids = [
        services.payments.record(admin, cid, unit, 1_000 * (i + 1), "14-01-2027").value.id
        for i, unit in enumerate(("A-102", "B-201", "B-202"))
    ]
    path = services.payment_documents.receipts_pdf(admin, cid, ids, tmp_path / "todos.pdf")
    reader = pypdf.PdfReader(path)
    assert len(reader.pages) == 3
    assert ["RECIBO DE PAGO N° 4" in p.extract_text() for p in reader.pages] == [
        False,
        False,
        True,
    ]
    assert path.read_bytes().count(b"/Subtype /Image") == 3  # embedded once for the file
    with pytest.raises(ValidationFailed):
        services.payment_documents.receipts_pdf(admin, cid, [], tmp_path / "nada.pdf")
    with pytest.raises(NotFound):
        services.payment_documents.receipt_pdf(admin, cid, 9_999, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "nada.pdf").exists()
    assert services.payment_documents.find_payment(admin, cid, 3) == ids[1]
    with pytest.raises(NotFound, match="N° 99"):
        services.payment_documents.find_payment(admin, cid, 99)


def test_a_receipt_of_another_community_is_not_found(services, admin, world, tmp_path):
    other = make_chilean_community(services, admin, code="OTRA", name="Edificio Otro")
    payment = services.payments.list(admin, world.community_id)[0]
    with pytest.raises(NotFound):
        services.payment_documents.receipt_pdf(admin, other.id, payment.id, tmp_path / "r.pdf")


def test_the_statement_pdf_lists_every_movement_and_the_balance(services, admin, world, tmp_path):
    cid = world.community_id
    paid = services.payments.record(admin, cid, "A-102", 40_000, "12-01-2027").value
    services.payments.void(admin, cid, paid.id, "Depósito rechazado")
    services.payments.record(admin, cid, "A-102", 20_000, "14-01-2027")
    account = services.ledger.account(admin, cid, "A-102")
    path = services.payment_documents.account_pdf(admin, cid, "A-102", tmp_path / "cuenta.pdf")
    page = text_of(path)
    assert "ESTADO DE CUENTA — UNIDAD A-102" in page and "al 15-01-2027" in page
    for line in account.lines:
        assert line.label in page
    assert "Anulación del recibo N° 2: Depósito rechazado" in page
    assert account.balance == 74_703
    assert "SALDO ADEUDADO" in page and "$ 74.703" in page
    assert "Página 1 de 1" in page
    again = services.payment_documents.account_pdf(admin, cid, "A-102", tmp_path / "otra.pdf")
    assert digest(path) == digest(again)


def test_a_long_history_takes_several_numbered_pages(services, admin, world, tmp_path):
    cid = world.community_id
    from kastor_desktop.services.payments import NewPayment, insert_payments
    from kastor_desktop.store.models import Community

    start = date(2026, 12, 1).toordinal()
    with services.ctx.work(admin) as uow:
        community = uow.session.get(Community, cid)
        news = [
            NewPayment(world.units["B-202"], date.fromordinal(start + d), 100) for d in range(90)
        ]
        insert_payments(uow, community, news)
        uow.commit()
    path = services.payment_documents.account_pdf(admin, cid, "B-202", tmp_path / "larga.pdf")
    reader = pypdf.PdfReader(path)
    pages = [p.extract_text() for p in reader.pages]
    assert len(pages) == 2
    assert "Página 1 de 2" in pages[0] and "Página 2 de 2" in pages[1]
    assert "(continuación)" in pages[1] and "Totales" in pages[1]
    lines = services.ledger.account(admin, cid, "B-202").lines
    assert sum(p.count("Pago, recibo N°") for p in pages) == len(lines) - 5


def test_the_statement_xlsx_has_dates_numbers_and_safe_text(services, admin, world, tmp_path):
    cid = world.community_id
    with services.ctx.sessions() as session:
        from kastor_desktop.store.models import Person, Unit

        unit = session.get(Unit, world.units["A-102"])
        session.get(Person, unit.owner_id).full_name = '=HYPERLINK("http://x","y")'
        session.commit()
    services.payments.record(admin, cid, "A-102", 10_000, "14-01-2027", reference="+56 9 1234")
    path = services.payment_documents.account_xlsx(admin, cid, "A-102", tmp_path / "c.xlsx")
    sheet = load_workbook(path).active
    rows = list(sheet.iter_rows(min_row=7))
    account = services.ledger.account(admin, cid, "A-102")
    movements = rows[: len(account.lines)]
    assert [r[0].value.date() for r in movements] == [line.on for line in account.lines]
    assert all(r[0].number_format == "DD-MM-YYYY" for r in movements)
    debits = sum(r[3].value or 0 for r in movements)
    credits = sum(r[4].value or 0 for r in movements)
    assert debits - credits == account.balance == movements[-1][5].value == 84_703
    assert movements[-1][5].number_format == "#,##0"
    total = rows[len(account.lines)]
    assert total[1].value == "Totales" and total[5].value == account.balance
    owner = sheet["B3"]
    assert owner.data_type == "s" and owner.value.startswith('=HYPERLINK("http://x","y")')
    assert owner.quotePrefix
    labels = {r[1].value: r[5].value for r in sheet.iter_rows() if r[1].value}
    assert labels["31–60 días"] == account.aging.d31_60 and labels["Total adeudado"] == 84_703


def test_argentine_amounts_keep_their_centavos(services, admin, tmp_path):
    community = make_argentine_community(services, admin)
    (unit_id,) = insert_units(services, community.id, [("1A", "Martina Fernández")])
    services.balances.set(admin, community.id, unit_id, "185000,50", "01-09-2026")
    services.payments.record(admin, community.id, "1A", "50000,25", "10-11-2026")
    path = services.payment_documents.account_xlsx(admin, community.id, "1A", tmp_path / "a.xlsx")
    rows = list(load_workbook(path).active.iter_rows(min_row=7, max_row=8))
    assert rows[0][3].value == Decimal("185000.5") or rows[0][3].value == 185000.5
    assert rows[1][5].value == pytest.approx(135000.25)
    assert rows[1][5].number_format == "#,##0.00"
    pdf = services.payment_documents.account_pdf(admin, community.id, "1A", tmp_path / "a.pdf")
    page = text_of(pdf)
    assert "$ 135.000,25" in page and "CUIT" in page


def test_payments_received_in_a_range_total_only_valid_payments(services, admin, world, tmp_path):
    cid = world.community_id
    services.payments.record(admin, cid, "A-102", 20_000, "02-01-2027", "cash")
    bad = services.payments.record(admin, cid, "B-201", 30_000, "10-01-2027", "check").value
    services.payments.void(admin, cid, bad.id, "Cheque sin fondos")
    services.payments.record(admin, cid, "B-202", 5_000, "31-01-2027")  # after the range
    docs = services.payment_documents
    book = docs.payments_report(
        admin, cid, date(2026, 12, 5), date(2027, 1, 10), tmp_path / "p.xlsx"
    )
    rows = [[c.value for c in r] for r in load_workbook(book).active.iter_rows(min_row=4)]
    assert [r[0] for r in rows[:-1]] == [1, 2, 3]  # receipts in the range, by date
    assert rows[2][7] == "Anulado: Cheque sin fondos" and rows[0][7] is None
    assert rows[0][1].date() == date(2026, 12, 5) and rows[0][3] == "Ana Rojas"
    assert rows[-1][6] == 31_500 + 20_000  # the voided cheque does not count
    assert "2 pagos válidos; 1 anulado no suman" in rows[-1][3]
    pdf = docs.payments_report(
        admin, cid, date(2026, 12, 5), date(2027, 1, 10), tmp_path / "p.pdf", "pdf"
    )
    page = text_of(pdf)
    assert "PAGOS RECIBIDOS" in page and "05-12-2026 al 10-01-2027" in page
    assert "ANULADO" in page and "$ 51.500" in page and "Cheque" in page
    with pytest.raises(ValidationFailed) as backwards:
        docs.payments_report(admin, cid, date(2027, 2, 1), date(2027, 1, 1), tmp_path / "x.xlsx")
    assert "anterior" in backwards.value.errors["until"]
    with pytest.raises(ValidationFailed):
        docs.payments_report(
            admin, cid, date(2027, 1, 1), date(2027, 2, 1), tmp_path / "x.csv", "csv"
        )


def test_unallocated_credits_by_unit_with_their_total(services, admin, world, tmp_path):
    cid = world.community_id
    services.payments.record(admin, cid, "B-201", 70_000, "14-01-2027")
    services.payments.record(admin, cid, "A-101", 63_000 + 1_234, "14-01-2027")
    docs = services.payment_documents
    credits = docs.credits(admin, cid)
    assert [(c.unit_number, c.owner_name, c.credit) for c in credits] == [
        ("A-101", "Ana Rojas", 1_234),
        ("B-201", "Carla Núñez", 70_000 - 63_135),
    ]
    assert docs.credits(admin, cid, date(2027, 1, 13)) == []  # before the payments
    book = docs.credits_report(admin, cid, tmp_path / "c.xlsx")
    rows = [[c.value for c in r] for r in load_workbook(book).active.iter_rows(min_row=4)]
    assert rows[-1] == ["Total", "2 unidades", 1_234 + 6_865]
    pdf = docs.credits_report(admin, cid, tmp_path / "c.pdf", "pdf")
    page = text_of(pdf)
    assert "SALDOS A FAVOR SIN APLICAR" in page and "$ 8.099" in page and "Carla Núñez" in page


def test_documents_only_need_to_see_the_community(services, admin, nobody, world, tmp_path):
    from kastor_desktop.domain import permissions
    from kastor_desktop.services.errors import PermissionDenied

    cid = world.community_id
    with pytest.raises(PermissionDenied):
        services.payment_documents.account_pdf(nobody, cid, "A-101", tmp_path / "n.pdf")
    role = services.roles.create(
        admin, "Consulta", permissions.COMMUNITY, ["communities.view"], [cid]
    ).value.id
    services.users.update(admin, nobody.user_id, nobody.full_name, "", [role])
    services.ctx.clock = lambda: datetime(2027, 1, 20, 9, 0)
    path = services.payment_documents.account_pdf(nobody, cid, "A-101", tmp_path / "n.pdf")
    assert "al 20-01-2027" in text_of(path)
    with pytest.raises(ValidationFailed) as unknown:
        services.payment_documents.account_xlsx(nobody, cid, "Z-1", tmp_path / "z.xlsx")
    assert "«Z-1» no existe" in unknown.value.errors["unit"]
