"""The office home: communities first, then the office's own areas."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kastor_desktop.ui.context import UiContext
from kastor_desktop.ui.pages import PageSpec, SideNav


def office_pages() -> list[PageSpec]:
    return [
        PageSpec(
            "communities",
            QCoreApplication.translate("OfficeHome", "Communities"),
            "building-2",
            "kastor_desktop.ui.office.communities_page:CommunitiesPage",
        ),
        PageSpec(
            "contacts",
            QCoreApplication.translate("OfficeHome", "Contacts"),
            "contact-round",
            "kastor_desktop.ui.office.contacts_page:ContactsPage",
            "contacts.manage",
        ),
        PageSpec(
            "users",
            QCoreApplication.translate("OfficeHome", "Users"),
            "users",
            "kastor_desktop.ui.office.users_page:UsersPage",
            "users.manage",
        ),
        PageSpec(
            "roles",
            QCoreApplication.translate("OfficeHome", "Roles"),
            "shield-check",
            "kastor_desktop.ui.office.roles_page:RolesPage",
            "users.manage",
        ),
        PageSpec(
            "profile",
            QCoreApplication.translate("OfficeHome", "Office profile"),
            "building",
            "kastor_desktop.ui.office.profile_page:ProfilePage",
            "office.edit_profile",
        ),
        PageSpec(
            "audit",
            QCoreApplication.translate("OfficeHome", "Audit log"),
            "scroll-text",
            "kastor_desktop.ui.office.audit_page:AuditPage",
            "audit.view",
        ),
    ]


class OfficeHome(SideNav):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, office_pages(), parent=parent, defer_first_load=True)
        ctx.listeners.append(self.on_changes)
