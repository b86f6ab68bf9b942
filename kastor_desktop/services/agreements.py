"""Payment agreements (convenios de pago): propose a schedule, sign it, follow it, cancel it.

The agreement covers the unit's balance on the day it is signed (charges posted by then less
payments received by then). The schedule follows the community's rules (collection settings:
most instalments, smallest first instalment) and domain/agreements.py. The committee's approval
is recorded with the agreement («Comité de administración, acta N° 12» and its date). Whether
it is kept is derived, never stored: payments of the unit on or after the signing day are
matched against the instalments (``track``), so voiding a payment re-opens an instalment. Only
the cancellation is stored (with its reason). Signing adds an «agreement» entry to the unit's
collection log.
"""

from __future__ import annotations

import builtins
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select

from kastor_desktop.domain import agreements as rules
from kastor_desktop.domain.ledger import aging_of
from kastor_desktop.domain.money import format_amount
from kastor_desktop.domain.values import day, minor_units
from kastor_desktop.services.collection_log import add_action, last_stage
from kastor_desktop.services.community_records import audit_change, country_of, load_community
from kastor_desktop.services.context import Actor, Changes, Outcome
from kastor_desktop.services.errors import NotFound
from kastor_desktop.services.ledger import collection_settings_for, find_unit, unit_entries
from kastor_desktop.services.unit_of_work import ServiceContext, UnitOfWork
from kastor_desktop.services.validation import Checks
from kastor_desktop.store.models import Community
from kastor_desktop.store.models.closing import Payment
from kastor_desktop.store.models.collection import AgreementInstalment, PaymentAgreement
from kastor_desktop.store.models.master import Person, Unit

MANAGE = "collection.manage"
CHANGES = ("collection", "delinquency")


@dataclass(frozen=True)
class InstalmentRow:
    number: int
    due_on: date
    amount: int
    paid: int = 0
    status: str = "pending"  # paid | partial | pending | overdue

    @property
    def status_label(self) -> str:
        return rules.INSTALMENT_STATUS.get(self.status, self.status)


@dataclass(frozen=True)
class Proposal:
    debt: int
    schedule: list[InstalmentRow]
    rules_text: str  # Spanish: the community's rules, for the form


@dataclass(frozen=True)
class AgreementDraft:
    signed_on: date | str
    instalments: int | str
    first_amount: int | str | None = None  # None or "": the community's minimum
    start: date | str | None = None  # first instalment's due date; None: the signing day
    approved_by: str = ""  # «Comité de administración, acta N° 12»
    approved_on: date | str | None = None
    note: str = ""


@dataclass(frozen=True)
class AgreementRow:
    id: int
    unit_number: str
    owner_name: str
    signed_on: date
    debt: int
    status: str  # active | completed | broken | cancelled
    status_label: str
    paid: int
    remaining: int
    approved_by: str
    approved_on: date | None
    instalments: list[InstalmentRow] = field(default_factory=list)
    note: str = ""
    cancel_reason: str = ""


def balance_on(uow: UnitOfWork, community: Community, unit: Unit, on: date) -> int:
    """What the unit owes on ``on`` (charges posted by then less credits received by then)."""
    entries = unit_entries(uow, community.id, unit.id)
    interest_first = collection_settings_for(uow, community).interest_first
    return aging_of(entries.debits, entries.credits, on, interest_first).balance


def rules_text(max_instalments: int, min_first_micro: int, debt: int, exponent: int) -> str:
    minimum = rules.minimum_first(debt, min_first_micro) if debt > 0 else 0
    text = f"Reglas de la comunidad: hasta {max_instalments} cuotas mensuales"
    if min_first_micro:
        text += (
            f"; primera cuota de al menos el {rules.percent_text(min_first_micro)} % de la deuda"
            f" ({format_amount(minimum, exponent)})"
        )
    return text + "; requiere la aprobación del comité."


