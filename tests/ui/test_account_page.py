"""«Cuenta corriente»: the statement and its running balance agree with the ledger service,
credits read «a favor», voided payments are greyed, the aging strip, previous/next and «as of»,
the payers panel (add with inline errors, remove), and the statement as PDF and Excel."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QDate, Qt

from kastor_desktop.domain.money import format_amount
from kastor_desktop.services.context import Grants
from kastor_desktop.ui.collection.account_page import AccountPage
from tests.payments_world import make_payments_world


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


@pytest.fixture
def world(services, admin):  # type: ignore[no-untyped-def]
    return make_payments_world(services, admin)


@pytest.fixture
def community(services, admin, world):  # type: ignore[no-untyped-def]
    return services.communities.get(admin, world.community_id)


@pytest.fixture
def page(open_page, community):  # type: ignore[no-untyped-def]
    shown = open_page(AccountPage, community)
    shown.resize(1300, 760)
    return shown


def column(page: AccountPage, number: int) -> list[str]:
    model = page.model
    return [model.data(model.index(r, number)) for r in range(model.rowCount())]


def test_the_running_balance_is_the_ledger_balance(page, services, admin, community):
    assert page.unit_number() == "A-101"  # the first unit in natural order
    account = services.ledger.account(admin, community.id, "A-101", date(2027, 1, 15))
    assert page.model.rowCount() == len(account.lines) > 2
    assert page.shown_balance() == account.balance
    assert column(page, 5)[-1] == format_amount(account.balance)
    assert column(page, 1) == [line.label for line in account.lines]
    assert page.aging.text("balance") == format_amount(account.aging.balance)
    assert page.aging.text("d0_30") == format_amount(account.aging.d0_30)
    assert "Ana Rojas" in page.owner.text()
    assert format_amount(account.balance) in page.footer.text()
    header = page.model.headerData(5, Qt.Orientation.Horizontal)
    assert header == tr("AccountModel", "Balance")
    align = page.model.data(page.model.index(0, 3), Qt.ItemDataRole.TextAlignmentRole)
    assert align & Qt.AlignmentFlag.AlignRight


def test_a_credit_reads_in_favour_and_a_voided_payment_is_grey(page, services, admin, community):
    payment = services.payments.record(admin, community.id, "A-102", 500_000, "14-01-2027").value
    services.payments.record(admin, community.id, "A-102", 1_000, "14-01-2027", "cash")
    services.payments.void(admin, community.id, payment.id + 1, "Duplicado")
    page.refresh()
    assert page.show_unit("A-102")
    account = services.ledger.account(admin, community.id, "A-102")
    assert account.balance < 0 and page.shown_balance() == account.balance
    in_favour = tr("AccountModel", "%1 in favour").replace("%1", format_amount(-account.balance))
    assert column(page, 5)[-1] == in_favour
    assert page.aging.text("credit") == format_amount(-account.balance)
    greyed = [
        page.model.data(page.model.index(r, 1))
        for r in range(page.model.rowCount())
        if page.model.data(page.model.index(r, 1), Qt.ItemDataRole.ForegroundRole) is not None
    ]
    assert len(greyed) == 2 and any("Anulación" in text for text in greyed)


def test_previous_next_and_as_of(page, services, admin, community):
    page.next_button.click()
    assert page.unit_number() == "A-102"
    page.previous_button.click()
    assert page.unit_number() == "A-101" and not page.previous_button.isEnabled()
    page.as_of.setDate(QDate(2026, 12, 31))  # before December's notice was issued
    early = services.ledger.account(admin, community.id, "A-101", date(2026, 12, 31))
    assert page.aging.text("balance") == format_amount(early.aging.balance)
    later = services.ledger.account(admin, community.id, "A-101", date(2027, 1, 15))
    assert page.model.rowCount() == len(early.lines) < len(later.lines)  # January's are later
    assert all(r.line.on <= date(2026, 12, 31) for r in page.model.rows())
    assert page.shown_balance() == page.model.rows()[-1].line.balance


def test_payers_are_added_with_inline_errors_and_removed(page, services, admin, community):
    panel = page.payers
    assert panel.add_button.isEnabled()
    panel.tax_id.setText("12.345.678-9")  # wrong check digit
    panel.add()
    assert panel.error_text("tax_id") != ""
    assert services.payers.list(admin, community.id, "A-101") == []
    panel.tax_id.setText("11.111.111-1")
    panel.name.setText("Pedro Rojas")
    panel.add()
    [payer] = services.payers.list(admin, community.id, "A-101")
    assert payer.name == "Pedro Rojas" and panel.model.rowCount() == 1
    assert panel.tax_id.text() == "" and panel.error_text("tax_id") == ""
    panel.table.selectRow(0)
    panel.remove()
    assert services.payers.list(admin, community.id, "A-101") == []
    assert panel.model.rowCount() == 0


def test_without_payments_permission_payers_are_read_only(open_page, ui_ctx, community):
    ui_ctx.grants = Grants(community={community.id: frozenset({"communities.view"})})
    page = open_page(AccountPage, community)
    assert page.model.rowCount() > 0
    assert not page.payers.add_button.isEnabled()


def test_statement_as_pdf_and_excel(page, services, admin, community, tmp_path):
    page.pdf_button.click()
    assert page.viewer is not None and page.viewer.page_count() >= 1
    text = "".join(p.extract_text() for p in PdfReader(page.viewer.path).pages)
    assert "A-101" in text
    page.xlsx_to(tmp_path / "cuenta.xlsx")
    book = load_workbook(tmp_path / "cuenta.xlsx", read_only=True)
    values = [v for row in book.worksheets[0].iter_rows(values_only=True) for v in row]
    assert any("A-101" in str(v) for v in values if v is not None)
    assert str(tmp_path / "cuenta.xlsx") in page.last_message
