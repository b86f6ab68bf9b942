"""Opening balances per unit: debt positive, credit negative, zero removes; every unit listed."""

from __future__ import annotations

from datetime import date

import pytest

from kastor_desktop.services.balances import totals
from kastor_desktop.services.errors import NotFound, ValidationFailed
from tests.factories import (
    assert_refused,
    insert_units,
    make_argentine_community,
    make_chilean_community,
    state,
)


@pytest.fixture
def units(services, aromos) -> dict[str, int]:
    numbers = [("101", "Ana Pérez"), ("1001", "Luis Rojas"), ("201", ""), ("E-12", "")]
    return dict(
        zip([n for n, _ in numbers], insert_units(services, aromos.id, numbers), strict=True)
    )


def test_every_unit_is_listed_in_natural_order(services, admin, aromos, units) -> None:
    services.balances.set(admin, aromos.id, units["201"], "150.000", "31/12/2023")
    rows = services.balances.list(admin, aromos.id)
    assert [(r.unit_number, r.owner_name, r.amount, r.as_of) for r in rows] == [
        ("101", "Ana Pérez", None, None),
        ("201", "", 150_000, date(2023, 12, 31)),
        ("1001", "Luis Rojas", None, None),
        ("E-12", "", None, None),
    ]
    assert rows[1].unit_id == units["201"] and rows[1].balance_id is not None


def test_debt_credit_edit_and_zero_removes(services, admin, aromos, units) -> None:
    debt = services.balances.set(admin, aromos.id, units["101"], "1.250.000", "31/12/2023")
    assert debt.value.amount == 1_250_000 and debt.changes.touches("balances")
    credit = services.balances.set(admin, aromos.id, units["1001"], "-35.500", date(2023, 12, 31))
    assert credit.value.amount == -35_500
    services.balances.set(admin, aromos.id, units["101"], 1_300_000, "2024-01-31")
    summary = totals(services.balances.list(admin, aromos.id))
    assert (summary.debt, summary.credit, summary.owing, summary.in_credit) == (
        1_300_000,
        35_500,
        1,
        1,
    )
    assert summary.net == 1_264_500
    removed = services.balances.set(admin, aromos.id, units["1001"], "0", "")
    assert removed.value.amount is None and removed.changes.touches("balances")
    entries = services.audit.entries(admin, limit=4)
    assert [e.action for e in entries] == [
        "opening_balance.delete",
        "opening_balance.set",
        "opening_balance.set",
        "opening_balance.set",
    ]
    assert entries[1].after == "monto: 1300000; fecha: 2024-01-31; unidad: 101"
    assert "monto: 1250000" in entries[1].before


def test_delete_and_nothing_to_do(services, admin, aromos, units) -> None:
    services.balances.set(admin, aromos.id, units["101"], "10.000", "31/12/2023")
    deleted = services.balances.delete(admin, aromos.id, units["101"])
    assert deleted.value.amount is None and deleted.changes.touches("balances")
    before = state(services)
    assert not services.balances.delete(admin, aromos.id, units["101"]).changes.touches("balances")
    assert not services.balances.set(admin, aromos.id, units["201"], 0, None).changes.areas
    assert state(services) == before


def test_amount_and_date_are_checked(services, admin, aromos, units) -> None:
    before = state(services)
    cases = [
        (("", "31/12/2023"), {"amount": "Indique el monto: positivo si la unidad debe, "
                              "negativo si tiene saldo a favor."}),
        (("1.000,5", "31/12/2023"), {"amount": "Monto: «1.000,5» debe ir sin decimales."}),
        (("mil", "31/12/2023"), {"amount": "Monto: «mil» no es un número."}),
        (("10.000", ""), {"as_of": "Indique la fecha del saldo inicial."}),
        (("10.000", "ayer"), {"as_of": "Fecha: «ayer» no es una fecha válida (use dd/mm/aaaa)."}),
    ]  # fmt: skip
    for (amount, as_of), errors in cases:
        with pytest.raises(ValidationFailed) as info:
            services.balances.set(admin, aromos.id, units["101"], amount, as_of)
        assert info.value.errors == errors
    assert state(services) == before


def test_argentine_balances_in_centavos(services, admin) -> None:
    consorcio = make_argentine_community(services, admin)
    [unit] = insert_units(services, consorcio.id, [("1° A", "Lucía Gómez")])
    row = services.balances.set(admin, consorcio.id, unit, "-1.250,50", "31/01/2024").value
    assert row.amount == -125_050


def test_a_unit_of_another_community_is_not_found(services, admin, aromos, units) -> None:
    other = make_chilean_community(services, admin, name="Torre Vitacura", code="VITA")
    before = state(services)
    with pytest.raises(NotFound, match="La unidad ya no existe"):
        services.balances.set(admin, other.id, units["101"], "1.000", "31/12/2023")
    assert state(services) == before


def test_every_write_needs_the_permission(services, admin, nobody, aromos, units) -> None:
    services.balances.set(admin, aromos.id, units["101"], "10.000", "31/12/2023")
    unit = units["201"]
    assert_refused(services, lambda: services.balances.list(nobody, aromos.id))
    assert_refused(
        services, lambda: services.balances.set(nobody, aromos.id, unit, "5.000", "31/12/2023")
    )
    assert_refused(services, lambda: services.balances.delete(nobody, aromos.id, units["101"]))
