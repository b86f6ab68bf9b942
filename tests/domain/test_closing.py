from __future__ import annotations

from dataclasses import replace
from datetime import date
from fractions import Fraction
from random import Random
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from kastor_desktop.domain.closing import (
    NATURES,
    ByConsumption,
    ByTable,
    ClosingInputs,
    ClosingPreview,
    Concept,
    ConsumptionCharge,
    EqualParts,
    Expense,
    FixedPerUnit,
    FundCharge,
    IndividualCharge,
    ReserveFixed,
    ReservePercentage,
    ShareTable,
    SingleUnit,
    SplitMethod,
    Unit,
    preview,
)
from kastor_desktop.domain.prorating import Reading
from kastor_desktop.domain.shares import SCALE, from_weights

PROPERTIES = settings(max_examples=200, deadline=None, derandomize=True)
UNITS = (Unit(1, "101", owner_id=10), Unit(2, "102", owner_id=20), Unit(3, "103", owner_id=30))
GENERAL = ShareTable(1, "General", dict(zip((1, 2, 3), from_weights([1, 1, 1]), strict=True)))


def month(*expenses: Expense, **fields: Any) -> ClosingInputs:
    """June 2024 for units 101-103 with one General table summing 100 %."""
    base = ClosingInputs(2024, 6, UNITS, (GENERAL,), expenses)
    return replace(base, **fields)


def lines(result: ClosingPreview, concept: Concept) -> list[int]:
    return [statement.lines[concept] for statement in result.units]


def codes(problems: object) -> list[str]:
    return [p.code for p in problems]  # type: ignore[attr-defined]


# -- examples ---------------------------------------------------------------------------------


def test_ten_pesos_over_three_units_is_4_3_3_and_totals_add_up() -> None:
    result = preview(month(Expense(1, "5.1", "Aseo", 10, EqualParts())))
    assert result.ok and not result.warnings
    assert lines(result, Concept.ORDINARY) == [4, 3, 3]
    assert [s.total for s in result.units] == [4, 3, 3]
    assert result.totals.total == result.totals.month_total == 10
    assert result.totals.by_account == {"5.1": 10}
    assert result.totals.by_nature == {"ordinary": 10, "extraordinary": 0}


def test_ordinary_and_extraordinary_are_kept_apart_by_table() -> None:
    result = preview(
        month(
            Expense(1, "5.1", "Conserje", 300_000, ByTable(1)),
            Expense(2, "6.1", "Pintura fachada", 900_001, ByTable(1), nature="extraordinary"),
        )
    )
    assert lines(result, Concept.ORDINARY) == [100_000, 100_000, 100_000]
    assert lines(result, Concept.EXTRAORDINARY) == [300_001, 300_000, 300_000]
    assert result.totals.by_nature == {"ordinary": 300_000, "extraordinary": 900_001}
    assert [s.source_id for s in result.splits] == [1, 2]


def test_a_table_not_summing_to_100_blocks_with_the_difference_shown() -> None:
    broken = ShareTable(1, "General", {1: 50 * SCALE, 2: 49 * SCALE + 500_000, 3: 0})
    result = preview(month(Expense(1, "5.1", "Aseo", 1_000, ByTable(1)), tables=(broken,)))
    assert not result.ok
    assert codes(result.errors) == ["table_sum", "bad_table"]
    message = result.errors[0].message
    assert "«General»" in message and "99,500000 %" in message and "le falta 0,500000 %" in message
    assert result.errors[1].subject == "expense:1"
    assert result.totals.total == 0 and result.splits == ()  # the expense is left out


def test_a_table_over_100_says_what_is_left_over() -> None:
    over = ShareTable(1, "Torre A", {1: 60 * SCALE, 2: 41 * SCALE})
    result = preview(month(Expense(1, "5.1", "Aseo", 1_000, ByTable(1)), tables=(over,)))
    assert "suma 101,000000 %" in result.errors[0].message
    assert "le sobra 1,000000 %" in result.errors[0].message


def test_an_unused_table_not_summing_only_warns() -> None:
    draft = ShareTable(2, "Bodegas", {1: 10 * SCALE})
    result = preview(month(Expense(1, "5.1", "Aseo", 9, ByTable(1)), tables=(GENERAL, draft)))
    assert result.ok
    assert "table_sum" in codes(result.warnings)


