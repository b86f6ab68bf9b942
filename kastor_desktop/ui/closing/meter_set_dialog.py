"""Configure a metered service for the open month: the account its consumption is charged
through and the price per m³ (or no price: the readings only split an expense «por consumo»),
the main meter's readings, the meters' digits (a reading past 99…9 rolls over) and the nature."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from kastor_desktop.imports.expenses import NATURES
from kastor_desktop.services.communities import CommunityRow
from kastor_desktop.services.context import Outcome
from kastor_desktop.services.meter_values import SERVICES, MeterSetDraft
from kastor_desktop.services.periods import PeriodRow
from kastor_desktop.ui.closing.entry_dialog import EntryDialog
from kastor_desktop.ui.closing.meter_grid import reading_text
from kastor_desktop.ui.context import UiContext


def shown(value: object) -> str:
    return reading_text(value) if isinstance(value, int) else str(value or "")


class MeterSetDialog(EntryDialog):
    def __init__(
        self,
        ctx: UiContext,
        community: CommunityRow,
        draft: MeterSetDraft,
        period: PeriodRow,
        accounts: Sequence[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        label = SERVICES.get(draft.service, draft.service)
        title = self.tr("Meter: %1").replace("%1", label)
        intro = self.tr("%1 in %2. Without a price the readings only split an expense «Por "
                        "consumo».").replace("%1", label).replace("%2", period.label)  # fmt: skip
        super().__init__(ctx, community, None, title, "gauge", parent, intro)
        self.service_code, self.period = draft.service, period
        self.account = self.combo_field(
            "account",
            self.tr("&Account"),
            [(self.tr("(none)"), ""), *((f"{c} {n}", c) for c, n in accounts)],
            draft.account or "",
            self.tr("The account the consumption is charged through; needed with a price."),
        )
        self.price = self._number(
            "price", self.tr("&Price per m³"), str(draft.price or ""), self.tr("In pesos, up to 6 decimals, e.g. 1.234,5678.")
        )  # fmt: skip
        self.main_previous = self._number(
            "main_previous", self.tr("Main meter, p&revious"), shown(draft.main_previous)
        )
        self.main_current = self._number(
            "main_current",
            self.tr("Main meter, c&urrent"),
            shown(draft.main_current),
            self.tr("A main meter reading more than the units together spreads the difference."),
        )
        self.digits = self._number(
            "digits",
            self.tr("&Digits of the meters"),
            shown(draft.digits),
            self.tr("E.g. 5 for a meter up to 99.999; empty if it never rolls over."),
        )
        self.digits.setMaximumWidth(120)
        self.nature = self.combo_field(
            "nature",
            self.tr("Natu&re"),
            [(text, code) for code, text in NATURES.items()],
            draft.nature or "ordinary",
        )
        self.finish()
        self.price.setFocus()

    def _number(self, key: str, label: str, value: str, hint: str = "") -> QLineEdit:
        edit = self.text_field(key, label, value, hint)
        edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        edit.setMaximumWidth(200)
        return edit

    def draft(self) -> MeterSetDraft:
        return MeterSetDraft(
            self.service_code,
            str(self.account.currentData() or ""),
            self.price.text().strip(),
            self.main_previous.text().strip(),
            self.main_current.text().strip(),
            self.digits.text().strip(),
            str(self.nature.currentData() or ""),
        )

    def call(self) -> Callable[[], Outcome[Any]]:
        draft, service = self.draft(), self.ctx.services.meters
        actor, cid, period = self.ctx.actor, self.community.id, self.period.id
        return lambda: service.save_set(actor, cid, draft, period)
