from __future__ import annotations

import calendar
import time
from datetime import date, timedelta
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kastor_desktop.domain.interest import (
    DebtItem,
    InterestPolicy,
    Paid,
    allocate,
    effective_rate,
    month_interest,
)

PROPERTIES = settings(max_examples=150, deadline=None, derandomize=True)
RATE = 1_500_000  # 1,5 % a month
SIMPLE = InterestPolicy(RATE)
COMPOUND = InterestPolicy(RATE, compound=True)
JAN_1, JAN_31 = date(2025, 1, 1), date(2025, 1, 31)


def january(items: list[DebtItem], payments: list[Paid], policy: InterestPolicy = SIMPLE) -> int:
    return month_interest(items, payments, JAN_1, JAN_31, policy).amount


def day_by_day(
    items: list[DebtItem],
    payments: list[Paid],
    start: date,
    end: date,
    policy: InterestPolicy,
) -> Fraction:
    """The rule as written, one day and one item at a time (the oracle for the fast version)."""
    applied = allocate(items, payments, policy.interest_first)
    rate = effective_rate(policy)
    total = Fraction(0)
    day = start
    while day <= end:
        length = calendar.monthrange(day.year, day.month)[1]
        for item, paid in zip(items, applied, strict=True):
            if day <= item.due or (item.is_interest and not policy.compound):
                continue
            balance = item.amount - sum(amount for on, amount in paid if on < day)
            total += Fraction(balance * rate, 100_000_000 * length)
        day += timedelta(days=1)
    return total


# -- worked examples (1,5 % a month unless said) ------------------------------------------------


def test_a_whole_month_on_100_000_at_1_5_percent_is_1_500() -> None:
    # due on 31 Dec: every day of January accrues 100.000 x 1,5 % / 31; 31 days = 1.500
    result = month_interest([DebtItem(date(2024, 12, 31), 100_000)], [], JAN_1, JAN_31, SIMPLE)
    assert result.amount == 1_500
    assert result.exact == 1_500
    assert result.base_days == 31
    assert result.overdue == 100_000
    assert result.rate_micro == RATE


def test_a_debt_due_mid_month_accrues_only_the_days_after_its_due_date() -> None:
    # due 10 Jan: the 11th to the 31st, 21 days: 1.500 x 21/31 = 1.016,13 -> 1.016
    result = month_interest([DebtItem(date(2025, 1, 10), 100_000)], [], JAN_1, JAN_31, SIMPLE)
    assert result.exact == Fraction(1_500 * 21, 31)
    assert result.amount == 1_016
    assert result.base_days == 21


def test_a_cap_below_the_rate_is_what_is_charged() -> None:
    # 3 % asked, 1,5 % allowed by law: 1.500, and the result says which rate it used
    policy = InterestPolicy(3_000_000, cap_micro=RATE)
    assert effective_rate(policy) == RATE
    result = month_interest([DebtItem(date(2024, 12, 31), 100_000)], [], JAN_1, JAN_31, policy)
    assert result.amount == 1_500
    assert result.rate_micro == RATE
    # a cap above the rate changes nothing
    assert effective_rate(InterestPolicy(RATE, cap_micro=4_000_000)) == RATE


def test_compound_charges_interest_on_earlier_interest_and_simple_does_not() -> None:
    items = [DebtItem(date(2024, 12, 31), 100_000), DebtItem(date(2024, 12, 31), 1_500, True)]
    # simple: only the 100.000 accrue -> 1.500
    assert january(items, [], SIMPLE) == 1_500
    simple = month_interest(items, [], JAN_1, JAN_31, SIMPLE)
    assert simple.overdue == 100_000
    # compound: 101.500 x 1,5 % = 1.522,5 -> 1.523 (half up)
    compound = month_interest(items, [], JAN_1, JAN_31, COMPOUND)
    assert compound.exact == Fraction(3_045, 2)
    assert compound.amount == 1_523
    assert compound.overdue == 101_500


def test_a_partial_payment_lowers_the_base_from_the_day_after_it() -> None:
    # 40.000 paid on 16 Jan: the 1st-16th on 100.000 (the payment day accrues), the 17th-31st on
    # 60.000: 1,5 % x (16 x 100.000 + 15 x 60.000) / 31 = 37.500/31 = 1.209,68 -> 1.210
    items = [DebtItem(date(2024, 12, 31), 100_000)]
    result = month_interest(items, [Paid(date(2025, 1, 16), 40_000)], JAN_1, JAN_31, SIMPLE)
    assert result.exact == Fraction(37_500, 31)
    assert result.amount == 1_210
    assert result.base_days == 31
    assert result.overdue == 60_000


