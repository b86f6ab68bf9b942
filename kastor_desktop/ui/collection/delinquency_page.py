"""«Delinquency»: who owes what and how old it is, as of a date.

The strip of figures (total owed, overdue, not yet due, each age bucket, units overdue), the
owing units sortable by debt and age with filters (text, minimum age, stage, agreement, the ten
largest debts), the community's overdue debt month by month, and the selected unit's
collection log. Reminder letters for the selected units (one PDF; e-mails queued for the
portal), the delinquency report (this community or the whole office, Excel or PDF) and
shortcuts to a payment agreement or a debt certificate for the selected unit. Every service call
runs on the task runner; long ones show progress and can be cancelled."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QRect, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kastor_desktop.services.communities import CommunityRow
from kastor_desktop.ui.closing.month_screen import MonthScreen
from kastor_desktop.ui.collection.collection_log_panel import CollectionLogPanel
from kastor_desktop.ui.collection.delinquency_chart import DelinquencyChart
from kastor_desktop.ui.collection.delinquency_documents import DelinquencyDocuments
from kastor_desktop.ui.collection.delinquency_model import (
    LAST,
    OWNER,
    TOTAL,
    DelinquencyModel,
    Filters,
    stage_labels,
)
from kastor_desktop.ui.collection.document_files import office_today
from kastor_desktop.ui.collection.tinted_rows import date_of, exponent_of, money_text
from kastor_desktop.ui.context import UiContext
from kastor_desktop.ui.tasks import Progress

translate = QCoreApplication.translate
MANAGE, ISSUE = "collection.manage", "certificates.issue"
HISTORY_MONTHS = 12


class DelinquencyPage(MonthScreen, DelinquencyDocuments):
    areas = (
        "payments", "ledger", "delinquency", "collection", "closing", "agreements", "units",
        "people",
    )  # fmt: skip

    def __init__(
        self,
        ctx: UiContext,
        community: CommunityRow,
        key: str = "delinquency",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, community, key, parent)
        self.exponent = exponent_of(community.country)
        self.rows: list[Any] = []
        self.history: list[Any] = []
        self.last_reminders: Any = None
        self.model = DelinquencyModel(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.addLayout(self._header())
        outer.addLayout(self._cards())
        outer.addLayout(self._filters())
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.table = self.table_view(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._chosen())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._chosen())
        self.table.horizontalHeader().setSortIndicator(TOTAL, Qt.SortOrder.DescendingOrder)
        splitter.addWidget(self.table)
        bottom = QSplitter(Qt.Orientation.Horizontal, splitter)
        chart_box = QWidget(bottom)
        chart_column = QVBoxLayout(chart_box)
        chart_column.setContentsMargins(0, 6, 0, 0)
        caption = QLabel(translate("DelinquencyPage", "Overdue debt by month"), chart_box)
        caption.setObjectName("period")
        chart_column.addWidget(caption)
        self.chart = DelinquencyChart(chart_box)
        chart_column.addWidget(self.chart, 1)
        self.log = CollectionLogPanel(ctx, community, bottom)
        self.log.column.setContentsMargins(0, 6, 0, 0)
        bottom.addWidget(chart_box)
        bottom.addWidget(self.log)
        bottom.setSizes([360, 720])
        splitter.addWidget(bottom)
        splitter.setSizes([330, 260])
        outer.addWidget(splitter, 1)
        self.counter = QLabel(self)
        self.counter.setObjectName("counter")
        outer.addWidget(self.counter)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(350)
        self._refresh_timer.timeout.connect(self.refresh)
        self.as_of.dateChanged.connect(lambda _d: self._refresh_timer.start())
        self._update_buttons()

    # -- layout ---------------------------------------------------------------------------
    def _header(self) -> QVBoxLayout:
        column = QVBoxLayout()
        row = QHBoxLayout()
        title = QLabel(translate("DelinquencyPage", "Delinquency"), self)
        title.setObjectName("pageTitle")
        row.addWidget(title)
        row.addSpacing(16)
        on = QLabel(translate("DelinquencyPage", "&As of"), self)
        self.as_of = QDateEdit(self)
        self.as_of.setDisplayFormat("dd-MM-yyyy")
        self.as_of.setCalendarPopup(True)
        self.as_of.setDate(QDate(office_today(self.ctx)))
        self.as_of.setToolTip(translate("DelinquencyPage", "The debt and its age on this day"))
        on.setBuddy(self.as_of)
        row.addWidget(on)
        row.addWidget(self.as_of)
        row.addStretch(1)
        self.refresh_button = self.button(
            translate("DelinquencyPage", "&Refresh"), "refresh-cw", self.refresh, "F5"
        )
        row.addWidget(self.refresh_button)
        column.addLayout(row)
        actions = QHBoxLayout()
        self.letters_button = self.button(
            translate("DelinquencyPage", "Reminder &letters"), "printer", self.reminders,
            "Ctrl+Shift+L",
            translate("DelinquencyPage", "One letter per selected unit in a PDF; units with an "
                      "e-mail also get the reminder through the portal"),
        )  # fmt: skip
        self.report_button = self.button(
            translate("DelinquencyPage", "Re&port"), "file-spreadsheet", lambda: None, "",
            translate("DelinquencyPage", "The delinquency report in Excel or PDF"),
        )  # fmt: skip
        self.report_button.setMenu(self.report_menu())
        self.agreement_button = self.button(
            translate("DelinquencyPage", "Payment a&greement…"), "calendar-days",
            self.new_agreement, "",
            translate("DelinquencyPage", "An instalment plan for the selected unit's debt"),
        )  # fmt: skip
        self.certificate_button = self.button(
            translate("DelinquencyPage", "&Certificate…"), "file-text", self.new_certificate, "",
            translate("DelinquencyPage", "A debt certificate for the selected unit"),
        )  # fmt: skip
        for button in (self.letters_button, self.report_button):
            actions.addWidget(button)
        actions.addStretch(1)
        for button in (self.agreement_button, self.certificate_button):
            actions.addWidget(button)
        column.addLayout(actions)
        return column

    def _cards(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(6)
        self.cards: dict[str, QLabel] = {}
        for key, caption in (
            ("owed", translate("DelinquencyPage", "Total owed")),
            ("overdue", translate("DelinquencyPage", "Overdue")),
            ("current", translate("DelinquencyPage", "Not yet due")),
            ("d0_30", translate("DelinquencyPage", "0–30 days")),
            ("d31_60", translate("DelinquencyPage", "31–60 days")),
            ("d61_90", translate("DelinquencyPage", "61–90 days")),
            ("d90", translate("DelinquencyPage", "Over 90 days")),
            ("units", translate("DelinquencyPage", "Units overdue")),
        ):
            card = QFrame(self)
            card.setObjectName("summaryCard")
            inside = QVBoxLayout(card)
            inside.setContentsMargins(10, 6, 10, 6)
            inside.setSpacing(1)
            name = QLabel(caption, card)
            name.setObjectName("cardCaption")
            value = QLabel("—", card)
            value.setObjectName("cardValue")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            inside.addWidget(name)
            inside.addWidget(value)
            row.addWidget(card, 1)
            self.cards[key] = value
        return row

    def _filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.search = self.search_box(self.model)
        self.search.setMinimumWidth(240)
        self.search.textChanged.connect(lambda _t: self._update_counter())
        row.addWidget(self.search)
        self.min_age = self._combo(
            translate("DelinquencyPage", "Ag&e"),
            [
                (translate("DelinquencyPage", "Every unit owing"), 0),
                (translate("DelinquencyPage", "Overdue"), 1),
                (translate("DelinquencyPage", "Over 30 days"), 31),
                (translate("DelinquencyPage", "Over 60 days"), 61),
                (translate("DelinquencyPage", "Over 90 days"), 91),
            ],
            row,
        )
        stages = stage_labels()
        self.stage = self._combo(
            translate("DelinquencyPage", "S&tage"),
            [(translate("DelinquencyPage", "Any stage"), None)]
            + [(stages[code], code) for code in ("", "early", "late", "judicial")],
            row,
        )
        self.agreement = self._combo(
            translate("DelinquencyPage", "Agree&ment"),
            [
                (translate("DelinquencyPage", "With or without"), None),
                (translate("DelinquencyPage", "With an agreement"), "with"),
                (translate("DelinquencyPage", "Without an agreement"), "without"),
                (translate("DelinquencyPage", "Broken agreement"), "broken"),
            ],
            row,
        )
        self.top = QCheckBox(translate("DelinquencyPage", "Top &10 debts"), self)
        self.top.setToolTip(
            translate("DelinquencyPage", "Only the ten largest debts, largest first")
        )
        self.top.toggled.connect(self._top_toggled)
        row.addWidget(self.top)
        row.addStretch(1)
        return row

    def _combo(self, label: str, items: list[tuple[str, Any]], row: QHBoxLayout) -> QComboBox:
        caption = QLabel(label, self)
        combo = QComboBox(self)
        for text, data in items:
            combo.addItem(text, data)
        caption.setBuddy(combo)
        combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        row.addWidget(caption)
        row.addWidget(combo)
        return combo

    # -- loading --------------------------------------------------------------------------
    def on_date(self) -> date:
        return date_of(self.as_of)

    def set_as_of(self, on: date) -> None:
        """Show the debt as of ``on`` at once (the date box itself waits for typing to end)."""
        self.as_of.blockSignals(True)
        self.as_of.setDate(QDate(on))
        self.as_of.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        self._refresh_timer.stop()
        service, actor, cid = self.ctx.services.delinquency, self.ctx.actor, self.community.id
        on = self.on_date()

        def job(_progress: Progress) -> tuple[list[Any], list[Any]]:
            rows = service.units(actor, cid, as_of=on)
            return rows, service.history(actor, cid, months=HISTORY_MONTHS, as_of=on)

        self.ctx.runner.run_db(job, self.show_debts, self.failed)

    def show_debts(self, loaded: tuple[list[Any], list[Any]]) -> None:
        from kastor_desktop.services.delinquency import totals

        rows, history = loaded
        keep = {r.unit_number for r in self.selected_units()}
        current = self.current_unit()
        self.rows, self.history = rows, history
        self.model.set_debts(rows, self.exponent)
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.fit_table()
        self.log.on = self.on_date()
        total = totals(rows)
        money = {k: money_text(getattr(total, k), self.exponent) for k in
                 ("current", "d0_30", "d31_60", "d61_90", "d90")}  # fmt: skip
        money["owed"] = money_text(total.owed, self.exponent)
        money["overdue"] = money_text(total.overdue, self.exponent)
        money["units"] = str(sum(1 for r in rows if r.aging.overdue))
        for key, label in self.cards.items():
            label.setText(money[key])
        self.chart.set_history(history, self.exponent)
        self._reselect(keep, current.unit_number if current else None)
        self._update_counter()
        self._chosen()

    def fit_table(self) -> None:
        """Columns as narrow as their cells and title words allow, so the thirteen fit on a
        1360-pixel window; the owner and the last action are cut (whole in their tooltip)."""
        table, header = self.table, self.table.horizontalHeader()
        metrics = header.fontMetrics()
        wrap = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        height = 0
        for column in range(self.model.columnCount()):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            words = max((metrics.horizontalAdvance(w) for w in title.split()), default=0)
            width = max(table.sizeHintForColumn(column) + 8, words + 20, 54)
            width = min(width, {OWNER: 160, LAST: 130}.get(column, width))
            table.setColumnWidth(column, width)
            box = metrics.boundingRect(QRect(0, 0, width - 12, 1000), wrap, title)
            height = max(height, box.height())
        header.setFixedHeight(height + 14)

    def _reselect(self, numbers: set[str], current: str | None) -> None:
        """Select these units again (the log is read once, after, by ``_chosen``)."""
        selection = self.table.selectionModel()
        self._quiet = True
        try:
            selection.clearSelection()
            for number, row in enumerate(self.model.rows()):
                if row.unit_number in numbers:
                    flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
                    selection.select(self.model.index(number, 0), flags)
                if row.unit_number == current:
                    selection.setCurrentIndex(
                        self.model.index(number, 0), selection.SelectionFlag.NoUpdate
                    )
        finally:
            self._quiet = False

    # -- filters --------------------------------------------------------------------------
    def filters(self) -> Filters:
        return Filters(
            int(self.min_age.currentData() or 0),
            self.stage.currentData(),
            self.agreement.currentData(),
            self.top.isChecked(),
        )

    def apply_filters(self) -> None:
        self.model.set_filters(self.filters())
        self._update_counter()
        self._chosen()

    def _top_toggled(self, on: bool) -> None:
        if on:  # the ranking: largest debt first
            self.table.horizontalHeader().setSortIndicator(TOTAL, Qt.SortOrder.DescendingOrder)
        self.apply_filters()

    def _update_counter(self) -> None:
        shown, total = self.model.rowCount(), self.model.total()
        if shown == total:
            self.counter.setText(translate("DelinquencyPage", "%n unit(s) owing", "", total))
        else:
            self.counter.setText(
                translate("DelinquencyPage", "%1 of %2 units owing")
                .replace("%1", str(shown))
                .replace("%2", str(total))
            )

    # -- selection ------------------------------------------------------------------------
    def selected_units(self) -> list[Any]:
        indexes = self.table.selectionModel().selectedRows()
        rows = [self.model.row_at(i.row()) for i in sorted(indexes, key=lambda i: i.row())]
        return [r for r in rows if r is not None]

    def current_unit(self) -> Any:
        """The unit whose log shows: the current row when selected, else the first selected."""
        index = self.table.selectionModel().currentIndex()
        chosen = self.selected_units()
        if index.isValid() and self.table.selectionModel().isRowSelected(index.row()):
            return self.model.row_at(index.row())
        return chosen[0] if chosen else None

    def select_units(self, *numbers: str) -> None:
        self._reselect(set(numbers), numbers[-1] if numbers else None)
        self._chosen()

    _quiet = False

    def _chosen(self) -> None:
        if self._quiet:
            return
        unit = self.current_unit()
        if unit is not self.log.unit:  # another unit, or the same one read again
            self.log.show_unit(unit)
        self._update_buttons()

    def _update_buttons(self) -> None:
        cid = self.community.id
        chosen = self.selected_units()
        manage = self.ctx.can(MANAGE, cid)
        self.letters_button.setEnabled(bool(chosen) and manage)
        self.agreement_button.setEnabled(len(chosen) == 1 and manage)
        self.certificate_button.setEnabled(len(chosen) == 1 and self.ctx.can(ISSUE, cid))
