"""Owners and residents: the person form, and the picker the unit form uses to choose a person
by RUT/CUIT (or by name among the community's owners) and to register a new one."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from html import escape
from typing import Any

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from kastor_desktop.domain.contact_info import format_phone, normalize_email, normalize_phone
from kastor_desktop.domain.country import profile
from kastor_desktop.domain.errors import FieldError
from kastor_desktop.domain.taxid import normalize_tax_id
from kastor_desktop.services.communities import CommunityRow
from kastor_desktop.services.people import PersonDraft, PersonRow, split_items
from kastor_desktop.ui.community.master_dialog import MasterDialog
from kastor_desktop.ui.context import UiContext

SEPARATOR = "  —  "  # between name and tax id in the picker's suggestions


def phones_text(phones: str) -> str:
    return "; ".join(format_phone(p) for p in split_items(phones))


class PersonDialog(MasterDialog):
    service_name = "people"

    def __init__(
        self,
        ctx: UiContext,
        community: CommunityRow,
        row: PersonRow | None = None,
        parent: QWidget | None = None,
        tax_id: str = "",
    ) -> None:
        title = self.tr("Edit owner or resident") if row else self.tr("New owner or resident")
        super().__init__(
            ctx,
            community,
            row,
            title,
            "user",
            parent,
            self.tr(
                "A person is the same in every community of the office: their %1 identifies them. "
                "Fields marked * are required."
            ).replace("%1", profile(community.country).tax_id_label),
        )
        label = self.country.tax_id_label
        self.tax_id = self.tax_id_field("tax_id", f"&{label} *", row.tax_id if row else tax_id)
        self.full_name = self.text_field(
            "full_name", self.tr("&Name *"), row.full_name if row else ""
        )
        region = self.country.phone_region
        self.emails = self.checked_field(
            "emails",
            self.tr("E-&mails"),
            lambda text: "; ".join(normalize_email(e, "emails") for e in split_items(text)),
            row.emails if row else "",
            self.tr("Separate several with «;»."),
        )
        self.phones = self.checked_field(
            "phones",
            self.tr("&Phones"),
            lambda text: "; ".join(
                format_phone(normalize_phone(p, region, "phones")) for p in split_items(text)
            ),
            phones_text(row.phones) if row else "",
            self.tr("Example: +56 9 8765 4321; separate several with «;»."),
        )
        self.postal_address = self.text_field(
            "postal_address",
            self.tr("Postal &address"),
            row.postal_address if row else "",
            self.tr("Where paper notices are sent, when not to the unit."),
        )
        choices = [
            (self.tr("By e-mail"), "email"),
            (self.tr("On paper"), "paper"),
            (self.tr("By e-mail and on paper"), "both"),
        ]
        default = row.notice_preference if row else "paper"
        self.notices = self.combo_field("notice_preference", self.tr("N&otices"), choices, default)
        self._chosen = row is not None
        self.notices.activated.connect(lambda _i: setattr(self, "_chosen", True))
        self.emails.editingFinished.connect(self._suggest_notices)
        if row is not None and row.units:
            owns = ", ".join(row.owns) or "—"
            lives = ", ".join(row.resides) or "—"
            self.add_note(
                self.tr("Owner of: %1 · Resident of: %2").replace("%1", owns).replace("%2", lives)
            )
        self.finish()
        (self.full_name if tax_id else self.tax_id).setFocus()

    def _suggest_notices(self) -> None:
        """Until the user chooses, notices go by e-mail when there is one, else on paper."""
        if not self._chosen:
            wanted = "email" if self.emails.text().strip() else "paper"
            self.notices.setCurrentIndex(self.notices.findData(wanted))

    def draft(self) -> PersonDraft:
        return PersonDraft(
            tax_id=self.tax_id.text(),
            full_name=self.full_name.text(),
            emails=self.emails.text(),
            phones=self.phones.text(),
            postal_address=self.postal_address.text(),
            notice_preference=str(self.notices.currentData()),
        )


def suggestions(people: Mapping[str, str], parent: QWidget) -> QStringListModel:
    """«Name — tax id» of known people (tax id -> name), for the pickers of one form."""
    ordered = sorted(people.items(), key=lambda item: item[1])
    return QStringListModel([f"{name}{SEPARATOR}{tax_id}" for tax_id, name in ordered], parent)


class PersonPicker(QWidget):
    """A RUT/CUIT line with the person's name beside it; a button registers a new person or
    edits the one found. Typing a name suggests the people in ``known`` (see suggestions)."""

    problem = Signal(str)  # a Spanish message for the form's error line ("" clears it)
    changed = Signal()

    def __init__(
        self,
        ctx: UiContext,
        community: CommunityRow,
        known: QStringListModel,
        can_write: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.community = community
        self.can_write = can_write
        self.person: PersonRow | None = None
        self.invalid = False
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("%1 or name").replace("%1", self._label()))
        self.edit.setMaximumWidth(190)
        self.setFocusProxy(self.edit)
        row.addWidget(self.edit)
        self.name = QLabel(self)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.name, 1)
        self.button = QPushButton(self)
        self.button.clicked.connect(self._open)
        row.addWidget(self.button)
        completer = QCompleter(known, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._picked)
        self.edit.setCompleter(completer)
        self.edit.editingFinished.connect(self.look_up)
        self._show()

    def _label(self) -> str:
        return "CUIT" if self.community.country == "AR" else "RUT"

    def text(self) -> str:
        return self.edit.text().strip()

    def set_person(self, person: PersonRow | None) -> None:
        self.person, self.invalid = person, False
        self.edit.setText(person.tax_id if person else "")
        self._show()

    def _picked(self, suggestion: str) -> None:
        self.edit.setText(suggestion.rsplit(SEPARATOR, 1)[-1])
        self.look_up()

    def look_up(self) -> None:
        text = self.text()
        if SEPARATOR in text:
            text = text.rsplit(SEPARATOR, 1)[-1]
        self.person, self.invalid = None, False
        if text:
            try:
                text = normalize_tax_id(text, self.community.country, "tax_id")
            except FieldError as error:
                self.invalid = True
                self.problem.emit(error.message)
                self._show()
                return
            self.edit.setText(text)
            self.person = self.ctx.services.people.find(
                self.ctx.actor, text, self.community.country
            )
        self.problem.emit("")
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        text = self.text()
        if self.person is not None:
            self.name.setText(f"<b>{escape(self.person.full_name)}</b>")
            self.button.setText(self.tr("Edit…"))
        elif text and not self.invalid:
            missing = self.tr("Not registered yet")
            self.name.setText(f"<span style='color:#c0392b'>{missing}</span>")
            self.button.setText(self.tr("Register…"))
        else:
            nobody = "" if self.invalid else self.tr("Nobody")
            self.name.setText(f"<span style='color:#7f8c8d'>{nobody}</span>")
            self.button.setText(self.tr("New person…"))
        self.button.setEnabled(self.can_write)

    def _open(self) -> None:
        tax_id = "" if self.person or self.invalid else self.text()
        dialog = PersonDialog(self.ctx, self.community, self.person, self.window(), tax_id)
        self.open_dialog(dialog, lambda row: self.set_person(row))

    def open_dialog(self, dialog: PersonDialog, then: Callable[[Any], None]) -> None:
        if dialog.exec() and dialog.outcome is not None:
            then(dialog.outcome.value)
            self.problem.emit("")
            self.changed.emit()
