"""Shared fixtures.

Sections: (1) offices on real temporary SQLite files — `services`, `admin`, `nobody`,
`blank_services`, `make_services`. Qt fixtures live in tests/ui/conftest.py.

Hashing a password with argon2id costs ~0.1 s, and migrating a new file ~0.5 s, so each office
is built once per session as a template and copied per test with SQLite's online backup API.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kastor_desktop.paths import DataPaths
from kastor_desktop.services.context import Actor
from kastor_desktop.services.suite import Services, open_office
from kastor_desktop.services.unit_of_work import Clock, utc_now
from tests.factories import ADMIN, NOBODY, OFFICE_NAME, OFFICE_RUT

# -- (1) offices on temporary SQLite files ----------------------------------------------------


def _copy_database(source: Path, target: Path) -> None:
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


@pytest.fixture(scope="session")
def _templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Two migrated databases: an empty one (first run) and one with the office created."""
    blank = tmp_path_factory.mktemp("template-blank")
    open_office(blank).close()
    office = tmp_path_factory.mktemp("template-office")
    services = open_office(office)
    admin = services.auth.create_office(
        OFFICE_NAME,
        OFFICE_RUT,
        ADMIN.username,
        ADMIN.full_name,
        "ana@example.cl",
        ADMIN.password,
        ADMIN.password,
    )
    services.users.create(admin, NOBODY.username, NOBODY.full_name, "", NOBODY.password, [])
    services.close()
    return {"blank": DataPaths(blank).database, "office": DataPaths(office).database}


@pytest.fixture
def make_services(_templates: dict[str, Path], tmp_path: Path) -> Iterator[Callable[..., Services]]:
    """Open a fresh copy of a template office: ``make_services(kind="office", clock=...)``."""
    opened: list[Services] = []

    def make(kind: str = "office", clock: Clock = utc_now, name: str | None = None) -> Services:
        root = tmp_path / (name or f"{kind}-{len(opened)}")
        _copy_database(_templates[kind], DataPaths(root).ensure().database)
        services = open_office(root, clock=clock)
        opened.append(services)
        return services

    yield make
    for services in opened:
        services.close()


@pytest.fixture
def services(make_services: Callable[..., Services]) -> Services:
    """An office (created by the first-run wizard) with an administrator and a user with no role."""
    return make_services("office", name="office")


@pytest.fixture
def blank_services(make_services: Callable[..., Services]) -> Services:
    """A migrated database with no office yet (the first-run wizard has not run)."""
    return make_services("blank", name="blank")


@pytest.fixture
def admin() -> Actor:
    return Actor(ADMIN.user_id, ADMIN.username, ADMIN.full_name)


@pytest.fixture
def nobody() -> Actor:
    """A signed-in user holding no role at all."""
    return Actor(NOBODY.user_id, NOBODY.username, NOBODY.full_name)


# -- (2) community master data [K2] -------------------------------------------------------------


@pytest.fixture
def aromos(services: Services, admin: Actor):  # type: ignore[no-untyped-def]
    """A Chilean community (CLP, RUT) in the office: «Edificio Los Aromos», code AROMOS."""
    from tests.factories import make_chilean_community

    return make_chilean_community(services, admin)
