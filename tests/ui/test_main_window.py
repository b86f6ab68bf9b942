"""A few whole-window checks: user menu, entering a community, the coming areas, status bar."""

from __future__ import annotations

import pytest

from kastor_desktop.ui.main_window import MainWindow
from tests.factories import make_community_draft


@pytest.fixture
def window(qtbot, ui_ctx):
    win = MainWindow(ui_ctx)
    qtbot.addWidget(win)
    return win


def test_header_shows_office_and_user_menu(window, ui_ctx):
    assert window.brand.text() == ui_ctx.services.office.profile().name
    assert window.user_button.text() == ui_ctx.actor.full_name
    texts = [a.text() for a in window.user_button.menu().actions() if a.text()]
    assert len(texts) == 3  # office home, my data, sign out


def test_enter_community_and_back_to_office_home(window, ui_ctx, services):
    community = services.communities.create(
        ui_ctx.actor, make_community_draft(name="Torre Vitacura")
    ).value
    window.home.page("communities").refresh()
    window.home.page("communities").table.selectRow(0)
    window.home.page("communities").activated()
    assert window.stack.currentWidget() is window.workspace
    assert "Torre Vitacura" in window.crumb.text()
    summary = window.workspace.page("summary")
    assert summary.values["code"].text() == community.code
    # master data areas, then the later areas, which say they are coming
    keys = [window.workspace.nav.item(i).data(256) for i in range(window.workspace.nav.count())]
    keys = [k for k in keys if k]  # section headings carry no key
    assert keys == [
        "summary", "units", "people", "shares", "suppliers", "workers", "accounts", "banks", "funds",
        "balances", "imports", "closing", "expenses", "recurring", "income", "meters", "charges",
        "fund_contributions", "closed", "closing_settings", "payments", "bank_import", "unit_accounts",
        "delinquency", "agreements", "certificates", "collection_settings",
        "reservations", "announcements",
    ]  # fmt: skip
    assert len(keys) == len(set(keys))  # pages are found by their key
    window.workspace.open("reservations")
    assert (
        window.workspace.page("reservations").findChild(type(window.crumb), "comingBadge")
        is not None
    )
    window.action_home.trigger()
    assert window.stack.currentWidget() is window.home
    assert window.workspace is None


def test_editing_the_community_inside_its_workspace_refreshes_it(window, ui_ctx, services):
    from kastor_desktop.services.communities import CommunityDraft

    community = services.communities.create(
        ui_ctx.actor, make_community_draft(name="Torre Vitacura")
    ).value
    window.enter_community(community.id)
    outcome = services.communities.update(
        ui_ctx.actor,
        community.id,
        CommunityDraft(
            name="Torre Vitacura Norte",
            email=community.email,
            phone=community.phone,
            tax_id=community.tax_id,
            address=community.address,
        ),
    )
    ui_ctx.changed(outcome.changes)
    assert "Torre Vitacura Norte" in window.crumb.text()
    assert "Norte" in window.workspace.page("summary").heading.text()


def test_deleted_community_returns_to_office_home(window, ui_ctx, services):
    community = services.communities.create(ui_ctx.actor, make_community_draft()).value
    window.enter_community(community.id)
    ui_ctx.changed(services.communities.delete(ui_ctx.actor, community.id).changes)
    assert window.stack.currentWidget() is window.home


def test_sign_out_emits_and_closes(window, qtbot):
    window.show()
    with qtbot.waitSignal(window.signed_out, timeout=1000):
        window.action_sign_out.trigger()
    assert not window.isVisible()


def test_status_bar_counts_pending_portal_events(window, ui_ctx, services):
    before = services.outbox_pending()
    ui_ctx.changed(services.communities.create(ui_ctx.actor, make_community_draft()).changes)
    assert services.outbox_pending() == before + 1
    assert str(before + 1) in window.status_sync.text()


def test_navigation_hides_areas_without_permission(qtbot, services, nobody, spanish):
    from kastor_desktop.ui.context import UiContext
    from kastor_desktop.ui.tasks import SyncRunner

    ctx = UiContext(services, SyncRunner(), nobody, services.auth.grants(nobody))
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    keys = [s.key for s in win.home.visible_specs()]
    assert keys == ["communities"]


