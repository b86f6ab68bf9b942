"""What every screen receives from the composition root: services, runner, the signed-in user."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from kastor_desktop.services.context import Actor, Changes, Grants
from kastor_desktop.services.suite import Services
from kastor_desktop.ui.tasks import SyncRunner, TaskRunner


class Navigator(Protocol):
    def enter_community(self, community_id: int) -> None: ...
    def office_home(self) -> None: ...


@dataclass
class UiContext:
    services: Services
    runner: TaskRunner | SyncRunner
    actor: Actor
    grants: Grants = field(default_factory=Grants)
    listeners: list[Callable[[Changes], None]] = field(default_factory=list)
    navigator: Navigator | None = None

    def can(self, permission: str, community_id: int | None = None) -> bool:
        return self.grants.allows(permission, community_id)

    def changed(self, changes: Changes) -> None:
        """A mutation finished: refresh grants and tell every open screen."""
        if changes.touches("roles") or changes.touches("users"):
            self.grants = self.services.auth.grants(self.actor)
        for listener in list(self.listeners):
            listener(changes)
