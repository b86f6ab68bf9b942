"""What the units pay into each fund in a month.

A month's row (``FundContribution``) overrides the community's default: the reserve fund takes
``ClosingSettings`` (5 % of the ordinary expenses unless the office chose a fixed amount by a
share table, or no contribution); any other fund takes nothing. «Sin aporte» deletes the month's
row — for the reserve fund it stores an explicit zero (fixed, amount 0) so the default does not
come back. ``effective`` is what the closing reads: every fund with the setting in force.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import select

from kastor_desktop.domain.money import format_amount
from kastor_desktop.domain.shares import format_percent, parse_percent
from kastor_desktop.domain.text import fold
from kastor_desktop.domain.units import code_for
from kastor_desktop.domain.values import minor_units
from kastor_desktop.services.community_records import audit_change, country_of, load_community
from kastor_desktop.services.context import Actor, Changes, Outcome
from kastor_desktop.services.errors import NotFound
from kastor_desktop.services.period_records import PERMISSION
from kastor_desktop.services.periods import open_period_for, period_code, require_open, settings_for
from kastor_desktop.services.unit_of_work import ServiceContext, UnitOfWork
from kastor_desktop.services.validation import Checks
from kastor_desktop.store.models import Community
from kastor_desktop.store.models.closing import ClosingSettings, FundContribution, Period
from kastor_desktop.store.models.master import Fund, ShareTable

PERCENTAGE, FIXED, NONE = "percentage", "fixed", "none"
METHODS = {
    PERCENTAGE: "Porcentaje de los gastos ordinarios",
    FIXED: "Monto fijo",
    NONE: "Sin aporte",
}
MAX_AMOUNT = 10**15  # minor units: far above any month, far below SQLite's INTEGER limit
_ALIASES = {"porcentaje": PERCENTAGE, "fijo": FIXED, "ninguno": NONE, "no": NONE, "": NONE}


def contribution_method(value: str) -> str | None:
    """percentage/fixed/none, their Spanish labels, «porcentaje», «fijo», «ninguno»."""
    text = (value or "").strip()
    return code_for(text, METHODS) or _ALIASES.get(fold(text))


def percent_text(micro: int | None) -> str:
    """5_000_000 -> «5»; 2_500_000 -> «2,5»; as a form shows it."""
    if micro is None:
        return ""
    return format_percent(micro).rstrip("0").rstrip(",")


def find_table(uow: UnitOfWork, community: Community, text: str) -> ShareTable | None:
    """A share table of the community by name (case and accents ignored)."""
    wanted = fold(" ".join((text or "").split()))
    tables = uow.session.scalars(select(ShareTable).where(ShareTable.community_id == community.id))
    return next((t for t in tables if fold(t.name) == wanted), None) if wanted else None


def check_method_values(
    uow: UnitOfWork,
    community: Community,
    checks: Checks,
    fields: tuple[str, str, str, str],
    method_text: str,
    rate_text: object,
    amount_text: object,
    table_text: str,
) -> tuple[str | None, int, int, ShareTable | None]:
    """Validate a contribution setting (method, rate, amount, table) into
    (method, rate_micro, amount, table); ``fields`` names the form's fields in that order."""
    method_field, rate_field, amount_field, table_field = fields
    method = contribution_method(method_text)
    rate, amount, table = 0, 0, None
    if method is None:
        choices = ", ".join(f"«{label}»" for label in METHODS.values())
        checks.add(method_field, f"Método «{method_text}»: elija {choices}.")
    elif method == PERCENTAGE:
        rate = checks.run(parse_percent, rate_text, rate_field) or 0
        if not rate and rate_field not in checks.errors:
            checks.add(
                rate_field, "El porcentaje debe ser mayor que cero; elija «Sin aporte» si no hay."
            )
    elif method == FIXED:
        exponent = country_of(community).minor_exponent
        if amount_text is None or not str(amount_text).strip():
            checks.add(amount_field, "Indique el monto fijo mensual.")
        else:
            amount = check_amount(checks, amount_field, amount_text, exponent) or 0
        table = _table(uow, community, checks, table_field, table_text)
    return method, rate, amount, table


def check_amount(checks: Checks, field: str, value: object, exponent: int) -> int | None:
    """A positive amount as typed («100.000»), within what the database holds."""
    amount: int | None = checks.run(minor_units, value, exponent, field, "Monto")
    if amount is not None and amount <= 0:
        checks.add(field, f"Monto: «{value}» debe ser mayor que cero.")
    elif amount is not None and amount >= MAX_AMOUNT:
        checks.add(field, f"Monto: «{value}» es demasiado alto.")
    return amount


