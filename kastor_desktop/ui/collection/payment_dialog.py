"""Record a payment received from a unit: the unit (typed or picked, by number or owner), the
date (dd-mm-aaaa), the amount as offices write it («1.250.000»), how it was paid, a reference,
the community's bank account it reached and who paid it. The service allocates it to the oldest
debt and numbers its receipt; its messages show beside the fields."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtWidgets import QWidget

from kastor_desktop.services.banks import BankAccountRow
from kastor_desktop.services.communities import CommunityRow
from kastor_desktop.services.context import Outcome
from kastor_desktop.services.payments import METHODS
from kastor_desktop.ui.closing.entry_dialog import EntryDialog, combo_value
from kastor_desktop.ui.context import UiContext


class PaymentDialog(EntryDialog):
    """``units``: (number, owner name) in the order to list them; ``banks``: the community's
    bank accounts (the default one is chosen)."""

    def __init__(
        self,
        ctx: UiContext,
        community: CommunityRow,
        units: Sequence[tuple[str, str]],
        banks: Sequence[BankAccountRow],
        today: date,
        unit_number: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            ctx,
            community,
            None,
            self.tr("Record payment"),
            "wallet",
            parent,
            self.tr(
                "The payment settles the unit's oldest debt first; what is left stays as credit. "
                "Fields marked * are required."
            ),
        )
        self.unit = self.typed_combo(
            "unit",
            self.tr("&Unit *"),
            [(f"{number} — {owner}" if owner else number, number) for number, owner in units],
            unit_number,
            self.tr("Type the number or part of the owner's name."),
        )
        self.paid_on = self.date_edit("paid_on", self.tr("&Date *"), today)
        self.amount = self.amount_field("amount", self.tr("A&mount *"), "Monto")
        self.method = self.combo_field(
            "method",
            self.tr("Me&thod *"),
            [(label, code) for code, label in METHODS.items()],
            "transfer",
        )
        self.reference = self.text_field(
            "reference",
            self.tr("Re&ference"),
            "",
            self.tr("Transfer number, cheque number or deposit slip."),
        )
        default = next((b.id for b in banks if b.is_default), None)
        self.bank_account = self.combo_field(
            "bank_account",
            self.tr("&Bank account"),
            [(self.tr("(none)"), None)] + [(f"{b.bank} {b.number}", b.id) for b in banks],
            default,
            self.tr("The community's account the money reached."),
        )
        self.payer = self.text_field(
            "payer",
            self.tr("&Paid by"),
            "",
            self.tr("Name or RUT of whoever paid, if not the owner."),
        )
        self.finish(self.tr("&Record"))
        self.unit.setFocus()

    def unit_number(self) -> str:
        return combo_value(self.unit)

    def call(self) -> Callable[[], Outcome[Any]]:
        service, actor, cid = self.ctx.services.payments, self.ctx.actor, self.community.id
        unit, amount = self.unit_number(), self.amount.text()
        paid_on: date = self.paid_on.date().toPython()  # type: ignore[assignment]
        method = str(self.method.currentData())
        reference, payer = self.reference.text(), self.payer.text()
        bank = self.bank_account.currentData()
        bank_id = int(bank) if bank is not None else None
        return lambda: service.record(
            actor, cid, unit, amount, paid_on, method, reference, bank_id, payer
        )
