"""Small builders for tests: valid tax ids, community drafts, JPEG files, database state."""

from __future__ import annotations

import itertools
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from stdnum.ar import cuit
from stdnum.cl import rut

from kastor_desktop.services.communities import CommunityDraft

_bodies = itertools.count(60_000_001, 7_919)


def valid_rut(body: int | None = None) -> str:
    """A formatted RUT with the right check digit; a new one on every call unless ``body``."""
    digits = str(body if body is not None else next(_bodies))
    return str(rut.format(digits + rut.calc_check_digit(digits)))


def bad_rut(body: int = 12_345_678) -> str:
    """The same body with a wrong check digit."""
    good = rut.calc_check_digit(str(body))
    wrong = "0" if good != "0" else "1"
    return str(rut.format(f"{body}{wrong}"))


def valid_cuit(prefix: str = "30", body: str = "71234567") -> str:
    digits = prefix + body
    return str(cuit.format(digits + cuit.calc_check_digit(digits)))


def make_community_draft(**overrides: Any) -> CommunityDraft:
    values: dict[str, Any] = {
        "name": "Edificio Los Aromos",
        "email": "aromos@example.cl",
        "phone": "+56 2 2345 6789",
        "tax_id": valid_rut(),
        "address": "Av. Providencia 1234, Providencia",
    }
    values.update(overrides)
    return CommunityDraft(**values)


