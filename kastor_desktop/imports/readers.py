"""Spreadsheet files -> plain rows: XLSX/XLS/ODS through python-calamine, CSV in the dialects
Spanish Excel writes (';' or ',' separator, decimal comma, UTF-8 with or without BOM, else
Windows-1252/Latin-1). The file's content decides, not its extension.

Calamine reads the values a spreadsheet program cached: formulas are never evaluated, and text
that starts with =, +, -, @ stays text. Integers come back as floats (101.0): normalised to int.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from pathlib import Path

from kastor_desktop.imports.columns import KindSpec, SheetSpec, fold_header
from kastor_desktop.imports.csv_text import decode, sniff_separator
from kastor_desktop.imports.plan import RowError
from kastor_desktop.imports.zip_guard import Refused, inflate_all

HEADER_SEARCH_ROWS = 15  # title rows an office may keep above the headers
SKIPPED_SHEETS = ("instrucciones", "ejemplo")
Cell = object
MAX_BYTES = 50 * 2**20  # a 2,000-unit workbook is about 0,2 MB
MAX_UNPACKED = 500 * 2**20  # XLSX is a ZIP: refuse what would expand past this (zip bombs)
HINT = "Guárdelo como libro de Excel (.xlsx) o CSV y vuelva a intentarlo."


class NotASpreadsheet(Exception):
    """The file cannot be read as a spreadsheet; ``message`` says why, in Spanish."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class RawSheet:
    name: str
    rows: list[list[Cell]]  # rows[i] is the spreadsheet's row i + 1; empty cells are None


@dataclass
class Table:
    """A located data sheet: which column holds each key, and its non-empty data rows."""

    sheet: str
    header_row: int
    columns: dict[str, int]
    headers: dict[str, str]  # key -> the header as written in the file
    extra: dict[str, int] = field(default_factory=dict)  # other headers -> column
    rows: list[tuple[int, list[Cell]]] = field(default_factory=list)

    def cell(self, values: Sequence[Cell], key: str) -> Cell:
        index = self.columns.get(key)
        if index is None or index >= len(values):
            return None
        return values[index]


# -- reading files ---------------------------------------------------------------------------
def read_file(path: Path) -> list[RawSheet]:
    """Every sheet of the file (a CSV is one sheet), or NotASpreadsheet with the reason."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except FileNotFoundError:
        raise NotASpreadsheet(f"El archivo «{path.name}» no existe.") from None
    except IsADirectoryError:
        raise NotASpreadsheet(f"«{path.name}» es una carpeta, no una planilla.") from None
    if not head:
        raise NotASpreadsheet(f"El archivo «{path.name}» está vacío (0 bytes).")
    if path.stat().st_size > MAX_BYTES:
        raise NotASpreadsheet(
            f"«{path.name}» pesa más de {MAX_BYTES // 2**20} MB: no parece una planilla de "
            "migración. Divídalo en varios archivos."
        )
    if head.startswith(b"PK\x03\x04"):
        _check_zip(path)
        return _read_calamine(path)
    if head.startswith(b"\xd0\xcf\x11\xe0"):  # old Office (.xls) or a password-protected file
        return _read_calamine(path)
    if head.startswith(b"%PDF"):
        raise NotASpreadsheet(f"«{path.name}» es un documento PDF, no una planilla. {HINT}")
    if path.suffix.lower() in (".xlsx", ".xlsm", ".xls", ".ods"):
        raise NotASpreadsheet(
            f"«{path.name}» no es una planilla de Excel aunque su nombre termine en "
            f"{path.suffix} (¿un archivo renombrado?). {HINT}"
        )
    return [_read_csv(path)]


def _check_zip(path: Path) -> None:
    damaged = NotASpreadsheet(f"«{path.name}» está dañado: no se pudo abrir. {HINT}")
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            names = {info.filename for info in infos}
            mimetype = (
                archive.read("mimetype").decode("ascii", "replace") if "mimetype" in names else ""
            )
    except (zipfile.BadZipFile, OSError):
        raise damaged from None
    if "xl/workbook.xml" in names or "xl/workbook.bin" in names or "spreadsheet" in mimetype:
        try:
            inflate_all(path, infos, MAX_UNPACKED)
        except Refused as refused:
            if refused.why != "expands":
                raise damaged from None
            raise NotASpreadsheet(
                f"«{path.name}» se expande a más de {MAX_UNPACKED // 2**20} MB al abrirlo: no se "
                "leerá. Guárdelo de nuevo con solo los datos a importar."
            ) from None
        return
    if "word/document.xml" in names or "text" in mimetype:
        what = "un documento de texto (Word)"
    elif any(n.startswith("ppt/") for n in names) or "presentation" in mimetype:
        what = "una presentación"
    else:
        what = "un archivo comprimido (ZIP)"
    raise NotASpreadsheet(f"«{path.name}» es {what}, no una planilla. {HINT}")


def _read_calamine(path: Path) -> list[RawSheet]:
    from python_calamine import CalamineError, CalamineWorkbook, PasswordError

    try:
        workbook = CalamineWorkbook.from_path(str(path))
        try:
            sheets = []
            for meta in workbook.sheets_metadata:
                if str(getattr(meta.typ, "name", "WorkSheet")) != "WorkSheet":
                    continue
                grid = workbook.get_sheet_by_name(meta.name).to_python(skip_empty_area=False)
                sheets.append(RawSheet(meta.name, [[_normal(v) for v in row] for row in grid]))
        finally:
            workbook.close()
    except PasswordError:
        raise NotASpreadsheet(
            f"«{path.name}» está protegido con contraseña. Quite la contraseña y vuelva a intentarlo."
        ) from None
    except (CalamineError, ValueError, OSError) as error:
        protected = "password" in str(error).lower() or "encrypt" in str(error).lower()
        reason = (
            "está protegido con contraseña" if protected else "está dañado o no es una planilla"
        )
        raise NotASpreadsheet(f"«{path.name}» {reason}. {HINT}") from None
    return sheets


def _normal(value: object) -> Cell:
    if value == "" or value is None:
        return None
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    if isinstance(value, datetime) and value.time() == time(0):
        return value.date()
    if isinstance(value, time | timedelta):
        return str(value)
    return value


def _read_csv(path: Path) -> RawSheet:
    data = path.read_bytes()
    if b"\x00" in data[:4096]:
        raise NotASpreadsheet(
            f"«{path.name}» no es una planilla ni un archivo de texto CSV. {HINT}"
        )
    text = decode(data)
    delimiter = sniff_separator(text, lines=30)
    rows = [
        [cell if cell.strip() else None for cell in row]
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    ]
    return RawSheet(path.stem, rows)


# -- finding the data ------------------------------------------------------------------------
def read_kind(path: Path, spec: KindSpec) -> tuple[dict[str, Table], list[RowError]]:
    """Read the file and locate each data sheet of ``spec``: tables by sheet spec name, and the
    errors that stop the import (not a spreadsheet, missing columns, nothing to read). A kind
    with several sheets needs one of them with data; the others may be missing or empty."""
    try:
        sheets = read_file(path)
    except NotASpreadsheet as error:
        return {}, [RowError(0, "", "", error.message)]
    multi = len(spec.sheets) > 1
    tables: dict[str, Table] = {}
    errors: list[RowError] = []
    empty: list[RowError] = []
    for position, sheet_spec in enumerate(spec.sheets):
        label = sheet_spec.name if multi else ""
        others = [s for s in spec.sheets if s is not sheet_spec]
        sheet = pick_sheet(sheets, sheet_spec, others, fallback=position == 0)
        if sheet is None:
            if not sheet_spec.optional:
                names = ", ".join(f"«{s.name}»" for s in sheets)
                reason = f"Falta la hoja «{sheet_spec.name}» (el archivo tiene: {names})."
                empty.append(RowError(0, "", "", reason, label))
            continue
        if not any(v is not None for row in sheet.rows for v in row):
            reason = _empty(sheet, "no tiene encabezados ni datos")
            empty.append(RowError(0, "", "", reason, label))
            continue
        table, found = locate(sheet, sheet_spec, label)
        if table is None:
            errors.extend(found)
        elif not table.rows:
            reason = _empty(sheet, "no hay filas de datos bajo los encabezados")
            empty.append(RowError(table.header_row, "", "", reason, label))
        else:
            tables[sheet_spec.name] = table
    if not tables and not errors:
        errors.extend(empty)
    return tables, errors


def pick_sheet(
    sheets: list[RawSheet], spec: SheetSpec, others: list[SheetSpec], fallback: bool
) -> RawSheet | None:
    """The sheet named like the template's; else (first sheet of a kind) the first sheet that
    is neither another sheet of the kind nor the template's instructions or example."""
    for sheet in sheets:
        if spec.matches_name(sheet.name):
            return sheet
    if not fallback:
        return None
    for sheet in sheets:
        folded = fold_header(sheet.name)
        if not folded.startswith(SKIPPED_SHEETS) and not any(
            o.matches_name(sheet.name) for o in others
        ):
            return sheet
    return None


