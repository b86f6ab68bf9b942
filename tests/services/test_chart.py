"""The chart of expense accounts: tree order, parent rules, surcharges, the default chart."""

from __future__ import annotations

import pytest

from kastor_desktop.domain.default_chart import ARGENTINA, CHILE, SUBCATEGORY, SURCHARGE
from kastor_desktop.services.chart import AccountDraft
from kastor_desktop.services.errors import ServiceError, ValidationFailed
from tests.factories import (
    assert_refused,
    make_argentine_community,
    state,
)


def add(services, admin, community, code, name, kind="category", parent="", nature="ordinary"):
    draft = AccountDraft(code, name, kind, parent, nature)
    return services.chart.create(admin, community.id, draft).value


def test_tree_order_puts_subcategories_under_their_category(services, admin, aromos) -> None:
    add(services, admin, aromos, "10", "Multas", "recargo")
    add(services, admin, aromos, "2", "Consumos básicos")
    add(services, admin, aromos, "2.10", "Gas", "subcategoría", "2")
    add(services, admin, aromos, "1", "Remuneraciones")
    add(services, admin, aromos, "2.2", "Agua", "subcategory", "2")
    rows = services.chart.list(admin, aromos.id)
    assert [(r.code, r.depth, r.parent_code) for r in rows] == [
        ("1", 0, ""),
        ("2", 0, ""),
        ("2.2", 1, "2"),
        ("2.10", 1, "2"),
        ("10", 0, ""),
    ]
    assert [r.position for r in rows] == [0, 1, 2, 3, 4]
    assert rows[1].subcategories == 2 and rows[4].is_surcharge and not rows[0].is_surcharge


def test_parent_rules_are_explained(services, admin, aromos) -> None:
    add(services, admin, aromos, "1", "Remuneraciones")
    add(services, admin, aromos, "20", "Multas", "surcharge")
    before = state(services)
    cases = {
        ("1.1", "subcategory", ""): "Indique la categoría a la que pertenece la subcategoría.",
        ("1.1", "subcategory", "9"): "Categoría: no existe una cuenta con código «9».",
        ("1.1", "subcategory", "20"): "Categoría: «20 Multas» es un recargo, no una categoría.",
        ("3", "category", "1"): (
            "Solo una subcategoría pertenece a una categoría: deje la categoría vacía."
        ),
    }
    for (code, kind, parent), message in cases.items():
        with pytest.raises(ValidationFailed) as info:
            services.chart.create(admin, aromos.id, AccountDraft(code, "Sueldos", kind, parent))
        assert info.value.errors == {"parent": message}
    assert state(services) == before


def test_code_unique_kind_and_nature_checked(services, admin, aromos) -> None:
    add(services, admin, aromos, "01", "Remuneraciones")
    with pytest.raises(ValidationFailed) as info:
        services.chart.create(admin, aromos.id, AccountDraft("01", "", "cuenta", "", "normal"))
    assert info.value.errors == {
        "code": "El código «01» ya es de la cuenta «Remuneraciones».",
        "name": "Indique el nombre.",
        "kind": "Tipo: «cuenta» no es categoría, subcategoría ni recargo.",
        "nature": "Naturaleza: «normal» no es ordinario ni extraordinario.",
    }
    with pytest.raises(ValidationFailed) as info:
        services.chart.create(admin, aromos.id, AccountDraft("0 1", "Aseo"))
    assert "solo letras, números" in info.value.errors["code"]


def test_a_category_with_subcategories_cannot_go(services, admin, aromos) -> None:
    category = add(services, admin, aromos, "2", "Consumos básicos")
    water = add(services, admin, aromos, "2.1", "Agua", "subcategory", "2")
    add(services, admin, aromos, "2.2", "Gas", "subcategory", "2")
    before = state(services)
    with pytest.raises(ServiceError) as info:
        services.chart.delete(admin, aromos.id, category.id)
    assert info.value.message == (
        "La categoría «2 Consumos básicos» tiene subcategorías: «Agua», «Gas». "
        "Elimínelas o cámbielas de categoría primero."
    )
    with pytest.raises(ValidationFailed) as info:
        services.chart.update(
            admin, aromos.id, category.id, AccountDraft("2", "Consumos", "surcharge")
        )
    assert "tiene subcategorías («Agua», «Gas»)" in info.value.errors["kind"]
    assert state(services) == before
    services.chart.update(
        admin, aromos.id, water.id, AccountDraft("2.1", "Agua potable", "subcategory", "2")
    )
    services.chart.delete(admin, aromos.id, water.id)
    assert [e.action for e in services.audit.entries(admin, limit=2)] == [
        "account.delete",
        "account.update",
    ]


