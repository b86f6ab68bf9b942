"""Share tables: names, percentages saved as work in progress, the 100 % rule, computing."""

from __future__ import annotations

import json
import math
import sqlite3
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kastor_desktop.domain.shares import FULL
from kastor_desktop.services.errors import NotFound, ServiceError, ValidationFailed
from kastor_desktop.services.units import UnitDraft
from tests.factories import assert_refused, make_argentine_community, state


def units(services, admin, community_id: int, *specs: tuple[str, str, str]) -> dict[str, int]:
    """Units (number, m2, fiscal valuation) -> {number: id}."""
    ids = {}
    for number, area, valuation in specs:
        draft = UnitDraft(number, area_m2=area, fiscal_valuation=valuation)
        ids[number] = services.units.create(admin, community_id, draft).value.id
    return ids


@pytest.fixture
def three(services, admin, aromos) -> dict[str, int]:
    return units(
        services,
        admin,
        aromos.id,
        ("10", "60", "30.000.000"),
        ("2", "30", "20.000.000"),
        ("1", "30", ""),
    )


def test_tables_are_named_uniquely_renamed_and_deleted(services, admin, aromos, three):
    general = services.shares.create_table(admin, aromos.id, " General ").value
    tower = services.shares.create_table(admin, aromos.id, "Torre A").value
    assert (general.name, general.units, general.ok) == ("General", 0, False)
    with pytest.raises(ValidationFailed) as info:
        services.shares.create_table(admin, aromos.id, "general")
    assert info.value.errors == {"name": "Ya existe la tabla «General» en esta comunidad."}
    with pytest.raises(ValidationFailed):
        services.shares.rename_table(admin, aromos.id, tower.id, "GENERAL")
    services.shares.rename_table(admin, aromos.id, tower.id, "Torre B")
    assert [t.name for t in services.shares.tables(admin, aromos.id)] == ["General", "Torre B"]
    services.shares.set_shares(admin, aromos.id, tower.id, {three["1"]: FULL})
    services.shares.delete_table(admin, aromos.id, tower.id)
    assert [t.name for t in services.shares.tables(admin, aromos.id)] == ["General"]
    conn = sqlite3.connect(services.paths.database)
    assert conn.execute("SELECT count(*) FROM unit_shares").fetchone() == (0,)
    conn.close()


def test_a_table_not_summing_100_is_saved_and_shows_its_difference(services, admin, aromos, three):
    table = services.shares.create_table(admin, aromos.id, "General").value
    partial = services.shares.set_shares(
        admin, aromos.id, table.id, {three["1"]: 33_333_333, three["2"]: 33_333_333}
    ).value
    assert (partial.units, partial.total_micro, partial.difference_micro, partial.ok) == (
        2, 66_666_666, 33_333_334, False,
    )  # fmt: skip
    assert (partial.total, partial.difference) == ("66,666666", "33,333334")
    over = services.shares.set_shares(admin, aromos.id, table.id, {three["10"]: 40_000_000}).value
    assert (over.difference_micro, over.ok) == (-6_666_666, False)
    done = services.shares.set_shares(admin, aromos.id, table.id, {three["10"]: 33_333_334}).value
    assert (done.total_micro, done.difference_micro, done.ok) == (FULL, 0, True)
    assert services.shares.check(admin, aromos.id) == [done]
    out = services.shares.set_shares(admin, aromos.id, table.id, {three["1"]: None}).value
    assert (out.units, out.ok) == (2, False)


def test_set_shares_is_audited_with_before_and_after(services, admin, aromos, three):
    table = services.shares.create_table(admin, aromos.id, "General").value
    services.shares.set_shares(admin, aromos.id, table.id, {three["1"]: 50_000_000})
    services.shares.set_shares(admin, aromos.id, table.id, {three["1"]: 25_500_000, three["2"]: 1})
    conn = sqlite3.connect(services.paths.database)
    before, after = conn.execute(
        "SELECT before, after FROM audit_log WHERE action = 'shares.set' ORDER BY id DESC"
    ).fetchone()
    conn.close()
    assert json.loads(before) == {
        "table": "General",
        "shares": ["1: 50,000000", "2: —"],
        "sum": "50,000000",
    }
    assert json.loads(after)["shares"] == ["1: 25,500000", "2: 0,000001"]
    entry = services.audit.entries(admin, limit=1)[0]
    assert (entry.action, entry.after) == (
        "shares.set",
        "porcentajes: 1: 25,500000, 2: 0,000001; suma: 25,500001; tabla: General",
    )
    snapshot = state(services)
    same = services.shares.set_shares(admin, aromos.id, table.id, {three["1"]: 25_500_000})
    assert same.changes.areas == frozenset() and state(services) == snapshot


