"""«Meses cerrados y avisos»: closed months verified, their lines with folios, the notices (all,
one unit's, one file per unit with Cancel), the workbook, and reopening through the dialog."""

from __future__ import annotations

from datetime import datetime

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from kastor_desktop.ui.closing.closing_dialogs import ReopenDialog
from kastor_desktop.ui.closing.history_page import HistoryPage
from kastor_desktop.ui.tasks import SyncRunner
from tests.closing_world import add_expense, make_closing_world
from tests.ui.runners import CancellingRunner


@pytest.fixture
def world(services, admin):  # type: ignore[no-untyped-def]
    w = make_closing_world(services, admin)
    services.ctx.clock = lambda: datetime(2026, 12, 1, 10, 0)
    add_expense(services, w, 1_250_000, "Aseo")
    add_expense(services, w, 600_000, "Pintura fachada", nature="extraordinary")
    services.closing.close(admin, w.community_id, 2026, 11)
    return w


@pytest.fixture
def page(world, services, admin, open_page, qtbot):  # type: ignore[no-untyped-def]
    community = services.communities.get(admin, world.community_id)
    shown = open_page(HistoryPage, community)
    shown.resize(1300, 800)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def month_cells(page: HistoryPage, row: int) -> list[str]:
    model = page.months
    return [model.data(model.index(row, c)) for c in range(model.columnCount())]


def test_closed_months_come_first_verified_with_their_lines(page):
    first = month_cells(page, 0)
    assert first[:3] == ["noviembre 2026", "Cerrado", "1"]
    assert first[3:] == ["01-12-2026 10:00", "admin", "Sí", "4", "$ 1.912.500"]
    assert month_cells(page, 1)[:2] == ["diciembre 2026", "Abierto"]
    assert page.selected_month().period.code == "2026-11"  # the newest closed month is chosen
    assert "cierre N° 1" in page.caption.text()
    lines = page.lines
    assert lines.headerData(0, Qt.Orientation.Horizontal) == "Folio"
    assert [lines.data(lines.index(r, 0)) for r in range(4)] == ["1", "2", "3", "4"]
    assert lines.data(lines.index(4, 1)) == "Total"
    assert lines.data(lines.index(4, lines.columnCount() - 1)) == "$ 1.912.500"
    assert not page.empty.isVisible()
    assert page.reopen_button.isEnabled() and page.notices_button.isEnabled()
    assert not page.unit_button.isEnabled()  # no unit chosen yet


def test_the_open_month_has_nothing_to_print(page):
    assert page.select_month("2026-12")
    assert page.lines.rowCount() == 0
    assert "no está cerrado" in page.caption.text()
    assert not page.notices_button.isEnabled() and not page.reopen_button.isEnabled()


def test_notices_of_the_month_and_of_one_unit_open_in_the_viewer(page):
    page.notices_button.click()
    assert page.viewer is not None and page.viewer.page_count() == 4
    page.table.selectRow(2)
    assert page.selected_unit().number == "B-201"
    assert page.unit_button.isEnabled()
    page.unit_button.click()
    assert page.viewer.page_count() == 1
    assert "b-201-folio-" in page.viewer.path.name


def test_one_pdf_per_unit_and_cancel_leaves_no_files(page, ui_ctx, tmp_path):
    cancelled = tmp_path / "cancelados"
    ui_ctx.runner = CancellingRunner(at=2)
    page.save_per_unit_to(cancelled)
    assert list(cancelled.iterdir()) == []
    assert page.last_message == "Cancelado: no se guardó ningún archivo."
    ui_ctx.runner = SyncRunner()
    folder = tmp_path / "avisos"
    page.ask_folder = lambda: str(folder)
    page.per_unit_button.click()
    files = sorted(p.name for p in folder.iterdir())
    assert len(files) == 4 and all(name.endswith(".pdf") for name in files)
    assert page.last_message == f"4 avisos guardados en {folder}"


def test_the_closing_workbook_of_a_closed_month(page, tmp_path):
    pytest.importorskip("kastor_desktop.reports.closing_workbook")
    target = tmp_path / "noviembre.xlsx"
    page.ask_workbook_path = lambda name: str(target)
    page.workbook_button.click()
    assert target.exists() and load_workbook(target).sheetnames


def test_reopen_asks_a_reason_inline_and_reopens_the_month(
    page, services, admin, world, monkeypatch
):
    seen: list[str] = []

    def answer(dialog: ReopenDialog) -> int:
        assert not dialog.reopen_button.isEnabled()  # not before «I understand»
        dialog.understood.setChecked(True)
        dialog.reason.setPlainText("abc")
        dialog.save()
        seen.append(dialog.form.error_text("reason"))
        dialog.reason.setPlainText("Faltó una factura")
        assert dialog.form.error_text("reason") == ""  # cleared as soon as it is long enough
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(ReopenDialog, "exec", answer)
    page.reopen_button.click()
    assert seen == ["Indique el motivo de la reapertura (al menos 5 caracteres)."]
    periods = {p.code: p.status for p in services.periods.list(admin, world.community_id)}
    assert periods == {"2026-11": "open", "2026-12": "waiting"}
    assert page.last_message == "noviembre 2026 reabierto."
    assert page.empty.isVisible()  # no closed month left
    assert month_cells(page, 0)[1] in ("Abierto", "En espera")


def test_only_the_last_closed_month_can_be_reopened(page, services, admin, world):
    add_expense(services, world, 100_000, "Aseo diciembre")
    services.closing.close(admin, world.community_id, 2026, 12)
    page.refresh_button.click()
    assert page.selected_month().period.code == "2026-11"  # the choice is kept
    page.select_month("2026-12")
    assert page.reopen_button.isEnabled()
    page.select_month("2026-11")
    assert not page.reopen_button.isEnabled()
    dialog = page.reopen_dialog(page.selected_month().period)
    assert isinstance(dialog, QDialog)
    dialog.deleteLater()
