"""Contact dialogs: create/edit a contact, associate a community with a contact, and choose the
communities a contact serves."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kastor_desktop.domain.contact_info import format_phone, normalize_email, normalize_phone
from kastor_desktop.services.contacts import CommunityContactRow, ContactRow
from kastor_desktop.services.context import Changes
from kastor_desktop.ui.context import UiContext
from kastor_desktop.ui.forms import ValidatedForm
from kastor_desktop.ui.icons import icon
from kastor_desktop.ui.widgets import messages
from kastor_desktop.ui.widgets.form_dialog import FormDialog


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    save = box.button(QDialogButtonBox.StandardButton.Save)
    save.setText(ok_text)
    save.setIcon(icon("save"))
    save.setDefault(True)
    box.rejected.connect(dialog.reject)
    return box


class ContactDialog(FormDialog):
    """Create (``contact=None``) or edit a contact: name, e-mail, phone; at least one of the two."""

    def __init__(
        self, ctx: UiContext, contact: ContactRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.contact = contact
        self.outcome: Any = None
        self.setWindowTitle(
            self.tr("Create contact") if contact is None else self.tr("Edit contact")
        )
        self.setMinimumWidth(460)
        column = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The person who answers co-owners' requests. Give at least an e-mail or a phone."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setObjectName("hint")
        column.addWidget(intro)
        self.form = ValidatedForm(self)
        self.name = QLineEdit(self)
        self.name.setMaxLength(200)
        self.email = QLineEdit(self)
        self.email.setPlaceholderText("nombre@dominio.cl")
        self.phone = QLineEdit(self)
        self.phone.setPlaceholderText("+56 9 8765 4321")
        self.form.add_field("name", self.tr("&Name"), self.name)
        self.form.add_field("email", self.tr("&E-mail"), self.email)
        self.form.add_field(
            "phone", self.tr("&Phone"), self.phone, self.tr("Chilean or Argentine number.")
        )
        column.addWidget(self.form)
        self.buttons = _buttons(self, self.tr("&Save"))
        self.buttons.accepted.connect(self.save)
        column.addWidget(self.buttons)
        if contact is not None:
            self.name.setText(contact.name)
            self.email.setText(contact.email)
            self.phone.setText(format_phone(contact.phone))
        self.email.editingFinished.connect(
            lambda: self.form.check_live(
                "email", lambda: normalize_email(self.email.text(), "email", False)
            )
        )
        self.phone.editingFinished.connect(
            lambda: self.form.check_live(
                "phone", lambda: normalize_phone(self.phone.text(), "CL", "phone", False)
            )
        )
        self.setTabOrder(self.name, self.email)
        self.setTabOrder(self.email, self.phone)
        self.name.setFocus()

    def save(self) -> None:
        self.form.clear_errors()
        name, email, phone = self.name.text(), self.email.text(), self.phone.text()
        service, actor = self.ctx.services.contacts, self.ctx.actor
        if self.contact is None:

            def job(_progress: Any) -> Any:
                return service.create(actor, name, email, phone)
        else:
            contact_id = self.contact.id

            def job(_progress: Any) -> Any:
                return service.update(actor, contact_id, name, email, phone)

        self.buttons.setEnabled(False)
        self.ctx.runner.run_db(job, self._saved, self._failed, parent=self)


class AssociateContactDialog(QDialog):
    """«Asociar contacto»: pick a community and a contact, and whether to show it on notices."""

    def __init__(
        self,
        ctx: UiContext,
        communities: list[CommunityContactRow],
        contacts: list[ContactRow],
        community_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Associate contact"))
        self.setMinimumWidth(480)
        column = QVBoxLayout(self)
        self.form = ValidatedForm(self)
        self.community = QComboBox(self)
        self.rows = {row.community_id: row for row in communities}
        available = self.tr("available")
        for row in communities:
            suffix = (
                available
                if row.contact_id is None
                else self.tr("contact: %1").replace("%1", row.contact_name)
            )
            self.community.addItem(f"{row.community_name}  ({suffix})", row.community_id)
        self.contact = QComboBox(self)
        for contact in contacts:
            self.contact.addItem(contact.name, contact.id)
        self.shown = QCheckBox(
            self.tr("S&how the contact on this community's notices and e-mails"), self
        )
        self.form.add_field("community", self.tr("C&ommunity"), self.community)
        self.form.add_field("contact", self.tr("Con&tact"), self.contact)
        self.form.add_row("", self.shown)
        column.addWidget(self.form)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setObjectName("hint")
        column.addWidget(self.note)
        self.buttons = _buttons(self, self.tr("&Associate"))
        self.buttons.accepted.connect(self.save)
        column.addWidget(self.buttons)
        self.community.currentIndexChanged.connect(self._community_changed)
        self.contact.currentIndexChanged.connect(self._update_note)
        if community_id is not None:
            self.community.setCurrentIndex(max(0, self.community.findData(community_id)))
        self._community_changed()
        self.community.setFocus()

    def _community_changed(self) -> None:
        """Start from what the community has now: its contact and its «Mostrar» state."""
        row = self.rows.get(self.community.currentData())
        if row is not None and row.contact_id is not None:
            self.contact.setCurrentIndex(max(0, self.contact.findData(row.contact_id)))
        self.shown.setChecked(bool(row and row.shown))
        self._update_note()

    def _update_note(self) -> None:
        row = self.rows.get(self.community.currentData())
        current = row.contact_id if row is not None else None
        if current is not None and current != self.contact.currentData():
            self.note.setText(
                self.tr("A community has one contact: the current one will be replaced.")
            )
        else:
            self.note.setText("")

    def save(self) -> None:
        community_id, contact_id, shown = (
            self.community.currentData(),
            self.contact.currentData(),
            self.shown.isChecked(),
        )
        if community_id is None or contact_id is None:
            self.form.show_errors(
                {"community" if community_id is None else "contact": self.tr("Choose one.")}
            )
            return
        service, actor = self.ctx.services.contacts, self.ctx.actor
        self.buttons.setEnabled(False)
        self.ctx.runner.run_db(
            lambda _p: service.associate(actor, contact_id, community_id, shown),
            self._saved,
            self._failed,
            parent=self,
        )

    def _saved(self, outcome: Any) -> None:
        self.buttons.setEnabled(True)
        self.ctx.changed(outcome.changes)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        messages.show_error(self, error)


class ContactCommunitiesDialog(QDialog):
    """«Asociar comunidades» from a contact: tick the communities this contact serves."""

    def __init__(
        self,
        ctx: UiContext,
        contact: ContactRow,
        communities: list[CommunityContactRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.contact = contact
        self.setWindowTitle(self.tr("Communities of %1").replace("%1", contact.name))
        self.setMinimumSize(480, 380)
        column = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Tick the communities this contact serves. A community has one contact: "
                "ticking one that has another contact replaces it."
            ),
            self,
        )
        intro.setWordWrap(True)
        column.addWidget(intro)
        self.list = QListWidget(self)
        self.before: set[int] = set()
        available, taken = self.tr("available"), self.tr("contact: %1")
        for row in communities:
            if row.contact_id == contact.id:
                text = row.community_name
                self.before.add(row.community_id)
            elif row.contact_id is None:
                text = f"{row.community_name}  ({available})"
            else:
                text = f"{row.community_name}  ({taken.replace('%1', row.contact_name)})"
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, row.community_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if row.contact_id == contact.id else Qt.CheckState.Unchecked
            )
        if not communities:
            QListWidgetItem(self.tr("There are no communities yet."), self.list).setFlags(
                Qt.ItemFlag.NoItemFlags
            )
        column.addWidget(self.list, 1)
        note = QLabel(
            self.tr(
                "To print the contact on notices and e-mails, turn on «Show» in the Communities tab."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setObjectName("hint")
        column.addWidget(note)
        self.buttons = _buttons(self, self.tr("&Save"))
        self.buttons.accepted.connect(self.save)
        column.addWidget(self.buttons)
        self.list.setFocus()
        if self.list.count():
            self.list.setCurrentRow(0)

    def checked(self) -> set[int]:
        found: set[int] = set()
        for index in range(self.list.count()):
            item = self.list.item(index)
            if (
                item.checkState() == Qt.CheckState.Checked
                and item.data(Qt.ItemDataRole.UserRole) is not None
            ):
                found.add(int(item.data(Qt.ItemDataRole.UserRole)))
        return found

    def set_checked(self, community_id: int, checked: bool) -> None:
        for index in range(self.list.count()):
            item = self.list.item(index)
            if item.data(Qt.ItemDataRole.UserRole) == community_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def save(self) -> None:
        wanted = self.checked()
        add, remove = sorted(wanted - self.before), sorted(self.before - wanted)
        if not add and not remove:
            self.accept()
            return
        service, actor, contact_id = self.ctx.services.contacts, self.ctx.actor, self.contact.id

        def job(progress: Any) -> Changes:
            total = len(add) + len(remove)
            for number, community_id in enumerate(add):
                progress.step(number, total)
                service.associate(actor, contact_id, community_id, False)
            for number, community_id in enumerate(remove, start=len(add)):
                progress.step(number, total)
                service.dissociate(actor, community_id)
            return Changes.of("contacts", "communities")

        self.buttons.setEnabled(False)
        self.ctx.runner.run_db(job, self._saved, self._failed, parent=self)

    def _saved(self, changes: Changes) -> None:
        self.buttons.setEnabled(True)
        self.ctx.changed(changes)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.ctx.changed(Changes.of("contacts", "communities"))  # some steps may have been saved
        messages.show_error(self, error)