def test_wrong_values_or_foreign_units_write_nothing(services, admin, aromos, three):
    table = services.shares.create_table(admin, aromos.id, "General").value
    other = make_argentine_community(services, admin)
    stranger = services.units.create(admin, other.id, UnitDraft("1")).value.id
    before = state(services)
    with pytest.raises(ValidationFailed) as info:
        services.shares.set_shares(
            admin, aromos.id, table.id, {three["1"]: 1, three["2"]: FULL + 1}
        )
    assert info.value.errors == {
        "shares": "Los porcentajes deben estar entre 0 y 100 (unidades 2)."
    }
    with pytest.raises(NotFound):
        services.shares.set_shares(admin, aromos.id, table.id, {three["1"]: 1, stranger: 5})
    with pytest.raises(NotFound):
        services.shares.grid(admin, other.id, table.id)
    assert state(services) == before


def test_a_unit_may_be_in_several_tables_and_the_grid_lists_every_unit(
    services, admin, aromos, three
):
    general = services.shares.create_table(admin, aromos.id, "General").value
    tower = services.shares.create_table(admin, aromos.id, "Torre A").value
    services.shares.set_shares(admin, aromos.id, general.id, {three["2"]: 40_000_000})
    services.shares.set_shares(admin, aromos.id, tower.id, {three["2"]: FULL})
    grid = services.shares.grid(admin, aromos.id, general.id)
    assert [(g.number, g.micro) for g in grid] == [("1", None), ("2", 40_000_000), ("10", None)]
    assert (grid[2].kind, grid[2].area_x100, grid[2].fiscal_valuation) == (
        "departamento",
        6000,
        30_000_000,
    )
    assert [g.micro for g in services.shares.grid(admin, aromos.id, tower.id)] == [None, FULL, None]


def test_compute_from_m2_always_sums_exactly_100(services, admin, aromos, three):
    table = services.shares.create_table(admin, aromos.id, "General").value
    computed = services.shares.compute(admin, aromos.id, table.id, "area")
    # 30/30/60 m2: 25 % + 25 % + 50 %; nothing saved by computing
    assert computed == {three["1"]: 25_000_000, three["2"]: 25_000_000, three["10"]: 50_000_000}
    assert services.shares.tables(admin, aromos.id)[0].units == 0
    thirds = services.shares.compute(
        admin, aromos.id, table.id, "area", [three["1"], three["2"], three["10"]]
    )
    assert sum(thirds.values()) == FULL
    pair = services.shares.compute(
        admin, aromos.id, table.id, "valuation", [three["2"], three["10"]]
    )
    assert pair == {three["2"]: 40_000_000, three["10"]: 60_000_000}


def test_compute_uses_the_units_already_in_the_table(services, admin, aromos, three):
    table = services.shares.create_table(admin, aromos.id, "Torre").value
    services.shares.set_shares(admin, aromos.id, table.id, {three["10"]: 1, three["2"]: 1})
    assert services.shares.compute(admin, aromos.id, table.id, "valuation") == {
        three["2"]: 40_000_000,
        three["10"]: 60_000_000,
    }


def test_compute_names_the_units_without_data(services, admin, aromos, three):
    table = services.shares.create_table(admin, aromos.id, "General").value
    with pytest.raises(ServiceError) as info:
        services.shares.compute(admin, aromos.id, table.id, "valuation")
    assert info.value.message == (
        "Sin avalúo fiscal no se puede calcular: complete los datos de las unidades 1."
    )
    with pytest.raises(ServiceError):
        services.shares.compute(admin, aromos.id, table.id, "superficie")


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(weights=st.lists(st.integers(min_value=1, max_value=10**9), min_size=1, max_size=12))
def test_compute_sums_exactly_100_for_any_weights(services, admin, aromos, weights):
    conn = sqlite3.connect(services.paths.database)
    conn.execute("DELETE FROM units")
    conn.executemany(
        "INSERT INTO units (community_id, number, kind, tower, floor, area_x100, notes, active) "
        "VALUES (?, ?, 'apartment', '', '', ?, '', 1)",
        [(aromos.id, str(n), w) for n, w in enumerate(weights, start=1)],
    )
    conn.commit()
    conn.close()
    tables = services.shares.tables(admin, aromos.id)
    table = tables[0] if tables else services.shares.create_table(admin, aromos.id, "G").value
    parts = services.shares.compute(admin, aromos.id, table.id, "area")
    assert sum(parts.values()) == FULL and len(parts) == len(weights)
    assert all(part >= 0 for part in parts.values())
    total = sum(weights)
    for weight, part in zip(weights, [parts[k] for k in sorted(parts)], strict=True):
        exact = Fraction(FULL * weight, total)  # each part is its exact share rounded down or up
        assert math.floor(exact) <= part <= math.ceil(exact)


def test_every_write_is_refused_without_permission(services, admin, nobody, aromos, three):
    table = services.shares.create_table(admin, aromos.id, "General").value
    assert_refused(services, lambda: services.shares.create_table(nobody, aromos.id, "Otra"))
    assert_refused(services, lambda: services.shares.rename_table(nobody, aromos.id, table.id, "X"))
    assert_refused(services, lambda: services.shares.delete_table(nobody, aromos.id, table.id))
    assert_refused(
        services,
        lambda: services.shares.set_shares(nobody, aromos.id, table.id, {three["1"]: FULL}),
    )
    assert_refused(services, lambda: services.shares.compute(nobody, aromos.id, table.id, "area"))
    assert_refused(services, lambda: services.shares.tables(nobody, aromos.id))
