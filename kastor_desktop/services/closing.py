"""The monthly closing: preview, close, reopen and show a community's month.

``close`` writes in ONE transaction the per-unit charges (debits of the unit ledger), the notices'
frozen data with gap-free folios, the payments each notice counts, the closing with its hash
chained to the previous closing in force, the outbox rows for the portal and the audit entry;
then the period is closed and the next month opened. A crash (or a cancel) before the commit
leaves nothing behind: SQLite rolls the whole transaction back. Bulk rows go through the DB-API
``executemany`` (STYLE.md: ORM objects per row are ten times slower).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select, text

from kastor_desktop.domain import closing as dc
from kastor_desktop.services.closing_inputs import gather
from kastor_desktop.services.closing_views import (
    ClosingView,
    closing_hash,
    preview_view,
    stored_view,
)
from kastor_desktop.services.community_records import load_community
from kastor_desktop.services.context import Actor, Changes, Outcome
from kastor_desktop.services.errors import ValidationFailed
from kastor_desktop.services.notice_compose import as_json, header, month_summary, unit_notices
from kastor_desktop.services.periods import (
    PeriodRow,
    closing_in_force,
    find_period,
    last_closing,
    month_label,
    next_month,
    open_period_for,
    period_code,
    period_row,
    settings_for,
)
from kastor_desktop.services.unit_of_work import ServiceContext, UnitOfWork
from kastor_desktop.store.models import Community
from kastor_desktop.store.models.closing import Closing, Period

Progress = Callable[[int, int, str], None]  # done, total, what; may raise to cancel
CHARGED = tuple((c, c.value) for c in dc.Concept if c is not dc.Concept.PREVIOUS_BALANCE)
CHANGES = ("closing", "periods", "expenses", "notices", "payments")


@dataclass(frozen=True)
class ClosingDone:
    community_code: str
    period: str  # YYYY-MM
    sequence: int
    hash: str
    units: int
    month_total: int
    total: int
    first_folio: int | None
    last_folio: int | None
    next_period: str


def _bulk(uow: UnitOfWork) -> Callable[[str, list[tuple[Any, ...]]], None]:
    """executemany on the unit of work's connection (nothing for no rows)."""
    connection = uow.session.connection()

    def run(sql: str, rows: list[tuple[Any, ...]]) -> None:
        if rows:
            connection.exec_driver_sql(sql, rows)

    return run


