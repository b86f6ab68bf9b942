"""A community's collection settings as one form: what payments settle first (interest and
fines, or the principal), the payment-agreement rules (most instalments, smallest first
instalment in percent) and the booking block for delinquent units. «Save» (Ctrl+S) stores them;
the service's messages show beside their fields. Without «collection.manage» the form is read
only (the service refuses anyway)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kastor_desktop.domain.errors import FieldError
from kastor_desktop.domain.shares import parse_percent
from kastor_desktop.services.communities import CommunityRow
from kastor_desktop.services.context import Changes
from kastor_desktop.ui.context import UiContext
from kastor_desktop.ui.forms import ValidatedForm
from kastor_desktop.ui.icons import icon
from kastor_desktop.ui.widgets import messages
from kastor_desktop.ui.widgets.grouped_forms import GroupedForms

translate = QCoreApplication.translate
MANAGE = "collection.manage"
MIN_FIRST = "agreement_min_first_micro"


class CollectionSettingsPage(GroupedForms, QWidget):
    areas = ("collection",)

    def __init__(
        self,
        ctx: UiContext,
        community: CommunityRow,
        key: str = "collection_settings",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.community, self.key = ctx, community, key
        self.loaded: tuple[Any, ...] | None = None
        self.forms: list[ValidatedForm] = []
        self.last_message = ""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        header = QHBoxLayout()
        title = QLabel(translate("CollectionSettingsPage", "Collection settings"), self)
        title.setObjectName("pageTitle")
        header.addWidget(title)
        header.addStretch(1)
        self.revert_button = QPushButton(
            icon("x"), translate("CollectionSettingsPage", "&Revert"), self
        )
        self.revert_button.clicked.connect(self.reload)
        self.save_button = QPushButton(
            icon("save"), translate("CollectionSettingsPage", "&Save"), self
        )
        self.save_button.setShortcut(QKeySequence("Ctrl+S"))
        self.save_button.setToolTip(
            translate("CollectionSettingsPage", "Save the settings (Ctrl+S)")
        )
        self.save_button.clicked.connect(self.save)
        header.addWidget(self.revert_button)
        header.addWidget(self.save_button)
        outer.addLayout(header)
        intro = QLabel(
            translate(
                "CollectionSettingsPage",
                "How the community's payments are applied, the rules for payment agreements "
                "and whether delinquent units may book common spaces.",
            ),
            self,
        )
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        outer.addWidget(intro)
        self._body(outer, (self._allocation_group, self._agreement_group, self._booking_group))
        if not self.can_write:
            self._read_only(
                translate("CollectionSettingsPage", "You may not change the collection settings.")
            )

    # -- layout ---------------------------------------------------------------------------
    def _allocation_group(self) -> None:
        form = self._group(translate("CollectionSettingsPage", "Payments"))
        choice = QWidget(self)
        choice.setObjectName("interest_first")
        rows = QVBoxLayout(choice)
        rows.setContentsMargins(0, 0, 0, 0)
        self.principal_first = QRadioButton(
            translate("CollectionSettingsPage", "Payments cover the &principal first"), choice
        )
        self.interest_first = QRadioButton(
            translate("CollectionSettingsPage", "Payments cover &interest and fines first"), choice
        )
        self.order = QButtonGroup(self)
        for button in (self.principal_first, self.interest_first):
            self.order.addButton(button)
            rows.addWidget(button)
        form.add_field(
            "interest_first",
            translate("CollectionSettingsPage", "Order"),
            choice,
            translate("CollectionSettingsPage", "Either way the oldest debt goes first and any "
                      "excess stays as the unit's credit.\nChanging it re-applies every payment "
                      "of the community."),
        )  # fmt: skip
        self._unwrap(choice)

    def _agreement_group(self) -> None:
        form = self._group(translate("CollectionSettingsPage", "Payment agreements"))
        self.max_instalments = QSpinBox(self)
        self.max_instalments.setObjectName("agreement_max_instalments")
        self.max_instalments.setRange(1, 60)
        self.max_instalments.setMaximumWidth(120)
        form.add_field(
            "agreement_max_instalments",
            translate("CollectionSettingsPage", "&Most instalments"),
            self.max_instalments,
            translate("CollectionSettingsPage", "Monthly instalments an agreement may have."),
        )
        self.min_first = QLineEdit(self)
        self.min_first.setObjectName(MIN_FIRST)
        self.min_first.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.min_first.setMaximumWidth(120)
        form.add_field(
            MIN_FIRST,
            translate("CollectionSettingsPage", "Smallest &first instalment (%)"),
            self.min_first,
            translate("CollectionSettingsPage", "Of the debt, e.g. 30. Zero: equal instalments."),
        )
        self.min_first.editingFinished.connect(
            lambda: form.check_live(MIN_FIRST, lambda: self._percent())
        )
        self.agreement_form = form

    def _booking_group(self) -> None:
        form = self._group(translate("CollectionSettingsPage", "Common spaces"))
        self.block = QCheckBox(
            translate("CollectionSettingsPage", "Delinquent units may &not book common spaces"),
            self,
        )
        self.block.setObjectName("block_bookings")
        form.add_field(
            "block_bookings", translate("CollectionSettingsPage", "Booking block"), self.block
        )
        self.block_days = QSpinBox(self)
        self.block_days.setObjectName("block_after_days")
        self.block_days.setRange(0, 3650)
        self.block_days.setSuffix(translate("CollectionSettingsPage", " days"))
        self.block_days.setMaximumWidth(140)
        form.add_field(
            "block_after_days",
            translate("CollectionSettingsPage", "Overdue for more &than"),
            self.block_days,
            translate("CollectionSettingsPage", "Days since the oldest unpaid due date.\n"
                      "Reservations apply the rule when they are booked."),
        )  # fmt: skip
        self._unwrap(self.block_days)
        self.block.toggled.connect(self.block_days.setEnabled)

    @staticmethod
    def _unwrap(widget: QWidget) -> None:
        """A two-line hint keeps its lines (a wrapped one is squashed in a scrolled form)."""
        box = widget.parentWidget()
        note = box.findChild(QLabel, "") if box is not None else None
        if note is not None:
            note.setWordWrap(False)

    @property
    def can_write(self) -> bool:
        return self.ctx.can(MANAGE, self.community.id)

    def refresh(self) -> None:
        self.show_row(self.ctx.services.collection_settings.get(self.ctx.actor, self.community.id))

    def reload(self) -> None:
        if self.has_unsaved_changes() and not messages.confirm(
            self,
            translate("CollectionSettingsPage", "Unsaved settings"),
            translate("CollectionSettingsPage", "Discard the changes not saved?"),
        ):
            return
        self.refresh()

    def on_changes(self, changes: Changes) -> None:
        if any(changes.touches(a) for a in self.areas) and not self.has_unsaved_changes():
            self.refresh()

    def show_row(self, row: Any) -> None:
        (self.interest_first if row.interest_first else self.principal_first).setChecked(True)
        self.max_instalments.setValue(row.agreement_max_instalments)
        self.min_first.setText(row.min_first_percent)
        self.block.setChecked(row.block_bookings)
        self.block_days.setValue(row.block_after_days)
        self.block_days.setEnabled(row.block_bookings)
        for form in self.forms:
            form.clear_errors()
        self.loaded = self.values()

    def values(self) -> tuple[Any, ...]:
        return (
            self.interest_first.isChecked(),
            self.max_instalments.value(),
            self.min_first.text().strip(),
            self.block.isChecked(),
            self.block_days.value(),
        )

    def has_unsaved_changes(self) -> bool:
        return self.loaded is not None and self.values() != self.loaded

    def _percent(self) -> int:
        return parse_percent(self.min_first.text(), MIN_FIRST)

    # -- saving ---------------------------------------------------------------------------
    def save(self) -> None:
        from kastor_desktop.services.collection_settings import CollectionSettingsRow

        if not self.can_write:
            return
        for form in self.forms:
            form.clear_errors()
        try:
            minimum = self._percent()
        except FieldError as error:
            self.agreement_form.show_errors({MIN_FIRST: error.message})
            return
        row = CollectionSettingsRow(
            interest_first=self.interest_first.isChecked(),
            agreement_max_instalments=self.max_instalments.value(),
            agreement_min_first_micro=minimum,
            block_bookings=self.block.isChecked(),
            block_after_days=self.block_days.value(),
        )
        service, actor, cid = (
            self.ctx.services.collection_settings,
            self.ctx.actor,
            self.community.id,
        )
        self.save_button.setEnabled(False)
        self.ctx.runner.run_db(
            lambda _p: service.save(actor, cid, row), self._saved, self._failed, parent=self
        )

    def _saved(self, outcome: Any) -> None:
        self.save_button.setEnabled(True)
        self.loaded = None
        self.ctx.changed(outcome.changes)
        self.show_row(outcome.value)
        self.message(translate("CollectionSettingsPage", "Collection settings saved."))
