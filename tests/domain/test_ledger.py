"""The account's pure rules: allocation (settle), the fast path (open_after), aging buckets and
the statement with its running balance."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kastor_desktop.domain.ledger import (
    Aging,
    Credit,
    Debit,
    Reversal,
    aging,
    aging_of,
    bucket_of,
    open_after,
    settle,
    statement,
)

NOV, DEC, JAN = date(2026, 11, 10), date(2026, 12, 10), date(2027, 1, 10)


def test_a_partial_payment_settles_the_oldest_debt_first():
    debits = [Debit(DEC, 60_000, label="diciembre"), Debit(NOV, 30_000, label="noviembre")]
    result = settle(debits, [Credit(JAN, 40_000)])
    assert result.open == (50_000, 0)  # November (index 1) first, then 10.000 of December
    assert [(a.debit, a.amount) for a in result.paid_by(0)] == [(1, 30_000), (0, 10_000)]
    assert result.owed == 50_000 and result.credit == 0


def test_debits_due_the_same_day_are_settled_in_the_order_given():
    debits = [Debit(NOV, 100, "ordinary"), Debit(NOV, 100, "reserve"), Debit(NOV, 100, "funds")]
    result = settle(debits, [Credit(NOV, 150)])
    assert result.open == (0, 50, 100)


def test_an_excess_stays_as_credit_and_settles_charges_that_come_later():
    # the credit arrives before the December charge is even issued: it still settles it
    early = settle([Debit(NOV, 30_000), Debit(DEC, 20_000)], [Credit(NOV, 45_000)])
    assert early.open == (0, 5_000)
    assert early.unused == (0,)
    over = settle([Debit(NOV, 30_000)], [Credit(NOV, 45_000)])
    assert over.unused == (15_000,) and over.credit == 15_000 and over.owed == 0


def test_credits_settle_in_date_order_whatever_order_they_are_given():
    debits = [Debit(NOV, 100), Debit(DEC, 100)]
    result = settle(debits, [Credit(JAN, 100, ref=2), Credit(DEC, 100, ref=1)])
    assert [(a.credit, a.debit) for a in result.applied] == [(1, 0), (0, 1)]


def test_interest_first_puts_interest_and_fines_before_the_principal():
    debits = [
        Debit(NOV, 30_000, "ordinary"),
        Debit(DEC, 60_000, "ordinary"),
        Debit(DEC, 203, "interest"),
        Debit(DEC, 5_000, "individual"),  # a fine
    ]
    principal = settle(debits, [Credit(JAN, 10_000)], interest_first=False)
    assert principal.open == (20_000, 60_000, 203, 5_000)
    penalties = settle(debits, [Credit(JAN, 10_000)], interest_first=True)
    assert penalties.open == (25_203, 60_000, 0, 0)  # interest, fine, then the oldest principal


def test_no_debit_gets_more_than_its_amount_and_no_credit_gives_more():
    debits = [Debit(NOV, 7), Debit(DEC, 11), Debit(JAN, 13)]
    credits = [Credit(NOV, 5), Credit(DEC, 20), Credit(JAN, 9)]
    result = settle(debits, credits)
    for i, d in enumerate(debits):
        assert sum(a.amount for a in result.applied if a.debit == i) <= d.amount
    for i, c in enumerate(credits):
        given_ = sum(a.amount for a in result.applied if a.credit == i)
        assert given_ + result.unused[i] == c.amount
    assert result.owed - result.credit == sum(d.amount for d in debits) - 34


def test_negative_amounts_are_refused():
    with pytest.raises(ValueError, match="negativo"):
        Debit(NOV, -1)
    with pytest.raises(ValueError, match="negativo"):
        Credit(NOV, -1)


_debits = st.lists(
    st.tuples(
        st.integers(0, 400).map(lambda n: NOV + timedelta(days=n)),
        st.integers(0, 50_000),
        st.booleans(),
    ),
    max_size=12,
)


@given(_debits, st.lists(st.integers(0, 60_000), max_size=6), st.booleans())
def test_the_fast_path_leaves_open_what_the_full_allocation_leaves_open(dues, paid, first):
    debits = [
        Debit(due, amount, "interest" if penalty else "ordinary") for due, amount, penalty in dues
    ]
    credits = [Credit(NOV + timedelta(days=i * 37), amount) for i, amount in enumerate(paid)]
    full = settle(debits, credits, first)
    fast = open_after(dues, sum(paid), first)
    assert sorted(fast) == sorted(
        (d.due, left) for d, left in zip(debits, full.open, strict=True) if left
    )
    assert full.credit == max(sum(paid) - sum(a for _, a, _ in dues), 0)


@pytest.mark.parametrize(
    ("days", "bucket"),
    [(-5, "current"), (0, "current"), (1, "d0_30"), (30, "d0_30"), (31, "d31_60"),
     (60, "d31_60"), (61, "d61_90"), (90, "d61_90"), (91, "d90"), (400, "d90")],
)  # fmt: skip
def test_buckets_by_days_since_the_due_date(days, bucket):
    assert bucket_of(JAN, JAN + timedelta(days=days)) == bucket


def test_aging_sums_each_bucket_and_names_the_oldest_overdue_item():
    as_of = date(2027, 3, 1)
    result = aging(
        [(date(2027, 3, 10), 1_000), (date(2027, 2, 20), 2_000), (date(2026, 11, 1), 4_000)],
        as_of,
    )
    assert (result.current, result.d0_30, result.d90) == (1_000, 2_000, 4_000)
    assert result.overdue == 6_000 and result.owed == 7_000
    assert result.oldest_due == date(2026, 11, 1) and result.days == 120
    assert result.stage == "d90"


def test_a_unit_with_credit_has_a_negative_balance_and_no_stage():
    result = Aging(credit=5_000)
    assert result.balance == -5_000 and result.stage == "current" and result.days == 0


def test_aging_of_counts_only_what_was_posted_and_paid_by_the_date():
    debits = [
        Debit(date(2026, 12, 11), 30_000, posted=date(2026, 12, 1)),
        Debit(date(2027, 1, 11), 60_000, posted=date(2027, 1, 1)),
    ]
    credits = [Credit(date(2026, 12, 5), 10_000), Credit(date(2027, 1, 5), 80_000)]
    before = aging_of(debits, credits, date(2026, 12, 20))
    assert before.d0_30 == 20_000 and before.owed == 20_000 and before.credit == 0
    after = aging_of(debits, credits, date(2027, 1, 20))
    assert after.owed == 0 and after.credit == 0  # 90.000 paid, 90.000 charged


def test_the_statement_runs_the_balance_with_debits_before_credits_on_a_day():
    debits = [Debit(DEC, 30_000, label="cargo"), Debit(NOV, 10_000, label="apertura")]
    credits = [Credit(DEC, 30_000, label="pago", ref=7)]
    result = statement(debits, credits)
    assert [(line.label, line.balance) for line in result.lines] == [
        ("apertura", 10_000),
        ("cargo", 40_000),
        ("pago", 10_000),
    ]
    assert result.balance == 10_000 == result.settlement.owed


def test_a_voided_payment_shows_received_and_reversed_and_allocates_nothing():
    debits = [Debit(NOV, 30_000, label="noviembre")]
    voided = Credit(date(2026, 11, 15), 30_000, label="recibo 2", ref=2)
    result = statement(debits, [], [(voided, Reversal(date(2026, 11, 20), 30_000, "anulación", 2))])
    kinds = [(line.kind, line.debit, line.credit, line.balance) for line in result.lines]
    assert kinds == [
        ("ordinary", 30_000, 0, 30_000),
        ("payment", 0, 30_000, 0),
        ("void", 30_000, 0, 30_000),
    ]
    assert result.balance == 30_000 and result.settlement.owed == 30_000


def test_total_aging_sums_buckets_and_credit_keeping_the_oldest_and_the_longest() -> None:
    from kastor_desktop.domain.ledger import Aging, total_aging

    one = Aging(10, 20, 0, 0, 0, 5, date(2026, 10, 10), 25)
    two = Aging(1, 0, 30, 0, 40, 0, date(2026, 6, 1), 160)
    assert total_aging([one, two]) == Aging(11, 20, 30, 0, 40, 5, date(2026, 6, 1), 160)
    assert total_aging([]) == Aging()
