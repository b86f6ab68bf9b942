"""Other income: create through the form (credited to a fund), inline errors with nothing saved,
edit, delete after confirmation, the total under the list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate

from kastor_desktop.services.income import OtherIncomeDraft
from kastor_desktop.ui.closing.income_dialog import IncomeDialog
from kastor_desktop.ui.closing.income_page import IncomePage
from tests.closing_world import World, make_closing_world
from tests.factories import state


@pytest.fixture
def world(services, admin) -> World:
    return make_closing_world(services, admin)


@pytest.fixture
def community(services, admin, world):
    return services.communities.get(admin, world.community_id)


def test_create_an_income_through_the_form(open_page, qtbot, ui_ctx, services, community):
    page = open_page(IncomePage, community)
    assert page.title.text() == "Otros ingresos de noviembre 2026 (mes abierto)"
    dialog = page.dialog(None)
    qtbot.addWidget(dialog)
    assert dialog.fund.itemText(0) == "(ninguno)"
    dialog.received_on.setDate(QDate(2026, 11, 15))
    dialog.description.setText("Arriendo antena azotea")
    dialog.amount.setText("150.000")
    dialog.fund.setCurrentIndex(dialog.fund.findData("Fondo de obras"))
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert [page.model.data(page.model.index(0, c)) for c in range(4)] == [
        "15-11-2026", "Arriendo antena azotea", "Fondo de obras", "$ 150.000"]  # fmt: skip
    assert page.counter.text() == "1 fila  ·  Total: $ 150.000"


def test_wrong_fields_show_inline_and_nothing_is_saved(
    open_page, qtbot, ui_ctx, services, community
):
    page = open_page(IncomePage, community)
    before = state(services)
    dialog = page.dialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.description.setText("Intereses")
    dialog.amount.setText("-5")
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "mayor que cero" in dialog.form.error_text("amount")
    assert dialog.form.error_text("description") == ""
    assert state(services) == before


def test_edit_then_delete_after_confirmation(
    open_page, qtbot, ui_ctx, services, admin, community, confirmations
):
    draft = OtherIncomeDraft("30-11-2026", "Intereses depósito", "12.345")
    services.income.create(admin, community.id, draft)
    page = open_page(IncomePage, community)
    page.table.selectRow(0)
    dialog = IncomeDialog(ui_ctx, community, page.selected(), page.period, [], page)
    qtbot.addWidget(dialog)
    assert dialog.received_on.date() == QDate(2026, 11, 30)
    dialog.amount.setText("12.500")
    dialog.save()
    assert page.model.rows()[0].amount == 12_500
    page.table.selectRow(0)
    page.delete()
    assert confirmations[-1][1] == "¿Eliminar el ingreso «Intereses depósito» de $ 12.500?"
    assert page.model.rowCount() == 0
