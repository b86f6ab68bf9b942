"""Opening a bank statement file safely: XLSX (and old XLS/ODS) through python-calamine, CSV in
the dialects banks export, and every hostile file refused with a Spanish reason before it can
hang the program or eat the memory.

* Over 50 MB, or over 200,000 rows: refused before anything is read.
* XLSX is a ZIP of XML. Before calamine sees it, ``zip_guard`` inflates every member (zip and
  XML bombs, members that lie about their size) within ``MAX_UNPACKED``, counting the
  worksheets' rows on the way.
* Anything else named .xlsx/.xls (a renamed binary, a corrupt archive): «no es un Excel válido».
* Calamine reads cached values: formulas are never evaluated, text such as «=1+1» stays text.
"""

from __future__ import annotations

import csv
import hashlib
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from kastor_desktop.imports.csv_text import decode, sniff_separator
from kastor_desktop.imports.zip_guard import Refused, inflate_all

MAX_BYTES = 50 * 2**20
MAX_ROWS = 200_000
MAX_UNPACKED = 256 * 2**20  # a 200,000-row statement unpacks to about 60 MB
CHUNK = 2**20
EXCEL_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
DELIMITERS = (";", ",", "\t")


class BadStatement(Exception):
    """The file as a whole cannot be read; ``message`` says why, in Spanish."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Grid:
    """The cells of one sheet: ``rows[i]`` is the file's row i + 1 (empty cells are "")."""

    name: str
    rows: list[list[object]]


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as handle:
        for block in iter(lambda: handle.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def open_sheets(path: Path) -> list[Grid]:
    """Every worksheet of the file (a CSV is one), or BadStatement with the reason."""
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
    except FileNotFoundError:
        raise BadStatement(f"El archivo «{name}» no existe.") from None
    except IsADirectoryError:
        raise BadStatement(f"«{name}» es una carpeta, no una cartola.") from None
    if size == 0:
        raise BadStatement(f"El archivo «{name}» está vacío (0 bytes).")
    if size > MAX_BYTES:
        raise BadStatement(
            f"El archivo «{name}» pesa más de {MAX_BYTES // 2**20} MB: no se leerá. "
            "Exporte la cartola por períodos más cortos."
        )
    if head.startswith(b"PK\x03\x04"):
        _check_zip(path)
        return _calamine(path)
    if head.startswith(b"\xd0\xcf\x11\xe0"):  # Excel 97-2003 (.xls)
        return _calamine(path)
    if path.suffix.lower() in EXCEL_SUFFIXES:
        raise _not_excel(name)
    return [_csv(path)]


def _not_excel(name: str) -> BadStatement:
    return BadStatement(
        f"El archivo «{name}» no es un Excel válido (¿está dañado o es otro tipo de archivo "
        "renombrado?). Expórtelo de nuevo desde el banco."
    )


def _too_many_rows(name: str) -> BadStatement:
    return BadStatement(
        f"El archivo «{name}» tiene más de {MAX_ROWS:,} filas: no se leerá. ".replace(",", ".")
        + "Exporte la cartola por períodos más cortos."
    )


# -- XLSX: check the ZIP before calamine opens it -----------------------------------------------
def _check_zip(path: Path) -> None:
    name = path.name
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise _not_excel(name) from None
    names = {info.filename for info in infos}
    if not names & {"xl/workbook.xml", "xl/workbook.bin", "content.xml"}:  # XLSX, XLSB, ODS
        raise _not_excel(name)
    try:
        inflate_all(path, infos, MAX_UNPACKED, MAX_ROWS + 1)
    except Refused as refused:
        if refused.why == "expands":
            raise BadStatement(
                f"El archivo «{name}» se expande a más de {MAX_UNPACKED // 2**20} MB al abrirlo "
                "(¿una «bomba zip»?): no se leerá."
            ) from None
        raise _too_many_rows(name) if refused.why == "rows" else _not_excel(name) from None


def _calamine(path: Path) -> list[Grid]:
    from python_calamine import CalamineError, CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_path(str(path))
        try:
            grids = []
            for meta in workbook.sheets_metadata:
                if str(getattr(meta.typ, "name", "WorkSheet")) != "WorkSheet":
                    continue
                rows = workbook.get_sheet_by_name(meta.name).to_python(skip_empty_area=False)
                if len(rows) > MAX_ROWS + 1:
                    raise _too_many_rows(path.name)
                grids.append(Grid(meta.name, cast(list[list[object]], rows)))
        finally:
            workbook.close()
    except (CalamineError, ValueError, OSError):
        raise BadStatement(
            f"El archivo «{path.name}» no es un Excel válido o está protegido con contraseña. "
            "Expórtelo de nuevo desde el banco."
        ) from None
    return grids


# -- CSV --------------------------------------------------------------------------------------
def _csv(path: Path) -> Grid:
    data = path.read_bytes()
    if b"\x00" in data[:8192]:
        raise BadStatement(
            f"El archivo «{path.name}» no es una cartola en Excel ni en texto CSV "
            "(es un archivo binario)."
        )
    text = decode(data)
    if not text.strip():
        raise BadStatement(f"El archivo «{path.name}» está vacío.")
    if text.count("\n") > MAX_ROWS + 1:
        raise _too_many_rows(path.name)
    try:
        delimiter = sniff_separator(text, DELIMITERS)
        rows: list[list[object]] = list(
            csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)  # type: ignore[arg-type]
        )
    except csv.Error as error:  # a field over 128 KB …
        raise BadStatement(
            f"El archivo «{path.name}» no es un CSV válido ({_csv_reason(error)})."
        ) from None
    return Grid(path.stem, rows)


def _csv_reason(error: csv.Error) -> str:
    text = str(error)
    if "field larger" in text:
        return "tiene un campo demasiado largo"
    return "su formato no se entiende"
