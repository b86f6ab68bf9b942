"""Writing plain tables to XLSX (openpyxl, imported only when a file is written).

Text that starts with =, +, -, @ (or a tab/CR) is stored as a plain string cell with Excel's
"quote prefix" set, so spreadsheet programs show it as typed and never run it as a formula.
"""

from __future__ import annotations

import errno
import os
import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def looks_like_formula(value: Any) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def write_table(
    path: Path,
    title: str,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    widths: Sequence[int] | None = None,
    progress: Callable[[int], bool] | None = None,
) -> int:
    """Write one sheet; returns the number of data rows. ``progress`` may return False to cancel."""
    if not path.parent.is_dir():  # say so before openpyxl starts a writer it cannot close
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(path.parent))
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=title[:31])
    for index, width in enumerate(widths or [], start=1):
        sheet.column_dimensions[_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    from openpyxl.cell import WriteOnlyCell

    bold = Font(bold=True, color="FFFFFF")
    fill = PatternFill("solid", fgColor="1F4E79")
    header_cells = []
    for text in headers:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font, cell.fill = bold, fill
        header_cells.append(cell)
    sheet.append(header_cells)
    count = 0
    for row in rows:
        sheet.append([_cell(sheet, value) for value in row])
        count += 1
        if progress is not None and count % 500 == 0 and progress(count) is False:
            raise InterruptedError("cancelled")
    tmp = path.with_name(path.name + ".tmp")
    workbook.save(tmp)
    os.replace(tmp, path)
    return count


def _cell(sheet: Any, value: Any) -> Any:
    if isinstance(value, datetime | date):
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = "DD-MM-YYYY HH:MM:SS" if isinstance(value, datetime) else "DD-MM-YYYY"
        return cell
    if looks_like_formula(value):
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"
        cell.quotePrefix = True
        return cell
    return value


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(index))


_NUMBER = re.compile(r"^(-?)(?:\$\s?)?(-?)((?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?)(\s?%)?$")
_DATE = re.compile(r"^(\d{2})-(\d{2})-(\d{4})(?: (\d{2}):(\d{2})(?::(\d{2}))?)?$")


def _number(text: str) -> int | float | None:
    match = _NUMBER.match(text)
    if match is None:
        return None
    digits = match.group(3)
    if len(digits) > 1 and digits[0] == "0" and digits[1] != ",":
        return None  # «0101» is a code, not a number
    plain = digits.replace(".", "").replace(",", ".")
    value: int | float = float(plain) if "." in plain else int(plain)
    return -value if (match.group(1) or match.group(2)) else value


def _date(text: str) -> date | datetime | None:
    match = _DATE.match(text)
    if match is None:
        return None
    day, month, year, hour, minute, second = match.groups()
    try:
        if hour is None:
            return date(int(year), int(month), int(day))
        return datetime(int(year), int(month), int(day), int(hour), int(minute), int(second or 0))
    except ValueError:
        return None


def typed_columns(rows: list[list[str]]) -> list[list[Any]]:
    """Screen texts back to values, column by column: a column whose every non-empty cell reads
    as an es-CL number («1.250.000», «$ 650.000», «60,50», «3,5 %») or date («15-01-2022») is
    written as numbers or dates, so the spreadsheet can sum and sort it; other columns stay text."""
    if not rows:
        return rows
    columns = list(zip(*rows, strict=True))
    typed: list[tuple[Any, ...]] = []
    for column in columns:
        filled = [text for text in column if text]
        converted: tuple[Any, ...] = column
        for parse in (_number, _date):
            values = [parse(text) for text in filled]
            if filled and all(v is not None for v in values):
                it = iter(values)
                converted = tuple(next(it) if text else None for text in column)
                break
        typed.append(converted)
    return [list(row) for row in zip(*typed, strict=True)]
