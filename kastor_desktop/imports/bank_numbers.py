"""One bank-statement cell at a time: dates, amounts and text as banks write them.

Dates: dd/mm/yyyy, dd-mm-yyyy, dd.mm.yyyy, dd/mm/yy, yyyy-mm-dd (a time after the date is
ignored), real date cells, and Excel serial numbers left without a date format. Amounts:
«1.234.567», «1.234,56», «1234.56», «$ 1.234», «-1.234», «1.234-», «(1.234)», numeric cells;
in minor units by the currency's exponent (CLP 0: a fraction is an error, ARS 2).

Every parser raises ``BadCell`` with a short Spanish reason; the reader puts the row number in
front. Results are cached: a statement repeats the same dates and amounts thousands of times.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from functools import lru_cache

_DMY = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})(?:[ T].*)?")
_YMD = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?")
_NOISE = re.compile(r"[\s$\u00a0]|CLP|ARS|USD|US\$", re.IGNORECASE)
_PLAIN = re.compile(r"\d+")
_THOUSANDS_DOT = re.compile(r"\d{1,3}(?:\.\d{3})+")
_THOUSANDS_COMMA = re.compile(r"\d{1,3}(?:,\d{3})+")
# «1.234.567», «-$ 1.234», «1.234,56», «150000»: most cells, parsed without Decimal
_FAST = re.compile(r"\s*(-?)\s*(?:\$\s*)?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?\s*")
_EXCEL_EPOCH = date(1899, 12, 30)
_SCALE = (1, 10, 100, 1000, 10_000)  # 10 ** exponent, as an int for the type checker
MAX_AMOUNT = 10**15  # minor units; a statement line beyond this is a typo or a hostile file


class BadCell(ValueError):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def shown(value: object) -> str:
    """The cell as the user sees it, for messages."""
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float):
        text = repr(value)
        return text[:-2] if text.endswith(".0") else text.replace(".", ",")
    return " ".join(str(value).split())


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


# -- dates ----------------------------------------------------------------------------------------
def parse_date(value: object) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise BadCell("no es una fecha")
    if isinstance(value, int | float):
        if value == int(value) and 20_000 <= value <= 80_000:  # an Excel serial day number
            return _EXCEL_EPOCH + timedelta(days=int(value))
        raise BadCell("no es una fecha (use dd/mm/aaaa)")
    return _date_text(str(value).strip())


@lru_cache(maxsize=4096)
def _date_text(text: str) -> date:
    found = _DMY.fullmatch(text)
    if found:
        d, m, y = (int(g) for g in found.groups())
        if len(found.group(3)) == 2:
            y += 2000
    else:
        found = _YMD.fullmatch(text)
        if not found:
            raise BadCell("no es una fecha (use dd/mm/aaaa)")
        y, m, d = (int(g) for g in found.groups())
    try:
        result = date(y, m, d)
    except ValueError:
        raise BadCell("no es una fecha válida") from None
    if not 1990 <= result.year <= 2100:
        raise BadCell("tiene un año fuera de rango")
    return result


# -- amounts --------------------------------------------------------------------------------------
def parse_amount(value: object, exponent: int) -> int:
    """A signed amount in minor units; blank cells are the caller's business."""
    result: int
    if value.__class__ is str:
        fast = _FAST.fullmatch(value)
        if fast is not None:
            sign, whole, fraction = fast.groups()
            result = int(whole.replace(".", "")) * _SCALE[exponent]
            if fraction:
                result += _fraction(fraction, exponent)
            if sign:
                result = -result
        else:
            result = _amount_text(value, exponent)
    elif isinstance(value, bool):
        raise BadCell("no es un monto")
    elif isinstance(value, int):
        result = value * _SCALE[exponent]
    elif isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise BadCell("no es un monto")
        if value.is_integer():
            result = int(value) * _SCALE[exponent]
        else:
            result = _scaled(Decimal(repr(value)), exponent)
    elif isinstance(value, date):
        raise BadCell("es una fecha, no un monto")
    else:
        result = _amount_text(str(value), exponent)
    if abs(result) >= MAX_AMOUNT:
        raise BadCell("es demasiado grande")
    return result


@lru_cache(maxsize=65536)
def _amount_text(raw: str, exponent: int) -> int:
    text = _NOISE.sub("", raw)
    negative = False
    if text.startswith("(") and text.endswith(")"):
        negative, text = True, text[1:-1]
    if text.startswith(("-", "+")):
        negative, text = text[0] == "-", text[1:]
    elif text.endswith(("-", "+")):  # «1.234-» as some banks print a charge
        negative, text = text[-1] == "-", text[:-1]
    text = text.lstrip("$")
    if not text:
        raise BadCell("no es un monto")
    return -_unsigned(text, exponent) if negative else _unsigned(text, exponent)


def _unsigned(text: str, exponent: int) -> int:
    if _PLAIN.fullmatch(text):
        return int(text) * _SCALE[exponent]
    dot, comma = text.rfind("."), text.rfind(",")
    if dot >= 0 and comma >= 0:  # the later one is the decimal mark: «1.234,56», «1,234.56»
        thousands, mark = (".", ",") if comma > dot else (",", ".")
        whole, _, fraction = text.rpartition(mark)
        pattern = _THOUSANDS_DOT if thousands == "." else _THOUSANDS_COMMA
        if not pattern.fullmatch(whole):
            raise BadCell("no es un monto")
        number = f"{whole.replace(thousands, '')}.{fraction}"
    elif dot >= 0:
        # «1.234.567» and «1.234» are thousands (Spanish); «1234.5» and «12.50» are decimals
        number = text.replace(".", "") if _THOUSANDS_DOT.fullmatch(text) else text
    elif comma >= 0:
        # the decimal comma of Spanish; «1,234,567» (several commas) are thousands
        if text.count(",") > 1 and _THOUSANDS_COMMA.fullmatch(text):
            number = text.replace(",", "")
        elif _THOUSANDS_COMMA.fullmatch(text):  # «150,000»: thousands or decimals?
            raise BadCell("es ambiguo: no se sabe si la coma separa miles o decimales")
        else:
            number = text.replace(",", ".")
    else:
        raise BadCell("no es un monto")
    if not re.fullmatch(r"\d+(?:\.\d+)?", number):
        raise BadCell("no es un monto")
    try:
        return _scaled(Decimal(number), exponent)
    except InvalidOperation:
        raise BadCell("no es un monto") from None


def _fraction(digits: str, exponent: int) -> int:
    """«,5» -> 50 centavos; a non-zero fraction beyond the exponent is an error."""
    kept, dropped = digits[:exponent], digits[exponent:]
    if dropped.strip("0"):
        if exponent == 0:
            raise BadCell("tiene decimales y la moneda es en pesos enteros")
        raise BadCell(f"tiene más de {exponent} decimales")
    return int(kept.ljust(exponent, "0")) if exponent else 0


def _scaled(number: Decimal, exponent: int) -> int:
    scaled = number.scaleb(exponent)
    if scaled != scaled.to_integral_value():
        if exponent == 0:
            raise BadCell("tiene decimales y la moneda es en pesos enteros")
        raise BadCell(f"tiene más de {exponent} decimales")
    return int(scaled)


# -- text -----------------------------------------------------------------------------------------
def text_of(value: object) -> str:
    """A cell as text, kept literally: «=1+1» or «@SUM(A1)» stay what they are, never run."""
    if value is None:
        return ""
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date):
        return shown(value)
    return str(value)
