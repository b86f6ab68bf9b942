"""Meter readings: configure a meter, type readings in the grid (consumption live, rollover
shown, wrong numbers flagged), save them together, refusals named by unit, unsaved readings
confirmed before switching service, delete a meter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kastor_desktop.services.meters import MeterSetDraft
from kastor_desktop.ui.closing.meter_grid import CONSUMPTION, CURRENT, PREVIOUS, PROBLEM
from kastor_desktop.ui.closing.meter_set_dialog import MeterSetDialog
from kastor_desktop.ui.closing.meters_page import MetersPage
from tests.closing_world import World, make_closing_world
from tests.factories import state


@pytest.fixture
def world(services, admin) -> World:
    return make_closing_world(services, admin)


@pytest.fixture
def community(services, admin, world):
    return services.communities.get(admin, world.community_id)


def type_reading(page: MetersPage, unit: str, column: int, text: str) -> None:
    grid = page.grid
    row = next(r for r in range(grid.rowCount()) if grid.data(grid.index(r, 0)) == unit)
    grid.setData(grid.index(row, column), text, Qt.ItemDataRole.EditRole)


def shown(page: MetersPage, unit: str, column: int) -> str:
    grid = page.grid
    row = next(r for r in range(grid.rowCount()) if grid.data(grid.index(r, 0)) == unit)
    return grid.data(grid.index(row, column))


def test_configure_a_meter_through_its_dialog(open_page, qtbot, ui_ctx, services, admin, community):
    page = open_page(MetersPage, community)
    assert page.title.text() == "Lecturas de medidores de noviembre 2026 (mes abierto)"
    assert [s.label for s in page.sets_model.rows()] == ["Agua", "Agua caliente", "Gas"]
    assert not page.delete_button.isEnabled()
    draft = services.meters.draft_for(admin, community.id, "water")
    dialog = MeterSetDialog(ui_ctx, community, draft, page.period, [("02.01", "Agua")], page)
    qtbot.addWidget(dialog)
    dialog.account.setCurrentIndex(dialog.account.findData("02.01"))
    dialog.price.setText("1.234,5678")
    dialog.main_previous.setText("1.000")
    dialog.main_current.setText("1.400")
    dialog.digits.setText("5")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    water = page.chosen_set()
    assert water is not None and (water.price, water.digits) == ("1.234,5678", 5)
    assert page.sets_model.data(page.sets_model.index(0, 2)) == "1.000 → 1.400"
    assert "Medidor general: 400 m³" in page.totals.text()
    assert page.delete_button.isEnabled()


def test_a_wrong_main_reading_shows_inline_and_nothing_is_saved(
    open_page, qtbot, ui_ctx, services, admin, community
):
    page = open_page(MetersPage, community)
    before = state(services)
    draft = services.meters.draft_for(admin, community.id, "gas")
    dialog = MeterSetDialog(ui_ctx, community, draft, page.period, [("02.01", "Agua")], page)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.price.setText("900")
    dialog.main_previous.setText("uno")
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "no es un número" in dialog.form.error_text("main_previous")
    assert dialog.form.error_text("account") == "Indique la cuenta con que se cobra el consumo."
    assert state(services) == before


def test_type_readings_see_the_rollover_and_save_them(
    open_page, qtbot, ui_ctx, services, admin, community, world
):
    services.meters.save_set(
        admin, community.id, MeterSetDraft("Agua", "02.01", "", "1000", "1400", "5")
    )
    page = open_page(MetersPage, community)
    assert not page.save_button.isEnabled()
    type_reading(page, "A-101", PREVIOUS, "100")
    type_reading(page, "A-101", CURRENT, "130")
    assert shown(page, "A-101", CONSUMPTION) == "30 m³"
    type_reading(page, "A-102", PREVIOUS, "99.990")
    type_reading(page, "A-102", CURRENT, "40")
    assert shown(page, "A-102", CONSUMPTION) == "50 m³ ↻ dio la vuelta"
    type_reading(page, "B-201", CURRENT, "abc")
    assert "no es un número" in shown(page, "B-201", PROBLEM)
    assert page.has_unsaved_changes() and page.save_button.isEnabled()
    assert "Unidades: 80 m³" in page.totals.text()
    assert "Diferencia a repartir: 320 m³" in page.totals.text()
    assert "1 medidor dio la vuelta" in page.totals.text()
    page.save()  # a wrong row stops the save before calling the service
    assert page.problem.text().startswith("Corrija primero las lecturas: B-201:")
    assert services.meters.readings(admin, community.id, "water")[0].current is None
    type_reading(page, "B-201", CURRENT, "")
    page.save()
    assert not page.has_unsaved_changes()
    assert page.last_message == "Lecturas de agua guardadas."
    saved = {r.number: (r.previous, r.current, r.consumption, r.rolled_over)
             for r in services.meters.readings(admin, community.id, "water")}  # fmt: skip
    assert saved["A-101"] == (100, 130, 30, False)
    assert saved["A-102"] == (99_990, 40, 50, True)
    assert saved["B-201"][1] is None
    assert shown(page, "A-102", CONSUMPTION) == "50 m³ ↻ dio la vuelta"


def test_the_service_refusal_is_listed_by_unit(
    open_page, qtbot, ui_ctx, services, admin, community, world
):
    services.meters.save_set(admin, community.id, MeterSetDraft("Agua", "", "", "", "", "3"))
    page = open_page(MetersPage, community)
    page.grid.digits = None  # the screen thinks the meters have no digits (changed meanwhile)
    type_reading(page, "A-101", PREVIOUS, "100")
    type_reading(page, "A-101", CURRENT, "1.500")
    page.save()
    assert page.problem.text().startswith("No se guardó ninguna lectura:")
    assert "Unidad A-101:" in page.problem.text()
    assert "no cabe en un medidor de 3 dígitos" in shown(page, "A-101", PROBLEM)
    assert page.has_unsaved_changes()
    assert services.meters.readings(admin, community.id, "water")[0].current is None


def test_unsaved_readings_are_confirmed_before_switching_service(
    open_page, qtbot, ui_ctx, services, community, confirmations
):
    page = open_page(MetersPage, community)
    type_reading(page, "A-101", CURRENT, "5")
    confirmations.answer = False
    page.sets_view.selectRow(2)
    assert page.current == "water" and shown(page, "A-101", CURRENT) == "5"
    assert confirmations[-1][0] == "Lecturas sin guardar"
    confirmations.answer = True
    page.sets_view.selectRow(2)
    assert page.current == "gas" and not page.has_unsaved_changes()


def test_delete_a_meter_after_confirmation(
    open_page, qtbot, ui_ctx, services, admin, community, world, confirmations
):
    services.meters.save_set(admin, community.id, MeterSetDraft("Gas"))
    services.meters.set_readings(admin, community.id, "gas", {world.units["A-101"]: (1, 3)})
    page = open_page(MetersPage, community)
    page.sets_view.selectRow(2)
    page.delete_set()
    assert confirmations[-1][1] == "¿Eliminar el medidor de gas y su 1 lectura del mes?"
    assert services.meters.sets(admin, community.id) == []
    assert page.chosen_set() is None


def test_leaving_the_community_with_typed_readings_asks_first(
    qtbot, ui_ctx, services, community, confirmations
):
    from kastor_desktop.ui.community.workspace import CommunityWorkspace

    workspace = CommunityWorkspace(ui_ctx, community.id)
    qtbot.addWidget(workspace)
    page = workspace.open("meters")
    assert isinstance(page, MetersPage)
    type_reading(page, "A-101", CURRENT, "5")
    confirmations.answer = False
    assert not workspace.confirm_leave()
    assert "«Lecturas de medidores»" in confirmations[-1][1]
    page.revert()
    assert workspace.confirm_leave()
