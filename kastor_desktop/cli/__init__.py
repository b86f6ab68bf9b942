"""`kastor`: headless commands over the same services the desktop app uses.

Every command takes ``--data-dir DIR`` and ``--user NAME`` (before or after the command name);
the password comes from the KASTOR_PASSWORD environment variable, else from a prompt.
Errors go to stderr in Spanish. Exit codes: 0 ok, 1 failure, 2 bad input, 3 sign-in/permission.
Heavy libraries (SQLAlchemy, openpyxl, Pillow) load only inside the command that needs them.
Each area registers its commands from its own module (workspace.py, ...).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import Any

from kastor_desktop.cli import (
    bank,
    closing,
    delinquency,
    expenses,
    imports,
    master,
    payments,
    workspace,
)
from kastor_desktop.cli.common import (
    BAD_INPUT,
    DENIED,
    FAILURE,
    FIELD_LABELS,
    OK,
    UsageError,
    os_error_text,
    spanish_argparse,
)
from kastor_desktop.cli.registry import Commands

AREAS = (workspace, master, imports, expenses, closing, payments, bank, delinquency)


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
    spanish_argparse()
    common = _global_options(argparse.ArgumentParser(add_help=False), argparse.SUPPRESS)
    parser = _global_options(
        argparse.ArgumentParser(prog="kastor", description="Kastor Desktop: comandos sin ventana."),
        None,
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMANDO", required=True)
    commands = Commands(subparsers, common)
    for module in AREAS:
        module.register(commands)
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
            label = FIELD_LABELS.get(field, field)
            _fail(f"{label}: {message}" if label else message)
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
    except BrokenPipeError:  # the reader stopped early (`kastor units list X | head`): fine
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return OK
    except OSError as error:
        _fail(os_error_text(error))
        return FAILURE
    except KeyboardInterrupt:
        _fail("Interrumpido.")
        return 130


def _fail(message: str) -> None:
    print(f"kastor: {message}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
