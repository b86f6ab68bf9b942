"""What the closing screens and commands show of a month: the per-unit lines of the open
month's preview, or those a closing stored (verified again against its hash)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import text

from kastor_desktop.domain import closing as dc
from kastor_desktop.services.closing_inputs import Gathered
from kastor_desktop.services.errors import NotFound
from kastor_desktop.services.notice_compose import as_json
from kastor_desktop.services.periods import (
    PeriodRow,
    closing_in_force,
    month_label,
    period_code,
    period_row,
)
from kastor_desktop.services.unit_of_work import UnitOfWork
from kastor_desktop.store.models import Community
from kastor_desktop.store.models.closing import Period


@dataclass(frozen=True)
class UnitLines:
    unit_id: int
    number: str
    owner_name: str
    lines: dict[str, int]  # concept code -> amount (every concept, previous_balance included)
    month_total: int
    previous_notice_total: int
    payments_since: int
    previous_balance: int
    total: int
    folio: int | None = None


@dataclass(frozen=True)
class ClosingView:
    """A month's per-unit lines, totals and problems: the preview of the open month, or what a
    closed month's closing stored."""

    community_id: int
    community_code: str
    period: PeriodRow
    exponent: int
    units: tuple[UnitLines, ...]
    totals: dict[str, int]  # concept -> total; plus month_total and total
    by_account: tuple[tuple[str, str, int], ...]  # code, name, amount entered
    warnings: tuple[str, ...]
    errors: tuple[str, ...]
    closed: bool
    sequence: int | None = None
    hash: str = ""
    previous_hash: str = ""
    verified: bool | None = None  # closed: the stored lines match the hash
    due_date: date | None = None

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def month_total(self) -> int:
        return self.totals["month_total"]

    @property
    def total(self) -> int:
        return self.totals["total"]


def preview_view(
    community: Community,
    period: Period,
    gathered: Gathered,
    preview: dc.ClosingPreview,
    uow: UnitOfWork,
) -> ClosingView:
    info = {u.id: u for u in gathered.units}
    units = []
    for statement in preview.units:
        account = gathered.accounts[statement.unit_id]
        units.append(
            UnitLines(
                statement.unit_id,
                statement.number,
                info[statement.unit_id].owner_name,
                {c.value: v for c, v in statement.lines.items()},
                statement.month_total,
                account.previous_notice_total,
                account.payments_since,
                statement.lines[dc.Concept.PREVIOUS_BALANCE],
                statement.total,
            )
        )
    totals = {c.value: v for c, v in preview.totals.by_concept.items()}
    totals["month_total"] = preview.totals.month_total
    totals["total"] = preview.totals.total
    by_account = tuple(
        (code, gathered.accounts_by_code.get(code, ""), amount)
        for code, amount in sorted(preview.totals.by_account.items())
    )
    warnings = [p.message for p in (*gathered.extra_warnings, *preview.warnings)]
    return ClosingView(
        community.id,
        community.code,
        period_row(uow, period),
        gathered.inputs.exponent,
        tuple(units),
        totals,
        by_account,
        tuple(warnings),
        tuple(p.message for p in preview.errors),
        closed=False,
    )


def closing_hash(
    previous: str,
    code: str,
    period: str,
    sequence: int,
    lines: list[tuple[Any, ...]],
    notices: list[tuple[Any, ...]],
) -> str:
    """sha256 of the closing's lines (unit, concept, amount) and notices (folio, unit, total),
    chained to the previous closing's hash."""
    payload = as_json(
        {
            "previous": previous,
            "community": code,
            "period": period,
            "sequence": sequence,
            "lines": sorted(lines),
            "notices": sorted(notices),
        }
    )
    return hashlib.sha256(payload.encode()).hexdigest()


def stored_view(uow: UnitOfWork, community: Community, period: Period) -> ClosingView:
    closing = closing_in_force(uow, period)
    if closing is None:
        raise NotFound(
            f"El período {month_label(period.year, period.month)} no tiene un cierre vigente."
        )
    stored = json.loads(closing.summary)
    notices = [
        json.loads(d)
        for (d,) in uow.session.execute(
            text("SELECT data FROM notices WHERE closing_id = :k ORDER BY folio"),
            {"k": closing.id},
        )
    ]
    charged = uow.session.execute(
        text("SELECT unit_id, concept, amount FROM charges WHERE closing_id = :k"),
        {"k": closing.id},
    ).all()
    notice_keys = [(n["folio"], n["unit_id"], n["total"]) for n in notices]
    digest = closing_hash(
        closing.previous_hash,
        community.code,
        period_code(period.year, period.month),
        closing.sequence,
        [tuple(r) for r in charged],
        notice_keys,
    )
    owners = dict(
        uow.session.execute(
            text(
                """SELECT u.id, coalesce(p.full_name, '') FROM units u
                   LEFT JOIN people p ON p.id = u.owner_id WHERE u.community_id = :cid"""
            ),
            {"cid": community.id},
        ).all()
    )
    units = tuple(
        UnitLines(
            n["unit_id"],
            n["number"],
            n["owner_name"] or owners.get(n["unit_id"], ""),
            {**n["lines"], "previous_balance": n["previous_balance"]},
            n["month_total"],
            n["previous_notice_total"],
            n["payments_since"],
            n["previous_balance"],
            n["total"],
            n["folio"],
        )
        for n in notices
    )
    names = dict(
        uow.session.execute(
            text("SELECT code, name FROM expense_accounts WHERE community_id = :cid"),
            {"cid": community.id},
        ).all()
    )
    return ClosingView(
        community.id,
        community.code,
        period_row(uow, period),
        stored["header"]["exponent"],
        units,
        stored["totals"],
        tuple((code, names.get(code, ""), amount) for code, amount in stored["by_account"]),
        tuple(stored.get("warnings", ())),
        (),
        closed=True,
        sequence=closing.sequence,
        hash=closing.hash,
        previous_hash=closing.previous_hash,
        verified=digest == closing.hash,
        due_date=closing.due_date,
    )
