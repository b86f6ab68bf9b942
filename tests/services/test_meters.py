"""Meter readings of the month: sets per service, the readings grid, rollover, closed months."""

from __future__ import annotations

from datetime import date, datetime
from fractions import Fraction

import pytest
from sqlalchemy import func, select, update

from kastor_desktop.domain import permissions
from kastor_desktop.services.errors import (
    NotFound,
    PermissionDenied,
    ServiceError,
    ValidationFailed,
)
from kastor_desktop.services.meters import MeterSetDraft
from kastor_desktop.store.models import AuditEntry
from kastor_desktop.store.models.closing import Expense, MeterReading, MeterSet, Period
from kastor_desktop.store.models.master import ExpenseAccount
from tests.closing_world import make_closing_world
from tests.factories import NOBODY, assert_refused


@pytest.fixture
def world(services, admin):
    return make_closing_world(services, admin)


def count(services, model) -> int:
    with services.ctx.sessions() as session:
        return session.scalar(select(func.count()).select_from(model))


def actions(services) -> list[str]:
    with services.ctx.sessions() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def close_november(services) -> None:
    with services.ctx.sessions() as session:
        session.execute(update(Period).values(status="closed"))
        session.commit()


def test_a_priced_set_and_its_readings(services, admin, world) -> None:
    cid, u = world.community_id, world.units
    draft = MeterSetDraft("Agua", "agua", "1.234,5678", "1.000", "1100", "", "")
    row = services.meters.save_set(admin, cid, draft).value
    assert (row.service, row.service_label, row.account_code, row.account_name) == (
        "water",
        "Agua",
        "02.01",
        "Agua",
    )
    assert row.price == "1.234,5678"
    assert row.exact_price == Fraction("1234.5678") == Fraction(row.price_num, row.price_den)
    assert (row.main_previous, row.main_current, row.main_consumption, row.nature) == (
        1000,
        1100,
        100,
        "ordinary",
    )
    readings = {
        u["A-101"]: (100, 130),
        u["A-102"]: ("200", "1.240"),  # typed with a thousands dot: 1240
        u["B-201"]: (50, 50),
        u["B-202"]: None,
    }
    saved = services.meters.set_readings(admin, cid, "water", readings)
    assert saved.changes.touches("closing")
    row = saved.value
    assert (row.readings, row.consumption, row.main_difference) == (3, 30 + 1040, 100 - 1070)
    assert "suman 970 m³ más que el medidor general" in row.notes
    grid = services.meters.readings(admin, cid, "Agua")
    assert [(r.number, r.previous, r.current, r.consumption, r.saved) for r in grid] == [
        ("A-101", 100, 130, 30, True),
        ("A-102", 200, 1240, 1040, True),
        ("B-201", 50, 50, 0, True),
        ("B-202", None, None, None, False),
    ]
    assert actions(services)[-2:] == ["meter_set.create", "meter_readings.set"]
    # saving the same grid again changes nothing and writes no audit entry
    assert not services.meters.set_readings(admin, cid, "water", readings).changes.areas
    assert actions(services)[-1] == "meter_readings.set" and len(actions(services)) > 2
    [listed] = services.meters.sets(admin, cid)
    assert listed == row


def test_main_difference_is_spread_by_consumption_and_shown(services, admin, world) -> None:
    cid, u = world.community_id, world.units
    services.meters.save_set(admin, cid, MeterSetDraft("gas", main_previous=0, main_current=50))
    row = services.meters.set_readings(
        admin, cid, "gas", {u["A-101"]: (0, 10), u["A-102"]: (0, 20)}
    ).value
    assert (row.consumption, row.main_consumption, row.main_difference) == (30, 50, 20)
    assert "marca 20 m³ más que las unidades" in row.notes
    assert "Sin precio" in row.notes and row.price == "" and row.exact_price is None


def test_every_bad_unit_is_named_and_nothing_is_saved(services, admin, world) -> None:
    cid, u = world.community_id, world.units
    services.meters.save_set(admin, cid, MeterSetDraft("water", digits="4"))
    before = (count(services, MeterReading), len(actions(services)))
    with pytest.raises(ValidationFailed) as info:
        services.meters.set_readings(
            admin,
            cid,
            "water",
            {
                u["B-202"]: (10, 12_345),
                u["A-101"]: (10, 20),
                u["A-102"]: (-1, 5),
                u["B-201"]: ("doce", 5),
            },
        )
    assert info.value.errors == {
        f"unit:{u['A-102']}": "Unidad A-102: la lectura anterior (-1) no puede ser negativa.",
        f"unit:{u['B-201']}": "Unidad B-201: la lectura anterior «doce» no es un número.",
        f"unit:{u['B-202']}": "Unidad B-202: la lectura 12345 no cabe en un medidor de 4 dígitos.",
    }
    assert list(info.value.errors) == sorted(info.value.errors, key=lambda k: k)  # unit order
    assert (count(services, MeterReading), len(actions(services))) == before


