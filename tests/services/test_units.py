"""Units: validation with field errors, sub-units, permissions, audit/outbox, the fast listing."""

from __future__ import annotations

import json
import sqlite3
from datetime import date

import pytest

from kastor_desktop.domain import permissions
from kastor_desktop.services.context import Actor
from kastor_desktop.services.errors import (
    NotFound,
    PermissionDenied,
    ServiceError,
    ValidationFailed,
)
from kastor_desktop.services.people import PersonDraft
from kastor_desktop.services.unit_listing import fold_all, format_area, natural_order
from kastor_desktop.services.units import UnitDraft, draft_of
from tests.factories import (
    assert_refused,
    bad_rut,
    make_argentine_community,
    outbox_rows,
    state,
    valid_cuit,
    valid_rut,
)


def person(services, admin, community_id: int, name: str, tax_id: str | None = None) -> str:
    tax_id = tax_id or valid_rut()
    services.people.create(admin, community_id, PersonDraft(tax_id, name, f"{name[:3]}@example.cl"))
    return tax_id


def unit(services, admin, community_id: int, number: str, **fields) -> int:
    return services.units.create(admin, community_id, UnitDraft(number, **fields)).value.id


def audit_rows(services, action: str) -> list[tuple[str | None, str | None]]:
    conn = sqlite3.connect(services.paths.database)
    try:
        return conn.execute(
            "SELECT before, after FROM audit_log WHERE action = ? ORDER BY id", (action,)
        ).fetchall()
    finally:
        conn.close()


def viewer(services, admin, community_id: int) -> Actor:
    """A user who may only look at the community."""
    role = services.roles.create(
        admin, "Lector", permissions.COMMUNITY, ["communities.view"], [community_id]
    ).value
    user = services.users.create(admin, "lector", "Luis Lector", "", "clave-lector-1", [role.id])
    return Actor(user.value.id, "lector", "Luis Lector")


# -- create, read, update ---------------------------------------------------------------------
def test_create_a_unit_with_owner_resident_and_main_unit(services, admin, aromos):
    owner = person(services, admin, aromos.id, "Camila Rojas")
    tenant = person(services, admin, aromos.id, "Tomás Díaz")
    main = unit(services, admin, aromos.id, "101", owner_tax_id=owner)
    draft = UnitDraft(
        number=" E  12 ",
        kind="estacionamiento",
        tower="Torre A",
        floor="-1",
        area_m2="12,5",
        fiscal_valuation="4.500.000",
        delivery_date=date(2024, 3, 15),
        owner_tax_id=owner.replace(".", ""),
        resident_tax_id=tenant,
        parent_number="101",
        notes="Junto al ascensor",
    )
    outcome = services.units.create(admin, aromos.id, draft)
    detail = outcome.value
    assert (detail.number, detail.kind, detail.kind_label) == ("E 12", "parking", "estacionamiento")
    assert (detail.area_x100, detail.area, detail.fiscal_valuation) == (1250, "12,50", 4_500_000)
    assert detail.fiscal_valuation_text == "4.500.000"
    assert (detail.owner.full_name, detail.resident.full_name) == ("Camila Rojas", "Tomás Díaz")
    assert (detail.parent_id, detail.parent_number) == (main, "101")
    assert services.units.get(admin, aromos.id, main).sub_units == ("E 12",)
    assert outcome.changes.touches("units") and outcome.changes.touches("people")
    [(before, after)] = audit_rows(services, "unit.create")[1:]
    assert before is None and json.loads(after)["owner"] == f"Camila Rojas ({owner})"
    kind, payload = outbox_rows(services)[-1]
    assert kind == "unit.upserted"
    assert (payload["number"], payload["parent"], payload["owner"]["tax_id"]) == (
        "E 12",
        "101",
        owner,
    )


def test_update_records_before_and_after_and_a_no_change_save_writes_nothing(
    services, admin, aromos
):
    unit_id = unit(services, admin, aromos.id, "201", area_m2="55,2")
    detail = services.units.get(admin, aromos.id, unit_id)
    changed = services.units.update(
        admin, aromos.id, unit_id, draft_of(detail, floor="2", active=False)
    )
    assert (changed.value.floor, changed.value.active) == ("2", False)
    before, after = audit_rows(services, "unit.update")[-1]
    assert (json.loads(before)["floor"], json.loads(after)["floor"]) == ("", "2")
    assert json.loads(after)["area_m2"] == "55,20"
    snapshot = state(services)
    same = services.units.update(admin, aromos.id, unit_id, draft_of(changed.value))
    assert same.changes.areas == frozenset() and state(services) == snapshot


