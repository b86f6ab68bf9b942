"""Owners and residents: office-wide people identified by their tax id (RUT or CUIT).

A person may own or live in units of several communities; each community's list shows the
people linked to its units. Writes need «units.manage» in the community they are made from,
and a person already linked only to other communities is edited from one of those.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, or_, select

from kastor_desktop.domain.contact_info import normalize_email, normalize_phone
from kastor_desktop.domain.country import profile
from kastor_desktop.domain.errors import FieldError
from kastor_desktop.domain.taxid import normalize_tax_id
from kastor_desktop.domain.units import NOTICE_PREFERENCES
from kastor_desktop.services.community_records import audit_change, load_community
from kastor_desktop.services.context import Actor, Changes, Outcome
from kastor_desktop.services.errors import NotFound, PermissionDenied
from kastor_desktop.services.unit_listing import natural_sorted
from kastor_desktop.services.unit_of_work import ServiceContext, UnitOfWork
from kastor_desktop.services.validation import Checks
from kastor_desktop.store.models import Community
from kastor_desktop.store.models.master import Person, Unit

MANAGE = "units.manage"
PERSON_COLUMNS = (
    Person.id,
    Person.tax_id,
    Person.full_name,
    Person.emails,
    Person.phones,
    Person.postal_address,
    Person.notice_preference,
)
SEPARATORS = re.compile(r"[;,\n]")


@dataclass(frozen=True)
class PersonDraft:
    """What the person form sends. Several e-mails or phones are separated by «;» or «,».

    ``notice_preference`` "" means: by e-mail when there is one, else on paper."""

    tax_id: str
    full_name: str
    emails: str = ""
    phones: str = ""
    postal_address: str = ""
    notice_preference: str = ""


@dataclass(frozen=True)
class PersonRow:
    """A person; ``owns``/``resides`` are the unit numbers in the community asked about (from
    ``find``, which has no community, «CODE number» across the office)."""

    id: int
    tax_id: str
    full_name: str
    emails: str
    phones: str
    postal_address: str
    notice_preference: str
    owns: tuple[str, ...] = ()
    resides: tuple[str, ...] = ()

    @property
    def notice_label(self) -> str:
        return NOTICE_PREFERENCES.get(self.notice_preference, self.notice_preference)

    @property
    def units(self) -> tuple[str, ...]:
        """Every unit number the person is linked to, owned first."""
        return self.owns + tuple(n for n in self.resides if n not in self.owns)


def split_items(text: str | None) -> list[str]:
    return [part.strip() for part in SEPARATORS.split(text or "") if part.strip()]


def person_values(checks: Checks, draft: PersonDraft, country: str) -> dict[str, Any]:
    """Validated column values of a person (every field error goes to ``checks``)."""
    region = profile(country).phone_region
    emails: list[str] = []
    for item in split_items(draft.emails):
        email = checks.run(normalize_email, item, "emails")
        if email and email.lower() not in (e.lower() for e in emails):
            emails.append(email)
    phones: list[str] = []
    for item in split_items(draft.phones):
        phone = checks.run(normalize_phone, item, region, "phones")
        if phone and phone not in phones:
            phones.append(phone)
    preference = (draft.notice_preference or "").strip()
    if not preference:
        preference = "email" if emails else "paper"
    elif preference not in NOTICE_PREFERENCES:
        checks.add("notice_preference", "Elija cómo recibe los avisos: correo, papel o ambos.")
    elif preference in ("email", "both") and not emails and "emails" not in checks.errors:
        checks.add("emails", "Para enviarle los avisos por correo indique al menos un correo.")
    values = {
        "tax_id": checks.run(normalize_tax_id, draft.tax_id, country, "tax_id") or "",
        "full_name": checks.require("full_name", draft.full_name, "el nombre"),
        "emails": "; ".join(emails),
        "phones": "; ".join(phones),
        "postal_address": (draft.postal_address or "").strip(),
        "notice_preference": preference,
    }
    if len(values["emails"]) > 400:
        checks.add("emails", "Los correos admiten como máximo 400 caracteres en total.")
    if len(values["phones"]) > 200:
        checks.add("phones", "Los teléfonos admiten como máximo 200 caracteres en total.")
    if len(values["postal_address"]) > 300:
        checks.add("postal_address", "La dirección postal admite como máximo 300 caracteres.")
    return values


def canonical_tax_id(text: str, country: str | None = None) -> str | None:
    """The stored form of a RUT/CUIT typed any way, or None when it is not a valid one."""
    for code in (country,) if country else ("CL", "AR"):
        try:
            return normalize_tax_id(text, code)
        except FieldError:
            continue
    return None


def _snapshot(p: Person) -> dict[str, Any]:
    return {
        "tax_id": p.tax_id,
        "full_name": p.full_name,
        "emails": p.emails,
        "phones": p.phones,
        "postal_address": p.postal_address,
        "notice_preference": p.notice_preference,
    }


def _row(p: Person, owns: tuple[str, ...] = (), resides: tuple[str, ...] = ()) -> PersonRow:
    return PersonRow(
        p.id,
        p.tax_id,
        p.full_name,
        p.emails,
        p.phones,
        p.postal_address,
        p.notice_preference,
        owns,
        resides,
    )


def person_row(p: Person | None) -> PersonRow | None:
    return None if p is None else _row(p)


class PersonService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- reading -------------------------------------------------------------------------
    def list(self, actor: Actor, community_id: int) -> list[PersonRow]:
        """The people who own or live in a unit of the community, by name."""
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id)
            links = uow.session.execute(
                select(Unit.number, Unit.owner_id, Unit.resident_id).where(
                    Unit.community_id == community.id
                )
            ).all()
            owns: dict[int, list[str]] = {}
            resides: dict[int, list[str]] = {}
            for number, owner_id, resident_id in links:
                if owner_id is not None:
                    owns.setdefault(owner_id, []).append(number)
                if resident_id is not None:
                    resides.setdefault(resident_id, []).append(number)
            linked = (
                select(Unit.owner_id)
                .where(Unit.community_id == community.id)
                .union(select(Unit.resident_id).where(Unit.community_id == community.id))
            )  # a subquery, not a list of ids: SQLite takes at most 32,766 parameters
            people = uow.session.execute(
                select(*PERSON_COLUMNS)
                .where(Person.id.in_(linked.scalar_subquery()))
                .order_by(Person.full_name, Person.id)
            ).all()
            return [
                PersonRow(
                    *p,
                    tuple(natural_sorted(owns.get(p[0], []))),
                    tuple(natural_sorted(resides.get(p[0], []))),
                )
                for p in people
            ]

    def find(self, actor: Actor, tax_id: str, country: str | None = None) -> PersonRow | None:
        """The person with this RUT/CUIT (typed any way), with their units across the office."""
        with self.ctx.work(actor) as uow:
            if uow.grants.communities_with("communities.view") == set():
                uow.require("communities.view")
            canonical = canonical_tax_id(tax_id, country)
            if canonical is None:
                return None
            person = uow.session.scalar(select(Person).where(Person.tax_id == canonical))
            if person is None:
                return None
            owns, resides = self._units_everywhere(uow, person.id)
            return _row(person, owns, resides)

    # -- writing -------------------------------------------------------------------------
    def create(self, actor: Actor, community_id: int, draft: PersonDraft) -> Outcome[PersonRow]:
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id, MANAGE)
            values = self._validate(uow, community, draft, None)
            person = Person(created_at=uow.now, updated_at=uow.now, **values)
            uow.session.add(person)
            uow.session.flush()
            audit_change(
                uow, community, "person.create", "person", person.id, None, _snapshot(person)
            )
            uow.commit()
            return Outcome(_row(person), Changes.of("people"))

    def update(
        self, actor: Actor, community_id: int, person_id: int, draft: PersonDraft
    ) -> Outcome[PersonRow]:
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id, MANAGE)
            person = uow.session.get(Person, person_id)
            if person is None:
                raise NotFound("La persona ya no existe.")
            linked = self._communities_of(uow, person.id)
            if linked and community.id not in linked:
                raise PermissionDenied(
                    f"No tiene permiso para editar a {person.full_name} desde esta comunidad: "
                    "no es propietario ni residente de ninguna de sus unidades."
                )
            values = self._validate(uow, community, draft, person)
            before = _snapshot(person)
            for key, value in values.items():
                setattr(person, key, value)
            after = _snapshot(person)
            if after == before:
                return Outcome(_row(person), Changes())
            person.updated_at = uow.now
            audit_change(uow, community, "person.update", "person", person.id, before, after)
            payload = {k: after[k] for k in ("tax_id", "full_name", "emails", "phones")}
            for other in sorted(linked):
                uow.outbox(
                    "person.upserted", payload | {"notices": person.notice_preference}, other
                )
            uow.commit()
            return Outcome(_row(person), Changes.of("people", "units"))

    # -- helpers -------------------------------------------------------------------------
    def _validate(
        self, uow: UnitOfWork, community: Community, draft: PersonDraft, current: Person | None
    ) -> dict[str, Any]:
        checks = Checks()
        values = person_values(checks, draft, community.country)
        if values["tax_id"]:
            clash = uow.session.scalar(select(Person).where(Person.tax_id == values["tax_id"]))
            if clash is not None and (current is None or clash.id != current.id):
                label = profile(community.country).tax_id_label
                checks.add(
                    "tax_id",
                    f"Ya existe una persona con el {label} «{values['tax_id']}»: {clash.full_name}.",
                )
        checks.done()
        return values

    def _communities_of(self, uow: UnitOfWork, person_id: int) -> set[int]:
        return set(
            uow.session.scalars(
                select(Unit.community_id)
                .where(or_(Unit.owner_id == person_id, Unit.resident_id == person_id))
                .distinct()
            )
        )

    def _units_everywhere(
        self, uow: UnitOfWork, person_id: int
    ) -> tuple[tuple[str, ...], tuple[str, ...]]:
        rows = uow.session.execute(
            select(
                Community.code,
                Unit.number,
                Unit.owner_id == person_id,
                Unit.resident_id == person_id,
            )
            .join(Community, Community.id == Unit.community_id)
            .where(or_(Unit.owner_id == person_id, Unit.resident_id == person_id))
            .order_by(Community.code, func.length(Unit.number), Unit.number)
        ).all()
        owns = tuple(f"{code} {number}" for code, number, owned, _ in rows if owned)
        resides = tuple(f"{code} {number}" for code, number, _, lives in rows if lives)
        return owns, resides
