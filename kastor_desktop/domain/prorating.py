"""Prorating: split an amount among units exactly, keeping each unit's exact share.

Amounts are integers in minor units; shares are millionths of a percent (domain/shares.py).
Every split rounds once, with the largest-remainder method of domain/money.py (ties by the order
in which the units are given): the parts always sum exactly to the split's amount, and each part
is within one minor unit of its exact share, which is kept as a ``Fraction`` for audit.

Bad input (a negative amount, a reading past the meter's digits...) raises ``ValueError`` with a
Spanish message; domain/closing.py validates first and reports instead of raising.
"""

from __future__ import annotations

import calendar
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from fractions import Fraction

from kastor_desktop.domain.money import split_integer, split_largest_remainder
from kastor_desktop.domain.shares import FULL

UnitId = int
Price = Fraction | Decimal | int
ONE = Fraction(1)
ZERO = Fraction(0)


@dataclass(frozen=True)
class Split:
    """Per-unit parts of ``amount``, in the order the units were given.

    ``not_charged`` is the part no unit pays: the days before a unit's delivery (see
    ``days_owned_fraction``); it is zero unless delivery factors were given. Always
    ``sum(parts) + not_charged == amount``. The exact shares (``exact``) are derived on demand
    from the weights the split used, so the closing's hot path builds no Fractions.
    """

    amount: int
    unit_ids: tuple[UnitId, ...]
    parts: tuple[int, ...]
    weights: tuple[Fraction | int, ...]  # per unit, after delivery factors
    weight_total: Fraction | int  # the units' weights plus the not-charged rest
    not_charged: int = 0

    @property
    def exact(self) -> tuple[Fraction, ...]:
        if not self.weight_total:
            return (ZERO,) * len(self.parts)
        return tuple(Fraction(self.amount * w) / self.weight_total for w in self.weights)

    @property
    def not_charged_exact(self) -> Fraction:
        if not self.weight_total:
            return ZERO
        return self.amount - sum(self.exact, ZERO)

    def by_unit(self) -> dict[UnitId, int]:
        return dict(zip(self.unit_ids, self.parts, strict=True))

    def exact_by_unit(self) -> dict[UnitId, Fraction]:
        return dict(zip(self.unit_ids, self.exact, strict=True))


@dataclass(frozen=True)
class Reading:
    """A meter's previous and current reading; ``digits`` allows rolling over past 99…9."""

    previous: int
    current: int
    digits: int | None = None

    @property
    def consumption(self) -> int:
        return meter_consumption(self.previous, self.current, self.digits)


@dataclass(frozen=True)
class ConsumptionSplit:
    """A consumption charge: the unit readings priced, plus the main meter's difference.

    ``exact_total`` is price x (sub-meter total + difference); ``split.amount`` is that total
    rounded once to a whole minor unit (half up), split in proportion to each unit's consumption;
    ``split.exact`` holds the shares of that rounded amount (within 1/2 of the priced ones).
    """

    split: Split
    consumption: tuple[int, ...]  # per unit, in the split's order
    sub_total: int
    main_consumption: int | None
    difference: int  # main minus sub-meters when positive, else 0; spread by consumption
    exact_total: Fraction


# -- the one split everything goes through ----------------------------------------------------


def _check_amount(amount: int) -> None:
    if amount < 0:
        raise ValueError(f"El monto a prorratear no puede ser negativo ({amount}).")


