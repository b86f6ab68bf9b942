"""Payments received from units: record, void, list, receipts.

A payment is a credit in the unit's account. It is never tied to a charge in the database:
allocation (oldest debt first, domain/ledger.py) is derived whenever it is needed, so voiding a
payment or reopening a month re-allocates the others without touching them. What a payment
settled *when it was received* is frozen in its receipt (``Payment.receipt``, JSON), so a
reprinted receipt is the same document.
"""

from __future__ import annotations

import builtins
import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, insert, select, text

from kastor_desktop.domain.ledger import settle
from kastor_desktop.domain.values import day, minor_units
from kastor_desktop.services.community_records import country_of, load_community
from kastor_desktop.services.context import Actor, Changes, Outcome
from kastor_desktop.services.errors import NotFound
from kastor_desktop.services.ledger import (
    METHOD_LABELS,
    collection_settings_for,
    find_unit,
    unit_entries,
)
from kastor_desktop.services.unit_of_work import ServiceContext, UnitOfWork
from kastor_desktop.services.validation import Checks
from kastor_desktop.store.models import Community
from kastor_desktop.store.models.closing import Payment
from kastor_desktop.store.models.journal import OutboxEvent
from kastor_desktop.store.models.master import BankAccount, Unit

METHODS = METHOD_LABELS  # code -> Spanish label
CHANGES = ("payments", "closing", "ledger", "delinquency")


@dataclass(frozen=True)
class PaymentRow:
    id: int
    unit_id: int
    unit_number: str
    paid_on: date
    amount: int
    method: str
    reference: str
    receipt_number: int
    counted: bool  # a notice already shows it
    voided: bool
    payer: str = ""
    bank_account_id: int | None = None
    imported: bool = False  # from a bank statement
    void_reason: str = ""

    @property
    def method_label(self) -> str:
        return METHODS.get(self.method, self.method)


@dataclass(frozen=True)
class NewPayment:
    """A validated payment ready to insert (the bank import builds these in bulk)."""

    unit_id: int
    paid_on: date
    amount: int
    method: str = "transfer"
    reference: str = ""
    payer: str = ""
    bank_account_id: int | None = None
    fingerprint: str | None = None


def next_receipt(uow: UnitOfWork, community_id: int) -> int:
    return (
        uow.session.scalar(
            select(func.max(Payment.receipt_number)).where(Payment.community_id == community_id)
        )
        or 0
    ) + 1


def insert_payments(
    uow: UnitOfWork,
    community: Community,
    payments: builtins.list[NewPayment],
    import_id: int | None = None,
) -> builtins.list[int]:
    """Insert ``payments`` with consecutive receipts, their outbox rows and frozen receipts.

    Core inserts in bulk (a 50,000-row statement commits in a fraction of a second). The caller
    checked the rows and writes the audit entry; nothing here commits. Returns the new ids.
    """
    if not payments:
        return []
    first = next_receipt(uow, community.id)
    now = uow.now
    user = uow.actor.username if uow.actor else "sistema"
    rows = [
        {
            "community_id": community.id,
            "unit_id": p.unit_id,
            "paid_on": p.paid_on,
            "amount": p.amount,
            "method": p.method,
            "reference": p.reference[:100],
            "receipt_number": first + i,
            "voided": False,
            "created_at": now,
            "created_by": user,
            "bank_account_id": p.bank_account_id,
            "payer": p.payer[:200],
            "fingerprint": p.fingerprint,
            "import_id": import_id,
            "receipt": "",
        }
        for i, p in enumerate(payments)
    ]
    uow.session.execute(insert(Payment), rows)
    ids = builtins.list(
        uow.session.scalars(
            select(Payment.id)
            .where(
                Payment.community_id == community.id,
                Payment.receipt_number >= first,
                Payment.receipt_number < first + len(rows),
            )
            .order_by(Payment.receipt_number)
        )
    )
    numbers = dict(
        uow.session.execute(
            select(Unit.id, Unit.number).where(
                Unit.id.in_({p.unit_id for p in payments})
                if len(payments) < 500
                else Unit.community_id == community.id
            )
        ).all()
    )
    uow.session.execute(
        insert(OutboxEvent),
        [
            {
                "uuid": _uuid(),
                "kind": "payment.recorded",
                "community_id": community.id,
                "payload": json.dumps(
                    {
                        "community": community.code,
                        "unit": numbers.get(r["unit_id"], ""),
                        "amount": r["amount"],
                        "paid_on": r["paid_on"].isoformat(),
                        "receipt": r["receipt_number"],
                        "method": r["method"],
                    },
                    ensure_ascii=False,
                    sort_keys=True,
                ),
                "created_at": now,
                "status": "pending",
                "attempts": 0,
            }
            for r in rows
        ],
    )
    by_unit: dict[int, builtins.list[int]] = defaultdict(builtins.list)
    for pid, p in zip(ids, payments, strict=True):
        by_unit[p.unit_id].append(pid)
    freeze_receipts(uow, community, by_unit)
    return ids


