"""Sending reminder letters (``DelinquencyService.send_reminders``): one PDF with a letter per
chosen unit, a «reminder.email» outbox row per unit whose owner has an e-mail (the portal sends
it), and the collection log written («Carta», plus «Correo de cobranza» when queued) — all in
one transaction. The PDF is written first to a side file and put in place only after the
commit, so a failure leaves neither rows nor the file.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select, text

from kastor_desktop.domain.contact_info import format_phone
from kastor_desktop.domain.ledger import aging_of, settle
from kastor_desktop.domain.money import format_amount
from kastor_desktop.reports import notice_data as nd
from kastor_desktop.services.collection_log import add_action, last_stage
from kastor_desktop.services.community_records import country_of, load_community
from kastor_desktop.services.context import Changes, Outcome
from kastor_desktop.services.ledger import collection_settings_for, unit_entries
from kastor_desktop.services.notice_compose import ACCOUNT_TYPES, payment_reference
from kastor_desktop.services.periods import settings_for
from kastor_desktop.services.unit_of_work import UnitOfWork
from kastor_desktop.services.validation import Checks
from kastor_desktop.store.models import Community, Office
from kastor_desktop.store.models.master import Person, Unit

MANAGE = "collection.manage"


def _units(uow: UnitOfWork, community: Community, numbers: list[str]) -> list[Unit]:
    checks = Checks()
    wanted = list(dict.fromkeys(n.strip() for n in numbers if n and n.strip()))
    if not wanted:
        checks.add("units", "Elija al menos una unidad para enviarle la carta de cobranza.")
    found = {
        u.number: u
        for u in uow.session.scalars(
            select(Unit).where(Unit.community_id == community.id, Unit.number.in_(wanted))
        )
    }
    missing = [n for n in wanted if n not in found]
    if missing:
        checks.add(
            "units",
            f"Unidades: {', '.join(f'«{n}»' for n in missing)} no existen en {community.name}.",
        )
    checks.done()
    return [found[n] for n in wanted]


def _letter(
    uow: UnitOfWork, community: Community, unit: Unit, as_of: date, interest_first: bool
) -> tuple[Any, Person | None]:
    from kastor_desktop.reports.reminder_letters import Letter, LetterItem

    entries = unit_entries(uow, community.id, unit.id)
    debits = [d for d in entries.debits if d.on <= as_of]
    credits = [c for c in entries.credits if c.on <= as_of]
    settlement = settle(debits, credits, interest_first)
    aging = aging_of(debits, credits, as_of, interest_first)
    items = tuple(
        LetterItem(d.label, d.due, settlement.open[i], max((as_of - d.due).days, 0))
        for i, d in enumerate(debits)
        if settlement.open[i]
    )
    owner = uow.session.get(Person, unit.owner_id) if unit.owner_id else None
    letter = Letter(
        unit.number,
        owner.full_name if owner else "",
        owner.tax_id if owner else "",
        owner.postal_address if owner else "",
        aging,
        items,
        payment_reference(community, unit.number),
    )
    return letter, owner


def _batch(uow: UnitOfWork, community: Community, letters: list[Any], as_of: date) -> Any:
    from kastor_desktop.reports.reminder_letters import LetterBatch

    attachments = uow.ctx.paths.attachments

    def absolute(relative: str | None) -> str | None:
        path = attachments / relative if relative else None
        return str(path) if path is not None and path.exists() else None

    office = uow.session.get(Office, 1)
    bank = uow.session.execute(
        text(
            """SELECT bank, account_type, number, holder_tax_id FROM bank_accounts
               WHERE community_id = :cid ORDER BY is_default DESC, id LIMIT 1"""
        ),
        {"cid": community.id},
    ).first()
    administrator = settings_for(uow, community, persist=False).administrator
    return LetterBatch(
        community.country,
        country_of(community).minor_exponent,
        nd.Party(
            office.name if office else "",
            office.tax_id if office else "",
            logo_path=absolute(office.logo_path if office else None),
        ),
        nd.Party(
            community.name,
            community.tax_id,
            community.address,
            format_phone(community.phone),
            community.email,
            absolute(community.logo_path),
        ),
        administrator or (office.name if office else ""),
        absolute(community.signature_path),
        None
        if bank is None
        else nd.BankDetails(
            bank[0],
            str(ACCOUNT_TYPES.get(bank[1], bank[1])),
            bank[2],
            community.name,
            bank[3],
            community.email,
        ),
        uow.now.date(),
        as_of,
        tuple(letters),
    )


def send(
    uow: UnitOfWork,
    community_id: int,
    unit_numbers: list[str],
    path: Path,
    as_of: date,
    progress: Callable[[int, int, str], None] | None = None,
) -> Outcome[Any]:
    from kastor_desktop.reports.reminder_letters import render_letters
    from kastor_desktop.services.delinquency import ReminderResult

    community = load_community(uow, community_id, MANAGE)
    if not Path(path).parent.is_dir():  # say so before any work, naming the folder
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(Path(path).parent))
    units = _units(uow, community, unit_numbers)
    interest_first = collection_settings_for(uow, community).interest_first
    exponent = country_of(community).minor_exponent
    step = progress or (lambda _done, _total, _what: None)
    letters, owners, nothing = [], [], []
    for done, unit in enumerate(units):
        step(done, len(units) + 1, f"Carta de la unidad {unit.number}…")
        letter, owner = _letter(uow, community, unit, as_of, interest_first)
        if letter.aging.balance <= 0:
            nothing.append(unit.number)
        letters.append(letter)
        owners.append(owner)
    if nothing:
        checks = Checks()
        checks.add(
            "units",
            f"No deben nada al {as_of.strftime('%d-%m-%Y')}: {', '.join(nothing)}. "
            "Quítelas de la selección.",
        )
        checks.done()
    today = uow.now.date()
    without_email: list[str] = []
    queued = 0
    for unit, letter, owner in zip(units, letters, owners, strict=True):
        aging = letter.aging
        stage = last_stage(uow, unit.id)
        note = (
            f"Carta de cobranza: adeuda {format_amount(aging.owed, exponent)}, vencido "
            f"{format_amount(aging.overdue, exponent)} al {as_of.strftime('%d-%m-%Y')}."
        )
        add_action(uow, community, unit, today, "letter", stage, note)
        email = ""
        if owner is not None:
            email = (owner.emails or "").replace(";", ",").split(",", 1)[0].strip()
        if not email:
            without_email.append(unit.number)
            continue
        uow.outbox(
            "reminder.email",
            {
                "community": community.code,
                "unit": unit.number,
                "email": email,
                "amount": aging.owed,
                "overdue": aging.overdue,
                "as_of": as_of.isoformat(),
            },
            community.id,
        )
        add_action(
            uow,
            community,
            unit,
            today,
            "email",
            stage,
            f"Recordatorio por correo a {email} (enviado por el portal).",
        )
        queued += 1
    uow.audit(
        "reminders.send",
        "community",
        community.id,
        None,
        {
            "units": [u.number for u in units],
            "as_of": as_of,
            "emails_queued": queued,
            "without_email": without_email,
            "file": Path(path).name,
        },
        community.id,
        community.name,
    )
    path = Path(path)
    side = path.with_name(path.name + ".part")
    try:
        render_letters(_batch(uow, community, letters, as_of), side)
        step(len(units), len(units) + 1, "Guardando…")
        uow.commit()
        os.replace(side, path)
    finally:
        if side.exists():
            side.unlink()
    result = ReminderResult(len(letters), queued, without_email, path)
    return Outcome(result, Changes.of("collection", "delinquency"))
