"""A community's workspace: its summary now; units, closing, payments, delinquency,
reservations and announcements arrive with their own issues and say so."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kastor_desktop.services.communities import CommunityRow
from kastor_desktop.ui.context import UiContext
from kastor_desktop.ui.pages import PageSpec, SideNav


def community_pages() -> list[PageSpec]:
    soon = "kastor_desktop.ui.community.coming:ComingArea"
    return [
        PageSpec(
            "summary",
            QCoreApplication.translate("CommunityWorkspace", "Summary"),
            "layout-dashboard",
            "kastor_desktop.ui.community.summary:SummaryPage",
        ),
        PageSpec(
            "units",
            QCoreApplication.translate("CommunityWorkspace", "Units and owners"),
            "grid-2x2",
            soon,
        ),
        PageSpec(
            "closing",
            QCoreApplication.translate("CommunityWorkspace", "Monthly closing"),
            "receipt",
            soon,
        ),
        PageSpec(
            "payments", QCoreApplication.translate("CommunityWorkspace", "Payments"), "wallet", soon
        ),
        PageSpec(
            "delinquency",
            QCoreApplication.translate("CommunityWorkspace", "Delinquency"),
            "triangle-alert",
            soon,
        ),
        PageSpec(
            "reservations",
            QCoreApplication.translate("CommunityWorkspace", "Reservations"),
            "calendar-days",
            soon,
        ),
        PageSpec(
            "announcements",
            QCoreApplication.translate("CommunityWorkspace", "Announcements"),
            "megaphone",
            soon,
        ),
    ]


class CommunityWorkspace(SideNav):
    def __init__(self, ctx: UiContext, community_id: int, parent: QWidget | None = None) -> None:
        self.community: CommunityRow = ctx.services.communities.get(ctx.actor, community_id)
        self._key = ""
        super().__init__(ctx, community_pages(), factory_args=self._page_args, parent=parent)
        ctx.listeners.append(self.on_changes)
        self.destroyed.connect(lambda *_: self._detach(ctx))

    def _detach(self, ctx: UiContext) -> None:
        if self.on_changes in ctx.listeners:
            ctx.listeners.remove(self.on_changes)

    def _page_args(self, spec: PageSpec) -> tuple[object, ...]:
        return (self.community, spec.key)

    def reload(self) -> None:
        self.community = self.ctx.services.communities.get(self.ctx.actor, self.community.id)
        for page in self.pages.values():
            page.community = self.community  # type: ignore[attr-defined]
            page.refresh()  # type: ignore[attr-defined]
