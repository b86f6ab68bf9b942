"""Meter readings as values: the services, the forms and rows, typed numbers and prices, and
each set's summary (consumption, the main meter's difference, rollovers). No database access:
``services/meters.py`` reads and writes; this module is what it and the screens share.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from kastor_desktop.domain.errors import FieldError
from kastor_desktop.domain.prorating import meter_consumption
from kastor_desktop.domain.units import EXPENSE_NATURES, code_for
from kastor_desktop.domain.values import decimal
from kastor_desktop.services.errors import ValidationFailed
from kastor_desktop.services.individual_charges import account_label
from kastor_desktop.services.unit_listing import natural_sorted
from kastor_desktop.store.models.closing import MeterSet
from kastor_desktop.store.models.master import ExpenseAccount

SERVICES = {"water": "Agua", "hot_water": "Agua caliente", "gas": "Gas"}
MEASURE = "m³"
MAX_DIGITS = 12
PRICE_DECIMALS = 6
MAX_PRICE = 10**9  # pesos per unit of consumption
AUDIT_DETAIL = 100  # units listed one by one in an audit entry; more are counted


def service_code(value: str) -> str:
    """water | hot_water | gas from the code or «Agua», «Agua caliente», «Gas»."""
    code = code_for(value or "", SERVICES)
    if code is None:
        raise ValidationFailed(
            {"service": f"Servicio «{value}»: elija «Agua», «Agua caliente» o «Gas»."}
        )
    return code


@dataclass(frozen=True)
class MeterSetDraft:
    service: str
    account: str = ""  # code or name; required with a price
    price: str = ""  # per unit of consumption, in pesos; "" = readings only
    main_previous: int | str | None = ""
    main_current: int | str | None = ""
    digits: int | str | None = ""
    nature: str = "ordinary"


@dataclass(frozen=True)
class MeterSetRow:
    id: int
    period_id: int
    service: str  # water | hot_water | gas
    service_label: str
    account_id: int | None
    account_code: str
    account_name: str
    price: str  # «1.234,5678» as a form shows it; "" without a price
    price_num: int | None  # minor units per unit of consumption: price_num / price_den
    price_den: int
    main_previous: int | None
    main_current: int | None
    digits: int | None
    nature: str
    readings: int  # units with a reading
    consumption: int  # the units' consumption together
    main_consumption: int | None  # None without both main readings
    main_difference: int | None  # main minus units; a positive one is charged by consumption
    main_rolled_over: bool
    units_rolled_over: int
    notes: str  # for the screen: the difference, a rollover, readings only...

    @property
    def exact_price(self) -> Fraction | None:
        return None if self.price_num is None else Fraction(self.price_num, self.price_den)

    @property
    def nature_label(self) -> str:
        return EXPENSE_NATURES.get(self.nature, self.nature)

    def draft(self) -> MeterSetDraft:
        return MeterSetDraft(
            self.service,
            self.account_code,
            self.price,
            "" if self.main_previous is None else self.main_previous,
            "" if self.main_current is None else self.main_current,
            "" if self.digits is None else self.digits,
            self.nature,
        )


@dataclass(frozen=True)
class ReadingRow:
    unit_id: int
    number: str
    previous: int | None
    current: int | None
    consumption: int | None
    error: str = ""
    saved: bool = False  # False: not read this month (previous from the last closed month)
    rolled_over: bool = False


# -- values as typed --------------------------------------------------------------------------


def parse_price(value: object, exponent: int) -> Fraction | None:
    """«1.234,5678» pesos -> exact minor units per unit of consumption; "" -> None."""
    number = decimal(value, "price", "Precio")
    if number is None:
        return None
    if not number.is_finite():
        raise FieldError("price", f"Precio: «{value}» no es un número.")
    if number <= 0:
        raise FieldError(
            "price",
            "El precio debe ser mayor que cero; déjelo vacío si las lecturas solo reparten un "
            "gasto por consumo.",
        )
    if number >= MAX_PRICE:
        raise FieldError("price", f"Precio: «{value}» es demasiado alto.")
    places = -int(number.normalize().as_tuple().exponent)
    if places > PRICE_DECIMALS:
        raise FieldError("price", f"Precio: «{value}» admite hasta {PRICE_DECIMALS} decimales.")
    scale: int = 10**exponent
    return Fraction(number) * scale


def format_price(num: int | None, den: int, exponent: int) -> str:
    """Minor units per unit of consumption back to pesos as typed: «1.234,5678»."""
    if num is None:
        return ""
    price = Fraction(num, den) / 10**exponent
    places = next(k for k in range(MAX_DIGITS + 8) if (price * 10**k).denominator == 1)
    whole, part = divmod(int(price * 10**places), 10**places)
    text = f"{whole:,}".replace(",", ".")
    return f"{text},{part:0{places}d}" if places else text


def parse_reading(value: object, what: str = "la lectura") -> int | None:
    """A meter reading: a whole number («1.234» with thousands dots allowed); "" -> None.
    ``what`` names it with its article, lower case, for the messages: «la lectura actual»."""
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    else:
        try:
            parsed = decimal(value, "reading", what)
        except FieldError:
            raise ValueError(f"{what} «{value}» no es un número.") from None
        if parsed is None:
            return None
        if not parsed.is_finite():
            raise ValueError(f"{what} «{value}» no es un número.")
        if parsed != parsed.to_integral_value():
            raise ValueError(f"{what} «{value}» debe ser un número entero.")
        number = int(parsed)
    if number < 0:
        raise ValueError(f"{what} ({number}) no puede ser negativa.")
    if number >= 10**MAX_DIGITS:
        raise ValueError(f"{what} ({number}) tiene más de {MAX_DIGITS} dígitos.")
    return number


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def consumption_of(previous: int, current: int, digits: int | None) -> int:
    """``meter_consumption`` with the messages a row shows (lower case, after «Unidad X: »)."""
    if digits is not None:
        for reading in (previous, current):
            if reading >= 10**digits:
                raise ValueError(f"la lectura {reading} no cabe en un medidor de {digits} dígitos.")
    try:
        return meter_consumption(previous, current, digits)
    except ValueError as error:
        message = str(error)
        raise ValueError(message[0].lower() + message[1:]) from None


def check_pair(value: object, digits: int | None) -> tuple[int, int]:
    if not isinstance(value, tuple | list) or len(value) != 2:
        raise ValueError("indique la lectura anterior y la actual.")
    previous = parse_reading(value[0], "la lectura anterior")
    current = parse_reading(value[1], "la lectura actual")
    if previous is None:
        raise ValueError("indique la lectura anterior.")
    if current is None:
        raise ValueError("indique la lectura actual.")
    consumption_of(previous, current, digits)
    return previous, current


def reading_row(
    unit_id: int,
    number: str,
    stored: tuple[int, int] | None,
    prefill: int | None,
    digits: int | None,
) -> ReadingRow:
    if stored is None:
        return ReadingRow(unit_id, number, prefill, None, None)
    previous, current = stored
    try:
        consumption, error = consumption_of(previous, current, digits), ""
    except ValueError as failure:
        consumption, error = None, capital(str(failure))
    rolled = consumption is not None and current < previous
    return ReadingRow(unit_id, number, previous, current, consumption, error, True, rolled)


def snapshot(record: MeterSet, account: ExpenseAccount | None, exponent: int) -> dict[str, Any]:
    """What the audit log keeps of a set."""
    return {
        "service": SERVICES.get(record.service, record.service),
        "account": account_label(account) or None,
        "price": format_price(record.price_num, record.price_den, exponent) or None,
        "main_previous": record.main_previous,
        "main_current": record.main_current,
        "digits": record.digits,
        "nature": EXPENSE_NATURES.get(record.nature, record.nature),
    }


def set_row(
    record: MeterSet,
    account: ExpenseAccount | None,
    stored: Mapping[int, tuple[int, int]],
    exponent: int,
) -> MeterSetRow:
    """The set with its readings summed, the main meter's difference and notes for the screen."""
    total, rolled = 0, 0
    for previous, current in stored.values():
        try:
            total += consumption_of(previous, current, record.digits)
            rolled += current < previous
        except ValueError:
            pass
    main, main_rolled, notes = None, False, []
    if record.main_previous is not None and record.main_current is not None:
        try:
            main = consumption_of(record.main_previous, record.main_current, record.digits)
            main_rolled = record.main_current < record.main_previous
        except ValueError as error:
            notes.append(f"Medidor general: {error}")
    difference = None if main is None else main - total
    if main_rolled:
        notes.append("El medidor general dio la vuelta.")
    if difference and difference > 0:
        notes.append(
            f"El medidor general marca {difference} {MEASURE} más que las unidades: "
            + (
                "la diferencia se reparte en proporción al consumo."
                if total
                else "ninguna unidad registra consumo para repartirla."
            )
        )
    elif difference and difference < 0:
        notes.append(
            f"Las unidades suman {-difference} {MEASURE} más que el medidor general: "
            "revise las lecturas."
        )
    if record.price_num is None:
        notes.append("Sin precio: las lecturas solo reparten un gasto «por consumo».")
    return MeterSetRow(
        record.id,
        record.period_id,
        record.service,
        SERVICES.get(record.service, record.service),
        record.account_id,
        account.code if account else "",
        account.name if account else "",
        format_price(record.price_num, record.price_den, exponent),
        record.price_num,
        record.price_den,
        record.main_previous,
        record.main_current,
        record.digits,
        record.nature,
        len(stored),
        total,
        main,
        difference,
        main_rolled,
        rolled,
        " ".join(notes),
    )


def audit_pair(
    service: str,
    names: Mapping[int, str],
    current: Mapping[int, tuple[int, int]],
    clean: Mapping[int, tuple[int, int] | None],
) -> tuple[dict[str, Any], dict[str, Any]]:
    """«unit: previous–current» of the units changed (the first AUDIT_DETAIL by number)."""
    ids = {n: u for u, n in names.items()}
    detail = natural_sorted(names.values())[:AUDIT_DETAIL]

    def shown(pair: tuple[int, int] | None) -> str:
        return f"{pair[0]}–{pair[1]}" if pair else "—"

    before = {
        "service": service,
        "readings": [f"{n}: {shown(current.get(ids[n]))}" for n in detail],
    }
    after: dict[str, Any] = {
        "service": service,
        "readings": [f"{n}: {shown(clean.get(ids[n]))}" for n in detail],
    }
    if len(names) > AUDIT_DETAIL:
        after["units"] = len(names)
    return before, after
