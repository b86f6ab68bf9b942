"""The delinquency list as a table: each owing unit with its debt by age, total, days overdue,
collection stage, last action, agreement and booking block.

Sorting (by debt, by age...) and the filters (text, minimum age of the debt, stage, with or
without an agreement, the ten largest debts) act on the rows inside the model."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from kastor_desktop.ui.collection.tinted_rows import BROKEN_BACKGROUND, GREY, RED, TintedRows
from kastor_desktop.ui.table_model import Column

translate = QCoreApplication.translate

# column numbers the page refers to
UNIT, OWNER, CURRENT, D0_30, D31_60, D61_90, D90, TOTAL, DAYS, STAGE, LAST, AGREEMENT, BLOCKED = (
    range(13)
)
TOP = 10


def stage_labels() -> dict[str, str]:
    """The filter's choices: no action recorded yet, or a collection stage (Spanish labels)."""
    from kastor_desktop.services.collection_log import STAGES

    return {"": translate("DelinquencyModel", "No action yet"), **STAGES}


@dataclass(frozen=True)
class Filters:
    """``min_days``: the oldest overdue debt at least this old (0: any owing unit, 1: overdue);
    ``stage``: None any, "" none recorded, or a stage code; ``agreement``: None any, "with",
    "without" or "broken"; ``top``: only the ten largest debts."""

    min_days: int = 0
    stage: str | None = None
    agreement: str | None = None
    top: bool = False

    def keep(self) -> Callable[[Any], bool] | None:
        if self.min_days == 0 and self.stage is None and self.agreement is None:
            return None
        min_days, stage, agreement = self.min_days, self.stage, self.agreement

        def keep(row: Any) -> bool:
            if min_days and row.aging.days < min_days:
                return False
            if stage is not None and row.stage != stage:
                return False
            if agreement == "with":
                return bool(row.agreement in ("active", "broken"))
            if agreement == "without":
                return bool(row.agreement not in ("active", "broken"))
            if agreement == "broken":
                return bool(row.agreement == "broken")
            return True

        return keep


class DelinquencyModel(TintedRows[Any]):
    """``set_debts(rows, exponent)`` with ``services.delinquency.units`` rows."""

    def __init__(self, parent: Any = None) -> None:
        self.exponent = 0
        self.filters = Filters()
        super().__init__(self._columns(), parent, self._foreground, self._background)
        self.tips = frozenset({OWNER, LAST})

    def set_debts(self, rows: list[Any], exponent: int) -> None:
        self.exponent = exponent
        self.set_rows(rows)

    def set_filters(self, filters: Filters) -> None:
        self.filters = filters
        self.set_keep(filters.keep(), TOP if filters.top else None)

    def money(self, minor: int) -> str:
        from kastor_desktop.domain.money import format_amount

        return format_amount(minor, self.exponent) if minor else ""

    def _columns(self) -> list[Column[Any]]:
        yes = translate("DelinquencyModel", "Yes")

        def amount(title: str, value: Callable[[Any], int]) -> Column[Any]:
            return Column(title, lambda r: self.money(value(r)), key=value, align_right=True)

        return [
            Column(translate("DelinquencyModel", "Unit"), lambda r: r.unit_number, natural=True),
            Column(translate("DelinquencyModel", "Owner"), lambda r: r.owner_name),
            amount(translate("DelinquencyModel", "Not yet due"), lambda r: r.aging.current),
            amount(translate("DelinquencyModel", "0–30 days"), lambda r: r.aging.d0_30),
            amount(translate("DelinquencyModel", "31–60 days"), lambda r: r.aging.d31_60),
            amount(translate("DelinquencyModel", "61–90 days"), lambda r: r.aging.d61_90),
            amount(translate("DelinquencyModel", "Over 90 days"), lambda r: r.aging.d90),
            Column(
                translate("DelinquencyModel", "Total"),
                lambda r: self.money(r.aging.owed),
                key=lambda r: r.aging.owed,
                align_right=True,
            ),
            Column(
                translate("DelinquencyModel", "Days overdue"),
                lambda r: str(r.aging.days) if r.aging.days else "",
                key=lambda r: r.aging.days,
                align_right=True,
            ),
            Column(
                translate("DelinquencyModel", "Stage"),
                lambda r: r.stage_label,
                key=lambda r: (
                    ("", "early", "late", "judicial").index(r.stage)
                    if r.stage in ("", "early", "late", "judicial")
                    else 9
                ),
            ),
            Column(translate("DelinquencyModel", "Last action"), lambda r: r.last_action),
            Column(
                translate("DelinquencyModel", "Agreement"),
                lambda r: r.agreement_label,
            ),
            Column(
                translate("DelinquencyModel", "Blocked"),
                lambda r: yes if r.blocked else "",
                key=lambda r: r.blocked,
            ),
        ]

    @staticmethod
    def _foreground(row: Any, column: int) -> str | None:
        if column == D90 and row.aging.d90:
            return RED
        if column == AGREEMENT and row.agreement == "broken":
            return RED
        if column == BLOCKED and row.blocked:
            return RED
        if column == CURRENT:
            return GREY
        return None

    @staticmethod
    def _background(row: Any) -> str | None:
        return BROKEN_BACKGROUND if row.agreement == "broken" else None
