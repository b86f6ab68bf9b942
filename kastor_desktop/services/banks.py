"""The community's own bank accounts (Ley 21.442 art. 33), printed on notices with the payment
instructions. Exactly one is the default whenever any exist: the first one becomes the default,
making another the default clears the old one, and deleting the default hands it to the oldest
remaining account. A partial unique index in the database backs the rule."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update

from kastor_desktop.domain.units import BANK_ACCOUNT_TYPES, code_for
from kastor_desktop.services.community_records import (
    CommunityRecords,
    check_tax_id,
    load_community,
)
from kastor_desktop.services.context import Actor, Changes, Outcome
from kastor_desktop.services.unit_of_work import UnitOfWork
from kastor_desktop.services.validation import Checks
from kastor_desktop.store.models import Community
from kastor_desktop.store.models.master import BankAccount


@dataclass(frozen=True)
class BankAccountDraft:
    """``account_type`` takes the code (checking/sight/savings) or its Spanish words."""

    bank: str
    account_type: str
    number: str
    holder_tax_id: str


@dataclass(frozen=True)
class BankAccountRow:
    id: int
    bank: str
    account_type: str
    number: str
    holder_tax_id: str
    is_default: bool


FIELDS = tuple(BankAccountRow.__dataclass_fields__)[1:]
# How offices shorten the types: «cta. cte.», «corriente», «vista», «CuentaRUT», «ahorro».
_TYPE_WORDS = (("corriente", "checking"), ("cte", "checking"), ("vista", "sight"),
               ("rut", "sight"), ("ahorro", "savings"))  # fmt: skip


def account_type_code(value: str) -> str | None:
    """checking/sight/savings from the code, the Spanish words or a usual short form."""
    found = code_for(value or "", BANK_ACCOUNT_TYPES)
    if found is None:
        text = (value or "").casefold()
        found = next((code for word, code in _TYPE_WORDS if word in text), None)
    return found


class BankAccountService(CommunityRecords[BankAccount, BankAccountDraft, BankAccountRow]):
    model = BankAccount
    area = "banks"
    permission = "accounts.manage"
    entity = "bank_account"
    missing = "La cuenta bancaria ya no existe."

    def set_default(
        self, actor: Actor, community_id: int, account_id: int
    ) -> Outcome[BankAccountRow]:
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id, self.permission)
            account = self._load(uow, community, account_id)
            if account.is_default:
                return Outcome(self._row(account), Changes())
            before = self._snapshot(account)
            self._clear_default(uow, community)
            account.is_default = True
            uow.session.flush()
            self._audit(uow, community, "update", account, before, self._snapshot(account))
            uow.commit()
            return Outcome(self._row(account), self.changes())

    # -- rules ----------------------------------------------------------------------------
    def _created(self, uow: UnitOfWork, community: Community, record: BankAccount) -> None:
        if self._default_of(uow, community) is None:
            record.is_default = True
            uow.session.flush()

    def _deleted(self, uow: UnitOfWork, community: Community, record: BankAccount) -> None:
        if not record.is_default:
            return
        oldest = uow.session.scalars(
            select(BankAccount)
            .where(BankAccount.community_id == community.id)
            .order_by(BankAccount.id)
            .limit(1)
        ).first()
        if oldest is not None:
            before = self._snapshot(oldest)
            oldest.is_default = True
            uow.session.flush()
            self._audit(uow, community, "update", oldest, before, self._snapshot(oldest))

    def _default_of(self, uow: UnitOfWork, community: Community) -> BankAccount | None:
        query = select(BankAccount).where(
            BankAccount.community_id == community.id, BankAccount.is_default.is_(True)
        )
        return uow.session.scalars(query).first()

    def _clear_default(self, uow: UnitOfWork, community: Community) -> None:
        """Flushed on its own, before the new default is set, so the unique index holds."""
        uow.session.execute(
            update(BankAccount)
            .where(BankAccount.community_id == community.id, BankAccount.is_default.is_(True))
            .values(is_default=False)
            .execution_options(synchronize_session="fetch")
        )

    def _validate(
        self,
        uow: UnitOfWork,
        community: Community,
        draft: BankAccountDraft,
        current: BankAccount | None,
    ) -> dict[str, Any]:
        checks = Checks()
        account_type = account_type_code(draft.account_type)
        if account_type is None:
            checks.add(
                "account_type",
                f"Tipo de cuenta: «{draft.account_type}» no es cuenta corriente, "
                "cuenta vista ni cuenta de ahorro.",
            )
        values: dict[str, Any] = {
            "bank": checks.require("bank", draft.bank, "el banco", 100),
            "account_type": account_type,
            "number": " ".join(
                checks.require("number", draft.number, "el número de cuenta", 40).split()
            ),
            "holder_tax_id": check_tax_id(checks, draft.holder_tax_id, community, "holder_tax_id"),
        }
        number = values["number"]
        if number and not any(c.isdigit() for c in number):
            checks.add("number", f"Número de cuenta: «{number}» no tiene dígitos.")
        elif number and values["bank"]:
            clash = self._clash(uow, community, current, bank=values["bank"], number=number)
            if clash is not None:
                checks.add(
                    "number",
                    f"La cuenta {number} de {clash.bank} ya está registrada en esta comunidad.",
                )
        checks.done()
        return values

    def _snapshot(self, record: BankAccount) -> dict[str, Any]:
        return {field: getattr(record, field) for field in FIELDS}

    def _row(self, record: BankAccount) -> BankAccountRow:
        return BankAccountRow(record.id, **self._snapshot(record))

    def _order(self) -> tuple[Any, ...]:
        return (BankAccount.is_default.desc(), BankAccount.id)
