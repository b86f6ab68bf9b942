"""Owners and residents: the community's list with their units, search, the person form."""

from __future__ import annotations

from kastor_desktop.services.people import PersonDraft
from kastor_desktop.services.units import UnitDraft
from kastor_desktop.ui.community.people_page import PeoplePage
from tests.factories import state, valid_rut


def test_the_list_shows_people_with_their_units_and_searches(open_page, services, admin, aromos):
    owner, tenant = valid_rut(), valid_rut(9_876_543)
    services.people.create(admin, aromos.id, PersonDraft(owner, "Rosa Muñoz", phones="9 5123 4567"))
    services.people.create(admin, aromos.id, PersonDraft(tenant, "Tomás Díaz"))
    for number in ("10", "2"):
        services.units.create(
            admin, aromos.id, UnitDraft(number, owner_tax_id=owner, resident_tax_id=tenant)
        )
    page = open_page(PeoplePage, aromos)
    assert [r.full_name for r in page.model.rows()] == ["Rosa Muñoz", "Tomás Díaz"]
    model = page.model
    assert [model.data(model.index(0, c)) for c in (2, 3, 5)] == ["2, 10", "", "+56 9 5123 4567"]
    assert model.data(model.index(1, 3)) == "2, 10"
    page.search.setText("9876543")  # the RUT with or without dots
    assert [r.full_name for r in model.rows()] == ["Tomás Díaz"]
    page.search.setText("9.876.543")
    assert [r.full_name for r in model.rows()] == ["Tomás Díaz"]
    page.search.setText("951234567")  # the phone as stored
    assert [r.full_name for r in model.rows()] == ["Rosa Muñoz"]
    page.search.setText("munoz")
    assert [r.full_name for r in model.rows()] == ["Rosa Muñoz"]


def test_edit_a_person_and_see_the_error_beside_the_field(
    qtbot, open_page, services, admin, aromos
):
    rut = valid_rut()
    services.people.create(admin, aromos.id, PersonDraft(rut, "Rosa Muñoz"))
    services.units.create(admin, aromos.id, UnitDraft("1", owner_tax_id=rut))
    page = open_page(PeoplePage, aromos)
    page.table.selectRow(0)
    dialog = page.dialog(page.selected())
    qtbot.addWidget(dialog)
    before = state(services)
    dialog.emails.setText("rosa@example.cl; mal@")
    dialog.save()
    assert "«mal@»" in dialog.form.error_text("emails")
    assert state(services) == before
    dialog.emails.setText("rosa@example.cl")
    dialog.notices.setCurrentIndex(dialog.notices.findData("both"))
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    [row] = services.people.list(admin, aromos.id)
    assert (row.emails, row.notice_preference) == ("rosa@example.cl", "both")
    assert page.model.data(page.model.index(0, 4)) == "rosa@example.cl"


def test_a_new_person_gets_notices_by_email_once_an_email_is_typed(
    qtbot, open_page, services, admin, aromos
):
    page = open_page(PeoplePage, aromos)
    dialog = page.dialog(None)
    qtbot.addWidget(dialog)
    assert dialog.notices.currentData() == "paper"
    dialog.tax_id.setText(valid_rut())
    dialog.full_name.setText("Ana Nueva")
    dialog.emails.setText("ana@example.cl")
    dialog.emails.editingFinished.emit()
    assert dialog.notices.currentData() == "email"
    dialog.phones.setText("987654321")
    dialog.phones.editingFinished.emit()
    assert dialog.phones.text() == "+56 9 8765 4321"
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    found = services.people.find(admin, dialog.tax_id.text())
    assert found is not None and (found.notice_preference, found.phones) == (
        "email",
        "+56987654321",
    )
    assert page.model.rowCount() == 0  # listed once they own or live in a unit
