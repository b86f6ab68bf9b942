"""Opening balances screen: every unit listed, a balance set through the dialog, the totals."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from kastor_desktop.ui.community.balance_dialog import BalanceDialog
from kastor_desktop.ui.community.balances_page import BalancesPage
from tests.factories import insert_units, state


@pytest.fixture(autouse=True)
def units(services, aromos) -> list[int]:
    return insert_units(
        services, aromos.id, [("101", "Ana Pérez"), ("102", "Luis Rojas"), ("201", "")]
    )


def test_set_a_debt_and_a_credit_through_the_dialog(
    aromos, open_page, qtbot, ui_ctx, services, tmp_path
):
    page = open_page(BalancesPage, aromos)
    assert page.model.rowCount() == 3
    for number, amount in (("102", "185.400"), ("201", "-35.500")):
        page.select_where(lambda r, n=number: r.unit_number == n)
        dialog = page.dialog(page.selected())
        qtbot.addWidget(dialog)
        dialog.amount.setText(amount)
        dialog.as_of.setText("31-12-2023")
        dialog.save()
        assert dialog.result() == dialog.DialogCode.Accepted
    texts = [page.model.data(page.model.index(r, 3)) for r in range(3)]
    assert texts == ["", "$ 185.400", "-$ 35.500"]
    assert "$ 185.400" in page.totals.text() and "$ 35.500" in page.totals.text()
    assert "$ 149.900" in page.totals.text()  # net
    page.filter.setCurrentIndex(page.filter.findData("credits"))
    assert [r.unit_number for r in page.model.rows()] == ["201"]
    page.select_where(lambda r: r.unit_number == "201")
    dialog = page.dialog(page.selected())
    assert dialog.as_of.text() == "31-12-2023"
    target = tmp_path / "saldos.xlsx"
    page.export_to(str(target))
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert rows[1][0] == 201 and rows[1][3] == -35_500  # values Excel can sum


def test_a_wrong_amount_shows_inline_and_saves_nothing(aromos, open_page, qtbot, ui_ctx, services):
    page = open_page(BalancesPage, aromos)
    before = state(services)
    page.table.selectRow(0)
    dialog = BalanceDialog(ui_ctx, aromos, page.selected(), None, page)
    qtbot.addWidget(dialog)
    dialog.amount.setText("185.400,5")
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.form.error_text("amount") == "Monto: «185.400,5» debe ir sin decimales."
    assert dialog.form.error_text("as_of") == ""
    assert state(services) == before


def test_remove_a_balance_after_confirmation(aromos, units, open_page, ui_ctx, confirmations):
    ui_ctx.services.balances.set(ui_ctx.actor, aromos.id, units[0], "10.000", "31/12/2023")
    page = open_page(BalancesPage, aromos)
    page.select_where(lambda r: r.unit_number == "101")
    page.delete()
    assert "$ 10.000" in confirmations[0][1]
    assert page.model.row_at(0).amount is None
