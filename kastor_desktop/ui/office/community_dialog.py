"""Create or edit a community: name, e-mail, phone, RUT and address required; code optional;
logo and signature images optional (JPG/JPEG, at most 2 MB)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kastor_desktop.domain.contact_info import format_phone, normalize_email, normalize_phone
from kastor_desktop.domain.country import PROFILES, profile
from kastor_desktop.domain.taxid import normalize_tax_id
from kastor_desktop.services.communities import CommunityDraft, CommunityRow
from kastor_desktop.ui.context import UiContext
from kastor_desktop.ui.forms import ValidatedForm
from kastor_desktop.ui.icons import icon
from kastor_desktop.ui.widgets.form_dialog import FormDialog
from kastor_desktop.ui.widgets.image_picker import ImagePicker


class CommunityDialog(FormDialog):
    def __init__(
        self, ctx: UiContext, community: CommunityRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.community = community
        self.setWindowTitle(self.tr("Edit community") if community else self.tr("Create community"))
        self.setWindowIcon(icon("building-2"))
        self.setMinimumWidth(560)
        column = QVBoxLayout(self)
        note = QLabel(self.tr("Fields marked * are required."), self)
        note.setObjectName("hint")
        column.addWidget(note)
        self.form = form = ValidatedForm(self)
        self.name = form.add_field("name", self.tr("&Name *"), QLineEdit(self))
        self.code = form.add_field(
            "code",
            self.tr("&Code"),
            QLineEdit(self),
            self.tr("Optional. Short code used by the kastor commands, e.g. ALERCES."),
        )
        self.country = QComboBox(self)
        for code, prof in PROFILES.items():
            self.country.addItem(prof.name, code)
        form.add_field("country", self.tr("C&ountry"), self.country)
        self.tax_id = form.add_field("tax_id", self.tr("&RUT *"), QLineEdit(self))
        self.email = form.add_field("email", self.tr("&E-mail *"), QLineEdit(self))
        self.phone = form.add_field(
            "phone", self.tr("&Phone *"), QLineEdit(self), self.tr("Example: +56 2 2345 6789")
        )
        self.address = form.add_field("address", self.tr("&Address *"), QLineEdit(self))
        image_hint = self.tr("JPG or JPEG, at most 2 MB; 600 x 600 px recommended.")
        self.logo = ImagePicker("logo", community.logo if community else None, self)
        form.add_field("logo", self.tr("&Logo"), self.logo, image_hint)
        self.signature = ImagePicker("signature", community.signature if community else None, self)
        form.add_field(
            "signature",
            self.tr("&Signature"),
            self.signature,
            self.tr("Printed on notices of charge and receipts. ") + image_hint,
        )
        self.logo.error.connect(lambda text: form.slots["logo"].show(text))
        self.signature.error.connect(lambda text: form.slots["signature"].show(text))
        for widget in (self.name, self.code, self.tax_id, self.email, self.phone, self.address):
            widget.setObjectName(next(k for k, s in form.slots.items() if s.widget is widget))
        column.addWidget(form)
        self.add_buttons(column)
        self.country.currentIndexChanged.connect(self._country_changed)
        self.tax_id.editingFinished.connect(self._check_tax_id)
        self.email.editingFinished.connect(
            lambda: self._live("email", lambda: normalize_email(self.email.text()))
        )
        self.phone.editingFinished.connect(
            lambda: self._live(
                "phone", lambda: normalize_phone(self.phone.text(), self._profile().phone_region)
            )
        )
        if community:
            self._fill(community)

    def _profile(self):  # type: ignore[no-untyped-def]
        return profile(self.country.currentData())

    def _fill(self, c: CommunityRow) -> None:
        self.name.setText(c.name)
        self.code.setText(c.code)
        self.country.setCurrentIndex(max(0, self.country.findData(c.country)))
        self.tax_id.setText(c.tax_id)
        self.email.setText(c.email)
        self.phone.setText(format_phone(c.phone))  # as the list shows it
        self.address.setText(c.address)

    def _country_changed(self) -> None:
        label = self.form.layout_.labelForField(self.form.slots["tax_id"].widget.parentWidget())
        if label is not None:
            label.setText(f"&{self._profile().tax_id_label} *")  # type: ignore[attr-defined]
        if self.tax_id.text().strip():
            self._check_tax_id()

    def _check_tax_id(self) -> None:
        if self.tax_id.text().strip():
            self._live(
                "tax_id",
                lambda: normalize_tax_id(self.tax_id.text(), self.country.currentData(), "tax_id"),
            )

    def _live(self, key: str, check) -> None:  # type: ignore[no-untyped-def]
        if self.form.slots[key].widget.text().strip():  # type: ignore[attr-defined]
            self.form.check_live(key, check)

    def draft(self) -> CommunityDraft:
        return CommunityDraft(
            name=self.name.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            tax_id=self.tax_id.text(),
            address=self.address.text(),
            code=self.code.text(),
            country=self.country.currentData(),
            logo_file=self.logo.new_file,
            signature_file=self.signature.new_file,
            remove_logo=self.logo.removed,
            remove_signature=self.signature.removed,
        )

    def save(self) -> None:
        draft = self.draft()
        services, actor = self.ctx.services, self.ctx.actor
        if self.community is None:
            job = lambda _p: services.communities.create(actor, draft)  # noqa: E731
        else:
            community_id = self.community.id
            job = lambda _p: services.communities.update(actor, community_id, draft)  # noqa: E731
        self.submit(job)

    @property
    def saved(self) -> CommunityRow | None:
        """The community as saved, once Save succeeded."""
        return self.outcome.value if self.outcome is not None else None
