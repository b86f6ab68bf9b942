"""Bank statements (cartolas) -> the credit rows to match against units.

Layouts differ by bank: title rows above the table, Spanish headers (Fecha, Descripción / Glosa
/ Detalle, N° Documento, Cargos, Abonos, Monto, Saldo), dd/mm/yyyy or dd-mm-yyyy dates, 1.234.567
or 1.234,56 numbers, separate Cargos/Abonos or one signed Monto. A ``Mapping`` names the header
of each column (saved per bank as a preset); without one it is guessed from the header row,
which is found by scanning the first rows for those names (case and accents do not matter).

Only credits are kept (Abonos > 0, or a positive signed amount); debits are counted as skipped;
blank rows, notes without date or amount, and footers («Saldo final», «Total») are ignored. A
malformed row becomes a ``RowError`` (row number in the file, Spanish reason) and is not read;
the rest of the file still is.

**Fingerprints.** Each credit row gets ``sha256(date | amount | reference | description |
balance | occurrence)``, its first 128 bits in hex (32 characters): the date (ISO), the amount
in minor units, the reference and the description folded (case, accents) with whitespace
collapsed, the running balance when the layout has one (empty when not), and the row's
occurrence index among rows of the file with that same key. The fingerprint describes the
bank's movement, never the file, its row number or the export format of the day, so:

* the same statement imported twice gives the same fingerprints: nothing is imported again;
* two overlapping statements (1–20 Nov, then 10–30 Nov) give the rows they share the same
  fingerprints, because a bank prints a given movement the same way in every export and the
  occurrence index counts inside the whole day: statements cover whole days, so both files see
  the same identical rows of a shared day, in the same order;
* two genuine identical transfers on one day (same amount, same payer's description) stay two
  rows: the balance tells them apart where the layout has one, the occurrence index (0, 1)
  where it has not.

The limit: a statement cut in the middle of a day, with one of two identical balance-less
movements on each side, would see both as occurrence 0 — the second would be taken for a
duplicate (shown to the user as such; it can still be recorded by hand).

Files are opened by ``bank_files`` (size, row and zip-bomb limits; formulas are never run and
text such as «=1+1» stays text: whoever writes it to a spreadsheet later must keep it text).
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from kastor_desktop.domain.text import fold
from kastor_desktop.imports.bank_files import BadStatement, Grid, file_digest, open_sheets
from kastor_desktop.imports.bank_numbers import is_blank, text_of
from kastor_desktop.imports.bank_rows import ROLES, RowError, RowReader, StatementRow

__all__ = [
    "BadStatement",
    "Mapping",
    "RowError",
    "Sniffed",
    "Statement",
    "StatementRow",
    "header_key",
    "read_statement",
    "sniff",
]

HEADER_SCAN = 30
SAMPLE_ROWS = 20
ROLE_LABELS = {
    "date": "Fecha",
    "description": "Descripción",
    "reference": "N° Documento",
    "credit": "Abonos",
    "debit": "Cargos",
    "amount": "Monto",
    "balance": "Saldo",
}
_FIRST_WORD = {
    "fecha": "date",
    "descripcion": "description",
    "glosa": "description",
    "detalle": "description",
    "concepto": "description",
    "documento": "reference",
    "referencia": "reference",
    "operacion": "reference",
    "comprobante": "reference",
    "cargo": "debit",
    "cargos": "debit",
    "debito": "debit",
    "debitos": "debit",
    "giro": "debit",
    "giros": "debit",
    "abono": "credit",
    "abonos": "credit",
    "credito": "credit",
    "creditos": "credit",
    "deposito": "credit",
    "depositos": "credit",
    "monto": "amount",
    "importe": "amount",
    "saldo": "balance",
}
_FILLER = frozenset({"n", "no", "nro", "num", "numero", "de", "del", "la", "el", "su"})
_WORDS = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class Mapping:
    """Which header holds what; "" = not in this layout. ``header_row`` 1-based, None = find."""

    date: str
    description: str
    credit: str = ""
    debit: str = ""
    amount: str = ""
    reference: str = ""
    balance: str = ""
    header_row: int | None = None

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Mapping:
        data = json.loads(text)
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})

    @property
    def signed(self) -> bool:
        """One signed amount column instead of separate debits and credits."""
        return not self.credit and bool(self.amount)

    def headers(self) -> dict[str, str]:
        """role -> header, for the roles this layout has."""
        return {role: getattr(self, role) for role in ROLES if getattr(self, role)}

    def problems(self) -> list[str]:
        """What makes the mapping unusable, in Spanish (empty: fine)."""
        found = []
        if not self.date.strip():
            found.append("Indique la columna de la fecha.")
        if not self.description.strip():
            found.append("Indique la columna de la descripción (glosa).")
        if not self.credit.strip() and not self.amount.strip():
            found.append("Indique la columna de abonos o la del monto con signo.")
        keys = [header_key(h) for h in self.headers().values()]
        if len(set(keys)) < len(keys):
            found.append("Una misma columna está asignada a dos datos distintos.")
        if self.header_row is not None and not 1 <= self.header_row <= HEADER_SCAN:
            found.append(f"La fila de encabezados debe estar entre 1 y {HEADER_SCAN}.")
        return found


@dataclass(frozen=True)
class Sniffed:
    headers: list[str]
    header_row: int
    sample: list[list[str]]  # the first data rows as text
    guess: Mapping | None  # from the header names; None if no date/amount column was found


@dataclass
class Statement:
    file_name: str
    sha256: str
    mapping: Mapping
    header_row: int
    sheet: str
    rows: list[StatementRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    debits_skipped: int = 0


def header_key(value: object) -> str:
    """A header as compared: folded, punctuation gone, spaces collapsed («N° Doc.» = «n doc»)."""
    return " ".join(_WORDS.findall(fold(str(value))))


def _role(value: object) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    words = [w for w in _WORDS.findall(fold(value)) if w not in _FILLER]
    return _FIRST_WORD.get(words[0]) if words else None


def _guessed_header(rows: list[list[object]]) -> tuple[int, dict[str, int]] | None:
    """(row index, role -> column) of the best header row among the first rows, or None."""
    best: tuple[int, dict[str, int]] | None = None
    for index, row in enumerate(rows[:HEADER_SCAN]):
        roles: dict[str, int] = {}
        for column, value in enumerate(row):
            role = _role(value)
            if role is not None and role not in roles:
                roles[role] = column
        usable = "date" in roles and ("credit" in roles or "amount" in roles)
        if usable and (best is None or len(roles) > len(best[1])):
            best = (index, roles)
    return best


def _guess(row: list[object], roles: dict[str, int]) -> Mapping:
    names = {role: " ".join(str(row[column]).split()) for role, column in roles.items()}
    return Mapping(
        names["date"],
        names.get("description", ""),
        credit=names.get("credit", ""),
        debit=names.get("debit", "") if "credit" in names else "",
        amount="" if "credit" in names else names.get("amount", ""),
        reference=names.get("reference", ""),
        balance=names.get("balance", ""),
    )


def _mapped_header(rows: list[list[object]], mapping: Mapping) -> tuple[int, dict[str, int]]:
    """(row index, role -> column) of the mapping's headers; BadStatement naming what is missing."""
    wanted = {role: header_key(h) for role, h in mapping.headers().items()}
    candidates = (
        [mapping.header_row - 1] if mapping.header_row else range(min(HEADER_SCAN, len(rows)))
    )
    best: tuple[int, dict[str, int]] = (-1, {})
    for index in candidates:
        if index >= len(rows):
            continue
        keys = [header_key(v) if isinstance(v, str) else "" for v in rows[index]]
        found = {}
        for role, key in wanted.items():
            if key in keys:
                found[role] = keys.index(key)
        if len(found) > len(best[1]):
            best = (index, found)
        if len(found) == len(wanted):
            return index, found
    missing = [mapping.headers()[r] for r in wanted if r not in best[1]]
    listed = ", ".join(f"«{m}»" for m in missing)
    where = f"en la fila {mapping.header_row}" if mapping.header_row else "en las primeras filas"
    raise BadStatement(
        f"No se encontraron {where} del archivo las columnas {listed} del formato elegido. "
        "Revise el formato o asigne las columnas de nuevo."
    )


