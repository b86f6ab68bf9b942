"""What the month screens of the closing share («Preview and close», «Closed months and
notices»): buttons whose tooltips name their shortcuts, the lines table with its search box,
messages in the status bar, refresh-when-shown, rendering a PDF in the background and viewing it,
and the closing workbook."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QTableView,
    QWidget,
)

from kastor_desktop.services.communities import CommunityRow
from kastor_desktop.ui.closing.pdf_viewer import PdfViewer, ViewerHolder
from kastor_desktop.ui.context import UiContext
from kastor_desktop.ui.icons import icon
from kastor_desktop.ui.table_model import RowTableModel
from kastor_desktop.ui.tasks import Progress
from kastor_desktop.ui.widgets import messages
from kastor_desktop.ui.widgets.refresh_when_shown import RefreshWhenShown

RED, GREEN = "#c0392b", "#1e8449"
STYLE = """
QFrame#summaryCard { background: #f4f6f8; border: 1px solid #dde3e9; border-radius: 6px; }
QLabel#cardCaption { color: #566573; }
QLabel#cardValue { font-size: 16px; font-weight: 600; color: #1f2d3d; }
QLabel#period { font-size: 14px; font-weight: 600; color: #1f4e79; }
QFrame#banner { background: #e9f7ef; border: 1px solid #a9dfbf; border-radius: 6px; }
QListWidget#problems { border: 1px solid #dde3e9; }
"""


class MonthScreen(RefreshWhenShown, ViewerHolder, QWidget):
    """What the preview and the closed months share: buttons with shortcuts in their tooltips,
    the lines table with its search box, messages in the status bar and the PDF viewer."""

    areas: tuple[str, ...] = ()

    def __init__(self, ctx: UiContext, community: CommunityRow, key: str, parent: QWidget | None):
        super().__init__(parent)
        self.ctx = ctx
        self.community = community
        self.key = key
        self.viewer: PdfViewer | None = None
        self.last_message = ""
        self._stale = False
        self.setStyleSheet(STYLE)

    # -- building blocks ------------------------------------------------------------------
    def button(
        self, text: str, icon_name: str, slot: Callable[[], Any], shortcut: str = "", tip: str = ""
    ) -> QPushButton:
        button = QPushButton(icon(icon_name), text, self)
        button.clicked.connect(slot)
        tip = tip or text.replace("&", "")
        if shortcut:
            sequence = QKeySequence(shortcut)
            # an action, not button.setShortcut, which would drop the button's Alt+mnemonic;
            # window-wide while the page is shown (hidden pages' shortcuts never fire)
            action = QAction(self)
            action.setShortcut(sequence)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

            def press() -> None:
                if button.isEnabled() and button.isVisible():
                    button.click()

            action.triggered.connect(press)
            self.addAction(action)
            tip = f"{tip} ({sequence.toString(QKeySequence.SequenceFormat.NativeText)})"
        button.setToolTip(tip)
        return button

    def search_box(self, model: RowTableModel[Any]) -> QLineEdit:
        """A search box filtering ``model``; Ctrl+F goes to it."""
        search = QLineEdit(self)
        search.setPlaceholderText(self.tr("Find unit or owner… (Ctrl+F)"))
        search.setClearButtonEnabled(True)
        search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        search.setMinimumWidth(340)
        search.textChanged.connect(model.set_filter)
        find = QAction(self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        def focus() -> None:
            search.setFocus()
            search.selectAll()

        find.triggered.connect(focus)
        self.addAction(find)
        return search

    def table_view(self, model: RowTableModel[Any]) -> QTableView:
        table = QTableView(self)
        table.setModel(model)
        table.setSortingEnabled(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        return table

    @staticmethod
    def fit_columns(table: QTableView, owner_column: int) -> None:
        """Each column as wide as its cells; a long title wraps onto two lines instead of
        widening the column (no narrower than its longest word)."""
        model, header = table.model(), table.horizontalHeader()
        metrics = header.fontMetrics()
        wrap = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        height = 0
        for column in range(model.columnCount()):
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            words = max((metrics.horizontalAdvance(w) for w in title.split()), default=0)
            width = max(table.sizeHintForColumn(column) + 12, words + 28, 70)
            if column == owner_column:
                width = min(max(width, 180), 280)
            table.setColumnWidth(column, width)
            box = metrics.boundingRect(QRect(0, 0, width - 16, 1000), wrap, title)
            height = max(height, box.height())
        header.setFixedHeight(height + 14)  # the style sheet's padding and border

    # -- messages, refresh, PDFs ----------------------------------------------------------
    def notify(self, text: str) -> None:
        self.last_message = text
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 10000)

    def failed(self, error: BaseException) -> None:
        messages.show_error(self, error)

    def render_then_view(self, job: Callable[[], Path], label: str) -> None:
        """Render a PDF on the database thread (progress, Cancel) and show it."""

        def run(progress: Progress) -> Path | None:
            path = job()
            return None if progress.cancelled else path

        def show(path: Path | None) -> None:
            if path is not None:
                self.open_pdf(path)

        self.ctx.runner.run_db(
            run,
            show,
            self.failed,
            label=label,
            parent=self,
        )

    def ask_workbook_path(self, name: str) -> str | None:
        """The workbook's file name (tests replace this)."""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Closing workbook"), name, self.tr("Excel workbooks (*.xlsx)")
        )
        if not path:
            return None
        return path if path.lower().endswith(".xlsx") else path + ".xlsx"

    def save_workbook(self, year: int | None, month: int | None, name: str) -> None:
        path = self.ask_workbook_path(name)
        if path is not None:
            self.workbook_to(path, year, month)

    def workbook_to(self, path: str, year: int | None = None, month: int | None = None) -> None:
        service, actor, cid = self.ctx.services.notices, self.ctx.actor, self.community.id
        self.ctx.runner.run_db(
            lambda _p: service.workbook(actor, cid, year, month, Path(path)),
            lambda saved: self.notify(self.tr("Closing workbook saved in %1").replace("%1", str(saved))),
            self.failed,
            label=self.tr("Writing the closing workbook…"),
            parent=self,
        )  # fmt: skip
