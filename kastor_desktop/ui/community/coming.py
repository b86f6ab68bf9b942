"""An area of the community workspace whose issue has not landed yet: it says what is coming."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kastor_desktop.services.communities import CommunityRow
from kastor_desktop.services.context import Changes
from kastor_desktop.ui.context import UiContext
from kastor_desktop.ui.icons import icon


def descriptions() -> dict[str, tuple[str, str, str]]:
    return {
        "closing": (
            "receipt",
            QCoreApplication.translate("ComingArea", "Monthly closing"),
            QCoreApplication.translate(
                "ComingArea",
                "Expenses and income of the month, preview per unit, closing and the printed "
                "notices of charge.",
            ),
        ),
        "payments": (
            "wallet",
            QCoreApplication.translate("ComingArea", "Payments"),
            QCoreApplication.translate(
                "ComingArea",
                "Payments with numbered receipts and import of bank statements (cartolas).",
            ),
        ),
        "delinquency": (
            "triangle-alert",
            QCoreApplication.translate("ComingArea", "Delinquency"),
            QCoreApplication.translate(
                "ComingArea",
                "Aging of debt, collection log per unit, reminder letters and debt certificates.",
            ),
        ),
        "reservations": (
            "calendar-days",
            QCoreApplication.translate("ComingArea", "Reservations"),
            QCoreApplication.translate(
                "ComingArea",
                "Common spaces, schedules, fees and approvals, synchronised with the co-owner portal.",
            ),
        ),
        "announcements": (
            "megaphone",
            QCoreApplication.translate("ComingArea", "Announcements"),
            QCoreApplication.translate(
                "ComingArea",
                "Announcements to the whole community or chosen units, with attachments and case numbers.",
            ),
        ),
    }


class ComingArea(QWidget):
    def __init__(
        self, ctx: UiContext, community: CommunityRow, key: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.community = community
        icon_name, title, text = descriptions().get(key, ("info", key, ""))
        column = QVBoxLayout(self)
        column.setContentsMargins(40, 40, 40, 40)
        picture = QLabel(self)
        picture.setPixmap(icon(icon_name, "#95a5a6").pixmap(64, 64))
        column.addWidget(picture, 0, Qt.AlignmentFlag.AlignHCenter)
        heading = QLabel(f"<h2>{title}</h2>", self)
        column.addWidget(heading, 0, Qt.AlignmentFlag.AlignHCenter)
        body = QLabel(text, self)
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        body.setFixedWidth(560)
        column.addWidget(body, 0, Qt.AlignmentFlag.AlignHCenter)
        badge = QLabel(
            QCoreApplication.translate("ComingArea", "Coming in a next version of Kastor Desktop."),
            self,
        )
        badge.setObjectName("comingBadge")
        column.addWidget(badge, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(1)

    def refresh(self) -> None:
        pass

    def on_changes(self, changes: Changes) -> None:
        pass
