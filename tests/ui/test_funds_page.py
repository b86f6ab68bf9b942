"""Funds screen: the reserve fund through the dialog, the one-reserve rule inline, export."""

from __future__ import annotations

from datetime import datetime

from openpyxl import load_workbook

from kastor_desktop.services.funds import FundDraft
from kastor_desktop.ui.community.fund_dialog import FundDialog
from kastor_desktop.ui.community.funds_page import FundsPage
from tests.factories import state


def test_create_the_reserve_fund_through_the_dialog(
    aromos, open_page, qtbot, ui_ctx, services, tmp_path
):
    page = open_page(FundsPage, aromos)
    dialog = FundDialog(ui_ctx, aromos, None, page)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("reserve"))
    assert dialog.name.text() == "Fondo común de reserva"  # suggested
    dialog.opening_balance.setText("4.850.000")
    dialog.opening_date.setText("31/12/2023")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    [row] = page.model.rows()
    assert (row.opening_balance, row.is_reserve) == (4_850_000, True)
    assert page.model.data(page.model.index(0, 2)) == "$ 4.850.000"
    assert page.counter.text().endswith("$ 4.850.000")
    target = tmp_path / "fondos.xlsx"
    page.export_to(str(target))
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert rows[1][0] == "Fondo común de reserva" and rows[1][2:] == (
        4_850_000,
        datetime(2023, 12, 31),
    )


def test_a_second_reserve_fund_is_refused_inline(aromos, qtbot, ui_ctx, services):
    services.funds.create(ui_ctx.actor, aromos.id, FundDraft("Fondo común de reserva", "reserve"))
    before = state(services)
    dialog = FundDialog(ui_ctx, aromos)
    qtbot.addWidget(dialog)
    dialog.name.setText("Reserva 2")
    dialog.kind.setCurrentIndex(dialog.kind.findData("reserve"))
    dialog.opening_balance.setText("1.000")
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "solo puede haber uno" in dialog.form.error_text("kind")
    assert dialog.form.error_text("opening_date") == "Indique la fecha del saldo inicial."
    assert state(services) == before
