from __future__ import annotations

import pytest

from kastor_desktop.domain.contact_info import format_phone, normalize_email, normalize_phone
from kastor_desktop.domain.errors import FieldError


def test_email_is_trimmed_and_its_domain_normalized() -> None:
    assert normalize_email("  Juan.Perez@Ejemplo.CL ") == "Juan.Perez@ejemplo.cl"


@pytest.mark.parametrize(
    "bad", ["juan", "juan@", "@ejemplo.cl", "juan perez@ejemplo.cl", "juan@@ejemplo.cl"]
)
def test_invalid_email_names_the_value(bad: str) -> None:
    with pytest.raises(FieldError) as info:
        normalize_email(bad, "contact_email")
    assert info.value.field == "contact_email"
    assert f"«{bad.strip()}»" in info.value.message


def test_email_required_or_optional() -> None:
    with pytest.raises(FieldError, match="obligatorio"):
        normalize_email("")
    assert normalize_email("", required=False) == ""


@pytest.mark.parametrize(
    ("typed", "region", "e164"),
    [
        ("9 8765 4321", "CL", "+56987654321"),  # Chilean mobile
        ("+56 9 8765 4321", "CL", "+56987654321"),
        ("2 2345 6789", "CL", "+56223456789"),  # Santiago landline
        ("(2) 2345-6789", "CL", "+56223456789"),
        ("+54 9 11 2345-6789", "CL", "+5491123456789"),  # Argentine mobile, typed with its prefix
        ("011 4321-1234", "AR", "+541143211234"),  # Buenos Aires landline, national form
    ],
)
def test_phones_are_stored_in_e164(typed: str, region: str, e164: str) -> None:
    assert normalize_phone(typed, region) == e164


@pytest.mark.parametrize("bad", ["12345", "+1 202 555 0147", "teléfono", "+56 9 1234"])
def test_invalid_or_foreign_phone_names_the_value(bad: str) -> None:
    with pytest.raises(FieldError) as info:
        normalize_phone(bad)
    assert f"«{bad}»" in info.value.message
    assert "chileno o argentino" in info.value.message


def test_phone_required_or_optional() -> None:
    with pytest.raises(FieldError, match="obligatorio"):
        normalize_phone(" ")
    assert normalize_phone("", required=False) == ""


def test_format_phone_for_people() -> None:
    assert format_phone("+56987654321") == "+56 9 8765 4321"
    assert format_phone("") == ""
