"""Payments received from units (the minimum the closing needs; [K4] adds bank import,
allocation screens, receipts and collection).

A payment is a credit in the unit's account. It is never tied to a charge: allocation (oldest
debt first) is derived whenever it is needed, so a reopened and re-closed month re-allocates
the payments recorded meanwhile without touching them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from kastor_desktop.domain.values import day, minor_units
from kastor_desktop.services.community_records import country_of, load_community
from kastor_desktop.services.context import Actor, Changes, Outcome
from kastor_desktop.services.unit_of_work import ServiceContext
from kastor_desktop.services.validation import Checks
from kastor_desktop.store.models.closing import Payment
from kastor_desktop.store.models.master import Unit

METHODS = {
    "transfer": "Transferencia",
    "cash": "Efectivo",
    "check": "Cheque",
    "deposit": "Depósito",
    "portal": "Portal",
}


@dataclass(frozen=True)
class PaymentRow:
    id: int
    unit_id: int
    unit_number: str
    paid_on: date
    amount: int
    method: str
    reference: str
    receipt_number: int
    counted: bool  # a notice already shows it
    voided: bool


class PaymentService:
    area = "payments"

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def record(
        self,
        actor: Actor,
        community_id: int,
        unit_number: str,
        amount: int | str,
        paid_on: date | str,
        method: str = "transfer",
        reference: str = "",
    ) -> Outcome[PaymentRow]:
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id, "payments.record")
            checks = Checks()
            unit = uow.session.scalars(
                select(Unit).where(
                    Unit.community_id == community.id, Unit.number == (unit_number or "").strip()
                )
            ).first()
            if unit is None:
                checks.add("unit", f"Unidad: «{unit_number}» no existe en la comunidad.")
            exponent = country_of(community).minor_exponent
            value = checks.run(minor_units, amount, exponent, "amount", "Monto")
            if value is not None and value <= 0:
                checks.add("amount", f"Monto: «{amount}» debe ser mayor que cero.")
            when = checks.run(day, paid_on, "paid_on", "Fecha")
            if when is None and "paid_on" not in checks.errors:
                checks.add("paid_on", "Indique la fecha del pago.")
            if method not in METHODS:
                checks.add(
                    "method", f"Medio de pago: «{method}» no es uno de {', '.join(METHODS)}."
                )
            checks.done()
            assert unit is not None and value is not None and when is not None
            receipt = (
                uow.session.scalar(
                    select(func.max(Payment.receipt_number)).where(
                        Payment.community_id == community.id
                    )
                )
                or 0
            ) + 1
            payment = Payment(
                community_id=community.id,
                unit_id=unit.id,
                paid_on=when,
                amount=value,
                method=method,
                reference=(reference or "").strip()[:100],
                receipt_number=receipt,
                voided=False,
                created_at=uow.now,
                created_by=actor.username,
            )
            uow.session.add(payment)
            uow.session.flush()
            uow.audit(
                "payment.record",
                "payment",
                payment.id,
                None,
                {"unit": unit.number, "amount": value, "paid_on": when, "receipt": receipt},
                community.id,
                community.name,
            )
            uow.outbox(
                "payment.recorded",
                {
                    "community": community.code,
                    "unit": unit.number,
                    "amount": value,
                    "paid_on": when.isoformat(),
                    "receipt": receipt,
                },
                community.id,
            )
            uow.commit()
            return Outcome(self._row(payment, unit.number), Changes.of("payments", "closing"))

    def list(self, actor: Actor, community_id: int) -> list[PaymentRow]:
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id)
            rows = uow.session.execute(
                select(Payment, Unit.number)
                .join(Unit, Unit.id == Payment.unit_id)
                .where(Payment.community_id == community.id)
                .order_by(Payment.paid_on, Payment.id)
            ).all()
            return [self._row(p, number) for p, number in rows]

    def _row(self, payment: Payment, number: str) -> PaymentRow:
        return PaymentRow(
            payment.id,
            payment.unit_id,
            number,
            payment.paid_on,
            payment.amount,
            payment.method,
            payment.reference,
            payment.receipt_number,
            payment.closing_id is not None,
            payment.voided,
        )