def test_a_lower_reading_without_digits_is_refused(services, admin, world) -> None:
    cid, u = world.community_id, world.units
    with pytest.raises(ValidationFailed) as info:
        services.meters.set_readings(
            admin, cid, "water", {u["A-101"]: (130, 120), u["A-102"]: (5, "")}
        )
    assert info.value.errors == {
        f"unit:{u['A-101']}": "Unidad A-101: la lectura actual (120) es menor que la anterior "
        "(130); indique los dígitos del medidor si dio la vuelta.",
        f"unit:{u['A-102']}": "Unidad A-102: indique la lectura actual.",
    }
    assert count(services, MeterSet) == 0  # the set is not created either


def test_rollover_with_digits(services, admin, world) -> None:
    cid, u = world.community_id, world.units
    draft = MeterSetDraft("Agua caliente", main_previous="9.950", main_current="100", digits="4")
    row = services.meters.save_set(admin, cid, draft).value
    assert (row.main_consumption, row.main_rolled_over) == (150, True)
    row = services.meters.set_readings(
        admin, cid, "hot_water", {u["A-101"]: (9990, 10), u["A-102"]: (100, 230)}
    ).value
    assert (row.consumption, row.units_rolled_over, row.main_difference) == (150, 1, 0)
    assert "dio la vuelta" in row.notes
    first = services.meters.readings(admin, cid, "hot_water")[0]
    assert (first.number, first.consumption, first.rolled_over, first.error) == (
        "A-101",
        20,
        True,
        "",
    )
    # taking the digits away would make A-101's reading invalid: refused, naming the unit
    with pytest.raises(ValidationFailed) as info:
        services.meters.save_set(admin, cid, MeterSetDraft("hot_water", digits=""))
    assert info.value.errors == {
        "digits": "Con el medidor sin dígitos no son válidas las lecturas de A-101."
    }


def test_set_fields_are_checked_in_spanish(services, admin, world) -> None:
    cid = world.community_id
    with pytest.raises(ValidationFailed) as info:
        services.meters.save_set(
            admin,
            cid,
            MeterSetDraft("water", "", "0", main_current="10", digits="20", nature="raro"),
        )
    errors = info.value.errors
    assert errors["price"].startswith("El precio debe ser mayor que cero")
    assert errors["digits"] == "Los dígitos del medidor van de 1 a 12."
    assert errors["main_previous"] == "Indique la lectura anterior del medidor general."
    assert errors["nature"] == "Clase de gasto «raro»: ordinario o extraordinario."
    with pytest.raises(ValidationFailed) as info:
        services.meters.save_set(
            admin, cid, MeterSetDraft("water", "", "1.500", main_previous=50, main_current=40)
        )
    assert info.value.errors == {
        "account": "Indique la cuenta con que se cobra el consumo.",
        "main_current": "Medidor general: la lectura actual (40) es menor que la anterior (50); "
        "indique los dígitos del medidor si dio la vuelta.",
    }
    with pytest.raises(ValidationFailed) as info:
        services.meters.save_set(admin, cid, MeterSetDraft("water", "Luz", "1,1234567"))
    assert info.value.errors == {
        "price": "Precio: «1,1234567» admite hasta 6 decimales.",
        "account": "No existe la cuenta «Luz» en el plan.",
    }
    with pytest.raises(ValidationFailed) as info:
        services.meters.save_set(admin, cid, MeterSetDraft("electricidad"))
    assert info.value.errors == {
        "service": "Servicio «electricidad»: elija «Agua», «Agua caliente» o «Gas»."
    }
    assert count(services, MeterSet) == 0


