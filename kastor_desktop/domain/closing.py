"""The monthly closing's preview: a pure function from the month's entries to per-unit lines.

``preview`` never raises on bad data: like beancount's operations it returns what it could
compute plus the problems it met. Entries with a blocking error are left out of the lines, and
``ClosingPreview.errors`` says why; the closing is refused while there is any. Warnings do not
block. Whatever is computed holds exactly: every split sums to its amount and the per-unit
totals sum to the community total.

A unit delivered during the month pays days owned / days in month of what is prorated (by
table, equal parts, fixed per unit, fixed reserve); the rest is ``not_charged``, shown apart.
"""

from __future__ import annotations

import calendar
import operator
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from fractions import Fraction
from functools import partial
from typing import Literal

from kastor_desktop.domain.money import format_amount, split_integer
from kastor_desktop.domain.prorating import (
    Price,
    Reading,
    Split,
    UnitId,
    charge_to_unit,
    days_owned_fraction,
    reserve_by_percentage,
    reserve_fixed,
    split_by_consumption,
    split_by_weights,
    split_equal,
    split_fixed_per_unit,
)
from kastor_desktop.domain.shares import FULL, difference, format_percent

Nature = Literal["ordinary", "extraordinary"]
NATURES: tuple[Nature, ...] = ("ordinary", "extraordinary")


class Concept(StrEnum):
    ORDINARY = "ordinary"
    EXTRAORDINARY = "extraordinary"
    RESERVE = "reserve"
    FUNDS = "funds"
    CONSUMPTION = "consumption"
    INDIVIDUAL = "individual"
    INTEREST = "interest"
    PREVIOUS_BALANCE = "previous_balance"


CONCEPT_LABELS: dict[Concept, str] = {
    Concept.ORDINARY: "gastos comunes ordinarios",
    Concept.EXTRAORDINARY: "gastos extraordinarios",
    Concept.RESERVE: "fondo de reserva",
    Concept.FUNDS: "otros fondos",
    Concept.CONSUMPTION: "consumos",
    Concept.INDIVIDUAL: "cargos individuales",
    Concept.INTEREST: "intereses por mora",
    Concept.PREVIOUS_BALANCE: "saldo anterior",
}


ENTERED = frozenset({"expense", "consumption", "individual"})  # sources with an account

# -- inputs -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Unit:
    id: UnitId
    number: str
    owner_id: int | None = None
    delivery_date: date | None = None


@dataclass(frozen=True)
class ShareTable:
    id: int
    name: str
    shares: Mapping[UnitId, int]  # micro %; units absent from the table pay nothing by it


@dataclass(frozen=True)
class ByTable:
    table_id: int


@dataclass(frozen=True)
class EqualParts:
    unit_ids: tuple[UnitId, ...] | None = None  # None: every unit


@dataclass(frozen=True)
class FixedPerUnit:
    """The expense's ``amount`` is charged to each unit; its total is amount x units."""

    unit_ids: tuple[UnitId, ...] | None = None  # None: every unit


@dataclass(frozen=True)
class SingleUnit:
    unit_id: UnitId


@dataclass(frozen=True)
class ByConsumption:
    """In proportion to each unit's consumption of a metered service (the month's readings of
    ``service`` in ``ClosingInputs.meters``): a water bill split by the sub-meters."""

    service: str


SplitMethod = ByTable | EqualParts | FixedPerUnit | SingleUnit | ByConsumption


@dataclass(frozen=True)
class Expense:
    id: int
    account: str
    description: str
    amount: int
    method: SplitMethod
    nature: Nature = "ordinary"


@dataclass(frozen=True)
class ConsumptionCharge:
    """A metered service (water, hot water, gas) charged by readings x price."""

    id: int
    account: str
    description: str
    price: Price  # minor units per unit of consumption, exact
    readings: Mapping[UnitId, Reading]
    main: Reading | None = None
    nature: Nature = "ordinary"


@dataclass(frozen=True)
class IndividualCharge:
    """A fine, a reservation fee, a surcharge: charged to one unit as it is."""

    id: int
    unit_id: UnitId
    account: str
    description: str
    amount: int


@dataclass(frozen=True)
class ReservePercentage:
    rate_micro: int  # millionths of a percent of each unit's ordinary expenses (5 % = 5_000_000)


@dataclass(frozen=True)
class ReserveFixed:
    amount: int
    table_id: int


