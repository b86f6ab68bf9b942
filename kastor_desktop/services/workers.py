"""A community's workers (ficha): RUT/CUIL (unique in the community), name, role, hire date,
salary basis in minor units of the community's currency and social-security data as text."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from kastor_desktop.domain.values import day, minor_units
from kastor_desktop.services.community_records import (
    CommunityRecords,
    check_tax_id,
    country_of,
    optional_text,
)
from kastor_desktop.services.unit_of_work import UnitOfWork
from kastor_desktop.services.validation import Checks
from kastor_desktop.store.models import Community
from kastor_desktop.store.models.master import Worker


@dataclass(frozen=True)
class WorkerDraft:
    """What the form or a spreadsheet row sends; amounts and dates may be typed text."""

    tax_id: str
    full_name: str
    role: str = ""
    hire_date: date | str | None = None
    salary_basis: int | str | None = None  # "650.000" -> 650000 (CLP)
    social_security: str = ""


@dataclass(frozen=True)
class WorkerRow:
    id: int
    tax_id: str
    full_name: str
    role: str
    hire_date: date | None
    salary_basis: int | None
    social_security: str


FIELDS = tuple(WorkerRow.__dataclass_fields__)[1:]
NAMES = {"hire_date": "Fecha de ingreso", "salary_basis": "Sueldo base"}  # in messages


class WorkerService(CommunityRecords[Worker, WorkerDraft, WorkerRow]):
    model = Worker
    area = "workers"
    permission = "suppliers.manage"
    entity = "worker"
    missing = "El trabajador ya no existe."
    title_field = "full_name"

    def _validate(
        self, uow: UnitOfWork, community: Community, draft: WorkerDraft, current: Worker | None
    ) -> dict[str, Any]:
        checks = Checks()
        exponent = country_of(community).minor_exponent
        values: dict[str, Any] = {
            "tax_id": check_tax_id(checks, draft.tax_id, community),
            "full_name": checks.require("full_name", draft.full_name, "el nombre completo"),
            "role": optional_text(checks, "role", draft.role, "el cargo", 100),
            "hire_date": checks.run(day, draft.hire_date, "hire_date", NAMES["hire_date"]),
            "salary_basis": checks.run(
                minor_units, draft.salary_basis, exponent, "salary_basis", NAMES["salary_basis"]
            ),
            "social_security": optional_text(
                checks, "social_security", draft.social_security, "la previsión", 2000
            ),
        }
        if values["salary_basis"] is not None and values["salary_basis"] < 0:
            checks.add(
                "salary_basis", f"Sueldo base: «{draft.salary_basis}» no puede ser negativo."
            )
        self._unique_tax_id(uow, checks, community, current, values["tax_id"], "del trabajador")
        checks.done()
        return values

    def _snapshot(self, record: Worker) -> dict[str, Any]:
        return {field: getattr(record, field) for field in FIELDS}

    def _row(self, record: Worker) -> WorkerRow:
        return WorkerRow(record.id, **self._snapshot(record))

    def _order(self) -> tuple[Any, ...]:
        return (Worker.full_name, Worker.id)
