"""Users of the office: create, edit, activate, reset passwords, assign roles."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select

from kastor_desktop.domain.contact_info import normalize_email
from kastor_desktop.services.auth import check_username
from kastor_desktop.services.context import Actor, Changes, Outcome
from kastor_desktop.services.errors import NotFound, ServiceError
from kastor_desktop.services.passwords import check_new_password, hash_password
from kastor_desktop.services.unit_of_work import ServiceContext, UnitOfWork
from kastor_desktop.services.validation import Checks
from kastor_desktop.store.models import Role, RolePermission, User, UserRole


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    full_name: str
    email: str
    active: bool
    role_ids: frozenset[int]
    role_names: tuple[str, ...]


class UserService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def list(self, actor: Actor) -> list[UserRow]:
        with self.ctx.work(actor) as uow:
            uow.require("users.manage")
            return [self._row(u) for u in uow.session.scalars(select(User).order_by(User.username))]

    def create(
        self,
        actor: Actor,
        username: str,
        full_name: str,
        email: str,
        password: str,
        role_ids: Iterable[int],
    ) -> Outcome[UserRow]:
        with self.ctx.work(actor) as uow:
            uow.require("users.manage")
            checks = Checks()
            name = check_username(checks, username)
            person = checks.require("full_name", full_name, "el nombre completo")
            mail = checks.run(normalize_email, email, "email", False) or ""
            checks.run(check_new_password, password)
            if name and uow.session.scalar(
                select(User.id).where(func.lower(User.username) == name)
            ):
                checks.add("username", f"Ya existe un usuario «{name}».")
            roles = self._roles(uow, checks, role_ids)
            checks.done()
            user = User(
                username=name,
                full_name=person,
                email=mail,
                password_hash=hash_password(password),
                active=True,
                created_at=uow.now,
            )
            user.roles = [UserRole(role_id=r.id) for r in roles]
            uow.session.add(user)
            uow.session.flush()
            uow.audit("user.create", "user", user.id, None, self._snapshot(user, roles))
            uow.commit()
            return Outcome(self._row(user), Changes.of("users", "roles"))

    def update(
        self,
        actor: Actor,
        user_id: int,
        full_name: str,
        email: str,
        role_ids: Iterable[int],
        active: bool = True,
    ) -> Outcome[UserRow]:
        with self.ctx.work(actor) as uow:
            uow.require("users.manage")
            user = self._load(uow, user_id)
            checks = Checks()
            person = checks.require("full_name", full_name, "el nombre completo")
            mail = checks.run(normalize_email, email, "email", False) or ""
            roles = self._roles(uow, checks, role_ids)
            checks.done()
            before = self._snapshot(user, [ur.role for ur in user.roles])
            user.full_name, user.email, user.active = person, mail, active
            user.roles = [UserRole(role_id=r.id) for r in roles]
            uow.session.flush()
            self._keep_an_administrator(uow)
            uow.audit("user.update", "user", user.id, before, self._snapshot(user, roles))
            uow.commit()
            uow.session.refresh(user)
            return Outcome(self._row(user), Changes.of("users", "roles"))

    def reset_password(self, actor: Actor, user_id: int, password: str) -> Outcome[None]:
        checks = Checks()
        checks.run(check_new_password, password)
        checks.done()
        with self.ctx.work(actor) as uow:
            uow.require("users.manage")
            user = self._load(uow, user_id)
            user.password_hash = hash_password(password)
            uow.audit("user.reset_password", "user", user.id)
            uow.commit()
        return Outcome(None, Changes.of("users"))

    # -- helpers -------------------------------------------------------------------------
    def _keep_an_administrator(self, uow: UnitOfWork) -> None:
        keep_an_administrator(uow)

    def _roles(self, uow: UnitOfWork, checks: Checks, role_ids: Iterable[int]) -> list[Role]:
        ids = set(role_ids)
        roles = (
            list(uow.session.scalars(select(Role).where(Role.id.in_(ids)).order_by(Role.name)))
            if ids
            else []
        )
        if len(roles) != len(ids):
            checks.add("roles", "Alguno de los roles elegidos ya no existe.")
        return roles

    def _load(self, uow: UnitOfWork, user_id: int) -> User:
        user = uow.session.get(User, user_id)
        if user is None:
            raise NotFound("El usuario ya no existe.")
        return user

    def _snapshot(self, user: User, roles: Iterable[Role]) -> dict[str, object]:
        return {
            "username": user.username,
            "full_name": user.full_name,
            "email": user.email,
            "active": user.active,
            "roles": sorted(r.name for r in roles),
        }

    def _row(self, user: User) -> UserRow:
        roles = [ur.role for ur in user.roles]
        return UserRow(
            user.id,
            user.username,
            user.full_name,
            user.email,
            user.active,
            frozenset(r.id for r in roles),
            tuple(sorted(r.name for r in roles)),
        )


def keep_an_administrator(uow: UnitOfWork) -> None:
    """Refuse a change (call after flush) that leaves no active user able to manage users."""
    admins = uow.session.scalar(
        select(func.count(func.distinct(User.id)))
        .join(UserRole, UserRole.user_id == User.id)
        .join(Role, Role.id == UserRole.role_id)
        .join(RolePermission, RolePermission.role_id == Role.id)
        .where(
            User.active.is_(True),
            Role.kind == "office",
            RolePermission.permission == "users.manage",
        )
    )
    if not admins:
        raise ServiceError("Debe quedar al menos un usuario activo que pueda gestionar usuarios.")