# -- unsaved edits are asked about before the pages holding them go away -------------------------
@pytest.fixture
def typed_shares(window, services, admin, aromos):
    """Inside «Edificio Los Aromos» › Share tables, a percentage typed and not saved."""
    from PySide6.QtCore import Qt

    from kastor_desktop.services.units import UnitDraft
    from kastor_desktop.ui.community.share_grid import SHARE

    services.units.create(admin, aromos.id, UnitDraft("1", area_m2="30"))
    services.shares.create_table(admin, aromos.id, "General")
    window.enter_community(aromos.id)
    page = window.workspace.open("shares")
    page.grid.setData(page.grid.index(0, SHARE), "40", Qt.ItemDataRole.EditRole)
    assert page.has_unsaved_changes()
    return page


def test_office_home_asks_before_dropping_unsaved_shares(window, typed_shares, confirmations):
    confirmations.answer = False
    window.action_home.trigger()
    assert window.stack.currentWidget() is window.workspace
    assert window.workspace.page("shares") is typed_shares and typed_shares.has_unsaved_changes()
    [(title, text)] = confirmations
    assert "«Tablas de prorrateo»" in text
    confirmations.answer = True
    window.action_home.trigger()
    assert window.stack.currentWidget() is window.home and window.workspace is None


def test_entering_another_community_asks_first(
    window, typed_shares, services, admin, confirmations
):
    other = services.communities.create(admin, make_community_draft(name="Torre Vitacura")).value
    confirmations.answer = False
    window.enter_community(other.id)
    assert window.workspace.community.id == typed_shares.community.id
    assert len(confirmations) == 1
    window.enter_community(typed_shares.community.id)  # the same community: nothing to ask
    assert len(confirmations) == 1 and window.workspace.page("shares") is typed_shares
    confirmations.answer = True
    window.enter_community(other.id)
    assert window.workspace.community.id == other.id and len(confirmations) == 2


def test_switching_pages_inside_the_workspace_keeps_the_edits(window, typed_shares, confirmations):
    window.workspace.open("units")
    window.workspace.open("shares")
    assert window.workspace.page("shares") is typed_shares and typed_shares.has_unsaved_changes()
    assert confirmations == []


def test_sign_out_and_close_ask_once_about_unsaved_shares(
    window, typed_shares, qtbot, confirmations
):
    window.show()
    confirmations.answer = False
    with qtbot.assertNotEmitted(window.signed_out):
        window.action_sign_out.trigger()
    assert window.isVisible()
    assert not window.close()  # closing the window: answered No, the close is ignored
    assert window.isVisible() and len(confirmations) == 2
    confirmations.answer = True
    with qtbot.waitSignal(window.signed_out, timeout=1000):
        window.action_sign_out.trigger()
    assert not window.isVisible() and len(confirmations) == 3  # closing did not ask again


def test_closing_asks_about_an_unsaved_office_name(window, confirmations):
    window.show()
    profile = window.home.open("profile")
    window.close()
    assert confirmations == [] and not window.isVisible()  # nothing typed: nothing asked
    window.show()
    profile.name.setText("Otra administración")
    confirmations.answer = False
    assert not window.close() and window.isVisible()
    assert "«Perfil de administración»" in confirmations[-1][1]


def test_a_deleted_community_leaves_without_asking(
    window, typed_shares, ui_ctx, services, admin, confirmations
):
    ui_ctx.changed(services.communities.delete(admin, typed_shares.community.id).changes)
    assert window.stack.currentWidget() is window.home and confirmations == []


def test_a_cell_still_being_typed_counts_as_unsaved(
    window, services, admin, aromos, confirmations, qtbot
):
    from PySide6.QtWidgets import QLineEdit

    from kastor_desktop.services.units import UnitDraft
    from kastor_desktop.ui.community.share_grid import SHARE

    services.units.create(admin, aromos.id, UnitDraft("1", area_m2="30"))
    services.shares.create_table(admin, aromos.id, "General")
    window.show()
    window.enter_community(aromos.id)
    page = window.workspace.open("shares")
    index = page.grid.index(0, SHARE)
    page.view.setFocus()
    page.view.setCurrentIndex(index)
    page.view.edit(index)
    editor = window.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.setText("2,25")  # typed, no Enter yet
    assert not page.has_unsaved_changes()
    confirmations.answer = False
    window.action_home.trigger()
    assert confirmations and window.stack.currentWidget() is window.workspace
    assert page.has_unsaved_changes()
