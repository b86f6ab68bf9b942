"""Create or edit a user (roles as a checklist), and reset a user's password."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kastor_desktop.domain import permissions
from kastor_desktop.domain.contact_info import normalize_email
from kastor_desktop.services.passwords import MIN_LENGTH, check_new_password
from kastor_desktop.services.roles import RoleRow
from kastor_desktop.services.users import UserRow
from kastor_desktop.ui.context import UiContext
from kastor_desktop.ui.forms import ValidatedForm
from kastor_desktop.ui.icons import icon
from kastor_desktop.ui.widgets.form_dialog import FormDialog


def _password_field(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class UserDialog(FormDialog):
    """New user (``user=None``: username, name, e-mail, password twice, roles) or edit."""

    def __init__(
        self,
        ctx: UiContext,
        roles: list[RoleRow],
        user: UserRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user = user
        self.setWindowTitle(
            self.tr("New user")
            if user is None
            else self.tr("Edit user «%1»").replace("%1", user.username)
        )
        self.setWindowIcon(icon("user"))
        self.setMinimumWidth(520)
        column = QVBoxLayout(self)
        self.form = form = ValidatedForm(self)
        self.username = QLineEdit(self)
        self.username.setMaxLength(60)
        form.add_field(
            "username",
            self.tr("&Username"),
            self.username,
            self.tr("Used to sign in. Letters, digits, dot, hyphen and underscore.")
            if user is None
            else self.tr("The username cannot be changed."),
        )
        self.full_name = QLineEdit(self)
        self.email = QLineEdit(self)
        self.email.setPlaceholderText("nombre@dominio.cl")
        form.add_field("full_name", self.tr("&Full name"), self.full_name)
        form.add_field("email", self.tr("&E-mail"), self.email)
        self.password = self.repeat = None
        if user is None:
            self.password = _password_field(self)
            self.repeat = _password_field(self)
            form.add_field(
                "password",
                self.tr("&Password"),
                self.password,
                self.tr("At least %1 characters.").replace("%1", str(MIN_LENGTH)),
            )
            form.add_field("password_repeat", self.tr("&Repeat password"), self.repeat)
            self.password.editingFinished.connect(self._check_passwords)
            self.repeat.editingFinished.connect(self._check_passwords)
        self.roles = QListWidget(self)
        self.roles.setMinimumHeight(140)
        self.roles.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.roles.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for role in roles:
            where = role.kind_label
            if role.kind == permissions.COMMUNITY:
                where += " · " + self.tr("%n community(ies)", "", len(role.community_names))
            item = QListWidgetItem(f"{role.name}  ({where})", self.roles)
            item.setToolTip(
                ", ".join(role.community_names)
                if role.kind == permissions.COMMUNITY
                else role.kind_label
            )
            item.setData(Qt.ItemDataRole.UserRole, role.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            held = user is not None and role.id in user.role_ids
            item.setCheckState(Qt.CheckState.Checked if held else Qt.CheckState.Unchecked)
        form.add_field(
            "roles",
            self.tr("R&oles"),
            self.roles,
            self.tr("A user may hold several roles; permissions add up."),
        )
        self.active = QCheckBox(self.tr("&Active (may sign in)"), self)
        self.active.setChecked(True)
        self.active.setVisible(user is not None)
        if user is not None:
            form.add_row("", self.active)
            self.username.setText(user.username)
            self.username.setReadOnly(True)
            self.username.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.full_name.setText(user.full_name)
            self.email.setText(user.email)
        column.addWidget(form)
        self.email.editingFinished.connect(
            lambda: form.check_live(
                "email", lambda: normalize_email(self.email.text(), "email", False)
            )
        )
        self.add_buttons(column, self.tr("&Save"))
        (self.username if user is None else self.full_name).setFocus()

    def _check_passwords(self) -> bool:
        assert self.password is not None and self.repeat is not None
        password = self.password.text()
        if not password:
            return False
        ok = self.form.check_live("password", lambda: check_new_password(password))
        if self.repeat.text():
            same = self.password.text() == self.repeat.text()
            self.form.slots["password_repeat"].show(
                "" if same else self.tr("The passwords do not match.")
            )
            ok = ok and same
        return ok

    def checked_roles(self) -> set[int]:
        return {
            int(self.roles.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.roles.count())
            if self.roles.item(i).checkState() == Qt.CheckState.Checked
        }

    def set_role(self, role_id: int, checked: bool) -> None:
        for i in range(self.roles.count()):
            if self.roles.item(i).data(Qt.ItemDataRole.UserRole) == role_id:
                self.roles.item(i).setCheckState(
                    Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                )

    def save(self) -> None:
        service, actor = self.ctx.services.users, self.ctx.actor
        name, mail, role_ids = self.full_name.text(), self.email.text(), self.checked_roles()
        if self.user is None:
            assert self.password is not None and self.repeat is not None
            username, password = self.username.text(), self.password.text()
            if self.repeat.text() != password:
                self.form.clear_errors()
                self.form.show_errors({"password_repeat": self.tr("The passwords do not match.")})
                return
            self.submit(lambda _p: service.create(actor, username, name, mail, password, role_ids))
        else:
            user_id, active = self.user.id, self.active.isChecked()
            self.submit(lambda _p: service.update(actor, user_id, name, mail, role_ids, active))


class ResetPasswordDialog(FormDialog):
    def __init__(self, ctx: UiContext, user: UserRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user = user
        self.setWindowTitle(self.tr("Reset password"))
        self.setWindowIcon(icon("key-round"))
        self.setMinimumWidth(440)
        column = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Set a new password for «%1» (%2). Tell it to the user in person.")
            .replace("%1", user.username)
            .replace("%2", user.full_name),
            self,
        )
        intro.setWordWrap(True)
        intro.setObjectName("hint")
        column.addWidget(intro)
        self.form = ValidatedForm(self)
        self.password = _password_field(self)
        self.repeat = _password_field(self)
        self.form.add_field(
            "password",
            self.tr("&New password"),
            self.password,
            self.tr("At least %1 characters.").replace("%1", str(MIN_LENGTH)),
        )
        self.form.add_field("password_repeat", self.tr("&Repeat password"), self.repeat)
        column.addWidget(self.form)
        self.add_buttons(column, self.tr("&Reset password"))
        self.password.setFocus()

    def save(self) -> None:
        password = self.password.text()
        if self.repeat.text() != password:
            self.form.clear_errors()
            self.form.show_errors({"password_repeat": self.tr("The passwords do not match.")})
            return
        service, actor, user_id = self.ctx.services.users, self.ctx.actor, self.user.id
        self.submit(lambda _p: service.reset_password(actor, user_id, password))
