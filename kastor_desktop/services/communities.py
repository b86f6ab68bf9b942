"""Communities of the office: list, create, edit, delete (after a backup), enter."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, or_, select

from kastor_desktop.domain.contact_info import normalize_email, normalize_phone
from kastor_desktop.domain.country import PROFILES, profile
from kastor_desktop.domain.errors import FieldError
from kastor_desktop.domain.taxid import normalize_tax_id
from kastor_desktop.services import media
from kastor_desktop.services.context import Actor, Changes, Outcome
from kastor_desktop.services.errors import NotFound, ValidationFailed
from kastor_desktop.services.unit_of_work import ServiceContext, UnitOfWork
from kastor_desktop.services.validation import Checks
from kastor_desktop.store.backup import online_backup
from kastor_desktop.store.models import Community, Contact

CODE_CHARS = set("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")


@dataclass(frozen=True)
class CommunityDraft:
    """What the community form sends. Image fields are paths of new files, or None to keep."""

    name: str
    email: str
    phone: str
    tax_id: str
    address: str
    code: str = ""
    country: str = "CL"
    logo_file: str | None = None
    signature_file: str | None = None
    remove_logo: bool = False
    remove_signature: bool = False


@dataclass(frozen=True)
class CommunityRow:
    id: int
    code: str
    name: str
    email: str
    phone: str
    tax_id: str
    address: str
    country: str
    currency: str
    contact_id: int | None
    contact_name: str
    contact_shown: bool
    logo: Path | None
    signature: Path | None


def _snapshot(c: Community) -> dict[str, Any]:
    return {
        "code": c.code,
        "name": c.name,
        "email": c.email,
        "phone": c.phone,
        "tax_id": c.tax_id,
        "address": c.address,
        "country": c.country,
        "logo": c.logo_path,
        "signature": c.signature_path,
    }


def portal_payload(c: Community) -> dict[str, Any]:
    data = _snapshot(c)
    data["currency"] = c.currency
    contact = c.contact if c.contact_shown else None
    data["contact"] = (
        {"name": contact.name, "email": contact.email, "phone": contact.phone} if contact else None
    )
    return data


class CommunityService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- reading -------------------------------------------------------------------------
    def list(self, actor: Actor, search: str = "") -> list[CommunityRow]:
        with self.ctx.work(actor) as uow:
            visible = uow.grants.communities_with("communities.view")
            query = select(Community).order_by(Community.name)
            if visible is not None:
                query = query.where(Community.id.in_(visible))
            if search.strip():
                like = f"%{search.strip()}%"
                query = query.where(
                    or_(
                        Community.name.ilike(like),
                        Community.code.ilike(like),
                        Community.address.ilike(like),
                    )
                )
            return [self._row(c) for c in uow.session.scalars(query)]

    def get(self, actor: Actor, community_id: int) -> CommunityRow:
        with self.ctx.work(actor) as uow:
            community = self._load(uow, community_id)
            uow.require("communities.view", community.id)
            return self._row(community)

    def resolve(self, actor: Actor, code_or_id: str) -> CommunityRow:
        """Find a community by its code (case-insensitive) or its numeric id."""
        key = (code_or_id or "").strip()
        with self.ctx.work(actor) as uow:
            community = uow.session.scalar(
                select(Community).where(func.upper(Community.code) == key.upper())
            )
            if community is None and key.isdigit():
                community = uow.session.get(Community, int(key))
            if community is None:
                raise NotFound(f"No existe una comunidad con código o id «{key}».")
            uow.require("communities.view", community.id)
            return self._row(community)

    # -- writing -------------------------------------------------------------------------
    def create(self, actor: Actor, draft: CommunityDraft) -> Outcome[CommunityRow]:
        with self.ctx.work(actor) as uow:
            uow.require("communities.create")
            values, images = self._validate(uow, draft, None)
            if not values["code"]:
                values["code"] = self._free_code(uow)
            community = Community(
                created_at=uow.now, updated_at=uow.now, contact_shown=False, **values
            )
            uow.session.add(community)
            uow.session.flush()
            self._apply_images(community, draft, images)
            uow.audit(
                "community.create",
                "community",
                community.id,
                None,
                _snapshot(community),
                community.id,
                community.name,
            )
            uow.outbox("community.upserted", portal_payload(community), community.id)
            uow.commit()
            return Outcome(self._row(community), Changes.of("communities"))

    def update(
        self, actor: Actor, community_id: int, draft: CommunityDraft
    ) -> Outcome[CommunityRow]:
        with self.ctx.work(actor) as uow:
            community = self._load(uow, community_id)
            uow.require("communities.edit", community.id)
            values, images = self._validate(uow, draft, community)
            before = _snapshot(community)
            for key, value in values.items():
                setattr(community, key, value)
            self._apply_images(community, draft, images)
            community.updated_at = uow.now
            uow.audit(
                "community.update",
                "community",
                community.id,
                before,
                _snapshot(community),
                community.id,
                community.name,
            )
            uow.outbox("community.upserted", portal_payload(community), community.id)
            uow.commit()
            return Outcome(self._row(community), Changes.of("communities", "contacts"))

    def delete(self, actor: Actor, community_id: int) -> Outcome[Path]:
        """Delete after an online backup of the whole database; returns the backup file."""
        with self.ctx.work(actor) as uow:
            community = self._load(uow, community_id)
            uow.require("communities.delete")
            backup = online_backup(
                self.ctx.paths.database,
                self.ctx.paths.backups,
                f"antes-de-eliminar-{community.code}",
            )
            before = _snapshot(community)
            uow.session.delete(community)
            uow.audit(
                "community.delete",
                "community",
                community_id,
                before,
                {"backup": backup.name},
                community_id,
                before["name"],
            )
            uow.outbox("community.deleted", {"code": before["code"]}, community_id)
            uow.commit()
        return Outcome(backup, Changes.of("communities", "contacts", "roles"))

    # -- helpers -------------------------------------------------------------------------
    def _load(self, uow: UnitOfWork, community_id: int) -> Community:
        community = uow.session.get(Community, community_id)
        if community is None:
            raise NotFound("La comunidad ya no existe.")
        return community

    def _validate(
        self, uow: UnitOfWork, draft: CommunityDraft, current: Community | None
    ) -> tuple[dict[str, Any], dict[str, media.JpegFile]]:
        checks = Checks()
        country = draft.country if draft.country in PROFILES else "CL"
        prof = profile(country)
        values: dict[str, Any] = {
            "name": checks.require("name", draft.name, "el nombre"),
            "address": checks.require("address", draft.address, "la dirección", 300),
            "email": checks.run(normalize_email, draft.email, "email"),
            "phone": checks.run(normalize_phone, draft.phone, prof.phone_region, "phone"),
            "tax_id": checks.run(normalize_tax_id, draft.tax_id, country, "tax_id"),
            "country": country,
            "currency": prof.currency,
        }
        code = (draft.code or "").strip().upper()
        if code:
            if len(code) > 30 or not set(code) <= CODE_CHARS:
                checks.add(
                    "code",
                    "El código admite hasta 30 letras sin tildes, números, guion y guion bajo.",
                )
            else:
                clash = uow.session.scalar(
                    select(Community.id).where(func.upper(Community.code) == code)
                )
                if clash is not None and (current is None or clash != current.id):
                    checks.add("code", f"Ya existe otra comunidad con el código «{code}».")
        elif current is not None:
            code = current.code
        values["code"] = code
        if values["tax_id"]:
            twin = uow.session.scalar(select(Community).where(Community.tax_id == values["tax_id"]))
            if twin is not None and (current is None or twin.id != current.id):
                label = prof.tax_id_label
                checks.add(
                    "tax_id",
                    f"Ya existe la comunidad «{twin.name}» con el {label} {values['tax_id']}.",
                )
        images: dict[str, media.JpegFile] = {}
        for field, path in (("logo", draft.logo_file), ("signature", draft.signature_file)):
            if path:
                try:
                    images[field] = media.read_jpeg(path, field)
                except FieldError as error:
                    checks.add(error.field, error.message)
        if checks.errors:
            raise ValidationFailed(checks.errors)
        return values, images

    def _apply_images(
        self, community: Community, draft: CommunityDraft, images: dict[str, media.JpegFile]
    ) -> None:
        attachments = self.ctx.paths.attachments
        if draft.remove_logo:
            community.logo_path = None
        if draft.remove_signature:
            community.signature_path = None
        if "logo" in images:
            community.logo_path = media.store(attachments, images["logo"], "communities")
        if "signature" in images:
            community.signature_path = media.store(attachments, images["signature"], "communities")

    def _free_code(self, uow: UnitOfWork) -> str:
        number = (uow.session.scalar(select(func.max(Community.id))) or 0) + 1
        while True:
            code = f"C{number:03d}"
            if uow.session.scalar(select(Community.id).where(Community.code == code)) is None:
                return code
            number += 1

    def _row(self, c: Community) -> CommunityRow:
        contact: Contact | None = c.contact
        return CommunityRow(
            id=c.id,
            code=c.code,
            name=c.name,
            email=c.email,
            phone=c.phone,
            tax_id=c.tax_id,
            address=c.address,
            country=c.country,
            currency=c.currency,
            contact_id=c.contact_id,
            contact_name=contact.name if contact else "",
            contact_shown=c.contact_shown,
            logo=self.ctx.paths.attachment(c.logo_path),
            signature=self.ctx.paths.attachment(c.signature_path),
        )
