from __future__ import annotations

import sqlite3

from tests.factories import assert_refused, make_community_draft


def test_backup_now_is_a_readable_copy_and_is_audited(services, admin) -> None:
    services.communities.create(admin, make_community_draft(code="RESPALDO"))
    outcome = services.backups.backup_now(admin)
    target = outcome.value
    assert target.parent == services.paths.backups and target.suffix == ".sqlite3"
    conn = sqlite3.connect(target)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT code FROM communities").fetchall() == [("RESPALDO",)]
    finally:
        conn.close()
    assert services.backups.list() == [target]
    entry = services.audit.entries(admin, limit=1)[0]
    assert entry.action == "backup.create" and target.name in entry.after


def test_backups_need_permission(services, nobody) -> None:
    assert_refused(services, lambda: services.backups.backup_now(nobody))
    assert services.backups.list() == []