def test_paying_on_or_before_the_due_date_leaves_no_interest() -> None:
    items = [DebtItem(date(2025, 1, 10), 100_000)]
    assert january(items, [Paid(date(2025, 1, 5), 100_000)]) == 0
    assert january(items, [Paid(date(2025, 1, 10), 100_000)]) == 0
    # a day late is a day of interest: 1.500/31 = 48,39 -> 48
    assert january(items, [Paid(date(2025, 1, 11), 100_000)]) == 48


def test_a_payment_that_covers_everything_stops_accrual() -> None:
    # due 31 Dec, all paid on 10 Jan: the 1st-10th accrue, 1.500 x 10/31 = 483,87 -> 484
    items = [DebtItem(date(2024, 12, 31), 100_000), DebtItem(date(2024, 12, 31), 1_500, True)]
    result = month_interest(items, [Paid(date(2025, 1, 10), 150_000)], JAN_1, JAN_31, SIMPLE)
    assert result.amount == 484
    assert result.base_days == 10
    assert result.overdue == 0


def test_interest_first_changes_the_base_under_simple_interest() -> None:
    # 100.000 due 30 Nov; 10.000 of interest charged at that closing, due 10 Dec; 10.000 paid
    items = [DebtItem(date(2024, 11, 30), 100_000), DebtItem(date(2024, 12, 10), 10_000, True)]
    payments = [Paid(date(2024, 12, 20), 10_000)]
    # principal first: the payment lowers the principal to 90.000 -> 1.350
    assert january(items, payments, SIMPLE) == 1_350
    # interest first: it settles the interest; the principal stays at 100.000 -> 1.500
    assert january(items, payments, InterestPolicy(RATE, interest_first=True)) == 1_500


@pytest.mark.parametrize(
    ("due", "start", "end", "exact"),
    [
        # February 2025 (28 days), whole month: one month of interest, 1.500
        (date(2025, 1, 31), date(2025, 2, 1), date(2025, 2, 28), Fraction(1_500)),
        # due 14 Feb: the 15th-28th, 14/28 of a month: 750
        (date(2025, 2, 14), date(2025, 2, 1), date(2025, 2, 28), Fraction(750)),
        # leap February 2024, one day: 1.500/29 = 51,72
        (date(2024, 2, 28), date(2024, 2, 1), date(2024, 2, 29), Fraction(1_500, 29)),
        # 31-day January, due the 15th: 16/31 of 1.500 = 774,19
        (date(2025, 1, 15), JAN_1, JAN_31, Fraction(1_500 * 16, 31)),
        # across months: 17-31 Jan (15/31) and all of February (1): 725,81 + 1.500
        (date(2025, 1, 16), JAN_1, date(2025, 2, 28), Fraction(1_500 * 15, 31) + 1_500),
    ],
)
def test_the_monthly_rate_is_spread_over_the_days_of_each_calendar_month(
    due: date, start: date, end: date, exact: Fraction
) -> None:
    result = month_interest([DebtItem(due, 100_000)], [], start, end, SIMPLE)
    assert result.exact == exact


def test_an_item_due_at_or_after_the_end_accrues_nothing_and_is_not_overdue() -> None:
    for due in (JAN_31, date(2025, 2, 10)):
        result = month_interest([DebtItem(due, 100_000)], [], JAN_1, JAN_31, SIMPLE)
        assert (result.amount, result.exact, result.base_days, result.overdue) == (0, 0, 0, 0)


def test_a_payment_dated_after_the_period_does_not_change_it() -> None:
    items = [DebtItem(date(2024, 12, 31), 100_000)]
    result = month_interest(items, [Paid(date(2025, 2, 3), 100_000)], JAN_1, JAN_31, SIMPLE)
    assert result.amount == 1_500
    assert result.overdue == 100_000
    # one on the last day does not either: that day accrues, the balance is 0 afterwards
    result = month_interest(items, [Paid(JAN_31, 100_000)], JAN_1, JAN_31, SIMPLE)
    assert (result.amount, result.overdue) == (1_500, 0)


