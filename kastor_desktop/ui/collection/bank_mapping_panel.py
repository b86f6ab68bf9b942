"""Which column of a bank's statement holds what: the headers found in the file and the first
rows under them, one combo per role (date, description, reference, credits, debits, signed
amount, balance), what is still missing, and «Save as preset…» so the bank's layout is mapped
once."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kastor_desktop.imports.bank_statement import Mapping, Sniffed
from kastor_desktop.ui.icons import icon

RED = "#c0392b"
ROLES = ("date", "description", "reference", "credit", "debit", "amount", "balance")


class MappingPanel(QWidget):
    """``show_sniffed(sniffed, mapping)``; ``mapping()`` reads the combos. ``save_requested``
    carries the preset name and mapping (the page saves it through the service)."""

    changed = Signal()
    save_requested = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sniffed: Sniffed | None = None
        self.headers: list[str] = []
        self.rows: list[list[str]] = []
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        caption = QLabel(self.tr("The file's first rows, under the column names found:"), self)
        caption.setObjectName("caption")
        left.addWidget(caption)
        self.sample = QTableWidget(self)
        self.sample.setObjectName("sample")
        self.sample.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sample.setAlternatingRowColors(True)
        self.sample.setWordWrap(False)
        self.sample.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.sample.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sample.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sample.itemSelectionChanged.connect(self._update_header_button)
        self.sample.doubleClicked.connect(lambda _index: self.use_selected_as_headers())
        left.addWidget(self.sample, 1)
        names_row = QHBoxLayout()
        names_hint = QLabel(
            self.tr("Column names in another row? Select that row and use it."), self
        )
        names_hint.setObjectName("hint")
        names_hint.setWordWrap(True)
        self.header_button = QPushButton(icon("list"), self.tr("&Use row as column names"), self)
        self.header_button.clicked.connect(self.use_selected_as_headers)
        names_row.addWidget(names_hint, 1)
        names_row.addWidget(self.header_button)
        left.addLayout(names_row)
        row.addLayout(left, 3)
        row.addWidget(self._roles(), 2)

    def _roles(self) -> QGroupBox:
        box = QGroupBox(self.tr("Columns of this bank's statement"), self)
        column = QVBoxLayout(box)
        form = QFormLayout()
        labels = {
            "date": self.tr("&Date *"),
            "description": self.tr("D&escription *"),
            "reference": self.tr("Re&ference"),
            "credit": self.tr("&Credits (deposits)"),
            "debit": self.tr("Debi&ts (charges)"),
            "amount": self.tr("Si&gned amount"),
            "balance": self.tr("Ba&lance"),
        }
        self.combos: dict[str, QComboBox] = {}
        for role in ROLES:
            combo = QComboBox(box)
            combo.setObjectName(f"role_{role}")
            combo.currentIndexChanged.connect(lambda _i: self._changed())
            caption = QLabel(labels[role], box)
            caption.setBuddy(combo)
            form.addRow(caption, combo)
            self.combos[role] = combo
        column.addLayout(form)
        hint = QLabel(
            self.tr(
                "Choose either the credits column or a signed amount (credits positive). Only "
                "credits are imported."
            ),
            box,
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        column.addWidget(hint)
        self.problems = QLabel(box)
        self.problems.setObjectName("mappingProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(f"color: {RED};")
        column.addWidget(self.problems)
        column.addStretch(1)
        save_row = QHBoxLayout()
        self.preset_name = QLineEdit(box)
        self.preset_name.setObjectName("preset_name")
        self.preset_name.setPlaceholderText(self.tr("Preset name, e.g. Banco Estado"))
        self.save_button = QPushButton(icon("save"), self.tr("Save as &preset…"), box)
        self.save_button.clicked.connect(self._save)
        self.preset_name.returnPressed.connect(self._save)
        save_row.addWidget(self.preset_name, 1)
        save_row.addWidget(self.save_button)
        column.addLayout(save_row)
        return box

    # -- data -----------------------------------------------------------------------------
    def show_sniffed(self, sniffed: Sniffed, mapping: Mapping | None = None) -> None:
        self.sniffed = sniffed
        self.show_table(list(sniffed.headers), sniffed.sample, mapping or sniffed.guess)

    def show_table(
        self, headers: list[str], sample: list[list[str]], chosen: Mapping | None
    ) -> None:
        """The headers over the sample rows, and the combos listing the headers."""
        self.headers, self.rows = headers, sample
        self.sample.clear()
        self.sample.setColumnCount(len(headers))
        self.sample.setRowCount(len(sample))
        self.sample.setHorizontalHeaderLabels([h or "—" for h in headers])
        for r, values in enumerate(sample):
            for c, value in enumerate(values[: len(headers)]):
                self.sample.setItem(r, c, QTableWidgetItem(value))
        self.sample.resizeColumnsToContents()
        for c in range(self.sample.columnCount()):
            self.sample.setColumnWidth(c, min(max(self.sample.columnWidth(c), 70), 260))
        for role, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("— not in this file —"), "")
            for header in headers:
                if header.strip():
                    combo.addItem(header, header)
            wanted = getattr(chosen, role, "") if chosen else ""
            combo.setCurrentIndex(max(combo.findData(wanted), 0) if wanted else 0)
            combo.blockSignals(False)
        self._update_header_button()
        self._changed()

    def use_selected_as_headers(self) -> None:
        """The selected sample row holds the column names: the rows under it are the data."""
        selected = self.sample.selectionModel().selectedRows()
        if not selected:
            return
        row = selected[0].row()
        headers = list(self.rows[row])
        headers += [""] * (len(self.headers) - len(headers))
        self.show_table(headers, self.rows[row + 1 :], None)

    def _update_header_button(self) -> None:
        self.header_button.setEnabled(bool(self.sample.selectionModel().selectedRows()))

    def set_role(self, role: str, header: str) -> None:
        combo = self.combos[role]
        combo.setCurrentIndex(max(combo.findData(header), 0) if header else 0)

    def mapping(self) -> Mapping:
        value = {role: str(c.currentData() or "") for role, c in self.combos.items()}
        return Mapping(  # the header row is found by these names in every file
            value["date"], value["description"], value["credit"], value["debit"],
            value["amount"], value["reference"], value["balance"],
        )  # fmt: skip

    def problems_text(self) -> str:
        return self.problems.text()

    def is_usable(self) -> bool:
        return not self.mapping().problems()

    def _changed(self) -> None:
        found = self.mapping().problems()
        self.problems.setText("\n".join(found))
        self.problems.setVisible(bool(found))
        self.save_button.setEnabled(not found)
        self.changed.emit()

    def show_problem(self, text: str) -> None:
        self.problems.setText(text)
        self.problems.setVisible(bool(text))

    def _save(self) -> None:
        name = self.preset_name.text().strip()
        if not self.save_button.isEnabled():
            return
        if not name:
            self.preset_name.setFocus()
            self.show_problem(self.tr("Type a name for the preset."))
            return
        self.save_requested.emit(name, self.mapping())
