"""The audit log: who did what, when, to what, with the values before and after.

Read-only by design: filters (user, community, dates, action), a table and an XLSX export.
There is no edit or delete anywhere, and the service offers none.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from kastor_desktop.services.audit import AuditFilter, AuditRow
from kastor_desktop.ui.context import UiContext
from kastor_desktop.ui.i18n import locale
from kastor_desktop.ui.icons import icon
from kastor_desktop.ui.table_model import Column, RowTableModel
from kastor_desktop.ui.widgets import messages
from kastor_desktop.ui.widgets.table_page import TablePage

DATE_FORMAT = "dd-MM-yyyy"
Index = QModelIndex | QPersistentModelIndex


def _stamp(row: AuditRow) -> str:
    return row.at.strftime("%d-%m-%Y %H:%M:%S")


class AuditModel(RowTableModel[AuditRow]):
    """Long cells (before/after) show whole as a tooltip."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            text = super().data(index, Qt.ItemDataRole.DisplayRole)
            return text if text and len(text) > 30 else None
        return super().data(index, role)


class AuditPage(TablePage):
    areas = ("audit",)
    model_class = AuditModel

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        self.ctx = ctx
        self._loading = False
        columns: list[Column[AuditRow]] = [
            Column(self.tr("Date and time"), _stamp, key=lambda r: (r.at, r.id)),
            Column(self.tr("User"), lambda r: r.username),
            Column(self.tr("Community"), lambda r: r.community_name),
            Column(self.tr("Action"), lambda r: r.action_label),
            Column(
                self.tr("Entity"),
                lambda r: r.entity_label,
            ),
            Column(self.tr("Before"), lambda r: r.before),
            Column(self.tr("After"), lambda r: r.after),
        ]
        super().__init__(self.tr("Audit log"), columns, parent)
        self.search.setPlaceholderText(self.tr("Search… (Ctrl+F)"))
        self.search.setToolTip(self.tr("Search in the listed entries"))
        self.add_button(
            self.tr("E&xport to Excel…"), "file-spreadsheet", self.export, "Ctrl+Shift+E"
        )
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.setWordWrap(False)
        self.layout().insertWidget(1, self._build_filters())
        self.set_empty_hint(self.tr("No entries match these filters."))
        for column, width in enumerate((140, 90, 170, 210, 110)):
            self.table.setColumnWidth(column, width)
        header = self.table.horizontalHeader()
        for column in (5, 6):  # before / after share what is left; the whole text is in the tooltip
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def _build_filters(self) -> QWidget:
        """Two rows, so the bar fits a 1280 px window in Spanish: who/where/what, then when."""
        bar = QWidget(self)
        grid = QGridLayout(bar)
        grid.setContentsMargins(0, 4, 0, 4)
        self.user = QComboBox(bar)
        self.community = QComboBox(bar)
        self.action = QComboBox(bar)
        for combo in (self.user, self.community, self.action):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(14)
        self.use_from = QCheckBox(self.tr("F&rom"), bar)
        self.use_to = QCheckBox(self.tr("&To"), bar)
        today = QDate.currentDate()
        self.date_from = self._date_edit(bar, today.addDays(-30))
        self.date_to = self._date_edit(bar, today)
        captions = (
            (self.tr("&User"), self.user),
            (self.tr("C&ommunity"), self.community),
            (self.tr("&Action"), self.action),
        )
        for number, (caption, widget) in enumerate(captions):
            label = QLabel(caption, bar)
            label.setBuddy(widget)
            grid.addWidget(label, 0, number * 2)
            grid.addWidget(widget, 0, number * 2 + 1)
            grid.setColumnStretch(number * 2 + 1, 1)
        dates = QHBoxLayout()
        for widget in (self.use_from, self.date_from, self.use_to, self.date_to):
            dates.addWidget(widget)
        dates.addStretch(1)
        grid.addWidget(QLabel(self.tr("Dates"), bar), 1, 0)
        grid.addLayout(dates, 1, 1, 1, 4)
        self.clear_button = QPushButton(icon("x"), self.tr("C&lear filters"), bar)
        self.clear_button.clicked.connect(self.clear_filters)
        grid.addWidget(self.clear_button, 1, 5, Qt.AlignmentFlag.AlignRight)
        self.action.addItem(self.tr("All actions"), None)
        for code, label_text in sorted(
            self.ctx.services.audit.actions().items(), key=lambda item: item[1]
        ):
            self.action.addItem(label_text, code)
        for combo in (self.user, self.community, self.action):
            combo.currentIndexChanged.connect(self._filters_changed)
        for check, edit in ((self.use_from, self.date_from), (self.use_to, self.date_to)):
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self._filters_changed)
            edit.dateChanged.connect(self._filters_changed)
            edit.setEnabled(False)
        return bar

    def _date_edit(self, parent: QWidget, value: QDate) -> QDateEdit:
        edit = QDateEdit(value, parent)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(DATE_FORMAT)
        edit.setLocale(locale())
        edit.setToolTip(self.tr("Tick the box to filter by this date; untick it for no date."))
        return edit

    def activated(self) -> None:
        """Enter / double-click: the whole entry, read-only."""
        row = self.selected()
        if row is None:
            return
        columns = self.model.columns
        lines = [f"{c.title}: {c.text(row) or '—'}" for c in columns[:5]]
        for title, text in ((columns[5].title, row.before), (columns[6].title, row.after)):
            lines += ["", f"{title}:", text.replace("; ", "\n") or "—"]
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Audit entry"),
            "\n".join(lines),
            QMessageBox.StandardButton.Close,
            self,
        )
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.exec()

    # -- filters -------------------------------------------------------------------------
    def filters(self) -> AuditFilter:
        def day(check: QCheckBox, edit: QDateEdit) -> date | None:
            return edit.date().toPython() if check.isChecked() else None  # type: ignore[return-value]

        return AuditFilter(
            username=self.user.currentData(),
            community_id=self.community.currentData(),
            date_from=day(self.use_from, self.date_from),
            date_to=day(self.use_to, self.date_to),
            action=self.action.currentData(),
        )

    def clear_filters(self) -> None:
        self._loading = True
        for combo in (self.user, self.community, self.action):
            combo.setCurrentIndex(0)
        self.use_from.setChecked(False)
        self.use_to.setChecked(False)
        self.search.clear()
        self._loading = False
        self.refresh()

    def _filters_changed(self, *_: Any) -> None:
        if not self._loading:
            self.refresh()

    def _reload_choices(self) -> None:
        """Users and communities may have appeared since the page was built; keep the choice."""
        self._loading = True
        try:
            chosen_user, chosen_community = self.user.currentData(), self.community.currentData()
            self.user.clear()
            self.user.addItem(self.tr("All users"), None)
            for name in self.ctx.services.audit.usernames(self.ctx.actor):
                self.user.addItem(name, name)
            self.user.setCurrentIndex(max(0, self.user.findData(chosen_user)))
            self.community.clear()
            self.community.addItem(self.tr("All communities"), None)
            for community in self.ctx.services.communities.list(self.ctx.actor):
                self.community.addItem(community.name, community.id)
            self.community.setCurrentIndex(max(0, self.community.findData(chosen_community)))
        finally:
            self._loading = False

    # -- table ---------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self._loading:
            self._reload_choices()
        super().refresh()

    def load(self) -> Sequence[AuditRow]:
        return self.ctx.services.audit.entries(self.ctx.actor, self.filters())

    def _update_counter(self) -> None:
        shown, total = self.model.rowCount(), self.model.total()
        self._update_empty_hint()
        text = self.tr("%n entry(ies)", "", total)
        if shown != total:
            text = self.tr("%1 of %2 entries").replace("%1", str(shown)).replace("%2", str(total))
        self.counter.setText(text)

    # -- export --------------------------------------------------------------------------
    def export(self) -> None:
        suggested = str(Path.home() / f"auditoria-{date.today():%Y-%m-%d}.xlsx")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export audit log"), suggested, self.tr("Excel workbooks (*.xlsx)")
        )
        if path:
            if not path.lower().endswith(".xlsx"):
                path += ".xlsx"
            self.export_to(path)

    def export_to(self, path: str | Path) -> None:
        """Write the entries matching the current filters to ``path`` (XLSX) in the background."""
        service, actor, filters, target = (
            self.ctx.services.audit,
            self.ctx.actor,
            self.filters(),
            Path(path),
        )
        self.ctx.runner.run_db(
            lambda _p: service.export_xlsx(actor, target, filters),
            lambda count: self._exported(target, count),
            lambda error: messages.show_error(self, error),
            label=self.tr("Exporting the audit log…"),
            parent=self,
        )

    def _exported(self, path: Path, count: int) -> None:
        text = (
            self.tr("%1 entries exported to %2").replace("%1", str(count)).replace("%2", str(path))
        )
        self.last_export = (path, count)
        QMessageBox.information(self, self.tr("Export to Excel"), text)