def locate(
    sheet: RawSheet, spec: SheetSpec, label: str = ""
) -> tuple[Table | None, list[RowError]]:
    """Find the header row (the best match among the first rows) and the data below it.

    ``label``: the sheet name to put on errors (kinds with several sheets), else "".
    """
    names = {name: column.key for column in spec.columns for name in column.names()}
    best_row, best_hits = -1, 0
    for number, row in enumerate(sheet.rows[:HEADER_SEARCH_ROWS]):
        hits = len({names[f] for f in map(fold_header, row) if f in names})
        if hits > best_hits:
            best_row, best_hits = number, hits
    if best_row < 0:
        required = [c.header for c in spec.columns if c.required]
        return None, [RowError(0, "", "", _missing(sheet, required, found=False), label)]
    table = Table(sheet.name, best_row + 1, {}, {})
    for index, value in enumerate(sheet.rows[best_row]):
        if value is None:
            continue
        key = names.get(fold_header(value))
        if key is not None:
            if key not in table.columns:
                table.columns[key] = index
                table.headers[key] = " ".join(str(value).split())
        elif str(value).strip():
            table.extra.setdefault(" ".join(str(value).split()), index)
    missing = [c.header for c in spec.columns if c.required and c.key not in table.columns]
    if missing:
        return None, [RowError(best_row + 1, "", "", _missing(sheet, missing), label)]
    for number, row in enumerate(sheet.rows[best_row + 1 :], start=best_row + 2):
        if any(v is not None and (not isinstance(v, str) or v.strip()) for v in row):
            table.rows.append((number, row))
    return table, []


def _missing(sheet: RawSheet, headers: list[str], found: bool = True) -> str:
    listed = ", ".join(f"«{h}»" for h in headers[:-1])
    listed = f"{listed} y «{headers[-1]}»" if listed else f"«{headers[-1]}»"
    plural = "faltan las columnas" if len(headers) > 1 else "falta la columna"
    if not found:
        return (
            f"No se encontró la fila de encabezados en la hoja «{sheet.name}»: {plural} {listed}."
            " Use los encabezados de la plantilla."
        )
    return f"En la hoja «{sheet.name}» {plural} {listed}."


def _empty(sheet: RawSheet, detail: str) -> str:
    return f"La hoja «{sheet.name}» está vacía: {detail}."
