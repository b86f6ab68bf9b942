from __future__ import annotations

import pytest

from kastor_desktop.services.errors import (
    NotFound,
    PermissionDenied,
    ServiceError,
    ValidationFailed,
)
from tests.factories import ADMIN, NOBODY, assert_refused, state


def test_create_user_with_roles_is_audited_without_the_password(services, admin, workspace) -> None:
    row = services.users.create(
        admin,
        "MGonzalez",
        "María González",
        "maria@example.cl",
        "clave-maria-1",
        [workspace.office_role, workspace.community_role],
    ).value
    assert (row.username, row.role_names, row.active) == (
        "mgonzalez",
        ("Contador", "Supervisor"),
        True,
    )
    entry = services.audit.entries(admin, limit=1)[0]
    assert (
        entry.action == "user.create" and "mgonzalez" in entry.after and "Supervisor" in entry.after
    )
    assert "clave-maria-1" not in entry.after and "argon2" not in entry.after
    assert services.auth.sign_in("mgonzalez", "clave-maria-1").user_id == row.id


def test_create_user_validation(services, admin) -> None:
    before = state(services)
    with pytest.raises(ValidationFailed) as info:
        services.users.create(admin, "ADMIN", "", "correo@", "corta", [9999])
    assert info.value.errors["username"] == "Ya existe un usuario «admin»."
    assert set(info.value.errors) == {"username", "full_name", "email", "password", "roles"}
    with pytest.raises(ValidationFailed, match="solo admite letras"):
        services.users.create(admin, "maría josé", "María José", "", "clave-larga-1", [])
    assert state(services) == before


def test_update_user_roles_and_data(services, admin, workspace) -> None:
    row = services.users.update(
        admin, NOBODY.user_id, "Sergio Soto", "sergio@example.cl", [workspace.community_role]
    ).value
    assert (row.full_name, row.email, row.role_names) == (
        "Sergio Soto",
        "sergio@example.cl",
        ("Contador",),
    )
    row = services.users.update(
        admin, NOBODY.user_id, "Sergio Soto", "", [workspace.office_role]
    ).value
    assert row.role_names == ("Supervisor",)  # roles are replaced, not added
    entry = services.audit.entries(admin, limit=1)[0]
    assert (
        entry.action == "user.update" and "Contador" in entry.before and "Supervisor" in entry.after
    )
    assert [u.username for u in services.users.list(admin)] == ["admin", "sinpermisos"]
    with pytest.raises(NotFound):
        services.users.update(admin, 999, "X", "", [])


@pytest.mark.parametrize(
    "change", [{"role_ids": []}, {"active": False}], ids=["no-role", "inactive"]
)
def test_the_last_administrator_is_protected(services, admin, change: dict) -> None:
    values = {"full_name": ADMIN.full_name, "email": "", "role_ids": [1], "active": True} | change
    before = state(services)
    with pytest.raises(ServiceError) as info:
        services.users.update(admin, ADMIN.user_id, **values)
    assert (
        info.value.message == "Debe quedar al menos un usuario activo que pueda gestionar usuarios."
    )
    assert state(services) == before
    assert services.users.list(admin)[0].role_names == ("Administrador",)


def test_an_administrator_may_step_down_when_another_remains(services, admin) -> None:
    services.users.update(admin, NOBODY.user_id, NOBODY.full_name, "", [1])
    row = services.users.update(admin, ADMIN.user_id, ADMIN.full_name, "", [], active=False).value
    assert (row.active, row.role_names) == (False, ())


def test_reset_password(services, admin) -> None:
    with pytest.raises(ValidationFailed):
        services.users.reset_password(admin, NOBODY.user_id, "corta")
    services.users.reset_password(admin, NOBODY.user_id, "clave-nueva-2")
    assert services.auth.sign_in(NOBODY.username, "clave-nueva-2").user_id == NOBODY.user_id
    entry = services.audit.entries(admin, limit=1)[0]
    assert (entry.action, entry.entity_id, entry.after) == (
        "user.reset_password",
        str(NOBODY.user_id),
        "",
    )


def test_users_need_permission(services, nobody, workspace) -> None:
    assert_refused(
        services, lambda: services.users.create(nobody, "nuevo", "Nuevo", "", "clave-larga-1", [])
    )
    assert_refused(services, lambda: services.users.update(nobody, NOBODY.user_id, "Yo", "", [1]))
    assert_refused(services, lambda: services.users.update(nobody, ADMIN.user_id, "Otro", "", []))
    assert_refused(
        services, lambda: services.users.reset_password(nobody, ADMIN.user_id, "clave-robada-1")
    )
    with pytest.raises(PermissionDenied):
        services.users.list(nobody)


def test_a_community_role_does_not_grant_user_management(
    services, admin, nobody, workspace
) -> None:
    services.users.update(admin, NOBODY.user_id, NOBODY.full_name, "", [workspace.community_role])
    assert_refused(services, lambda: services.users.update(nobody, NOBODY.user_id, "Yo", "", [1]))
