"""Recurring expenses: kept per community, proposed once per open month as unconfirmed expenses
dated the 1st, confirmed by the office; both steps idempotent and audited."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from kastor_desktop.services.errors import NotFound, ValidationFailed
from kastor_desktop.services.recurring import RecurringDraft
from kastor_desktop.services.workers import WorkerDraft
from tests.closing_world import World, make_closing_world
from tests.factories import assert_refused, valid_rut


@pytest.fixture
def world(services, admin) -> World:  # type: ignore[no-untyped-def]
    return make_closing_world(services, admin)


def draft(**values: Any) -> RecurringDraft:
    defaults: dict[str, Any] = {
        "account": "01.01",
        "description": "Sueldo conserje",
        "amount": "650.000",
        "table": "General",
    }
    return RecurringDraft(**(defaults | values))


def test_create_update_delete_with_a_worker(services, admin, world) -> None:
    cid = world.community_id
    rut = valid_rut(15_555_555)
    services.workers.create(admin, cid, WorkerDraft(rut, "Luis Araya Muñoz", "Conserje"))
    row = services.recurring.create(
        admin, cid, draft(worker=rut, document_type="liquidación de sueldo")
    ).value
    assert (row.worker_name, row.worker_tax_id, row.document_type) == (
        "Luis Araya Muñoz", rut, "Liquidación de sueldo"
    )  # fmt: skip
    assert (row.method_label, row.nature_label, row.active) == ("Tabla General", "Ordinario", True)
    changed = services.recurring.update(
        admin, cid, row.id, draft(worker="luis araya muñoz", method="unit", table="", unit="A-101")
    ).value
    assert changed.method_label == "Unidad A-101" and changed.worker_name == "Luis Araya Muñoz"
    assert services.recurring.update(admin, cid, row.id, changed.draft()).value == changed
    services.recurring.delete(admin, cid, row.id)
    assert services.recurring.list(admin, cid) == []
    actions = [e.action for e in services.audit.entries(admin, limit=3)]
    assert actions == [
        "recurring_expense.delete", "recurring_expense.update", "recurring_expense.create"
    ]  # fmt: skip
    with pytest.raises(NotFound, match="El gasto recurrente ya no existe"):
        services.recurring.delete(admin, cid, row.id)


def test_wrong_fields_are_named_and_consumption_is_not_recurring(services, admin, world) -> None:
    with pytest.raises(ValidationFailed) as info:
        services.recurring.create(
            admin, world.community_id,
            draft(account="", description="", amount="0", worker="Nadie", method="Por consumo"),
        )  # fmt: skip
    errors = info.value.errors
    assert set(errors) == {"account", "description", "amount", "worker", "method"}
    assert errors["worker"] == (
        "Trabajador «Nadie»: no es un trabajador de la comunidad (use su RUT o su nombre exacto)."
    )
    assert "un gasto recurrente no se reparte por consumo" in errors["method"]
    assert errors["amount"] == "Monto «0»: debe ser mayor que cero."


def test_propose_once_per_month_then_confirm(services, admin, world) -> None:
    cid = world.community_id
    salary = services.recurring.create(admin, cid, draft()).value
    services.recurring.create(
        admin, cid, draft(description="Mantención ascensores", account="03.01", amount=250_000,
                          method="equal", table="")
    )  # fmt: skip
    services.recurring.create(admin, cid, draft(description="Jardinero (pausado)", active=False))
    assert services.recurring.pending(admin, cid) == 2
    outcome = services.recurring.propose(admin, cid)
    assert outcome.value == 2 and outcome.changes.touches("expenses")
    assert services.recurring.propose(admin, cid).value == 0  # twice adds nothing
    assert services.recurring.pending(admin, cid) == 0
    rows = services.expenses.list(admin, cid)
    assert [(r.spent_on, r.description, r.confirmed) for r in rows] == [
        (date(2026, 11, 1), "Mantención ascensores", False),
        (date(2026, 11, 1), "Sueldo conserje", False),
    ]
    assert rows[1].recurring_id == salary.id and rows[0].method_label == "Partes iguales"
    totals = services.expenses.totals(admin, cid)
    assert (totals.unconfirmed, totals.unconfirmed_amount) == (2, 900_000)
    entry = services.audit.entries(admin, limit=1)[0]
    assert entry.action == "recurring_expense.propose"
    assert entry.action_label == "Propuso los gastos recurrentes del mes"
    assert "período: 2026-11" in entry.after and "Mantención ascensores" in entry.after
    # edited and confirmed proposals are still «already proposed»
    services.expenses.update(admin, cid, rows[1].id, replace(rows[1].draft(), amount="700.000"))
    assert services.expenses.confirm(admin, cid, [rows[0].id, rows[1].id, rows[0].id]).value == 2
    assert services.expenses.confirm(admin, cid, [rows[0].id]).value == 0
    assert services.recurring.propose(admin, cid).value == 0
    assert services.expenses.totals(admin, cid).unconfirmed == 0
    assert all(r.confirmed for r in services.expenses.list(admin, cid))
    confirms = [e for e in services.audit.entries(admin) if e.action == "expense.confirm"]
    assert len(confirms) == 2


def test_confirm_refuses_an_expense_of_another_community(services, admin, world) -> None:
    other = make_closing_world(services, admin, code="ROBLES")
    services.recurring.create(admin, world.community_id, draft())
    services.recurring.propose(admin, world.community_id)
    expense = services.expenses.list(admin, world.community_id)[0]
    with pytest.raises(NotFound, match="El gasto ya no existe"):
        services.expenses.confirm(admin, other.community_id, [expense.id])


def test_proposing_and_editing_need_the_permission(services, admin, nobody, world) -> None:
    cid = world.community_id
    row = services.recurring.create(admin, cid, draft()).value
    assert_refused(services, lambda: services.recurring.create(nobody, cid, draft()))
    assert_refused(services, lambda: services.recurring.update(nobody, cid, row.id, draft()))
    assert_refused(services, lambda: services.recurring.delete(nobody, cid, row.id))
    assert_refused(services, lambda: services.recurring.propose(nobody, cid))
    assert_refused(services, lambda: services.recurring.list(nobody, cid))
