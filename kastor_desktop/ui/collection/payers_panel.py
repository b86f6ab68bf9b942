"""A unit's registered payers: people other than the owner and residents who pay for the unit
(a relative, a company). Their RUT in a bank transfer's description or reference matches the
transfer to the unit when a statement is imported."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kastor_desktop.services.errors import ValidationFailed
from kastor_desktop.ui.forms import ValidatedForm
from kastor_desktop.ui.icons import icon
from kastor_desktop.ui.table_model import Column, RowTableModel
from kastor_desktop.ui.widgets import messages


class PayersPanel(QGroupBox):
    """``show_payers(unit_number, rows)``; Add and Remove run through ``run(call, done)``, which
    the page gives (the task runner and the Changes of the outcome)."""

    changed = Signal()

    def __init__(self, run: Callable[..., None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Registered payers"))
        self.run = run
        self.unit_number = ""
        self.add_call: Callable[[str, str], Any] | None = None
        self.remove_call: Callable[[int], Any] | None = None
        column = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "People who pay for this unit besides its owner and residents. Their RUT in a "
                "transfer matches it to the unit when a bank statement is imported."
            ),
            self,
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        column.addWidget(hint)
        self.model: RowTableModel[Any] = RowTableModel(
            [
                Column(self.tr("RUT"), lambda p: p.tax_id),
                Column(self.tr("Name"), lambda p: p.name),
            ],
            self,
        )
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, 110)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        column.addWidget(self.table, 1)
        self.form = ValidatedForm(self)
        self.form.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # narrow panel
        self.tax_id = QLineEdit(self)
        self.tax_id.setObjectName("payer_tax_id")
        self.tax_id.setPlaceholderText("12.345.678-5")
        self.form.add_field("tax_id", self.tr("RU&T"), self.tax_id)
        self.name = QLineEdit(self)
        self.name.setObjectName("payer_name")
        self.form.add_field("name", self.tr("Na&me"), self.name)
        column.addWidget(self.form)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(icon("plus"), self.tr("A&dd payer"), self)
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(icon("trash-2"), self.tr("Remo&ve"), self)
        self.remove_button.clicked.connect(self.remove)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.tax_id.returnPressed.connect(self.add)
        self.name.returnPressed.connect(self.add)
        self._update()

    def show_payers(self, unit_number: str, rows: Sequence[Any]) -> None:
        self.unit_number = unit_number
        self.model.set_rows(list(rows))
        self._update()

    def selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update(self) -> None:
        has_unit = bool(self.unit_number)
        self.add_button.setEnabled(has_unit and self.add_call is not None)
        self.remove_button.setEnabled(
            has_unit and self.remove_call is not None and self.selected() is not None
        )

    def add(self) -> None:
        if not self.add_button.isEnabled() or self.add_call is None:
            return
        self.form.clear_errors()
        call = self.add_call
        tax_id, name = self.tax_id.text(), self.name.text()

        def done(_value: Any) -> None:
            self.tax_id.clear()
            self.name.clear()
            self.changed.emit()

        self.run(lambda: call(tax_id, name), done, self._failed)

    def remove(self) -> None:
        payer = self.selected()
        if payer is None or self.remove_call is None:
            return
        question = self.tr("Remove %1 from the unit's payers?").replace(
            "%1", f"{payer.name} ({payer.tax_id})" if payer.name else payer.tax_id
        )
        if not messages.confirm(self, self.tr("Remove payer"), question):
            return
        call = self.remove_call
        self.run(lambda: call(payer.id), lambda _v: self.changed.emit(), self._failed)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationFailed):
            errors = {
                ("tax_id" if k in ("rut", "payer") else k): v for k, v in error.errors.items()
            }
            if self.form.show_errors(errors):
                return
        messages.show_error(self, error)

    def error_text(self, key: str) -> str:
        return self.form.error_text(key)

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Delete and self.table.hasFocus():
            self.remove()
            return
        super().keyPressEvent(event)