def _table(
    uow: UnitOfWork, community: Community, checks: Checks, field: str, text: str
) -> ShareTable | None:
    if (text or "").strip():
        table = find_table(uow, community, text)
        if table is None:
            checks.add(field, f"No existe la tabla de prorrateo «{text.strip()}».")
        return table
    tables = list(
        uow.session.scalars(select(ShareTable).where(ShareTable.community_id == community.id))
    )
    if len(tables) == 1:
        return tables[0]  # the only table: nothing to choose
    checks.add(field, "Indique la tabla de prorrateo con que se reparte el monto fijo.")
    return None


class Contribution(NamedTuple):
    """A fund's contribution in force for a period: method percentage | fixed | none."""

    fund: Fund
    method: str
    rate_micro: int
    amount: int
    table_id: int | None


def reserve_default(settings: ClosingSettings) -> tuple[str, int, int, int | None]:
    if settings.reserve_method == PERCENTAGE:
        return PERCENTAGE, settings.reserve_rate_micro, 0, None
    if settings.reserve_method == FIXED and settings.reserve_amount > 0:
        return FIXED, 0, settings.reserve_amount, settings.reserve_table_id
    return NONE, 0, 0, None


def _stored(uow: UnitOfWork, period: Period) -> dict[int, FundContribution]:
    rows = uow.session.scalars(
        select(FundContribution).where(FundContribution.period_id == period.id)
    )
    return {row.fund_id: row for row in rows}


def _funds(uow: UnitOfWork, community: Community) -> list[Fund]:
    return list(
        uow.session.scalars(
            select(Fund)
            .where(Fund.community_id == community.id)
            .order_by(Fund.kind != "reserve", Fund.name, Fund.id)
        )
    )


def _contribution(fund: Fund, row: FundContribution | None, settings: Any) -> Contribution:
    if row is not None:
        if row.method == FIXED and not row.amount:
            return Contribution(fund, NONE, 0, 0, None)
        if row.method == PERCENTAGE:
            return Contribution(fund, PERCENTAGE, row.rate_micro, 0, None)
        return Contribution(fund, FIXED, 0, row.amount, row.table_id)
    if fund.kind == "reserve":
        return Contribution(fund, *reserve_default(settings))
    return Contribution(fund, NONE, 0, 0, None)


def effective(uow: UnitOfWork, community: Community, period: Period) -> list[Contribution]:
    """Every fund of the community (reserve first) with its contribution for ``period``: the
    month's row, else the default (reserve: the closing settings; others: none)."""
    stored = _stored(uow, period)
    funds = _funds(uow, community)
    settings = None
    if any(f.kind == "reserve" and f.id not in stored for f in funds):
        settings = settings_for(uow, community, persist=False)
    return [_contribution(fund, stored.get(fund.id), settings) for fund in funds]


def freeze_contributions(uow: UnitOfWork, community: Community, period: Period) -> None:
    """Store the defaults in force as the period's rows, so a closed month keeps what it used
    when the settings change later (the closing calls this before marking the period closed)."""
    stored = _stored(uow, period)
    for c in effective(uow, community, period):
        if c.fund.id in stored or (c.method == NONE and c.fund.kind != "reserve"):
            continue
        method = FIXED if c.method == NONE else c.method
        uow.session.add(
            FundContribution(
                period_id=period.id,
                fund_id=c.fund.id,
                method=method,
                rate_micro=c.rate_micro,
                amount=c.amount,
                table_id=c.table_id,
            )
        )
    uow.session.flush()


@dataclass(frozen=True)
class FundContributionDraft:
    """``method``: percentage | fixed | none or «Porcentaje de los gastos ordinarios», «Monto
    fijo», «Sin aporte»; ``rate`` in percent («5», «2,5»); ``amount`` and ``table`` (its name)
    for a fixed amount."""

    method: str = PERCENTAGE
    rate: str = "5"
    amount: int | str | None = ""
    table: str = ""


@dataclass(frozen=True)
class FundContributionRow:
    fund_id: int
    fund_name: str
    is_reserve: bool
    method: str  # percentage | fixed | none
    method_label: str
    rate_micro: int
    amount: int  # minor units, for a fixed amount
    table_id: int | None
    table_name: str
    is_default: bool  # no row for the month: the community's default applies
    description: str  # «5 % de los gastos ordinarios», «$ 100.000 al mes por la tabla General»

    @property
    def rate(self) -> str:
        return percent_text(self.rate_micro) if self.method == PERCENTAGE else ""

    def draft(self, exponent: int = 0) -> FundContributionDraft:
        amount = format_amount(self.amount, exponent, "") if self.method == FIXED else ""
        return FundContributionDraft(self.method, self.rate, amount, self.table_name)


