"""Commands of the community master data ([K2]): `kastor units list`, `kastor shares check`."""

from __future__ import annotations

import argparse
import json
import sys
from types import SimpleNamespace
from typing import Any

from kastor_desktop.cli.common import BAD_INPUT, OK, Column, authenticated, emit
from kastor_desktop.cli.registry import Commands

UNIT_COLUMNS = [
    Column("number", "Unidad"), Column("kind", "Tipo"), Column("tower", "Torre"),
    Column("floor", "Piso"), Column("area_m2", "m²", "area"), Column("owner", "Propietario", "owner_name"),
    Column("owner_tax_id", "RUT propietario"), Column("resident", "Residente", "resident_name"),
    Column("main_unit", "Unidad principal", "parent_number"), Column("active", "Activa"),
]  # fmt: skip
TABLE_COLUMNS = [
    Column("table", "Tabla", "name"), Column("units", "Unidades"), Column("sum", "Suma %", "total"),
    Column("difference", "Diferencia %", "difference"), Column("status", "Estado"),
]  # fmt: skip


@authenticated
def units_list(services: Any, actor: Any, args: argparse.Namespace) -> int:
    community = services.communities.resolve(actor, args.community)
    listing = services.units.listing(actor, community.id)
    tax_label = "CUIT" if community.country == "AR" else "RUT"
    columns = [
        Column(c.key, f"{tax_label} propietario", c.attr) if c.key == "owner_tax_id" else c
        for c in UNIT_COLUMNS
    ]
    if args.format == "json":
        names = listing.table_names
        # numbers as JSON numbers: m² and percentages (6 decimals at most, so exact as written)
        data = [
            {c.key: c.of(row) for c in columns}
            | {"area_m2": None if row.area_x100 is None else row.area_x100 / 100}
            | {"shares": {n: None if m is None else m / 1_000_000
                          for n, m in zip(names, row.share_micro, strict=True)}}
            for row in listing.rows
        ]  # fmt: skip
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return OK
    shares = [Column(f"share_{n}", f"% {name}") for n, name in enumerate(listing.table_names)]
    rows = [
        SimpleNamespace(
            **{c.key: c.of(row) for c in columns},
            **{s.key: text for s, text in zip(shares, row.shares, strict=True)},
        )
        for row in listing.rows
    ]
    plain = [Column(c.key, c.label) for c in columns]
    emit(rows, plain + shares, args.format)
    return OK


@authenticated
def shares_check(services: Any, actor: Any, args: argparse.Namespace) -> int:
    community = services.communities.resolve(actor, args.community)
    tables = services.shares.check(actor, community.id)
    if not tables:
        print(f"La comunidad {community.code} no tiene tablas de prorrateo.", file=sys.stderr)
        return OK
    rows = [
        SimpleNamespace(
            name=t.name,
            units=t.units,
            total=t.total,
            difference=t.difference,
            status="OK" if t.ok else "ERROR",
        )
        for t in tables
    ]
    emit(rows, TABLE_COLUMNS, args.format)
    failing = [t.name for t in tables if not t.ok]
    if failing:
        print(
            f"kastor: no suman exactamente 100 %: {', '.join(failing)}.",
            file=sys.stderr,
        )
        return BAD_INPUT
    return OK


def register(commands: Commands) -> None:
    """Add this area's commands."""
    units = commands.group("units", "unidades de una comunidad")
    sub = commands.command(
        units,
        "list",
        "lista las unidades con propietario, m² y porcentajes (la primera columna es la unidad)",
        units_list,
        True,
    )
    sub.add_argument("community", metavar="COMUNIDAD", help="código o id de la comunidad")
    shares = commands.group("shares", "tablas de prorrateo")
    sub = commands.command(
        shares,
        "check",
        "revisa que cada tabla de prorrateo sume exactamente 100 % (sale con 2 si alguna no)",
        shares_check,
        True,
    )
    sub.add_argument("community", metavar="COMUNIDAD", help="código o id de la comunidad")