class ClosingService:
    area = "closing"

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- preview --------------------------------------------------------------------------
    def preview(
        self, actor: Actor, community_id: int, year: int | None = None, month: int | None = None
    ) -> ClosingView:
        """The open month's per-unit lines, totals, warnings and blocking errors. A closed
        month (named by year/month) shows what its closing stored."""
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id)
            period = self._period(uow, community, year, month)
            if period.status == "closed":
                return stored_view(uow, community, period)
            gathered = gather(uow, community, period)
            view = preview_view(community, period, gathered, dc.preview(gathered.inputs), uow)
            uow.commit()  # settings/open period created on first use
            return view

    def draft_batch(self, actor: Actor, community_id: int):  # type: ignore[no-untyped-def]
        """The open month's notices marked BORRADOR (``reports.notice_data.NoticeBatch``)."""
        from kastor_desktop.services.notice_compose import batch_from

        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id)
            period = open_period_for(uow, community)
            settings = settings_for(uow, community, persist=False)
            gathered = gather(uow, community, period)
            preview = dc.preview(gathered.inputs)
            previous = self._previous_summary(uow, community)
            issued = uow.now.date()
            due = issued + timedelta(days=settings.payment_term_days)
            return batch_from(
                header(uow, community, settings, gathered),
                month_summary(uow, community, settings, gathered, preview, previous),
                unit_notices(community, gathered, preview, {}),
                self.ctx.paths.attachments,
                year=period.year,
                month=period.month,
                sequence=0,
                issued_on=issued,
                due_date=due,
                second_due_date=self._second_due(community, settings, due),
                draft=True,
            )

    # -- close ----------------------------------------------------------------------------
    def close(
        self,
        actor: Actor,
        community_id: int,
        year: int,
        month: int,
        progress: Progress | None = None,
    ) -> Outcome[ClosingDone]:
        step = progress or (lambda done, total, what: None)
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id, "periods.close")
            period = find_period(uow, community, year, month)
            if period.status != "open":
                state = "ya está cerrado" if period.status == "closed" else "no es el mes abierto"
                raise ValidationFailed(
                    {"period": f"El período {month_label(year, month)} {state}."}
                )
            step(0, 5, "Leyendo el mes")
            settings = settings_for(uow, community, persist=False)
            gathered = gather(uow, community, period)
            preview = dc.preview(gathered.inputs)
            if preview.errors:
                raise ValidationFailed(
                    {f"Bloqueo {i}": p.message for i, p in enumerate(preview.errors, 1)}
                )
            step(1, 5, "Calculando avisos")
            last = last_closing(uow, community)
            previous = json.loads(last.summary)["month"] if last else None
            sequence = (
                uow.session.scalar(
                    select(func.max(Closing.sequence)).where(Closing.community_id == community.id)
                )
                or 0
            ) + 1
            previous_hash = last.hash if last else ""
            issued = uow.now.date()
            due = issued + timedelta(days=settings.payment_term_days)
            second_due = self._second_due(community, settings, due)
            first_folio = (
                uow.session.scalar(
                    text("SELECT max(folio) FROM notices WHERE community_id = :cid"),
                    {"cid": community.id},
                )
                or 0
            ) + 1
            folios = {s.unit_id: first_folio + i for i, s in enumerate(preview.units)}
            notices = unit_notices(community, gathered, preview, folios)
            head = header(uow, community, settings, gathered)
            summary_month = month_summary(uow, community, settings, gathered, preview, previous)
            # the month's charges only: the previous balance is already in the ledger
            lines = [
                (s.unit_id, code, s.lines[concept])
                for s in preview.units
                for concept, code in CHARGED
                if s.lines[concept]
            ]
            notice_keys = [(n["folio"], n["unit_id"], n["total"]) for n in notices]
            code = period_code(year, month)
            digest = closing_hash(previous_hash, community.code, code, sequence, lines, notice_keys)
            # everything written is prepared before the first write: the write lock (one writer
            # at a time in SQLite) is held only for the inserts and the commit
            summary = as_json(
                {
                    "header": head,
                    "month": summary_month,
                    "totals": {
                        **{c.value: v for c, v in preview.totals.by_concept.items()},
                        "month_total": preview.totals.month_total,
                        "total": preview.totals.total,
                    },
                    "by_account": sorted(preview.totals.by_account.items()),
                    "warnings": [p.message for p in preview.warnings],
                }
            )
            notice_rows = [(n["unit_id"], n["folio"], n["total"], as_json(n)) for n in notices]
            outbox_rows = self._outbox_rows(uow, community, code, due, notices)
            step(2, 5, "Guardando cargos")
            from kastor_desktop.services.fund_contributions import freeze_contributions

            freeze_contributions(uow, community, period)  # the month keeps today's defaults
            closing = Closing(
                community_id=community.id,
                period_id=period.id,
                sequence=sequence,
                status="closed",
                closed_at=uow.now,
                closed_by=actor.username,
                issued_on=issued,
                due_date=due,
                second_due_date=second_due,
                hash=digest,
                previous_hash=previous_hash,
                summary=summary,
            )
            uow.session.add(closing)
            uow.session.flush()
            raw = _bulk(uow)
            raw(
                "INSERT INTO charges (closing_id, community_id, unit_id, concept, amount, due_date)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [(closing.id, community.id, u, c, v, due.isoformat()) for u, c, v in lines],
            )
            step(3, 5, "Guardando avisos")
            raw(
                "INSERT INTO notices (closing_id, community_id, unit_id, folio, total, data)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [(closing.id, community.id, *row) for row in notice_rows],
            )
            uow.session.execute(
                text(
                    """UPDATE payments SET closing_id = :k
                       WHERE community_id = :cid AND closing_id IS NULL AND NOT voided"""
                ),
                {"k": closing.id, "cid": community.id},
            )
            uow.session.execute(  # payments voided after an earlier notice counted them
                text(
                    """UPDATE payments SET void_closing_id = :k
                       WHERE community_id = :cid AND voided AND closing_id IS NOT NULL
                         AND void_closing_id IS NULL"""
                ),
                {"k": closing.id, "cid": community.id},
            )
            raw(
                "INSERT INTO outbox (uuid, kind, community_id, payload, created_at, status,"
                " attempts) VALUES (?, ?, ?, ?, ?, ?, ?)",
                outbox_rows,
            )
            period.status = "closed"
            self._open_next(uow, community, period)
            step(4, 5, "Registrando")
            uow.audit(
                "closing.close",
                "closing",
                closing.id,
                None,
                {
                    "period": code,
                    "sequence": sequence,
                    "units": len(notices),
                    "month_total": preview.totals.month_total,
                    "total": preview.totals.total,
                    "folios": f"{first_folio}-{first_folio + len(notices) - 1}" if notices else "",
                    "hash": digest,
                },
                community.id,
                community.name,
            )
            step(5, 5, "Confirmando")
            uow.commit()
            nxt = period_code(*next_month(year, month))
            return Outcome(
                ClosingDone(
                    community.code,
                    code,
                    sequence,
                    digest,
                    len(notices),
                    preview.totals.month_total,
                    preview.totals.total,
                    first_folio if notices else None,
                    first_folio + len(notices) - 1 if notices else None,
                    nxt,
                ),
                Changes.of(*CHANGES),
            )

    # -- reopen ---------------------------------------------------------------------------
    def reopen(
        self, actor: Actor, community_id: int, year: int, month: int, reason: str
    ) -> Outcome[PeriodRow]:
        """Reverse the LAST closing as a whole: its charges stop counting, the payments its
        notices counted go back to «since the last notice», the month opens again and the month
        after it waits (its entries are kept) until the month is closed again."""
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id, "periods.reopen")
            why = (reason or "").strip()
            if len(why) < 5:
                raise ValidationFailed(
                    {"reason": "Indique el motivo de la reapertura (al menos 5 caracteres)."}
                )
            period = find_period(uow, community, year, month)
            closing = closing_in_force(uow, period)
            if period.status != "closed" or closing is None:
                raise ValidationFailed(
                    {"period": f"El período {month_label(year, month)} no está cerrado."}
                )
            later = uow.session.scalars(
                select(Closing)
                .where(
                    Closing.community_id == community.id,
                    Closing.status == "closed",
                    Closing.sequence > closing.sequence,
                )
                .limit(1)
            ).first()
            if later is not None:
                raise ValidationFailed(
                    {
                        "period": "Solo se puede reabrir el último mes cerrado; "
                        f"{month_label(year, month)} tiene cierres posteriores."
                    }
                )
            current = open_period_for(uow, community)
            current.status = "waiting"
            uow.session.flush()
            closing.status = "reversed"
            closing.reversed_at = uow.now
            closing.reversed_by = actor.username
            closing.reverse_reason = why
            uow.session.execute(
                text("UPDATE payments SET closing_id = NULL WHERE closing_id = :k"),
                {"k": closing.id},
            )
            uow.session.execute(
                text("UPDATE payments SET void_closing_id = NULL WHERE void_closing_id = :k"),
                {"k": closing.id},
            )
            period.status = "open"
            code = period_code(year, month)
            uow.outbox(
                "closing.reversed", {"community": community.code, "period": code}, community.id
            )
            uow.audit(
                "closing.reopen",
                "closing",
                closing.id,
                {"period": code, "status": "closed", "hash": closing.hash},
                {"period": code, "status": "reversed", "reason": why},
                community.id,
                community.name,
            )
            uow.commit()
            return Outcome(period_row(uow, period), Changes.of(*CHANGES))

    # -- show -----------------------------------------------------------------------------
    def show(self, actor: Actor, community_id: int, year: int, month: int) -> ClosingView:
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id)
            period = find_period(uow, community, year, month)
            if period.status != "closed":
                raise ValidationFailed(
                    {
                        "period": f"El período {month_label(year, month)} no está cerrado: use la vista previa."
                    }
                )
            return stored_view(uow, community, period)

    # -- helpers --------------------------------------------------------------------------
    def _period(
        self, uow: UnitOfWork, community: Community, year: int | None, month: int | None
    ) -> Period:
        if year is None or month is None:
            return open_period_for(uow, community)
        return find_period(uow, community, year, month)

    def _second_due(self, community: Community, settings: Any, due: date) -> date | None:
        if community.country != "AR":
            return None
        return due + timedelta(days=settings.second_due_days)

    def _previous_summary(self, uow: UnitOfWork, community: Community) -> dict[str, Any] | None:
        last = last_closing(uow, community)
        return json.loads(last.summary)["month"] if last else None

    def _open_next(self, uow: UnitOfWork, community: Community, period: Period) -> None:
        uow.session.flush()
        waiting = uow.session.scalars(
            select(Period).where(Period.community_id == community.id, Period.status == "waiting")
        ).first()
        if waiting is not None:
            waiting.status = "open"
            return
        year, month = next_month(period.year, period.month)
        uow.session.add(
            Period(
                community_id=community.id, year=year, month=month, status="open", opened_at=uow.now
            )
        )

    def _outbox_rows(
        self,
        uow: UnitOfWork,
        community: Community,
        code: str,
        due: date,
        notices: list[dict[str, Any]],
    ) -> list[tuple[Any, ...]]:
        now = uow.now
        rows = []
        for n in notices:
            payload = {
                "community": community.code,
                "period": code,
                "unit": n["number"],
                "folio": n["folio"],
                "due_date": due.isoformat(),
                "lines": n["lines"],
                "previous_balance": n["previous_balance"],
                "total": n["total"],
                "balance": n["total"],
            }
            rows.append(
                (
                    str(uuid.uuid4()),
                    "notice.issued",
                    community.id,
                    as_json(payload),
                    now,
                    "pending",
                    0,
                )
            )
        return rows
