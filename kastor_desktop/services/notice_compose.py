"""Compose what the notes of charge print from a closing's preview, and freeze it as JSON.

At close the header (office, community, bank, contact, the community's month) and each unit's
notice are stored as JSON; notices are always rendered from that stored data (``load_batch``),
so re-printing a closing gives the same document even after master data changes. The draft
notices of the preview come from the same ``compose`` with ``draft=True``.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select, text

from kastor_desktop.domain import closing as dc
from kastor_desktop.domain.contact_info import format_phone
from kastor_desktop.domain.units import UNIT_KINDS
from kastor_desktop.reports import notice_data as nd
from kastor_desktop.services.closing_inputs import Gathered
from kastor_desktop.services.unit_of_work import UnitOfWork
from kastor_desktop.store.models import Community, Contact, Office
from kastor_desktop.store.models.closing import Closing, ClosingSettings, Period

ACCOUNT_TYPES = {
    "checking": "Cuenta corriente",
    "sight": "Cuenta vista",
    "savings": "Cuenta de ahorro",
}
NOTICE_CONCEPTS = tuple(c for c in dc.Concept if c is not dc.Concept.PREVIOUS_BALANCE)


def payment_reference(community: Community, number: str) -> str:
    """Stable per unit, so a bank transfer can be matched month after month: «AROMOS-A101»."""
    return reference_for(community.code, number)


def reference_for(code: str, number: str) -> str:
    """The payment reference of unit ``number`` of the community coded ``code``."""
    return f"{code}-{re.sub(r'[^0-9A-Za-z]', '', number).upper()}"


def _party(
    name: str, tax_id: str, address: str, phone: str, email: str, logo: str | None
) -> dict[str, Any]:
    return {
        "name": name,
        "tax_id": tax_id,
        "address": address,
        "phone": phone,
        "email": email,
        "logo_path": logo,
    }


def header(
    uow: UnitOfWork, community: Community, settings: ClosingSettings, gathered: Gathered
) -> dict[str, Any]:
    """The parts of the notice common to every unit; logo paths relative to attachments."""
    office = uow.session.get(Office, 1)
    bank = uow.session.execute(
        text(
            """SELECT bank, account_type, number, holder_tax_id FROM bank_accounts
               WHERE community_id = :cid ORDER BY is_default DESC, id LIMIT 1"""
        ),
        {"cid": community.id},
    ).first()
    contact = uow.session.get(Contact, community.contact_id) if community.contact_id else None
    return {
        "country": community.country,
        "currency": community.currency,
        "exponent": 2 if community.currency == "ARS" else 0,
        "office": _party(
            office.name if office else "",
            office.tax_id if office else "",
            "",
            "",
            "",
            office.logo_path if office else None,
        ),
        "community": _party(
            community.name,
            community.tax_id,
            community.address,
            format_phone(community.phone),
            community.email,
            community.logo_path,
        ),
        "community_code": community.code,
        "administrator": settings.administrator or (office.name if office else ""),
        "signature_path": community.signature_path,
        "bank": None
        if bank is None
        else {
            "bank": bank[0],
            "account_type": ACCOUNT_TYPES.get(bank[1], bank[1]),
            "number": bank[2],
            "holder_name": community.name,
            "holder_tax_id": bank[3],
            "email": community.email,
        },
        "contact": {
            "name": contact.name,
            "email": contact.email,
            "phone": format_phone(contact.phone),
        }
        if contact is not None and community.contact_shown
        else None,
        "share_tables": [gathered.table_names[t.id] for t in gathered.inputs.tables],
        "second_due_surcharge_micro": settings.second_due_surcharge_micro,
    }


def month_summary(
    uow: UnitOfWork,
    community: Community,
    settings: ClosingSettings,
    gathered: Gathered,
    preview: dc.ClosingPreview,
    previous: dict[str, Any] | None,
) -> dict[str, Any]:
    """Chile Art. 31: income, expenses by account, cash and fund balances after this month."""
    by_account: dict[str, int] = defaultdict(int)
    for row in gathered.expense_rows:
        if row["confirmed"]:
            code = gathered.account_codes.get(row["account_id"], "")
            by_account[code] += row["amount"]
    expenses = [
        {"label": f"{code} {gathered.accounts_by_code.get(code, '')}".strip(), "amount": amount}
        for code, amount in sorted(by_account.items())
    ]
    expenses_total = sum(by_account.values())
    income = [{"label": r["description"], "amount": r["amount"]} for r in gathered.income_rows]
    income_other = sum(r["amount"] for r in gathered.income_rows)
    collected = sum(a.payments_since for a in gathered.accounts.values())
    funds = _fund_balances(uow, community, settings, gathered, preview, previous)
    if previous is not None:
        cash = previous["cash_balance"]
    else:
        cash = sum(f["opening"] for f in funds.values())
    cash += collected + income_other - expenses_total
    return {
        "income_total": preview.totals.month_total + income_other,
        "other_income": income,
        "expenses_by_account": expenses,
        "expenses_total": expenses_total,
        "collected": collected,
        "cash_balance": cash,
        "fund_balances": [
            {"label": f["name"], "amount": f["balance"], "fund_id": fid} for fid, f in funds.items()
        ],
    }


def _fund_balances(
    uow: UnitOfWork,
    community: Community,
    settings: ClosingSettings,
    gathered: Gathered,
    preview: dc.ClosingPreview,
    previous: dict[str, Any] | None,
) -> dict[int, dict[str, Any]]:
    rows = uow.session.execute(
        text(
            "SELECT id, name, kind, opening_balance FROM funds WHERE community_id = :cid ORDER BY kind != 'reserve', name"
        ),
        {"cid": community.id},
    ).all()
    before = {}
    if previous is not None:
        before = {f["fund_id"]: f["amount"] for f in previous.get("fund_balances", [])}
    contributed: dict[int, int] = defaultdict(int)
    reserve_id = next((r[0] for r in rows if r[2] == "reserve"), None)
    for charge in preview.splits:
        if charge.source in ("fund", "reserve"):
            fund_id = charge.source_id or reserve_id
            if fund_id is not None:
                contributed[fund_id] += sum(charge.split.parts)
        elif charge.source == "interest":  # no fund chosen: the reserve fund (DOMAIN.md)
            fund_id = settings.interest_fund_id or reserve_id
            if fund_id is not None:
                contributed[fund_id] += sum(charge.split.parts)
    for r in gathered.income_rows:
        if r["fund_id"]:
            contributed[r["fund_id"]] += r["amount"]
    return {
        fid: {
            "name": name,
            "opening": opening,
            "balance": before.get(fid, opening) + contributed.get(fid, 0),
        }
        for fid, name, _kind, opening in rows
    }


def unit_notices(
    community: Community,
    gathered: Gathered,
    preview: dc.ClosingPreview,
    folios: dict[int, int],
) -> list[dict[str, Any]]:
    """One notice per unit, as JSON-ready dicts of ``NoticeUnit``."""
    info = {u.id: u for u in gathered.units}
    tables = {t.id: t for t in gathered.inputs.tables}
    details: dict[int, list[dict[str, Any]]] = defaultdict(list)
    by_class: dict[int, dict[str, dict[str, int]]] = defaultdict(lambda: defaultdict(dict))
    descriptions = {c.id: c.description for c in gathered.inputs.individual_charges}
    expense_names = {e.id: e.description for e in gathered.inputs.expenses}
    consumption_names = {c.id: c.description for c in gathered.inputs.consumption}
    argentina = community.country == "AR"
    for charge in preview.splits:
        split = charge.split
        metered = charge.source == "expense" and charge.concept is dc.Concept.CONSUMPTION
        if charge.source in ("individual", "consumption") or metered:
            if charge.source == "individual":
                label = descriptions.get(charge.source_id, "")
            elif metered:
                label = expense_names.get(charge.source_id, "Consumo")
            else:
                label = consumption_names.get(charge.source_id, "Consumo")
            for unit, part in zip(split.unit_ids, split.parts, strict=True):
                if part:
                    details[unit].append(
                        {"label": label, "amount": part, "concept": charge.concept.value}
                    )
        if argentina and charge.table_id is not None:
            name = tables[charge.table_id].name
            for unit, part in zip(split.unit_ids, split.parts, strict=True):
                if part:
                    cell = by_class[unit][name]
                    cell[charge.concept.value] = cell.get(charge.concept.value, 0) + part
    notices = []
    for statement in preview.units:
        unit = info[statement.unit_id]
        account = gathered.accounts[unit.id]
        lines = {c.value: statement.lines[c] for c in NOTICE_CONCEPTS}
        notices.append(
            {
                "unit_id": unit.id,
                "number": unit.number,
                "kind": UNIT_KINDS.get(unit.kind, unit.kind),
                "members": [],
                "owner_name": unit.owner_name,
                "owner_tax_id": unit.owner_tax_id,
                "resident_name": unit.resident_name,
                "shares": [
                    {"table": t.name, "micro": t.shares.get(unit.id, 0)}
                    for t in gathered.inputs.tables
                    if t.shares.get(unit.id)
                ],
                "folio": folios.get(unit.id, 0),
                "lines": lines,
                "by_class": {k: dict(v) for k, v in by_class[unit.id].items()},
                "details": details[unit.id],
                "previous_notice_total": account.previous_notice_total,
                "payments_since": account.payments_since,
                "previous_balance": statement.lines[dc.Concept.PREVIOUS_BALANCE],
                "month_total": statement.month_total,
                "total": statement.total,
                "payment_reference": payment_reference(community, unit.number),
            }
        )
    return notices


def batch_from(
    head: dict[str, Any],
    summary: dict[str, Any],
    units: list[dict[str, Any]],
    attachments: Path,
    *,
    year: int,
    month: int,
    sequence: int,
    issued_on: date,
    due_date: date,
    second_due_date: date | None,
    draft: bool,
    closing_hash: str = "",
) -> nd.NoticeBatch:
    """The renderer's ``NoticeBatch`` from the stored (or draft) JSON parts."""

    def absolute(relative: str | None) -> str | None:
        if not relative:
            return None
        path = attachments / relative
        return str(path) if path.exists() else None

    def party(data: dict[str, Any]) -> nd.Party:
        return nd.Party(**{**data, "logo_path": absolute(data.get("logo_path"))})

    def amounts(items: list[dict[str, Any]]) -> tuple[nd.Amount, ...]:
        return tuple(nd.Amount(i["label"], i["amount"], i.get("concept", "")) for i in items)

    return nd.NoticeBatch(
        country=head["country"],
        exponent=head["exponent"],
        currency=head["currency"],
        office=party(head["office"]),
        community=party(head["community"]),
        administrator=head["administrator"],
        signature_path=absolute(head.get("signature_path")),
        year=year,
        month=month,
        sequence=sequence,
        issued_on=issued_on,
        due_date=due_date,
        second_due_date=second_due_date,
        second_due_surcharge_micro=head.get("second_due_surcharge_micro", 0),
        bank=nd.BankDetails(**head["bank"]) if head.get("bank") else None,
        contact=nd.ContactDetails(**head["contact"]) if head.get("contact") else None,
        month_summary=nd.CommunityMonth(
            income_total=summary["income_total"],
            other_income=amounts(summary["other_income"]),
            expenses_by_account=amounts(summary["expenses_by_account"]),
            expenses_total=summary["expenses_total"],
            collected=summary["collected"],
            cash_balance=summary["cash_balance"],
            fund_balances=amounts(summary["fund_balances"]),
        ),
        units=tuple(
            nd.NoticeUnit(
                **{
                    **u,
                    "members": tuple(u["members"]),
                    "shares": tuple(nd.ShareLine(**s) for s in u["shares"]),
                    "details": amounts(u["details"]),
                }
            )
            for u in units
        ),
        draft=draft,
        closing_hash=closing_hash,
        share_tables=tuple(head.get("share_tables", ())),
        community_code=head.get("community_code", ""),
    )


def load_batch(
    uow: UnitOfWork, closing: Closing, attachments: Path, unit_ids: set[int] | None = None
) -> nd.NoticeBatch:
    """The stored notices of a closing (all, or those of ``unit_ids``), in unit order."""
    from kastor_desktop.store.models.closing import Notice

    stored = json.loads(closing.summary)
    period = uow.session.get(Period, closing.period_id)
    assert period is not None
    query = select(Notice.data).where(Notice.closing_id == closing.id).order_by(Notice.folio)
    if unit_ids is not None:
        query = query.where(Notice.unit_id.in_(unit_ids))
    units = [json.loads(d) for d in uow.session.scalars(query)]
    return batch_from(
        stored["header"],
        stored["month"],
        units,
        attachments,
        year=period.year,
        month=period.month,
        sequence=closing.sequence,
        issued_on=closing.issued_on,
        due_date=closing.due_date,
        second_due_date=closing.second_due_date,
        draft=False,
        closing_hash=closing.hash,
    )


_ENCODER = json.JSONEncoder(
    ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str
)  # built once: json.dumps with options builds a new encoder per call


def as_json(value: Any) -> str:
    return _ENCODER.encode(value)
