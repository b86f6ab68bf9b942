"""Commands of the community master data ([K2]): filled in by its area."""

from __future__ import annotations

from kastor_desktop.cli.registry import Commands


def register(commands: Commands) -> None:
    """Add this area's commands."""
