"""`python -m kastor_desktop` and the `kastor-desktop` launcher open the desktop app."""

from __future__ import annotations

import sys


def main() -> int:
    # The services (SQLAlchemy) are imported before PySide6 on purpose: once PySide6 is loaded
    # its import hook reads the source of every module imported after it, which cost 0.1 s.
    import kastor_desktop.services.suite  # noqa: F401
    from kastor_desktop.app import main as run

    return run()


if __name__ == "__main__":
    sys.exit(main())
