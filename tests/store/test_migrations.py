"""The models and the Alembic migrations agree; history is linear; upgrades keep data safe."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, text

from kastor_desktop.store import migrate
from kastor_desktop.store.engine import BUSY_TIMEOUT_MS, make_engine
from kastor_desktop.store.models import Base, load_all
from tests.factories import make_community_draft, table_counts

load_all()  # the master-data models load lazily; the schema checks need every table


def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(migrate.alembic_config(Path("unused.sqlite3")))


def _differences(database: Path) -> list[object]:
    engine = create_engine(f"sqlite:///{database}")
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            return list(compare_metadata(context, Base.metadata))
    finally:
        engine.dispose()


def _tables(database: Path) -> set[str]:
    conn = sqlite3.connect(database)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()


def _previous(revision: str) -> str:
    """The revision just before ``revision`` ("base" while there is only one)."""
    down = _script().get_revision(revision).down_revision
    assert not isinstance(down, tuple | list)
    return down or "base"


@pytest.fixture
def fresh_db(tmp_path: Path) -> Path:
    return tmp_path / "kastor.sqlite3"


def test_upgrade_from_empty_reaches_head_without_a_backup(fresh_db: Path, tmp_path: Path) -> None:
    assert migrate.upgrade(fresh_db, tmp_path / "backups") is None
    assert migrate.current_revision(fresh_db) == migrate.HEAD_REVISION
    assert {
        "office",
        "users",
        "roles",
        "communities",
        "contacts",
        "audit_log",
        "outbox",
    } <= _tables(fresh_db)
    assert not (tmp_path / "backups").exists() or not any((tmp_path / "backups").iterdir())


def test_models_and_migrations_agree(fresh_db: Path, tmp_path: Path) -> None:
    migrate.upgrade(fresh_db, tmp_path / "backups")
    assert _differences(fresh_db) == []


def test_history_is_linear_and_head_matches_the_code() -> None:
    script = _script()
    assert script.get_heads() == [migrate.HEAD_REVISION]
    assert script.get_current_head() == migrate.HEAD_REVISION
    revisions = list(script.walk_revisions())
    assert revisions, "no migration scripts found"
    for revision in revisions:
        assert not isinstance(revision.down_revision, tuple | list), (
            f"{revision.revision} merges branches"
        )
    assert sum(1 for r in revisions if r.down_revision is None) == 1


def test_an_up_to_date_database_is_not_touched(services) -> None:
    before = sorted(services.paths.backups.iterdir())
    assert migrate.upgrade(services.paths.database, services.paths.backups) is None
    assert sorted(services.paths.backups.iterdir()) == before


def test_downgrade_and_upgrade_round_trip_on_a_database_holding_data(services, admin) -> None:
    services.communities.create(admin, make_community_draft(code="RONDA"))
    database = services.paths.database
    services.close()
    counts = table_counts(database)
    assert counts["office"] == 1 and counts["communities"] == 1 and counts["audit_log"] >= 3

    previous = _previous(migrate.HEAD_REVISION)
    migrate.downgrade(database, previous)
    assert migrate.current_revision(database) == (None if previous == "base" else previous)
    migrate.upgrade(database, services.paths.backups)

    assert migrate.current_revision(database) == migrate.HEAD_REVISION
    assert _differences(database) == []
    if previous == "base":  # the first revision creates every table: nothing to survive
        assert all(n == 0 for n in table_counts(database).values())
    else:  # data written before the newest revision survives its downgrade and upgrade
        assert table_counts(database) == counts


def test_downgrade_to_base_removes_every_table(fresh_db: Path, tmp_path: Path) -> None:
    migrate.upgrade(fresh_db, tmp_path / "backups")
    migrate.downgrade(fresh_db, "base")
    assert _tables(fresh_db) <= {"alembic_version"}
    assert migrate.current_revision(fresh_db) is None


def test_start_up_upgrade_takes_an_online_backup_of_an_older_database(
    fresh_db: Path, tmp_path: Path
) -> None:
    backups = tmp_path / "backups"
    migrate.upgrade(fresh_db, backups)
    previous = _previous(migrate.HEAD_REVISION)
    migrate.downgrade(fresh_db, previous)
    conn = sqlite3.connect(fresh_db)
    conn.execute("CREATE TABLE note_before (text TEXT)")
    conn.execute("INSERT INTO note_before VALUES ('estado anterior')")
    conn.commit()
    conn.close()

    backup = migrate.upgrade(fresh_db, backups)

    assert backup is not None and backup.parent == backups and backup.exists()
    assert "antes-de-migrar" in backup.name
    copy = sqlite3.connect(backup)
    try:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert copy.execute("SELECT text FROM note_before").fetchall() == [("estado anterior",)]
        if previous == "base":
            assert "office" not in {r[0] for r in copy.execute("SELECT name FROM sqlite_master")}
    finally:
        copy.close()
    assert migrate.current_revision(fresh_db) == migrate.HEAD_REVISION


def test_0005_cuts_the_fingerprints_of_earlier_imports_to_what_the_importer_now_writes(
    services, admin
) -> None:
    from tests.payments_world import make_payments_world

    world = make_payments_world(services, admin)
    cid = world.community_id
    for amount in (5_000, 6_000, 7_000):
        services.payments.record(admin, cid, "A-101", amount, "14-01-2027")
    database = services.paths.database
    services.close()
    migrate.downgrade(database, "0004_collection")
    full = "ab" * 32  # a 0004 fingerprint: the whole SHA-256 in hex
    conn = sqlite3.connect(database)
    conn.executemany(
        "UPDATE payments SET fingerprint = ? WHERE amount = ?",
        [(full, 5_000), ("c" * 32, 7_000)],
    )
    conn.commit()
    conn.close()

    migrate.upgrade(database, services.paths.backups)

    conn = sqlite3.connect(database)
    try:
        stored = conn.execute(
            "SELECT amount, fingerprint FROM payments WHERE amount IN (5000, 6000, 7000)"
            " ORDER BY amount"
        ).fetchall()
    finally:
        conn.close()
    assert stored == [(5_000, full[:32]), (6_000, None), (7_000, "c" * 32)]


def test_audit_log_refuses_update_and_delete(services, admin) -> None:
    services.communities.create(admin, make_community_draft())
    conn = sqlite3.connect(services.paths.database)
    try:
        count = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
        assert count >= 3
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            conn.execute("UPDATE audit_log SET username = 'otro'")
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            conn.execute("DELETE FROM audit_log")
        conn.rollback()
        assert conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] == count
        assert (
            conn.execute("SELECT count(*) FROM audit_log WHERE username = 'otro'").fetchone()[0]
            == 0
        )
    finally:
        conn.close()


def test_engine_connections_use_wal_foreign_keys_and_a_busy_timeout(
    fresh_db: Path, tmp_path: Path
) -> None:
    migrate.upgrade(fresh_db, tmp_path / "backups")
    engine = make_engine(fresh_db)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert conn.execute(text("PRAGMA busy_timeout")).scalar() == BUSY_TIMEOUT_MS
            with pytest.raises(Exception, match="FOREIGN KEY"):
                conn.execute(text("INSERT INTO user_roles (user_id, role_id) VALUES (999, 999)"))
    finally:
        engine.dispose()
