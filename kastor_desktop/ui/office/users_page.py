"""Users of the office: list, create, edit (name, e-mail, roles, active), reset password."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from kastor_desktop.services.users import UserRow
from kastor_desktop.ui.context import UiContext
from kastor_desktop.ui.icons import icon
from kastor_desktop.ui.office.users_dialog import ResetPasswordDialog, UserDialog
from kastor_desktop.ui.table_model import Column
from kastor_desktop.ui.widgets.table_page import TablePage


class UsersPage(TablePage):
    areas = ("users", "roles")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        self.ctx = ctx
        person, inactive = icon("user"), icon("user", "#95a5a6")
        yes, no = self.tr("Yes"), self.tr("No")
        columns: list[Column[UserRow]] = [
            Column(
                self.tr("Username"),
                lambda u: u.username,
                icon=lambda u: person if u.active else inactive,
            ),
            Column(self.tr("Full name"), lambda u: u.full_name),
            Column(self.tr("E-mail"), lambda u: u.email),
            Column(self.tr("Roles"), lambda u: ", ".join(u.role_names)),
            Column(self.tr("Active"), lambda u: yes if u.active else no),
        ]
        super().__init__(self.tr("Users"), columns, parent)
        self.search.setPlaceholderText(self.tr("Search… (Ctrl+F)"))
        self.search.setToolTip(self.tr("Search by username, name, e-mail or role"))
        self.add_button(self.tr("&New user"), "plus", self.create, "Ctrl+N")
        self.add_button(self.tr("&Edit"), "pencil", self.edit, "Ctrl+E", needs_row=True)
        self.add_button(
            self.tr("&Reset password…"), "key-round", self.reset_password, "Ctrl+R", needs_row=True
        )
        self.add_export_button(self.tr("users.xlsx"), ctx.runner)
        self.set_empty_hint(self.tr("No users. Use «New user» (Ctrl+N)."))
        for column, width in enumerate((150, 240, 260, 260)):
            self.table.setColumnWidth(column, width)

    def load(self) -> Sequence[UserRow]:
        return self.ctx.services.users.list(self.ctx.actor)

    def activated(self) -> None:
        self.edit()

    def create(self) -> None:
        dialog = UserDialog(self.ctx, self.ctx.services.roles.list(self.ctx.actor), None, self)
        if dialog.exec() and dialog.outcome is not None:
            new_id = dialog.outcome.value.id
            self.select_where(lambda u: u.id == new_id)

    def edit(self) -> None:
        row = self.selected()
        if row is not None:
            UserDialog(self.ctx, self.ctx.services.roles.list(self.ctx.actor), row, self).exec()

    def reset_password(self) -> None:
        row = self.selected()
        if row is not None:
            ResetPasswordDialog(self.ctx, row, self).exec()
