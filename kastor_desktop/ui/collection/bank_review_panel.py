"""The review step of a bank-statement import: counters, a tab per status, the rows with the unit
each will be recorded for (editable), the rows that could not be read, and what confirming would
import. Nothing here writes: the page confirms with ``model.choices_for_confirm()``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListWidget,
    QStackedWidget,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kastor_desktop.domain.money import format_amount
from kastor_desktop.ui.collection.bank_review_model import (
    AMOUNT,
    DATE,
    DESCRIPTION,
    REFERENCE,
    ROW,
    STATUS,
    UNIT,
    ReviewModel,
    UnitChoice,
    UnitDelegate,
)
from kastor_desktop.ui.icons import icon

TABS = ("", "matched", "ambiguous", "unmatched", "duplicate", "errors")
RED, AMBER = "#c0392b", "#b9770e"
SUMMARY_STYLE = (
    "QLabel { background: #f4f6f8; border: 1px solid #dde3e9; border-radius: 4px; "
    "padding: 5px 8px; color: #1f2d3d; }"
)


class ReviewPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review: Any = None
        self.model = ReviewModel(self)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.counters = QLabel(self)
        self.counters.setObjectName("reviewCounters")
        self.counters.setTextFormat(Qt.TextFormat.RichText)
        column.addWidget(self.counters)
        self.tabs = QTabBar(self)
        self.tabs.setObjectName("statusTabs")
        self.tabs.setExpanding(False)
        for _ in TABS:
            self.tabs.addTab("")
        self.tabs.currentChanged.connect(self._tab_changed)
        column.addWidget(self.tabs)
        self.inner = QStackedWidget(self)
        self.table = QTableView(self)
        self.table.setObjectName("reviewTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)  # the reason takes what is left
        header.setSortIndicator(ROW, Qt.SortOrder.AscendingOrder)
        widths = {ROW: 54, DATE: 88, DESCRIPTION: 230, REFERENCE: 90, AMOUNT: 96, STATUS: 116,
                  UNIT: 200}  # fmt: skip
        for number, width in widths.items():
            self.table.setColumnWidth(number, width)
        self.delegate = UnitDelegate(self.model, self.table)
        self.table.setItemDelegateForColumn(UNIT, self.delegate)
        self.model.dataChanged.connect(lambda *_: self._update_summary())
        self.inner.addWidget(self.table)
        self.errors = QListWidget(self)
        self.errors.setObjectName("rowErrors")
        self.inner.addWidget(self.errors)
        column.addWidget(self.inner, 1)
        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        self.summary.setStyleSheet(SUMMARY_STYLE)
        self.summary.setWordWrap(True)
        column.addWidget(self.summary)

    # -- data -----------------------------------------------------------------------------
    def show_review(self, review: Any, units: list[UnitChoice]) -> None:
        self.review = review
        self.model.set_review(review.rows, units, review.exponent)
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.errors.clear()
        for error in review.errors:
            self.errors.addItem(error.reason)
        counts = self.model.counts()
        texts = (
            self.tr("All (%1)").replace("%1", str(len(review.rows))),
            self.tr("Matched (%1)").replace("%1", str(counts["matched"])),
            self.tr("Ambiguous (%1)").replace("%1", str(counts["ambiguous"])),
            self.tr("Unmatched (%1)").replace("%1", str(counts["unmatched"])),
            self.tr("Duplicates (%1)").replace("%1", str(counts["duplicate"])),
            self.tr("Errors (%1)").replace("%1", str(len(review.errors))),
        )
        icons = {2: ("triangle-alert", AMBER), 3: ("x", RED), 5: ("triangle-alert", RED)}
        for index, text in enumerate(texts):
            self.tabs.setTabText(index, text)
            name, colour = icons.get(index, ("", ""))
            busy = (index == 2 and counts["ambiguous"]) or (index == 3 and counts["unmatched"])
            busy = busy or (index == 5 and review.errors)
            self.tabs.setTabIcon(index, icon(name, colour) if name and busy else QIcon())
        parts = [
            self.tr("matched %1").replace("%1", str(counts["matched"])),
            self.tr("ambiguous %1").replace("%1", str(counts["ambiguous"])),
            self.tr("unmatched %1").replace("%1", str(counts["unmatched"])),
            self.tr("duplicates %1").replace("%1", str(counts["duplicate"])),
            self.tr("errors %1").replace("%1", str(len(review.errors))),
        ]
        line = self.tr("«%1»: %n credit(s) read", "", len(review.rows)).replace(
            "%1", review.file_name
        )
        text = f"<b>{line}</b> — " + " · ".join(parts)
        if review.debits_skipped:
            text += " · " + self.tr("%n debit(s) ignored", "", review.debits_skipped)
        self.counters.setText(text)
        first = 2 if counts["ambiguous"] else 3 if counts["unmatched"] else 0
        self.tabs.setCurrentIndex(first)
        self._tab_changed(first)
        self._update_summary()

    def show_status(self, status: str) -> None:
        """Show one status's rows ("" all, "errors" the row errors)."""
        self.tabs.setCurrentIndex(TABS.index(status))

    def _tab_changed(self, index: int) -> None:
        status = TABS[index] if 0 <= index < len(TABS) else ""
        if status == "errors":
            self.inner.setCurrentWidget(self.errors)
            return
        self.inner.setCurrentWidget(self.table)
        self.model.set_status_filter(status)

    def _update_summary(self) -> None:
        if self.review is None:
            self.summary.setText("")
            return
        chosen = self.model.to_import()
        exponent = self.review.exponent
        total = format_amount(sum(r.amount for r in chosen), exponent)
        skipped = sum(
            1
            for r in self.review.rows
            if r.status != "duplicate" and not self.model.choices.get(r.row)
        )
        text = self.tr("Confirming imports %n payment(s) for %1", "", len(chosen)).replace(
            "%1", total
        )
        text += " · " + self.tr("%n row(s) skipped", "", skipped)
        duplicates = self.model.counts()["duplicate"]
        if duplicates:
            text += " · " + self.tr("%n duplicate(s) never imported", "", duplicates)
        self.summary.setText(text)

    def rows_to_import(self) -> int:
        return len(self.model.to_import())
