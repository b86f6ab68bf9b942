"""The closing world with two closed months and some payments: unit accounts with history.

AROMOS after ``make_payments_world``: November 2026 closed (expenses 100.000 «Aseo»; notices
issued 01-12-2026, due 11-12-2026) and December 2026 closed (200.000; issued 01-01-2027, due
11-01-2027). The clock stands at 2027-01-15 10:00. A-101 paid November in full on 05-12-2026;
nobody else paid. January 2027 is open.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tests.closing_world import World, add_expense, make_closing_world


def make_payments_world(services: Any, actor: Any, code: str = "AROMOS") -> World:
    world = make_closing_world(services, actor, code=code)
    services.ctx.clock = lambda: datetime(2026, 12, 1, 10, 0)
    add_expense(services, world, 100_000, "Aseo")
    services.closing.close(actor, world.community_id, 2026, 11)
    services.ctx.clock = lambda: datetime(2026, 12, 6, 10, 0)
    services.payments.record(actor, world.community_id, "A-101", 31_500, "05-12-2026")
    services.ctx.clock = lambda: datetime(2027, 1, 1, 10, 0)
    add_expense(services, world, 200_000, "Aseo")
    services.closing.close(actor, world.community_id, 2026, 12)
    services.ctx.clock = lambda: datetime(2027, 1, 15, 10, 0)
    return world
