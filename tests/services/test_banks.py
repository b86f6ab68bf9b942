"""The community's bank accounts: holder RUT checked, and exactly one default while any exist."""

from __future__ import annotations

import sqlite3

import pytest

from kastor_desktop.services.banks import BankAccountDraft
from kastor_desktop.services.errors import ValidationFailed
from tests.factories import assert_refused, bad_rut, state, valid_rut


def draft(number: str = "00-123-45678-09", bank: str = "Banco de Chile", **values: str):
    defaults = {"account_type": "cuenta corriente", "holder_tax_id": valid_rut(65_123_456)}
    return BankAccountDraft(bank=bank, number=number, **(defaults | values))


def defaults(services, admin, community) -> list[str]:
    return [a.number for a in services.banks.list(admin, community.id) if a.is_default]


def test_the_first_account_is_the_default_and_only_one_stays_default(
    services, admin, aromos
) -> None:
    first = services.banks.create(admin, aromos.id, draft("111")).value
    second = services.banks.create(
        admin, aromos.id, draft("222", "BancoEstado", account_type="vista")
    ).value
    assert first.is_default and not second.is_default
    assert second.account_type == "sight"
    outcome = services.banks.set_default(admin, aromos.id, second.id)
    assert outcome.value.is_default and outcome.changes.touches("banks")
    assert defaults(services, admin, aromos) == ["222"]
    assert [a.number for a in services.banks.list(admin, aromos.id)] == ["222", "111"]
    unchanged = state(services)
    assert not services.banks.set_default(admin, aromos.id, second.id).changes.touches("banks")
    assert state(services) == unchanged


def test_deleting_the_default_hands_it_to_the_oldest(services, admin, aromos) -> None:
    first = services.banks.create(admin, aromos.id, draft("111")).value
    services.banks.create(admin, aromos.id, draft("222"))
    third = services.banks.create(admin, aromos.id, draft("333")).value
    services.banks.set_default(admin, aromos.id, third.id)
    services.banks.delete(admin, aromos.id, third.id)
    assert defaults(services, admin, aromos) == ["111"]
    services.banks.delete(admin, aromos.id, first.id)
    assert defaults(services, admin, aromos) == ["222"]
    actions = [e.action for e in services.audit.entries(admin, limit=4)]
    assert actions == [
        "bank_account.delete",
        "bank_account.update",
        "bank_account.delete",
        "bank_account.update",
    ]


def test_the_database_refuses_two_defaults(services, admin, aromos) -> None:
    services.banks.create(admin, aromos.id, draft("111"))
    services.banks.create(admin, aromos.id, draft("222"))
    conn = sqlite3.connect(services.paths.database)
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("UPDATE bank_accounts SET is_default = 1")
    conn.close()


def test_fields_are_checked_and_named(services, admin, aromos) -> None:
    before = state(services)
    with pytest.raises(ValidationFailed) as info:
        services.banks.create(
            admin,
            aromos.id,
            BankAccountDraft(
                bank="", account_type="plazo fijo", number="cuenta", holder_tax_id=bad_rut()
            ),
        )
    assert info.value.errors == {
        "bank": "Indique el banco.",
        "account_type": (
            "Tipo de cuenta: «plazo fijo» no es cuenta corriente, cuenta vista ni cuenta de ahorro."
        ),
        "number": "Número de cuenta: «cuenta» no tiene dígitos.",
        "holder_tax_id": f"El RUT «{bad_rut()}» tiene un dígito verificador incorrecto.",
    }
    assert state(services) == before


def test_the_same_account_cannot_be_registered_twice(services, admin, aromos) -> None:
    services.banks.create(admin, aromos.id, draft("111"))
    with pytest.raises(ValidationFailed) as info:
        services.banks.create(admin, aromos.id, draft("111", bank="banco de chile"))
    assert info.value.errors == {
        "number": "La cuenta 111 de Banco de Chile ya está registrada en esta comunidad."
    }
    assert services.banks.create(admin, aromos.id, draft("111", bank="Banco Santander")).value


def test_editing_keeps_the_default(services, admin, aromos) -> None:
    row = services.banks.create(admin, aromos.id, draft("111")).value
    edited = services.banks.update(
        admin, aromos.id, row.id, draft("111-2", account_type="savings")
    ).value
    assert (edited.number, edited.account_type, edited.is_default) == ("111-2", "savings", True)


def test_every_write_needs_the_permission(services, admin, nobody, aromos) -> None:
    row = services.banks.create(admin, aromos.id, draft("111")).value
    other = services.banks.create(admin, aromos.id, draft("222")).value
    assert_refused(services, lambda: services.banks.list(nobody, aromos.id))
    assert_refused(services, lambda: services.banks.create(nobody, aromos.id, draft("333")))
    assert_refused(services, lambda: services.banks.update(nobody, aromos.id, row.id, draft("9")))
    assert_refused(services, lambda: services.banks.delete(nobody, aromos.id, row.id))
    assert_refused(services, lambda: services.banks.set_default(nobody, aromos.id, other.id))
    assert defaults(services, admin, aromos) == ["111"]
