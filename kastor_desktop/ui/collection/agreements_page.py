"""«Payment agreements»: the community's agreements (newest first) with what each covered, what
was paid and what remains, and its state in colour — active, completed, broken (highlighted)
or cancelled; the selected agreement's instalments with what each received. «New agreement»
opens the form with its live schedule; «Cancel agreement» asks for the reason."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kastor_desktop.services.communities import CommunityRow
from kastor_desktop.ui.closing.month_screen import MonthScreen
from kastor_desktop.ui.collection.agreement_dialog import AgreementDialog, CancelAgreementDialog
from kastor_desktop.ui.collection.tinted_rows import (
    AMBER,
    BROKEN_BACKGROUND,
    GREEN,
    GREY,
    RED,
    TintedRows,
    date_column,
    day_text,
    exponent_of,
    money_column,
)
from kastor_desktop.ui.context import UiContext
from kastor_desktop.ui.table_model import Column

translate = QCoreApplication.translate
MANAGE = "collection.manage"
STATUS_COLOURS = {"active": "#1f4e79", "completed": GREEN, "broken": RED, "cancelled": GREY}
INSTALMENT_COLOURS = {"paid": GREEN, "partial": AMBER, "overdue": RED}
STATUS_COLUMN, INSTALMENT_STATUS_COLUMN = 8, 4


class AgreementsPage(MonthScreen):
    areas = ("collection", "delinquency", "payments", "ledger", "units", "people")

    def __init__(
        self,
        ctx: UiContext,
        community: CommunityRow,
        key: str = "agreements",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, community, key, parent)
        self.exponent = exponent_of(community.country)
        self.dialog: QDialog | None = None
        self.agreements: TintedRows[Any] = TintedRows(
            self._agreement_columns(),
            self,
            lambda r, c: STATUS_COLOURS.get(r.status) if c == STATUS_COLUMN else None,
            lambda r: BROKEN_BACKGROUND if r.status == "broken" else None,
        )
        self.instalments: TintedRows[Any] = TintedRows(
            self._instalment_columns(),
            self,
            lambda r, c: (
                INSTALMENT_COLOURS.get(r.status) if c == INSTALMENT_STATUS_COLUMN else None
            ),
        )
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.addLayout(self._header())
        hint = QLabel(
            translate(
                "AgreementsPage",
                "Payments of the unit from the signing day on pay the instalments in order. An "
                "instalment still unpaid 30 days after its due date breaks the agreement.",
            ),
            self,
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        outer.addWidget(hint)
        finder = QHBoxLayout()
        self.search = self.search_box(self.agreements)
        finder.addWidget(self.search)
        caption = QLabel(translate("AgreementsPage", "S&tatus"), self)
        self.status = QComboBox(self)
        for text, code in (
            (translate("AgreementsPage", "Every agreement"), None),
            (translate("AgreementsPage", "Active"), "active"),
            (translate("AgreementsPage", "Broken"), "broken"),
            (translate("AgreementsPage", "Completed"), "completed"),
            (translate("AgreementsPage", "Cancelled"), "cancelled"),
        ):
            self.status.addItem(text, code)
        caption.setBuddy(self.status)
        self.status.currentIndexChanged.connect(lambda _i: self._filter())
        finder.addWidget(caption)
        finder.addWidget(self.status)
        finder.addStretch(1)
        outer.addLayout(finder)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.table = self.table_view(self.agreements)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._chosen())
        splitter.addWidget(self.table)
        bottom = QWidget(self)
        column = QVBoxLayout(bottom)
        column.setContentsMargins(0, 8, 0, 0)
        self.caption = QLabel(bottom)
        self.caption.setObjectName("period")
        self.caption.setWordWrap(True)
        column.addWidget(self.caption)
        self.instalment_table = self.table_view(self.instalments)
        column.addWidget(self.instalment_table, 1)
        splitter.addWidget(bottom)
        splitter.setSizes([320, 300])
        outer.addWidget(splitter, 1)
        self.counter = QLabel(self)
        self.counter.setObjectName("counter")
        outer.addWidget(self.counter)
        self._update_buttons()

    # -- layout ---------------------------------------------------------------------------
    def _agreement_columns(self) -> list[Column[Any]]:
        def money(title: str, value: Any) -> Column[Any]:
            return money_column(title, value, lambda: self.exponent)

        return [
            Column(translate("AgreementsPage", "No."), lambda r: str(r.id), key=lambda r: r.id,
                   align_right=True),
            Column(translate("AgreementsPage", "Unit"), lambda r: r.unit_number, natural=True),
            Column(translate("AgreementsPage", "Owner"), lambda r: r.owner_name),
            date_column(translate("AgreementsPage", "Signed"), lambda r: r.signed_on),
            Column(translate("AgreementsPage", "Instalments"), lambda r: str(len(r.instalments)),
                   key=lambda r: len(r.instalments), align_right=True),
            money(translate("AgreementsPage", "Debt"), lambda r: r.debt),
            money(translate("AgreementsPage", "Paid"), lambda r: r.paid),
            money(translate("AgreementsPage", "Remaining"), lambda r: r.remaining),
            Column(translate("AgreementsPage", "Status"), lambda r: r.status_label,
                   key=lambda r: ("broken", "active", "completed", "cancelled").index(r.status)
                   if r.status in STATUS_COLOURS else 9),
            Column(translate("AgreementsPage", "Approved by"), lambda r: r.approved_by),
        ]  # fmt: skip

    def _instalment_columns(self) -> list[Column[Any]]:
        def money(title: str, value: Any) -> Column[Any]:
            return money_column(title, value, lambda: self.exponent)

        return [
            Column(translate("AgreementsPage", "Instalment"), lambda i: str(i.number),
                   key=lambda i: i.number, align_right=True),
            date_column(translate("AgreementsPage", "Due"), lambda i: i.due_on),
            money(translate("AgreementsPage", "Amount"), lambda i: i.amount),
            money(translate("AgreementsPage", "Paid"), lambda i: i.paid),
            Column(translate("AgreementsPage", "Status"), lambda i: i.status_label),
        ]  # fmt: skip

    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        title = QLabel(translate("AgreementsPage", "Payment agreements"), self)
        title.setObjectName("pageTitle")
        row.addWidget(title)
        row.addStretch(1)
        self.refresh_button = self.button(
            translate("AgreementsPage", "&Refresh"), "refresh-cw", self.refresh, "F5"
        )
        self.new_button = self.button(
            translate("AgreementsPage", "&New agreement…"), "plus", self.new_agreement, "Ctrl+N",
            translate("AgreementsPage", "An instalment plan for a unit's debt"),
        )  # fmt: skip
        self.cancel_button = self.button(
            translate("AgreementsPage", "&Cancel agreement…"), "x", self.cancel_agreement, "",
            translate("AgreementsPage", "Cancel the selected agreement (the reason is required)"),
        )  # fmt: skip
        for button in (self.refresh_button, self.new_button, self.cancel_button):
            row.addWidget(button)
        return row

    # -- loading --------------------------------------------------------------------------
    @property
    def can_write(self) -> bool:
        return self.ctx.can(MANAGE, self.community.id)

    def refresh(self) -> None:
        service, actor, cid = self.ctx.services.agreements, self.ctx.actor, self.community.id
        self.ctx.runner.run_db(lambda _p: service.list(actor, cid), self.show_rows, self.failed)

    def show_rows(self, rows: list[Any]) -> None:
        keep = self.selected()
        self.agreements.set_rows(rows)
        header = self.table.horizontalHeader()
        self.agreements.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._filter()
        self.fit_columns(self.table, 2)
        if keep is not None:
            self.select_agreement(keep.id)
        self._chosen()

    def _filter(self) -> None:
        status = self.status.currentData()
        self.agreements.set_keep(None if status is None else (lambda r: r.status == status))
        shown, total = self.agreements.rowCount(), self.agreements.total()
        self.counter.setText(
            translate("AgreementsPage", "%n agreement(s)", "", total)
            if shown == total
            else translate("AgreementsPage", "%1 of %2 agreements")
            .replace("%1", str(shown))
            .replace("%2", str(total))
        )
        self._chosen()

    def selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.agreements.row_at(rows[0].row()) if rows else None

    def select_agreement(self, agreement_id: int) -> bool:
        for number, row in enumerate(self.agreements.rows()):
            if row.id == agreement_id:
                self.table.selectRow(number)
                return True
        return False

    def _chosen(self) -> None:
        row = self.selected()
        self.instalments.set_rows(row.instalments if row is not None else [])
        self.fit_columns(self.instalment_table, -1)
        if row is None:
            self.caption.setText(
                translate("AgreementsPage", "Choose an agreement to see its instalments.")
            )
        else:
            text = (
                translate("AgreementsPage", "Instalments of agreement No. %1 — unit %2, approved by %3 on %4")
                .replace("%1", str(row.id))
                .replace("%2", row.unit_number)
                .replace("%3", row.approved_by)
                .replace("%4", day_text(row.approved_on))
            )  # fmt: skip
            if row.status == "cancelled" and getattr(row, "cancel_reason", ""):
                text += "\n" + translate("AgreementsPage", "Cancelled: %1").replace(
                    "%1", row.cancel_reason
                )
            self.caption.setText(text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.selected()
        self.new_button.setVisible(self.can_write)
        self.cancel_button.setVisible(self.can_write)
        self.cancel_button.setEnabled(row is not None and row.status != "cancelled")

    # -- actions --------------------------------------------------------------------------
    def new_dialog(self, unit_number: str = "") -> AgreementDialog:
        return AgreementDialog(self.ctx, self.community, unit_number, self)

    def new_agreement(self) -> None:
        if not self.can_write:
            return
        self.dialog = dialog = self.new_dialog()
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.outcome is not None:
            self.select_agreement(dialog.outcome.value.id)
            self.notify(
                translate("AgreementsPage", "Agreement No. %1 signed.").replace(
                    "%1", str(dialog.outcome.value.id)
                )
            )

    def cancel_dialog(self) -> CancelAgreementDialog | None:
        row = self.selected()
        if row is None or row.status == "cancelled":
            return None
        return CancelAgreementDialog(self.ctx, self.community, row, self)

    def cancel_agreement(self) -> None:
        dialog = self.cancel_dialog() if self.can_write else None
        if dialog is None:
            return
        self.dialog = dialog
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.notify(
                translate("AgreementsPage", "Agreement No. %1 cancelled.").replace(
                    "%1", str(dialog.row.id)
                )
            )
