"""The reviewed statement as a table: one credit row per line with its status (matched,
ambiguous, unmatched, duplicate), the unit it will be recorded for and why. The unit cell is
edited with a combo that lists the row's candidates first, then every unit, and «Skip»; the
choices are kept here and handed to ``BankImportService.confirm``. A status filter (the tabs)
works in the model, as the search does."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from kastor_desktop.domain.money import format_amount
from kastor_desktop.ui.community.master_dialog import show_date
from kastor_desktop.ui.icons import icon
from kastor_desktop.ui.table_model import Column, Index, RowTableModel

translate = QCoreApplication.translate
STATUSES = ("matched", "ambiguous", "unmatched", "duplicate")
COLOURS = {"matched": "#1e8449", "ambiguous": "#b9770e", "unmatched": "#c0392b"}
GREY = QColor("#95a5a6")
ROW, DATE, DESCRIPTION, REFERENCE, AMOUNT, STATUS, UNIT, REASON = range(8)
SKIP = -1  # the combo's data for «Skip»


@dataclass(frozen=True)
class UnitChoice:
    id: int
    number: str
    owner: str

    @property
    def label(self) -> str:
        return f"{self.number} — {self.owner}" if self.owner else self.number


def status_label(status: str) -> str:
    return {
        "matched": translate("BankReview", "Matched"),
        "ambiguous": translate("BankReview", "Ambiguous"),
        "unmatched": translate("BankReview", "Unmatched"),
        "duplicate": translate("BankReview", "Duplicate"),
    }.get(status, status)


class ReviewModel(RowTableModel[Any]):
    """Rows are the service's ``ReviewRow``; ``choices`` maps a row number to the unit id it
    will be recorded for (None: skipped). Duplicates are never imported nor editable."""

    def __init__(self, parent: Any = None) -> None:
        self.exponent = 0
        self.units: dict[int, UnitChoice] = {}
        self.choices: dict[int, int | None] = {}
        self.status_filter = ""
        self._icons: dict[str, QIcon] = {}
        columns: list[Column[Any]] = [
            Column(translate("BankReview", "Row"), lambda r: str(r.row), key=lambda r: r.row,
                   align_right=True),
            Column(translate("BankReview", "Date"), lambda r: show_date(r.on),
                   key=lambda r: (r.on, r.row)),
            Column(translate("BankReview", "Description"), lambda r: r.description),
            Column(translate("BankReview", "Reference"), lambda r: r.reference),
            Column(translate("BankReview", "Amount"),
                   lambda r: format_amount(r.amount, self.exponent),
                   key=lambda r: (r.amount, r.row), align_right=True),
            Column(translate("BankReview", "Status"), lambda r: status_label(r.status),
                   key=lambda r: (STATUSES.index(r.status) if r.status in STATUSES else 9, r.row),
                   icon=self.status_icon),
            Column(translate("BankReview", "Unit"), self.unit_text,
                   key=lambda r: self.unit_text(r) or "\uffff"),
            Column(translate("BankReview", "Reason"), self.reason_text),
        ]  # fmt: skip
        super().__init__(columns, parent)

    # -- data in --------------------------------------------------------------------------
    def set_review(self, rows: Sequence[Any], units: Sequence[UnitChoice], exponent: int) -> None:
        self.exponent = exponent
        self.units = {u.id: u for u in units}
        self.choices = {r.row: r.unit_id for r in rows if r.status != "duplicate"}
        self.set_rows(list(rows))

    def set_status_filter(self, status: str) -> None:
        """ "" shows every row; otherwise only rows of that status."""
        self.layoutAboutToBeChanged.emit()
        self.status_filter = status
        self._apply()
        self.layoutChanged.emit()

    def _apply(self) -> None:
        super()._apply()
        if self.status_filter:
            rows, wanted = self._all, self.status_filter
            self._visible = [i for i in self._visible if rows[i].status == wanted]

    def choose(self, row_number: int, unit_id: int | None) -> None:
        """Record the unit for a statement row (None: skip it); refreshes its cells."""
        if row_number not in self.choices:
            return
        self.choices[row_number] = unit_id
        self._keys.pop(UNIT, None)
        self._haystack = None
        for position, row in enumerate(self.rows()):
            if row.row == row_number:
                self.dataChanged.emit(self.index(position, STATUS), self.index(position, UNIT))
                break

    # -- cells ----------------------------------------------------------------------------
    def unit_text(self, row: Any) -> str:
        if row.status == "duplicate":
            return ""
        chosen = self.choices.get(row.row)
        if chosen is None:
            return translate("BankReview", "— skip —")
        unit = self.units.get(chosen)
        if unit is not None:
            return unit.label
        candidate = next((c for c in row.candidates if c.unit_id == chosen), None)
        return candidate.unit_number if candidate else str(chosen)

    def reason_text(self, row: Any) -> str:
        if row.status == "duplicate":
            return translate("BankReview", "Already imported: the same bank movement is recorded")
        if row.status == "matched":
            match = next((c for c in row.candidates if c.unit_id == row.unit_id), None)
            return match.reason if match else ""
        if row.status == "ambiguous":
            return "; ".join(f"{c.unit_number}: {c.reason}" for c in row.candidates)
        if row.candidates:
            return "; ".join(f"{c.unit_number}: {c.reason}" for c in row.candidates)
        return translate("BankReview", "No RUT, unit number or amount due identifies a unit")

    def status_icon(self, row: Any) -> QIcon | None:
        if row.status == "duplicate":
            return None
        chosen = self.choices.get(row.row)
        name, colour = (
            ("check", COLOURS["matched"]) if chosen is not None else ("x", COLOURS["unmatched"])
        )
        if row.status == "ambiguous" and chosen is None:
            name, colour = "triangle-alert", COLOURS["ambiguous"]
        key = f"{name}{colour}"
        if key not in self._icons:
            self._icons[key] = icon(name, colour)
        return self._icons[key]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        row = self.row_at(index.row())
        if index.column() == UNIT and row is not None and row.status != "duplicate":
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.status == "duplicate":
                return QBrush(GREY)
            if index.column() == UNIT and self.choices.get(row.row) is None:
                return QBrush(GREY)
            return None
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (DESCRIPTION, REASON):
            return self.columns[index.column()].text(row)
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and index.column() == UNIT
            and row.status != "duplicate"
        ):
            return translate("BankReview", "Double-click or press F2 to choose the unit")
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        row = self.row_at(index.row())
        if row is None or index.column() != UNIT or role != Qt.ItemDataRole.EditRole:
            return False
        self.choose(row.row, None if value in (None, SKIP) else int(value))
        return True

    # -- totals ---------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        found = dict.fromkeys(STATUSES, 0)
        for row in self._all:
            found[row.status] = found.get(row.status, 0) + 1
        return found

    def to_import(self) -> list[Any]:
        return [r for r in self._all if r.status != "duplicate" and self.choices.get(r.row)]

    def choices_for_confirm(self) -> dict[int, int | None]:
        return dict(self.choices)


class UnitDelegate(QStyledItemDelegate):
    """The unit cell's editor: «Skip», the row's candidates (with why), then every unit;
    typing finds a unit by number or owner."""

    def __init__(self, model: ReviewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review = model

    def createEditor(  # noqa: N802
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.view().setMinimumWidth(480)  # a candidate's reason names the RUT it found
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = combo.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        row = self.review.row_at(index.row())
        combo.addItem(translate("BankReview", "— skip —"), SKIP)
        listed: set[int] = set()
        for candidate in row.candidates if row is not None else ():
            unit = self.review.units.get(candidate.unit_id)
            label = unit.label if unit else candidate.unit_number
            combo.addItem(f"★ {label} ({candidate.reason})", candidate.unit_id)
            listed.add(candidate.unit_id)
        if listed:
            combo.insertSeparator(combo.count())
        for unit in self.review.units.values():
            if unit.id not in listed:
                combo.addItem(unit.label, unit.id)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        row = self.review.row_at(index.row())
        chosen = self.review.choices.get(row.row) if row is not None else None
        position = editor.findData(SKIP if chosen is None else chosen)
        editor.setCurrentIndex(max(position, 0))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        text = editor.currentText().strip()
        position = editor.findText(text, Qt.MatchFlag.MatchFixedString)
        if position < 0:  # typed: a unit number as it is
            position = next(
                (
                    i
                    for i in range(editor.count())
                    if str(editor.itemText(i)).split(" — ")[0] == text
                ),
                editor.currentIndex(),
            )
        model.setData(index, editor.itemData(position), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(  # noqa: N802
        self,
        editor: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        rect = option.rect
        editor.setGeometry(rect.x(), rect.y(), max(rect.width(), 260), rect.height())
