"""A community's workspace: its summary now; units, closing, payments, delinquency,
reservations and announcements arrive with their own issues and say so."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kastor_desktop.services.communities import CommunityRow
from kastor_desktop.ui.context import UiContext
from kastor_desktop.ui.pages import PageSpec, SideNav


def community_pages() -> list[PageSpec]:
    """The community's areas. Master data pages are K2; closing and later areas are coming."""
    soon = "kastor_desktop.ui.community.coming:ComingArea"
    ui = "kastor_desktop.ui.community"
    master = QCoreApplication.translate("CommunityWorkspace", "Master data")
    operation = QCoreApplication.translate("CommunityWorkspace", "Operation")
    view = "communities.view"
    return [
        PageSpec(
            "summary",
            QCoreApplication.translate("CommunityWorkspace", "Summary"),
            "layout-dashboard",
            f"{ui}.summary:SummaryPage",
        ),
        PageSpec(
            "units",
            QCoreApplication.translate("CommunityWorkspace", "Units"),
            "grid-2x2",
            f"{ui}.units_page:UnitsPage",
            view,
            master,
        ),
        PageSpec(
            "people",
            QCoreApplication.translate("CommunityWorkspace", "Owners and residents"),
            "users",
            f"{ui}.people_page:PeoplePage",
            view,
            master,
        ),
        PageSpec(
            "shares",
            QCoreApplication.translate("CommunityWorkspace", "Share tables"),
            "list",
            f"{ui}.shares_page:SharesPage",
            view,
            master,
        ),
        PageSpec(
            "suppliers",
            QCoreApplication.translate("CommunityWorkspace", "Suppliers"),
            "building",
            f"{ui}.suppliers_page:SuppliersPage",
            view,
            master,
        ),
        PageSpec(
            "workers",
            QCoreApplication.translate("CommunityWorkspace", "Workers"),
            "user-cog",
            f"{ui}.workers_page:WorkersPage",
            view,
            master,
        ),
        PageSpec(
            "accounts",
            QCoreApplication.translate("CommunityWorkspace", "Chart of accounts"),
            "scroll-text",
            f"{ui}.accounts_page:AccountsPage",
            view,
            master,
        ),
        PageSpec(
            "banks",
            QCoreApplication.translate("CommunityWorkspace", "Bank accounts"),
            "wallet",
            f"{ui}.bank_accounts_page:BankAccountsPage",
            view,
            master,
        ),
        PageSpec(
            "funds",
            QCoreApplication.translate("CommunityWorkspace", "Funds"),
            "database-backup",
            f"{ui}.funds_page:FundsPage",
            view,
            master,
        ),
        PageSpec(
            "balances",
            QCoreApplication.translate("CommunityWorkspace", "Opening balances"),
            "receipt",
            f"{ui}.balances_page:BalancesPage",
            view,
            master,
        ),
        PageSpec(
            "imports",
            QCoreApplication.translate("CommunityWorkspace", "Import spreadsheets"),
            "file-spreadsheet",
            f"{ui}.import_page:ImportPage",
            "imports.run",
            master,
        ),
        *closing_pages(),
        *collection_pages(),
        PageSpec(
            "reservations",
            QCoreApplication.translate("CommunityWorkspace", "Reservations"),
            "calendar-days",
            soon,
            None,
            operation,
        ),
        PageSpec(
            "announcements",
            QCoreApplication.translate("CommunityWorkspace", "Announcements"),
            "megaphone",
            soon,
            None,
            operation,
        ),
    ]


def collection_pages() -> list[PageSpec]:
    """Payments and collection [K4]: payments, bank statements, unit accounts, delinquency."""
    ui = "kastor_desktop.ui.collection"
    section = QCoreApplication.translate("CommunityWorkspace", "Payments and collection")
    view = "communities.view"
    label = {
        "payments": QCoreApplication.translate("CommunityWorkspace", "Payments"),
        "bank_import": QCoreApplication.translate("CommunityWorkspace", "Bank statements"),
        "unit_accounts": QCoreApplication.translate("CommunityWorkspace", "Unit accounts"),
        "delinquency": QCoreApplication.translate("CommunityWorkspace", "Delinquency"),
        "agreements": QCoreApplication.translate("CommunityWorkspace", "Payment agreements"),
        "certificates": QCoreApplication.translate("CommunityWorkspace", "Debt certificates"),
        "collection_settings": QCoreApplication.translate(
            "CommunityWorkspace", "Collection settings"
        ),
    }
    pages = (
        ("payments", "wallet", "payments_page:PaymentsPage"),
        ("bank_import", "banknote", "bank_import_page:BankImportPage"),
        ("unit_accounts", "scroll-text", "account_page:AccountPage"),
        ("delinquency", "triangle-alert", "delinquency_page:DelinquencyPage"),
        ("agreements", "calendar-days", "agreements_page:AgreementsPage"),
        ("certificates", "file-text", "certificates_page:CertificatesPage"),
        ("collection_settings", "settings", "collection_settings_page:CollectionSettingsPage"),
    )
    return [
        PageSpec(key, label[key], icon, f"{ui}.{target}", view, section)
        for key, icon, target in pages
    ]


def closing_pages() -> list[PageSpec]:
    """The monthly closing [K3]: the month's entries, the preview and close, closed months."""
    ui = "kastor_desktop.ui.closing"
    section = QCoreApplication.translate("CommunityWorkspace", "Monthly closing")
    view = "communities.view"
    label = {
        "closing": QCoreApplication.translate("CommunityWorkspace", "Preview and close"),
        "expenses": QCoreApplication.translate("CommunityWorkspace", "Expenses of the month"),
        "recurring": QCoreApplication.translate("CommunityWorkspace", "Recurring expenses"),
        "income": QCoreApplication.translate("CommunityWorkspace", "Other income"),
        "meters": QCoreApplication.translate("CommunityWorkspace", "Meter readings"),
        "charges": QCoreApplication.translate("CommunityWorkspace", "Individual charges"),
        "fund_contributions": QCoreApplication.translate(
            "CommunityWorkspace", "Fund contributions"
        ),
        "closed": QCoreApplication.translate("CommunityWorkspace", "Closed months and notices"),
        "closing_settings": QCoreApplication.translate("CommunityWorkspace", "Closing settings"),
    }
    pages = (
        ("closing", "receipt", "closing_page:ClosingPage"),
        ("expenses", "scroll-text", "expenses_page:ExpensesPage"),
        ("recurring", "list", "recurring_page:RecurringPage"),
        ("income", "wallet", "income_page:IncomePage"),
        ("meters", "gauge", "meters_page:MetersPage"),
        ("charges", "user-cog", "charges_page:ChargesPage"),
        ("fund_contributions", "database-backup", "fund_contributions_page:FundContributionsPage"),
        ("closed", "file-spreadsheet", "history_page:HistoryPage"),
        ("closing_settings", "settings", "settings_page:ClosingSettingsPage"),
    )
    return [
        PageSpec(key, label[key], icon, f"{ui}.{target}", view, section)
        for key, icon, target in pages
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

    def _allowed(self, permission: str) -> bool:
        return self.ctx.can(permission, self.community.id)

    def _page_args(self, spec: PageSpec) -> tuple[object, ...]:
        return (self.community, spec.key)

    def reload(self) -> None:
        self.community = self.ctx.services.communities.get(self.ctx.actor, self.community.id)
        for page in self.pages.values():
            page.community = self.community  # type: ignore[attr-defined]
            page.refresh()  # type: ignore[attr-defined]
