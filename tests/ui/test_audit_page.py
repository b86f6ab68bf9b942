"""Audit log screen: filters narrow the rows, export writes what is listed, nothing edits."""

from __future__ import annotations

from datetime import date, timedelta

from openpyxl import load_workbook
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QAbstractItemView

from kastor_desktop.services.audit import AuditFilter
from kastor_desktop.ui.office.audit_page import AuditPage
from tests.factories import NOBODY, make_community_draft


def activity(services, admin, nobody) -> dict[str, int]:
    alerces = services.communities.create(
        admin, make_community_draft(name="Edificio Los Alerces", code="ALERCES")
    ).value
    vitacura = services.communities.create(
        admin, make_community_draft(name="Torre Vitacura", code="VITACURA")
    ).value
    carolina = services.contacts.create(admin, "Carolina Muñoz", "carolina@example.cl", "").value
    services.contacts.create(admin, "Rodrigo Fuentes", "rodrigo@example.cl", "")
    services.contacts.associate(admin, carolina.id, alerces.id, shown=True)
    services.contacts.set_shown(admin, alerces.id, False)
    services.auth.update_my_data(nobody, "Sergio Soto", "")
    return {"alerces": alerces.id, "vitacura": vitacura.id}


def make_page(qtbot, ui_ctx) -> AuditPage:
    page = AuditPage(ui_ctx)
    qtbot.addWidget(page)
    ui_ctx.listeners.append(page.on_changes)
    page.refresh()
    return page


def test_filters_narrow_the_rows(qtbot, ui_ctx, services, admin, nobody):
    ids = activity(services, admin, nobody)
    page = make_page(qtbot, ui_ctx)
    everything = len(services.audit.entries(admin))
    assert page.model.rowCount() == everything >= 8
    # newest first, dates as dd-MM-yyyy HH:mm:ss
    first = page.model.rows()[0]
    assert first.action == "user.update_self"
    assert page.model.data(page.model.index(0, 0)) == first.at.strftime("%d-%m-%Y %H:%M:%S")

    page.user.setCurrentIndex(page.user.findData(NOBODY.username))
    assert [r.action for r in page.model.rows()] == ["user.update_self"]
    page.user.setCurrentIndex(0)

    page.community.setCurrentIndex(page.community.findData(ids["alerces"]))
    assert {r.action for r in page.model.rows()} == {
        "community.create",
        "contact.associate",
        "contact.hide",
    }
    assert all(r.community_name == "Edificio Los Alerces" for r in page.model.rows())

    page.action.setCurrentIndex(page.action.findData("contact.hide"))
    assert [r.action_label for r in page.model.rows()] == ["Ocultó el contacto"]
    page.community.setCurrentIndex(0)
    page.action.setCurrentIndex(page.action.findData("contact.create"))
    assert page.model.rowCount() == 2

    page.clear_filters()
    assert page.model.rowCount() == everything


def test_date_range(qtbot, ui_ctx, services, admin, nobody):
    activity(services, admin, nobody)
    page = make_page(qtbot, ui_ctx)
    everything = page.model.rowCount()
    today = QDate.currentDate()
    assert not page.date_from.isEnabled()  # «no date» until the box is ticked
    page.date_from.setDate(today.addDays(1))
    assert page.model.rowCount() == everything
    page.use_from.setChecked(True)
    assert page.date_from.isEnabled()
    assert page.model.rowCount() == 0
    assert page.empty_hint.isVisibleTo(page)
    page.date_from.setDate(today)
    assert page.model.rowCount() == everything
    page.use_to.setChecked(True)
    page.date_to.setDate(today.addDays(-1))
    page.date_from.setDate(today.addDays(-10))
    assert page.model.rowCount() == 0
    page.use_from.setChecked(False)
    page.use_to.setChecked(False)
    assert page.model.rowCount() == everything
    assert page.filters() == AuditFilter()


def test_export_writes_the_listed_rows(
    qtbot, ui_ctx, services, admin, nobody, tmp_path, _no_modal_dialogs
):
    ids = activity(services, admin, nobody)
    page = make_page(qtbot, ui_ctx)
    page.community.setCurrentIndex(page.community.findData(ids["alerces"]))
    listed = page.model.rowCount()
    assert listed == 3
    target = tmp_path / "auditoria.xlsx"
    page.export_to(target)
    sheet = load_workbook(target, read_only=True).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("Fecha y hora", "Usuario", "Comunidad", "Acción")
    assert len(rows) == 1 + listed
    assert {r[2] for r in rows[1:]} == {"Edificio Los Alerces"}
    assert page.last_export == (target, listed)
    assert _no_modal_dialogs and _no_modal_dialogs[-1][0] == "information"

    page.clear_filters()
    everything = tmp_path / "todo.xlsx"
    page.export_to(everything)
    assert (
        len(list(load_workbook(everything, read_only=True).active.iter_rows()))
        == 1 + page.model.rowCount()
    )


def test_the_log_cannot_be_edited_or_deleted_from_the_screen(
    qtbot, ui_ctx, services, admin, nobody
):
    activity(services, admin, nobody)
    page = make_page(qtbot, ui_ctx)
    assert page.table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    texts = [page.buttons.itemAt(i).widget().text() for i in range(page.buttons.count())]
    assert texts == [page.tr("E&xport to Excel…")]
    assert not hasattr(services.audit, "delete") and not hasattr(services.audit, "update")


def test_new_activity_appears_and_new_users_join_the_filter(qtbot, ui_ctx, services, admin, nobody):
    page = make_page(qtbot, ui_ctx)
    assert page.user.findData(NOBODY.username) == -1
    outcome = services.auth.update_my_data(nobody, "Sergio Soto", "")
    ui_ctx.changed(outcome.changes)
    assert page.user.findData(NOBODY.username) > 0
    assert page.model.rows()[0].username == NOBODY.username
    assert page.model.rows()[0].at.date() >= date.today() - timedelta(days=1)
