from __future__ import annotations

import sqlite3

import pytest

from kastor_desktop.services.auth import ADMIN_ROLE, WRONG_CREDENTIALS
from kastor_desktop.services.context import Actor
from kastor_desktop.services.errors import AuthenticationFailed, ValidationFailed
from tests.factories import ADMIN, NOBODY, OFFICE_NAME, bad_rut, state, table_counts, valid_rut


def _wizard(services, **overrides):
    values = dict(
        office_name="Administraciones Andes SpA",
        office_tax_id=valid_rut(),
        username="Jefa",
        full_name="Josefina Pérez",
        email="josefina@andes.cl",
        password="una-clave-larga",
        password_repeat="una-clave-larga",
    )
    values.update(overrides)
    return services.auth.create_office(**values)


def test_wizard_refuses_a_bad_rut_naming_the_field_and_writes_nothing(blank_services) -> None:
    rut = bad_rut()
    with pytest.raises(ValidationFailed) as info:
        _wizard(blank_services, office_tax_id=rut)
    assert list(info.value.errors) == ["office_tax_id"]
    assert f"«{rut}»" in info.value.errors["office_tax_id"]
    assert "dígito verificador" in info.value.errors["office_tax_id"]
    assert all(n == 0 for n in table_counts(blank_services.paths.database).values())
    assert blank_services.auth.needs_setup()


def test_wizard_reports_every_wrong_field_at_once(blank_services) -> None:
    with pytest.raises(ValidationFailed) as info:
        _wizard(
            blank_services,
            office_name=" ",
            username="ana maría",
            email="no-es-correo",
            password="corta",
            password_repeat="corta",
        )
    assert set(info.value.errors) == {"office_name", "username", "email", "password"}
    with pytest.raises(ValidationFailed) as info:
        _wizard(blank_services, password_repeat="otra-clave-larga")
    assert info.value.errors == {"password_repeat": "Las contraseñas no coinciden."}


def test_wizard_creates_the_office_and_an_administrator_with_every_permission(
    blank_services,
) -> None:
    assert blank_services.auth.needs_setup()
    actor = _wizard(blank_services)
    assert actor.username == "jefa"  # user names are kept in lower case
    assert not blank_services.auth.needs_setup()
    assert blank_services.office.profile().name == "Administraciones Andes SpA"
    grants = blank_services.auth.grants(actor)
    from kastor_desktop.domain.permissions import ALL_CODES

    assert grants.office == ALL_CODES
    conn = sqlite3.connect(blank_services.paths.database)
    try:
        (stored,) = conn.execute("SELECT password_hash FROM users").fetchone()
        roles = conn.execute("SELECT name, built_in FROM roles").fetchall()
        actions = [r[0] for r in conn.execute("SELECT action FROM audit_log ORDER BY id")]
    finally:
        conn.close()
    assert stored.startswith("$argon2id$") and "una-clave-larga" not in stored
    assert roles == [(ADMIN_ROLE, 1)]
    assert actions == ["office.create", "user.create"]


def test_wizard_cannot_run_twice(services) -> None:
    before = state(services)
    with pytest.raises(AuthenticationFailed, match="ya fue creada"):
        _wizard(services)
    assert state(services) == before


def test_sign_in_accepts_the_right_password_in_any_case_of_user_name(services) -> None:
    actor = services.auth.sign_in("  ADMIN ", ADMIN.password)
    assert actor == Actor(ADMIN.user_id, ADMIN.username, ADMIN.full_name)


@pytest.mark.parametrize(
    ("username", "password"), [("admin", "equivocada"), ("nadie", "equivocada"), ("admin", "")]
)
def test_wrong_credentials_get_one_message_and_nothing_else(
    services, username: str, password: str
) -> None:
    before = state(services)
    with pytest.raises(AuthenticationFailed) as info:
        services.auth.sign_in(username, password)
    assert info.value.message == WRONG_CREDENTIALS == "Usuario o contraseña incorrectos."
    assert state(services) == before


def test_inactive_user_cannot_sign_in(services, admin) -> None:
    services.users.update(admin, NOBODY.user_id, NOBODY.full_name, "", [], active=False)
    with pytest.raises(AuthenticationFailed):
        services.auth.sign_in(NOBODY.username, NOBODY.password)


def test_change_password(services, nobody) -> None:
    with pytest.raises(ValidationFailed) as info:
        services.auth.change_password(nobody, "no-es-la-actual", "nueva-clave-9", "nueva-clave-9")
    assert info.value.errors == {"current_password": "La contraseña actual no es correcta."}
    with pytest.raises(ValidationFailed) as info:
        services.auth.change_password(nobody, NOBODY.password, "corta", "corta")
    assert "new_password" in info.value.errors
    services.auth.change_password(nobody, NOBODY.password, "nueva-clave-9", "nueva-clave-9")
    assert services.auth.sign_in(NOBODY.username, "nueva-clave-9").user_id == NOBODY.user_id
    with pytest.raises(AuthenticationFailed):
        services.auth.sign_in(NOBODY.username, NOBODY.password)
    entries = services.audit.entries(Actor(ADMIN.user_id, ADMIN.username, ADMIN.full_name))
    assert entries[0].action == "user.change_password" and entries[0].username == NOBODY.username
    assert "nueva-clave-9" not in entries[0].after + entries[0].before


def test_my_data_can_be_edited_by_any_user(services, nobody, admin) -> None:
    with pytest.raises(ValidationFailed) as info:
        services.auth.update_my_data(nobody, "Sergio Soto", "sergio@")
    assert set(info.value.errors) == {"email"}
    outcome = services.auth.update_my_data(nobody, "Sergio Soto", "sergio@example.cl")
    assert outcome.value.full_name == "Sergio Soto" and outcome.changes.touches("me")
    assert services.auth.my_data(nobody).email == "sergio@example.cl"
    last = services.audit.entries(admin, limit=1)[0]
    assert last.action == "user.update_self"
    assert "Sergio Sin Permisos" in last.before and "Sergio Soto" in last.after
    assert services.office.profile().name == OFFICE_NAME
