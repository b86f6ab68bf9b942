"""Meter readings of the open month: the metered services (water, hot water, gas) with their
price, main meter and digits on the left; the chosen service's readings per unit on the right,
typed in a grid with the consumption worked out live (rollovers shown), saved together with
«Save readings» (every unit refused is named), and the units' total against the main meter's
consumption underneath. Unsaved readings are confirmed before leaving, like share tables."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kastor_desktop.services.communities import CommunityRow
from kastor_desktop.services.context import Changes
from kastor_desktop.services.errors import ValidationFailed
from kastor_desktop.services.meter_values import MEASURE, SERVICES, MeterSetRow
from kastor_desktop.services.period_records import PERMISSION
from kastor_desktop.services.periods import PeriodRow
from kastor_desktop.ui.closing.meter_grid import MeterGridModel, reading_text
from kastor_desktop.ui.closing.meter_set_dialog import MeterSetDialog
from kastor_desktop.ui.community.share_grid import ShareGridView
from kastor_desktop.ui.context import UiContext
from kastor_desktop.ui.icons import icon
from kastor_desktop.ui.table_model import Column, RowTableModel
from kastor_desktop.ui.widgets import messages

RED, AMBER = "#c0392b", "#b9770e"


@dataclass(frozen=True)
class ServiceLine:
    service: str
    label: str
    set: MeterSetRow | None


class MetersPage(QWidget):
    areas = ("expenses", "closing", "units", "accounts")

    def __init__(
        self,
        ctx: UiContext,
        community: CommunityRow,
        key: str = "meters",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.community, self.key = ctx, community, key
        self.period: PeriodRow | None = None
        self.current = "water"
        self.last_message = ""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        self.title = self._label("pageTitle", self.tr("Meter readings"))
        outer.addWidget(self.title)
        outer.addWidget(self._label("hint", self.tr(
            "Configure each metered service of the month, then type the units' readings. The "
            "consumption is worked out as you type; «Save readings» (Ctrl+S) keeps them all.")))  # fmt: skip
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._services_side())
        splitter.addWidget(self._grid_side())
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([490, 690])
        outer.addWidget(splitter, 1)
        reload = QAction(self)
        reload.setShortcut(QKeySequence("F5"))
        reload.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        reload.triggered.connect(self.reload)
        self.addAction(reload)

    # -- layout ---------------------------------------------------------------------------
    def _label(self, name: str, text: str = "") -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setWordWrap(True)
        return label

    def _button(self, text: str, icon_name: str, slot: Any, shortcut: str = "") -> QPushButton:
        button = QPushButton(icon(icon_name), text, self)
        button.clicked.connect(slot)
        if shortcut:
            button.setShortcut(shortcut)
            button.setToolTip(f"{text.replace('&', '')} ({shortcut})")
        return button

    def _services_side(self) -> QWidget:
        side = QWidget(self)
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 8, 0)
        row = QHBoxLayout()
        self.configure_button = self._button(
            self.tr("&Configure meter…"), "settings", self.configure
        )
        self.delete_button = self._button(self.tr("&Delete meter"), "trash-2", self.delete_set)
        row.addWidget(self.configure_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        column.addLayout(row)
        gauge, off = icon("gauge"), icon("gauge", "#bdc3c7")
        columns: list[Column[ServiceLine]] = [
            Column(self.tr("Service"), lambda s: s.label, key=lambda s: list(SERVICES).index(s.service),
                   icon=lambda s: gauge if s.set else off),
            Column(self.tr("Price/m³"), lambda s: s.set.price if s.set and s.set.price else "",
                   align_right=True),
            Column(self.tr("Main meter"), self._main_text),
            Column(self.tr("Digits"), lambda s: str(s.set.digits) if s.set and s.set.digits else "",
                   align_right=True),
            Column(self.tr("Account"), lambda s: f"{s.set.account_code} {s.set.account_name}".strip() if s.set else ""),
        ]  # fmt: skip
        self.sets_model: RowTableModel[ServiceLine] = RowTableModel(columns, self)
        self.sets_view = QTableView(side)
        self.sets_view.setModel(self.sets_model)
        self.sets_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sets_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sets_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sets_view.verticalHeader().setVisible(False)
        self.sets_view.horizontalHeader().setStretchLastSection(True)
        self.sets_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.sets_view.doubleClicked.connect(lambda _i: self.configure())
        self.sets_view.setMaximumHeight(150)
        self.sets_view.selectionModel().selectionChanged.connect(lambda *_: self._service_chosen())
        column.addWidget(self.sets_view)
        self.set_notes = self._label("hint")
        column.addWidget(self.set_notes)
        column.addStretch(1)
        return side

    def _grid_side(self) -> QWidget:
        side = QWidget(self)
        column = QVBoxLayout(side)
        column.setContentsMargins(8, 0, 0, 0)
        row = QHBoxLayout()
        self.finder = QLineEdit(side)
        self.finder.setPlaceholderText(self.tr("Find unit…"))
        self.finder.setClearButtonEnabled(True)
        self.finder.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.finder.setMaximumWidth(220)
        row.addWidget(self.finder)
        row.addStretch(1)
        self.revert_button = self._button(self.tr("&Revert"), "x", self.revert)
        self.save_button = self._button(self.tr("&Save readings"), "save", self.save, "Ctrl+S")
        row.addWidget(self.revert_button)
        row.addWidget(self.save_button)
        column.addLayout(row)
        self.heading = self._label("caption")
        column.addWidget(self.heading)
        titles = [self.tr("Unit"), self.tr("Previous reading"), self.tr("Current reading"),
                  self.tr("Consumption"), self.tr("Problem")]  # fmt: skip
        self.grid = MeterGridModel(titles, self.tr("rolled over"), self)
        self.grid.totals_changed.connect(self._show_totals)
        self.finder.textChanged.connect(self.grid.set_filter)
        self.view = ShareGridView(side)
        self.view.setModel(self.grid)
        self.view.horizontalHeader().setStretchLastSection(True)
        for number, width in enumerate((75, 135, 120, 165)):
            self.view.setColumnWidth(number, width)
        column.addWidget(self.view, 1)
        self.totals = self._label("meterTotals")
        self.problem = self._label("error_readings")
        self.problem.setStyleSheet(f"color: {RED};")
        column.addWidget(self.totals)
        column.addWidget(self.problem)
        return side

    def _main_text(self, line: ServiceLine) -> str:
        found = line.set
        if found is None or found.main_previous is None or found.main_current is None:
            return ""
        return f"{reading_text(found.main_previous)} → {reading_text(found.main_current)}"

    # -- loading --------------------------------------------------------------------------
    @property
    def can_write(self) -> bool:
        return self.ctx.can(PERMISSION, self.community.id)

    def chosen_set(self) -> MeterSetRow | None:
        return next((s.set for s in self.sets_model.rows() if s.service == self.current), None)

    def refresh(self) -> None:
        actor, cid = self.ctx.actor, self.community.id
        self.period = self.ctx.services.periods.current(actor, cid)
        self.title.setText(
            self.tr("Meter readings of %1 (open month)").replace("%1", self.period.label)
        )
        sets = {s.service: s for s in self.ctx.services.meters.sets(actor, cid, self.period.id)}
        lines = [ServiceLine(code, label, sets.get(code)) for code, label in SERVICES.items()]
        self.sets_model.set_rows(lines)
        self.sets_view.resizeColumnsToContents()
        self._select_service(self.current)
        if not self.grid.dirty():
            self._load_grid()
        self._update_buttons()

    def on_changes(self, changes: Changes) -> None:
        if any(changes.touches(a) for a in self.areas):
            self.refresh()

    def has_unsaved_changes(self) -> bool:
        """Readings typed but not saved (the main window asks before leaving)."""
        return self.grid.dirty()

    def _select_service(self, service: str) -> None:
        selection = self.sets_view.selectionModel()
        selection.blockSignals(True)
        self.sets_view.selectRow(list(SERVICES).index(service))
        selection.blockSignals(False)

    def _load_grid(self) -> None:
        actor, cid = self.ctx.actor, self.community.id
        period = self.period.id if self.period else None
        rows = self.ctx.services.meters.readings(actor, cid, self.current, period)
        found = self.chosen_set()
        self.grid.set_rows(rows, found.digits if found else None)
        self.problem.setText("")
        self.heading.setText(
            self.tr("Readings of %1 — type a reading and press Enter; leave the current reading "
                    "empty for a unit not read.").replace("%1", SERVICES[self.current].lower())
        )  # fmt: skip
        self.set_notes.setText(found.notes if found else self.tr(
            "Not configured this month: the readings may still be typed; configure it to charge "
            "the consumption at a price."))  # fmt: skip

    def _service_chosen(self) -> None:
        indexes = self.sets_view.selectionModel().selectedRows()
        line = self.sets_model.row_at(indexes[0].row()) if indexes else None
        if line is None or line.service == self.current:
            return
        if self.grid.dirty() and not messages.confirm(
            self,
            self.tr("Unsaved readings"),
            self.tr("Discard the readings of %1 not saved?").replace(
                "%1", SERVICES[self.current].lower()
            ),
        ):
            self._select_service(self.current)
            return
        self.current = line.service
        self._load_grid()
        self._update_buttons()

    def _show_totals(self) -> None:
        total = self.grid.total()
        parts = [self.tr("Units: %1").replace("%1", f"{reading_text(total)} {MEASURE}")]
        found = self.chosen_set()
        main = found.main_consumption if found else None
        if main is None:
            parts.append(self.tr("Main meter: no readings"))
        else:
            parts.append(self.tr("Main meter: %1").replace("%1", f"{reading_text(main)} {MEASURE}"))
            difference = main - total
            colour = AMBER if difference < 0 else "#1f2d3d"
            text = self.tr("Difference to spread: %1").replace(
                "%1", f"{reading_text(difference)} {MEASURE}"
            )
            parts.append(f"<span style='color:{colour}'><b>{text}</b></span>")
        rolled = self.grid.rolled_over()
        if rolled:
            parts.append(self.tr("%n meter(s) rolled over", "", rolled))
        self.totals.setText("  ·  ".join(parts))
        self._update_buttons()

    def _update_buttons(self) -> None:
        write, dirty = self.can_write, self.grid.dirty()
        for button in (
            self.configure_button,
            self.delete_button,
            self.save_button,
            self.revert_button,
        ):
            button.setVisible(write)
        self.delete_button.setEnabled(self.chosen_set() is not None)
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        triggers = (
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.setEditTriggers(
            triggers if write else QAbstractItemView.EditTrigger.NoEditTriggers
        )

    # -- actions --------------------------------------------------------------------------
    def message(self, text: str) -> None:
        self.last_message = text
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, 8000)

    def _run(self, call: Any, then: Any = None, failed: Any = None) -> None:
        def done(outcome: Any) -> None:
            if then is not None:
                then(outcome)
            self.ctx.changed(outcome.changes)

        self.ctx.runner.run_db(
            lambda _p: call(), done, failed or (lambda e: messages.show_error(self, e)), parent=self
        )

    def configure(self) -> None:
        if not self.can_write or self.period is None:
            return
        actor, cid = self.ctx.actor, self.community.id
        draft = self.ctx.services.meters.draft_for(actor, cid, self.current)
        accounts = [(a.code, a.name) for a in self.ctx.services.chart.list(actor, cid)
                    if not a.is_surcharge]  # fmt: skip
        self.dialog = MeterSetDialog(self.ctx, self.community, draft, self.period, accounts, self)
        self.dialog.exec()

    def delete_set(self) -> None:
        found = self.chosen_set()
        if found is None or not self.can_write:
            return
        question = self.tr("Delete the meter of %1 and its %n reading(s) of the month?", "",
                           found.readings).replace("%1", found.service_label.lower())  # fmt: skip
        if not messages.confirm(self, self.tr("Delete meter"), question, danger=True):
            return
        service, actor, cid = self.ctx.services.meters, self.ctx.actor, self.community.id
        code, period = found.service, found.period_id

        def gone(_outcome: Any) -> None:
            self.grid.accept_saved()  # its readings went with it: nothing left to save

        self._run(lambda: service.delete_set(actor, cid, code, period), gone)

    def save(self) -> None:
        if not self.can_write or not self.grid.dirty():
            return
        wrong = self.grid.wrong()
        if wrong:
            self.problem.setText(self.tr("Fix the readings first:") + " " + "; ".join(wrong))
            return
        changes, code = self.grid.changes(), self.current
        service, actor, cid = self.ctx.services.meters, self.ctx.actor, self.community.id
        period = self.period.id if self.period else None

        def saved(_outcome: Any) -> None:
            self.grid.accept_saved()
            self.message(self.tr("Readings of %1 saved.").replace("%1", SERVICES[code].lower()))

        self._run(
            lambda: service.set_readings(actor, cid, code, changes, period), saved, self._refused
        )

    def _refused(self, error: BaseException) -> None:
        if not isinstance(error, ValidationFailed):
            messages.show_error(self, error)
            return
        listed = self.grid.refuse(error.errors)
        self.problem.setText(
            self.tr("No reading was saved:") + "\n" + "\n".join(f"• {m}" for m in listed)
        )

    def reload(self) -> None:
        """F5: read the month again (typed readings are dropped only if the user agrees)."""
        if self.grid.dirty() and not messages.confirm(
            self,
            self.tr("Unsaved readings"),
            self.tr("Discard the readings of %1 not saved?").replace(
                "%1", SERVICES[self.current].lower()
            ),
        ):
            return
        self.grid.accept_saved()
        self.refresh()

    def revert(self) -> None:
        self._load_grid()
        self._update_buttons()