def _uuid() -> str:
    import uuid

    return str(uuid.uuid4())


def freeze_receipts(
    uow: UnitOfWork, community: Community, by_unit: dict[int, builtins.list[int]]
) -> None:
    """Store on each new payment what it settled, by the ledger as it stands now."""
    interest_first = collection_settings_for(uow, community).interest_first
    updates = []
    for unit_id, payment_ids in by_unit.items():
        entries = unit_entries(uow, community.id, unit_id)
        settlement = settle(entries.debits, entries.credits, interest_first)
        index = {c.ref: i for i, c in enumerate(entries.credits) if c.kind != "opening"}
        balance = sum(d.amount for d in entries.debits) - sum(c.amount for c in entries.credits)
        for pid in payment_ids:
            ci = index.get(pid)
            paid = [] if ci is None else settlement.paid_by(ci)
            data = {
                "applied": [
                    {
                        "label": entries.debits[a.debit].label,
                        "due": entries.debits[a.debit].due.isoformat(),
                        "amount": a.amount,
                    }
                    for a in paid
                ],
                "credit_left": settlement.unused[ci] if ci is not None else 0,
                "balance_after": balance,
            }
            updates.append({"i": pid, "r": json.dumps(data, ensure_ascii=False, sort_keys=True)})
    if updates:
        uow.session.execute(text("UPDATE payments SET receipt = :r WHERE id = :i"), updates)


@dataclass(frozen=True)
class Receipt:
    """Everything a printed receipt shows."""

    community_id: int
    community_name: str
    community_code: str
    community_tax_id: str
    community_address: str
    currency: str
    number: int
    unit_number: str
    owner_name: str
    owner_tax_id: str
    paid_on: date
    amount: int
    method: str
    method_label: str
    reference: str
    payer: str
    bank: str  # «Banco Estado, cuenta corriente 123» or ""
    applied: tuple[tuple[str, date, int], ...]  # label, due, amount
    credit_left: int
    balance_after: int  # positive: still owes; negative: credit
    voided: bool
    void_reason: str
    recorded_by: str


