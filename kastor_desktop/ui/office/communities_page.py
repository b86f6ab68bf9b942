"""Office home list of communities: search, create, edit, delete (after a backup), enter."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QMainWindow, QWidget

from kastor_desktop.domain.contact_info import format_phone
from kastor_desktop.services.communities import CommunityRow
from kastor_desktop.ui.context import UiContext
from kastor_desktop.ui.icons import icon
from kastor_desktop.ui.office.community_dialog import CommunityDialog
from kastor_desktop.ui.table_model import Column
from kastor_desktop.ui.widgets import messages
from kastor_desktop.ui.widgets.table_page import TablePage


class CommunitiesPage(TablePage):
    areas = ("communities", "contacts")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        self.ctx = ctx
        building = icon("building-2")
        columns: list[Column[CommunityRow]] = [
            Column(self.tr("Code"), lambda c: c.code, icon=lambda c: building),
            Column(self.tr("Name"), lambda c: c.name),
            Column(self.tr("Tax id"), lambda c: c.tax_id),
            Column(self.tr("Address"), lambda c: c.address),
            Column(self.tr("E-mail"), lambda c: c.email),
            Column(self.tr("Phone"), lambda c: format_phone(c.phone)),
            Column(
                self.tr("Contact"),
                lambda c: (
                    c.contact_name
                    + ("" if not c.contact_name or c.contact_shown else self.tr(" (hidden)"))
                ),
            ),
        ]
        super().__init__(self.tr("Communities"), columns, parent)
        self.search.setPlaceholderText(self.tr("Search by name, code or address… (Ctrl+F)"))
        self.enter_button = self.add_button(
            self.tr("&Enter"), "log-in", self.activated, None, needs_row=True
        )
        if ctx.can("communities.create"):
            self.add_button(self.tr("&Create community"), "plus", self.create, "Ctrl+N")
        self.edit_button = self.add_button(
            self.tr("E&dit"), "pencil", self.edit, "Ctrl+E", needs_row=True
        )
        if ctx.can("communities.delete"):
            self.add_button(self.tr("De&lete"), "trash-2", self.delete, "Del", needs_row=True)
        if ctx.can("communities.create"):
            self.set_empty_hint(
                self.tr(
                    "No communities yet. Create the first one with «Create community» (Ctrl+N)."
                )
            )
        else:
            self.set_empty_hint(self.tr("You have no communities to see. Ask an administrator."))
        self.add_export_button(self.tr("communities.xlsx"), ctx.runner)
        widths = (110, 230, 110, 300, 240, 130)
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, width)

    def load(self) -> Sequence[CommunityRow]:
        return self.ctx.services.communities.list(self.ctx.actor)

    def selection_changed(self) -> None:
        row = self.selected()
        self.edit_button.setEnabled(row is not None and self.ctx.can("communities.edit", row.id))

    def activated(self) -> None:
        row = self.selected()
        if row is not None and self.ctx.navigator is not None:
            self.ctx.navigator.enter_community(row.id)

    def create(self) -> None:
        dialog = CommunityDialog(self.ctx, None, self)
        if dialog.exec() and dialog.saved is not None:
            saved = dialog.saved
            self.select_where(lambda c: c.id == saved.id)

    def edit(self) -> None:
        row = self.selected()
        if row is None or not self.ctx.can("communities.edit", row.id):
            return
        CommunityDialog(self.ctx, row, self).exec()

    def delete(self) -> None:
        row = self.selected()
        if row is None:
            return
        question = self.tr(
            "Delete the community «%1»?\n\nA backup of the whole database is taken first, "
            "and the deletion is recorded in the audit log."
        ).replace("%1", row.name)
        if not messages.confirm(self, self.tr("Delete community"), question, danger=True):
            return
        services, actor = self.ctx.services, self.ctx.actor
        self.ctx.runner.run_db(
            lambda _p: services.communities.delete(actor, row.id),
            self._deleted,
            lambda error: messages.show_error(self, error),
            label=self.tr("Backing up and deleting…"),
            parent=self,
        )

    def _deleted(self, outcome) -> None:  # type: ignore[no-untyped-def]
        self.ctx.changed(outcome.changes)
        window = self.window()
        if isinstance(window, QMainWindow):
            message = self.tr("Community deleted. Backup: %1").replace("%1", outcome.value.name)
            window.statusBar().showMessage(message, 8000)
