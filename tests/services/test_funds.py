"""Funds: one reserve fund at most, opening balances typed as offices write them."""

from __future__ import annotations

from datetime import date

import pytest

from kastor_desktop.services.errors import ValidationFailed
from kastor_desktop.services.funds import FundDraft
from tests.factories import (
    assert_refused,
    make_argentine_community,
    state,
)


def reserve(**values: object) -> FundDraft:
    defaults: dict[str, object] = {
        "name": "Fondo común de reserva",
        "kind": "fondo de reserva",
        "opening_balance": "1.250.000",
        "opening_date": "31/12/2023",
    }
    return FundDraft(**(defaults | values))  # type: ignore[arg-type]


def test_create_update_delete_with_audit(services, admin, aromos) -> None:
    fund = services.funds.create(admin, aromos.id, reserve()).value
    assert (fund.kind, fund.opening_balance, fund.opening_date) == (
        "reserve",
        1_250_000,
        date(2023, 12, 31),
    )
    services.funds.create(admin, aromos.id, FundDraft("Fondo de obras", "otro"))
    services.funds.update(admin, aromos.id, fund.id, reserve(opening_balance="1.300.000"))
    rows = services.funds.list(admin, aromos.id)
    assert [(r.name, r.opening_balance, r.is_reserve) for r in rows] == [
        ("Fondo común de reserva", 1_300_000, True),
        ("Fondo de obras", 0, False),
    ]
    services.funds.delete(admin, aromos.id, fund.id)
    entries = services.audit.entries(admin, limit=4)
    assert [e.action for e in entries] == [
        "fund.delete",
        "fund.update",
        "fund.create",
        "fund.create",
    ]
    assert "saldo inicial: 1300000" in entries[1].after


def test_at_most_one_reserve_fund(services, admin, aromos) -> None:
    first = services.funds.create(admin, aromos.id, reserve()).value
    before = state(services)
    with pytest.raises(ValidationFailed) as info:
        services.funds.create(admin, aromos.id, reserve(name="Reserva 2", kind="reserve"))
    assert info.value.errors == {
        "kind": "La comunidad ya tiene su fondo de reserva, «Fondo común de reserva»: "
        "solo puede haber uno."
    }
    other = services.funds.create(admin, aromos.id, FundDraft("Fondo de obras")).value
    with pytest.raises(ValidationFailed):
        services.funds.update(admin, aromos.id, other.id, FundDraft("Fondo de obras", "reserva"))
    services.funds.update(admin, aromos.id, first.id, reserve(name="Fondo de reserva"))
    services.funds.delete(admin, aromos.id, first.id)
    assert services.funds.update(admin, aromos.id, other.id, FundDraft("Obras", "reserve")).value
    assert state(services)["rows"]["funds"] == before["rows"]["funds"]


def test_name_unique_and_amounts_checked(services, admin, aromos) -> None:
    services.funds.create(admin, aromos.id, reserve())
    before = state(services)
    with pytest.raises(ValidationFailed) as info:
        services.funds.create(
            admin,
            aromos.id,
            FundDraft("fondo común de reserva", "ahorro", "1.250,5", "2023-13-01"),
        )
    assert info.value.errors == {
        "name": "Ya existe un fondo llamado «fondo común de reserva» en esta comunidad.",
        "kind": "Tipo: «ahorro» no es fondo de reserva ni otro.",
        "opening_balance": "Saldo inicial: «1.250,5» debe ir sin decimales.",
        "opening_date": "Fecha del saldo: «2023-13-01» no es una fecha válida (use dd/mm/aaaa).",
    }
    with pytest.raises(ValidationFailed) as info:
        services.funds.create(admin, aromos.id, FundDraft("Obras", "other", "-5.000", "01/01/2024"))
    assert info.value.errors == {
        "opening_balance": "Saldo inicial: «-5.000» no puede ser negativo."
    }
    with pytest.raises(ValidationFailed) as info:
        services.funds.create(admin, aromos.id, FundDraft("Obras", "other", "5.000", ""))
    assert info.value.errors == {"opening_date": "Indique la fecha del saldo inicial."}
    assert state(services) == before


def test_argentine_fund_in_centavos(services, admin) -> None:
    consorcio = make_argentine_community(services, admin)
    fund = services.funds.create(
        admin, consorcio.id, FundDraft("Fondo de reserva", "reserve", "1.250,50", date(2024, 1, 31))
    ).value
    assert fund.opening_balance == 125_050


def test_every_write_needs_the_permission(services, admin, nobody, aromos) -> None:
    row = services.funds.create(admin, aromos.id, reserve()).value
    assert_refused(services, lambda: services.funds.list(nobody, aromos.id))
    assert_refused(services, lambda: services.funds.create(nobody, aromos.id, FundDraft("Obras")))
    assert_refused(services, lambda: services.funds.update(nobody, aromos.id, row.id, reserve()))
    assert_refused(services, lambda: services.funds.delete(nobody, aromos.id, row.id))