def test_the_payment_day_accrues_and_same_day_payments_add_up() -> None:
    items = [DebtItem(date(2024, 12, 31), 62_000)]
    payments = [Paid(date(2025, 1, 1), 31_000), Paid(date(2025, 1, 1), 31_000)]
    # only the 1st accrues: 62.000 x 1,5 % / 31 = 30
    assert month_interest(items, payments, JAN_1, JAN_31, SIMPLE).exact == 30


# -- allocation -------------------------------------------------------------------------------


def test_allocation_is_first_in_first_out_and_ignores_the_excess() -> None:
    items = [
        DebtItem(date(2025, 2, 10), 30_000),
        DebtItem(date(2025, 1, 10), 50_000),
        DebtItem(date(2025, 3, 10), 20_000),
    ]
    payments = [Paid(date(2025, 3, 1), 40_000), Paid(date(2025, 2, 1), 60_000)]
    # in date order: 1 Feb's 60.000 settle the January 50.000, then 10.000 of February's;
    # 1 Mar's 40.000 settle February's other 20.000 and all of March's; nothing left over
    assert allocate(items, payments) == [
        [(date(2025, 2, 1), 10_000), (date(2025, 3, 1), 20_000)],
        [(date(2025, 2, 1), 50_000)],
        [(date(2025, 3, 1), 20_000)],
    ]
    # 150.000 paid for 100.000 owed: 50.000 stay unapplied (a credit)
    assert sum(a for paid in allocate(items, [Paid(JAN_1, 150_000)]) for _, a in paid) == 100_000


def test_allocation_ties_follow_the_order_given() -> None:
    items = [DebtItem(JAN_31, 10, True), DebtItem(JAN_31, 10)]
    assert allocate(items, [Paid(JAN_1, 10)]) == [[(JAN_1, 10)], []]
    assert allocate(items[::-1], [Paid(JAN_1, 10)]) == [[(JAN_1, 10)], []]


def test_interest_first_puts_every_interest_item_before_the_principal() -> None:
    items = [
        DebtItem(date(2024, 11, 30), 100),
        DebtItem(date(2024, 12, 31), 5, True),
        DebtItem(date(2024, 12, 10), 3, True),
    ]
    assert allocate(items, [Paid(JAN_1, 10)], interest_first=True) == [
        [(JAN_1, 2)],
        [(JAN_1, 5)],
        [(JAN_1, 3)],
    ]
    assert allocate(items, [Paid(JAN_1, 10)]) == [[(JAN_1, 10)], [], []]


def test_a_zero_item_or_payment_is_harmless() -> None:
    items = [DebtItem(date(2024, 12, 31), 0), DebtItem(date(2024, 12, 31), 100_000)]
    assert allocate(items, [Paid(JAN_1, 0)]) == [[], []]
    assert january(items, [Paid(JAN_1, 0)]) == 1_500


# -- bad input --------------------------------------------------------------------------------


def test_bad_input_is_refused_in_spanish() -> None:
    with pytest.raises(ValueError, match="deuda no puede ser negativo"):
        DebtItem(JAN_1, -1)
    with pytest.raises(ValueError, match="pago no puede ser negativo"):
        Paid(JAN_1, -1)
    with pytest.raises(ValueError, match="tasa de interés no puede ser negativa"):
        InterestPolicy(-1)
    with pytest.raises(ValueError, match="tope legal"):
        InterestPolicy(RATE, cap_micro=-1)
    with pytest.raises(ValueError, match="termina .2025-01-01. antes de empezar .2025-01-31."):
        month_interest([], [], JAN_31, JAN_1, SIMPLE)


def test_the_same_is_checked_when_dataclasses_were_bypassed() -> None:
    item = DebtItem(JAN_1, 1)
    object.__setattr__(item, "amount", -5)
    with pytest.raises(ValueError, match=r"\(-5\)"):
        allocate([item], [])
    payment = Paid(JAN_1, 1)
    object.__setattr__(payment, "amount", -7)
    with pytest.raises(ValueError, match=r"\(-7\)"):
        month_interest([], [payment], JAN_1, JAN_31, SIMPLE)
    policy = InterestPolicy(RATE)
    object.__setattr__(policy, "rate_micro", -1)
    with pytest.raises(ValueError, match="negativa"):
        month_interest([], [], JAN_1, JAN_31, policy)


