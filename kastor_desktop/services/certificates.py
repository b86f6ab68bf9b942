"""Debt certificates: Chile's «certificado de deuda» or «de estar al día», Argentina's
«certificado de libre deuda» (CCyC arts. 2048 and 2067 inc. l: pending claims and the current
insurance).

The debt is the unit's as of the certificate's date: charges issued by then, settled by the
payments received by then (voided ones never count), allocated as the community's rules say
(domain/ledger.py). Issuing takes the community's next folio (gap-free, in the same transaction
as the certificate) and freezes everything the PDF prints as JSON — letterhead included — so a
reprint is the same document. An Argentine certificate needs the building's insurance; when
none is given, the one of the community's last certificate is used.
"""

from __future__ import annotations

import builtins
import json
from dataclasses import asdict, dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from kastor_desktop.domain.ledger import aging_of, settle
from kastor_desktop.domain.values import day
from kastor_desktop.reports.certificate_pdf import (
    CertificateData,
    Insurance,
    OpenCharge,
)
from kastor_desktop.services.community_records import load_community
from kastor_desktop.services.context import Actor, Changes, Outcome
from kastor_desktop.services.errors import NotFound
from kastor_desktop.services.ledger import collection_settings_for, find_unit, unit_entries
from kastor_desktop.services.payment_documents import letterhead_data, letterhead_of
from kastor_desktop.services.unit_of_work import ServiceContext, UnitOfWork
from kastor_desktop.services.validation import Checks
from kastor_desktop.store.models import Community
from kastor_desktop.store.models.collection import Certificate
from kastor_desktop.store.models.master import Person, Unit

__all__ = ["CertificateData", "CertificateRow", "CertificateService", "Insurance", "OpenCharge"]

ISSUE = "certificates.issue"
TITLES = {
    "up_to_date": "CERTIFICADO DE ESTAR AL DÍA",
    "debt": "CERTIFICADO DE DEUDA",
    "libre_deuda": "CERTIFICADO DE LIBRE DEUDA",
}
CLAIMS_LIMIT = 400


@dataclass(frozen=True)
class CertificateRow:
    id: int
    folio: int
    unit_number: str
    as_of: date
    debt: int
    kind: str  # up_to_date | debt | libre_deuda
    title: str
    issued_at: datetime
    issued_by: str


def certificate_data(
    uow: UnitOfWork,
    community: Community,
    unit: Unit,
    as_of: date,
    claims: str = "",
    insurance: Insurance | None = None,
) -> CertificateData:
    """What the unit owes as of ``as_of`` and everything the certificate prints."""
    entries = unit_entries(uow, community.id, unit.id)
    interest_first = collection_settings_for(uow, community).interest_first
    debits = [d for d in entries.debits if d.on <= as_of]
    credits = [c for c in entries.credits if c.on <= as_of]
    aging = aging_of(debits, credits, as_of, interest_first)
    settlement = settle(debits, credits, interest_first)
    charges = sorted(
        (
            OpenCharge(d.label, d.due, left)
            for d, left in zip(debits, settlement.open, strict=True)
            if left
        ),
        key=lambda o: o.due,
    )
    kind = "debt" if aging.owed else "up_to_date"
    if community.country == "AR":
        kind = "libre_deuda"
    owner = uow.session.get(Person, unit.owner_id) if unit.owner_id else None
    head = letterhead_data(uow, community)
    return CertificateData(
        kind=kind,
        title=TITLES[kind],
        country=community.country,
        community_name=community.name,
        community_tax_id=community.tax_id or "",
        community_address=community.address or "",
        unit_number=unit.number,
        owner_name=owner.full_name if owner else "",
        owner_tax_id=owner.tax_id if owner else "",
        as_of=as_of,
        debt=aging.owed,
        overdue=aging.overdue,
        buckets={
            "current": aging.current,
            "d0_30": aging.d0_30,
            "d31_60": aging.d31_60,
            "d61_90": aging.d61_90,
            "d90": aging.d90,
        },
        charges=tuple(charges),
        credit=aging.credit,
        claims=claims,
        insurance=insurance,
        administrator=head["administrator"],
    )


def to_json(data: CertificateData, head: dict[str, Any]) -> str:
    values = asdict(data)
    values["letterhead"] = head
    return json.dumps(values, ensure_ascii=False, sort_keys=True, default=str)


def from_json(text: str) -> tuple[CertificateData, dict[str, Any]]:
    values = json.loads(text)
    head = values.pop("letterhead")
    insurance = values.pop("insurance")
    values["as_of"] = date.fromisoformat(values["as_of"])
    values["issued_at"] = (
        datetime.fromisoformat(values["issued_at"]) if values.get("issued_at") else None
    )
    values["charges"] = tuple(
        OpenCharge(c["label"], date.fromisoformat(c["due"]), c["amount"]) for c in values["charges"]
    )
    if insurance is not None:
        until = insurance.get("valid_until")
        insurance = Insurance(
            insurance["insurer"],
            insurance["policy"],
            date.fromisoformat(until) if until else None,
        )
    return CertificateData(**values, insurance=insurance), head


