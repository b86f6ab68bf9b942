"""A hypothesis state machine over payments and closings on a real SQLite office.

Steps: record a payment (any unit, amount, day, method), void one, close the open month (with
an expense), reopen the last closed month, switch the allocation order. After every step:

* each unit's balance equals its charges in force + opening − its valid payments (raw SQL);
* the allocation never gives a debit more than its amount nor a credit more than its amount,
  and the credit left is never negative;
* the statement's running balance ends at the balance, and the aging adds up to it;
* the bulk reader used by the reports agrees with the per-unit account;
* the open month's preview carries exactly the ledger balance as each unit's previous balance
  (payments voided after a notice counted them included).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from sqlalchemy import text

from kastor_desktop.domain.ledger import settle
from kastor_desktop.services.ledger import aging_of_items, open_items, unit_entries
from tests.closing_world import add_expense, make_closing_world

UNITS = ("A-101", "A-102", "B-201", "B-202")


def _machine(make_services, admin):  # type: ignore[no-untyped-def]
    class Ledger(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            self.services = make_services("office", name=f"sm-{id(self)}")
            self.now = datetime(2026, 11, 20, 10, 0)
            self.services.ctx.clock = lambda: self.now
            self.world = make_closing_world(self.services, admin)
            self.cid = self.world.community_id
            self.closed: list[tuple[int, int]] = []
            self.open = (2026, 11)

        def teardown(self) -> None:
            self.services.close()

        # -- steps -------------------------------------------------------------------------
        @rule(
            unit=st.sampled_from(UNITS),
            amount=st.integers(1, 150_000),
            days_back=st.integers(0, 40),
            method=st.sampled_from(["transfer", "cash", "credit_note"]),
        )
        def pay(self, unit: str, amount: int, days_back: int, method: str) -> None:
            on = self.now.date() - timedelta(days=days_back)
            self.services.payments.record(admin, self.cid, unit, amount, on, method)

        @rule(pick=st.integers(0, 10_000))
        def void(self, pick: int) -> None:
            valid = [p for p in self.services.payments.list(admin, self.cid) if not p.voided]
            if valid:
                chosen = valid[pick % len(valid)]
                self.services.payments.void(admin, self.cid, chosen.id, "Error de digitación")

        @rule(amount=st.integers(1, 300_000))
        def close(self, amount: int) -> None:
            add_expense(self.services, self.world, amount, "Gasto del mes")
            year, month = self.open
            following = date(year + month // 12, month % 12 + 1, 1)
            self.now = datetime(following.year, following.month, 1, 9, 0)
            self.services.closing.close(admin, self.cid, year, month)
            self.closed.append(self.open)
            self.open = (following.year, following.month)
            self.now += timedelta(days=5)

        @precondition(lambda self: bool(self.closed))
        @rule()
        def reopen(self) -> None:
            year, month = self.closed.pop()
            self.services.closing.reopen(admin, self.cid, year, month, "Corrección")
            self.open = (year, month)

        @rule(first=st.booleans())
        def allocation_order(self, first: bool) -> None:
            with self.services.ctx.sessions() as session:
                session.execute(
                    text(
                        "INSERT INTO collection_settings (community_id, interest_first,"
                        " agreement_max_instalments, agreement_min_first_micro, block_bookings,"
                        " block_after_days) VALUES (:c, :f, 12, 30000000, 0, 60)"
                        " ON CONFLICT(community_id) DO UPDATE SET interest_first = :f"
                    ),
                    {"c": self.cid, "f": first},
                )
                session.commit()

        # -- invariants --------------------------------------------------------------------
        def _raw_balance(self, unit_id: int) -> int:
            with self.services.ctx.sessions() as session:
                charges = session.scalar(
                    text(
                        "SELECT coalesce(sum(c.amount), 0) FROM charges c JOIN closings k"
                        " ON k.id = c.closing_id WHERE k.status = 'closed' AND c.unit_id = :u"
                    ),
                    {"u": unit_id},
                )
                paid = session.scalar(
                    text(
                        "SELECT coalesce(sum(amount), 0) FROM payments"
                        " WHERE unit_id = :u AND NOT voided"
                    ),
                    {"u": unit_id},
                )
                opening = session.scalar(
                    text(
                        "SELECT coalesce(sum(amount), 0) FROM opening_balances WHERE unit_id = :u"
                    ),
                    {"u": unit_id},
                )
            return charges + opening - paid

        @invariant()
        def accounts_hold(self) -> None:
            today = self.now.date()
            with self.services.ctx.work(admin) as uow:
                bulk = open_items(uow, [self.cid], date(2100, 1, 1))
                for number in UNITS:
                    unit_id = self.world.units[number]
                    entries = unit_entries(uow, self.cid, unit_id)
                    for interest_first in (False, True):
                        s = settle(entries.debits, entries.credits, interest_first)
                        for i, d in enumerate(entries.debits):
                            given = sum(a.amount for a in s.applied if a.debit == i)
                            assert 0 <= given <= d.amount and s.open[i] == d.amount - given
                        for i, c in enumerate(entries.credits):
                            taken = sum(a.amount for a in s.applied if a.credit == i)
                            assert 0 <= taken <= c.amount and s.unused[i] == c.amount - taken
                        assert s.credit >= 0
                        assert s.owed - s.credit == self._raw_balance(unit_id)
                    account = self.services.ledger.account(admin, self.cid, number, today)
                    assert account.balance == self._raw_balance(unit_id)
                    if account.lines:
                        assert account.lines[-1].balance == account.balance
                    assert account.aging.balance == account.balance
                    assert account.aging.credit >= 0
                    if unit_id in bulk:
                        late = aging_of_items(bulk[unit_id], today, account.interest_first)
                        assert late.balance == account.balance

        @invariant()
        def preview_carries_the_ledger(self) -> None:
            view = self.services.closing.preview(admin, self.cid)
            for unit in view.units:
                assert unit.previous_balance == self._raw_balance(unit.unit_id), unit.number

    return Ledger


def test_payments_and_closings_keep_every_account_exact(make_services, admin):
    from hypothesis.stateful import run_state_machine_as_test

    machine = _machine(make_services, admin)
    run_state_machine_as_test(
        machine,
        settings=settings(
            max_examples=12,
            stateful_step_count=10,
            deadline=None,
            suppress_health_check=list(HealthCheck),
        ),
    )