# -- speed ------------------------------------------------------------------------------------


def test_a_unit_with_120_items_and_120_payments_takes_well_under_a_millisecond() -> None:
    first = date(2015, 1, 10)
    items = [
        DebtItem(first + timedelta(days=30 * i), 50_000 + i, is_interest=i % 3 == 0)
        for i in range(120)
    ]
    payments = [Paid(first + timedelta(days=30 * i + 5), 40_000) for i in range(120)]
    start, end = date(2024, 12, 1), date(2024, 12, 31)
    for policy in (SIMPLE, COMPOUND):
        best = float("inf")
        for _ in range(30):
            began = time.perf_counter()
            month_interest(items, payments, start, end, policy)
            best = min(best, time.perf_counter() - began)
        assert best < 0.001
    assert month_interest(items, payments, start, end, SIMPLE).exact == day_by_day(
        items, payments, start, end, SIMPLE
    )


# -- properties -------------------------------------------------------------------------------

DAY0 = date(2024, 1, 1)
days = st.integers(min_value=0, max_value=400).map(lambda n: DAY0 + timedelta(days=n))
debt_items = st.lists(
    st.builds(DebtItem, days, st.integers(min_value=0, max_value=500_000), st.booleans()),
    max_size=8,
)
paid = st.lists(st.builds(Paid, days, st.integers(min_value=0, max_value=600_000)), max_size=8)
rates = st.integers(min_value=0, max_value=5_000_000)


@st.composite
def periods(draw: st.DrawFn) -> tuple[date, date]:
    start = draw(days)
    return start, start + timedelta(days=draw(st.integers(min_value=0, max_value=70)))


@PROPERTIES
@given(debt_items, paid, periods(), rates, st.booleans(), st.booleans())
def test_it_equals_the_day_by_day_rule_and_is_never_negative(
    items: list[DebtItem],
    payments: list[Paid],
    period: tuple[date, date],
    rate: int,
    compound: bool,
    interest_first: bool,
) -> None:
    policy = InterestPolicy(rate, compound=compound, interest_first=interest_first)
    result = month_interest(items, payments, *period, policy)
    assert result.exact == day_by_day(items, payments, *period, policy)
    assert result.exact >= 0
    assert result.amount >= 0
    assert abs(result.amount - result.exact) <= Fraction(1, 2)
    assert 0 <= result.overdue <= sum(item.amount for item in items)


@PROPERTIES
@given(debt_items, paid, periods(), rates, st.booleans())
def test_rate_properties(
    items: list[DebtItem],
    payments: list[Paid],
    period: tuple[date, date],
    rate: int,
    interest_first: bool,
) -> None:
    def run(rate: int, compound: bool = False) -> Fraction:
        policy = InterestPolicy(rate, compound=compound, interest_first=interest_first)
        return month_interest(items, payments, *period, policy).exact

    assert run(0) == 0
    assert run(0, compound=True) == 0
    assert run(rate, compound=True) >= run(rate)
    assert run(2 * rate) == 2 * run(rate)
    assert run(2 * rate, compound=True) == 2 * run(rate, compound=True)


@PROPERTIES
@given(debt_items, paid, periods(), rates, rates, st.booleans())
def test_the_cap_is_the_same_as_charging_the_lower_rate(
    items: list[DebtItem],
    payments: list[Paid],
    period: tuple[date, date],
    rate: int,
    cap: int,
    compound: bool,
) -> None:
    capped = month_interest(items, payments, *period, InterestPolicy(rate, cap, compound))
    lower = month_interest(items, payments, *period, InterestPolicy(min(rate, cap), None, compound))
    assert capped == lower


@PROPERTIES
@given(debt_items, paid, st.booleans())
def test_allocation_never_overpays_an_item_nor_applies_more_than_was_paid(
    items: list[DebtItem], payments: list[Paid], interest_first: bool
) -> None:
    applied = allocate(items, payments, interest_first)
    assert len(applied) == len(items)
    for item, parts in zip(items, applied, strict=True):
        assert sum(amount for _, amount in parts) <= item.amount
        assert all(amount > 0 for _, amount in parts)
    total_applied = sum(amount for parts in applied for _, amount in parts)
    total_paid = sum(payment.amount for payment in payments)
    assert total_applied == min(total_paid, sum(item.amount for item in items))
