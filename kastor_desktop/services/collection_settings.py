"""A community's collection rules: whether payments settle interest and fines before the
principal, the payment-agreement rules (most instalments, smallest first instalment) and the
booking block for delinquent units (stored now; reservations apply it later through
``DelinquencyService.may_book``).

The first instalment's minimum is held like shares, in millionths of a percent (30 % =
30_000_000). A community with no row yet reads the defaults (collection_settings_for).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kastor_desktop.domain.agreements import SCALE, WHOLE, percent_text
from kastor_desktop.domain.values import yes_no
from kastor_desktop.services.community_records import audit_change, load_community
from kastor_desktop.services.context import Actor, Changes, Outcome
from kastor_desktop.services.ledger import collection_settings_for
from kastor_desktop.services.unit_of_work import ServiceContext
from kastor_desktop.services.validation import Checks
from kastor_desktop.store.models.collection import CollectionSettings

MANAGE = "collection.manage"
MAX_INSTALMENTS = 60
MAX_BLOCK_DAYS = 3650
CHANGES = ("collection", "delinquency", "ledger")


@dataclass(frozen=True)
class CollectionSettingsRow:
    interest_first: bool = False
    agreement_max_instalments: int = 12
    agreement_min_first_micro: int = 30 * SCALE
    block_bookings: bool = False
    block_after_days: int = 60

    @property
    def min_first_percent(self) -> str:
        """«30», «33,5»: the minimum first instalment as a form shows it."""
        return percent_text(self.agreement_min_first_micro)


def row_of(settings: CollectionSettings) -> CollectionSettingsRow:
    return CollectionSettingsRow(
        bool(settings.interest_first),
        int(settings.agreement_max_instalments),
        int(settings.agreement_min_first_micro),
        bool(settings.block_bookings),
        int(settings.block_after_days),
    )


def _whole(checks: Checks, field: str, value: Any, label: str, low: int, high: int) -> int:
    number: int | None = None
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, str) and value.strip().lstrip("-").isdigit():
        number = int(value.strip())
    if number is None or not low <= number <= high:
        checks.add(field, f"{label}: indique un número entero entre {low} y {high}.")
        return low
    return number


def _validate(row: CollectionSettingsRow) -> CollectionSettingsRow:
    checks = Checks()
    interest_first = checks.run(
        yes_no, row.interest_first, "interest_first", "Intereses y multas primero"
    )
    instalments = _whole(
        checks,
        "agreement_max_instalments",
        row.agreement_max_instalments,
        "Máximo de cuotas de un convenio",
        1,
        MAX_INSTALMENTS,
    )
    minimum = row.agreement_min_first_micro
    if isinstance(minimum, bool) or not isinstance(minimum, int) or not 0 <= minimum <= WHOLE:
        checks.add(
            "agreement_min_first_micro",
            f"Primera cuota mínima: debe estar entre 0 y 100 % (se indicó «{minimum}»).",
        )
    block = checks.run(yes_no, row.block_bookings, "block_bookings", "Bloquear reservas")
    days = _whole(
        checks,
        "block_after_days",
        row.block_after_days,
        "Días de mora para bloquear reservas",
        0,
        MAX_BLOCK_DAYS,
    )
    checks.done()
    return CollectionSettingsRow(bool(interest_first), instalments, minimum, bool(block), days)


def _snapshot(row: CollectionSettingsRow) -> dict[str, Any]:
    return {
        "interest_first": row.interest_first,
        "agreement_max_instalments": row.agreement_max_instalments,
        "agreement_min_first": f"{percent_text(row.agreement_min_first_micro)} %",
        "block_bookings": row.block_bookings,
        "block_after_days": row.block_after_days,
    }


class CollectionSettingsService:
    area = "collection"

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def get(self, actor: Actor, community_id: int) -> CollectionSettingsRow:
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id)
            return row_of(collection_settings_for(uow, community))

    def save(
        self, actor: Actor, community_id: int, row: CollectionSettingsRow
    ) -> Outcome[CollectionSettingsRow]:
        """Store the rules (every field checked first; nothing saved when one is wrong)."""
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id, MANAGE)
            clean = _validate(row)
            settings = collection_settings_for(uow, community, persist=True)
            before = _snapshot(row_of(settings))
            settings.interest_first = clean.interest_first
            settings.agreement_max_instalments = clean.agreement_max_instalments
            settings.agreement_min_first_micro = clean.agreement_min_first_micro
            settings.block_bookings = clean.block_bookings
            settings.block_after_days = clean.block_after_days
            uow.session.flush()
            after = _snapshot(row_of(settings))
            changed = {k for k in after if after[k] != before[k]}
            if changed:
                audit_change(
                    uow,
                    community,
                    "collection_settings.update",
                    "collection_settings",
                    community.id,
                    {k: v for k, v in before.items() if k in changed},
                    {k: v for k, v in after.items() if k in changed},
                )
            result = row_of(settings)
            uow.commit()
            return Outcome(result, Changes.of(*CHANGES) if changed else Changes())
