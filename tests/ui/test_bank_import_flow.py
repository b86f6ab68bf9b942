"""The bank-statement import on screen, end to end over the real services: choose the file,
detect or map its columns (and save them as a preset), review matched / ambiguous / unmatched
rows, resolve one in the table, skip another, confirm; the payments are in the database with the
right units; the same file again is all duplicates; Cancel during review or confirm leaves
nothing; malformed rows are listed; without the permission nothing can start."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox

from kastor_desktop.services.context import Grants
from kastor_desktop.ui.collection.bank_import_page import (
    DONE,
    FILE,
    MAPPING,
    REVIEW,
    BankImportPage,
)
from kastor_desktop.ui.collection.bank_review_model import SKIP, STATUS, UNIT
from tests.factories import state
from tests.imports.bank_layouts import bancoestado, credit, debit, write_xlsx
from tests.payments_world import make_payments_world
from tests.ui.runners import CancellingRunner


@pytest.fixture
def world(services, admin):  # type: ignore[no-untyped-def]
    return make_payments_world(services, admin)


@pytest.fixture
def community(services, admin, world):  # type: ignore[no-untyped-def]
    return services.communities.get(admin, world.community_id)


@pytest.fixture
def owners(services, admin, community) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Unit number -> its owner's RUT."""
    return {r.number: r.owner_tax_id for r in services.units.listing(admin, community.id).rows}


@pytest.fixture
def statement(tmp_path, owners) -> Path:  # type: ignore[no-untyped-def]
    """BancoEstado layout: two rows that match (unit number, owner's RUT), one ambiguous (two
    units named), two unmatched, and a charge that is not imported."""
    return bancoestado(
        tmp_path / "cartola-enero.xlsx",
        [
            credit("10/01/2027", "TRANSF PAGO GASTOS COMUNES A-102", 20_000, "5001"),
            credit("11/01/2027", f"TRANSF DE {owners['B-201']} CARLA", 15_500, "5002"),
            debit("11/01/2027", "COMISION MANTENCION", 4_990, "5003"),
            credit("12/01/2027", "PAGO A-101 Y B-202", 33_000, "5004"),
            credit("13/01/2027", "TRANSFERENCIA RECIBIDA", 12_345, "5005"),
            credit("14/01/2027", "DEPOSITO EN EFECTIVO", 7_777, "5006"),
        ],
    )


@pytest.fixture
def page(open_page, community):  # type: ignore[no-untyped-def]
    shown = open_page(BankImportPage, community)
    shown.resize(1300, 760)
    shown.show()
    return shown


def rows_by_description(page: BankImportPage) -> dict[str, int]:
    model = page.review_panel.model
    return {r.description: r.row for r in model._all}


def choose_in_table(page: BankImportPage, row_number: int, pick: object) -> None:
    """Open the unit cell's editor in the table, pick (a unit id, or typed text), commit."""
    panel = page.review_panel
    panel.show_status("")
    model = panel.model
    position = next(i for i, r in enumerate(model.rows()) if r.row == row_number)
    index = model.index(position, UNIT)
    panel.table.setCurrentIndex(index)
    panel.table.setFocus()
    QTest.keyClick(panel.table, Qt.Key.Key_F2)  # as a user opens the cell
    editor = panel.table.indexWidget(index)
    assert isinstance(editor, QComboBox)
    if isinstance(pick, str):
        editor.setEditText(pick)
    else:
        editor.setCurrentIndex(editor.findData(pick))
    panel.table.commitData(editor)
    panel.table.closeEditor(editor, panel.delegate.EndEditHint.NoHint)


def imported(services, admin, community) -> list[tuple[str, int]]:  # type: ignore[no-untyped-def]
    return sorted(
        (p.unit_number, p.amount) for p in services.payments.list(admin, community.id) if p.imported
    )


