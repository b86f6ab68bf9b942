"""Errors raised by pure rules, carrying the field they concern and a Spanish message."""

from __future__ import annotations


class FieldError(ValueError):
    """A single field is wrong; ``message`` is for the user, in Spanish."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message
