"""Payment agreements on the payments world: A-102 owes 94.703 on 15-01-2027 (November 31.500,
December 63.203). Instalments are tracked with real payments (services.payments.record)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from kastor_desktop.services.agreements import AgreementDraft
from kastor_desktop.services.collection_settings import CollectionSettingsRow
from kastor_desktop.services.errors import ValidationFailed
from tests.factories import assert_refused, state
from tests.payments_world import make_payments_world

APPROVAL = {"approved_by": "Comité de administración, acta N° 12", "approved_on": "14-01-2027"}


@pytest.fixture
def world(services, admin):
    return make_payments_world(services, admin)


def sign(services, admin, world, instalments=3, **changes):
    values = {"signed_on": "15-01-2027", "instalments": instalments, **APPROVAL, **changes}
    return services.agreements.create(admin, world.community_id, "A-102", AgreementDraft(**values))


def test_propose_follows_the_rules_and_saves_nothing(services, admin, world):
    before = state(services)
    proposal = services.agreements.propose(admin, world.community_id, "A-102", 3)
    assert proposal.debt == 94_703
    assert [(i.number, i.due_on, i.amount) for i in proposal.schedule] == [
        (1, date(2027, 1, 15), 28_411),  # 30 % rounded up
        (2, date(2027, 2, 15), 33_146),
        (3, date(2027, 3, 15), 33_146),
    ]
    assert "hasta 12 cuotas" in proposal.rules_text and "30 %" in proposal.rules_text
    custom = services.agreements.propose(
        admin, world.community_id, "A-102", 2, "50.000", "2027-02-01"
    )
    assert [(i.due_on, i.amount) for i in custom.schedule] == [
        (date(2027, 2, 1), 50_000),
        (date(2027, 3, 1), 44_703),
    ]
    assert state(services) == before


def test_schedules_outside_the_rules_are_refused(services, admin, world):
    cid = world.community_id
    with pytest.raises(ValidationFailed) as error:
        services.agreements.propose(admin, cid, "A-102", 13)
    assert "como máximo 12 cuotas" in error.value.errors["instalments"]
    with pytest.raises(ValidationFailed) as error:
        services.agreements.propose(admin, cid, "A-102", 6, 20_000)
    assert "al menos el 30 %" in error.value.errors["first_amount"]
    assert "$ 28.411" in error.value.errors["first_amount"]
    services.collection_settings.save(
        admin,
        cid,
        CollectionSettingsRow(agreement_max_instalments=24, agreement_min_first_micro=10_000_000),
    )
    assert len(services.agreements.propose(admin, cid, "A-102", 13, 20_000).schedule) == 13


def test_create_records_the_approval_logs_and_audits(services, admin, world):
    outcome = sign(services, admin, world, note="Pagará con su gratificación")
    row = outcome.value
    assert (row.unit_number, row.owner_name, row.debt, row.status) == (
        "A-102",
        "Bruno Díaz",
        94_703,
        "active",
    )
    assert (row.approved_by, row.approved_on) == (APPROVAL["approved_by"], date(2027, 1, 14))
    assert row.status_label == "Vigente" and row.remaining == 94_703 and row.paid == 0
    assert sum(i.amount for i in row.instalments) == 94_703
    assert outcome.changes.touches("collection") and outcome.changes.touches("delinquency")
    log = services.collection_log.list(admin, world.community_id, "A-102")
    assert [a.kind for a in log] == ["agreement"]
    assert f"Convenio N° {row.id}" in log[0].note and log[0].next_on == date(2027, 1, 15)
    actions = [e.action for e in services.audit.entries(admin)]
    assert "agreement.create" in actions


def test_approval_is_required_and_one_agreement_at_a_time(services, admin, world):
    with pytest.raises(ValidationFailed) as error:
        sign(services, admin, world, approved_by="  ", approved_on=None, signed_on="16-01-2027")
    errors = error.value.errors
    assert set(errors) == {"approved_by", "approved_on", "signed_on"}
    assert "posterior a hoy" in errors["signed_on"]
    first = sign(services, admin, world).value
    with pytest.raises(ValidationFailed) as error:
        sign(services, admin, world)
    assert f"N° {first.id} vigente" in error.value.errors["unit"]
    cancelled = services.agreements.cancel(
        admin, world.community_id, first.id, "Vendió la unidad"
    ).value
    assert (cancelled.status, cancelled.cancel_reason) == ("cancelled", "Vendió la unidad")
    assert sign(services, admin, world).value.status == "active"
    with pytest.raises(ValidationFailed):
        services.agreements.cancel(admin, world.community_id, first.id, "otra vez")


def test_a_unit_without_debt_cannot_sign(services, admin, world):
    services.payments.record(admin, world.community_id, "A-101", 63_000, "15-01-2027")
    with pytest.raises(ValidationFailed) as error:
        services.agreements.create(
            admin, world.community_id, "A-101", AgreementDraft("15-01-2027", 3, **APPROVAL)
        )
    assert "no tiene deuda" in error.value.errors["debt"]


def test_instalments_are_tracked_with_real_payments(services, admin, world):
    cid = world.community_id
    agreement = sign(services, admin, world).value

    def statuses(on):
        row = services.agreements.list(admin, cid, "A-102", as_of=on)[0]
        return row.status, [(i.paid, i.status) for i in row.instalments]

    services.payments.record(admin, cid, "A-102", 28_411, "15-01-2027")
    assert statuses(date(2027, 1, 20)) == (
        "active",
        [(28_411, "paid"), (0, "pending"), (0, "pending")],
    )
    services.ctx.clock = lambda: datetime(2027, 2, 10, 9, 0)
    services.payments.record(admin, cid, "A-102", 10_000, "10-02-2027")
    assert statuses(date(2027, 2, 10))[1][1] == (10_000, "partial")
    assert statuses(date(2027, 2, 20)) == (
        "active",
        [(28_411, "paid"), (10_000, "overdue"), (0, "pending")],
    )
    assert statuses(date(2027, 3, 17))[0] == "active"  # 30 days after 15-02
    assert statuses(date(2027, 3, 18))[0] == "broken"  # 31 days
    rows = services.delinquency.units(admin, cid, date(2027, 3, 18))
    assert {r.unit_number: r.agreement for r in rows}["A-102"] == "broken"
    services.ctx.clock = lambda: datetime(2027, 3, 20, 9, 0)
    services.payments.record(admin, cid, "A-102", 56_292, "20-03-2027")
    final = services.agreements.list(admin, cid, as_of=date(2027, 3, 20))[0]
    assert final.id == agreement.id and final.status == "completed"
    assert final.status_label == "Cumplido" and final.remaining == 0


def test_payments_before_signing_do_not_count(services, admin, world):
    cid = world.community_id
    services.payments.record(admin, cid, "A-102", 10_000, "14-01-2027")
    row = sign(services, admin, world).value
    assert row.debt == 84_703 and row.paid == 0


def test_nobody_cannot_create_or_cancel(services, admin, nobody, world):
    draft = AgreementDraft("15-01-2027", 3, **APPROVAL)
    assert_refused(
        services, lambda: services.agreements.create(nobody, world.community_id, "A-102", draft)
    )
    row = sign(services, admin, world).value
    assert_refused(
        services, lambda: services.agreements.cancel(nobody, world.community_id, row.id, "No")
    )
