"""A community's closing settings as one form: the reserve fund's default contribution, interest
on arrears (monthly rate, legal cap, simple or compound, the fund it goes to), the payment term,
Argentina's second due date, and the administrator's name under the signature. Saved with
«Save» (Ctrl+S); the service's messages show beside their fields and its warnings (a rate above
the legal cap) above the form."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kastor_desktop.domain.country import profile
from kastor_desktop.domain.money import format_amount
from kastor_desktop.services.closing_settings import (
    MANAGE,
    TERM_DAYS,
    ClosingSettingsDraft,
    ClosingSettingsRow,
)
from kastor_desktop.services.communities import CommunityRow
from kastor_desktop.services.context import Changes
from kastor_desktop.services.fund_contributions import FIXED, METHODS, PERCENTAGE
from kastor_desktop.ui.context import UiContext
from kastor_desktop.ui.forms import ValidatedForm
from kastor_desktop.ui.icons import icon
from kastor_desktop.ui.widgets import messages
from kastor_desktop.ui.widgets.grouped_forms import GroupedForms

NOTES_STYLE = (
    "QLabel { background: #fef5e7; border: 1px solid #f5cba7; border-radius: 4px; "
    "padding: 6px 8px; color: #7e5109; }"
)


class ClosingSettingsPage(GroupedForms, QWidget):
    areas = ("closing", "funds", "shares")

    def __init__(
        self,
        ctx: UiContext,
        community: CommunityRow,
        key: str = "closing_settings",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.community, self.key = ctx, community, key
        self.row: ClosingSettingsRow | None = None
        self.loaded: ClosingSettingsDraft | None = None
        self.forms: list[ValidatedForm] = []
        self.last_message = ""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        header = QHBoxLayout()
        title = QLabel(self.tr("Closing settings"), self)
        title.setObjectName("pageTitle")
        header.addWidget(title)
        header.addStretch(1)
        self.revert_button = QPushButton(icon("x"), self.tr("&Revert"), self)
        self.revert_button.clicked.connect(self.reload)
        self.save_button = QPushButton(icon("save"), self.tr("&Save"), self)
        self.save_button.setShortcut(QKeySequence("Ctrl+S"))
        self.save_button.setToolTip(self.tr("Save the settings (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        header.addWidget(self.revert_button)
        header.addWidget(self.save_button)
        outer.addLayout(header)
        intro = QLabel(
            self.tr(
                "How every monthly closing of the community is computed. Changes apply to the "
                "open month and the next ones; closed months keep what they used."
            ),
            self,
        )
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        outer.addWidget(intro)
        self.notes = QLabel(self)
        self.notes.setObjectName("settingsNotes")
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet(NOTES_STYLE)
        self.notes.hide()
        outer.addWidget(self.notes)
        self._body(outer, (self._reserve_group, self._interest_group, self._notice_group))
        if not self.can_write:
            self._read_only(self.tr("You may not change the closing settings."))

    # -- layout ---------------------------------------------------------------------------
    def _line(self, form: ValidatedForm, key: str, label: str, hint: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(key)
        form.add_field(key, label, edit, hint)
        return edit

    def _percent(self, form: ValidatedForm, key: str, label: str, hint: str = "") -> QLineEdit:
        edit = self._line(form, key, label, hint)
        edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        edit.setMaximumWidth(120)
        return edit

    def _combo(self, form: ValidatedForm, key: str, label: str, hint: str = "") -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(key)
        combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        form.add_field(key, label, combo, hint)
        return combo

    def _days(self, form: ValidatedForm, key: str, label: str, hint: str = "") -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(key)
        spin.setRange(*TERM_DAYS)
        spin.setSuffix(self.tr(" days"))
        spin.setMaximumWidth(140)
        form.add_field(key, label, spin, hint)
        return spin

    def _reserve_group(self) -> None:
        form = self._group(self.tr("Reserve fund"))
        self.reserve_method = self._combo(form, "reserve_method", self.tr("Default &contribution"))
        for code, label in METHODS.items():
            self.reserve_method.addItem(label, code)
        self.reserve_rate = self._percent(
            form, "reserve_rate", self.tr("&Percentage"), self.tr("Of the month's ordinary expenses (Ley 21.442: at least 5 %).")
        )  # fmt: skip
        self.reserve_amount = self._line(form, "reserve_amount", self.tr("Monthly a&mount"))
        self.reserve_amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.reserve_amount.setMaximumWidth(180)
        self.reserve_table = self._combo(form, "reserve_table", self.tr("Share &table"))
        self.reserve_form = form
        self.reserve_method.currentIndexChanged.connect(lambda _i: self._method_changed())

    def _interest_group(self) -> None:
        form = self._group(self.tr("Interest on arrears"))
        self.interest_rate = self._percent(
            form, "interest_rate", self.tr("&Interest rate (% per month)"),
            self.tr("The rate the bylaws set, e.g. 1,5."),
        )  # fmt: skip
        self.interest_cap = self._percent(
            form, "interest_cap", self.tr("&Legal cap (% per month)"),
            self.tr("The closing never charges more than this."),
        )  # fmt: skip
        self.interest_compound = QCheckBox(self.tr("Compound interest"), self)
        self.interest_compound.setObjectName("interest_compound")
        form.add_field(
            "interest_compound",
            self.tr("C&alculation"),
            self.interest_compound,
            self.tr("Unticked (simple): interest only on the unpaid common expenses.\n"
                    "Ticked (compound): also on the interest charged in earlier months."),
        )  # fmt: skip
        box = self.interest_compound.parentWidget()
        note = box.findChild(QLabel, "") if box is not None else None  # the two lines above
        if note is not None:
            note.setWordWrap(False)  # two short lines: never squashed by a wrapped height
        self.interest_fund = self._combo(
            form, "interest_fund", self.tr("&Fund receiving it"),
            self.tr("By Ley 21.442 fines and interest go to the reserve fund unless agreed otherwise."),
        )  # fmt: skip

    def _notice_group(self) -> None:
        form = self._group(self.tr("Notice"))
        self.payment_term_days = self._days(
            form, "payment_term_days", self.tr("Payment &term"),
            self.tr("Days from the notice to its due date."),
        )  # fmt: skip
        self.second_due_days = self._days(
            form, "second_due_days", self.tr("Second &due date"), self.tr("Days after the first.")
        )
        self.second_due_surcharge = self._percent(
            form, "second_due_surcharge", self.tr("Second due s&urcharge (%)")
        )
        self.administrator = self._line(
            form, "administrator", self.tr("Ad&ministrator"),
            self.tr("Printed under the signature of the notices."),
        )  # fmt: skip
        argentina = self.community.country == "AR"
        for widget in (self.second_due_days, self.second_due_surcharge):
            self._show(form, widget, argentina)

    @staticmethod
    def _show(form: ValidatedForm, widget: QWidget, visible: bool) -> None:
        box = widget.parentWidget()
        if box is not None:
            form.layout_.setRowVisible(box, visible)

    def _method_changed(self) -> None:
        method = self.reserve_method.currentData()
        self._show(self.reserve_form, self.reserve_rate, method == PERCENTAGE)
        self._show(self.reserve_form, self.reserve_amount, method == FIXED)
        self._show(self.reserve_form, self.reserve_table, method == FIXED)

    # -- the page protocol ---------------------------------------------------------------
    @property
    def can_write(self) -> bool:
        return self.ctx.can(MANAGE, self.community.id)

    def refresh(self) -> None:
        actor, cid = self.ctx.actor, self.community.id
        funds = self.ctx.services.funds.list(actor, cid)
        tables = [t.name for t in self.ctx.services.shares.tables(actor, cid)]
        self.show_row(self.ctx.services.closing_settings.get(actor, cid), funds, tables)

    def reload(self) -> None:
        """F5 (and «Revert»): the saved settings again, if the user agrees to drop edits."""
        if self.has_unsaved_changes() and not messages.confirm(
            self, self.tr("Unsaved settings"), self.tr("Discard the changes not saved?")
        ):
            return
        self.refresh()

    def on_changes(self, changes: Changes) -> None:
        if any(changes.touches(a) for a in self.areas) and not self.has_unsaved_changes():
            self.refresh()

    def has_unsaved_changes(self) -> bool:
        return self.loaded is not None and self.draft() != self.loaded

    def show_row(self, row: ClosingSettingsRow, funds: list[Any], tables: list[str]) -> None:
        self.row = row
        draft = row.draft()
        self._fill(self.reserve_table, [(name, name) for name in tables], draft.reserve_table)
        reserve = next((f.name for f in funds if f.is_reserve), "")
        default = self.tr("%1 (default)").replace("%1", reserve or self.tr("Reserve fund"))
        others = [(f.name, f.name) for f in funds if not f.is_reserve]
        fund = "" if row.interest_fund_name == reserve else row.interest_fund_name
        self._fill(self.interest_fund, [(default, ""), *others], fund)
        self.reserve_method.setCurrentIndex(
            max(0, self.reserve_method.findData(row.reserve_method))
        )
        self.reserve_rate.setText(row.reserve_rate)
        exponent = profile(self.community.country).minor_exponent
        self.reserve_amount.setText(
            format_amount(row.reserve_amount, exponent, "") if row.reserve_amount else ""
        )
        self.interest_rate.setText(row.interest_rate)
        self.interest_cap.setText(row.interest_cap)
        self.interest_compound.setChecked(row.interest_compound)
        self.payment_term_days.setValue(row.payment_term_days)
        self.second_due_days.setValue(row.second_due_days)
        self.second_due_surcharge.setText(row.second_due_surcharge)
        self.administrator.setText(row.administrator)
        self._method_changed()
        self.notes.setText(f"⚠ {row.notes}" if row.notes else "")
        self.notes.setVisible(bool(row.notes))
        for form in self.forms:
            form.clear_errors()
        self.loaded = self.draft()

    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple[str, str]], current: str) -> None:
        combo.blockSignals(True)
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def draft(self) -> ClosingSettingsDraft:
        return ClosingSettingsDraft(
            reserve_method=str(self.reserve_method.currentData()),
            reserve_rate=self.reserve_rate.text().strip(),
            reserve_amount=self.reserve_amount.text().strip(),
            reserve_table=str(self.reserve_table.currentData() or ""),
            interest_rate=self.interest_rate.text().strip(),
            interest_cap=self.interest_cap.text().strip(),
            interest_compound=self.interest_compound.isChecked(),
            interest_fund=str(self.interest_fund.currentData() or ""),
            payment_term_days=self.payment_term_days.value(),
            second_due_days=self.second_due_days.value(),
            second_due_surcharge=self.second_due_surcharge.text().strip(),
            administrator=self.administrator.text().strip(),
        )

    # -- saving ---------------------------------------------------------------------------
    def save(self) -> None:
        if not self.can_write:
            return
        for form in self.forms:
            form.clear_errors()
        draft, service = self.draft(), self.ctx.services.closing_settings
        actor, cid = self.ctx.actor, self.community.id
        self.save_button.setEnabled(False)
        self.ctx.runner.run_db(
            lambda _p: service.update(actor, cid, draft), self._saved, self._failed, parent=self
        )

    def _saved(self, outcome: Any) -> None:
        self.save_button.setEnabled(True)
        self.loaded = None  # the refresh that follows the change reloads the form
        self.ctx.changed(outcome.changes)
        self.refresh()
        self.message(self.tr("Closing settings saved."))
