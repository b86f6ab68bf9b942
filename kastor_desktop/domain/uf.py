"""UF (Unidad de Fomento): amounts held with 4 decimals, converted to pesos with a dated value.

A UF amount is an integer of ten-thousandths (1,5 UF = 15_000); the UF's value in pesos is an
integer of hundredths (37.571,86 = 3_757_186). Converting multiplies both exactly and rounds
once, half up, to whole pesos (CLP has no minor unit below the peso).

Typed numbers follow es-CL (``,`` decimals, ``.`` thousands) but a lone ``.`` is read as the
decimal point when the digits after it fit the decimals allowed («1.5» UF, «37571.86»); with
more digits than that, and groups of three, it separates thousands («37.571» = 37571).
"""

from __future__ import annotations

import re
from fractions import Fraction

from kastor_desktop.domain.prorating import round_half_up

UF_SCALE = 10_000  # UF amounts: 4 decimals
UF_DECIMALS = 4
VALUE_SCALE = 100  # the UF's value in pesos: 2 decimals
VALUE_DECIMALS = 2

_GROUPED = re.compile(r"\d{1,3}(\.\d{3})+")
_UNIT = re.compile(r"^\s*\$?\s*|\s*(UF)?\s*$", re.IGNORECASE)


def uf_to_minor(uf_x10000: int, uf_value_x100: int) -> int:
    """Whole pesos for ``uf_x10000`` UF at ``uf_value_x100``: 1,5 UF x 37.571,86 = 56.358.

    The exact product (56.357,79) is rounded once, half up; a negative amount (a credit in UF)
    rounds symmetrically.
    """
    if uf_value_x100 <= 0:
        raise ValueError(f"El valor de la UF debe ser positivo ({uf_value_x100}).")
    exact = Fraction(abs(uf_x10000) * uf_value_x100, UF_SCALE * VALUE_SCALE)
    pesos = round_half_up(exact)
    return -pesos if uf_x10000 < 0 else pesos


def _parse_scaled(text: str, decimals: int, what: str) -> int:
    """A non-negative decimal number in es-CL or plain form, as an integer x 10**decimals."""
    raw = text
    cleaned = _UNIT.sub("", text)
    error = ValueError(
        f"{what} inválido: «{raw}» (use un número con hasta {decimals} decimales, p. ej. "
        f"{'«1,5»' if decimals == UF_DECIMALS else '«37.571,86»'})."
    )
    if cleaned.startswith("-"):
        raise ValueError(f"{what} no puede ser negativo: «{raw}».")
    if not any(c.isdigit() for c in cleaned):
        raise error
    whole, fraction = cleaned, ""
    if "," in cleaned:
        whole, _, fraction = cleaned.rpartition(",")
        if "," in whole:
            raise error
        if "." in whole:
            if not _GROUPED.fullmatch(whole):
                raise error
            whole = whole.replace(".", "")
    elif cleaned.count(".") == 1:
        head, _, tail = cleaned.partition(".")
        if len(tail) <= decimals:
            whole, fraction = head, tail
        elif _GROUPED.fullmatch(cleaned):
            whole = cleaned.replace(".", "")
        else:
            raise ValueError(f"{what} con más de {decimals} decimales: «{raw}».")
    elif "." in cleaned:
        if not _GROUPED.fullmatch(cleaned):
            raise error
        whole = cleaned.replace(".", "")
    if not whole:
        whole = "0"
    if not (whole.isascii() and whole.isdigit()) or not (
        fraction == "" or (fraction.isascii() and fraction.isdigit())
    ):
        raise error
    if len(fraction) > decimals:
        raise ValueError(f"{what} con más de {decimals} decimales: «{raw}».")
    scale: int = 10**decimals
    return int(whole) * scale + int(fraction.ljust(decimals, "0") or "0")


def parse_uf(text: str) -> int:
    """«1,5», «1.5», «0,2500», «2», «1,5 UF» -> ten-thousandths of a UF (15_000)."""
    return _parse_scaled(text, UF_DECIMALS, "Monto en UF")


def parse_uf_value(text: str) -> int:
    """«37.571,86», «37571,86», «37571.86», «$ 37.571,86» -> hundredths of a peso (3_757_186)."""
    value = _parse_scaled(text, VALUE_DECIMALS, "Valor de la UF")
    if not value:
        raise ValueError(f"El valor de la UF debe ser positivo: «{text}».")
    return value


def _grouped(value: int, scale: int, decimals: int) -> str:
    whole, fraction = divmod(abs(value), scale)
    sign = "-" if value < 0 else ""
    return f"{sign}{whole:,}".replace(",", ".") + f",{fraction:0{decimals}d}"


def format_uf(uf_x10000: int) -> str:
    """15_000 -> «1,5000 UF»; 12_345_000 -> «1.234,5000 UF»."""
    return f"{_grouped(uf_x10000, UF_SCALE, UF_DECIMALS)} UF"


def format_uf_value(uf_value_x100: int) -> str:
    """3_757_186 -> «$ 37.571,86»."""
    return f"$ {_grouped(uf_value_x100, VALUE_SCALE, VALUE_DECIMALS)}"
