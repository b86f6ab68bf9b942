"""The community's summary: its data, contact, logo and signature, with an Edit button."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kastor_desktop.domain.contact_info import format_phone
from kastor_desktop.domain.country import profile
from kastor_desktop.services.communities import CommunityRow
from kastor_desktop.services.context import Changes
from kastor_desktop.ui.context import UiContext
from kastor_desktop.ui.icons import icon


class SummaryPage(QWidget):
    def __init__(
        self,
        ctx: UiContext,
        community: CommunityRow,
        key: str = "summary",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.community = community
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        top = QHBoxLayout()
        self.logo = QLabel(self)
        self.logo.setFixedSize(96, 96)
        self.logo.setObjectName("imagePreview")
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        top.addWidget(self.logo)
        self.heading = QLabel(self)
        self.heading.setObjectName("pageTitle")
        top.addWidget(self.heading, 1)
        self.edit_button = QPushButton(icon("pencil"), self.tr("E&dit community"), self)
        self.edit_button.clicked.connect(self.edit)
        top.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(top)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        self.grid.setHorizontalSpacing(24)
        self.values: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        rows = [
            ("code", self.tr("Code")),
            ("tax_id", self.tr("Tax id")),
            ("address", self.tr("Address")),
            ("email", self.tr("E-mail")),
            ("phone", self.tr("Phone")),
            ("country", self.tr("Country profile")),
            ("contact", self.tr("Office contact")),
        ]
        for number, (key_, label) in enumerate(rows):
            caption = QLabel(label, self)
            caption.setObjectName("caption")
            value = QLabel(self)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.grid.addWidget(caption, number, 0)
            self.grid.addWidget(value, number, 1)
            self.values[key_] = value
            self.captions[key_] = caption
        outer.addLayout(self.grid)
        sign_row = QHBoxLayout()
        caption = QLabel(self.tr("Signature on notices"), self)
        caption.setObjectName("caption")
        sign_row.addWidget(caption, 0, Qt.AlignmentFlag.AlignTop)
        self.signature = QLabel(self)
        self.signature.setObjectName("imagePreview")
        self.signature.setFixedSize(240, 96)
        self.signature.setAlignment(Qt.AlignmentFlag.AlignCenter)
        sign_row.addWidget(self.signature)
        sign_row.addStretch(1)
        outer.addLayout(sign_row)
        outer.addStretch(1)

    def refresh(self) -> None:
        c = self.community
        prof = profile(c.country)
        self.heading.setText(f"<h1>{escape(c.name)}</h1>")
        self.values["code"].setText(c.code)
        self.values["tax_id"].setText(c.tax_id)
        self.captions["tax_id"].setText(prof.tax_id_label)
        self.values["address"].setText(c.address)
        self.values["email"].setText(c.email)
        self.values["phone"].setText(format_phone(c.phone))
        self.values["country"].setText(f"{prof.name} ({prof.currency})")
        if c.contact_name:
            shown = (
                self.tr("shown on notices and e-mails") if c.contact_shown else self.tr("not shown")
            )
            self.values["contact"].setText(f"{c.contact_name} — {shown}")
        else:
            self.values["contact"].setText(self.tr("No contact associated"))
        self._picture(self.logo, c.logo, self.tr("No logo"))
        self._picture(self.signature, c.signature, self.tr("No signature"))
        self.edit_button.setEnabled(self.ctx.can("communities.edit", c.id))

    def _picture(self, label: QLabel, path, empty: str) -> None:  # type: ignore[no-untyped-def]
        pixmap = QPixmap(str(path)) if path else QPixmap()
        if pixmap.isNull():
            label.setPixmap(QPixmap())
            label.setText(empty)
        else:
            label.setPixmap(
                pixmap.scaled(
                    label.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )

    def edit(self) -> None:
        from kastor_desktop.ui.office.community_dialog import CommunityDialog

        CommunityDialog(self.ctx, self.community, self).exec()

    def on_changes(self, changes: Changes) -> None:
        pass  # the workspace reloads the community and calls refresh()
