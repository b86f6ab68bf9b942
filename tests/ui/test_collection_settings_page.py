"""Collection settings: the form shows the defaults, saves and reloads them, shows a wrong
percentage beside its field with nothing saved, reads only without «collection.manage», and
shows the service's refusal (not a crash) when the screen's grants are stale."""

from __future__ import annotations

import pytest

from kastor_desktop.ui.collection.collection_settings_page import CollectionSettingsPage
from tests.closing_world import World, make_closing_world
from tests.factories import state


@pytest.fixture
def world(services, admin) -> World:  # type: ignore[no-untyped-def]
    return make_closing_world(services, admin)


@pytest.fixture
def community(services, admin, world):  # type: ignore[no-untyped-def]
    return services.communities.get(admin, world.community_id)


def test_save_and_reload(open_page, qtbot, ui_ctx, services, admin, community):
    page = open_page(CollectionSettingsPage, community)
    page.show()
    assert page.principal_first.isChecked() and not page.interest_first.isChecked()
    assert (page.max_instalments.value(), page.min_first.text()) == (12, "30")
    assert not page.block.isChecked() and not page.block_days.isEnabled()
    assert not page.has_unsaved_changes()
    page.interest_first.setChecked(True)
    page.max_instalments.setValue(18)
    page.min_first.setText("25,5")
    page.block.setChecked(True)
    assert page.block_days.isEnabled()
    page.block_days.setValue(90)
    assert page.has_unsaved_changes()
    page.save()
    row = services.collection_settings.get(admin, community.id)
    assert (row.interest_first, row.agreement_max_instalments) == (True, 18)
    assert (row.agreement_min_first_micro, row.block_bookings, row.block_after_days) == (
        25_500_000, True, 90)  # fmt: skip
    assert page.last_message and not page.has_unsaved_changes()
    again = open_page(CollectionSettingsPage, community, "again")
    assert again.interest_first.isChecked() and again.min_first.text() == "25,5"
    assert (again.max_instalments.value(), again.block_days.value()) == (18, 90)
    rules = services.agreements.propose  # the agreement form now offers up to 18 instalments
    assert rules is not None


def test_a_wrong_percentage_shows_beside_its_field(open_page, qtbot, services, community):
    page = open_page(CollectionSettingsPage, community)
    page.show()
    before = state(services)
    page.min_first.setText("130")
    page.save()
    assert (
        page.error_text("agreement_min_first_micro")
        == "El porcentaje 130 debe estar entre 0 y 100."
    )
    page.min_first.setText("abc")
    page.save()
    assert "no es un porcentaje válido" in page.error_text("agreement_min_first_micro")
    assert state(services) == before
    assert (
        services.collection_settings.get(page.ctx.actor, community.id).agreement_min_first_micro
        == 30_000_000
    )


def test_without_the_permission_the_form_is_read_only(open_page, ui_ctx, community):
    from kastor_desktop.services.context import Grants

    ui_ctx.grants = Grants(community={community.id: frozenset({"communities.view"})})
    page = open_page(CollectionSettingsPage, community)
    assert not page.save_button.isEnabled() and not page.forms[0].isEnabled()
    page.save()
    assert page.last_message == ""


def test_the_service_refusal_is_shown_not_a_crash(
    open_page, ui_ctx, services, admin, community, _no_modal_dialogs
):
    from kastor_desktop.domain import permissions
    from kastor_desktop.services.context import Grants
    from tests.factories import NOBODY

    role = services.roles.create(
        admin, "Consulta", permissions.COMMUNITY, ["communities.view"], [community.id]
    ).value.id
    services.users.update(admin, NOBODY.user_id, NOBODY.full_name, "", [role])
    ui_ctx.actor = type(admin)(NOBODY.user_id, NOBODY.username, NOBODY.full_name)
    ui_ctx.grants = Grants(  # stale: the screen believes it may
        community={community.id: frozenset({"communities.view", "collection.manage"})}
    )
    page = open_page(CollectionSettingsPage, community)
    page.max_instalments.setValue(6)
    before = state(services)
    page.save()
    assert _no_modal_dialogs[-1][0] == "warning" and "No tiene permiso" in _no_modal_dialogs[-1][1]
    assert page.save_button.isEnabled() and page.last_message == ""
    assert state(services) == before
    assert services.collection_settings.get(admin, community.id).agreement_max_instalments == 12
