"""The units list and the unit form: creating, field errors beside the field, sorting,
filtering, share columns, deleting, the detail panel and export."""

from __future__ import annotations

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from kastor_desktop.services.people import PersonDraft
from kastor_desktop.services.units import UnitDraft
from kastor_desktop.ui.community.person_dialog import PersonDialog
from kastor_desktop.ui.community.unit_dialog import UnitDialog
from kastor_desktop.ui.community.units_page import UnitsPage
from tests.factories import bad_rut, state, valid_rut


def person(services, admin, community, name: str, body: int | None = None) -> str:
    rut = valid_rut(body)
    services.people.create(admin, community.id, PersonDraft(rut, name, "x@example.cl"))
    return rut


def cells(page: UnitsPage, column: int) -> list[str]:
    return [page.model.data(page.model.index(r, column)) for r in range(page.model.rowCount())]


def test_create_a_unit_through_the_dialog(qtbot, open_page, ui_ctx, services, admin, aromos):
    rut = person(services, admin, aromos, "Rosa Muñoz", 14_222_333)
    page = open_page(UnitsPage, aromos)
    assert page.model.rowCount() == 0 and page.empty_hint.isVisibleTo(page)
    dialog = page.dialog(None)
    qtbot.addWidget(dialog)
    dialog.number.setText("A-101")
    dialog.kind.setCurrentIndex(dialog.kind.findData("apartment"))
    dialog.area.setText("55,2")
    dialog.valuation.setText("45000000")
    dialog.owner.edit.setText("14222333" + rut[-1])
    dialog.owner.look_up()
    assert dialog.owner.edit.text() == rut and "Rosa Muñoz" in dialog.owner.name.text()
    dialog.resident.edit.completer().activated.emit(f"Rosa Muñoz  —  {rut}")  # picked by name
    assert dialog.resident.person is not None and dialog.resident.edit.text() == rut
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    [row] = services.units.listing(admin, aromos.id).rows
    assert (row.number, row.area, row.owner_name) == ("A-101", "55,20", "Rosa Muñoz")
    assert row.resident_name == "Rosa Muñoz"
    assert (cells(page, 0), cells(page, 4), cells(page, 5)) == (
        ["A-101"],
        ["55,20"],
        ["Rosa Muñoz"],
    )


def test_invalid_rut_and_duplicated_number_show_beside_the_fields(
    qtbot, open_page, services, admin, aromos
):
    services.units.create(admin, aromos.id, UnitDraft("A-101"))
    page = open_page(UnitsPage, aromos)
    before = state(services)
    dialog = page.dialog(None)
    qtbot.addWidget(dialog)
    dialog.number.setText("a-101")
    dialog.owner.edit.setText(bad_rut())
    dialog.owner.look_up()
    assert "dígito verificador incorrecto" in dialog.form.error_text("owner_tax_id")
    assert dialog.owner.name.text().find("Not registered") == -1  # no «register» for a wrong RUT
    dialog.area.setText("cincuenta")
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.form.error_text("number") == "Ya existe la unidad A-101 en esta comunidad."
    assert "dígito verificador incorrecto" in dialog.form.error_text("owner_tax_id")
    assert dialog.form.error_text("area_m2") == "Los m²: «cincuenta» no es un número."
    assert dialog.form.error_text("tower") == ""
    assert state(services) == before


def test_register_the_owner_from_the_unit_form(
    qtbot, open_page, services, admin, aromos, monkeypatch
):
    page = open_page(UnitsPage, aromos)
    dialog = page.dialog(None)
    qtbot.addWidget(dialog)
    rut = valid_rut()
    dialog.owner.edit.setText(rut)
    dialog.owner.look_up()
    assert dialog.owner.button.text() != "" and dialog.owner.person is None

    def fill_and_save(self: PersonDialog) -> int:
        assert self.tax_id.text() == rut  # the RUT typed in the unit form comes along
        self.full_name.setText("Pedro Nuevo")
        self.save()
        return int(self.result())

    monkeypatch.setattr(PersonDialog, "exec", fill_and_save)
    dialog.owner.button.click()
    assert dialog.owner.person is not None and dialog.owner.person.full_name == "Pedro Nuevo"
    dialog.number.setText("7")
    dialog.save()
    assert services.units.listing(admin, aromos.id).rows[0].owner_tax_id == rut


