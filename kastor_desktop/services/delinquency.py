"""Delinquency (morosidad): what each unit owes by age, per community and office-wide, the
community's month-by-month history, the booking block, the reports and the reminder letters.

Everything is read in bulk (``services.ledger.open_items``: three grouped queries for the whole
office) and aged with the community's allocation order (interest first or principal first).
Each unit also carries its last collection action, the state of its latest payment agreement
and whether the booking rule blocks it:

    a unit may not book common spaces when its community turned the rule on
    (``block_bookings``), it has debt overdue for more than ``block_after_days`` days, and it
    has no agreement being kept (an active agreement lifts the block; a broken one does not).

Reminder letters are in services/reminders.py (``send_reminders`` here calls them).
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select, text

from kastor_desktop.domain.ledger import Aging, total_aging
from kastor_desktop.domain.money import format_amount
from kastor_desktop.services.agreements import agreement_states
from kastor_desktop.services.collection_log import ACTION_KINDS, STAGES
from kastor_desktop.services.community_records import code_key, country_of, load_community
from kastor_desktop.services.context import Actor, Outcome
from kastor_desktop.services.ledger import OpenItems, aging_of_items, find_unit, open_items
from kastor_desktop.services.unit_of_work import ServiceContext, UnitOfWork
from kastor_desktop.services.validation import Checks

Progress = Callable[[int, int, str], None]  # done, total, what; may raise to cancel
AGREEMENT_LABELS = {"active": "Vigente", "broken": "Incumplido", "completed": "Cumplido"}
_NONE = OpenItems([])


@dataclass(frozen=True)
class UnitDebt:
    community_id: int
    community_code: str
    community_name: str
    unit_id: int
    unit_number: str
    owner_name: str
    owner_email: str  # the owner's first e-mail, "" when none
    aging: Aging
    last_action: str  # «Carta, 12-11-2026» or ""
    stage: str  # the last action's stage: "", early, late, judicial
    agreement: str  # "", active, broken, completed
    blocked: bool  # may not book common spaces

    @property
    def balance(self) -> int:
        return self.aging.balance

    @property
    def owed(self) -> int:
        return self.aging.owed

    @property
    def overdue(self) -> int:
        return self.aging.overdue

    @property
    def days(self) -> int:
        return self.aging.days

    @property
    def stage_label(self) -> str:
        return STAGES.get(self.stage, "")

    @property
    def agreement_label(self) -> str:
        return AGREEMENT_LABELS.get(self.agreement, "")


@dataclass(frozen=True)
class MonthDebt:
    year: int
    month: int
    overdue: int
    owed: int
    units_overdue: int


@dataclass(frozen=True)
class ReminderResult:
    letters: int
    emails_queued: int
    without_email: list[str]
    path: Path


@dataclass(frozen=True)
class Rules:
    """A community's settings as the aging and the booking rule use them."""

    interest_first: bool = False
    block_bookings: bool = False
    block_after_days: int = 60


def totals(rows: Iterable[UnitDebt]) -> Aging:
    """The rows' agings summed (domain/ledger.total_aging)."""
    return total_aging(row.aging for row in rows)


def is_blocked(aging: Aging, rules: Rules, agreement: str) -> bool:
    return (
        rules.block_bookings
        and aging.overdue > 0
        and aging.days > rules.block_after_days
        and agreement != "active"
    )


def rules_of(uow: UnitOfWork, community_ids: Sequence[int]) -> dict[int, Rules]:
    found = {
        cid: Rules(bool(first), bool(block), int(after))
        for cid, first, block, after in uow.session.execute(
            text(
                "SELECT community_id, interest_first, block_bookings, block_after_days"
                " FROM collection_settings"
            )
        )
    }
    return {cid: found.get(cid, Rules()) for cid in community_ids}


def _in(column: str, ids: Sequence[int] | None) -> str:
    if ids is None:
        return ""
    return f" AND {column} IN ({','.join(str(int(i)) for i in ids) or 'NULL'})"


