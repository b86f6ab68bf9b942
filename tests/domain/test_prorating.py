from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction
from random import Random

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kastor_desktop.domain.prorating import (
    Reading,
    Split,
    charge_to_unit,
    days_owned_fraction,
    meter_consumption,
    rate_from_basis_points,
    reserve_by_percentage,
    reserve_fixed,
    round_half_up,
    split_by_consumption,
    split_by_table,
    split_equal,
    split_fixed_per_unit,
)
from kastor_desktop.domain.shares import FULL, SCALE, from_weights

PROPERTIES = settings(max_examples=200, deadline=None, derandomize=True)
UNITS = (101, 102, 103)


def assert_exact(split: Split) -> None:
    """The invariants every split keeps, whatever the method."""
    assert sum(split.parts) + split.not_charged == split.amount
    assert sum(split.exact) + split.not_charged_exact == split.amount
    assert len(split.parts) == len(split.exact) == len(split.unit_ids)
    for part, exact in [
        *zip(split.parts, split.exact, strict=True),
        (split.not_charged, split.not_charged_exact),
    ]:
        assert part >= 0
        assert abs(part - exact) < 1


# -- examples (DOMAIN.md) ---------------------------------------------------------------------


def test_ten_pesos_over_three_equal_units_is_4_3_3_never_3_3_3() -> None:
    split = split_equal(10, UNITS)
    assert split.parts == (4, 3, 3)
    assert split.exact == (Fraction(10, 3),) * 3
    assert split.by_unit() == {101: 4, 102: 3, 103: 3}


def test_ties_follow_the_order_in_which_units_are_given() -> None:
    assert split_equal(10, (103, 101, 102)).by_unit() == {103: 4, 101: 3, 102: 3}


def test_table_split_follows_shares_and_units_outside_the_table_get_nothing() -> None:
    table = {101: 25 * SCALE, 102: 75 * SCALE}  # 103 is not in this table (a parking sector)
    split = split_by_table(1001, UNITS, table)
    assert split.parts == (250, 751, 0)  # 250.25 and 750.75: the leftover peso goes to the .75
    assert split.exact_by_unit() == {101: Fraction(1001, 4), 102: Fraction(3003, 4), 103: 0}


def test_zero_shares_pay_nothing() -> None:
    table = dict(zip(UNITS, [0, 40 * SCALE, 60 * SCALE], strict=True))
    assert split_by_table(1000, UNITS, table).parts == (0, 400, 600)


def test_table_with_units_outside_the_split_is_refused() -> None:
    with pytest.raises(ValueError):
        split_by_table(100, UNITS, {999: FULL})


def test_fixed_amount_is_per_unit() -> None:
    split = split_fixed_per_unit(5_000, UNITS)
    assert split.amount == 15_000
    assert split.parts == (5_000, 5_000, 5_000)


def test_single_unit_takes_the_whole_amount() -> None:
    assert charge_to_unit(25_000, UNITS, 102).parts == (0, 25_000, 0)
    with pytest.raises(ValueError):
        charge_to_unit(25_000, UNITS, 999)


def test_negative_amounts_are_refused() -> None:
    with pytest.raises(ValueError, match="negativo"):
        split_equal(-1, UNITS)
    with pytest.raises(ValueError, match="negativo"):
        split_fixed_per_unit(-1, UNITS)
    with pytest.raises(ValueError, match="negativo"):
        split_by_table(-1, UNITS, {101: FULL})
    with pytest.raises(ValueError, match="negativo"):
        reserve_by_percentage(UNITS, {101: -1}, SCALE)


def test_an_amount_with_no_one_to_pay_it_is_refused_but_zero_is_fine() -> None:
    with pytest.raises(ValueError):
        split_equal(10, ())
    with pytest.raises(ValueError):
        split_by_table(10, UNITS, {101: 0})
    assert split_equal(0, ()).parts == ()
    assert split_by_table(0, UNITS, {}).parts == (0, 0, 0)


# -- consumption ------------------------------------------------------------------------------


