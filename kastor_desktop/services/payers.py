"""People who pay for a unit without being its owner or resident (a relative, a company): their
RUT (CUIT in Argentina) in a bank row matches the row to the unit."""

from __future__ import annotations

import builtins
from dataclasses import dataclass

from sqlalchemy import select

from kastor_desktop.services.community_records import check_tax_id, load_community
from kastor_desktop.services.context import Actor, Changes, Outcome
from kastor_desktop.services.errors import NotFound
from kastor_desktop.services.ledger import find_unit
from kastor_desktop.services.unit_of_work import ServiceContext
from kastor_desktop.services.validation import Checks
from kastor_desktop.store.models.collection import UnitPayer
from kastor_desktop.store.models.master import Unit

PERMISSION = "payments.record"
CHANGES = ("payers", "payments")


@dataclass(frozen=True)
class PayerRow:
    id: int
    tax_id: str
    name: str


class UnitPayerService:
    area = "payers"

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def list(self, actor: Actor, community_id: int, unit_number: str) -> builtins.list[PayerRow]:
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id)
            checks = Checks()
            unit = find_unit(uow, community, unit_number, checks)
            checks.done()
            assert unit is not None
            records = uow.session.scalars(
                select(UnitPayer).where(UnitPayer.unit_id == unit.id).order_by(UnitPayer.id)
            )
            return [PayerRow(r.id, r.tax_id, r.name) for r in records]

    def add(
        self, actor: Actor, community_id: int, unit_number: str, tax_id: str, name: str = ""
    ) -> Outcome[PayerRow]:
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id, PERMISSION)
            checks = Checks()
            unit = find_unit(uow, community, unit_number, checks)
            canonical = check_tax_id(checks, tax_id, community)
            who = " ".join((name or "").split())
            if len(who) > 200:
                checks.add("name", "El nombre admite como máximo 200 caracteres.")
            if unit is not None and canonical:
                exists = uow.session.scalar(
                    select(UnitPayer.id).where(
                        UnitPayer.unit_id == unit.id, UnitPayer.tax_id == canonical
                    )
                )
                if exists is not None:
                    checks.add(
                        "tax_id",
                        f"{canonical} ya es pagador registrado de la unidad {unit.number}.",
                    )
            checks.done()
            assert unit is not None
            record = UnitPayer(unit_id=unit.id, tax_id=canonical, name=who)
            uow.session.add(record)
            uow.session.flush()
            uow.audit(
                "unit_payer.add",
                "unit_payer",
                record.id,
                None,
                {"unit": unit.number, "tax_id": canonical, "name": who},
                community.id,
                community.name,
            )
            uow.commit()
            return Outcome(PayerRow(record.id, canonical, who), Changes.of(*CHANGES))

    def remove(self, actor: Actor, community_id: int, payer_id: int) -> Outcome[None]:
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id, PERMISSION)
            record = uow.session.get(UnitPayer, payer_id)
            unit = uow.session.get(Unit, record.unit_id) if record is not None else None
            if record is None or unit is None or unit.community_id != community.id:
                raise NotFound("El pagador ya no está registrado en esta comunidad.")
            uow.audit(
                "unit_payer.remove",
                "unit_payer",
                record.id,
                {"unit": unit.number, "tax_id": record.tax_id, "name": record.name},
                None,
                community.id,
                community.name,
            )
            uow.session.delete(record)
            uow.commit()
            return Outcome(None, Changes.of(*CHANGES))