class PaymentService:
    area = "payments"

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def record(
        self,
        actor: Actor,
        community_id: int,
        unit_number: str,
        amount: int | str,
        paid_on: date | str,
        method: str = "transfer",
        reference: str = "",
        bank_account_id: int | None = None,
        payer: str = "",
    ) -> Outcome[PaymentRow]:
        """Record one payment (or a credit note: ``method="credit_note"``) with its receipt."""
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id, "payments.record")
            checks = Checks()
            unit = find_unit(uow, community, unit_number, checks)
            exponent = country_of(community).minor_exponent
            value = checks.run(minor_units, amount, exponent, "amount", "Monto")
            if value is not None and value <= 0:
                checks.add("amount", f"Monto: «{amount}» debe ser mayor que cero.")
            when = checks.run(day, paid_on, "paid_on", "Fecha")
            if when is None and "paid_on" not in checks.errors:
                checks.add("paid_on", "Indique la fecha del pago.")
            if method not in METHODS:
                checks.add(
                    "method",
                    f"Medio de pago: «{method}» no es uno de {', '.join(METHODS.values())}.",
                )
            if bank_account_id is not None:
                account = uow.session.get(BankAccount, bank_account_id)
                if account is None or account.community_id != community.id:
                    checks.add("bank_account", "Cuenta bancaria: no es de esta comunidad.")
            if len((reference or "").strip()) > 100:
                checks.add("reference", "Referencia: admite como máximo 100 caracteres.")
            checks.done()
            assert unit is not None and value is not None and when is not None
            (pid,) = insert_payments(
                uow,
                community,
                [
                    NewPayment(
                        unit.id,
                        when,
                        value,
                        method,
                        (reference or "").strip(),
                        (payer or "").strip(),
                        bank_account_id,
                    )
                ],
            )
            payment = uow.session.get(Payment, pid)
            assert payment is not None
            uow.audit(
                "payment.record",
                "payment",
                pid,
                None,
                {
                    "unit": unit.number,
                    "amount": value,
                    "paid_on": when,
                    "method": method,
                    "receipt": payment.receipt_number,
                },
                community.id,
                community.name,
            )
            uow.commit()
            return Outcome(self._row(payment, unit.number), Changes.of(*CHANGES))

    def void(
        self, actor: Actor, community_id: int, payment_id: int, reason: str
    ) -> Outcome[PaymentRow]:
        """Void a wrong payment (never deleted): it stops counting and the others re-allocate."""
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id, "payments.void")
            payment = uow.session.get(Payment, payment_id)
            if payment is None or payment.community_id != community.id:
                raise NotFound("El pago ya no existe en esta comunidad.")
            checks = Checks()
            why = checks.require("reason", reason, "el motivo de la anulación", 500)
            if payment.voided:
                checks.add("payment", f"El recibo N° {payment.receipt_number} ya está anulado.")
            checks.done()
            payment.voided = True
            payment.voided_at = uow.now
            payment.voided_by = actor.username
            payment.void_reason = why
            number = uow.session.get(Unit, payment.unit_id).number  # type: ignore[union-attr]
            uow.audit(
                "payment.void",
                "payment",
                payment.id,
                {"voided": False},
                {"voided": True, "reason": why, "receipt": payment.receipt_number},
                community.id,
                community.name,
            )
            uow.outbox(
                "payment.voided",
                {"community": community.code, "unit": number, "receipt": payment.receipt_number},
                community.id,
            )
            uow.commit()
            return Outcome(self._row(payment, number), Changes.of(*CHANGES))

    def list(
        self,
        actor: Actor,
        community_id: int,
        since: date | None = None,
        until: date | None = None,
        unit_number: str | None = None,
        include_voided: bool = True,
    ) -> builtins.list[PaymentRow]:
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id)
            query = (
                select(Payment, Unit.number)
                .join(Unit, Unit.id == Payment.unit_id)
                .where(Payment.community_id == community.id)
                .order_by(Payment.paid_on, Payment.id)
            )
            if since is not None:
                query = query.where(Payment.paid_on >= since)
            if until is not None:
                query = query.where(Payment.paid_on <= until)
            if unit_number:
                query = query.where(Unit.number == unit_number.strip())
            if not include_voided:
                query = query.where(Payment.voided.is_(False))
            return [self._row(p, number) for p, number in uow.session.execute(query).all()]

    def receipt(self, actor: Actor, community_id: int, payment_id: int) -> Receipt:
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id)
            return receipt_of(uow, community, payment_id)

    def receipt_by_number(self, actor: Actor, community_id: int, number: int) -> Receipt:
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id)
            pid = uow.session.scalar(
                select(Payment.id).where(
                    Payment.community_id == community.id, Payment.receipt_number == number
                )
            )
            if pid is None:
                raise NotFound(f"El recibo N° {number} no existe en {community.name}.")
            return receipt_of(uow, community, pid)

    def _row(self, payment: Payment, number: str) -> PaymentRow:
        return PaymentRow(
            payment.id,
            payment.unit_id,
            number,
            payment.paid_on,
            payment.amount,
            payment.method,
            payment.reference,
            payment.receipt_number,
            payment.closing_id is not None,
            payment.voided,
            payment.payer,
            payment.bank_account_id,
            payment.import_id is not None or payment.fingerprint is not None,
            payment.void_reason or "",
        )


def receipt_of(uow: UnitOfWork, community: Community, payment_id: int) -> Receipt:
    from kastor_desktop.domain.units import BANK_ACCOUNT_TYPES
    from kastor_desktop.store.models.master import Person

    payment = uow.session.get(Payment, payment_id)
    if payment is None or payment.community_id != community.id:
        raise NotFound("El pago ya no existe en esta comunidad.")
    unit = uow.session.get(Unit, payment.unit_id)
    assert unit is not None
    owner = uow.session.get(Person, unit.owner_id) if unit.owner_id else None
    data: dict[str, Any] = json.loads(payment.receipt) if payment.receipt else {}
    bank = ""
    if payment.bank_account_id:
        account = uow.session.get(BankAccount, payment.bank_account_id)
        if account is not None:
            kind = BANK_ACCOUNT_TYPES.get(account.account_type, "cuenta")
            bank = f"{account.bank}, {kind} {account.number}"
    return Receipt(
        community.id,
        community.name,
        community.code,
        community.tax_id or "",
        community.address or "",
        community.currency,
        payment.receipt_number,
        unit.number,
        owner.full_name if owner else "",
        owner.tax_id if owner else "",
        payment.paid_on,
        payment.amount,
        payment.method,
        METHODS.get(payment.method, payment.method),
        payment.reference,
        payment.payer,
        bank,
        tuple(
            (a["label"], date.fromisoformat(a["due"]), int(a["amount"]))
            for a in data.get("applied", [])
        ),
        int(data.get("credit_left", 0)),
        int(data.get("balance_after", 0)),
        payment.voided,
        payment.void_reason or "",
        payment.created_by,
    )
