"""What every import kind shares: records matched by a natural key, compared field by field,
duplicates in the file refused (naming both rows), progress reported while checking."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from kastor_desktop.imports.cells import RowReader
from kastor_desktop.imports.plan import FieldChange, Plan
from kastor_desktop.imports.readers import Cell, Table

STEP = 250  # rows between progress reports


class ProgressLike(Protocol):
    def step(self, done: int, total: int, text: str = "") -> None: ...


def tax_key(tax_id: str) -> str:
    """'12.345.678-5' and '12345678-5' are the same person."""
    return re.sub(r"[^0-9A-Za-z]", "", tax_id).upper()


def text_key(value: str) -> str:
    return " ".join(value.split()).casefold()


def plain(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, tuple | list):
        return ", ".join(str(v) for v in value)
    return str(value)


@dataclass(frozen=True)
class Field:
    """A stored field compared between the database and the file, shown with ``show``."""

    key: str
    label: str
    show: Callable[[Any], str] = plain


def diff(
    before: Mapping[str, Any], after: Mapping[str, Any], fields: Sequence[Field]
) -> list[FieldChange]:
    return [
        FieldChange(f.label, f.show(before.get(f.key)), f.show(after.get(f.key)))
        for f in fields
        if before.get(f.key) != after.get(f.key)
    ]


class Unique:
    """Refuses a key seen before in the file, naming the first row and this one."""

    def __init__(self, reader: RowReader, column: str, what: str) -> None:
        self.reader, self.column, self.what = reader, column, what
        self.rows: dict[str, int] = {}

    def claim(self, number: int, key: str, raw: Cell) -> bool:
        first = self.rows.get(key)
        if first is not None:
            self.reader.fail(
                number,
                self.column,
                raw,
                f"{self.what} en las filas {first} y {number}",
            )
            return False
        self.rows[key] = number
        return True


def each_row(
    table: Table, progress: ProgressLike | None, text: str
) -> Iterable[tuple[int, list[Cell]]]:
    total = len(table.rows)
    for done, (number, row) in enumerate(table.rows):
        if progress is not None and done % STEP == 0:
            progress.step(done, total, text)
        yield number, row


@dataclass(frozen=True)
class Record:
    row: int
    key: str
    label: str  # the key as shown
    values: dict[str, Any]
    summary: str


def classify(
    plan: Plan,
    records: Sequence[Record],
    existing: Mapping[str, tuple[int, Mapping[str, Any]]],
    fields: Sequence[Field],
    writes: str,
    sheet: str = "",
) -> None:
    """Sort records into add/update/unchanged and queue their writes under ``writes``:
    ``plan.writes[writes] = {"insert": [values...], "update": [(id, values)...]}``."""
    queue = plan.writes.setdefault(writes, {"insert": [], "update": []})
    for record in records:
        current = existing.get(record.key)
        if current is None:
            queue["insert"].append(record.values)
            plan.classify(record.row, record.label, record.summary, True, [], sheet)
            continue
        row_id, before = current
        changes = diff(before, record.values, fields)
        if changes:
            queue["update"].append((row_id, record.values))
        plan.classify(record.row, record.label, record.summary, False, changes, sheet)
