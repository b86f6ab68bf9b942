"""Create or edit a fund: name, kind (the reserve fund, at most one, or another), and its opening
balance at a date, typed as offices write it («4.850.000»)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kastor_desktop.services.communities import CommunityRow
from kastor_desktop.services.funds import NAMES, RESERVE, FundDraft, FundRow
from kastor_desktop.ui.community.master_dialog import MasterDialog
from kastor_desktop.ui.context import UiContext

RESERVE_NAMES = {"CL": "Fondo común de reserva", "AR": "Fondo de reserva"}


class FundDialog(MasterDialog):
    service_name = "funds"

    def __init__(
        self,
        ctx: UiContext,
        community: CommunityRow,
        row: FundRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Edit fund") if row else self.tr("New fund")
        super().__init__(
            ctx, community, row, title, "database-backup", parent,
            self.tr("Fields marked * are required."),
        )  # fmt: skip
        self.name = self.text_field("name", self.tr("&Name *"), row.name if row else "")
        self.kind = self.combo_field(
            "kind",
            self.tr("&Kind"),
            [(self.tr("Reserve fund"), RESERVE), (self.tr("Other fund"), "other")],
            row.kind if row else "other",
            self.tr("A community has one reserve fund at most."),
        )
        self.opening_balance = self.amount_field(
            "opening_balance",
            self.tr("Opening &balance"),
            NAMES["opening_balance"],
            row.opening_balance if row else None,
            self.tr("What the fund held at the migration date, in %1.").replace(
                "%1", community.currency
            ),
        )
        self.opening_date = self.date_field(
            "opening_date",
            self.tr("Balance &date"),
            NAMES["opening_date"],
            row.opening_date if row else None,
        )
        self.finish()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.name.setFocus()

    def _kind_changed(self) -> None:
        """Choosing «Reserve fund» on an empty name suggests the usual one."""
        if self.kind.currentData() == RESERVE and not self.name.text().strip():
            self.name.setText(RESERVE_NAMES.get(self.community.country, RESERVE_NAMES["CL"]))

    def draft(self) -> FundDraft:
        return FundDraft(
            name=self.name.text(),
            kind=self.kind.currentData(),
            opening_balance=self.opening_balance.text(),
            opening_date=self.opening_date.text(),
        )
