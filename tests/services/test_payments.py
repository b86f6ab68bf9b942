"""Payments through the real services: allocation (partial, excess as credit used by the next
closing, interest first or principal first), voiding and re-allocation, receipts numbered
without gaps, audit and outbox rows, permissions.

The world (tests/payments_world.py): AROMOS with November and December 2026 closed; A-101 paid
November; A-102 owes November (30.000 + 1.500 reserve, due 11-12-2026) and December (60.000 +
3.000 reserve + 203 interest, due 11-01-2027). Today is 15-01-2027.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime

import pytest

from kastor_desktop.domain import permissions
from kastor_desktop.domain.ledger import settle
from kastor_desktop.services.errors import NotFound, PermissionDenied, ValidationFailed
from kastor_desktop.services.ledger import unit_entries
from kastor_desktop.store.models.collection import CollectionSettings
from tests.closing_world import add_expense
from tests.factories import assert_refused, outbox_rows
from tests.payments_world import make_payments_world

NOV_ORDINARY = "Gastos comunes ordinarios, noviembre 2026"
NOV_RESERVE = "Fondo de reserva, noviembre 2026"
DEC_ORDINARY = "Gastos comunes ordinarios, diciembre 2026"
DEC_INTEREST = "Intereses por mora, diciembre 2026"


@pytest.fixture
def world(services, admin):
    return make_payments_world(services, admin)


def _applied(services, admin, cid, payment_id):
    receipt = services.payments.receipt(admin, cid, payment_id)
    return [(label, amount) for label, _due, amount in receipt.applied], receipt


def _rows(services, sql, *params):
    conn = sqlite3.connect(services.paths.database)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def _interest_first(services, cid, value: bool) -> None:
    with services.ctx.sessions() as session:
        settings = session.get(CollectionSettings, cid)
        if settings is None:
            settings = CollectionSettings(community_id=cid)
            session.add(settings)
        settings.interest_first = value
        session.commit()


def test_a_partial_payment_settles_the_oldest_charges_first(services, admin, world):
    cid = world.community_id
    row = services.payments.record(admin, cid, "A-102", 35_000, "14-01-2027", "deposit").value
    applied, receipt = _applied(services, admin, cid, row.id)
    assert applied == [(NOV_ORDINARY, 30_000), (NOV_RESERVE, 1_500), (DEC_ORDINARY, 3_500)]
    assert receipt.credit_left == 0 and receipt.balance_after == 94_703 - 35_000
    assert receipt.method_label == "Depósito" and receipt.unit_number == "A-102"
    account = services.ledger.account(admin, cid, "A-102")
    assert account.balance == 59_703
    assert account.aging.d31_60 == 0  # November is paid; what is left is December's
    assert account.aging.d0_30 == 59_703


def test_an_excess_stays_as_credit_and_pays_the_next_closing(services, admin, world):
    cid = world.community_id
    row = services.payments.record(admin, cid, "B-201", 100_000, "14-01-2027").value
    applied, receipt = _applied(services, admin, cid, row.id)
    assert sum(a for _, a in applied) == 63_135
    assert receipt.credit_left == 36_865 and receipt.balance_after == -36_865
    credits = services.payment_documents.credits(admin, cid)
    assert [(c.unit_number, c.credit) for c in credits] == [("B-201", 36_865)]
    add_expense(services, world, 100_000, "Aseo")  # B-201: 20 % = 20.000 + 1.000 reserve
    services.ctx.clock = lambda: datetime(2027, 2, 1, 10, 0)
    services.closing.close(admin, cid, 2027, 1)
    account = services.ledger.account(admin, cid, "B-201")
    assert account.aging.owed == 0 and account.aging.credit == 36_865 - 21_000
    january = next(
        u for u in services.closing.show(admin, cid, 2027, 1).units if u.number == "B-201"
    )
    assert january.total == -(36_865 - 21_000)  # the notice shows the credit left
    entries = unit_entries_of(services, world, "B-201")
    settlement = settle(entries.debits, entries.credits)
    assert settlement.owed == 0  # January's charges were settled by the earlier credit
    assert services.payment_documents.credits(admin, cid)[0].credit == 15_865


def unit_entries_of(services, world, number):
    with services.ctx.work(None) as uow:
        return unit_entries(uow, world.community_id, world.units[number])


@pytest.mark.parametrize(
    ("interest_first", "expected"),
    [
        (False, [(NOV_ORDINARY, 1_000)]),
        (True, [(DEC_INTEREST, 203), (NOV_ORDINARY, 797)]),
    ],
)
def test_interest_first_or_principal_first_as_the_community_chooses(
    services, admin, world, interest_first, expected
):
    cid = world.community_id
    _interest_first(services, cid, interest_first)
    row = services.payments.record(admin, cid, "A-102", 1_000, "14-01-2027").value
    applied, receipt = _applied(services, admin, cid, row.id)
    assert applied == expected
    account = services.ledger.account(admin, cid, "A-102")
    assert account.interest_first is interest_first and account.balance == 93_703


def test_voiding_re_allocates_the_other_payments(services, admin, world):
    cid = world.community_id
    first = services.payments.record(admin, cid, "A-102", 31_500, "12-01-2027").value
    second = services.payments.record(admin, cid, "A-102", 10_000, "13-01-2027").value
    assert _applied(services, admin, cid, second.id)[0] == [(DEC_ORDINARY, 10_000)]
    voided = services.payments.void(admin, cid, first.id, "Transferencia devuelta por el banco")
    assert voided.value.voided and voided.value.void_reason.startswith("Transferencia")
    assert voided.changes.touches("payments") and voided.changes.touches("ledger")
    entries = unit_entries_of(services, world, "A-102")
    settlement = settle(entries.debits, entries.credits)
    index = next(i for i, c in enumerate(entries.credits) if c.ref == second.id)
    now_paid = [(entries.debits[a.debit].label, a.amount) for a in settlement.paid_by(index)]
    assert now_paid == [(NOV_ORDINARY, 10_000)]  # moved to the oldest debt
    account = services.ledger.account(admin, cid, "A-102")
    assert account.balance == 94_703 - 10_000
    assert [line.kind for line in account.lines].count("void") == 1
    # the printed receipt keeps what it said when the payment was recorded
    assert _applied(services, admin, cid, second.id)[0] == [(DEC_ORDINARY, 10_000)]
    listed = {p.receipt_number: p.voided for p in services.payments.list(admin, cid)}
    assert listed == {1: False, 2: True, 3: False}  # never deleted
    valid = services.payments.list(admin, cid, include_voided=False)
    assert [p.receipt_number for p in valid] == [1, 3]


def test_voiding_twice_or_without_a_reason_is_refused(services, admin, world):
    cid = world.community_id
    row = services.payments.record(admin, cid, "A-102", 5_000, "14-01-2027").value
    with pytest.raises(ValidationFailed) as missing:
        services.payments.void(admin, cid, row.id, "   ")
    assert "motivo" in missing.value.errors["reason"]
    services.payments.void(admin, cid, row.id, "Digitado dos veces")
    audits = len(_rows(services, "SELECT id FROM audit_log"))
    with pytest.raises(ValidationFailed) as twice:
        services.payments.void(admin, cid, row.id, "Otra vez")
    assert "ya está anulado" in twice.value.errors["payment"]
    assert len(_rows(services, "SELECT id FROM audit_log")) == audits
    reason = _rows(services, "SELECT void_reason FROM payments WHERE id = ?", row.id)
    assert reason == [("Digitado dos veces",)]
    with pytest.raises(NotFound):
        services.payments.void(admin, cid, 9_999, "No existe")


def test_receipts_are_numbered_without_gaps(services, admin, world):
    cid = world.community_id
    numbers = [services.payments.record(admin, cid, "B-202", 1_000, "13-01-2027").value]
    with pytest.raises(ValidationFailed) as bad:
        services.payments.record(admin, cid, "Z-999", 0, "31-02-2027", "bitcoin")
    assert set(bad.value.errors) >= {"unit", "amount", "paid_on", "method"}
    services.payments.void(admin, cid, numbers[0].id, "Error de digitación")
    numbers.append(services.payments.record(admin, cid, "B-202", 2_000, "14-01-2027").value)
    numbers.append(services.payments.record(admin, cid, "A-101", 3_000, "14-01-2027").value)
    assert [r.receipt_number for r in numbers] == [2, 3, 4]  # 1 is A-101's of the world
    stored = [n for (n,) in _rows(services, "SELECT receipt_number FROM payments ORDER BY 1")]
    assert stored == [1, 2, 3, 4]


def test_a_refused_payment_saves_nothing(services, admin, world):
    cid = world.community_id
    before = _rows(services, "SELECT count(*) FROM payments")
    outbox = len(outbox_rows(services))
    with pytest.raises(ValidationFailed) as error:
        services.payments.record(admin, cid, "A-102", "12,5", "14-01-2027")
    assert "sin decimales" in error.value.errors["amount"]
    assert _rows(services, "SELECT count(*) FROM payments") == before
    assert len(outbox_rows(services)) == outbox


def test_recording_and_voiding_write_audit_and_outbox_rows(services, admin, world):
    cid = world.community_id
    row = services.payments.record(
        admin, cid, "A-102", 12_345, date(2027, 1, 14), "cash", "Caja 3"
    ).value
    services.payments.void(admin, cid, row.id, "Billete falso")
    audit = _rows(
        services,
        "SELECT action, entity, entity_id, community_id, after FROM audit_log "
        "WHERE entity = 'payment' ORDER BY id",
    )
    assert [(a, e, i, c) for a, e, i, c, _ in audit[-2:]] == [
        ("payment.record", "payment", str(row.id), cid),
        ("payment.void", "payment", str(row.id), cid),
    ]
    recorded = json.loads(audit[-2][4])
    assert recorded["amount"] == 12_345 and recorded["receipt"] == row.receipt_number
    assert json.loads(audit[-1][4])["reason"] == "Billete falso"
    events = outbox_rows(services)
    assert events[-2] == (
        "payments.recorded",
        {"community": "AROMOS", "unit": "A-102", "payments": [
            {"amount": 12_345, "method": "cash", "paid_on": "2027-01-14",
             "receipt": row.receipt_number}]},
    )  # fmt: skip
    assert events[-1] == (
        "payment.voided",
        {"community": "AROMOS", "receipt": row.receipt_number, "unit": "A-102"},
    )


def test_recording_and_voiding_need_their_permissions(services, admin, nobody, world):
    cid = world.community_id
    assert_refused(
        services, lambda: services.payments.record(nobody, cid, "A-102", 1_000, "14-01-2027")
    )
    role = services.roles.create(
        admin, "Cajero", permissions.COMMUNITY, ["communities.view", "payments.record"], [cid]
    ).value.id
    services.users.update(admin, nobody.user_id, nobody.full_name, "", [role])
    row = services.payments.record(nobody, cid, "A-102", 1_000, "14-01-2027").value
    assert row.receipt_number == 2
    with pytest.raises(PermissionDenied) as denied:
        services.payments.void(nobody, cid, row.id, "Me equivoqué")
    assert "anular pagos" in denied.value.message
    assert not services.payments.list(nobody, cid, unit_number="A-102")[0].voided
    services.roles.update(
        admin, role, "Cajero", ["communities.view", "payments.record", "payments.void"], [cid]
    )
    assert services.payments.void(nobody, cid, row.id, "Me equivoqué").value.voided