def test_negative_amounts_and_unknown_tables_or_units_block() -> None:
    result = preview(
        month(
            Expense(1, "5.1", "Nota de crédito", -5_000, EqualParts()),
            Expense(2, "5.1", "Jardín", 5_000, ByTable(99)),
            Expense(3, "5.1", "Reparación", 5_000, SingleUnit(99)),
            Expense(4, "5.1", "Ascensor", 6_000, EqualParts((1, 99))),
            Expense(5, "5.1", "Luz", 3_000, EqualParts()),
            Expense(6, "5.1", "Sin unidades", 3_000, FixedPerUnit(())),
            individual_charges=(IndividualCharge(1, 1, "7.1", "Multa", -100),),
            previous_balances={1: 500, 99: 10},
        )
    )
    assert codes(result.errors) == [
        "negative_amount",
        "unknown_table",
        "unknown_unit",
        "unknown_unit",
        "no_units",
        "negative_amount",
        "unknown_unit",
    ]
    assert result.errors[0].message == "Gasto «Nota de crédito»: el monto -$ 5.000 es negativo."
    assert "la tabla de prorrateo 99 no existe" in result.errors[1].message
    assert lines(result, Concept.ORDINARY) == [1_000, 1_000, 1_000]  # only the valid expense
    assert result.totals.total == 3_500


def test_unit_without_owner_and_unit_in_no_table_warn() -> None:
    units = (*UNITS, Unit(4, "E-1"))
    result = preview(month(Expense(1, "5.1", "Aseo", 10, ByTable(1)), units=units))
    assert result.ok
    assert codes(result.warnings) == ["no_owner", "no_table"]
    assert result.warnings[0].subject == "unit:4"
    assert "E-1" in result.warnings[0].message


def test_fixed_per_unit_and_single_unit() -> None:
    result = preview(
        month(
            Expense(1, "5.2", "Cuota mantención", 2_500, FixedPerUnit((1, 3))),
            Expense(2, "5.9", "Reparación cañería", 80_000, SingleUnit(2)),
        )
    )
    assert lines(result, Concept.ORDINARY) == [2_500, 80_000, 2_500]
    assert result.totals.by_account == {"5.2": 5_000, "5.9": 80_000}


def test_consumption_with_rollover_and_main_meter_difference() -> None:
    water = ConsumptionCharge(
        1,
        "5.4",
        "Agua",
        price=1_000,
        readings={1: Reading(9_990, 10, digits=4), 2: Reading(100, 160, digits=4)},
        main=Reading(5_000, 5_100, digits=4),
    )
    result = preview(month(consumption=(water,)))
    # units consume 20 and 60 (80); the main meter read 100: 20 more, spread as 1/4 and 3/4
    assert lines(result, Concept.CONSUMPTION) == [25_000, 75_000, 0]
    assert result.totals.by_account == {"5.4": 100_000}
    assert result.totals.by_nature == {"ordinary": 100_000, "extraordinary": 0}


def test_consumption_that_cannot_be_read_blocks() -> None:
    water = ConsumptionCharge(1, "5.4", "Agua", 1_000, {1: Reading(50, 10)})
    result = preview(month(consumption=(water,)))
    assert codes(result.errors) == ["invalid_entry"]
    assert result.errors[0].message.startswith("Consumo «Agua»: La lectura actual (10)")


def test_unit_delivered_on_the_16th_of_a_30_day_month_pays_15_of_30() -> None:
    units = (*UNITS[:2], replace(UNITS[2], delivery_date=date(2024, 6, 16)))
    result = preview(month(Expense(1, "5.1", "Aseo", 3_000, EqualParts()), units=units))
    assert lines(result, Concept.ORDINARY) == [1_000, 1_000, 500]
    assert result.totals.not_charged == 500
    assert result.splits[0].split.exact[2] == Fraction(1_000 * 15, 30)
    assert codes(result.warnings) == ["partial_month"]
    assert "16/06/2024: paga 15 de 30 días" in result.warnings[0].message


def test_reserve_fund_as_percentage_of_ordinary_expenses_only() -> None:
    result = preview(
        month(
            Expense(1, "5.1", "Conserje", 300_000, ByTable(1)),
            Expense(2, "6.1", "Techo", 600_000, ByTable(1), nature="extraordinary"),
            reserve=ReservePercentage(5 * SCALE),
        )
    )
    assert lines(result, Concept.RESERVE) == [5_000, 5_000, 5_000]
    assert result.totals.by_concept[Concept.RESERVE] == 15_000
    assert result.totals.total == 915_000


