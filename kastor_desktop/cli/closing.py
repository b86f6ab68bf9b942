"""Commands of the monthly closing ([K3]): `kastor closing preview|close|reopen|show|export` and
`kastor notices`. PERIOD is YYYY-MM; COMMUNITY is the community's code (or id)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from kastor_desktop.cli.common import OK, Column, UsageError, authenticated, emit
from kastor_desktop.cli.registry import Commands

LINE_COLUMNS = [Column("unit", "Unidad"), Column("concept", "Concepto"), Column("amount", "Monto")]
CONCEPT_NAMES = {
    "ordinary": "Gastos comunes ordinarios",
    "extraordinary": "Gastos extraordinarios",
    "reserve": "Fondo de reserva",
    "funds": "Otros fondos",
    "consumption": "Consumos",
    "individual": "Cargos individuales",
    "interest": "Intereses",
    "previous_balance": "Saldo anterior",
}


def _period(text: str) -> tuple[int, int]:
    from kastor_desktop.services.periods import parse_period

    try:
        return parse_period(text)
    except ValueError as error:
        raise UsageError(str(error)) from None


def _lines(view: Any, fmt: str) -> None:
    """One row per unit and concept (non-zero), the unit number first, plus the unit's total."""
    money = _money(view.exponent)
    if fmt == "json":
        data = {
            "community": view.community_code,
            "period": view.period.code,
            "status": "cerrado" if view.closed else "abierto",
            "ok": view.ok,
            "units": [
                {
                    "unit": u.number,
                    "owner": u.owner_name,
                    "folio": u.folio,
                    "lines": {c: v for c, v in u.lines.items() if v},
                    "month_total": u.month_total,
                    "previous_balance": u.previous_balance,
                    "total": u.total,
                }
                for u in view.units
            ],
            "totals": view.totals,
            "warnings": list(view.warnings),
            "errors": list(view.errors),
        }
        if view.closed:
            data |= {"sequence": view.sequence, "hash": view.hash, "verified": view.verified}
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return
    rows = [
        SimpleNamespace(unit=u.number, concept=CONCEPT_NAMES.get(c, c), amount=money(v))
        for u in view.units
        for c, v in [*u.lines.items(), ("total", u.total)]
        if v or c == "total"
    ]
    for row in rows:
        if row.concept == "total":
            row.concept = "Total a pagar"
    emit(rows, LINE_COLUMNS, fmt)


def _money(exponent: int) -> Any:
    if exponent == 0:
        return lambda v: v
    return lambda v: f"{v / 10**exponent:.{exponent}f}"


def _report(view: Any) -> None:
    from kastor_desktop.domain.money import format_amount

    state = "cerrado" if view.closed else "abierto"
    print(
        f"{view.community_code} {view.period.code} ({state}): {len(view.units)} unidades, "
        f"total del mes {format_amount(view.month_total, view.exponent)}, "
        f"total a cobrar {format_amount(view.total, view.exponent)}.",
        file=sys.stderr,
    )
    for warning in view.warnings:
        print(f"aviso: {warning}", file=sys.stderr)
    for error in view.errors:
        print(f"error: {error}", file=sys.stderr)


@authenticated
def preview(services: Any, actor: Any, args: argparse.Namespace) -> int:
    community = services.communities.resolve(actor, args.community)
    year, month = _period(args.period) if args.period else (None, None)
    view = services.closing.preview(actor, community.id, year, month)
    _lines(view, args.format)
    _report(view)
    return OK if view.ok else 2


@authenticated
def show(services: Any, actor: Any, args: argparse.Namespace) -> int:
    community = services.communities.resolve(actor, args.community)
    view = services.closing.show(actor, community.id, *_period(args.period))
    _lines(view, args.format)
    _report(view)
    if view.verified is False:
        print("kastor: ¡las líneas guardadas no coinciden con el hash del cierre!", file=sys.stderr)
        return 1
    return OK


@authenticated
def close(services: Any, actor: Any, args: argparse.Namespace) -> int:
    from kastor_desktop.domain.money import format_amount

    community = services.communities.resolve(actor, args.community)
    done = services.closing.close(actor, community.id, *_period(args.period)).value
    exponent = 2 if community.currency == "ARS" else 0
    folios = f"folios {done.first_folio} a {done.last_folio}" if done.units else "sin avisos"
    print(
        f"Cerrado {done.community_code} {done.period} (cierre N° {done.sequence}): "
        f"{done.units} avisos, {folios}; total del mes {format_amount(done.month_total, exponent)}; "
        f"mes abierto ahora: {done.next_period}. Hash {done.hash}"
    )
    return OK


