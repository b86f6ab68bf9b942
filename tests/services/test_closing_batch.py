"""Closing many communities at once with worker processes (services/closing_batch.py)."""

from __future__ import annotations

from datetime import datetime

from kastor_desktop.services.closing_batch import close_many
from tests.closing_world import add_expense, make_closing_world


def test_close_many_with_two_processes_closes_each_whole_and_reports_refusals(services, admin):
    services.ctx.clock = lambda: datetime(2026, 12, 2, 9, 0)
    good = make_closing_world(services, admin, code="ALFA")
    bad = make_closing_world(services, admin, code="BETA")
    add_expense(services, good, 100_000, "Aseo")
    add_expense(services, bad, 100_000, "Aseo")
    services.shares.set_shares(admin, bad.community_id, bad.general, {bad.units["A-101"]: 1})
    jobs = [(good.community_id, 2026, 11), (bad.community_id, 2026, 11)]
    seen = []
    results = close_many(services, admin, jobs, processes=2, progress=lambda d, t: seen.append(d))
    assert [r.community_id for r in results] == [good.community_id, bad.community_id]
    assert results[0].ok and results[0].done.units == 4 and "folios 1 a 4" in results[0].message
    assert not results[1].ok and "General" in results[1].message
    assert seen[-1] == 2
    shown = services.closing.show(admin, good.community_id, 2026, 11)
    assert shown.verified and shown.units[0].folio == 1
    assert (
        services.closing.show(admin, good.community_id, 2026, 11).due_date.isoformat()
        == "2026-12-12"
    )
    assert services.periods.current(admin, bad.community_id).code == "2026-11"


def test_close_many_in_process_stops_when_cancelled(services, admin):
    first = make_closing_world(services, admin, code="ALFA")
    second = make_closing_world(services, admin, code="BETA")
    jobs = [(first.community_id, 2026, 11), (second.community_id, 2026, 11)]
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 1

    results = close_many(services, admin, jobs, processes=1, cancelled=cancelled)
    assert [r.community_id for r in results] == [first.community_id]
    assert services.periods.current(admin, second.community_id).code == "2026-11"
