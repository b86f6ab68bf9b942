"""Expenses of the month: the title names the open month, create through the form with a scan,
inline errors with nothing saved, delete, recurring proposed and confirmed, the spreadsheet
checked (errors listed, nothing written) then imported."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate

from kastor_desktop.imports.expenses import expenses_spec
from kastor_desktop.services.recurring import RecurringDraft
from kastor_desktop.ui.closing.expense_dialog import ExpenseDialog
from kastor_desktop.ui.closing.expense_import_dialog import ERRORS, ExpenseImportDialog
from kastor_desktop.ui.closing.expenses_page import ExpensesPage
from tests.closing_world import World, make_closing_world
from tests.factories import state
from tests.imports.files import write_xlsx


@pytest.fixture
def world(services, admin) -> World:
    return make_closing_world(services, admin)


@pytest.fixture
def community(services, admin, world):
    return services.communities.get(admin, world.community_id)


def cell(page: ExpensesPage, row: int, column: int) -> str:
    return page.model.data(page.model.index(row, column))


def test_create_an_expense_with_its_scan_through_the_form(
    open_page, qtbot, ui_ctx, services, community, tmp_path
):
    page = open_page(ExpensesPage, community)
    assert page.title.text() == "Gastos de noviembre 2026 (mes abierto)"
    assert page.model.rowCount() == 0 and page.empty_hint.isVisibleTo(page)
    scan = tmp_path / "factura.pdf"
    scan.write_bytes(b"%PDF-1.4\n%%EOF\n")
    dialog = page.dialog(None)
    qtbot.addWidget(dialog)
    assert dialog.spent_on.minimumDate() == QDate(2026, 11, 1)
    assert dialog.spent_on.maximumDate() == QDate(2026, 11, 30)
    dialog.spent_on.setDate(QDate(2026, 11, 10))
    dialog.account.setCurrentIndex(dialog.account.findData("03.01"))
    dialog.description.setText("Mantención ascensores")
    dialog.amount.setText("1.250.000")
    dialog.document_type.setEditText("Factura")
    dialog.document_number.setText("12345")
    dialog.method.setCurrentIndex(dialog.method.findData("equal"))
    assert dialog.units is not None and dialog.units.isVisibleTo(dialog)
    assert not dialog.table.isVisibleTo(dialog)
    dialog.units.setText("A-101, A-102")
    dialog.attachment.set_path(str(scan))
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    [row] = page.model.rows()
    assert (row.description, row.amount, row.method, row.units) == (
        "Mantención ascensores", 1_250_000, "equal", ("A-101", "A-102"))  # fmt: skip
    assert row.attachment is not None and row.attachment.read_bytes() == scan.read_bytes()
    assert cell(page, 0, 0) == "10-11-2026"
    assert cell(page, 0, 3) == "Factura 12345"
    assert cell(page, 0, 5) == "Partes iguales (2 unidades)"
    assert cell(page, 0, 7) == "$ 1.250.000"
    assert cell(page, 0, 8) == "Sí"
    assert "Total: $ 1.250.000" in page.totals.text()


def test_editing_keeps_the_scan_and_the_nature_follows_the_account(
    open_page, qtbot, ui_ctx, services, admin, community
):
    from kastor_desktop.services.expenses import ExpenseDraft

    services.expenses.create(
        admin,
        community.id,
        ExpenseDraft("05-11-2026", "01.01", "Sueldo", "650.000", table="General"),
    )
    page = open_page(ExpensesPage, community)
    page.table.selectRow(0)
    dialog = ExpenseDialog(ui_ctx, community, page.selected(), page.choices(), page)
    qtbot.addWidget(dialog)
    assert dialog.amount.text() == "650.000" and dialog.table.currentData() == "General"
    dialog.nature.setCurrentIndex(dialog.nature.findData("extraordinary"))
    dialog.account.setCurrentIndex(dialog.account.findData("01.01"))
    dialog.amount.setText("700.000")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert page.model.rows()[0].amount == 700_000
    assert cell(page, 0, 6) == "Extraordinario"


def test_wrong_fields_show_inline_and_nothing_is_saved(
    open_page, qtbot, ui_ctx, services, community
):
    page = open_page(ExpensesPage, community)
    before = state(services)
    dialog = page.dialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.method.setCurrentIndex(dialog.method.findData("unit"))
    assert dialog.unit.isVisibleTo(dialog) and not dialog.table.isVisibleTo(dialog)
    dialog.unit.setEditText("Z-999")
    dialog.amount.setText("0")
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.form.error_text("description") == "Indique la descripción."
    assert "no existe esa unidad" in dialog.form.error_text("unit")
    assert "mayor que cero" in dialog.form.error_text("amount")
    assert dialog.form.error_text("table") == ""
    assert state(services) == before and page.model.rowCount() == 0


def test_delete_after_confirmation(
    open_page, qtbot, ui_ctx, services, admin, community, confirmations
):
    from kastor_desktop.services.expenses import ExpenseDraft

    draft = ExpenseDraft("05-11-2026", "01.01", "Sueldo conserje", "650.000", table="General")
    services.expenses.create(admin, community.id, draft)
    page = open_page(ExpensesPage, community)
    page.table.selectRow(0)
    confirmations.answer = False
    page.delete()
    assert page.model.rowCount() == 1
    confirmations.answer = True
    page.delete()
    assert "Sueldo conserje" in confirmations[-1][1] and "$ 650.000" in confirmations[-1][1]
    assert page.model.rowCount() == 0
    assert services.expenses.list(admin, community.id) == []


def test_propose_the_recurring_ones_then_confirm_them(
    open_page, qtbot, ui_ctx, services, admin, community
):
    draft = RecurringDraft("01.01", "Sueldo mayordomo", "720.000", table="General")
    services.recurring.create(admin, community.id, draft)
    page = open_page(ExpensesPage, community)
    page.propose()
    assert page.last_message == "1 gasto recurrente propuesto: revíselo y confírmelo."
    assert cell(page, 0, 0) == "01-11-2026" and cell(page, 0, 9) == "Por confirmar"
    assert "1 gasto recurrente por confirmar ($ 720.000)" in page.totals.text()
    page.propose()
    assert "ya están en el mes" in page.last_message
    assert page.model.rowCount() == 1
    assert not page.confirm_button.isEnabled()
    page.table.selectRow(0)
    assert page.confirm_button.isEnabled()
    page.confirm_selected()
    assert page.model.rows()[0].confirmed and cell(page, 0, 9) == ""
    assert "por confirmar" not in page.totals.text()


HEADERS = {c.key: c.header for c in expenses_spec().sheets[0].columns}


def spreadsheet(path: Path, *records: dict[str, object]) -> Path:
    rows = [list(HEADERS.values())] + [[r.get(k) for k in HEADERS] for r in records]
    return write_xlsx(path, {"Gastos": rows})


def test_import_shows_the_errors_first_then_imports_a_good_file(
    open_page, qtbot, ui_ctx, services, admin, community, monkeypatch, tmp_path
):
    opened: list[ExpenseImportDialog] = []
    monkeypatch.setattr(ExpenseImportDialog, "exec", lambda self: opened.append(self) or 0)
    page = open_page(ExpensesPage, community)
    good = {"spent_on": date(2026, 11, 5), "account": "01.01", "description": "Sueldo conserje",
            "amount": 650_000, "table": "General"}  # fmt: skip
    bad = dict(good, account="9999", description="Otro")
    before = state(services)
    page.check_import(spreadsheet(tmp_path / "con-errores.xlsx", good, bad))
    dialog = opened[-1]
    qtbot.addWidget(dialog)
    assert dialog.tabs.currentIndex() == ERRORS
    [error] = dialog.models[ERRORS].rows()
    assert (error.row, error.column, error.value) == (3, "Cuenta", "9999")
    assert "plan de cuentas" in error.reason
    assert dialog.tabs.tabText(ERRORS) == "Errores (1)"
    assert not dialog.import_button.isEnabled()
    dialog.commit()  # refused: the button is off while errors remain
    assert state(services) == before and page.model.rowCount() == 0

    page.check_import(spreadsheet(tmp_path / "gastos.xlsx", good, dict(good, description="Aseo")))
    dialog = opened[-1]
    qtbot.addWidget(dialog)
    assert dialog.models[0].total() == 2 and dialog.import_button.isEnabled()
    dialog.commit()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.imported is not None and dialog.imported.added == 2
    assert sorted(r.description for r in page.model.rows()) == ["Aseo", "Sueldo conserje"]


def test_without_the_permission_only_export_is_offered(
    open_page, qtbot, ui_ctx, services, admin, community
):
    from kastor_desktop.services.context import Grants

    ui_ctx.grants = Grants(community={community.id: frozenset({"communities.view"})})
    page = open_page(ExpensesPage, community)
    for name in ("new_button", "propose_button", "confirm_button", "import_button"):
        assert not hasattr(page, name)
    page.add_new()
    page.propose()
    assert page.model.rowCount() == 0
