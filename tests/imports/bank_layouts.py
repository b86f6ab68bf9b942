"""Bank statement files for tests, one builder per layout, written from plain movements.

The layouts follow what DOMAIN.md describes of Chilean and Argentine exports (title rows above
the table, Spanish headers, dd/mm/yyyy or dd-mm-yyyy dates, 1.234.567 or 1.234,56 numbers,
separate Cargos/Abonos or one signed Monto); each matches a built-in preset of
services/bank_presets.py except «plain», which only the header guess can read.

    write_statement("bancoestado", tmp_path / "c.xlsx", [credit("03/11/2026", "TRANSF ...", 150_000)])
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

OPENING = 5_000_000  # minor units: the balance before the first movement


@dataclass(frozen=True)
class Movement:
    on: date
    description: str
    amount: int  # minor units: > 0 a credit (abono), < 0 a debit (cargo)
    reference: str = ""
    balance: int | None = None  # the account's balance after it; None: counted in the file


def _day(value: date | str) -> date:
    if isinstance(value, date):
        return value
    d, m, y = (int(p) for p in value.split("/"))
    return date(y, m, d)


def credit(on: date | str, description: str, amount: int, reference: str = "") -> Movement:
    return Movement(_day(on), description, amount, reference)


def debit(on: date | str, description: str, amount: int, reference: str = "") -> Movement:
    return Movement(_day(on), description, -amount, reference)


def with_balances(
    movements: Sequence[Movement], opening: int = OPENING
) -> list[tuple[Movement, int]]:
    balance, rows = opening, []
    for movement in movements:
        balance = movement.balance if movement.balance is not None else balance + movement.amount
        rows.append((movement, balance))
    return rows


def running(movements: Sequence[Movement], opening: int = OPENING) -> list[Movement]:
    """The movements with the account's running balance fixed on each, so that two statements
    cut from them (overlapping periods) print the same balance for the same movement."""
    from dataclasses import replace

    return [replace(m, balance=b) for m, b in with_balances(movements, opening)]


def cl_number(minor: int) -> str:
    """«1.234.567» (whole pesos), «-12.345» when negative."""
    return f"{minor:,}".replace(",", ".")


def ar_number(minor: int) -> str:
    """«1.234,56» from centavos."""
    whole, cents = divmod(abs(minor), 100)
    return f"{'-' if minor < 0 else ''}{whole:,}".replace(",", ".") + f",{cents:02d}"


# -- writers ------------------------------------------------------------------------------
def write_xlsx(path: Path, rows: Sequence[Sequence[Any]], title: str = "Movimientos") -> Path:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)
    return path


def write_csv(path: Path, rows: Sequence[Sequence[Any]], delimiter: str, encoding: str) -> Path:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerows([["" if v is None else str(v) for v in row] for row in rows])
    path.write_bytes(out.getvalue().encode(encoding))
    return path


# -- layouts ------------------------------------------------------------------------------
def bancoestado(path: Path, movements: Sequence[Movement]) -> Path:
    """XLSX; four title rows; text dates dd/mm/yyyy; text numbers «1.234.567»; Cargos/Abonos;
    a «Saldo final» footer."""
    rows: list[list[Any]] = [
        ["BancoEstado"],
        ["Cartola histórica", None, "Cuenta corriente N° 123456789"],
        ["Desde 01/11/2026 hasta 30/11/2026"],
        [],
        ["Fecha", "N° Operación", "Descripción", "Cargos", "Abonos", "Saldo"],
    ]
    last = OPENING
    for m, balance in with_balances(movements):
        rows.append([
            m.on.strftime("%d/%m/%Y"), m.reference, m.description,
            cl_number(-m.amount) if m.amount < 0 else "",
            cl_number(m.amount) if m.amount > 0 else "", cl_number(balance),
        ])  # fmt: skip
        last = balance
    rows += [[], [None, None, "Saldo final", None, None, cl_number(last)]]
    return write_xlsx(path, rows, "Cartola")


def bancochile(path: Path, movements: Sequence[Movement]) -> Path:
    """XLSX with real date cells (some with a time) and numeric cells; «(CLP)» headers; the
    table starts in column B under two title rows."""
    rows: list[list[Any]] = [
        [None, "Banco de Chile — Movimientos de la cuenta"],
        [],
        [None, "Fecha", "Descripción", "N° Documento", "Cargos (CLP)", "Abonos (CLP)",
         "Saldo (CLP)"],
    ]  # fmt: skip
    for i, (m, balance) in enumerate(with_balances(movements)):
        when: date = m.on if i % 2 else datetime(m.on.year, m.on.month, m.on.day, 9, 30)
        rows.append([
            None, when, m.description, int(m.reference) if m.reference.isdigit() else m.reference,
            -m.amount if m.amount < 0 else None, m.amount if m.amount > 0 else None, balance,
        ])  # fmt: skip
    return write_xlsx(path, rows)


def santander(path: Path, movements: Sequence[Movement], encoding: str = "utf-8-sig") -> Path:
    """CSV «;»; two title lines; dates dd-mm-yyyy; one signed Monto «-12.345»."""
    rows: list[list[Any]] = [
        ["Santander Chile", "Cuenta Corriente 0-000-12-34567-8"],
        [],
        ["Fecha", "Detalle", "N° Documento", "Monto", "Saldo"],
    ]
    for m, balance in with_balances(movements):
        rows.append([m.on.strftime("%d-%m-%Y"), m.description, m.reference, cl_number(m.amount),
                     cl_number(balance)])  # fmt: skip
    return write_csv(path, rows, ";", encoding)


def bci(path: Path, movements: Sequence[Movement]) -> Path:
    """CSV «,» in Windows-1252 (as Excel on Windows saves it); dates dd/mm/yy; «$ 150.000»;
    Giros/Depósitos; a «Totales» line."""
    rows: list[list[Any]] = [
        ["Fecha Operación", "Glosa", "Referencia", "Giros", "Depósitos", "Saldo"]
    ]
    giros = depositos = 0
    for m, balance in with_balances(movements):
        rows.append([
            m.on.strftime("%d/%m/%y"), m.description, m.reference,
            f"$ {cl_number(-m.amount)}" if m.amount < 0 else "",
            f"$ {cl_number(m.amount)}" if m.amount > 0 else "", f"$ {cl_number(balance)}",
        ])  # fmt: skip
        giros += max(-m.amount, 0)
        depositos += max(m.amount, 0)
    rows.append(["Totales", "", "", f"$ {cl_number(giros)}", f"$ {cl_number(depositos)}", ""])
    return write_csv(path, rows, ",", "cp1252")


def galicia(path: Path, movements: Sequence[Movement]) -> Path:
    """Argentina (ARS, centavos), XLSX; dates yyyy-mm-dd as text; «1.234,56»; Débito/Crédito."""
    rows: list[list[Any]] = [
        ["Banco de Galicia y Buenos Aires S.A.U."],
        ["Cuenta Corriente en Pesos 1234-5 678-9"],
        ["Fecha", "Concepto", "Comprobante", "Débito", "Crédito", "Saldo"],
    ]
    for m, balance in with_balances(movements):
        rows.append([
            m.on.isoformat(), m.description, m.reference,
            ar_number(-m.amount) if m.amount < 0 else "",
            ar_number(m.amount) if m.amount > 0 else "", ar_number(balance),
        ])  # fmt: skip
    return write_xlsx(path, rows)


def plain(path: Path, movements: Sequence[Movement]) -> Path:
    """A tab-separated export with no preset: «Fecha operación», «Glosa», one «Importe» with
    charges in parentheses «(12.345)», no balance and no reference."""
    rows: list[list[Any]] = [["Fecha operación", "Glosa", "Importe"]]
    for m in movements:
        amount = cl_number(abs(m.amount))
        rows.append([m.on.strftime("%d/%m/%Y"), m.description,
                     f"({amount})" if m.amount < 0 else amount])  # fmt: skip
    return write_csv(path, rows, "\t", "utf-8")


LAYOUTS: dict[str, Callable[[Path, Sequence[Movement]], Path]] = {
    "bancoestado": bancoestado,
    "bancochile": bancochile,
    "santander": santander,
    "bci": bci,
    "galicia": galicia,
    "plain": plain,
}
SUFFIX = {"santander": ".csv", "bci": ".csv", "plain": ".txt"}
PRESETS = {
    "bancoestado": "BancoEstado",
    "bancochile": "Banco de Chile",
    "santander": "Santander",
    "bci": "BCI",
    "galicia": "Banco Galicia (AR)",
}


def write_statement(layout: str, folder_or_path: Path, movements: Sequence[Movement]) -> Path:
    """Write ``movements`` in ``layout``; a folder gets «cartola-<layout>.<ext>»."""
    path = Path(folder_or_path)
    if path.is_dir():
        path = path / f"cartola-{layout}{SUFFIX.get(layout, '.xlsx')}"
    return LAYOUTS[layout](path, movements)
