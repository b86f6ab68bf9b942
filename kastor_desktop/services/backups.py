"""Backups of the whole database on demand (SQLite online backup API)."""

from __future__ import annotations

from pathlib import Path

from kastor_desktop.services.context import Actor, Changes, Outcome
from kastor_desktop.services.unit_of_work import ServiceContext
from kastor_desktop.store.backup import online_backup


class BackupService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def backup_now(self, actor: Actor) -> Outcome[Path]:
        with self.ctx.work(actor) as uow:
            uow.require("backups.manage")
            target = online_backup(self.ctx.paths.database, self.ctx.paths.backups, "manual")
            uow.audit("backup.create", "database", "", None, {"file": target.name})
            uow.commit()
        return Outcome(target, Changes.of())

    def list(self) -> list[Path]:
        return sorted(self.ctx.paths.backups.glob("*.sqlite3"), reverse=True)
