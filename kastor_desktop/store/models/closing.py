"""The monthly closing: periods and their entries, closings, the unit ledger and notices.

Money is INTEGER minor units; rates are millionths of a percent (5 % = 5_000_000). A closed
period's entries are never changed by any service; a closing that is reopened stays in the
database with status ``reversed`` (its charges stop counting, its notices keep their folios so
the folio sequence has no gaps).
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
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from kastor_desktop.store.base import Base

COMMUNITY_FK = "communities.id"
PERIOD_FK = "periods.id"
UNIT_FK = "units.id"
METHODS = "'table', 'equal', 'fixed', 'consumption', 'unit'"


class ClosingSettings(Base):
    """Per community: reserve fund, interest on arrears and payment terms (DOMAIN.md defaults)."""

    __tablename__ = "closing_settings"

    community_id: Mapped[int] = mapped_column(
        ForeignKey(COMMUNITY_FK, ondelete="CASCADE"), primary_key=True
    )
    reserve_method: Mapped[str] = mapped_column(String(12), default="percentage")
    reserve_rate_micro: Mapped[int] = mapped_column(Integer, default=5_000_000)
    reserve_amount: Mapped[int] = mapped_column(Integer, default=0)
    reserve_table_id: Mapped[int | None] = mapped_column(
        ForeignKey("share_tables.id", ondelete="SET NULL")
    )
    interest_rate_micro: Mapped[int] = mapped_column(Integer, default=1_000_000)  # per month
    interest_cap_micro: Mapped[int] = mapped_column(Integer, default=1_500_000)  # legal limit
    interest_compound: Mapped[bool] = mapped_column(Boolean, default=False)
    interest_fund_id: Mapped[int | None] = mapped_column(
        ForeignKey("funds.id", ondelete="SET NULL")
    )
    payment_term_days: Mapped[int] = mapped_column(Integer, default=10)
    second_due_days: Mapped[int] = mapped_column(Integer, default=10)  # AR: after the first
    second_due_surcharge_micro: Mapped[int] = mapped_column(Integer, default=0)  # AR
    administrator: Mapped[str] = mapped_column(String(200), default="")

    __table_args__ = (
        CheckConstraint("reserve_method IN ('percentage', 'fixed', 'none')", name="reserve"),
    )


class Period(Base):
    __tablename__ = "periods"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    community_id: Mapped[int] = mapped_column(ForeignKey(COMMUNITY_FK, ondelete="CASCADE"))
    year: Mapped[int] = mapped_column(Integer)
    month: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(8), default="open")
    opened_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (
        UniqueConstraint("community_id", "year", "month", name="uq_periods_community_month"),
        CheckConstraint("status IN ('open', 'closed', 'waiting')", name="status"),
        CheckConstraint("month BETWEEN 1 AND 12", name="month"),
        Index(
            "uq_periods_one_open",
            "community_id",
            unique=True,
            sqlite_where=text("status = 'open'"),
        ),
    )


class RecurringExpense(Base):
    """Salaries, fixed contracts: proposed in every new month for the office to confirm."""

    __tablename__ = "recurring_expenses"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    community_id: Mapped[int] = mapped_column(
        ForeignKey(COMMUNITY_FK, ondelete="CASCADE"), index=True
    )
    account_id: Mapped[int] = mapped_column(ForeignKey("expense_accounts.id"))
    supplier_id: Mapped[int | None] = mapped_column(ForeignKey("suppliers.id", ondelete="SET NULL"))
    worker_id: Mapped[int | None] = mapped_column(ForeignKey("workers.id", ondelete="SET NULL"))
    description: Mapped[str] = mapped_column(String(200))
    amount: Mapped[int] = mapped_column(Integer)
    method: Mapped[str] = mapped_column(String(12), default="table")
    table_id: Mapped[int | None] = mapped_column(ForeignKey("share_tables.id"))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey(UNIT_FK, ondelete="CASCADE"))
    nature: Mapped[str] = mapped_column(String(14), default="ordinary")
    document_type: Mapped[str] = mapped_column(String(30), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    __table_args__ = (
        CheckConstraint(f"method IN ({METHODS})", name="method"),
        CheckConstraint("nature IN ('ordinary', 'extraordinary')", name="nature"),
        CheckConstraint("amount >= 0", name="amount"),
    )


class Expense(Base):
    __tablename__ = "expenses"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    period_id: Mapped[int] = mapped_column(ForeignKey(PERIOD_FK, ondelete="CASCADE"), index=True)
    spent_on: Mapped[date] = mapped_column(Date)
    account_id: Mapped[int] = mapped_column(ForeignKey("expense_accounts.id"))
    supplier_id: Mapped[int | None] = mapped_column(ForeignKey("suppliers.id", ondelete="SET NULL"))
    document_type: Mapped[str] = mapped_column(String(30), default="")
    document_number: Mapped[str] = mapped_column(String(30), default="")
    description: Mapped[str] = mapped_column(String(200))
    amount: Mapped[int] = mapped_column(Integer)
    method: Mapped[str] = mapped_column(String(12), default="table")
    table_id: Mapped[int | None] = mapped_column(ForeignKey("share_tables.id"))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey(UNIT_FK, ondelete="CASCADE"))
    unit_ids: Mapped[str] = mapped_column(Text, default="")  # "1,5,9": a subset, equal/fixed
    service: Mapped[str] = mapped_column(String(12), default="")  # consumption: water, gas...
    nature: Mapped[str] = mapped_column(String(14), default="ordinary")
    attachment: Mapped[str | None] = mapped_column(String(300))
    recurring_id: Mapped[int | None] = mapped_column(
        ForeignKey("recurring_expenses.id", ondelete="SET NULL")
    )
    confirmed: Mapped[bool] = mapped_column(Boolean, default=True)

    __table_args__ = (
        CheckConstraint(f"method IN ({METHODS})", name="method"),
        CheckConstraint("nature IN ('ordinary', 'extraordinary')", name="nature"),
        CheckConstraint("amount >= 0", name="amount"),
    )


class OtherIncome(Base):
    """Income that is not charged to units: rent of a rooftop antenna, bank interest..."""

    __tablename__ = "other_income"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    period_id: Mapped[int] = mapped_column(ForeignKey(PERIOD_FK, ondelete="CASCADE"), index=True)
    received_on: Mapped[date] = mapped_column(Date)
    description: Mapped[str] = mapped_column(String(200))
    amount: Mapped[int] = mapped_column(Integer)
    fund_id: Mapped[int | None] = mapped_column(ForeignKey("funds.id", ondelete="SET NULL"))

    __table_args__ = (CheckConstraint("amount >= 0", name="amount"),)


class MeterSet(Base):
    """One metered service of a month: water, hot water or gas; the main meter's reading and,
    when the office charges by price, the price per unit of consumption (exact: num/den)."""

    __tablename__ = "meter_sets"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    period_id: Mapped[int] = mapped_column(ForeignKey(PERIOD_FK, ondelete="CASCADE"), index=True)
    service: Mapped[str] = mapped_column(String(12))
    account_id: Mapped[int | None] = mapped_column(ForeignKey("expense_accounts.id"))
    price_num: Mapped[int | None] = mapped_column(Integer)  # None: readings only (weights)
    price_den: Mapped[int] = mapped_column(Integer, default=1)
    main_previous: Mapped[int | None] = mapped_column(Integer)
    main_current: Mapped[int | None] = mapped_column(Integer)
    digits: Mapped[int | None] = mapped_column(Integer)
    nature: Mapped[str] = mapped_column(String(14), default="ordinary")

    __table_args__ = (
        UniqueConstraint("period_id", "service", name="uq_meter_sets_period_service"),
        CheckConstraint("service IN ('water', 'hot_water', 'gas')", name="service"),
    )


class MeterReading(Base):
    __tablename__ = "meter_readings"

    meter_set_id: Mapped[int] = mapped_column(
        ForeignKey("meter_sets.id", ondelete="CASCADE"), primary_key=True
    )
    unit_id: Mapped[int] = mapped_column(ForeignKey(UNIT_FK, ondelete="CASCADE"), primary_key=True)
    previous: Mapped[int] = mapped_column(Integer)
    current: Mapped[int] = mapped_column(Integer)


class IndividualCharge(Base):
    """A fine, a surcharge, a reservation fee: charged to one unit. Fines may be given in UF
    (``uf_x10000``, 4 decimals) converted with the UF value of a date (``uf_value_x100``)."""

    __tablename__ = "individual_charges"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    period_id: Mapped[int] = mapped_column(ForeignKey(PERIOD_FK, ondelete="CASCADE"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey(UNIT_FK, ondelete="CASCADE"))
    account_id: Mapped[int] = mapped_column(ForeignKey("expense_accounts.id"))
    description: Mapped[str] = mapped_column(String(200))
    amount: Mapped[int] = mapped_column(Integer)
    uf_x10000: Mapped[int | None] = mapped_column(Integer)
    uf_value_x100: Mapped[int | None] = mapped_column(Integer)
    uf_date: Mapped[date | None] = mapped_column(Date)

    __table_args__ = (CheckConstraint("amount >= 0", name="amount"),)


class FundContribution(Base):
    """What the units pay into a fund this month: a percentage of ordinary expenses or a fixed
    amount prorated by a share table."""

    __tablename__ = "fund_contributions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    period_id: Mapped[int] = mapped_column(ForeignKey(PERIOD_FK, ondelete="CASCADE"), index=True)
    fund_id: Mapped[int] = mapped_column(ForeignKey("funds.id", ondelete="CASCADE"))
    method: Mapped[str] = mapped_column(String(12), default="percentage")
    rate_micro: Mapped[int] = mapped_column(Integer, default=0)
    amount: Mapped[int] = mapped_column(Integer, default=0)
    table_id: Mapped[int | None] = mapped_column(ForeignKey("share_tables.id"))

    __table_args__ = (
        UniqueConstraint("period_id", "fund_id", name="uq_fund_contributions_period_fund"),
        CheckConstraint("method IN ('percentage', 'fixed')", name="method"),
    )


class Closing(Base):
    """One closing of a period. ``hash`` covers its lines and ``previous_hash`` (the hash of the
    community's previous closing in force), so closed data can be verified."""

    __tablename__ = "closings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    community_id: Mapped[int] = mapped_column(ForeignKey(COMMUNITY_FK, ondelete="CASCADE"))
    period_id: Mapped[int] = mapped_column(ForeignKey(PERIOD_FK, ondelete="CASCADE"), index=True)
    sequence: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(8), default="closed")
    closed_at: Mapped[datetime] = mapped_column(DateTime)
    closed_by: Mapped[str] = mapped_column(String(60))
    issued_on: Mapped[date] = mapped_column(Date)
    due_date: Mapped[date] = mapped_column(Date)
    second_due_date: Mapped[date | None] = mapped_column(Date)
    hash: Mapped[str] = mapped_column(String(64))
    previous_hash: Mapped[str] = mapped_column(String(64), default="")
    summary: Mapped[str] = mapped_column(Text)  # JSON: totals, community month, batch header
    reversed_at: Mapped[datetime | None] = mapped_column(DateTime)
    reversed_by: Mapped[str | None] = mapped_column(String(60))
    reverse_reason: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        UniqueConstraint("community_id", "sequence", name="uq_closings_community_sequence"),
        CheckConstraint("status IN ('closed', 'reversed')", name="status"),
        Index("ix_closings_community_status", "community_id", "status"),
    )


