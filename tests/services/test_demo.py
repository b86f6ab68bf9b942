from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from stdnum.cl import rut

from kastor_desktop.domain.permissions import COMMUNITY, OFFICE
from kastor_desktop.domain.shares import FULL
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
    assert "mgonzalez" in readme and "Torre Vitacura (VITACURA): 300 unidades" in readme


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


# -- master data ([K2]): built through the spreadsheet import ---------------------------------
@pytest.fixture(scope="module")
def master(built):
    """(services, admin, {code: community id})."""
    services, sign_in = built
    admin = services.auth.sign_in(sign_in.username, sign_in.password)
    return services, admin, {r.code: r.id for r in services.communities.list(admin)}


@pytest.fixture(scope="module")
def listings(master):
    """{code: the community's units listing}."""
    services, admin, ids = master
    return {code: services.units.listing(admin, cid) for code, cid in ids.items()}


def test_communities_have_40_120_and_300_units_with_two_or_three_share_tables(listings) -> None:
    assert {code: len(listing.rows) for code, listing in listings.items()} == {
        "ALERCES": 40,
        "PNUNOA": 120,
        "VITACURA": 300,
    }
    for listing in listings.values():
        assert listing.table_names[0] == "General" and len(listing.table_names) in (2, 3)
    assert listings["PNUNOA"].table_names == ("General", "Torre A", "Torre B")
    numbers = [r.number for r in listings["PNUNOA"].rows]
    assert "A-101" in numbers and "B-1004" in numbers and "EST-01" in numbers


def test_every_share_table_sums_to_exactly_100_percent(listings) -> None:
    for listing in listings.values():
        for column, name in enumerate(listing.table_names):
            shares = [r.share_micro[column] for r in listing.rows if r.share_micro[column]]
            assert sum(shares) == FULL, name
        assert all(r.share_micro[0] for r in listing.rows)  # every unit is in General


def test_sub_units_are_grouped_under_an_apartment_of_the_same_owner(listings) -> None:
    for code, listing in listings.items():
        by_number = {r.number: r for r in listing.rows}
        subs = [r for r in listing.rows if r.parent_number]
        assert {r.kind for r in subs} == {"estacionamiento", "bodega"}, code
        for sub in subs:
            main = by_number[sub.parent_number]
            assert main.kind == "departamento" and main.owner_tax_id == sub.owner_tax_id
        assert all(not r.parent_number for r in listing.rows if r.kind == "departamento")


def test_owners_have_valid_ruts_some_own_several_units_and_some_in_two_communities(
    listings,
) -> None:
    mains = {
        code: [r for r in listing.rows if not r.parent_number] for code, listing in listings.items()
    }
    for rows in mains.values():
        assert all(rut.is_valid(r.owner_tax_id) and r.owner_name for r in rows)
        owners = [r.owner_tax_id for r in rows]
        assert len(set(owners)) < len(owners)  # someone owns two apartments
        assert sum(1 for r in rows if r.resident_name) >= len(rows) // 10
    owners_by_code = {code: {r.owner_tax_id for r in rows} for code, rows in mains.items()}
    everywhere = set.intersection(*owners_by_code.values())
    assert len(everywhere) >= 1
    assert len(owners_by_code["ALERCES"] & owners_by_code["PNUNOA"]) >= 2


def test_people_have_mixed_notice_preferences(master) -> None:
    services, admin, ids = master
    people = services.people.list(admin, ids["VITACURA"])
    assert {p.notice_preference for p in people} == {"email", "paper", "both"}
    assert all(rut.is_valid(p.tax_id) for p in people)


def test_suppliers_workers_chart_bank_account_and_funds(master) -> None:
    services, admin, ids = master
    for code, community_id in ids.items():
        suppliers = {s.name for s in services.suppliers.list(admin, community_id)}
        assert {"Aguas Andinas S.A.", "Enel Distribución Chile S.A.", "Metrogas S.A."} <= suppliers
        assert all(rut.is_valid(s.tax_id) for s in services.suppliers.list(admin, community_id))
        workers = services.workers.list(admin, community_id)
        assert "Conserje" in {w.role for w in workers}, code
        assert all(w.hire_date and w.salary_basis and w.salary_basis > 500_000 for w in workers)
        assert len(services.chart.list(admin, community_id)) >= 10
        banks = services.banks.list(admin, community_id)
        assert [b.is_default for b in banks] == [True]
        funds = {f.name: f for f in services.funds.list(admin, community_id)}
        reserve = funds["Fondo común de reserva"]
        assert reserve.is_reserve and reserve.opening_balance > 0 and len(funds) == 2
    roles = {w.role for w in services.workers.list(admin, ids["VITACURA"])}
    assert {"Mayordomo", "Conserje", "Jardinero"} <= roles


def test_some_units_owe_money_a_few_a_lot_and_a_few_have_credit(master) -> None:
    services, admin, ids = master
    for code, community_id in ids.items():
        amounts = [r.amount for r in services.balances.list(admin, community_id) if r.amount]
        debts = [a for a in amounts if a > 0]
        assert len(debts) >= 5 and max(debts) > 1_000_000, code
        assert sum(1 for a in amounts if a < 0) >= 2, code


def test_master_data_came_through_the_audited_import(master) -> None:
    services, admin, _ = master
    actions = [e.action for e in services.audit.entries(admin)]
    for kind in ("units", "suppliers", "workers", "balances"):
        assert actions.count(f"import.{kind}") == 3, kind
    assert actions.count("chart.default") == 3


def test_the_plan_is_deterministic() -> None:
    from kastor_desktop.services.demo_master import new_maker, plan_communities

    addresses = {code: address for code, _, _, address, *_ in demo.COMMUNITIES}
    first = plan_communities(addresses, new_maker())
    second = plan_communities(addresses, new_maker())
    assert first == second
