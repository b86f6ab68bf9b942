from __future__ import annotations

import re
from pathlib import Path

from kastor_desktop.domain import permissions
from kastor_desktop.domain.country import ARGENTINA, CHILE, profile

SERVICES = Path(permissions.__file__).resolve().parent.parent / "services"


def test_codes_are_unique_and_labelled() -> None:
    codes = [p.code for p in permissions.CATALOGUE]
    assert len(codes) == len(set(codes))
    for perm in permissions.CATALOGUE:
        assert perm.scope in (permissions.OFFICE, permissions.COMMUNITY)
        assert perm.label and perm.group
        assert re.fullmatch(r"[a-z]+\.[a-z_]+", perm.code)


def test_catalogue_covers_the_actions_the_product_has_or_will_have() -> None:
    expected = {
        "communities.create",
        "communities.edit",
        "communities.delete",
        "periods.close",
        "periods.reopen",
        "payments.record",
        "bank.import",
        "reservations.manage",
        "announcements.send",
        "users.manage",
        "audit.view",
        "contacts.manage",
        "office.edit_profile",
        "backups.manage",
    }
    assert expected <= permissions.ALL_CODES


def test_community_roles_cannot_hold_office_permissions() -> None:
    community = {p.code for p in permissions.grantable(permissions.COMMUNITY)}
    assert community == permissions.COMMUNITY_CODES
    assert "users.manage" not in community and "communities.create" not in community
    assert {p.code for p in permissions.grantable(permissions.OFFICE)} == permissions.ALL_CODES


def test_every_permission_a_service_requires_is_in_the_catalogue() -> None:
    required = set()
    for source in SERVICES.glob("*.py"):
        required |= set(
            re.findall(
                r"""uow\.require\(\s*["']([a-z_.]+)["']""", source.read_text(encoding="utf-8")
            )
        )
        required |= set(
            re.findall(
                r"""communities_with\(\s*["']([a-z_.]+)["']""", source.read_text(encoding="utf-8")
            )
        )
    assert len(required) >= 8  # the scan found the services' checks
    assert required <= permissions.ALL_CODES, sorted(required - permissions.ALL_CODES)


def test_label_of_unknown_code_is_the_code() -> None:
    assert permissions.label("audit.view") == "Ver el registro de auditoría"
    assert permissions.label("nada.tal") == "nada.tal"


def test_country_profiles() -> None:
    assert (CHILE.currency, CHILE.minor_exponent, CHILE.tax_id_label) == ("CLP", 0, "RUT")
    assert (ARGENTINA.currency, ARGENTINA.minor_exponent, ARGENTINA.tax_id_label) == (
        "ARS",
        2,
        "CUIT",
    )
    assert profile("AR") is ARGENTINA and profile("XX") is CHILE
