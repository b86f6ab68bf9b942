"""«Morosidad»: the owing units with their buckets exactly as services.delinquency.units gives
them, sorted by debt and age, filtered; the figures strip; the month-by-month chart painting the
history's values; the collection log and «Registrar gestión»; reminder letters for two units (a
PDF and outbox rows); the report; and a refusal from the service shown, not a crash."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt
from sqlalchemy import text

from kastor_desktop.domain.money import format_amount
from kastor_desktop.ui.collection.delinquency_model import D0_30, D31_60, DAYS, TOTAL, UNIT
from kastor_desktop.ui.collection.delinquency_page import DelinquencyPage
from tests.factories import outbox_rows
from tests.payments_world import make_payments_world

AS_OF = date(2027, 1, 15)


@pytest.fixture
def world(services, admin):  # type: ignore[no-untyped-def]
    return make_payments_world(services, admin)


@pytest.fixture
def community(services, admin, world):  # type: ignore[no-untyped-def]
    return services.communities.get(admin, world.community_id)


@pytest.fixture
def page(open_page, qtbot, community):  # type: ignore[no-untyped-def]
    shown = open_page(DelinquencyPage, community)
    shown.resize(1300, 860)
    shown.show()
    qtbot.waitExposed(shown)
    shown.set_as_of(AS_OF)
    return shown


def cells(page: DelinquencyPage, column: int) -> list[str]:
    model = page.model
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def test_the_owing_units_and_their_buckets_are_the_services(page, services, admin, world):
    expected = services.delinquency.units(admin, world.community_id, as_of=AS_OF)
    assert expected and page.model.total() == len(expected)
    shown = {r.unit_number: r.aging for r in page.model.rows()}
    assert shown == {r.unit_number: r.aging for r in expected}
    money = {r.unit_number: r for r in expected}
    for row, number in enumerate(cells(page, UNIT)):
        aging = money[number].aging
        assert page.model.data(page.model.index(row, D0_30)) == (
            format_amount(aging.d0_30) if aging.d0_30 else ""
        )
        assert page.model.data(page.model.index(row, D31_60)) == (
            format_amount(aging.d31_60) if aging.d31_60 else ""
        )
        assert page.model.data(page.model.index(row, TOTAL)) == format_amount(aging.owed)
    alignment = page.model.data(page.model.index(0, TOTAL), Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & int(Qt.AlignmentFlag.AlignRight)
    from kastor_desktop.services.delinquency import totals

    total = totals(expected)
    assert page.cards["owed"].text() == format_amount(total.owed)
    assert page.cards["overdue"].text() == format_amount(total.overdue)
    assert page.cards["units"].text() == str(sum(1 for r in expected if r.aging.overdue))


def test_sorted_by_debt_then_by_age_and_filtered(page, services, admin, world):
    owed = [r.aging.owed for r in page.model.rows()]
    assert owed == sorted(owed, reverse=True)  # the page opens on the largest debt
    page.table.sortByColumn(TOTAL, Qt.SortOrder.AscendingOrder)
    assert [r.aging.owed for r in page.model.rows()] == sorted(owed)
    page.table.sortByColumn(DAYS, Qt.SortOrder.DescendingOrder)
    days = [r.aging.days for r in page.model.rows()]
    assert days == sorted(days, reverse=True)
    everyone = page.model.rowCount()
    page.search.setText("Bruno")
    assert [r.owner_name for r in page.model.rows()] == ["Bruno Díaz"]
    page.search.setText("")
    page.min_age.setCurrentIndex(page.min_age.findData(31))
    assert page.model.rows() and all(r.aging.days >= 31 for r in page.model.rows())
    assert page.model.rowCount() < everyone or all(r.aging.days >= 31 for r in page.rows)
    page.min_age.setCurrentIndex(page.min_age.findData(91))
    assert page.model.rowCount() == 0
    page.min_age.setCurrentIndex(0)
    page.agreement.setCurrentIndex(page.agreement.findData("with"))
    assert page.model.rowCount() == 0  # no agreement signed yet
    page.agreement.setCurrentIndex(0)
    page.top.setChecked(True)
    assert page.model.rowCount() == min(everyone, 10)
    ranking = [r.aging.owed for r in page.model.rows()]
    assert ranking == sorted(ranking, reverse=True)


def test_the_chart_paints_the_history_month_by_month(page, services, admin, world):
    history = services.delinquency.history(admin, world.community_id, months=12, as_of=AS_OF)
    assert page.chart.values() == [m.overdue for m in history]
    assert page.chart.labels()[-1] == "ene 2027" and page.chart.labels()[-2] == "dic 2026"
    assert any(page.chart.values())
    image = page.chart.grab().toImage()
    assert not image.isNull() and image.width() > 300
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 7)
               for y in range(0, image.height(), 7)}  # fmt: skip
    assert "#1f4e79" in colours  # the newest month's bar is painted
    rects = page.chart.bar_rects()
    assert len(rects) == len(history)
    tallest = max(range(len(history)), key=lambda i: history[i].overdue)
    assert rects[tallest].height() == max(r.height() for r in rects) > 0
    assert page.chart.bar_at(rects[-1].center().x()) == len(history) - 1
    assert format_amount(history[-1].overdue) in page.chart.tip(len(history) - 1)


def test_recording_an_action_through_the_dialog_adds_it_to_the_log(page, services, admin, world):
    page.select_units("B-201")
    assert page.log.unit.unit_number == "B-201" and page.log.model.rowCount() == 0
    dialog = page.log.make_dialog()
    dialog.kind.setCurrentIndex(dialog.kind.findData("call"))
    dialog.note.setPlainText("Promete pagar el viernes")
    dialog.next_step.setText("Llamar de nuevo")
    dialog.next_on.setText("31-02-2027")
    dialog.save()
    assert dialog.form.error_text("next_on").startswith("Fecha del próximo paso")
    assert services.collection_log.list(admin, world.community_id, "B-201") == []
    dialog.next_on.setText("22-01-2027")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    logged = services.collection_log.list(admin, world.community_id, "B-201")
    assert [(a.kind, a.note, a.next_on) for a in logged] == [
        ("call", "Promete pagar el viernes", date(2027, 1, 22))
    ]
    log = page.log.model
    assert log.rowCount() == 1
    assert [log.data(log.index(0, c)) for c in range(3)] == ["15-01-2027", "Llamada", "Temprana"]
    shown = next(r for r in page.model.rows() if r.unit_number == "B-201")
    assert shown.last_action == "Llamada, 15-01-2027"  # the list was read again


def test_reminder_letters_for_two_units_make_one_pdf_and_queue_the_e_mail(
    page, services, admin, world, _no_modal_dialogs
):
    with services.ctx.sessions() as session:
        session.execute(
            text("UPDATE people SET emails = 'bruno@example.cl' WHERE full_name = 'Bruno Díaz'")
        )
        session.commit()
    before = len(outbox_rows(services))
    page.select_units("A-102", "B-201")
    assert sorted(r.unit_number for r in page.selected_units()) == ["A-102", "B-201"]
    assert page.letters_button.isEnabled()
    page.letters_button.click()
    result = page.last_reminders
    assert (result.letters, result.emails_queued, result.without_email) == (2, 1, ["B-201"])
    assert page.viewer is not None and page.viewer.page_count() >= 2
    assert len(PdfReader(str(result.path)).pages) >= 2
    queued = [p for kind, p in outbox_rows(services)[before:] if kind == "reminder.email"]
    assert [(p["unit"], p["email"]) for p in queued] == [("A-102", "bruno@example.cl")]
    kind, text_ = _no_modal_dialogs[-1]
    assert kind == "information" and "B-201" in text_


def test_the_report_of_the_community_as_excel(page, tmp_path, services, admin, world):
    target = tmp_path / "morosidad.xlsx"
    page.ask_report_path = lambda name, fmt: str(target)
    page.report("xlsx")
    book = load_workbook(target, read_only=True)
    texts = [str(c) for row in book.worksheets[0].iter_rows(values_only=True) for c in row if c]
    owing = services.delinquency.units(admin, world.community_id, as_of=AS_OF)
    assert all(any(r.unit_number == t for t in texts) for r in owing)
    assert str(target) in page.last_message
    office = tmp_path / "morosidad-oficina.pdf"
    page.ask_report_path = lambda name, fmt: str(office)
    page.report("pdf", office=True)
    assert page.viewer is not None and page.viewer.path == office
    assert (
        page.viewer.page_count() >= 1 and "A-102" in PdfReader(str(office)).pages[0].extract_text()
    )


def test_a_user_without_collection_rights_gets_the_refusal_not_a_crash(
    page, ui_ctx, nobody, services, world, _no_modal_dialogs
):
    ui_ctx.actor = nobody  # the screen still believes it may (grants read at sign-in)
    page.select_units("A-102")
    page.reminders()
    assert _no_modal_dialogs and _no_modal_dialogs[-1][0] == "warning"
    assert "No tiene permiso" in _no_modal_dialogs[-1][1]
    assert page.last_reminders is None


def test_without_the_permission_the_actions_are_off(open_page, ui_ctx, community):
    from kastor_desktop.services.context import Grants

    ui_ctx.grants = Grants(community={community.id: frozenset({"communities.view"})})
    shown = open_page(DelinquencyPage, community)
    shown.set_as_of(AS_OF)
    shown.select_units("A-102")
    assert not shown.letters_button.isEnabled() and not shown.agreement_button.isEnabled()
    assert not shown.certificate_button.isEnabled()
    assert not shown.log.add_button.isVisibleTo(shown)


def test_the_agreement_and_certificate_shortcuts_open_on_the_selected_unit(page):
    page.select_units("B-201")
    agreement = page.agreement_dialog()
    assert agreement.unit_number() == "B-201" and agreement.proposal is not None
    certificate = page.certificate_dialog()
    assert certificate.unit_number() == "B-201" and certificate.preview.debt > 0


def test_a_payment_recorded_elsewhere_refreshes_the_list(page, ui_ctx, services, admin, world):
    before = next(r for r in page.model.rows() if r.unit_number == "B-201").aging.owed
    page.select_units("B-201")
    outcome = services.payments.record(admin, world.community_id, "B-201", 20_000, "14-01-2027")
    ui_ctx.changed(outcome.changes)  # what the payments screen does after saving
    after = next(r for r in page.model.rows() if r.unit_number == "B-201").aging.owed
    assert after == before - 20_000
    assert page.cards["owed"].text() == format_amount(
        sum(r.aging.owed for r in services.delinquency.units(admin, world.community_id, AS_OF))
    )
    assert [r.unit_number for r in page.selected_units()] == ["B-201"]  # still chosen
    assert page.log.unit.unit_number == "B-201"


def test_cancelling_the_reminder_letters_leaves_nothing(page, ui_ctx, services, admin, world):
    import inspect

    from tests.ui.runners import CancellingRunner

    if "progress" not in inspect.signature(services.delinquency.send_reminders).parameters:
        pytest.skip(
            "services.delinquency.send_reminders takes no progress yet: Cancel cannot stop it"
        )
    before = len(outbox_rows(services))
    ui_ctx.runner = CancellingRunner(at=1)
    page.select_units("A-102", "B-201")
    page.reminders()
    assert page.last_reminders is None and page.viewer is None
    assert len(outbox_rows(services)) == before
    assert services.collection_log.list(admin, world.community_id, "A-102") == []
    assert not page.reminders_path().exists()