def make_jpeg(
    folder: Path,
    size: tuple[int, int] = (800, 600),
    name: str = "imagen.jpg",
    colour: tuple[int, int, int] = (30, 90, 160),
    noise: bool = False,
    quality: int = 85,
) -> Path:
    """A real JPEG made by Pillow; ``noise=True`` makes it incompressible (for size limits)."""
    from PIL import Image, ImageDraw

    if noise:
        image = Image.frombytes("RGB", size, os.urandom(size[0] * size[1] * 3))
    else:
        image = Image.new("RGB", size, colour)
        ImageDraw.Draw(image).ellipse(
            (size[0] // 4, size[1] // 4, size[0] * 3 // 4, size[1] * 3 // 4), fill="white"
        )
    target = Path(folder) / name
    image.save(target, format="JPEG", quality=quality)
    return target


def make_big_jpeg(folder: Path, min_bytes: int = 3 * 1024 * 1024, name: str = "grande.jpg") -> Path:
    """A genuine JPEG of at least ``min_bytes`` (random pixels do not compress)."""
    side = 1100
    while True:
        path = make_jpeg(folder, (side, side), name, noise=True, quality=100)
        if path.stat().st_size >= min_bytes:
            return path
        side += 300


# -- database state ------------------------------------------------------------------------
TABLES = (
    "office",
    "users",
    "roles",
    "role_permissions",
    "role_communities",
    "user_roles",
    "contacts",
    "communities",
    "audit_log",
    "outbox",
    # community master data [K2]
    "people",
    "units",
    "share_tables",
    "unit_shares",
    "suppliers",
    "workers",
    "expense_accounts",
    "bank_accounts",
    "funds",
    "opening_balances",
)


def table_counts(database: Path) -> dict[str, int]:
    conn = sqlite3.connect(database)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        conn.close()


def files_under(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in Path(folder).rglob("*") if p.is_file()}


def state(services: Any) -> dict[str, Any]:
    """Everything a refused call must leave unchanged: rows of every table, files on disk."""
    paths = services.paths
    return {
        "rows": table_counts(paths.database),
        "attachments": files_under(paths.attachments),
        "backups": files_under(paths.backups),
    }


# -- the template office of tests/conftest.py ---------------------------------------------------
@dataclass(frozen=True)
class Person:
    user_id: int
    username: str
    full_name: str
    password: str


OFFICE_NAME = "Administraciones de Prueba Ltda."
OFFICE_RUT = valid_rut(76_086_428)
ADMIN = Person(1, "admin", "Ana Admin", "clave-admin-1")
NOBODY = Person(2, "sinpermisos", "Sergio Sin Permisos", "clave-nadie-1")


def assert_refused(services: Any, call: Any) -> Exception:
    """``call()`` must raise PermissionDenied and leave every table and file as it was."""
    import pytest

    from kastor_desktop.services.errors import PermissionDenied

    before = state(services)
    with pytest.raises(PermissionDenied) as info:
        call()
    assert "No tiene permiso" in info.value.message
    assert state(services) == before
    return info.value


def draft_from(row: Any, **overrides: Any) -> CommunityDraft:
    """A form filled with a stored community (a CommunityRow), with some fields changed."""
    values = {
        k: getattr(row, k)
        for k in ("name", "email", "phone", "tax_id", "address", "code", "country")
    }
    return CommunityDraft(**(values | overrides))


def outbox_rows(services: Any) -> list[tuple[str, dict[str, Any]]]:
    """(kind, payload) of every outbox row, oldest first."""
    import json

    conn = sqlite3.connect(services.paths.database)
    try:
        rows = conn.execute("SELECT kind, payload FROM outbox ORDER BY id").fetchall()
    finally:
        conn.close()
    return [(kind, json.loads(payload)) for kind, payload in rows]


# -- files the image rules must refuse -----------------------------------------------------
def make_png(folder: Path, name: str = "logo.png") -> Path:
    """A real PNG; give it a .jpg ``name`` for a renamed one."""
    from PIL import Image

    target = Path(folder) / name
    Image.new("RGB", (100, 100), "red").save(target, format="PNG")
    return target


def make_text_as_jpg(folder: Path, name: str = "notas.jpg") -> Path:
    target = Path(folder) / name
    target.write_text("esto no es una imagen\n" * 20, encoding="utf-8")
    return target


def make_truncated_jpeg(folder: Path, name: str = "cortada.jpg") -> Path:
    """The first half of a real JPEG: the header is fine, the picture data stops short."""
    good = make_jpeg(folder, (600, 600), "entera.jpg", noise=True)
    target = Path(folder) / name
    target.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    return target


# -- community master data [K2] ------------------------------------------------------------
def make_chilean_community(services: Any, actor: Any, **overrides: Any) -> Any:
    """A Chilean community (CLP) created through the service; returns its CommunityRow."""
    values = {"name": "Edificio Los Aromos", "code": "AROMOS"} | overrides
    return services.communities.create(actor, make_community_draft(**values)).value


def make_argentine_community(services: Any, actor: Any, **overrides: Any) -> Any:
    """An Argentine consorcio (ARS, CUIT) created through the service; returns its CommunityRow."""
    values = {
        "name": "Consorcio Av. Rivadavia 4500",
        "code": "RIVADAVIA",
        "country": "AR",
        "tax_id": valid_cuit("30", "71555666"),
        "phone": "+54 11 4321-5678",
        "email": "rivadavia@example.com.ar",
    } | overrides
    return services.communities.create(actor, make_community_draft(**values)).value


def insert_units(services: Any, community_id: int, units: list[tuple[str, str]]) -> list[int]:
    """Units (number, owner name or '') written straight to the tables; returns their ids."""
    from datetime import datetime

    from sqlalchemy import insert, select

    from kastor_desktop.store.models import Person, Unit

    now = datetime(2024, 1, 1)
    ids: list[int] = []
    with services.ctx.sessions() as session:
        for number, owner in units:
            owner_id = None
            if owner:
                owner_id = session.execute(
                    insert(Person).returning(Person.id),
                    [
                        {
                            "tax_id": valid_rut(),
                            "full_name": owner,
                            "created_at": now,
                            "updated_at": now,
                        }
                    ],
                ).scalar_one()
            session.execute(
                insert(Unit),
                [{"community_id": community_id, "number": number, "owner_id": owner_id}],
            )
            ids.append(
                session.scalar(
                    select(Unit.id).where(Unit.community_id == community_id, Unit.number == number)
                )
            )
        session.commit()
    return ids
