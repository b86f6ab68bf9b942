"""The main window: a header with the user menu (top right), the office home and the
workspace of the community the user entered, and a status bar."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kastor_desktop.services.context import Changes
from kastor_desktop.services.errors import NotFound, PermissionDenied
from kastor_desktop.ui.context import UiContext
from kastor_desktop.ui.icons import icon
from kastor_desktop.ui.office.home import OfficeHome
from kastor_desktop.ui.pages import confirm_leaving

if TYPE_CHECKING:
    from kastor_desktop.ui.community.workspace import CommunityWorkspace


class MainWindow(QMainWindow):
    signed_out = Signal()
    shown = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        ctx.navigator = self
        ctx.listeners.append(self._on_changes)
        self.setWindowTitle(self.tr("Kastor Desktop"))
        self.setWindowIcon(icon("building-2", "#1f4e79"))
        self.resize(1280, 800)
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self._build_header())
        self.stack = QStackedWidget(body)
        self.home = OfficeHome(ctx, self.stack)
        self.stack.addWidget(self.home)
        self.workspace: CommunityWorkspace | None = None
        column.addWidget(self.stack, 1)
        self.setCentralWidget(body)
        self._build_status_bar()
        self._refresh_header()
        self._first_show = True
        self._leaving = False

    # -- header and user menu ------------------------------------------------------------
    def _build_header(self) -> QWidget:
        header = QWidget(self)
        header.setObjectName("header")
        row = QHBoxLayout(header)
        row.setContentsMargins(16, 8, 12, 8)
        self.brand = QLabel(header)
        self.brand.setObjectName("brand")
        row.addWidget(self.brand)
        self.crumb = QLabel(header)
        self.crumb.setObjectName("crumb")
        row.addWidget(self.crumb)
        row.addStretch(1)
        self.user_button = QToolButton(header)
        self.user_button.setObjectName("userMenu")
        self.user_button.setIcon(icon("circle-user-round", "#ffffff"))
        self.user_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.user_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.user_button)
        self.action_home = self._action(
            menu, self.tr("Office home"), "house", self.office_home, "Ctrl+Shift+H"
        )
        self.action_my_data = self._action(
            menu, self.tr("My data…"), "user", self.open_my_data, "Ctrl+Shift+U"
        )
        menu.addSeparator()
        self.action_sign_out = self._action(
            menu, self.tr("Sign out"), "log-out", self.sign_out, "Ctrl+Shift+Q"
        )
        self.user_button.setMenu(menu)
        row.addWidget(self.user_button)
        return header

    def _action(
        self, menu: QMenu, text: str, icon_name: str, slot: Callable[[], None], shortcut: str
    ) -> QAction:
        action = QAction(icon(icon_name), text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        self.addAction(action)
        return action

    def _refresh_header(self) -> None:
        profile = self.ctx.services.office.profile()
        self.brand.setText(profile.name)
        self.user_button.setText(self.ctx.actor.full_name)
        self.setWindowTitle(self.tr("Kastor Desktop — %1").replace("%1", profile.name))

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.status_user = QLabel(bar)
        self.status_data = QLabel(bar)
        self.status_sync = QLabel(bar)
        bar.addWidget(self.status_user)
        bar.addPermanentWidget(self.status_sync)
        bar.addPermanentWidget(self.status_data)
        self.status_data.setText(
            self.tr("Data: %1").replace("%1", str(self.ctx.services.paths.root))
        )
        self._refresh_status()

    def _refresh_status(self) -> None:
        self.status_user.setText(self.tr("Signed in as %1").replace("%1", self.ctx.actor.username))
        pending = self.ctx.services.outbox_pending()
        self.status_sync.setText(self.tr("Pending for the portal: %1").replace("%1", str(pending)))

    # -- navigation ----------------------------------------------------------------------
    def enter_community(self, community_id: int) -> None:
        from kastor_desktop.ui.community.workspace import CommunityWorkspace

        if self.workspace is not None:
            if self.workspace.community.id == community_id:  # already in it: keep its pages
                self.stack.setCurrentWidget(self.workspace)
                return
            if not self.workspace.confirm_leave(self):
                return
        self._drop_workspace()
        self.workspace = CommunityWorkspace(self.ctx, community_id, self.stack)
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        self.crumb.setText("›  " + self.workspace.community.name)
        self.statusBar().showMessage(
            self.tr("Entered %1").replace("%1", self.workspace.community.name), 4000
        )

    def office_home(self) -> None:
        """Back to the office home; unsaved edits in the workspace are asked about first."""
        if self.workspace is not None and not self.workspace.confirm_leave(self):
            return
        self._show_home()

    def _show_home(self) -> None:
        self.stack.setCurrentWidget(self.home)
        self.crumb.setText("")
        self._drop_workspace()

    def _drop_workspace(self) -> None:
        if self.workspace is not None:
            self.stack.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.workspace = None

    def open_my_data(self) -> None:
        from kastor_desktop.ui.my_data_dialog import MyDataDialog

        MyDataDialog(self.ctx, self).exec()

    def sign_out(self) -> None:
        if not self._may_leave():
            return
        self._leaving = True  # already asked: closing must not ask again
        self.signed_out.emit()
        self.close()

    def _may_leave(self) -> bool:
        """Nothing unsaved in the office home or the workspace, or the user agreed to drop it."""
        return confirm_leaving(self, [self.workspace, self.home])

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches("office") or changes.touches("me"):
            self._refresh_header()
        self._refresh_status()
        if changes.touches("communities") and self.workspace is not None:
            try:
                self.workspace.reload()  # one read of this community, not a list of all of them
            except (NotFound, PermissionDenied):  # gone or no longer visible: nothing to save
                self._show_home()
            else:
                self.crumb.setText("›  " + self.workspace.community.name)

    # -- window events -------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._first_show:
            self._first_show = False
            self.shown.emit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self._leaving:  # signing out: asked already
            self._leaving = False
        elif not self._may_leave():
            event.ignore()
            return
        if self._on_changes in self.ctx.listeners:
            self.ctx.listeners.remove(self._on_changes)
        super().closeEvent(event)
