"""Individual charges: one unit, a surcharge account, pesos or UF; closed months refused."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select, update

from kastor_desktop.domain import permissions
from kastor_desktop.services.errors import ValidationFailed
from kastor_desktop.services.individual_charges import IndividualChargeDraft
from kastor_desktop.store.models import AuditEntry
from kastor_desktop.store.models.closing import IndividualCharge, Period
from tests.closing_world import make_closing_world
from tests.factories import NOBODY, assert_refused, insert_units, make_argentine_community


@pytest.fixture
def world(services, admin):
    return make_closing_world(services, admin)


def count(services) -> int:
    with services.ctx.sessions() as session:
        return session.scalar(select(func.count()).select_from(IndividualCharge))


def refused(services, admin, world, draft: IndividualChargeDraft) -> dict[str, str]:
    with pytest.raises(ValidationFailed) as info:
        services.charges.create(admin, world.community_id, draft)
    assert count(services) == 0
    return info.value.errors


def test_charges_in_pesos_and_in_uf(services, admin, world) -> None:
    cid = world.community_id
    fine = services.charges.create(
        admin, cid, IndividualChargeDraft("b-201", "Multas", "Ruidos molestos", "25.000")
    ).value
    assert (fine.unit_number, fine.account_code, fine.account_name) == ("B-201", "20", "Multas")
    assert (fine.amount, fine.amount_text, fine.uf_text, fine.in_uf) == (
        25_000,
        "$ 25.000",
        "",
        False,
    )
    uf = services.charges.create(
        admin,
        cid,
        IndividualChargeDraft(
            "A-101", "20 Multas", "", uf="1,5", uf_value="37.571,86", uf_date="01-11-2026"
        ),
    ).value
    assert (uf.amount, uf.uf_x10000, uf.uf_value_x100, uf.uf_date) == (
        56_358,  # 56.357,79 rounded once
        15_000,
        3_757_186,
        date(2026, 11, 1),
    )
    assert uf.uf_text == "1,5000 UF × $ 37.571,86 al 01-11-2026"
    assert uf.description == "Multas"  # an empty description takes the account's name
    assert [r.unit_number for r in services.charges.list(admin, cid)] == ["A-101", "B-201"]
    # edit the UF charge into pesos, then delete it
    assert uf.draft().uf == "1,5000" and uf.draft().uf_value == "37.571,86"
    draft = IndividualChargeDraft("A-101", "21", "Quincho 14-11", "15.000")
    edited = services.charges.update(admin, cid, uf.id, draft).value
    assert (edited.amount, edited.uf_x10000, edited.account_name) == (
        15_000,
        None,
        "Uso de espacios comunes",
    )
    services.charges.delete(admin, cid, fine.id)
    with services.ctx.sessions() as session:
        entries = list(session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(4)))
    assert [e.action for e in entries] == [
        "individual_charge.delete",
        "individual_charge.update",
        "individual_charge.create",
        "individual_charge.create",
    ]
    assert '"uf": "1,5000 UF"' in entries[1].before and '"amount": 15000' in entries[1].after


def test_the_account_must_be_a_surcharge(services, admin, world) -> None:
    errors = refused(
        services, admin, world, IndividualChargeDraft("A-101", "Remuneraciones", "x", "1000")
    )
    assert errors == {
        "account": "La cuenta «01 Remuneraciones» es una categoría: se prorratea entre las "
        "unidades. Un cargo individual va en una cuenta de recargo. Use una cuenta de recargo: "
        "«20 Multas», «21 Uso de espacios comunes», «22 Reparaciones imputables», «23 Consumo "
        "individual»."
    }
    errors = refused(services, admin, world, IndividualChargeDraft("Z-9", "Luz", "x", "1000"))
    assert errors["unit"] == "No existe la unidad «Z-9» en esta comunidad."
    assert errors["account"].startswith("No existe la cuenta «Luz» en el plan. Use una cuenta")
    errors = refused(services, admin, world, IndividualChargeDraft("", ""))
    assert errors["unit"] == "Indique la unidad a la que se carga."
    assert errors["account"].startswith("Indique la cuenta del cargo.")
    assert errors["amount"] == "Indique el monto del cargo, en pesos o en UF."


def test_amounts_and_uf_fields_are_checked(services, admin, world) -> None:
    def errors(**values: object) -> dict[str, str]:
        draft = IndividualChargeDraft(**({"unit": "A-101", "account": "20"} | values))  # type: ignore[arg-type]
        return refused(services, admin, world, draft)

    assert errors(amount="0") == {"amount": "Monto: «0» debe ser mayor que cero."}
    assert errors(amount="12,5") == {"amount": "Monto: «12,5» debe ir sin decimales."}
    assert errors(uf="1,5") == {
        "uf_value": "Indique el valor de la UF.",
        "uf_date": "Indique la fecha del valor de la UF.",
    }
    assert errors(amount="1000", uf="2", uf_value="37.000", uf_date="2026-11-01") == {
        "amount": "Indique el monto en pesos o en UF, no ambos."
    }
    found = errors(uf="uno", uf_value="0", uf_date="31-02-2026")
    assert found["uf"].startswith("Monto en UF inválido: «uno»")
    assert found["uf_value"] == "El valor de la UF debe ser positivo: «0»."
    assert found["uf_date"].startswith("Fecha de la UF: «31-02-2026» no es una fecha válida")


def test_uf_only_in_chile(services, admin) -> None:
    community = make_argentine_community(services, admin)
    [unit] = insert_units(services, community.id, [("1A", "")])
    services.chart.load_default(admin, community.id)
    draft = IndividualChargeDraft("1a", "Multas", "", uf="1", uf_value="100", uf_date="2026-01-01")
    with pytest.raises(ValidationFailed) as info:
        services.charges.create(admin, community.id, draft)
    assert info.value.errors == {"uf": "La UF existe solo en Chile: indique el monto en pesos."}
    row = services.charges.create(
        admin, community.id, IndividualChargeDraft("1A", "Multas", "", "1.500,50")
    ).value
    assert (row.unit_id, row.amount, row.amount_text) == (unit, 150_050, "$ 1.500,50")
    assert row.draft(2).amount == "1.500,50"


def test_a_closed_month_cannot_be_changed(services, admin, world) -> None:
    cid = world.community_id
    row = services.charges.create(admin, cid, IndividualChargeDraft("A-101", "20", "", "5000"))
    with services.ctx.sessions() as session:
        session.execute(update(Period).values(status="closed"))
        session.commit()
    draft = IndividualChargeDraft("A-101", "20", "", "9000")
    with pytest.raises(ValidationFailed) as info:
        services.charges.update(admin, cid, row.value.id, draft)
    assert "está cerrado" in info.value.errors["period"]
    with pytest.raises(ValidationFailed):
        services.charges.delete(admin, cid, row.value.id)
    november = row.value.period_id
    assert [r.amount for r in services.charges.list(admin, cid, november)] == [5000]
    assert services.charges.list(admin, cid) == []  # the open month is December now


def test_writing_needs_expenses_permission(services, admin, world) -> None:
    cid = world.community_id
    row = services.charges.create(admin, cid, IndividualChargeDraft("A-101", "20", "", "5000"))
    role = services.roles.create(
        admin, "Consulta", permissions.COMMUNITY, ["communities.view"], [cid]
    ).value.id
    services.users.update(admin, NOBODY.user_id, NOBODY.full_name, "", [role])
    viewer = type(admin)(NOBODY.user_id, NOBODY.username, NOBODY.full_name)
    assert len(services.charges.list(viewer, cid)) == 1
    draft = IndividualChargeDraft("A-102", "20", "", "1000")
    assert_refused(services, lambda: services.charges.create(viewer, cid, draft))
    assert_refused(services, lambda: services.charges.update(viewer, cid, row.value.id, draft))
    assert_refused(services, lambda: services.charges.delete(viewer, cid, row.value.id))
    assert count(services) == 1
