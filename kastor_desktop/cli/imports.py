"""Spreadsheet migration commands: `kastor templates write DIR` and
`kastor import units|suppliers|workers|accounts|balances COMMUNITY FILE [--dry-run]`.

The preview goes to stdout (counts, then every row to add or update); every row error goes to
stderr as «fila N, columna C, «valor»: motivo» and the exit code is 2 (nothing is written).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from kastor_desktop.cli.common import BAD_INPUT, OK, authenticated
from kastor_desktop.cli.registry import Commands

KINDS = {
    "units": ("unidades, copropietarios y tablas de prorrateo", "Unidades"),
    "suppliers": ("proveedores", "Proveedores"),
    "workers": ("trabajadores", "Trabajadores"),
    "accounts": ("plan de cuentas de gastos", "Plan de cuentas"),
    "balances": ("saldos iniciales de unidades y fondos", "Saldos iniciales"),
}


def templates_write(args: argparse.Namespace) -> int:
    from kastor_desktop.reports.templates import write_templates

    for path in write_templates(Path(args.folder).expanduser(), args.country):
        print(f"Plantilla escrita: {path}")
    return OK


@authenticated
def import_file(services: Any, actor: Any, args: argparse.Namespace) -> int:
    from kastor_desktop.services.migration import ImportRejected

    community = services.communities.resolve(actor, args.community)
    path = Path(args.file).expanduser()
    if args.dry_run:
        preview = services.migration.preview(actor, community.id, args.kind, path)
        print_preview(preview, KINDS[args.kind][1])
        return BAD_INPUT if preview.errors else OK
    try:
        summary = services.migration.commit(actor, community.id, args.kind, path).value
    except ImportRejected as rejected:
        print_preview(rejected.preview, KINDS[args.kind][1])
        print(f"kastor: {rejected.message}", file=sys.stderr)
        return BAD_INPUT
    print_summary(summary, KINDS[args.kind][1], community.code)
    return OK


def print_preview(preview: Any, title: str) -> None:
    counts = preview.counts
    print(
        f"{title} — {preview.file_name}: {counts.to_add} por agregar, {counts.to_update} por "
        f"actualizar, {counts.unchanged} sin cambios, {counts.errors} "
        f"{'error' if counts.errors == 1 else 'errores'}."
    )
    for heading, rows in (("Por agregar", preview.to_add), ("Por actualizar", preview.to_update)):
        if rows:
            print(f"\n{heading} ({len(rows)}):")
            for row in rows:
                detail = row.changes_text if row.changes else row.summary
                sheet = f"{row.sheet}, " if row.sheet else ""
                print(f"  {sheet}fila {row.row}  {row.key}  {detail}")
    if preview.warnings:
        print("\nAvisos:")
        for warning in preview.warnings:
            print(f"  {warning}")
    for error in preview.errors:
        print(str(error), file=sys.stderr)


def print_summary(summary: Any, title: str, code: str) -> None:
    if not summary.changed and not summary.details:
        print(
            f"{title} — {summary.file_name}: nada que importar; las {summary.unchanged} filas "
            f"ya estaban al día en {code}."
        )
        return
    print(
        f"Importación de {title.lower()} en {code} desde {summary.file_name}: "
        f"filas agregadas: {summary.added}; actualizadas: {summary.updated}; "
        f"sin cambios: {summary.unchanged}."
    )
    for label, count in summary.details:
        print(f"  {label}: {count}")


def register(commands: Commands) -> None:
    templates = commands.group("templates", "plantillas XLSX para migrar planillas")
    sub = commands.command(
        templates,
        "write",
        "escribe las cinco plantillas de migración en una carpeta",
        templates_write,
    )
    sub.add_argument("folder", metavar="CARPETA")
    sub.add_argument(
        "--country", choices=("CL", "AR"), default="CL", help="país (por omisión, CL: RUT y CLP)"
    )
    group = commands.group("import", "importa una planilla de migración (revisa todo primero)")
    for kind, (helptext, _title) in KINDS.items():
        sub = commands.command(group, kind, f"importa {helptext}", import_file)
        sub.add_argument("community", metavar="COMUNIDAD", help="código o id de la comunidad")
        sub.add_argument("file", metavar="ARCHIVO", help="planilla .xlsx o .csv")
        sub.add_argument(
            "--dry-run",
            action="store_true",
            help="solo muestra la vista previa y los errores; no guarda nada",
        )
        sub.set_defaults(kind=kind)