def _count(checks: Checks, value: int | str) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    text = str(value or "").strip()
    if text.isdigit():
        return int(text)
    checks.add("instalments", f"Cuotas: «{value}» no es un número entero de cuotas.")
    return 0


def _plan(
    uow: UnitOfWork,
    community: Community,
    checks: Checks,
    debt: int,
    instalments: int | str,
    first_amount: int | str | None,
    start: date | None,
) -> list[rules.Instalment]:
    """The schedule under the community's rules, every problem added to ``checks``."""
    settings = collection_settings_for(uow, community)
    exponent = country_of(community).minor_exponent
    count = _count(checks, instalments)
    first: int | None = None
    if isinstance(first_amount, int) and not isinstance(first_amount, bool):
        first = first_amount
    elif first_amount not in (None, ""):
        first = checks.run(minor_units, first_amount, exponent, "first_amount", "Primera cuota")
    if checks.errors or start is None:
        return []
    try:
        return rules.schedule(
            debt,
            count,
            first,
            start,
            settings.agreement_max_instalments,
            settings.agreement_min_first_micro,
            exponent,
        )
    except rules.ScheduleRejected as rejected:
        for name, message in rejected.errors.items():
            checks.add(name, message)
        return []


def tracking_of(
    uow: UnitOfWork, agreements: Iterable[PaymentAgreement], as_of: date
) -> dict[int, tuple[list[rules.Instalment], rules.Tracking]]:
    """agreement id -> (its instalments, how the unit's payments since signing cover them)."""
    chosen = list(agreements)
    if not chosen:
        return {}
    ids = [a.id for a in chosen]
    plans: dict[int, list[rules.Instalment]] = defaultdict(list)
    for item in uow.session.scalars(
        select(AgreementInstalment)
        .where(AgreementInstalment.agreement_id.in_(ids))
        .order_by(AgreementInstalment.agreement_id, AgreementInstalment.number)
    ):
        plans[item.agreement_id].append(rules.Instalment(item.number, item.due_on, item.amount))
    units = {a.unit_id for a in chosen}
    since = min(a.signed_on for a in chosen)
    paid: dict[int, list[tuple[date, int]]] = defaultdict(list)
    for unit_id, on, amount in uow.session.execute(
        select(Payment.unit_id, Payment.paid_on, Payment.amount).where(
            Payment.unit_id.in_(units),
            Payment.voided.is_(False),
            Payment.paid_on >= since,
            Payment.paid_on <= as_of,
        )
    ):
        paid[unit_id].append((on, amount))
    result = {}
    for agreement in chosen:
        payments = [p for p in paid[agreement.unit_id] if p[0] >= agreement.signed_on]
        plan = plans[agreement.id]
        result[agreement.id] = (plan, rules.track(plan, payments, as_of))
    return result


def agreement_states(
    uow: UnitOfWork, community_ids: Iterable[int] | None, as_of: date
) -> dict[int, str]:
    """unit id -> the state of its latest agreement not cancelled: active, broken, completed."""
    query = (
        select(PaymentAgreement)
        .where(PaymentAgreement.status != "cancelled", PaymentAgreement.signed_on <= as_of)
        .order_by(PaymentAgreement.signed_on, PaymentAgreement.id)
    )
    if community_ids is not None:
        query = query.where(PaymentAgreement.community_id.in_(sorted(set(community_ids))))
    latest = {a.unit_id: a for a in uow.session.scalars(query)}
    tracked = tracking_of(uow, latest.values(), as_of)
    return {
        unit_id: "completed" if a.status == "completed" else tracked[a.id][1].status
        for unit_id, a in latest.items()
    }


def _instalment_rows(tracking: rules.Tracking) -> list[InstalmentRow]:
    return [
        InstalmentRow(i.number, i.due, i.amount, i.paid, i.status) for i in tracking.instalments
    ]


