"""Units of a community: the fast list, the detail, and create/edit/delete with validation.

A unit has a kind, a number unique in its community, tower/floor, m2 (hundredths), fiscal
valuation (minor units), delivery date, owner and resident (people, by tax id), notes and an
active flag. Sub-units (parking, storage) hang under one main unit, one level deep.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import func, select

from kastor_desktop.domain.country import profile
from kastor_desktop.domain.errors import FieldError
from kastor_desktop.domain.money import format_amount
from kastor_desktop.domain.taxid import normalize_tax_id
from kastor_desktop.domain.units import UNIT_KINDS, code_for
from kastor_desktop.domain.values import day, decimal, minor_units
from kastor_desktop.services.community_records import audit_change, load_community, optional_text
from kastor_desktop.services.context import Actor, Changes, Outcome
from kastor_desktop.services.errors import NotFound, ServiceError
from kastor_desktop.services.people import PersonRow, person_row
from kastor_desktop.services.unit_listing import (
    ListingBuilder,
    UnitListing,
    UnitListRow,
    format_area,
    natural_sorted,
)
from kastor_desktop.services.unit_of_work import ServiceContext, UnitOfWork
from kastor_desktop.services.validation import Checks
from kastor_desktop.store.models import Community
from kastor_desktop.store.models.master import Person, ShareTable, Unit, UnitShare

__all__ = ["UnitDetail", "UnitDraft", "UnitListRow", "UnitListing", "UnitService", "draft_of"]

MANAGE = "units.manage"
MAX_AREA_X100 = 10**9  # 10,000,000 m2


@dataclass(frozen=True)
class UnitDraft:
    """What the unit form sends; numbers as typed («55,2», «45.000.000»), the delivery date as
    a date or as typed («15-03-2024»)."""

    number: str
    kind: str = "apartment"
    tower: str = ""
    floor: str = ""
    area_m2: str = ""
    fiscal_valuation: str = ""
    delivery_date: date | str | None = None
    owner_tax_id: str = ""
    resident_tax_id: str = ""
    parent_number: str = ""
    notes: str = ""
    active: bool = True


@dataclass(frozen=True)
class UnitDetail:
    id: int
    community_id: int
    number: str
    kind: str  # code (UNIT_KINDS)
    kind_label: str
    tower: str
    floor: str
    area_x100: int | None
    area: str  # «55,20»
    fiscal_valuation: int | None  # minor units of the community's currency
    fiscal_valuation_text: str  # «45.000.000»
    delivery_date: date | None
    owner: PersonRow | None
    resident: PersonRow | None
    parent_id: int | None
    parent_number: str
    notes: str
    active: bool
    shares: tuple[tuple[str, int], ...]  # (table name, millionths of a percent), tables in order
    sub_units: tuple[str, ...]


def draft_of(detail: UnitDetail, **changes: Any) -> UnitDraft:
    """The form filled with a stored unit, with some fields changed."""
    draft = UnitDraft(
        number=detail.number,
        kind=detail.kind,
        tower=detail.tower,
        floor=detail.floor,
        area_m2=detail.area,
        fiscal_valuation=detail.fiscal_valuation_text,
        delivery_date=detail.delivery_date,
        owner_tax_id=detail.owner.tax_id if detail.owner else "",
        resident_tax_id=detail.resident.tax_id if detail.resident else "",
        parent_number=detail.parent_number,
        notes=detail.notes,
        active=detail.active,
    )
    return replace(draft, **changes)


def clean_number(text: str | None) -> str:
    return " ".join((text or "").split())


def parse_area(value: object, field: str = "area_m2") -> int | None:
    """«55,2» -> 5520 hundredths of m2; empty -> None."""
    number = decimal(value, field, "Los m²")
    if number is None:
        return None
    scaled = number * 100
    if number < 0:
        raise FieldError(field, f"Los m² no pueden ser negativos («{value}»).")
    if scaled != scaled.to_integral_value():
        raise FieldError(field, f"Los m² admiten hasta 2 decimales («{value}»).")
    if scaled >= MAX_AREA_X100:
        raise FieldError(field, f"Los m² «{value}» son demasiados para una unidad.")
    return int(scaled)


def _person_label(person: Person | None) -> str | None:
    return f"{person.full_name} ({person.tax_id})" if person else None


class UnitService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self._listings = ListingBuilder()

    # -- reading -------------------------------------------------------------------------
    def listing(self, actor: Actor, community_id: int) -> UnitListing:
        """Every unit of the community in natural order of numbers, with owner and shares."""
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id)
            return self._listings.build(uow.session.connection(), community.id)

    def get(self, actor: Actor, community_id: int, unit_id: int) -> UnitDetail:
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id)
            return self._detail(uow, community, self._load(uow, community, unit_id))

    # -- writing -------------------------------------------------------------------------
    def create(self, actor: Actor, community_id: int, draft: UnitDraft) -> Outcome[UnitDetail]:
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id, MANAGE)
            values = self._validate(uow, community, draft, None)
            unit = Unit(community_id=community.id, **values)
            uow.session.add(unit)
            uow.session.flush()
            after = self._snapshot(uow, unit)
            audit_change(uow, community, "unit.create", "unit", unit.id, None, after)
            uow.outbox("unit.upserted", self._payload(uow, community, unit), community.id)
            uow.commit()
            return Outcome(
                self._detail(uow, community, unit), Changes.of("units", "people", "shares")
            )

    def update(
        self, actor: Actor, community_id: int, unit_id: int, draft: UnitDraft
    ) -> Outcome[UnitDetail]:
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id, MANAGE)
            unit = self._load(uow, community, unit_id)
            values = self._validate(uow, community, draft, unit)
            before = self._snapshot(uow, unit)
            for key, value in values.items():
                setattr(unit, key, value)
            uow.session.flush()
            after = self._snapshot(uow, unit)
            if after == before:
                return Outcome(self._detail(uow, community, unit), Changes())
            audit_change(uow, community, "unit.update", "unit", unit.id, before, after)
            uow.outbox("unit.upserted", self._payload(uow, community, unit), community.id)
            uow.commit()
            return Outcome(
                self._detail(uow, community, unit), Changes.of("units", "people", "shares")
            )

    def delete(self, actor: Actor, community_id: int, unit_id: int) -> Outcome[None]:
        """Delete a unit with its shares; refused while sub-units hang under it."""
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id, MANAGE)
            unit = self._load(uow, community, unit_id)
            subs = self._sub_units(uow, unit.id)
            if subs:
                listed = ", ".join(subs)
                raise ServiceError(
                    f"La unidad {unit.number} tiene unidades asociadas ({listed}): elimínelas "
                    "o asígnelas a otra unidad principal antes de eliminarla."
                )
            before = self._snapshot(uow, unit)
            uow.session.delete(unit)
            uow.session.flush()
            audit_change(uow, community, "unit.delete", "unit", unit_id, before, None)
            uow.outbox(
                "unit.deleted", {"community": community.code, "number": unit.number}, community.id
            )
            uow.commit()
            return Outcome(None, Changes.of("units", "people", "shares"))

    # -- validation ----------------------------------------------------------------------
    def _validate(
        self, uow: UnitOfWork, community: Community, draft: UnitDraft, current: Unit | None
    ) -> dict[str, Any]:
        checks = Checks()
        number = clean_number(draft.number)
        if not number:
            checks.add("number", "Indique el número de la unidad.")
        elif len(number) > 30:
            checks.add("number", "El número de la unidad admite como máximo 30 caracteres.")
        else:
            clash = self._by_number(uow, community, number)
            if clash is not None and (current is None or clash.id != current.id):
                checks.add("number", f"Ya existe la unidad {clash.number} en esta comunidad.")
        kind = draft.kind if draft.kind in UNIT_KINDS else code_for(draft.kind or "", UNIT_KINDS)
        if kind is None:
            checks.add("kind", f"Elija el tipo de unidad: {', '.join(UNIT_KINDS.values())}.")
        exponent = profile(community.country).minor_exponent
        valuation = checks.run(
            minor_units, draft.fiscal_valuation, exponent, "fiscal_valuation", "El avalúo fiscal"
        )
        if valuation is not None and valuation < 0:
            checks.add("fiscal_valuation", "El avalúo fiscal no puede ser negativo.")
        delivery = draft.delivery_date
        if delivery is not None and not isinstance(delivery, date):
            delivery = checks.run(day, delivery, "delivery_date", "La fecha de entrega")
        values: dict[str, Any] = {
            "number": number,
            "kind": kind or "apartment",
            "tower": optional_text(checks, "tower", draft.tower, "la torre", 30),
            "floor": optional_text(checks, "floor", draft.floor, "el piso", 10),
            "area_x100": checks.run(parse_area, draft.area_m2),
            "fiscal_valuation": valuation,
            "delivery_date": delivery,
            "owner_id": self._person_id(uow, checks, community, draft.owner_tax_id, "owner_tax_id"),
            "resident_id": self._person_id(
                uow, checks, community, draft.resident_tax_id, "resident_tax_id"
            ),
            "parent_id": self._parent_id(uow, checks, community, draft.parent_number, current),
            "notes": optional_text(checks, "notes", draft.notes, "las notas", 2000),
            "active": bool(draft.active),
        }
        checks.done()
        return values

    def _person_id(
        self, uow: UnitOfWork, checks: Checks, community: Community, text: str, field: str
    ) -> int | None:
        if not (text or "").strip():
            return None
        tax_id = checks.run(normalize_tax_id, text, community.country, field)
        if tax_id is None:
            return None
        person_id = uow.session.scalar(select(Person.id).where(Person.tax_id == tax_id))
        if person_id is None:
            label = profile(community.country).tax_id_label
            checks.add(
                field, f"No hay una persona registrada con el {label} {tax_id}: regístrela primero."
            )
        return person_id

    def _parent_id(
        self,
        uow: UnitOfWork,
        checks: Checks,
        community: Community,
        text: str,
        current: Unit | None,
    ) -> int | None:
        number = clean_number(text)
        if not number:
            return None
        parent = self._by_number(uow, community, number)
        if parent is None:
            checks.add("parent_number", f"No existe la unidad {number} en esta comunidad.")
            return None
        if current is not None and parent.id == current.id:
            checks.add("parent_number", "Una unidad no puede ser su propia unidad principal.")
            return None
        if parent.parent_id is not None:
            main = uow.session.get(Unit, parent.parent_id)
            checks.add(
                "parent_number",
                f"La unidad {parent.number} ya es parte de la unidad {main.number if main else '?'}: "
                "elija una unidad principal.",
            )
            return None
        if current is not None:
            subs = self._sub_units(uow, current.id)
            if subs:
                checks.add(
                    "parent_number",
                    f"Esta unidad agrupa a {', '.join(subs)}: no puede quedar bajo otra unidad.",
                )
                return None
        return parent.id

    # -- helpers -------------------------------------------------------------------------
    def _load(self, uow: UnitOfWork, community: Community, unit_id: int) -> Unit:
        unit = uow.session.get(Unit, unit_id)
        if unit is None or unit.community_id != community.id:
            raise NotFound("La unidad ya no existe.")
        return unit

    def _by_number(self, uow: UnitOfWork, community: Community, number: str) -> Unit | None:
        return uow.session.scalars(
            select(Unit)
            .where(Unit.community_id == community.id, func.upper(Unit.number) == number.upper())
            .limit(1)
        ).first()

    def _sub_units(self, uow: UnitOfWork, unit_id: int) -> list[str]:
        return natural_sorted(
            uow.session.scalars(select(Unit.number).where(Unit.parent_id == unit_id))
        )

    def _snapshot(self, uow: UnitOfWork, unit: Unit) -> dict[str, Any]:
        parent = uow.session.get(Unit, unit.parent_id) if unit.parent_id else None
        return {
            "number": unit.number,
            "kind": UNIT_KINDS.get(unit.kind, unit.kind),
            "tower": unit.tower,
            "floor": unit.floor,
            "area_m2": format_area(unit.area_x100) or None,
            "fiscal_valuation": unit.fiscal_valuation,
            "delivery_date": unit.delivery_date.isoformat() if unit.delivery_date else None,
            "owner": _person_label(
                uow.session.get(Person, unit.owner_id) if unit.owner_id else None
            ),
            "resident": _person_label(
                uow.session.get(Person, unit.resident_id) if unit.resident_id else None
            ),
            "parent": parent.number if parent else None,
            "notes": unit.notes,
            "active": unit.active,
        }

    def _payload(self, uow: UnitOfWork, community: Community, unit: Unit) -> dict[str, Any]:
        """What the co-owner portal learns about a unit."""

        def person(person_id: int | None) -> dict[str, str] | None:
            p = uow.session.get(Person, person_id) if person_id else None
            return {"tax_id": p.tax_id, "full_name": p.full_name, "emails": p.emails} if p else None

        parent = uow.session.get(Unit, unit.parent_id) if unit.parent_id else None
        return {
            "community": community.code,
            "number": unit.number,
            "kind": unit.kind,
            "tower": unit.tower,
            "floor": unit.floor,
            "owner": person(unit.owner_id),
            "resident": person(unit.resident_id),
            "parent": parent.number if parent else None,
            "active": unit.active,
        }

    def _detail(self, uow: UnitOfWork, community: Community, unit: Unit) -> UnitDetail:
        parent = uow.session.get(Unit, unit.parent_id) if unit.parent_id else None
        shares = uow.session.execute(
            select(ShareTable.name, UnitShare.micro)
            .join(UnitShare, UnitShare.table_id == ShareTable.id)
            .where(ShareTable.community_id == community.id, UnitShare.unit_id == unit.id)
            .order_by(ShareTable.position, ShareTable.name)
        ).all()
        exponent = profile(community.country).minor_exponent
        valuation = unit.fiscal_valuation
        return UnitDetail(
            id=unit.id,
            community_id=community.id,
            number=unit.number,
            kind=unit.kind,
            kind_label=UNIT_KINDS.get(unit.kind, unit.kind),
            tower=unit.tower,
            floor=unit.floor,
            area_x100=unit.area_x100,
            area=format_area(unit.area_x100),
            fiscal_valuation=valuation,
            fiscal_valuation_text=""
            if valuation is None
            else format_amount(valuation, exponent, ""),
            delivery_date=unit.delivery_date,
            owner=person_row(uow.session.get(Person, unit.owner_id) if unit.owner_id else None),
            resident=person_row(
                uow.session.get(Person, unit.resident_id) if unit.resident_id else None
            ),
            parent_id=unit.parent_id,
            parent_number=parent.number if parent else "",
            notes=unit.notes,
            active=unit.active,
            shares=tuple((name, micro) for name, micro in shares),
            sub_units=tuple(self._sub_units(uow, unit.id)),
        )
