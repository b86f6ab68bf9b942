"""The documents that follow a payment: receipts, the unit's account statement (PDF and XLSX),
the payments received in a date range and the credits not yet used (XLSX and PDF).

Everything here reads: seeing the community is enough. Receipts print the data frozen when the
payment was recorded (services/payments.py), so a reprint is the same document; statements and
reports are computed from the ledger as it stands (services/ledger.py). The letterhead (office,
community, logos, the administrator who signs and the signature) is built by
:func:`letterhead_data` as JSON-ready data with logo paths relative to the attachments folder —
certificates freeze it — and turned into the renderers' ``Letterhead`` by :func:`letterhead_of`.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import text

from kastor_desktop.domain.contact_info import format_phone
from kastor_desktop.reports.letterhead import Letterhead
from kastor_desktop.reports.notice_data import Party
from kastor_desktop.services.community_records import code_key, country_of, load_community
from kastor_desktop.services.context import Actor
from kastor_desktop.services.errors import NotFound, ValidationFailed
from kastor_desktop.services.ledger import (
    METHOD_LABELS,
    account_of,
    aging_of_items,
    collection_settings_for,
    find_unit,
    open_items,
)
from kastor_desktop.services.payments import receipt_of
from kastor_desktop.services.periods import settings_for
from kastor_desktop.services.unit_of_work import ServiceContext, UnitOfWork
from kastor_desktop.services.validation import Checks
from kastor_desktop.store.models import Community, Office

FORMATS = ("xlsx", "pdf")


@dataclass(frozen=True)
class CreditRow:
    """A unit whose payments exceed its charges: the credit waits for the next charges."""

    unit_number: str
    owner_name: str
    credit: int


def letterhead_data(uow: UnitOfWork, community: Community) -> dict[str, Any]:
    """Office, community, administrator and signature as the notices print them (JSON-ready)."""
    office = uow.session.get(Office, 1)
    settings = settings_for(uow, community, persist=False)
    return {
        "country": community.country,
        "exponent": country_of(community).minor_exponent,
        "office": {
            "name": office.name if office else "",
            "tax_id": office.tax_id if office else "",
            "logo_path": office.logo_path if office else None,
        },
        "community": {
            "name": community.name,
            "tax_id": community.tax_id or "",
            "address": community.address or "",
            "phone": format_phone(community.phone) if community.phone else "",
            "email": community.email or "",
            "logo_path": community.logo_path,
        },
        "administrator": settings.administrator or (office.name if office else ""),
        "signature_path": community.signature_path,
    }


def letterhead_of(data: dict[str, Any], attachments: Path) -> Letterhead:
    """The renderers' letterhead; images that are no longer on disk are left out."""

    def absolute(relative: str | None) -> str | None:
        if not relative:
            return None
        path = Path(attachments) / relative
        return str(path) if path.is_file() else None

    def party(values: dict[str, Any]) -> Party:
        return Party(**{**values, "logo_path": absolute(values.get("logo_path"))})

    return Letterhead(
        country=data["country"],
        exponent=data["exponent"],
        office=party(data["office"]),
        community=party(data["community"]),
        administrator=data["administrator"],
        signature_path=absolute(data.get("signature_path")),
    )


def _format(fmt: str) -> str:
    if fmt not in FORMATS:
        raise ValidationFailed({"format": f"Formato: «{fmt}» no es xlsx ni pdf."})
    return fmt


def _period(since: date, until: date) -> None:
    if since > until:
        raise ValidationFailed(
            {"until": "Período: la fecha final es anterior a la inicial; inviértalas."}
        )


