"""An XLSX (XLSB, ODS) is a ZIP of XML: inflate every member here, in bounded chunks and keeping
nothing, before python-calamine opens it.

The bytes really produced must match what the archive declares (size and CRC), stay under a
budget in total (zip bombs, including members that lie about their size) and carry no DTD
(``<!DOCTYPE``/``<!ENTITY``: the billion-laughs XML bomb; Excel never writes one). Worksheets are
counted by their ``<row`` tags on the way. Each reader turns a ``Refused`` into its own message.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path

CHUNK = 2**20


class Refused(Exception):
    """``why``: "broken" (damaged, encrypted, lying, a DTD), "expands" (over the budget) or
    "rows" (a worksheet over the row limit)."""

    def __init__(self, why: str) -> None:
        super().__init__(why)
        self.why = why


def inflate_all(
    path: Path, infos: list[zipfile.ZipInfo], budget: int, max_rows: int | None = None
) -> None:
    """Inflate every member of the archive at ``path``; ``Refused`` at the first problem."""
    if sum(info.file_size for info in infos) > budget:
        raise Refused("expands")
    with Path(path).open("rb") as handle:
        for info in infos:
            if not info.is_dir():
                budget -= _inflate(handle, info, budget, max_rows)


def _inflate(
    handle: io.BufferedReader, info: zipfile.ZipInfo, budget: int, max_rows: int | None
) -> int:
    """Inflate one member; returns its size."""
    if info.flag_bits & 0x1 or info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise Refused("broken")  # encrypted, or a method Excel does not use
    handle.seek(info.header_offset)
    local = handle.read(30)
    if len(local) != 30 or local[:4] != b"PK\x03\x04":
        raise Refused("broken")
    name_length, extra_length = struct.unpack("<HH", local[26:30])
    handle.seek(info.header_offset + 30 + name_length + extra_length)
    left = info.compress_size
    inflater = zlib.decompressobj(-15) if info.compress_type == zipfile.ZIP_DEFLATED else None
    seen = _Seen(info, budget, max_rows)
    try:
        while left > 0 or (inflater is not None and inflater.unconsumed_tail):
            if inflater is not None and inflater.unconsumed_tail:
                seen.add(inflater.decompress(inflater.unconsumed_tail, CHUNK))
                continue
            block = handle.read(min(CHUNK, left))
            if not block:
                raise Refused("broken")
            left -= len(block)
            seen.add(inflater.decompress(block, CHUNK) if inflater is not None else block)
        while inflater is not None and not inflater.eof:
            data = inflater.decompress(b"", CHUNK)
            if not data:
                raise Refused("broken")  # the stream stops short
            seen.add(data)
    except zlib.error:
        raise Refused("broken") from None
    if seen.produced != info.file_size or seen.crc != info.CRC:
        raise Refused("broken")
    return seen.produced


class _Seen:
    """What one member produced so far: size, CRC, worksheet rows; refuses as it goes."""

    def __init__(self, info: zipfile.ZipInfo, budget: int, max_rows: int | None) -> None:
        self.info, self.budget, self.max_rows = info, budget, max_rows or 0
        self.worksheet = max_rows is not None and info.filename.startswith("xl/worksheets/")
        self.produced = self.rows = self.crc = 0

    def add(self, data: bytes) -> None:
        if not data:
            return
        if not self.produced and (b"<!DOCTYPE" in data[:4096] or b"<!ENTITY" in data[:4096]):
            raise Refused("broken")
        self.produced += len(data)
        if self.produced > self.budget:
            raise Refused("expands")
        if self.produced > self.info.file_size:  # the member lies about its size
            raise Refused("broken")
        self.crc = zlib.crc32(data, self.crc)
        if self.worksheet:
            self.rows += data.count(b"<row")
            if self.rows > self.max_rows:
                raise Refused("rows")
