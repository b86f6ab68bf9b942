"""Password hashing with argon2id (argon2-cffi)."""

from __future__ import annotations

from functools import lru_cache

from kastor_desktop.domain.errors import FieldError

MIN_LENGTH = 8


@lru_cache(maxsize=1)
def _hasher():  # type: ignore[no-untyped-def]
    from argon2 import PasswordHasher

    return PasswordHasher()  # argon2id with the library's recommended parameters


def hash_password(password: str) -> str:
    return str(_hasher().hash(password))


def verify_password(stored_hash: str, password: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return bool(_hasher().verify(stored_hash, password))
    except (VerificationError, InvalidHashError):
        return False


def check_new_password(password: str, repeat: str | None = None, field: str = "password") -> None:
    if len(password or "") < MIN_LENGTH:
        raise FieldError(field, f"La contraseña debe tener al menos {MIN_LENGTH} caracteres.")
    if repeat is not None and password != repeat:
        raise FieldError("password_repeat", "Las contraseñas no coinciden.")
