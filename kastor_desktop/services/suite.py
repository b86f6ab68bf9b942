"""All services of one open office, built once by the composition root (app.py / cli.py)."""

from __future__ import annotations

from pathlib import Path

from kastor_desktop.paths import DataPaths
from kastor_desktop.services.audit import AuditService
from kastor_desktop.services.auth import AuthService
from kastor_desktop.services.backups import BackupService
from kastor_desktop.services.communities import CommunityService
from kastor_desktop.services.contacts import ContactService
from kastor_desktop.services.office import OfficeService
from kastor_desktop.services.roles import RoleService
from kastor_desktop.services.unit_of_work import Clock, ServiceContext, utc_now
from kastor_desktop.services.users import UserService
from kastor_desktop.store.engine import make_engine
from kastor_desktop.store.migrate import upgrade


class Services:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.auth = AuthService(ctx)
        self.office = OfficeService(ctx)
        self.communities = CommunityService(ctx)
        self.contacts = ContactService(ctx)
        self.roles = RoleService(ctx)
        self.users = UserService(ctx)
        self.audit = AuditService(ctx)
        self.backups = BackupService(ctx)

    @property
    def paths(self) -> DataPaths:
        return self.ctx.paths

    def outbox_pending(self) -> int:
        """Events waiting to be sent to the co-owner portal (shown in the status bar)."""
        from sqlalchemy import func, select

        from kastor_desktop.store.models import OutboxEvent

        with self.ctx.read() as session:
            return int(
                session.scalar(select(func.count()).where(OutboxEvent.status == "pending")) or 0
            )

    def close(self) -> None:
        self.ctx.engine.dispose()


def open_office(data_dir: Path, clock: Clock = utc_now) -> Services:
    """Create the data folders, migrate the database (backup first) and build the services."""
    paths = DataPaths(Path(data_dir)).ensure()
    upgrade(paths.database, paths.backups)
    return Services(ServiceContext(make_engine(paths.database), paths, clock))
