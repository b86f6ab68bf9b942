"""What the entry services of a month share (expenses, other income, individual charges...):
list a period's rows, and create, update and delete rows of the community's OPEN period only.

Like ``CommunityRecords`` (whose validate/snapshot/row contract it keeps), but rows hang from a
period: ``list`` reads the open period unless another is named, and every write checks that the
row's period is open, so no service can change a closed month.
"""

from __future__ import annotations

import builtins
from typing import Any, Generic, TypeVar

from sqlalchemy import select

from kastor_desktop.services.community_records import audit_change, load_community
from kastor_desktop.services.context import Actor, Changes, Outcome
from kastor_desktop.services.errors import NotFound
from kastor_desktop.services.periods import open_period_for, require_open
from kastor_desktop.services.unit_of_work import ServiceContext, UnitOfWork
from kastor_desktop.store.models import Community
from kastor_desktop.store.models.closing import Period

M = TypeVar("M")
R = TypeVar("R")
D = TypeVar("D")

PERMISSION = "expenses.manage"


class PeriodRecords(Generic[M, D, R]):
    model: type[M]
    area = "expenses"  # the Changes area screens listen to
    permission = PERMISSION
    entity: str  # audit entity and action prefix: «expense» -> expense.create ...
    missing: str  # NotFound message when the row is gone

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- what a subclass gives ----------------------------------------------------------
    def _validate(
        self, uow: UnitOfWork, community: Community, period: Period, draft: D, current: M | None
    ) -> dict[str, Any]:
        raise NotImplementedError

    def _snapshot(self, record: M) -> dict[str, Any]:
        raise NotImplementedError

    def _row(self, uow: UnitOfWork, record: M) -> R:
        raise NotImplementedError

    def _order(self) -> tuple[Any, ...]:
        return (self.model.id,)

    # -- the calls ------------------------------------------------------------------------
    def list(
        self, actor: Actor, community_id: int, period_id: int | None = None
    ) -> builtins.list[R]:
        """The rows of ``period_id`` (any period of the community), or of the open month."""
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id)
            period = self._period(uow, community, period_id)
            rows = [self._row(uow, r) for r in self._records(uow, period)]
            uow.commit()  # the open period may have just been opened
            return rows

    def create(self, actor: Actor, community_id: int, draft: D) -> Outcome[R]:
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id, self.permission)
            period = open_period_for(uow, community)
            values = self._validate(uow, community, period, draft, None)
            record = self.model(period_id=period.id, **values)  # type: ignore[call-arg]
            uow.session.add(record)
            uow.session.flush()
            self._audit(uow, community, "create", record, None, self._snapshot(record))
            uow.commit()
            return Outcome(self._row(uow, record), self.changes())

    def update(self, actor: Actor, community_id: int, record_id: int, draft: D) -> Outcome[R]:
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id, self.permission)
            record, period = self._load(uow, community, record_id)
            require_open(period)
            values = self._validate(uow, community, period, draft, record)
            before = self._snapshot(record)
            for key, value in values.items():
                setattr(record, key, value)
            uow.session.flush()
            after = self._snapshot(record)
            if after != before:
                self._audit(uow, community, "update", record, before, after)
            uow.commit()
            changes = self.changes() if after != before else Changes()
            return Outcome(self._row(uow, record), changes)

    def delete(self, actor: Actor, community_id: int, record_id: int) -> Outcome[None]:
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id, self.permission)
            record, period = self._load(uow, community, record_id)
            require_open(period)
            before = self._snapshot(record)
            uow.session.delete(record)
            uow.session.flush()
            self._audit(uow, community, "delete", record, before, None)
            uow.commit()
            return Outcome(None, self.changes())

    def changes(self) -> Changes:
        return Changes.of(self.area, "closing")

    # -- helpers --------------------------------------------------------------------------
    def _period(self, uow: UnitOfWork, community: Community, period_id: int | None) -> Period:
        if period_id is None:
            return open_period_for(uow, community)
        period = uow.session.get(Period, period_id)
        if period is None or period.community_id != community.id:
            raise NotFound("El período ya no existe.")
        return period

    def _records(self, uow: UnitOfWork, period: Period) -> builtins.list[M]:
        query = select(self.model).where(self.model.period_id == period.id).order_by(*self._order())
        return list(uow.session.scalars(query))

    def _load(self, uow: UnitOfWork, community: Community, record_id: int) -> tuple[M, Period]:
        record = uow.session.get(self.model, record_id)
        period = uow.session.get(Period, getattr(record, "period_id", None)) if record else None
        if record is None or period is None or period.community_id != community.id:
            raise NotFound(self.missing)
        return record, period

    def _audit(
        self,
        uow: UnitOfWork,
        community: Community,
        verb: str,
        record: M,
        before: dict[str, Any] | None,
        after: dict[str, Any] | None,
    ) -> None:
        entity_id = getattr(record, "id", "")
        audit_change(uow, community, f"{self.entity}.{verb}", self.entity, entity_id, before, after)