def test_every_field_error_comes_back_at_once_and_nothing_is_written(services, admin, aromos):
    unit(services, admin, aromos.id, "A-1")
    before = state(services)
    draft = UnitDraft(
        number="a-1",
        kind="castillo",
        area_m2="cincuenta",
        fiscal_valuation="12,5",
        owner_tax_id=bad_rut(),
        resident_tax_id=valid_rut(),
        parent_number="Z-9",
        tower="T" * 31,
    )
    with pytest.raises(ValidationFailed) as info:
        services.units.create(admin, aromos.id, draft)
    errors = info.value.errors
    assert errors["number"] == "Ya existe la unidad A-1 en esta comunidad."
    assert errors["kind"].startswith("Elija el tipo de unidad")
    assert errors["area_m2"] == "Los m²: «cincuenta» no es un número."
    assert errors["fiscal_valuation"] == "El avalúo fiscal: «12,5» debe ir sin decimales."
    assert "dígito verificador incorrecto" in errors["owner_tax_id"]
    assert "No hay una persona registrada con el RUT" in errors["resident_tax_id"]
    assert errors["parent_number"] == "No existe la unidad Z-9 en esta comunidad."
    assert errors["tower"] == "La torre admite como máximo 30 caracteres."
    assert state(services) == before


@pytest.mark.parametrize(
    ("area", "message"),
    [("12,345", "hasta 2 decimales"), ("-3", "no pueden ser negativos"), ("", None)],
)
def test_area_rules(services, admin, aromos, area, message):
    if message is None:
        assert (
            services.units.create(admin, aromos.id, UnitDraft("1", area_m2=area)).value.area_x100
            is None
        )
        return
    with pytest.raises(ValidationFailed) as info:
        services.units.create(admin, aromos.id, UnitDraft("1", area_m2=area))
    assert message in info.value.errors["area_m2"]


def test_sub_units_are_one_level_deep(services, admin, aromos):
    main = unit(services, admin, aromos.id, "101")
    parking = unit(services, admin, aromos.id, "E-1", kind="parking", parent_number="101")
    detail = services.units.get(admin, aromos.id, main)
    with pytest.raises(ValidationFailed) as own:
        services.units.update(admin, aromos.id, main, draft_of(detail, parent_number="101"))
    assert (
        own.value.errors["parent_number"] == "Una unidad no puede ser su propia unidad principal."
    )
    with pytest.raises(ValidationFailed) as nested:
        services.units.create(admin, aromos.id, UnitDraft("B-1", parent_number="E-1"))
    assert "ya es parte de la unidad 101" in nested.value.errors["parent_number"]
    unit(services, admin, aromos.id, "102")
    with pytest.raises(ValidationFailed) as grouped:
        services.units.update(admin, aromos.id, main, draft_of(detail, parent_number="102"))
    assert "agrupa a E-1" in grouped.value.errors["parent_number"]
    assert services.units.get(admin, aromos.id, parking).parent_number == "101"


def test_delete_is_refused_while_sub_units_hang_under_it(services, admin, aromos):
    main = unit(services, admin, aromos.id, "101")
    unit(services, admin, aromos.id, "E-10", kind="parking", parent_number="101")
    unit(services, admin, aromos.id, "E-9", kind="parking", parent_number="101")
    before = state(services)
    with pytest.raises(ServiceError) as info:
        services.units.delete(admin, aromos.id, main)
    assert "tiene unidades asociadas (E-9, E-10)" in info.value.message
    assert state(services) == before


def test_delete_removes_the_unit_with_its_shares(services, admin, aromos):
    unit_id = unit(services, admin, aromos.id, "301")
    table = services.shares.create_table(admin, aromos.id, "General").value
    services.shares.set_shares(admin, aromos.id, table.id, {unit_id: 100_000_000})
    services.units.delete(admin, aromos.id, unit_id)
    assert services.units.listing(admin, aromos.id).rows == []
    assert services.shares.tables(admin, aromos.id)[0].units == 0
    assert outbox_rows(services)[-1] == ("unit.deleted", {"community": "AROMOS", "number": "301"})
    with pytest.raises(NotFound):
        services.units.get(admin, aromos.id, unit_id)


def test_a_unit_of_another_community_is_not_found(services, admin, aromos):
    other = make_argentine_community(services, admin)
    unit_id = unit(services, admin, other.id, "1")
    with pytest.raises(NotFound):
        services.units.get(admin, aromos.id, unit_id)
    with pytest.raises(NotFound):
        services.units.delete(admin, aromos.id, unit_id)


def test_argentine_units_take_cuit_owners_and_cents(services, admin):
    consorcio = make_argentine_community(services, admin)
    cuit = valid_cuit("20", "30111222")
    services.people.create(admin, consorcio.id, PersonDraft(cuit, "Julieta Fernández"))
    detail = services.units.create(
        admin,
        consorcio.id,
        UnitDraft("UF 3", owner_tax_id=cuit, fiscal_valuation="1.250.000,50"),
    ).value
    assert (detail.owner.tax_id, detail.fiscal_valuation) == (cuit, 125_000_050)
    assert detail.fiscal_valuation_text == "1.250.000,50"


