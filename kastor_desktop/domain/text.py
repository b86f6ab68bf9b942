"""Comparing what people type: case and accents do not matter («Ñuñoa» is «nunoa»)."""

from __future__ import annotations

import unicodedata

_ACCENTS = str.maketrans("áéíóúüñàèìòùâêîôûäëïöçãõ", "aeiouunaeiouaeiouaeiocao")


def fold(text: str) -> str:
    """Lower case without accents; Spanish text takes a fast path, the rest Unicode rules."""
    quick = text.lower().translate(_ACCENTS)
    if quick.isascii():
        return quick
    decomposed = unicodedata.normalize("NFKD", quick)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
