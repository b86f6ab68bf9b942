"""A community's suppliers: RUT/CUIT (unique in the community), name, business line, contact and
the bank account their invoices are paid to."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kastor_desktop.domain.contact_info import normalize_email, normalize_phone
from kastor_desktop.services.community_records import (
    CommunityRecords,
    check_tax_id,
    country_of,
    optional_text,
)
from kastor_desktop.services.unit_of_work import UnitOfWork
from kastor_desktop.services.validation import Checks
from kastor_desktop.store.models import Community
from kastor_desktop.store.models.master import Supplier


@dataclass(frozen=True)
class SupplierDraft:
    tax_id: str
    name: str
    business_line: str = ""
    contact_name: str = ""
    email: str = ""
    phone: str = ""
    bank_name: str = ""
    bank_account: str = ""


@dataclass(frozen=True)
class SupplierRow:
    id: int
    tax_id: str
    name: str
    business_line: str
    contact_name: str
    email: str
    phone: str
    bank_name: str
    bank_account: str


FIELDS = tuple(SupplierDraft.__dataclass_fields__)


class SupplierService(CommunityRecords[Supplier, SupplierDraft, SupplierRow]):
    model = Supplier
    area = "suppliers"
    permission = "suppliers.manage"
    entity = "supplier"
    missing = "El proveedor ya no existe."

    def _validate(
        self, uow: UnitOfWork, community: Community, draft: SupplierDraft, current: Supplier | None
    ) -> dict[str, Any]:
        checks = Checks()
        region = country_of(community).phone_region
        values: dict[str, Any] = {
            "tax_id": check_tax_id(checks, draft.tax_id, community),
            "name": checks.require("name", draft.name, "el nombre o razón social"),
            "business_line": optional_text(
                checks, "business_line", draft.business_line, "el giro", 200
            ),
            "contact_name": optional_text(
                checks, "contact_name", draft.contact_name, "el nombre del contacto", 200
            ),
            "email": checks.run(normalize_email, draft.email, "email", False) or "",
            "phone": checks.run(normalize_phone, draft.phone, region, "phone", False) or "",
            "bank_name": optional_text(checks, "bank_name", draft.bank_name, "el banco", 100),
            "bank_account": optional_text(
                checks, "bank_account", draft.bank_account, "la cuenta bancaria", 40
            ),
        }
        if values["bank_account"] and not values["bank_name"]:
            checks.add("bank_name", "Indique el banco de la cuenta bancaria.")
        self._unique_tax_id(uow, checks, community, current, values["tax_id"], "del proveedor")
        checks.done()
        return values

    def _snapshot(self, record: Supplier) -> dict[str, Any]:
        return {field: getattr(record, field) for field in FIELDS}

    def _row(self, record: Supplier) -> SupplierRow:
        return SupplierRow(record.id, **self._snapshot(record))

    def _order(self) -> tuple[Any, ...]:
        return (Supplier.name, Supplier.id)
