"""Reading the unit accounts (cuenta corriente) out of the ledger tables.

Debits: the opening debt and the charges of every closing in force (one per closing and
concept, due on the notice's due date). Credits: payments and credit notes not voided, an
opening credit, and negative charges (adjustments). The rules live in ``domain/ledger.py``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select, text

from kastor_desktop.domain.closing import CONCEPT_LABELS
from kastor_desktop.domain.ledger import (
    Aging,
    Credit,
    Debit,
    Line,
    Reversal,
    aging,
    aging_of,
    open_after,
    statement,
)
from kastor_desktop.services.community_records import load_community
from kastor_desktop.services.context import Actor
from kastor_desktop.services.periods import month_label, settings_row
from kastor_desktop.services.unit_of_work import ServiceContext, UnitOfWork
from kastor_desktop.services.validation import Checks
from kastor_desktop.store.models import Community
from kastor_desktop.store.models.collection import CollectionSettings
from kastor_desktop.store.models.master import Person, Unit

METHOD_LABELS = {
    "transfer": "Transferencia",
    "deposit": "Depósito",
    "cash": "Efectivo",
    "check": "Cheque",
    "card": "Tarjeta",
    "portal": "Portal",
    "credit_note": "Nota de crédito",
}


def collection_settings_for(
    uow: UnitOfWork, community: Community, persist: bool = False
) -> CollectionSettings:
    """The community's collection rules; an unsaved default row when it has none yet."""
    return settings_row(uow, CollectionSettings, community, persist)


def find_unit(uow: UnitOfWork, community: Community, number: str, checks: Checks) -> Unit | None:
    """The community's unit numbered ``number``; otherwise a message on field «unit»."""
    unit = uow.session.scalars(
        select(Unit).where(Unit.community_id == community.id, Unit.number == (number or "").strip())
    ).first()
    if unit is None:
        checks.add("unit", f"Unidad: «{number}» no existe en la comunidad {community.name}.")
    return unit


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def concept_label(concept: str, year: int, month: int) -> str:
    labels: dict[str, str] = {str(k): v for k, v in CONCEPT_LABELS.items()}
    name = labels.get(concept, concept)
    return f"{name[:1].upper()}{name[1:]}, {month_label(year, month)}"


def payment_label(kind: str, receipt: int, method: str, reference: str = "") -> str:
    if method == "credit_note":
        return f"Nota de crédito N° {receipt}" + (f" ({reference})" if reference else "")
    text_ = f"Pago, recibo N° {receipt} ({METHOD_LABELS.get(method, method)})"
    return text_ + (f" {reference}" if reference else "")


@dataclass(frozen=True)
class Entries:
    debits: list[Debit]
    credits: list[Credit]
    reversals: list[tuple[Credit, Reversal]]


_CONCEPT_ORDER = """CASE c.concept WHEN 'ordinary' THEN 0 WHEN 'extraordinary' THEN 1
    WHEN 'reserve' THEN 2 WHEN 'funds' THEN 3 WHEN 'consumption' THEN 4
    WHEN 'individual' THEN 5 ELSE 6 END"""


def unit_entries(uow: UnitOfWork, community_id: int, unit_id: int) -> Entries:
    """Everything in one unit's account, in the order it happened."""
    return entries_of_units(uow, community_id, [unit_id])[unit_id]


def entries_of_units(
    uow: UnitOfWork, community_id: int, unit_ids: Iterable[int]
) -> dict[int, Entries]:
    """unit id -> everything in its account, in the order it happened: three queries for any
    number of units (freezing the receipts of a 45,000-payment bank import touches hundreds)."""
    ids = sorted({int(u) for u in unit_ids})
    result = {u: Entries([], [], []) for u in ids}
    if not ids:
        return result
    inside = ",".join(str(u) for u in ids)
    days: dict[object, date] = {}

    def day(value: object) -> date:
        found = days.get(value)
        if found is None:
            found = days[value] = _day(value)
        return found

    session = uow.session
    for unit_id, amount, as_of in session.execute(
        text(f"SELECT unit_id, amount, as_of FROM opening_balances WHERE unit_id IN ({inside})")
    ):
        on = day(as_of)
        if amount > 0:
            result[unit_id].debits.append(Debit(on, amount, "opening", on, "Saldo inicial"))
        elif amount < 0:
            result[unit_id].credits.append(Credit(on, -amount, "opening", "Saldo inicial a favor"))
    for unit_id, closing_id, issued, due, year, month, concept, amount in session.execute(
        text(
            f"""SELECT c.unit_id, k.id, k.issued_on, c.due_date, p.year, p.month, c.concept,
                       sum(c.amount)
                FROM charges c JOIN closings k ON k.id = c.closing_id
                JOIN periods p ON p.id = k.period_id
                WHERE c.unit_id IN ({inside}) AND k.status = 'closed'
                GROUP BY c.unit_id, k.id, c.concept
                ORDER BY c.unit_id, k.issued_on, k.id, {_CONCEPT_ORDER}"""
        )
    ):
        entries = result[unit_id]
        label = concept_label(concept, year, month)
        if amount > 0:
            entries.debits.append(Debit(day(due), amount, concept, day(issued), label, closing_id))
        elif amount < 0:
            entries.credits.append(Credit(day(issued), -amount, "adjustment", label, closing_id))
    for (
        unit_id,
        pid,
        on,
        amount,
        method,
        reference,
        receipt,
        voided,
        voided_at,
        reason,
    ) in session.execute(
        text(
            f"""SELECT unit_id, id, paid_on, amount, method, reference, receipt_number,
                           voided, voided_at, void_reason
                    FROM payments WHERE community_id = :c AND unit_id IN ({inside})
                    ORDER BY unit_id, paid_on, id"""
        ),
        {"c": community_id},
    ):
        kind = "credit_note" if method == "credit_note" else "payment"
        paid_on = day(on)
        credit = Credit(paid_on, amount, kind, payment_label(kind, receipt, method, reference), pid)
        if not voided:
            result[unit_id].credits.append(credit)
            continue
        when = max(_day(voided_at), paid_on) if voided_at else paid_on
        why = f"Anulación del recibo N° {receipt}: {reason or ''}".rstrip(": ")
        result[unit_id].reversals.append((credit, Reversal(when, amount, why, pid)))
    return result