def test_the_whole_flow_then_the_same_file_again(
    page, statement, services, admin, community, world, confirmations
):
    before = state(services)
    page.load_file(statement)
    assert page.step() == FILE and page.file_step.bank_account_id() is not None
    page.next_step()  # «Detect automatically»: the columns are recognised, straight to review
    assert page.step() == REVIEW
    assert state(services) == before  # reading and matching saved nothing
    model = page.review_panel.model
    assert model.counts() == {"matched": 2, "ambiguous": 1, "unmatched": 2, "duplicate": 0}
    assert page.review.debits_skipped == 1
    assert page.review_panel.tabs.currentIndex() == 2  # the ambiguous rows come first
    assert [r.description for r in model.rows()] == ["PAGO A-101 Y B-202"]
    rows = rows_by_description(page)
    ambiguous = rows["PAGO A-101 Y B-202"]
    # the editor lists «skip», then the row's candidates, then every unit
    panel = page.review_panel
    index = model.index(0, UNIT)
    panel.table.edit(index)
    editor = panel.table.indexWidget(index)
    assert editor.itemData(0) == SKIP
    assert {editor.itemData(1), editor.itemData(2)} == {world.units["A-101"], world.units["B-202"]}
    panel.table.closeEditor(editor, panel.delegate.EndEditHint.RevertModelCache)
    choose_in_table(page, ambiguous, world.units["B-202"])
    choose_in_table(page, rows["DEPOSITO EN EFECTIVO"], "A-101")  # typed
    assert model.choices[ambiguous] == world.units["B-202"]
    assert model.choices[rows["DEPOSITO EN EFECTIVO"]] == world.units["A-101"]
    assert model.choices[rows["TRANSFERENCIA RECIBIDA"]] is None  # stays skipped
    assert page.review_panel.rows_to_import() == 4 and page.confirm_button.isEnabled()
    assert page.has_unsaved_changes()  # leaving now would drop the choices: the window asks
    assert "$ 76.277" in page.review_panel.summary.text()
    page.confirm()
    assert page.step() == DONE and not page.has_unsaved_changes()
    assert "$ 76.277" in confirmations[-1][1] and "cartola-enero.xlsx" in confirmations[-1][1]
    result = page.result
    assert (result.imported, result.skipped, result.duplicates, result.total) == (4, 1, 0, 76_277)
    assert (result.first_receipt, result.last_receipt) == (2, 5)
    assert imported(services, admin, community) == [
        ("A-101", 7_777), ("A-102", 20_000), ("B-201", 15_500), ("B-202", 33_000)
    ]  # fmt: skip
    assert "2" in page.done_text.text() and "5" in page.done_text.text()
    assert page.receipts_button.isVisibleTo(page)
    page.receipts_button.click()  # the four receipts in one PDF
    assert page.viewer is not None and page.viewer.page_count() == 4
    # the same statement again: what was imported is a duplicate, the skipped row is not
    page.load_file(statement)
    page.next_step()
    counts = page.review_panel.model.counts()
    assert counts["duplicate"] == 4 and counts["unmatched"] == 1
    after = state(services)
    page.confirm()  # only the skipped row could go, and it has no unit: nothing to confirm
    assert not page.confirm_button.isEnabled() and state(services) == after


def test_a_file_imported_whole_is_all_duplicates_the_second_time(
    page, tmp_path, services, admin, community, owners, confirmations
):
    path = bancoestado(
        tmp_path / "c.xlsx",
        [
            credit("10/01/2027", "TRANSF A-102", 20_000, "7001"),
            credit("11/01/2027", f"TRANSF {owners['B-201']}", 15_500, "7002"),
        ],
    )
    page.load_file(path)
    page.next_step()
    page.confirm()
    assert page.result.imported == 2
    page.load_file(path)
    page.next_step()
    model = page.review_panel.model
    assert model.counts() == {"matched": 0, "ambiguous": 0, "unmatched": 0, "duplicate": 2}
    assert not page.confirm_button.isEnabled()
    duplicate = QCoreApplication.translate("BankReview", "Duplicate")
    assert {model.data(model.index(r, STATUS)) for r in range(model.rowCount())} == {duplicate}
    before = state(services)
    page.confirm()
    assert state(services) == before and len(imported(services, admin, community)) == 2


