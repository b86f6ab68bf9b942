"""The import screen: a filled template shows its preview; a broken file shows its errors and
cannot be confirmed; confirming imports and tells the other screens."""

from __future__ import annotations

from pathlib import Path

import pytest

from kastor_desktop.ui.community.import_page import ADD, ERRORS, UNCHANGED, ImportPage
from tests.factories import bad_rut, make_community_draft
from tests.imports.files import keyed_xlsx, unit, units_xlsx


@pytest.fixture
def page(qtbot, ui_ctx):  # type: ignore[no-untyped-def]
    community = ui_ctx.services.communities.create(
        ui_ctx.actor, make_community_draft(code="ALFA")
    ).value
    widget = ImportPage(ui_ctx, community, "imports")
    qtbot.addWidget(widget)
    widget.refresh()
    return widget


def good_file(folder: Path) -> Path:
    records = [unit(str(100 + i), shares={"General": 25}) for i in range(4)]
    return units_xlsx(folder / "unidades.xlsx", records)


def tab_counts(page: ImportPage) -> list[str]:
    return [page.tabs.tabText(i).rsplit("(", 1)[1].rstrip(")") for i in range(4)]


def test_a_filled_template_shows_the_preview_counts(page: ImportPage, tmp_path: Path) -> None:
    assert not page.confirm_button.isEnabled()
    page.load_file(good_file(tmp_path))
    assert tab_counts(page) == ["4", "0", "0", "0"]
    assert page.tabs.currentIndex() == ADD
    assert page.models[ADD].rowCount() == 4
    assert page.models[ADD].data(page.models[ADD].index(0, 1)) == "100"
    assert page.confirm_button.isEnabled() and page.running is None


def test_a_broken_file_lists_every_error_and_cannot_be_confirmed(
    page: ImportPage, tmp_path: Path
) -> None:
    records = [unit("1", bad_rut(), shares={"General": 50}), unit("2", area="mucho")]
    page.load_file(units_xlsx(tmp_path / "mala.xlsx", records))
    errors = page.models[ERRORS]
    assert page.tabs.currentIndex() == ERRORS and tab_counts(page)[ERRORS] == "3"
    rows = [[errors.data(errors.index(r, c)) for c in range(4)] for r in range(errors.rowCount())]
    assert rows[0][:3] == ["1", "% General", "50 %"]  # the share table, on the header row
    assert rows[1][:3] == ["2", "RUT propietario", bad_rut()]
    assert rows[2] == ["3", "Superficie m2", "mucho", "no es un número"]
    assert not page.confirm_button.isEnabled()
    page.confirm()  # even if called, nothing happens
    assert ui_units(page) == 0


def ui_units(page: ImportPage) -> int:
    import sqlite3

    conn = sqlite3.connect(page.ctx.services.paths.database)
    try:
        return conn.execute("SELECT count(*) FROM units").fetchone()[0]
    finally:
        conn.close()


def test_confirm_imports_tells_the_screens_and_shows_everything_up_to_date(
    page: ImportPage, tmp_path: Path, _no_modal_dialogs
) -> None:
    heard = []
    page.ctx.listeners.append(heard.append)
    page.load_file(good_file(tmp_path))
    page.confirm_button.click()
    assert ui_units(page) == 4
    assert heard and heard[0].areas >= {"units", "people", "shares"}
    kind, text = _no_modal_dialogs[-1]
    assert kind == "information" and "4" in text and "unidades.xlsx" in text
    assert tab_counts(page) == ["0", "0", "4", "0"] and page.tabs.currentIndex() == UNCHANGED
    assert not page.confirm_button.isEnabled()


def test_changing_the_kind_checks_the_file_again(page: ImportPage, tmp_path: Path) -> None:
    path = keyed_xlsx(tmp_path / "p.xlsx", "suppliers", [{"tax_id": "12.345.678-5", "name": "Uno"}])
    page.load_file(path)
    assert tab_counts(page)[ERRORS] == "1"  # read as units: the columns are missing
    page.kind.setCurrentIndex(page.kind.findData("suppliers"))
    assert tab_counts(page) == ["1", "0", "0", "0"]


def test_save_templates_writes_the_six_files(
    page: ImportPage, tmp_path: Path, _no_modal_dialogs
) -> None:
    page.save_templates_to(tmp_path / "plantillas")
    assert len(list((tmp_path / "plantillas").glob("plantilla-*.xlsx"))) == 6
    assert _no_modal_dialogs[-1][0] == "information"
