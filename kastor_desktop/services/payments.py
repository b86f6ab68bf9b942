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
from typing import Any, NamedTuple

from sqlalchemy import func, select

from kastor_desktop.domain.ledger import Credit, settle
from kastor_desktop.domain.values import day, minor_units
from kastor_desktop.services.community_records import country_of, load_community
from kastor_desktop.services.context import Actor, Changes, Outcome
from kastor_desktop.services.errors import NotFound
from kastor_desktop.services.ledger import (
    METHOD_LABELS,
    Entries,
    collection_settings_for,
    entries_of_units,
    find_unit,
)
from kastor_desktop.services.unit_of_work import ServiceContext, UnitOfWork
from kastor_desktop.services.validation import Checks
from kastor_desktop.store.models import Community
from kastor_desktop.store.models.closing import Payment
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


class NewPayment(NamedTuple):
    """A validated payment ready to insert (the bank import builds 50,000 of these: a tuple)."""

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
    """Insert ``payments`` with consecutive receipts (numbered from ``next_receipt``), frozen
    receipts and one ``payments.recorded`` outbox row per unit.

    Bulk work for a 50,000-row statement: each receipt is computed before the insert (the new
    rows take the ids SQLite would give them, max(id) + 1 …, set explicitly), then one DB-API
    ``executemany`` per table on the unit of work's connection (STYLE.md: ORM and Core bulk
    inserts are several times slower). The caller checked the rows and writes the audit entry;
    nothing here commits. Returns the new ids.
    """
    if not payments:
        return []
    connection = uow.session.connection()
    cid = community.id  # an ORM attribute: read once, not 100,000 times
    first = next_receipt(uow, cid)
    start = (connection.exec_driver_sql("SELECT max(id) FROM payments").scalar() or 0) + 1
    ids = builtins.list(range(start, start + len(payments)))
    by_unit: dict[int, builtins.list[int]] = defaultdict(builtins.list)
    new_credits: dict[int, builtins.list[Credit]] = defaultdict(builtins.list)
    for pid, p in zip(ids, payments, strict=True):
        by_unit[p.unit_id].append(pid)
        new_credits[p.unit_id].append(Credit(p.paid_on, p.amount, _kind(p.method), "", pid))
    entries_of = entries_of_units(uow, community.id, by_unit)  # the ledger before these
    for unit_id, new in new_credits.items():
        credits = entries_of[unit_id].credits
        paid = len(credits) - sum(c.kind in _PAYMENT_KINDS for c in credits)
        # payments in the ledger are ordered by (paid_on, id): the new ids come last
        credits[paid:] = sorted(credits[paid:] + new, key=_by_date_and_id)
    receipts = _receipts(entries_of, by_unit, collection_settings_for(uow, community))
    stamp = uow.now.strftime(_SQL_DATETIME)
    user = uow.actor.username if uow.actor else "sistema"
    iso: dict[date, str] = {}  # a statement repeats its 30 days 50,000 times
    days = [
        iso.get(p.paid_on) or iso.setdefault(p.paid_on, p.paid_on.isoformat()) for p in payments
    ]
    connection.exec_driver_sql(
        """INSERT INTO payments (id, community_id, unit_id, paid_on, amount, method, reference,
               receipt_number, voided, created_at, created_by, bank_account_id, payer,
               fingerprint, import_id, receipt)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?)""",
        [
            (
                start + i,
                cid,
                p.unit_id,
                days[i],
                p.amount,
                p.method,
                p.reference[:100],
                first + i,
                stamp,
                user,
                p.bank_account_id,
                p.payer[:200],
                p.fingerprint,
                import_id,
                receipts[start + i],
            )
            for i, p in enumerate(payments)
        ],
    )
    numbers = dict(
        uow.session.execute(
            select(Unit.id, Unit.number).where(
                Unit.id.in_(by_unit) if len(by_unit) < 500 else Unit.community_id == community.id
            )
        ).all()
    )
    connection.exec_driver_sql(
        """INSERT INTO outbox (uuid, kind, community_id, payload, created_at, status, attempts)
           VALUES (?, 'payments.recorded', ?, ?, ?, 'pending', 0)""",
        _recorded_events(community.code, cid, stamp, payments, days, first, numbers),
    )
    return ids


_SQL_DATETIME = "%Y-%m-%d %H:%M:%S.%f"  # how SQLAlchemy stores a DateTime in SQLite
_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True)  # = json.dumps(..., same flags)
_PAYMENT_KINDS = frozenset({"payment", "credit_note"})


