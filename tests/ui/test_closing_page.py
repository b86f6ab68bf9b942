"""«Vista previa y cierre»: the open month's lines and totals, problems that block the closing,
the closing flow (confirm, progress, Cancel) with the real services, draft notices and workbook."""

from __future__ import annotations

from datetime import datetime

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QLabel
from sqlalchemy import func, select

from kastor_desktop.services.context import Grants
from kastor_desktop.store.models.closing import Charge, Closing, Notice
from kastor_desktop.ui.closing.closing_dialogs import AMBER, ConfirmCloseDialog
from kastor_desktop.ui.closing.closing_page import ClosingPage
from tests.closing_world import add_expense, make_closing_world
from tests.ui.runners import CancellingRunner


@pytest.fixture
def world(services, admin):  # type: ignore[no-untyped-def]
    w = make_closing_world(services, admin)
    services.ctx.clock = lambda: datetime(2026, 12, 1, 10, 0)
    add_expense(services, w, 1_250_000, "Aseo")
    add_expense(services, w, 380_000, "Ascensor Torre A", table_id=w.torre_a)
    add_expense(services, w, 600_000, "Pintura fachada", nature="extraordinary")
    return w


@pytest.fixture
def page(world, services, admin, open_page, qtbot):  # type: ignore[no-untyped-def]
    community = services.communities.get(admin, world.community_id)
    shown = open_page(ClosingPage, community)
    shown.resize(1300, 800)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def count(services, model) -> int:  # type: ignore[no-untyped-def]
    with services.ctx.sessions() as session:
        return session.scalar(select(func.count()).select_from(model))


def headers(page: ClosingPage) -> list[str]:
    model = page.model
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def cell(page: ClosingPage, row: int, title: str) -> str:
    return page.model.data(page.model.index(row, headers(page).index(title)))


def test_the_preview_lists_each_unit_and_the_lines_sum_to_the_totals(page, services, admin):
    view = page.view
    assert page.period_label.text() == "Mes abierto: noviembre 2026"
    assert headers(page) == [
        "Unidad",
        "Propietario",
        "Gastos comunes ordinarios",
        "Extraordinarios",
        "Fondo de reserva",
        "Total del mes",
        "Saldo anterior",
        "Total a pagar",
    ]  # concepts at zero for every unit (consumption, interest...) are left out
    assert page.model.rowCount() == 5  # four units and the totals row
    assert [cell(page, r, "Unidad") for r in range(4)] == ["A-101", "A-102", "B-201", "B-202"]
    assert cell(page, 0, "Gastos comunes ordinarios") == "$ 565.000"  # 375.000 + 190.000
    assert sum(u.lines["ordinary"] for u in view.units) == view.totals["ordinary"] == 1_630_000
    assert sum(u.total for u in view.units) == view.total
    assert (cell(page, 4, "Unidad"), cell(page, 4, "Propietario")) == ("Total", "4 unidades")
    assert cell(page, 4, "Total a pagar") == "$ 2.311.500"
    index = page.model.index(0, headers(page).index("Total a pagar"))
    assert page.model.data(index, Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert page.cards["units"].text() == "4"
    assert page.cards["month_total"].text() == "$ 2.311.500"
    assert page.cards["reserve"].text() == "$ 81.500"
    assert "el mes se puede cerrar" in page.problems_title.text()
    assert page.close_button.isEnabled()
    shortcut = QKeySequence("Ctrl+Shift+C").toString(QKeySequence.SequenceFormat.NativeText)
    assert page.close_button.toolTip() == f"Cerrar el mes y emitir los avisos ({shortcut})"


def test_sorting_and_the_search_keep_the_totals_row_last(page):
    total_column = headers(page).index("Total a pagar")
    page.table.sortByColumn(total_column, Qt.SortOrder.DescendingOrder)
    assert [cell(page, r, "Unidad") for r in range(4)] == ["A-101", "A-102", "B-201", "B-202"]
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert [cell(page, r, "Unidad") for r in range(5)] == [
        "B-202", "B-201", "A-102", "A-101", "Total",
    ]  # fmt: skip
    page.search.setText("núñez")
    assert page.model.rowCount() == 2
    assert (cell(page, 1, "Unidad"), cell(page, 1, "Total a pagar")) == ("Subtotal", "$ 382.500")


def test_a_blocking_error_is_listed_and_disables_closing(page, services, admin, world):
    services.shares.set_shares(
        admin, world.community_id, world.general, {world.units["B-202"]: 10_000_000}
    )
    page.refresh_button.click()
    assert not page.close_button.isEnabled()
    assert page.view.errors
    texts = [page.problems.item(i).text() for i in range(page.problems.count())]
    assert any("General" in t and "100 %" in t for t in texts)
    assert page.problems.isVisible()
    assert "impide" in page.problems_title.text()
    assert page.blocked.text().startswith("No se puede cerrar")
    assert page.close_button.toolTip() == page.blocked.text()
    page.close_month()  # the shortcut would do nothing either
    assert count(services, Closing) == 0


def test_close_the_month_from_the_page(page, services, admin, world, monkeypatch):
    asked: list[dict[str, str]] = []

    def accept(dialog: ConfirmCloseDialog) -> int:
        asked.append(dict(dialog.figures))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ConfirmCloseDialog, "exec", accept)
    page.close_button.click()
    assert asked == [
        {
            "notices": "4",
            "month_total": "$ 2.311.500",
            "reserve": "$ 81.500",
            "previous": "$ 0",
            "total": "$ 2.311.500",
        }
    ]
    assert page.banner.isVisible()
    assert "Mes cerrado: 4 avisos, folios 1–4" in page.banner_text.text()
    assert page.last_message == "Mes cerrado: 4 avisos, folios 1–4"
    periods = {p.code: p.status for p in services.periods.list(admin, world.community_id)}
    assert periods == {"2026-11": "closed", "2026-12": "open"}
    assert page.period_label.text() == "Mes abierto: diciembre 2026"  # refreshed by the change
    page.view_notices_button.click()
    assert page.viewer is not None and page.viewer.page_count() == 4


