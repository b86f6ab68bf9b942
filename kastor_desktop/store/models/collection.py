"""Collection ([K4]): bank imports and their saved column mappings, payers registered for a
unit, the collection log, payment agreements, debt certificates and the community's collection
rules. Payments themselves live with the ledger in ``closing.py``.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from kastor_desktop.store.base import Base

COMMUNITY_FK = "communities.id"
UNIT_FK = "units.id"


class CollectionSettings(Base):
    """Per community: payment allocation order, agreement rules and the booking block."""

    __tablename__ = "collection_settings"

    community_id: Mapped[int] = mapped_column(
        ForeignKey(COMMUNITY_FK, ondelete="CASCADE"), primary_key=True
    )
    # True: payments settle interest and individual charges (fines) before the principal
    interest_first: Mapped[bool] = mapped_column(Boolean, default=False)
    agreement_max_instalments: Mapped[int] = mapped_column(Integer, default=12)
    agreement_min_first_micro: Mapped[int] = mapped_column(Integer, default=30_000_000)  # 30 %
    block_bookings: Mapped[bool] = mapped_column(Boolean, default=False)
    block_after_days: Mapped[int] = mapped_column(Integer, default=60)  # overdue for more than


class BankPreset(Base):
    """A named column mapping for one bank's statement layout (office-wide)."""

    __tablename__ = "bank_presets"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    mapping: Mapped[str] = mapped_column(Text)  # JSON, see imports/bank_statement.Mapping
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(60))


class BankImport(Base):
    """One confirmed statement import: what file, how many rows went where."""

    __tablename__ = "bank_imports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    community_id: Mapped[int] = mapped_column(
        ForeignKey(COMMUNITY_FK, ondelete="CASCADE"), index=True
    )
    file_name: Mapped[str] = mapped_column(String(300))
    file_sha256: Mapped[str] = mapped_column(String(64))
    preset: Mapped[str] = mapped_column(String(80), default="")
    rows: Mapped[int] = mapped_column(Integer, default=0)  # credits read
    imported: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[int] = mapped_column(Integer, default=0)
    duplicates: Mapped[int] = mapped_column(Integer, default=0)
    total: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(60))


class UnitPayer(Base):
    """Someone who pays for a unit (a relative, a company): their RUT matches bank rows."""

    __tablename__ = "unit_payers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey(UNIT_FK, ondelete="CASCADE"), index=True)
    tax_id: Mapped[str] = mapped_column(String(20), index=True)
    name: Mapped[str] = mapped_column(String(200), default="")

    __table_args__ = (UniqueConstraint("unit_id", "tax_id", name="uq_unit_payers"),)


ACTION_KINDS = "'email', 'letter', 'call', 'visit', 'agreement', 'lawyer', 'other'"
STAGES = "'early', 'late', 'judicial'"


class CollectionAction(Base):
    """One entry of a unit's collection log."""

    __tablename__ = "collection_actions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    community_id: Mapped[int] = mapped_column(ForeignKey(COMMUNITY_FK, ondelete="CASCADE"))
    unit_id: Mapped[int] = mapped_column(ForeignKey(UNIT_FK, ondelete="CASCADE"))
    done_on: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(10))
    stage: Mapped[str] = mapped_column(String(10), default="early")
    note: Mapped[str] = mapped_column(Text, default="")
    next_step: Mapped[str] = mapped_column(String(200), default="")
    next_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(60))

    __table_args__ = (
        CheckConstraint(f"kind IN ({ACTION_KINDS})", name="kind"),
        CheckConstraint(f"stage IN ({STAGES})", name="stage"),
        Index("ix_collection_actions_unit", "community_id", "unit_id", "done_on"),
    )


class PaymentAgreement(Base):
    """A unit's instalment plan for its debt (convenio de pago)."""

    __tablename__ = "payment_agreements"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    community_id: Mapped[int] = mapped_column(ForeignKey(COMMUNITY_FK, ondelete="CASCADE"))
    unit_id: Mapped[int] = mapped_column(ForeignKey(UNIT_FK, ondelete="CASCADE"), index=True)
    signed_on: Mapped[date] = mapped_column(Date)
    debt: Mapped[int] = mapped_column(Integer)  # the debt the plan covers
    # payments of the unit before this day do not count towards the instalments
    approved_by: Mapped[str] = mapped_column(String(200), default="")  # committee, minutes
    approved_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default="active")
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(60))
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    close_reason: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        CheckConstraint("debt > 0", name="debt"),
        CheckConstraint("status IN ('active', 'completed', 'cancelled')", name="status"),
    )


class AgreementInstalment(Base):
    __tablename__ = "agreement_instalments"

    agreement_id: Mapped[int] = mapped_column(
        ForeignKey("payment_agreements.id", ondelete="CASCADE"), primary_key=True
    )
    number: Mapped[int] = mapped_column(Integer, primary_key=True)  # 1..n
    due_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[int] = mapped_column(Integer)

    __table_args__ = (CheckConstraint("amount > 0", name="amount"),)


class Certificate(Base):
    """A debt certificate (certificado de deuda / de estar al día / libre deuda), frozen."""

    __tablename__ = "certificates"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    community_id: Mapped[int] = mapped_column(ForeignKey(COMMUNITY_FK, ondelete="CASCADE"))
    unit_id: Mapped[int] = mapped_column(ForeignKey(UNIT_FK, ondelete="CASCADE"), index=True)
    folio: Mapped[int] = mapped_column(Integer)
    as_of: Mapped[date] = mapped_column(Date)
    debt: Mapped[int] = mapped_column(Integer)
    data: Mapped[str] = mapped_column(Text)  # JSON: everything the PDF prints
    issued_at: Mapped[datetime] = mapped_column(DateTime)
    issued_by: Mapped[str] = mapped_column(String(60))

    __table_args__ = (UniqueConstraint("community_id", "folio", name="uq_certificates_folio"),)