class CertificateService:
    area = "certificates"

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def preview(
        self, actor: Actor, community_id: int, unit_number: str, as_of: date | None = None
    ) -> CertificateData:
        """What the certificate would say (no folio; nothing is saved)."""
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id)
            unit = self._unit(uow, community, unit_number)
            return certificate_data(uow, community, unit, as_of or uow.now.date())

    def issue(
        self,
        actor: Actor,
        community_id: int,
        unit_number: str,
        as_of: date | str | None = None,
        claims: str = "",
        insurance: Insurance | None = None,
    ) -> Outcome[CertificateRow]:
        """Issue the certificate with the community's next folio, frozen, audited."""
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id, ISSUE)
            checks = Checks()
            unit = find_unit(uow, community, unit_number, checks)
            today = uow.now.date()
            when = checks.run(day, as_of, "as_of", "Fecha del certificado") or today
            if when > today:
                checks.add("as_of", "Fecha del certificado: no puede ser posterior a hoy.")
            claims = " ".join((claims or "").split())
            if len(claims) > CLAIMS_LIMIT:
                checks.add(
                    "claims",
                    f"Reclamos pendientes: admite como máximo {CLAIMS_LIMIT} caracteres.",
                )
            if community.country == "AR":
                insurance = self._insurance(uow, community, insurance, checks)
            checks.done()
            assert unit is not None
            data = certificate_data(uow, community, unit, when, claims, insurance)
            folio = (
                uow.session.scalar(
                    select(func.max(Certificate.folio)).where(
                        Certificate.community_id == community.id
                    )
                )
                or 0
            ) + 1
            now = uow.now
            data = CertificateData(
                **{
                    **{f: getattr(data, f) for f in data.__dataclass_fields__},
                    "folio": folio,
                    "issued_at": now,
                    "issued_by": actor.username,
                }
            )
            record = Certificate(
                community_id=community.id,
                unit_id=unit.id,
                folio=folio,
                as_of=when,
                debt=data.debt,
                data=to_json(data, letterhead_data(uow, community)),
                issued_at=now,
                issued_by=actor.username,
            )
            uow.session.add(record)
            uow.session.flush()
            uow.audit(
                "certificate.issue",
                "certificate",
                record.id,
                None,
                {
                    "folio": folio,
                    "unit": unit.number,
                    "as_of": when,
                    "debt": data.debt,
                    "kind": data.kind,
                },
                community.id,
                community.name,
            )
            uow.commit()
            return Outcome(self._row(record, unit.number, data), Changes.of("certificates"))

    def list(
        self, actor: Actor, community_id: int, unit_number: str | None = None
    ) -> builtins.list[CertificateRow]:
        """The community's certificates (one unit's, if named), newest first."""
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id)
            query = (
                select(Certificate, Unit.number)
                .join(Unit, Unit.id == Certificate.unit_id)
                .where(Certificate.community_id == community.id)
                .order_by(Certificate.folio.desc())
            )
            if unit_number:
                query = query.where(Unit.number == unit_number.strip())
            return [
                self._row(record, number, from_json(record.data)[0])
                for record, number in uow.session.execute(query).all()
            ]

    def pdf(self, actor: Actor, community_id: int, certificate_id: int, path: Path) -> Path:
        """The certificate as issued (its frozen data)."""
        from kastor_desktop.reports.certificate_pdf import render_certificate

        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id)
            record = uow.session.get(Certificate, certificate_id)
            if record is None or record.community_id != community.id:
                raise NotFound("El certificado ya no existe en esta comunidad.")
            data, head = from_json(record.data)
        return render_certificate(letterhead_of(head, self.ctx.paths.attachments), data, Path(path))

    def preview_pdf(
        self,
        actor: Actor,
        community_id: int,
        unit_number: str,
        path: Path,
        as_of: date | None = None,
    ) -> Path:
        """The preview as a PDF marked «sin folio» (not valid as a certificate)."""
        from kastor_desktop.reports.certificate_pdf import render_certificate

        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id)
            unit = self._unit(uow, community, unit_number)
            data = certificate_data(uow, community, unit, as_of or uow.now.date())
            head = letterhead_of(letterhead_data(uow, community), self.ctx.paths.attachments)
        return render_certificate(head, data, Path(path))

    # -- helpers ------------------------------------------------------------------------------
    def _unit(self, uow: UnitOfWork, community: Community, number: str) -> Unit:
        checks = Checks()
        unit = find_unit(uow, community, number, checks)
        checks.done()
        assert unit is not None
        return unit

    def _insurance(
        self,
        uow: UnitOfWork,
        community: Community,
        given: Insurance | None,
        checks: Checks,
    ) -> Insurance | None:
        """The insurance typed, else the one of the community's last certificate."""
        if given is None or not (given.insurer or given.policy or given.valid_until):
            last = uow.session.scalars(
                select(Certificate.data)
                .where(Certificate.community_id == community.id)
                .order_by(Certificate.folio.desc())
                .limit(1)
            ).first()
            given = from_json(last)[0].insurance if last else None
        if given is None:
            checks.add(
                "insurance",
                "Seguro: indique la aseguradora, la póliza y su vigencia (CCyC art. 2067 inc. l).",
            )
            return None
        insurer = " ".join(given.insurer.split())
        policy = " ".join(given.policy.split())
        if not insurer:
            checks.add("insurer", "Aseguradora: indique la compañía de seguros del edificio.")
        if not policy:
            checks.add("policy", "Póliza: indique el número de la póliza del edificio.")
        if given.valid_until is None:
            checks.add("insurance_until", "Vigencia del seguro: indique hasta qué fecha rige.")
        if len(insurer) > 120 or len(policy) > 60:
            checks.add("insurer", "Seguro: la aseguradora admite 120 caracteres y la póliza 60.")
        return Insurance(insurer, policy, given.valid_until)

    def _row(self, record: Certificate, number: str, data: CertificateData) -> CertificateRow:
        return CertificateRow(
            record.id,
            record.folio,
            number,
            record.as_of,
            record.debt,
            data.kind,
            data.title,
            record.issued_at,
            record.issued_by,
        )
