"""What the list screens of the month's entries share (expenses, recurring expenses, other
income, individual charges, fund contributions): a master-data list (search, sort, New/Edit/
Delete, Export) whose title names the open month, F5 to reload and Insert as well as Ctrl+N
for a new row. Writing needs «expenses.manage»; the services check it again."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QWidget

from kastor_desktop.services.communities import CommunityRow
from kastor_desktop.services.period_records import PERMISSION
from kastor_desktop.services.periods import PeriodRow
from kastor_desktop.ui.community.master_page import MasterPage
from kastor_desktop.ui.context import UiContext
from kastor_desktop.ui.table_model import Column


class EntryPage(MasterPage):
    areas: tuple[str, ...] = ("expenses",)
    permission = PERMISSION
    title_template = ""  # «Gastos de %1 (mes abierto)»: %1 is the open month

    def __init__(
        self,
        ctx: UiContext,
        community: CommunityRow,
        key: str,
        title: str,
        columns: Sequence[Column[Any]],
        parent: QWidget | None = None,
    ) -> None:
        self.period: PeriodRow | None = None
        super().__init__(ctx, community, key, title, columns, parent)
        self.search.setMinimumWidth(200)  # the title names the month: keep the header narrow
        self.title.setWordWrap(True)  # and may take two lines in a narrow window only
        first = self.column().itemAt(0)
        header = first.layout() if first is not None else None
        if isinstance(header, QHBoxLayout):
            header.setStretchFactor(self.title, 10)
        self.shortcut("F5", self.refresh)
        self.shortcut("Ins", self.add_new)

    def shortcut(self, key: str, slot: Callable[[], Any]) -> QAction:
        """A key working anywhere on the page (the buttons may be hidden)."""
        action = QAction(self)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def add_export(self) -> None:
        """Export to Excel, on the intro line when there is one (the header stays narrow)."""
        button = self.add_export_button(
            f"{self.community.code}-{self.export_name}", self.ctx.runner
        )
        if hasattr(self, "bar"):
            self.to_bar(button)

    def refresh(self) -> None:
        self.period = self.ctx.services.periods.current(self.ctx.actor, self.community.id)
        if self.title_template:
            self.title.setText(self.title_template.replace("%1", self.period.label))
        super().refresh()

    def message(self, text: str) -> None:
        """In the status bar, and kept for tests."""
        self.last_message = text
        self.status(text)