class AgreementService:
    area = "collection"

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def propose(
        self,
        actor: Actor,
        community_id: int,
        unit_number: str,
        instalments: int | str,
        first_amount: int | str | None = None,
        start: date | str | None = None,
    ) -> Proposal:
        """The schedule the unit's debt today would get (nothing is saved)."""
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id)
            checks = Checks()
            unit = find_unit(uow, community, unit_number, checks)
            first_due = checks.run(day, start, "start", "Primera cuota vence") or uow.now.date()
            checks.done()
            assert unit is not None
            debt = balance_on(uow, community, unit, uow.now.date())
            plan = _plan(uow, community, checks, debt, instalments, first_amount, first_due)
            checks.done()
            settings = collection_settings_for(uow, community)
            return Proposal(
                debt,
                [InstalmentRow(i.number, i.due, i.amount) for i in plan],
                rules_text(
                    settings.agreement_max_instalments,
                    settings.agreement_min_first_micro,
                    debt,
                    country_of(community).minor_exponent,
                ),
            )

    def create(
        self, actor: Actor, community_id: int, unit_number: str, draft: AgreementDraft
    ) -> Outcome[AgreementRow]:
        """Sign an agreement for the unit's debt on the signing day, with its approval."""
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id, MANAGE)
            today = uow.now.date()
            checks = Checks()
            unit = find_unit(uow, community, unit_number, checks)
            signed_on = checks.run(day, draft.signed_on, "signed_on", "Fecha de firma")
            if signed_on is None and "signed_on" not in checks.errors:
                checks.add("signed_on", "Indique la fecha de firma del convenio.")
            elif signed_on is not None and signed_on > today:
                checks.add("signed_on", "Fecha de firma: no puede ser posterior a hoy.")
            start = checks.run(day, draft.start, "start", "Primera cuota vence") or signed_on
            if start is not None and signed_on is not None and start < signed_on:
                checks.add(
                    "start", "Primera cuota vence: no puede ser anterior a la firma del convenio."
                )
            approved_by = checks.require(
                "approved_by", draft.approved_by, "quién aprobó el convenio (comité, acta)"
            )
            approved_on = checks.run(day, draft.approved_on, "approved_on", "Fecha de aprobación")
            if approved_on is None and "approved_on" not in checks.errors:
                checks.add("approved_on", "Indique la fecha de aprobación del convenio.")
            elif approved_on is not None and approved_on > today:
                checks.add("approved_on", "Fecha de aprobación: no puede ser posterior a hoy.")
            note = (draft.note or "").strip()
            if len(note) > 2000:
                checks.add("note", "La nota admite como máximo 2000 caracteres.")
            if unit is not None:
                open_one = uow.session.scalar(
                    select(PaymentAgreement.id).where(
                        PaymentAgreement.unit_id == unit.id, PaymentAgreement.status == "active"
                    )
                )
                if open_one is not None:
                    checks.add(
                        "unit",
                        f"La unidad {unit.number} ya tiene el convenio N° {open_one} vigente: "
                        "anúlelo antes de firmar otro.",
                    )
            checks.done()
            assert unit is not None and signed_on is not None and approved_on is not None
            debt = balance_on(uow, community, unit, signed_on)
            plan = _plan(uow, community, checks, debt, draft.instalments, draft.first_amount, start)
            checks.done()
            agreement = PaymentAgreement(
                community_id=community.id,
                unit_id=unit.id,
                signed_on=signed_on,
                debt=debt,
                approved_by=approved_by,
                approved_on=approved_on,
                status="active",
                note=note,
                created_at=uow.now,
                created_by=actor.username,
            )
            uow.session.add(agreement)
            uow.session.flush()
            uow.session.add_all(
                AgreementInstalment(
                    agreement_id=agreement.id, number=i.number, due_on=i.due, amount=i.amount
                )
                for i in plan
            )
            exponent = country_of(community).minor_exponent
            add_action(
                uow,
                community,
                unit,
                signed_on,
                "agreement",
                last_stage(uow, unit.id),
                f"Convenio N° {agreement.id}: {len(plan)} cuota(s) por "
                f"{format_amount(debt, exponent)}; aprobado por {approved_by} el "
                f"{approved_on.strftime('%d-%m-%Y')}.",
                "Pago de la cuota 1",
                plan[0].due,
            )
            audit_change(
                uow,
                community,
                "agreement.create",
                "payment_agreement",
                agreement.id,
                None,
                {
                    "unit": unit.number,
                    "signed_on": signed_on,
                    "debt": debt,
                    "instalments": [[i.number, i.due, i.amount] for i in plan],
                    "approved_by": approved_by,
                    "approved_on": approved_on,
                },
            )
            uow.session.flush()
            row = self._rows(uow, community, [agreement], today)[0]
            uow.commit()
            return Outcome(row, Changes.of(*CHANGES))

    def list(
        self,
        actor: Actor,
        community_id: int,
        unit_number: str | None = None,
        as_of: date | None = None,
    ) -> builtins.list[AgreementRow]:
        """The community's agreements (or the unit's), newest first, tracked as of ``as_of``."""
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id)
            query = select(PaymentAgreement).where(PaymentAgreement.community_id == community.id)
            if unit_number:
                checks = Checks()
                unit = find_unit(uow, community, unit_number, checks)
                checks.done()
                assert unit is not None
                query = query.where(PaymentAgreement.unit_id == unit.id)
            query = query.order_by(PaymentAgreement.signed_on.desc(), PaymentAgreement.id.desc())
            agreements = builtins.list(uow.session.scalars(query))
            return self._rows(uow, community, agreements, as_of or uow.now.date())

    def cancel(
        self, actor: Actor, community_id: int, agreement_id: int, reason: str
    ) -> Outcome[AgreementRow]:
        """Cancel an agreement (kept, with the reason); the debt is again plain debt."""
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id, MANAGE)
            agreement = uow.session.get(PaymentAgreement, agreement_id)
            if agreement is None or agreement.community_id != community.id:
                raise NotFound("El convenio ya no existe en esta comunidad.")
            checks = Checks()
            why = checks.require("reason", reason, "el motivo de la anulación", 500)
            if agreement.status == "cancelled":
                checks.add("agreement", f"El convenio N° {agreement.id} ya está anulado.")
            checks.done()
            before = agreement.status
            agreement.status = "cancelled"
            agreement.closed_at = uow.now
            agreement.close_reason = why
            uow.session.flush()
            audit_change(
                uow,
                community,
                "agreement.cancel",
                "payment_agreement",
                agreement.id,
                {"status": before},
                {"status": "cancelled", "reason": why},
            )
            row = self._rows(uow, community, [agreement], uow.now.date())[0]
            uow.commit()
            return Outcome(row, Changes.of(*CHANGES))

    def _rows(
        self,
        uow: UnitOfWork,
        community: Community,
        agreements: builtins.list[PaymentAgreement],
        as_of: date,
    ) -> builtins.list[AgreementRow]:
        tracked = tracking_of(uow, agreements, as_of)
        units: dict[int, tuple[str, str]] = {}
        if agreements:
            for uid, number, owner in uow.session.execute(
                select(Unit.id, Unit.number, Person.full_name)
                .outerjoin(Person, Person.id == Unit.owner_id)
                .where(Unit.id.in_({a.unit_id for a in agreements}))
            ):
                units[uid] = (number, owner or "")
        rows = []
        for a in agreements:
            _plan_, tracking = tracked[a.id]
            status: Any = a.status if a.status in ("cancelled", "completed") else tracking.status
            number, owner = units.get(a.unit_id, ("", ""))
            rows.append(
                AgreementRow(
                    a.id,
                    number,
                    owner,
                    a.signed_on,
                    a.debt,
                    status,
                    rules.AGREEMENT_STATUS.get(status, status),
                    tracking.paid,
                    tracking.remaining,
                    a.approved_by,
                    a.approved_on,
                    _instalment_rows(tracking),
                    a.note,
                    a.close_reason or "",
                )
            )
        return rows
