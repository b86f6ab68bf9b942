"""Units, people and master-data vocabularies (code values in English, labels in Spanish)."""

from __future__ import annotations

from kastor_desktop.domain.text import fold

UNIT_KINDS: dict[str, str] = {
    "apartment": "departamento",
    "parking": "estacionamiento",
    "storage": "bodega",
    "shop": "local",
    "house": "casa",
    "office": "oficina",
}
NOTICE_PREFERENCES: dict[str, str] = {"email": "correo", "paper": "papel", "both": "ambos"}
ACCOUNT_KINDS: dict[str, str] = {
    "category": "categoría",
    "subcategory": "subcategoría",
    "surcharge": "recargo",
}
EXPENSE_NATURES: dict[str, str] = {"ordinary": "ordinario", "extraordinary": "extraordinario"}
FUND_KINDS: dict[str, str] = {"reserve": "fondo de reserva", "other": "otro"}
BANK_ACCOUNT_TYPES: dict[str, str] = {
    "checking": "cuenta corriente",
    "sight": "cuenta vista",
    "savings": "cuenta de ahorro",
}


def code_for(label: str, vocabulary: dict[str, str]) -> str | None:
    """The code whose Spanish label (or the code itself) matches ``label``, ignoring case/accents."""
    wanted = fold(label.strip())
    for code, spanish in vocabulary.items():
        if wanted in (fold(spanish), fold(code)):
            return code
    return None
