"""Recurring expenses: create through the form (a salary by worker), inline errors with nothing
saved, delete, and proposing them in the open month once."""

from __future__ import annotations

import pytest

from kastor_desktop.services.recurring import RecurringDraft
from kastor_desktop.services.workers import WorkerDraft
from kastor_desktop.ui.closing.recurring_page import RecurringPage
from tests.closing_world import World, make_closing_world
from tests.factories import state, valid_rut


@pytest.fixture
def world(services, admin) -> World:
    return make_closing_world(services, admin)


@pytest.fixture
def community(services, admin, world):
    return services.communities.get(admin, world.community_id)


def test_create_a_salary_through_the_form_and_propose_it(
    open_page, qtbot, ui_ctx, services, admin, community
):
    rut = valid_rut()
    services.workers.create(admin, community.id, WorkerDraft(rut, "Pedro Pérez"))
    page = open_page(RecurringPage, community)
    assert page.title.text() == "Gastos recurrentes" and page.model.rowCount() == 0
    dialog = page.dialog(None)
    qtbot.addWidget(dialog)
    assert not hasattr(dialog, "spent_on") and dialog.units is None and dialog.service is None
    assert [dialog.method.itemData(i) for i in range(dialog.method.count())] == [
        "table", "equal", "fixed", "unit"]  # fmt: skip
    dialog.account.setCurrentIndex(dialog.account.findData("01.01"))
    dialog.worker.setCurrentIndex(dialog.worker.findData(rut))
    dialog.description.setText("Sueldo conserje")
    dialog.amount.setText("650.000")
    dialog.table.setCurrentIndex(dialog.table.findData("Torre A"))
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    [row] = page.model.rows()
    assert (row.worker_name, row.amount, row.table_name, row.active) == (
        "Pedro Pérez", 650_000, "Torre A", True)  # fmt: skip
    assert page.model.data(page.model.index(0, 2)) == "Pedro Pérez"
    assert page.model.data(page.model.index(0, 6)) == "$ 650.000"
    assert page.model.data(page.model.index(0, 7)) == "Sí"
    page.propose()
    assert page.last_message == (
        "1 gasto propuesto en noviembre 2026: confírmelo en «Gastos del mes»."
    )
    [expense] = services.expenses.list(admin, community.id)
    assert (expense.description, expense.confirmed) == ("Sueldo conserje", False)
    page.propose()
    assert page.last_message == "Todos los gastos recurrentes activos ya están en noviembre 2026."


def test_wrong_fields_show_inline_and_nothing_is_saved(
    open_page, qtbot, ui_ctx, services, community
):
    page = open_page(RecurringPage, community)
    before = state(services)
    dialog = page.dialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.supplier.setEditText("Nadie Ltda.")
    dialog.amount.setText("abc")
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "no es un proveedor de la comunidad" in dialog.form.error_text("supplier")
    assert dialog.form.error_text("description") == "Indique la descripción."
    assert dialog.form.error_text("amount")
    assert state(services) == before


def test_an_inactive_one_is_not_proposed_and_delete_asks_first(
    open_page, qtbot, ui_ctx, services, admin, community, confirmations
):
    draft = RecurringDraft("01.01", "Aseo", "100.000", table="General", active=False)
    services.recurring.create(admin, community.id, draft)
    page = open_page(RecurringPage, community)
    assert page.model.data(page.model.index(0, 7)) == "No"
    page.propose()
    assert services.expenses.list(admin, community.id) == []
    page.table.selectRow(0)
    page.delete()
    assert "«Aseo»" in confirmations[-1][1]
    assert page.model.rowCount() == 0
