"""Create or edit an expense of the open month: date within the month, account, supplier,
document, description, amount («1.250.000»), how it is split among the units (and the field
that method needs), nature (the account's unless changed) and a scan of the document."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

from kastor_desktop.services.communities import CommunityRow
from kastor_desktop.services.expenses import ExpenseChoices, ExpenseDraft, ExpenseRow
from kastor_desktop.ui.closing.entry_dialog import EntryDialog, combo_value
from kastor_desktop.ui.context import UiContext
from kastor_desktop.ui.icons import icon


class AttachmentPicker(QWidget):
    """The scan of the document: the file chosen (or kept), Choose…, View and Remove."""

    def __init__(self, path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.path = QLineEdit(str(path) if path else "", self)
        self.path.setObjectName("attachment")
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(self.tr("No scan attached"))
        row.addWidget(self.path, 1)
        self.choose = QPushButton(icon("file-text"), self.tr("C&hoose…"), self)
        self.choose.clicked.connect(self.pick)
        self.view = QPushButton(icon("eye"), self.tr("&View"), self)
        self.view.clicked.connect(self.open)
        self.remove = QPushButton(icon("x"), "", self)
        self.remove.setToolTip(self.tr("Remove the scan"))
        self.remove.clicked.connect(lambda: self.set_path(""))
        for button in (self.choose, self.view, self.remove):
            row.addWidget(button)
        self.path.textChanged.connect(lambda _t: self._update())
        self._update()

    def text(self) -> str:
        return self.path.text().strip()

    def set_path(self, text: str) -> None:
        self.path.setText(text)
        self.path.setToolTip(text)

    def pick(self) -> None:
        start = str(Path(self.text()).parent) if self.text() else ""
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Scan of the document"),
            start,
            self.tr("Scans (*.pdf *.jpg *.jpeg *.png)"),
        )
        if chosen:
            self.set_path(chosen)

    def open(self) -> None:
        if self.text():
            QDesktopServices.openUrl(QUrl.fromLocalFile(self.text()))

    def _update(self) -> None:
        has = bool(self.text())
        self.view.setEnabled(has)
        self.remove.setEnabled(has)


class ExpenseDialog(EntryDialog):
    service_name = "expenses"

    def __init__(
        self,
        ctx: UiContext,
        community: CommunityRow,
        row: ExpenseRow | None,
        choices: ExpenseChoices,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Edit expense") if row else self.tr("New expense")
        intro = self.tr("Expense of %1, the open month. Fields marked * are required.").replace(
            "%1", choices.period_label
        )
        super().__init__(ctx, community, row, title, "scroll-text", parent, intro)
        self.setMinimumWidth(600)
        self.choices = choices
        draft = row.draft() if row else None
        self.spent_on = self.date_in_month(
            "spent_on",
            self.tr("&Date *"),
            (choices.year, choices.month),
            row.spent_on if row else None,
        )
        self.account = self.account_combo(choices, draft.account if draft else None)
        self.supplier = self.supplier_combo(
            choices,
            draft.supplier if draft else "",
            self.tr("Choose one or type its RUT or exact name; may stay empty."),
        )
        self.document_type = self.document_type_combo(choices, draft.document_type if draft else "")
        self.document_number = self.text_field(
            "document_number", self.tr("Document &number"), draft.document_number if draft else ""
        )
        self.description = self.text_field(
            "description",
            self.tr("D&escription *"),
            draft.description if draft else "",
            self.tr("What was paid; the notice shows it."),
        )
        self.amount = self.amount_field(
            "amount",
            self.tr("A&mount *"),
            "Monto",
            row.amount if row else None,
            self.tr("The document's total; with «Monto fijo por unidad», what each unit pays."),
        )
        current = {
            "method": draft.method if draft else "table",
            "table": draft.table if draft else "",
            "unit": draft.unit if draft else "",
            "units": draft.units if draft else "",
            "service": draft.service if draft else "",
        }
        self.add_split(
            choices.methods, choices.tables, choices.units, current, choices.services, True
        )
        self.nature = self.combo_field(
            "nature",
            self.tr("Natu&re"),
            [(label, code) for code, label in choices.natures],
            draft.nature if draft else self.natures.get(str(self.account.currentData())),
            self.tr("The account's unless you change it."),
        )
        self.attachment = AttachmentPicker(row.attachment if row else None, self)
        self.form.add_field(
            "attachment",
            self.tr("S&can"),
            self.attachment,
            self.tr("PDF, JPG or PNG of the document, up to 10 MB."),
        )
        self.finish()
        self.account.currentIndexChanged.connect(lambda _i: self._account_changed())
        self.description.setFocus()

    def _account_changed(self) -> None:
        """A new account brings its nature (ordinary or extraordinary)."""
        nature = self.natures.get(str(self.account.currentData()))
        if nature:
            self.select(self.nature, nature)

    def draft(self) -> ExpenseDraft:
        split = self.split_values()
        return ExpenseDraft(
            spent_on=self.spent_on.date().toPython(),  # type: ignore[arg-type]
            account=str(self.account.currentData() or ""),
            description=self.description.text(),
            amount=self.amount.text(),
            method=split["method"],
            table=split["table"],
            unit=split["unit"],
            units=split["units"],
            service=split["service"],
            nature=str(self.nature.currentData() or ""),
            supplier=combo_value(self.supplier),
            document_type=combo_value(self.document_type),
            document_number=self.document_number.text(),
            attachment=self.attachment.text() or None,
        )