def test_reserve_fund_fixed_amount_by_table() -> None:
    result = preview(month(reserve=ReserveFixed(100_000, 1)))
    assert lines(result, Concept.RESERVE) == [33_334, 33_333, 33_333]
    missing = preview(month(reserve=ReserveFixed(100_000, 7)))
    assert codes(missing.errors) == ["unknown_table"]


def test_individual_charges_and_previous_balances_count_in_the_total() -> None:
    result = preview(
        month(
            Expense(1, "5.1", "Aseo", 9, EqualParts()),
            individual_charges=(IndividualCharge(1, 2, "7.1", "Multa ruidos", 20_000),),
            previous_balances={1: 15_000, 3: -4_000},  # debt and credit
        )
    )
    assert lines(result, Concept.INDIVIDUAL) == [0, 20_000, 0]
    assert lines(result, Concept.PREVIOUS_BALANCE) == [15_000, 0, -4_000]
    assert [s.month_total for s in result.units] == [3, 20_003, 3]
    assert [s.total for s in result.units] == [15_003, 20_003, -3_997]
    assert result.totals.total == sum(s.total for s in result.units) == 31_009


def test_expense_by_consumption_follows_the_readings() -> None:
    water = {1: Reading(100, 110), 2: Reading(5, 35), 3: Reading(0, 0)}
    result = preview(
        month(Expense(1, "2.01", "Agua", 1_000, ByConsumption("water")), meters={"water": water})
    )
    assert lines(result, Concept.CONSUMPTION) == [250, 750, 0]
    blocked = preview(month(Expense(1, "2.01", "Agua", 1_000, ByConsumption("gas"))))
    assert codes(blocked.errors) == ["no_readings"]


def test_other_funds_and_interest_have_their_own_lines() -> None:
    works = FundCharge(7, "Obras", ReserveFixed(90, 1))
    result = preview(
        month(Expense(1, "1", "Aseo", 300, ByTable(1)), funds=(works,), interest={2: 15})
    )
    assert lines(result, Concept.FUNDS) == [30, 30, 30]
    assert lines(result, Concept.INTEREST) == [0, 15, 0]
    assert result.totals.by_account == {"1": 300}
    assert result.totals.month_total == 300 + 90 + 15


def test_the_fast_paths_give_what_the_general_split_gives() -> None:
    from kastor_desktop.domain.money import split_largest_remainder

    weights = [33_333_334, 33_333_333, 33_333_333]
    table = ShareTable(1, "General", dict(zip((1, 2, 3), weights, strict=True)))
    for amount in (0, 1, 2, 10, 99_999, 1_000_001):
        result = preview(month(Expense(1, "1", "x", amount, ByTable(1)), tables=(table,)))
        assert lines(result, Concept.ORDINARY) == split_largest_remainder(amount, weights)
        equal = preview(month(Expense(1, "1", "x", amount, EqualParts())))
        assert lines(equal, Concept.ORDINARY) == split_largest_remainder(amount, [1, 1, 1])


def test_bad_period_or_repeated_units_never_raise() -> None:
    assert codes(preview(replace(month(), month=13)).errors) == ["bad_period"]
    repeated = preview(month(Expense(1, "5.1", "Aseo", 9, EqualParts()), units=UNITS + UNITS[:1]))
    assert codes(repeated.errors) == ["duplicate_unit"]
    assert repeated.totals.total == 0


# -- properties over random communities -------------------------------------------------------


