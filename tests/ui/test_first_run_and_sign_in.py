"""First-run wizard and sign-in dialog."""

from __future__ import annotations

from kastor_desktop.ui.signin import SignInDialog
from kastor_desktop.ui.wizard import FirstRunWizard
from tests.factories import ADMIN, bad_rut, valid_rut


def test_wizard_refuses_bad_rut_beside_the_field(qtbot, blank_services, spanish):
    wizard = FirstRunWizard(blank_services)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    assert wizard.currentPage() is wizard.office_page
    wizard.office_name.setText("Administraciones Cordillera")
    wizard.office_tax_id.setText(bad_rut())
    wizard.next()
    assert wizard.currentPage() is wizard.office_page
    assert "dígito verificador" in wizard.office_page.form.error_text("office_tax_id")
    assert blank_services.auth.needs_setup()


def test_wizard_creates_office_and_administrator(qtbot, blank_services, spanish):
    wizard = FirstRunWizard(blank_services)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.office_name.setText("Administraciones Cordillera")
    wizard.office_tax_id.setText(valid_rut())
    wizard.office_tax_id.editingFinished.emit()
    wizard.next()
    assert wizard.currentPage() is wizard.admin_page
    wizard.full_name.setText("Ana Pérez")
    wizard.username.setText("aperez")
    wizard.password.setText("corta")
    wizard.password_repeat.setText("corta")
    assert wizard.validateCurrentPage() is False
    assert "8 caracteres" in wizard.admin_page.form.error_text("password")
    assert blank_services.auth.needs_setup()
    wizard.password.setText("clave-segura-1")
    wizard.password_repeat.setText("clave-segura-1")
    assert wizard.validateCurrentPage() is True
    assert wizard.actor is not None and wizard.actor.username == "aperez"
    assert not blank_services.auth.needs_setup()
    assert blank_services.auth.grants(wizard.actor).allows("users.manage")


def test_sign_in_wrong_password_shows_message_only(qtbot, services, spanish):
    dialog = SignInDialog(services, ADMIN.username)
    qtbot.addWidget(dialog)
    dialog.password.setText("no-es-la-clave")
    dialog.try_sign_in()
    assert dialog.actor is None
    assert dialog.error.text() == "Usuario o contraseña incorrectos."
    assert dialog.password.text() == ""
    dialog.password.setText(ADMIN.password)
    dialog.try_sign_in()
    assert dialog.actor is not None and dialog.actor.username == ADMIN.username
    assert dialog.result() == dialog.DialogCode.Accepted


def test_sign_in_can_open_with_a_message(qtbot, services, spanish):
    dialog = SignInDialog(services, ADMIN.username, error="La contraseña no es correcta.")
    qtbot.addWidget(dialog)
    assert dialog.error.isVisibleTo(dialog)
    assert dialog.error.text() == "La contraseña no es correcta."
    assert SignInDialog(services).error.isHidden()


def test_a_wrong_kastor_password_is_said_in_the_sign_in_dialog(
    qtbot, services, spanish, monkeypatch
):
    import argparse
    import logging

    from PySide6.QtWidgets import QApplication

    from kastor_desktop import app as desktop_app
    from kastor_desktop.ui import signin

    opened: list[str] = []

    class Dialog(SignInDialog):
        def exec(self) -> int:
            opened.append(self.error.text() if self.error.isVisibleTo(self) else "")
            return 0  # the user cancels

    monkeypatch.setattr(signin, "SignInDialog", Dialog)
    root = services.paths.root
    services.close()
    args = argparse.Namespace(data_dir=root, user=ADMIN.username, quit_when_shown=False)
    handlers = list(logging.getLogger().handlers)
    desktop = desktop_app.DesktopApp(QApplication.instance(), args)
    try:
        monkeypatch.setenv("KASTOR_PASSWORD", "equivocada")
        assert desktop.start() is False
        assert opened == [
            desktop_app.QCoreApplication.translate(
                "DesktopApp", "The password in KASTOR_PASSWORD is not correct; type it here."
            )
        ]
        monkeypatch.delenv("KASTOR_PASSWORD")
        assert desktop.start() is False and opened[-1] == ""  # no password given: no message
    finally:
        desktop.shutdown()
        for handler in set(logging.getLogger().handlers) - set(handlers):
            logging.getLogger().removeHandler(handler)
            handler.close()
