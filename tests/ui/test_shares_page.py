"""Share tables: the tables with their sums, the editable grid with the running sum and the
difference, typed values checked at once, computing from m², saving, switching tables."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from kastor_desktop.domain.shares import FULL
from kastor_desktop.services.units import UnitDraft
from kastor_desktop.ui.community.share_grid import SHARE
from kastor_desktop.ui.community.shares_page import SharesPage


@pytest.fixture
def units(services, admin, aromos) -> dict[str, int]:
    """1 (30 m²), 2 (30 m²), 10 (60 m², fiscal valuation 30.000.000)."""
    ids = {}
    for number, area, valuation in (("10", "60", "30.000.000"), ("2", "30", ""), ("1", "30", "")):
        draft = UnitDraft(number, area_m2=area, fiscal_valuation=valuation)
        ids[number] = services.units.create(admin, aromos.id, draft).value.id
    return ids


@pytest.fixture
def page(open_page, services, admin, aromos, units, monkeypatch) -> SharesPage:
    services.shares.create_table(admin, aromos.id, "General")
    page = open_page(SharesPage, aromos)
    return page


def type_share(page: SharesPage, row: int, text: str) -> None:
    page.grid.setData(page.grid.index(row, SHARE), text, Qt.ItemDataRole.EditRole)


def test_create_a_table_and_see_every_unit_in_its_grid(
    open_page, services, admin, aromos, units, monkeypatch
):
    page = open_page(SharesPage, aromos)
    assert page.tables_model.rowCount() == 0 and page.empty.isVisibleTo(page)
    monkeypatch.setattr(page, "ask_name", lambda *a: "Torre A")
    page.new_table()
    assert [t.name for t in page.tables_model.rows()] == ["Torre A"]
    assert page.current is not None and page.current.name == "Torre A"
    grid = page.grid
    assert [grid.data(grid.index(r, 0)) for r in range(grid.rowCount())] == ["1", "2", "10"]
    assert [grid.data(grid.index(r, 2)) for r in range(3)] == ["30,00", "30,00", "60,00"]
    assert grid.data(grid.index(2, 3)) == "30.000.000"
    assert not page.save_button.isEnabled()


def test_running_sum_and_difference_update_as_you_type(page, services, admin, aromos):
    assert "Difference 100,000000 %" in page.totals.text() or "100,000000" in page.totals.text()
    type_share(page, 0, "33,333333")
    type_share(page, 1, "33.333333")
    assert "66,666666" in page.totals.text() and "33,333334" in page.totals.text()
    assert "#c0392b" in page.totals.text()  # red while it does not sum 100 %
    type_share(page, 2, "abc")
    assert page.problem.text() == "10: «abc» no es un porcentaje válido."
    index = page.grid.index(2, SHARE)
    assert page.grid.data(index) == "abc"
    assert page.grid.data(index, Qt.ItemDataRole.ToolTipRole) == "«abc» no es un porcentaje válido."
    assert page.grid.data(index, Qt.ItemDataRole.BackgroundRole) is not None
    assert not page.save_button.isEnabled()
    type_share(page, 2, "33,333334")
    assert page.problem.text() == "" and page.save_button.isEnabled()
    assert "100,000000" in page.totals.text() and "#1e8449" in page.totals.text()
    page.save()
    [table] = services.shares.tables(admin, aromos.id)
    assert (table.units, table.ok) == (3, True)
    assert page.tables_model.rows()[0].ok and not page.save_button.isEnabled()


def test_typing_in_the_grid_with_the_keyboard(qtbot, page):
    view = page.view
    page.show()
    qtbot.waitExposed(page)
    index = page.grid.index(0, SHARE)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.viewport().findChild(QLineEdit)
    assert editor is not None and editor.isVisible()
    editor.setText("12,5")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.grid.values[0] == 12_500_000)  # the delegate commits queued
    assert view.currentIndex().row() == 1  # Enter moves to the next unit
    assert "12,500000" in page.totals.text()


def test_compute_from_m2_asks_before_replacing_then_saves(
    page, services, admin, aromos, units, confirmations
):
    page.compute("area")
    assert confirmations == []  # nothing typed yet: nothing to replace
    assert page.grid.values == [25_000_000, 25_000_000, 50_000_000]
    assert "100,000000" in page.totals.text()
    type_share(page, 0, "1")
    page.compute("area")
    assert "«General»" in confirmations[-1][1]
    assert sum(page.grid.values) == FULL
    page.save()
    assert services.shares.grid(admin, aromos.id, page.current.id)[2].micro == 50_000_000


def test_compute_from_valuation_names_the_units_without_one(page, _no_modal_dialogs):
    page.compute("valuation")
    assert "complete los datos de las unidades 1, 2" in _no_modal_dialogs[-1][1]
    assert page.grid.values == [None, None, None]


def test_switching_tables_with_unsaved_values_asks_first(
    page, services, admin, aromos, confirmations
):
    services.shares.create_table(admin, aromos.id, "Torre A")
    page.refresh()
    type_share(page, 0, "10")
    confirmations.answer = False
    page.tables.selectRow(1)
    assert page.current.name == "General" and page.grid.values[0] == 10_000_000
    confirmations.answer = True
    page.tables.selectRow(1)
    assert page.current.name == "Torre A" and page.grid.values == [None, None, None]


def test_rename_delete_and_only_units_in_the_table(
    page, services, admin, aromos, units, monkeypatch, confirmations
):
    services.shares.set_shares(admin, aromos.id, page.current.id, {units["2"]: FULL})
    page.refresh()
    page.only_in.setChecked(True)
    assert page.grid.rowCount() == 1 and page.grid.data(page.grid.index(0, 0)) == "2"
    page.only_in.setChecked(False)
    page.finder.setText("1")
    assert [page.grid.data(page.grid.index(r, 0)) for r in range(page.grid.rowCount())] == [
        "1",
        "10",
    ]
    monkeypatch.setattr(page, "ask_name", lambda *a: "Gastos generales")
    page.rename_table()
    assert [t.name for t in services.shares.tables(admin, aromos.id)] == ["Gastos generales"]
    page.delete_table()
    assert "«Gastos generales»" in confirmations[-1][1]
    assert services.shares.tables(admin, aromos.id) == [] and page.grid.rowCount() == 0


def test_export_the_grid(page, tmp_path):
    type_share(page, 1, "40")
    target = tmp_path / "general.xlsx"
    page.export_to(str(target))
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert rows[2][0] == 2 and rows[2][4] == 40 and len(rows) == 4  # values Excel can sum
