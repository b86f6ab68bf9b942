"""Share tables (tablas de prorrateo): the community's tables with their sums on the left, the
selected table's editable grid on the right with the running sum and the difference to 100 %
always in view, computing from m² or fiscal valuation, Save and export."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kastor_desktop.domain.country import profile
from kastor_desktop.domain.shares import format_percent
from kastor_desktop.services.communities import CommunityRow
from kastor_desktop.services.context import Changes
from kastor_desktop.services.shares import ShareTableRow
from kastor_desktop.ui.community.share_grid import ShareGridModel, ShareGridView
from kastor_desktop.ui.community.share_tables import GREEN, RED, TablesView
from kastor_desktop.ui.context import UiContext
from kastor_desktop.ui.icons import icon
from kastor_desktop.ui.widgets import messages


class SharesPage(QWidget):
    def __init__(
        self,
        ctx: UiContext,
        community: CommunityRow,
        key: str = "shares",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.community = community
        self.key = key
        self.current: ShareTableRow | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.addWidget(self._label(self, "pageTitle", self.tr("Share tables")))
        intro = self.tr(
            "Each table gives a percentage to every unit in it, with up to 6 decimals; an "
            "expense is prorated by one table. A table must sum exactly 100 % to close a month."
        )
        outer.addWidget(self._label(self, "hint", intro))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._tables_side())
        splitter.addWidget(self._grid_side())
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([440, 800])
        outer.addWidget(splitter, 1)
        self._update_buttons()

    # -- layout ---------------------------------------------------------------------------
    @staticmethod
    def _label(parent: QWidget, name: str, text: str = "") -> QLabel:
        label = QLabel(text, parent)
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

    def _side(self, left: int, right: int) -> tuple[QWidget, QVBoxLayout, QHBoxLayout]:
        """One half of the splitter: its column, and a row of buttons on top."""
        side = QWidget(self)
        column = QVBoxLayout(side)
        column.setContentsMargins(left, 0, right, 0)
        row = QHBoxLayout()
        column.addLayout(row)
        return side, column, row

    def _tables_side(self) -> QWidget:
        side, column, row = self._side(0, 8)
        self.new_button = self._button(self.tr("&New table"), "plus", self.new_table, "Ctrl+N")
        self.rename_button = self._button(self.tr("Re&name"), "pencil", self.rename_table)
        self.delete_button = self._button(self.tr("&Delete"), "trash-2", self.delete_table)
        for button in (self.new_button, self.rename_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        self.tables = TablesView(side)
        self.tables_model = self.tables.tables_model
        self.tables.selectionModel().selectionChanged.connect(lambda *_: self._table_chosen())
        self.tables.doubleClicked.connect(lambda _i: self.rename_table())
        column.addWidget(self.tables, 1)
        empty = self.tr("No share tables yet. Create «General» with «New table» (Ctrl+N).")
        self.empty = self._label(side, "hint", empty)
        column.addWidget(self.empty)
        return side

    def _grid_side(self) -> QWidget:
        side, column, row = self._side(8, 0)
        self.compute_area = self._button(
            self.tr("Compute from &m²"), "refresh-cw", lambda: self.compute("area")
        )
        self.compute_valuation = self._button(
            self.tr("Compute from fiscal &valuation"),
            "refresh-cw",
            lambda: self.compute("valuation"),
        )
        self.revert_button = self._button(self.tr("&Revert"), "x", self.revert)
        self.save_button = self._button(self.tr("&Save"), "save", self.save, "Ctrl+S")
        self.export_button = self._button(
            self.tr("E&xport to Excel…"), "file-spreadsheet", self.export, "Ctrl+Shift+E"
        )
        for button in (self.compute_area, self.compute_valuation):
            row.addWidget(button)
        row.addStretch(1)
        for button in (self.revert_button, self.save_button, self.export_button):
            row.addWidget(button)
        self.heading = self._label(side, "caption")
        column.addWidget(self.heading)
        finder = QHBoxLayout()
        self.finder = QLineEdit(side)
        self.finder.setPlaceholderText(self.tr("Find unit…"))
        self.finder.setClearButtonEnabled(True)
        self.finder.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.finder.setMaximumWidth(220)
        self.finder.textChanged.connect(lambda _t: self._filter())
        self.only_in = QCheckBox(self.tr("Only units in this table"), side)
        self.only_in.toggled.connect(lambda _c: self._filter())
        finder.addWidget(self.finder)
        finder.addWidget(self.only_in)
        finder.addStretch(1)
        column.addLayout(finder)
        self.grid = ShareGridModel(
            [
                self.tr("Unit"),
                self.tr("Kind"),
                self.tr("m²"),
                self.tr("Fiscal valuation"),
                self.tr("% (6 decimals)"),
            ],
            self,
        )
        self.grid.totals_changed.connect(self._show_totals)
        self.view = ShareGridView(side)
        self.view.setModel(self.grid)
        if not self.can_write:
            self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for number, width in enumerate((110, 130, 90, 130, 140)):
            self.view.setColumnWidth(number, width)
        column.addWidget(self.view, 1)
        self.totals = self._label(side, "shareTotals")
        self.problem = self._label(side, "error_share")
        self.problem.setStyleSheet(f"color: {RED};")
        column.addWidget(self.totals)
        column.addWidget(self.problem)
        return side

    # -- loading --------------------------------------------------------------------------
    @property
    def can_write(self) -> bool:
        return self.ctx.can("units.manage", self.community.id)

    def refresh(self) -> None:
        keep = self.current.id if self.current else None
        rows = self.ctx.services.shares.tables(self.ctx.actor, self.community.id)
        new = self.tables.show_rows(rows, keep)
        self.empty.setVisible(not rows)
        if new is None or new.id != keep or not self.grid.dirty():
            self._load_grid(new)
        self.current = new
        self._update_buttons()

    def on_changes(self, changes: Changes) -> None:
        if changes.touches("shares") or changes.touches("units"):
            self.refresh()

    def has_unsaved_changes(self) -> bool:
        """Percentages typed or computed but not saved (the main window asks before leaving)."""
        return self.grid.dirty()

    def _load_grid(self, table: ShareTableRow | None) -> None:
        self.current = table
        exponent = profile(self.community.country).minor_exponent
        lines = (
            self.ctx.services.shares.grid(self.ctx.actor, self.community.id, table.id)
            if table
            else []
        )
        self.grid.set_lines(lines, exponent)
        self._filter()
        self.problem.setText("")
        self.heading.setText(
            self.tr(
                "Percentages of «%1» — type a value and press Enter; leave it empty to take "
                "the unit out of the table."
            ).replace("%1", table.name)
            if table
            else ""
        )

    def _filter(self) -> None:
        self.grid.set_filter(self.finder.text(), self.only_in.isChecked())

    def _table_chosen(self) -> None:
        chosen = self.tables.chosen()
        if chosen is None or (self.current and chosen.id == self.current.id):
            return
        if self.grid.dirty() and not self._discard():
            previous = next(
                n
                for n, r in enumerate(self.tables_model.rows())
                if self.current and r.id == self.current.id
            )
            self.tables.selectionModel().blockSignals(True)
            self.tables.selectRow(previous)
            self.tables.selectionModel().blockSignals(False)
            return
        self._load_grid(chosen)
        self._update_buttons()

    def _discard(self) -> bool:
        name = self.current.name if self.current else ""
        return messages.confirm(
            self,
            self.tr("Unsaved percentages"),
            self.tr("Discard the changes not saved in «%1»?").replace("%1", name),
        )

    # -- totals and buttons ---------------------------------------------------------------
    def _show_totals(self) -> None:
        grid = self.grid
        units = len(grid.units_in_table())
        total, difference = format_percent(grid.total), format_percent(grid.difference)
        text = (
            self.tr("%1 units · Sum %2 % · Difference %3 %")
            .replace("%1", str(units))
            .replace("%2", total)
            .replace("%3", difference)
        )
        ok = grid.difference == 0 and units > 0 and not grid.wrong
        if grid.wrong:
            mark = self.tr("correct the values in red")
        else:
            mark = self.tr("sums exactly 100 %") if ok else self.tr("must sum exactly 100 %")
        colour = GREEN if ok else RED
        self.totals.setText(f"<b style='color:{colour}'>{text}</b> — {mark}")
        self.problem.setText(grid.first_problem())
        self._update_buttons()

    def _update_buttons(self) -> None:
        write, table = self.can_write, self.current is not None
        for button in (self.new_button,):
            button.setVisible(write)
        for button in (
            self.rename_button,
            self.delete_button,
            self.compute_area,
            self.compute_valuation,
        ):
            button.setVisible(write)
            button.setEnabled(table)
        dirty = self.grid.dirty()
        self.save_button.setVisible(write)
        self.revert_button.setVisible(write)
        self.save_button.setEnabled(table and dirty and not self.grid.wrong)
        self.revert_button.setEnabled(table and dirty)
        self.export_button.setEnabled(table)

    # -- actions --------------------------------------------------------------------------
    def ask_name(self, title: str, current: str = "") -> str | None:
        """The table's name (tests replace this)."""
        text, ok = QInputDialog.getText(self, title, self.tr("Name of the table:"), text=current)
        return text if ok else None

    def _run(self, call: Any, then: Any = None) -> None:
        def done(outcome: Any) -> None:
            if then is not None:
                then(outcome)
            self.ctx.changed(outcome.changes)

        self.ctx.runner.run_db(
            lambda _p: call(), done, lambda error: messages.show_error(self, error), parent=self
        )

    def new_table(self) -> None:
        name = self.ask_name(self.tr("New share table"))
        if name is None or not self.can_write:
            return
        if self.grid.dirty() and not self._discard():
            return
        service, actor, cid = self.ctx.services.shares, self.ctx.actor, self.community.id

        def chosen(outcome: Any) -> None:
            self.current = outcome.value
            self.grid.set_lines([])

        self._run(lambda: service.create_table(actor, cid, name), chosen)

    def rename_table(self) -> None:
        table = self.current
        if table is None or not self.can_write:
            return
        name = self.ask_name(self.tr("Rename share table"), table.name)
        if name is None:
            return
        service, actor, cid = self.ctx.services.shares, self.ctx.actor, self.community.id
        self._run(lambda: service.rename_table(actor, cid, table.id, name))

    def delete_table(self) -> None:
        table = self.current
        if table is None or not self.can_write:
            return
        question = (
            self.tr("Delete the share table «%1» and the percentages of its %2 units?")
            .replace("%1", table.name)
            .replace("%2", str(table.units))
        )
        if not messages.confirm(self, self.tr("Delete share table"), question, danger=True):
            return
        service, actor, cid = self.ctx.services.shares, self.ctx.actor, self.community.id

        def gone(_outcome: Any) -> None:
            self.current = None
            self.grid.set_lines([])

        self._run(lambda: service.delete_table(actor, cid, table.id), gone)

    def compute(self, basis: str) -> None:
        table = self.current
        if table is None or not self.can_write:
            return
        units = self.grid.units_in_table()
        source = self.tr("m²") if basis == "area" else self.tr("fiscal valuation")
        if units and not messages.confirm(
            self,
            self.tr("Compute percentages"),
            self.tr("Replace the percentages of «%1» with values computed from %2?")
            .replace("%1", table.name)
            .replace("%2", source),
        ):
            return
        service, actor, cid = self.ctx.services.shares, self.ctx.actor, self.community.id

        def job(_progress: Any) -> dict[int, int]:
            return service.compute(actor, cid, table.id, basis, units or None)

        def done(values: dict[int, int]) -> None:
            self.grid.apply(values, clear_others=True)
            self.problem.setText(self.tr("Computed from %1: not saved yet.").replace("%1", source))

        self.ctx.runner.run_db(
            job, done, lambda error: messages.show_error(self, error), parent=self
        )

    def save(self) -> None:
        table = self.current
        if table is None or not self.can_write:
            return
        if self.grid.wrong:
            self.problem.setText(self.grid.first_problem())
            return
        changes = self.grid.changes()
        if not changes:
            return
        service, actor, cid = self.ctx.services.shares, self.ctx.actor, self.community.id
        self.ctx.runner.run_db(
            lambda _p: service.set_shares(actor, cid, table.id, changes),
            self._saved,
            lambda error: messages.show_error(self, error),
            label=self.tr("Saving percentages…"),
            parent=self,
        )

    def _saved(self, outcome: Any) -> None:
        self.grid.saved = list(self.grid.values)
        self.ctx.changed(outcome.changes)
        self._update_buttons()

    def revert(self) -> None:
        if self.current is not None:
            self._load_grid(self.current)
            self._update_buttons()

    def export(self) -> None:
        if self.current is None:
            return
        name = f"{self.community.code}-{self.current.name}.xlsx"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to Excel"), name, self.tr("Excel workbooks (*.xlsx)")
        )
        if path:
            self.export_to(path if path.lower().endswith(".xlsx") else path + ".xlsx")

    def export_to(self, path: str) -> None:
        from pathlib import Path

        from kastor_desktop.reports.xlsx import typed_columns, write_table

        rows = typed_columns([list(row) for row in self.grid.export_rows()])
        title, headers = self.current.name if self.current else "", list(self.grid.titles)
        self.ctx.runner.run_db(
            lambda _p: write_table(Path(path), title, headers, rows),
            None,
            lambda error: messages.show_error(self, error),
            label=self.tr("Exporting to Excel…"),
            parent=self,
        )
