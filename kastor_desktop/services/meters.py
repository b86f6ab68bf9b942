"""Meter readings of the month: a set per metered service (water, hot water, gas). The forms,
rows and typed values live in ``meter_values.py``.

A set holds the main meter's readings, the meter's digits (so a reading past 99…9 rolls over)
and, when the office charges consumption at a price, the price per unit of consumption as typed
(«1.234,5678» pesos per m³), stored exactly as minor units ``price_num / price_den``. Without a
price the readings only weigh an expense split «por consumo». Each active unit has a previous
and current reading; a unit not yet read this month shows the current reading of the last closed
month as its previous one. The closing charges a positive difference between the main meter and
the units together in proportion to each unit's consumption; the rows show it beforehand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from sqlalchemy import Table, bindparam, delete, insert, select, update

from kastor_desktop.domain.units import EXPENSE_NATURES, code_for
from kastor_desktop.services.community_records import audit_change, country_of, load_community
from kastor_desktop.services.context import Actor, Changes, Outcome
from kastor_desktop.services.errors import NotFound, ServiceError, ValidationFailed
from kastor_desktop.services.fund_contributions import entry_period
from kastor_desktop.services.individual_charges import find_account
from kastor_desktop.services.meter_values import (
    MAX_DIGITS,
    SERVICES,
    MeterSetDraft,
    MeterSetRow,
    ReadingRow,
    audit_pair,
    capital,
    check_pair,
    consumption_of,
    parse_price,
    parse_reading,
    reading_row,
    service_code,
    set_row,
    snapshot,
)
from kastor_desktop.services.period_records import PERMISSION
from kastor_desktop.services.unit_listing import natural_order, natural_sorted
from kastor_desktop.services.unit_of_work import ServiceContext, UnitOfWork
from kastor_desktop.services.validation import Checks
from kastor_desktop.store.models import Community
from kastor_desktop.store.models.closing import Expense, MeterReading, MeterSet, Period
from kastor_desktop.store.models.master import ExpenseAccount, Unit

READINGS = cast(Table, MeterReading.__table__)


class MeterService:
    permission = PERMISSION

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- sets -----------------------------------------------------------------------------
    def sets(
        self, actor: Actor, community_id: int, period_id: int | None = None
    ) -> list[MeterSetRow]:
        """The month's meter sets (water, hot water, gas order) of ``period_id`` or the open one."""
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id)
            period = entry_period(uow, community, period_id, writing=False)
            records = uow.session.scalars(select(MeterSet).where(MeterSet.period_id == period.id))
            order = list(SERVICES)
            rows = [
                self._row(uow, community, r)
                for r in sorted(records, key=lambda r: order.index(r.service))
            ]
            uow.commit()
            return rows

    def draft_for(self, actor: Actor, community_id: int, service: str) -> MeterSetDraft:
        """The form for a service: its set of the open month, else last closed month's account,
        price, digits and nature with the main meter's current reading as the previous one."""
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id)
            code = service_code(service)
            period = entry_period(uow, community, None, writing=False)
            record = self._set(uow, period, code)
            if record is not None:
                draft = self._row(uow, community, record).draft()
            else:
                last = self._last_closed(uow, community, period, code)
                draft = MeterSetDraft(code)
                if last is not None:
                    row = self._row(uow, community, last)
                    draft = MeterSetDraft(
                        code,
                        row.account_code,
                        row.price,
                        "" if last.main_current is None else last.main_current,
                        "",
                        "" if last.digits is None else last.digits,
                        last.nature,
                    )
            uow.commit()
            return draft

    def save_set(
        self, actor: Actor, community_id: int, draft: MeterSetDraft, period_id: int | None = None
    ) -> Outcome[MeterSetRow]:
        """Create or change the open month's set of ``draft.service``. A screen showing a month
        passes its ``period_id``: a month closed meanwhile is refused, not written elsewhere."""
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id, self.permission)
            period = entry_period(uow, community, period_id, writing=True)
            code = service_code(draft.service)
            record = self._set(uow, period, code)
            values = self._validate(uow, community, draft, record)
            before = self._snapshot(uow, community, record) if record else None
            if record is None:
                record = MeterSet(period_id=period.id, service=code, **values)
                uow.session.add(record)
            else:
                for key, value in values.items():
                    setattr(record, key, value)
            uow.session.flush()
            after = self._snapshot(uow, community, record)
            if after != before:
                verb = "update" if before else "create"
                audit_change(
                    uow, community, f"meter_set.{verb}", "meter_set", record.id, before, after
                )
            row = self._row(uow, community, record)
            uow.commit()
            return Outcome(row, self._changes() if after != before else Changes())

    def delete_set(
        self, actor: Actor, community_id: int, service: str, period_id: int | None = None
    ) -> Outcome[None]:
        """Delete the month's set of ``service`` with its readings."""
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id, self.permission)
            period = entry_period(uow, community, period_id, writing=True)
            code = service_code(service)
            record = self._set(uow, period, code)
            if record is None:
                raise NotFound(f"El mes no tiene lecturas de {SERVICES[code].lower()}.")
            using = uow.session.scalars(
                select(Expense.description).where(
                    Expense.period_id == period.id,
                    Expense.method == "consumption",
                    Expense.service == code,
                )
            ).first()
            if using is not None:
                raise ServiceError(
                    f"El gasto «{using}» se reparte por consumo de {SERVICES[code].lower()}: "
                    "cambie su forma de prorrateo antes de eliminar las lecturas."
                )
            before = self._snapshot(uow, community, record)
            before["readings"] = len(self._stored(uow, record))
            uow.session.execute(delete(MeterReading).where(MeterReading.meter_set_id == record.id))
            uow.session.delete(record)
            audit_change(uow, community, "meter_set.delete", "meter_set", record.id, before, None)
            uow.commit()
            return Outcome(None, self._changes())

    # -- readings -------------------------------------------------------------------------
    def readings(
        self, actor: Actor, community_id: int, service: str, period_id: int | None = None
    ) -> list[ReadingRow]:
        """One row per active unit (and any unit read in the month), in natural order."""
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id)
            period = entry_period(uow, community, period_id, writing=False)
            code = service_code(service)
            record = self._set(uow, period, code)
            stored = self._stored(uow, record) if record else {}
            units = [
                (i, n) for i, n, active in self._units(uow, community) if active or i in stored
            ]
            prefill: dict[int, int] = {}
            if period.status == "open" and any(i not in stored for i, _ in units):
                last = self._last_closed(uow, community, period, code)
                prefill = self._stored_currents(uow, last) if last else {}
            digits = record.digits if record else None
            rows = [
                reading_row(i, n, stored.get(i), prefill.get(i), digits)
                for i, n in (units[k] for k in natural_order([n for _, n in units]))
            ]
            uow.commit()
            return rows

    def set_readings(
        self,
        actor: Actor,
        community_id: int,
        service: str,
        readings: Mapping[int, tuple[object, object] | None],
        period_id: int | None = None,
    ) -> Outcome[MeterSetRow]:
        """Save units' (previous, current) readings (None removes a unit's reading); every row
        is checked first and one bad unit refuses the whole save, each one named. The month's
        set is created (readings only) when the service has none yet."""
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id, self.permission)
            period = entry_period(uow, community, period_id, writing=True)
            code = service_code(service)
            units = {i: (n, active) for i, n, active in self._units(uow, community)}
            if any(u not in units for u in readings):
                raise NotFound("Algunas unidades ya no existen; vuelva a cargar las lecturas.")
            record = self._set(uow, period, code)
            clean = self._check_readings(units, readings, record.digits if record else None)
            if record is None and all(v is None for v in clean.values()):
                raise ValidationFailed({"readings": "No hay lecturas que guardar."})
            if record is None:
                record = MeterSet(period_id=period.id, service=code)
                uow.session.add(record)
                uow.session.flush()
                after_set = self._snapshot(uow, community, record)
                audit_change(
                    uow, community, "meter_set.create", "meter_set", record.id, None, after_set
                )
            current = self._stored(uow, record)
            gone = [u for u, v in clean.items() if v is None and u in current]
            changed = [
                {"meter_set_id": record.id, "unit_id": u, "previous": v[0], "current": v[1]}
                for u, v in clean.items()
                if v is not None and u in current and current[u] != v
            ]
            added = [
                {"meter_set_id": record.id, "unit_id": u, "previous": v[0], "current": v[1]}
                for u, v in clean.items()
                if v is not None and u not in current
            ]
            if gone:  # one statement per unit (executemany): no limit on how many
                uow.session.execute(
                    delete(READINGS).where(
                        READINGS.c.meter_set_id == record.id,
                        READINGS.c.unit_id == bindparam("unit"),
                    ),
                    [{"unit": u} for u in gone],
                )
            if changed:
                uow.session.execute(update(MeterReading), changed)  # by primary key, in bulk
            if added:
                uow.session.execute(insert(MeterReading), added)
            touched = sorted({*gone, *(c["unit_id"] for c in (*changed, *added))})
            if touched:
                names = {u: units[u][0] for u in touched}
                before, after = audit_pair(SERVICES[code], names, current, clean)
                audit_change(
                    uow, community, "meter_readings.set", "meter_set", record.id, before, after
                )
            row = self._row(uow, community, record)
            uow.commit()
            return Outcome(row, self._changes() if touched else Changes())

    # -- helpers --------------------------------------------------------------------------
    def _changes(self) -> Changes:
        return Changes.of("expenses", "closing")

    def _validate(
        self, uow: UnitOfWork, community: Community, draft: MeterSetDraft, record: MeterSet | None
    ) -> dict[str, Any]:
        checks = Checks()
        exponent = country_of(community).minor_exponent
        price = checks.run(parse_price, draft.price, exponent)
        account = None
        if (draft.account or "").strip():
            account = find_account(uow, community, draft.account)
            if account is None:
                checks.add("account", f"No existe la cuenta «{draft.account.strip()}» en el plan.")
        elif price is not None:
            checks.add("account", "Indique la cuenta con que se cobra el consumo.")
        nature = code_for(draft.nature or "", EXPENSE_NATURES)
        if not (draft.nature or "").strip():
            nature = account.nature if account else "ordinary"
        elif nature is None:
            checks.add("nature", f"Clase de gasto «{draft.nature}»: ordinario o extraordinario.")
        try:
            digits = parse_reading(draft.digits, "los dígitos")
        except ValueError:
            digits = -1
        if digits is not None and not 1 <= digits <= MAX_DIGITS:
            checks.add("digits", f"Los dígitos del medidor van de 1 a {MAX_DIGITS}.")
            digits = None
        main_previous = self._number(
            checks, "main_previous", draft.main_previous, "la lectura anterior del medidor general"
        )
        main_current = self._number(
            checks, "main_current", draft.main_current, "la lectura actual del medidor general"
        )
        if (main_previous is None) != (main_current is None) and not checks.errors.keys() & {
            "main_previous",
            "main_current",
        }:
            missing = "main_previous" if main_previous is None else "main_current"
            which = "anterior" if missing == "main_previous" else "actual"
            checks.add(missing, f"Indique la lectura {which} del medidor general.")
        elif (
            main_previous is not None and main_current is not None and "digits" not in checks.errors
        ):
            try:
                consumption_of(main_previous, main_current, digits)
            except ValueError as error:
                checks.add("main_current", f"Medidor general: {error}")
        if record is not None and "digits" not in checks.errors and digits != record.digits:
            units = dict(self._numbers(uow, community))
            bad = []
            for unit_id, (previous, current) in self._stored(uow, record).items():
                try:
                    consumption_of(previous, current, digits)
                except ValueError:
                    bad.append(units.get(unit_id, str(unit_id)))
            if bad:
                checks.add(
                    "digits",
                    f"Con {'esos dígitos' if digits else 'el medidor sin dígitos'} no son válidas "
                    f"las lecturas de {', '.join(natural_sorted(bad))}.",
                )
        checks.done()
        return {
            "account_id": account.id if account else None,
            "price_num": price.numerator if price is not None else None,
            "price_den": price.denominator if price is not None else 1,
            "main_previous": main_previous,
            "main_current": main_current,
            "digits": digits,
            "nature": nature,
        }

    @staticmethod
    def _number(checks: Checks, field: str, value: object, what: str) -> int | None:
        try:
            return parse_reading(value, what)
        except ValueError as error:
            checks.add(field, capital(str(error)))
            return None

    def _check_readings(
        self,
        units: Mapping[int, tuple[str, bool]],
        readings: Mapping[int, tuple[object, object] | None],
        digits: int | None,
    ) -> dict[int, tuple[int, int] | None]:
        clean: dict[int, tuple[int, int] | None] = {}
        errors: dict[str, str] = {}
        ids = list(readings)
        for unit_id in (ids[k] for k in natural_order([units[u][0] for u in ids])):
            value = readings[unit_id]
            number, active = units[unit_id]
            if value is None or value == ("", "") or value == (None, None):
                clean[unit_id] = None
                continue
            try:
                if not active:
                    raise ValueError("la unidad está inactiva.")
                clean[unit_id] = check_pair(value, digits)
            except ValueError as error:
                errors[f"unit:{unit_id}"] = f"Unidad {number}: {error}"
        if errors:
            raise ValidationFailed(errors)
        return clean

    def _set(self, uow: UnitOfWork, period: Period, code: str) -> MeterSet | None:
        return uow.session.scalars(
            select(MeterSet).where(MeterSet.period_id == period.id, MeterSet.service == code)
        ).first()

    def _last_closed(
        self, uow: UnitOfWork, community: Community, period: Period, code: str
    ) -> MeterSet | None:
        """The service's set of the latest closed month before ``period``."""
        return uow.session.scalars(
            select(MeterSet)
            .join(Period, Period.id == MeterSet.period_id)
            .where(
                Period.community_id == community.id,
                Period.status == "closed",
                MeterSet.service == code,
                Period.year * 12 + Period.month < period.year * 12 + period.month,
            )
            .order_by(Period.year.desc(), Period.month.desc())
            .limit(1)
        ).first()

    def _stored(self, uow: UnitOfWork, record: MeterSet) -> dict[int, tuple[int, int]]:
        rows = uow.session.execute(
            select(MeterReading.unit_id, MeterReading.previous, MeterReading.current).where(
                MeterReading.meter_set_id == record.id
            )
        ).all()
        return {u: (p, c) for u, p, c in rows}

    def _stored_currents(self, uow: UnitOfWork, record: MeterSet) -> dict[int, int]:
        return {u: c for u, (_, c) in self._stored(uow, record).items()}

    def _units(self, uow: UnitOfWork, community: Community) -> list[tuple[int, str, bool]]:
        rows = uow.session.execute(
            select(Unit.id, Unit.number, Unit.active).where(Unit.community_id == community.id)
        ).all()
        return [(i, n, bool(a)) for i, n, a in rows]

    def _numbers(self, uow: UnitOfWork, community: Community) -> list[tuple[int, str]]:
        return [(i, n) for i, n, _ in self._units(uow, community)]

    def _snapshot(self, uow: UnitOfWork, community: Community, record: MeterSet) -> dict[str, Any]:
        account = uow.session.get(ExpenseAccount, record.account_id) if record.account_id else None
        return snapshot(record, account, country_of(community).minor_exponent)

    def _row(self, uow: UnitOfWork, community: Community, record: MeterSet) -> MeterSetRow:
        account = uow.session.get(ExpenseAccount, record.account_id) if record.account_id else None
        stored = self._stored(uow, record)
        return set_row(record, account, stored, country_of(community).minor_exponent)
