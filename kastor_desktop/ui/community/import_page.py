"""Import spreadsheets: save the templates, choose a filled file, see what it would add, update
or leave unchanged and every error (row, column, value, reason), then confirm. Checking and
importing run in the background with progress and Cancel; nothing is written while errors
remain, and the import itself is all or nothing."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kastor_desktop.imports.plan import ImportPreview, PlannedRow, RowError
from kastor_desktop.services.communities import CommunityRow
from kastor_desktop.services.context import Changes
from kastor_desktop.services.migration import AREAS
from kastor_desktop.ui.context import UiContext
from kastor_desktop.ui.icons import icon
from kastor_desktop.ui.table_model import Column, RowTableModel
from kastor_desktop.ui.widgets import messages

ADD, UPDATE, UNCHANGED, ERRORS = range(4)
_STARTING = object()


class _Relay:
    """Passes a job's progress to the runner (which raises on Cancel) and to the page's label."""

    def __init__(self, progress: Any, emit: Any) -> None:
        self.progress, self.emit = progress, emit

    def step(self, done: int, total: int, text: str = "") -> None:
        self.progress.step(done, total, text)
        self.emit(done, total, text)


class ImportPage(QWidget):
    progressed = Signal(int, int, str)

    def __init__(
        self, ctx: UiContext, community: CommunityRow, key: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.community, self.key = ctx, community, key
        self.path: Path | None = None
        self.preview: ImportPreview | None = None
        self.running: Any = None
        self._just_imported = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        title = QLabel(self.tr("Import spreadsheets"), self)
        title.setObjectName("pageTitle")
        outer.addWidget(title)
        intro = QLabel(
            self.tr(
                "Save the templates, fill them in your spreadsheet program and choose the file. "
                "Kastor checks every row and shows what it will add or update; nothing is saved "
                "until you confirm, and never while errors remain."
            ),
            self,
        )
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        outer.addWidget(intro)
        outer.addLayout(self._toolbar())
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        outer.addWidget(self.status)
        self.warnings = QLabel(self)
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #9a6700;")
        self.warnings.hide()
        outer.addWidget(self.warnings)
        self.tabs = QTabWidget(self)
        self.models = self._tables()
        outer.addWidget(self.tabs, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        self.recheck_button = QPushButton(icon("refresh-cw"), self.tr("Check &again"), self)
        self.recheck_button.setShortcut(QKeySequence("F5"))
        self.recheck_button.clicked.connect(self.check)
        self.recheck_button.setEnabled(False)
        bottom.addWidget(self.recheck_button)
        self.confirm_button = QPushButton(icon("check"), self.tr("&Confirm import"), self)
        self.confirm_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.confirm_button.clicked.connect(self.confirm)
        self.confirm_button.setEnabled(False)
        bottom.addWidget(self.confirm_button)
        outer.addLayout(bottom)
        self.progressed.connect(self._show_progress)
        self._update_tabs()
        self._set_status(self.tr("Choose the kind of spreadsheet and the file to import."))

    def _toolbar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel(self.tr("&Spreadsheet:"), self)
        self.kind = QComboBox(self)
        for code, text in (
            ("units", self.tr("Units, owners and share tables")),
            ("suppliers", self.tr("Suppliers")),
            ("workers", self.tr("Workers")),
            ("accounts", self.tr("Chart of accounts")),
            ("balances", self.tr("Opening balances and funds")),
        ):
            self.kind.addItem(text, code)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        label.setBuddy(self.kind)
        row.addWidget(label)
        row.addWidget(self.kind)
        self.choose_button = QPushButton(icon("file-spreadsheet"), self.tr("C&hoose file…"), self)
        self.choose_button.setShortcut(QKeySequence("Ctrl+O"))
        self.choose_button.clicked.connect(self.choose_file)
        row.addWidget(self.choose_button)
        self.file_label = QLabel(self.tr("No file chosen"), self)
        self.file_label.setObjectName("caption")
        row.addWidget(self.file_label, 1)
        self.cancel_button = QPushButton(icon("x"), self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        row.addWidget(self.cancel_button)
        self.templates_button = QPushButton(icon("save"), self.tr("Save &templates…"), self)
        self.templates_button.clicked.connect(self.save_templates)
        row.addWidget(self.templates_button)
        return row

    def _tables(self) -> list[RowTableModel[Any]]:
        row_col: Column[Any] = Column(
            self.tr("Row"), lambda r: str(r.row) if r.row > 0 else "—", key=lambda r: r.row,
            align_right=True,
        )  # fmt: skip
        key_col: Column[PlannedRow] = Column(self._key_title(), lambda r: r.key, natural=True)
        specs: list[list[Column[Any]]] = [
            [row_col, key_col, Column(self.tr("Summary"), lambda r: r.summary)],
            [row_col, key_col, Column(self.tr("Changes (before → after)"), lambda r: r.changes_text)],
            [row_col, key_col, Column(self.tr("Summary"), lambda r: r.summary)],
            [
                row_col,
                Column(self.tr("Column"), _error_column),
                Column(self.tr("Value"), lambda e: e.value),
                Column(self.tr("Reason"), lambda e: e.reason),
            ],
        ]  # fmt: skip
        models = []
        for columns in specs:
            model: RowTableModel[Any] = RowTableModel(columns, self)
            view = QTableView(self)
            view.setModel(model)
            view.setSortingEnabled(True)
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.setAlternatingRowColors(True)
            view.setWordWrap(False)
            view.verticalHeader().setVisible(False)
            view.horizontalHeader().setStretchLastSection(True)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
            for column, width in enumerate((60, 160, 200) if len(columns) == 4 else (60, 110)):
                view.setColumnWidth(column, width)
            self.tabs.addTab(view, "")
            models.append(model)
        return models

    # -- the page protocol ---------------------------------------------------------------
    def refresh(self) -> None:
        can_import = self.ctx.can("imports.run", self.community.id)
        self.choose_button.setEnabled(can_import and self.running is None)

    def on_changes(self, changes: Changes) -> None:
        """Another screen changed this kind's data: the preview may be stale, check again."""
        kind = self.kind.currentData()
        stale = any(changes.touches(a) for a in AREAS[kind])
        if stale and self.preview is not None and self.running is None and not self._just_imported:
            self.check()

    # -- actions -------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the spreadsheet to import"),
            str(self.path.parent) if self.path else "",
            self.tr("Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)"),
        )
        if path:
            self.load_file(path)

    def load_file(self, path: str | Path) -> None:
        self.path = Path(path)
        self.file_label.setText(self.path.name)
        self.file_label.setToolTip(str(self.path))
        self.check()

    def _key_title(self) -> str:
        titles = {
            "units": self.tr("Unit"),
            "suppliers": self.tr("Tax id"),
            "workers": self.tr("Tax id"),
            "accounts": self.tr("Code"),
            "balances": self.tr("Unit or fund"),
        }
        return titles.get(self.kind.currentData(), self.tr("Key"))

    def _kind_changed(self, _index: int) -> None:
        for model in self.models[:3]:
            model.columns[1] = replace(model.columns[1], title=self._key_title())
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 1, 1)
        if self.path is not None:
            self.check()

    def check(self) -> None:
        if self.path is None or self.running is not None:
            return
        service, actor, cid = self.ctx.services.migration, self.ctx.actor, self.community.id
        kind, path = self.kind.currentData(), self.path
        self._show_preview(None)
        self._start(self.tr("Checking «%1»…").replace("%1", path.name))
        self._run(
            lambda p: service.preview(actor, cid, kind, path, _Relay(p, self.progressed.emit)),
            self._checked,
            self.tr("Checking the spreadsheet…"),
        )

    def confirm(self) -> None:
        if self.preview is None or not self.preview.ok or self.path is None or self.running:
            return
        service, actor, cid = self.ctx.services.migration, self.ctx.actor, self.community.id
        kind, path = self.preview.kind, self.path
        self._start(self.tr("Importing «%1»…").replace("%1", path.name))
        self.confirm_button.setEnabled(False)
        self._run(
            lambda p: service.commit(actor, cid, kind, path, _Relay(p, self.progressed.emit)),
            self._imported,
            self.tr("Importing the spreadsheet…"),
        )

    def _run(self, job: Any, done: Any, label: str) -> None:
        """Through the runner (progress dialog with Cancel); a synchronous runner may finish
        before run_db returns, so ``running`` is set only if the job is still under way."""
        self.running = _STARTING
        progress = self.ctx.runner.run_db(job, done, self._failed, label=label, parent=self)
        if self.running is _STARTING:
            self.running = progress

    def cancel(self) -> None:
        if self.running is not None:
            if self.running is not _STARTING:
                self.running.cancel()
            self._finish()
            self._set_status(self.tr("Cancelled: nothing was saved."))

    def save_templates(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the templates"))
        if folder:
            self.save_templates_to(folder)

    def save_templates_to(self, folder: str | Path) -> None:
        service, country = self.ctx.services.migration, self.community.country

        def saved(paths: list[Path]) -> None:
            names = "\n".join(p.name for p in paths)
            text = self.tr("Templates saved in %1:").replace("%1", str(folder))
            QMessageBox.information(self, self.tr("Templates saved"), f"{text}\n\n{names}")

        self.ctx.runner.run_db(
            lambda _p: service.write_templates(Path(folder), country),
            saved,
            lambda error: messages.show_error(self, error),
        )

    # -- results -------------------------------------------------------------------------
    def _checked(self, preview: ImportPreview) -> None:
        self._finish()
        self._show_preview(preview)

    def _imported(self, outcome: Any) -> None:
        self._finish()
        summary = outcome.value
        text = (
            self.tr("Imported from «%1»: %2 added, %3 updated, %4 unchanged.")
            .replace("%1", summary.file_name)
            .replace("%2", str(summary.added))
            .replace("%3", str(summary.updated))
            .replace("%4", str(summary.unchanged))
        )
        details = "\n".join(f"{label}: {count}" for label, count in summary.details)
        self._set_status(text)
        self._just_imported = True
        self.ctx.changed(outcome.changes)
        self._just_imported = False
        QMessageBox.information(
            self, self.tr("Import finished"), f"{text}\n\n{details}" if details else text
        )
        self.check()

    def _failed(self, error: BaseException) -> None:
        self._finish()
        rejected = getattr(error, "preview", None)
        if isinstance(rejected, ImportPreview):  # the file changed since the preview
            self._show_preview(rejected)
            return
        self._set_status(self.tr("The file could not be checked."))
        messages.show_error(self, error)

    def _show_preview(self, preview: ImportPreview | None) -> None:
        self.preview = preview
        lists: list[tuple[Any, ...]] = (
            [preview.to_add, preview.to_update, preview.unchanged, preview.errors]
            if preview
            else [(), (), (), ()]
        )
        for model, rows in zip(self.models, lists, strict=True):
            model.set_rows(list(rows))
            model.sort(0, Qt.SortOrder.AscendingOrder)
        self._update_tabs()
        warnings = "\n".join(f"⚠ {w}" for w in preview.warnings) if preview else ""
        self.warnings.setText(warnings)
        self.warnings.setVisible(bool(warnings))
        self.confirm_button.setEnabled(bool(preview and preview.ok and preview.changes))
        self.recheck_button.setEnabled(self.path is not None)
        if preview is None:
            return
        counts = preview.counts
        if counts.errors:
            self.tabs.setCurrentIndex(ERRORS)
            self._set_status(
                self.tr("%n error(s): fix them in the file, save it and check again. Nothing will "
                        "be imported while errors remain.", "", counts.errors)
            )  # fmt: skip
        elif preview.changes:
            self.tabs.setCurrentIndex(ADD if counts.to_add else UPDATE)
            self._set_status(
                self.tr("The file is correct. Review the rows and confirm the import.")
            )
        else:
            self.tabs.setCurrentIndex(UNCHANGED)
            self._set_status(self.tr("Nothing to import: every row is already up to date."))

    def _update_tabs(self) -> None:
        titles = (self.tr("To add (%1)"), self.tr("To update (%1)"), self.tr("Unchanged (%1)"),
                  self.tr("Errors (%1)"))  # fmt: skip
        icons = ("plus", "pencil", "check", "triangle-alert")
        for index, (title, model) in enumerate(zip(titles, self.models, strict=True)):
            self.tabs.setTabText(index, title.replace("%1", str(model.total())))
            colour = "#c0392b" if index == ERRORS and model.total() else "#34495e"
            self.tabs.setTabIcon(index, icon(icons[index], colour))

    def _start(self, text: str) -> None:
        self._set_status(text)
        self.cancel_button.show()
        self.choose_button.setEnabled(False)
        self.kind.setEnabled(False)
        self.recheck_button.setEnabled(False)

    def _finish(self) -> None:
        self.running = None
        self.cancel_button.hide()
        self.kind.setEnabled(True)
        self.refresh()
        self.recheck_button.setEnabled(self.path is not None)

    def _show_progress(self, done: int, total: int, text: str) -> None:
        if self.running is not None and total > 1:
            self._set_status(f"{text} {done} / {total}")

    def _set_status(self, text: str) -> None:
        self.status.setText(text)


def _error_column(error: RowError) -> str:
    return f"{error.sheet} › {error.column}" if error.sheet and error.column else error.column