def test_readings_start_from_the_last_closed_month(services, admin, world) -> None:
    cid, u = world.community_id, world.units
    with services.ctx.sessions() as session:
        october = Period(
            community_id=cid, year=2026, month=10, status="closed", opened_at=datetime(2026, 10, 1)
        )
        session.add(october)
        session.flush()
        water = MeterSet(period_id=october.id, service="water", main_current=4321, digits=5)
        session.add(water)
        session.flush()
        session.add_all(
            [
                MeterReading(meter_set_id=water.id, unit_id=u["A-101"], previous=90, current=130),
                MeterReading(meter_set_id=water.id, unit_id=u["B-201"], previous=7, current=9),
            ]
        )
        session.commit()
    grid = services.meters.readings(admin, cid, "water")
    assert [(r.number, r.previous, r.current, r.saved) for r in grid] == [
        ("A-101", 130, None, False),
        ("A-102", None, None, False),
        ("B-201", 9, None, False),
        ("B-202", None, None, False),
    ]
    draft = services.meters.draft_for(admin, cid, "Agua")
    assert (draft.main_previous, draft.main_current, draft.digits) == (4321, "", 5)
    services.meters.set_readings(admin, cid, "water", {u["A-101"]: (130, 150)})
    grid = services.meters.readings(admin, cid, "water")
    assert [(r.previous, r.current, r.consumption, r.saved) for r in grid[:3]] == [
        (130, 150, 20, True),
        (None, None, None, False),
        (9, None, None, False),
    ]
    assert services.meters.readings(admin, cid, "water", october.id)[0].current == 130


def test_a_closed_month_is_never_written(services, admin, world) -> None:
    cid, u = world.community_id, world.units
    services.meters.set_readings(admin, cid, "water", {u["A-101"]: (100, 130)})
    november = services.meters.sets(admin, cid)[0].period_id
    close_november(services)
    with pytest.raises(ValidationFailed) as info:
        services.meters.set_readings(
            admin, cid, "water", {u["A-101"]: (100, 140)}, period_id=november
        )
    assert "noviembre 2026 está cerrado" in info.value.errors["period"]
    with pytest.raises(ValidationFailed):
        services.meters.save_set(admin, cid, MeterSetDraft("water"), period_id=november)
    with pytest.raises(ValidationFailed):
        services.meters.delete_set(admin, cid, "water", period_id=november)
    assert services.meters.readings(admin, cid, "water", november)[0].current == 130
    # the open month is December now: its readings start where November's ended
    assert services.meters.readings(admin, cid, "water")[0].previous == 130


def test_delete_set_unless_an_expense_splits_by_it(services, admin, world) -> None:
    cid, u = world.community_id, world.units
    services.meters.set_readings(admin, cid, "gas", {u["A-101"]: (1, 2)})
    with services.ctx.sessions() as session:
        period_id = session.scalar(select(Period.id).where(Period.status == "open"))
        account = session.scalar(select(ExpenseAccount.id).where(ExpenseAccount.code == "02.03"))
        session.add(
            Expense(
                period_id=period_id,
                spent_on=date(2026, 11, 5),
                account_id=account,
                description="Factura Metrogas",
                amount=90_000,
                method="consumption",
                service="gas",
            )
        )
        session.commit()
    with pytest.raises(ServiceError, match="«Factura Metrogas» se reparte por consumo de gas"):
        services.meters.delete_set(admin, cid, "gas")
    with services.ctx.sessions() as session:
        session.execute(update(Expense).values(method="equal"))
        session.commit()
    services.meters.delete_set(admin, cid, "Gas")
    assert (count(services, MeterSet), count(services, MeterReading)) == (0, 0)
    assert actions(services)[-1] == "meter_set.delete"
    with pytest.raises(NotFound):
        services.meters.delete_set(admin, cid, "gas")


def test_writing_needs_expenses_permission(services, admin, world) -> None:
    cid, u = world.community_id, world.units
    role = services.roles.create(
        admin, "Consulta", permissions.COMMUNITY, ["communities.view"], [cid]
    ).value.id
    services.users.update(admin, NOBODY.user_id, NOBODY.full_name, "", [role])
    viewer = type(admin)(NOBODY.user_id, NOBODY.username, NOBODY.full_name)
    assert len(services.meters.readings(viewer, cid, "water")) == 4
    before = (count(services, MeterSet), count(services, MeterReading))
    assert_refused(services, lambda: services.meters.save_set(viewer, cid, MeterSetDraft("gas")))
    assert_refused(
        services,
        lambda: services.meters.set_readings(viewer, cid, "water", {u["A-101"]: (1, 2)}),
    )
    with pytest.raises(PermissionDenied):
        services.meters.delete_set(viewer, cid, "water")
    assert (count(services, MeterSet), count(services, MeterReading)) == before
