"""Interest on arrears (intereses por mora): a monthly rate accrued day by day on overdue debt.

Amounts are integers in minor units; rates are monthly, in millionths of a percent like shares
(1,5 % a month = 1_500_000, see domain/shares.py). The rule, exactly:

* A debt item is overdue from the day after its ``due`` date.
* Payments are applied to debt items by :func:`allocate` (oldest first, FIFO); on day ``d`` an
  item's outstanding amount is its amount minus what payments dated strictly before ``d`` applied
  to it. The day of a payment still accrues on the balance before it: paid 3 days late, 3 days
  of interest; paid on the due date (or before), none.
* Each day ``d`` of the period accrues ``outstanding x rate / 100 / days_in_month(d)`` for every
  overdue item in the base: the monthly rate is spread over the days of each calendar month, so a
  whole month of February or of March is exactly one month of interest.
* Simple interest (the default, Ley 21.442): the base holds principal only; items that are
  interest charged in an earlier closing receive payments but never accrue. Compound: they do.
* The rate used is the lower of the community's rate and its legal limit (``cap_micro``).
* The period's interest is summed exactly (``Fraction``) and rounded once, half up, to a whole
  minor unit.

Bad input (a negative amount or rate, a period that ends before it starts) raises ``ValueError``
with a Spanish message.
"""

from __future__ import annotations

import calendar
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction

from kastor_desktop.domain.prorating import round_half_up
from kastor_desktop.domain.shares import FULL

ONE_DAY = timedelta(days=1)
Applied = list[tuple[date, int]]


@dataclass(frozen=True)
class DebtItem:
    """Something a unit owes: interest accrues from the day after ``due``.

    ``is_interest`` marks interest charged in an earlier closing (no interest on it unless the
    policy is compound). ``amount`` is in minor units; zero is harmless, negative is refused.
    """

    due: date
    amount: int
    is_interest: bool = False

    def __post_init__(self) -> None:
        if self.amount < 0:
            raise ValueError(f"El monto de una deuda no puede ser negativo ({self.amount}).")


@dataclass(frozen=True)
class Paid:
    """A payment (or credit) received on ``on``, in minor units."""

    on: date
    amount: int

    def __post_init__(self) -> None:
        if self.amount < 0:
            raise ValueError(f"El monto de un pago no puede ser negativo ({self.amount}).")


@dataclass(frozen=True)
class InterestPolicy:
    """A community's interest on arrears; rates are monthly, in millionths of a percent.

    ``cap_micro`` is the legal limit (Chile: 50 % of the current bank rate), ``None`` for none.
    ``interest_first``: payments settle interest items before principal (see :func:`allocate`).
    """

    rate_micro: int
    cap_micro: int | None = None
    compound: bool = False
    interest_first: bool = False

    def __post_init__(self) -> None:
        effective_rate(self)


@dataclass(frozen=True)
class InterestResult:
    """The interest of a period for one unit.

    ``amount`` is ``exact`` rounded once, half up. ``base_days`` counts item-days that accrued
    (each overdue item in the base with a positive balance, one per day). ``overdue`` is the
    outstanding overdue base at the end of ``end`` (payments dated ``end`` or earlier applied;
    principal only unless compound). ``rate_micro`` is the effective rate used.
    """

    amount: int
    exact: Fraction
    base_days: int
    overdue: int
    rate_micro: int


def effective_rate(policy: InterestPolicy) -> int:
    """The rate charged: the community's rate, never above its legal limit."""
    if policy.rate_micro < 0:
        raise ValueError(f"La tasa de interés no puede ser negativa ({policy.rate_micro}).")
    if policy.cap_micro is None:
        return policy.rate_micro
    if policy.cap_micro < 0:
        raise ValueError(f"El tope legal de interés no puede ser negativo ({policy.cap_micro}).")
    return min(policy.rate_micro, policy.cap_micro)


def allocation_order(items: Sequence[DebtItem], interest_first: bool = False) -> list[int]:
    """Indexes of ``items`` in the order payments settle them.

    Oldest ``due`` first, ties in the order given. With ``interest_first`` every interest item
    goes before every principal item, each group oldest first.
    """
    if interest_first:
        return sorted(range(len(items)), key=lambda i: (not items[i].is_interest, items[i].due))
    return sorted(range(len(items)), key=lambda i: items[i].due)


