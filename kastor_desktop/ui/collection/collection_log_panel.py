"""The selected unit's collection log (newest first): date, action, stage, note, next step and
its date, who recorded it; «Record action…» and «Delete» for users who manage collection."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kastor_desktop.services.communities import CommunityRow
from kastor_desktop.ui.collection.action_dialog import ActionDialog, suggested_stage
from kastor_desktop.ui.collection.tinted_rows import TintedRows, date_column
from kastor_desktop.ui.context import UiContext
from kastor_desktop.ui.icons import icon
from kastor_desktop.ui.table_model import Column
from kastor_desktop.ui.widgets import messages

translate = QCoreApplication.translate
MANAGE = "collection.manage"
NOTE = 3  # the column that takes the room left


class CollectionLogPanel(QWidget):
    """``show_unit(row)`` with a ``UnitDebt`` (or None); ``reload()`` reads the log again."""

    def __init__(self, ctx: UiContext, community: CommunityRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.community = ctx, community
        self.unit: Any = None
        self.on: date | None = None  # the day new actions default to
        self.dialog: ActionDialog | None = None
        self.model: TintedRows[Any] = TintedRows(self._columns(), self)
        self.model.tips = frozenset({NOTE, NOTE + 1})  # the note and the next step
        self.column = column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        self.caption = QLabel(self)
        self.caption.setObjectName("period")
        header.addWidget(self.caption, 1)
        self.add_button = QPushButton(
            icon("plus"), translate("CollectionLogPanel", "Recor&d action…"), self
        )
        self.add_button.setToolTip(
            translate("CollectionLogPanel", "Record a call, letter, visit… for this unit (Ins)")
        )
        self.add_button.clicked.connect(self.record)
        self.delete_button = QPushButton(
            icon("trash-2"), translate("CollectionLogPanel", "Delete"), self
        )
        self.delete_button.setToolTip(translate("CollectionLogPanel", "Delete the selected action"))
        self.delete_button.clicked.connect(self.delete)
        header.addWidget(self.add_button)
        header.addWidget(self.delete_button)
        column.addLayout(header)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        titles = self.table.horizontalHeader()
        titles.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        titles.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)  # the room left
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        for number, width in enumerate((84, 134, 78, 0, 110, 84, 58)):
            if number != NOTE:
                self.table.setColumnWidth(number, width)
        column.addWidget(self.table, 1)
        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        column.addWidget(self.hint)
        for key, slot in (("Ins", self.record), ("Del", self.delete)):
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        self.show_unit(None)

    def _columns(self) -> list[Column[Any]]:
        return [
            date_column(translate("CollectionLogPanel", "Date"), lambda a: a.done_on),
            Column(translate("CollectionLogPanel", "Action"), lambda a: a.kind_label),
            Column(translate("CollectionLogPanel", "Stage"), lambda a: a.stage_label),
            Column(translate("CollectionLogPanel", "Note"), lambda a: " ".join(a.note.split())),
            Column(translate("CollectionLogPanel", "Next step"), lambda a: a.next_step),
            date_column(translate("CollectionLogPanel", "Next date"), lambda a: a.next_on),
            Column(translate("CollectionLogPanel", "By"), lambda a: a.created_by),
        ]

    @property
    def can_write(self) -> bool:
        return self.ctx.can(MANAGE, self.community.id)

    # -- data -----------------------------------------------------------------------------
    def show_unit(self, unit: Any) -> None:
        self.unit = unit
        if unit is None:
            self.caption.setText(translate("CollectionLogPanel", "Collection log"))
            self.model.set_rows([])
            self.hint.setText(
                translate("CollectionLogPanel", "Choose a unit in the list to see its log.")
            )
            self._update_buttons()
            return
        self.caption.setText(
            translate("CollectionLogPanel", "Collection log of %1").replace("%1", unit.unit_number)
        )
        self.reload()

    def reload(self) -> None:
        if self.unit is None:
            return
        service, actor = self.ctx.services.collection_log, self.ctx.actor
        cid, number = self.community.id, self.unit.unit_number
        self.ctx.runner.run_db(
            lambda _p: service.list(actor, cid, number),
            self._show,
            lambda error: messages.show_error(self, error),
        )

    def _show(self, rows: list[Any]) -> None:
        self.model.set_rows(rows)
        self.hint.setText(
            ""
            if rows
            else translate("CollectionLogPanel", "No actions recorded for this unit yet.")
        )
        self._update_buttons()

    def selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        write = self.can_write
        self.add_button.setVisible(write)
        self.delete_button.setVisible(write)
        self.add_button.setEnabled(self.unit is not None)
        self.delete_button.setEnabled(self.selected() is not None)

    # -- actions --------------------------------------------------------------------------
    def make_dialog(self) -> ActionDialog:
        unit = self.unit
        return ActionDialog(
            self.ctx,
            self.community,
            unit.unit_number,
            unit.owner_name,
            unit.stage or suggested_stage(unit.aging.days),
            self.on,
            self,
        )

    def record(self) -> None:
        if self.unit is None or not self.can_write:
            return
        self.dialog = self.make_dialog()
        if self.dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def delete(self) -> None:
        row = self.selected()
        if row is None or not self.can_write:
            return
        question = (
            translate("CollectionLogPanel", "Delete the action «%1» of %2?")
            .replace("%1", row.kind_label)
            .replace("%2", row.done_on.strftime("%d-%m-%Y"))
        )
        if not messages.confirm(self, translate("CollectionLogPanel", "Delete"), question):
            return
        service, actor, cid = self.ctx.services.collection_log, self.ctx.actor, self.community.id
        action_id = row.id

        def done(outcome: Any) -> None:
            self.ctx.changed(outcome.changes)
            self.reload()

        self.ctx.runner.run_db(
            lambda _p: service.delete(actor, cid, action_id),
            done,
            lambda error: messages.show_error(self, error),
            parent=self,
        )
