"""The unit of work every service call runs in, and the shared services context."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from kastor_desktop.domain.permissions import BY_CODE
from kastor_desktop.paths import DataPaths
from kastor_desktop.services.context import Actor, Grants
from kastor_desktop.services.errors import AuthenticationFailed, PermissionDenied
from kastor_desktop.store.models import (
    AuditEntry,
    OutboxEvent,
    Role,
    RoleCommunity,
    RolePermission,
    User,
    UserRole,
)

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass
class ServiceContext:
    engine: Engine
    paths: DataPaths
    clock: Clock = utc_now

    def __post_init__(self) -> None:
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)

    def work(self, actor: Actor | None = None) -> UnitOfWork:
        return UnitOfWork(self, actor)

    def read(self) -> Session:
        return self.sessions()


def load_grants(session: Session, user_id: int) -> Grants:
    user = session.get(User, user_id)
    if user is None or not user.active:
        raise AuthenticationFailed(
            "La sesión ya no es válida: el usuario no existe o está inactivo."
        )
    rows = session.execute(
        select(Role.id, Role.kind, RolePermission.permission)
        .join(UserRole, UserRole.role_id == Role.id)
        .join(RolePermission, RolePermission.role_id == Role.id)
        .where(UserRole.user_id == user_id)
    ).all()
    office: set[str] = set()
    by_role: dict[int, set[str]] = {}
    for role_id, kind, permission in rows:
        if kind == "office":
            office.add(permission)
        else:
            by_role.setdefault(role_id, set()).add(permission)
    community: dict[int, set[str]] = {}
    if by_role:
        links = session.execute(
            select(RoleCommunity.role_id, RoleCommunity.community_id).where(
                RoleCommunity.role_id.in_(by_role)
            )
        ).all()
        for role_id, community_id in links:
            community.setdefault(community_id, set()).update(by_role[role_id])
    return Grants(frozenset(office), {k: frozenset(v) for k, v in community.items()})


class UnitOfWork:
    """``with ctx.work(actor) as uow:`` ... ``uow.commit()``; anything else rolls back."""

    def __init__(self, ctx: ServiceContext, actor: Actor | None) -> None:
        self.ctx = ctx
        self.actor = actor
        self.session: Session
        self._grants: Grants | None = None

    def __enter__(self) -> UnitOfWork:
        self.session = self.ctx.sessions()
        return self

    def __exit__(self, *exc: object) -> None:
        self.session.rollback()
        self.session.close()

    @property
    def now(self) -> datetime:
        return self.ctx.clock()

    @property
    def grants(self) -> Grants:
        if self.actor is None:
            return Grants()
        if self._grants is None:
            self._grants = load_grants(self.session, self.actor.user_id)
        return self._grants

    def require(self, permission: str, community_id: int | None = None) -> None:
        if not self.grants.allows(permission, community_id):
            perm = BY_CODE.get(permission)
            what = perm.label.lower() if perm else permission
            raise PermissionDenied(
                f"No tiene permiso para {what}. Pida el permiso a un administrador."
            )

    def audit(
        self,
        action: str,
        entity: str,
        entity_id: object = "",
        before: dict[str, Any] | None = None,
        after: dict[str, Any] | None = None,
        community_id: int | None = None,
        community_name: str = "",
    ) -> None:
        self.session.add(
            AuditEntry(
                at=self.now,
                user_id=self.actor.user_id if self.actor else None,
                username=self.actor.username if self.actor else "sistema",
                community_id=community_id,
                community_name=community_name,
                action=action,
                entity=entity,
                entity_id=str(entity_id),
                before=_dump(before),
                after=_dump(after),
            )
        )

    def outbox(self, kind: str, payload: dict[str, Any], community_id: int | None = None) -> None:
        self.session.add(
            OutboxEvent(
                uuid=str(uuid.uuid4()),
                kind=kind,
                community_id=community_id,
                payload=json.dumps(payload, ensure_ascii=False, sort_keys=True, default=str),
                created_at=self.now,
                status="pending",
                attempts=0,
            )
        )

    def commit(self) -> None:
        self.session.commit()


def _dump(data: dict[str, Any] | None) -> str | None:
    if data is None:
        return None
    return json.dumps(data, ensure_ascii=False, sort_keys=True, default=str)
