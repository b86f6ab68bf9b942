"""A community's collection rules: defaults, saving, Spanish validation, audit, permission."""

from __future__ import annotations

import pytest

from kastor_desktop.services.collection_settings import CollectionSettingsRow
from kastor_desktop.services.errors import ValidationFailed
from tests.factories import assert_refused, make_chilean_community


@pytest.fixture
def cid(services, admin):
    return make_chilean_community(services, admin).id


def test_defaults_until_saved(services, admin, cid):
    row = services.collection_settings.get(admin, cid)
    assert row == CollectionSettingsRow(False, 12, 30_000_000, False, 60)
    assert row.min_first_percent == "30"


def test_save_stores_audits_and_reports_changes(services, admin, cid):
    wanted = CollectionSettingsRow(True, 18, 25_500_000, True, 45)
    outcome = services.collection_settings.save(admin, cid, wanted)
    assert outcome.value == wanted and outcome.changes.touches("delinquency")
    assert services.collection_settings.get(admin, cid) == wanted
    assert services.collection_settings.get(admin, cid).min_first_percent == "25,5"
    entry = next(
        e for e in services.audit.entries(admin) if e.action == "collection_settings.update"
    )
    assert "25,5 %" in entry.after and "30 %" in entry.before
    again = services.collection_settings.save(admin, cid, wanted)
    assert not again.changes.areas  # nothing changed, nothing to refresh
    assert sum(e.action == "collection_settings.update" for e in services.audit.entries(admin)) == 1


def test_every_field_is_checked(services, admin, cid):
    with pytest.raises(ValidationFailed) as error:
        services.collection_settings.save(
            admin, cid, CollectionSettingsRow("tal vez", 61, 100_000_001, "no sé", -1)
        )
    errors = error.value.errors
    assert set(errors) == {
        "interest_first",
        "agreement_max_instalments",
        "agreement_min_first_micro",
        "block_bookings",
        "block_after_days",
    }
    assert "entre 1 y 60" in errors["agreement_max_instalments"]
    assert "entre 0 y 100 %" in errors["agreement_min_first_micro"]
    assert "Sí o No" in errors["block_bookings"]
    assert "entre 0 y 3650" in errors["block_after_days"]
    assert services.collection_settings.get(admin, cid) == CollectionSettingsRow()
    typed = CollectionSettingsRow("Sí", "6", 0, "no", "0")  # as a form may type them
    assert services.collection_settings.save(admin, cid, typed).value == CollectionSettingsRow(
        True, 6, 0, False, 0
    )


def test_nobody_cannot_read_or_change(services, admin, nobody, cid):
    assert_refused(services, lambda: services.collection_settings.get(nobody, cid))
    assert_refused(
        services, lambda: services.collection_settings.save(nobody, cid, CollectionSettingsRow())
    )
