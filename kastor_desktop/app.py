"""Composition root of the desktop app: paths, logging, database (migrated), services, window.

Heavy libraries (reportlab, openpyxl, Pillow, the sync client) are imported where first used,
never here, so the main window shows fast.
"""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import os
import sys
from pathlib import Path
from typing import NoReturn

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from kastor_desktop import __version__
from kastor_desktop.paths import DataPaths, default_data_dir, resources_dir

log = logging.getLogger("kastor_desktop")


def skip_pyside_feature_scan() -> None:
    """PySide6 reads the source of every module imported after it, looking for
    ``from __feature__ import ...``. Kastor never uses that; the scan cost ~30 ms at start-up."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and hasattr(feature, "_mod_uses_pyside"):
        feature._mod_uses_pyside = lambda module: False


class _Speak(Exception):
    """The arguments ask for help or hold a mistake: the Spanish parser must say something."""


class _QuietParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _Speak(message)


def _parser(cls: type[argparse.ArgumentParser], add_help: bool) -> argparse.ArgumentParser:
    parser = cls(prog="kastor-desktop", description="Kastor Desktop", add_help=add_help)
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        metavar="DIR",
        help="carpeta de datos (por defecto la del usuario)",
    )
    parser.add_argument(
        "--user",
        default="",
        metavar="NOMBRE",
        help="usuario; con KASTOR_PASSWORD inicia sesión sin diálogo",
    )
    parser.add_argument(
        "--quit-when-shown",
        action="store_true",
        help="medición de arranque: sale al mostrar la ventana",
    )
    return parser


def parse_args(argv: list[str]) -> argparse.Namespace:
    """Arguments that ask for nothing to be printed are parsed silently; --help and mistakes are
    parsed again with the CLI's Spanish argparse messages, loaded only then (start-up time)."""
    try:
        return _parser(_QuietParser, add_help=False).parse_args(argv)
    except _Speak:
        pass
    from kastor_desktop.cli.common import spanish_argparse

    spanish_argparse()
    return _parser(argparse.ArgumentParser, add_help=True).parse_args(argv)


def setup_logging(paths: DataPaths) -> None:
    handler = logging.handlers.RotatingFileHandler(
        paths.logs / "kastor.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    style = resources_dir() / "style.qss"
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))


class DesktopApp:
    """Runs the sign-in → main window → sign-out cycle on one QApplication."""

    def __init__(self, app: QApplication, args: argparse.Namespace) -> None:
        from kastor_desktop.services.suite import open_office
        from kastor_desktop.ui.tasks import TaskRunner

        self.app = app
        self.args = args
        self.services = open_office(args.data_dir or default_data_dir())
        setup_logging(self.services.paths)
        self.runner = TaskRunner()
        self.window = None
        self.signing_out = False

    def start(self) -> bool:
        password = os.environ.get("KASTOR_PASSWORD")
        error = ""
        if self.args.user and password and not self.services.auth.needs_setup():
            if self._auto_sign_in(password):
                return True
            error = QCoreApplication.translate(
                "DesktopApp", "The password in KASTOR_PASSWORD is not correct; type it here."
            )
        actor = self._authenticate(error)
        if actor is None:
            return False
        self._open_window(actor)
        return True

    def _auto_sign_in(self, password: str) -> bool:
        """--user with KASTOR_PASSWORD: the password hash is checked on a thread (argon2 releases
        the GIL) while the window is built hidden; it is shown only once the check passed."""
        from concurrent.futures import ThreadPoolExecutor

        candidate = self.services.auth.candidate(self.args.user)
        if candidate is None:
            return False
        with ThreadPoolExecutor(max_workers=1) as pool:
            check = pool.submit(self.services.auth.sign_in, self.args.user, password)
            window = self._build_window(candidate)
            try:
                actor = check.result()
            except Exception:  # wrong password: drop the hidden window, ask in the dialog
                window.deleteLater()
                return False
        if actor != candidate:
            window.deleteLater()
            return False
        self._show(window)
        return True

    def _authenticate(self, error: str = ""):  # type: ignore[no-untyped-def]
        if self.services.auth.needs_setup():
            from kastor_desktop.ui.wizard import FirstRunWizard

            wizard = FirstRunWizard(self.services)
            return wizard.actor if wizard.exec() else None
        from kastor_desktop.ui.signin import SignInDialog

        dialog = SignInDialog(self.services, self.args.user, error=error)
        return dialog.actor if dialog.exec() else None

    def _open_window(self, actor) -> None:  # type: ignore[no-untyped-def]
        self._show(self._build_window(actor))

    def _build_window(self, actor):  # type: ignore[no-untyped-def]
        from kastor_desktop.ui.context import UiContext
        from kastor_desktop.ui.main_window import MainWindow

        ctx = UiContext(self.services, self.runner, actor, self.services.auth.grants(actor))
        return MainWindow(ctx)

    def _show(self, window) -> None:  # type: ignore[no-untyped-def]
        self.window = window
        window.signed_out.connect(self._signed_out)
        if self.args.quit_when_shown:
            window.shown.connect(self._report_shown)
        window.show()

    def _report_shown(self) -> None:
        print("window-shown", flush=True)
        QTimer.singleShot(0, self.app.quit)

    def _signed_out(self) -> None:
        self.signing_out = True
        QTimer.singleShot(0, self._sign_in_again)

    def last_window_closed(self) -> None:
        if not self.signing_out:
            self.app.quit()

    def _sign_in_again(self) -> None:
        actor = self._authenticate()
        self.signing_out = False
        if actor is None:
            self.app.quit()
            return
        self._open_window(actor)

    def shutdown(self) -> None:
        self.runner.shutdown()
        self.services.close()


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    skip_pyside_feature_scan()  # before the screens' modules are imported
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Kastor Desktop")
    app.setOrganizationName("Kastor")
    app.setApplicationVersion(__version__)
    app.setQuitOnLastWindowClosed(False)
    from kastor_desktop.ui.i18n import install_spanish

    install_spanish(app)
    apply_style(app)
    try:
        desktop = DesktopApp(app, args)
    except Exception as error:  # migration or a damaged database: say it plainly
        log.exception("No se pudo abrir la base de datos")
        QMessageBox.critical(
            None, "Kastor Desktop", f"No se pudo abrir la base de datos.\n\n{error}"
        )
        return 1
    app.lastWindowClosed.connect(desktop.last_window_closed)
    if not desktop.start():
        desktop.shutdown()
        return 0
    code = app.exec()
    desktop.shutdown()
    return int(code)