@dataclass(frozen=True)
class UnitAccount:
    community_id: int
    community_name: str
    community_code: str
    currency: str
    unit_id: int
    unit_number: str
    owner_name: str
    owner_tax_id: str
    as_of: date
    lines: tuple[Line, ...]
    balance: int  # positive: the unit owes
    aging: Aging
    interest_first: bool


def account_of(uow: UnitOfWork, community: Community, unit: Unit, as_of: date) -> UnitAccount:
    """The unit's account as it stood on ``as_of``: entries after that day are left out."""
    entries = unit_entries(uow, community.id, unit.id)
    interest_first = collection_settings_for(uow, community).interest_first
    debits = [d for d in entries.debits if d.on <= as_of]
    credits = [c for c in entries.credits if c.on <= as_of]
    reversals = [(c, r if r.on <= as_of else None) for c, r in entries.reversals if c.on <= as_of]
    # a payment voided after ``as_of`` still counted on that day
    credits += [c for c, r in reversals if r is None]
    shown = [(c, r) for c, r in reversals if r is not None]
    result = statement(debits, credits, shown, interest_first)
    unit_aging = aging_of(debits, credits, as_of, interest_first)
    owner = uow.session.get(Person, unit.owner_id) if unit.owner_id else None
    return UnitAccount(
        community.id,
        community.name,
        community.code,
        community.currency,
        unit.id,
        unit.number,
        owner.full_name if owner else "",
        owner.tax_id if owner else "",
        as_of,
        result.lines,
        result.balance,
        unit_aging,
        interest_first,
    )


@dataclass
class OpenItems:
    """One unit's debits as ``(due, amount, penalty)`` and the total of its credits."""

    dues: list[tuple[date, int, bool]]
    paid: int = 0


def open_items(
    uow: UnitOfWork, community_ids: Iterable[int] | None, as_of: date
) -> dict[int, OpenItems]:
    """Every unit's debits and credits up to ``as_of`` in bulk (aging, reports, rankings).

    ``community_ids`` None: the whole office. Units with no movement are absent.
    """
    where = ""
    params: dict[str, Any] = {"as_of": as_of.isoformat()}
    if community_ids is not None:
        ids = sorted(set(community_ids))
        if not ids:
            return {}
        where = f" AND {{col}} IN ({','.join(str(int(i)) for i in ids)})"
    result: dict[int, OpenItems] = defaultdict(lambda: OpenItems([]))
    for unit_id, amount, as_of_ in uow.session.execute(
        text(
            "SELECT unit_id, amount, as_of FROM opening_balances WHERE as_of <= :as_of"
            + where.format(col="community_id")
        ),
        params,
    ):
        if amount > 0:
            result[unit_id].dues.append((_day(as_of_), amount, False))
        else:
            result[unit_id].paid -= amount
    for unit_id, due, penalty, amount in uow.session.execute(
        text(
            """SELECT c.unit_id, c.due_date, c.concept IN ('interest', 'individual'),
                      sum(c.amount)
               FROM charges c JOIN closings k ON k.id = c.closing_id
               WHERE k.status = 'closed' AND k.issued_on <= :as_of"""
            + where.format(col="c.community_id")
            + " GROUP BY c.unit_id, c.due_date, 3"
        ),
        params,
    ):
        if amount > 0:
            result[unit_id].dues.append((_day(due), amount, bool(penalty)))
        else:
            result[unit_id].paid -= amount
    for unit_id, amount in uow.session.execute(
        text(
            """SELECT unit_id, sum(amount) FROM payments
               WHERE NOT voided AND paid_on <= :as_of"""
            + where.format(col="community_id")
            + " GROUP BY unit_id"
        ),
        params,
    ):
        result[unit_id].paid += amount
    return dict(result)


def aging_of_items(items: OpenItems, as_of: date, interest_first: bool = False) -> Aging:
    owed = sum(d[1] for d in items.dues)
    return aging(
        open_after(items.dues, items.paid, interest_first), as_of, max(items.paid - owed, 0)
    )


class LedgerService:
    area = "ledger"

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def account(
        self, actor: Actor, community_id: int, unit_number: str, as_of: date | None = None
    ) -> UnitAccount:
        """One unit's account with its running balance and aging (``as_of`` default: today)."""
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id)
            checks = Checks()
            unit = find_unit(uow, community, unit_number, checks)
            checks.done()
            assert unit is not None
            return account_of(uow, community, unit, as_of or uow.now.date())
