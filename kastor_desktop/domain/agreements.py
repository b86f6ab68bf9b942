"""Payment agreements (convenios de pago): the instalment schedule and how it is kept.

Pure rules over plain values (minor units, dates); services/agreements.py reads and writes rows.

* **Schedule.** A debt is split into ``instalments`` monthly instalments. The first is what the
  office types, or by default the community's minimum percentage of the debt (30 % unless the
  community changes it), rounded *up* to the minor unit; the rest is split in equal parts that
  sum exactly (largest remainder: the extra minor units go to the first of them). Instalment k
  falls due k − 1 months after the start, on the start's day of the month (the 31st becomes the
  last day of a shorter month). With a minimum of 0 % and no first amount the whole debt is
  split in equal parts.
* **Tracking.** Every payment of the unit made on or after the day the agreement was signed
  counts towards the instalments, in order: the ledger settles the oldest debt first
  (domain/ledger.py), and the agreement's debt is older than any charge after it, so this is the
  same money the unit account shows settling that debt. An instalment is *paid* when covered,
  *overdue* when its due date has passed and it is not covered, *partial* when partly covered and
  not yet due, else *pending*. The agreement is *completed* when every instalment is paid, and
  *broken* when an instalment is still not covered more than ``BROKEN_AFTER_DAYS`` days after its
  due date (judged as of the day asked: a unit that catches up is active again); otherwise
  *active*.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from kastor_desktop.domain.money import format_amount, split_integer

SCALE = 1_000_000  # millionths of a percent, as shares: 30 % = 30_000_000
WHOLE = 100 * SCALE
BROKEN_AFTER_DAYS = 30  # an instalment unpaid this many days after its due date breaks the plan
DEFAULT_MAX_INSTALMENTS = 12
DEFAULT_MIN_FIRST_MICRO = 30 * SCALE

INSTALMENT_STATUS = {
    "paid": "Pagada",
    "partial": "Pago parcial",
    "pending": "Pendiente",
    "overdue": "Vencida",
}
AGREEMENT_STATUS = {
    "active": "Vigente",
    "broken": "Incumplido",
    "completed": "Cumplido",
    "cancelled": "Anulado",
}


class ScheduleRejected(ValueError):
    """The schedule asked for breaks the community's rules; ``errors``: field -> Spanish text."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(errors.values()))
        self.errors = errors


@dataclass(frozen=True)
class Instalment:
    number: int  # 1..n
    due: date
    amount: int  # minor units, > 0


@dataclass(frozen=True)
class InstalmentState:
    number: int
    due: date
    amount: int
    paid: int  # what the payments covered of it
    status: str  # paid | partial | pending | overdue

    @property
    def owed(self) -> int:
        return self.amount - self.paid


@dataclass(frozen=True)
class Tracking:
    instalments: tuple[InstalmentState, ...]
    status: str  # active | broken | completed
    paid: int
    remaining: int


def percent_text(micro: int) -> str:
    """30_000_000 -> «30»; 33_500_000 -> «33,5»."""
    whole, fraction = divmod(micro, SCALE)
    if not fraction:
        return str(whole)
    return f"{whole},{fraction:06d}".rstrip("0")


def minimum_first(debt: int, min_first_micro: int) -> int:
    """The smallest first instalment: ``min_first_micro`` of the debt, rounded up."""
    return -(-debt * min_first_micro // WHOLE)


def add_months(start: date, months: int) -> date:
    """``start`` moved ``months`` months on, its day clamped to the month's last day."""
    index = start.year * 12 + start.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(start.day, last))


def schedule(
    debt: int,
    instalments: int,
    first_amount: int | None,
    start: date,
    max_instalments: int = DEFAULT_MAX_INSTALMENTS,
    min_first_micro: int = DEFAULT_MIN_FIRST_MICRO,
    exponent: int = 0,
) -> list[Instalment]:
    """The instalments of ``debt`` (see the module doc); ScheduleRejected lists what is wrong."""
    errors: dict[str, str] = {}

    def money(minor: int) -> str:
        return format_amount(minor, exponent)

    if debt <= 0:
        errors["debt"] = "La unidad no tiene deuda que convenir."
    if instalments < 1:
        errors["instalments"] = "Cuotas: indique al menos una cuota."
    elif instalments > max_instalments:
        errors["instalments"] = (
            f"Cuotas: la comunidad permite como máximo {max_instalments} cuotas "
            f"(se pidieron {instalments})."
        )
    if errors:
        raise ScheduleRejected(errors)
    minimum = minimum_first(debt, min_first_micro)
    if first_amount is None:
        if instalments == 1:
            first = debt
        elif minimum == 0:
            return _dated(split_integer(debt, [1] * instalments), start)
        else:
            first = minimum
    else:
        first = first_amount
    rest = debt - first
    if first_amount is not None:
        if first <= 0:
            errors["first_amount"] = "Primera cuota: debe ser mayor que cero."
        elif first < minimum:
            errors["first_amount"] = (
                f"Primera cuota: debe ser al menos el {percent_text(min_first_micro)} % de la "
                f"deuda, {money(minimum)} (se indicó {money(first)})."
            )
        elif first > debt:
            errors["first_amount"] = (
                f"Primera cuota: {money(first)} supera la deuda de {money(debt)}."
            )
        elif instalments == 1 and first != debt:
            errors["first_amount"] = (
                f"Primera cuota: con una sola cuota, la cuota es la deuda completa, {money(debt)}."
            )
    if not errors and instalments > 1 and rest < instalments - 1:
        errors["first_amount"] = (
            f"Primera cuota: deja {money(rest)} para {instalments - 1} cuotas más; "
            "baje la primera cuota o pida menos cuotas."
        )
    if errors:
        raise ScheduleRejected(errors)
    amounts = [first, *split_integer(rest, [1] * (instalments - 1))] if instalments > 1 else [debt]
    return _dated(amounts, start)


def _dated(amounts: Sequence[int], start: date) -> list[Instalment]:
    return [Instalment(n, add_months(start, n - 1), a) for n, a in enumerate(amounts, start=1)]


def track(
    instalments: Sequence[Instalment], payments: Sequence[tuple[date, int]], as_of: date
) -> Tracking:
    """How far the payments ``(on, amount)`` made by ``as_of`` cover the instalments."""
    available = sum(amount for on, amount in payments if on <= as_of)
    states: list[InstalmentState] = []
    broken = False
    for item in sorted(instalments, key=lambda i: i.number):
        paid = min(available, item.amount)
        available -= paid
        if paid >= item.amount:
            status = "paid"
        elif item.due < as_of:
            status = "overdue"
            broken |= (as_of - item.due).days > BROKEN_AFTER_DAYS
        elif paid:
            status = "partial"
        else:
            status = "pending"
        states.append(InstalmentState(item.number, item.due, item.amount, paid, status))
    total = sum(i.amount for i in states)
    paid_total = sum(i.paid for i in states)
    if states and paid_total >= total:
        agreement = "completed"
    elif broken:
        agreement = "broken"
    else:
        agreement = "active"
    return Tracking(tuple(states), agreement, paid_total, total - paid_total)
