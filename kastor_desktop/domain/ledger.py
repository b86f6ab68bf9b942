"""A unit's account (cuenta corriente): debits, credits, allocation, running balance and aging.

Pure rules over plain values (minor units, dates); the services read the rows.

* **Debits** are what the unit owes: its opening debt and the charges of each closing in force,
  one per concept, due on the notice's due date.
* **Credits** are payments and credit notes (and an opening credit).
* **Allocation** (DESIGN.md, Ledger): credits, in date order, settle the oldest open debit
  first (ties in the order given). With ``interest_first`` interest and individual charges
  (fines, reservation fees) go before the principal, each group oldest first. A credit received
  before a debit falls due still settles it (a credit used by the next charges). What exceeds
  every debit stays as the unit's credit. Allocation is derived, never stored: voiding a payment
  re-allocates the others.
* **Aging** buckets the still-open debits by the days since they fell due, as of a date:
  not yet due, 1–30 («0–30»), 31–60, 61–90, over 90.

Invariants (tested by a hypothesis state machine): no debit receives more than its amount, no
credit gives more than its amount, balance = debits − credits, credit ≥ 0.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

PENALTY_KINDS = frozenset({"interest", "individual"})
BUCKETS = ("current", "d0_30", "d31_60", "d61_90", "d90")
BUCKET_LABELS = {
    "current": "Por vencer",
    "d0_30": "0–30 días",
    "d31_60": "31–60 días",
    "d61_90": "61–90 días",
    "d90": "Más de 90 días",
}


@dataclass(frozen=True)
class Debit:
    """Something the unit owes, in minor units (> 0)."""

    due: date
    amount: int
    kind: str = "ordinary"  # a closing concept, or "opening"
    posted: date | None = None  # when it entered the account (notice issued); default: due
    label: str = ""
    ref: int | None = None  # the closing's id

    def __post_init__(self) -> None:
        if self.amount < 0:
            raise ValueError(f"El monto de un cargo no puede ser negativo ({self.amount}).")

    @property
    def penalty(self) -> bool:
        return self.kind in PENALTY_KINDS

    @property
    def on(self) -> date:
        return self.posted or self.due


@dataclass(frozen=True)
class Credit:
    """A payment or credit note received on ``on``, in minor units (> 0)."""

    on: date
    amount: int
    kind: str = "payment"  # payment, credit_note, opening
    label: str = ""
    ref: int | None = None  # the payment's id

    def __post_init__(self) -> None:
        if self.amount < 0:
            raise ValueError(f"El monto de un pago no puede ser negativo ({self.amount}).")


class Applied(NamedTuple):  # a tuple: a 45,000-payment import settles 45,000 of them
    credit: int  # index into the credits given
    debit: int  # index into the debits given
    amount: int


@dataclass(frozen=True)
class Settlement:
    applied: tuple[Applied, ...]
    open: tuple[int, ...]  # per debit, what is still owed
    unused: tuple[int, ...]  # per credit, what is left over

    @property
    def owed(self) -> int:
        return sum(self.open)

    @property
    def credit(self) -> int:
        return sum(self.unused)

    def paid_by(self, credit: int) -> list[Applied]:
        return [a for a in self.applied if a.credit == credit]


def order(debits: Sequence[Debit], interest_first: bool = False) -> list[int]:
    """Indexes of ``debits`` in the order credits settle them."""
    if interest_first:
        return sorted(range(len(debits)), key=lambda i: (not debits[i].penalty, debits[i].due))
    return sorted(range(len(debits)), key=[d.due for d in debits].__getitem__)


def settle(
    debits: Sequence[Debit], credits: Sequence[Credit], interest_first: bool = False
) -> Settlement:
    """Allocate ``credits`` (in date order, ties as given) to ``debits`` (see module doc)."""
    left = [d.amount for d in debits]
    unused = [c.amount for c in credits]
    applied: list[Applied] = []
    queue = order(debits, interest_first)
    position = 0
    for ci in sorted(range(len(credits)), key=[c.on for c in credits].__getitem__):
        while unused[ci] and position < len(queue):
            di = queue[position]
            if not left[di]:
                position += 1
                continue
            used = min(unused[ci], left[di])
            applied.append(Applied(ci, di, used))
            unused[ci] -= used
            left[di] -= used
    return Settlement(tuple(applied), tuple(left), tuple(unused))


def open_after(
    debits: Sequence[tuple[date, int, bool]], paid: int, interest_first: bool = False
) -> list[tuple[date, int]]:
    """Fast path for reports: ``(due, amount, penalty)`` debits settled by ``paid`` in total.

    Which credit paid what does not change what stays open (credits settle debits in a fixed
    order whatever their dates), so a total is enough. Returns the open ``(due, amount)``.
    """
    if interest_first:
        ordered = sorted(debits, key=lambda d: (not d[2], d[0]))
    else:
        ordered = sorted(debits, key=lambda d: d[0])
    result = []
    for due, amount, _penalty in ordered:
        if paid >= amount:
            paid -= amount
            continue
        result.append((due, amount - paid))
        paid = 0
    return result


def bucket_of(due: date, as_of: date) -> str:
    days = (as_of - due).days
    if days <= 0:
        return "current"
    if days <= 30:
        return "d0_30"
    if days <= 60:
        return "d31_60"
    if days <= 90:
        return "d61_90"
    return "d90"


@dataclass(frozen=True)
class Aging:
    """What a unit owes as of a date, by how long overdue (minor units)."""

    current: int = 0
    d0_30: int = 0
    d31_60: int = 0
    d61_90: int = 0
    d90: int = 0
    credit: int = 0  # unused credit in the unit's favour
    oldest_due: date | None = None  # the oldest overdue debit still open
    days: int = 0  # days since ``oldest_due``

    @property
    def overdue(self) -> int:
        return self.d0_30 + self.d31_60 + self.d61_90 + self.d90

    @property
    def owed(self) -> int:
        return self.current + self.overdue

    @property
    def balance(self) -> int:
        """Positive: the unit owes; negative: credit in its favour."""
        return self.owed - self.credit

    @property
    def stage(self) -> str:
        """The worst bucket with money in it (``current`` when nothing is overdue)."""
        for name in reversed(BUCKETS):
            if getattr(self, name):
                return name
        return "current"


def total_aging(agings: Iterable[Aging]) -> Aging:
    """The buckets and credits summed; the oldest due date and the most days of any."""
    current = d0 = d31 = d61 = d90 = credit = days = 0
    oldest: date | None = None
    for a in agings:
        current += a.current
        d0 += a.d0_30
        d31 += a.d31_60
        d61 += a.d61_90
        d90 += a.d90
        credit += a.credit
        if a.oldest_due is not None and (oldest is None or a.oldest_due < oldest):
            oldest = a.oldest_due
        days = max(days, a.days)
    return Aging(current, d0, d31, d61, d90, credit, oldest, days)


def aging(open_items: Sequence[tuple[date, int]], as_of: date, credit: int = 0) -> Aging:
    """Bucket open ``(due, amount)`` items as of ``as_of``."""
    sums = dict.fromkeys(BUCKETS, 0)
    oldest: date | None = None
    for due, amount in open_items:
        name = bucket_of(due, as_of)
        sums[name] += amount
        if name != "current" and amount and (oldest is None or due < oldest):
            oldest = due
    days = (as_of - oldest).days if oldest else 0
    return Aging(**sums, credit=credit, oldest_due=oldest, days=days)


def aging_of(
    debits: Sequence[Debit], credits: Sequence[Credit], as_of: date, interest_first: bool = False
) -> Aging:
    """A unit's aging as of ``as_of``: credits up to that day settle debits posted by then."""
    dues = [(d.due, d.amount, d.penalty) for d in debits if d.on <= as_of]
    paid = sum(c.amount for c in credits if c.on <= as_of)
    total = sum(d[1] for d in dues)
    items = open_after(dues, paid, interest_first)
    return aging(items, as_of, max(paid - total, 0))


