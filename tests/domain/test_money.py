from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kastor_desktop.domain.money import split_largest_remainder


def test_ten_pesos_over_three_equal_units_is_4_3_3() -> None:
    assert split_largest_remainder(10, [1, 1, 1]) == [4, 3, 3]


def test_ties_go_to_the_first_units_in_order() -> None:
    assert split_largest_remainder(11, [1, 1, 1]) == [4, 4, 3]


def test_largest_remainder_wins_over_order() -> None:
    # exact shares 3.3, 6.7 -> floors 3, 6; the leftover peso goes to the .7
    assert split_largest_remainder(10, [Fraction(33, 100), Fraction(67, 100)]) == [3, 7]


def test_zero_weight_gets_nothing() -> None:
    assert split_largest_remainder(100, [0, 1, 3]) == [0, 25, 75]


def test_weights_must_be_positive_in_total() -> None:
    with pytest.raises(ValueError):
        split_largest_remainder(10, [0, 0])


@given(
    amount=st.integers(min_value=0, max_value=10**12),
    weights=st.lists(st.integers(min_value=0, max_value=10**6), min_size=1, max_size=40).filter(
        lambda w: sum(w) > 0
    ),
)
def test_parts_sum_exactly_and_each_is_within_one_of_its_exact_share(
    amount: int, weights: list[int]
) -> None:
    parts = split_largest_remainder(amount, weights)
    assert sum(parts) == amount
    assert len(parts) == len(weights)
    total = sum(weights)
    for part, weight in zip(parts, weights, strict=True):
        exact = Fraction(amount * weight, total)
        assert abs(part - exact) < 1
        assert part >= 0
