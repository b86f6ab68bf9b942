"""«Convenios de pago»: the new-agreement form proposes a schedule that sums to the debt as its
fields change, shows the service's messages beside the fields, signs the agreement (listed with
its instalments), and cancels it with a reason; without the permission the buttons are gone and
a refusal from the service is shown, not a crash."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt

from kastor_desktop.domain.money import format_amount
from kastor_desktop.ui.collection.agreements_page import AgreementsPage
from tests.payments_world import make_payments_world


@pytest.fixture
def world(services, admin):  # type: ignore[no-untyped-def]
    return make_payments_world(services, admin)


@pytest.fixture
def community(services, admin, world):  # type: ignore[no-untyped-def]
    return services.communities.get(admin, world.community_id)


@pytest.fixture
def page(open_page, qtbot, community):  # type: ignore[no-untyped-def]
    shown = open_page(AgreementsPage, community)
    shown.resize(1200, 800)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def cells(model, row: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.data(model.index(row, c)) for c in range(model.columnCount())]


def test_the_preview_sums_to_the_debt_and_follows_the_fields(page, services, admin, world):
    dialog = page.new_dialog("B-201")
    debt = services.ledger.account(admin, world.community_id, "B-201").balance
    proposal = dialog.proposal
    assert proposal.debt == debt > 0
    assert sum(i.amount for i in proposal.schedule) == debt
    assert len(proposal.schedule) == dialog.instalments.value() == 6
    assert dialog.schedule.rowCount() == 6
    minimum = -(-debt * 30 // 100)  # 30 % rounded up
    assert proposal.schedule[0].amount == minimum
    assert dialog.first_amount.text() == format_amount(minimum, 0, "")
    assert "12 cuotas" in dialog.rules.text()
    dialog.instalments.setValue(3)
    dialog.update_preview()  # what the timer does once the user stops typing
    assert [i.number for i in dialog.proposal.schedule] == [1, 2, 3]
    assert sum(i.amount for i in dialog.proposal.schedule) == debt
    amount = dialog.schedule.data(dialog.schedule.index(0, 2))
    assert amount == format_amount(minimum)
    alignment = dialog.schedule.data(dialog.schedule.index(0, 2), Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & int(Qt.AlignmentFlag.AlignRight)


def test_a_first_instalment_below_the_minimum_shows_beside_its_field(page, services, admin):
    dialog = page.new_dialog("B-201")
    dialog.show()
    dialog.first_amount.setText("1")
    dialog._first_edited()
    dialog.update_preview()
    assert dialog.proposal is None and dialog.schedule.rowCount() == 0
    assert dialog.form.error_text("first_amount").startswith("Primera cuota: debe ser al menos")
    dialog.instalments.setValue(13)  # above the community's maximum: the spin box stops at 12
    assert dialog.instalments.value() == 12
    dialog.first_amount.setText("")
    dialog._first_edited()
    dialog.update_preview()
    assert dialog.form.error_text("first_amount") == "" and dialog.proposal is not None
    dialog.close()


def test_signing_lists_the_agreement_with_its_instalments(page, services, admin, world):
    dialog = page.new_dialog("B-201")
    dialog.instalments.setValue(4)
    dialog.update_preview()
    dialog.save()  # who approved it is required
    assert dialog.form.error_text("approved_by")
    assert services.agreements.list(admin, world.community_id) == []
    dialog.approved_by.setText("Comité de administración, acta N° 12")
    dialog.save()
    assert dialog.outcome is not None
    row = dialog.outcome.value
    page.select_agreement(row.id)
    assert page.agreements.rowCount() == 1
    first = cells(page.agreements, 0)
    debt = services.ledger.account(admin, world.community_id, "B-201").balance
    assert first[1:4] == ["B-201", "Carla Núñez", "15-01-2027"]
    assert first[4:8] == ["4", format_amount(debt), "$ 0", format_amount(debt)]
    assert first[8] == "Vigente"
    assert page.instalments.rowCount() == 4
    dues = [page.instalments.data(page.instalments.index(r, 1)) for r in range(4)]
    assert dues == ["15-01-2027", "15-02-2027", "15-03-2027", "15-04-2027"]
    log = services.collection_log.list(admin, world.community_id, "B-201")
    assert log[0].kind == "agreement"


def test_cancelling_asks_for_the_reason(page, services, admin, world):
    from kastor_desktop.services.agreements import AgreementDraft

    today = date(2027, 1, 15)
    draft = AgreementDraft(today, 3, None, today, "Comité, acta 3", today)
    services.agreements.create(admin, world.community_id, "A-102", draft)
    page.refresh()
    page.table.selectRow(0)
    assert page.cancel_button.isEnabled()
    dialog = page.cancel_dialog()
    dialog.save()
    assert dialog.form.error_text("reason")
    dialog.reason.setPlainText("El propietario pagó todo")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert cells(page.agreements, 0)[8] == "Anulado"
    assert "El propietario pagó todo" in page.caption.text()
    assert not page.cancel_button.isEnabled()
    page.status.setCurrentIndex(page.status.findData("active"))
    assert page.agreements.rowCount() == 0


def test_a_broken_agreement_is_highlighted(page, services, admin, world):
    from kastor_desktop.services.agreements import AgreementDraft

    signed = date(2026, 12, 2)  # the first instalment was due 44 days before the clock's day
    draft = AgreementDraft(signed, 2, None, signed, "Comité, acta 1", signed)
    services.ctx.clock = lambda: datetime(2026, 12, 2, 10, 0)
    services.agreements.create(admin, world.community_id, "B-201", draft)
    services.ctx.clock = lambda: datetime(2027, 1, 15, 10, 0)
    page.refresh()
    assert [r.status for r in page.agreements.rows()] == ["broken"]
    assert cells(page.agreements, 0)[8] == "Incumplido"
    colour = page.agreements.data(page.agreements.index(0, 0), Qt.ItemDataRole.BackgroundRole)
    assert colour is not None and colour.color().name() == "#fdecea"
    text = page.agreements.data(page.agreements.index(0, 8), Qt.ItemDataRole.ForegroundRole)
    assert text.color().name() == "#c0392b"


def viewer(services, admin, community_id):  # type: ignore[no-untyped-def]
    """The user «sinpermisos» given a role that may only view the community."""
    from kastor_desktop.domain import permissions
    from tests.factories import NOBODY

    role = services.roles.create(
        admin, "Consulta", permissions.COMMUNITY, ["communities.view"], [community_id]
    ).value.id
    services.users.update(admin, NOBODY.user_id, NOBODY.full_name, "", [role])
    return type(admin)(NOBODY.user_id, NOBODY.username, NOBODY.full_name)


def test_without_the_permission(open_page, ui_ctx, services, admin, community, _no_modal_dialogs):
    from kastor_desktop.services.context import Grants

    ui_ctx.actor = viewer(services, admin, community.id)
    ui_ctx.grants = services.auth.grants(ui_ctx.actor)
    shown = open_page(AgreementsPage, community)
    assert not shown.new_button.isVisibleTo(shown) and not shown.cancel_button.isVisibleTo(shown)
    # the screen believes it may (its grants are stale); the service refuses, shown in a box
    ui_ctx.grants = Grants(
        community={community.id: frozenset({"communities.view", "collection.manage"})}
    )
    dialog = shown.new_dialog("B-201")
    dialog.approved_by.setText("Comité, acta 9")
    dialog.save()
    assert dialog.outcome is None and dialog.buttons.isEnabled()
    assert _no_modal_dialogs[-1][0] == "warning" and "No tiene permiso" in _no_modal_dialogs[-1][1]
    assert services.agreements.list(admin, community.id) == []
