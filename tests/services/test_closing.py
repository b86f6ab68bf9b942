"""The closing service on a real SQLite file: preview, close, reopen, show, permissions."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from sqlalchemy import func, select, text

from kastor_desktop.domain import permissions
from kastor_desktop.services.errors import PermissionDenied, ValidationFailed
from kastor_desktop.store.models import AuditEntry, OutboxEvent
from kastor_desktop.store.models.closing import Charge, Closing, Notice, Period
from tests.closing_world import add_expense, make_closing_world


@pytest.fixture
def world(services, admin):
    w = make_closing_world(services, admin)
    services.ctx.clock = lambda: datetime(2026, 12, 1, 10, 0)
    return w


def count(services, model, **where) -> int:
    with services.ctx.sessions() as session:
        query = select(func.count()).select_from(model)
        for key, value in where.items():
            query = query.where(getattr(model, key) == value)
        return session.scalar(query)


def test_preview_splits_expenses_and_reserve_to_the_peso(services, admin, world):
    add_expense(services, world, 1_000_001, "Aseo")
    add_expense(services, world, 10, "Ascensor Torre A", table_id=world.torre_a)
    add_expense(services, world, 90_000, "Pintura", nature="extraordinary")
    view = services.closing.preview(admin, world.community_id)
    assert view.ok, view.errors
    assert view.period.code == "2026-11"
    lines = {u.number: u.lines for u in view.units}
    # 1.000.001 by 30/30/20/20: 300.000,3 x2 and 200.000,2 x2; the extra peso to the largest
    # remainder, the first in unit order; plus 10 by «Torre A»: 5 and 5
    assert [lines[n]["ordinary"] for n in ("A-101", "A-102", "B-201", "B-202")] == [
        300_001 + 5,
        300_000 + 5,
        200_000,
        200_000,
    ]
    assert sum(u.lines["ordinary"] for u in view.units) == 1_000_011
    assert sum(u.lines["extraordinary"] for u in view.units) == 90_000
    # reserve: 5 % of ordinary, rounded once: 50.000,55 -> 50.001
    assert view.totals["reserve"] == 50_001
    assert sum(u.total for u in view.units) == view.total == 1_000_011 + 90_000 + 50_001


def test_close_writes_everything_in_one_go_and_opens_the_next_month(services, admin, world):
    add_expense(services, world, 400_000, "Aseo")
    done = services.closing.close(admin, world.community_id, 2026, 11).value
    assert (done.period, done.sequence, done.units) == ("2026-11", 1, 4)
    assert (done.first_folio, done.last_folio, done.next_period) == (1, 4, "2026-12")
    assert count(services, Notice, closing_id=1) == 4
    with services.ctx.sessions() as session:
        charged = session.scalar(select(func.sum(Charge.amount)))
        assert charged == done.month_total == 400_000 + 20_000
        statuses = dict(session.execute(select(Period.month, Period.status)).all())
        assert statuses == {11: "closed", 12: "open"}
        kinds = [k for (k,) in session.execute(select(OutboxEvent.kind))]
        assert kinds.count("notice.issued") == 4
        actions = [a for (a,) in session.execute(select(AuditEntry.action))]
        assert "closing.close" in actions
    shown = services.closing.show(admin, world.community_id, 2026, 11)
    assert shown.closed and shown.verified and shown.sequence == 1
    assert [u.folio for u in shown.units] == [1, 2, 3, 4]
    assert sum(u.total for u in shown.units) == done.total


def test_a_closed_month_cannot_be_closed_again(services, admin, world):
    services.closing.close(admin, world.community_id, 2026, 11)
    with pytest.raises(ValidationFailed, match="ya está cerrado"):
        services.closing.close(admin, world.community_id, 2026, 11)


def test_blocking_error_refuses_the_close_and_writes_nothing(services, admin, world):
    add_expense(services, world, 1_000, "Aseo")
    services.shares.set_shares(
        admin, world.community_id, world.general, {world.units["B-202"]: 10_000_000}
    )
    view = services.closing.preview(admin, world.community_id)
    assert any("no 100 %" in e for e in view.errors)
    with pytest.raises(ValidationFailed) as refused:
        services.closing.close(admin, world.community_id, 2026, 11)
    assert "General" in " ".join(refused.value.errors.values())
    assert count(services, Closing) == 0 and count(services, Charge) == 0
    assert count(services, Notice) == 0


def test_reopen_reverses_as_a_whole_and_close_again_keeps_folios_gap_free(services, admin, world):
    add_expense(services, world, 100_000, "Aseo")
    first = services.closing.close(admin, world.community_id, 2026, 11).value
    services.payments.record(admin, world.community_id, "A-101", 10_000, "05-12-2026")
    with pytest.raises(ValidationFailed, match="motivo"):
        services.closing.reopen(admin, world.community_id, 2026, 11, "")
    row = services.closing.reopen(admin, world.community_id, 2026, 11, "Faltó una factura").value
    assert row.is_open and row.code == "2026-11"
    with services.ctx.sessions() as session:
        assert session.scalar(select(Closing.status)) == "reversed"
        statuses = dict(session.execute(select(Period.month, Period.status)).all())
        assert statuses == {11: "open", 12: "waiting"}
    view = services.closing.preview(admin, world.community_id)
    assert view.period.code == "2026-11"
    assert sum(u.previous_notice_total for u in view.units) == 0  # reversed charges don't count
    payment = {u.number: u.payments_since for u in view.units}
    assert payment["A-101"] == 10_000  # kept its money, shown again on the next notice
    add_expense(services, world, 20_000, "Factura olvidada")
    second = services.closing.close(admin, world.community_id, 2026, 11).value
    assert second.sequence == 2 and (second.first_folio, second.last_folio) == (5, 8)
    with services.ctx.sessions() as session:
        closing = session.scalars(select(Closing).where(Closing.status == "closed")).one()
        assert closing.previous_hash == ""  # chained to the closing in force before it
        folios = sorted(f for (f,) in session.execute(select(Notice.folio)))
        assert folios == list(range(1, 9))
        statuses = dict(session.execute(select(Period.month, Period.status)).all())
        assert statuses == {11: "closed", 12: "open"}
    assert first.hash != second.hash
    shown = services.closing.show(admin, world.community_id, 2026, 11)
    assert shown.verified
    a101 = next(u for u in shown.units if u.number == "A-101")
    assert a101.payments_since == 10_000 and a101.total == a101.month_total - 10_000


def test_only_the_last_closed_month_can_be_reopened(services, admin, world):
    services.closing.close(admin, world.community_id, 2026, 11)
    services.closing.close(admin, world.community_id, 2026, 12)
    with pytest.raises(ValidationFailed, match="último mes cerrado"):
        services.closing.reopen(admin, world.community_id, 2026, 11, "Corrección de enero")
    services.closing.reopen(admin, world.community_id, 2026, 12, "Corrección de diciembre")


def test_second_month_carries_balances_payments_and_chains_hashes(services, admin, world):
    add_expense(services, world, 100_000, "Aseo")
    first = services.closing.close(admin, world.community_id, 2026, 11).value
    services.payments.record(admin, world.community_id, "A-101", 31_500, "05-12-2026")
    add_expense(services, world, 200_000, "Aseo")
    second = services.closing.close(admin, world.community_id, 2026, 12).value
    shown = services.closing.show(admin, world.community_id, 2026, 12)
    a101 = next(u for u in shown.units if u.number == "A-101")
    assert a101.previous_notice_total == 31_500  # 30 % of 105.000
    assert a101.payments_since == 31_500 and a101.previous_balance == 0
    b201 = next(u for u in shown.units if u.number == "B-201")
    assert b201.previous_balance == 21_000
    # due 11-12-2026 (issued 01-12 + 10 days): overdue 12..31 December, 20 of 31 days at 1 %
    assert b201.lines["interest"] == round(21_000 * 0.01 * 20 / 31) == 135
    assert a101.lines["interest"] == 0
    with services.ctx.sessions() as session:
        chain = session.execute(
            select(Closing.sequence, Closing.hash, Closing.previous_hash).order_by(Closing.sequence)
        ).all()
    assert chain[1][2] == chain[0][1] == first.hash and chain[1][1] == second.hash


def test_interest_on_overdue_debt_is_charged(services, admin, world):
    services.balances.set(admin, world.community_id, world.units["B-202"], "100.000", "01-10-2026")
    view = services.closing.preview(admin, world.community_id)
    b202 = next(u for u in view.units if u.number == "B-202")
    assert b202.previous_balance == 100_000
    assert b202.lines["interest"] == 1_000  # 1 % of 100.000 for the whole of November
    assert all(u.lines["interest"] == 0 for u in view.units if u.number != "B-202")


def test_tampered_lines_fail_verification(services, admin, world):
    add_expense(services, world, 100_000, "Aseo")
    services.closing.close(admin, world.community_id, 2026, 11)
    with services.ctx.sessions() as session:
        session.execute(text("UPDATE charges SET amount = amount + 1 WHERE id = 1"))
        session.commit()
    assert services.closing.show(admin, world.community_id, 2026, 11).verified is False


def test_close_and_reopen_need_their_permissions(services, admin, nobody, world):
    role = services.roles.create(
        admin,
        "Digitador",
        permissions.COMMUNITY,
        ["communities.view", "expenses.manage"],
        [world.community_id],
    ).value.id
    services.users.update(admin, nobody.user_id, nobody.full_name, "", [role])
    user = nobody
    with pytest.raises(PermissionDenied):
        services.closing.close(user, world.community_id, 2026, 11)
    services.closing.close(admin, world.community_id, 2026, 11)
    with pytest.raises(PermissionDenied):
        services.closing.reopen(user, world.community_id, 2026, 11, "Motivo suficiente")
    view = services.closing.show(user, world.community_id, 2026, 11)
    assert view.closed


def test_notices_data_is_frozen_at_close(services, admin, world):
    add_expense(services, world, 100_000, "Aseo")
    services.closing.close(admin, world.community_id, 2026, 11)
    with services.ctx.sessions() as session:
        data = json.loads(session.scalar(select(Notice.data).where(Notice.folio == 1)))
    assert data["number"] == "A-101" and data["owner_name"] == "Ana Rojas"
    assert data["payment_reference"] == "AROMOS-A101"
    assert data["total"] == sum(data["lines"].values()) + data["previous_balance"]


def test_a_debt_is_carried_once_month_after_month(services, admin, world):
    """The previous balance is shown on the notice, never charged again (it is in the ledger)."""
    b202 = world.units["B-202"]
    services.balances.set(admin, world.community_id, b202, "100.000", "01-10-2026")
    services.closing_settings.update(admin, world.community_id, _no_interest())
    add_expense(services, world, 100_000, "Aseo")
    services.closing.close(admin, world.community_id, 2026, 11)
    with services.ctx.sessions() as session:
        concepts = {c for (c,) in session.execute(select(Charge.concept))}
        assert "previous_balance" not in concepts
    services.payments.record(admin, world.community_id, "B-202", 121_000, "05-12-2026")
    add_expense(services, world, 100_000, "Aseo")
    services.closing.close(admin, world.community_id, 2026, 12)
    december = next(
        u
        for u in services.closing.show(admin, world.community_id, 2026, 12).units
        if u.number == "B-202"
    )
    # November's notice: 100.000 owed + 21.000 of the month; paid 121.000 in full
    assert december.previous_notice_total == 121_000
    assert december.payments_since == 121_000 and december.previous_balance == 0
    assert december.total == december.month_total == 21_000
    view = services.closing.preview(admin, world.community_id)
    january = next(u for u in view.units if u.number == "B-202")
    assert january.previous_notice_total == 21_000 and january.previous_balance == 21_000


def _no_interest():
    from kastor_desktop.services.closing_settings import ClosingSettingsDraft

    return ClosingSettingsDraft(interest_rate="0")
