"""All services of one open office, built once by the composition root (app.py / cli.py)."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from kastor_desktop.paths import DataPaths
from kastor_desktop.services.audit import AuditService
from kastor_desktop.services.auth import AuthService
from kastor_desktop.services.backups import BackupService
from kastor_desktop.services.communities import CommunityService
from kastor_desktop.services.contacts import ContactService
from kastor_desktop.services.office import OfficeService
from kastor_desktop.services.roles import RoleService
from kastor_desktop.services.unit_of_work import Clock, ServiceContext, utc_now
from kastor_desktop.services.users import UserService
from kastor_desktop.store.engine import make_engine
from kastor_desktop.store.migrate import upgrade

if TYPE_CHECKING:
    from kastor_desktop.services.agreements import AgreementService
    from kastor_desktop.services.balances import BalanceService
    from kastor_desktop.services.bank_import import BankImportService
    from kastor_desktop.services.bank_presets import BankPresetService
    from kastor_desktop.services.banks import BankAccountService
    from kastor_desktop.services.certificates import CertificateService
    from kastor_desktop.services.chart import ChartService
    from kastor_desktop.services.closing import ClosingService
    from kastor_desktop.services.closing_settings import ClosingSettingsService
    from kastor_desktop.services.collection_log import CollectionLogService
    from kastor_desktop.services.collection_settings import CollectionSettingsService
    from kastor_desktop.services.delinquency import DelinquencyService
    from kastor_desktop.services.expenses import ExpenseService
    from kastor_desktop.services.fund_contributions import FundContributionService
    from kastor_desktop.services.funds import FundService
    from kastor_desktop.services.income import OtherIncomeService
    from kastor_desktop.services.individual_charges import IndividualChargeService
    from kastor_desktop.services.ledger import LedgerService
    from kastor_desktop.services.meters import MeterService
    from kastor_desktop.services.migration import MigrationService
    from kastor_desktop.services.notices import NoticeService
    from kastor_desktop.services.payers import UnitPayerService
    from kastor_desktop.services.payment_documents import PaymentDocumentService
    from kastor_desktop.services.payments import PaymentService
    from kastor_desktop.services.people import PersonService
    from kastor_desktop.services.periods import PeriodService
    from kastor_desktop.services.recurring import RecurringExpenseService
    from kastor_desktop.services.shares import ShareService
    from kastor_desktop.services.suppliers import SupplierService
    from kastor_desktop.services.units import UnitService
    from kastor_desktop.services.workers import WorkerService


class Services:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.auth = AuthService(ctx)
        self.office = OfficeService(ctx)
        self.communities = CommunityService(ctx)
        self.contacts = ContactService(ctx)
        self.roles = RoleService(ctx)
        self.users = UserService(ctx)
        self.audit = AuditService(ctx)
        self.backups = BackupService(ctx)

    # Community master data ([K2]); built on first use, so start-up does not import them.
    @cached_property
    def units(self) -> UnitService:
        from kastor_desktop.services.units import UnitService

        return UnitService(self.ctx)

    @cached_property
    def people(self) -> PersonService:
        from kastor_desktop.services.people import PersonService

        return PersonService(self.ctx)

    @cached_property
    def shares(self) -> ShareService:
        from kastor_desktop.services.shares import ShareService

        return ShareService(self.ctx)

    @cached_property
    def suppliers(self) -> SupplierService:
        from kastor_desktop.services.suppliers import SupplierService

        return SupplierService(self.ctx)

    @cached_property
    def workers(self) -> WorkerService:
        from kastor_desktop.services.workers import WorkerService

        return WorkerService(self.ctx)

    @cached_property
    def chart(self) -> ChartService:
        from kastor_desktop.services.chart import ChartService

        return ChartService(self.ctx)

    @cached_property
    def banks(self) -> BankAccountService:
        from kastor_desktop.services.banks import BankAccountService

        return BankAccountService(self.ctx)

    @cached_property
    def funds(self) -> FundService:
        from kastor_desktop.services.funds import FundService

        return FundService(self.ctx)

    @cached_property
    def balances(self) -> BalanceService:
        from kastor_desktop.services.balances import BalanceService

        return BalanceService(self.ctx)

    @cached_property
    def migration(self) -> MigrationService:
        from kastor_desktop.services.migration import MigrationService

        return MigrationService(self.ctx)

    # The monthly closing ([K3]).
    @cached_property
    def periods(self) -> PeriodService:
        from kastor_desktop.services.periods import PeriodService

        return PeriodService(self.ctx)

    @cached_property
    def expenses(self) -> ExpenseService:
        from kastor_desktop.services.expenses import ExpenseService

        return ExpenseService(self.ctx)

    @cached_property
    def recurring(self) -> RecurringExpenseService:
        from kastor_desktop.services.recurring import RecurringExpenseService

        return RecurringExpenseService(self.ctx)

    @cached_property
    def income(self) -> OtherIncomeService:
        from kastor_desktop.services.income import OtherIncomeService

        return OtherIncomeService(self.ctx)

    @cached_property
    def meters(self) -> MeterService:
        from kastor_desktop.services.meters import MeterService

        return MeterService(self.ctx)

    @cached_property
    def charges(self) -> IndividualChargeService:
        from kastor_desktop.services.individual_charges import IndividualChargeService

        return IndividualChargeService(self.ctx)

    @cached_property
    def fund_contributions(self) -> FundContributionService:
        from kastor_desktop.services.fund_contributions import FundContributionService

        return FundContributionService(self.ctx)

    @cached_property
    def closing_settings(self) -> ClosingSettingsService:
        from kastor_desktop.services.closing_settings import ClosingSettingsService

        return ClosingSettingsService(self.ctx)

    @cached_property
    def closing(self) -> ClosingService:
        from kastor_desktop.services.closing import ClosingService

        return ClosingService(self.ctx)

    @cached_property
    def notices(self) -> NoticeService:
        from kastor_desktop.services.notices import NoticeService

        return NoticeService(self.ctx)

    @cached_property
    def payments(self) -> PaymentService:
        from kastor_desktop.services.payments import PaymentService

        return PaymentService(self.ctx)

    # Payments and collection ([K4])
    @cached_property
    def ledger(self) -> LedgerService:
        from kastor_desktop.services.ledger import LedgerService

        return LedgerService(self.ctx)

    @cached_property
    def bank_presets(self) -> BankPresetService:
        from kastor_desktop.services.bank_presets import BankPresetService

        return BankPresetService(self.ctx)

    @cached_property
    def bank_import(self) -> BankImportService:
        from kastor_desktop.services.bank_import import BankImportService

        return BankImportService(self.ctx)

    @cached_property
    def payers(self) -> UnitPayerService:
        from kastor_desktop.services.payers import UnitPayerService

        return UnitPayerService(self.ctx)

    @cached_property
    def delinquency(self) -> DelinquencyService:
        from kastor_desktop.services.delinquency import DelinquencyService

        return DelinquencyService(self.ctx)

    @cached_property
    def collection_log(self) -> CollectionLogService:
        from kastor_desktop.services.collection_log import CollectionLogService

        return CollectionLogService(self.ctx)

    @cached_property
    def agreements(self) -> AgreementService:
        from kastor_desktop.services.agreements import AgreementService

        return AgreementService(self.ctx)

    @cached_property
    def collection_settings(self) -> CollectionSettingsService:
        from kastor_desktop.services.collection_settings import CollectionSettingsService

        return CollectionSettingsService(self.ctx)

    @cached_property
    def certificates(self) -> CertificateService:
        from kastor_desktop.services.certificates import CertificateService

        return CertificateService(self.ctx)

    @cached_property
    def payment_documents(self) -> PaymentDocumentService:
        from kastor_desktop.services.payment_documents import PaymentDocumentService

        return PaymentDocumentService(self.ctx)

    @property
    def paths(self) -> DataPaths:
        return self.ctx.paths

    def outbox_pending(self) -> int:
        """Events waiting to be sent to the co-owner portal (shown in the status bar)."""
        from sqlalchemy import func, select

        from kastor_desktop.store.models import OutboxEvent

        with self.ctx.read() as session:
            return int(
                session.scalar(select(func.count()).where(OutboxEvent.status == "pending")) or 0
            )

    def close(self) -> None:
        self.ctx.engine.dispose()


def open_office(data_dir: Path, clock: Clock = utc_now) -> Services:
    """Create the data folders, migrate the database (backup first) and build the services."""
    paths = DataPaths(Path(data_dir)).ensure()
    upgrade(paths.database, paths.backups)
    return Services(ServiceContext(make_engine(paths.database), paths, clock))