def _pick(grids: list[Grid], mapping: Mapping | None) -> tuple[Grid, int, dict[str, int]]:
    problem: BadStatement | None = None
    for grid in grids:
        if mapping is None:
            found = _guessed_header(grid.rows)
            if found is not None:
                return grid, *found
            continue
        try:
            return grid, *_mapped_header(grid.rows, mapping)
        except BadStatement as error:
            problem = problem or error
    if problem is not None:
        raise problem
    raise BadStatement(
        "No se encontró la fila de encabezados de la cartola: se buscan en las primeras "
        f"{HEADER_SCAN} filas columnas como «Fecha» y «Abonos» (o «Monto»). Asigne las columnas "
        "a mano."
    )


def _sheets(path: Path) -> list[Grid]:
    grids = open_sheets(path)
    if not any(any(not is_blank(v) for v in row) for grid in grids for row in grid.rows[:500]):
        raise BadStatement(f"El archivo «{Path(path).name}» está vacío: no tiene filas.")
    return grids


def sniff(path: Path) -> Sniffed:
    """The header row, a sample of the data under it and the mapping guessed from the names.

    Without recognisable headers: the first non-empty row as headers and ``guess`` None, so the
    user can assign the columns by hand."""
    grids = _sheets(path)
    try:
        grid, index, roles = _pick(grids, None)
        guess: Mapping | None = _guess(grid.rows[index], roles)
    except BadStatement:
        grid = next(g for g in grids if any(any(not is_blank(v) for v in r) for r in g.rows))
        index = next(i for i, r in enumerate(grid.rows) if any(not is_blank(v) for v in r))
        guess = None
    headers = [text_of(v) for v in grid.rows[index]]
    sample = []
    for row in grid.rows[index + 1 :]:
        if any(not is_blank(v) for v in row):
            sample.append([text_of(v) for v in row])
            if len(sample) == SAMPLE_ROWS:
                break
    return Sniffed(headers, index + 1, sample, guess)


def read_statement(path: Path, exponent: int, mapping: Mapping | None = None) -> Statement:
    """Read the credits of the statement at ``path`` (BadStatement if the file is unusable)."""
    path = Path(path)
    if mapping is not None and mapping.problems():
        raise BadStatement(" ".join(mapping.problems()))
    grids = _sheets(path)
    grid, index, columns = _pick(grids, mapping)
    if mapping is None:
        mapping = _guess(grid.rows[index], columns)
    if mapping.signed:
        columns.pop("credit", None)
        columns.pop("debit", None)
    else:
        columns.pop("amount", None)
    read = RowReader(columns, exponent).read(grid.rows, index + 1)
    return Statement(
        path.name,
        file_digest(path),
        mapping,
        index + 1,
        grid.name,
        read.rows,
        read.errors,
        read.debits_skipped,
    )
