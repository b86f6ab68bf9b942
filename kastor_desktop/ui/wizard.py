"""First-run wizard: the office (name, RUT) and its first administrator."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget, QWizard, QWizardPage

from kastor_desktop.domain.contact_info import normalize_email
from kastor_desktop.domain.taxid import normalize_tax_id
from kastor_desktop.services.context import Actor
from kastor_desktop.services.errors import ValidationFailed
from kastor_desktop.services.passwords import check_new_password
from kastor_desktop.services.suite import Services
from kastor_desktop.ui.forms import ValidatedForm
from kastor_desktop.ui.icons import icon

OFFICE_FIELDS = ("office_name", "office_tax_id")


class _FormPage(QWizardPage):
    def __init__(self, title: str, subtitle: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(title)
        self.setSubTitle(subtitle)
        column = QVBoxLayout(self)
        self.form = ValidatedForm(self)
        column.addWidget(self.form)
        column.addStretch(1)


class FirstRunWizard(QWizard):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Welcome to Kastor Desktop"))
        self.setWindowIcon(icon("building-2", "#1f4e79"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setMinimumSize(640, 480)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)

        intro = QWizardPage(self)
        intro.setTitle(self.tr("Let's set up your office"))
        text = QLabel(
            self.tr(
                "Kastor Desktop keeps all your communities on this computer and works without "
                "internet. First we register your administration office and the first "
                "administrator account. The RUT cannot be changed later."
            ),
            intro,
        )
        text.setWordWrap(True)
        QVBoxLayout(intro).addWidget(text)
        self.addPage(intro)

        self.office_page = _FormPage(
            self.tr("Your office"), self.tr("Name and RUT of the administration."), self
        )
        form = self.office_page.form
        self.office_name = form.add_field("office_name", self.tr("&Name"), QLineEdit(self))
        self.office_name.setObjectName("office_name")
        self.office_tax_id = form.add_field(
            "office_tax_id", self.tr("&RUT"), QLineEdit(self), self.tr("Example: 76.086.428-5")
        )
        self.office_tax_id.setObjectName("office_tax_id")
        self.office_tax_id.editingFinished.connect(self._check_rut)
        self.addPage(self.office_page)

        self.admin_page = _FormPage(
            self.tr("First administrator"),
            self.tr("This user can do everything, including creating other users."),
            self,
        )
        form = self.admin_page.form
        self.full_name = form.add_field("full_name", self.tr("Full &name"), QLineEdit(self))
        self.username = form.add_field(
            "username", self.tr("&User"), QLineEdit(self), self.tr("Used to sign in, e.g. jperez.")
        )
        self.email = form.add_field("email", self.tr("&E-mail"), QLineEdit(self))
        self.password = form.add_field(
            "password", self.tr("&Password"), QLineEdit(self), self.tr("At least 8 characters.")
        )
        self.password_repeat = form.add_field(
            "password_repeat", self.tr("&Repeat password"), QLineEdit(self)
        )
        for widget in (self.password, self.password_repeat):
            widget.setEchoMode(QLineEdit.EchoMode.Password)
        self.email.editingFinished.connect(
            lambda: form.check_live(
                "email", lambda: normalize_email(self.email.text(), "email", False)
            )
        )
        self.password.editingFinished.connect(
            lambda: form.check_live("password", lambda: check_new_password(self.password.text()))
        )
        self.addPage(self.admin_page)
        self.button(QWizard.WizardButton.FinishButton).setText(self.tr("Create office"))

    def _check_rut(self) -> None:
        if self.office_tax_id.text().strip():
            ok = self.office_page.form.check_live(
                "office_tax_id",
                lambda: normalize_tax_id(self.office_tax_id.text(), "CL", "office_tax_id"),
            )
            if ok:
                self.office_tax_id.setText(normalize_tax_id(self.office_tax_id.text()))

    def validateCurrentPage(self) -> bool:  # noqa: N802
        page = self.currentPage()
        if page is self.office_page:
            errors = {}
            if not self.office_name.text().strip():
                errors["office_name"] = self.tr("Enter the office name.")
            try:
                normalize_tax_id(self.office_tax_id.text(), "CL", "office_tax_id")
            except ValueError as error:
                errors["office_tax_id"] = str(error)
            return not self.office_page.form.show_errors(errors)
        if page is self.admin_page:
            return self._create()
        return True

    def _create(self) -> bool:
        try:
            self.actor = self.services.auth.create_office(
                self.office_name.text(),
                self.office_tax_id.text(),
                self.username.text(),
                self.full_name.text(),
                self.email.text(),
                self.password.text(),
                self.password_repeat.text(),
            )
        except ValidationFailed as error:
            office_errors = {k: v for k, v in error.errors.items() if k in OFFICE_FIELDS}
            if office_errors:
                self.office_page.form.show_errors(office_errors)
            self.admin_page.form.show_errors(
                {k: v for k, v in error.errors.items() if k not in OFFICE_FIELDS}
            )
            return False
        return True

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.reject()
            return
        super().keyPressEvent(event)
