"""A community's closing settings: the reserve fund's default contribution, interest on
arrears (rate per month, legal cap, simple or compound, the fund that receives it), the payment
term, Argentina's second due date and surcharge, and the administrator's name printed under the
signature.

Rates are typed in percent with up to 6 decimals and held in millionths of a percent. The
interest rate may exceed the legal cap (the office types the rate its bylaws set): the closing
charges the cap, and the row's ``notes`` say so. Interest collected goes to the fund chosen;
none chosen (``interest_fund_id`` None) means the community's reserve fund, which by Ley 21.442
receives fines and interest.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from kastor_desktop.domain.errors import FieldError
from kastor_desktop.domain.money import format_amount
from kastor_desktop.domain.shares import SCALE, parse_percent
from kastor_desktop.domain.text import fold
from kastor_desktop.domain.values import decimal, yes_no
from kastor_desktop.services.community_records import audit_change, country_of, load_community
from kastor_desktop.services.context import Actor, Changes, Outcome
from kastor_desktop.services.fund_contributions import (
    FIXED,
    METHODS,
    NONE,
    PERCENTAGE,
    check_method_values,
    percent_text,
)
from kastor_desktop.services.periods import settings_for
from kastor_desktop.services.unit_of_work import ServiceContext, UnitOfWork
from kastor_desktop.services.validation import Checks
from kastor_desktop.store.models import Community
from kastor_desktop.store.models.closing import ClosingSettings
from kastor_desktop.store.models.master import Fund, ShareTable

MANAGE = "periods.close"
MAX_MONTHLY_RATE = 10 * SCALE  # 10 % per month
MAX_SURCHARGE = 50 * SCALE
TERM_DAYS = (1, 60)


@dataclass(frozen=True)
class ClosingSettingsDraft:
    """As typed: rates in percent («1,5»), amounts in pesos, days as numbers, ``interest_fund``
    a fund's name (empty: the reserve fund), ``interest_compound`` a bool or «Sí»/«No»."""

    reserve_method: str = PERCENTAGE
    reserve_rate: str = "5"
    reserve_amount: int | str | None = ""
    reserve_table: str = ""
    interest_rate: str = "1"
    interest_cap: str = "1,5"
    interest_compound: bool | str = False
    interest_fund: str = ""
    payment_term_days: int | str = 10
    second_due_days: int | str = 10
    second_due_surcharge: str = "0"
    administrator: str = ""


@dataclass(frozen=True)
class ClosingSettingsRow:
    community_id: int
    reserve_method: str  # percentage | fixed | none
    reserve_method_label: str
    reserve_rate_micro: int
    reserve_amount: int
    reserve_table_id: int | None
    reserve_table_name: str
    interest_rate_micro: int  # per month
    interest_cap_micro: int  # legal limit per month
    interest_compound: bool
    interest_fund_id: int | None  # the fund interest goes to: the one chosen, else the reserve
    interest_fund_name: str
    payment_term_days: int
    second_due_days: int
    second_due_surcharge_micro: int
    administrator: str
    notes: str  # warnings for the screen: rate above the cap, a missing fund or table...
    exponent: int = 0

    @property
    def reserve_rate(self) -> str:
        return percent_text(self.reserve_rate_micro)

    @property
    def interest_rate(self) -> str:
        return percent_text(self.interest_rate_micro)

    @property
    def interest_cap(self) -> str:
        return percent_text(self.interest_cap_micro)

    @property
    def second_due_surcharge(self) -> str:
        return percent_text(self.second_due_surcharge_micro)

    @property
    def effective_interest_micro(self) -> int:
        """What the closing charges per month: the rate, at most the cap."""
        return min(self.interest_rate_micro, self.interest_cap_micro)

    def draft(self) -> ClosingSettingsDraft:
        fixed = self.reserve_method == FIXED
        return ClosingSettingsDraft(
            self.reserve_method,
            self.reserve_rate,
            format_amount(self.reserve_amount, self.exponent, "") if fixed else "",
            self.reserve_table_name if fixed else "",
            self.interest_rate,
            self.interest_cap,
            self.interest_compound,
            self.interest_fund_name,
            self.payment_term_days,
            self.second_due_days,
            self.second_due_surcharge,
            self.administrator,
        )