def _weighted(
    amount: int,
    units: Sequence[UnitId],
    weights: Sequence[Fraction | int],
    factors: Mapping[UnitId, Fraction] | None = None,
) -> Split:
    """Split ``amount`` by ``weights`` (one per unit); ``factors`` scale a unit's part (0..1)."""
    _check_amount(amount)
    units = tuple(units)
    if len(set(units)) != len(units):
        raise ValueError("Hay unidades repetidas en el prorrateo.")
    if min(weights, default=0) < 0:
        raise ValueError("Las participaciones no pueden ser negativas.")
    slots: list[Fraction | int] = list(weights)
    rest: Fraction | int = 0
    if factors:
        unknown = set(factors) - set(units)
        if unknown:
            raise ValueError(
                f"Factor de días para unidades ajenas al prorrateo: {sorted(unknown)}."
            )
        for i, unit in enumerate(units):
            factor = factors.get(unit, ONE)
            if not ZERO <= factor <= ONE:
                raise ValueError(f"El factor de días debe estar entre 0 y 1 ({factor}).")
            if factor != ONE:
                rest += slots[i] * (1 - factor)
                slots[i] = slots[i] * factor
    if rest:
        slots.append(rest)
    total = sum(slots)
    n = len(units)
    if amount == 0 or total == 0:
        if amount:
            raise ValueError("No hay unidades con participación para prorratear el monto.")
        parts = [0] * len(slots)
    elif set(map(type, slots)) == {int}:
        parts = split_integer(amount, slots, total)  # type: ignore[arg-type]
    else:
        parts = split_largest_remainder(amount, slots)
    return Split(
        amount=amount,
        unit_ids=units,
        parts=tuple(parts[:n]),
        weights=tuple(slots[:n]),
        weight_total=total,
        not_charged=parts[n] if rest else 0,
    )


# -- methods ----------------------------------------------------------------------------------


def split_by_table(
    amount: int,
    units: Sequence[UnitId],
    table: Mapping[UnitId, int],
    factors: Mapping[UnitId, Fraction] | None = None,
) -> Split:
    """In proportion to each unit's share (micro %); units not in ``table`` get nothing.

    The table's sum is not checked here (parts follow the shares' proportions); the closing
    refuses a table that does not sum to exactly 100 %.
    """
    unknown = set(table) - set(units)
    if unknown:
        raise ValueError(
            f"La tabla incluye unidades que no están en el prorrateo: {sorted(unknown)}."
        )
    return _weighted(amount, units, [table.get(unit, 0) for unit in units], factors)


def split_by_weights(
    amount: int,
    units: Sequence[UnitId],
    weights: Sequence[int],
    factors: Mapping[UnitId, Fraction] | None = None,
) -> Split:
    """In proportion to integer weights, one per unit (a month's consumption per unit, or a
    share table already laid out in the units' order)."""
    return _weighted(amount, units, weights, factors)


def split_equal(
    amount: int, units: Sequence[UnitId], factors: Mapping[UnitId, Fraction] | None = None
) -> Split:
    """Equal parts: 10 over three units is 4, 3, 3 (the extra peso to the first in order)."""
    return _weighted(amount, units, [1] * len(units), factors)


def split_fixed_per_unit(
    per_unit: int, units: Sequence[UnitId], factors: Mapping[UnitId, Fraction] | None = None
) -> Split:
    """``per_unit`` to every unit; the split's amount is ``per_unit`` x the number of units."""
    _check_amount(per_unit)
    return _weighted(per_unit * len(units), units, [1] * len(units), factors)


def charge_to_unit(amount: int, units: Sequence[UnitId], unit_id: UnitId) -> Split:
    """The whole amount to one unit (surcharge categories, fines, reservation fees)."""
    _check_amount(amount)
    if unit_id not in units:
        raise ValueError(f"La unidad {unit_id} no está en el prorrateo.")
    parts = tuple(amount if unit == unit_id else 0 for unit in units)
    weights = tuple(1 if unit == unit_id else 0 for unit in units)
    return Split(amount, tuple(units), parts, weights, 1)


def meter_consumption(previous: int, current: int, digits: int | None = None) -> int:
    """Current minus previous; a meter of ``digits`` digits that rolled over counts past 0.

    9990 -> 0010 on a 4-digit meter is 20. Without ``digits`` a lower current reading is an error.
    """
    if previous < 0 or current < 0:
        raise ValueError("Las lecturas del medidor no pueden ser negativas.")
    if digits is not None:
        if digits < 1:
            raise ValueError("El medidor debe tener al menos un dígito.")
        limit: int = 10**digits
        if previous >= limit or current >= limit:
            raise ValueError(f"Lectura mayor que la de un medidor de {digits} dígitos.")
        return (current - previous) % limit
    if current < previous:
        raise ValueError(
            f"La lectura actual ({current}) es menor que la anterior ({previous}); "
            "indique los dígitos del medidor si dio la vuelta."
        )
    return current - previous


