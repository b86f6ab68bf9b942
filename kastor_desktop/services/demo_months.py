"""The demo's months: August to October 2026 closed, November 2026 filled and open.

Built through the real services with the clock set to each month's closing day, so the
audit log, the notices and the folios look like an office that has worked here for months:
recurring salaries and contracts confirmed every month, invoices, water readings charged by
price with the main meter's difference, a fine in UF, a reservation fee, an extraordinary
works quota, other income, and payments after each notice (most units pay in full, a few pay
part, a few do not pay at all and start to owe interest).
"""

from __future__ import annotations

import random
from datetime import date, datetime

from kastor_desktop.services.context import Actor
from kastor_desktop.services.suite import Services

MONTHS = ((2026, 8), (2026, 9), (2026, 10), (2026, 11))  # the last one stays open
# account code, description, amount per unit (pesos), a word of the supplier's name or None
RECURRING = (
    ("01.01", "Sueldo conserjes", 21_500, None),
    ("01.02", "Leyes sociales", 4_300, None),
    ("04.01", "Honorarios de administración", 6_400, None),
    ("03.01", "Contrato mantención ascensores", 3_700, "Ascensores"),
    ("06.02", "Retiro de basura", 1_250, None),
)
# account code, description, amount per unit, document type
INVOICES = (
    ("02.02", "Electricidad espacios comunes", 9_400, "Factura"),
    ("06.01", "Artículos de aseo", 2_300, "Factura"),
    ("03.05", "Mantención de jardines", 2_900, "Factura"),
    ("07.03", "Recarga de extintores", 700, "Factura"),
    ("08.01", "Comisión mantención cuenta corriente", 250, "Otro"),
    ("03.07", "Reparación bomba de agua", 4_100, "Boleta de honorarios"),
)
WATER_PRICE = 1_152.37  # pesos per m³ of the water company's bill
UF_VALUE = "39.643,59"


def build_months(services: Services, admin: Actor, ids: dict[str, int]) -> None:
    """Two closed months and the open one, for every demo community."""
    real_clock = services.ctx.clock
    try:
        for seed, (_code, cid) in enumerate(sorted(ids.items())):
            _community(services, admin, cid, random.Random(seed * 7919 + 11))
    finally:
        services.ctx.clock = real_clock


def _community(services: Services, admin: Actor, cid: int, rng: random.Random) -> None:
    from kastor_desktop.services.closing_settings import ClosingSettingsDraft
    from kastor_desktop.services.recurring import RecurringDraft

    units = [u.number for u in services.units.listing(admin, cid).rows]
    mains = [u.number for u in services.units.listing(admin, cid).rows if u.parent_number == ""]
    size = len(units)
    suppliers = {s.name: s.tax_id for s in services.suppliers.list(admin, cid)}
    table = services.shares.tables(admin, cid)[0].name
    services.closing_settings.update(
        admin, cid, ClosingSettingsDraft(administrator="Claudia Herrera Vidal")
    )
    for account, description, per_unit, supplier in RECURRING:
        services.recurring.create(
            admin,
            cid,
            RecurringDraft(
                account=account,
                description=description,
                amount=str(per_unit * size),
                table=table,
                supplier=_supplier(suppliers, supplier),
                document_type="Liquidación de sueldo" if account.startswith("01") else "Factura",
            ),
        )
    services.periods.start_at(admin, cid, *MONTHS[0])
    late = _late_payers(services, admin, cid, mains)
    readings = {number: rng.randint(100, 900) for number in mains}
    for index, (year, month) in enumerate(MONTHS):
        services.ctx.clock = lambda y=year, m=month: datetime(y, m, 20, 11, 30)
        _fill_month(
            services, admin, cid, rng, year, month, units, mains, table, readings, suppliers
        )
        if index == len(MONTHS) - 1:
            break
        next_year, next_month = MONTHS[index + 1]
        services.ctx.clock = lambda y=next_year, m=next_month: datetime(y, m, 3, 9, 15)
        services.closing.close(admin, cid, year, month)
        services.ctx.clock = lambda y=next_year, m=next_month: datetime(y, m, 10, 18, 0)
        skip = {unit for unit, since in late.items() if since <= index}
        _pay(services, admin, cid, rng, year, month, next_year, next_month, skip)


def _supplier(suppliers: dict[str, str], word: str | None) -> str:
    """The RUT of the community's supplier whose name has ``word`` ('' if none)."""
    found = [tax_id for name, tax_id in suppliers.items() if word and word in name]
    return found[0] if found else ""