def test_answering_no_closes_nothing(page, services, monkeypatch):
    monkeypatch.setattr(ConfirmCloseDialog, "exec", lambda _d: QDialog.DialogCode.Rejected)
    page.close_button.click()
    assert count(services, Closing) == 0
    assert not page.banner.isVisible()


def test_cancelling_during_the_progress_saves_nothing(page, services, admin, world, ui_ctx):
    page.confirm_close = lambda _view: True
    ui_ctx.runner = CancellingRunner(at=3)  # after «Guardando avisos», before the commit
    page.close_month()
    assert count(services, Closing) == 0
    assert count(services, Notice) == 0 and count(services, Charge) == 0
    assert services.periods.current(admin, world.community_id).code == "2026-11"
    assert page.last_message == "Cierre cancelado: no se guardó nada."
    assert not page.banner.isVisible()


def test_draft_notices_open_in_the_viewer(page):
    page.draft_button.click()
    assert page.viewer is not None
    assert "borrador" in page.viewer.path.name
    assert page.viewer.page_count() == 4


def test_the_draft_workbook_goes_where_the_user_says(page, tmp_path):
    pytest.importorskip("kastor_desktop.reports.closing_workbook")
    target = tmp_path / "cierre.xlsx"
    page.ask_workbook_path = lambda name: str(target)
    page.workbook_button.click()
    assert target.exists()
    assert load_workbook(target).sheetnames
    assert str(target) in page.last_message


def test_without_the_permission_the_close_button_says_why(page, ui_ctx):
    ui_ctx.grants = Grants()
    page.refresh()
    assert not page.close_button.isEnabled()
    assert "rol" in page.close_button.toolTip()
    assert not page.view_notices_button.isVisibleTo(page)


def test_a_warning_is_listed_in_amber_and_does_not_block(services, admin, open_page, qtbot):
    other = make_closing_world(services, admin, owner_for_b202=False, code="ROBLES")
    add_expense(services, other, 100_000, "Aseo")
    page = open_page(ClosingPage, services.communities.get(admin, other.community_id))
    assert page.problems.count() == 1
    item = page.problems.item(0)
    assert item.text() == "La unidad B-202 no tiene propietario."
    assert item.foreground().color().name() == AMBER
    assert page.problems_title.text().endswith("1 advertencia</span>")
    assert page.close_button.isEnabled()
    dialog = ConfirmCloseDialog(page.view, "Edificio Robles", page.money, page)
    qtbot.addWidget(dialog)
    assert dialog.findChild(QLabel, "warning").text().startswith("1 advertencia")


def test_f5_refreshes_and_the_buttons_keep_their_mnemonics(page, services, world, qtbot):
    add_expense(services, world, 100_000, "Jardín")  # written behind the page's back
    page.activateWindow()
    qtbot.keyClick(page.table, Qt.Key.Key_F5)
    assert page.cards["month_total"].text() == "$ 2.416.500"
    assert page.refresh_button.toolTip() == "Actualizar (F5)"
    assert page.close_button.text() == "&Cerrar mes…"
    assert page.close_button.shortcut().toString() == "Alt+C"


def test_a_change_while_hidden_refreshes_when_shown_again(page, services, world):
    from kastor_desktop.services.context import Changes

    before = page.cards["month_total"].text()
    page.hide()
    add_expense(services, world, 100_000, "Jardín")
    page.on_changes(Changes.of("expenses"))
    assert page.cards["month_total"].text() == before  # nothing reloads behind a hidden screen
    page.show()
    assert page.cards["month_total"].text() == "$ 2.416.500"
