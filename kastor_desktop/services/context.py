"""Who is acting, and what a service call changed."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Actor:
    """The signed-in user. Permissions are re-read from the database on every service call."""

    user_id: int
    username: str
    full_name: str


@dataclass(frozen=True)
class Grants:
    office: frozenset[str] = frozenset()
    community: dict[int, frozenset[str]] = field(default_factory=dict)

    def allows(self, permission: str, community_id: int | None = None) -> bool:
        if permission in self.office:
            return True
        if community_id is None:
            return False
        return permission in self.community.get(community_id, frozenset())

    def communities_with(self, permission: str) -> set[int] | None:
        """Communities where ``permission`` holds; None means every community."""
        if permission in self.office:
            return None
        return {cid for cid, perms in self.community.items() if permission in perms}


AREAS = (
    "office", "communities", "contacts", "roles", "users", "audit", "me",
    # community master data [K2]
    "units", "people", "shares", "suppliers", "workers", "accounts", "banks", "funds", "balances",
    # the monthly closing [K3]
    "periods", "expenses", "closing", "notices", "payments",
)  # fmt: skip


@dataclass(frozen=True)
class Changes:
    """Tells open screens which areas to refresh after a mutation."""

    areas: frozenset[str] = frozenset()

    @classmethod
    def of(cls, *areas: str) -> Changes:
        return cls(frozenset(areas) | {"audit"})

    def touches(self, area: str) -> bool:
        return area in self.areas


@dataclass(frozen=True)
class Outcome(Generic[T]):
    value: T
    changes: Changes
