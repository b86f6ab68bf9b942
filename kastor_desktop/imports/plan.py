"""What an import check produces: rows to add, to update, unchanged, and row errors."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class RowError:
    """``row`` is the spreadsheet row as the user sees it (0: the file as a whole)."""

    row: int
    column: str
    value: str
    reason: str
    sheet: str = ""

    def __str__(self) -> str:
        """«fila 5, columna RUT propietario, «12.345.678-0»: dígito verificador incorrecto»."""
        place = [f"hoja «{self.sheet}»"] if self.sheet else []
        if self.row > 0:
            place.append(f"fila {self.row}")
        if self.column:
            place.append(f"columna {self.column}")
            if self.row > 0:
                place.append(f"«{self.value}»" if self.value else "(vacía)")
        return f"{', '.join(place)}: {self.reason}" if place else self.reason


@dataclass(frozen=True)
class FieldChange:
    field: str  # Spanish label, e.g. «Torre»
    before: str
    after: str

    def __str__(self) -> str:
        return f"{self.field}: {self.before or '—'} → {self.after or '—'}"


@dataclass(frozen=True)
class PlannedRow:
    row: int
    key: str
    summary: str
    changes: tuple[FieldChange, ...] = ()
    sheet: str = ""

    @property
    def changes_text(self) -> str:
        return "; ".join(str(c) for c in self.changes)


@dataclass(frozen=True)
class ImportCounts:
    to_add: int
    to_update: int
    unchanged: int
    errors: int


@dataclass(frozen=True)
class ImportPreview:
    kind: str
    file_name: str
    to_add: tuple[PlannedRow, ...]
    to_update: tuple[PlannedRow, ...]
    unchanged: tuple[PlannedRow, ...]
    errors: tuple[RowError, ...]
    warnings: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def counts(self) -> ImportCounts:
        return ImportCounts(
            len(self.to_add), len(self.to_update), len(self.unchanged), len(self.errors)
        )

    @property
    def changes(self) -> int:
        return len(self.to_add) + len(self.to_update)


@dataclass
class Plan:
    """A checked file: the preview rows plus what the service must write (natural keys only)."""

    kind: str
    file_name: str
    to_add: list[PlannedRow] = field(default_factory=list)
    to_update: list[PlannedRow] = field(default_factory=list)
    unchanged: list[PlannedRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    writes: dict[str, Any] = field(default_factory=dict)

    def preview(self) -> ImportPreview:
        return ImportPreview(
            self.kind,
            self.file_name,
            tuple(self.to_add),
            tuple(self.to_update),
            tuple(self.unchanged),
            tuple(sorted(self.errors, key=lambda e: (e.sheet, e.row))),
            tuple(self.warnings),
        )

    def classify(
        self,
        row: int,
        key: str,
        summary: str,
        new: bool,
        changes: list[FieldChange],
        sheet: str = "",
    ) -> None:
        planned = PlannedRow(row, key, summary, tuple(changes), sheet)
        if new:
            self.to_add.append(planned)
        elif changes:
            self.to_update.append(planned)
        else:
            self.unchanged.append(planned)
