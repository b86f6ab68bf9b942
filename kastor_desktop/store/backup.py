"""Online backups through SQLite's backup API (never a file copy of an open database)."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path


def online_backup(
    database: Path, backups_dir: Path, reason: str, now: datetime | None = None
) -> Path:
    """Copy ``database`` page by page into ``backups_dir`` and return the new file."""
    backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
    target = backups_dir / f"kastor-{stamp}-{reason}.sqlite3"
    source = sqlite3.connect(database)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    return target