def _recorded_events(
    code: str,
    community_id: int,
    stamp: str,
    payments: builtins.list[NewPayment],
    days: builtins.list[str],
    first: int,
    numbers: dict[int, str],
) -> builtins.list[tuple[str, int, str, str]]:
    """One ``payments.recorded`` outbox row per unit: what the portal shows its co-owners.

    The payload is json.dumps(..., ensure_ascii=False, sort_keys=True) of {"community", "payments":
    [{"amount", "method", "paid_on", "receipt"}...], "unit"}, written out (50,000 dumps of small
    dicts cost 0.2 s); one row per unit keeps a 45,000-row bank import to a few hundred events."""
    methods = {method: _JSON.encode(method) for method in {p.method for p in payments}}
    lines: dict[int, builtins.list[str]] = defaultdict(builtins.list)
    for i, p in enumerate(payments):
        lines[p.unit_id].append(
            f'{{"amount": {p.amount}, "method": {methods[p.method]}, '
            f'"paid_on": "{days[i]}", "receipt": {first + i}}}'
        )
    community = _JSON.encode(code)
    return [
        (
            uuid,
            community_id,
            f'{{"community": {community}, "payments": [{", ".join(items)}], '
            f'"unit": {_JSON.encode(numbers.get(unit_id, ""))}}}',
            stamp,
        )
        for (unit_id, items), uuid in zip(lines.items(), _uuids(len(lines)), strict=True)
    ]


def _by_date_and_id(credit: Credit) -> tuple[date, int]:
    return credit.on, credit.ref or 0


def _kind(method: str) -> str:
    return "credit_note" if method == "credit_note" else "payment"


def _uuids(count: int) -> builtins.list[str]:
    """``count`` random version-4 UUIDs as text (uuid.uuid4() one by one costs 2 µs each)."""
    import os

    raw = os.urandom(16 * count).hex()
    variant = "89ab"
    return [
        f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{variant[int(h[16], 16) & 3]}{h[17:20]}-{h[20:32]}"
        for h in (raw[32 * i : 32 * i + 32] for i in range(count))
    ]


def freeze_receipts(
    uow: UnitOfWork, community: Community, by_unit: dict[int, builtins.list[int]]
) -> None:
    """Store on each new payment what it settled, by the ledger as it stands now."""
    entries_of = entries_of_units(uow, community.id, by_unit)
    receipts = _receipts(entries_of, by_unit, collection_settings_for(uow, community))
    if receipts:
        uow.session.connection().exec_driver_sql(
            "UPDATE payments SET receipt = ? WHERE id = ?",
            [(receipt, pid) for pid, receipt in receipts.items()],
        )


def _receipts(
    entries_of: dict[int, Entries], by_unit: dict[int, builtins.list[int]], settings: Any
) -> dict[int, str]:
    """payment id -> its frozen receipt: what it settled, the credit left, the balance after.

    The JSON is ``json.dumps(data, ensure_ascii=False, sort_keys=True)`` of
    {"applied": [{"amount", "due", "label"}...], "balance_after", "credit_left"}, written out
    with each label encoded once (tests compare it with json.dumps)."""
    interest_first = settings.interest_first
    result = {}
    for unit_id, payment_ids in by_unit.items():
        entries = entries_of[unit_id]
        settlement = settle(entries.debits, entries.credits, interest_first)
        debits = [
            f'"due": "{d.due.isoformat()}", "label": {_JSON.encode(d.label)}}}'
            for d in entries.debits
        ]
        paid_by: dict[int, builtins.list[str]] = defaultdict(builtins.list)
        for a in settlement.applied:
            paid_by[a.credit].append(f'{{"amount": {a.amount}, {debits[a.debit]}')
        index = {  # adjustments refer to a closing, not to a payment
            c.ref: i for i, c in enumerate(entries.credits) if c.kind in ("payment", "credit_note")
        }
        balance = sum(d.amount for d in entries.debits) - sum(c.amount for c in entries.credits)
        for pid in payment_ids:
            ci = index.get(pid)
            applied = ", ".join(paid_by.get(ci, ())) if ci is not None else ""
            left = settlement.unused[ci] if ci is not None else 0
            result[pid] = (
                f'{{"applied": [{applied}], "balance_after": {balance}, "credit_left": {left}}}'
            )
    return result


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
    if payment.receipt:
        data: dict[str, Any] = json.loads(payment.receipt)
    else:  # recorded before receipts were frozen: what it settles by the ledger as it is now
        by_unit = {payment.unit_id: [payment.id]}
        settings = collection_settings_for(uow, community)
        frozen = _receipts(entries_of_units(uow, community.id, by_unit), by_unit, settings)
        data = json.loads(frozen[payment.id])
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
