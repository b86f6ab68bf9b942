"""A kill -9 at any moment of a close leaves the database fully closed or untouched.

A real subprocess opens the office and closes a month of a 3,000-unit community; the test kills
it after a range of delays (from before the transaction starts to after it commits) and then
checks the database: integrity ok, and either no trace of the closing or all of it.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from tests.closing_world import make_closing_world

UNITS = 3_000
EXPENSES = 60

SCRIPT = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from kastor_desktop.services.context import Actor
    from kastor_desktop.services.suite import open_office

    services = open_office(Path(sys.argv[1]))
    services.closing  # import everything before saying ready
    print("ready", flush=True)
    services.closing.close(Actor(1, "admin", "Admin"), int(sys.argv[2]), 2026, 11)
    print("done", flush=True)
    """
)


def _big_month(services, admin) -> int:
    world = make_closing_world(services, admin)
    cid = world.community_id
    db = sqlite3.connect(services.paths.database)
    with db:
        db.executemany(
            "INSERT INTO units (community_id, number, kind, tower, floor, notes, active)"
            " VALUES (?, ?, 'apartment', '', '', '', 1)",
            [(cid, f"X-{i:04d}") for i in range(UNITS)],
        )
        db.execute("DELETE FROM unit_shares")
        ids = [r[0] for r in db.execute("SELECT id FROM units WHERE community_id = ?", (cid,))]
        base, extra = divmod(100_000_000, len(ids))
        db.executemany(
            "INSERT INTO unit_shares (table_id, unit_id, micro) VALUES (?, ?, ?)",
            [(world.general, u, base + (1 if i < extra else 0)) for i, u in enumerate(ids)],
        )
        account = db.execute(
            "SELECT id FROM expense_accounts WHERE community_id = ? AND kind != 'surcharge'",
            (cid,),
        ).fetchone()[0]
        period = db.execute("SELECT id FROM periods WHERE community_id = ?", (cid,)).fetchone()[0]
        db.executemany(
            "INSERT INTO expenses (period_id, spent_on, account_id, document_type,"
            " document_number, description, amount, method, table_id, unit_ids, service,"
            " nature, confirmed) VALUES (?, '2026-11-05', ?, '', '', ?, ?, 'table', ?, '', '',"
            " 'ordinary', 1)",
            [
                (period, account, f"Gasto {i}", 1_000_000 + i, world.general)
                for i in range(EXPENSES)
            ],
        )
    db.close()
    return cid


def _state(database: Path) -> dict[str, object]:
    db = sqlite3.connect(database)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        counts = {
            table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
            for table in ("closings", "charges", "notices", "outbox")
        }
        periods = dict(db.execute("SELECT month, status FROM periods").fetchall())
        audits = db.execute(
            "SELECT count(*) FROM audit_log WHERE action = 'closing.close'"
        ).fetchone()[0]
        return {**counts, "periods": periods, "audit": audits}
    finally:
        db.close()


def test_kill_at_any_moment_leaves_all_or_nothing(services, admin, tmp_path):
    cid = _big_month(services, admin)
    database = services.paths.database
    services.close()
    pristine = tmp_path / "pristine.db"
    source = sqlite3.connect(database)
    target = sqlite3.connect(pristine)
    source.backup(target)
    source.close()
    target.close()
    before = _state(database)
    outcomes = set()
    for delay in (0.0, 0.05, 0.12, 0.2, 0.3, 0.5, 0.8, 3.0):
        restore = sqlite3.connect(database)
        restore_source = sqlite3.connect(pristine)
        restore_source.backup(restore)
        restore_source.close()
        restore.close()
        process = subprocess.Popen(
            [sys.executable, "-c", SCRIPT, str(services.paths.root), str(cid)],
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        )
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "ready"
        time.sleep(delay)
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
        after = _state(database)
        if after["closings"] == 0:
            assert after == before, f"partial state after {delay}s: {after}"
            outcomes.add("untouched")
        else:
            assert after["closings"] == 1 and after["audit"] == 1
            assert after["notices"] == UNITS + 4
            assert after["charges"] >= UNITS + 4
            assert after["outbox"] == before["outbox"] + UNITS + 4
            assert after["periods"] == {11: "closed", 12: "open"}
            outcomes.add("closed")
    assert outcomes == {"untouched", "closed"}
