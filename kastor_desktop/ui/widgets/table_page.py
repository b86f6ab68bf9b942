"""A list screen: title, search box, action buttons and a sortable table over RowTableModel."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kastor_desktop.services.context import Changes
from kastor_desktop.ui.icons import icon
from kastor_desktop.ui.table_model import Column, RowTableModel


class TablePage(QWidget):
    """Subclasses give columns, ``load()`` rows and actions; ``areas`` says which Changes matter."""

    areas: tuple[str, ...] = ()
    model_class: type[RowTableModel[Any]] = RowTableModel  # a subclass may add roles (check boxes)

    def __init__(
        self, title: str, columns: Sequence[Column[Any]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.model: RowTableModel[Any] = self.model_class(columns, self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        header = QHBoxLayout()
        self.title = QLabel(title, self)
        self.title.setObjectName("pageTitle")
        header.addWidget(self.title)
        header.addStretch(1)
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search…"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMinimumWidth(260)
        self.search.textChanged.connect(self._filter)
        header.addWidget(self.search)
        self.buttons = QHBoxLayout()
        header.addLayout(self.buttons)
        outer.addLayout(header)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(lambda _index: self.activated())
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: (self._update_buttons(), self.selection_changed())
        )
        outer.addWidget(self.table, 1)
        self.empty_hint = QLabel(self.table.viewport())
        self.empty_hint.setObjectName("hint")
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.empty_hint.hide()
        self._empty_text = ""
        self._viewport = self.table.viewport()
        self._viewport.installEventFilter(self)
        self.counter = QLabel(self)
        self.counter.setObjectName("counter")
        outer.addWidget(self.counter)
        find = QAction(self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(lambda: (self.search.setFocus(), self.search.selectAll()))
        self.addAction(find)

    # -- for subclasses ------------------------------------------------------------------
    def load(self) -> Sequence[Any]:
        raise NotImplementedError

    def activated(self) -> None:
        """Enter or double-click on a row."""

    def selection_changed(self) -> None:
        """Enable/disable buttons that need a selected row."""

    def add_button(
        self,
        text: str,
        icon_name: str,
        slot: Callable[[], None],
        shortcut: str | QKeySequence | None = None,
        needs_row: bool = False,
    ) -> QPushButton:
        button = QPushButton(icon(icon_name), text, self)
        button.clicked.connect(slot)
        if shortcut:
            button.setShortcut(QKeySequence(shortcut))
            button.setToolTip(
                f"{text.replace('&', '')} "
                f"({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})"
            )
        button.setProperty("needsRow", needs_row)
        if needs_row:
            button.setEnabled(False)
        self.buttons.addWidget(button)
        return button

    def set_empty_hint(self, text: str) -> None:
        """Shown over the empty table (no rows at all, or none matching the search)."""
        self._empty_text = text
        self._update_empty_hint()

    # -- behaviour -----------------------------------------------------------------------
    def add_export_button(self, filename: str, runner: Any) -> QPushButton:
        """«Export to Excel…»: the rows as shown (filtered and sorted), every column."""
        self._export_name = filename
        self._export_runner = runner
        return self.add_button(
            self.tr("E&xport to Excel…"), "file-spreadsheet", self.export, "Ctrl+Shift+E"
        )

    def export(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to Excel"), self._export_name, self.tr("Excel workbooks (*.xlsx)")
        )
        if path:
            self.export_to(path if path.lower().endswith(".xlsx") else path + ".xlsx")

    def export_to(self, path: str) -> None:
        """Write the visible rows in the background (progress and Cancel); tests call it directly."""
        from pathlib import Path

        from kastor_desktop.reports.xlsx import typed_columns, write_table
        from kastor_desktop.ui.widgets import messages

        headers = [c.title for c in self.model.columns]
        texts = [c.text for c in self.model.columns]
        rows = self.model.rows()
        title = self.title.text()

        def job(progress: Any) -> int:
            total = len(rows)
            return write_table(
                Path(path),
                title,
                headers,
                typed_columns([[t(r) for t in texts] for r in rows]),
                progress=lambda done: progress.step(done, total) or True,
            )

        def done(count: int) -> None:
            window = self.window()
            if hasattr(window, "statusBar"):
                window.statusBar().showMessage(
                    self.tr("%1 rows exported to %2").replace("%1", str(count)).replace("%2", path),
                    8000,
                )

        self._export_runner.run_db(
            job,
            done,
            lambda error: messages.show_error(self, error),
            label=self.tr("Exporting to Excel…"),
            parent=self,
        )

    def refresh(self) -> None:
        selected = self.selected()
        self.model.set_rows(self.load())
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._update_counter()
        if selected is not None:
            self.select_where(
                lambda row: getattr(row, "id", None) == getattr(selected, "id", object())
            )
        self.selection_changed()
        self._update_buttons()

    def on_changes(self, changes: Changes) -> None:
        if any(changes.touches(a) for a in self.areas):
            self.refresh()

    def selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row_at(rows[0].row()) if rows else None

    def select_where(self, predicate: Callable[[Any], bool]) -> bool:
        for number, row in enumerate(self.model.rows()):
            if predicate(row):
                self.table.selectRow(number)
                return True
        return False

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.table.hasFocus()
            and self.selected() is not None
        ):
            self.activated()
            return
        super().keyPressEvent(event)

    def _filter(self, text: str) -> None:
        self.model.set_filter(text)
        self._update_counter()

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802
        if watched is self._viewport and event.type() == QEvent.Type.Resize:
            self._update_empty_hint()
        return super().eventFilter(watched, event)

    def _update_empty_hint(self) -> None:
        text = self._empty_text if self.model.total() == 0 else self.tr("No rows match the search.")
        self.empty_hint.setText(text)
        self.empty_hint.setVisible(self.model.rowCount() == 0 and bool(text))
        self.empty_hint.setGeometry(self.table.viewport().rect().adjusted(24, 24, -24, -24))

    def _update_counter(self) -> None:
        self._update_empty_hint()
        shown, total = self.model.rowCount(), self.model.total()
        if shown == total:
            self.counter.setText(QCoreApplication.translate("TablePage", "%n row(s)", "", total))
        else:
            self.counter.setText(
                self.tr("%1 of %2 rows").replace("%1", str(shown)).replace("%2", str(total))
            )

    def _update_buttons(self) -> None:
        has_row = self.selected() is not None
        for index in range(self.buttons.count()):
            widget = self.buttons.itemAt(index).widget()
            if widget is not None and widget.property("needsRow"):
                widget.setEnabled(has_row)
