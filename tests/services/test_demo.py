from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from stdnum.cl import rut

from kastor_desktop.domain.permissions import COMMUNITY, OFFICE
from kastor_desktop.paths import default_data_dir
from kastor_desktop.services import demo, media
from kastor_desktop.services.errors import ServiceError
from kastor_desktop.services.suite import Services, open_office


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Services, demo.DemoSignIn]]:
    services = open_office(tmp_path_factory.mktemp("demo"))
    sign_in = demo.build_demo(services)
    yield services, sign_in
    services.close()


def test_office_has_a_valid_rut_and_a_square_logo(built) -> None:
    services, _ = built
    profile = services.office.profile()
    assert profile.name == "Administraciones Cordillera SpA" and rut.is_valid(profile.tax_id)
    assert media.read_jpeg(profile.logo).width == media.read_jpeg(profile.logo).height == 600


def test_three_santiago_communities_with_logos_and_signatures(built) -> None:
    services, sign_in = built
    admin = services.auth.sign_in(sign_in.username, sign_in.password)
    rows = services.communities.list(admin)
    assert sorted(r.code for r in rows) == ["ALERCES", "PNUNOA", "VITACURA"]
    names = {r.code: r.name for r in rows}
    assert (
        names["PNUNOA"] == "Condominio Parque Ñuñoa" and names["ALERCES"] == "Edificio Los Alerces"
    )
    for row in rows:
        assert (
            rut.is_valid(row.tax_id) and row.phone.startswith("+562") and "Santiago" in row.address
        )
        for image in (row.logo, row.signature):
            assert image is not None and media.read_jpeg(image).data  # a real JPEG within the rules
    assert {r.code: (r.contact_name, r.contact_shown) for r in rows} == {
        "ALERCES": ("Carolina Muñoz Rojas", True),
        "PNUNOA": ("Carolina Muñoz Rojas", True),
        "VITACURA": ("Rodrigo Fuentes Araya", False),
    }
    assert len(services.contacts.list(admin)) == 3


def test_roles_users_and_sign_in(built) -> None:
    services, sign_in = built
    admin = services.auth.sign_in(sign_in.username, sign_in.password)
    second = sign_in.users[1]
    assert services.auth.sign_in(second.username, second.password).username == "mgonzalez"
    roles = {r.name: r for r in services.roles.list(admin)}
    assert roles["Supervisor"].kind == OFFICE and roles["Contador"].kind == COMMUNITY
    assert roles["Contador"].community_names == ("Condominio Parque Ñuñoa", "Edificio Los Alerces")
    users = {u.username: u.role_names for u in services.users.list(admin)}
    assert users == {"admin": ("Administrador",), "mgonzalez": ("Contador", "Supervisor")}


def test_everything_was_built_through_the_audited_services(built) -> None:
    services, sign_in = built
    admin = services.auth.sign_in(sign_in.username, sign_in.password)
    actions = [e.action for e in services.audit.entries(admin)]
    assert actions.count("community.create") == 3 and actions.count("role.create") == 2
    assert (
        actions.count("user.create") == 2
        and "office.logo" in actions
        and "contact.associate" in actions
    )


def test_marker_and_readme_hold_the_sign_in(built) -> None:
    services, sign_in = built
    root = services.paths.root
    assert demo.is_demo(root) and demo.read_sign_in(root) == sign_in
    readme = (root / demo.README).read_text(encoding="utf-8")
    assert f"Usuario: {sign_in.username}" in readme and f"Contraseña: {sign_in.password}" in readme
    assert "mgonzalez" in readme


def test_build_refuses_an_office_that_already_exists(built) -> None:
    services, _ = built
    with pytest.raises(ServiceError, match="ya tiene una administración"):
        demo.build_demo(services)


def test_wipe_removes_only_what_the_demo_wrote(tmp_path: Path) -> None:
    root = tmp_path / "demo"
    (root / "attachments" / "communities").mkdir(parents=True)
    (root / "attachments" / "communities" / "x.jpg").write_bytes(b"x")
    for name in ("kastor.sqlite3", demo.README, "notas-del-usuario.txt"):
        (root / name).write_text("x")
    with pytest.raises(ServiceError, match=r"no es una carpeta de demostración"):
        demo.wipe(root)
    assert (root / "kastor.sqlite3").exists()
    (root / demo.MARKER).write_text("{}")
    demo.wipe(root)
    assert sorted(p.name for p in root.iterdir()) == ["notas-del-usuario.txt"]


def test_demo_folder_is_not_the_real_data_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("KASTOR_DATA_DIR", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert demo.demo_data_dir() != default_data_dir()
    assert demo.demo_data_dir().name == "KastorDesktop-Demo"
    assert demo.read_sign_in(tmp_path) is None


def test_rut_helper_computes_the_check_digit() -> None:
    assert demo.with_check_digit(76543210) == "76.543.210-3"
    assert demo.with_check_digit(53401872) == "53.401.872-K"
