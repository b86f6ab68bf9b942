"""Users: create with roles, edit, deactivate, reset password; errors stay beside the fields."""

from __future__ import annotations

import pytest

from kastor_desktop.domain import permissions
from kastor_desktop.services.errors import AuthenticationFailed
from kastor_desktop.ui.office.users_dialog import ResetPasswordDialog, UserDialog
from kastor_desktop.ui.office.users_page import UsersPage
from tests.factories import NOBODY, state


def make_page(qtbot, ui_ctx) -> UsersPage:
    page = UsersPage(ui_ctx)
    qtbot.addWidget(page)
    ui_ctx.listeners.append(page.on_changes)
    page.refresh()
    return page


def supervisor(services, admin):
    return services.roles.create(
        admin, "Supervisor", permissions.OFFICE, ["audit.view", "contacts.manage"]
    ).value


def new_user_dialog(qtbot, ui_ctx, services, admin, **values: str) -> UserDialog:
    dialog = UserDialog(ui_ctx, services.roles.list(admin))
    qtbot.addWidget(dialog)
    fields = {
        "username": "mgonzalez",
        "full_name": "María González",
        "email": "maria@example.cl",
        "password": "Supervisora2024",
        "repeat": "Supervisora2024",
    }
    fields.update(values)
    for key, text in fields.items():
        getattr(dialog, key).setText(text)
    return dialog


def test_list_shows_users_with_roles(qtbot, ui_ctx):
    page = make_page(qtbot, ui_ctx)
    rows = {r.username: r for r in page.model.rows()}
    assert set(rows) == {"admin", NOBODY.username}
    assert rows["admin"].role_names == ("Administrador",)
    assert page.model.data(page.model.index(0, 0)) == "admin"


def test_create_user_with_a_role(qtbot, ui_ctx, services, admin):
    role = supervisor(services, admin)
    page = make_page(qtbot, ui_ctx)
    dialog = new_user_dialog(qtbot, ui_ctx, services, admin)
    dialog.set_role(role.id, True)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    created = next(u for u in services.users.list(admin) if u.username == "mgonzalez")
    assert created.role_names == ("Supervisor",) and created.active
    assert services.auth.sign_in("mgonzalez", "Supervisora2024").username == "mgonzalez"
    assert "mgonzalez" in [r.username for r in page.model.rows()]
    assert not dialog.active.isVisibleTo(dialog)  # a new user is active; the switch is for editing


def test_new_user_button_opens_the_dialog_and_selects_the_new_row(
    qtbot, ui_ctx, services, admin, monkeypatch
):
    page = make_page(qtbot, ui_ctx)

    def fake_exec(dialog: UserDialog) -> int:  # the user fills the form and presses Save
        for key, text in {
            "username": "jperez",
            "full_name": "Juan Pérez",
            "password": "clave-juan-1",
            "repeat": "clave-juan-1",
        }.items():
            getattr(dialog, key).setText(text)
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(UserDialog, "exec", fake_exec)
    page.create()
    assert page.selected() is not None and page.selected().username == "jperez"


def test_passwords_that_do_not_match_stay_in_the_form(qtbot, ui_ctx, services, admin):
    before = state(services)
    dialog = new_user_dialog(qtbot, ui_ctx, services, admin, repeat="otra-cosa-123")
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.form.error_text("password_repeat")
    assert state(services) == before


def test_service_errors_show_beside_each_field(qtbot, ui_ctx, services, admin):
    before = state(services)
    dialog = new_user_dialog(
        qtbot,
        ui_ctx,
        services,
        admin,
        username="admin",
        email="malo",
        password="corta",
        repeat="corta",
    )
    dialog.save()
    assert "Ya existe un usuario" in dialog.form.error_text("username")
    assert "formato válido" in dialog.form.error_text("email")
    assert "al menos 8 caracteres" in dialog.form.error_text("password")
    assert dialog.form.error_text("full_name") == ""
    assert state(services) == before


def test_live_password_check(qtbot, ui_ctx, services, admin):
    dialog = new_user_dialog(qtbot, ui_ctx, services, admin, password="corta", repeat="")
    dialog.password.editingFinished.emit()
    assert "al menos 8 caracteres" in dialog.form.error_text("password")
    dialog.password.setText("suficientemente-larga")
    dialog.repeat.setText("distinta-larga")
    dialog.repeat.editingFinished.emit()
    assert dialog.form.error_text("password") == ""
    assert dialog.form.error_text("password_repeat")


def test_edit_user_roles_and_deactivate(qtbot, ui_ctx, services, admin):
    role = supervisor(services, admin)
    page = make_page(qtbot, ui_ctx)
    assert page.select_where(lambda u: u.username == NOBODY.username)
    dialog = UserDialog(ui_ctx, services.roles.list(admin), page.selected(), page)
    qtbot.addWidget(dialog)
    assert dialog.username.isReadOnly()
    dialog.full_name.setText("Sergio Soto")
    dialog.set_role(role.id, True)
    dialog.active.setChecked(False)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    row = next(u for u in services.users.list(admin) if u.username == NOBODY.username)
    assert (row.full_name, row.role_names, row.active) == ("Sergio Soto", ("Supervisor",), False)
    with pytest.raises(AuthenticationFailed):
        services.auth.sign_in(NOBODY.username, NOBODY.password)
    shown = next(r for r in page.model.rows() if r.username == NOBODY.username)
    assert not shown.active


def test_removing_the_last_administrator_is_refused_with_a_message(
    qtbot, ui_ctx, services, admin, _no_modal_dialogs
):
    page = make_page(qtbot, ui_ctx)
    page.select_where(lambda u: u.username == "admin")
    dialog = UserDialog(ui_ctx, services.roles.list(admin), page.selected(), page)
    qtbot.addWidget(dialog)
    for role in services.roles.list(admin):
        dialog.set_role(role.id, False)
    before = state(services)
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert any("al menos un usuario activo" in text for _kind, text in _no_modal_dialogs)
    assert state(services) == before


def test_reset_password(qtbot, ui_ctx, services, admin):
    page = make_page(qtbot, ui_ctx)
    page.select_where(lambda u: u.username == NOBODY.username)
    dialog = ResetPasswordDialog(ui_ctx, page.selected(), page)
    qtbot.addWidget(dialog)
    dialog.password.setText("nueva-clave-2024")
    dialog.repeat.setText("nueva-clave-2024")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert services.auth.sign_in(NOBODY.username, "nueva-clave-2024").username == NOBODY.username


def test_reset_password_too_short_stays_open(qtbot, ui_ctx, services, admin):
    page = make_page(qtbot, ui_ctx)
    page.select_where(lambda u: u.username == NOBODY.username)
    dialog = ResetPasswordDialog(ui_ctx, page.selected(), page)
    qtbot.addWidget(dialog)
    dialog.password.setText("corta")
    dialog.repeat.setText("corta")
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "al menos 8 caracteres" in dialog.form.error_text("password")
    assert services.auth.sign_in(NOBODY.username, NOBODY.password)


def test_export_to_excel(qtbot, ui_ctx, tmp_path):
    import openpyxl

    page = make_page(qtbot, ui_ctx)
    assert page._export_name == "usuarios.xlsx"
    page.export_to(str(tmp_path / "usuarios.xlsx"))
    rows = list(
        openpyxl.load_workbook(tmp_path / "usuarios.xlsx").active.iter_rows(values_only=True)
    )
    assert rows[0][0] == "Usuario" and len(rows) == 1 + page.model.rowCount() == 3
    assert ("admin", "Ana Admin", "ana@example.cl", "Administrador", "Sí") in rows
