"""Collect every field error of a form before refusing it, so the user sees them all at once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from kastor_desktop.domain.errors import FieldError
from kastor_desktop.services.errors import ValidationFailed

T = TypeVar("T")


class Checks:
    def __init__(self) -> None:
        self.errors: dict[str, str] = {}

    def run(self, check: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
        try:
            return check(*args, **kwargs)
        except FieldError as error:
            self.errors.setdefault(error.field, error.message)
            return None

    def require(self, field: str, value: str | None, label: str, max_length: int = 200) -> str:
        """``label`` carries its article, lower case: «la dirección», «el nombre»."""
        text = (value or "").strip()
        if not text:
            self.errors.setdefault(field, f"Indique {label}.")
        elif len(text) > max_length:
            self.errors.setdefault(
                field, f"{label[0].upper()}{label[1:]} admite como máximo {max_length} caracteres."
            )
        return text

    def add(self, field: str, message: str) -> None:
        self.errors.setdefault(field, message)

    def done(self) -> None:
        if self.errors:
            raise ValidationFailed(self.errors)
