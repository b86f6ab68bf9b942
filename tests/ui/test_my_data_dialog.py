"""«Mis datos»: the user's name and e-mail, and changing one's own password."""

from __future__ import annotations

import pytest

from kastor_desktop.services.errors import AuthenticationFailed
from kastor_desktop.ui.my_data_dialog import MyDataDialog
from tests.factories import ADMIN, state


def make_dialog(qtbot, ui_ctx) -> MyDataDialog:
    dialog = MyDataDialog(ui_ctx)
    qtbot.addWidget(dialog)
    return dialog


def test_shows_the_signed_in_user(qtbot, ui_ctx):
    dialog = make_dialog(qtbot, ui_ctx)
    assert dialog.username.text() == ADMIN.username and dialog.username.isReadOnly()
    assert dialog.full_name.text() == ADMIN.full_name
    assert dialog.email.text() == "ana@example.cl"


def test_saving_my_data_updates_the_header(qtbot, ui_ctx, services, admin):
    seen = []
    ui_ctx.listeners.append(seen.append)
    dialog = make_dialog(qtbot, ui_ctx)
    dialog.full_name.setText("Ana María Admin")
    dialog.email.setText("ana.maria@example.cl")
    dialog.save_data()
    assert services.auth.my_data(admin).full_name == "Ana María Admin"
    assert services.auth.my_data(admin).email == "ana.maria@example.cl"
    assert ui_ctx.actor.full_name == "Ana María Admin"  # what the header reads
    assert seen and seen[-1].touches("me")
    assert dialog.data_status.text()


def test_invalid_email_shows_beside_the_field(qtbot, ui_ctx, services):
    before = state(services)
    dialog = make_dialog(qtbot, ui_ctx)
    dialog.email.setText("ana@")
    dialog.save_data()
    assert "formato válido" in dialog.form.error_text("email")
    assert state(services) == before


def test_wrong_current_password_shows_inline_error(qtbot, ui_ctx, services):
    before = state(services)
    dialog = make_dialog(qtbot, ui_ctx)
    dialog.current.setText("no-es-la-clave")
    dialog.new.setText("clave-nueva-2024")
    dialog.repeat.setText("clave-nueva-2024")
    dialog.change_password()
    assert "La contraseña actual no es correcta" in dialog.password_form.error_text(
        "current_password"
    )
    assert dialog.password_form.error_text("new_password") == ""
    assert state(services) == before
    assert services.auth.sign_in(ADMIN.username, ADMIN.password).username == ADMIN.username


def test_new_passwords_must_match_and_be_long_enough(qtbot, ui_ctx):
    dialog = make_dialog(qtbot, ui_ctx)
    dialog.current.setText(ADMIN.password)
    dialog.new.setText("clave-nueva-2024")
    dialog.repeat.setText("otra-clave-2024")
    dialog.change_password()
    assert dialog.password_form.error_text("password_repeat")
    dialog.new.setText("corta")
    dialog.repeat.setText("corta")
    dialog.change_password()
    assert "al menos 8 caracteres" in dialog.password_form.error_text("new_password")


def test_change_password(qtbot, ui_ctx, services):
    dialog = make_dialog(qtbot, ui_ctx)
    dialog.current.setText(ADMIN.password)
    dialog.new.setText("clave-nueva-2024")
    dialog.repeat.setText("clave-nueva-2024")
    dialog.change_password()
    assert dialog.password_status.text()
    assert dialog.current.text() == dialog.new.text() == dialog.repeat.text() == ""
    assert services.auth.sign_in(ADMIN.username, "clave-nueva-2024").username == ADMIN.username
    with pytest.raises(AuthenticationFailed):
        services.auth.sign_in(ADMIN.username, ADMIN.password)