def _fill_month(
    services: Services,
    admin: Actor,
    cid: int,
    rng: random.Random,
    year: int,
    month: int,
    units: list[str],
    mains: list[str],
    table: str,
    readings: dict[str, int],
    suppliers: dict[str, str],
) -> None:
    from kastor_desktop.services.expenses import ExpenseDraft
    from kastor_desktop.services.income import OtherIncomeDraft
    from kastor_desktop.services.individual_charges import IndividualChargeDraft
    from kastor_desktop.services.meter_values import MeterSetDraft

    size = len(units)
    services.recurring.propose(admin, cid)
    proposed = [e.id for e in services.expenses.list(admin, cid) if not e.confirmed]
    services.expenses.confirm(admin, cid, proposed)
    for n, (account, description, per_unit, document) in enumerate(INVOICES):
        amount = round(per_unit * size * rng.uniform(0.85, 1.2))
        services.expenses.create(
            admin,
            cid,
            ExpenseDraft(
                spent_on=date(year, month, 4 + 3 * n),
                account=account,
                description=description,
                amount=str(amount),
                table=table,
                document_type=document,
                document_number=str(rng.randint(10_000, 99_999)),
            ),
        )
    if month >= 10:
        services.expenses.create(
            admin,
            cid,
            ExpenseDraft(
                spent_on=date(year, month, 15),
                account="09.01",
                description=f"Pintura de fachada, cuota {month - 9} de 2",
                amount=str(18_000 * size),
                table=table,
                nature="extraordinary",
                document_type="Factura",
                document_number=str(rng.randint(10_000, 99_999)),
            ),
        )
    # water: sub-meters priced per m³; the main meter read a bit more than their sum
    pairs = {}
    total = 0
    for number in mains:
        used = rng.randint(6, 22)
        pairs[number] = (readings[number], readings[number] + used)
        readings[number] += used
        total += used
    ids = {u.number: u.id for u in services.units.listing(admin, cid).rows}
    services.meters.save_set(
        admin,
        cid,
        MeterSetDraft(
            service="water",
            main_previous=str(50_000 + month * 10_000),
            main_current=str(50_000 + month * 10_000 + total + total // 20),
        ),
    )
    services.meters.set_readings(
        admin, cid, "water", {ids[number]: pair for number, pair in pairs.items()}
    )
    # the water company's bill (main meter), split by the units' sub-meter readings
    services.expenses.create(
        admin,
        cid,
        ExpenseDraft(
            spent_on=date(year, month, 18),
            account="02.01",
            description="Agua potable (medidor general)",
            amount=str(round((total + total // 20) * WATER_PRICE)),
            method="consumption",
            service="water",
            supplier=_supplier(suppliers, "Aguas"),
            document_type="Factura",
            document_number=str(rng.randint(10_000_000, 99_999_999)),
        ),
    )
    services.charges.create(
        admin,
        cid,
        IndividualChargeDraft(
            unit=rng.choice(mains),
            account="20",
            description="Multa por ruidos molestos",
            uf="1,5",
            uf_value=UF_VALUE,
            uf_date=date(year, month, 1),
        ),
    )
    services.charges.create(
        admin,
        cid,
        IndividualChargeDraft(
            unit=rng.choice(mains),
            account="21",
            description="Arriendo de quincho",
            amount="25.000",
        ),
    )
    services.income.create(
        admin,
        cid,
        OtherIncomeDraft(
            received_on=date(year, month, 10),
            description="Arriendo de azotea para antena",
            amount="180.000",
        ),
    )


def _late_payers(services: Services, admin: Actor, cid: int, mains: list[str]) -> dict[str, int]:
    """Units that stop paying from the month of index N (0: August): debts at every age.

    The two units that brought the largest debt never pay (more than 90 days); others stop
    after August (61–90 days by late November), September (31–60) or October (0–30).
    """
    debts = sorted(
        (b.amount, b.unit_number) for b in services.balances.list(admin, cid) if (b.amount or 0) > 0
    )
    never = [number for _amount, number in debts[-2:]]
    rest = [n for n in mains if n not in never]
    late = dict.fromkeys(never, 0)
    for index, number in enumerate(rest[3:9:2]):
        late[number] = index  # from August, September, October
    return late


def _pay(
    services: Services,
    admin: Actor,
    cid: int,
    rng: random.Random,
    year: int,
    month: int,
    pay_year: int,
    pay_month: int,
    skip: set[str] = frozenset(),  # type: ignore[assignment]
) -> None:
    """After each notice: 80 % pay in full, 8 % pay part, 12 % do not pay (``skip``: never)."""
    view = services.closing.show(admin, cid, year, month)
    for unit in view.units:
        if unit.total <= 0 or unit.number in skip:
            continue
        luck = rng.random()
        if luck < 0.12:
            continue
        amount = unit.total if luck >= 0.20 else unit.total // 2
        services.payments.record(
            admin,
            cid,
            unit.number,
            amount,
            date(pay_year, pay_month, rng.randint(5, 9)),
            rng.choice(("transfer", "transfer", "transfer", "deposit", "check")),
            f"Aviso folio {unit.folio}",
        )
