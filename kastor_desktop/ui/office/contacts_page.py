"""Contacts of the office: the contacts themselves, and the communities with (or without) one.

Tab «Contacts»: create, edit, associate communities, delete (warning which communities lose it).
Tab «Communities»: every community with its contact, the «Mostrar» switch, associate, dissociate.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QMessageBox, QTabWidget, QVBoxLayout, QWidget

from kastor_desktop.domain.contact_info import format_phone
from kastor_desktop.services.contacts import CommunityContactRow, ContactRow
from kastor_desktop.services.context import Changes
from kastor_desktop.ui.context import UiContext
from kastor_desktop.ui.icons import icon
from kastor_desktop.ui.office.contact_dialog import (
    AssociateContactDialog,
    ContactCommunitiesDialog,
    ContactDialog,
)
from kastor_desktop.ui.table_model import Column, RowTableModel
from kastor_desktop.ui.widgets import messages
from kastor_desktop.ui.widgets.table_page import TablePage

Index = QModelIndex | QPersistentModelIndex
SHOW_COLUMN = 3


class ContactsTab(TablePage):
    areas = ("contacts", "communities")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        self.ctx = ctx
        person = icon("contact-round")
        columns: list[Column[ContactRow]] = [
            Column(self.tr("Name"), lambda c: c.name, icon=lambda c: person),
            Column(self.tr("E-mail"), lambda c: c.email),
            Column(self.tr("Phone"), lambda c: format_phone(c.phone)),
            Column(
                self.tr("Communities"),
                lambda c: ", ".join(c.communities),
                key=lambda c: (len(c.communities), c.communities),
            ),
        ]
        super().__init__(self.tr("Contacts"), columns, parent)
        self.search.setPlaceholderText(self.tr("Search… (Ctrl+F)"))
        self.search.setToolTip(self.tr("Search by name, e-mail, phone or community"))
        self.title.hide()
        self.layout().setContentsMargins(0, 8, 0, 8)
        self.add_button(self.tr("&Create contact"), "plus", self.create, "Ctrl+N")
        self.add_button(self.tr("&Edit"), "pencil", self.edit, "Ctrl+E", needs_row=True)
        self.add_button(
            self.tr("&Associate communities…"), "link", self.associate, "Ctrl+L", needs_row=True
        )
        self.add_button(self.tr("&Delete"), "trash-2", self.delete, "Del", needs_row=True)
        self.add_export_button(self.tr("contacts.xlsx"), ctx.runner)
        self.set_empty_hint(
            self.tr(
                "No contacts yet. Use «Create contact» (Ctrl+N) to add the person "
                "who answers co-owners' requests."
            )
        )
        for column, width in enumerate((240, 260, 160)):
            self.table.setColumnWidth(column, width)

    def load(self) -> Sequence[ContactRow]:
        return self.ctx.services.contacts.list(self.ctx.actor)

    def activated(self) -> None:
        self.edit()

    def create(self) -> None:
        dialog = ContactDialog(self.ctx, None, self)
        if dialog.exec() and dialog.outcome is not None:
            new_id = dialog.outcome.value.id
            self.select_where(lambda c: c.id == new_id)

    def edit(self) -> None:
        row = self.selected()
        if row is not None:
            ContactDialog(self.ctx, row, self).exec()

    def associate(self) -> None:
        row = self.selected()
        if row is None:
            return
        communities = self.ctx.services.contacts.associations(self.ctx.actor)
        ContactCommunitiesDialog(self.ctx, row, communities, self).exec()

    def delete(self) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            losing = self.ctx.services.contacts.delete_impact(self.ctx.actor, row.id)
        except Exception as error:  # noqa: BLE001 - shown to the user
            messages.show_error(self, error)
            return
        question = self.tr("Delete the contact «%1»?").replace("%1", row.name)
        if losing:
            question += "\n\n" + self.tr(
                "These communities will be left without a contact: %1."
            ).replace("%1", ", ".join(losing))
        else:
            question += "\n\n" + self.tr("No community uses this contact.")
        if not messages.confirm(self, self.tr("Delete contact"), question, danger=bool(losing)):
            return
        service, actor = self.ctx.services.contacts, self.ctx.actor
        self.ctx.runner.run_db(
            lambda _p: service.delete(actor, row.id),
            self._done,
            lambda error: messages.show_error(self, error),
            parent=self,
        )

    def _done(self, outcome: Any) -> None:
        self.ctx.changed(outcome.changes)


class AssociationModel(RowTableModel[CommunityContactRow]):
    """Adds the «Mostrar» check box to the rows that have a contact. The column's text (yes/no)
    goes to the exported workbook only: on screen the check box says it, and search skips it."""

    toggled = Signal(object, bool)

    def __init__(self, columns: Sequence[Column[CommunityContactRow]], parent: Any = None) -> None:
        super().__init__(
            columns,
            parent,
            search=lambda r: f"{r.community_code} {r.community_name} {r.contact_name}",
        )

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        row = self.row_at(index.row())
        if index.column() == SHOW_COLUMN and row is not None and row.contact_id is not None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.column() == SHOW_COLUMN and role == Qt.ItemDataRole.DisplayRole:
            return ""
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == SHOW_COLUMN:
            row = self.row_at(index.row())
            if row is None or row.contact_id is None:
                return None
            return Qt.CheckState.Checked if row.shown else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        row = self.row_at(index.row())
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != SHOW_COLUMN or row is None:
            return False
        checked = value == Qt.CheckState.Checked or value == Qt.CheckState.Checked.value
        self.toggled.emit(row, bool(checked))
        return True


class CommunitiesTab(TablePage):
    areas = ("contacts", "communities")
    model_class = AssociationModel
    ALL, WITH, WITHOUT = "all", "with", "without"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        self.ctx = ctx
        self._all: list[CommunityContactRow] = []
        building = icon("building-2")
        no_contact, yes, no = self.tr("Without contact"), self.tr("Yes"), self.tr("No")
        columns: list[Column[CommunityContactRow]] = [
            Column(self.tr("Code"), lambda r: r.community_code, icon=lambda r: building),
            Column(self.tr("Community"), lambda r: r.community_name),
            Column(
                self.tr("Contact"),
                lambda r: r.contact_name or no_contact,
                key=lambda r: (r.contact_id is None, r.contact_name.casefold()),
            ),
            Column(
                self.tr("Show"),
                lambda r: "" if r.contact_id is None else (yes if r.shown else no),
                key=lambda r: (r.contact_id is None, not r.shown),
            ),
        ]
        super().__init__(self.tr("Communities"), columns, parent)
        self.model.toggled.connect(self.set_shown)  # type: ignore[attr-defined]
        self.search.setPlaceholderText(self.tr("Search… (Ctrl+F)"))
        self.search.setToolTip(self.tr("Search by community or contact"))
        self.title.hide()
        self.layout().setContentsMargins(0, 8, 0, 8)
        self.filter = QComboBox(self)
        self.filter.addItem(self.tr("All communities"), self.ALL)
        self.filter.addItem(self.tr("With contact"), self.WITH)
        self.filter.addItem(self.tr("Without contact"), self.WITHOUT)
        self.filter.setToolTip(self.tr("List only communities with or without a contact"))
        self.filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.buttons.addWidget(self.filter)
        self.add_button(self.tr("&Associate contact…"), "link", self.associate, "Ctrl+N")
        self.show_button = self.add_button(
            self.tr("&Show"), "eye", self.toggle_shown, "Ctrl+M", needs_row=True
        )
        self.add_button(self.tr("&Dissociate"), "unlink", self.dissociate, "Del", needs_row=True)
        self.add_export_button(self.tr("community-contacts.xlsx"), ctx.runner)
        for column, width in enumerate((110, 280, 260)):
            self.table.setColumnWidth(column, width)

    def load(self) -> Sequence[CommunityContactRow]:
        self._all = self.ctx.services.contacts.associations(self.ctx.actor)
        mode = self.filter.currentData()
        if not self._all:
            self.set_empty_hint(self.tr("No communities yet. Create them in «Communities»."))
        else:
            self.set_empty_hint(self.tr("No community matches this filter."))
        if mode == self.WITH:
            return [r for r in self._all if r.contact_id is not None]
        if mode == self.WITHOUT:
            return [r for r in self._all if r.contact_id is None]
        return self._all

    def _update_counter(self) -> None:
        super()._update_counter()
        with_contact = sum(1 for r in self._all if r.contact_id is not None)
        total = len(self._all)
        summary = (
            self.tr("%1 with contact, %2 without")
            .replace("%1", str(with_contact))
            .replace("%2", str(total - with_contact))
        )
        self.counter.setText(self.counter.text() + "  ·  " + summary)

    def selection_changed(self) -> None:
        row = self.selected()
        has_contact = row is not None and row.contact_id is not None
        if hasattr(self, "show_button"):
            self.show_button.setText(
                self.tr("&Hide") if has_contact and row.shown else self.tr("&Show")
            )
            self.show_button.setIcon(icon("eye-off") if has_contact and row.shown else icon("eye"))
        for index in range(self.buttons.count()):
            widget = self.buttons.itemAt(index).widget()
            if widget is not None and widget.property("needsRow"):
                widget.setEnabled(has_contact)

    def _update_buttons(self) -> None:
        self.selection_changed()

    def activated(self) -> None:
        self.associate()

    def associate(self) -> None:
        contacts = self.ctx.services.contacts.list(self.ctx.actor)
        if not contacts:
            QMessageBox.information(
                self,
                self.tr("Associate contact"),
                self.tr("There are no contacts yet: create one in the «Contacts» tab first."),
            )
            return
        row = self.selected()
        AssociateContactDialog(
            self.ctx,
            self.ctx.services.contacts.associations(self.ctx.actor),
            contacts,
            row.community_id if row else None,
            self,
        ).exec()

    def toggle_shown(self) -> None:
        row = self.selected()
        if row is not None and row.contact_id is not None:
            self.set_shown(row, not row.shown)

    def set_shown(self, row: CommunityContactRow, shown: bool) -> None:
        service, actor = self.ctx.services.contacts, self.ctx.actor
        self.ctx.runner.run_db(
            lambda _p: service.set_shown(actor, row.community_id, shown),
            self._done,
            self._failed,
            parent=self,
        )

    def dissociate(self) -> None:
        row = self.selected()
        if row is None or row.contact_id is None:
            return
        question = self.tr(
            "Dissociate «%1» from «%2»? The community will be left without a contact."
        )
        question = question.replace("%1", row.contact_name).replace("%2", row.community_name)
        if not messages.confirm(self, self.tr("Dissociate contact"), question):
            return
        service, actor = self.ctx.services.contacts, self.ctx.actor
        self.ctx.runner.run_db(
            lambda _p: service.dissociate(actor, row.community_id),
            self._done,
            self._failed,
            parent=self,
        )

    def _done(self, outcome: Any) -> None:
        self.ctx.changed(outcome.changes)

    def _failed(self, error: BaseException) -> None:
        messages.show_error(self, error)
        self.refresh()


class ContactsPage(QWidget):
    """The «Contacts» area of the office home: two tabs over the same service."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 12, 16, 0)
        title = QLabel(self.tr("Contacts"), self)
        title.setObjectName("pageTitle")
        column.addWidget(title)
        intro = QLabel(
            self.tr(
                "The people who answer co-owners' requests. A community has at most one contact; "
                "turn on «Show» to print it on that community's notices and e-mails."
            ),
            self,
        )
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        column.addWidget(intro)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.contacts = ContactsTab(ctx, self.tabs)
        self.communities = CommunitiesTab(ctx, self.tabs)
        self.tabs.addTab(self.contacts, icon("contact-round"), self.tr("Contacts"))
        self.tabs.addTab(self.communities, icon("building-2"), self.tr("Communities and «Show»"))
        column.addWidget(self.tabs)

    def refresh(self) -> None:
        self.contacts.refresh()
        self.communities.refresh()

    def on_changes(self, changes: Changes) -> None:
        self.contacts.on_changes(changes)
        self.communities.on_changes(changes)
