"""Errors a service raises. Every message is Spanish and meant for the user as it is."""

from __future__ import annotations


class ServiceError(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationFailed(ServiceError):
    """One or more fields are wrong; ``errors`` maps field name to its Spanish message."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__(" ".join(self.errors.values()))


class PermissionDenied(ServiceError):
    pass


class NotFound(ServiceError):
    pass


class AuthenticationFailed(ServiceError):
    pass
