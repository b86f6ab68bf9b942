"""Office profile: the name, the read-only RUT, and «Subir Logo» with the square crop."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, Qt

from kastor_desktop.services.office import Crop
from kastor_desktop.ui.office.logo_crop_dialog import LogoCropDialog
from kastor_desktop.ui.office.profile_page import ProfilePage
from tests.factories import OFFICE_NAME, OFFICE_RUT, make_big_jpeg, make_jpeg, state


def make_page(qtbot, ui_ctx) -> ProfilePage:
    page = ProfilePage(ui_ctx)
    qtbot.addWidget(page)
    ui_ctx.listeners.append(page.on_changes)
    page.refresh()
    return page


def crop_dialog(qtbot, ui_ctx) -> LogoCropDialog:
    dialog = LogoCropDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.resize(820, 560)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


# -- refused files ------------------------------------------------------------------------------
def png_file(folder: Path) -> Path:
    target = folder / "logo.png"
    Image.new("RGB", (300, 300), (10, 120, 200)).save(target, format="PNG")
    return target


def renamed_text_file(folder: Path) -> Path:
    target = folder / "notas.jpg"
    target.write_text("esto no es una imagen\n" * 20, encoding="utf-8")
    return target


def corrupt_jpeg(folder: Path) -> Path:
    good = make_jpeg(folder, (800, 800), "buena.jpg", noise=True).read_bytes()
    target = folder / "danada.jpg"
    target.write_bytes(good[: len(good) // 2])
    return target


def big_jpeg(folder: Path) -> Path:
    return make_big_jpeg(folder, name="pesada.jpg")


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (png_file, "no es un archivo JPG/JPEG"),
        (renamed_text_file, "no es una imagen JPEG válida"),
        (corrupt_jpeg, "dañada o incompleta"),
        (big_jpeg, "el máximo es 2 MB"),
    ],
    ids=["png", "renamed-text", "corrupt-jpeg", "3-mb-jpeg"],
)
def test_refused_files_show_a_message_and_the_logo_does_not_change(
    qtbot, ui_ctx, services, tmp_path, make, words
):
    page = make_page(qtbot, ui_ctx)
    before, logo_before = state(services), services.office.profile().logo
    dialog = crop_dialog(qtbot, ui_ctx)
    assert dialog.load_file(str(make(tmp_path))) is False
    assert words in dialog.error_text()
    assert not dialog.save_button.isEnabled()
    assert dialog.view.image is None
    # even if the pre-check were skipped, the service refuses it and the message stays in the dialog
    dialog.path = str(make(tmp_path))
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert words in dialog.error_text()
    assert services.office.profile().logo == logo_before
    assert state(services) == before
    assert page.logo.pixmap().isNull()


def test_a_refused_file_replaces_a_previous_good_choice(qtbot, ui_ctx, tmp_path):
    dialog = crop_dialog(qtbot, ui_ctx)
    assert dialog.load_file(str(make_jpeg(tmp_path, (640, 480))))
    assert dialog.save_button.isEnabled()
    assert dialog.load_file(str(png_file(tmp_path))) is False
    assert dialog.path is None and not dialog.save_button.isEnabled()


# -- cropping -----------------------------------------------------------------------------------
def test_the_crop_square_starts_centred_and_moves_with_keys_mouse_and_wheel(
    qtbot, ui_ctx, tmp_path
):
    dialog = crop_dialog(qtbot, ui_ctx)
    assert dialog.load_file(str(make_jpeg(tmp_path, (1200, 900))))
    assert dialog.crop() == Crop(150, 0, 900)  # the largest centred square
    view = dialog.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert dialog.crop().side < 900
    side = dialog.crop().side
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert dialog.crop().x < 150 + (900 - side) // 2
    x = dialog.crop().x
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert dialog.crop().x == x + 90  # Shift: ten times the 1 % step
    for _ in range(60):  # never leaves the image
        qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    crop = dialog.crop()
    assert crop.x + crop.side == 1200
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert dialog.crop().side > side

    dialog.set_crop(0, 0, 400)
    centre = view._on_screen(view.crop_rect()).center().toPoint()
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseMove(view, centre + QPoint(40, 20))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=centre + QPoint(40, 20))
    moved = dialog.crop()
    assert moved.side == 400 and moved.x > 0 and moved.y > 0


def test_valid_jpeg_cropped_and_saved_gives_a_square_logo(qtbot, ui_ctx, services, tmp_path):
    page = make_page(qtbot, ui_ctx)
    assert page.logo.pixmap().isNull()
    dialog = crop_dialog(qtbot, ui_ctx)
    assert dialog.load_file(str(make_jpeg(tmp_path, (1600, 1000))))
    dialog.set_crop(200, 100, 800)
    assert dialog.crop() == Crop(200, 100, 800)
    assert not dialog.preview.pixmap().isNull()
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    logo = services.office.profile().logo
    assert logo is not None and logo.exists()
    with Image.open(logo) as image:
        assert image.format == "JPEG"
        assert image.width == image.height <= 600
    assert not page.logo.pixmap().isNull()  # the page shows the new logo


# -- name and RUT -------------------------------------------------------------------------------
def test_rut_is_read_only_and_the_name_is_saved(qtbot, ui_ctx, services):
    page = make_page(qtbot, ui_ctx)
    assert page.name.text() == OFFICE_NAME
    assert page.tax_id.text() == services.office.profile().tax_id and page.tax_id.isReadOnly()
    assert OFFICE_RUT.replace(".", "")[:4] in page.tax_id.text().replace(".", "")
    page.name.setText("Administraciones Andinas SpA")
    page.save_name()
    assert services.office.profile().name == "Administraciones Andinas SpA"
    assert page.saved_label.text()


def test_an_empty_name_shows_the_message_beside_the_field(qtbot, ui_ctx, services):
    page = make_page(qtbot, ui_ctx)
    before = state(services)
    page.name.setText("   ")
    page.save_name()
    assert "Indique el nombre de la administración" in page.form.error_text("name")
    assert state(services) == before
    assert services.office.profile().name == OFFICE_NAME


def test_a_typed_name_survives_a_logo_change(qtbot, ui_ctx, services, tmp_path):
    page = ProfilePage(ui_ctx)
    qtbot.addWidget(page)
    page.refresh()
    page.name.setText("Administraciones Cordillera Ltda.")
    outcome = services.office.set_logo(
        ui_ctx.actor, make_jpeg(tmp_path, (600, 600)), Crop(0, 0, 600)
    )
    page.on_changes(outcome.changes)
    assert page.name.text() == "Administraciones Cordillera Ltda."
    assert page.has_unsaved_changes()
    assert services.office.profile().name == OFFICE_NAME
