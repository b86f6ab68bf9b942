"""Where things live on disk: the per-user data directory and the shipped resources."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "KastorDesktop"
APP_AUTHOR = "Kastor"


def project_root() -> Path:
    """Folder holding resources/ and migrations/ (the checkout, or the frozen bundle)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return project_root() / "resources"


def migrations_dir() -> Path:
    return project_root() / "migrations"


def default_data_dir() -> Path:
    override = os.environ.get("KASTOR_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, APP_AUTHOR))


@dataclass(frozen=True)
class DataPaths:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / "kastor.sqlite3"

    @property
    def attachments(self) -> Path:
        return self.root / "attachments"

    @property
    def documents(self) -> Path:
        return self.root / "documents"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    def ensure(self) -> DataPaths:
        for folder in (self.root, self.attachments, self.documents, self.backups, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
        return self

    def attachment(self, relative: str | None) -> Path | None:
        return self.attachments / relative if relative else None
