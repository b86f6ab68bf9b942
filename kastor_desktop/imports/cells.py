"""One cell at a time: parse what an office typed, or say why not (a short Spanish reason; the
row, column and value are reported beside it). Also the es-CL display of stored values."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from functools import lru_cache
from typing import Any, TypeVar

from kastor_desktop.domain import values
from kastor_desktop.domain.contact_info import normalize_email, normalize_phone
from kastor_desktop.domain.errors import FieldError
from kastor_desktop.domain.money import format_amount
from kastor_desktop.domain.shares import format_percent, parse_percent
from kastor_desktop.domain.taxid import normalize_tax_id, tax_id_label
from kastor_desktop.domain.units import code_for
from kastor_desktop.imports.plan import RowError
from kastor_desktop.imports.readers import Cell, Table

T = TypeVar("T")
CACHE = 20_000  # parsed tax ids, e-mails, phones: a commit re-checks the file just previewed
_LIST_SPLIT = re.compile(r"[;,\n]+")


class CellError(ValueError):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def shown(value: Cell) -> str:
    """The cell as the user typed it, for error messages."""
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float):
        return repr(value).replace(".", ",")
    return values.text(value)


# -- parsers: (raw cell, ...) -> value, or CellError ---------------------------------------------
def text(value: Cell, max_length: int = 200, required: bool = False) -> str:
    result = values.text(value)
    if required and not result:
        raise CellError("es obligatorio")
    if len(result) > max_length:
        raise CellError(f"admite como máximo {max_length} caracteres")
    return result


def required(value: Cell, max_length: int = 200) -> str:
    return text(value, max_length, required=True)


def amount(value: Cell, exponent: int, negative: bool = False, needed: bool = False) -> int | None:
    """Money in minor units (CLP exponent 0, ARS 2)."""
    if isinstance(value, date):
        raise CellError("no es un número (es una fecha)")
    try:
        number = values.decimal(value, "amount", "")
    except FieldError:
        raise CellError("no es un número") from None
    if number is None:
        if needed:
            raise CellError("es obligatorio")
        return None
    if not number.is_finite():
        raise CellError("no es un número")
    scaled = number * (10**exponent)
    if scaled != scaled.to_integral_value():
        allowed = "sin decimales" if exponent == 0 else f"con a lo más {exponent} decimales"
        raise CellError(f"debe ir {allowed}")
    result = int(scaled)
    if result < 0 and not negative:
        raise CellError("no puede ser negativo")
    if abs(result) >= 10**15:
        raise CellError("es demasiado grande")
    return result


def area_x100(value: Cell) -> int | None:
    """Square metres with up to 2 decimals -> hundredths of m²."""
    return amount(value, 2)


def day(value: Cell, needed: bool = False) -> date | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        raise CellError("no es una fecha válida (use dd/mm/aaaa)")
    try:
        result = values.day(value, "date", "")
    except FieldError:
        raise CellError("no es una fecha válida (use dd/mm/aaaa)") from None
    if result is None and needed:
        raise CellError("es obligatoria")
    if result is not None and not 1900 <= result.year <= 2100:
        raise CellError("no es una fecha válida (año fuera de rango)")
    return result


def yes_no(value: Cell, default: bool = True) -> bool:
    try:
        return values.yes_no(value, "flag", "", default)
    except FieldError:
        raise CellError("debe ser Sí o No") from None


def choice(value: Cell, vocabulary: dict[str, str], needed: bool = False) -> str | None:
    raw = values.text(value)
    if not raw:
        if needed:
            raise CellError("es obligatorio")
        return None
    code = _code(raw, tuple(vocabulary.items()))
    if code is None:
        labels = list(vocabulary.values())
        raise CellError(f"no es un valor permitido: use {', '.join(labels[:-1])} o {labels[-1]}")
    return code


@lru_cache(maxsize=256)
def _code(label: str, vocabulary: tuple[tuple[str, str], ...]) -> str | None:
    return code_for(label, dict(vocabulary))


def tax_id(value: Cell, country: str, needed: bool = True) -> str | None:
    raw = values.text(value)
    label = tax_id_label(country)
    if not raw:
        if needed:
            raise CellError(f"el {label} es obligatorio")
        return None
    return _tax_id(raw, country)


@lru_cache(maxsize=CACHE)
def _tax_id(raw: str, country: str) -> str:
    label = tax_id_label(country)
    try:
        return normalize_tax_id(raw, country, "tax_id")
    except FieldError as error:
        if "verificador" in error.message:
            raise CellError(f"el {label} tiene un dígito verificador incorrecto") from None
        raise CellError(f"no es un {label} válido") from None


def emails(value: Cell) -> tuple[str, ...]:
    return _emails(values.text(value))


@lru_cache(maxsize=CACHE)
def _emails(raw: str) -> tuple[str, ...]:
    found = []
    for part in _LIST_SPLIT.split(raw):
        if part.strip():
            try:
                found.append(normalize_email(part, "email"))
            except FieldError:
                raise CellError(
                    f"«{part.strip()}» no es un correo válido (ej.: nombre@dominio.cl)"
                ) from None
    return tuple(dict.fromkeys(found))


def phones(value: Cell, region: str) -> tuple[str, ...]:
    return _phones(values.text(value), region)


@lru_cache(maxsize=CACHE)
def _phones(raw: str, region: str) -> tuple[str, ...]:
    found = []
    for part in re.split(r"[;,/\n]+", raw):
        if part.strip():
            try:
                found.append(normalize_phone(part, region, "phone"))
            except FieldError:
                raise CellError(
                    f"«{part.strip()}» no es un teléfono chileno o argentino válido "
                    "(ej.: +56 9 8765 4321)"
                ) from None
    return tuple(dict.fromkeys(found))


def percent(value: Cell) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, date):
        raise CellError("no es un porcentaje")
    try:
        return parse_percent(value, "share")
    except FieldError as error:
        if "6 decimales" in error.message:
            raise CellError("tiene más de 6 decimales") from None
        if "entre 0 y 100" in error.message:
            raise CellError("debe estar entre 0 y 100") from None
        raise CellError("no es un porcentaje") from None


# -- collecting errors row by row -------------------------------------------------------------
class RowReader:
    """Reads the cells of one table, turning each CellError into a RowError."""

    def __init__(self, table: Table, errors: list[RowError], sheet_label: str = "") -> None:
        self.table = table
        self.errors = errors
        self.sheet = sheet_label

    def get(
        self, number: int, row: Sequence[Cell], key: str, parse: Callable[..., T], *args: Any
    ) -> T | None:
        raw = self.table.cell(row, key)
        try:
            return parse(raw, *args)
        except CellError as error:
            self.fail(number, key, raw, error.reason)
            return None

    def fail(self, number: int, key: str, raw: Cell, reason: str) -> None:
        header = self.table.headers.get(key, key)
        self.errors.append(RowError(number, header, shown(raw), reason, self.sheet))

    def header(self, key: str) -> str:
        return self.table.headers.get(key, key)


# -- display of stored values (es-CL) ---------------------------------------------------------
def show_amount(minor: int | None, exponent: int = 0) -> str:
    return "" if minor is None else format_amount(minor, exponent, symbol="")


def show_area(x100: int | None) -> str:
    if x100 is None:
        return ""
    whole, frac = divmod(x100, 100)
    return f"{whole},{frac:02d}" if frac else str(whole)


def show_day(value: date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else ""


def show_flag(value: bool) -> str:
    return "Sí" if value else "No"


def show_percent(micro: int | None) -> str:
    if micro is None:
        return ""
    text_ = format_percent(micro).rstrip("0").rstrip(",")
    return f"{text_} %"