def test_meter_rollover_9990_to_0010_on_four_digits_is_20() -> None:
    assert meter_consumption(9990, 10, digits=4) == 20
    assert Reading(9990, 10, digits=4).consumption == 20
    assert meter_consumption(1200, 1234, digits=4) == 34


def test_a_lower_reading_without_digits_or_past_the_digits_is_refused() -> None:
    with pytest.raises(ValueError, match="menor que la anterior"):
        meter_consumption(9990, 10)
    with pytest.raises(ValueError):
        meter_consumption(10_000, 5, digits=4)
    with pytest.raises(ValueError):
        meter_consumption(-1, 5)


def test_main_meter_difference_is_spread_in_proportion_to_consumption() -> None:
    readings = {101: Reading(100, 110), 102: Reading(200, 230)}  # 10 and 30 m3; 103 has none
    result = split_by_consumption(UNITS, readings, price=100, main=Reading(500, 550))
    assert (result.sub_total, result.main_consumption, result.difference) == (40, 50, 10)
    # 101: 10 x 100 + 10 x 100 x 10/40 = 1250; 102: 3000 + 750 = 3750
    assert result.split.parts == (1250, 3750, 0)
    assert result.exact_total == 5000
    assert result.consumption == (10, 30, 0)


def test_main_meter_reading_less_than_the_sub_meters_adds_nothing() -> None:
    readings = {101: Reading(0, 10), 102: Reading(0, 30)}
    result = split_by_consumption(UNITS, readings, price=100, main=Reading(0, 35))
    assert result.difference == 0
    assert result.split.parts == (1000, 3000, 0)


def test_rational_price_is_exact_and_rounded_once() -> None:
    readings = {101: Reading(0, 1), 102: Reading(0, 1), 103: Reading(0, 1)}
    result = split_by_consumption(UNITS, readings, price=Decimal("333.5"))
    assert result.exact_total == Fraction(2001, 2)  # 1000.5 -> 1001, rounded once
    assert result.split.amount == 1001
    assert result.split.parts == (334, 334, 333)


def test_main_meter_consumption_with_no_unit_consumption_cannot_be_spread() -> None:
    with pytest.raises(ValueError, match="medidor general"):
        split_by_consumption(UNITS, {101: Reading(5, 5)}, price=10, main=Reading(0, 3))


# -- delivery during the month ----------------------------------------------------------------


def test_delivery_on_the_16th_of_a_30_day_month_charges_15_of_30() -> None:
    assert days_owned_fraction(date(2024, 6, 16), 2024, 6) == Fraction(15, 30)
    assert days_owned_fraction(date(2024, 6, 1), 2024, 6) == 1
    assert days_owned_fraction(date(2024, 5, 20), 2024, 6) == 1
    assert days_owned_fraction(None, 2024, 6) == 1
    assert days_owned_fraction(date(2024, 7, 1), 2024, 6) == 0
    assert days_owned_fraction(date(2024, 2, 29), 2024, 2) == Fraction(1, 29)


def test_delivered_unit_pays_its_days_and_the_rest_is_charged_to_no_unit() -> None:
    half = days_owned_fraction(date(2024, 6, 16), 2024, 6)
    split = split_equal(3_001, UNITS, {103: half})
    assert split.exact == (Fraction(3001, 3), Fraction(3001, 3), Fraction(3001, 6))
    # 1000.33, 1000.33, 500.17 and 500.17 not charged: the leftover peso goes to the first unit
    assert split.parts == (1001, 1000, 500)
    assert (split.not_charged, split.not_charged_exact) == (500, Fraction(3001, 6))
    assert_exact(split)


def test_fixed_per_unit_prorated_by_days() -> None:
    split = split_fixed_per_unit(3_000, (101, 102), {102: Fraction(15, 30)})
    assert split.parts == (3_000, 1_500)
    assert split.not_charged == 1_500


# -- reserve fund -----------------------------------------------------------------------------


def test_reserve_percentage_of_each_units_ordinary_expenses() -> None:
    assert rate_from_basis_points(500) == 5_000_000 == 5 * SCALE
    split = reserve_by_percentage(UNITS, {101: 10_000, 102: 20_000, 103: 0}, 5 * SCALE)
    assert split.parts == (500, 1_000, 0)


