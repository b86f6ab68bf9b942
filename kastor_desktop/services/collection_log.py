"""A unit's collection log (gestiones de cobranza): what the office did to collect its debt.

Each action has a kind (reminder e-mail, letter, phone call, visit, agreement, sent to lawyer,
other), the day it was done, a note, the next step with its date, and the collection stage it
belongs to (early, late, judicial). Reminder letters and payment agreements add their own
entries (services/delinquency.py, services/agreements.py) through :func:`add_action`.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from kastor_desktop.domain.values import day
from kastor_desktop.services.community_records import audit_change, load_community
from kastor_desktop.services.context import Actor, Changes, Outcome
from kastor_desktop.services.errors import NotFound
from kastor_desktop.services.ledger import find_unit
from kastor_desktop.services.unit_of_work import ServiceContext, UnitOfWork
from kastor_desktop.services.validation import Checks
from kastor_desktop.store.models import Community
from kastor_desktop.store.models.collection import CollectionAction
from kastor_desktop.store.models.master import Unit

MANAGE = "collection.manage"
ACTION_KINDS = {
    "email": "Correo de cobranza",
    "letter": "Carta",
    "call": "Llamada",
    "visit": "Visita",
    "agreement": "Convenio de pago",
    "lawyer": "Derivado a abogado",
    "other": "Otra",
}
STAGES = {"early": "Temprana", "late": "Avanzada", "judicial": "Judicial"}
CHANGES = ("collection", "delinquency")
NOTE_LIMIT = 2000


@dataclass(frozen=True)
class ActionDraft:
    done_on: date | str
    kind: str
    stage: str
    note: str = ""
    next_step: str = ""
    next_on: date | str | None = None


@dataclass(frozen=True)
class ActionRow:
    id: int
    unit_number: str
    done_on: date
    kind: str
    kind_label: str
    stage: str
    stage_label: str
    note: str
    next_step: str
    next_on: date | None
    created_by: str


def action_label(kind: str, done_on: date) -> str:
    """«Carta, 12-11-2026»: how lists show a unit's last action."""
    return f"{ACTION_KINDS.get(kind, kind)}, {done_on.strftime('%d-%m-%Y')}"


def row_of(action: CollectionAction, unit_number: str) -> ActionRow:
    return ActionRow(
        action.id,
        unit_number,
        action.done_on,
        action.kind,
        ACTION_KINDS.get(action.kind, action.kind),
        action.stage,
        STAGES.get(action.stage, action.stage),
        action.note,
        action.next_step,
        action.next_on,
        action.created_by,
    )


def add_action(
    uow: UnitOfWork,
    community: Community,
    unit: Unit,
    done_on: date,
    kind: str,
    stage: str,
    note: str = "",
    next_step: str = "",
    next_on: date | None = None,
) -> CollectionAction:
    """Insert a checked action (no audit entry: the caller writes its own)."""
    action = CollectionAction(
        community_id=community.id,
        unit_id=unit.id,
        done_on=done_on,
        kind=kind,
        stage=stage,
        note=note,
        next_step=next_step,
        next_on=next_on,
        created_at=uow.now,
        created_by=uow.actor.username if uow.actor else "sistema",
    )
    uow.session.add(action)
    uow.session.flush()
    return action


def last_stage(uow: UnitOfWork, unit_id: int) -> str:
    """The stage of the unit's latest action; «early» when it has none."""
    stage = uow.session.scalar(
        select(CollectionAction.stage)
        .where(CollectionAction.unit_id == unit_id)
        .order_by(CollectionAction.done_on.desc(), CollectionAction.id.desc())
        .limit(1)
    )
    return stage or "early"


def _snapshot(action: CollectionAction, unit_number: str) -> dict[str, object]:
    return {
        "unit": unit_number,
        "done_on": action.done_on,
        "kind": ACTION_KINDS.get(action.kind, action.kind),
        "stage": STAGES.get(action.stage, action.stage),
        "note": action.note,
        "next_step": action.next_step,
        "next_on": action.next_on,
    }


class CollectionLogService:
    area = "collection"

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def list(self, actor: Actor, community_id: int, unit_number: str) -> builtins.list[ActionRow]:
        """The unit's actions, newest first."""
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id)
            checks = Checks()
            unit = find_unit(uow, community, unit_number, checks)
            checks.done()
            assert unit is not None
            actions = uow.session.scalars(
                select(CollectionAction)
                .where(
                    CollectionAction.community_id == community.id,
                    CollectionAction.unit_id == unit.id,
                )
                .order_by(CollectionAction.done_on.desc(), CollectionAction.id.desc())
            )
            return [row_of(a, unit.number) for a in actions]

    def add(
        self, actor: Actor, community_id: int, unit_number: str, draft: ActionDraft
    ) -> Outcome[ActionRow]:
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id, MANAGE)
            checks = Checks()
            unit = find_unit(uow, community, unit_number, checks)
            today = uow.now.date()
            done_on = checks.run(day, draft.done_on, "done_on", "Fecha")
            if done_on is None and "done_on" not in checks.errors:
                checks.add("done_on", "Indique la fecha de la gestión.")
            elif done_on is not None and done_on > today:
                checks.add(
                    "done_on",
                    f"Fecha: {done_on.strftime('%d-%m-%Y')} es posterior a hoy; registre la "
                    "gestión cuando se haga (la próxima va en «Próximo paso»).",
                )
            if draft.kind not in ACTION_KINDS:
                checks.add(
                    "kind", f"Tipo: «{draft.kind}» no es uno de {', '.join(ACTION_KINDS.values())}."
                )
            if draft.stage not in STAGES:
                checks.add(
                    "stage", f"Etapa: «{draft.stage}» no es una de {', '.join(STAGES.values())}."
                )
            note = (draft.note or "").strip()
            if len(note) > NOTE_LIMIT:
                checks.add("note", f"La nota admite como máximo {NOTE_LIMIT} caracteres.")
            next_step = " ".join((draft.next_step or "").split())
            if len(next_step) > 200:
                checks.add("next_step", "El próximo paso admite como máximo 200 caracteres.")
            next_on = checks.run(day, draft.next_on, "next_on", "Fecha del próximo paso")
            if next_on is not None and done_on is not None and next_on < done_on:
                checks.add(
                    "next_on",
                    "Fecha del próximo paso: no puede ser anterior a la fecha de la gestión.",
                )
            checks.done()
            assert unit is not None and done_on is not None
            action = add_action(
                uow, community, unit, done_on, draft.kind, draft.stage, note, next_step, next_on
            )
            audit_change(
                uow,
                community,
                "collection_action.create",
                "collection_action",
                action.id,
                None,
                _snapshot(action, unit.number),
            )
            row = row_of(action, unit.number)
            uow.commit()
            return Outcome(row, Changes.of(*CHANGES))

    def delete(self, actor: Actor, community_id: int, action_id: int) -> Outcome[None]:
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id, MANAGE)
            action = uow.session.get(CollectionAction, action_id)
            if action is None or action.community_id != community.id:
                raise NotFound("La gestión de cobranza ya no existe en esta comunidad.")
            unit = uow.session.get(Unit, action.unit_id)
            before = _snapshot(action, unit.number if unit else "")
            uow.session.delete(action)
            audit_change(
                uow,
                community,
                "collection_action.delete",
                "collection_action",
                action_id,
                before,
                None,
            )
            uow.commit()
            return Outcome(None, Changes.of(*CHANGES))
