"""The community's owners and residents with the units they own or live in: search, New,
Edit (Enter), export. People are office-wide; this list holds those linked to the community."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QWidget

from kastor_desktop.domain.country import profile
from kastor_desktop.services.communities import CommunityRow
from kastor_desktop.services.people import PersonRow
from kastor_desktop.ui.community.master_page import MasterPage
from kastor_desktop.ui.community.person_dialog import PersonDialog, phones_text
from kastor_desktop.ui.context import UiContext
from kastor_desktop.ui.icons import icon
from kastor_desktop.ui.table_model import Column


class PeoplePage(MasterPage):
    areas = ("people", "units")
    service_name = "people"
    permission = "units.manage"

    def __init__(
        self,
        ctx: UiContext,
        community: CommunityRow,
        key: str = "people",
        parent: QWidget | None = None,
    ) -> None:
        person = icon("user")
        labels = {
            "email": self.tr("E-mail"),
            "paper": self.tr("Paper"),
            "both": self.tr("E-mail and paper"),
        }
        columns: list[Column[PersonRow]] = [
            Column(self.tr("Name"), lambda p: p.full_name, icon=lambda p: person),
            Column(profile(community.country).tax_id_label, lambda p: p.tax_id, natural=True),
            Column(
                self.tr("Owner of"),
                lambda p: ", ".join(p.owns),
                key=lambda p: (len(p.owns) == 0, p.owns and p.owns[0]),
            ),
            Column(self.tr("Resident of"), lambda p: ", ".join(p.resides)),
            Column(self.tr("E-mails"), lambda p: p.emails),
            Column(self.tr("Phones"), lambda p: phones_text(p.phones)),
            Column(self.tr("Notices"), lambda p: labels.get(p.notice_preference, "")),
            Column(self.tr("Postal address"), lambda p: p.postal_address),
        ]
        self.export_name = self.tr("owners-and-residents.xlsx")
        super().__init__(ctx, community, key, self.tr("Owners and residents"), columns, parent)
        self.model.search = lambda p: " ".join(
            (p.full_name, p.tax_id, p.tax_id.replace(".", ""), *p.units, p.emails, p.phones)
        )  # RUTs are found with or without dots
        self.search.setToolTip(
            self.tr("Search by name, %1, unit, e-mail or phone").replace(
                "%1", profile(community.country).tax_id_label
            )
        )
        if self.can_write:
            self.new_button = self.add_button(
                self.tr("&New person"), "plus", self.add_new, "Ctrl+N"
            )
            self.edit_button = self.add_button(
                self.tr("&Edit"), "pencil", self.edit, None, needs_row=True
            )
            self.edit_button.setToolTip(self.tr("Edit the selected row (Enter)"))
        self.add_export()
        self.set_empty_hint(
            self.tr(
                "Nobody yet. Owners and residents appear here once they are assigned to a unit "
                "(in «Units», or by importing a spreadsheet)."
            )
        )
        for column, width in enumerate((230, 110, 130, 110, 230, 160, 110)):
            self.table.setColumnWidth(column, width)

    def load(self) -> Sequence[PersonRow]:
        return self.ctx.services.people.list(self.ctx.actor, self.community.id)

    def dialog(self, row: PersonRow | None) -> QDialog:
        return PersonDialog(self.ctx, self.community, row, self)

    def add_new(self) -> None:
        if not self.can_write:
            return
        dialog = self.dialog(None)
        if dialog.exec() and getattr(dialog, "outcome", None) is not None:
            person = dialog.outcome.value  # type: ignore[attr-defined]
            if not self.select_where(lambda r: r.id == person.id):
                self.status(
                    self.tr(
                        "%1 was saved. Assign them to a unit (owner or resident) to list them here."
                    ).replace("%1", person.full_name)
                )

    def delete_question(self, row: PersonRow) -> str:  # people are not deleted from here
        return ""
