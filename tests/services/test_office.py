from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from PIL import Image

from kastor_desktop.services.errors import ValidationFailed
from kastor_desktop.services.office import Crop
from tests.factories import OFFICE_NAME, OFFICE_RUT, assert_refused, make_big_jpeg, make_jpeg, state


def _outbox(services) -> list[tuple[str, dict]]:  # type: ignore[no-untyped-def]
    conn = sqlite3.connect(services.paths.database)
    try:
        return [(kind, json.loads(payload)) for kind, payload in conn.execute("SELECT kind, payload FROM outbox ORDER BY id")]
    finally:
        conn.close()


def test_profile_shows_the_name_and_rut_from_the_wizard(services) -> None:  # type: ignore[no-untyped-def]
    profile = services.office.profile()
    assert (profile.name, profile.tax_id, profile.logo) == (OFFICE_NAME, OFFICE_RUT, None)


def test_rename_is_audited_and_sent_to_the_portal(services, admin) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationFailed) as info:
        services.office.rename(admin, "  ")
    assert set(info.value.errors) == {"name"}
    outcome = services.office.rename(admin, "  Administraciones Nuevas SpA ")
    assert outcome.value.name == "Administraciones Nuevas SpA"
    assert outcome.value.tax_id == OFFICE_RUT  # the RUT never changes after the wizard
    entry = services.audit.entries(admin, limit=1)[0]
    assert (entry.action, entry.entity) == ("office.update", "office")
    assert OFFICE_NAME in entry.before and "Administraciones Nuevas SpA" in entry.after
    assert _outbox(services) == [("office.upserted", {"name": "Administraciones Nuevas SpA", "tax_id": OFFICE_RUT})]


def test_logo_is_cropped_to_a_square_of_at_most_600(services, admin, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = make_jpeg(tmp_path, (1000, 800), "logo.JPEG")
    profile = services.office.set_logo(admin, source, Crop(100, 0, 800)).value
    assert profile.logo is not None and profile.logo.is_file()
    assert profile.logo.is_relative_to(services.paths.attachments)
    with Image.open(profile.logo) as stored:
        assert (stored.format, stored.size) == ("JPEG", (600, 600))
    entry = services.audit.entries(admin, limit=1)[0]
    assert entry.action == "office.logo" and "600x600" in entry.after
    assert _outbox(services)[-1][0] == "office.upserted"


def test_small_crop_is_kept_at_its_size(services, admin, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = make_jpeg(tmp_path, (400, 300))
    profile = services.office.set_logo(admin, source, Crop(50, 0, 300)).value
    with Image.open(profile.logo) as stored:
        assert stored.size == (300, 300)


def test_crop_outside_the_image_is_refused(services, admin, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = make_jpeg(tmp_path, (400, 300))
    before = state(services)
    with pytest.raises(ValidationFailed, match="fuera de la imagen"):
        services.office.set_logo(admin, source, Crop(200, 0, 300))
    assert state(services) == before


def _png_renamed(folder: Path) -> Path:
    target = folder / "logo.jpg"
    Image.new("RGB", (100, 100), "red").save(target, format="PNG")
    return target


def _png(folder: Path) -> Path:
    target = folder / "logo.png"
    Image.new("RGB", (100, 100), "red").save(target, format="PNG")
    return target


def _text_renamed(folder: Path) -> Path:
    target = folder / "notas.jpg"
    target.write_text("esto no es una imagen\n" * 20, encoding="utf-8")
    return target


def _truncated(folder: Path) -> Path:
    good = make_jpeg(folder, (600, 600), "entera.jpg", noise=True)
    target = folder / "cortada.jpg"
    target.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    return target


BAD_IMAGES = [
    pytest.param(_png_renamed, "«logo.jpg» no es una imagen JPEG válida.", id="png-renamed-jpg"),
    pytest.param(_png, "«logo.png» no es un archivo JPG/JPEG", id="png"),
    pytest.param(_text_renamed, "«notas.jpg» no es una imagen JPEG válida.", id="text-renamed-jpg"),
    pytest.param(_truncated, "«cortada.jpg» está dañada o incompleta", id="truncated-jpeg"),
    pytest.param(make_big_jpeg, "el máximo es 2 MB", id="3mb-jpeg"),
]


@pytest.mark.parametrize(("make", "message"), BAD_IMAGES)
def test_bad_logo_files_are_refused_with_a_clear_message(services, admin, tmp_path: Path, make, message: str) -> None:  # type: ignore[no-untyped-def]
    source = make(tmp_path)
    before = state(services)
    with pytest.raises(ValidationFailed) as info:
        services.office.set_logo(admin, source, Crop(0, 0, 100))
    assert message in info.value.errors["logo"]
    assert state(services) == before
    assert services.office.profile().logo is None


def test_missing_file_is_refused(services, admin, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationFailed, match="No se pudo leer"):
        services.office.set_logo(admin, tmp_path / "no-existe.jpg", Crop(0, 0, 10))


def test_profile_changes_need_permission(services, nobody, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert_refused(services, lambda: services.office.rename(nobody, "Otro nombre"))
    source = make_jpeg(tmp_path, (300, 300))
    assert_refused(services, lambda: services.office.set_logo(nobody, source, Crop(0, 0, 300)))
    assert services.office.profile().name == OFFICE_NAME
