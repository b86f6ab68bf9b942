"""«Certificados de deuda»: the form previews what the certificate will state as the unit and
date change, issuing takes folio 1 then 2 and shows the PDF, a certificate is reprinted from the
list; an Argentine consorcio asks for the pending claims and the insurance (hidden for Chile)."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader

from kastor_desktop.domain.money import format_amount
from kastor_desktop.ui.collection.certificates_page import CertificatesPage
from tests.factories import insert_units, make_argentine_community
from tests.payments_world import make_payments_world


@pytest.fixture
def world(services, admin):  # type: ignore[no-untyped-def]
    return make_payments_world(services, admin)


@pytest.fixture
def community(services, admin, world):  # type: ignore[no-untyped-def]
    return services.communities.get(admin, world.community_id)


@pytest.fixture
def page(open_page, qtbot, community):  # type: ignore[no-untyped-def]
    shown = open_page(CertificatesPage, community)
    shown.resize(1200, 700)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def pdf_text(path) -> str:  # type: ignore[no-untyped-def]
    return "".join(page.extract_text() for page in PdfReader(str(path)).pages)


def test_the_preview_states_the_debt_by_age(page, services, admin, world):
    dialog = page.issue_dialog("B-201")
    account = services.ledger.account(admin, world.community_id, "B-201")
    assert dialog.preview.debt == account.aging.owed > 0
    assert dialog.preview.kind == "debt" and dialog.preview.title == "CERTIFICADO DE DEUDA"
    shown = dialog.statement.text()
    assert format_amount(account.aging.owed) in shown and "31–60 días" in shown
    assert not dialog.claims.isVisibleTo(dialog) and not dialog.insurer.isVisibleTo(dialog)
    dialog.select(dialog.unit, "A-101")
    dialog.as_of.setDate(date(2026, 12, 10))  # A-101 paid November; December not issued yet
    dialog.update_preview()
    assert dialog.preview.unit_number == "A-101" and dialog.preview.debt == 0
    assert dialog.preview.kind == "up_to_date"


def test_issuing_takes_folio_one_then_two_and_shows_the_pdf(page, services, admin, world):
    dialog = page.issue_dialog("B-201")
    dialog.save()
    assert dialog.outcome is not None and dialog.outcome.value.folio == 1
    page.issued(dialog)
    assert page.viewer is not None and page.viewer.page_count() == 1
    assert "Folio N° 1" in pdf_text(dialog.pdf_path)
    second = page.issue_dialog("A-102")
    second.save()
    assert second.outcome.value.folio == 2
    page.issued(second)
    model = page.model
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == ["2", "1"]
    assert [model.data(model.index(r, 1)) for r in range(2)] == ["A-102", "B-201"]
    debt = services.ledger.account(admin, world.community_id, "B-201").aging.owed
    assert model.data(model.index(1, 4)) == format_amount(debt)
    assert model.data(model.index(1, 3)) == "Certificado de deuda"
    page.select_folio(1)
    page.reprint()
    assert "Folio N° 1" in pdf_text(page.viewer.path) and "B-201" in pdf_text(page.viewer.path)
    assert [r.folio for r in services.certificates.list(admin, world.community_id)] == [2, 1]


def test_a_unit_that_does_not_exist_is_named_beside_its_field(page, services, admin, world):
    dialog = page.issue_dialog("B-201")
    dialog.as_of.setDate(date(2027, 3, 1))  # the picker stops at today
    assert dialog.on_date() == date(2027, 1, 15)
    dialog.unit.setEditText("Z-999")
    dialog.update_preview()
    assert dialog.preview is None
    assert (
        dialog.form.error_text("unit")
        == "Unidad: «Z-999» no existe en la comunidad Edificio Aromos."
    )
    dialog.save()
    assert dialog.form.error_text("unit").startswith("Unidad: «Z-999»")
    assert services.certificates.list(admin, world.community_id) == []


def test_argentina_asks_for_the_claims_and_the_insurance(open_page, services, admin):
    community = make_argentine_community(services, admin)
    insert_units(services, community.id, [("1A", "Laura Gómez")])
    page = open_page(CertificatesPage, community)
    dialog = page.issue_dialog("1A")
    dialog.show()
    assert dialog.claims.isVisibleTo(dialog) and dialog.insurance_until.isVisibleTo(dialog)
    assert dialog.preview.kind == "libre_deuda"
    dialog.save()  # no insurance given, none on an earlier certificate
    assert dialog.form.error_text("insurer").startswith("Seguro")
    assert services.certificates.list(admin, community.id) == []
    dialog.claims.setPlainText("Ninguno")
    dialog.insurer.setText("La Segunda Seguros")
    dialog.policy.setText("POL-123")
    dialog.insurance_until.setText("31-12-2027")
    dialog.save()
    assert dialog.outcome is not None and dialog.outcome.value.kind == "libre_deuda"
    text = pdf_text(dialog.pdf_path)
    assert "La Segunda Seguros" in text and "POL-123" in text
    dialog.close()


def test_without_the_permission_there_is_no_issue_button(open_page, ui_ctx, community):
    from kastor_desktop.services.context import Grants

    ui_ctx.grants = Grants(community={community.id: frozenset({"communities.view"})})
    shown = open_page(CertificatesPage, community)
    assert not shown.issue_button.isVisibleTo(shown)
    shown.issue()
    assert shown.dialog is None
