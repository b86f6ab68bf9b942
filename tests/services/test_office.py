from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from kastor_desktop.services.errors import ValidationFailed
from kastor_desktop.services.office import Crop
from tests.factories import (
    OFFICE_NAME,
    OFFICE_RUT,
    assert_refused,
    make_big_jpeg,
    make_jpeg,
    make_png,
    make_text_as_jpg,
    make_truncated_jpeg,
    outbox_rows,
    state,
)


def test_profile_shows_the_name_and_rut_from_the_wizard(services) -> None:
    profile = services.office.profile()
    assert (profile.name, profile.tax_id, profile.logo) == (OFFICE_NAME, OFFICE_RUT, None)


def test_rename_is_audited_and_sent_to_the_portal(services, admin) -> None:
    with pytest.raises(ValidationFailed) as info:
        services.office.rename(admin, "  ")
    assert set(info.value.errors) == {"name"}
    outcome = services.office.rename(admin, "  Administraciones Nuevas SpA ")
    assert outcome.value.name == "Administraciones Nuevas SpA"
    assert outcome.value.tax_id == OFFICE_RUT  # the RUT never changes after the wizard
    entry = services.audit.entries(admin, limit=1)[0]
    assert (entry.action, entry.entity) == ("office.update", "office")
    assert OFFICE_NAME in entry.before and "Administraciones Nuevas SpA" in entry.after
    assert outbox_rows(services) == [
        ("office.upserted", {"name": "Administraciones Nuevas SpA", "tax_id": OFFICE_RUT})
    ]


def test_logo_is_cropped_to_a_square_of_at_most_600(services, admin, tmp_path: Path) -> None:
    source = make_jpeg(tmp_path, (1000, 800), "logo.JPEG")
    profile = services.office.set_logo(admin, source, Crop(100, 0, 800)).value
    assert profile.logo is not None and profile.logo.is_file()
    assert profile.logo.is_relative_to(services.paths.attachments)
    with Image.open(profile.logo) as stored:
        assert (stored.format, stored.size) == ("JPEG", (600, 600))
    entry = services.audit.entries(admin, limit=1)[0]
    assert entry.action == "office.logo" and "600x600" in entry.after
    assert outbox_rows(services)[-1][0] == "office.upserted"


def test_small_crop_is_kept_at_its_size(services, admin, tmp_path: Path) -> None:
    source = make_jpeg(tmp_path, (400, 300))
    profile = services.office.set_logo(admin, source, Crop(50, 0, 300)).value
    with Image.open(profile.logo) as stored:
        assert stored.size == (300, 300)


def test_crop_outside_the_image_is_refused(services, admin, tmp_path: Path) -> None:
    source = make_jpeg(tmp_path, (400, 300))
    before = state(services)
    with pytest.raises(ValidationFailed, match="fuera de la imagen"):
        services.office.set_logo(admin, source, Crop(200, 0, 300))
    assert state(services) == before


BAD_IMAGES = [
    pytest.param(
        lambda folder: make_png(folder, "logo.jpg"),
        "«logo.jpg» no es una imagen JPEG válida.",
        id="png-renamed-jpg",
    ),
    pytest.param(make_png, "«logo.png» no es un archivo JPG/JPEG", id="png"),
    pytest.param(
        make_text_as_jpg, "«notas.jpg» no es una imagen JPEG válida.", id="text-renamed-jpg"
    ),
    pytest.param(
        make_truncated_jpeg, "«cortada.jpg» está dañada o incompleta", id="truncated-jpeg"
    ),
    pytest.param(make_big_jpeg, "el máximo es 2 MB", id="3mb-jpeg"),
]


@pytest.mark.parametrize(("make", "message"), BAD_IMAGES)
def test_bad_logo_files_are_refused_with_a_clear_message(
    services, admin, tmp_path: Path, make, message: str
) -> None:
    source = make(tmp_path)
    before = state(services)
    with pytest.raises(ValidationFailed) as info:
        services.office.set_logo(admin, source, Crop(0, 0, 100))
    assert message in info.value.errors["logo"]
    assert state(services) == before
    assert services.office.profile().logo is None


def test_missing_file_is_refused(services, admin, tmp_path: Path) -> None:
    with pytest.raises(ValidationFailed, match="No se pudo leer"):
        services.office.set_logo(admin, tmp_path / "no-existe.jpg", Crop(0, 0, 10))


def test_profile_changes_need_permission(services, nobody, tmp_path: Path) -> None:
    assert_refused(services, lambda: services.office.rename(nobody, "Otro nombre"))
    source = make_jpeg(tmp_path, (300, 300))
    assert_refused(services, lambda: services.office.set_logo(nobody, source, Crop(0, 0, 300)))
    assert services.office.profile().name == OFFICE_NAME
