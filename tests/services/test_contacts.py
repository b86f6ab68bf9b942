from __future__ import annotations

import pytest

from kastor_desktop.services.errors import PermissionDenied, ServiceError, ValidationFailed
from tests.factories import assert_refused, outbox_rows, state


def test_a_contact_needs_an_email_or_a_phone(services, admin) -> None:
    before = state(services)
    with pytest.raises(ValidationFailed) as info:
        services.contacts.create(admin, "Pedro Pérez", "", " ")
    assert info.value.errors == {"email": "Indique al menos un correo electrónico o un teléfono."}
    assert state(services) == before
    by_mail = services.contacts.create(admin, "Pedro Pérez", "pedro@example.cl", "").value
    by_phone = services.contacts.create(admin, "Lucía Gómez", "", "+54 9 11 2345-6789").value
    assert (by_mail.email, by_mail.phone) == ("pedro@example.cl", "")
    assert (by_phone.email, by_phone.phone) == ("", "+5491123456789")


def test_invalid_email_and_phone_are_named(services, admin) -> None:
    with pytest.raises(ValidationFailed) as info:
        services.contacts.create(admin, "", "pedro@", "12345")
    assert set(info.value.errors) == {"name", "email", "phone"}
    assert "«12345»" in info.value.errors["phone"] and "«pedro@»" in info.value.errors["email"]


def test_a_community_has_one_contact_and_a_contact_serves_many(services, admin, workspace) -> None:
    services.contacts.associate(admin, workspace.contact, workspace.beta)
    other = services.contacts.create(admin, "Rodrigo Fuentes", "", "9 7654 3210").value
    services.contacts.associate(admin, other.id, workspace.alfa)  # replaces Carolina in ALFA
    rows = {r.community_code: r for r in services.contacts.associations(admin)}
    assert (rows["ALFA"].contact_name, rows["BETA"].contact_name) == (
        "Rodrigo Fuentes",
        "Carolina Muñoz",
    )
    listed = {c.name: c.communities for c in services.contacts.list(admin)}
    assert listed == {"Carolina Muñoz": ("Condominio Beta",), "Rodrigo Fuentes": ("Edificio Alfa",)}


def test_associations_list_communities_with_and_without_a_contact(
    services, admin, workspace
) -> None:
    rows = services.contacts.associations(admin)
    assert [(r.community_code, r.contact_name, r.shown) for r in rows] == [
        ("BETA", "", False),
        ("ALFA", "Carolina Muñoz", True),
    ]


def test_mostrar_switch_is_audited_and_sent_to_the_portal(services, admin, workspace) -> None:
    outbox_before = len(outbox_rows(services))
    services.contacts.set_shown(admin, workspace.alfa, False)
    kind, payload = outbox_rows(services)[-1]
    assert kind == "community.contact" and payload["code"] == "ALFA" and payload["contact"] is None
    services.contacts.set_shown(admin, workspace.alfa, True)
    kind, payload = outbox_rows(services)[-1]
    assert payload["contact"] == {
        "name": "Carolina Muñoz",
        "email": "carolina@example.cl",
        "phone": "",
    }
    assert len(outbox_rows(services)) == outbox_before + 2
    assert [e.action for e in services.audit.entries(admin, limit=2)] == [
        "contact.show",
        "contact.hide",
    ]
    unchanged = state(services)
    services.contacts.set_shown(admin, workspace.alfa, True)  # already shown: nothing to record
    assert state(services) == unchanged
    with pytest.raises(ServiceError, match="no tiene un contacto"):
        services.contacts.set_shown(admin, workspace.beta, True)


def test_editing_a_shown_contact_updates_the_portal(services, admin, workspace) -> None:
    services.contacts.update(
        admin, workspace.contact, "Carolina Muñoz R.", "carolina@example.cl", "9 8765 4321"
    )
    kind, payload = outbox_rows(services)[-1]
    assert kind == "community.contact" and payload["contact"]["phone"] == "+56987654321"
    entry = services.audit.entries(admin, limit=1)[0]
    assert entry.action == "contact.update" and "Carolina Muñoz R." in entry.after


def test_dissociate(services, admin, workspace) -> None:
    services.contacts.dissociate(admin, workspace.alfa)
    alfa = services.communities.get(admin, workspace.alfa)
    assert (alfa.contact_id, alfa.contact_shown) == (None, False)
    assert outbox_rows(services)[-1] == ("community.contact", {"code": "ALFA", "contact": None})
    unchanged = state(services)
    services.contacts.dissociate(admin, workspace.alfa)  # nothing to dissociate: no-op
    assert state(services) == unchanged


def test_delete_warns_which_communities_lose_their_contact(services, admin, workspace) -> None:
    services.contacts.associate(admin, workspace.contact, workspace.beta)
    assert services.contacts.delete_impact(admin, workspace.contact) == [
        "Condominio Beta",
        "Edificio Alfa",
    ]
    assert services.contacts.delete(admin, workspace.contact).value == [
        "Condominio Beta",
        "Edificio Alfa",
    ]
    assert services.contacts.list(admin) == []
    assert all(r.contact_id is None for r in services.communities.list(admin))
    entry = services.audit.entries(admin, limit=1)[0]
    assert entry.action == "contact.delete" and "Edificio Alfa" in entry.after
    assert outbox_rows(services)[-1] == ("community.contact", {"code": "ALFA", "contact": None})


def test_contacts_need_permission(services, nobody, workspace) -> None:
    c, alfa, beta = workspace.contact, workspace.alfa, workspace.beta
    assert_refused(
        services, lambda: services.contacts.create(nobody, "Pedro", "pedro@example.cl", "")
    )
    assert_refused(
        services, lambda: services.contacts.update(nobody, c, "Pedro", "pedro@example.cl", "")
    )
    assert_refused(services, lambda: services.contacts.delete(nobody, c))
    assert_refused(services, lambda: services.contacts.associate(nobody, c, beta))
    assert_refused(services, lambda: services.contacts.dissociate(nobody, alfa))
    assert_refused(services, lambda: services.contacts.set_shown(nobody, alfa, False))
    for read in (services.contacts.list, services.contacts.associations):
        with pytest.raises(PermissionDenied):
            read(nobody)
    with pytest.raises(PermissionDenied):
        services.contacts.delete_impact(nobody, c)