@dataclass(frozen=True)
class FundCharge:
    """The units' contribution to a fund this month; the reserve fund's goes to ``RESERVE``."""

    fund_id: int
    name: str
    setting: ReservePercentage | ReserveFixed
    is_reserve: bool = False


@dataclass(frozen=True)
class ClosingInputs:
    year: int
    month: int
    units: tuple[Unit, ...]
    tables: tuple[ShareTable, ...] = ()
    expenses: tuple[Expense, ...] = ()
    consumption: tuple[ConsumptionCharge, ...] = ()
    individual_charges: tuple[IndividualCharge, ...] = ()
    reserve: ReservePercentage | ReserveFixed | None = None
    funds: tuple[FundCharge, ...] = ()
    meters: Mapping[str, Mapping[UnitId, Reading]] = field(default_factory=dict)
    interest: Mapping[UnitId, int] = field(default_factory=dict)  # computed from the ledger
    previous_balances: Mapping[UnitId, int] = field(default_factory=dict)  # debt +, credit -
    exponent: int = 0  # currency minor exponent, for messages only


# -- outputs ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    code: str  # table_sum, unknown_table, negative_amount, no_owner, no_table, ...
    message: str  # Spanish, for the user
    subject: str = ""  # "expense:12", "table:3", "unit:7"...


@dataclass(frozen=True)
class ChargeSplit:
    """How one entry was split: kept for the workbook and for audit (exact shares)."""

    source: str  # expense | consumption | individual | reserve | fund | interest
    source_id: int
    account: str
    concept: Concept
    split: Split
    nature: Nature | None = None  # expenses and consumption
    table_id: int | None = None  # the share table it was prorated by, if any


@dataclass(frozen=True)
class UnitStatement:
    unit_id: UnitId
    number: str
    lines: Mapping[Concept, int]  # every concept, in Concept order
    month_total: int  # this month's charges (all but the previous balance)
    total: int  # month_total + previous balance


@dataclass(frozen=True)
class CommunityTotals:
    by_concept: Mapping[Concept, int]  # charged to units
    by_account: Mapping[str, int]  # expenses, consumption and individual charges entered
    by_nature: Mapping[str, int]  # expenses and consumption entered
    not_charged: int  # days before units' delivery: paid by no unit
    month_total: int
    total: int  # == sum of the units' totals


@dataclass(frozen=True)
class ClosingPreview:
    year: int
    month: int
    units: tuple[UnitStatement, ...]
    splits: tuple[ChargeSplit, ...]
    totals: CommunityTotals
    warnings: tuple[Problem, ...]
    errors: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        return not self.errors


# -- the preview ------------------------------------------------------------------------------


