"""Bank accounts screen: create through the dialog, «Make default», inline errors, export."""

from __future__ import annotations

from openpyxl import load_workbook

from kastor_desktop.services.banks import BankAccountDraft
from kastor_desktop.ui.community.bank_account_dialog import BankAccountDialog
from kastor_desktop.ui.community.bank_accounts_page import BankAccountsPage
from tests.factories import bad_rut, state


def test_create_an_account_then_make_another_default(
    aromos, open_page, qtbot, ui_ctx, services, tmp_path
):
    page = open_page(BankAccountsPage, aromos)
    dialog = BankAccountDialog(ui_ctx, aromos, None, page)
    qtbot.addWidget(dialog)
    assert dialog.holder_tax_id.text() == aromos.tax_id  # the community's own, to start with
    dialog.bank.setCurrentText("Banco de Chile")
    dialog.number.setText("00-801-12345-06")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert [(r.number, r.is_default) for r in page.model.rows()] == [("00-801-12345-06", True)]
    services.banks.create(
        ui_ctx.actor,
        aromos.id,
        BankAccountDraft("BancoEstado", "sight", "29012345678", aromos.tax_id),
    )
    page.refresh()
    page.select_where(lambda r: r.number == "29012345678")
    assert page.default_button.isEnabled()
    page.make_default()
    assert [(r.number, r.is_default) for r in page.model.rows()] == [
        ("29012345678", True),
        ("00-801-12345-06", False),
    ]
    assert not page.default_button.isEnabled()  # the selected one is the default now
    target = tmp_path / "cuentas.xlsx"
    page.export_to(str(target))
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert rows[1][1:4] == ("BancoEstado", page.tr("Sight account"), "29012345678")


def test_wrong_holder_rut_shows_inline_and_saves_nothing(aromos, qtbot, ui_ctx, services):
    before = state(services)
    dialog = BankAccountDialog(ui_ctx, aromos)
    qtbot.addWidget(dialog)
    dialog.bank.setCurrentText("Banco Santander")
    dialog.number.setText("0-000-7654321-0")
    dialog.holder_tax_id.setText(bad_rut())
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "dígito verificador" in dialog.form.error_text("holder_tax_id")
    assert dialog.form.error_text("number") == ""
    assert state(services) == before
