"""The tables of the desktop database.

The office workspace and journals load with the package. The community master data
(``master``) loads on first use — ``from kastor_desktop.store.models import Unit`` works and
imports it then — because its 40 ms of class building is not needed to show the main window.
``load_all()`` registers every table on Base.metadata (Alembic and schema checks call it).
"""

from kastor_desktop.store.base import Base
from kastor_desktop.store.models.journal import AuditEntry, OutboxEvent
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

MASTER_MODELS = (
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
)
CLOSING_MODELS = (
    "Charge",
    "Closing",
    "ClosingSettings",
    "Expense",
    "FundContribution",
    "IndividualCharge",
    "MeterReading",
    "MeterSet",
    "Notice",
    "OtherIncome",
    "Payment",
    "Period",
    "RecurringExpense",
)


COLLECTION_MODELS = (
    "AgreementInstalment",
    "BankImport",
    "BankPreset",
    "Certificate",
    "CollectionAction",
    "CollectionSettings",
    "PaymentAgreement",
    "UnitPayer",
)


def load_all() -> None:
    """Import every model module so Base.metadata holds every table."""
    from kastor_desktop.store.models import closing, collection, master  # noqa: F401


def __getattr__(name: str) -> object:
    if name in MASTER_MODELS:
        from kastor_desktop.store.models import master

        return getattr(master, name)
    if name in CLOSING_MODELS:
        from kastor_desktop.store.models import closing, collection, master  # noqa: F401

        return getattr(closing, name)
    if name in COLLECTION_MODELS:
        from kastor_desktop.store.models import closing, collection, master  # noqa: F401

        return getattr(collection, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "AuditEntry",
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
    *MASTER_MODELS,
    *CLOSING_MODELS,
    *COLLECTION_MODELS,
]