def allocate(
    items: Sequence[DebtItem], payments: Sequence[Paid], interest_first: bool = False
) -> list[list[tuple[date, int]]]:
    """Apply ``payments`` to ``items`` first-in, first-out; per item, ``(paid_on, applied)``.

    Payments are taken in date order (ties in the order given); each one settles the items in
    :func:`allocation_order` until it runs out, whatever the dates: a payment made before an
    item falls due still settles it (a credit used later). Whatever exceeds all the items is
    left unapplied (it stays as the unit's credit). The result is in the order of ``items``;
    an item never receives more than its amount, and the total applied never exceeds the total
    paid.
    """
    for item in items:
        if item.amount < 0:
            raise ValueError(f"El monto de una deuda no puede ser negativo ({item.amount}).")
    for payment in payments:
        if payment.amount < 0:
            raise ValueError(f"El monto de un pago no puede ser negativo ({payment.amount}).")
    applied: list[Applied] = [[] for _ in items]
    order = allocation_order(items, interest_first)
    position = 0
    left = items[order[0]].amount if order else 0
    for payment in sorted(payments, key=lambda p: p.on):
        money = payment.amount
        while money and position < len(order):
            if not left:
                position += 1
                if position < len(order):
                    left = items[order[position]].amount
                continue
            used = min(money, left)
            applied[order[position]].append((payment.on, used))
            money -= used
            left -= used
        if position >= len(order):
            break
    return applied


def days_in_month(day: date) -> int:
    return calendar.monthrange(day.year, day.month)[1]


def _month_end(day: date) -> date:
    return day.replace(day=days_in_month(day))


def _accrue(weights: dict[int, int], balance: int, first: date, last: date) -> None:
    """Add ``balance`` x days to ``weights[days in month]`` for the days ``first..last``.

    ``first <= last``; a stretch over several months adds to each month's length.
    """
    while True:
        month_end = _month_end(first)
        stop = min(last, month_end)
        length = month_end.day
        weights[length] = weights.get(length, 0) + balance * ((stop - first).days + 1)
        if stop == last:
            return
        first = stop + ONE_DAY


def month_interest(
    items: Sequence[DebtItem],
    payments: Sequence[Paid],
    start: date,
    end: date,
    policy: InterestPolicy,
) -> InterestResult:
    """Interest accrued on ``items`` over the days ``start..end`` (both included).

    See the module's docstring for the rule. The work is proportional to the number of items
    and payments (balances are integrated between payment dates and month boundaries), not to
    the number of days.
    """
    if end < start:
        raise ValueError(
            f"El período de interés termina ({end.isoformat()}) antes de empezar "
            f"({start.isoformat()})."
        )
    rate = effective_rate(policy)
    applied = allocate(items, payments, policy.interest_first)
    weights: dict[int, int] = {}  # days in month -> sum of balance x days in such months
    base_days = 0
    overdue = 0
    for item, paid in zip(items, applied, strict=True):
        if item.is_interest and not policy.compound:
            continue
        if item.due >= end:
            continue  # not overdue on any day of the period
        overdue += item.amount - sum(amount for on, amount in paid if on <= end)
        first = max(start, item.due + ONE_DAY)
        balance = item.amount - sum(amount for on, amount in paid if on < first)
        # a payment on day p lowers the balance from day p + 1 (the day p itself accrues)
        cursor = first
        for on, amount in paid:  # in date order
            if on < first:
                continue
            if on >= end:
                break
            if on >= cursor:
                if balance > 0:
                    _accrue(weights, balance, cursor, on)
                    base_days += (on - cursor).days + 1
                cursor = on + ONE_DAY
            balance -= amount
        if balance > 0:
            _accrue(weights, balance, cursor, end)
            base_days += (end - cursor).days + 1
    denominator = math.lcm(*weights) if weights else 1
    numerator = sum(total * (denominator // length) for length, total in weights.items())
    exact = Fraction(numerator * rate, denominator * FULL)
    return InterestResult(
        amount=round_half_up(exact),
        exact=exact,
        base_days=base_days,
        overdue=overdue,
        rate_micro=rate,
    )
