"""The month's expenses: `kastor expenses import COMMUNITY PERIOD FILE [--dry-run]` and
`kastor expenses list COMMUNITY [PERIOD] [--format table|csv|json]`.

Like `kastor import`: the preview goes to stdout, every row error to stderr as «fila N,
columna C, «valor»: motivo» with exit code 2 (nothing is written); a period that is not the
open month is exit code 1.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from kastor_desktop.cli.common import BAD_INPUT, OK, Column, UsageError, authenticated, emit
from kastor_desktop.cli.registry import Commands

COLUMNS = [
    Column("date", "Fecha"), Column("account", "Cuenta"), Column("account_name", "Nombre cuenta"),
    Column("supplier", "Proveedor"), Column("document", "Documento"),
    Column("number", "N° documento"), Column("description", "Descripción"),
    Column("amount", "Monto"), Column("split", "Prorrateo"), Column("nature", "Naturaleza"),
    Column("confirmed", "Confirmado"),
]  # fmt: skip


def _period(text: str) -> tuple[int, int]:
    from kastor_desktop.services.periods import parse_period

    try:
        return parse_period(text)
    except ValueError as error:
        raise UsageError(str(error)) from None


@authenticated
def expenses_import(services: Any, actor: Any, args: argparse.Namespace) -> int:
    from kastor_desktop.services.migration import ImportRejected
    from kastor_desktop.services.periods import month_label

    year, month = _period(args.period)
    community = services.communities.resolve(actor, args.community)
    path = Path(args.file).expanduser()
    call = services.expenses.import_file
    if args.dry_run:
        result = call(actor, community.id, path, year, month, dry_run=True).value
        print_preview(result.preview, result.period_label)
        return BAD_INPUT if result.errors else OK
    try:
        result = call(actor, community.id, path, year, month).value
    except ImportRejected as rejected:
        print_preview(rejected.preview, month_label(year, month))
        print(f"kastor: {rejected.message}", file=sys.stderr)
        return BAD_INPUT
    if not result.added:
        print(
            f"Gastos — {path.name}: nada que importar; las {result.unchanged} filas ya estaban "
            f"registradas en {result.period_label} en {community.code} (sin cambios)."
        )
        return OK
    print(
        f"Importación de gastos en {community.code} ({result.period_label}) desde {path.name}: "
        f"filas agregadas: {result.added}; sin cambios: {result.unchanged}."
    )
    return OK


def print_preview(preview: Any, period: str) -> None:
    counts = preview.counts
    noun = "error" if counts.errors == 1 else "errores"
    print(
        f"Gastos de {period} — {preview.file_name}: {counts.to_add} por agregar, "
        f"{counts.unchanged} sin cambios, {counts.errors} {noun}."
    )
    for heading, rows in (("Por agregar", preview.to_add), ("Sin cambios", preview.unchanged)):
        if rows:
            print(f"\n{heading} ({len(rows)}):")
            for row in rows:
                print(f"  fila {row.row}  {row.key}  {row.summary}")
    if preview.warnings:
        print("\nAvisos:")
        for warning in preview.warnings:
            print(f"  {warning}")
    for error in preview.errors:
        print(str(error), file=sys.stderr)


@authenticated
def expenses_list(services: Any, actor: Any, args: argparse.Namespace) -> int:
    from kastor_desktop.domain.country import profile
    from kastor_desktop.domain.money import format_amount

    community = services.communities.resolve(actor, args.community)
    period_id = None
    if args.period:
        year, month = _period(args.period)
        period_id = services.periods.get(actor, community.id, year, month).id
    rows = services.expenses.list(actor, community.id, period_id)
    if args.format == "json":
        # amounts in minor units (pesos; centavos in ARS), dates ISO
        data = [
            {"date": r.spent_on.isoformat(), "account": r.account_code,
             "account_name": r.account_name, "supplier": r.supplier_name,
             "document": r.document_type, "number": r.document_number,
             "description": r.description, "amount": r.amount, "total": r.total,
             "method": r.method, "split": r.method_label, "nature": r.nature,
             "confirmed": r.confirmed, "attachment": str(r.attachment) if r.attachment else None}
            for r in rows
        ]  # fmt: skip
        emit_json(data)
        return OK
    exponent = profile(community.country).minor_exponent
    items = [
        SimpleNamespace(
            date=r.spent_on.strftime("%d-%m-%Y"), account=r.account_code,
            account_name=r.account_name, supplier=r.supplier_name, document=r.document_type,
            number=r.document_number, description=r.description,
            amount=format_amount(r.amount, exponent, symbol=""), split=r.method_label,
            nature=r.nature_label, confirmed=r.confirmed,
        )
        for r in rows
    ]  # fmt: skip
    emit(items, COLUMNS, args.format)
    if args.format == "table" and rows:
        totals = services.expenses.totals(actor, community.id, period_id)
        print(
            f"\nTotal: {totals.count} gastos; ordinarios "
            f"{format_amount(totals.ordinary, exponent)}; extraordinarios "
            f"{format_amount(totals.extraordinary, exponent)}"
            + (f"; sin confirmar: {totals.unconfirmed}" if totals.unconfirmed else "")
            + "."
        )
    return OK


def emit_json(data: list[dict[str, Any]]) -> None:
    import json

    print(json.dumps(data, ensure_ascii=False, indent=2))


def register(commands: Commands) -> None:
    """Add this area's commands."""
    group = commands.group("expenses", "gastos del mes de una comunidad")
    sub = commands.command(
        group,
        "import",
        "importa la planilla de gastos en el mes abierto (revisa todo primero)",
        expenses_import,
    )
    sub.add_argument("community", metavar="COMUNIDAD", help="código o id de la comunidad")
    sub.add_argument("period", metavar="PERÍODO", help="mes abierto, AAAA-MM (ej.: 2026-11)")
    sub.add_argument("file", metavar="ARCHIVO", help="planilla .xlsx o .csv")
    sub.add_argument(
        "--dry-run",
        action="store_true",
        help="solo muestra la vista previa y los errores; no guarda nada",
    )
    sub = commands.command(
        group, "list", "lista los gastos del mes abierto o de otro período", expenses_list, True
    )
    sub.add_argument("community", metavar="COMUNIDAD", help="código o id de la comunidad")
    sub.add_argument(
        "period", metavar="PERÍODO", nargs="?", help="AAAA-MM (por omisión, el mes abierto)"
    )
