"""A settings page made of titled groups of fields, one ``ValidatedForm`` each.

Mixed into a page (``class SettingsPage(GroupedForms, QWidget)``) that sets ``self.forms``
(an empty list), ``self.save_button``, ``self.revert_button``, a ``can_write`` property and a
``reload`` method. It gives the scrolling body of groups (``_body``, F5 reloads), one caption
width for every group, the read-only state, the service's field errors shown beside their
fields, and messages on the window's status bar.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QMainWindow,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kastor_desktop.services.errors import ValidationFailed
from kastor_desktop.ui.forms import ValidatedForm
from kastor_desktop.ui.widgets import messages


class GroupedForms:
    column: QVBoxLayout
    forms: list[ValidatedForm]
    save_button: Any
    revert_button: Any
    last_message: str
    can_write: bool
    reload: Callable[[], None]

    def _body(self, outer: QVBoxLayout, groups: Sequence[Callable[[], None]]) -> None:
        """The groups ``groups`` build, in a scroll area at the bottom of ``outer``, their
        captions aligned; F5 reloads the page."""
        scroll = QScrollArea(self)  # type: ignore[call-overload]
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget(scroll)
        self.column = QVBoxLayout(body)
        self.column.setContentsMargins(0, 4, 0, 0)
        for build in groups:
            build()
        self.column.addStretch(1)
        self._align_captions()
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        reload = QAction(self)  # type: ignore[call-overload]
        reload.setShortcut(QKeySequence("F5"))
        reload.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        reload.triggered.connect(self.reload)
        self.addAction(reload)  # type: ignore[attr-defined]

    def _read_only(self, why: str) -> None:
        """Every field and button disabled; ``why`` on the «Save» button's tooltip."""
        for form in self.forms:
            form.setEnabled(False)
        self.save_button.setEnabled(False)
        self.revert_button.setEnabled(False)
        self.save_button.setToolTip(why)

    def _group(self, title: str) -> ValidatedForm:
        box = QGroupBox(title, self)  # type: ignore[call-overload]
        box.setMaximumWidth(780)
        layout = QVBoxLayout(box)
        form = ValidatedForm(box)
        form.layout_.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        layout.addWidget(form)
        self.column.addWidget(box)
        self.forms.append(form)
        return form

    def _align_captions(self) -> None:
        """One caption width for every group, so the fields line up down the page."""
        captions = [
            item.widget()
            for form in self.forms
            for row in range(form.layout_.rowCount())
            if (item := form.layout_.itemAt(row, QFormLayout.ItemRole.LabelRole)) is not None
        ]
        width = max((c.sizeHint().width() for c in captions if c is not None), default=0)
        for caption in captions:
            if caption is not None:
                caption.setMinimumWidth(width)

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(self.can_write)
        shown = isinstance(error, ValidationFailed) and any(
            [form.show_errors(error.errors) for form in self.forms]  # every form, not the first
        )
        if not shown:
            messages.show_error(self, error)  # type: ignore[arg-type]

    def error_text(self, key: str) -> str:
        return next((t for form in self.forms if (t := form.error_text(key))), "")

    def message(self, text: str) -> None:
        self.last_message = text
        window = self.window()  # type: ignore[attr-defined]
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 8000)
