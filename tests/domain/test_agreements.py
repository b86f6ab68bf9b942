"""Payment agreements: the schedule under the community's rules, and how payments keep it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kastor_desktop.domain.agreements import (
    BROKEN_AFTER_DAYS,
    Instalment,
    ScheduleRejected,
    add_months,
    minimum_first,
    schedule,
    track,
)

START = date(2027, 1, 15)


def test_default_first_is_the_minimum_rounded_up_and_the_rest_splits_exactly():
    plan = schedule(94_703, 6, None, START)
    assert [i.number for i in plan] == [1, 2, 3, 4, 5, 6]
    assert plan[0].amount == 28_411  # 30 % of 94.703 = 28.410,9 -> up
    assert [i.amount for i in plan[1:]] == [13_259, 13_259, 13_258, 13_258, 13_258]
    assert sum(i.amount for i in plan) == 94_703


def test_due_dates_are_monthly_on_the_start_day_clamped_to_the_month_end():
    plan = schedule(120_000, 4, None, date(2027, 1, 31))
    assert [i.due for i in plan] == [
        date(2027, 1, 31),
        date(2027, 2, 28),
        date(2027, 3, 31),
        date(2027, 4, 30),
    ]
    assert add_months(date(2027, 11, 30), 3) == date(2028, 2, 29)  # leap year


def test_a_chosen_first_amount_and_a_single_instalment():
    plan = schedule(100_000, 3, 50_000, START)
    assert [i.amount for i in plan] == [50_000, 25_000, 25_000]
    assert [i.amount for i in schedule(100_000, 1, None, START)] == [100_000]


@pytest.mark.parametrize(
    ("instalments", "first", "field", "words"),
    [
        (13, None, "instalments", "como máximo 12 cuotas"),
        (0, None, "instalments", "al menos una cuota"),
        (6, 29_999, "first_amount", "al menos el 30 %"),
        (6, 100_001, "first_amount", "supera la deuda"),
        (6, 100_000, "first_amount", "deja $ 0 para 5 cuotas"),
        (1, 40_000, "first_amount", "una sola cuota"),
    ],
)
def test_schedules_outside_the_rules_are_refused_in_spanish(instalments, first, field, words):
    with pytest.raises(ScheduleRejected) as error:
        schedule(100_000, instalments, first, START)
    assert words in error.value.errors[field]


def test_no_debt_and_custom_rules():
    with pytest.raises(ScheduleRejected) as error:
        schedule(0, 3, None, START)
    assert "no tiene deuda" in error.value.errors["debt"]
    assert len(schedule(100_000, 24, None, START, max_instalments=24)) == 24
    plan = schedule(100, 3, None, START, min_first_micro=0)  # no minimum: equal parts
    assert [i.amount for i in plan] == [34, 33, 33]
    assert minimum_first(100_000, 33_500_000) == 33_500
    assert minimum_first(1, 30_000_000) == 1  # any fraction rounds up


@given(
    debt=st.integers(min_value=1, max_value=10**10),
    instalments=st.integers(min_value=1, max_value=12),
)
def test_every_default_schedule_sums_to_the_debt_with_the_minimum_first(debt, instalments):
    if instalments > 1 and debt - minimum_first(debt, 30_000_000) < instalments - 1:
        return  # too small a debt to split: refused, tested above
    plan = schedule(debt, instalments, None, START)
    assert sum(i.amount for i in plan) == debt
    assert all(i.amount > 0 for i in plan)
    assert plan[0].amount * 100 >= debt * 30  # at least 30 %


PLAN = [
    Instalment(1, date(2027, 1, 15), 30_000),
    Instalment(2, date(2027, 2, 15), 35_000),
    Instalment(3, date(2027, 3, 15), 35_000),
]


def test_payments_cover_instalments_in_order():
    state = track(
        PLAN, [(date(2027, 1, 14), 30_000), (date(2027, 2, 10), 10_000)], date(2027, 2, 12)
    )
    assert [(i.paid, i.status) for i in state.instalments] == [
        (30_000, "paid"),
        (10_000, "partial"),
        (0, "pending"),
    ]
    assert state.status == "active" and state.paid == 40_000 and state.remaining == 60_000


def test_overdue_then_broken_after_the_grace_days():
    paid = [(date(2027, 1, 15), 30_000)]
    due = PLAN[1].due
    on_time = track(PLAN, paid, due)  # the due day itself is not late
    assert on_time.instalments[1].status == "pending"
    late = track(PLAN, paid, due + timedelta(days=BROKEN_AFTER_DAYS))
    assert late.instalments[1].status == "overdue" and late.status == "active"
    broken = track(PLAN, paid, due + timedelta(days=BROKEN_AFTER_DAYS + 1))
    assert broken.status == "broken"
    caught_up = track(PLAN, [*paid, (due + timedelta(days=40), 35_000)], due + timedelta(days=41))
    assert caught_up.status == "active"  # judged as of the day asked


def test_completed_and_payments_after_the_day_asked_do_not_count():
    payments = [(date(2027, 1, 15), 60_000), (date(2027, 3, 1), 40_000)]
    assert track(PLAN, payments, date(2027, 3, 2)).status == "completed"
    before = track(PLAN, payments, date(2027, 2, 20))
    assert before.paid == 60_000 and before.instalments[1].status == "overdue"
