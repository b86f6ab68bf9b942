"""Country profiles: words, currency and tax id of each country the product serves."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CountryProfile:
    code: str
    name: str
    currency: str
    minor_exponent: int
    tax_id_label: str
    community_word: str
    closing_word: str
    notice_word: str
    phone_region: str
    reserve_fund_percent: int = 5
    payment_term_days: int = 10


CHILE = CountryProfile(
    code="CL",
    name="Chile",
    currency="CLP",
    minor_exponent=0,
    tax_id_label="RUT",
    community_word="comunidad",
    closing_word="cierre de gasto común",
    notice_word="aviso de cobro",
    phone_region="CL",
)
ARGENTINA = CountryProfile(
    code="AR",
    name="Argentina",
    currency="ARS",
    minor_exponent=2,
    tax_id_label="CUIT",
    community_word="consorcio",
    closing_word="liquidación de expensas",
    notice_word="liquidación",
    phone_region="AR",
)
PROFILES: dict[str, CountryProfile] = {p.code: p for p in (CHILE, ARGENTINA)}


def profile(code: str) -> CountryProfile:
    return PROFILES.get(code, CHILE)