def test_an_account_cannot_hang_from_itself(services, admin, aromos) -> None:
    account = add(services, admin, aromos, "5", "Seguros")
    with pytest.raises(ValidationFailed) as info:
        services.chart.update(
            admin, aromos.id, account.id, AccountDraft("5", "Seguros", "subcategory", "5")
        )
    assert info.value.errors == {"parent": "Una cuenta no puede pertenecer a sí misma."}


def test_load_default_chart_is_idempotent_and_keeps_existing_codes(services, admin, aromos) -> None:
    mine = add(services, admin, aromos, "01", "Personal", nature="ordinary")
    outcome = services.chart.load_default(admin, aromos.id)
    assert outcome.value == len(CHILE) - 1 and outcome.changes.touches("accounts")
    rows = services.chart.list(admin, aromos.id)
    assert len(rows) == len(CHILE)
    assert next(r for r in rows if r.code == "01").name == "Personal"  # left alone
    sueldos = next(r for r in rows if r.name == "Sueldos")
    assert (sueldos.parent_id, sueldos.kind) == (mine.id, "subcategory")
    names = {r.name: r for r in rows}
    assert {
        "Multas",
        "Uso de espacios comunes",
        "Reparaciones imputables",
        "Consumo individual",
    } <= {r.name for r in rows if r.is_surcharge}
    assert names["Obras extraordinarias"].nature == "extraordinary"
    assert names["Agua"].parent_code == names["Consumos básicos"].code
    entry = services.audit.entries(admin, limit=1)[0]
    assert entry.action == "chart.default" and f"agregadas: {len(CHILE) - 1}" in entry.after
    before = state(services)
    again = services.chart.load_default(admin, aromos.id)
    assert again.value == 0 and not again.changes.touches("accounts")
    assert state(services) == before


def test_argentine_consorcio_gets_the_expensas_headings(services, admin) -> None:
    consorcio = make_argentine_community(services, admin)
    added = services.chart.load_default(admin, consorcio.id).value
    rows = services.chart.list(admin, consorcio.id)
    assert added == len(ARGENTINA) == len(rows)
    tops = [r.name for r in rows if r.depth == 0 and not r.is_surcharge]
    assert tops[:3] == ["Sueldos y cargas sociales", "Servicios públicos", "Abonos de servicios"]
    assert "Gastos bancarios" in tops and "Otros" in tops


def test_default_charts_are_consistent() -> None:
    for chart in (CHILE, ARGENTINA):
        codes = [a.code for a in chart]
        assert len(codes) == len(set(codes))
        categories = {a.code for a in chart if a.kind == "category"}
        for account in chart:
            assert (account.kind == SUBCATEGORY) == bool(account.parent_code)
            assert account.kind != SUBCATEGORY or account.parent_code in categories
            assert account.kind != SURCHARGE or account.nature == "ordinary"


def test_every_write_needs_the_permission(services, admin, nobody, aromos) -> None:
    row = add(services, admin, aromos, "1", "Remuneraciones")
    draft = AccountDraft("2", "Aseo")
    assert_refused(services, lambda: services.chart.list(nobody, aromos.id))
    assert_refused(services, lambda: services.chart.create(nobody, aromos.id, draft))
    assert_refused(services, lambda: services.chart.update(nobody, aromos.id, row.id, draft))
    assert_refused(services, lambda: services.chart.delete(nobody, aromos.id, row.id))
    assert_refused(services, lambda: services.chart.load_default(nobody, aromos.id))