def make_inputs(n: int, seed: int, small_amounts: bool) -> ClosingInputs:
    """A random month: tables with zero shares, every split method, meters, fines, reserve,
    balances, units delivered during the month. Bulk values come from a seeded ``Random``."""
    rng = Random(seed)
    top = 2 * n if small_amounts else 10**9
    units = tuple(
        Unit(
            id=i,
            number=str(100 + i),
            owner_id=i if rng.random() < 0.9 else None,
            delivery_date=date(2024, 2, rng.randint(1, 29)) if rng.random() < 0.1 else None,
        )
        for i in rng.sample(range(1, 10 * n + 1), n)
    )
    ids = [u.id for u in units]
    tables = []
    for table_id in range(1, rng.randint(1, 3) + 1):
        weights = [rng.choice([0, 0, rng.randint(1, 10**6)]) for _ in ids]
        weights[rng.randrange(n)] += 1
        tables.append(
            ShareTable(table_id, f"T{table_id}", dict(zip(ids, from_weights(weights), strict=True)))
        )
    expenses = []
    for expense_id in range(rng.randint(0, 8)):
        methods: list[SplitMethod] = [
            ByTable(rng.randint(1, len(tables))),
            EqualParts(),
            EqualParts(tuple(rng.sample(ids, rng.randint(1, n)))),
            FixedPerUnit(tuple(rng.sample(ids, rng.randint(1, n)))),
            SingleUnit(rng.choice(ids)),
            ByConsumption("water"),
        ]
        amount = rng.randint(0, top)
        method, nature = rng.choice(methods), rng.choice(NATURES)
        expenses.append(Expense(expense_id, f"5.{expense_id % 3}", "g", amount, method, nature))
    meters = tuple(
        ConsumptionCharge(
            i,
            "5.4",
            "agua",
            Fraction(rng.randint(0, 10**6), rng.randint(1, 1_000)),
            {
                u: Reading(rng.randint(0, 9_999), rng.randint(0, 9_999), 4)
                for u in ids
                if rng.random() < 0.8
            },
            Reading(0, rng.randint(0, 10**6), 7) if rng.random() < 0.5 else None,
        )
        for i in range(rng.randint(0, 2))
    )
    meters = tuple(m for m in meters if m.readings)  # a main meter needs some unit to spread to
    fines = tuple(
        IndividualCharge(i, rng.choice(ids), "7.1", "multa", rng.randint(0, top))
        for i in range(rng.randint(0, 5))
    )
    reserve = rng.choice(
        [None, ReservePercentage(rng.randint(0, 100 * SCALE)), ReserveFixed(rng.randint(0, top), 1)]
    )
    balances = {u: rng.randint(-top, top) for u in ids if rng.random() < 0.3}
    water = {u: Reading(rng.randint(0, 500), rng.randint(500, 900)) for u in ids}
    funds = tuple(
        FundCharge(
            f,
            f"Fondo {f}",
            rng.choice(
                [
                    ReservePercentage(rng.randint(0, 20 * SCALE)),
                    ReserveFixed(rng.randint(0, top), 1),
                ]
            ),
        )
        for f in range(1, rng.randint(1, 3))
    )
    interest = {u: rng.randint(1, top) for u in ids if rng.random() < 0.2}
    return ClosingInputs(
        2024, 2, units, tuple(tables), tuple(expenses), meters, fines, reserve, funds=funds,
        meters={"water": water}, interest=interest, previous_balances=balances,
    )  # fmt: skip


@st.composite
def months(draw: st.DrawFn) -> ClosingInputs:
    big = draw(st.integers(min_value=0, max_value=15)) == 0  # about one in sixteen: up to 2,000
    n = draw(st.integers(min_value=1, max_value=2_000 if big else 40))
    return make_inputs(n, draw(st.integers(min_value=0, max_value=2**32)), draw(st.booleans()))


@PROPERTIES
@given(months())
@example(make_inputs(2_000, seed=3, small_amounts=True))
@example(make_inputs(1, seed=4, small_amounts=True))
def test_random_months_add_up_to_the_peso(inputs: ClosingInputs) -> None:
    result = preview(inputs)
    assert result.errors == ()
    for charge in result.splits:
        split = charge.split
        assert sum(split.parts) + split.not_charged == split.amount
        for part, exact in zip(split.parts, split.exact, strict=True):
            assert abs(part - exact) < 1
    for statement in result.units:
        assert statement.total == sum(statement.lines.values())
    totals = result.totals
    assert sum(s.total for s in result.units) == totals.total == sum(totals.by_concept.values())
    assert sum(s.month_total for s in result.units) == totals.month_total
    # every peso entered is charged to a unit or shown as not charged (days before delivery)
    split_total = sum(c.split.amount for c in result.splits)
    assert split_total == totals.month_total + totals.not_charged
    funds = {Concept.RESERVE, Concept.FUNDS, Concept.INTEREST}
    computed = sum(c.split.amount for c in result.splits if c.concept in funds)
    assert sum(totals.by_account.values()) + computed == split_total
    assert preview(inputs) == result  # deterministic
