"""Suppliers of a community: RUT/CUIT by country, unique in the community, audited, permitted."""

from __future__ import annotations

import pytest

from kastor_desktop.services.errors import NotFound, ValidationFailed
from kastor_desktop.services.suppliers import SupplierDraft
from tests.factories import (
    assert_refused,
    bad_rut,
    make_argentine_community,
    make_chilean_community,
    state,
    valid_cuit,
    valid_rut,
)


def draft(**values: str) -> SupplierDraft:
    defaults = {
        "tax_id": valid_rut(76_543_210),
        "name": "Ascensores Andinos SpA",
        "business_line": "Mantención de ascensores",
        "contact_name": "Jorge Tapia",
        "email": "contacto@andinos.cl",
        "phone": "9 8765 4321",
        "bank_name": "Banco de Chile",
        "bank_account": "00-123-45678-09",
    }
    return SupplierDraft(**(defaults | values))


def test_create_update_delete_with_audit(services, admin, aromos) -> None:
    created = services.suppliers.create(admin, aromos.id, draft(tax_id="76543210-3")).value
    assert (created.tax_id, created.phone, created.email) == (
        "76.543.210-3",
        "+56987654321",
        "contacto@andinos.cl",
    )
    outcome = services.suppliers.update(
        admin, aromos.id, created.id, draft(tax_id=created.tax_id, name="Ascensores Andinos Ltda.")
    )
    assert outcome.changes.touches("suppliers")
    assert [s.name for s in services.suppliers.list(admin, aromos.id)] == [
        "Ascensores Andinos Ltda."
    ]
    services.suppliers.delete(admin, aromos.id, created.id)
    assert services.suppliers.list(admin, aromos.id) == []
    entries = services.audit.entries(admin, limit=3)
    assert [e.action for e in entries] == ["supplier.delete", "supplier.update", "supplier.create"]
    assert entries[0].community_name == "Edificio Los Aromos"
    assert "nombre: Ascensores Andinos Ltda." in entries[1].after
    with pytest.raises(NotFound, match="El proveedor ya no existe"):
        services.suppliers.delete(admin, aromos.id, created.id)


def test_every_wrong_field_is_named_in_spanish(services, admin, aromos) -> None:
    before = state(services)
    with pytest.raises(ValidationFailed) as info:
        services.suppliers.create(
            admin,
            aromos.id,
            draft(tax_id=bad_rut(), name=" ", email="ventas@", phone="123", bank_name=""),
        )
    errors = info.value.errors
    assert set(errors) == {"tax_id", "name", "email", "phone", "bank_name"}
    assert errors["tax_id"] == f"El RUT «{bad_rut()}» tiene un dígito verificador incorrecto."
    assert errors["name"] == "Indique el nombre o razón social."
    assert "«ventas@»" in errors["email"] and "«123»" in errors["phone"]
    assert errors["bank_name"] == "Indique el banco de la cuenta bancaria."
    assert state(services) == before


def test_tax_id_is_unique_within_the_community_only(services, admin, aromos) -> None:
    first = services.suppliers.create(admin, aromos.id, draft()).value
    with pytest.raises(ValidationFailed) as info:
        services.suppliers.create(admin, aromos.id, draft(tax_id="76543210-3", name="Otro"))
    assert info.value.errors == {
        "tax_id": "El RUT «76.543.210-3» ya es del proveedor «Ascensores Andinos SpA» "
        "en esta comunidad."
    }
    services.suppliers.update(admin, aromos.id, first.id, draft(phone=""))  # itself is no clash
    other = make_chilean_community(services, admin, name="Torre Vitacura", code="VITA")
    assert services.suppliers.create(admin, other.id, draft()).value.tax_id == first.tax_id


def test_argentine_consorcio_asks_for_a_cuit(services, admin) -> None:
    consorcio = make_argentine_community(services, admin)
    with pytest.raises(ValidationFailed) as info:
        services.suppliers.create(admin, consorcio.id, draft(tax_id=valid_rut()))
    assert info.value.errors["tax_id"].startswith("El CUIT")
    row = services.suppliers.create(
        admin, consorcio.id, draft(tax_id=valid_cuit("30", "70998877"), phone="11 4321-5678")
    ).value
    assert row.tax_id == valid_cuit("30", "70998877") and row.phone == "+541143215678"


def test_only_optional_fields_may_be_empty(services, admin, aromos) -> None:
    row = services.suppliers.create(
        admin, aromos.id, SupplierDraft(tax_id=valid_rut(), name="Gasfitería Don Luis")
    ).value
    assert (row.business_line, row.email, row.phone, row.bank_account) == ("", "", "", "")


def test_reading_needs_the_community_and_writing_the_permission(
    services, admin, nobody, aromos
) -> None:
    row = services.suppliers.create(admin, aromos.id, draft()).value
    assert_refused(services, lambda: services.suppliers.list(nobody, aromos.id))
    assert_refused(services, lambda: services.suppliers.create(nobody, aromos.id, draft()))
    assert_refused(
        services, lambda: services.suppliers.update(nobody, aromos.id, row.id, draft(name="X"))
    )
    assert_refused(services, lambda: services.suppliers.delete(nobody, aromos.id, row.id))


def test_a_supplier_of_another_community_is_not_found(services, admin, aromos) -> None:
    row = services.suppliers.create(admin, aromos.id, draft()).value
    other = make_chilean_community(services, admin, name="Torre Vitacura", code="VITA")
    before = state(services)
    with pytest.raises(NotFound):
        services.suppliers.delete(admin, other.id, row.id)
    assert state(services) == before


def test_a_viewer_reads_but_cannot_write(services, admin, aromos) -> None:
    from kastor_desktop.domain import permissions
    from kastor_desktop.services.context import Actor

    role = services.roles.create(
        admin, "Consulta", permissions.COMMUNITY, ["communities.view"], [aromos.id]
    ).value.id
    user = services.users.create(
        admin, "consulta", "Carla Consulta", "", "clave-consulta-1", [role]
    ).value
    viewer = Actor(user.id, user.username, user.full_name)
    services.suppliers.create(admin, aromos.id, draft())
    assert [s.name for s in services.suppliers.list(viewer, aromos.id)] == [
        "Ascensores Andinos SpA"
    ]
    error = assert_refused(
        services, lambda: services.suppliers.create(viewer, aromos.id, draft(tax_id=valid_rut()))
    )
    assert "proveedores" in error.message
