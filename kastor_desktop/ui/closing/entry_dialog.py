"""What the forms of the month's entries add to the master-data dialog: a date picked within
the open month (dd-mm-aaaa), combos that also take typed text (a supplier by RUT or name),
rows shown only for the split method that uses them, and the split fields an expense and a
recurring expense share."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QDateEdit, QLineEdit, QSizePolicy, QWidget

from kastor_desktop.services.periods import PeriodRow
from kastor_desktop.ui.community.master_dialog import MasterDialog

DATE_DISPLAY = "dd-MM-yyyy"


def month_bounds(year: int, month: int) -> tuple[date, date]:
    first = date(year, month, 1)
    following = date(year + month // 12, month % 12 + 1, 1)
    return first, date.fromordinal(following.toordinal() - 1)


def clamp(value: date, low: date, high: date) -> date:
    return min(max(value, low), high)


def combo_value(combo: QComboBox) -> str:
    """An editable combo's value: the chosen item's data, or the text as typed."""
    text = combo.currentText().strip()
    index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
    if index >= 0:
        data = combo.itemData(index)
        return str(data) if data is not None else text
    return text


class EntryDialog(MasterDialog):
    """Subclasses use the helpers below; the rest is MasterDialog's (``draft()``, save)."""

    def date_in_month(
        self, key: str, label: str, period: PeriodRow | tuple[int, int], value: date | None
    ) -> QDateEdit:
        """A date of the open month only: the picker does not leave it."""
        year, month = (period.year, period.month) if isinstance(period, PeriodRow) else period
        low, high = month_bounds(year, month)
        edit = self.date_edit(key, label, value or clamp(date.today(), low, high))
        edit.setDateRange(QDate(low), QDate(high))
        return edit

    def date_edit(self, key: str, label: str, value: date | None, hint: str = "") -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(key)
        edit.setDisplayFormat(DATE_DISPLAY)
        edit.setCalendarPopup(True)
        edit.setDate(QDate(value or date.today()))
        edit.setMaximumWidth(160)
        self.form.add_field(key, label, edit, hint)
        return edit

    # the fields expenses and recurring expenses share (choices: services.expenses.choices)
    def account_combo(self, choices: object, current: str | None) -> QComboBox:
        accounts = choices.accounts
        self.natures = {code: nature for code, _name, nature in accounts}
        return self.combo_field(
            "account",
            QCoreApplication.translate("EntryDialog", "&Account *"),
            [(f"{code} {name}", code) for code, name, _n in accounts],
            current,
        )

    def supplier_combo(self, choices: object, current: str, hint: str = "") -> QComboBox:
        suppliers = choices.suppliers
        return self.typed_combo(
            "supplier",
            QCoreApplication.translate("EntryDialog", "Su&pplier"),
            [(f"{name} ({tax_id})", tax_id) for tax_id, name in suppliers],
            current,
            hint,
        )

    def document_type_combo(self, choices: object, current: str) -> QComboBox:
        kinds = choices.document_types
        return self.typed_combo(
            "document_type",
            QCoreApplication.translate("EntryDialog", "Document &type"),
            [(kind, kind) for kind in kinds],
            current,
        )

    def typed_combo(
        self,
        key: str,
        label: str,
        items: Sequence[tuple[str, object]],
        current: str = "",
        hint: str = "",
    ) -> QComboBox:
        """A combo listing ``items`` (text, value) that also takes what the user types; the
        completer finds an item by any part of its text."""
        combo = QComboBox(self)
        combo.setObjectName(key)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        combo.addItem("", "")
        for text, data in items:
            combo.addItem(text, data)
        completer = combo.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.select(combo, current)
        self.form.add_field(key, label, combo, hint)
        return combo

    @staticmethod
    def select(combo: QComboBox, value: str) -> None:
        """Choose the item whose value or text is ``value``; an editable combo keeps the text."""
        index = combo.findData(value) if value else 0
        if index < 0:
            index = combo.findText(value, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            combo.setCurrentIndex(index)
        elif combo.isEditable():
            combo.setEditText(value)

    def show_row(self, widget: QWidget, visible: bool) -> None:
        """Show or hide a field's whole row (caption, widget, hint and message)."""
        box = widget.parentWidget()
        if box is not None:
            self.form.layout_.setRowVisible(box, visible)

    def refit(self) -> None:
        """After rows were shown or hidden: take the height the form needs now."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
        if self.isVisible():
            self.resize(self.width(), self.sizeHint().height())

    # -- how an expense is split ----------------------------------------------------------
    def add_split(
        self,
        methods: Sequence[tuple[str, str]],
        tables: Sequence[str],
        units: Sequence[str],
        current: dict[str, str],
        services: Sequence[tuple[str, str]] = (),
        subsets: bool = False,
    ) -> None:
        """The method combo and the one field each method needs (a table, a unit, a subset
        of units, a metered service); only the chosen method's field is shown and sent.
        ``methods`` and ``services`` are (code, Spanish label) pairs."""
        self.method = self.combo_field(
            "method",
            self.tr("Pro&rating *"),
            [(label, code) for code, label in methods],
            current.get("method") or "table",
        )
        self.table = self.combo_field(
            "table",
            self.tr("Share &table"),
            [(name, name) for name in tables],
            current.get("table") or None,
        )
        self.unit = self.typed_combo(
            "unit", self.tr("&Unit charged"), [(n, n) for n in units], current.get("unit", "")
        )
        self.units: QLineEdit | None = None
        if subsets:
            self.units = self.text_field(
                "units",
                self.tr("Unit&s"),
                current.get("units", ""),
                self.tr("Unit numbers separated by commas, e.g. A-101, A-102. Empty: every unit."),
            )
        self.service: QComboBox | None = None
        if services:
            self.service = self.combo_field(
                "service",
                self.tr("Metered ser&vice"),
                [(label, code) for code, label in services],
                current.get("service") or None,
                self.tr("The month's readings of this meter split the expense."),
            )
        self.method.currentIndexChanged.connect(lambda _i: self._method_changed())
        self._method_changed(fit=False)

    def _method_changed(self, fit: bool = True) -> None:
        method = self.method.currentData()
        self.show_row(self.table, method == "table")
        self.show_row(self.unit, method == "unit")
        if self.units is not None:
            self.show_row(self.units, method in ("equal", "fixed"))
        if self.service is not None:
            self.show_row(self.service, method == "consumption")
        if fit:
            self.refit()

    def split_values(self) -> dict[str, str]:
        """The split as the service's draft takes it: only the chosen method's field."""
        method = str(self.method.currentData())
        return {
            "method": method,
            "table": str(self.table.currentData() or "") if method == "table" else "",
            "unit": combo_value(self.unit) if method == "unit" else "",
            "units": self.units.text() if self.units and method in ("equal", "fixed") else "",
            "service": str(self.service.currentData() or "")
            if self.service and method == "consumption"
            else "",
        }