@authenticated
def close_all(services: Any, actor: Any, args: argparse.Namespace) -> int:
    """Close PERIOD in every community whose open month it is, with both cores."""
    from kastor_desktop.services.closing_batch import close_many

    year, month = _period(args.period)
    jobs = []
    for community in services.communities.list(actor):
        current = services.periods.current(actor, community.id)
        if (current.year, current.month) == (year, month):
            jobs.append((community.id, year, month))
    if not jobs:
        raise UsageError(f"Ninguna comunidad tiene {args.period} como mes abierto.")
    codes = {c.id: c.code for c in services.communities.list(actor)}
    results = close_many(services, actor, jobs, processes=args.processes)
    for result in results:
        print(f"{codes[result.community_id]}: {result.message}")
    failed = sum(not r.ok for r in results)
    print(f"{len(results) - failed} cerradas, {failed} sin cerrar.", file=sys.stderr)
    return OK if not failed else 2


@authenticated
def reopen(services: Any, actor: Any, args: argparse.Namespace) -> int:
    community = services.communities.resolve(actor, args.community)
    row = services.closing.reopen(actor, community.id, *_period(args.period), args.reason).value
    print(f"Reabierto {community.code} {row.code}: el mes vuelve a estar abierto.")
    return OK


@authenticated
def export(services: Any, actor: Any, args: argparse.Namespace) -> int:
    community = services.communities.resolve(actor, args.community)
    path = services.notices.workbook(actor, community.id, *_period(args.period), Path(args.file))
    print(f"Planilla de cierre escrita en {path}")
    return OK


@authenticated
def notices(services: Any, actor: Any, args: argparse.Namespace) -> int:
    community = services.communities.resolve(actor, args.community)
    year, month = _period(args.period)
    paths = services.notices.render(
        actor,
        community.id,
        year,
        month,
        Path(args.out),
        per_unit=args.per_unit,
        unit_number=args.unit,
    )
    for path in paths:
        print(path)
    print(f"{len(paths)} archivo(s) PDF en {args.out}", file=sys.stderr)
    return OK


def register(commands: Commands) -> None:
    """Add this area's commands."""
    group = commands.group("closing", "cierre del mes: vista previa, cierre, reapertura")
    community_help = "código o id de la comunidad"
    sub = commands.command(
        group,
        "preview",
        "vista previa del mes abierto (o de PERÍODO): una línea por unidad y concepto; sale con 2 "
        "si hay errores que impiden cerrar",
        preview,
        True,
    )
    sub.add_argument("community", metavar="COMUNIDAD", help=community_help)
    sub.add_argument(
        "period", metavar="PERÍODO", nargs="?", help="AAAA-MM (por omisión, el mes abierto)"
    )
    sub = commands.command(group, "close", "cierra el mes y emite los avisos de cobro", close)
    sub.add_argument("community", metavar="COMUNIDAD", help=community_help)
    sub.add_argument("period", metavar="PERÍODO", help="AAAA-MM, el mes abierto")
    sub = commands.command(
        group, "reopen", "reabre el último mes cerrado (revierte su cierre)", reopen
    )
    sub.add_argument("community", metavar="COMUNIDAD", help=community_help)
    sub.add_argument("period", metavar="PERÍODO", help="AAAA-MM, el último mes cerrado")
    sub.add_argument("--reason", metavar="TEXTO", required=True, help="motivo de la reapertura")
    sub = commands.command(
        group, "show", "líneas por unidad de un mes cerrado y su verificación", show, True
    )
    sub.add_argument("community", metavar="COMUNIDAD", help=community_help)
    sub.add_argument("period", metavar="PERÍODO", help="AAAA-MM")
    sub = commands.command(
        group, "export", "planilla Excel del cierre (gastos, prorrateo, totales)", export
    )
    sub.add_argument("community", metavar="COMUNIDAD", help=community_help)
    sub.add_argument("period", metavar="PERÍODO", help="AAAA-MM")
    sub.add_argument("file", metavar="ARCHIVO.xlsx", help="planilla a escribir")
    sub = commands.command(None, "notices", "avisos de cobro en PDF de un mes cerrado", notices)
    sub.add_argument("community", metavar="COMUNIDAD", help=community_help)
    sub.add_argument("period", metavar="PERÍODO", help="AAAA-MM")
    sub.add_argument(
        "--out", metavar="CARPETA", required=True, help="carpeta donde escribir los PDF"
    )
    sub.add_argument(
        "--per-unit", action="store_true", help="un PDF por unidad (si no, uno por comunidad)"
    )
    sub.add_argument("--unit", metavar="UNIDAD", help="solo el aviso de esta unidad")
