"""A community's months: the one open period and the closed ones before it.

A community gets its first open period the first time anyone asks for it (the month of the
clock's date); closing opens the next month. Entries of a period (expenses, income, readings,
charges, fund contributions) are written only while it is open: ``open_period_for`` and
``require_open`` are the guard every entry service uses, so no service can edit a closed month.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import select

from kastor_desktop.services.community_records import load_community
from kastor_desktop.services.context import Actor
from kastor_desktop.services.errors import NotFound, ValidationFailed
from kastor_desktop.services.unit_of_work import ServiceContext, UnitOfWork
from kastor_desktop.store.models import Community
from kastor_desktop.store.models.closing import Closing, ClosingSettings, Period

S = TypeVar("S", bound=Any)

MONTHS = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio",
    "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
)  # fmt: skip


def month_label(year: int, month: int) -> str:
    """«noviembre 2026»"""
    return f"{MONTHS[month - 1]} {year}"


def period_code(year: int, month: int) -> str:
    """«2026-11», as commands take it."""
    return f"{year:04d}-{month:02d}"


def parse_period(text: str) -> tuple[int, int]:
    """«2026-11» -> (2026, 11); a Spanish ValueError names the value otherwise."""
    value = (text or "").strip()
    parts = value.split("-")
    if len(parts) == 2 and all(p.isdigit() for p in parts) and len(parts[0]) == 4:
        year, month = int(parts[0]), int(parts[1])
        if 1 <= month <= 12:
            return year, month
    raise ValueError(f"Período «{value}»: use el formato AAAA-MM, por ejemplo 2026-11.")


def next_month(year: int, month: int) -> tuple[int, int]:
    return (year + 1, 1) if month == 12 else (year, month + 1)


def previous_month(year: int, month: int) -> tuple[int, int]:
    return (year - 1, 12) if month == 1 else (year, month - 1)


@dataclass(frozen=True)
class PeriodRow:
    id: int
    community_id: int
    year: int
    month: int
    status: str  # open | closed
    closing_id: int | None  # the closing in force, for a closed period
    sequence: int | None
    closed_at: object | None
    closed_by: str | None

    @property
    def code(self) -> str:
        return period_code(self.year, self.month)

    @property
    def label(self) -> str:
        return month_label(self.year, self.month)

    @property
    def is_open(self) -> bool:
        return self.status == "open"


def settings_for(uow: UnitOfWork, community: Community, persist: bool = True) -> ClosingSettings:
    """The community's closing settings, created with the defaults on first use. With
    ``persist=False`` a community without settings gets an unsaved default row (readers such
    as the preview and the closing's computation take no write lock)."""
    return settings_row(uow, ClosingSettings, community, persist)


def settings_row(uow: UnitOfWork, model: type[S], community: Community, persist: bool) -> S:
    """A per-community settings row (primary key ``community_id``), with its columns' defaults
    when the community has none yet; added to the session only with ``persist``."""
    row = uow.session.get(model, community.id)
    if row is None:
        defaults = {
            column.key: column.default.arg  # type: ignore[union-attr]
            for column in model.__table__.columns  # type: ignore[attr-defined]
            if column.default is not None and not callable(column.default.arg)  # type: ignore[union-attr]
        }
        row = model(community_id=community.id, **defaults)
        if persist:
            uow.session.add(row)
            uow.session.flush()
    return row


def open_period_for(uow: UnitOfWork, community: Community) -> Period:
    """The community's open period; the clock's month is opened when it has none yet."""
    period = uow.session.scalars(
        select(Period).where(Period.community_id == community.id, Period.status == "open")
    ).first()
    if period is not None:
        return period
    last = uow.session.scalars(
        select(Period)
        .where(Period.community_id == community.id)
        .order_by(Period.year.desc(), Period.month.desc())
        .limit(1)
    ).first()
    year, month = next_month(last.year, last.month) if last else (uow.now.year, uow.now.month)
    period = Period(
        community_id=community.id, year=year, month=month, status="open", opened_at=uow.now
    )
    uow.session.add(period)
    uow.session.flush()
    return period


def find_period(uow: UnitOfWork, community: Community, year: int, month: int) -> Period:
    period = uow.session.scalars(
        select(Period).where(
            Period.community_id == community.id, Period.year == year, Period.month == month
        )
    ).first()
    if period is None:
        raise NotFound(
            f"La comunidad {community.code} no tiene el período {period_code(year, month)}."
        )
    return period


def require_open(period: Period) -> None:
    """Refuse any change to a closed month (corrections go in the open month)."""
    if period.status != "open":
        raise ValidationFailed(
            {
                "period": f"El período {month_label(period.year, period.month)} está cerrado: "
                "no se puede modificar. Registre la corrección en el mes abierto o reabra el "
                "cierre."
            }
        )


def closing_in_force(uow: UnitOfWork, period: Period) -> Closing | None:
    return uow.session.scalars(
        select(Closing).where(Closing.period_id == period.id, Closing.status == "closed")
    ).first()


def last_closing(uow: UnitOfWork, community: Community) -> Closing | None:
    """The community's latest closing in force (None before the first close)."""
    return uow.session.scalars(
        select(Closing)
        .where(Closing.community_id == community.id, Closing.status == "closed")
        .order_by(Closing.sequence.desc())
        .limit(1)
    ).first()


def period_row(uow: UnitOfWork, period: Period) -> PeriodRow:
    closing = closing_in_force(uow, period) if period.status == "closed" else None
    return PeriodRow(
        period.id,
        period.community_id,
        period.year,
        period.month,
        period.status,
        closing.id if closing else None,
        closing.sequence if closing else None,
        closing.closed_at if closing else None,
        closing.closed_by if closing else None,
    )


class PeriodService:
    area = "periods"

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def current(self, actor: Actor, community_id: int) -> PeriodRow:
        """The open month (opened now if the community has none yet)."""
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id)
            period = open_period_for(uow, community)
            row = period_row(uow, period)
            uow.commit()
            return row

    def list(self, actor: Actor, community_id: int) -> list[PeriodRow]:
        """Every period of the community, newest first (the open one first)."""
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id)
            open_period_for(uow, community)
            periods = uow.session.scalars(
                select(Period)
                .where(Period.community_id == community.id)
                .order_by(Period.year.desc(), Period.month.desc())
            ).all()
            rows = [period_row(uow, p) for p in periods]
            uow.commit()
            return rows

    def get(self, actor: Actor, community_id: int, year: int, month: int) -> PeriodRow:
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id)
            return period_row(uow, find_period(uow, community, year, month))

    def start_at(self, actor: Actor, community_id: int, year: int, month: int) -> PeriodRow:
        """Choose the first month of a community that has closed nothing yet."""
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id, "periods.close")
            closed = uow.session.scalars(
                select(Period.id).where(
                    Period.community_id == community.id, Period.status == "closed"
                )
            ).first()
            if closed is not None:
                raise ValidationFailed(
                    {
                        "period": "La comunidad ya tiene meses cerrados: el mes abierto sigue al último."
                    }
                )
            period = open_period_for(uow, community)
            if (period.year, period.month) != (year, month):
                if not 1 <= month <= 12:
                    raise ValidationFailed({"period": f"Mes {month} inválido."})
                period.year, period.month = year, month
            uow.audit(
                "period.start",
                "period",
                period.id,
                None,
                {"period": period_code(year, month)},
                community.id,
                community.name,
            )
            uow.commit()
            return period_row(uow, period)


def due_date_for(issued_on: date, days: int) -> date:
    from datetime import timedelta

    return issued_on + timedelta(days=days)
