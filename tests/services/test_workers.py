"""Workers (ficha): RUT unique in the community, salary typed as offices write it, audited."""

from __future__ import annotations

from datetime import date

import pytest

from kastor_desktop.services.errors import ValidationFailed
from kastor_desktop.services.workers import WorkerDraft
from tests.factories import (
    assert_refused,
    make_argentine_community,
    state,
    valid_cuit,
    valid_rut,
)

CONSERJE = valid_rut(12_345_678)


def draft(**values: object) -> WorkerDraft:
    defaults: dict[str, object] = {
        "tax_id": CONSERJE,
        "full_name": "Juan Carlos Soto Rojas",
        "role": "Conserje",
        "hire_date": "01/03/2019",
        "salary_basis": "650.000",
        "social_security": "AFP Habitat; Fonasa; Mutual ACHS",
    }
    return WorkerDraft(**(defaults | values))  # type: ignore[arg-type]


def test_create_update_delete_with_audit(services, admin, aromos) -> None:
    created = services.workers.create(admin, aromos.id, draft()).value
    assert (created.salary_basis, created.hire_date, created.role) == (
        650_000,
        date(2019, 3, 1),
        "Conserje",
    )
    services.workers.update(
        admin, aromos.id, created.id, draft(role="Mayordomo", salary_basis="$ 720.000")
    )
    [row] = services.workers.list(admin, aromos.id)
    assert (row.role, row.salary_basis) == ("Mayordomo", 720_000)
    services.workers.delete(admin, aromos.id, created.id)
    assert services.workers.list(admin, aromos.id) == []
    assert [e.action for e in services.audit.entries(admin, limit=3)] == [
        "worker.delete",
        "worker.update",
        "worker.create",
    ]


def test_saving_the_same_ficha_again_records_nothing(services, admin, aromos) -> None:
    created = services.workers.create(admin, aromos.id, draft()).value
    before = state(services)
    outcome = services.workers.update(admin, aromos.id, created.id, draft(salary_basis=650000))
    assert not outcome.changes.touches("workers")
    assert state(services) == before


def test_wrong_fields_are_named_with_their_value(services, admin, aromos) -> None:
    before = state(services)
    with pytest.raises(ValidationFailed) as info:
        services.workers.create(
            admin,
            aromos.id,
            draft(tax_id="", full_name="", hire_date="31/02/2020", salary_basis="650.000,5"),
        )
    errors = info.value.errors
    assert errors["tax_id"] == "El RUT es obligatorio."
    assert errors["full_name"] == "Indique el nombre completo."
    assert errors["hire_date"] == (
        "Fecha de ingreso: «31/02/2020» no es una fecha válida (use dd/mm/aaaa)."
    )
    assert errors["salary_basis"] == "Sueldo base: «650.000,5» debe ir sin decimales."
    with pytest.raises(ValidationFailed) as info:
        services.workers.create(admin, aromos.id, draft(salary_basis="-10.000"))
    assert info.value.errors == {"salary_basis": "Sueldo base: «-10.000» no puede ser negativo."}
    assert state(services) == before


def test_salary_and_date_are_optional(services, admin, aromos) -> None:
    row = services.workers.create(
        admin, aromos.id, WorkerDraft(tax_id=valid_rut(), full_name="María Paz Fuentes")
    ).value
    assert (row.salary_basis, row.hire_date, row.social_security) == (None, None, "")


def test_argentine_salary_keeps_centavos(services, admin) -> None:
    consorcio = make_argentine_community(services, admin)
    row = services.workers.create(
        admin,
        consorcio.id,
        draft(tax_id=valid_cuit("20", "28444555"), salary_basis="1.250,50", role="Encargado"),
    ).value
    assert row.salary_basis == 125_050


def test_tax_id_is_unique_in_the_community(services, admin, aromos) -> None:
    services.workers.create(admin, aromos.id, draft())
    with pytest.raises(ValidationFailed) as info:
        services.workers.create(admin, aromos.id, draft(full_name="Otra Persona"))
    assert info.value.errors["tax_id"] == (
        f"El RUT «{CONSERJE}» ya es del trabajador «Juan Carlos Soto Rojas» en esta comunidad."
    )


def test_every_write_needs_the_permission(services, admin, nobody, aromos) -> None:
    row = services.workers.create(admin, aromos.id, draft()).value
    assert_refused(services, lambda: services.workers.list(nobody, aromos.id))
    assert_refused(
        services, lambda: services.workers.create(nobody, aromos.id, draft(tax_id=valid_rut()))
    )
    assert_refused(services, lambda: services.workers.update(nobody, aromos.id, row.id, draft()))
    assert_refused(services, lambda: services.workers.delete(nobody, aromos.id, row.id))
