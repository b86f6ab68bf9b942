"""Individual charges: in pesos through the form, in UF with the pesos computed as typed, the
account must be a surcharge one (inline, nothing saved), delete after confirmation."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate

from kastor_desktop.services.individual_charges import IndividualChargeDraft
from kastor_desktop.ui.closing.charge_dialog import ChargeDialog
from kastor_desktop.ui.closing.charges_page import ChargesPage
from tests.closing_world import World, make_closing_world
from tests.factories import state


@pytest.fixture
def world(services, admin) -> World:
    return make_closing_world(services, admin)


@pytest.fixture
def community(services, admin, world):
    return services.communities.get(admin, world.community_id)


def test_a_charge_in_pesos_through_the_form(open_page, qtbot, ui_ctx, services, community):
    page = open_page(ChargesPage, community)
    assert page.title.text() == "Cargos individuales de noviembre 2026 (mes abierto)"
    dialog = page.dialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.amount.isVisibleTo(dialog) and not dialog.uf.isVisibleTo(dialog)
    dialog.unit.setCurrentIndex(dialog.unit.findData("A-101"))
    dialog.account.setCurrentIndex(dialog.account.findData("20"))
    dialog.description.setText("Multa ruidos molestos")
    dialog.amount.setText("25.000")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert [page.model.data(page.model.index(0, c)) for c in range(5)] == [
        "A-101", "20 Multas", "Multa ruidos molestos", "$ 25.000", ""]  # fmt: skip


def test_a_charge_in_uf_shows_its_pesos_as_typed(open_page, qtbot, ui_ctx, services, community):
    page = open_page(ChargesPage, community)
    dialog = page.dialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.unit.setEditText("b-201")
    dialog.account.setCurrentIndex(dialog.account.findData("20"))
    dialog.in_uf.setChecked(True)
    assert dialog.uf.isVisibleTo(dialog) and not dialog.amount.isVisibleTo(dialog)
    dialog.uf.setText("1,5")
    assert dialog.pesos.text() == "—"
    dialog.uf_value.setText("37.571,86")
    assert dialog.pesos.text() == "<b>$ 56.358</b>"
    dialog.uf_date.setDate(QDate(2026, 11, 1))
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    row = page.model.rows()[0]
    assert (row.unit_number, row.amount, row.description) == ("B-201", 56_358, "Multas")
    assert page.model.data(page.model.index(0, 4)) == "1,5000 UF × $ 37.571,86 al 01-11-2026"
    edit = ChargeDialog(ui_ctx, community, row, page.period, ["B-201"], [("20", "Multas")], page)
    qtbot.addWidget(edit)
    assert edit.in_uf.isChecked() and edit.uf.text() == "1,5000"


def test_a_regular_account_is_refused_inline_and_nothing_is_saved(
    open_page, qtbot, ui_ctx, services, community
):
    page = open_page(ChargesPage, community)
    before = state(services)
    dialog = ChargeDialog(
        ui_ctx, community, None, page.period, ["A-101"], [("01.01", "Sueldos")], page
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.unit.setEditText("A-101")
    dialog.amount.setText("10.000")
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "cuenta de recargo" in dialog.form.error_text("account")
    assert dialog.form.error_text("unit") == ""
    assert state(services) == before


def test_delete_after_confirmation(
    open_page, qtbot, ui_ctx, services, admin, community, confirmations
):
    draft = IndividualChargeDraft("A-102", "20 Multas", "Reserva quincho", "15.000")
    services.charges.create(admin, community.id, draft)
    page = open_page(ChargesPage, community)
    page.table.selectRow(0)
    page.delete()
    assert confirmations[-1][1] == (
        "¿Eliminar el cargo «Reserva quincho» de $ 15.000 a la unidad A-102?"
    )
    assert page.model.rowCount() == 0
