"""The last step of a bank-statement import: what was recorded (payments, skipped rows,
duplicates left out, the total and the receipts' numbers)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from kastor_desktop.domain.money import format_amount

STYLE = (
    "QLabel#doneSummary { background: #e9f7ef; border: 1px solid #a9dfbf; "
    "border-radius: 6px; padding: 12px 16px; color: #1f2d3d; }"
)


class DoneStep(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("doneSummary")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setStyleSheet(STYLE)

    def show_result(self, file_name: str, result: Any, exponent: int) -> None:
        """``result``: the service's ImportResult."""
        lines = [
            self.tr("%n payment(s) imported", "", result.imported),
            self.tr("%n row(s) skipped", "", result.skipped),
            self.tr("%n duplicate(s) not imported", "", result.duplicates),
            self.tr("Total: %1").replace("%1", format_amount(result.total, exponent)),
        ]
        if result.first_receipt is not None:
            lines.append(
                self.tr("Receipts No. %1 to %2")
                .replace("%1", str(result.first_receipt))
                .replace("%2", str(result.last_receipt))
            )
        heading = self.tr("«%1» imported.").replace("%1", file_name)
        self.setText(
            f"<h3>{heading}</h3><ul>" + "".join(f"<li>{line}</li>" for line in lines) + "</ul>"
        )
