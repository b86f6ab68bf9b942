"""Roles: type first, grouped permissions, communities for a community role, refusals shown."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kastor_desktop.domain import permissions
from kastor_desktop.ui.office.role_dialog import RoleDialog
from kastor_desktop.ui.office.roles_page import RolesPage
from tests.factories import NOBODY, make_community_draft, state


def make_page(qtbot, ui_ctx) -> RolesPage:
    page = RolesPage(ui_ctx)
    qtbot.addWidget(page)
    ui_ctx.listeners.append(page.on_changes)
    page.refresh()
    return page


def role_dialog(
    qtbot, ui_ctx, services, admin, kind: str = permissions.OFFICE, role=None
) -> RoleDialog:
    dialog = RoleDialog(ui_ctx, services.communities.list(admin), role, kind)
    qtbot.addWidget(dialog)
    return dialog


def test_create_office_role(qtbot, ui_ctx, services, admin):
    page = make_page(qtbot, ui_ctx)
    assert [r.name for r in page.model.rows()] == ["Administrador"]
    dialog = role_dialog(qtbot, ui_ctx, services, admin)
    assert dialog.office_kind.isChecked()
    assert not dialog.communities.isVisibleTo(dialog)  # only a community role picks communities
    dialog.name.setText("Supervisor")
    dialog.set_permission("audit.view", True)
    dialog.set_permission("contacts.manage", True)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    role = next(r for r in services.roles.list(admin) if r.name == "Supervisor")
    assert role.kind == permissions.OFFICE and role.permissions == {"audit.view", "contacts.manage"}
    row = next(r for r in page.model.rows() if r.name == "Supervisor")
    assert row.kind_label == "Administración"
    number = page.model.rows().index(row)
    assert page.model.data(page.model.index(number, 3)) == "2"


def test_permission_tree_is_grouped_and_follows_the_type(qtbot, ui_ctx, services, admin):
    dialog = role_dialog(qtbot, ui_ctx, services, admin)
    groups = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    assert groups[0] == "Administración" and "Recaudación" in groups
    dialog.set_permission("reports.view", True)
    dialog.set_permission("office.edit_profile", True)
    dialog.community_kind.setChecked(True)
    groups = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    assert "Administración" not in groups
    # office-only permissions cannot be granted by a community role; the others are kept
    assert dialog.granted() == {"reports.view"}
    assert dialog.communities.isVisibleTo(dialog)


def test_community_role_needs_communities(qtbot, ui_ctx, services, admin):
    alerces = services.communities.create(
        admin, make_community_draft(name="Edificio Los Alerces")
    ).value
    services.communities.create(admin, make_community_draft(name="Torre Vitacura"))
    page = make_page(qtbot, ui_ctx)
    page.kind_filter.setCurrentIndex(page.kind_filter.findData(permissions.COMMUNITY))
    assert page.model.rowCount() == 0
    dialog = role_dialog(qtbot, ui_ctx, services, admin, permissions.COMMUNITY)
    assert dialog.community_kind.isChecked()
    dialog.name.setText("Contador")
    dialog.set_permission("payments.record", True)
    before = state(services)
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "Elija al menos una comunidad" in dialog.form.error_text("communities")
    assert state(services) == before

    dialog.set_community(alerces.id, True)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    role = next(r for r in services.roles.list(admin) if r.name == "Contador")
    assert role.kind == permissions.COMMUNITY and role.community_ids == {alerces.id}
    assert [r.name for r in page.model.rows()] == [
        "Contador"
    ]  # the filter keeps showing Comunidad only
    assert page.model.data(page.model.index(0, 2)) == "Edificio Los Alerces"


def test_a_role_needs_a_name_and_a_permission(qtbot, ui_ctx, services, admin):
    before = state(services)
    dialog = role_dialog(qtbot, ui_ctx, services, admin)
    dialog.save()
    assert "Indique el nombre del rol" in dialog.form.error_text("name")
    assert "Marque al menos un permiso" in dialog.form.error_text("permissions")
    assert state(services) == before


def test_a_message_goes_away_when_its_field_changes(qtbot, ui_ctx, services, admin):
    services.communities.create(admin, make_community_draft(name="Edificio Los Alerces"))
    dialog = role_dialog(qtbot, ui_ctx, services, admin, permissions.COMMUNITY)
    dialog.save()
    assert dialog.form.error_text("name") and dialog.form.error_text("permissions")
    assert dialog.form.error_text("communities")
    dialog.set_permission("payments.record", True)
    assert dialog.form.error_text("permissions") == ""
    assert dialog.form.error_text("name") and dialog.form.error_text("communities")  # untouched
    qtbot.keyClicks(dialog.name, "Contador")
    assert dialog.form.error_text("name") == ""
    dialog.communities.item(0).setCheckState(Qt.CheckState.Checked)
    assert dialog.form.error_text("communities") == ""


def test_edit_role(qtbot, ui_ctx, services, admin):
    services.roles.create(admin, "Supervisor", permissions.OFFICE, ["audit.view"])
    page = make_page(qtbot, ui_ctx)
    page.select_where(lambda r: r.name == "Supervisor")
    dialog = role_dialog(qtbot, ui_ctx, services, admin, role=page.selected())
    assert not dialog.community_kind.isEnabled()  # the type of an existing role stays
    assert dialog.granted() == {"audit.view"}
    dialog.name.setText("Supervisora")
    dialog.set_permission("reports.view", True)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    role = next(r for r in services.roles.list(admin) if r.name == "Supervisora")
    assert role.permissions == {"audit.view", "reports.view"}
    assert page.selected().name == "Supervisora"


def test_delete_refused_while_held_names_the_user(
    qtbot, ui_ctx, services, admin, confirmations, _no_modal_dialogs
):
    role = services.roles.create(admin, "Supervisor", permissions.OFFICE, ["audit.view"]).value
    services.users.update(admin, NOBODY.user_id, NOBODY.full_name, "", [role.id])
    page = make_page(qtbot, ui_ctx)
    page.select_where(lambda r: r.name == "Supervisor")
    before = state(services)
    page.delete()
    assert confirmations == []  # no question before a refusal
    [(kind, text)] = _no_modal_dialogs
    assert kind == "warning"
    assert "No se puede eliminar el rol «Supervisor»" in text and NOBODY.username in text
    assert state(services) == before
    assert "Supervisor" in [r.name for r in page.model.rows()]


def test_delete_unused_role_after_confirmation(qtbot, ui_ctx, services, admin, confirmations):
    services.roles.create(admin, "Temporal", permissions.OFFICE, ["reports.view"])
    page = make_page(qtbot, ui_ctx)
    page.select_where(lambda r: r.name == "Temporal")
    confirmations.answer = False
    page.delete()
    assert "Temporal" in confirmations[0][1]
    assert "Temporal" in [r.name for r in services.roles.list(admin)]
    confirmations.answer = True
    page.delete()
    assert "Temporal" not in [r.name for r in services.roles.list(admin)]
    assert "Temporal" not in [r.name for r in page.model.rows()]


def test_export_to_excel(qtbot, ui_ctx, tmp_path):
    import openpyxl

    page = make_page(qtbot, ui_ctx)
    assert page._export_name == "roles.xlsx"
    page.export_to(str(tmp_path / "roles.xlsx"))
    rows = list(openpyxl.load_workbook(tmp_path / "roles.xlsx").active.iter_rows(values_only=True))
    assert [row[0] for row in rows] == ["Nombre", "Administrador"]
    assert rows[1][1:3] == ("Administración", "Todas")
