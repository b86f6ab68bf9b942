"""Qt fixtures: one screen at a time, offscreen, Spanish, with a synchronous task runner."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session")
def spanish(qapp):  # type: ignore[no-untyped-def]
    from kastor_desktop.ui.i18n import install_spanish

    return install_spanish(qapp)


@pytest.fixture
def ui_ctx(services, admin, spanish):  # type: ignore[no-untyped-def]
    """A UiContext over a real office in tmp_path, signed in as the administrator."""
    from kastor_desktop.ui.context import UiContext
    from kastor_desktop.ui.tasks import SyncRunner

    return UiContext(
        services=services, runner=SyncRunner(), actor=admin, grants=services.auth.grants(admin)
    )


@pytest.fixture(autouse=True)
def _no_modal_dialogs(monkeypatch):  # type: ignore[no-untyped-def]
    """A message box left open would block an offscreen test forever: record them instead."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[tuple[str, str]] = []

    def record(kind, answer):  # type: ignore[no-untyped-def]
        def _box(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
            shown.append((kind, text))
            return answer

        return _box

    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(record("warning", QMessageBox.StandardButton.Ok))
    )
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(record("critical", QMessageBox.StandardButton.Ok))
    )
    monkeypatch.setattr(
        QMessageBox,
        "information",
        staticmethod(record("information", QMessageBox.StandardButton.Ok)),
    )
    return shown


@pytest.fixture(autouse=True)
def confirmations(monkeypatch):  # type: ignore[no-untyped-def]
    """Screens ask through ``messages.confirm``; tests answer Yes and can read what was asked.

    Set ``confirmations.answer = False`` to answer No.
    """
    from kastor_desktop.ui.widgets import messages

    class Recorder(list):  # type: ignore[type-arg]
        answer = True

    asked = Recorder()

    def fake(parent, title, text, danger=False):  # type: ignore[no-untyped-def]
        asked.append((title, text))
        return asked.answer

    monkeypatch.setattr(messages, "confirm", fake)
    return asked


@pytest.fixture
def open_page(qtbot, ui_ctx):  # type: ignore[no-untyped-def]
    """Build a community page as the workspace does (listening to changes) and load its rows:
    ``open_page(SuppliersPage, community)``."""

    def make(cls, community, key=""):  # type: ignore[no-untyped-def]
        page = cls(ui_ctx, community, key)
        qtbot.addWidget(page)
        ui_ctx.listeners.append(page.on_changes)
        page.refresh()
        return page

    return make
