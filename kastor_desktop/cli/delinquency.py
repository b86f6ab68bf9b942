"""Commands of payments and collection ([K4]) — delinquency."""

from __future__ import annotations

from kastor_desktop.cli.registry import Commands


def register(commands: Commands) -> None:
    """Add this area's commands."""
