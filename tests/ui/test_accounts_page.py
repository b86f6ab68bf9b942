"""Chart of accounts screen: tree order with indentation, the default chart, the account form."""

from __future__ import annotations

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from kastor_desktop.domain.default_chart import CHILE
from kastor_desktop.ui.community.account_dialog import AccountDialog
from kastor_desktop.ui.community.accounts_page import INDENT, AccountsPage
from tests.factories import state


def test_load_default_chart_then_export_the_tree(
    aromos, open_page, qtbot, ui_ctx, services, tmp_path, confirmations
):
    page = open_page(AccountsPage, aromos)
    assert page.empty_hint.isVisibleTo(page)
    page.load_default()
    assert "Chile" in confirmations[0][1]
    assert page.model.rowCount() == len(CHILE)
    name = page.model.data(page.model.index(1, 1))
    assert name == INDENT + "Sueldos"
    assert page.model.data(page.model.index(0, 1), Qt.ItemDataRole.FontRole).bold()
    page.load_default()  # nothing more to add: says so
    target = tmp_path / "plan.xlsx"
    page.export_to(str(target))
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert rows[1][:2] == ("01", "Remuneraciones") and rows[2][:2] == ("01.01", "Sueldos")
    assert len(rows) == len(CHILE) + 1


def test_create_a_subcategory_through_the_dialog(aromos, open_page, qtbot, ui_ctx, services):
    services.chart.load_default(ui_ctx.actor, aromos.id)
    page = open_page(AccountsPage, aromos)
    dialog = AccountDialog(ui_ctx, aromos, None, page.accounts, page)
    qtbot.addWidget(dialog)
    assert not dialog.parent_account.isEnabled()
    dialog.code.setText("09.04")
    dialog.name.setText("Cambio de citófonos")
    dialog.kind.setCurrentIndex(dialog.kind.findData("subcategory"))
    assert dialog.parent_account.isEnabled()
    dialog.parent_account.setCurrentIndex(dialog.parent_account.findData("09"))
    dialog.parent_account.activated.emit(dialog.parent_account.currentIndex())
    assert dialog.nature.currentData() == "extraordinary"  # follows its category
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    row = next(r for r in page.model.rows() if r.code == "09.04")
    assert (row.parent_code, row.nature, row.depth) == ("09", "extraordinary", 1)
    codes = [r.code for r in page.model.rows()]
    assert codes.index("09.04") == codes.index("09.03") + 1


def test_duplicated_code_shows_inline_and_saves_nothing(aromos, open_page, qtbot, ui_ctx, services):
    services.chart.load_default(ui_ctx.actor, aromos.id)
    page = open_page(AccountsPage, aromos)
    before = state(services)
    dialog = AccountDialog(ui_ctx, aromos, None, page.accounts, page)
    qtbot.addWidget(dialog)
    dialog.code.setText("01")
    dialog.name.setText("Personal")
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.form.error_text("code") == "El código «01» ya es de la cuenta «Remuneraciones»."
    assert state(services) == before


def test_deleting_a_category_with_subcategories_is_explained(
    aromos, open_page, qtbot, ui_ctx, services, confirmations, _no_modal_dialogs
):
    services.chart.load_default(ui_ctx.actor, aromos.id)
    page = open_page(AccountsPage, aromos)
    page.table.selectRow(0)
    page.delete()
    assert confirmations == []  # nothing to confirm: it cannot go
    assert "tiene subcategorías" in _no_modal_dialogs[-1][1]
    assert page.model.rowCount() == len(CHILE)
