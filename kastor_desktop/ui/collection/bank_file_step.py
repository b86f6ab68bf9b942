"""The first step of a bank-statement import: the file, the community's bank account it belongs
to (the default one first) and the bank's layout: a saved preset or «Detect automatically»."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kastor_desktop.ui.icons import icon
from kastor_desktop.ui.table_model import Column, RowTableModel


class FileStep(QWidget):
    choose = Signal()
    delete_requested = Signal(str)  # a saved layout's name

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presets: list[Any] = []
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 0)
        intro = QLabel(
            self.tr(
                "Export the account's movements from the bank's website as Excel or CSV and "
                "choose the file. Only credits are imported; each is matched to a unit by the "
                "RUT in its description (owner, resident or a registered payer), the unit "
                "number or reference, or an amount equal to a unit's balance. Nothing is saved "
                "until you confirm, and a movement already imported is never imported again."
            ),
            self,
        )
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        column.addWidget(intro)
        form = QFormLayout()
        file_row = QHBoxLayout()
        self.file_edit = QLineEdit(self)
        self.file_edit.setObjectName("statementFile")
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("No file chosen"))
        self.choose_button = QPushButton(icon("file-spreadsheet"), self.tr("C&hoose file…"), self)
        self.choose_button.setToolTip(self.tr("Choose the statement (Ctrl+O)"))
        self.choose_button.clicked.connect(lambda _checked=False: self.choose.emit())
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        self.bank_account = QComboBox(self)
        self.bank_account.setObjectName("bankAccount")
        self.preset = QComboBox(self)
        self.preset.setObjectName("preset")
        self.preset.setMinimumWidth(280)
        file_label = QLabel(self.tr("Statement &file"), self)
        file_label.setBuddy(self.choose_button)
        form.addRow(file_label, file_row)
        for text, widget in (
            (self.tr("Bank &account"), self.bank_account),
            (self.tr("Bank &layout"), self.preset),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        for combo in (self.bank_account, self.preset):
            combo.setMaximumWidth(460)
        column.addLayout(form)
        column.addWidget(self._presets_box(), 1)

    def _presets_box(self) -> QGroupBox:
        """The layouts Kastor knows: built in, and saved by the office («Save as preset»)."""
        box = QGroupBox(self.tr("Bank layouts"), self)
        inside = QVBoxLayout(box)
        builtin, saved = self.tr("Built in"), self.tr("Saved by the office")
        self.presets_model: RowTableModel[Any] = RowTableModel(
            [
                Column(self.tr("Name"), lambda p: p.name),
                Column(self.tr("Kind"), lambda p: builtin if p.builtin else saved),
                Column(self.tr("Columns"), lambda p: p.columns),
            ],
            box,
        )
        self.presets_table = QTableView(box)
        self.presets_table.setObjectName("presetsTable")
        self.presets_table.setModel(self.presets_model)
        self.presets_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.presets_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.presets_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.presets_table.setAlternatingRowColors(True)
        self.presets_table.setWordWrap(False)
        self.presets_table.verticalHeader().setVisible(False)
        self.presets_table.horizontalHeader().setStretchLastSection(True)
        self.presets_table.setColumnWidth(0, 190)
        self.presets_table.setColumnWidth(1, 150)
        self.presets_table.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        self.presets_table.doubleClicked.connect(lambda _i: self._use_selected())
        inside.addWidget(self.presets_table, 1)
        row = QHBoxLayout()
        hint = QLabel(self.tr("Double-click a layout to use it."), box)
        hint.setObjectName("hint")
        row.addWidget(hint, 1)
        self.delete_button = QPushButton(icon("trash-2"), self.tr("&Delete layout"), box)
        self.delete_button.setEnabled(False)
        self.delete_button.clicked.connect(self._delete)
        row.addWidget(self.delete_button)
        inside.addLayout(row)
        return box

    def selected_preset(self) -> Any:
        rows = self.presets_table.selectionModel().selectedRows()
        return self.presets_model.row_at(rows[0].row()) if rows else None

    def _selected(self) -> None:
        preset = self.selected_preset()
        self.delete_button.setEnabled(preset is not None and not preset.builtin)

    def _use_selected(self) -> None:
        preset = self.selected_preset()
        if preset is not None:
            self.set_preset(preset.name)

    def _delete(self) -> None:
        preset = self.selected_preset()
        if preset is not None and not preset.builtin:
            self.delete_requested.emit(preset.name)

    def show_file(self, path: str) -> None:
        self.file_edit.setText(path)
        self.file_edit.setToolTip(path)

    def show_lists(self, banks: Sequence[Any], presets: Sequence[Any]) -> None:
        """The community's bank accounts and the office's presets; keeps what was chosen."""
        self.presets = list(presets)
        keep_bank, keep_preset = self.bank_account.currentData(), self.preset.currentData()
        self.bank_account.clear()
        self.bank_account.addItem(self.tr("(none)"), None)
        for bank in banks:
            self.bank_account.addItem(f"{bank.bank} {bank.number}", bank.id)
        default = next((b.id for b in banks if b.is_default), None)
        wanted = keep_bank if keep_bank is not None else default
        self.bank_account.setCurrentIndex(max(self.bank_account.findData(wanted), 0))
        self.preset.clear()
        self.preset.addItem(icon("search"), self.tr("Detect automatically"), None)
        for preset in self.presets:
            text = preset.name + (f" ({self.tr('built-in')})" if preset.builtin else "")
            self.preset.addItem(text, preset.name)
        self.set_preset(keep_preset)
        self.presets_model.set_rows(self.presets)
        self._selected()

    def set_preset(self, name: str | None) -> None:
        self.preset.setCurrentIndex(max(self.preset.findData(name), 0) if name else 0)

    def preset_name(self) -> str | None:
        data = self.preset.currentData()
        return str(data) if data is not None else None

    def preset_mapping(self, name: str | None) -> Any:
        return next((p.mapping for p in self.presets if p.name == name), None)

    def set_bank_account(self, account_id: int | None) -> None:
        self.bank_account.setCurrentIndex(max(self.bank_account.findData(account_id), 0))

    def bank_account_id(self) -> int | None:
        data = self.bank_account.currentData()
        return int(data) if data is not None else None
