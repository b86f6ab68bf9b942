"""People: identity by tax id across the office, e-mails and phones, the community's list."""

from __future__ import annotations

import json
import sqlite3

import pytest

from kastor_desktop.services.errors import PermissionDenied, ValidationFailed
from kastor_desktop.services.people import PersonDraft
from kastor_desktop.services.units import UnitDraft
from tests.factories import (
    assert_refused,
    bad_rut,
    make_argentine_community,
    make_chilean_community,
    outbox_rows,
    state,
    valid_cuit,
    valid_rut,
)


def test_create_normalizes_emails_and_phones(services, admin, aromos):
    rut = valid_rut(12_345_678)
    draft = PersonDraft(
        tax_id="12345678" + rut[-1],
        full_name="  Camila Rojas ",
        emails="Camila@Example.cl; camila@example.cl, trabajo@empresa.cl",
        phones="9 8765 4321, +56 2 2345 6789",
        postal_address="Los Leones 123, Providencia",
    )
    row = services.people.create(admin, aromos.id, draft).value
    assert (row.tax_id, row.full_name) == (rut, "Camila Rojas")
    assert row.emails == "Camila@example.cl; trabajo@empresa.cl"
    assert row.phones == "+56987654321; +56223456789"
    assert (row.notice_preference, row.notice_label) == ("email", "correo")


def test_errors_name_the_wrong_value_and_nothing_is_written(services, admin, aromos):
    before = state(services)
    draft = PersonDraft(
        tax_id=bad_rut(),
        full_name="",
        emails="bien@example.cl; mal@",
        phones="123",
        notice_preference="paloma",
    )
    with pytest.raises(ValidationFailed) as info:
        services.people.create(admin, aromos.id, draft)
    errors = info.value.errors
    assert "dígito verificador incorrecto" in errors["tax_id"]
    assert errors["full_name"] == "Indique el nombre."
    assert "«mal@»" in errors["emails"]
    assert "«123»" in errors["phones"]
    assert "correo, papel o ambos" in errors["notice_preference"]
    assert state(services) == before


def test_notices_by_email_need_an_email_and_paper_is_the_default_without_one(
    services, admin, aromos
):
    with pytest.raises(ValidationFailed) as info:
        services.people.create(
            admin, aromos.id, PersonDraft(valid_rut(), "Sin Correo", notice_preference="both")
        )
    assert info.value.errors == {
        "emails": "Para enviarle los avisos por correo indique al menos un correo."
    }
    row = services.people.create(admin, aromos.id, PersonDraft(valid_rut(), "Sin Correo")).value
    assert row.notice_preference == "paper"


def test_a_tax_id_is_one_person_in_the_whole_office(services, admin, aromos):
    other = make_chilean_community(services, admin, name="Condominio Beta", code="BETA")
    rut = valid_rut()
    services.people.create(admin, aromos.id, PersonDraft(rut, "Pedro Pérez"))
    with pytest.raises(ValidationFailed) as info:
        services.people.create(admin, other.id, PersonDraft(rut.replace(".", ""), "Otro Pedro"))
    assert info.value.errors["tax_id"] == f"Ya existe una persona con el RUT «{rut}»: Pedro Pérez."


def test_one_owner_of_units_in_two_communities(services, admin, aromos):
    beta = make_chilean_community(services, admin, name="Condominio Beta", code="BETA")
    rut = valid_rut()
    services.people.create(admin, aromos.id, PersonDraft(rut, "María González", "maria@example.cl"))
    for number in ("10", "9", "E-1"):
        services.units.create(admin, aromos.id, UnitDraft(number, owner_tax_id=rut))
    services.units.create(admin, beta.id, UnitDraft("301", resident_tax_id=rut))
    [mine] = services.people.list(admin, aromos.id)
    assert (mine.owns, mine.resides, mine.units) == (("9", "10", "E-1"), (), ("9", "10", "E-1"))
    [there] = services.people.list(admin, beta.id)
    assert (there.owns, there.resides) == ((), ("301",))
    found = services.people.find(admin, rut.replace(".", "").replace("-", ""))
    assert found is not None and found.full_name == "María González"
    assert (found.owns, found.resides) == (("AROMOS 9", "AROMOS 10", "AROMOS E-1"), ("BETA 301",))
    assert services.people.find(admin, "no es un rut") is None
    assert services.people.find(admin, valid_rut()) is None


