"""Reading the values offices type in spreadsheets: Spanish numbers, dates, yes/no, amounts."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from kastor_desktop.domain.errors import FieldError


def text(value: object) -> str:
    """Cell value as clean text (calamine gives floats for integers: 101.0 -> '101')."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y")
    return " ".join(str(value).split())


def decimal(value: object, field: str, label: str) -> Decimal | None:
    """'1.234,56', '1234.56', 1234.56 -> Decimal; empty -> None."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise FieldError(field, f"{label}: «{value}» no es un número.")
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value))
    raw = str(value).strip().replace("$", "").replace(" ", "")
    if "," in raw:
        raw = raw.replace(".", "").replace(",", ".")
    elif raw.count(".") > 1 or (
        raw.count(".") == 1
        and len(raw.split(".")[1]) == 3
        and raw.lstrip("+-").replace(".", "").isdigit()
    ):
        raw = raw.replace(".", "")  # 1.234.567 or 1.234 written with thousands dots
    try:
        return Decimal(raw)
    except InvalidOperation:
        raise FieldError(field, f"{label}: «{value}» no es un número.") from None


def minor_units(value: object, exponent: int, field: str, label: str) -> int | None:
    """An amount in pesos/centavos as integer minor units; refuses more decimals than allowed."""
    number = decimal(value, field, label)
    if number is None:
        return None
    scaled = number * (10**exponent)
    if scaled != scaled.to_integral_value():
        allowed = "sin decimales" if exponent == 0 else f"con a lo más {exponent} decimales"
        raise FieldError(field, f"{label}: «{value}» debe ir {allowed}.")
    return int(scaled)


def day(value: object, field: str, label: str) -> date | None:
    """dd/mm/yyyy, dd-mm-yyyy, yyyy-mm-dd, or a spreadsheet date -> date; empty -> None."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    raw = str(value).strip()
    for pattern in ("%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d", "%d.%m.%Y", "%d/%m/%y"):
        try:
            return datetime.strptime(raw, pattern).date()
        except ValueError:
            continue
    raise FieldError(field, f"{label}: «{value}» no es una fecha válida (use dd/mm/aaaa).")


YES = {"si", "sí", "s", "x", "1", "true", "verdadero", "yes"}
NO = {"no", "n", "0", "false", "falso", ""}


def yes_no(value: object, field: str, label: str, default: bool = False) -> bool:
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    raw = text(value).lower()
    if raw == "":
        return default
    if raw in YES:
        return True
    if raw in NO:
        return False
    raise FieldError(field, f"{label}: «{value}» debe ser Sí o No.")
