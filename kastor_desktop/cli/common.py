"""Shared pieces of the `kastor` commands: output formats, opening the office, signing in."""

from __future__ import annotations

import argparse
import csv
import errno
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
    "period": "",  # the closing's messages name the period themselves
    "reason": "",
    # [K4] messages of payments, certificates and collection name their field themselves
    **dict.fromkeys(
        (
            "amount",
            "paid_on",
            "method",
            "unit",
            "reference",
            "bank_account",
            "payment",
            "as_of",
            "claims",
            "insurance",
            "insurer",
            "policy",
            "insurance_until",
            "format",
            "until",
            "payments",
            "since",
            "instalments",
            "first_amount",
            "start",
            "approved_by",
            "approved_on",
            "signed_on",
            "debt",
            "done_on",
            "kind",
            "stage",
            "next_on",
            "next_step",
            "note",
            "file",
            "mapping",
            "preset",
            "row",
            "rows",
            "units",
        ),
        "",
    ),
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


def spanish_argparse() -> None:
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
        data = [{c.key: plain(c.of(item)) for c in columns} for item in items]
        out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return
    headers = [c.label for c in columns]
    cells = [[text(c.of(item)) for c in columns] for item in items]
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


def plain(value: Any) -> Any:
    if isinstance(value, tuple | frozenset | set):
        return sorted(value) if isinstance(value, frozenset | set) else list(value)
    return str(value) if isinstance(value, Path) else value


def text(value: Any) -> str:
    if isinstance(value, bool):
        return "sí" if value else "no"
    if isinstance(value, list | tuple | frozenset | set):
        return ", ".join(str(v) for v in plain(value))
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


def day_arg(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"la fecha «{text}» debe tener la forma AAAA-MM-DD"
        ) from None


_OS_REASONS = {
    errno.ENOENT: "no existe (revise la carpeta y el nombre)",
    errno.EACCES: "no hay permiso para usarlo",
    errno.EPERM: "no hay permiso para usarlo",
    errno.EISDIR: "es una carpeta, no un archivo",
    errno.ENOTDIR: "una parte de la ruta no es una carpeta",
    errno.ENOSPC: "no queda espacio en el disco",
    errno.EROFS: "el disco es de solo lectura",
    errno.EEXIST: "ya existe",
}


def os_error_text(error: OSError) -> str:
    """A file-system error in Spanish, naming the path (the OS text is English)."""
    name = str(error.filename or "").removesuffix(".tmp")
    reason = _OS_REASONS.get(error.errno or 0, f"error del sistema n.º {error.errno}")
    return f"No se pudo leer o escribir «{name}»: {reason}."
