"""A community's closing settings: defaults, bounds in Spanish, the rate above the cap."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from kastor_desktop.domain import permissions
from kastor_desktop.services.closing_settings import ClosingSettingsDraft
from kastor_desktop.services.errors import ValidationFailed
from kastor_desktop.store.models import AuditEntry
from kastor_desktop.store.models.closing import ClosingSettings
from tests.closing_world import make_closing_world
from tests.factories import NOBODY, assert_refused


@pytest.fixture
def world(services, admin):
    return make_closing_world(services, admin)


def audit(services) -> list[AuditEntry]:
    with services.ctx.sessions() as session:
        return list(
            session.scalars(
                select(AuditEntry).where(AuditEntry.action == "closing_settings.update")
            )
        )


def test_defaults(services, admin, world) -> None:
    row = services.closing_settings.get(admin, world.community_id)
    assert (row.reserve_method, row.reserve_method_label, row.reserve_rate) == (
        "percentage",
        "Porcentaje de los gastos ordinarios",
        "5",
    )
    assert (row.interest_rate, row.interest_cap, row.interest_compound) == ("1", "1,5", False)
    assert (row.interest_fund_id, row.interest_fund_name) == (
        world.reserve_fund,
        "Fondo común de reserva",
    )
    assert (row.payment_term_days, row.second_due_days, row.second_due_surcharge) == (10, 10, "0")
    assert (row.administrator, row.notes, row.effective_interest_micro) == ("", "", 1_000_000)
    # saving the form as shown changes nothing
    outcome = services.closing_settings.update(admin, world.community_id, row.draft())
    assert not outcome.changes.areas and audit(services) == []


def test_update_everything_with_audit(services, admin, world) -> None:
    draft = ClosingSettingsDraft(
        reserve_method="Monto fijo",
        reserve_amount="150.000",
        reserve_table="general",
        interest_rate="2,125",
        interest_cap="1,5",
        interest_compound="Sí",
        interest_fund="fondo de obras",
        payment_term_days="15",
        second_due_days=5,
        second_due_surcharge="3",
        administrator="  Ana   Admin  ",
    )
    row = services.closing_settings.update(admin, world.community_id, draft).value
    assert (row.reserve_method, row.reserve_amount, row.reserve_table_name) == (
        "fixed",
        150_000,
        "General",
    )
    assert (row.interest_rate_micro, row.interest_cap_micro, row.interest_compound) == (
        2_125_000,
        1_500_000,
        True,
    )
    assert (row.interest_fund_name, row.payment_term_days, row.second_due_days) == (
        "Fondo de obras",
        15,
        5,
    )
    assert (row.second_due_surcharge_micro, row.administrator) == (3_000_000, "Ana Admin")
    assert row.notes == (
        "La tasa de interés (2,125 % mensual) supera el tope legal (1,5 %): el cierre cobra "
        "el tope."
    )
    assert row.effective_interest_micro == 1_500_000
    assert row.draft().reserve_amount == "150.000"
    [entry] = audit(services)
    assert "interest_cap" not in entry.after  # only what changed
    assert '"interest_rate": "2,125 %"' in entry.after and '"interest_rate": "1 %"' in entry.before
    # back to a percentage: the fixed amount stays for switching back
    row = services.closing_settings.update(
        admin, world.community_id, replace(row.draft(), reserve_method="percentage")
    ).value
    assert (row.reserve_method, row.reserve_rate, row.reserve_amount) == (
        "percentage",
        "5",
        150_000,
    )


def test_bounds_in_spanish(services, admin, world) -> None:
    draft = ClosingSettingsDraft(
        reserve_method="fixed",
        reserve_amount="",
        interest_rate="12",
        interest_cap="uno",
        interest_compound="quizás",
        interest_fund="Fondo de eventos",
        payment_term_days="0",
        second_due_days="diez",
        second_due_surcharge="60",
        administrator="x" * 201,
    )
    with pytest.raises(ValidationFailed) as info:
        services.closing_settings.update(admin, world.community_id, draft)
    assert info.value.errors == {
        "reserve_amount": "Indique el monto fijo mensual.",
        "reserve_table": "Indique la tabla de prorrateo con que se reparte el monto fijo.",
        "interest_rate": "Interés mensual: debe estar entre 0 y 10 %.",
        "interest_cap": "Tope legal: «uno» no es un porcentaje válido.",
        "interest_compound": "Interés compuesto: «quizás» debe ser Sí o No.",
        "interest_fund": "No existe el fondo «Fondo de eventos» en esta comunidad.",
        "payment_term_days": "Plazo de pago: indique un número entero de días entre 1 y 60.",
        "second_due_days": "Segundo vencimiento: indique un número entero de días entre 1 y 60.",
        "second_due_surcharge": "Recargo del segundo vencimiento: debe estar entre 0 y 50 %.",
        "administrator": "El nombre del administrador admite 200 caracteres.",
    }
    with pytest.raises(ValidationFailed) as info:
        services.closing_settings.update(
            admin, world.community_id, ClosingSettingsDraft(reserve_rate="0", payment_term_days=61)
        )
    assert set(info.value.errors) == {"reserve_rate", "payment_term_days"}
    assert audit(services) == []
    with services.ctx.sessions() as session:
        assert session.get(ClosingSettings, world.community_id) is None  # nothing saved


def test_missing_funds_and_tables_are_noted(services, admin, world) -> None:
    cid = world.community_id
    services.closing_settings.update(
        admin, cid, ClosingSettingsDraft("fixed", reserve_amount="1000", reserve_table="Torre A")
    )
    services.shares.delete_table(admin, cid, world.torre_a)
    services.funds.delete(admin, cid, world.reserve_fund)
    row = services.closing_settings.get(admin, cid)
    assert row.notes == (
        "La tabla de prorrateo del fondo de reserva ya no existe: elija otra. La comunidad no "
        "tiene fondo de reserva: créelo en Fondos. Los intereses cobrados no tienen un fondo "
        "de destino."
    )


def test_changing_settings_needs_the_closing_permission(services, admin, world) -> None:
    cid = world.community_id
    role = services.roles.create(
        admin, "Asistente", permissions.COMMUNITY, ["communities.view", "expenses.manage"], [cid]
    ).value.id
    services.users.update(admin, NOBODY.user_id, NOBODY.full_name, "", [role])
    assistant = type(admin)(NOBODY.user_id, NOBODY.username, NOBODY.full_name)
    assert services.closing_settings.get(assistant, cid).payment_term_days == 10
    draft = ClosingSettingsDraft(payment_term_days=20)
    assert_refused(services, lambda: services.closing_settings.update(assistant, cid, draft))
    assert services.closing_settings.get(admin, cid).payment_term_days == 10
