"""Tax identifiers: Chilean RUT and Argentine CUIT, checked with python-stdnum."""

from __future__ import annotations

from stdnum import exceptions as stdnum_errors
from stdnum.ar import cuit
from stdnum.cl import rut

from kastor_desktop.domain.errors import FieldError

_LABEL = {"CL": "RUT", "AR": "CUIT"}


def tax_id_label(country: str) -> str:
    return _LABEL.get(country, "RUT")


def normalize_tax_id(value: str, country: str = "CL", field: str = "rut") -> str:
    """Return the tax id in its canonical formatted form or raise FieldError in Spanish."""
    label = tax_id_label(country)
    text = (value or "").strip()
    if not text:
        raise FieldError(field, f"El {label} es obligatorio.")
    module = cuit if country == "AR" else rut
    try:
        compact = module.validate(text)
    except stdnum_errors.InvalidChecksum:
        raise FieldError(
            field, f"El {label} «{text}» tiene un dígito verificador incorrecto."
        ) from None
    except stdnum_errors.ValidationError:
        raise FieldError(field, f"El {label} «{text}» no es válido.") from None
    return str(module.format(compact))


def is_valid_tax_id(value: str, country: str = "CL") -> bool:
    try:
        normalize_tax_id(value, country)
    except FieldError:
        return False
    return True
