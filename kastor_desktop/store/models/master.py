"""Community master data: people, units, share tables, suppliers, workers, chart of accounts,
bank accounts, funds and opening balances. Money is INTEGER minor units of the community's
currency; shares are millionths of a percent; areas are hundredths of a square metre."""

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


class Person(Base):
    """Owner or resident; identity is the tax id, across all communities of the office."""

    __tablename__ = "people"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tax_id: Mapped[str] = mapped_column(String(20), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    emails: Mapped[str] = mapped_column(String(400), default="")
    phones: Mapped[str] = mapped_column(String(200), default="")
    postal_address: Mapped[str] = mapped_column(String(300), default="")
    notice_preference: Mapped[str] = mapped_column(String(10), default="email")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (
        CheckConstraint(
            "notice_preference IN ('email', 'paper', 'both')", name="notice_preference"
        ),
    )


class Unit(Base):
    __tablename__ = "units"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    community_id: Mapped[int] = mapped_column(ForeignKey(COMMUNITY_FK, ondelete="CASCADE"))
    number: Mapped[str] = mapped_column(String(30))
    kind: Mapped[str] = mapped_column(String(12), default="apartment")
    tower: Mapped[str] = mapped_column(String(30), default="")
    floor: Mapped[str] = mapped_column(String(10), default="")
    area_x100: Mapped[int | None] = mapped_column(Integer)
    fiscal_valuation: Mapped[int | None] = mapped_column(Integer)
    delivery_date: Mapped[date | None] = mapped_column(Date)
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), index=True
    )
    resident_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), index=True
    )
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("units.id", ondelete="SET NULL"), index=True
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    __table_args__ = (
        UniqueConstraint("community_id", "number", name="uq_units_community_number"),
        CheckConstraint(
            "kind IN ('apartment', 'parking', 'storage', 'shop', 'house', 'office')", name="kind"
        ),
    )


class ShareTable(Base):
    """A tabla de prorrateo (sector): General, Torre A, Estacionamientos..."""

    __tablename__ = "share_tables"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    community_id: Mapped[int] = mapped_column(ForeignKey(COMMUNITY_FK, ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(60))
    position: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (
        UniqueConstraint("community_id", "name", name="uq_share_tables_community_name"),
    )


class UnitShare(Base):
    __tablename__ = "unit_shares"

    table_id: Mapped[int] = mapped_column(
        ForeignKey("share_tables.id", ondelete="CASCADE"), primary_key=True
    )
    unit_id: Mapped[int] = mapped_column(
        ForeignKey("units.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    micro: Mapped[int] = mapped_column(Integer)

    __table_args__ = (CheckConstraint("micro >= 0 AND micro <= 100000000", name="range"),)


class Supplier(Base):
    __tablename__ = "suppliers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    community_id: Mapped[int] = mapped_column(ForeignKey(COMMUNITY_FK, ondelete="CASCADE"))
    tax_id: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))
    business_line: Mapped[str] = mapped_column(String(200), default="")
    contact_name: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    bank_name: Mapped[str] = mapped_column(String(100), default="")
    bank_account: Mapped[str] = mapped_column(String(40), default="")

    __table_args__ = (
        UniqueConstraint("community_id", "tax_id", name="uq_suppliers_community_tax_id"),
    )


class Worker(Base):
    __tablename__ = "workers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    community_id: Mapped[int] = mapped_column(ForeignKey(COMMUNITY_FK, ondelete="CASCADE"))
    tax_id: Mapped[str] = mapped_column(String(20))
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(100), default="")
    hire_date: Mapped[date | None] = mapped_column(Date)
    salary_basis: Mapped[int | None] = mapped_column(Integer)
    social_security: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        UniqueConstraint("community_id", "tax_id", name="uq_workers_community_tax_id"),
    )


class ExpenseAccount(Base):
    """Chart of expense accounts: categories, subcategories, surcharge categories."""

    __tablename__ = "expense_accounts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    community_id: Mapped[int] = mapped_column(ForeignKey(COMMUNITY_FK, ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(12), default="category")
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("expense_accounts.id", ondelete="RESTRICT"), index=True
    )
    nature: Mapped[str] = mapped_column(String(14), default="ordinary")

    __table_args__ = (
        UniqueConstraint("community_id", "code", name="uq_expense_accounts_community_code"),
        CheckConstraint("kind IN ('category', 'subcategory', 'surcharge')", name="kind"),
        CheckConstraint("nature IN ('ordinary', 'extraordinary')", name="nature"),
    )


class BankAccount(Base):
    __tablename__ = "bank_accounts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    community_id: Mapped[int] = mapped_column(ForeignKey(COMMUNITY_FK, ondelete="CASCADE"))
    bank: Mapped[str] = mapped_column(String(100))
    account_type: Mapped[str] = mapped_column(String(10), default="checking")
    number: Mapped[str] = mapped_column(String(40))
    holder_tax_id: Mapped[str] = mapped_column(String(20))
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (
        UniqueConstraint(
            "community_id", "bank", "number", name="uq_bank_accounts_community_bank_number"
        ),
        Index(
            "uq_bank_accounts_one_default",
            "community_id",
            unique=True,
            sqlite_where=text("is_default = 1"),
        ),
    )


class Fund(Base):
    __tablename__ = "funds"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    community_id: Mapped[int] = mapped_column(ForeignKey(COMMUNITY_FK, ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(10), default="other")
    opening_balance: Mapped[int] = mapped_column(Integer, default=0)
    opening_date: Mapped[date | None] = mapped_column(Date)

    __table_args__ = (
        UniqueConstraint("community_id", "name", name="uq_funds_community_name"),
        CheckConstraint("kind IN ('reserve', 'other')", name="kind"),
        Index(
            "uq_funds_one_reserve",
            "community_id",
            unique=True,
            sqlite_where=text("kind = 'reserve'"),
        ),
    )


class OpeningBalance(Base):
    """A unit's debt (positive) or credit (negative) at the migration date."""

    __tablename__ = "opening_balances"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    community_id: Mapped[int] = mapped_column(
        ForeignKey(COMMUNITY_FK, ondelete="CASCADE"), index=True
    )
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"), unique=True)
    amount: Mapped[int] = mapped_column(Integer)
    as_of: Mapped[date] = mapped_column(Date)
