from __future__ import annotations

import pytest

from kastor_desktop.domain import permissions
from kastor_desktop.services.errors import PermissionDenied, ServiceError, ValidationFailed
from tests.factories import NOBODY, assert_refused, state

OFFICE, COMMUNITY = permissions.OFFICE, permissions.COMMUNITY


def _admin_role(services, admin):
    return next(r for r in services.roles.list(admin) if r.built_in)


def test_roles_of_both_kinds(services, admin, workspace) -> None:
    rows = {r.name: r for r in services.roles.list(admin)}
    assert rows["Administrador"].permissions == permissions.ALL_CODES and rows[
        "Administrador"
    ].holders == ("admin",)
    assert (rows["Supervisor"].kind_label, rows["Supervisor"].community_ids) == (
        "Administración",
        frozenset(),
    )
    assert (rows["Contador"].kind_label, rows["Contador"].community_names) == (
        "Comunidad",
        ("Edificio Alfa",),
    )
    assert [r.name for r in services.roles.list(admin, COMMUNITY)] == ["Contador"]
    entry = services.audit.entries(admin, limit=1)[0]
    assert entry.action == "role.create" and "Editar los datos de la comunidad" in entry.after
    assert "Edificio Alfa" in entry.after  # communities by name, not id


def test_community_role_rules(services, admin, workspace) -> None:
    before = state(services)
    with pytest.raises(ValidationFailed) as info:
        services.roles.create(admin, "Conserje", COMMUNITY, ["reservations.manage"], [])
    assert info.value.errors == {
        "communities": "Elija al menos una comunidad en la que exista este rol."
    }
    with pytest.raises(ValidationFailed) as info:
        services.roles.create(admin, "Conserje", COMMUNITY, ["users.manage"], [workspace.alfa])
    assert "Gestionar usuarios y roles" in info.value.errors["permissions"]
    with pytest.raises(ValidationFailed) as info:
        services.roles.create(admin, "Conserje", COMMUNITY, ["reservations.manage"], [9999])
    assert "ya no existe" in info.value.errors["communities"]
    with pytest.raises(ValidationFailed) as info:
        services.roles.create(admin, "Contador", COMMUNITY, [], [workspace.alfa])
    assert set(info.value.errors) == {"name", "permissions"}
    with pytest.raises(ValidationFailed) as info:
        services.roles.create(admin, "Otro", "global", ["audit.view"])
    assert "kind" in info.value.errors
    assert state(services) == before
    made = services.roles.create(
        admin, "Conserje", COMMUNITY, ["reservations.manage"], [workspace.alfa, workspace.beta]
    )
    assert made.value.community_names == ("Condominio Beta", "Edificio Alfa")


def test_update_role(services, admin, workspace) -> None:
    row = services.roles.update(
        admin, workspace.community_role, "Contadora", ["reports.view"], [workspace.beta]
    ).value
    assert (row.name, row.permissions, row.community_ids) == (
        "Contadora",
        frozenset({"reports.view", "communities.view"}),
        frozenset({workspace.beta}),
    )
    entry = services.audit.entries(admin, limit=1)[0]
    assert (
        entry.action == "role.update"
        and "Contador" in entry.before
        and "Ver reportes" in entry.after
    )


def test_administrator_role_keeps_every_permission(services, admin) -> None:
    role = _admin_role(services, admin)
    before = state(services)
    with pytest.raises(ServiceError, match="conserva todos los permisos"):
        services.roles.update(admin, role.id, role.name, ["audit.view"])
    assert state(services) == before
    renamed = services.roles.update(
        admin, role.id, "Administración total", sorted(permissions.ALL_CODES)
    )
    assert renamed.value.name == "Administración total" and renamed.value.built_in


def test_a_role_held_by_users_cannot_be_deleted_and_the_message_names_them(
    services, admin, workspace
) -> None:
    services.users.update(admin, NOBODY.user_id, NOBODY.full_name, "", [workspace.office_role])
    before = state(services)
    with pytest.raises(ServiceError) as info:
        services.roles.delete(admin, workspace.office_role)
    assert "«Supervisor»" in info.value.message and NOBODY.username in info.value.message
    with pytest.raises(ServiceError, match="lo tienen asignado admin"):
        services.roles.delete(admin, _admin_role(services, admin).id)
    assert state(services) == before
    services.roles.delete(admin, workspace.community_role)
    assert "Contador" not in {r.name for r in services.roles.list(admin)}
    assert services.audit.entries(admin, limit=1)[0].action == "role.delete"


def test_a_role_edit_cannot_remove_the_last_user_manager(
    services, admin, nobody, workspace
) -> None:
    """Only NOBODY manages users, through a custom role: dropping users.manage from it is refused."""
    managers = services.roles.create(admin, "Jefatura", OFFICE, ["users.manage"]).value
    services.users.update(admin, NOBODY.user_id, NOBODY.full_name, "", [managers.id])
    services.users.update(admin, 1, "Ana Admin", "", [workspace.office_role])
    before = state(services)
    with pytest.raises(ServiceError, match="al menos un usuario activo"):
        services.roles.update(nobody, managers.id, "Jefatura", ["audit.view"])
    with pytest.raises(ServiceError, match="es el del administrador y no se puede eliminar"):
        services.roles.delete(nobody, _admin_role(services, nobody).id)  # held by nobody now
    assert state(services) == before


def test_roles_need_permission(services, nobody, workspace) -> None:
    assert_refused(services, lambda: services.roles.create(nobody, "Nuevo", OFFICE, ["audit.view"]))
    assert_refused(
        services, lambda: services.roles.update(nobody, workspace.office_role, "X", ["audit.view"])
    )
    assert_refused(services, lambda: services.roles.delete(nobody, workspace.community_role))
    with pytest.raises(PermissionDenied):
        services.roles.list(nobody)


def test_a_community_role_always_lets_its_holders_see_the_community(services, admin) -> None:
    from tests.factories import make_community_draft

    community = services.communities.create(admin, make_community_draft()).value
    role = services.roles.create(
        admin, "Cajero", "community", ["payments.record"], [community.id]
    ).value
    assert "communities.view" in role.permissions
    user = services.users.create(
        admin, "pcajero", "Pedro Cajero", "", "clave-segura-1", [role.id]
    ).value
    from kastor_desktop.services.context import Actor

    cashier = Actor(user.id, user.username, user.full_name)
    assert [c.id for c in services.communities.list(cashier)] == [community.id]
