"""Suppliers screen: create through the dialog, inline errors with nothing saved, export, delete."""

from __future__ import annotations

from openpyxl import load_workbook

from kastor_desktop.ui.community.supplier_dialog import SupplierDialog
from kastor_desktop.ui.community.suppliers_page import SuppliersPage
from tests.factories import bad_rut, state, valid_rut


def test_create_a_supplier_through_the_dialog_and_export(
    aromos, open_page, qtbot, ui_ctx, services, tmp_path
):
    page = open_page(SuppliersPage, aromos)
    assert page.model.rowCount() == 0 and page.empty_hint.isVisibleTo(page)
    dialog = SupplierDialog(ui_ctx, aromos, None, page)
    qtbot.addWidget(dialog)
    dialog.tax_id.setText("765432103")
    dialog.tax_id.editingFinished.emit()
    assert dialog.tax_id.text() == "76.543.210-3"
    dialog.name.setText("Ascensores Andinos SpA")
    dialog.business_line.setText("Mantención de ascensores")
    dialog.phone.setText("9 8765 4321")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, 1)) == "Ascensores Andinos SpA"
    assert page.model.data(page.model.index(0, 5)) == "+56 9 8765 4321"
    target = tmp_path / "proveedores.xlsx"
    page.export_to(str(target))
    sheet = load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("RUT", page.tr("Name"), page.tr("Business line"))
    assert rows[1][:3] == ("76.543.210-3", "Ascensores Andinos SpA", "Mantención de ascensores")


def test_wrong_rut_shows_inline_and_saves_nothing(aromos, qtbot, ui_ctx, services):
    before = state(services)
    dialog = SupplierDialog(ui_ctx, aromos)
    qtbot.addWidget(dialog)
    dialog.tax_id.setText(bad_rut())
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "dígito verificador" in dialog.form.error_text("tax_id")
    assert dialog.form.error_text("name") == "Indique el nombre o razón social."
    assert state(services) == before


def test_delete_after_confirmation(aromos, open_page, qtbot, ui_ctx, services, confirmations):
    from kastor_desktop.services.suppliers import SupplierDraft

    services.suppliers.create(ui_ctx.actor, aromos.id, SupplierDraft(valid_rut(), "Aseo Total"))
    page = open_page(SuppliersPage, aromos)
    page.table.selectRow(0)
    page.delete()
    assert "Aseo Total" in confirmations[0][1]
    assert page.model.rowCount() == 0


def test_without_the_permission_there_are_no_write_buttons(
    aromos, open_page, qtbot, ui_ctx, services
):
    from kastor_desktop.services.context import Grants

    ui_ctx.grants = Grants(community={aromos.id: frozenset({"communities.view"})})
    page = open_page(SuppliersPage, aromos)
    assert not hasattr(page, "new_button")
    page.add_new()  # Ctrl+N does nothing either
    assert page.model.rowCount() == 0


def test_enter_edits_the_selected_row(aromos, open_page, qtbot, ui_ctx, monkeypatch):
    from PySide6.QtCore import Qt

    from kastor_desktop.services.suppliers import SupplierDraft

    ui_ctx.services.suppliers.create(ui_ctx.actor, aromos.id, SupplierDraft(valid_rut(), "Aseo"))
    page = open_page(SuppliersPage, aromos)
    opened: list[object] = []
    monkeypatch.setattr(SupplierDialog, "exec", lambda self: opened.append(self.row) or 0)
    page.show()
    with qtbot.waitActive(page):
        page.activateWindow()
    page.table.selectRow(0)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert [getattr(row, "name", None) for row in opened] == ["Aseo"]
