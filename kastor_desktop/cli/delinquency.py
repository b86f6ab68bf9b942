"""Commands of payments and collection ([K4]) — delinquency:

- `kastor delinquency COMMUNITY|--all [--format table|csv|json|xlsx|pdf] [--out FILE]
  [--date D]`: every unit that owes, by age; the first column is the unit number (the office
  version: the unit, then the community's code). xlsx and pdf need --out; the other formats
  print to the terminal, or write to --out;
- `kastor reminders COMMUNITY --out FILE.pdf [--unit U ...] [--min-days N] [--date D]`: one PDF
  with a reminder letter per unit (default: every unit with overdue debt), e-mails queued for the
  portal and the collection log written;
- `kastor agreements list COMMUNITY [--unit U] [--format table|csv|json]`.

Amounts in table and CSV output are plain numbers (pesos), in JSON integer minor units, as
`kastor closing` prints them.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from kastor_desktop.cli.common import OK, Column, UsageError, authenticated, emit
from kastor_desktop.cli.registry import Commands

COMMUNITY_HELP = "código o id de la comunidad"
AGREEMENT_COLUMNS = [
    Column("id", "N°"), Column("unit", "Unidad"), Column("owner", "Propietario"),
    Column("signed_on", "Firma"), Column("debt", "Deuda"), Column("instalments", "Cuotas"),
    Column("paid", "Pagado"), Column("remaining", "Saldo"), Column("status", "Estado"),
    Column("approved_by", "Aprobado por"),
]  # fmt: skip


def _date(text: str) -> Any:
    from kastor_desktop.cli.payments import date_arg

    return date_arg(text)


def _money(exponent: int, fmt: str) -> Any:
    if fmt == "json" or exponent == 0:
        return lambda minor: minor
    return lambda minor: f"{minor / 10**exponent:.{exponent}f}"


def _debt_columns(office: bool) -> list[Column]:
    columns = [Column("unit", "Unidad")]
    if office:
        columns.append(Column("community", "Comunidad"))
    columns += [
        Column("owner", "Propietario"), Column("current", "Por vencer"),
        Column("d0_30", "0-30"), Column("d31_60", "31-60"), Column("d61_90", "61-90"),
        Column("d90", "+90"), Column("total", "Total"), Column("days", "Días"),
        Column("last_action", "Última gestión"), Column("agreement", "Convenio"),
        Column("blocked", "Reservas bloqueadas"),
    ]  # fmt: skip
    return columns


def _debt_rows(rows: list[Any], exponents: dict[int, int], fmt: str) -> list[Any]:
    out = []
    for r in rows:
        money = _money(exponents.get(r.community_id, 0), fmt)
        a = r.aging
        out.append(
            SimpleNamespace(
                unit=r.unit_number,
                community=r.community_code,
                owner=r.owner_name,
                current=money(a.current),
                d0_30=money(a.d0_30),
                d31_60=money(a.d31_60),
                d61_90=money(a.d61_90),
                d90=money(a.d90),
                total=money(a.owed),
                days=a.days,
                last_action=r.last_action,
                agreement=r.agreement_label if fmt != "json" else r.agreement,
                blocked=r.blocked,
            )
        )
    return out


@authenticated
def delinquency(services: Any, actor: Any, args: argparse.Namespace) -> int:
    from kastor_desktop.domain.money import format_amount
    from kastor_desktop.services.delinquency import totals

    if bool(args.community) == bool(args.all):
        raise UsageError("Indique una comunidad o --all (toda la administración), no ambas.")
    if args.format in ("xlsx", "pdf") and not args.out:
        raise UsageError(f"El formato {args.format} necesita --out ARCHIVO.{args.format}.")
    community = None if args.all else services.communities.resolve(actor, args.community)
    cid = None if community is None else community.id
    if args.format in ("xlsx", "pdf"):
        path = services.delinquency.report(actor, cid, Path(args.out), args.format, args.date)
        print(f"Informe de morosidad escrito en {path}")
        return OK
    communities = services.communities.list(actor) if community is None else [community]
    exponents = {c.id: 2 if c.currency == "ARS" else 0 for c in communities}
    if community is None:
        rows = services.delinquency.office(actor, args.date)
    else:
        rows = services.delinquency.units(actor, community.id, args.date)
    items = _debt_rows(rows, exponents, args.format)
    columns = _debt_columns(community is None)
    if args.out:
        with open(args.out, "w", encoding="utf-8", newline="") as handle:
            emit(items, columns, args.format, handle)
        print(f"{len(items)} unidades escritas en {args.out}", file=sys.stderr)
    else:
        emit(items, columns, args.format)
    by_currency: dict[int, list[Any]] = {}
    for row in rows:
        by_currency.setdefault(exponents.get(row.community_id, 0), []).append(row)
    for exponent, group in sorted(by_currency.items()):
        total = totals(group)
        print(
            f"{len(group)} unidades con deuda: vencido {format_amount(total.overdue, exponent)}, "
            f"total {format_amount(total.owed, exponent)}.",
            file=sys.stderr,
        )
    if not rows:
        print("Ninguna unidad tiene deuda a esa fecha.", file=sys.stderr)
    return OK


@authenticated
def reminders(services: Any, actor: Any, args: argparse.Namespace) -> int:
    community = services.communities.resolve(actor, args.community)
    units = list(args.unit or [])
    if not units:
        rows = services.delinquency.units(actor, community.id, args.date)
        units = [
            r.unit_number for r in rows if r.aging.overdue > 0 and r.aging.days >= args.min_days
        ]
        if not units:
            raise UsageError(
                f"Ninguna unidad de {community.code} tiene deuda vencida hace {args.min_days} "
                "días o más: no hay cartas que escribir."
            )
    result = services.delinquency.send_reminders(
        actor, community.id, units, Path(args.out), args.date
    ).value
    print(f"{result.letters} carta(s) en {result.path}")
    print(f"{result.emails_queued} correo(s) de cobranza en cola para el portal.")
    if result.without_email:
        print(f"Sin correo (imprima su carta): {', '.join(result.without_email)}")
    return OK


@authenticated
def agreements(services: Any, actor: Any, args: argparse.Namespace) -> int:
    community = services.communities.resolve(actor, args.community)
    money = _money(2 if community.currency == "ARS" else 0, args.format)
    rows = services.agreements.list(actor, community.id, args.unit or None)
    items = [
        SimpleNamespace(
            id=r.id,
            unit=r.unit_number,
            owner=r.owner_name,
            signed_on=r.signed_on.isoformat()
            if args.format == "json"
            else f"{r.signed_on:%d-%m-%Y}",
            debt=money(r.debt),
            instalments=len(r.instalments),
            paid=money(r.paid),
            remaining=money(r.remaining),
            status=r.status if args.format == "json" else r.status_label,
            approved_by=r.approved_by,
        )
        for r in rows
    ]
    emit(items, AGREEMENT_COLUMNS, args.format)
    return OK


def register(commands: Commands) -> None:
    """Add this area's commands."""
    sub = commands.command(
        None,
        "delinquency",
        "morosidad por unidad y antigüedad (0-30, 31-60, 61-90, más de 90 días) de una "
        "comunidad o de toda la administración",
        delinquency,
        True,
        ("table", "csv", "json", "xlsx", "pdf"),
    )
    sub.add_argument("community", metavar="COMUNIDAD", nargs="?", help=COMMUNITY_HELP)
    sub.add_argument(
        "--all", action="store_true", help="todas las comunidades que el usuario puede ver"
    )
    sub.add_argument("--out", metavar="ARCHIVO", help="archivo a escribir (xlsx y pdf lo exigen)")
    sub.add_argument(
        "--date", metavar="FECHA", type=_date, help="deuda a esta fecha (por omisión, hoy)"
    )
    sub = commands.command(
        None,
        "reminders",
        "cartas de cobranza en un PDF, correos en cola para el portal y registro en la "
        "gestión de cobranza",
        reminders,
    )
    sub.add_argument("community", metavar="COMUNIDAD", help=COMMUNITY_HELP)
    sub.add_argument("--out", metavar="ARCHIVO.pdf", required=True, help="PDF a escribir")
    sub.add_argument(
        "--unit",
        metavar="UNIDAD",
        action="append",
        help="unidad a la que escribir (se puede repetir; por omisión, toda unidad con deuda "
        "vencida)",
    )
    sub.add_argument(
        "--min-days",
        metavar="N",
        type=int,
        default=1,
        help="sin --unit: solo unidades con deuda vencida hace N días o más (por omisión, 1)",
    )
    sub.add_argument(
        "--date", metavar="FECHA", type=_date, help="deuda a esta fecha (por omisión, hoy)"
    )
    group = commands.group("agreements", "convenios de pago")
    sub = commands.command(
        group, "list", "convenios de pago de la comunidad y su cumplimiento", agreements, True
    )
    sub.add_argument("community", metavar="COMUNIDAD", help=COMMUNITY_HELP)
    sub.add_argument("--unit", metavar="UNIDAD", help="solo los convenios de esta unidad")
