"""A community's units: number, kind, tower/floor, m2, owner, resident, main unit and one
column per share table. Opens 100,000 units in about half a second: nothing is formatted per
cell up front (only the cells painted), and sort keys and search texts are made for a whole
column at once, the first time they are needed."""

from __future__ import annotations

from collections.abc import Sequence
from operator import attrgetter
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from kastor_desktop.domain.country import profile
from kastor_desktop.domain.shares import format_percent
from kastor_desktop.domain.units import UNIT_KINDS
from kastor_desktop.services.communities import CommunityRow
from kastor_desktop.services.unit_listing import fold_all, format_area, natural_order, search_texts
from kastor_desktop.services.units import UnitListRow
from kastor_desktop.ui.community.master_page import MasterPage
from kastor_desktop.ui.community.unit_dialog import UnitDialog
from kastor_desktop.ui.context import UiContext
from kastor_desktop.ui.icons import icon
from kastor_desktop.ui.table_model import Column, RowTableModel

Row = UnitListRow
WIDTHS = (85, 115, 75, 45, 70, 220, 105, 180, 80, 55)
SHARE_WIDTH = 105


class UnitsModel(RowTableModel[Row]):
    """Search texts, folded text keys and natural ranks are made for all rows in one pass
    (search_texts, fold_all, natural_order), not by a Python call per row."""

    def all_rows(self) -> list[Row]:
        return self._all

    def set_columns(self, columns: Sequence[Column[Row]]) -> None:
        """New share tables mean new columns; the rows follow with set_rows()."""
        self.beginResetModel()
        self.columns = list(columns)
        self._keys.clear()
        if self._sort is not None and self._sort[0] >= len(self.columns):
            self._sort = None
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        super().sort(column if column < len(self.columns) else 0, order)

    def set_filter(self, text: str) -> None:
        self.layoutAboutToBeChanged.emit()
        self._filter = fold_all([" ".join(text.split())])[0]
        self._apply()
        self.layoutChanged.emit()

    def _search_texts(self) -> list[str]:
        if self._haystack is None:
            self._haystack = search_texts(self._all)
        return self._haystack

    def _column_keys(self, column: int) -> list[Any]:
        keys = self._keys.get(column)
        spec = self.columns[column]
        if keys is None and spec.key is None:
            texts = list(map(spec.text, self._all))
            if spec.natural:
                keys = [0] * len(texts)
                for rank, index in enumerate(natural_order(texts)):
                    keys[index] = rank
            else:
                keys = fold_all(texts)
            self._keys[column] = keys
        return super()._column_keys(column)


def _share_column(title: str, position: int) -> Column[Row]:
    def key(r: Row) -> int:
        micro = r.share_micro[position]
        return -1 if micro is None else micro

    return Column(
        title, lambda r: format_percent(r.share_micro[position]), key=key, align_right=True
    )


class UnitsPage(MasterPage):
    areas = ("units", "people", "shares")
    service_name = "units"
    permission = "units.manage"
    model_class = UnitsModel

    def __init__(
        self,
        ctx: UiContext,
        community: CommunityRow,
        key: str = "units",
        parent: QWidget | None = None,
    ) -> None:
        self.table_names: tuple[str, ...] = ()
        self.without_owner = 0
        self.export_name = self.tr("units.xlsx")
        super().__init__(
            ctx, community, key, self.tr("Units"), self._columns(community, ()), parent
        )
        self.search.setToolTip(
            self.tr("Search by unit, owner, %1, resident or tower").replace(
                "%1", profile(community.country).tax_id_label
            )
        )
        self.add_edit_buttons(self.tr("&New unit"))
        self.add_export()
        self.set_empty_hint(
            self.tr(
                "No units yet. Use «New unit» (Ctrl+N) or import units, owners and shares from a "
                "spreadsheet in «Import spreadsheets»."
            )
        )
        self._widths()

    def _columns(self, community: CommunityRow, tables: Sequence[str]) -> list[Column[Row]]:
        yes, no = self.tr("Yes"), self.tr("No")
        home = icon("home")
        kinds = {label: label[:1].upper() + label[1:] for label in UNIT_KINDS.values()}
        columns: list[Column[Row]] = [
            Column(
                self.tr("Unit"), attrgetter("number"), key=attrgetter("order"), icon=lambda r: home
            ),
            Column(self.tr("Kind"), lambda r: kinds.get(r.kind, r.kind)),
            Column(self.tr("Tower"), lambda r: r.tower, natural=True),
            Column(self.tr("Floor"), lambda r: r.floor, natural=True),
            Column(
                self.tr("m²"),
                lambda r: format_area(r.area_x100),
                key=lambda r: -1 if r.area_x100 is None else r.area_x100,
                align_right=True,
            ),
            Column(self.tr("Owner"), lambda r: r.owner_name),
            Column(
                self.tr("Owner %1").replace("%1", profile(community.country).tax_id_label),
                lambda r: r.owner_tax_id,
                natural=True,
            ),
            Column(self.tr("Resident"), lambda r: r.resident_name),
            Column(self.tr("Main unit"), lambda r: r.parent_number, natural=True),
            Column(self.tr("Active"), lambda r: yes if r.active else no, key=lambda r: r.active),
        ]
        columns += [_share_column(f"% {name}", n) for n, name in enumerate(tables)]
        return columns

    @property
    def units_model(self) -> UnitsModel:
        assert isinstance(self.model, UnitsModel)
        return self.model

    def _widths(self) -> None:
        for column, width in enumerate(WIDTHS):
            self.table.setColumnWidth(column, width)
        for column in range(len(WIDTHS), self.model.columnCount()):
            self.table.setColumnWidth(column, SHARE_WIDTH)

    def load(self) -> Sequence[Row]:
        listing = self.ctx.services.units.listing(self.ctx.actor, self.community.id)
        if listing.table_names != self.table_names:
            self.table_names = listing.table_names
            self.units_model.set_columns(self._columns(self.community, listing.table_names))
            self._widths()
        self.without_owner = list(map(attrgetter("owner_name"), listing.rows)).count("")
        return listing.rows

    def _update_counter(self) -> None:
        super()._update_counter()
        if self.without_owner:
            extra = self.tr("%n without owner", "", self.without_owner)
            self.counter.setText(f"{self.counter.text()}  ·  {extra}")

    def dialog(self, row: Row | None) -> QDialog:
        detail = (
            None
            if row is None
            else self.ctx.services.units.get(self.ctx.actor, self.community.id, row.id)
        )
        rows = self.units_model.all_rows()
        mains = [r.number for r in rows if not r.parent_number and (row is None or r.id != row.id)]
        people = {r.owner_tax_id: r.owner_name for r in rows if r.owner_tax_id}
        return UnitDialog(self.ctx, self.community, detail, mains, people, self)

    def delete_question(self, row: Row) -> str:
        return self.tr(
            "Delete the unit «%1»? Its percentages in the share tables are deleted with it."
        ).replace("%1", row.number)
