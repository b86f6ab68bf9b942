"""«Closed months and notices»: the community's months (closed ones first, newest first) with
their closing number, who closed them, whether the stored lines still match their hash and
their total; the selected month's per-unit lines with folios; its notices (all, one unit's or
one file per unit), its workbook, and reopening the last closed month."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kastor_desktop.domain.money import format_amount
from kastor_desktop.services.closing_views import ClosingView, UnitLines
from kastor_desktop.services.communities import CommunityRow
from kastor_desktop.services.periods import PeriodRow
from kastor_desktop.ui.closing.closing_dialogs import ReopenDialog
from kastor_desktop.ui.closing.lines_model import LinesModel, SortedRows
from kastor_desktop.ui.closing.month_screen import GREEN, RED, MonthScreen
from kastor_desktop.ui.context import UiContext
from kastor_desktop.ui.icons import icon
from kastor_desktop.ui.table_model import Column
from kastor_desktop.ui.tasks import Cancelled, Progress

PRINT, REOPEN = "notices.print", "periods.reopen"


@dataclass(frozen=True)
class MonthRow:
    period: PeriodRow
    view: ClosingView | None  # the stored closing of a closed month

    @property
    def closed(self) -> bool:
        return self.view is not None


def _when(value: object) -> str:
    if isinstance(value, datetime):
        return value.strftime("%d-%m-%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    return str(value or "")


class HistoryPage(MonthScreen):
    areas = ("closing", "periods", "notices", "people", "communities")

    def __init__(
        self,
        ctx: UiContext,
        community: CommunityRow,
        key: str = "closed",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, community, key, parent)
        self.months: SortedRows[MonthRow] = SortedRows(self._month_columns(), self)
        self.lines = LinesModel(self, folio=True, country=community.country)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.addLayout(self._header())
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.month_table = self.table_view(self.months)
        self.month_table.selectionModel().selectionChanged.connect(lambda *_: self._chosen())
        splitter.addWidget(self.month_table)
        bottom = QWidget(self)
        column = QVBoxLayout(bottom)
        column.setContentsMargins(0, 8, 0, 0)
        self.caption = QLabel(bottom)
        self.caption.setObjectName("period")
        self.caption.setWordWrap(True)
        column.addWidget(self.caption)
        self.search, self.table = self.search_box(self.lines), self.table_view(self.lines)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(lambda _i: self.unit_notice())
        finder = QHBoxLayout()
        finder.addWidget(self.search)
        finder.addStretch(1)
        column.addLayout(finder)
        column.addWidget(self.table, 1)
        splitter.addWidget(bottom)
        splitter.setSizes([170, 530])
        outer.addWidget(splitter, 1)
        self.empty = QLabel(self.tr("No closed months yet."), self)
        self.empty.setObjectName("hint")
        outer.addWidget(self.empty)
        self._update_buttons()

    # -- layout ---------------------------------------------------------------------------
    def _month_columns(self) -> list[Column[MonthRow]]:
        states = {
            "open": self.tr("Open"),
            "closed": self.tr("Closed"),
            "waiting": self.tr("Waiting"),
        }

        def verified(r: MonthRow) -> str:
            if r.view is None or r.view.verified is None:
                return ""
            return self.tr("Yes") if r.view.verified else self.tr("Does not match")

        def mark(r: MonthRow) -> QIcon | None:
            if r.view is None or r.view.verified is None:
                return None
            return icon("shield-check", GREEN) if r.view.verified else icon("triangle-alert", RED)

        def money(r: MonthRow) -> str:
            return format_amount(r.view.total, r.view.exponent) if r.view else ""

        return [
            Column(self.tr("Month"), lambda r: r.period.label,
                   key=lambda r: (r.period.year, r.period.month)),
            Column(self.tr("Status"), lambda r: states.get(r.period.status, r.period.status)),
            Column(self.tr("Closing No."), lambda r: str(r.period.sequence or ""),
                   key=lambda r: r.period.sequence or 0, align_right=True),
            Column(self.tr("Closed on"), lambda r: _when(r.period.closed_at),
                   key=lambda r: str(r.period.closed_at or "")),
            Column(self.tr("Closed by"), lambda r: r.period.closed_by or ""),
            Column(self.tr("Verified"), verified, icon=mark),
            Column(self.tr("Notices"), lambda r: str(len(r.view.units)) if r.view else "",
                   key=lambda r: len(r.view.units) if r.view else -1, align_right=True),
            Column(self.tr("Total"), money, key=lambda r: r.view.total if r.view else 0,
                   align_right=True),
        ]  # fmt: skip

    def _header(self) -> QVBoxLayout:
        row = QHBoxLayout()
        title = QLabel(self.tr("Closed months and notices"), self)
        title.setObjectName("pageTitle")
        row.addWidget(title)
        row.addStretch(1)
        self.refresh_button = self.button(self.tr("&Refresh"), "refresh-cw", self.refresh, "F5")
        self.notices_button = self.button(
            self.tr("&View notices"), "printer", self.view_notices, "Ctrl+Shift+V",
            self.tr("The month's notices in one PDF, to read or print"),
        )  # fmt: skip
        self.unit_button = self.button(
            self.tr("&Unit's notice"), "file-text", self.unit_notice, "",
            self.tr("The notice of the unit selected below (double-click a unit)"),
        )  # fmt: skip
        self.per_unit_button = self.button(
            self.tr("&Save one PDF per unit…"), "save", self.save_per_unit, "",
            self.tr("One file per unit in a folder you choose, e.g. to send them by e-mail"),
        )  # fmt: skip
        self.workbook_button = self.button(
            self.tr("Closing &workbook (Excel)"), "file-spreadsheet", self.workbook, "Ctrl+Shift+E"
        )
        self.reopen_button = self.button(
            self.tr("Re&open…"), "lock-open", self.reopen, "",
            self.tr("Reopen the last closed month (the reason is required)"),
        )  # fmt: skip
        row.addWidget(self.refresh_button)
        actions = QHBoxLayout()
        for button in (
            self.notices_button,
            self.unit_button,
            self.per_unit_button,
            self.workbook_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.reopen_button)
        column = QVBoxLayout()
        column.addLayout(row)
        hint = QLabel(
            self.tr(
                "Notices are printed again from the stored closing, so they are always the same "
                "document. «Verified» says the stored lines still match the closing's hash."
            ),
            self,
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        column.addWidget(hint)
        column.addLayout(actions)
        return column

    # -- loading --------------------------------------------------------------------------
    def refresh(self) -> None:
        closing, periods = self.ctx.services.closing, self.ctx.services.periods
        actor, cid = self.ctx.actor, self.community.id

        def job(_progress: Progress) -> list[MonthRow]:
            rows = periods.list(actor, cid)
            closed = [
                MonthRow(p, closing.show(actor, cid, p.year, p.month))
                for p in rows
                if p.status == "closed"
            ]
            return closed + [MonthRow(p, None) for p in rows if p.status != "closed"]

        self.ctx.runner.run_db(job, self.show_months, self.failed)

    def show_months(self, rows: list[MonthRow]) -> None:
        keep = self.selected_month()
        self.months.set_rows(rows)
        header = self.month_table.horizontalHeader()
        if header.sortIndicatorSection() >= 0:
            self.months.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.fit_columns(self.month_table, -1)
        self.empty.setVisible(not any(r.closed for r in rows))
        wanted = keep.period.id if keep is not None else None
        for number, row in enumerate(self.months.rows()):
            if row.period.id == wanted or (wanted is None and row.closed):
                self.month_table.selectRow(number)
                break
        else:
            self._chosen()
        self._update_buttons()

    def selected_month(self) -> MonthRow | None:
        rows = self.month_table.selectionModel().selectedRows()
        return self.months.row_at(rows[0].row()) if rows else None

    def select_month(self, code: str) -> bool:
        for number, row in enumerate(self.months.rows()):
            if row.period.code == code:
                self.month_table.selectRow(number)
                return True
        return False

    def selected_unit(self) -> UnitLines | None:
        rows = self.table.selectionModel().selectedRows()
        return self.lines.row_at(rows[0].row()) if rows else None

    def _chosen(self) -> None:
        row = self.selected_month()
        view = row.view if row is not None else None
        self.lines.set_lines(view.units if view else (), view.exponent if view else 0)
        self.fit_columns(self.table, 2)
        if row is None:
            self.caption.setText("")
        elif view is None:
            self.caption.setText(
                self.tr("%1 is not closed: see it in «Preview and close».").replace(
                    "%1", row.period.label
                )
            )
        else:
            self.caption.setText(
                self.tr("Notices of %1 — closing No. %2, due %3")
                .replace("%1", row.period.label)
                .replace("%2", str(view.sequence))
                .replace("%3", _when(view.due_date))
            )
            self.caption.setToolTip(self.tr("Hash: %1").replace("%1", view.hash))
        self._update_buttons()

    def last_closed(self) -> MonthRow | None:
        closed = [r for r in self.months.rows() if r.closed and r.period.sequence]
        return max(closed, key=lambda r: r.period.sequence or 0, default=None)

    def _update_buttons(self) -> None:
        row = self.selected_month()
        closed = row is not None and row.closed
        printing = self.ctx.can(PRINT, self.community.id)
        for button in (self.notices_button, self.per_unit_button):
            button.setEnabled(closed and printing)
        self.unit_button.setEnabled(closed and printing and self.selected_unit() is not None)
        self.workbook_button.setEnabled(closed)
        last = self.last_closed()
        self.reopen_button.setEnabled(
            closed and last is not None and row is last and self.ctx.can(REOPEN, self.community.id)
        )

    # -- actions --------------------------------------------------------------------------
    def _closed_month(self) -> PeriodRow | None:
        row = self.selected_month()
        return row.period if row is not None and row.closed else None

    def view_notices(self) -> None:
        period = self._closed_month()
        if period is None:
            return
        service, actor, cid = self.ctx.services.notices, self.ctx.actor, self.community.id
        self.render_then_view(
            lambda: service.render(actor, cid, period.year, period.month)[0],
            self.tr("Rendering the notices of %1…").replace("%1", period.label),
        )

    def unit_notice(self) -> None:
        period, unit = self._closed_month(), self.selected_unit()
        if period is None or unit is None or not self.ctx.can(PRINT, self.community.id):
            return
        service, actor, cid = self.ctx.services.notices, self.ctx.actor, self.community.id
        number = unit.number
        self.render_then_view(
            lambda: service.render(actor, cid, period.year, period.month, unit_number=number)[0],
            self.tr("Rendering the notice of unit %1…").replace("%1", number),
        )

    def ask_folder(self) -> str | None:
        """Where the per-unit files go (tests replace this)."""
        folder = QFileDialog.getExistingDirectory(
            self,
            self.tr("Folder for the notices"),
            str(self.ctx.services.notices.default_folder()),
        )
        return folder or None

    def save_per_unit(self) -> None:
        period = self._closed_month()
        folder = self.ask_folder() if period is not None else None
        if period is None or folder is None:
            return
        self.save_per_unit_to(Path(folder))

    def save_per_unit_to(self, folder: Path) -> None:
        """Files are written to a scratch folder beside the target and moved in only when all
        are done, so Cancel leaves no files behind."""
        period = self._closed_month()
        if period is None:
            return
        service, actor, cid = self.ctx.services.notices, self.ctx.actor, self.community.id

        def job(progress: Progress) -> list[Path] | None:
            folder.mkdir(parents=True, exist_ok=True)
            scratch = Path(tempfile.mkdtemp(prefix=".kastor-", dir=folder))
            try:
                written = service.render(
                    actor, cid, period.year, period.month, out_dir=scratch, per_unit=True,
                    progress=lambda done, total: progress.step(done, total),
                )  # fmt: skip
            except Cancelled:
                return None
            else:
                moved = []
                for path in written:
                    target = folder / path.name
                    path.replace(target)
                    moved.append(target)
                return moved
            finally:
                shutil.rmtree(scratch, ignore_errors=True)

        def done(paths: list[Path] | None) -> None:
            if paths is None:
                self.notify(self.tr("Cancelled: no file was saved."))
                return
            self.notify(
                self.tr("%n notice(s) saved in %1", "", len(paths)).replace("%1", str(folder))
            )

        self.ctx.runner.run_db(
            job,
            done,
            self.failed,
            label=self.tr("Saving one PDF per unit…"),
            parent=self,
        )

    def workbook(self) -> None:
        period = self._closed_month()
        if period is not None:
            name = f"{self.community.code}-{period.code}-cierre.xlsx"
            self.save_workbook(period.year, period.month, name)

    def reopen_dialog(self, period: PeriodRow) -> ReopenDialog:
        view = next((r.view for r in self.months.rows() if r.period.id == period.id), None)
        folios = [u.folio for u in view.units if u.folio] if view else []
        span = self.tr("folios %1–%2").replace("%1", str(min(folios))).replace(
            "%2", str(max(folios))
        ) if folios else ""  # fmt: skip
        return ReopenDialog(self.ctx, self.community, period, span, self)

    def reopen(self) -> None:
        row = self.selected_month()
        if row is None or row is not self.last_closed() or not self.reopen_button.isEnabled():
            return
        dialog = self.reopen_dialog(row.period)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.notify(self.tr("%1 reopened.").replace("%1", row.period.label))
