"""A month's contributions to the funds: defaults, «Sin aporte», what the closing reads."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, update

from kastor_desktop.domain import permissions
from kastor_desktop.services.closing_settings import ClosingSettingsDraft
from kastor_desktop.services.errors import NotFound, ValidationFailed
from kastor_desktop.services.fund_contributions import (
    FundContributionDraft,
    effective,
    freeze_contributions,
)
from kastor_desktop.services.periods import open_period_for
from kastor_desktop.store.models import AuditEntry, Community
from kastor_desktop.store.models.closing import FundContribution, Period
from tests.closing_world import make_closing_world
from tests.factories import NOBODY, assert_refused


@pytest.fixture
def world(services, admin):
    return make_closing_world(services, admin)


def stored(services) -> list[tuple[int, str, int, int, int | None]]:
    with services.ctx.sessions() as session:
        return [
            (r.fund_id, r.method, r.rate_micro, r.amount, r.table_id)
            for r in session.scalars(select(FundContribution).order_by(FundContribution.fund_id))
        ]


def in_force(services, world) -> list[tuple[str, str, int, int, int | None]]:
    with services.ctx.work() as uow:
        community = uow.session.get(Community, world.community_id)
        return [
            (c.fund.name, c.method, c.rate_micro, c.amount, c.table_id)
            for c in effective(uow, community, open_period_for(uow, community))
        ]


def summary(services, admin, world) -> list[tuple[str, str, str, bool]]:
    rows = services.fund_contributions.list(admin, world.community_id)
    return [(r.fund_name, r.method, r.description, r.is_default) for r in rows]


def test_defaults_reserve_first(services, admin, world) -> None:
    assert summary(services, admin, world) == [
        ("Fondo común de reserva", "percentage", "5 % de los gastos ordinarios", True),
        ("Fondo de obras", "none", "Sin aporte", True),
    ]
    assert in_force(services, world) == [
        ("Fondo común de reserva", "percentage", 5_000_000, 0, None),
        ("Fondo de obras", "none", 0, 0, None),
    ]
    assert stored(services) == []


def test_set_a_month_and_back_to_none(services, admin, world) -> None:
    cid = world.community_id
    draft = FundContributionDraft("Monto fijo", amount="100.000", table="torre a")
    row = services.fund_contributions.set(admin, cid, world.works_fund, draft).value
    assert (row.method, row.amount, row.table_name, row.is_default) == (
        "fixed",
        100_000,
        "Torre A",
        False,
    )
    assert row.description == "$ 100.000 al mes, por la tabla «Torre A»"
    assert row.draft().amount == "100.000"
    reserve = services.fund_contributions.set(
        admin, cid, world.reserve_fund, FundContributionDraft("porcentaje", "2,5")
    ).value
    assert (reserve.rate_micro, reserve.rate, reserve.method_label) == (
        2_500_000,
        "2,5",
        "Porcentaje de los gastos ordinarios",
    )
    assert in_force(services, world) == [
        ("Fondo común de reserva", "percentage", 2_500_000, 0, None),
        ("Fondo de obras", "fixed", 0, 100_000, world.torre_a),
    ]
    # «Sin aporte»: the other fund's row goes; the reserve keeps an explicit zero
    services.fund_contributions.set(admin, cid, world.works_fund, FundContributionDraft("none"))
    services.fund_contributions.set(
        admin, cid, world.reserve_fund, FundContributionDraft("Sin aporte")
    )
    assert stored(services) == [(world.reserve_fund, "fixed", 0, 0, None)]
    assert summary(services, admin, world) == [
        ("Fondo común de reserva", "none", "Sin aporte", False),
        ("Fondo de obras", "none", "Sin aporte", True),
    ]
    # a new default in the settings does not bring the reserve's contribution back
    services.closing_settings.update(admin, cid, ClosingSettingsDraft(reserve_rate="7"))
    assert in_force(services, world)[0][1] == "none"
    with services.ctx.sessions() as session:
        audit = list(session.scalars(select(AuditEntry.action)))
    assert audit.count("fund_contribution.set") == 4
    # setting the same again changes nothing
    again = services.fund_contributions.set(
        admin, cid, world.reserve_fund, FundContributionDraft("none")
    )
    assert not again.changes.areas


def test_the_reserve_default_follows_the_settings(services, admin, world) -> None:
    cid = world.community_id
    services.closing_settings.update(
        admin,
        cid,
        ClosingSettingsDraft("fixed", reserve_amount="80.000", reserve_table="General"),
    )
    rows = services.fund_contributions.list(admin, cid)
    assert (rows[0].method, rows[0].amount, rows[0].table_name, rows[0].is_default) == (
        "fixed",
        80_000,
        "General",
        True,
    )
    services.closing_settings.update(admin, cid, ClosingSettingsDraft("none"))
    assert summary(services, admin, world)[0] == (
        "Fondo común de reserva",
        "none",
        "Sin aporte",
        True,
    )


def test_freeze_keeps_the_defaults_of_a_month(services, admin, world) -> None:
    with services.ctx.work() as uow:
        community = uow.session.get(Community, world.community_id)
        freeze_contributions(uow, community, open_period_for(uow, community))
        uow.commit()
    assert stored(services) == [(world.reserve_fund, "percentage", 5_000_000, 0, None)]
    services.closing_settings.update(admin, world.community_id, ClosingSettingsDraft("none"))
    assert in_force(services, world)[0][1:3] == ("percentage", 5_000_000)


def test_settings_are_checked(services, admin, world) -> None:
    cid, fund = world.community_id, world.works_fund

    def errors(draft: FundContributionDraft) -> dict[str, str]:
        with pytest.raises(ValidationFailed) as info:
            services.fund_contributions.set(admin, cid, fund, draft)
        return info.value.errors

    assert errors(FundContributionDraft("mensual")) == {
        "method": "Método «mensual»: elija «Porcentaje de los gastos ordinarios», «Monto fijo», "
        "«Sin aporte»."
    }
    assert errors(FundContributionDraft("percentage", "0")) == {
        "rate": "El porcentaje debe ser mayor que cero; elija «Sin aporte» si no hay."
    }
    assert errors(FundContributionDraft("percentage", "cinco")) == {
        "rate": "«cinco» no es un porcentaje válido."
    }
    assert errors(FundContributionDraft("fixed")) == {
        "amount": "Indique el monto fijo mensual.",
        "table": "Indique la tabla de prorrateo con que se reparte el monto fijo.",
    }
    assert errors(FundContributionDraft("fixed", amount="-5", table="Torre B")) == {
        "amount": "Monto: «-5» debe ser mayor que cero.",
        "table": "No existe la tabla de prorrateo «Torre B».",
    }
    assert stored(services) == []
    with pytest.raises(NotFound):
        services.fund_contributions.set(admin, cid, 9999, FundContributionDraft())


def test_a_closed_month_is_refused(services, admin, world) -> None:
    cid = world.community_id
    november = services.fund_contributions.list(admin, cid)  # opens nothing new
    with services.ctx.sessions() as session:
        period_id = session.scalar(select(Period.id))
        session.execute(update(Period).values(status="closed"))
        session.commit()
    with pytest.raises(ValidationFailed) as info:
        services.fund_contributions.set(
            admin, cid, world.works_fund, FundContributionDraft("percentage", "1"), period_id
        )
    assert "noviembre 2026 está cerrado" in info.value.errors["period"]
    assert services.fund_contributions.list(admin, cid, period_id) == november
    assert stored(services) == []


def test_writing_needs_expenses_permission(services, admin, world) -> None:
    cid = world.community_id
    role = services.roles.create(
        admin, "Consulta", permissions.COMMUNITY, ["communities.view"], [cid]
    ).value.id
    services.users.update(admin, NOBODY.user_id, NOBODY.full_name, "", [role])
    viewer = type(admin)(NOBODY.user_id, NOBODY.username, NOBODY.full_name)
    assert len(services.fund_contributions.list(viewer, cid)) == 2
    draft = FundContributionDraft("none")
    assert_refused(
        services, lambda: services.fund_contributions.set(viewer, cid, world.reserve_fund, draft)
    )
    with services.ctx.sessions() as session:
        assert session.scalar(select(func.count()).select_from(FundContribution)) == 0
