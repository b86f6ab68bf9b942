"""The office profile: name, RUT (read-only after the wizard) and logo."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kastor_desktop.domain.errors import FieldError
from kastor_desktop.services import media
from kastor_desktop.services.context import Actor, Changes, Outcome
from kastor_desktop.services.errors import NotFound, ValidationFailed
from kastor_desktop.services.unit_of_work import ServiceContext
from kastor_desktop.services.validation import Checks
from kastor_desktop.store.models import Office


@dataclass(frozen=True)
class OfficeProfile:
    name: str
    tax_id: str
    logo: Path | None


@dataclass(frozen=True)
class Crop:
    x: int
    y: int
    side: int


class OfficeService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def profile(self) -> OfficeProfile:
        with self.ctx.read() as session:
            office = session.get(Office, 1)
            if office is None:
                raise NotFound("La administración aún no ha sido creada.")
            return OfficeProfile(
                office.name, office.tax_id, self.ctx.paths.attachment(office.logo_path)
            )

    def rename(self, actor: Actor, name: str) -> Outcome[OfficeProfile]:
        checks = Checks()
        new_name = checks.require("name", name, "el nombre de la administración")
        checks.done()
        with self.ctx.work(actor) as uow:
            uow.require("office.edit_profile")
            office = uow.session.get(Office, 1)
            if office is None:
                raise NotFound("La administración aún no ha sido creada.")
            before = {"name": office.name}
            office.name = new_name
            uow.audit("office.update", "office", 1, before, {"name": new_name})
            uow.outbox("office.upserted", {"name": new_name, "tax_id": office.tax_id})
            uow.commit()
        return Outcome(self.profile(), Changes.of("office"))

    def set_logo(self, actor: Actor, source: str | Path, crop: Crop) -> Outcome[OfficeProfile]:
        """Validate the JPEG, cut the square the user placed and keep it as the office logo."""
        with self.ctx.work(actor) as uow:
            uow.require("office.edit_profile")
            try:
                original = media.read_jpeg(source, "logo")
                square = media.crop_square(original, crop.x, crop.y, crop.side, "logo")
            except FieldError as error:
                raise ValidationFailed({error.field: error.message}) from None
            office = uow.session.get(Office, 1)
            if office is None:
                raise NotFound("La administración aún no ha sido creada.")
            relative = media.store(self.ctx.paths.attachments, square, "office")
            before = {"logo": office.logo_path}
            office.logo_path = relative
            uow.audit(
                "office.logo",
                "office",
                1,
                before,
                {"logo": relative, "size": f"{square.width}x{square.height}"},
            )
            uow.outbox(
                "office.upserted", {"name": office.name, "tax_id": office.tax_id, "logo": relative}
            )
            uow.commit()
        return Outcome(self.profile(), Changes.of("office"))