def unit_debts(
    uow: UnitOfWork, community_ids: Sequence[int] | None, as_of: date, only_owing: bool = True
) -> list[UnitDebt]:
    """Every unit of the communities (None: all), aged as of ``as_of``, in community and unit
    order; with ``only_owing`` only those that owe something (due or not yet due)."""
    communities = {
        cid: (code, name)
        for cid, code, name in uow.session.execute(
            text("SELECT id, code, name FROM communities WHERE 1" + _in("id", community_ids))
        )
    }
    ids = sorted(communities)
    rules = rules_of(uow, ids)
    items = open_items(uow, None if community_ids is None else ids, as_of)
    actions: dict[int, tuple[str, str, str]] = {}
    for unit_id, kind, done_on, stage in uow.session.execute(
        text(
            "SELECT unit_id, kind, done_on, stage FROM collection_actions WHERE done_on <= :d"
            + _in("community_id", None if community_ids is None else ids)
            + " ORDER BY done_on, id"
        ),
        {"d": as_of.isoformat()},
    ):
        on = str(done_on)[:10]
        actions[unit_id] = (kind, f"{on[8:10]}-{on[5:7]}-{on[:4]}", stage)
    agreements = agreement_states(uow, None if community_ids is None else ids, as_of)
    rows: list[tuple[Any, ...]] = []
    for unit_id, cid, number, owner, emails in uow.session.execute(
        text(
            "SELECT u.id, u.community_id, u.number, p.full_name, p.emails FROM units u"
            " LEFT JOIN people p ON p.id = u.owner_id WHERE 1"
            + _in("u.community_id", None if community_ids is None else ids)
        )
    ):
        found = items.get(unit_id)
        rule = rules[cid]
        aging = aging_of_items(found or _NONE, as_of, rule.interest_first)
        if only_owing and aging.owed <= 0:
            continue
        code, name = communities[cid]
        kind, on, stage = actions.get(unit_id, ("", "", ""))
        agreement = agreements.get(unit_id, "")
        email = (emails or "").replace(";", ",").split(",", 1)[0].strip()
        debt = UnitDebt(
            cid,
            code,
            name,
            unit_id,
            number,
            owner or "",
            email,
            aging,
            f"{ACTION_KINDS.get(kind, kind)}, {on}" if kind else "",
            stage,
            agreement,
            is_blocked(aging, rule, agreement),
        )
        rows.append((code, number, debt))
    # sort keys of the distinct codes and numbers once (numbers repeat across communities)
    codes = {c: i for i, c in enumerate(sorted({r[0] for r in rows}))}
    numbers = {n: i for i, n in enumerate(sorted({r[1] for r in rows}, key=code_key))}
    width = len(numbers) + 1
    rows.sort(key=lambda r: codes[r[0]] * width + numbers[r[1]])
    return [r[2] for r in rows]


def visible_communities(uow: UnitOfWork) -> list[int] | None:
    """Communities the actor may view (None: every one)."""
    visible = uow.grants.communities_with("communities.view")
    return None if visible is None else sorted(visible)


def month_ends(as_of: date, months: int) -> list[date]:
    """The last ``months`` month ends up to ``as_of`` (the current month ends on ``as_of``)."""
    points = []
    for back in range(months - 1, -1, -1):
        index = as_of.year * 12 + as_of.month - 1 - back
        year, month = divmod(index, 12)
        end = date(year, month + 1, calendar.monthrange(year, month + 1)[1])
        points.append(min(end, as_of))
    return points


def report_data(uow: UnitOfWork, community_ids: list[int] | None, as_of: date, office: bool) -> Any:
    """What the delinquency report prints (reports/delinquency_report.py)."""
    from kastor_desktop.reports.delinquency_report import DelinquencyReport, ReportCommunity
    from kastor_desktop.store.models import Community, Office

    query = select(Community).order_by(Community.code)
    if community_ids is not None:
        query = query.where(Community.id.in_(community_ids))
    communities = {
        c.id: ReportCommunity(c.id, c.code, c.name, c.currency, country_of(c).minor_exponent)
        for c in uow.session.scalars(query)
    }
    rows = unit_debts(uow, community_ids, as_of, only_owing=True)
    office_row = uow.session.get(Office, 1)
    office_name = office_row.name if office_row else ""
    if office or len(communities) != 1:
        title = "Informe de morosidad de la administración"
    else:
        title = f"Informe de morosidad — {next(iter(communities.values())).name}"
    return DelinquencyReport(title, office_name, as_of, office, communities, rows)


