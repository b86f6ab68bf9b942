"""The collection log: actions per unit, newest first, checked, audited, and only for those
allowed to manage collection."""

from __future__ import annotations

from datetime import date

import pytest

from kastor_desktop.domain import permissions
from kastor_desktop.services.collection_log import ActionDraft
from kastor_desktop.services.errors import NotFound, PermissionDenied, ValidationFailed
from tests.factories import assert_refused
from tests.payments_world import make_payments_world


@pytest.fixture
def world(services, admin):
    return make_payments_world(services, admin)


def audit_actions(services, admin):
    return [e.action for e in services.audit.entries(admin)]


def test_add_list_and_delete(services, admin, world):
    cid = world.community_id
    call = services.collection_log.add(
        admin,
        cid,
        "A-102",
        ActionDraft(
            "10-01-2027", "call", "early", "Dice que paga el viernes", "Volver a llamar",
            "2027-01-22",
        ),
    ).value  # fmt: skip
    assert (call.kind_label, call.stage_label, call.next_on) == (
        "Llamada",
        "Temprana",
        date(2027, 1, 22),
    )
    assert call.created_by == "admin" and call.unit_number == "A-102"
    services.collection_log.add(
        admin, cid, "A-102", ActionDraft(date(2027, 1, 14), "letter", "late")
    )
    services.collection_log.add(
        admin, cid, "B-201", ActionDraft(date(2027, 1, 15), "visit", "late")
    )
    rows = services.collection_log.list(admin, cid, "A-102")
    assert [(r.kind, r.done_on) for r in rows] == [
        ("letter", date(2027, 1, 14)),
        ("call", date(2027, 1, 10)),
    ]
    outcome = services.collection_log.delete(admin, cid, call.id)
    assert outcome.changes.touches("collection")
    assert [r.kind for r in services.collection_log.list(admin, cid, "A-102")] == ["letter"]
    actions = audit_actions(services, admin)
    assert actions.count("collection_action.create") == 3
    assert "collection_action.delete" in actions
    with pytest.raises(NotFound):
        services.collection_log.delete(admin, cid, call.id)


def test_every_field_is_checked_in_spanish(services, admin, world):
    cid = world.community_id
    with pytest.raises(ValidationFailed) as error:
        services.collection_log.add(
            admin,
            cid,
            "A-102",
            ActionDraft("20-01-2027", "fax", "final", "x" * 2001, "", "2027-01-01"),
        )
    errors = error.value.errors
    assert "posterior a hoy" in errors["done_on"]
    assert "«fax»" in errors["kind"] and "Llamada" in errors["kind"]
    assert "«final»" in errors["stage"] and "Judicial" in errors["stage"]
    assert "2000 caracteres" in errors["note"]
    with pytest.raises(ValidationFailed) as error:
        services.collection_log.add(
            admin, cid, "A-102", ActionDraft("10-01-2027", "call", "early", next_on="01-01-2027")
        )
    assert "anterior a la fecha de la gestión" in error.value.errors["next_on"]
    with pytest.raises(ValidationFailed) as error:
        services.collection_log.add(admin, cid, "Z-1", ActionDraft("", "call", "early"))
    assert "«Z-1»" in error.value.errors["unit"] and "fecha" in error.value.errors["done_on"]
    assert services.collection_log.list(admin, cid, "A-102") == []


def test_nobody_cannot_log_and_a_viewer_can_only_read(services, admin, nobody, world):
    cid = world.community_id
    draft = ActionDraft("10-01-2027", "call", "early")
    assert_refused(services, lambda: services.collection_log.add(nobody, cid, "A-102", draft))
    logged = services.collection_log.add(admin, cid, "A-102", draft).value
    assert_refused(services, lambda: services.collection_log.delete(nobody, cid, logged.id))
    role = services.roles.create(
        admin, "Consulta", permissions.COMMUNITY, ["communities.view"], [cid]
    ).value.id
    services.users.update(admin, nobody.user_id, nobody.full_name, "", [role])
    assert [r.id for r in services.collection_log.list(nobody, cid, "A-102")] == [logged.id]
    with pytest.raises(PermissionDenied):
        services.collection_log.add(nobody, cid, "A-102", draft)
