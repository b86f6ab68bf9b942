"""Other income of the month: entered in the open period only, optionally to a fund, audited."""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import Any

import pytest

from kastor_desktop.services.errors import NotFound, ValidationFailed
from kastor_desktop.services.income import OtherIncomeDraft
from tests.closing_world import World, make_closing_world
from tests.factories import assert_refused


@pytest.fixture
def world(services, admin) -> World:  # type: ignore[no-untyped-def]
    return make_closing_world(services, admin)


def draft(**values: Any) -> OtherIncomeDraft:
    defaults: dict[str, Any] = {
        "received_on": "10/11/2026",
        "description": "Arriendo antena en azotea",
        "amount": "150.000",
    }
    return OtherIncomeDraft(**(defaults | values))


def test_create_update_delete_with_audit(services, admin, world) -> None:
    cid = world.community_id
    row = services.income.create(admin, cid, draft()).value
    assert (row.received_on, row.amount, row.fund_id, row.fund_name) == (
        date(2026, 11, 10), 150_000, None, ""
    )  # fmt: skip
    moved = services.income.update(admin, cid, row.id, draft(fund="fondo de obras")).value
    assert (moved.fund_id, moved.fund_name) == (world.works_fund, "Fondo de obras")
    assert services.income.update(admin, cid, row.id, moved.draft()).changes.areas == frozenset()
    assert [r.id for r in services.income.list(admin, cid)] == [row.id]
    services.income.delete(admin, cid, row.id)
    assert services.income.list(admin, cid) == []
    entries = services.audit.entries(admin, limit=3)
    assert [e.action for e in entries] == ["income.delete", "income.update", "income.create"]
    assert entries[2].action_label == "Registró un ingreso"
    assert "fondo: Fondo de obras" in entries[1].after
    with pytest.raises(NotFound, match="El ingreso ya no existe"):
        services.income.delete(admin, cid, row.id)


def test_every_wrong_field_is_named_in_spanish(services, admin, world) -> None:
    with pytest.raises(ValidationFailed) as info:
        services.income.create(
            admin, world.community_id,
            OtherIncomeDraft("01-12-2026", "", "1.5", "Fondo de fiestas"),
        )  # fmt: skip
    assert info.value.errors == {
        "received_on": "Fecha «01-12-2026»: debe ser de noviembre 2026, el mes abierto.",
        "description": "Indique la descripción.",
        "amount": "Monto «1.5»: debe ir sin decimales.",
        "fund": "Fondo «Fondo de fiestas»: no es un fondo de la comunidad (fondos: «Fondo "
        "común de reserva», «Fondo de obras»).",
    }


def test_a_closed_month_refuses_changes(services, admin, world) -> None:
    cid = world.community_id
    row = services.income.create(admin, cid, draft()).value
    conn = sqlite3.connect(services.paths.database)
    conn.execute("UPDATE periods SET status = 'closed' WHERE community_id = ?", (cid,))
    conn.commit()
    conn.close()
    with pytest.raises(ValidationFailed, match="El período noviembre 2026 está cerrado"):
        services.income.update(admin, cid, row.id, draft(amount="1"))
    with pytest.raises(ValidationFailed, match="está cerrado"):
        services.income.delete(admin, cid, row.id)


def test_every_write_needs_the_permission(services, admin, nobody, world) -> None:
    cid = world.community_id
    row = services.income.create(admin, cid, draft()).value
    assert_refused(services, lambda: services.income.create(nobody, cid, draft()))
    assert_refused(services, lambda: services.income.update(nobody, cid, row.id, draft()))
    assert_refused(services, lambda: services.income.delete(nobody, cid, row.id))
