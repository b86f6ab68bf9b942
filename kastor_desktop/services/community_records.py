"""What the community master-data services share: list, create, update and delete the rows of one
community's table, with the permission check, validation, audit entry and Changes of each call.

A subclass names its model, Changes area, write permission and audit entity, and gives
``_validate`` (draft -> column values, raising ValidationFailed with every field error),
``_snapshot`` (what the audit log keeps) and ``_row`` (the frozen row screens get). Hooks let a
service add its own rules around a write (one default bank account, no orphan subcategories).
"""

from __future__ import annotations

import builtins
import re
from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute

from kastor_desktop.domain.country import CountryProfile, profile
from kastor_desktop.domain.taxid import normalize_tax_id
from kastor_desktop.services.context import Actor, Changes, Outcome
from kastor_desktop.services.errors import NotFound
from kastor_desktop.services.unit_of_work import ServiceContext, UnitOfWork
from kastor_desktop.services.validation import Checks
from kastor_desktop.store.models import Community

M = TypeVar("M")
R = TypeVar("R")
D = TypeVar("D")

VIEW = "communities.view"
_DIGITS = re.compile(r"(\d+)")


def code_key(code: str) -> tuple[Any, ...]:
    """Natural order of codes and unit numbers: «01.2» < «01.10», «2» < «10»."""
    return tuple(
        (0, int(part)) if part.isdigit() else (1, part.casefold())
        for part in _DIGITS.split(code)
        if part
    )


def load_community(uow: UnitOfWork, community_id: int, permission: str = VIEW) -> Community:
    """The community, after checking ``permission`` in it."""
    community = uow.session.get(Community, community_id)
    if community is None:
        raise NotFound("La comunidad ya no existe.")
    uow.require(permission, community.id)
    return community


def country_of(community: Community) -> CountryProfile:
    return profile(community.country)


def check_tax_id(checks: Checks, value: str, community: Community, field: str = "tax_id") -> str:
    """The RUT or CUIT (by the community's country) in its canonical form; '' if wrong."""
    return checks.run(normalize_tax_id, value, community.country, field) or ""


def optional_text(checks: Checks, field: str, value: str | None, label: str, limit: int) -> str:
    """Optional free text, trimmed; ``label`` carries its article: «el giro»."""
    text = (value or "").strip()
    if len(text) > limit:
        checks.add(field, f"{label[0].upper()}{label[1:]} admite como máximo {limit} caracteres.")
    return text


def audit_change(
    uow: UnitOfWork,
    community: Community,
    action: str,
    entity: str,
    entity_id: object,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
) -> None:
    uow.audit(action, entity, entity_id, before, after, community.id, community.name)


class CommunityRecords(Generic[M, D, R]):
    model: type[M]
    area: str  # the Changes area screens listen to
    permission: str  # needed for every write
    entity: str  # audit entity and action prefix: «supplier» -> supplier.create ...
    missing: str  # NotFound message when the row is gone
    title_field = "name"  # the column that names a row in messages

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- what a subclass gives ----------------------------------------------------------
    def _validate(
        self, uow: UnitOfWork, community: Community, draft: D, current: M | None
    ) -> dict[str, Any]:
        raise NotImplementedError

    def _snapshot(self, record: M) -> dict[str, Any]:
        raise NotImplementedError

    def _row(self, record: M) -> R:
        raise NotImplementedError

    def _order(self) -> Sequence[Any]:
        return (self._column("id"),)

    # hooks around writes (inside the unit of work, before the audit entry)
    def _created(self, uow: UnitOfWork, community: Community, record: M) -> None:
        pass

    def _deleting(self, uow: UnitOfWork, community: Community, record: M) -> None:
        pass

    def _deleted(self, uow: UnitOfWork, community: Community, record: M) -> None:
        pass

    # -- the calls ------------------------------------------------------------------------
    def list(self, actor: Actor, community_id: int) -> builtins.list[R]:
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id)
            return [self._row(r) for r in self._records(uow, community)]

    def create(self, actor: Actor, community_id: int, draft: D) -> Outcome[R]:
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id, self.permission)
            values = self._validate(uow, community, draft, None)
            record = self.model(community_id=community.id, **values)  # type: ignore[call-arg]
            uow.session.add(record)
            uow.session.flush()
            self._created(uow, community, record)
            self._audit(uow, community, "create", record, None, self._snapshot(record))
            uow.commit()
            return Outcome(self._row(record), self.changes())

    def update(self, actor: Actor, community_id: int, record_id: int, draft: D) -> Outcome[R]:
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id, self.permission)
            record = self._load(uow, community, record_id)
            values = self._validate(uow, community, draft, record)
            before = self._snapshot(record)
            for key, value in values.items():
                setattr(record, key, value)
            uow.session.flush()
            after = self._snapshot(record)
            if after != before:
                self._audit(uow, community, "update", record, before, after)
            uow.commit()
            return Outcome(self._row(record), self.changes() if after != before else Changes())

    def delete(self, actor: Actor, community_id: int, record_id: int) -> Outcome[None]:
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id, self.permission)
            record = self._load(uow, community, record_id)
            self._deleting(uow, community, record)
            before = self._snapshot(record)
            uow.session.delete(record)
            uow.session.flush()
            self._deleted(uow, community, record)
            self._audit(uow, community, "delete", record, before, None)
            uow.commit()
            return Outcome(None, self.changes())

    def changes(self) -> Changes:
        return Changes.of(self.area)

    # -- helpers --------------------------------------------------------------------------
    def _column(self, name: str) -> InstrumentedAttribute[Any]:
        column: InstrumentedAttribute[Any] = getattr(self.model, name)
        return column

    def _records(self, uow: UnitOfWork, community: Community) -> builtins.list[M]:
        query = (
            select(self.model)
            .where(self._column("community_id") == community.id)
            .order_by(*self._order())
        )
        return list(uow.session.scalars(query))

    def _load(self, uow: UnitOfWork, community: Community, record_id: int) -> M:
        record = uow.session.get(self.model, record_id)
        if record is None or getattr(record, "community_id", None) != community.id:
            raise NotFound(self.missing)
        return record

    def _audit(
        self,
        uow: UnitOfWork,
        community: Community,
        verb: str,
        record: M,
        before: dict[str, Any] | None,
        after: dict[str, Any] | None,
    ) -> None:
        audit_change(
            uow,
            community,
            f"{self.entity}.{verb}",
            self.entity,
            getattr(record, "id", ""),
            before,
            after,
        )

    def _clash(
        self,
        uow: UnitOfWork,
        community: Community,
        current: M | None,
        **where: Any,
    ) -> M | None:
        """Another row of this community with these values (text compared without case)."""
        query = select(self.model).where(self._column("community_id") == community.id)
        for name, value in where.items():
            column = self._column(name)
            query = query.where(
                func.lower(column) == value.lower() if isinstance(value, str) else column == value
            )
        if current is not None:
            query = query.where(self._column("id") != getattr(current, "id", None))
        return uow.session.scalars(query.limit(1)).first()

    def _unique_tax_id(
        self,
        uow: UnitOfWork,
        checks: Checks,
        community: Community,
        current: M | None,
        tax_id: str,
        whose: str,
    ) -> None:
        """Refuse a tax id another row of the community has; ``whose``: «del proveedor»."""
        clash = self._clash(uow, community, current, tax_id=tax_id) if tax_id else None
        if clash is not None:
            label = country_of(community).tax_id_label
            name = getattr(clash, self.title_field)
            checks.add("tax_id", f"El {label} «{tax_id}» ya es {whose} «{name}» en esta comunidad.")
