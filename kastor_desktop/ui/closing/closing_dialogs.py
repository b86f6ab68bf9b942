"""The two questions of the monthly closing: «close this month?» with its figures, and «why reopen
it?» with the reason required (at least 5 characters) and what reopening keeps."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kastor_desktop.services.closing_views import ClosingView
from kastor_desktop.services.communities import CommunityRow
from kastor_desktop.services.periods import PeriodRow
from kastor_desktop.ui.context import UiContext
from kastor_desktop.ui.forms import ValidatedForm
from kastor_desktop.ui.icons import icon
from kastor_desktop.ui.widgets.form_dialog import FormDialog

AMBER = "#b9770e"
MIN_REASON = 5


def _note(text: str, parent: QWidget, name: str = "hint") -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


class ConfirmCloseDialog(QDialog):
    """The month's figures and the number of notices; «Close the month» is not the default."""

    def __init__(
        self,
        view: ClosingView,
        community_name: str,
        money: Callable[[int], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Close the month"))
        self.setMinimumWidth(520)
        column = QVBoxLayout(self)
        self.heading = QLabel(
            self.tr("Close %1 of %2?")
            .replace("%1", view.period.label)
            .replace("%2", community_name),
            self,
        )
        self.heading.setObjectName("pageTitle")
        self.heading.setWordWrap(True)
        column.addWidget(self.heading)
        figures = QFormLayout()
        figures.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        previous = sum(u.previous_balance for u in view.units)
        self.figures: dict[str, str] = {}
        for key, label, value in (
            ("notices", self.tr("Notices to issue"), str(len(view.units))),
            ("month_total", self.tr("Total of the month"), money(view.month_total)),
            ("reserve", self.tr("Reserve fund"), money(view.totals.get("reserve", 0))),
            ("previous", self.tr("Previous balances"), money(previous)),
            ("total", self.tr("Total to collect"), money(view.total)),
        ):
            shown = QLabel(f"<b>{value}</b>", self)
            shown.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            figures.addRow(label, shown)
            self.figures[key] = value
        column.addLayout(figures)
        if view.warnings:
            warning = _note(
                self.tr("%n warning(s) listed in the preview: check them before closing.", "",
                        len(view.warnings)),
                self,
                "warning",
            )  # fmt: skip
            warning.setStyleSheet(f"color: {AMBER};")
            column.addWidget(warning)
        column.addWidget(
            _note(
                self.tr(
                    "Closing writes each unit's charges and issues the notices with their folios. "
                    "The month's entries can no longer be changed; corrections go in the next "
                    "month, or the month is reopened as a whole."
                ),
                self,
            )
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.close_button = self.buttons.addButton(
            self.tr("&Close the month"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button.setIcon(icon("lock"))
        self.close_button.setAutoDefault(False)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        cancel.setFocus()
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        column.addWidget(self.buttons)


class ReopenDialog(FormDialog):
    """The reason (required, ≥ 5 characters, checked inline) and an explicit «I understand»."""

    def __init__(
        self,
        ctx: UiContext,
        community: CommunityRow,
        period: PeriodRow,
        folios: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.community = community
        self.period = period
        self.setWindowTitle(self.tr("Reopen a closed month"))
        self.setMinimumWidth(500)
        column = QVBoxLayout(self)
        heading = QLabel(self.tr("Reopen %1?").replace("%1", period.label), self)
        heading.setObjectName("pageTitle")
        column.addWidget(heading)
        kept = self.tr(
            "The closing is reversed as a whole: its charges stop counting and its notices%1 "
            "are voided. Payments recorded are kept and appear again on the next notice. The "
            "month opens again for corrections and must be closed again."
        ).replace("%1", f" ({folios})" if folios else "")
        column.addWidget(_note(kept, self))
        self.form = ValidatedForm(self)
        self.reason = QPlainTextEdit(self)
        self.reason.setPlaceholderText(self.tr("For example: an invoice of the month was missing"))
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(72)
        self.reason.textChanged.connect(self._reason_changed)
        self.form.add_field(
            "reason",
            self.tr("&Reason:"),
            self.reason,
            self.tr("Required; it is kept in the audit log."),
        )
        column.addWidget(self.form)
        self.understood = QCheckBox(
            self.tr("I understand that the notices are voided and the payments are kept"), self
        )
        self.understood.toggled.connect(lambda _on: self._update_button())
        column.addWidget(self.understood)
        self.add_buttons(column, self.tr("Re&open the month"))
        self.reopen_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.reopen_button.setIcon(icon("lock-open"))
        self._update_button()

    def _update_button(self) -> None:
        self.reopen_button.setEnabled(self.understood.isChecked())

    def _reason_changed(self) -> None:
        if self.form.error_text("reason") and len(self.reason_text()) >= MIN_REASON:
            self.form.clear_error("reason")

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()

    def save(self) -> None:
        if not self.understood.isChecked():
            return
        why = self.reason_text()
        if len(why) < MIN_REASON:
            self.form.show_errors(
                {"reason": self.tr("Write the reason for reopening (at least 5 characters).")}
            )
            return
        service, actor = self.ctx.services.closing, self.ctx.actor
        cid, year, month = self.community.id, self.period.year, self.period.month
        self.submit(lambda _p: service.reopen(actor, cid, year, month, why))

    def _saved(self, outcome: object) -> None:
        super()._saved(outcome)
        self._update_button()

    def _failed(self, error: BaseException) -> None:
        super()._failed(error)
        self._update_button()
