"""Share tables (tablas de prorrateo): percentages with up to 6 decimals, held exactly.

A share is an integer of millionths of a percent: 100 % = 100_000_000. A table must sum to
exactly that; computed tables (from m2 or fiscal valuation) are rounded with the largest
remainder so they always do.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

from kastor_desktop.domain.errors import FieldError
from kastor_desktop.domain.money import split_largest_remainder

SCALE = 1_000_000  # millionths of a percent
FULL = 100 * SCALE


def parse_percent(value: object, field: str = "share") -> int:
    """'12,345678', '12.5', 12.5 or '12,5 %' -> millionths of a percent; at most 6 decimals."""
    if isinstance(value, bool):
        raise FieldError(field, "El porcentaje debe ser un número.")
    if isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, float):
        number = Decimal(repr(value))
    else:
        text = str(value or "").strip().replace("%", "").strip()
        if not text:
            raise FieldError(field, "Indique el porcentaje.")
        if "," in text:
            text = text.replace(".", "").replace(",", ".")
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise FieldError(field, f"«{value}» no es un porcentaje válido.") from None
    if number < 0 or number > 100:
        raise FieldError(field, f"El porcentaje {value} debe estar entre 0 y 100.")
    scaled = number * SCALE
    if scaled != scaled.to_integral_value():
        raise FieldError(field, f"El porcentaje {value} tiene más de 6 decimales.")
    return int(scaled)


def format_percent(micro: int | None, decimals: int = 6) -> str:
    """es-CL form: 12,345678 (decimal comma)."""
    if micro is None:
        return ""
    whole, frac = divmod(abs(micro), SCALE)
    sign = "-" if micro < 0 else ""
    digits = f"{frac:06d}"[:decimals]
    return f"{sign}{whole},{digits}" if decimals else f"{sign}{whole}"


def difference(shares: Sequence[int]) -> int:
    """What the table lacks (positive) or exceeds (negative) to reach exactly 100 %."""
    return FULL - sum(shares)


def from_weights(weights: Sequence[int]) -> list[int]:
    """Percentages proportional to weights (m2, fiscal valuation), summing exactly to 100 %."""
    if not weights or sum(weights) <= 0:
        raise ValueError("weights must sum to a positive number")
    return split_largest_remainder(FULL, list(weights))
