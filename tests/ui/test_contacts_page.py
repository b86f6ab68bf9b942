"""Contacts: the contact form, the «Mostrar» switch, associations and deleting with a warning."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from kastor_desktop.ui.office.contact_dialog import (
    AssociateContactDialog,
    ContactCommunitiesDialog,
    ContactDialog,
)
from kastor_desktop.ui.office.contacts_page import SHOW_COLUMN, ContactsPage
from tests.factories import make_community_draft, state


def make_page(qtbot, ui_ctx) -> ContactsPage:
    page = ContactsPage(ui_ctx)
    qtbot.addWidget(page)
    ui_ctx.listeners.append(page.on_changes)  # what the office home does for its pages
    page.refresh()
    return page


def community(services, admin, name: str, code: str):
    return services.communities.create(admin, make_community_draft(name=name, code=code)).value


def test_create_contact_through_the_dialog(qtbot, ui_ctx, services, admin):
    page = make_page(qtbot, ui_ctx)
    assert page.contacts.model.rowCount() == 0
    assert page.contacts.empty_hint.isVisibleTo(page.contacts)
    dialog = ContactDialog(ui_ctx, None, page)
    qtbot.addWidget(dialog)
    dialog.name.setText("Carolina Muñoz")
    dialog.email.setText("carolina@example.cl")
    dialog.phone.setText("9 8765 4321")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    [row] = services.contacts.list(admin)
    assert (row.name, row.email, row.phone) == (
        "Carolina Muñoz",
        "carolina@example.cl",
        "+56987654321",
    )
    assert page.contacts.model.rowCount() == 1
    assert page.contacts.model.data(page.contacts.model.index(0, 2)) == "+56 9 8765 4321"
    assert not page.contacts.empty_hint.isVisibleTo(page.contacts)


def test_invalid_phone_shows_message_beside_the_field_and_saves_nothing(qtbot, ui_ctx, services):
    before = state(services)
    dialog = ContactDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.name.setText("Rodrigo Fuentes")
    dialog.phone.setText("123")
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "no es un número chileno o argentino válido" in dialog.form.error_text("phone")
    assert dialog.form.error_text("name") == ""
    assert state(services) == before


def test_contact_needs_an_email_or_a_phone(qtbot, ui_ctx, services):
    before = state(services)
    dialog = ContactDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.name.setText("Sin Datos")
    dialog.save()
    assert "al menos un correo electrónico o un teléfono" in dialog.form.error_text("email")
    assert state(services) == before


def test_live_checks_when_leaving_a_field(qtbot, ui_ctx):
    dialog = ContactDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.email.setText("no-es-correo")
    dialog.email.editingFinished.emit()
    assert "formato válido" in dialog.form.error_text("email")
    dialog.email.setText("ok@example.cl")
    dialog.email.editingFinished.emit()
    assert dialog.form.error_text("email") == ""
    dialog.phone.setText("12")
    dialog.phone.editingFinished.emit()
    assert dialog.form.error_text("phone")


def assert_nothing_squashed(dialog: ContactDialog) -> None:
    for key, slot in dialog.form.slots.items():
        assert slot.widget.height() >= slot.widget.sizeHint().height(), key
        if slot.error.isVisible():  # the whole message shows, on a line or two, not a thin column
            assert slot.error.height() >= slot.error.heightForWidth(slot.error.width()), key
            assert slot.error.width() >= slot.error.minimumWidth() >= 200, key


def test_the_dialog_grows_when_messages_appear(qtbot, ui_ctx):
    dialog = ContactDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    size = dialog.size()
    dialog.name.setText("Tomás Ruiz")
    dialog.email.setText("tomas@")
    dialog.phone.setText("555")
    dialog.save()
    assert dialog.form.error_text("email") and dialog.form.error_text("phone")
    assert dialog.height() > size.height() and dialog.width() == size.width()
    assert_nothing_squashed(dialog)
    grown = dialog.size()
    dialog.form.clear_errors()
    assert dialog.size() == grown  # it never shrinks under the user
    dialog.phone.editingFinished.emit()  # the live check as the user leaves the field
    assert dialog.form.error_text("phone")
    assert_nothing_squashed(dialog)


def test_edit_contact(qtbot, ui_ctx, services, admin):
    contact = services.contacts.create(admin, "Javiera Soto", "javiera@example.cl", "").value
    page = make_page(qtbot, ui_ctx)
    page.contacts.table.selectRow(0)
    dialog = ContactDialog(ui_ctx, page.contacts.selected(), page)
    qtbot.addWidget(dialog)
    assert dialog.email.text() == "javiera@example.cl"
    dialog.phone.setText("+54 11 4321 5678")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    [row] = services.contacts.list(admin)
    assert row.id == contact.id and row.phone == "+541143215678"


def test_associate_contact_and_toggle_mostrar(qtbot, ui_ctx, services, admin):
    alerces = community(services, admin, "Edificio Los Alerces", "ALERCES")
    community(services, admin, "Torre Vitacura", "VITACURA")
    contact = services.contacts.create(admin, "Carolina Muñoz", "carolina@example.cl", "").value
    page = make_page(qtbot, ui_ctx)
    tab = page.communities
    assert tab.model.rowCount() == 2
    assert all(row.contact_id is None for row in tab.model.rows())

    dialog = AssociateContactDialog(
        ui_ctx,
        services.contacts.associations(admin),
        services.contacts.list(admin),
        alerces.id,
        page,
    )
    qtbot.addWidget(dialog)
    assert dialog.community.currentData() == alerces.id
    assert dialog.contact.currentData() == contact.id
    assert not dialog.shown.isChecked()
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted

    def current():
        return {
            r.community_name: (r.contact_name, r.shown)
            for r in services.contacts.associations(admin)
        }

    assert current()["Edificio Los Alerces"] == ("Carolina Muñoz", False)
    # the list follows (the dialog's ctx.changed reached the page)
    tab.filter.setCurrentIndex(tab.filter.findData(tab.WITH))
    assert [r.community_name for r in tab.model.rows()] == ["Edificio Los Alerces"]
    tab.filter.setCurrentIndex(tab.filter.findData(tab.WITHOUT))
    assert [r.community_name for r in tab.model.rows()] == ["Torre Vitacura"]
    assert tab.model.data(tab.model.index(0, 2)) == tab.tr("Without contact")
    tab.filter.setCurrentIndex(tab.filter.findData(tab.ALL))

    # «Mostrar» as a check box in the table
    row = next(i for i, r in enumerate(tab.model.rows()) if r.community_id == alerces.id)
    index = tab.model.index(row, SHOW_COLUMN)
    assert tab.model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    assert tab.model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert tab.model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert current()["Edificio Los Alerces"] == ("Carolina Muñoz", True)
    row = next(i for i, r in enumerate(tab.model.rows()) if r.community_id == alerces.id)
    assert (
        tab.model.data(tab.model.index(row, SHOW_COLUMN), Qt.ItemDataRole.CheckStateRole)
        == Qt.CheckState.Checked
    )
    # ... and as a button for the keyboard
    tab.table.selectRow(row)
    assert tab.show_button.isEnabled()
    tab.show_button.click()
    assert current()["Edificio Los Alerces"] == ("Carolina Muñoz", False)
    # a community without contact has no switch
    other = next(i for i, r in enumerate(tab.model.rows()) if r.contact_id is None)
    assert (
        not tab.model.flags(tab.model.index(other, SHOW_COLUMN)) & Qt.ItemFlag.ItemIsUserCheckable
    )


def test_dissociate(qtbot, ui_ctx, services, admin, confirmations):
    alerces = community(services, admin, "Edificio Los Alerces", "ALERCES")
    contact = services.contacts.create(admin, "Carolina Muñoz", "carolina@example.cl", "").value
    services.contacts.associate(admin, contact.id, alerces.id, shown=True)
    page = make_page(qtbot, ui_ctx)
    page.communities.table.selectRow(0)
    page.communities.dissociate()
    assert "Carolina Muñoz" in confirmations[0][1] and "Edificio Los Alerces" in confirmations[0][1]
    [row] = services.contacts.associations(admin)
    assert row.contact_id is None and not row.shown
    assert page.communities.model.data(page.communities.model.index(0, 2)) == page.communities.tr(
        "Without contact"
    )


def test_associate_communities_from_the_contact(qtbot, ui_ctx, services, admin):
    alerces = community(services, admin, "Edificio Los Alerces", "ALERCES")
    vitacura = community(services, admin, "Torre Vitacura", "VITACURA")
    carolina = services.contacts.create(admin, "Carolina Muñoz", "carolina@example.cl", "").value
    rodrigo = services.contacts.create(admin, "Rodrigo Fuentes", "rodrigo@example.cl", "").value
    services.contacts.associate(admin, rodrigo.id, vitacura.id)
    page = make_page(qtbot, ui_ctx)
    dialog = ContactCommunitiesDialog(
        ui_ctx,
        next(c for c in page.contacts.model.rows() if c.id == carolina.id),
        services.contacts.associations(admin),
        page,
    )
    qtbot.addWidget(dialog)
    assert dialog.checked() == set()
    dialog.set_checked(alerces.id, True)
    dialog.set_checked(vitacura.id, True)  # takes it from Rodrigo: one contact per community
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert {r.community_id: r.contact_id for r in services.contacts.associations(admin)} == {
        alerces.id: carolina.id,
        vitacura.id: carolina.id,
    }
    row = next(c for c in page.contacts.model.rows() if c.id == carolina.id)
    assert row.communities == ("Edificio Los Alerces", "Torre Vitacura")

    dialog = ContactCommunitiesDialog(ui_ctx, row, services.contacts.associations(admin), page)
    qtbot.addWidget(dialog)
    dialog.set_checked(alerces.id, False)
    dialog.save()
    assert {r.community_id: r.contact_id for r in services.contacts.associations(admin)} == {
        alerces.id: None,
        vitacura.id: carolina.id,
    }


def test_delete_asks_naming_the_communities_that_lose_the_contact(
    qtbot, ui_ctx, services, admin, confirmations
):
    alerces = community(services, admin, "Edificio Los Alerces", "ALERCES")
    nunoa = community(services, admin, "Condominio Parque Ñuñoa", "PNUNOA")
    contact = services.contacts.create(admin, "Carolina Muñoz", "carolina@example.cl", "").value
    services.contacts.associate(admin, contact.id, alerces.id, shown=True)
    services.contacts.associate(admin, contact.id, nunoa.id)
    page = make_page(qtbot, ui_ctx)
    page.contacts.table.selectRow(0)

    confirmations.answer = False
    before = state(services)
    page.contacts.delete()
    title, text = confirmations[-1]
    assert "Carolina Muñoz" in text
    assert "Edificio Los Alerces" in text and "Condominio Parque Ñuñoa" in text
    assert state(services) == before  # answered No: nothing changed

    confirmations.answer = True
    page.contacts.delete()
    assert services.contacts.list(admin) == []
    assert all(r.contact_id is None for r in services.contacts.associations(admin))
    assert page.contacts.model.rowCount() == 0
    assert page.communities.model.rowCount() == 2


def test_deleting_an_unused_contact_says_so(qtbot, ui_ctx, services, admin, confirmations):
    services.contacts.create(admin, "Javiera Soto", "javiera@example.cl", "")
    page = make_page(qtbot, ui_ctx)
    page.contacts.table.selectRow(0)
    page.contacts.delete()
    assert page.contacts.tr("No community uses this contact.") in confirmations[0][1]
    assert services.contacts.list(admin) == []


def test_both_tabs_export_to_excel(qtbot, ui_ctx, services, admin, tmp_path):
    import openpyxl

    alerces = community(services, admin, "Edificio Los Alerces", "ALERCES")
    community(services, admin, "Torre Vitacura", "VITA")
    contact = services.contacts.create(admin, "Carolina Muñoz", "carolina@example.cl", "").value
    services.contacts.associate(admin, contact.id, alerces.id, shown=True)
    page = make_page(qtbot, ui_ctx)
    for tab, name in (
        (page.contacts, "contactos.xlsx"),
        (page.communities, "contactos-comunidades.xlsx"),
    ):
        texts = [b.text() for b in tab.findChildren(QPushButton)]
        assert "E&xportar a Excel…" in texts and tab._export_name == name
    page.contacts.export_to(str(tmp_path / "contactos.xlsx"))
    rows = list(
        openpyxl.load_workbook(tmp_path / "contactos.xlsx").active.iter_rows(values_only=True)
    )
    assert rows[1][:3] == ("Carolina Muñoz", "carolina@example.cl", None)
    page.communities.export_to(str(tmp_path / "comunidades.xlsx"))
    sheet = openpyxl.load_workbook(tmp_path / "comunidades.xlsx").active
    rows = sorted(sheet.iter_rows(min_row=2, values_only=True))
    yes = page.communities.tr("Yes")  # «Sí» once the catalogue has it
    assert rows == [
        ("ALERCES", "Edificio Los Alerces", "Carolina Muñoz", yes),
        ("VITA", "Torre Vitacura", "Sin contacto", None),
    ]
    # on screen the check box says it, and searching does not match every «Sí»
    assert page.communities.model.data(page.communities.model.index(0, SHOW_COLUMN)) == ""
    page.communities.search.setText(yes)
    assert page.communities.model.rowCount() == 0
