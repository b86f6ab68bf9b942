"""Password hashing with argon2id (argon2-cffi)."""

from __future__ import annotations

from functools import lru_cache

from kastor_desktop.domain.errors import FieldError

MIN_LENGTH = 8


@lru_cache(maxsize=1)
def _hasher():  # type: ignore[no-untyped-def]
    from argon2 import PasswordHasher

    # argon2id with OWASP's recommended setting (m=46 MiB, t=1, p=1): as strong as the
    # library default for offline guessing, and about 50 ms per sign-in instead of 150 ms.
    return PasswordHasher(time_cost=1, memory_cost=47104, parallelism=1)


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
