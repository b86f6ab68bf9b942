"""Office contacts and their association with communities (one contact per community)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from kastor_desktop.domain.contact_info import normalize_email, normalize_phone
from kastor_desktop.services.communities import portal_payload
from kastor_desktop.services.context import Actor, Changes, Outcome
from kastor_desktop.services.errors import NotFound, ServiceError
from kastor_desktop.services.unit_of_work import ServiceContext, UnitOfWork
from kastor_desktop.services.validation import Checks
from kastor_desktop.store.models import Community, Contact


@dataclass(frozen=True)
class ContactRow:
    id: int
    name: str
    email: str
    phone: str
    communities: tuple[str, ...]


@dataclass(frozen=True)
class CommunityContactRow:
    """A line of the association list: every community, with or without a contact."""

    community_id: int
    community_code: str
    community_name: str
    contact_id: int | None
    contact_name: str
    shown: bool


def _snapshot(c: Contact) -> dict[str, str]:
    return {"name": c.name, "email": c.email, "phone": c.phone}


class ContactService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def list(self, actor: Actor) -> list[ContactRow]:
        with self.ctx.work(actor) as uow:
            uow.require("contacts.manage")
            names: dict[int, list[str]] = {}
            for contact_id, name in uow.session.execute(
                select(Community.contact_id, Community.name)
                .where(Community.contact_id.is_not(None))
                .order_by(Community.name)
            ):
                names.setdefault(contact_id, []).append(name)
            return [
                ContactRow(c.id, c.name, c.email, c.phone, tuple(names.get(c.id, ())))
                for c in uow.session.scalars(select(Contact).order_by(Contact.name))
            ]

    def associations(self, actor: Actor) -> list[CommunityContactRow]:
        with self.ctx.work(actor) as uow:
            uow.require("contacts.manage")
            rows = uow.session.execute(
                select(
                    Community.id,
                    Community.code,
                    Community.name,
                    Community.contact_id,
                    Contact.name,
                    Community.contact_shown,
                )
                .outerjoin(Contact, Contact.id == Community.contact_id)
                .order_by(Community.name)
            ).all()
            return [
                CommunityContactRow(
                    r[0], r[1], r[2], r[3], r[4] or "", bool(r[5]) and r[3] is not None
                )
                for r in rows
            ]

    def create(self, actor: Actor, name: str, email: str, phone: str) -> Outcome[ContactRow]:
        values = self._validate(name, email, phone)
        with self.ctx.work(actor) as uow:
            uow.require("contacts.manage")
            contact = Contact(**values)
            uow.session.add(contact)
            uow.session.flush()
            uow.audit("contact.create", "contact", contact.id, None, _snapshot(contact))
            uow.commit()
            return Outcome(
                ContactRow(contact.id, contact.name, contact.email, contact.phone, ()),
                Changes.of("contacts"),
            )

    def update(
        self, actor: Actor, contact_id: int, name: str, email: str, phone: str
    ) -> Outcome[ContactRow]:
        values = self._validate(name, email, phone)
        with self.ctx.work(actor) as uow:
            uow.require("contacts.manage")
            contact = self._load(uow, contact_id)
            before = _snapshot(contact)
            for key, value in values.items():
                setattr(contact, key, value)
            communities = self._communities_of(uow, contact_id)
            uow.audit("contact.update", "contact", contact.id, before, _snapshot(contact))
            for community in communities:
                if community.contact_shown:
                    uow.outbox("community.contact", portal_payload(community), community.id)
            uow.commit()
            row = ContactRow(
                contact.id,
                contact.name,
                contact.email,
                contact.phone,
                tuple(c.name for c in communities),
            )
            return Outcome(row, Changes.of("contacts"))

    def delete_impact(self, actor: Actor, contact_id: int) -> list[str]:
        """Names of the communities that would lose their contact."""
        with self.ctx.work(actor) as uow:
            uow.require("contacts.manage")
            return [c.name for c in self._communities_of(uow, contact_id)]

    def delete(self, actor: Actor, contact_id: int) -> Outcome[list[str]]:
        with self.ctx.work(actor) as uow:
            uow.require("contacts.manage")
            contact = self._load(uow, contact_id)
            communities = self._communities_of(uow, contact_id)
            for community in communities:
                was_shown = community.contact_shown
                community.contact_id, community.contact_shown = None, False
                if was_shown:
                    uow.outbox(
                        "community.contact", {"code": community.code, "contact": None}, community.id
                    )
            uow.audit(
                "contact.delete",
                "contact",
                contact.id,
                _snapshot(contact),
                {"communities": [c.name for c in communities]},
            )
            uow.session.delete(contact)
            uow.commit()
            return Outcome([c.name for c in communities], Changes.of("contacts", "communities"))

    def associate(
        self, actor: Actor, contact_id: int, community_id: int, shown: bool = False
    ) -> Outcome[None]:
        with self.ctx.work(actor) as uow:
            uow.require("contacts.manage")
            contact = self._load(uow, contact_id)
            community = self._community(uow, community_id)
            before = {
                "contact": community.contact.name if community.contact else None,
                "shown": community.contact_shown,
            }
            community.contact_id, community.contact = contact.id, contact
            community.contact_shown = shown
            uow.audit(
                "contact.associate",
                "community",
                community.id,
                before,
                {"contact": contact.name, "shown": shown},
                community.id,
                community.name,
            )
            uow.outbox("community.contact", portal_payload(community), community.id)
            uow.commit()
        return Outcome(None, Changes.of("contacts", "communities"))

    def dissociate(self, actor: Actor, community_id: int) -> Outcome[None]:
        with self.ctx.work(actor) as uow:
            uow.require("contacts.manage")
            community = self._community(uow, community_id)
            if community.contact is None:
                return Outcome(None, Changes())
            before = {"contact": community.contact.name, "shown": community.contact_shown}
            community.contact_id, community.contact, community.contact_shown = None, None, False
            uow.audit(
                "contact.dissociate",
                "community",
                community.id,
                before,
                {"contact": None},
                community.id,
                community.name,
            )
            uow.outbox("community.contact", {"code": community.code, "contact": None}, community.id)
            uow.commit()
        return Outcome(None, Changes.of("contacts", "communities"))

    def set_shown(self, actor: Actor, community_id: int, shown: bool) -> Outcome[None]:
        """The «Mostrar» switch: print the contact on notices and e-mails of this community."""
        with self.ctx.work(actor) as uow:
            uow.require("contacts.manage")
            community = self._community(uow, community_id)
            if community.contact is None:
                raise ServiceError(
                    f"La comunidad «{community.name}» no tiene un contacto asociado."
                )
            if community.contact_shown == shown:
                return Outcome(None, Changes())
            community.contact_shown = shown
            uow.audit(
                "contact.show" if shown else "contact.hide",
                "community",
                community.id,
                {"shown": not shown},
                {"shown": shown},
                community.id,
                community.name,
            )
            uow.outbox("community.contact", portal_payload(community), community.id)
            uow.commit()
        return Outcome(None, Changes.of("contacts", "communities"))

    # -- helpers -------------------------------------------------------------------------
    def _validate(self, name: str, email: str, phone: str) -> dict[str, str]:
        checks = Checks()
        values = {
            "name": checks.require("name", name, "el nombre"),
            "email": checks.run(normalize_email, email, "email", False) or "",
            "phone": checks.run(normalize_phone, phone, "CL", "phone", False) or "",
        }
        if not (email or "").strip() and not (phone or "").strip():
            checks.add("email", "Indique al menos un correo electrónico o un teléfono.")
        checks.done()
        return values

    def _load(self, uow: UnitOfWork, contact_id: int) -> Contact:
        contact = uow.session.get(Contact, contact_id)
        if contact is None:
            raise NotFound("El contacto ya no existe.")
        return contact

    def _community(self, uow: UnitOfWork, community_id: int) -> Community:
        community = uow.session.get(Community, community_id)
        if community is None:
            raise NotFound("La comunidad ya no existe.")
        return community

    def _communities_of(self, uow: UnitOfWork, contact_id: int) -> list[Community]:
        return list(
            uow.session.scalars(
                select(Community).where(Community.contact_id == contact_id).order_by(Community.name)
            )
        )
