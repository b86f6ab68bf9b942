"""Start-up migration: online backup first, then ``alembic upgrade head``.

Alembic is imported only when the database is not already at HEAD_REVISION, so a normal start
pays nothing for it. A test checks HEAD_REVISION against the scripts in migrations/versions.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kastor_desktop.paths import migrations_dir
from kastor_desktop.store.backup import online_backup

HEAD_REVISION = "0005_short_fingerprints"


class MigrationError(RuntimeError):
    pass


def current_revision(database: Path) -> str | None:
    if not database.exists():
        return None
    conn = sqlite3.connect(database)
    try:
        row = conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if row is None:
            return None
        version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return version[0] if version else None
    finally:
        conn.close()


def alembic_config(database: Path):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.set_main_option("sqlalchemy.url", f"sqlite:///{database}")
    return config


def upgrade(database: Path, backups_dir: Path, revision: str = "head") -> Path | None:
    """Bring ``database`` to ``revision``; returns the backup taken (None for a new file)."""
    if revision == "head" and current_revision(database) == HEAD_REVISION:
        return None
    backup = None
    if database.exists() and database.stat().st_size > 0:
        backup = online_backup(database, backups_dir, "antes-de-migrar")
    from alembic import command

    command.upgrade(alembic_config(database), revision)
    _check_foreign_keys(database)
    return backup


def downgrade(database: Path, revision: str) -> None:
    from alembic import command

    command.downgrade(alembic_config(database), revision)


def _check_foreign_keys(database: Path) -> None:
    conn = sqlite3.connect(database)
    try:
        problems = conn.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        conn.close()
    if problems:
        raise MigrationError(f"La migración dejó referencias rotas: {problems[:5]}")