class _Blocked(ValueError):
    """An entry that cannot be split; becomes a blocking ``Problem`` with this code."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


class _Builder:
    def __init__(self, inputs: ClosingInputs) -> None:
        self.inputs = inputs
        self.unit_ids = tuple(u.id for u in inputs.units)
        self.known = set(self.unit_ids)
        self.tables = {t.id: t for t in inputs.tables}
        self.position = {u: i for i, u in enumerate(self.unit_ids)}
        self.vectors = {c: [0] * len(self.unit_ids) for c in Concept}  # per unit, in order
        self.splits: list[ChargeSplit] = []
        self.warnings: list[Problem] = []
        self.errors: list[Problem] = []
        self.by_account: dict[str, int] = {}
        self.by_nature: dict[str, int] = dict.fromkeys(NATURES, 0)
        self.bad_tables: set[int] = set()
        self.factors: dict[UnitId, Fraction] = {}
        self.weights: dict[int, tuple[int, ...]] = {}
        self.weight_totals: dict[int, int] = {}

    def error(self, code: str, message: str, subject: str = "") -> None:
        self.errors.append(Problem(code, message, subject))

    def warn(self, code: str, message: str, subject: str = "") -> None:
        self.warnings.append(Problem(code, message, subject))

    def guarded(self, subject: str, what: str, handle: Callable[[], None]) -> None:
        """Run one entry's handler (it checks and splits before touching any line): a refusal
        becomes a blocking error instead of a raise, and the entry stays out of the lines."""
        try:
            handle()
        except _Blocked as exc:
            self.error(exc.code, f"{what}: {exc}", subject)
        except ValueError as exc:
            self.error("invalid_entry", f"{what}: {exc}", subject)

    def add(self, charge: ChargeSplit) -> None:
        """Put a split in the units' lines and an entered amount (not the fund's) in the totals."""
        self.splits.append(charge)
        split = charge.split
        vector = self.vectors[charge.concept]
        if split.unit_ids is self.unit_ids or split.unit_ids == self.unit_ids:
            self.vectors[charge.concept] = list(map(operator.add, vector, split.parts))
        else:
            position = self.position
            for unit, part in zip(split.unit_ids, split.parts, strict=True):
                vector[position[unit]] += part
        if charge.source in ENTERED:  # what the office entered (not funds nor interest)
            self.by_account[charge.account] = self.by_account.get(charge.account, 0) + split.amount
        if charge.nature is not None:
            self.by_nature[charge.nature] += split.amount

    # -- checks ---------------------------------------------------------------------------
    def check_units(self) -> bool:
        """Warnings per unit; False when the period or the units make every split impossible."""
        inputs = self.inputs
        if not 1 <= inputs.month <= 12 or not 1 <= inputs.year <= 9999:
            self.error("bad_period", f"Período {inputs.year}-{inputs.month:02d} inválido.")
            return False
        if len(self.known) != len(self.unit_ids):
            self.error("duplicate_unit", "Hay unidades repetidas en el cierre.")
            return False
        in_tables = {u for t in inputs.tables for u, micro in t.shares.items() if micro > 0}
        for unit in inputs.units:
            subject = f"unit:{unit.id}"
            if unit.owner_id is None:
                self.warn("no_owner", f"La unidad {unit.number} no tiene propietario.", subject)
            if unit.id not in in_tables:
                message = f"La unidad {unit.number} no participa en ninguna tabla de prorrateo."
                self.warn("no_table", message, subject)
            factor = days_owned_fraction(unit.delivery_date, inputs.year, inputs.month)
            if factor != 1 and unit.delivery_date is not None:
                self.factors[unit.id] = factor
                days = calendar.monthrange(inputs.year, inputs.month)[1]
                pays = f"paga {factor * days} de {days} días" if factor else ""
                when = unit.delivery_date.strftime("%d/%m/%Y")
                self.warn(
                    "partial_month",
                    f"La unidad {unit.number} se entrega el {when}: "
                    f"{pays or 'no paga este mes'} en los gastos prorrateados.",
                    subject,
                )
        return True

    def check_tables(self) -> None:
        used = {e.method.table_id for e in self.inputs.expenses if isinstance(e.method, ByTable)}
        if isinstance(self.inputs.reserve, ReserveFixed):
            used.add(self.inputs.reserve.table_id)
        for table in self.inputs.tables:
            subject = f"table:{table.id}"
            if not set(table.shares) <= self.known or min(table.shares.values(), default=0) < 0:
                self.bad_tables.add(table.id)
                message = f"La tabla «{table.name}» tiene unidades inexistentes o negativas."
                self.error("table_units", message, subject)
                continue
            missing = difference(list(table.shares.values()))
            if not missing:
                continue
            message = (
                f"La tabla «{table.name}» suma {format_percent(FULL - missing)} % y no 100 %: "
                f"{'le falta' if missing > 0 else 'le sobra'} {format_percent(abs(missing))} %."
            )
            if table.id in used:
                self.bad_tables.add(table.id)
                self.error("table_sum", message, subject)
            else:
                self.warn("table_sum", message + " No se usa este mes.", subject)

    def non_negative(self, amount: int) -> None:
        if amount < 0:
            money = format_amount(amount, self.inputs.exponent)
            raise _Blocked("negative_amount", f"el monto {money} es negativo.")

    def known_units(self, unit_ids: Iterable[UnitId]) -> None:
        unknown = set(unit_ids) - self.known
        if unknown:
            raise _Blocked("unknown_unit", f"unidades inexistentes: {sorted(unknown)}.")

    def known_unit(self, unit_id: UnitId) -> None:
        if unit_id not in self.known:
            raise _Blocked("unknown_unit", f"la unidad {unit_id} no existe.")

    def table_weights(self, table_id: int) -> tuple[int, ...]:
        """The table's shares in the units' order (built and checked once per table)."""
        weights = self.weights.get(table_id)
        if weights is None:
            shares = self.table(table_id).shares
            weights = self.weights[table_id] = tuple(shares.get(u, 0) for u in self.unit_ids)
            if min(weights, default=0) < 0:
                raise _Blocked("table_units", "la tabla tiene participaciones negativas.")
            self.weight_totals[table_id] = sum(weights)
        return weights

    def table(self, table_id: int) -> ShareTable:
        table = self.tables.get(table_id)
        if table is None:
            raise _Blocked("unknown_table", f"la tabla de prorrateo {table_id} no existe.")
        if table.id in self.bad_tables:
            raise _Blocked("bad_table", f"la tabla «{table.name}» tiene errores.")
        return table

    # -- entries --------------------------------------------------------------------------
    def expense_split(self, expense: Expense) -> Split:
        method, amount = expense.method, expense.amount
        if isinstance(method, ByTable):
            weights = self.table_weights(method.table_id)
            total = self.weight_totals[method.table_id]
            if not self.factors and amount > 0 and total > 0:
                # hot path: units and weights were checked once for the table
                parts = split_integer(amount, weights, total)
                return Split(amount, self.unit_ids, tuple(parts), weights, total)
            return split_by_weights(amount, self.unit_ids, weights, self.factors)
        if isinstance(method, SingleUnit):
            self.known_unit(method.unit_id)
            return charge_to_unit(amount, self.unit_ids, method.unit_id)
        if isinstance(method, ByConsumption):
            readings = self.inputs.meters.get(method.service)
            if not readings:
                raise _Blocked("no_readings", f"no hay lecturas de {method.service} este mes.")
            self.known_units(readings)
            used = [readings[u].consumption if u in readings else 0 for u in self.unit_ids]
            if amount and not any(used):
                raise _Blocked("no_consumption", "las lecturas del mes no registran consumo.")
            return split_by_weights(amount, self.unit_ids, used)
        if method.unit_ids is None and not self.factors and self.unit_ids:
            n = len(self.unit_ids)  # every unit, whole month: equal weights, no sort needed
            share, extra = divmod(amount * (n if isinstance(method, FixedPerUnit) else 1), n)
            equal = (share + 1,) * extra + (share,) * (n - extra)
            return Split(share * n + extra, self.unit_ids, equal, (1,) * n, n)
        chosen = self.known if method.unit_ids is None else set(method.unit_ids)
        if not chosen <= self.known or len(chosen) != len(method.unit_ids or chosen):
            raise _Blocked("unknown_unit", "unidades inexistentes o repetidas.")
        units = tuple(u for u in self.unit_ids if u in chosen)  # in the community's order
        if not units and amount:
            raise _Blocked("no_units", "no hay unidades a las que cobrar.")
        factors = {u: f for u, f in self.factors.items() if u in chosen}
        if isinstance(method, EqualParts):
            return split_equal(amount, units, factors)
        return split_fixed_per_unit(amount, units, factors)

    def expense(self, expense: Expense) -> None:
        if expense.nature not in NATURES:
            raise _Blocked("bad_nature", f"naturaleza «{expense.nature}» desconocida.")
        self.non_negative(expense.amount)
        split = self.expense_split(expense)
        # a bill split by the readings (water, gas) is the units' consumption
        by_readings = isinstance(expense.method, ByConsumption)
        concept = Concept.CONSUMPTION if by_readings else Concept(expense.nature)
        table = expense.method.table_id if isinstance(expense.method, ByTable) else None
        self.add(
            ChargeSplit(
                "expense", expense.id, expense.account, concept, split, expense.nature, table
            )
        )

    def consumption(self, charge: ConsumptionCharge) -> None:
        if charge.nature not in NATURES:
            raise _Blocked("bad_nature", f"naturaleza «{charge.nature}» desconocida.")
        result = split_by_consumption(self.unit_ids, charge.readings, charge.price, charge.main)
        concept, split = Concept.CONSUMPTION, result.split
        self.add(
            ChargeSplit("consumption", charge.id, charge.account, concept, split, charge.nature)
        )

    def individual(self, charge: IndividualCharge) -> None:
        self.non_negative(charge.amount)
        self.known_unit(charge.unit_id)
        split = charge_to_unit(charge.amount, self.unit_ids, charge.unit_id)
        self.add(ChargeSplit("individual", charge.id, charge.account, Concept.INDIVIDUAL, split))

    def fund(self, source_id: int, setting: object, concept: Concept) -> None:
        table_id = None
        if isinstance(setting, ReservePercentage):
            if not 0 <= setting.rate_micro <= FULL:
                raise _Blocked("bad_rate", "porcentaje fuera de rango.")
            ordinary = dict(zip(self.unit_ids, self.vectors[Concept.ORDINARY], strict=True))
            split = reserve_by_percentage(self.unit_ids, ordinary, setting.rate_micro)
        elif isinstance(setting, ReserveFixed):
            self.non_negative(setting.amount)
            shares = self.table(setting.table_id).shares
            split = reserve_fixed(setting.amount, self.unit_ids, shares, self.factors)
            table_id = setting.table_id
        else:
            return
        source = "reserve" if concept is Concept.RESERVE else "fund"
        self.add(ChargeSplit(source, source_id, "", concept, split, None, table_id))

    def reserve(self) -> None:
        self.fund(0, self.inputs.reserve, Concept.RESERVE)

    def interest(self) -> None:
        for unit_id, amount in self.inputs.interest.items():
            self.known_unit(unit_id)
            self.non_negative(amount)
        units = tuple(u for u in self.unit_ids if self.inputs.interest.get(u))
        if not units:
            return
        parts = tuple(self.inputs.interest[u] for u in units)
        split = Split(sum(parts), units, parts, parts, sum(parts))
        self.add(ChargeSplit("interest", 0, "", Concept.INTEREST, split))

    def previous_balance(self, unit_id: UnitId, balance: int) -> None:
        self.known_unit(unit_id)
        self.vectors[Concept.PREVIOUS_BALANCE][self.position[unit_id]] += balance

    # -- result ---------------------------------------------------------------------------
    def build(self) -> ClosingPreview:
        inputs = self.inputs
        if self.check_units():
            self.check_tables()
            for e in inputs.expenses:
                what = f"Gasto «{e.description}»"
                self.guarded(f"expense:{e.id}", what, partial(self.expense, e))
            for c in inputs.consumption:
                what = f"Consumo «{c.description}»"
                self.guarded(f"consumption:{c.id}", what, partial(self.consumption, c))
            for i in inputs.individual_charges:
                what = f"Cargo «{i.description}»"
                self.guarded(f"charge:{i.id}", what, partial(self.individual, i))
            self.guarded("reserve", "Fondo de reserva", self.reserve)
            for f in inputs.funds:
                concept = Concept.RESERVE if f.is_reserve else Concept.FUNDS
                handle = partial(self.fund, f.fund_id, f.setting, concept)
                self.guarded(f"fund:{f.fund_id}", f"Fondo «{f.name}»", handle)
            self.guarded("interest", "Intereses", self.interest)
            for unit_id, balance in inputs.previous_balances.items():
                handle = partial(self.previous_balance, unit_id, balance)
                self.guarded(f"unit:{unit_id}", "Saldo anterior", handle)
        statements = []
        columns = [(c, self.vectors[c]) for c in Concept]
        for index, unit in enumerate(inputs.units):
            lines = {c: vector[index] for c, vector in columns}
            month = sum(v for c, v in lines.items() if c is not Concept.PREVIOUS_BALANCE)
            total = month + lines[Concept.PREVIOUS_BALANCE]
            statements.append(UnitStatement(unit.id, unit.number, lines, month, total))
        by_concept = {c: sum(s.lines[c] for s in statements) for c in Concept}
        month_total = sum(v for c, v in by_concept.items() if c is not Concept.PREVIOUS_BALANCE)
        totals = CommunityTotals(
            by_concept=by_concept,
            by_account=self.by_account,
            by_nature=self.by_nature,
            not_charged=sum(s.split.not_charged for s in self.splits),
            month_total=month_total,
            total=month_total + by_concept[Concept.PREVIOUS_BALANCE],
        )
        return ClosingPreview(
            inputs.year,
            inputs.month,
            tuple(statements),
            tuple(self.splits),
            totals,
            tuple(self.warnings),
            tuple(self.errors),
        )


def preview(inputs: ClosingInputs) -> ClosingPreview:
    """Per-unit lines by concept, community totals, warnings and blocking errors.

    Never raises on the month's data: every problem is a ``Problem`` in ``warnings`` (does not
    block) or ``errors`` (blocks the closing; the entry is left out of the lines).
    """
    return _Builder(inputs).build()