def test_the_list_holds_only_people_linked_to_the_community(services, admin, aromos):
    owner, lonely = valid_rut(), valid_rut()
    services.people.create(admin, aromos.id, PersonDraft(owner, "Zoe Owner"))
    services.people.create(admin, aromos.id, PersonDraft(lonely, "Ana Sola"))
    services.units.create(
        admin, aromos.id, UnitDraft("1", owner_tax_id=owner, resident_tax_id=owner)
    )
    rows = services.people.list(admin, aromos.id)
    assert [(r.full_name, r.owns, r.resides) for r in rows] == [("Zoe Owner", ("1",), ("1",))]


def test_update_is_audited_and_tells_the_portal_of_each_community(services, admin, aromos):
    beta = make_chilean_community(services, admin, name="Condominio Beta", code="BETA")
    rut = valid_rut()
    row = services.people.create(admin, aromos.id, PersonDraft(rut, "Luis Vera")).value
    services.units.create(admin, aromos.id, UnitDraft("1", owner_tax_id=rut))
    services.units.create(admin, beta.id, UnitDraft("2", owner_tax_id=rut))
    outcome = services.people.update(
        admin, aromos.id, row.id, PersonDraft(rut, "Luis Vera Soto", "luis@example.cl")
    )
    assert outcome.value.full_name == "Luis Vera Soto" and outcome.changes.touches("units")
    events = [
        (kind, p["full_name"]) for kind, p in outbox_rows(services) if kind == "person.upserted"
    ]
    assert events == [("person.upserted", "Luis Vera Soto")] * 2
    conn = sqlite3.connect(services.paths.database)
    before, after = conn.execute(
        "SELECT before, after FROM audit_log WHERE action = 'person.update'"
    ).fetchone()
    conn.close()
    assert (json.loads(before)["full_name"], json.loads(after)["emails"]) == (
        "Luis Vera",
        "luis@example.cl",
    )
    same = services.people.update(
        admin, aromos.id, row.id, PersonDraft(rut, "Luis Vera Soto", "luis@example.cl")
    )
    assert same.changes.areas == frozenset()


def test_a_person_of_another_community_is_edited_from_there(services, admin, aromos):
    beta = make_chilean_community(services, admin, name="Condominio Beta", code="BETA")
    rut = valid_rut()
    row = services.people.create(admin, beta.id, PersonDraft(rut, "Elena Beta")).value
    services.units.create(admin, beta.id, UnitDraft("5", owner_tax_id=rut))
    before = state(services)
    with pytest.raises(PermissionDenied) as info:
        services.people.update(admin, aromos.id, row.id, PersonDraft(rut, "Cambio"))
    assert "no es propietario ni residente" in info.value.message
    assert state(services) == before


def test_argentine_people_have_cuit_and_argentine_phones(services, admin):
    consorcio = make_argentine_community(services, admin)
    cuit = valid_cuit("27", "28999111")
    row = services.people.create(
        admin,
        consorcio.id,
        PersonDraft(cuit.replace("-", ""), "Lucía Gómez", phones="11 4321-5678"),
    ).value
    assert (row.tax_id, row.phones) == (cuit, "+541143215678")


def test_writes_and_reads_are_refused_without_permission(services, admin, nobody, aromos):
    row = services.people.create(admin, aromos.id, PersonDraft(valid_rut(), "Ana")).value
    draft = PersonDraft(valid_rut(), "Nadie")
    assert_refused(services, lambda: services.people.create(nobody, aromos.id, draft))
    assert_refused(services, lambda: services.people.update(nobody, aromos.id, row.id, draft))
    with pytest.raises(PermissionDenied):
        services.people.list(nobody, aromos.id)
    with pytest.raises(PermissionDenied):
        services.people.find(nobody, row.tax_id)
