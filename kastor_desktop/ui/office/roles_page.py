"""Roles of the office: Administración (office-wide) and Comunidad (in chosen communities)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget

from kastor_desktop.domain import permissions
from kastor_desktop.services.roles import KIND_LABELS, RoleRow
from kastor_desktop.ui.context import UiContext
from kastor_desktop.ui.icons import icon
from kastor_desktop.ui.office.role_dialog import RoleDialog
from kastor_desktop.ui.table_model import Column
from kastor_desktop.ui.widgets import messages
from kastor_desktop.ui.widgets.table_page import TablePage


class RolesPage(TablePage):
    areas = ("roles", "users", "communities")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        self.ctx = ctx
        shield, building = icon("shield-check"), icon("building-2")
        every = self.tr("All")
        columns: list[Column[RoleRow]] = [
            Column(
                self.tr("Name"),
                lambda r: r.name,
                icon=lambda r: shield if r.kind == permissions.OFFICE else building,
            ),
            Column(self.tr("Type"), lambda r: r.kind_label),
            Column(
                self.tr("Communities"),
                lambda r: every if r.kind == permissions.OFFICE else ", ".join(r.community_names),
            ),
            Column(
                self.tr("Permissions"),
                lambda r: str(len(r.permissions)),
                key=lambda r: len(r.permissions),
                align_right=True,
            ),
            Column(
                self.tr("Users"),
                lambda r: ", ".join(r.holders),
                key=lambda r: (len(r.holders), r.holders),
            ),
        ]
        super().__init__(self.tr("Roles"), columns, parent)
        self.search.setPlaceholderText(self.tr("Search… (Ctrl+F)"))
        self.search.setToolTip(self.tr("Search by name, community or user"))
        self.kind_filter = QComboBox(self)
        self.kind_filter.addItem(self.tr("All types"), None)
        self.kind_filter.addItem(KIND_LABELS[permissions.OFFICE], permissions.OFFICE)
        self.kind_filter.addItem(KIND_LABELS[permissions.COMMUNITY], permissions.COMMUNITY)
        self.kind_filter.setToolTip(
            self.tr("Type of role: office-wide (Administración) or per community (Comunidad)")
        )
        self.kind_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.buttons.addWidget(self.kind_filter)
        self.add_button(self.tr("&New role"), "plus", self.create, "Ctrl+N")
        self.add_button(self.tr("&Edit"), "pencil", self.edit, "Ctrl+E", needs_row=True)
        self.add_button(self.tr("&Delete"), "trash-2", self.delete, "Del", needs_row=True)
        self.add_export_button(self.tr("roles.xlsx"), ctx.runner)
        self.set_empty_hint(self.tr("No roles of this type. Use «New role» (Ctrl+N)."))
        for column, width in enumerate((200, 130, 260, 100)):
            self.table.setColumnWidth(column, width)

    def load(self) -> Sequence[RoleRow]:
        return self.ctx.services.roles.list(self.ctx.actor, self.kind_filter.currentData())

    def activated(self) -> None:
        self.edit()

    def _communities(self) -> list[Any]:
        return self.ctx.services.communities.list(self.ctx.actor)

    def create(self) -> None:
        kind = self.kind_filter.currentData() or permissions.OFFICE
        dialog = RoleDialog(self.ctx, self._communities(), None, kind, self)
        if dialog.exec() and dialog.outcome is not None:
            new_id = dialog.outcome.value.id
            self.select_where(lambda r: r.id == new_id)

    def edit(self) -> None:
        row = self.selected()
        if row is not None:
            RoleDialog(self.ctx, self._communities(), row, row.kind, self).exec()

    def delete(self) -> None:
        row = self.selected()
        if row is None:
            return
        question = self.tr("Delete the role «%1»?").replace("%1", row.name)
        # A role still held is refused by the service with a message naming the users: no question first.
        if not row.holders and not messages.confirm(
            self, self.tr("Delete role"), question, danger=True
        ):
            return
        service, actor = self.ctx.services.roles, self.ctx.actor
        self.ctx.runner.run_db(
            lambda _p: service.delete(actor, row.id),
            lambda outcome: self.ctx.changed(outcome.changes),
            lambda error: messages.show_error(self, error),
            parent=self,
        )
