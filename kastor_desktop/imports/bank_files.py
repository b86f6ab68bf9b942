"""Opening a bank statement file safely: XLSX (and old XLS/ODS) through python-calamine, CSV in
the dialects banks export, and every hostile file refused with a Spanish reason before it can
hang the program or eat the memory.

* Over 50 MB, or over 200,000 rows: refused before anything is read.
* XLSX is a ZIP of XML. Before calamine sees it, every member is inflated here in bounded
  chunks (nothing is kept): the bytes really produced must match what the archive declares,
  stay under ``MAX_UNPACKED`` in total (zip bombs, including members that lie about their size)
  and carry no DTD (``<!DOCTYPE``/``<!ENTITY``: the billion-laughs XML bomb; Excel never writes
  one). Worksheets are counted by their ``<row`` tags on the way.
* Anything else named .xlsx/.xls (a renamed binary, a corrupt archive): «no es un Excel válido».
* Calamine reads cached values: formulas are never evaluated, text such as «=1+1» stays text.
"""

from __future__ import annotations

import csv
import hashlib
import io
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from kastor_desktop.imports.csv_text import decode, sniff_separator

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
    if sum(info.file_size for info in infos) > MAX_UNPACKED:
        raise _expands(name)
    budget = MAX_UNPACKED
    with path.open("rb") as handle:
        for info in infos:
            if info.is_dir():
                continue
            budget -= _inflate(handle, info, budget, name)


def _expands(name: str) -> BadStatement:
    return BadStatement(
        f"El archivo «{name}» se expande a más de {MAX_UNPACKED // 2**20} MB al abrirlo "
        "(¿una «bomba zip»?): no se leerá."
    )


def _inflate(handle: io.BufferedReader, info: zipfile.ZipInfo, budget: int, name: str) -> int:
    """Inflate one member in bounded chunks; returns its size. Refuses lies, bombs and DTDs."""
    if info.flag_bits & 0x1 or info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise _not_excel(name)  # encrypted, or a method Excel does not use
    handle.seek(info.header_offset)
    local = handle.read(30)
    if len(local) != 30 or local[:4] != b"PK\x03\x04":
        raise _not_excel(name)
    name_length, extra_length = struct.unpack("<HH", local[26:30])
    handle.seek(info.header_offset + 30 + name_length + extra_length)
    left = info.compress_size
    inflater = zlib.decompressobj(-15) if info.compress_type == zipfile.ZIP_DEFLATED else None
    seen = _Seen(info, budget, name)
    try:
        while left > 0 or (inflater is not None and inflater.unconsumed_tail):
            if inflater is not None and inflater.unconsumed_tail:
                seen.add(inflater.decompress(inflater.unconsumed_tail, CHUNK))
                continue
            block = handle.read(min(CHUNK, left))
            if not block:
                raise _not_excel(name)
            left -= len(block)
            seen.add(inflater.decompress(block, CHUNK) if inflater is not None else block)
        while inflater is not None and not inflater.eof:
            data = inflater.decompress(b"", CHUNK)
            if not data:
                raise _not_excel(name)  # the stream stops short
            seen.add(data)
    except zlib.error:
        raise _not_excel(name) from None
    if seen.produced != info.file_size or seen.crc != info.CRC:
        raise _not_excel(name)
    return seen.produced


class _Seen:
    """What one member produced so far: size, CRC, worksheet rows; refuses as it goes."""

    def __init__(self, info: zipfile.ZipInfo, budget: int, name: str) -> None:
        self.info, self.budget, self.name = info, budget, name
        self.worksheet = info.filename.startswith("xl/worksheets/")
        self.produced = self.rows = self.crc = 0

    def add(self, data: bytes) -> None:
        if not data:
            return
        if not self.produced and (b"<!DOCTYPE" in data[:4096] or b"<!ENTITY" in data[:4096]):
            raise _not_excel(self.name)
        self.produced += len(data)
        if self.produced > self.budget:
            raise _expands(self.name)
        if self.produced > self.info.file_size:  # the member lies about its size
            raise _not_excel(self.name)
        self.crc = zlib.crc32(data, self.crc)
        if self.worksheet:
            self.rows += data.count(b"<row")
            if self.rows > MAX_ROWS + 1:
                raise _too_many_rows(self.name)


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
