"""All tables of the desktop database. Importing this package registers them on Base.metadata."""

from kastor_desktop.store.base import Base
from kastor_desktop.store.models.journal import AuditEntry, OutboxEvent
from kastor_desktop.store.models.master import (
    BankAccount,
    ExpenseAccount,
    Fund,
    OpeningBalance,
    Person,
    ShareTable,
    Supplier,
    Unit,
    UnitShare,
    Worker,
)
from kastor_desktop.store.models.workspace import (
    Community,
    Contact,
    Office,
    Role,
    RoleCommunity,
    RolePermission,
    User,
    UserRole,
)

__all__ = [
    "AuditEntry",
    "BankAccount",
    "ExpenseAccount",
    "Fund",
    "OpeningBalance",
    "Person",
    "ShareTable",
    "Supplier",
    "Unit",
    "UnitShare",
    "Worker",
    "Base",
    "Community",
    "Contact",
    "Office",
    "OutboxEvent",
    "Role",
    "RoleCommunity",
    "RolePermission",
    "User",
    "UserRole",
]
