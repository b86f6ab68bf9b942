"""Navigation between screens: a side list of areas and a stack of pages built on first use.

A page may implement ``has_unsaved_changes() -> bool``; before the pages are destroyed (leaving
the workspace, signing out, closing the window) ``confirm_leaving`` asks once whether to drop them.
Switching between pages of the same side list keeps them: the pages stay alive meanwhile."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QWidget,
)

from kastor_desktop.services.context import Changes
from kastor_desktop.ui.context import UiContext
from kastor_desktop.ui.icons import icon
from kastor_desktop.ui.widgets import messages


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    icon: str
    target: str  # "module:Class"; the class takes (ctx, parent) and has refresh()/on_changes()
    permission: str | None = None
    section: str = ""  # a heading shown above the first page of each section


class SideNav(QWidget):
    """Side list + page stack. Pages the user may not use are not listed (services still check)."""

    def __init__(
        self,
        ctx: UiContext,
        specs: list[PageSpec],
        factory_args: Callable[[PageSpec], tuple[object, ...]] = lambda spec: (),
        parent: QWidget | None = None,
        defer_first_load: bool = False,
    ) -> None:
        super().__init__(parent)
        self._defer_load = defer_first_load
        self.ctx = ctx
        self.specs = specs
        self.factory_args = factory_args
        self.pages: dict[str, QWidget] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.nav = QListWidget(self)
        self.nav.setObjectName("sideNav")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFixedWidth(240)
        self.stack = QStackedWidget(self)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.nav.currentRowChanged.connect(self._show)
        self.rebuild()

    def visible_specs(self) -> list[PageSpec]:
        return [s for s in self.specs if s.permission is None or self._allowed(s.permission)]

    def _allowed(self, permission: str) -> bool:
        return self.ctx.can(permission)

    def rebuild(self) -> None:
        current = self.current_key()
        self.nav.blockSignals(True)
        self.nav.clear()
        section = ""
        for number, spec in enumerate(self.visible_specs(), start=1):
            if spec.section and spec.section != section:
                section = spec.section
                heading = QListWidgetItem(section.upper())
                heading.setFlags(Qt.ItemFlag.NoItemFlags)
                heading.setData(Qt.ItemDataRole.UserRole, "")
                font = heading.font()
                font.setPointSizeF(font.pointSizeF() * 0.85)
                font.setBold(True)
                heading.setFont(font)
                self.nav.addItem(heading)
            item = QListWidgetItem(icon(spec.icon), spec.title)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            if number <= 9:
                item.setToolTip(f"Ctrl+{number}")
            self.nav.addItem(item)
        self.nav.blockSignals(False)
        for action in self.actions():
            self.removeAction(action)
        keys = [s.key for s in self.visible_specs()]
        for number, key in enumerate(keys[:9], start=1):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, k=key: self.open(k))
            self.addAction(action)
        self.open(current if current in keys else (keys[0] if keys else ""))

    def current_key(self) -> str:
        item = self.nav.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else ""

    def open(self, key: str) -> QWidget | None:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.nav.setCurrentRow(row)
                self._show(row)
                return self.pages.get(key)
        return None

    def page(self, key: str) -> QWidget | None:
        return self.pages.get(key)

    def unsaved_titles(self) -> list[str]:
        """The titles of the built pages holding edits not saved yet, in navigation order."""
        return [
            spec.title
            for spec in self.specs
            if (page := self.pages.get(spec.key)) is not None
            and getattr(page, "has_unsaved_changes", lambda: False)()
        ]

    def confirm_leave(self, parent: QWidget | None = None) -> bool:
        """True when nothing would be lost, or the user agreed to leave without saving."""
        return confirm_leaving(parent or self, [self])

    def _show(self, row: int) -> None:
        if row < 0:
            return
        key = self.nav.item(row).data(Qt.ItemDataRole.UserRole)
        if not key:
            return
        page = self.pages.get(key)
        if page is None:
            spec = next(s for s in self.specs if s.key == key)
            module_name, class_name = spec.target.split(":")
            cls = getattr(importlib.import_module(module_name), class_name)
            page = cls(self.ctx, *self.factory_args(spec), parent=self.stack)
            self.pages[key] = page
            self.stack.addWidget(page)
            if self._defer_load:  # the window shows first; the rows arrive on the next tick
                self._defer_load = False
                QTimer.singleShot(0, page.refresh)
            else:
                page.refresh()
        self.stack.setCurrentWidget(page)

    def on_changes(self, changes: Changes) -> None:
        if changes.touches("roles") or changes.touches("users"):
            self.rebuild()
        for page in self.pages.values():
            page.on_changes(changes)  # type: ignore[attr-defined]


def commit_open_editor(window: QWidget | None = None) -> None:
    """A cell still being typed in (no Enter yet) counts as an edit: hand it to its model."""
    editor = window.window().focusWidget() if window is not None else QApplication.focusWidget()
    view = editor
    while view is not None and not isinstance(view, QAbstractItemView):
        view = view.parentWidget()
    if view is None or editor is view or view.state() != QAbstractItemView.State.EditingState:
        return
    view.commitData(editor)
    view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)


def confirm_leaving(parent: QWidget, navs: Iterable[SideNav | None]) -> bool:
    """Ask once, naming every page with unsaved changes, whether to leave them unsaved."""
    commit_open_editor(parent)
    titles = [title for nav in navs if nav is not None for title in nav.unsaved_titles()]
    if not titles:
        return True
    translate = QCoreApplication.translate
    return messages.confirm(
        parent,
        translate("SideNav", "Unsaved changes"),
        translate("SideNav", "There are unsaved changes in %1. Leave without saving?").replace(
            "%1", ", ".join(f"«{title}»" for title in titles)
        ),
    )
