"""«Cuenta corriente»: one unit's account as of a date. The unit is picked by number or owner
(type-ahead, previous/next); the aging strip says what is not yet due and how long the rest is
overdue; the statement lists every charge, payment, interest, fine and adjustment with its
running balance (negative: in the unit's favour; voided payments greyed); the unit's registered
payers (who drive the bank matching) sit beside it. The statement as PDF (in the viewer, to
print) or as an Excel workbook."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kastor_desktop.domain.country import profile
from kastor_desktop.services.communities import CommunityRow
from kastor_desktop.services.context import Changes
from kastor_desktop.services.ledger import UnitAccount
from kastor_desktop.ui.closing.entry_dialog import DATE_DISPLAY
from kastor_desktop.ui.closing.pdf_viewer import ViewerHolder
from kastor_desktop.ui.collection.account_model import (
    AccountLinesModel,
    AgingStrip,
    account_lines,
    balance_text,
)
from kastor_desktop.ui.collection.document_files import (
    ask_save_path,
    documents_folder,
    office_today,
    safe_name,
)
from kastor_desktop.ui.collection.payers_panel import PayersPanel
from kastor_desktop.ui.community.master_dialog import show_date
from kastor_desktop.ui.context import UiContext
from kastor_desktop.ui.icons import icon
from kastor_desktop.ui.widgets import messages
from kastor_desktop.ui.widgets.refresh_when_shown import RefreshWhenShown

PAYER_PERMISSIONS = ("payments.record",)  # who may register a unit's payers (the service checks)


class AccountPage(RefreshWhenShown, ViewerHolder, QWidget):
    areas = ("payments", "ledger", "closing", "units", "people", "payers")

    def __init__(
        self,
        ctx: UiContext,
        community: CommunityRow,
        key: str = "accounts",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.community, self.key = ctx, community, key
        self.account: UnitAccount | None = None
        self.wanted = ""  # the unit to show once the units are loaded
        self.last_message = ""
        self._stale = False
        self.model = AccountLinesModel(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.addLayout(self._header())
        outer.addLayout(self._picker())
        self.aging = AgingStrip(self)
        outer.addWidget(self.aging)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._table())
        self.payers = PayersPanel(self._run, self)
        self.payers.setMinimumWidth(330)
        splitter.addWidget(self.payers)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([770, 330])
        outer.addWidget(splitter, 1)
        self.footer = QLabel(self)
        self.footer.setObjectName("counter")
        outer.addWidget(self.footer)
        if any(ctx.can(p, community.id) for p in PAYER_PERMISSIONS):
            payers, actor, cid = ctx.services.payers, ctx.actor, community.id
            self.payers.add_call = lambda tax_id, name: payers.add(
                actor, cid, self.unit_number(), tax_id, name
            )
            self.payers.remove_call = lambda payer_id: payers.remove(actor, cid, payer_id)
        self._update_buttons()

    # -- layout ---------------------------------------------------------------------------
    def _button(
        self, text: str, name: str, slot: Any, shortcut: str = "", tip: str = ""
    ) -> QPushButton:
        button = QPushButton(icon(name), text, self) if name else QPushButton(text, self)
        button.clicked.connect(lambda _checked=False: slot())
        tip = tip or text.replace("&", "")
        if shortcut:
            action = QAction(self)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

            def press(_checked: bool = False, button: QPushButton = button) -> None:
                if button.isEnabled():
                    button.click()

            action.triggered.connect(press)
            self.addAction(action)
            native = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
            tip = f"{tip} ({native})"
        button.setToolTip(tip)
        return button

    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        title = QLabel(self.tr("Unit account"), self)
        title.setObjectName("pageTitle")
        row.addWidget(title)
        row.addStretch(1)
        self.pdf_button = self._button(
            self.tr("&PDF statement"), "printer", self.pdf, "Ctrl+P",
            self.tr("The statement as PDF, to see, print or send"),
        )  # fmt: skip
        self.xlsx_button = self._button(
            self.tr("E&xcel…"), "file-spreadsheet", self.xlsx, "Ctrl+Shift+E",
            self.tr("The statement as an Excel workbook"),
        )  # fmt: skip
        self.refresh_button = self._button(self.tr("&Refresh"), "refresh-cw", self.refresh, "F5")
        for button in (self.pdf_button, self.xlsx_button, self.refresh_button):
            row.addWidget(button)
        return row

    def _picker(self) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel(self.tr("&Unit:"), self)
        self.unit = QComboBox(self)
        self.unit.setObjectName("unit")
        self.unit.setEditable(True)
        self.unit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.unit.setMinimumWidth(280)
        self.unit.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        completer = self.unit.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.unit.currentIndexChanged.connect(lambda _i: self.load_account())
        label.setBuddy(self.unit)
        self.previous_button = self._button(
            "‹", "", self.previous_unit, "Ctrl+PgUp", self.tr("Previous unit")
        )
        self.next_button = self._button(
            "›", "", self.next_unit, "Ctrl+PgDown", self.tr("Next unit")
        )
        for button in (self.previous_button, self.next_button):
            button.setFixedWidth(36)
        as_of_label = QLabel(self.tr("&As of:"), self)
        self.as_of = QDateEdit(self)
        self.as_of.setObjectName("as_of")
        self.as_of.setDisplayFormat(DATE_DISPLAY)
        self.as_of.setCalendarPopup(True)
        self.as_of.setDate(QDate(office_today(self.ctx)))
        self.as_of.dateChanged.connect(lambda _d: self.load_account())
        as_of_label.setBuddy(self.as_of)
        self.owner = QLabel(self)
        self.owner.setObjectName("caption")
        for widget in (label, self.unit, self.previous_button, self.next_button):
            row.addWidget(widget)
        row.addSpacing(16)
        row.addWidget(as_of_label)
        row.addWidget(self.as_of)
        row.addSpacing(16)
        row.addWidget(self.owner, 1)
        return row

    def _table(self) -> QTableView:
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        for column, width in ((0, 86), (2, 86), (3, 100), (4, 100), (5, 116)):
            self.table.setColumnWidth(column, width)
        return self.table

    # -- the page protocol ----------------------------------------------------------------
    def refresh(self) -> None:
        """The units (with owners) on the database thread, then the chosen unit's account."""
        units, actor, cid = self.ctx.services.units, self.ctx.actor, self.community.id
        self.ctx.runner.run_db(
            lambda _p: [(r.number, r.owner_name) for r in units.listing(actor, cid).rows],
            self._units_loaded,
            self.failed,
        )

    def _units_loaded(self, units: list[tuple[str, str]]) -> None:
        keep = self.wanted or self.unit_number()
        self.unit.blockSignals(True)
        self.unit.clear()
        for number, owner in units:
            self.unit.addItem(f"{number} — {owner}" if owner else number, number)
        index = self.unit.findData(keep) if keep else -1
        self.unit.setCurrentIndex(index if index >= 0 else (0 if units else -1))
        self.unit.blockSignals(False)
        self.wanted = ""
        self.load_account()

    # -- choosing the unit ----------------------------------------------------------------
    def unit_number(self) -> str:
        data = self.unit.currentData()
        return str(data) if data is not None else ""

    def show_unit(self, number: str) -> bool:
        """Show ``number``'s account (other screens call it); False if there is no such unit."""
        index = self.unit.findData(number)
        if index < 0:
            self.wanted = number
            return False
        if index == self.unit.currentIndex():
            self.load_account()
        else:
            self.unit.setCurrentIndex(index)
        return True

    def previous_unit(self) -> None:
        if self.unit.currentIndex() > 0:
            self.unit.setCurrentIndex(self.unit.currentIndex() - 1)

    def next_unit(self) -> None:
        if self.unit.currentIndex() + 1 < self.unit.count():
            self.unit.setCurrentIndex(self.unit.currentIndex() + 1)

    def as_of_date(self) -> date:
        value = self.as_of.date().toPython()
        assert isinstance(value, date)
        return value

    # -- loading the account ----------------------------------------------------------------
    def load_account(self) -> None:
        number = self.unit_number()
        self._update_buttons()
        if not number:
            self._show(None, [])
            return
        services, actor, cid = self.ctx.services, self.ctx.actor, self.community.id
        as_of = self.as_of_date()

        def job(_progress: Any) -> tuple[UnitAccount, list[Any]]:
            account = services.ledger.account(actor, cid, number, as_of)
            return account, services.payers.list(actor, cid, number)

        def done(loaded: tuple[UnitAccount, list[Any]]) -> None:
            if loaded[0].unit_number == self.unit_number():  # not an older answer
                self._show(*loaded)

        self.ctx.runner.run_db(job, done, self.failed)

    def _show(self, account: UnitAccount | None, payers: list[Any]) -> None:
        self.account = account
        exponent = profile(self.community.country).minor_exponent
        as_of = self.as_of_date()
        lines = account_lines(account.lines, as_of) if account else []
        self.model.set_lines(lines, exponent)
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.aging.show_aging(account.aging if account else None, exponent)
        self.payers.show_payers(account.unit_number if account else "", payers)
        if account is None:
            self.owner.setText("")
            self.footer.setText("")
        else:
            owner = account.owner_name or self.tr("(no owner)")
            if account.owner_tax_id:
                owner += f" · {account.owner_tax_id}"
            self.owner.setText(owner)
            balance = lines[-1].line.balance if lines else 0
            text = self.tr("%n movement(s); balance as of %1: %2", "", len(lines))
            text = text.replace("%1", show_date(as_of)).replace(
                "%2", balance_text(balance, exponent)
            )
            later = len(account.lines) - len(lines)
            if later:
                text += "  ·  " + self.tr("%n later movement(s) not shown", "", later)
            self.footer.setText(text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_unit = bool(self.unit_number())
        self.pdf_button.setEnabled(has_unit)
        self.xlsx_button.setEnabled(has_unit)
        index, count = self.unit.currentIndex(), self.unit.count()
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(0 <= index < count - 1)

    def shown_balance(self) -> int | None:
        """The running balance of the last line shown (None when no unit)."""
        rows = self.model.rows()
        if self.account is None:
            return None
        ordered = sorted(rows, key=lambda r: r.seq)
        return ordered[-1].line.balance if ordered else 0

    # -- documents ------------------------------------------------------------------------
    def _file_name(self, suffix: str) -> str:
        number, as_of = self.unit_number(), self.as_of_date()
        return (
            f"{safe_name(self.community.code)}-{safe_name(number)}-cuenta-{as_of:%Y%m%d}.{suffix}"
        )

    def pdf(self) -> None:
        number = self.unit_number()
        if not number:
            return
        documents, actor, cid = (
            self.ctx.services.payment_documents,
            self.ctx.actor,
            self.community.id,
        )
        path, as_of = (
            documents_folder(self.ctx, "cuentas") / self._file_name("pdf"),
            self.as_of_date(),
        )
        self.ctx.runner.run_db(
            lambda _p: documents.account_pdf(actor, cid, number, path, as_of),
            self.show_pdf,
            self.failed,
            label=self.tr("Preparing the statement…"),
            parent=self,
        )

    def xlsx(self) -> None:
        if not self.unit_number():
            return
        chosen = ask_save_path(self, self.tr("Unit account"), self._file_name("xlsx"), pdf=False)
        if chosen is not None:
            self.xlsx_to(chosen[0])

    def xlsx_to(self, path: Path) -> None:
        number, as_of = self.unit_number(), self.as_of_date()
        documents, actor, cid = (
            self.ctx.services.payment_documents,
            self.ctx.actor,
            self.community.id,
        )
        self.ctx.runner.run_db(
            lambda _p: documents.account_xlsx(actor, cid, number, path, as_of),
            lambda saved: self.notify(self.tr("Saved in %1").replace("%1", str(saved))),
            self.failed,
            label=self.tr("Writing the workbook…"),
            parent=self,
        )

    # -- helpers --------------------------------------------------------------------------
    def _run(self, call: Any, then: Any, failed: Any) -> None:
        """A write (the payers panel): on the database thread, then tell every screen."""

        def done(outcome: Any) -> None:
            changes = getattr(outcome, "changes", None) or Changes.of("payers")
            then(getattr(outcome, "value", None))
            self.ctx.changed(changes)
            if not any(changes.touches(area) for area in self.areas) or not self.isVisible():
                self.load_account()

        self.ctx.runner.run_db(lambda _p: call(), done, failed, parent=self)

    def notify(self, text: str) -> None:
        self.last_message = text
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 8000)

    def failed(self, error: BaseException) -> None:
        messages.show_error(self, error)
