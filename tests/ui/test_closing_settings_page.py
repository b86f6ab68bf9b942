"""Closing settings: the form shows the defaults, saves, warns when the rate exceeds the legal
cap, shows wrong values beside their fields with nothing saved, and reads only without the
permission. Argentina's second due date shows only for AR communities."""

from __future__ import annotations

import pytest

from kastor_desktop.ui.closing.settings_page import ClosingSettingsPage
from tests.closing_world import World, make_closing_world
from tests.factories import state


@pytest.fixture
def world(services, admin) -> World:
    return make_closing_world(services, admin)


@pytest.fixture
def community(services, admin, world):
    return services.communities.get(admin, world.community_id)


def test_save_the_settings_and_see_the_cap_warning(
    open_page, qtbot, ui_ctx, services, admin, community
):
    page = open_page(ClosingSettingsPage, community)
    assert (page.reserve_rate.text(), page.interest_rate.text(), page.interest_cap.text()) == (
        "5", "1", "1,5")  # fmt: skip
    assert page.interest_fund.currentText() == "Fondo común de reserva (por defecto)"
    assert not page.second_due_days.isVisibleTo(page) and not page.notes.isVisibleTo(page)
    assert not page.has_unsaved_changes()
    page.interest_rate.setText("2")
    page.interest_compound.setChecked(True)
    page.interest_fund.setCurrentIndex(page.interest_fund.findData("Fondo de obras"))
    page.payment_term_days.setValue(15)
    page.administrator.setText("María González")
    assert page.has_unsaved_changes()
    page.save()
    assert page.last_message == "Configuración del cierre guardada."
    row = services.closing_settings.get(admin, community.id)
    assert (row.interest_rate, row.interest_compound, row.interest_fund_name) == (
        "2", True, "Fondo de obras")  # fmt: skip
    assert (row.payment_term_days, row.administrator) == (15, "María González")
    assert page.notes.isVisibleTo(page) and "supera el tope legal" in page.notes.text()
    assert not page.has_unsaved_changes()


def test_a_fixed_reserve_needs_its_amount_shown_inline_and_nothing_saved(
    open_page, qtbot, ui_ctx, services, community
):
    page = open_page(ClosingSettingsPage, community)
    page.show()
    before = state(services)
    page.reserve_method.setCurrentIndex(page.reserve_method.findData("fixed"))
    assert page.reserve_amount.isVisibleTo(page) and not page.reserve_rate.isVisibleTo(page)
    page.interest_cap.setText("abc")
    page.save()
    assert page.error_text("reserve_amount") == "Indique el monto fijo mensual."
    assert page.error_text("interest_cap").startswith("Tope legal:")
    assert page.error_text("interest_rate") == ""
    assert state(services) == before


def test_without_the_permission_the_form_is_read_only(
    open_page, qtbot, ui_ctx, services, community
):
    from kastor_desktop.services.context import Grants

    ui_ctx.grants = Grants(community={community.id: frozenset({"communities.view"})})
    page = open_page(ClosingSettingsPage, community)
    assert not page.save_button.isEnabled() and not page.forms[0].isEnabled()
    assert (
        page.save_button.toolTip() == "No tiene permiso para cambiar la configuración del cierre."
    )
    page.save()
    assert page.last_message == ""


def test_argentina_shows_the_second_due_date(open_page, qtbot, ui_ctx, services, admin):
    from tests.factories import make_community_draft, valid_cuit

    draft = make_community_draft(country="AR", tax_id=valid_cuit(), code="PALMAS")
    community = services.communities.create(admin, draft).value
    page = open_page(ClosingSettingsPage, community)
    page.show()
    assert page.second_due_days.isVisibleTo(page) and page.second_due_surcharge.isVisibleTo(page)
    page.second_due_surcharge.setText("3")
    page.save()
    assert services.closing_settings.get(admin, community.id).second_due_surcharge == "3"


def test_f5_reloads_the_saved_settings(open_page, qtbot, ui_ctx, community, confirmations):
    from PySide6.QtGui import QKeySequence

    page = open_page(ClosingSettingsPage, community)
    page.interest_rate.setText("3")
    # offscreen windows never become active, so the F5 shortcut is found and triggered
    (f5,) = [a for a in page.actions() if a.shortcut() == QKeySequence("F5")]
    f5.trigger()
    assert confirmations == [("Configuración sin guardar", "¿Descartar los cambios sin guardar?")]
    assert page.interest_rate.text() == "1" and not page.has_unsaved_changes()
