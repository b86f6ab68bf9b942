"""The small form dialog every master-data screen uses: a ValidatedForm, Save/Cancel, fields that
check themselves as the user leaves them (tax id, e-mail, phone, amounts, dates), and a save that
runs the service call on the task runner and shows the service's Spanish messages inline."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kastor_desktop.domain.contact_info import format_phone, normalize_email, normalize_phone
from kastor_desktop.domain.country import CountryProfile, profile
from kastor_desktop.domain.money import format_amount
from kastor_desktop.domain.taxid import normalize_tax_id
from kastor_desktop.domain.values import day, minor_units
from kastor_desktop.services.communities import CommunityRow
from kastor_desktop.services.context import Outcome
from kastor_desktop.ui.context import UiContext
from kastor_desktop.ui.forms import ValidatedForm
from kastor_desktop.ui.icons import icon
from kastor_desktop.ui.widgets.form_dialog import FormDialog

DATE_FORMAT = "%d-%m-%Y"


def show_date(value: date | None) -> str:
    return value.strftime(DATE_FORMAT) if value else ""


class MasterDialog(FormDialog):
    """Subclasses add their fields with the helpers below, then call ``finish()``, and give
    ``draft()`` (the values read from the widgets) for ``service_name``'s create/update, or
    override ``call()`` for another service call."""

    service_name = ""  # the attribute of Services: "suppliers", "workers"...

    def __init__(
        self,
        ctx: UiContext,
        community: CommunityRow,
        row: Any,
        title: str,
        icon_name: str,
        parent: QWidget | None = None,
        intro: str = "",
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.community = community
        self.row = row
        self.outcome: Outcome[Any] | None = None
        self.setWindowTitle(title)
        self.setWindowIcon(icon(icon_name))
        self.setMinimumWidth(520)
        self.column = QVBoxLayout(self)
        if intro:
            self.add_note(intro)
        self.form = ValidatedForm(self)
        self.column.addWidget(self.form)

    def add_note(self, text: str = "") -> QLabel:
        """A grey line of explanation (above the form, or below it when added later)."""
        note = QLabel(text, self)
        note.setObjectName("hint")
        note.setWordWrap(True)
        self.column.addWidget(note)
        return note

    @property
    def country(self) -> CountryProfile:
        return profile(self.community.country)

    # -- fields ---------------------------------------------------------------------------
    def text_field(self, key: str, label: str, value: str = "", hint: str = "") -> QLineEdit:
        edit = QLineEdit(value, self)
        edit.setObjectName(key)
        self.form.add_field(key, label, edit, hint)
        return edit

    def checked_field(
        self,
        key: str,
        label: str,
        check: Callable[[str], object],
        value: str = "",
        hint: str = "",
        shown: Callable[[Any], str] = str,
    ) -> QLineEdit:
        """A line that runs ``check`` when left (if not empty) and rewrites what it returns."""
        edit = self.text_field(key, label, value, hint)

        def leave() -> None:
            text = edit.text().strip()
            if not text:
                self.form.slots[key].show("")
                return
            result: list[object] = []
            checked = self.form.check_live(key, lambda: result.append(check(text)))
            if checked and result and result[0] is not None:
                edit.setText(shown(result[0]))

        edit.editingFinished.connect(leave)
        return edit

    def tax_id_field(self, key: str, label: str, value: str = "", hint: str = "") -> QLineEdit:
        country = self.community.country
        return self.checked_field(
            key, label, lambda text: normalize_tax_id(text, country, key), value, hint
        )

    def email_field(self, key: str, label: str, value: str = "") -> QLineEdit:
        return self.checked_field(key, label, lambda text: normalize_email(text, key), value)

    def phone_field(self, key: str, label: str, value: str = "", hint: str = "") -> QLineEdit:
        region = self.country.phone_region
        return self.checked_field(
            key,
            label,
            lambda text: normalize_phone(text, region, key),
            format_phone(value),
            hint,
            format_phone,
        )

    def amount_field(
        self, key: str, label: str, name: str, value: int | None = None, hint: str = ""
    ) -> QLineEdit:
        """Typed as offices write it («1.250.000», «1.250,50»); shown back the same way.
        ``name`` is the Spanish name the service gives the field in its messages."""
        exponent = self.country.minor_exponent
        shown = "" if value is None else format_amount(value, exponent, "")

        def check(text: str) -> object:
            return minor_units(text, exponent, key, name)

        edit = self.checked_field(
            key, label, check, shown, hint, lambda minor: format_amount(int(minor), exponent, "")
        )
        edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        edit.setPlaceholderText("0" if not exponent else "0,00")
        return edit

    def date_field(
        self, key: str, label: str, name: str, value: date | None = None, hint: str = ""
    ) -> QLineEdit:
        """dd-mm-aaaa (also dd/mm/aaaa or aaaa-mm-dd); empty is allowed where the service says.
        ``name`` is the Spanish name the service gives the field in its messages."""
        edit = self.checked_field(
            key, label, lambda text: day(text, key, name), show_date(value), hint, show_date
        )
        edit.setPlaceholderText(self.tr("dd-mm-yyyy"))
        edit.setMaximumWidth(160)
        return edit

    def combo_field(
        self,
        key: str,
        label: str,
        items: Sequence[tuple[str, object]],
        current: object = None,
        hint: str = "",
    ) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(key)
        combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        for text, data in items:
            combo.addItem(text, data)
        if current is not None:
            combo.setCurrentIndex(max(0, combo.findData(current)))
        self.form.add_field(key, label, combo, hint)
        return combo

    # -- saving ---------------------------------------------------------------------------
    def finish(self, save_text: str = "") -> None:
        self.add_buttons(self.column, save_text or None)

    def draft(self) -> Any:
        raise NotImplementedError

    def call(self) -> Callable[[], Outcome[Any]]:
        """Read the widgets (GUI thread) and return the service call to run."""
        draft = self.draft()
        service = getattr(self.ctx.services, self.service_name)
        actor, community_id = self.ctx.actor, self.community.id
        if self.row is None:
            return lambda: service.create(actor, community_id, draft)
        row_id = self.row.id
        return lambda: service.update(actor, community_id, row_id, draft)

    def save(self) -> None:
        self.form.clear_errors()
        call = self.call()
        self.buttons.setEnabled(False)
        self.ctx.runner.run_db(lambda _progress: call(), self._saved, self._failed, parent=self)