# -- permissions ------------------------------------------------------------------------------
def test_every_write_is_refused_without_permission_and_writes_nothing(
    services, admin, nobody, aromos
):
    unit_id = unit(services, admin, aromos.id, "101")
    draft = UnitDraft("102")
    assert_refused(services, lambda: services.units.create(nobody, aromos.id, draft))
    assert_refused(services, lambda: services.units.update(nobody, aromos.id, unit_id, draft))
    assert_refused(services, lambda: services.units.delete(nobody, aromos.id, unit_id))
    with pytest.raises(PermissionDenied):
        services.units.listing(nobody, aromos.id)
    with pytest.raises(PermissionDenied):
        services.units.get(nobody, aromos.id, unit_id)


def test_a_viewer_reads_the_list_but_cannot_write(services, admin, aromos):
    unit_id = unit(services, admin, aromos.id, "101")
    reader = viewer(services, admin, aromos.id)
    assert [r.number for r in services.units.listing(reader, aromos.id).rows] == ["101"]
    assert_refused(services, lambda: services.units.create(reader, aromos.id, UnitDraft("9")))
    assert_refused(services, lambda: services.units.delete(reader, aromos.id, unit_id))


# -- the listing ------------------------------------------------------------------------------
def test_listing_rows_in_natural_order_with_owner_and_shares(services, admin, aromos):
    owner = person(services, admin, aromos.id, "José Muñoz Pérez", valid_rut(15_432_101))
    tenant = person(services, admin, aromos.id, "Ana Soto")
    for number in ("A-10", "a-2", "B-1", "A-1"):
        unit(services, admin, aromos.id, number, tower="Torre Á", area_m2="1234,5")
    services.units.create(
        admin,
        aromos.id,
        UnitDraft(
            "A-3", owner_tax_id=owner, resident_tax_id=tenant, parent_number="A-1", area_m2="55,2"
        ),
    )
    general = services.shares.create_table(admin, aromos.id, "General").value
    parking = services.shares.create_table(admin, aromos.id, "Estacionamientos").value
    listing = services.units.listing(admin, aromos.id)
    by_number = {r.number: r for r in listing.rows}
    services.shares.set_shares(admin, aromos.id, general.id, {by_number["A-3"].id: 1_234_567})
    services.shares.set_shares(admin, aromos.id, parking.id, {by_number["A-1"].id: 100_000_000})
    listing = services.units.listing(admin, aromos.id)
    assert listing.table_names == ("General", "Estacionamientos")
    assert [r.number for r in listing.rows] == ["A-1", "a-2", "A-3", "A-10", "B-1"]
    assert [r.order for r in listing.rows] == [0, 1, 2, 3, 4]
    row = listing.rows[2]
    assert (row.kind, row.area, row.area_x100) == ("departamento", "55,20", 5520)
    assert (row.owner_name, row.owner_tax_id, row.resident_name) == (
        "José Muñoz Pérez",
        owner,
        "Ana Soto",
    )
    assert (row.parent_number, row.active) == ("A-1", True)
    assert (row.shares, row.share_micro) == (("1,234567", ""), (1_234_567, None))
    assert listing.rows[0].shares == ("", "100,000000")
    assert listing.rows[0].area == "1.234,50"
    assert "jose munoz perez" in row.search and "15432101" in row.search
    assert "ana soto" in row.search and row.search.startswith("a-3")
    assert "torre a" in listing.rows[0].search


def test_listing_of_a_community_without_units_still_names_its_tables(services, admin, aromos):
    services.shares.create_table(admin, aromos.id, "General")
    listing = services.units.listing(admin, aromos.id)
    assert listing == (("General",), [])


def test_listing_shows_only_the_community_units(services, admin, aromos):
    other = make_argentine_community(services, admin)
    unit(services, admin, other.id, "1")
    unit(services, admin, aromos.id, "2")
    unit(services, admin, aromos.id, "10")
    assert [r.number for r in services.units.listing(admin, aromos.id).rows] == ["2", "10"]
    assert [r.number for r in services.units.listing(admin, other.id).rows] == ["1"]


def test_natural_order_helpers():
    texts = ["Depto 10", "depto 9", "B", "a", "10", "9", "A-2", "A-10"]
    assert [texts[i] for i in natural_order(texts)] == [
        "9", "10", "a", "A-2", "A-10", "B", "depto 9", "Depto 10",
    ]  # fmt: skip
    assert natural_order(["10", "9", "100"]) == [1, 0, 2]
    assert natural_order([]) == []
    assert fold_all(["Ñuñoa ÁRBOL", "ok"]) == ["nunoa arbol", "ok"]
    assert (format_area(5), format_area(123_456_78), format_area(None)) == (
        "0,05",
        "123.456,78",
        "",
    )