def test_sorting_and_filtering_happen_in_the_model(open_page, services, admin, aromos):
    owner = person(services, admin, aromos, "José Muñoz", 15_432_101)
    other = person(services, admin, aromos, "Ana Soto")
    for number, area, who in (
        ("A-10", "80", other),
        ("A-2", "55", owner),
        ("B-1", "", other),
        ("A-1", "120", ""),
    ):
        services.units.create(admin, aromos.id, UnitDraft(number, area_m2=area, owner_tax_id=who))
    page = open_page(UnitsPage, aromos)
    assert cells(page, 0) == ["A-1", "A-2", "A-10", "B-1"]
    page.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # m²
    assert [page.model.row_at(r).number for r in range(4)] == ["A-1", "A-10", "A-2", "B-1"]
    page.table.sortByColumn(5, Qt.SortOrder.AscendingOrder)  # owner
    assert [page.model.row_at(r).owner_name for r in range(4)] == [
        "",
        "Ana Soto",
        "Ana Soto",
        "José Muñoz",
    ]
    page.search.setText("MUNOZ")
    assert [r.number for r in page.model.rows()] == ["A-2"]
    page.search.setText("15432101")  # the RUT without dots
    assert [r.number for r in page.model.rows()] == ["A-2"]
    assert page.counter.text().startswith("1 ") and " 4 " in page.counter.text()
    page.search.setText("")
    assert page.model.rowCount() == 4
    assert page.without_owner == 1 and page.counter.text().count("·") == 1  # «1 without owner»


def test_a_column_per_share_table_follows_the_tables(open_page, ui_ctx, services, admin, aromos):
    unit_id = services.units.create(admin, aromos.id, UnitDraft("1")).value.id
    page = open_page(UnitsPage, aromos)
    base = page.model.columnCount()
    outcome = services.shares.create_table(admin, aromos.id, "General")
    services.shares.set_shares(admin, aromos.id, outcome.value.id, {unit_id: 12_345_678})
    ui_ctx.changed(outcome.changes)
    assert page.model.columnCount() == base + 1
    assert page.model.headerData(base, Qt.Orientation.Horizontal) == "% General"
    assert page.model.data(page.model.index(0, base)) == "12,345678"
    page.table.sortByColumn(base, Qt.SortOrder.DescendingOrder)
    services.shares.delete_table(admin, aromos.id, outcome.value.id)
    page.refresh()  # the sorted column is gone: the list still opens
    assert page.model.columnCount() == base and page.model.rowCount() == 1


def test_delete_asks_and_refuses_a_unit_with_sub_units(
    open_page, services, admin, aromos, confirmations, _no_modal_dialogs
):
    services.units.create(admin, aromos.id, UnitDraft("101"))
    services.units.create(admin, aromos.id, UnitDraft("E-1", kind="parking", parent_number="101"))
    page = open_page(UnitsPage, aromos)
    page.table.selectRow(0)
    page.delete()
    assert "«101»" in confirmations[-1][1]
    assert "tiene unidades asociadas (E-1)" in _no_modal_dialogs[-1][1]
    page.table.selectRow(1)
    page.delete()
    assert [r.number for r in page.model.rows()] == ["101"]


def test_the_edit_form_shows_the_unit_detail(qtbot, open_page, services, admin, aromos):
    rut = person(services, admin, aromos, "Rosa Muñoz")
    unit_id = services.units.create(admin, aromos.id, UnitDraft("101", owner_tax_id=rut)).value.id
    services.units.create(admin, aromos.id, UnitDraft("E-1", kind="parking", parent_number="101"))
    table = services.shares.create_table(admin, aromos.id, "General").value
    services.shares.set_shares(admin, aromos.id, table.id, {unit_id: 2_500_000})
    page = open_page(UnitsPage, aromos)
    page.table.selectRow(0)
    dialog = page.dialog(page.selected())
    qtbot.addWidget(dialog)
    assert isinstance(dialog, UnitDialog)
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Rosa Muñoz" in texts and "General: 2,500000 %" in texts and "E-1" in texts
    assert "Coming with payments" in texts or "pagos" in texts
    assert dialog.owner.person is not None and dialog.owner.edit.text() == rut


def test_export_writes_the_rows_as_shown(open_page, services, admin, aromos, tmp_path):
    for number in ("2", "10", "1"):
        services.units.create(admin, aromos.id, UnitDraft(number, area_m2="50"))
    page = open_page(UnitsPage, aromos)
    target = tmp_path / "unidades.xlsx"
    page.export_to(str(target))
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert [r[0] for r in rows[1:]] == [1, 2, 10]  # unit numbers as typed values in Excel
    assert rows[1][4] == 50  # «50,00» m² as a number


def test_a_viewer_sees_the_list_without_write_buttons(qtbot, ui_ctx, services, admin, aromos):
    from kastor_desktop.domain import permissions
    from kastor_desktop.services.context import Actor

    services.units.create(admin, aromos.id, UnitDraft("1"))
    role = services.roles.create(
        admin, "Lector", permissions.COMMUNITY, ["communities.view"], [aromos.id]
    ).value
    user = services.users.create(admin, "lector", "Luis Lector", "", "clave-lector-1", [role.id])
    reader = Actor(user.value.id, "lector", "Luis Lector")
    ui_ctx.actor, ui_ctx.grants = reader, services.auth.grants(reader)
    page = UnitsPage(ui_ctx, aromos)
    qtbot.addWidget(page)
    page.refresh()
    assert page.model.rowCount() == 1 and not hasattr(page, "new_button")
    page.add_new()  # the shortcut does nothing either
    assert len(services.units.listing(admin, aromos.id).rows) == 1
