"""First run (office + first administrator), sign-in, and the user's own data."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from kastor_desktop.domain import permissions
from kastor_desktop.domain.contact_info import normalize_email
from kastor_desktop.domain.taxid import normalize_tax_id
from kastor_desktop.services.context import Actor, Changes, Grants, Outcome
from kastor_desktop.services.errors import AuthenticationFailed, NotFound, ValidationFailed
from kastor_desktop.services.passwords import check_new_password, hash_password, verify_password
from kastor_desktop.services.unit_of_work import ServiceContext, load_grants
from kastor_desktop.services.validation import Checks
from kastor_desktop.store.models import Office, Role, RolePermission, User, UserRole

ADMIN_ROLE = "Administrador"
WRONG_CREDENTIALS = "Usuario o contraseña incorrectos."


@dataclass(frozen=True)
class MyData:
    username: str
    full_name: str
    email: str


def check_username(checks: Checks, username: str) -> str:
    name = checks.require("username", username, "el nombre de usuario", 60)
    if name and not all(c.isalnum() or c in "._-" for c in name):
        checks.add(
            "username",
            "El nombre de usuario solo admite letras, números, punto, guion y guion bajo.",
        )
    return name.lower()


class AuthService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def needs_setup(self) -> bool:
        with self.ctx.read() as session:
            return session.get(Office, 1) is None

    def create_office(
        self,
        office_name: str,
        office_tax_id: str,
        username: str,
        full_name: str,
        email: str,
        password: str,
        password_repeat: str | None = None,
    ) -> Actor:
        """The first-run wizard: the office and its first administrator, in one transaction."""
        checks = Checks()
        name = checks.require("office_name", office_name, "el nombre de la administración")
        tax_id = checks.run(normalize_tax_id, office_tax_id, "CL", "office_tax_id")
        user = check_username(checks, username)
        person = checks.require("full_name", full_name, "el nombre completo")
        mail = checks.run(normalize_email, email, "email", False) or ""
        checks.run(check_new_password, password, password_repeat)
        checks.done()
        with self.ctx.work() as uow:
            if uow.session.get(Office, 1) is not None:
                raise AuthenticationFailed("La administración ya fue creada; inicie sesión.")
            uow.session.add(
                Office(id=1, name=name, tax_id=tax_id, country="CL", created_at=uow.now)
            )
            role = Role(name=ADMIN_ROLE, kind=permissions.OFFICE, built_in=True)
            role.permissions = [RolePermission(permission=c) for c in sorted(permissions.ALL_CODES)]
            account = User(
                username=user,
                full_name=person,
                email=mail,
                password_hash=hash_password(password),
                active=True,
                created_at=uow.now,
            )
            uow.session.add_all([role, account])
            uow.session.flush()
            uow.session.add(UserRole(user_id=account.id, role_id=role.id))
            actor = Actor(account.id, account.username, account.full_name)
            uow.actor = actor
            uow.audit("office.create", "office", 1, after={"name": name, "tax_id": tax_id})
            uow.audit(
                "user.create",
                "user",
                account.id,
                after={"username": user, "full_name": person, "roles": [ADMIN_ROLE]},
            )
            uow.commit()
        return actor

    def sign_in(self, username: str, password: str) -> Actor:
        with self.ctx.read() as session:
            user = session.scalar(
                select(User).where(func.lower(User.username) == (username or "").strip().lower())
            )
            if (
                user is None
                or not user.active
                or not verify_password(user.password_hash, password or "")
            ):
                raise AuthenticationFailed(WRONG_CREDENTIALS)
            return Actor(user.id, user.username, user.full_name)

    def grants(self, actor: Actor) -> Grants:
        """What the user may do now (the UI uses it to show only usable actions)."""
        with self.ctx.read() as session:
            return load_grants(session, actor.user_id)

    def candidate(self, username: str) -> Actor | None:
        """The active user with this name, NOT authenticated: only for preparing screens
        while ``sign_in`` checks the password; nothing may be shown or done with it before."""
        with self.ctx.read() as session:
            user = session.scalar(
                select(User).where(func.lower(User.username) == (username or "").strip().lower())
            )
            if user is None or not user.active:
                return None
            return Actor(user.id, user.username, user.full_name)

    def my_data(self, actor: Actor) -> MyData:
        with self.ctx.read() as session:
            user = session.get(User, actor.user_id)
            if user is None:
                raise NotFound("El usuario ya no existe.")
            return MyData(user.username, user.full_name, user.email)

    def update_my_data(self, actor: Actor, full_name: str, email: str) -> Outcome[Actor]:
        checks = Checks()
        person = checks.require("full_name", full_name, "el nombre completo")
        mail = checks.run(normalize_email, email, "email", False) or ""
        checks.done()
        with self.ctx.work(actor) as uow:
            user = uow.session.get(User, actor.user_id)
            if user is None:
                raise NotFound("El usuario ya no existe.")
            before = {"full_name": user.full_name, "email": user.email}
            user.full_name, user.email = person, mail
            uow.audit(
                "user.update_self", "user", user.id, before, {"full_name": person, "email": mail}
            )
            uow.commit()
        return Outcome(Actor(actor.user_id, actor.username, person), Changes.of("me", "users"))

    def change_password(
        self, actor: Actor, current: str, new: str, repeat: str | None = None
    ) -> Outcome[None]:
        checks = Checks()
        checks.run(check_new_password, new, repeat, "new_password")
        checks.done()
        with self.ctx.work(actor) as uow:
            user = uow.session.get(User, actor.user_id)
            if user is None or not verify_password(user.password_hash, current or ""):
                raise ValidationFailed({"current_password": "La contraseña actual no es correcta."})
            user.password_hash = hash_password(new)
            uow.audit("user.change_password", "user", user.id)
            uow.commit()
        return Outcome(None, Changes.of("me"))
