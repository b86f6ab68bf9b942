"""E-mail and phone rules (email-validator and phonenumbers do the real work)."""

from __future__ import annotations

from kastor_desktop.domain.errors import FieldError

PHONE_REGIONS = ("CL", "AR")


def normalize_email(value: str, field: str = "email", required: bool = True) -> str:
    from email_validator import EmailNotValidError, validate_email

    text = (value or "").strip()
    if not text:
        if required:
            raise FieldError(field, "El correo electrónico es obligatorio.")
        return ""
    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError:
        raise FieldError(
            field, f"El correo «{text}» no tiene un formato válido (ej.: nombre@dominio.cl)."
        ) from None
    return str(result.normalized)


def normalize_phone(
    value: str, region: str = "CL", field: str = "phone", required: bool = True
) -> str:
    """Return the phone in E.164 (+56912345678). Chilean and Argentine numbers are accepted."""
    import phonenumbers

    text = (value or "").strip()
    if not text:
        if required:
            raise FieldError(field, "El teléfono es obligatorio.")
        return ""
    regions = (region,) + tuple(r for r in PHONE_REGIONS if r != region)
    for default_region in regions:
        try:
            number = phonenumbers.parse(text, default_region)
        except phonenumbers.NumberParseException:
            continue
        if (
            phonenumbers.is_valid_number(number)
            and phonenumbers.region_code_for_number(number) in PHONE_REGIONS
        ):
            return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))
    raise FieldError(
        field,
        f"El teléfono «{text}» no es un número chileno o argentino válido (ej.: +56 9 8765 4321).",
    )


def format_phone(e164: str) -> str:
    """Human form of a stored E.164 number, e.g. +56 9 8765 4321."""
    if not e164:
        return ""
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL))
