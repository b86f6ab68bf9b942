"""Roles (Administración / Comunidad) and the permissions they hold."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select

from kastor_desktop.domain import permissions
from kastor_desktop.services.context import Actor, Changes, Outcome
from kastor_desktop.services.errors import NotFound, ServiceError
from kastor_desktop.services.unit_of_work import ServiceContext, UnitOfWork
from kastor_desktop.services.users import keep_an_administrator
from kastor_desktop.services.validation import Checks
from kastor_desktop.store.models import Community, Role, RoleCommunity, RolePermission

KIND_LABELS = {permissions.OFFICE: "Administración", permissions.COMMUNITY: "Comunidad"}


@dataclass(frozen=True)
class RoleRow:
    id: int
    name: str
    kind: str
    permissions: frozenset[str]
    community_ids: frozenset[int]
    community_names: tuple[str, ...]
    holders: tuple[str, ...]
    built_in: bool

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)


class RoleService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def list(self, actor: Actor, kind: str | None = None) -> list[RoleRow]:
        with self.ctx.work(actor) as uow:
            uow.require("users.manage")
            query = select(Role).order_by(Role.kind.desc(), Role.name)
            if kind:
                query = query.where(Role.kind == kind)
            names = dict(uow.session.execute(select(Community.id, Community.name)).all())
            return [self._row(role, names) for role in uow.session.scalars(query)]

    def create(
        self,
        actor: Actor,
        name: str,
        kind: str,
        granted: Iterable[str],
        community_ids: Iterable[int] = (),
    ) -> Outcome[RoleRow]:
        with self.ctx.work(actor) as uow:
            uow.require("users.manage")
            clean_name, perms, communities = self._validate(
                uow, None, name, kind, granted, community_ids
            )
            role = Role(name=clean_name, kind=kind, built_in=False)
            role.permissions = [RolePermission(permission=p) for p in sorted(perms)]
            role.communities = [RoleCommunity(community_id=c) for c in sorted(communities)]
            uow.session.add(role)
            uow.session.flush()
            uow.audit("role.create", "role", role.id, None, self._snapshot(role, self._names(uow)))
            uow.commit()
            return Outcome(self._row(role, self._names(uow)), Changes.of("roles"))

    def update(
        self,
        actor: Actor,
        role_id: int,
        name: str,
        granted: Iterable[str],
        community_ids: Iterable[int] = (),
    ) -> Outcome[RoleRow]:
        with self.ctx.work(actor) as uow:
            uow.require("users.manage")
            role = self._load(uow, role_id)
            clean_name, perms, communities = self._validate(
                uow, role, name, role.kind, granted, community_ids
            )
            if role.built_in and perms != permissions.ALL_CODES:
                raise ServiceError(
                    f"El rol «{role.name}» es el del administrador y conserva todos los permisos."
                )
            before = self._snapshot(role, self._names(uow))
            role.name = clean_name
            role.permissions = [RolePermission(permission=p) for p in sorted(perms)]
            role.communities = [RoleCommunity(community_id=c) for c in sorted(communities)]
            uow.session.flush()
            keep_an_administrator(uow)
            uow.audit(
                "role.update", "role", role.id, before, self._snapshot(role, self._names(uow))
            )
            uow.commit()
            return Outcome(self._row(role, self._names(uow)), Changes.of("roles", "users"))

    def delete(self, actor: Actor, role_id: int) -> Outcome[None]:
        with self.ctx.work(actor) as uow:
            uow.require("users.manage")
            role = self._load(uow, role_id)
            holders = sorted(h.user.username for h in role.holders)
            if holders:
                raise ServiceError(
                    f"No se puede eliminar el rol «{role.name}»: lo tienen asignado {', '.join(holders)}. "
                    "Quíteselo primero a esos usuarios."
                )
            if role.built_in:
                raise ServiceError(
                    f"El rol «{role.name}» es el del administrador y no se puede eliminar."
                )
            before = self._snapshot(role, self._names(uow))
            uow.session.delete(role)
            uow.audit("role.delete", "role", role_id, before, None)
            uow.commit()
        return Outcome(None, Changes.of("roles"))

    # -- helpers -------------------------------------------------------------------------
    def _validate(
        self,
        uow: UnitOfWork,
        current: Role | None,
        name: str,
        kind: str,
        granted: Iterable[str],
        community_ids: Iterable[int],
    ) -> tuple[str, frozenset[str], frozenset[int]]:
        checks = Checks()
        clean = checks.require("name", name, "el nombre del rol", 100)
        if kind not in KIND_LABELS:
            checks.add("kind", "El tipo de rol debe ser Administración o Comunidad.")
        perms = frozenset(granted)
        allowed = {p.code for p in permissions.grantable(kind)}
        unknown = sorted(perms - allowed)
        if unknown:
            labels = ", ".join(permissions.label(p) for p in unknown)
            checks.add(
                "permissions",
                f"Un rol de tipo {KIND_LABELS.get(kind, kind)} no puede tener: {labels}.",
            )
        if not perms:
            checks.add("permissions", "Marque al menos un permiso.")
        communities = frozenset(community_ids) if kind == permissions.COMMUNITY else frozenset()
        if kind == permissions.COMMUNITY:
            if not communities:
                checks.add("communities", "Elija al menos una comunidad en la que exista este rol.")
            else:
                known = set(
                    uow.session.scalars(select(Community.id).where(Community.id.in_(communities)))
                )
                if known != communities:
                    checks.add("communities", "Alguna de las comunidades elegidas ya no existe.")
        if clean:
            clash = uow.session.scalar(select(Role.id).where(Role.kind == kind, Role.name == clean))
            if clash is not None and (current is None or clash != current.id):
                checks.add(
                    "name", f"Ya existe un rol de {KIND_LABELS.get(kind, kind)} llamado «{clean}»."
                )
        checks.done()
        if kind == permissions.COMMUNITY:
            perms = perms | {"communities.view"}  # any work in a community starts by seeing it
        return clean, perms, communities

    def _load(self, uow: UnitOfWork, role_id: int) -> Role:
        role = uow.session.get(Role, role_id)
        if role is None:
            raise NotFound("El rol ya no existe.")
        return role

    def _names(self, uow: UnitOfWork) -> dict[int, str]:
        return dict(uow.session.execute(select(Community.id, Community.name)).all())

    def _snapshot(self, role: Role, names: dict[int, str] | None = None) -> dict[str, object]:
        """For the audit: communities by name (ids mean nothing to the reader)."""
        names = names or {}
        return {
            "name": role.name,
            "kind": role.kind,
            "permissions": sorted(p.permission for p in role.permissions),
            "communities": sorted(
                names.get(c.community_id, str(c.community_id)) for c in role.communities
            ),
        }

    def _row(self, role: Role, names: dict[int, str]) -> RoleRow:
        ids = frozenset(c.community_id for c in role.communities)
        return RoleRow(
            id=role.id,
            name=role.name,
            kind=role.kind,
            permissions=frozenset(p.permission for p in role.permissions),
            community_ids=ids,
            community_names=tuple(sorted(names.get(i, "?") for i in ids)),
            holders=tuple(sorted(h.user.username for h in role.holders)),
            built_in=role.built_in,
        )
