"""Fund contributions: one row per fund with the default in force, a fixed amount by a share
table set through the dialog, a wrong percentage shown inline with nothing saved."""

from __future__ import annotations

import pytest

from kastor_desktop.ui.closing.fund_contributions_page import FundContributionsPage
from tests.closing_world import World, make_closing_world
from tests.factories import state


@pytest.fixture
def world(services, admin) -> World:
    return make_closing_world(services, admin)


@pytest.fixture
def community(services, admin, world):
    return services.communities.get(admin, world.community_id)


def texts(page: FundContributionsPage, row: int) -> list[str]:
    return [page.model.data(page.model.index(row, c)) for c in range(7)]


def test_one_row_per_fund_and_a_fixed_amount_through_the_dialog(
    open_page, qtbot, ui_ctx, services, admin, community
):
    page = open_page(FundContributionsPage, community)
    assert page.title.text() == "Aportes a fondos de noviembre 2026 (mes abierto)"
    assert texts(page, 0) == [
        "Fondo común de reserva", "Porcentaje de los gastos ordinarios", "5 %", "", "",
        "Por defecto de la comunidad", "5 % de los gastos ordinarios"]  # fmt: skip
    assert texts(page, 1)[:2] == ["Fondo de obras", "Sin aporte"]
    page.table.selectRow(1)
    dialog = page.dialog(page.selected())
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.amount.isVisibleTo(dialog)
    dialog.method.setCurrentIndex(dialog.method.findData("fixed"))
    assert dialog.amount.isVisibleTo(dialog) and not dialog.rate.isVisibleTo(dialog)
    dialog.amount.setText("200.000")
    dialog.table.setCurrentIndex(dialog.table.findData("Torre A"))
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert texts(page, 1)[1:6] == ["Monto fijo", "", "$ 200.000", "Torre A", "De este mes"]


def test_a_wrong_percentage_shows_inline_and_nothing_is_saved(
    open_page, qtbot, ui_ctx, services, community
):
    page = open_page(FundContributionsPage, community)
    before = state(services)
    page.table.selectRow(0)
    dialog = page.dialog(page.selected())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.rate.setText("cinco")
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.form.error_text("rate")
    assert state(services) == before


def test_enter_opens_the_selected_fund(open_page, qtbot, ui_ctx, community, monkeypatch):
    from PySide6.QtCore import Qt

    from kastor_desktop.ui.closing.fund_contribution_dialog import FundContributionDialog

    opened: list[object] = []
    monkeypatch.setattr(FundContributionDialog, "exec", lambda self: opened.append(self.row) or 0)
    page = open_page(FundContributionsPage, community)
    page.show()
    with qtbot.waitActive(page):
        page.activateWindow()
    page.table.selectRow(1)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert [getattr(row, "fund_name", None) for row in opened] == ["Fondo de obras"]
