"""What a migration sheet looks like: its columns (Spanish headers, aliases, instructions) and
how a header typed by an office matches one (case, accents, «*» and notes in brackets ignored)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kastor_desktop.domain.text import fold

_BRACKETS = re.compile(r"\(.*?\)|\[.*?\]")
_NOISE = str.maketrans({c: " " for c in "*°º.:_-/"})


def fold_header(value: object) -> str:
    """'Número*' / 'NUMERO' / 'numero (ej. 101)' -> 'numero'."""
    raw = "" if value is None else str(value)
    plain = _BRACKETS.sub(" ", fold(raw)).translate(_NOISE)
    return " ".join(plain.split())


@dataclass(frozen=True)
class ColumnSpec:
    """One column of a template. ``fmt``/``example``/``choices`` feed the instructions sheet."""

    key: str
    header: str
    required: bool = False
    help: str = ""
    fmt: str = "Texto"
    example: str = ""
    choices: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    width: int = 16
    as_text: bool = False  # the template formats the column as text (RUT, codes, phones)

    def names(self) -> set[str]:
        return {fold_header(self.header), *(fold_header(a) for a in self.aliases)}


@dataclass(frozen=True)
class SheetSpec:
    """A data sheet. ``share_prefix``: extra columns headed «% <tabla>» are share tables."""

    name: str
    columns: tuple[ColumnSpec, ...]
    examples: tuple[tuple[object, ...], ...] = ()
    share_prefix: str = ""
    share_examples: tuple[str, ...] = ()  # example tables: the data sheet shows the first
    optional: bool = False  # a workbook may leave this sheet out (e.g. «Fondos»)
    aliases: tuple[str, ...] = ()

    def column(self, key: str) -> ColumnSpec:
        return next(c for c in self.columns if c.key == key)

    def headers(self) -> list[str]:
        return [c.header for c in self.columns]

    def matches_name(self, sheet_name: str) -> bool:
        wanted = {fold_header(self.name), *(fold_header(a) for a in self.aliases)}
        return fold_header(sheet_name) in wanted


@dataclass(frozen=True)
class KindSpec:
    """What one import kind reads: its sheets, the template's file name and its notes."""

    kind: str
    title: str
    file_name: str
    sheets: tuple[SheetSpec, ...]
    notes: tuple[str, ...] = field(default=())
