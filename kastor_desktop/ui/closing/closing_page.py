"""«Preview and close»: the open month's per-unit lines, its totals and problems, the draft
notices and workbook, and the closing itself (confirmed, with progress and Cancel).

Every service call runs on the task runner's database thread. Cancelling the closing raises
inside the service's progress callback before its commit, so nothing is saved. The page is
refreshed when a change touches the month (entries, shares, units, payments...); while hidden
it only remembers to refresh when shown again."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kastor_desktop.domain.money import format_amount
from kastor_desktop.services.closing import ClosingDone
from kastor_desktop.services.closing_views import ClosingView
from kastor_desktop.services.communities import CommunityRow
from kastor_desktop.services.periods import month_label, parse_period
from kastor_desktop.ui.closing.closing_dialogs import AMBER, ConfirmCloseDialog
from kastor_desktop.ui.closing.lines_model import LinesModel
from kastor_desktop.ui.closing.month_screen import GREEN, RED, MonthScreen
from kastor_desktop.ui.context import UiContext
from kastor_desktop.ui.icons import icon
from kastor_desktop.ui.tasks import Cancelled, Progress


class ClosingPage(MonthScreen):
    areas = (
        "closing", "expenses", "periods", "payments", "shares", "units", "people", "funds",
        "balances", "communities", "accounts",
    )  # fmt: skip

    def __init__(
        self,
        ctx: UiContext,
        community: CommunityRow,
        key: str = "closing",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, community, key, parent)
        self.view: ClosingView | None = None
        self.last_done: ClosingDone | None = None
        self.model = LinesModel(self, country=community.country)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.addLayout(self._header())
        outer.addLayout(self._summary())
        outer.addWidget(self._banner())
        self.problems_title = QLabel(self)
        self.problems_title.setTextFormat(Qt.TextFormat.RichText)
        outer.addWidget(self.problems_title)
        self.problems = QListWidget(self)
        self.problems.setObjectName("problems")
        self.problems.setWordWrap(True)
        outer.addWidget(self.problems)
        self.search, self.table = self.search_box(self.model), self.table_view(self.model)
        finder = QHBoxLayout()
        finder.addWidget(self.search)
        finder.addStretch(1)
        outer.addLayout(finder)
        outer.addWidget(self.table, 1)
        self._update_buttons()

    # -- layout ---------------------------------------------------------------------------
    def _header(self) -> QVBoxLayout:
        column = QVBoxLayout()
        row = QHBoxLayout()
        title = QLabel(self.tr("Preview and close"), self)
        title.setObjectName("pageTitle")
        row.addWidget(title)
        row.addStretch(1)
        self.refresh_button = self.button(self.tr("&Refresh"), "refresh-cw", self.refresh, "F5")
        self.draft_button = self.button(
            self.tr("Draft &notices (PDF)"), "file-text", self.draft_notices, "Ctrl+Shift+B",
            self.tr("The month's notices marked DRAFT, to check them before closing"),
        )  # fmt: skip
        self.workbook_button = self.button(
            self.tr("Closing &workbook (Excel)"), "file-spreadsheet", self.workbook,
            "Ctrl+Shift+E",
        )  # fmt: skip
        self.close_button = self.button(
            self.tr("&Close month…"), "lock", self.close_month, "Ctrl+Shift+C",
            self.tr("Close the month and issue the notices"),
        )  # fmt: skip
        for button in (
            self.refresh_button,
            self.draft_button,
            self.workbook_button,
            self.close_button,
        ):
            row.addWidget(button)
        column.addLayout(row)
        line = QHBoxLayout()
        self.period_label = QLabel(self)
        self.period_label.setObjectName("period")
        line.addWidget(self.period_label)
        line.addStretch(1)
        self.blocked = QLabel(self)
        self.blocked.setStyleSheet(f"color: {RED};")
        line.addWidget(self.blocked)
        column.addLayout(line)
        return column

    def _summary(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.cards: dict[str, QLabel] = {}
        for key, caption in (
            ("units", self.tr("Units")),
            ("month_total", self.tr("Total of the month")),
            ("reserve", self.tr("Reserve fund")),
            ("total", self.tr("Total to collect (with previous balances)")),
        ):
            card = QFrame(self)
            card.setObjectName("summaryCard")
            inside = QVBoxLayout(card)
            inside.setContentsMargins(12, 8, 12, 8)
            inside.setSpacing(2)
            name = QLabel(caption, card)
            name.setObjectName("cardCaption")
            value = QLabel("—", card)
            value.setObjectName("cardValue")
            inside.addWidget(name)
            inside.addWidget(value)
            row.addWidget(card, 1)
            self.cards[key] = value
        return row

    def _banner(self) -> QFrame:
        self.banner = QFrame(self)
        self.banner.setObjectName("banner")
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(12, 6, 6, 6)
        mark = QLabel(self.banner)
        mark.setPixmap(icon("check", GREEN).pixmap(20, 20))
        self.banner_text = QLabel(self.banner)
        self.banner_text.setWordWrap(True)
        self.view_notices_button = self.button(
            self.tr("&View notices"), "printer", self.view_notices
        )
        dismiss = QPushButton(icon("x"), "", self.banner)
        dismiss.setToolTip(self.tr("Hide this message"))
        dismiss.setFlat(True)
        dismiss.clicked.connect(self.banner.hide)
        row.addWidget(mark)
        row.addWidget(self.banner_text, 1)
        row.addWidget(self.view_notices_button)
        row.addWidget(dismiss)
        self.banner.hide()
        return self.banner

    # -- loading --------------------------------------------------------------------------
    def refresh(self) -> None:
        service, actor, cid = self.ctx.services.closing, self.ctx.actor, self.community.id
        self.ctx.runner.run_db(lambda _p: service.preview(actor, cid), self.show_view, self.failed)

    def show_view(self, view: ClosingView) -> None:
        first = self.view is None
        self.view = view
        self.model.set_lines(view.units, view.exponent)
        header = self.table.horizontalHeader()
        if header.sortIndicatorSection() >= 0:
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        if first or self.model.columnCount() != self._fitted:
            self.fit_columns(self.table, 1)
            self._fitted = self.model.columnCount()
        self.period_label.setText(self.tr("Open month: %1").replace("%1", view.period.label))
        previous = sum(u.previous_balance for u in view.units)
        self.cards["units"].setText(str(len(view.units)))
        self.cards["month_total"].setText(self.money(view.month_total))
        self.cards["reserve"].setText(self.money(view.totals.get("reserve", 0)))
        self.cards["total"].setText(self.money(view.total))
        self.cards["total"].setToolTip(
            self.tr("Month %1 + previous balances %2")
            .replace("%1", self.money(view.month_total))
            .replace("%2", self.money(previous))
        )
        self._show_problems(view)
        done = getattr(self, "last_done", None)
        if done is not None and done.period == view.period.code:  # reopened since
            self.banner.hide()
            self.last_done = None
        self._update_buttons()

    _fitted = 0

    def money(self, minor: int) -> str:
        return format_amount(minor, self.view.exponent if self.view else 0)

    def _show_problems(self, view: ClosingView) -> None:
        self.problems.clear()
        for text, colour in [(e, RED) for e in view.errors] + [(w, AMBER) for w in view.warnings]:
            item = QListWidgetItem(icon("triangle-alert", colour), text)
            item.setForeground(QColor(colour))
            item.setToolTip(text)
            self.problems.addItem(item)
        errors, warnings = len(view.errors), len(view.warnings)
        parts = []
        if errors:
            parts.append(
                f"<b style='color:{RED}'>"
                + self.tr("%n error(s) that prevent closing", "", errors)
                + "</b>"
            )
        if warnings:
            parts.append(
                f"<span style='color:{AMBER}'>" + self.tr("%n warning(s)", "", warnings) + "</span>"
            )
        if not parts:
            parts.append(
                f"<span style='color:{GREEN}'>"
                + self.tr("No errors or warnings: the month can be closed.")
                + "</span>"
            )
        self.problems_title.setText(" · ".join(parts))
        self.problems.setVisible(bool(errors or warnings))
        if self.problems.count():  # as tall as its rows, up to five; it scrolls beyond
            rows = min(self.problems.count(), 5)
            frame = 2 * self.problems.frameWidth() + 4
            self.problems.setFixedHeight(rows * self.problems.sizeHintForRow(0) + frame)

    def close_blocker(self) -> str:
        """Why «Close month…» is off, or "" when it can be used."""
        if not self.ctx.can("periods.close", self.community.id):
            return self.tr("Your role does not allow closing months in this community.")
        if self.view is None:
            return self.tr("The preview is not loaded yet.")
        if self.view.errors:
            return self.tr(
                "Cannot close: correct the %n error(s) listed.", "", len(self.view.errors)
            )
        if not self.view.units:
            return self.tr("Cannot close: the community has no units.")
        return ""

    def _update_buttons(self) -> None:
        blocker = self.close_blocker()
        self.close_button.setEnabled(not blocker)
        self.close_button.setToolTip(
            blocker
            or self.tr("Close the month and issue the notices (%1)").replace(
                "%1", QKeySequence("Ctrl+Shift+C").toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.blocked.setText(blocker if self.view is not None and self.view.errors else "")
        loaded = self.view is not None and bool(self.view.units)
        self.draft_button.setEnabled(loaded)
        self.workbook_button.setEnabled(self.view is not None)
        self.view_notices_button.setVisible(self.ctx.can("notices.print", self.community.id))

    # -- actions --------------------------------------------------------------------------
    def draft_notices(self) -> None:
        service, actor, cid = self.ctx.services.notices, self.ctx.actor, self.community.id
        self.render_then_view(
            lambda: service.render_draft(actor, cid), self.tr("Rendering the draft notices…")
        )

    def workbook(self) -> None:
        if self.view is None:
            return
        name = f"{self.community.code}-{self.view.period.code}-cierre-borrador.xlsx"
        self.save_workbook(None, None, name)

    def confirm_close(self, view: ClosingView) -> bool:
        dialog = ConfirmCloseDialog(view, self.community.name, self.money, self)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def close_month(self) -> None:
        view = self.view
        if view is None or self.close_blocker() or not self.confirm_close(view):
            return
        service, actor, cid = self.ctx.services.closing, self.ctx.actor, self.community.id
        year, month = view.period.year, view.period.month

        def job(progress: Progress) -> Any:
            try:
                return service.close(actor, cid, year, month, progress=progress.step)
            except Cancelled:
                return None  # raised before the commit: the transaction was rolled back

        self.ctx.runner.run_db(
            job,
            self._closed,
            self.failed,
            label=self.tr("Closing %1…").replace("%1", view.period.label),
            parent=self,
        )

    def _closed(self, outcome: Any) -> None:
        if outcome is None:
            self.notify(self.tr("Closing cancelled: nothing was saved."))
            return
        done: ClosingDone = outcome.value
        self.last_done = done
        text = self.tr("Month closed: %n notice(s)", "", done.units)
        if done.first_folio is not None:
            text += (
                self.tr(", folios %1–%2")
                .replace("%1", str(done.first_folio))
                .replace("%2", str(done.last_folio))
            )
        year, month = parse_period(done.period)
        self.banner_text.setText(
            f"<b>{text}</b> — {month_label(year, month)}, "
            + self.tr("closing No. %1").replace("%1", str(done.sequence))
        )
        self.banner.show()
        self.notify(text)
        self.ctx.changed(outcome.changes)

    def view_notices(self) -> None:
        done = self.last_done
        if done is None:
            return
        year, month = parse_period(done.period)
        service, actor, cid = self.ctx.services.notices, self.ctx.actor, self.community.id
        self.render_then_view(
            lambda: service.render(actor, cid, year, month)[0], self.tr("Rendering the notices…")
        )
