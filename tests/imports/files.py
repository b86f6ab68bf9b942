"""Spreadsheet files for import tests, built with openpyxl (or as CSV text) in tmp_path.

Records are dicts keyed by the template's column keys (imports/specs.py), so a test says
``unit("101", tower="A", shares={"General": 50})`` and the factory writes the Spanish headers.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from kastor_desktop.domain.shares import SCALE, from_weights
from kastor_desktop.imports.specs import spec_for
from tests.factories import valid_rut


def headers(kind: str, sheet: int = 0, country: str = "CL") -> dict[str, str]:
    """column key -> Spanish header of the template."""
    spec = spec_for(kind, country).sheets[sheet]
    return {c.key: c.header for c in spec.columns}


def grid(kind: str, records: Sequence[dict[str, Any]], sheet: int = 0) -> list[list[Any]]:
    """Header row + one row per record; ``shares`` become «% <tabla>» columns."""
    names = headers(kind, sheet)
    tables: list[str] = []
    for record in records:
        tables += [t for t in record.get("shares", {}) if t not in tables]
    rows: list[list[Any]] = [list(names.values()) + [f"% {t}" for t in tables]]
    for record in records:
        shares = record.get("shares", {})
        rows.append([record.get(k) for k in names] + [shares.get(t) for t in tables])
    return rows


def write_xlsx(path: Path, sheets: dict[str, Iterable[Sequence[Any]]]) -> Path:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(list(row))
    workbook.save(path)
    return path


def write_csv(
    path: Path, rows: Iterable[Sequence[Any]], delimiter: str = ";", encoding: str = "utf-8-sig"
) -> Path:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    for row in rows:
        writer.writerow(["" if v is None else _csv_text(v) for v in row])
    path.write_bytes(out.getvalue().encode(encoding))
    return path


def _csv_text(value: Any) -> str:
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float):
        return repr(value).replace(".", ",")
    return str(value)


def unit(number: str, rut: str | None = None, **values: Any) -> dict[str, Any]:
    record = {
        "number": number,
        "kind": "departamento",
        "owner_tax_id": rut or valid_rut(),
        "owner_name": f"Propietario {number}",
    }
    record.update(values)
    return record


def units_xlsx(path: Path, records: Sequence[dict[str, Any]]) -> Path:
    return write_xlsx(path, {"Unidades": grid("units", records)})


def many_units(count: int, tables: Sequence[str] = ("General", "Torre A")) -> list[dict[str, Any]]:
    """``count`` flats with an owner each (e-mail and phone) and shares summing to 100 %."""
    weights = [50 + (i % 7) * 5 for i in range(count)]
    micros = from_weights(weights)
    records = []
    for i in range(count):
        share = micros[i] / SCALE
        records.append(
            unit(
                str(101 + i),
                valid_rut(20_000_000 + i),
                tower="A" if i % 2 else "B",
                floor=str(1 + i // 20),
                area=weights[i],
                owner_email=f"dueno{i}@example.cl",
                owner_phone=f"+56 9 {5000_0000 + i}",
                shares={t: share for t in tables},
            )
        )
    return records


def keyed_xlsx(path: Path, kind: str, records: Sequence[dict[str, Any]], sheet: int = 0) -> Path:
    name = spec_for(kind).sheets[sheet].name
    return write_xlsx(path, {name: grid(kind, records, sheet)})