def test_reserve_percentage_rounds_the_fund_once_then_splits_it() -> None:
    split = reserve_by_percentage(UNITS, {101: 10, 102: 10, 103: 10}, 5 * SCALE)
    assert split.amount == 2  # 5 % of 30 is 1.5 -> 2
    assert split.parts == (1, 1, 0)


def test_reserve_fixed_amount_prorated_by_a_table() -> None:
    table = dict(zip(UNITS, from_weights([1, 1, 2]), strict=True))
    assert reserve_fixed(100_000, UNITS, table).parts == (25_000, 25_000, 50_000)


def test_round_half_up() -> None:
    assert [round_half_up(Fraction(n, 2)) for n in (0, 1, 3, 5)] == [0, 1, 2, 3]
    assert round_half_up(Fraction(7, 3)) == 2


# -- properties over random communities -------------------------------------------------------


Community = tuple[int, list[int], dict[int, int], Random]


def make_community(n: int, seed: int, zero_rate: float, amount: int) -> Community:
    """``n`` units, a table summing to 100 % with zero shares (and units left out), a source of
    random values. Bulk values come from a seeded ``Random``: 2,000 units cost one draw."""
    rng = Random(seed)
    units = rng.sample(range(1, 10 * n + 1), n)
    weights = [0 if rng.random() < zero_rate else rng.randint(1, 10**6) for _ in units]
    if not any(weights):
        weights[rng.randrange(n)] = 1
    shares = zip(units, from_weights(weights), strict=True)
    table = {u: share for u, share in shares if share or rng.random() < 0.5}
    return amount, units, table, rng


@st.composite
def unit_counts(draw: st.DrawFn) -> int:
    """Mostly small communities, about one in sixteen up to 2,000 units (keeps the suite fast)."""
    big = draw(st.integers(min_value=0, max_value=15)) == 0
    return draw(st.integers(min_value=1, max_value=2_000 if big else 40))


@st.composite
def communities(draw: st.DrawFn) -> Community:
    n = draw(unit_counts())
    seed = draw(st.integers(min_value=0, max_value=2**32))
    zero_rate = draw(st.sampled_from([0.0, 0.3, 0.9, 1.0]))
    amount = draw(st.integers(0, 2 * n) | st.integers(0, 10**12))  # often fewer pesos than units
    return make_community(n, seed, zero_rate, amount)


def _factors(units: list[int], rng: Random) -> dict[int, Fraction]:
    days = rng.choice([28, 29, 30, 31])
    return {u: Fraction(rng.randint(0, days), days) for u in units if rng.random() < 0.1}


@PROPERTIES
@given(communities())
@example(make_community(2_000, seed=1, zero_rate=0.3, amount=1_999))
@example(make_community(1, seed=2, zero_rate=0.0, amount=7))
def test_every_split_sums_exactly_and_each_part_is_within_one_of_its_exact_share(
    community: Community,
) -> None:
    amount, units, table, rng = community
    factors = _factors(units, rng)
    single = rng.choice(units)
    ordinary = {u: rng.randint(0, 10**7) for u in units}
    readings = {u: Reading(rng.randint(0, 9_999), rng.randint(0, 9_999), 4) for u in units}
    consumption = split_by_consumption(units, readings, Fraction(rng.randint(0, 10**6), 1_000))
    splits = [
        split_by_table(amount, units, table),
        split_by_table(amount, units, table, factors),
        split_equal(amount, units),
        split_equal(amount, units, factors),
        split_fixed_per_unit(amount // len(units), units, factors),
        charge_to_unit(amount, units, single),
        reserve_by_percentage(units, ordinary, rng.randint(0, FULL)),
        consumption.split,
    ]
    for split in splits:
        assert split.unit_ids == tuple(units)
        assert_exact(split)
    assert splits[0].amount == splits[2].amount == amount
    assert all(p == 0 for u, p in splits[0].by_unit().items() if u not in table)
    assert splits[-1].amount == round_half_up(consumption.exact_total)
    # deterministic: the same inputs give the same parts
    assert split_by_table(amount, units, table, factors) == splits[1]