def round_half_up(value: Fraction) -> int:
    """Nearest integer, halves away from zero for positives (1/2 -> 1)."""
    return math.floor(value + Fraction(1, 2))


def split_by_consumption(
    units: Sequence[UnitId],
    readings: Mapping[UnitId, Reading],
    price: Price,
    main: Reading | None = None,
) -> ConsumptionSplit:
    """Each unit's consumption x ``price`` (minor units per unit of consumption, exact).

    When the main meter read more than the sub-meters together, the difference is charged too,
    spread in proportion to each unit's consumption. Units without a reading consume nothing.
    """
    unit_price = Fraction(price)
    if unit_price < 0:
        raise ValueError(f"El precio por unidad de consumo no puede ser negativo ({price}).")
    unknown = set(readings) - set(units)
    if unknown:
        raise ValueError(f"Lecturas de unidades que no están en el prorrateo: {sorted(unknown)}.")
    consumption = [readings[u].consumption if u in readings else 0 for u in units]
    sub_total = sum(consumption)
    main_consumption = main.consumption if main is not None else None
    difference = max(0, (main_consumption or 0) - sub_total)
    if difference and not sub_total:
        raise ValueError(
            "El medidor general registra consumo pero ninguna unidad: no hay cómo repartir "
            "la diferencia."
        )
    exact_total = unit_price * (sub_total + difference)
    split = _weighted(round_half_up(exact_total), units, consumption)
    return ConsumptionSplit(
        split=split,
        consumption=tuple(consumption),
        sub_total=sub_total,
        main_consumption=main_consumption,
        difference=difference,
        exact_total=exact_total,
    )


def days_owned_fraction(delivery: date | None, year: int, month: int) -> Fraction:
    """Part of the month a unit delivered on ``delivery`` is owned: days owned / days in month.

    Delivered on the 16th of a 30-day month: 15/30 (the 16th counts). Delivered before the month
    (or never recorded): 1; after it: 0.
    """
    days = calendar.monthrange(year, month)[1]
    if delivery is None or delivery <= date(year, month, 1):
        return ONE
    if delivery > date(year, month, days):
        return ZERO
    return Fraction(days - delivery.day + 1, days)


# -- reserve fund -----------------------------------------------------------------------------


def rate_from_basis_points(basis_points: int) -> int:
    """5 % is 500 basis points, and 5_000_000 millionths of a percent."""
    return basis_points * (FULL // 10_000)


def reserve_by_percentage(
    units: Sequence[UnitId], ordinary: Mapping[UnitId, int], rate_micro: int
) -> Split:
    """``rate_micro`` (millionths of a percent) of the ordinary expenses of each unit.

    The fund's contribution is rate x total ordinary, rounded once (half up) to a whole minor
    unit, and split in proportion to each unit's ordinary expenses.
    """
    if rate_micro < 0:
        raise ValueError("El porcentaje del fondo de reserva no puede ser negativo.")
    unknown = set(ordinary) - set(units)
    if unknown:
        raise ValueError(f"Gastos ordinarios de unidades ajenas al prorrateo: {sorted(unknown)}.")
    base = [ordinary.get(unit, 0) for unit in units]
    if any(amount < 0 for amount in base):
        raise ValueError("Los gastos ordinarios de una unidad no pueden ser negativos.")
    return _weighted(round_half_up(Fraction(sum(base) * rate_micro, FULL)), units, base)


def reserve_fixed(
    amount: int,
    units: Sequence[UnitId],
    table: Mapping[UnitId, int],
    factors: Mapping[UnitId, Fraction] | None = None,
) -> Split:
    """A fixed monthly contribution to the fund, prorated by a share table."""
    return split_by_table(amount, units, table, factors)