def test_unknown_columns_are_mapped_saved_as_preset_and_reused(
    page, tmp_path, services, admin, community, confirmations
):
    path = write_xlsx(
        tmp_path / "otro-banco.xlsx",
        [
            ["Movimientos"],
            ["Día", "Texto", "Entrada", "Salida"],
            ["10/01/2027", "TRANSF A-102", "20.000", ""],
            ["11/01/2027", "CARGO", "", "1.000"],
        ],
    )
    page.load_file(path)
    page.next_step()
    assert page.step() == MAPPING  # nothing recognised: map by hand
    panel = page.mapping
    assert panel.sample.columnCount() == 4
    assert not page.next_button.isEnabled() and panel.problems_text()
    assert panel.combos["date"].count() == 2  # «Movimientos» was taken for the names
    panel.sample.selectRow(0)  # the real column names are in the first sample row
    panel.header_button.click()
    assert panel.headers == ["Día", "Texto", "Entrada", "Salida"]
    assert panel.sample.rowCount() == 2
    panel.set_role("date", "Día")
    panel.set_role("description", "Texto")
    panel.set_role("credit", "Entrada")
    panel.set_role("debit", "Salida")
    assert panel.is_usable() and page.next_button.isEnabled()
    panel.preset_name.setText("Banco Austral")
    panel.save_button.click()
    assert "Banco Austral" in [p.name for p in services.bank_presets.list(admin)]
    assert page.file_step.preset_name() == "Banco Austral"
    page.next_step()
    assert page.step() == REVIEW
    [row] = page.review_panel.model._all
    assert (row.amount, row.status) == (20_000, "matched")
    page.restart()
    page.load_file(path)
    page.file_step.set_preset("Banco Austral")
    page.next_step()  # the preset reads the file directly
    assert page.step() == REVIEW and page.review.preset == "Banco Austral"


def test_cancel_during_review_and_confirm_saves_nothing(
    page, ui_ctx, statement, services, admin, community, confirmations
):
    before = state(services)
    ui_ctx.runner = CancellingRunner(at=1)
    page.load_file(statement)
    page.next_step()
    assert page.step() == FILE and page.review is None
    assert QCoreApplication.translate("BankImportPage", "Cancelled: nothing was saved.") in (
        page.last_message
    )
    from kastor_desktop.ui.tasks import SyncRunner

    ui_ctx.runner = SyncRunner()
    page.next_step()
    assert page.step() == REVIEW and page.confirm_button.isEnabled()
    ui_ctx.runner = CancellingRunner(at=1)
    page.confirm()
    assert page.step() == REVIEW and page.confirm_button.isEnabled()
    assert state(services) == before and imported(services, admin, community) == []


def test_malformed_rows_are_listed_with_their_row(page, tmp_path, confirmations):
    path = bancoestado(tmp_path / "mala.xlsx", [credit("10/01/2027", "TRANSF A-102", 20_000)])
    from openpyxl import load_workbook

    book = load_workbook(path)
    sheet = book.active
    sheet.append(["31/02/2027", "9", "TRANSF A-101", "", "1.000", ""])
    book.save(path)
    page.load_file(path)
    page.next_step()
    panel = page.review_panel
    assert panel.errors.count() == 1
    assert "31/02/2027" in panel.errors.item(0).text() and "Fila" in panel.errors.item(0).text()
    panel.show_status("errors")
    assert panel.inner.currentWidget() is panel.errors
    assert "1" in panel.tabs.tabText(5)


def test_without_the_permission_nothing_starts(open_page, ui_ctx, community, statement):
    ui_ctx.grants = Grants(community={community.id: frozenset({"communities.view"})})
    page = open_page(BankImportPage, community)
    page.load_file(statement)
    assert not page.file_step.choose_button.isEnabled()
    assert not page.next_button.isEnabled()
    page.next_step()
    assert page.step() == FILE


def test_keyboard_ctrl_return_moves_forward(page, statement, qtbot, confirmations):
    page.load_file(statement)
    qtbot.keyClick(page, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.step() == REVIEW
