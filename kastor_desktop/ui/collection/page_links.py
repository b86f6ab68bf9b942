"""Going from one payments screen to another in the community's workspace (the payments list to
a unit's account, the finished import to the payments), found by the page's class rather than
by its key in the side list."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

PAYMENTS = "payments_page:PaymentsPage"
ACCOUNT = "account_page:AccountPage"


def open_page(widget: QWidget, target: str) -> QWidget | None:
    """Open the workspace page whose target ends with ``target``; None outside a workspace."""
    nav = widget.parentWidget()
    while nav is not None and not hasattr(nav, "specs"):
        nav = nav.parentWidget()
    if nav is None:
        return None
    spec = next((s for s in nav.specs if s.target.endswith(target)), None)
    if spec is None:
        return None
    return nav.open(spec.key)  # type: ignore[attr-defined, no-any-return]
