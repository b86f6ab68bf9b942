"""The «gastos» spreadsheet checked before importing: what it adds to the open month, what is
already there, and every error (row, column, value, reason). «Import» writes the new rows in one
transaction, and only when the file has no errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kastor_desktop.imports.plan import ImportPreview, RowError
from kastor_desktop.services.communities import CommunityRow
from kastor_desktop.services.expenses import ExpenseImport
from kastor_desktop.ui.context import UiContext
from kastor_desktop.ui.icons import icon
from kastor_desktop.ui.table_model import Column, RowTableModel
from kastor_desktop.ui.widgets import messages

ADD, UNCHANGED, ERRORS = range(3)
RED = "#c0392b"


def _where(error: RowError) -> str:
    return f"{error.sheet} › {error.column}" if error.sheet and error.column else error.column


class ExpenseImportDialog(QDialog):
    def __init__(
        self,
        ctx: UiContext,
        community: CommunityRow,
        path: Path,
        checked: ExpenseImport,
        year: int,
        month: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.community, self.path = ctx, community, Path(path)
        self.year, self.month = year, month
        self.checked = checked
        self.imported: ExpenseImport | None = None
        self.setWindowTitle(self.tr("Import expenses"))
        self.setWindowIcon(icon("file-spreadsheet"))
        self.resize(860, 520)
        column = QVBoxLayout(self)
        heading = QLabel(
            self.tr("«%1» into %2, the open month.")
            .replace("%1", self.path.name)
            .replace("%2", checked.period_label),
            self,
        )
        heading.setObjectName("caption")
        column.addWidget(heading)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        column.addWidget(self.status)
        self.warnings = QLabel(self)
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #9a6700;")
        column.addWidget(self.warnings)
        self.tabs = QTabWidget(self)
        self.models = self._tables()
        column.addWidget(self.tabs, 1)
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setIcon(icon("check"))
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.commit)
        self.buttons.rejected.connect(self.reject)
        column.addWidget(self.buttons)
        self.show_preview(checked.preview)

    def _tables(self) -> list[RowTableModel[Any]]:
        row: Column[Any] = Column(
            self.tr("Row"), lambda r: str(r.row) if r.row > 0 else "—", key=lambda r: r.row,
            align_right=True,
        )  # fmt: skip
        planned: list[Column[Any]] = [
            row,
            Column(self.tr("Date"), lambda r: r.key),
            Column(self.tr("Expense"), lambda r: r.summary),
        ]
        errors: list[Column[Any]] = [
            row,
            Column(self.tr("Column"), _where),
            Column(self.tr("Value"), lambda e: e.value),
            Column(self.tr("Reason"), lambda e: e.reason),
        ]
        models = []
        for columns, widths in (
            (planned, (60, 100)),
            (planned, (60, 100)),
            (errors, (60, 170, 170)),
        ):
            model: RowTableModel[Any] = RowTableModel(columns, self)
            view = QTableView(self)
            view.setModel(model)
            view.setSortingEnabled(True)
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.setAlternatingRowColors(True)
            view.setWordWrap(False)
            view.verticalHeader().setVisible(False)
            header = view.horizontalHeader()
            header.setStretchLastSection(True)
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
            for number, width in enumerate(widths):
                view.setColumnWidth(number, width)
            self.tabs.addTab(view, "")
            models.append(model)
        return models

    def show_preview(self, preview: ImportPreview) -> None:
        lists = (preview.to_add, preview.unchanged, preview.errors)
        for model, rows in zip(self.models, lists, strict=True):
            model.set_rows(list(rows))
            model.sort(0, Qt.SortOrder.AscendingOrder)
        titles = (self.tr("To add (%1)"), self.tr("Already in the month (%1)"),
                  self.tr("Errors (%1)"))  # fmt: skip
        icons = ("plus", "check", "triangle-alert")
        for index, (title, rows) in enumerate(zip(titles, lists, strict=True)):
            self.tabs.setTabText(index, title.replace("%1", str(len(rows))))
            colour = RED if index == ERRORS and rows else "#34495e"
            self.tabs.setTabIcon(index, icon(icons[index], colour))
        warnings = "\n".join(f"⚠ {w}" for w in preview.warnings)
        self.warnings.setText(warnings)
        self.warnings.setVisible(bool(warnings))
        if preview.errors:
            self.tabs.setCurrentIndex(ERRORS)
            self.status.setStyleSheet(f"color: {RED};")
            self.status.setText(
                self.tr("%n error(s): fix them in the file, save it and import it again. Nothing "
                        "is imported while errors remain.", "", len(preview.errors))
            )  # fmt: skip
        elif preview.to_add:
            self.tabs.setCurrentIndex(ADD)
            self.status.setStyleSheet("")
            self.status.setText(
                self.tr("%n expense(s) to add. Review them and press «Import».", "",
                        len(preview.to_add))
            )  # fmt: skip
        else:
            self.tabs.setCurrentIndex(UNCHANGED)
            self.status.setStyleSheet("")
            self.status.setText(self.tr("Nothing to import: every row is already in the month."))
        self.import_button.setEnabled(not preview.errors and bool(preview.to_add))

    def commit(self) -> None:
        """Import for real; the file is checked again in the same transaction."""
        if not self.import_button.isEnabled():
            return
        service, actor, cid = self.ctx.services.expenses, self.ctx.actor, self.community.id
        path, year, month = self.path, self.year, self.month
        self.import_button.setEnabled(False)
        self.ctx.runner.run_db(
            lambda p: service.import_file(actor, cid, path, year, month, False, p),
            self._imported,
            self._failed,
            label=self.tr("Importing expenses…"),
            parent=self,
        )

    def _imported(self, outcome: Any) -> None:
        self.imported = outcome.value
        self.ctx.changed(outcome.changes)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        rejected = getattr(error, "preview", None)
        if isinstance(rejected, ImportPreview):  # the file changed since it was checked
            self.show_preview(rejected)
            return
        self.import_button.setEnabled(True)
        messages.show_error(self, error)
