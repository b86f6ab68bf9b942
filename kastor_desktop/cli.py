"""`kastor`: headless commands over the same services the desktop app uses.

Every command takes ``--data-dir DIR`` and ``--user NAME`` (before or after the command name);
the password comes from the KASTOR_PASSWORD environment variable, else from a prompt.
Errors go to stderr in Spanish. Exit codes: 0 ok, 1 failure, 2 bad input, 3 sign-in/permission.
Heavy libraries (SQLAlchemy, openpyxl, Pillow) load only inside the command that needs them.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, TextIO

if TYPE_CHECKING:
    from kastor_desktop.services.context import Actor
    from kastor_desktop.services.suite import Services

OK, FAILURE, BAD_INPUT, DENIED = 0, 1, 2, 3

FIELD_LABELS = {
    "name": "nombre",
    "email": "correo",
    "phone": "teléfono",
    "tax_id": "rut",
    "address": "dirección",
    "code": "código",
    "country": "país",
    "logo": "logo",
    "signature": "firma",
    "username": "usuario",
    "full_name": "nombre completo",
    "password": "contraseña",
    "roles": "roles",
    "permissions": "permisos",
}

# argparse speaks English through gettext; these are the messages a user can meet.
_ARGPARSE_ES = {
    "usage: ": "uso: ",
    "%(prog)s: error: %(message)s\n": "%(prog)s: error: %(message)s\n",
    "the following arguments are required: %s": "faltan los argumentos: %s",
    "unrecognized arguments: %s": "argumentos no reconocidos: %s",
    "argument %(argument_name)s: %(message)s": "argumento %(argument_name)s: %(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)": "opción no válida: %(value)r (elija entre %(choices)s)",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "comando desconocido %(parser_name)r (comandos: %(choices)s)",
    "expected one argument": "falta el valor",
    "invalid %(type)s value: %(value)r": "valor no válido: %(value)r",
    "ambiguous option: %(option)s could match %(matches)s": "opción ambigua: %(option)s puede ser %(matches)s",
    "show this help message and exit": "muestra esta ayuda y termina",
    "positional arguments": "argumentos",
    "options": "opciones",
}


class UsageError(Exception):
    """Bad input detected by the CLI itself (exit code 2)."""


def _spanish_argparse() -> None:
    argparse._ = lambda text: _ARGPARSE_ES.get(text, text)  # type: ignore[attr-defined]


# -- output ------------------------------------------------------------------------------------
class Column(NamedTuple):
    key: str  # the JSON key
    label: str  # the table/CSV header
    attr: str = ""  # the attribute of the service row, when it differs from ``key``

    def of(self, item: Any) -> Any:
        return getattr(item, self.attr or self.key)


def emit(
    items: Sequence[Any], columns: Sequence[Column], fmt: str, out: TextIO | None = None
) -> None:
    """Print service rows as an aligned table, CSV or JSON (lists stay lists in JSON)."""
    out = out or sys.stdout
    if fmt == "json":
        data = [{c.key: _plain(c.of(item)) for c in columns} for item in items]
        out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return
    headers = [c.label for c in columns]
    cells = [[_text(c.of(item)) for c in columns] for item in items]
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerows([headers, *cells])
        return
    widths = [max(len(row[i]) for row in [headers, *cells]) for i in range(len(headers))]
    for line in [headers, ["-" * w for w in widths], *cells]:
        padded = (value.ljust(width) for value, width in zip(line, widths, strict=True))
        out.write("  ".join(padded).rstrip() + "\n")
    if not cells:
        out.write("(sin resultados)\n")


def _plain(value: Any) -> Any:
    if isinstance(value, tuple | frozenset | set):
        return sorted(value) if isinstance(value, frozenset | set) else list(value)
    return str(value) if isinstance(value, Path) else value


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "sí" if value else "no"
    if isinstance(value, list | tuple | frozenset | set):
        return ", ".join(str(v) for v in _plain(value))
    return "" if value is None else str(value)


# -- opening the office and signing in -------------------------------------------------------
def data_dir(args: argparse.Namespace) -> Path:
    from kastor_desktop.paths import default_data_dir

    return Path(args.data_dir).expanduser() if args.data_dir else default_data_dir()


def open_services(args: argparse.Namespace) -> Services:
    from kastor_desktop.paths import DataPaths
    from kastor_desktop.services.suite import open_office

    root = data_dir(args)
    if not DataPaths(root).database.exists():
        raise UsageError(
            f"No hay datos de Kastor en «{root}». Indique la carpeta con --data-dir, cree la "
            "administración abriendo kastor-desktop, o pruebe la demostración con: kastor demo"
        )
    return open_office(root)


def sign_in(services: Services, args: argparse.Namespace) -> Actor:
    if services.auth.needs_setup():
        raise UsageError(
            f"La carpeta «{services.paths.root}» aún no tiene una administración. "
            "Ábrala con kastor-desktop para completar el asistente inicial."
        )
    username = args.user or os.environ.get("KASTOR_USER")
    if not username:
        raise UsageError(
            "Indique el usuario con --user NOMBRE (la contraseña se toma de KASTOR_PASSWORD o se pide)."
        )
    password = os.environ.get("KASTOR_PASSWORD")
    if password is None:
        import getpass
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                password = getpass.getpass(f"Contraseña de {username}: ")
            except EOFError:
                password = ""
    return services.auth.sign_in(username, password)


def authenticated(
    handler: Callable[[Any, Any, argparse.Namespace], int],
) -> Callable[[argparse.Namespace], int]:
    """Wrap a command so it runs with the office open and the user signed in."""

    def run(args: argparse.Namespace) -> int:
        services = open_services(args)
        try:
            return handler(services, sign_in(services, args), args)
        finally:
            services.close()

    return run


# -- commands ----------------------------------------------------------------------------------
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
        data = {c.key: _plain(c.of(row)) for c in COMMUNITY_DETAILS}
        print(json.dumps(data, ensure_ascii=False, indent=2))
    elif args.format == "csv":
        emit([row], COMMUNITY_DETAILS, "csv")
    else:
        for column in COMMUNITY_DETAILS:
            print(f"{column.label}: {_text(column.of(row))}")
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


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"la fecha «{text}» debe tener la forma AAAA-MM-DD"
        ) from None


@authenticated
def audit_export(services: Any, actor: Any, args: argparse.Namespace) -> int:
    from kastor_desktop.services.audit import ACTION_LABELS, AuditFilter

    if args.action and args.action not in ACTION_LABELS:
        raise UsageError(
            f"La acción «{args.action}» no existe. Acciones: {', '.join(sorted(ACTION_LABELS))}."
        )
    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise UsageError("La fecha --from es posterior a --to.")
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


# -- parser ------------------------------------------------------------------------------------
def _global_options(parser: argparse.ArgumentParser, default: Any) -> argparse.ArgumentParser:
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=default,
        help="carpeta de datos (por omisión, la del usuario)",
    )
    parser.add_argument(
        "--user",
        metavar="NOMBRE",
        default=default,
        help="usuario; la contraseña se toma de KASTOR_PASSWORD o se pide",
    )
    return parser


def build_parser() -> argparse.ArgumentParser:
    """The options may go before or after the command: subcommands only set what was given."""
    _spanish_argparse()
    common = _global_options(argparse.ArgumentParser(add_help=False), argparse.SUPPRESS)
    parser = _global_options(
        argparse.ArgumentParser(prog="kastor", description="Kastor Desktop: comandos sin ventana."),
        None,
    )
    commands = parser.add_subparsers(dest="command", metavar="COMANDO", required=True)

    def group(name: str, helptext: str) -> Any:
        holder = commands.add_parser(name, parents=[common], help=helptext, description=helptext)
        return holder.add_subparsers(dest="action_name", metavar="ACCIÓN", required=True)

    def command(
        parent: Any,
        name: str,
        helptext: str,
        run: Callable[[argparse.Namespace], int],
        fmt: bool = False,
    ) -> argparse.ArgumentParser:
        sub: argparse.ArgumentParser = parent.add_parser(
            name, parents=[common], help=helptext, description=helptext
        )
        sub.set_defaults(run=run)
        if fmt:
            sub.add_argument(
                "--format",
                choices=("table", "csv", "json"),
                default="table",
                help="formato de salida (por omisión, tabla)",
            )
        return sub

    sub = command(
        commands, "demo", "crea la administración de demostración en su propia carpeta", demo
    )
    sub.add_argument(
        "--reset", action="store_true", help="borra la demostración existente y la crea de nuevo"
    )

    communities = group("communities", "comunidades de la administración")
    sub = command(
        communities,
        "list",
        "lista las comunidades (la primera columna es el código)",
        communities_list,
        True,
    )
    sub.add_argument("--search", help="filtra por nombre, código o dirección")
    sub = command(communities, "show", "muestra una comunidad", communities_show, True)
    sub.add_argument("community", metavar="COMUNIDAD", help="código o id de la comunidad")
    sub = command(communities, "add", "crea una comunidad", communities_add)
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

    audit = group("audit", "registro de auditoría")
    sub = command(audit, "export", "exporta el registro de auditoría a XLSX", audit_export)
    sub.add_argument("file", metavar="ARCHIVO.xlsx")
    sub.add_argument("--user-filter", metavar="USUARIO", help="solo las acciones de este usuario")
    sub.add_argument("--community", metavar="COMUNIDAD", help="solo esta comunidad (código o id)")
    sub.add_argument(
        "--from", dest="date_from", type=_day, metavar="AAAA-MM-DD", help="desde esta fecha"
    )
    sub.add_argument(
        "--to", dest="date_to", type=_day, metavar="AAAA-MM-DD", help="hasta esta fecha (incluida)"
    )
    sub.add_argument("--action", metavar="ACCIÓN", help="solo esta acción, p. ej. community.create")

    for name, helptext, lister in (
        ("contacts", "contactos", contacts_list),
        ("users", "usuarios", users_list),
        ("roles", "roles y permisos", roles_list),
    ):
        command(group(name, helptext), "list", f"lista los {helptext}", lister, True)
    command(commands, "backup", "respalda la base de datos (copia en línea de SQLite)", backup)
    command(commands, "migrate", "actualiza la base de datos a la última versión", migrate)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    return run(args)


def run(args: argparse.Namespace) -> int:
    """Run the parsed command; every user error becomes a Spanish line on stderr and an exit code."""
    import sqlite3

    from sqlalchemy.exc import DatabaseError

    from kastor_desktop.services.errors import (
        AuthenticationFailed,
        NotFound,
        PermissionDenied,
        ServiceError,
        ValidationFailed,
    )
    from kastor_desktop.store.migrate import MigrationError

    try:
        return int(args.run(args))
    except ValidationFailed as error:
        for field, message in error.errors.items():
            _fail(f"{FIELD_LABELS.get(field, field)}: {message}")
        return BAD_INPUT
    except (UsageError, NotFound) as error:
        _fail(str(error))
        return BAD_INPUT
    except (AuthenticationFailed, PermissionDenied) as error:
        _fail(error.message)
        return DENIED
    except (ServiceError, MigrationError) as error:
        _fail(str(error))
        return FAILURE
    except (DatabaseError, sqlite3.Error) as error:
        _fail(f"No se pudo usar la base de datos: {getattr(error, 'orig', None) or error}")
        return FAILURE
    except OSError as error:
        _fail(f"No se pudo leer o escribir «{error.filename or ''}»: {error.strerror or error}")
        return FAILURE
    except KeyboardInterrupt:
        _fail("Interrumpido.")
        return 130


def _fail(message: str) -> None:
    print(f"kastor: {message}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
