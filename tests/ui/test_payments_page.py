"""«Pagos»: the list with owners, states and totals, the model's filters (search, dates, voided),
recording through the dialog with inline errors and nothing saved, voiding with a reason, the
receipt in the viewer, the reports, and the buttons a user without the permissions does not get."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QDate, Qt

from kastor_desktop.services.context import Grants
from kastor_desktop.ui.collection.payments_page import PaymentsPage
from tests.factories import state
from tests.payments_world import make_payments_world


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("PaymentsPage", text, "", n)


@pytest.fixture
def world(services, admin):  # type: ignore[no-untyped-def]
    world = make_payments_world(services, admin)
    services.payments.record(admin, world.community_id, "A-102", 20_000, "12-01-2027", "cash")
    services.payments.record(
        admin, world.community_id, "B-201", 15_000, "13-01-2027", reference="TR-991"
    )
    return world


@pytest.fixture
def community(services, admin, world):  # type: ignore[no-untyped-def]
    return services.communities.get(admin, world.community_id)


def cells(page: PaymentsPage, row: int) -> list[str]:
    model = page.model
    return [model.data(model.index(row, c)) for c in range(model.columnCount())]


def test_lists_payments_with_owner_state_and_totals(open_page, community):
    page = open_page(PaymentsPage, community)
    assert page.model.rowCount() == 3
    last = cells(page, 2)  # the newest receipts first
    assert last[:4] == ["1", "05-12-2026", "A-101", "Ana Rojas"]
    assert last[7] == "$ 31.500"
    assert last[8] == tr("In a notice")  # December's notice shows it
    assert cells(page, 1)[4] == "Efectivo" and cells(page, 1)[8] == tr("Valid")
    assert cells(page, 0)[5] == "TR-991"
    assert cells(page, 0)[9] == tr("Recorded")
    assert "$ 66.500" in page.totals.text()


def test_search_dates_and_voided_filter_in_the_model(open_page, services, admin, community):
    page = open_page(PaymentsPage, community)
    page.search.setText("carla")
    assert [r.payment.unit_number for r in page.model.rows()] == ["B-201"]
    assert "$ 15.000" in page.totals.text()
    page.search.setText("")
    page.set_range(date(2027, 1, 1), date(2027, 1, 12))
    assert [r.payment.unit_number for r in page.model.rows()] == ["A-102"]
    assert page.report_range() == (date(2027, 1, 1), date(2027, 1, 12))
    page.set_range(None, None)
    services.payments.void(admin, community.id, page.model.rows()[1].id, "Duplicado")
    page.refresh()
    assert page.model.rowCount() == 3 and cells(page, 1)[8] == tr("Voided")
    assert page.model.data(page.model.index(1, 0), Qt.ItemDataRole.ForegroundRole) is not None
    assert "$ 46.500" in page.totals.text()  # voided payments are not added
    page.set_range(None, None, show_voided=False)
    assert [r.payment.unit_number for r in page.model.rows()] == ["B-201", "A-101"]


def test_record_through_the_dialog_then_open_its_receipt(
    open_page, qtbot, services, admin, community, confirmations
):
    page = open_page(PaymentsPage, community)
    dialog = page.payment_dialog()
    qtbot.addWidget(dialog)
    assert dialog.paid_on.displayFormat() == "dd-MM-yyyy"
    assert dialog.paid_on.date() == QDate(2027, 1, 15)  # the office's today
    assert dialog.bank_account.currentData() is not None  # the default account
    dialog.unit.setEditText("B-202")
    dialog.amount.setText("42.000")
    dialog.amount.editingFinished.emit()
    assert dialog.amount.text() == "42.000"
    dialog.reference.setText("OP 5521")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    page.recorded(dialog.outcome.value)
    payment = services.payments.list(admin, community.id, unit_number="B-202")[0]
    assert (payment.amount, payment.reference, payment.receipt_number) == (42_000, "OP 5521", 4)
    assert page.selected_payment().id == payment.id
    assert "4" in confirmations[-1][1]  # «open receipt No. 4?» answered yes
    assert page.viewer is not None and page.viewer.path.exists()
    text = "".join(p.extract_text() for p in PdfReader(page.viewer.path).pages)
    assert "Recibo" in text and "42.000" in text


def test_a_bad_amount_shows_beside_its_field_and_nothing_is_saved(
    open_page, qtbot, services, community
):
    page = open_page(PaymentsPage, community)
    before = state(services)
    dialog = page.payment_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.unit.setEditText("A-101")
    dialog.amount.setText("0")
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "mayor que cero" in dialog.form.error_text("amount")
    assert dialog.form.slots["amount"].error.isVisible()
    assert dialog.form.error_text("unit") == ""
    dialog.unit.setEditText("Z-9")
    dialog.amount.setText("1.000")
    dialog.save()
    assert "Z-9" in dialog.form.error_text("unit")
    assert state(services) == before


def test_void_requires_a_reason_then_greys_the_row(open_page, qtbot, services, admin, community):
    page = open_page(PaymentsPage, community)
    owed = services.ledger.account(admin, community.id, "B-201").balance
    page.table.selectRow(0)
    payment = page.selected_payment()
    assert page.void_button.isEnabled()
    dialog = page.void_dialog(payment)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "motivo" in dialog.form.error_text("reason")
    dialog.reason.setText("Transferencia rechazada por el banco")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    [voided] = [p for p in services.payments.list(admin, community.id) if p.voided]
    assert (voided.id, voided.void_reason) == (payment.id, "Transferencia rechazada por el banco")
    page.select_where(lambda r: r.id == payment.id)
    assert cells(page, 0)[8] == tr("Voided")
    assert not page.void_button.isEnabled()  # a voided payment cannot be voided again
    assert services.ledger.account(admin, community.id, "B-201").balance == owed + 15_000


def test_reports_of_payments_and_credits(open_page, services, admin, community, tmp_path):
    services.payments.record(admin, community.id, "B-202", 100_000, "14-01-2027")
    page = open_page(PaymentsPage, community)
    page.set_range(date(2027, 1, 1), date(2027, 1, 31))
    page.report_to(tmp_path / "pagos.xlsx", "xlsx")
    book = load_workbook(tmp_path / "pagos.xlsx", read_only=True)
    values = [v for row in book.worksheets[0].iter_rows(values_only=True) for v in row]
    assert "A-102" in values and "B-202" in values and "A-101" not in values
    page.credits_to(tmp_path / "creditos.pdf", "pdf")
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "creditos.pdf").pages)
    assert "B-202" in text
    assert page.viewer is not None and page.viewer.path == tmp_path / "creditos.pdf"


def test_without_permissions_there_is_nothing_to_record_or_void(open_page, ui_ctx, community):
    ui_ctx.grants = Grants(community={community.id: frozenset({"communities.view"})})
    page = open_page(PaymentsPage, community)
    assert not page.new_button.isVisibleTo(page) and not page.void_button.isVisibleTo(page)
    page.table.selectRow(0)
    assert not page.void_button.isEnabled()
    page.add_new()  # the shortcut does nothing either
    assert page.model.rowCount() == 3


def test_from_a_payment_to_its_unit_account_in_the_workspace(qtbot, ui_ctx, community):
    from kastor_desktop.ui.collection.account_page import AccountPage
    from kastor_desktop.ui.community.workspace import CommunityWorkspace

    workspace = CommunityWorkspace(ui_ctx, community.id)
    qtbot.addWidget(workspace)
    page = workspace.open("payments")
    assert isinstance(page, PaymentsPage)
    page.select_where(lambda r: r.payment.unit_number == "B-201")
    page.account_button.click()
    account = workspace.stack.currentWidget()
    assert isinstance(account, AccountPage) and account.unit_number() == "B-201"


def test_every_action_from_the_keyboard(open_page, qtbot, community, monkeypatch):
    from kastor_desktop.ui.collection.payment_dialog import PaymentDialog
    from kastor_desktop.ui.collection.void_dialog import VoidDialog

    opened: list[str] = []
    monkeypatch.setattr(PaymentDialog, "exec", lambda self: opened.append("record") or 0)
    monkeypatch.setattr(VoidDialog, "exec", lambda self: opened.append("void") or 0)
    page = open_page(PaymentsPage, community)
    page.show()
    with qtbot.waitActive(page):
        page.activateWindow()
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Insert)
    assert opened == ["record"]
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(opened) == 2)  # a button's shortcut clicks it a moment later
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: len(opened) == 3)
    assert opened == ["record", "record", "void"]
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Enter opens the receipt
    assert page.viewer is not None and "recibo-3" in page.viewer.path.name