def describe(c: Contribution, table_name: str, exponent: int) -> str:
    if c.method == PERCENTAGE:
        return f"{percent_text(c.rate_micro)} % de los gastos ordinarios"
    if c.method == FIXED:
        table = f"por la tabla «{table_name}»" if table_name else "sin tabla de prorrateo"
        return f"{format_amount(c.amount, exponent)} al mes, {table}"
    return METHODS[NONE]


class FundContributionService:
    permission = PERMISSION  # a month's entry, like expenses

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def list(
        self, actor: Actor, community_id: int, period_id: int | None = None
    ) -> builtins.list[FundContributionRow]:
        """One row per fund (reserve first) for ``period_id`` or the open month."""
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id)
            period = entry_period(uow, community, period_id, writing=False)
            stored = _stored(uow, period)
            rows = [
                self._row(uow, community, c, c.fund.id not in stored)
                for c in effective(uow, community, period)
            ]
            uow.commit()  # the open period or the settings may have just been created
            return rows

    def set(
        self,
        actor: Actor,
        community_id: int,
        fund_id: int,
        draft: FundContributionDraft,
        period_id: int | None = None,
    ) -> Outcome[FundContributionRow]:
        """Set a fund's contribution for the open month (or ``period_id``, which must be
        open: a screen showing a month passes it so a month closed meanwhile is refused)."""
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id, self.permission)
            period = entry_period(uow, community, period_id, writing=True)
            fund = uow.session.get(Fund, fund_id)
            if fund is None or fund.community_id != community.id:
                raise NotFound("El fondo ya no existe.")
            checks = Checks()
            fields = ("method", "rate", "amount", "table")
            method, rate, amount, table = check_method_values(
                uow, community, checks, fields, draft.method, draft.rate, draft.amount, draft.table
            )
            checks.done()
            stored = _stored(uow, period)
            row = stored.get(fund.id)
            settings = settings_for(uow, community) if fund.kind == "reserve" else None
            before = _contribution(fund, row, settings)
            before_state = _state(row)
            if method == NONE and fund.kind != "reserve":
                if row is not None:
                    uow.session.delete(row)
                row = None
            else:
                if row is None:
                    row = FundContribution(period_id=period.id, fund_id=fund.id)
                    uow.session.add(row)
                row.method = FIXED if method == NONE else str(method)
                row.rate_micro = rate
                row.amount = amount
                row.table_id = table.id if table else None
            uow.session.flush()
            after = _contribution(fund, row, settings)
            changed = _state(row) != before_state
            if changed:
                audit_change(
                    uow,
                    community,
                    "fund_contribution.set",
                    "fund_contribution",
                    fund.id,
                    self._snapshot(uow, period, before, before_state is None),
                    self._snapshot(uow, period, after, row is None),
                )
            result = self._row(uow, community, after, row is None)
            uow.commit()
            return Outcome(result, Changes.of("expenses", "closing") if changed else Changes())

    def _row(
        self, uow: UnitOfWork, community: Community, c: Contribution, is_default: bool
    ) -> FundContributionRow:
        table = uow.session.get(ShareTable, c.table_id) if c.table_id else None
        name = table.name if table else ""
        return FundContributionRow(
            c.fund.id,
            c.fund.name,
            c.fund.kind == "reserve",
            c.method,
            METHODS[c.method],
            c.rate_micro,
            c.amount,
            c.table_id,
            name,
            is_default,
            describe(c, name, country_of(community).minor_exponent),
        )

    def _snapshot(
        self, uow: UnitOfWork, period: Period, c: Contribution, is_default: bool
    ) -> dict[str, Any]:
        table = uow.session.get(ShareTable, c.table_id) if c.table_id else None
        data: dict[str, Any] = {
            "period": period_code(period.year, period.month),
            "fund": c.fund.name,
            "contribution": METHODS[c.method],
        }
        if c.method == PERCENTAGE:
            data["rate"] = f"{percent_text(c.rate_micro)} %"
        elif c.method == FIXED:
            data |= {"amount": c.amount, "table": table.name if table else None}
        if is_default:
            data["default"] = True
        return data


def _state(row: FundContribution | None) -> tuple[Any, ...] | None:
    if row is None:
        return None
    return (row.method, row.rate_micro, row.amount, row.table_id)


def entry_period(
    uow: UnitOfWork, community: Community, period_id: int | None, writing: bool
) -> Period:
    """The open month, or ``period_id`` (which must be open when ``writing``)."""
    if period_id is None:
        return open_period_for(uow, community)
    period = uow.session.get(Period, period_id)
    if period is None or period.community_id != community.id:
        raise NotFound("El período ya no existe.")
    if writing:
        require_open(period)
    return period