class PaymentDocumentService:
    area = "payments"

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- receipts -------------------------------------------------------------------------
    def receipt_pdf(self, actor: Actor, community_id: int, payment_id: int, path: Path) -> Path:
        return self.receipts_pdf(actor, community_id, [payment_id], path)

    def receipts_pdf(
        self, actor: Actor, community_id: int, payment_ids: builtins.list[int], path: Path
    ) -> Path:
        """Many receipts in one file, one page each (original and copy), in the order given."""
        from kastor_desktop.reports.receipt_pdf import render_receipts

        if not payment_ids:
            raise ValidationFailed({"payments": "Elija al menos un pago para imprimir."})
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id)
            receipts = [receipt_of(uow, community, pid) for pid in payment_ids]
            head = letterhead_of(letterhead_data(uow, community), self.ctx.paths.attachments)
        return render_receipts(head, receipts, Path(path))

    def find_payment(self, actor: Actor, community_id: int, receipt_number: int) -> int:
        """The payment id of a receipt number (the CLI names receipts by number)."""
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id)
            pid = uow.session.scalar(
                text("SELECT id FROM payments WHERE community_id = :c AND receipt_number = :n"),
                {"c": community.id, "n": receipt_number},
            )
            if pid is None:
                raise NotFound(f"El recibo N° {receipt_number} no existe en {community.name}.")
            return int(pid)

    # -- the unit's account -------------------------------------------------------------------
    def account_pdf(
        self,
        actor: Actor,
        community_id: int,
        unit_number: str,
        path: Path,
        as_of: date | None = None,
    ) -> Path:
        from kastor_desktop.reports.account_pdf import render_account

        account, head = self._account(actor, community_id, unit_number, as_of)
        return render_account(head, account, Path(path))

    def account_xlsx(
        self,
        actor: Actor,
        community_id: int,
        unit_number: str,
        path: Path,
        as_of: date | None = None,
    ) -> Path:
        from kastor_desktop.reports.account_xlsx import write_account_xlsx

        account, head = self._account(actor, community_id, unit_number, as_of)
        return write_account_xlsx(account, head.exponent, head.country, Path(path))

    def _account(
        self, actor: Actor, community_id: int, unit_number: str, as_of: date | None
    ) -> tuple[Any, Letterhead]:
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id)
            checks = Checks()
            unit = find_unit(uow, community, unit_number, checks)
            checks.done()
            assert unit is not None
            account = account_of(uow, community, unit, as_of or uow.now.date())
            head = letterhead_of(letterhead_data(uow, community), self.ctx.paths.attachments)
            return account, head

    # -- reports ----------------------------------------------------------------------------
    def payments_report(
        self,
        actor: Actor,
        community_id: int,
        since: date,
        until: date,
        path: Path,
        fmt: str = "xlsx",
    ) -> Path:
        """Payments received from ``since`` to ``until`` (both included), voided ones marked;
        the total counts only valid payments."""
        from kastor_desktop.reports import payments_report as report

        _format(fmt)
        _period(since, until)
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id)
            rows = uow.session.execute(
                text(
                    """SELECT p.receipt_number, p.paid_on, u.number, coalesce(o.full_name, ''),
                              p.method, p.reference, p.amount, p.voided,
                              coalesce(p.void_reason, '')
                       FROM payments p JOIN units u ON u.id = p.unit_id
                       LEFT JOIN people o ON o.id = u.owner_id
                       WHERE p.community_id = :c AND p.paid_on BETWEEN :a AND :b
                       ORDER BY p.paid_on, p.receipt_number"""
                ),
                {"c": community.id, "a": since.isoformat(), "b": until.isoformat()},
            ).all()
            data = report.PaymentsReport(
                community.name,
                community.code,
                since,
                until,
                tuple(
                    report.PaymentLine(
                        receipt,
                        on if isinstance(on, date) else date.fromisoformat(str(on)[:10]),
                        number,
                        owner,
                        METHOD_LABELS.get(method, method),
                        reference,
                        amount,
                        bool(voided),
                        reason,
                    )
                    for receipt, on, number, owner, method, reference, amount, voided, reason in rows
                ),
            )
            head = letterhead_of(letterhead_data(uow, community), self.ctx.paths.attachments)
        if fmt == "pdf":
            return report.render_payments_pdf(head, data, Path(path))
        return report.write_payments_xlsx(data, head.exponent, Path(path))

    def credits(
        self, actor: Actor, community_id: int, as_of: date | None = None
    ) -> builtins.list[CreditRow]:
        """Units with credit in their favour as of ``as_of`` (today), in unit order."""
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id)
            return self._credits(uow, community, as_of or uow.now.date())

    def _credits(
        self, uow: UnitOfWork, community: Community, as_of: date
    ) -> builtins.list[CreditRow]:
        interest_first = collection_settings_for(uow, community).interest_first
        items = open_items(uow, [community.id], as_of)
        credit = {
            unit_id: aging.credit
            for unit_id, aging in (
                (u, aging_of_items(i, as_of, interest_first)) for u, i in items.items()
            )
            if aging.credit > 0
        }
        if not credit:
            return []
        names = uow.session.execute(
            text(
                """SELECT u.id, u.number, coalesce(o.full_name, '') FROM units u
                   LEFT JOIN people o ON o.id = u.owner_id WHERE u.community_id = :c"""
            ),
            {"c": community.id},
        ).all()
        rows = [
            CreditRow(number, owner, credit[uid]) for uid, number, owner in names if uid in credit
        ]
        return sorted(rows, key=lambda r: code_key(r.unit_number))

    def credits_report(
        self,
        actor: Actor,
        community_id: int,
        path: Path,
        fmt: str = "xlsx",
        as_of: date | None = None,
    ) -> Path:
        from kastor_desktop.reports import payments_report as report

        _format(fmt)
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id)
            day = as_of or uow.now.date()
            rows = self._credits(uow, community, day)
            data = report.CreditsReport(
                community.name,
                community.code,
                day,
                tuple(report.CreditLine(r.unit_number, r.owner_name, r.credit) for r in rows),
            )
            head = letterhead_of(letterhead_data(uow, community), self.ctx.paths.attachments)
        if fmt == "pdf":
            return report.render_credits_pdf(head, data, Path(path))
        return report.write_credits_xlsx(data, head.exponent, Path(path))
