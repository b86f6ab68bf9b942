from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kastor_desktop.domain.uf import (
    format_uf,
    format_uf_value,
    parse_uf,
    parse_uf_value,
    uf_to_minor,
)

PROPERTIES = settings(max_examples=200, deadline=None, derandomize=True)


def test_one_and_a_half_uf_at_37_571_86_is_56_358_pesos() -> None:
    # 1,5 x 37.571,86 = 56.357,79 -> 56.358
    assert uf_to_minor(15_000, 3_757_186) == 56_358


def test_conversion_rounds_half_up_once() -> None:
    # 0,0001 UF x 5.000,00 = 0,5 peso -> 1; x 4.999,99 = 0,499999 -> 0
    assert uf_to_minor(1, 500_000) == 1
    assert uf_to_minor(1, 499_999) == 0
    # 3 UF x 37.571,86 = 112.715,58 -> 112.716
    assert uf_to_minor(30_000, 3_757_186) == 112_716
    assert uf_to_minor(0, 3_757_186) == 0
    # a credit in UF rounds the same way, with its sign
    assert uf_to_minor(-15_000, 3_757_186) == -56_358
    assert uf_to_minor(-1, 500_000) == -1


def test_the_uf_value_must_be_positive() -> None:
    with pytest.raises(ValueError, match="valor de la UF debe ser positivo"):
        uf_to_minor(15_000, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1,5", 15_000),
        ("1.5", 15_000),
        ("0,2500", 2_500),
        ("2", 20_000),
        ("0,0001", 1),
        (",5", 5_000),
        (" 1,5 UF ", 15_000),
        ("3 uf", 30_000),
        ("1.234,5", 12_345_000),
        ("1.500", 15_000),  # a lone point with up to 4 digits after it is the decimal point
    ],
)
def test_parse_uf(text: str, expected: int) -> None:
    assert parse_uf(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("37.571,86", 3_757_186),
        ("37571,86", 3_757_186),
        ("37571.86", 3_757_186),
        ("$ 37.571,86", 3_757_186),
        ("37.571", 3_757_100),  # three digits after a lone point: thousands
        ("37571,8", 3_757_180),
        ("37571", 3_757_100),
    ],
)
def test_parse_uf_value(text: str, expected: int) -> None:
    assert parse_uf_value(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("1,23456", "más de 4 decimales: «1,23456»"),
        ("1.23456", "más de 4 decimales: «1.23456»"),
        ("abc", "inválido: «abc»"),
        ("", "inválido: «»"),
        (".", "inválido: «.»"),
        ("1,5,0", "inválido: «1,5,0»"),
        ("1.23.4", "inválido: «1.23.4»"),
        ("1 5", "inválido: «1 5»"),
        ("-1,5", "negativo: «-1,5»"),
    ],
)
def test_parse_uf_errors_name_the_value(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_uf(text)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("37.571,861", "más de 2 decimales: «37.571,861»"),
        ("37.5711", "más de 2 decimales: «37.5711»"),
        ("37,571.86", "inválido: «37,571.86»"),
        ("treinta", "inválido: «treinta»"),
        ("0", "positivo: «0»"),
    ],
)
def test_parse_uf_value_errors_name_the_value(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_uf_value(text)


def test_format() -> None:
    assert format_uf(15_000) == "1,5000 UF"
    assert format_uf(12_345_000) == "1.234,5000 UF"
    assert format_uf(1) == "0,0001 UF"
    assert format_uf(-15_000) == "-1,5000 UF"
    assert format_uf_value(3_757_186) == "$ 37.571,86"


@PROPERTIES
@given(st.integers(min_value=0, max_value=10**9))
def test_formatted_uf_parses_back(amount: int) -> None:
    assert parse_uf(format_uf(amount)) == amount


@PROPERTIES
@given(st.integers(min_value=1, max_value=10**9))
def test_formatted_uf_value_parses_back(value: int) -> None:
    assert parse_uf_value(format_uf_value(value)) == value


@PROPERTIES
@given(st.integers(min_value=-(10**9), max_value=10**9), st.integers(1, 10**8))
def test_conversion_is_within_half_a_peso_of_the_exact_product(amount: int, value: int) -> None:
    exact = Fraction(amount * value, 1_000_000)
    assert abs(uf_to_minor(amount, value) - exact) <= Fraction(1, 2)
    assert uf_to_minor(-amount, value) == -uf_to_minor(amount, value)