class Charge(Base):
    """A debit in a unit's account: one per unit, concept and account of a closing."""

    __tablename__ = "charges"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    closing_id: Mapped[int] = mapped_column(ForeignKey("closings.id", ondelete="CASCADE"))
    community_id: Mapped[int] = mapped_column(ForeignKey(COMMUNITY_FK, ondelete="CASCADE"))
    unit_id: Mapped[int] = mapped_column(ForeignKey(UNIT_FK, ondelete="CASCADE"))
    concept: Mapped[str] = mapped_column(String(14))
    amount: Mapped[int] = mapped_column(Integer)
    due_date: Mapped[date] = mapped_column(Date)

    __table_args__ = (
        Index("ix_charges_closing_unit", "closing_id", "unit_id", "concept"),
        Index("ix_charges_community_unit", "community_id", "unit_id", "amount"),
    )


class Notice(Base):
    """A note of charge as issued: its folio and the frozen data it prints (JSON)."""

    __tablename__ = "notices"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    closing_id: Mapped[int] = mapped_column(ForeignKey("closings.id", ondelete="CASCADE"))
    community_id: Mapped[int] = mapped_column(ForeignKey(COMMUNITY_FK, ondelete="CASCADE"))
    unit_id: Mapped[int] = mapped_column(ForeignKey(UNIT_FK, ondelete="CASCADE"))
    folio: Mapped[int] = mapped_column(Integer)
    total: Mapped[int] = mapped_column(Integer)
    data: Mapped[str] = mapped_column(Text)

    __table_args__ = (
        UniqueConstraint("community_id", "folio", name="uq_notices_community_folio"),
        Index("ix_notices_closing_unit", "closing_id", "unit_id"),
    )


