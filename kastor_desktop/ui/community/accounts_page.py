"""The chart of expense accounts in tree order: categories in bold, their subcategories indented
beneath, surcharge categories marked (charged to one unit, never prorated). Loads the country's
default chart on request."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from kastor_desktop.domain.country import profile
from kastor_desktop.services.chart import AccountRow
from kastor_desktop.services.communities import CommunityRow
from kastor_desktop.ui.community.account_dialog import AccountDialog
from kastor_desktop.ui.community.master_page import MasterPage
from kastor_desktop.ui.context import UiContext
from kastor_desktop.ui.icons import icon
from kastor_desktop.ui.table_model import Column, RowTableModel
from kastor_desktop.ui.widgets import messages

Index = QModelIndex | QPersistentModelIndex
NAME_COLUMN = 1
INDENT = "\u2003\u2003"  # two em spaces per level
SURCHARGE_COLOUR = QColor("#8e44ad")


class AccountsModel(RowTableModel[AccountRow]):
    """Shows the tree: subcategories indented, categories bold, surcharges in their colour."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.column() == NAME_COLUMN:
            row = self.row_at(index.row())
            text = super().data(index, role)
            return INDENT * row.depth + text if row is not None else text
        if role == Qt.ItemDataRole.FontRole and index.column() <= NAME_COLUMN:
            row = self.row_at(index.row())
            if row is not None and row.depth == 0 and row.kind == "category":
                font = QFont()
                font.setBold(True)
                return font
        if role == Qt.ItemDataRole.ForegroundRole:
            row = self.row_at(index.row())
            if row is not None and row.is_surcharge:
                return QBrush(SURCHARGE_COLOUR)
        return super().data(index, role)


class AccountsPage(MasterPage):
    areas = ("accounts",)
    service_name = "chart"
    permission = "accounts.manage"
    model_class = AccountsModel

    def __init__(
        self,
        ctx: UiContext,
        community: CommunityRow,
        key: str = "accounts",
        parent: QWidget | None = None,
    ) -> None:
        kinds = {
            "category": self.tr("Category"),
            "subcategory": self.tr("Subcategory"),
            "surcharge": self.tr("Surcharge: charged to one unit"),
        }
        natures = {"ordinary": self.tr("Ordinary"), "extraordinary": self.tr("Extraordinary")}
        surcharge = icon("house")
        columns: list[Column[AccountRow]] = [
            Column(self.tr("Code"), lambda a: a.code, key=lambda a: a.position),
            Column(
                self.tr("Name"),
                lambda a: a.name,
                icon=lambda a: surcharge if a.is_surcharge else None,
            ),
            Column(self.tr("Kind"), lambda a: kinds.get(a.kind, a.kind)),
            Column(self.tr("Nature"), lambda a: natures.get(a.nature, a.nature)),
            Column(self.tr("Category"), lambda a: a.parent_name),
        ]
        self.export_name = self.tr("chart-of-accounts.xlsx")
        super().__init__(ctx, community, key, self.tr("Chart of accounts"), columns, parent)
        self.add_intro(
            self.tr(
                "Categories group the month's expenses on the notice of charge; subcategories "
                "detail them. Surcharge categories are charged to a single unit (fines, use of "
                "common spaces, repairs a unit caused) and are never prorated."
            )
        )
        self.add_edit_buttons(self.tr("&New account"))
        if self.can_write:
            self.default_button = self.to_bar(
                self.add_button(self.tr("&Load default chart"), "list", self.load_default, "Ctrl+L")
            )
        self.add_export()
        self.set_empty_hint(
            self.tr(
                "No expense accounts yet. Use «Load default chart» (Ctrl+L) for the usual "
                "accounts of %1, or «New account» (Ctrl+N)."
            ).replace("%1", profile(community.country).name)
        )
        for column, width in enumerate((90, 320, 220, 130)):
            self.table.setColumnWidth(column, width)

    def load(self) -> list[AccountRow]:
        self.accounts: list[AccountRow] = self.ctx.services.chart.list(
            self.ctx.actor, self.community.id
        )
        return self.accounts

    def dialog(self, row: AccountRow | None) -> QDialog:
        return AccountDialog(self.ctx, self.community, row, self.accounts, self)

    def delete(self) -> None:
        row = self.selected()
        if row is not None and row.subcategories and self.can_write:
            self.run(self.delete_call(row))  # the service explains why it cannot go
            return
        super().delete()

    def delete_question(self, row: AccountRow) -> str:
        return (
            self.tr("Delete the account «%1 %2»?").replace("%1", row.code).replace("%2", row.name)
        )

    def load_default(self) -> None:
        if not self.can_write:
            return
        question = self.tr(
            "Load the default chart of accounts of %1? Accounts whose code already exists "
            "are kept as they are."
        ).replace("%1", profile(self.community.country).name)
        if not messages.confirm(self, self.tr("Load default chart"), question):
            return
        service, actor, community_id = self.ctx.services.chart, self.ctx.actor, self.community.id
        self.run(lambda: service.load_default(actor, community_id), self._loaded)

    def _loaded(self, added: int) -> None:
        if added:
            self.status(
                self.tr("%1 accounts added from the default chart.").replace("%1", str(added))
            )
        else:
            QMessageBox.information(
                self,
                self.tr("Load default chart"),
                self.tr("Every account of the default chart is already there: nothing was added."),
            )