@dataclass(frozen=True)
class Line:
    """One line of the account statement, in the order it happened."""

    on: date
    kind: str  # opening, a concept, payment, credit_note, void
    label: str
    debit: int
    credit: int
    balance: int  # running: positive owes
    due: date | None = None
    ref: int | None = None


@dataclass(frozen=True)
class Reversal:
    """A voided payment: it shows as received and then reversed on the day it was voided."""

    on: date
    amount: int
    label: str
    ref: int | None = None


@dataclass(frozen=True)
class Statement:
    lines: tuple[Line, ...]
    balance: int
    settlement: Settlement = field(repr=False)


def statement(
    debits: Sequence[Debit],
    credits: Sequence[Credit],
    reversals: Sequence[tuple[Credit, Reversal]] = (),
    interest_first: bool = False,
) -> Statement:
    """Every movement with a running balance, by date (debits before credits on one day).

    ``reversals`` are voided payments: each shows its original credit and its reversal, which
    cancel out; they take no part in the allocation.
    """
    events: list[tuple[date, int, int, Line]] = []
    for i, d in enumerate(debits):
        events.append((d.on, 0, i, Line(d.on, d.kind, d.label, d.amount, 0, 0, d.due, d.ref)))
    for i, c in enumerate(credits):
        events.append((c.on, 1, i, Line(c.on, c.kind, c.label, 0, c.amount, 0, None, c.ref)))
    for j, (original, reversal) in enumerate(reversals):
        events.append(
            (
                original.on,
                1,
                len(credits) + 2 * j,
                Line(
                    original.on,
                    original.kind,
                    original.label,
                    0,
                    original.amount,
                    0,
                    None,
                    original.ref,
                ),
            )
        )
        events.append(
            (
                reversal.on,
                2,
                len(credits) + 2 * j + 1,
                Line(
                    reversal.on, "void", reversal.label, reversal.amount, 0, 0, None, reversal.ref
                ),
            )
        )
    events.sort(key=lambda e: (e[0], e[1], e[2]))
    balance = 0
    lines = []
    for _on, _rank, _i, line in events:
        balance += line.debit - line.credit
        lines.append(
            Line(
                line.on, line.kind, line.label, line.debit, line.credit, balance, line.due, line.ref
            )
        )
    return Statement(tuple(lines), balance, settle(debits, credits, interest_first))