def _reserve_fund(uow: UnitOfWork, community: Community) -> Fund | None:
    return uow.session.scalars(
        select(Fund).where(Fund.community_id == community.id, Fund.kind == "reserve")
    ).first()


def _days(checks: Checks, field: str, value: object, label: str) -> int:
    low, high = TERM_DAYS
    try:
        number = decimal(value, field, label)
    except FieldError:
        number = None
    if number is None or number != number.to_integral_value() or not low <= number <= high:
        checks.add(field, f"{label}: indique un número entero de días entre {low} y {high}.")
        return 0
    return int(number)


def _rate(checks: Checks, field: str, value: object, label: str, high: int) -> int:
    micro = checks.run(parse_percent, value, field)
    if micro is None:
        message = checks.errors.get(field, "")
        if message:
            checks.errors[field] = f"{label}: {message[0].lower()}{message[1:]}"
        return 0
    if micro > high:
        checks.add(field, f"{label}: debe estar entre 0 y {percent_text(high)} %.")
    return micro


class ClosingSettingsService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def get(self, actor: Actor, community_id: int) -> ClosingSettingsRow:
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id)
            row = self._row(uow, community, settings_for(uow, community, persist=False))
            uow.commit()  # the settings are created with the defaults on first use
            return row

    def update(
        self, actor: Actor, community_id: int, draft: ClosingSettingsDraft
    ) -> Outcome[ClosingSettingsRow]:
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id, MANAGE)
            settings = settings_for(uow, community)
            values = self._validate(uow, community, draft)
            before = self._snapshot(uow, settings)
            for key, value in values.items():
                setattr(settings, key, value)
            uow.session.flush()
            after = self._snapshot(uow, settings)
            changed = {k for k in after if after[k] != before[k]}
            if changed:
                audit_change(
                    uow,
                    community,
                    "closing_settings.update",
                    "closing_settings",
                    community.id,
                    {k: v for k, v in before.items() if k in changed},
                    {k: v for k, v in after.items() if k in changed},
                )
            row = self._row(uow, community, settings)
            uow.commit()
            return Outcome(row, Changes.of("closing") if changed else Changes())

    def _validate(
        self, uow: UnitOfWork, community: Community, draft: ClosingSettingsDraft
    ) -> dict[str, Any]:
        checks = Checks()
        fields = ("reserve_method", "reserve_rate", "reserve_amount", "reserve_table")
        method, rate, amount, table = check_method_values(
            uow,
            community,
            checks,
            fields,
            draft.reserve_method,
            draft.reserve_rate,
            draft.reserve_amount,
            draft.reserve_table,
        )
        interest = _rate(
            checks, "interest_rate", draft.interest_rate, "Interés mensual", MAX_MONTHLY_RATE
        )
        cap = _rate(checks, "interest_cap", draft.interest_cap, "Tope legal", MAX_MONTHLY_RATE)
        compound = checks.run(
            yes_no, draft.interest_compound, "interest_compound", "Interés compuesto"
        )
        fund_id = self._fund(uow, community, checks, draft.interest_fund)
        term = _days(checks, "payment_term_days", draft.payment_term_days, "Plazo de pago")
        second = _days(checks, "second_due_days", draft.second_due_days, "Segundo vencimiento")
        surcharge = _rate(
            checks,
            "second_due_surcharge",
            draft.second_due_surcharge,
            "Recargo del segundo vencimiento",
            MAX_SURCHARGE,
        )
        administrator = " ".join((draft.administrator or "").split())
        if len(administrator) > 200:
            checks.add("administrator", "El nombre del administrador admite 200 caracteres.")
        checks.done()
        values: dict[str, Any] = {"reserve_method": method}
        if method == PERCENTAGE:  # the other method's figures stay, for switching back
            values["reserve_rate_micro"] = rate
        elif method == FIXED:
            values |= {"reserve_amount": amount, "reserve_table_id": table.id if table else None}
        return values | {
            "interest_rate_micro": interest,
            "interest_cap_micro": cap,
            "interest_compound": bool(compound),
            "interest_fund_id": fund_id,
            "payment_term_days": term,
            "second_due_days": second,
            "second_due_surcharge_micro": surcharge,
            "administrator": administrator,
        }

    def _fund(self, uow: UnitOfWork, community: Community, checks: Checks, text: str) -> int | None:
        wanted = fold(" ".join((text or "").split()))
        if not wanted:
            return None  # the reserve fund
        funds = uow.session.scalars(select(Fund).where(Fund.community_id == community.id))
        fund = next((f for f in funds if fold(f.name) == wanted), None)
        if fund is None:
            checks.add("interest_fund", f"No existe el fondo «{text.strip()}» en esta comunidad.")
            return None
        return None if fund.kind == "reserve" else fund.id  # None: whichever is the reserve

    def _snapshot(self, uow: UnitOfWork, s: ClosingSettings) -> dict[str, Any]:
        table = uow.session.get(ShareTable, s.reserve_table_id) if s.reserve_table_id else None
        fund = uow.session.get(Fund, s.interest_fund_id) if s.interest_fund_id else None
        return {
            "reserve_method": METHODS.get(s.reserve_method, s.reserve_method),
            "reserve_rate": f"{percent_text(s.reserve_rate_micro)} %",
            "reserve_amount": s.reserve_amount,
            "reserve_table": table.name if table else None,
            "interest_rate": f"{percent_text(s.interest_rate_micro)} %",
            "interest_cap": f"{percent_text(s.interest_cap_micro)} %",
            "interest_compound": s.interest_compound,
            "interest_fund": fund.name if fund else None,
            "payment_term_days": s.payment_term_days,
            "second_due_days": s.second_due_days,
            "second_due_surcharge": f"{percent_text(s.second_due_surcharge_micro)} %",
            "administrator": s.administrator,
        }

    def _row(self, uow: UnitOfWork, community: Community, s: ClosingSettings) -> ClosingSettingsRow:
        table = uow.session.get(ShareTable, s.reserve_table_id) if s.reserve_table_id else None
        reserve = _reserve_fund(uow, community)
        fund = uow.session.get(Fund, s.interest_fund_id) if s.interest_fund_id else reserve
        notes = []
        if s.interest_rate_micro > s.interest_cap_micro:
            notes.append(
                f"La tasa de interés ({percent_text(s.interest_rate_micro)} % mensual) supera "
                f"el tope legal ({percent_text(s.interest_cap_micro)} %): el cierre cobra el tope."
            )
        if s.reserve_method == FIXED and table is None:
            notes.append("La tabla de prorrateo del fondo de reserva ya no existe: elija otra.")
        if s.reserve_method != NONE and reserve is None:
            notes.append("La comunidad no tiene fondo de reserva: créelo en Fondos.")
        if fund is None:
            notes.append("Los intereses cobrados no tienen un fondo de destino.")
        return ClosingSettingsRow(
            community.id,
            s.reserve_method,
            METHODS.get(s.reserve_method, s.reserve_method),
            s.reserve_rate_micro,
            s.reserve_amount,
            s.reserve_table_id,
            table.name if table else "",
            s.interest_rate_micro,
            s.interest_cap_micro,
            s.interest_compound,
            fund.id if fund else None,
            fund.name if fund else "",
            s.payment_term_days,
            s.second_due_days,
            s.second_due_surcharge_micro,
            s.administrator,
            " ".join(notes),
            country_of(community).minor_exponent,
        )