class Payment(Base):
    """A payment received from a unit. ``closing_id`` is the closing whose notice counted it
    («pagos recibidos desde el último aviso»); a reopened closing releases its payments."""

    __tablename__ = "payments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    community_id: Mapped[int] = mapped_column(ForeignKey(COMMUNITY_FK, ondelete="CASCADE"))
    unit_id: Mapped[int] = mapped_column(ForeignKey(UNIT_FK, ondelete="CASCADE"))
    paid_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[int] = mapped_column(Integer)
    method: Mapped[str] = mapped_column(String(20), default="transfer")
    reference: Mapped[str] = mapped_column(String(100), default="")
    receipt_number: Mapped[int] = mapped_column(Integer)
    closing_id: Mapped[int | None] = mapped_column(
        ForeignKey("closings.id", ondelete="SET NULL"), index=True
    )
    voided: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(60))
    # [K4]
    bank_account_id: Mapped[int | None] = mapped_column(
        ForeignKey("bank_accounts.id", ondelete="SET NULL")
    )
    payer: Mapped[str] = mapped_column(String(200), default="")  # name or RUT from the bank
    # the bank row it came from: 32 hex characters (imports/bank_rows.FINGERPRINT_HEX)
    fingerprint: Mapped[str | None] = mapped_column(String(64))
    import_id: Mapped[int | None] = mapped_column(
        ForeignKey("bank_imports.id", ondelete="SET NULL"), index=True
    )
    receipt: Mapped[str] = mapped_column(Text, default="")  # JSON frozen at recording
    voided_at: Mapped[datetime | None] = mapped_column(DateTime)
    voided_by: Mapped[str | None] = mapped_column(String(60))
    void_reason: Mapped[str | None] = mapped_column(Text)
    # a payment voided after a notice counted it: the closing whose notice shows the reversal
    void_closing_id: Mapped[int | None] = mapped_column(
        ForeignKey("closings.id", ondelete="SET NULL")
    )

    __table_args__ = (
        UniqueConstraint("community_id", "receipt_number", name="uq_payments_receipt"),
        UniqueConstraint("community_id", "fingerprint", name="uq_payments_fingerprint"),
        CheckConstraint("amount > 0", name="amount"),
        Index("ix_payments_community_unit", "community_id", "unit_id", "amount"),
    )


# payments refer to bank imports: keep both tables on the metadata whichever is imported first
from kastor_desktop.store.models import collection as _collection  # noqa: E402, F401
