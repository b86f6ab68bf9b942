"""A screen that reloads on the changes it shows: at once when visible, else when next shown.

Mixed in before ``QWidget`` by screens with ``areas`` (the change areas they show), a
``refresh()`` and ``self._stale = False`` set in ``__init__``.
"""

from __future__ import annotations

from typing import Any

from kastor_desktop.services.context import Changes


class RefreshWhenShown:
    areas: tuple[str, ...] = ()
    _stale: bool = False

    def refresh(self) -> None:
        raise NotImplementedError

    def on_changes(self, changes: Changes) -> None:
        if not any(changes.touches(area) for area in self.areas):
            return
        if self.isVisible():  # type: ignore[attr-defined]
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)  # type: ignore[misc]
        if self._stale:
            self._stale = False
            self.refresh()
