"""Where each area's module adds its commands: ``register(commands: Commands)``."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

Run = Callable[[argparse.Namespace], int]


class Commands:
    def __init__(self, subparsers: Any, common: argparse.ArgumentParser) -> None:
        self.root = subparsers
        self.common = common
        self._groups: dict[str, Any] = {}

    def group(self, name: str, helptext: str) -> Any:
        """A command with actions (``kastor units list``); the same name returns the same group."""
        if name not in self._groups:
            holder = self.root.add_parser(
                name, parents=[self.common], help=_escape(helptext), description=helptext
            )
            self._groups[name] = holder.add_subparsers(
                dest="action_name", metavar="ACCIÓN", required=True
            )
        return self._groups[name]

    def command(
        self,
        parent: Any | None,
        name: str,
        helptext: str,
        run: Run,
        fmt: bool = False,
        formats: tuple[str, ...] = ("table", "csv", "json"),
    ) -> argparse.ArgumentParser:
        """A command (``parent`` None: top level). ``fmt`` adds --format."""
        sub: argparse.ArgumentParser = (parent or self.root).add_parser(
            name, parents=[self.common], help=_escape(helptext), description=helptext
        )
        sub.set_defaults(run=run)
        if fmt:
            sub.add_argument(
                "--format",
                choices=formats,
                default=formats[0],
                help=f"formato de salida (por omisión, {formats[0]})",
            )
        return sub


def _escape(helptext: str) -> str:
    """argparse %-formats help strings: a literal «100 %» must be written «100 %%»."""
    return helptext.replace("%", "%%")
