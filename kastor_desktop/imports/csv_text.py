"""Text files as offices save them: the encoding and the column separator, guessed.

Shared by the spreadsheet migration (``readers``) and the bank statements (``bank_files``).
"""

from __future__ import annotations

import csv
from collections.abc import Sequence

SEPARATORS = (";", ",", "\t", "|")


def decode(data: bytes) -> str:
    """UTF-8 (a BOM is dropped) or UTF-16 with its BOM; else Windows-1252, what Excel on
    Windows saves as «CSV»; else Latin-1, which reads any byte."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def sniff_separator(text: str, separators: Sequence[str] = SEPARATORS, lines: int = 40) -> str:
    """The separator that splits the first ``lines`` non-blank lines into the most, and most
    regular, columns (";" when none splits them)."""
    sample = [line for line in text.splitlines()[:lines] if line.strip()]
    best, best_score = ";", (0, 0)
    for separator in separators:
        widths = [len(row) for row in csv.reader(sample, delimiter=separator)]
        if not widths:
            continue
        common = max(set(widths), key=widths.count)
        score = (widths.count(common) if common > 1 else 0, common)
        if score > best_score:
            best, best_score = separator, score
    return best
