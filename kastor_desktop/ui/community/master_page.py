"""The list screen every master-data area of a community shares: search, sorting, New (Ctrl+N),
Edit (Enter), Delete (Del) and Export to Excel. Write buttons appear only for users holding the
area's permission in this community; the services check it again."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from kastor_desktop.domain.country import profile
from kastor_desktop.domain.money import format_amount
from kastor_desktop.services.communities import CommunityRow
from kastor_desktop.services.context import Outcome
from kastor_desktop.ui.community.master_dialog import show_date
from kastor_desktop.ui.context import UiContext
from kastor_desktop.ui.table_model import Column
from kastor_desktop.ui.widgets import messages
from kastor_desktop.ui.widgets.table_page import TablePage


def date_column(title: str, value: Callable[[Any], date | None]) -> Column[Any]:
    """dd-mm-aaaa, sorted by the date itself (empty first)."""
    return Column(title, lambda r: show_date(value(r)), key=lambda r: value(r) or date.min)


class MasterPage(TablePage):
    permission = ""  # needed to write
    service_name = ""  # the attribute of Services whose list/delete this page calls
    export_name = "export.xlsx"

    def __init__(
        self,
        ctx: UiContext,
        community: CommunityRow,
        key: str,
        title: str,
        columns: Sequence[Column[Any]],
        parent: QWidget | None = None,
    ) -> None:
        self.ctx = ctx
        self.community = community
        self.key = key
        super().__init__(title, columns, parent)
        self.search.setPlaceholderText(self.tr("Search… (Ctrl+F)"))

    @property
    def can_write(self) -> bool:
        return self.ctx.can(self.permission, self.community.id)

    def add_intro(self, text: str) -> QLabel:
        """A line of explanation under the title, with room on its right (``to_bar``) for the
        page's own actions, so the header keeps to New/Edit/Delete/Export."""
        row = QHBoxLayout()
        intro = QLabel(text, self)
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        row.addWidget(intro, 1)
        self.bar = QHBoxLayout()
        row.addLayout(self.bar)
        self.column().insertLayout(1, row)
        return intro

    def to_bar(self, widget: QWidget) -> QWidget:
        """Move a widget (a button made by add_button, a filter) to the intro line."""
        self.buttons.removeWidget(widget)
        self.bar.addWidget(widget)
        return widget

    def column(self) -> QVBoxLayout:
        """The page's layout: header, (intro), table, counter."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        return layout

    def add_edit_buttons(self, new_text: str) -> None:
        """New / Edit / Delete for users who may write; Export for everyone."""
        if self.can_write:
            self.new_button = self.add_button(new_text, "plus", self.add_new, "Ctrl+N")
            self.edit_button = self.add_button(
                self.tr("&Edit"), "pencil", self.edit, None, needs_row=True
            )
            self.edit_button.setToolTip(self.tr("Edit the selected row (Enter)"))
            self.delete_button = self.add_button(
                self.tr("&Delete"), "trash-2", self.delete, "Del", needs_row=True
            )

    def add_export(self) -> None:
        name = f"{self.community.code}-{self.export_name}"
        self.add_export_button(name, self.ctx.runner)

    def money(self, minor: int | None) -> str:
        """es-CL amount in the community's currency: «$ 1.250.000» or «$ 1.250.000,50»."""
        if minor is None:
            return ""
        return format_amount(minor, profile(self.community.country).minor_exponent)

    def money_column(self, title: str, value: Callable[[Any], int | None]) -> Column[Any]:
        return Column(
            title,
            lambda r: self.money(value(r)),
            key=lambda r: (value(r) is None, value(r) or 0),
            align_right=True,
        )

    # -- for subclasses -------------------------------------------------------------------
    def dialog(self, row: Any) -> QDialog:
        """The form for a new row (``row=None``) or the selected one."""
        raise NotImplementedError

    def delete_question(self, row: Any) -> str:
        raise NotImplementedError

    def delete_call(self, row: Any) -> Callable[[], Outcome[Any]]:
        service = getattr(self.ctx.services, self.service_name)
        actor, community_id, row_id = self.ctx.actor, self.community.id, row.id
        return lambda: service.delete(actor, community_id, row_id)

    def load(self) -> Sequence[Any]:
        service = getattr(self.ctx.services, self.service_name)
        return service.list(self.ctx.actor, self.community.id)  # type: ignore[no-any-return]

    # -- behaviour ------------------------------------------------------------------------
    def activated(self) -> None:
        self.edit()

    def add_new(self) -> None:
        if not self.can_write:
            return
        dialog = self.dialog(None)
        if dialog.exec() and getattr(dialog, "outcome", None) is not None:
            new_id = getattr(dialog.outcome.value, "id", None)  # type: ignore[attr-defined]
            self.select_where(lambda r: r.id == new_id)

    def edit(self) -> None:
        row = self.selected()
        if row is not None and self.can_write:
            self.dialog(row).exec()

    def delete(self) -> None:
        row = self.selected()
        if row is None or not self.can_write:
            return
        if not messages.confirm(self, self.tr("Delete"), self.delete_question(row)):
            return
        self.run(self.delete_call(row))

    def run(
        self, call: Callable[[], Outcome[Any]], then: Callable[[Any], None] | None = None
    ) -> None:
        """Run a service call in the background, tell the screens, then ``then(value)``."""

        def done(outcome: Outcome[Any]) -> None:
            self.ctx.changed(outcome.changes)
            if then is not None:
                then(outcome.value)

        self.ctx.runner.run_db(
            lambda _progress: call(),
            done,
            lambda error: messages.show_error(self, error),
            parent=self,
        )

    def status(self, text: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 8000)
