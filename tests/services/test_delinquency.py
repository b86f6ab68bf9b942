"""Delinquency: aging per unit and per community, office-wide totals, the month-by-month
history, the booking block and the reminder letters, on the payments world (AROMOS: November
due 11-12-2026, December due 11-01-2027; A-101 paid November; clock 2027-01-15)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from kastor_desktop.domain import permissions
from kastor_desktop.services.agreements import AgreementDraft
from kastor_desktop.services.collection_log import ActionDraft
from kastor_desktop.services.collection_settings import CollectionSettingsRow
from kastor_desktop.services.delinquency import totals
from kastor_desktop.services.errors import PermissionDenied, ValidationFailed
from tests.factories import outbox_rows, state
from tests.payments_world import make_payments_world


@pytest.fixture
def world(services, admin):
    return make_payments_world(services, admin)


def by_unit(rows):
    return {r.unit_number: r for r in rows}


def set_emails(services, **emails):
    with services.ctx.sessions() as session:
        for name, email in emails.items():
            session.execute(
                text("UPDATE people SET emails = :e WHERE full_name = :n"),
                {"e": email, "n": name.replace("_", " ")},
            )
        session.commit()


def test_units_age_their_debt_and_sort_by_number(services, admin, world):
    rows = services.delinquency.units(admin, world.community_id)
    assert [r.unit_number for r in rows] == ["A-101", "A-102", "B-201", "B-202"]
    a102 = by_unit(rows)["A-102"]
    assert (a102.aging.d31_60, a102.aging.d0_30) == (31_500, 63_203)
    assert a102.days == 35 and a102.overdue == a102.balance == 94_703
    assert a102.owner_name == "Bruno Díaz" and a102.community_code == "AROMOS"
    assert (a102.last_action, a102.stage, a102.agreement, a102.blocked) == ("", "", "", False)


# A-102 owes November (31.500, due 11-12-2026) and December (63.203, due 11-01-2027)
@pytest.mark.parametrize(
    ("on", "buckets"),
    [
        (date(2027, 1, 10), (63_203, 31_500, 0, 0, 0)),  # November 30 days late
        (date(2027, 1, 11), (63_203, 0, 31_500, 0, 0)),  # 31; December due today
        (date(2027, 2, 9), (0, 63_203, 31_500, 0, 0)),  # 60
        (date(2027, 2, 10), (0, 63_203, 0, 31_500, 0)),  # 61; December 30
        (date(2027, 2, 11), (0, 0, 63_203, 31_500, 0)),  # December 31
        (date(2027, 3, 11), (0, 0, 63_203, 31_500, 0)),  # 90
        (date(2027, 3, 12), (0, 0, 63_203, 0, 31_500)),  # 91
    ],
)
def test_debt_moves_bucket_at_each_boundary(services, admin, world, on, buckets):
    aging = by_unit(services.delinquency.units(admin, world.community_id, on))["A-102"].aging
    assert (aging.current, aging.d0_30, aging.d31_60, aging.d61_90, aging.d90) == buckets
    assert aging.days == (on - date(2026, 12, 11)).days and aging.owed == 94_703


def test_not_yet_due_debt_is_owed_but_not_overdue(services, admin, world):
    aging = by_unit(services.delinquency.units(admin, world.community_id, date(2027, 1, 5)))
    a101 = aging["A-101"].aging
    assert (a101.current, a101.overdue, a101.days) == (63_000, 0, 0)


def test_interest_first_changes_which_debts_stay_open(services, admin, world):
    cid = world.community_id
    services.payments.record(admin, cid, "B-201", 21_000, "15-01-2027")
    principal_first = by_unit(services.delinquency.units(admin, cid))["B-201"].aging
    assert principal_first.d31_60 == 0 and principal_first.d0_30 == 42_135
    services.collection_settings.save(admin, cid, CollectionSettingsRow(interest_first=True))
    interest_first = by_unit(services.delinquency.units(admin, cid))["B-201"].aging
    assert interest_first.d31_60 == 135  # the interest took 135 of November's principal
    assert interest_first.d0_30 == 42_000
    assert interest_first.owed == principal_first.owed == 42_135


def test_only_owing_and_every_unit(services, admin, world):
    cid = world.community_id
    services.payments.record(admin, cid, "A-101", 70_000, "15-01-2027")
    owing = by_unit(services.delinquency.units(admin, cid))
    assert "A-101" not in owing
    everyone = by_unit(services.delinquency.units(admin, cid, only_owing=False))
    assert everyone["A-101"].aging.credit == 7_000 and everyone["A-101"].balance == -7_000


def test_office_totals_are_the_sum_of_its_communities(services, admin, world):
    other = make_payments_world(services, admin, code="BOSQUE")
    services.payments.record(admin, other.community_id, "B-202", 10_000, "14-01-2027")
    office = services.delinquency.office(admin)
    assert [r.community_code for r in office][:4] == ["AROMOS"] * 4
    aromos = services.delinquency.units(admin, world.community_id)
    bosque = services.delinquency.units(admin, other.community_id)
    assert len(office) == len(aromos) + len(bosque) == 8
    whole, a, b = totals(office), totals(aromos), totals(bosque)
    for name in ("current", "d0_30", "d31_60", "d61_90", "d90", "owed", "overdue"):
        assert getattr(whole, name) == getattr(a, name) + getattr(b, name)
    assert whole.owed == 283_973 + 283_973 - 10_000


def test_office_lists_only_the_communities_the_user_may_view(services, admin, nobody, world):
    other = make_payments_world(services, admin, code="BOSQUE")
    role = services.roles.create(
        admin, "Cobranza Bosque", permissions.COMMUNITY, ["communities.view"], [other.community_id]
    ).value.id
    services.users.update(admin, nobody.user_id, nobody.full_name, "", [role])
    assert {r.community_code for r in services.delinquency.office(nobody)} == {"BOSQUE"}
    with pytest.raises(PermissionDenied):
        services.delinquency.units(nobody, world.community_id)


def test_history_month_by_month(services, admin, world):
    history = services.delinquency.history(admin, world.community_id, months=4)
    assert [(m.year, m.month) for m in history] == [(2026, 10), (2026, 11), (2026, 12), (2027, 1)]
    assert [(m.overdue, m.owed, m.units_overdue) for m in history] == [
        (0, 0, 0),
        (0, 0, 0),  # November's notices were issued on 01-12-2026
        (73_500, 73_500, 3),  # at 31-12-2026: November unpaid by A-102, B-201, B-202
        (283_973, 283_973, 4),  # at 15-01-2027 (today)
    ]


def test_last_action_and_stage_come_from_the_log(services, admin, world):
    cid = world.community_id
    services.collection_log.add(admin, cid, "B-201", ActionDraft("10-01-2027", "call", "early"))
    services.collection_log.add(
        admin, cid, "B-201", ActionDraft("12-01-2027", "lawyer", "judicial")
    )
    row = by_unit(services.delinquency.units(admin, cid))["B-201"]
    assert (row.last_action, row.stage) == ("Derivado a abogado, 12-01-2027", "judicial")
    before = by_unit(services.delinquency.units(admin, cid, date(2027, 1, 11)))["B-201"]
    assert before.last_action == "Llamada, 10-01-2027"


def test_booking_block_rule(services, admin, world):
    cid = world.community_id
    allowed, reason = services.delinquency.may_book(admin, cid, "A-102")
    assert allowed and "no bloquea" in reason
    services.collection_settings.save(
        admin, cid, CollectionSettingsRow(block_bookings=True, block_after_days=30)
    )
    allowed, reason = services.delinquency.may_book(admin, cid, "A-102")
    assert not allowed
    assert "A-102" in reason and "35 días" in reason and "$ 94.703" in reason
    assert services.delinquency.may_book(admin, cid, "A-101")[0]  # 4 days overdue
    assert services.delinquency.may_book(admin, cid, "A-102", date(2027, 1, 10))[0]  # 30 days
    rows = by_unit(services.delinquency.units(admin, cid))
    assert rows["A-102"].blocked and not rows["A-101"].blocked
    services.agreements.create(
        admin, cid, "A-102", AgreementDraft("15-01-2027", 6, approved_by="Comité, acta 3",
                                            approved_on="14-01-2027"),
    )  # fmt: skip
    allowed, reason = services.delinquency.may_book(admin, cid, "A-102")
    assert allowed and "convenio de pago vigente" in reason
    row = by_unit(services.delinquency.units(admin, cid))["A-102"]
    assert row.agreement == "active" and not row.blocked
    with pytest.raises(ValidationFailed):
        services.delinquency.may_book(admin, cid, "Z-999")


def test_reminders_write_one_pdf_queue_emails_and_log(services, admin, world, tmp_path):
    cid = world.community_id
    set_emails(services, Bruno_Díaz="bruno@example.cl; otro@example.cl")
    path = tmp_path / "cartas.pdf"
    outcome = services.delinquency.send_reminders(admin, cid, ["A-102", "B-201"], path)
    result = outcome.value
    assert (result.letters, result.emails_queued, result.without_email) == (2, 1, ["B-201"])
    assert result.path == path and outcome.changes.touches("delinquency")
    pages = [page.extract_text() for page in PdfReader(path).pages]
    assert len(pages) == 2
    assert "Bruno Díaz" in pages[0] and "A-102" in pages[0] and "$ 94.703" in pages[0]
    assert "Carla Núñez" in pages[1] and "$ 63.135" in pages[1]
    assert "AROMOS-B201" in pages[1] and "Banco de Chile" in pages[1]
    assert "Fondo de reserva, noviembre 2026" in pages[1]
    reminders = [p for kind, p in outbox_rows(services) if kind == "reminder.email"]
    assert reminders == [
        {
            "community": "AROMOS",
            "unit": "A-102",
            "email": "bruno@example.cl",
            "amount": 94_703,
            "overdue": 94_703,
            "as_of": "2027-01-15",
        }
    ]
    a102 = services.collection_log.list(admin, cid, "A-102")
    assert [a.kind for a in a102] == ["email", "letter"]
    assert "bruno@example.cl" in a102[0].note and "$ 94.703" in a102[1].note
    assert [a.kind for a in services.collection_log.list(admin, cid, "B-201")] == ["letter"]


def test_reminders_refuse_units_that_owe_nothing_and_save_nothing(
    services, admin, nobody, world, tmp_path
):
    cid = world.community_id
    services.payments.record(admin, cid, "A-101", 63_000, "15-01-2027")
    before = state(services)
    folder = tmp_path / "cartas"
    folder.mkdir()
    path = folder / "cartas.pdf"
    with pytest.raises(ValidationFailed) as error:
        services.delinquency.send_reminders(admin, cid, ["A-101", "A-102"], path)
    assert "No deben nada" in error.value.errors["units"] and "A-101" in error.value.errors["units"]
    with pytest.raises(ValidationFailed) as error:
        services.delinquency.send_reminders(admin, cid, ["A-102", "Z-9"], path)
    assert "«Z-9»" in error.value.errors["units"]
    with pytest.raises(PermissionDenied):
        services.delinquency.send_reminders(nobody, cid, ["A-102"], path)
    assert state(services) == before and not path.exists()
    assert not list(folder.iterdir())


def test_the_report_is_written_for_a_community_and_for_the_office(services, admin, world, tmp_path):
    from openpyxl import load_workbook

    services.ctx.clock = lambda: datetime(2027, 1, 15, 10, 0)
    book = services.delinquency.report(admin, world.community_id, tmp_path / "m.xlsx")
    sheet = load_workbook(book)["Morosidad"]
    units = [r[0] for r in sheet.iter_rows(min_row=2, values_only=True)]
    assert units == ["A-101", "A-102", "B-201", "B-202", "Total"]
    office = services.delinquency.report(admin, None, tmp_path / "o.pdf", "pdf")
    assert "Resumen por comunidad" in PdfReader(office).pages[0].extract_text()
