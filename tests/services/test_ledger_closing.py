"""The ledger and the closing agree when payments are voided around notices."""

from __future__ import annotations

from datetime import datetime

from tests.closing_world import add_expense
from tests.payments_world import make_payments_world


def test_a_payment_voided_after_its_notice_shows_as_a_reversal_in_the_next(services, admin):
    world = make_payments_world(services, admin)
    cid = world.community_id
    december = services.closing.show(admin, cid, 2026, 12)
    a101 = next(u for u in december.units if u.number == "A-101")
    assert a101.payments_since == 31_500  # the notice of December counted the payment
    paid = next(p for p in services.payments.list(admin, cid) if p.unit_number == "A-101")
    services.payments.void(admin, cid, paid.id, "Transferencia rechazada por el banco")
    january = next(u for u in services.closing.preview(admin, cid).units if u.number == "A-101")
    assert january.previous_notice_total == a101.total  # what December's notice printed
    assert january.payments_since == -31_500  # the reversal, since the last notice
    assert january.previous_balance == a101.total + 31_500
    assert services.ledger.account(admin, cid, "A-101").balance == january.previous_balance
    add_expense(services, world, 10_000, "Aseo")
    services.ctx.clock = lambda: datetime(2027, 2, 1, 9, 0)
    services.closing.close(admin, cid, 2027, 1)
    february = next(u for u in services.closing.preview(admin, cid).units if u.number == "A-101")
    assert february.payments_since == 0  # January's notice showed the reversal
    assert february.previous_balance == services.ledger.account(admin, cid, "A-101").balance


def test_a_payment_voided_before_any_notice_never_shows(services, admin):
    world = make_payments_world(services, admin)
    cid = world.community_id
    before = next(u for u in services.closing.preview(admin, cid).units if u.number == "B-201")
    payment = services.payments.record(admin, cid, "B-201", 5_000, "14-01-2027").value
    services.payments.void(admin, cid, payment.id, "Monto equivocado")
    after = next(u for u in services.closing.preview(admin, cid).units if u.number == "B-201")
    assert after.payments_since == before.payments_since == 0
    assert after.previous_balance == before.previous_balance


def test_a_receipt_recorded_before_receipts_were_frozen_still_says_what_it_paid(services, admin):
    from sqlalchemy import text

    world = make_payments_world(services, admin)
    cid = world.community_id
    paid = next(p for p in services.payments.list(admin, cid) if p.unit_number == "A-101")
    with services.ctx.sessions() as session:
        session.execute(text("UPDATE payments SET receipt = '' WHERE id = :i"), {"i": paid.id})
        session.commit()
    receipt = services.payments.receipt(admin, cid, paid.id)
    assert sum(amount for _label, _due, amount in receipt.applied) == 31_500
    assert receipt.applied[0][0] == "Gastos comunes ordinarios, noviembre 2026"
