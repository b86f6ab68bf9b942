"""The office home's community list and the community form, one screen at a time."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kastor_desktop.ui.office.communities_page import CommunitiesPage
from kastor_desktop.ui.office.community_dialog import CommunityDialog
from tests.factories import (
    bad_rut,
    make_big_jpeg,
    make_community_draft,
    make_jpeg,
    state,
    valid_rut,
)


def fill(dialog: CommunityDialog, **values: str) -> None:
    defaults = {
        "name": "Edificio Los Aromos",
        "tax_id": valid_rut(),
        "email": "aromos@example.cl",
        "phone": "+56 2 2345 6789",
        "address": "Av. Providencia 1234, Providencia",
        "code": "",
    }
    defaults.update(values)
    for key, text in defaults.items():
        getattr(dialog, key).setText(text)


def test_create_community_through_the_dialog(qtbot, ui_ctx, tmp_path):
    page = CommunitiesPage(ui_ctx)
    qtbot.addWidget(page)
    page.refresh()
    assert page.model.rowCount() == 0
    dialog = CommunityDialog(ui_ctx, None, page)
    qtbot.addWidget(dialog)
    fill(dialog, code="aromos")
    assert dialog.logo.set_file(str(make_jpeg(tmp_path, (600, 600), "logo.jpg")))
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.saved is not None and dialog.saved.code == "AROMOS"
    assert dialog.saved.logo is not None and dialog.saved.logo.exists()
    # ctx.changed() reaches the page only through the main window; refresh as it would
    page.refresh()
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, 1)) == "Edificio Los Aromos"


def test_invalid_rut_shows_message_beside_the_field_and_saves_nothing(qtbot, ui_ctx, services):
    before = state(services)
    dialog = CommunityDialog(ui_ctx)
    qtbot.addWidget(dialog)
    fill(dialog, tax_id=bad_rut())
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "dígito verificador" in dialog.form.error_text("tax_id")
    assert dialog.form.error_text("name") == ""
    assert state(services) == before


def test_live_check_when_leaving_the_rut_field(qtbot, ui_ctx):
    dialog = CommunityDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.tax_id.setText("12.345.678-0")
    dialog.tax_id.editingFinished.emit()
    assert "RUT" in dialog.form.error_text("tax_id")
    dialog.tax_id.setText(valid_rut())
    dialog.tax_id.editingFinished.emit()
    assert dialog.form.error_text("tax_id") == ""


def test_every_missing_field_is_named(qtbot, ui_ctx, services):
    before = state(services)
    dialog = CommunityDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.save()
    for key in ("name", "tax_id", "email", "phone", "address"):
        assert dialog.form.error_text(key), key
    assert state(services) == before


def test_oversized_logo_is_refused_and_nothing_changes(qtbot, ui_ctx, services, tmp_path):
    created = services.communities.create(ui_ctx.actor, make_community_draft()).value
    before = state(services)
    dialog = CommunityDialog(ui_ctx, created)
    qtbot.addWidget(dialog)
    big = make_big_jpeg(tmp_path)
    assert dialog.logo.set_file(str(big)) is False
    assert "2 MB" in dialog.form.error_text("logo")
    assert dialog.logo.new_file is None
    png = tmp_path / "logo.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 100)
    assert dialog.logo.set_file(str(png)) is False
    assert "JPG" in dialog.form.error_text("logo")
    assert state(services) == before


def test_edit_keeps_code_and_updates_name(qtbot, ui_ctx, services):
    created = services.communities.create(ui_ctx.actor, make_community_draft(code="AROMOS")).value
    dialog = CommunityDialog(ui_ctx, created)
    qtbot.addWidget(dialog)
    assert dialog.code.text() == "AROMOS"
    assert created.phone == "+56223456789"
    assert dialog.phone.text() == "+56 2 2345 6789"  # as the list shows it
    dialog.name.setText("Edificio Los Aromos II")
    dialog.save()
    saved = services.communities.get(ui_ctx.actor, created.id)
    assert (saved.name, saved.phone) == ("Edificio Los Aromos II", "+56223456789")


def test_search_sort_and_delete_after_confirmation(qtbot, ui_ctx, services, confirmations):
    for name, code in (
        ("Torre Vitacura", "VITA"),
        ("Condominio Parque Ñuñoa", "PNUNOA"),
        ("Edificio Alerces", "ALE"),
    ):
        services.communities.create(ui_ctx.actor, make_community_draft(name=name, code=code))
    page = CommunitiesPage(ui_ctx)
    qtbot.addWidget(page)
    page.refresh()
    assert [page.model.data(page.model.index(r, 0)) for r in range(3)] == ["ALE", "PNUNOA", "VITA"]
    page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert page.model.data(page.model.index(0, 1)) == "Torre Vitacura"
    page.search.setText("nunoa")  # accent-insensitive
    assert page.model.rowCount() == 1
    assert "1 de 3" in page.counter.text() or "1 of 3" in page.counter.text()
    page.table.selectRow(0)
    confirmations.answer = False
    page.delete()
    assert len(services.communities.list(ui_ctx.actor)) == 3
    confirmations.answer = True
    page.delete()
    assert "Parque Ñuñoa" in confirmations[-1][1]
    names = [c.name for c in services.communities.list(ui_ctx.actor)]
    assert names == ["Edificio Alerces", "Torre Vitacura"]
    assert list(services.paths.backups.glob("*antes-de-eliminar-PNUNOA*"))


def test_user_without_create_permission_sees_no_create_button(qtbot, ui_ctx, services, nobody):
    from kastor_desktop.ui.context import UiContext

    ctx = UiContext(services, ui_ctx.runner, nobody, services.auth.grants(nobody))
    page = CommunitiesPage(ctx)
    qtbot.addWidget(page)
    texts = [page.buttons.itemAt(i).widget().text() for i in range(page.buttons.count())]
    assert not any("Create" in t or "Crear" in t for t in texts)


def test_export_writes_the_visible_rows(qtbot, ui_ctx, services, tmp_path):
    import openpyxl

    for name, code in (("Torre Vitacura", "VITA"), ("Edificio Alerces", "ALE")):
        services.communities.create(ui_ctx.actor, make_community_draft(name=name, code=code))
    page = CommunitiesPage(ui_ctx)
    qtbot.addWidget(page)
    page.refresh()
    page.search.setText("vitacura")
    target = tmp_path / "comunidades.xlsx"
    page.export_to(str(target))
    sheet = openpyxl.load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == 2 and rows[1][0] == "VITA" and rows[1][1] == "Torre Vitacura"


def test_an_empty_office_says_how_to_start(qtbot, ui_ctx):
    page = CommunitiesPage(ui_ctx)
    qtbot.addWidget(page)
    page.refresh()
    assert page.model.rowCount() == 0
    assert "Crear comunidad" in page._empty_text