class DelinquencyService:
    area = "delinquency"

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def units(
        self, actor: Actor, community_id: int, as_of: date | None = None, only_owing: bool = True
    ) -> list[UnitDebt]:
        """The community's units by number, aged as of ``as_of`` (default today)."""
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id)
            return unit_debts(uow, [community.id], as_of or uow.now.date(), only_owing)

    def office(
        self, actor: Actor, as_of: date | None = None, only_owing: bool = True
    ) -> list[UnitDebt]:
        """Every community the actor may view, by community code and unit number."""
        with self.ctx.work(actor) as uow:
            return unit_debts(uow, visible_communities(uow), as_of or uow.now.date(), only_owing)

    def history(
        self, actor: Actor, community_id: int, months: int = 12, as_of: date | None = None
    ) -> list[MonthDebt]:
        """The community's debt at each month end (the current month: ``as_of``), oldest first."""
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id)
            interest_first = rules_of(uow, [community.id])[community.id].interest_first
            result = []
            for point in month_ends(as_of or uow.now.date(), max(1, months)):
                overdue = owed = count = 0
                for items in open_items(uow, [community.id], point).values():
                    aging = aging_of_items(items, point, interest_first)
                    overdue += aging.overdue
                    owed += aging.owed
                    count += aging.overdue > 0
                result.append(MonthDebt(point.year, point.month, overdue, owed, count))
            return result

    def may_book(
        self, actor: Actor, community_id: int, unit_number: str, on: date | None = None
    ) -> tuple[bool, str]:
        """Whether the unit may book common spaces on ``on`` (default today), and why."""
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id)
            checks = Checks()
            unit = find_unit(uow, community, unit_number, checks)
            checks.done()
            assert unit is not None
            when = on or uow.now.date()
            rule = rules_of(uow, [community.id])[community.id]
            aging = aging_of_items(
                open_items(uow, [community.id], when).get(unit.id, _NONE),
                when,
                rule.interest_first,
            )
            agreement = agreement_states(uow, [community.id], when).get(unit.id, "")
            money = format_amount(aging.overdue, country_of(community).minor_exponent)
            if not rule.block_bookings:
                return True, f"{community.name} no bloquea las reservas por morosidad."
            if aging.overdue <= 0:
                return True, f"La unidad {unit.number} no tiene deuda vencida."
            if aging.days <= rule.block_after_days:
                return True, (
                    f"La unidad {unit.number} tiene {money} vencidos hace {aging.days} días; el "
                    f"bloqueo rige después de {rule.block_after_days} días."
                )
            if agreement == "active":
                return True, (
                    f"La unidad {unit.number} tiene {money} vencidos hace {aging.days} días, "
                    "pero un convenio de pago vigente."
                )
            return False, (
                f"La unidad {unit.number} tiene {money} vencidos hace {aging.days} días (más de "
                f"{rule.block_after_days}): no puede reservar espacios comunes hasta pagar o "
                "firmar un convenio de pago."
            )

    def report(
        self,
        actor: Actor,
        community_id: int | None,
        path: Path,
        fmt: str = "xlsx",
        as_of: date | None = None,
        progress: Progress | None = None,
    ) -> Path:
        """The delinquency report of a community (None: the office) as XLSX or PDF."""
        from kastor_desktop.reports.delinquency_report import write_report

        if fmt not in ("xlsx", "pdf"):
            raise ValueError(f"formato desconocido: {fmt}")
        step = progress or (lambda _done, _total, _what: None)
        step(0, 2, "Leyendo las deudas…")
        with self.ctx.work(actor) as uow:
            when = as_of or uow.now.date()
            if community_id is None:
                ids = visible_communities(uow)
            else:
                ids = [load_community(uow, community_id).id]
            data = report_data(uow, ids, when, office=community_id is None)
        step(1, 2, "Escribiendo el informe…")
        written = write_report(data, Path(path), fmt)
        step(2, 2, "Informe listo.")
        return written

    def send_reminders(
        self,
        actor: Actor,
        community_id: int,
        unit_numbers: list[str],
        path: Path,
        as_of: date | None = None,
        progress: Progress | None = None,
    ) -> Outcome[ReminderResult]:
        """One PDF with a reminder letter per unit, e-mails queued for the portal and the
        collection log written, all in one transaction (see services/reminders.py)."""
        from kastor_desktop.services.reminders import send

        with self.ctx.work(actor) as uow:
            return send(
                uow, community_id, unit_numbers, Path(path), as_of or uow.now.date(), progress
            )
