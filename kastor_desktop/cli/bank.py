"""Commands of payments and collection ([K4]) — bank statements:

- `kastor bank import COMMUNITY FILE [--preset NAME] [--auto | --dry-run]` reads the statement
  (XLSX or CSV) and matches each credit to a unit.
  --dry-run prints the review — matched rows, ambiguous rows with their candidates, unmatched
  rows, rows already imported — and the row errors (stderr); nothing is saved.
  --auto imports the matched rows only and leaves the ambiguous and unmatched ones for the
  import screen.
  With neither, it imports only when every credit not yet imported is matched and no row has
  errors; otherwise it prints the review and exits 1: resolve the rest on screen, or use --auto.
- `kastor bank presets list [--format table|csv|json]`: the statement layouts (presets).

Exit codes as the other commands: 0 done, 1 rows left to resolve, 2 bad input (unreadable file,
unknown preset, unknown community), 3 sign-in or permission.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from kastor_desktop.cli.common import (
    BAD_INPUT,
    FAILURE,
    OK,
    Column,
    UsageError,
    authenticated,
    emit,
)
from kastor_desktop.cli.registry import Commands

PRESET_COLUMNS = [
    Column("name", "Formato"),
    Column("builtin", "Incorporado"),
    Column("columns", "Columnas"),
]
TEXT_WIDTH = 60


def _money(amount: int, exponent: int) -> str:
    from kastor_desktop.domain.money import format_amount

    return format_amount(amount, exponent)


def _quoted(text: str) -> str:
    short = text if len(text) <= TEXT_WIDTH else text[: TEXT_WIDTH - 1] + "…"
    return f"«{short}»"


def _n(count: int, one: str, many: str) -> str:
    """«1 abono», «3 abonos»."""
    return f"{count} {one if count == 1 else many}"


def _line(row: Any, exponent: int) -> str:
    return f"  fila {row.row:<5} {row.on:%d-%m-%Y}  {_money(row.amount, exponent):>14}"


def print_review(review: Any, code: str) -> None:
    """The review on stdout, the row errors on stderr."""
    exponent = review.exponent
    preset = f" (formato {review.preset})" if review.preset else ""
    print(
        f"Cartola {review.file_name} — {code}{preset}: "
        f"{_n(len(review.rows), 'abono', 'abonos')} "
        f"({_n(len(review.matched), 'asignado', 'asignados')}, "
        f"{_n(len(review.ambiguous), 'ambiguo', 'ambiguos')}, "
        f"{len(review.unmatched)} sin asignar, "
        f"{_n(len(review.duplicates), 'ya importado', 'ya importados')}); "
        f"{_n(review.debits_skipped, 'cargo omitido', 'cargos omitidos')}; "
        f"{_n(len(review.errors), 'fila con errores', 'filas con errores')}."
    )
    if review.matched:
        print(f"\nAsignados ({len(review.matched)}):")
        for row in review.matched:
            hit = row.candidates[0]
            print(
                f"{_line(row, exponent)}  {hit.unit_number:<8} {hit.reason}  {_quoted(row.description)}"
            )
    if review.ambiguous:
        print(f"\nAmbiguos ({len(review.ambiguous)}):")
        for row in review.ambiguous:
            print(f"{_line(row, exponent)}  {_quoted(row.description)}")
            for c in row.candidates:
                owner = f" ({c.owner_name})" if c.owner_name else ""
                print(f"        candidata: {c.unit_number}{owner}: {c.reason}")
    if review.unmatched:
        print(f"\nSin asignar ({len(review.unmatched)}):")
        for row in review.unmatched:
            payer = f"  RUT {row.payer}" if row.payer else ""
            print(f"{_line(row, exponent)}  {_quoted(row.description)}{payer}")
    if review.duplicates:
        print(f"\nYa importados antes ({len(review.duplicates)}), no se importan de nuevo:")
        for row in review.duplicates:
            print(f"{_line(row, exponent)}  {_quoted(row.description)}")
    for error in review.errors:
        print(str(error), file=sys.stderr)


def _refused(error: Any) -> int:
    for message in error.errors.values():
        print(f"kastor: {message}", file=sys.stderr)
    return BAD_INPUT


@authenticated
def import_statement(services: Any, actor: Any, args: argparse.Namespace) -> int:
    from kastor_desktop.services.errors import ValidationFailed

    if args.auto and args.dry_run:
        raise UsageError("Use --auto o --dry-run, no los dos a la vez.")
    community = services.communities.resolve(actor, args.community)
    path = Path(args.file).expanduser()
    try:
        review = services.bank_import.review(actor, community.id, path, preset=args.preset)
    except ValidationFailed as error:
        return _refused(error)
    if args.dry_run:
        print_review(review, community.code)
        return OK
    pending = len(review.ambiguous) + len(review.unmatched)
    if not args.auto and (pending or review.errors):
        print_review(review, community.code)
        rest = []
        if pending:
            rest.append(_n(pending, "abono sin asignar o ambiguo", "abonos sin asignar o ambiguos"))
        if review.errors:
            rest.append(_n(len(review.errors), "fila con errores", "filas con errores"))
        print(
            f"kastor: no se importó nada: {'queda' if pending + len(review.errors) == 1 else 'quedan'}"
            f" {' y '.join(rest)}. Resuélvalos en la pantalla "
            "«Importar cartola» o use --auto para importar solo los abonos asignados.",
            file=sys.stderr,
        )
        return FAILURE
    try:
        result = services.bank_import.confirm(actor, community.id, review).value
    except ValidationFailed as error:
        return _refused(error)
    for problem in review.errors:
        print(str(problem), file=sys.stderr)
    exponent = review.exponent
    if result.imported == 1:
        print(
            f"Importado 1 pago por {_money(result.total, exponent)} en {community.code} desde "
            f"{review.file_name}: recibo N° {result.first_receipt}."
        )
    elif result.imported:
        print(
            f"Importados {result.imported} pagos por {_money(result.total, exponent)} en "
            f"{community.code} desde {review.file_name}: recibos N° {result.first_receipt} a "
            f"{result.last_receipt}."
        )
    else:
        print(f"Nada que importar de {review.file_name} en {community.code}.")
    if result.duplicates:
        print(
            _n(result.duplicates, "abono ya estaba importado", "abonos ya estaban importados")
            + ": no se repitieron."
        )
    if pending:
        print(
            f"{'Queda' if pending == 1 else 'Quedan'} {_n(pending, 'abono', 'abonos')} por "
            "resolver en la pantalla «Importar cartola» "
            f"({_n(len(review.ambiguous), 'ambiguo', 'ambiguos')}, "
            f"{len(review.unmatched)} sin asignar)."
        )
    return OK


@authenticated
def presets_list(services: Any, actor: Any, args: argparse.Namespace) -> int:
    rows = [
        SimpleNamespace(name=p.name, builtin=p.builtin, columns=p.columns)
        for p in services.bank_presets.list(actor)
    ]
    emit(rows, PRESET_COLUMNS, args.format)
    return OK


def register(commands: Commands) -> None:
    """Add this area's commands."""
    group = commands.group("bank", "cartolas bancarias: importar abonos y formatos de banco")
    sub = commands.command(
        group, "import", "importa los abonos de una cartola (XLSX o CSV)", import_statement
    )
    sub.add_argument("community", metavar="COMUNIDAD", help="código o id de la comunidad")
    sub.add_argument("file", metavar="ARCHIVO", help="cartola .xlsx o .csv")
    sub.add_argument(
        "--preset",
        metavar="FORMATO",
        help="formato de la cartola (vea: kastor bank presets list); sin él, se deduce",
    )
    sub.add_argument(
        "--auto",
        action="store_true",
        help="importa solo los abonos asignados; deja los ambiguos y sin asignar para la pantalla",
    )
    sub.add_argument(
        "--dry-run", action="store_true", help="solo muestra la revisión; no guarda nada"
    )
    helptext = "formatos de cartola: qué columna tiene cada dato, por banco"
    presets = group.add_parser(
        "presets", parents=[commands.common], help=helptext, description=helptext
    )
    actions = presets.add_subparsers(dest="preset_action", metavar="ACCIÓN", required=True)
    commands.command(actions, "list", "lista los formatos de cartola", presets_list, fmt=True)
