from __future__ import annotations

import pytest

from kastor_desktop.domain.errors import FieldError
from kastor_desktop.domain.taxid import is_valid_tax_id, normalize_tax_id, tax_id_label
from tests.factories import bad_rut, valid_cuit, valid_rut


@pytest.mark.parametrize(
    "typed", ["76086428-5", "76.086.428-5", "760864285", "  76.086.428-5 ", "76086428 5"]
)
def test_rut_is_accepted_in_any_usual_spelling_and_formatted(typed: str) -> None:
    assert normalize_tax_id(typed) == "76.086.428-5"


def test_rut_with_k_check_digit_is_formatted_upper_case() -> None:
    # 53.401.872-K: the check digit 10 is written K
    assert normalize_tax_id("53401872-k") == "53.401.872-K"


def test_short_rut_of_a_person_is_valid() -> None:
    assert normalize_tax_id(valid_rut(9_876_543)) == "9.876.543-3"


def test_rut_with_wrong_check_digit_names_the_value_and_the_field() -> None:
    with pytest.raises(FieldError) as info:
        normalize_tax_id("76.086.428-4", field="office_tax_id")
    assert info.value.field == "office_tax_id"
    assert "«76.086.428-4»" in info.value.message
    assert "dígito verificador" in info.value.message


@pytest.mark.parametrize("garbage", ["abc", "76.O86.428-5", "1-9-9", "12345678901234-5"])
def test_garbage_is_not_a_rut(garbage: str) -> None:
    with pytest.raises(FieldError) as info:
        normalize_tax_id(garbage)
    assert info.value.message == f"El RUT «{garbage}» no es válido."


def test_missing_rut_is_required() -> None:
    with pytest.raises(FieldError, match="El RUT es obligatorio"):
        normalize_tax_id("   ")


def test_cuit_is_checked_for_argentina() -> None:
    assert normalize_tax_id("30712345671", "AR") == valid_cuit() == "30-71234567-1"
    with pytest.raises(FieldError) as info:
        normalize_tax_id("30-71234567-2", "AR", "tax_id")
    assert "CUIT" in info.value.message and "dígito verificador" in info.value.message


def test_a_rut_is_not_a_cuit() -> None:
    assert not is_valid_tax_id("76.086.428-5", "AR")
    assert is_valid_tax_id("76.086.428-5", "CL")
    assert not is_valid_tax_id(bad_rut(), "CL")


def test_labels_follow_the_country() -> None:
    assert (tax_id_label("CL"), tax_id_label("AR"), tax_id_label("??")) == ("RUT", "CUIT", "RUT")


def test_bad_rut_factory_really_is_bad() -> None:
    assert valid_rut(12_345_678) == "12.345.678-5"
    assert bad_rut(12_345_678) != valid_rut(12_345_678)
    assert not is_valid_tax_id(bad_rut(12_345_678))
