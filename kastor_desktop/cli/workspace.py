"""Commands of the office workspace: demo, communities, audit, contacts, users, roles, backup."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from kastor_desktop.cli.common import (
    OK,
    Column,
    UsageError,
    authenticated,
    data_dir,
    day_arg,
    emit,
    plain,
    text,
)
from kastor_desktop.cli.registry import Commands

COMMUNITY_COLUMNS = [
    Column("code", "Código"), Column("name", "Nombre"), Column("tax_id", "RUT/CUIT"),
    Column("email", "Correo"), Column("phone", "Teléfono"), Column("address", "Dirección"),
    Column("country", "País"), Column("contact", "Contacto", "contact_name"),
]  # fmt: skip
COMMUNITY_DETAILS = [
    *COMMUNITY_COLUMNS, Column("id", "Id"), Column("currency", "Moneda"),
    Column("contact_shown", "Mostrar contacto"), Column("logo", "Logo"), Column("signature", "Firma"),
]  # fmt: skip
CONTACT_COLUMNS = [
    Column("id", "Id"), Column("name", "Nombre"), Column("email", "Correo"), Column("phone", "Teléfono"),
    Column("communities", "Comunidades"),
]  # fmt: skip
USER_COLUMNS = [
    Column("username", "Usuario"), Column("full_name", "Nombre"), Column("email", "Correo"),
    Column("active", "Activo"), Column("roles", "Roles", "role_names"),
]  # fmt: skip
ROLE_COLUMNS = [
    Column("id", "Id"), Column("name", "Rol"), Column("kind", "Tipo", "kind_label"),
    Column("communities", "Comunidades", "community_names"), Column("holders", "Usuarios"),
    Column("permissions", "Permisos"),
]  # fmt: skip


@authenticated
def communities_list(services: Any, actor: Any, args: argparse.Namespace) -> int:
    emit(services.communities.list(actor, args.search or ""), COMMUNITY_COLUMNS, args.format)
    return OK


@authenticated
def communities_show(services: Any, actor: Any, args: argparse.Namespace) -> int:
    row = services.communities.resolve(actor, args.community)
    if args.format == "json":
        data = {c.key: plain(c.of(row)) for c in COMMUNITY_DETAILS}
        print(json.dumps(data, ensure_ascii=False, indent=2))
    elif args.format == "csv":
        emit([row], COMMUNITY_DETAILS, "csv")
    else:
        for column in COMMUNITY_DETAILS:
            print(f"{column.label}: {text(column.of(row))}")
    return OK


@authenticated
def communities_add(services: Any, actor: Any, args: argparse.Namespace) -> int:
    from kastor_desktop.services.communities import CommunityDraft

    draft = CommunityDraft(
        name=args.name,
        email=args.email,
        phone=args.phone,
        tax_id=args.rut,
        address=args.address,
        code=args.code or "",
        country=args.country,
        logo_file=args.logo,
        signature_file=args.signature,
    )
    row = services.communities.create(actor, draft).value
    print(f"Comunidad creada: {row.code} — {row.name}")
    return OK


@authenticated
def audit_export(services: Any, actor: Any, args: argparse.Namespace) -> int:
    from kastor_desktop.services.audit import ACTION_LABELS, AuditFilter

    if args.action and args.action not in ACTION_LABELS:
        raise UsageError(
            f"La acción «{args.action}» no existe. Acciones: {', '.join(sorted(ACTION_LABELS))}."
        )
    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise UsageError("La fecha --from es posterior a --to.")
    if args.user_filter and args.user_filter not in services.audit.usernames(actor):
        raise UsageError(
            f"El registro de auditoría no tiene acciones del usuario «{args.user_filter}»."
        )
    community_id = (
        services.communities.resolve(actor, args.community).id if args.community else None
    )
    filters = AuditFilter(args.user_filter, community_id, args.date_from, args.date_to, args.action)
    target = Path(args.file).expanduser()
    if target.suffix.lower() != ".xlsx":
        raise UsageError(f"El archivo «{target}» debe terminar en .xlsx.")
    count = services.audit.export_xlsx(actor, target, filters)
    print(f"Se exportaron {count} entradas del registro de auditoría a {target}")
    return OK


@authenticated
def contacts_list(services: Any, actor: Any, args: argparse.Namespace) -> int:
    emit(services.contacts.list(actor), CONTACT_COLUMNS, args.format)
    return OK


@authenticated
def users_list(services: Any, actor: Any, args: argparse.Namespace) -> int:
    emit(services.users.list(actor), USER_COLUMNS, args.format)
    return OK


@authenticated
def roles_list(services: Any, actor: Any, args: argparse.Namespace) -> int:
    emit(services.roles.list(actor), ROLE_COLUMNS, args.format)
    return OK


@authenticated
def backup(services: Any, actor: Any, args: argparse.Namespace) -> int:
    print(f"Respaldo creado: {services.backups.backup_now(actor).value}")
    return OK


def migrate(args: argparse.Namespace) -> int:
    from kastor_desktop.paths import DataPaths
    from kastor_desktop.store.migrate import current_revision, upgrade

    paths = DataPaths(data_dir(args)).ensure()
    taken = upgrade(paths.database, paths.backups)
    if taken:
        print(f"Respaldo previo a la migración: {taken}")
    print(f"Base de datos {paths.database} en la revisión {current_revision(paths.database)}")
    return OK


def demo(args: argparse.Namespace) -> int:
    from kastor_desktop.paths import APP_AUTHOR, APP_NAME, DataPaths, default_data_dir
    from kastor_desktop.services import demo as demo_office

    root = (
        Path(args.data_dir).expanduser() if args.data_dir else demo_office.demo_data_dir()
    ).resolve()
    from platformdirs import user_data_dir

    real = {
        default_data_dir().expanduser().resolve(),
        Path(user_data_dir(APP_NAME, APP_AUTHOR)).resolve(),
    }
    if root in real:
        raise UsageError(
            f"«{root}» es la carpeta de datos real de Kastor; la demostración usa otra carpeta."
        )
    has_data = DataPaths(root).database.exists()  # any database not made by the demo is left alone
    if args.reset and demo_office.is_demo(root):
        demo_office.wipe(root)
    elif has_data and not args.reset and demo_office.read_sign_in(root):
        print(f"La demostración ya existe en {root} (use --reset para crearla de nuevo).")
        _print_sign_in(demo_office.read_sign_in(root))
        return OK
    elif has_data:
        raise UsageError(
            f"«{root}» ya contiene una base de datos que no es de la demostración; no se modificó nada."
        )
    from kastor_desktop.services.suite import open_office

    services = open_office(root)
    try:
        sign_in_data = demo_office.build_demo(services)
    finally:
        services.close()
    codes = ", ".join(code for code, *_ in demo_office.COMMUNITIES)
    print(
        f"Demostración creada: {demo_office.OFFICE_NAME}, {len(demo_office.COMMUNITIES)} comunidades ({codes})."
    )
    print(f"Instrucciones: {root / demo_office.README}")
    _print_sign_in(sign_in_data)
    return OK


def _print_sign_in(sign_in_data: Any) -> None:
    for other in sign_in_data.users[1:]:
        print(
            f"Otro usuario: {other.username} ({', '.join(other.roles)}), contraseña {other.password}"
        )
    print(f'Abrir la aplicación: kastor-desktop --data-dir "{sign_in_data.data_dir}"')
    print(f"Carpeta de datos: {sign_in_data.data_dir}")
    print(f"Usuario: {sign_in_data.username}")
    print(f"Contraseña: {sign_in_data.password}")


def register(commands: Commands) -> None:
    sub = commands.command(
        None, "demo", "crea la administración de demostración en su propia carpeta", demo
    )
    sub.add_argument(
        "--reset", action="store_true", help="borra la demostración existente y la crea de nuevo"
    )

    communities = commands.group("communities", "comunidades de la administración")
    sub = commands.command(
        communities,
        "list",
        "lista las comunidades (la primera columna es el código)",
        communities_list,
        True,
    )
    sub.add_argument("--search", help="filtra por nombre, código o dirección")
    sub = commands.command(communities, "show", "muestra una comunidad", communities_show, True)
    sub.add_argument("community", metavar="COMUNIDAD", help="código o id de la comunidad")
    sub = commands.command(communities, "add", "crea una comunidad", communities_add)
    for option, helptext in (
        ("--name", "nombre"),
        ("--rut", "RUT (o CUIT en Argentina)"),
        ("--email", "correo"),
        ("--phone", "teléfono"),
        ("--address", "dirección"),
    ):
        sub.add_argument(option, required=True, help=helptext)
    sub.add_argument("--code", help="código corto (opcional; se asigna uno si falta)")
    sub.add_argument("--country", choices=("CL", "AR"), default="CL", help="país (por omisión, CL)")
    sub.add_argument("--logo", metavar="ARCHIVO.jpg", help="logo JPG/JPEG de hasta 2 MB")
    sub.add_argument("--signature", metavar="ARCHIVO.jpg", help="firma JPG/JPEG de hasta 2 MB")

    audit = commands.group("audit", "registro de auditoría")
    sub = commands.command(audit, "export", "exporta el registro de auditoría a XLSX", audit_export)
    sub.add_argument("file", metavar="ARCHIVO.xlsx")
    sub.add_argument("--user-filter", metavar="USUARIO", help="solo las acciones de este usuario")
    sub.add_argument("--community", metavar="COMUNIDAD", help="solo esta comunidad (código o id)")
    sub.add_argument(
        "--from", dest="date_from", type=day_arg, metavar="AAAA-MM-DD", help="desde esta fecha"
    )
    sub.add_argument(
        "--to",
        dest="date_to",
        type=day_arg,
        metavar="AAAA-MM-DD",
        help="hasta esta fecha (incluida)",
    )
    sub.add_argument("--action", metavar="ACCIÓN", help="solo esta acción, p. ej. community.create")

    for name, helptext, lister in (
        ("contacts", "contactos", contacts_list),
        ("users", "usuarios", users_list),
        ("roles", "roles y permisos", roles_list),
    ):
        commands.command(
            commands.group(name, helptext), "list", f"lista los {helptext}", lister, True
        )
    commands.command(None, "backup", "respalda la base de datos (copia en línea de SQLite)", backup)
    commands.command(None, "migrate", "actualiza la base de datos a la última versión", migrate)
