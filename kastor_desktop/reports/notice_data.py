"""What a note of charge (aviso de cobro / liquidación de expensas) prints: plain, frozen data.

The closing service builds a ``NoticeBatch`` from the stored closing (never from live tables),
so rendering the same closing twice gives the same document. Renderers (reports/notices_pdf.py)
and the closing workbook (reports/closing_workbook.py) read only these classes. Money is integer
minor units of the community's currency (``exponent`` 0 for CLP, 2 for ARS).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

# Concepts of a unit's month, in the order a notice prints them (codes of domain/closing.py).
CONCEPT_ORDER: tuple[str, ...] = (
    "ordinary",
    "extraordinary",
    "reserve",
    "funds",
    "consumption",
    "individual",
    "interest",
)
CONCEPT_LABELS: dict[str, str] = {
    "ordinary": "Gastos comunes ordinarios",
    "extraordinary": "Gastos extraordinarios",
    "reserve": "Fondo de reserva",
    "funds": "Otros fondos",
    "consumption": "Consumos",
    "individual": "Cargos individuales",
    "interest": "Intereses por mora",
}
AR_CONCEPT_LABELS: dict[str, str] = {
    **CONCEPT_LABELS,
    "ordinary": "Expensas ordinarias",
    "extraordinary": "Expensas extraordinarias",
    "interest": "Intereses punitorios",
}


@dataclass(frozen=True)
class Party:
    """The office or the community, as printed in the header."""

    name: str
    tax_id: str  # formatted: 76.123.456-7 / 30-71234567-1
    address: str = ""
    phone: str = ""
    email: str = ""
    logo_path: str | None = None  # a JPEG file; None prints no logo


@dataclass(frozen=True)
class BankDetails:
    bank: str
    account_type: str  # Spanish words: «Cuenta corriente», «Cuenta vista»...
    number: str
    holder_name: str
    holder_tax_id: str
    email: str = ""  # where to send the transfer receipt


@dataclass(frozen=True)
class ContactDetails:
    """The community's contact marked «Mostrar»."""

    name: str
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class Amount:
    label: str
    amount: int
    concept: str = ""  # a detail line's concept code: printed under that concept


@dataclass(frozen=True)
class CommunityMonth:
    """Chile Art. 31: the community's month, printed on every notice."""

    income_total: int  # charged to the units this month + other income
    other_income: tuple[Amount, ...]  # other income lines (label, amount)
    expenses_by_account: tuple[Amount, ...]  # «código nombre», amount; sums to expenses_total
    expenses_total: int
    collected: int  # payments received in the month
    cash_balance: int  # cash at the closing
    fund_balances: tuple[Amount, ...]  # each fund's balance after this closing


@dataclass(frozen=True)
class ShareLine:
    table: str  # share table name (AR: the class A, B, C...)
    micro: int  # millionths of a percent (domain/shares.py); 0 when not in the table


@dataclass(frozen=True)
class NoticeUnit:
    unit_id: int
    number: str  # «A-101»; a unit group prints «A-101 (+ E-12, B-3)»
    kind: str  # Spanish words: «Departamento»
    members: tuple[str, ...]  # sub-units printed with the main unit (estacionamiento, bodega)
    owner_name: str
    owner_tax_id: str
    resident_name: str
    shares: tuple[ShareLine, ...]
    folio: int
    lines: dict[str, int]  # concept code (CONCEPT_ORDER) -> this month's amount
    by_class: dict[str, dict[str, int]]  # AR: table name -> concept -> amount; CL may ignore
    details: tuple[Amount, ...]  # individual charges and consumption details for this unit
    previous_notice_total: int  # total of the last notice (0 for the first)
    payments_since: int  # payments received since the last notice (positive)
    previous_balance: int  # previous_notice_total - payments_since (negative: credit)
    month_total: int  # sum of ``lines``
    total: int  # previous_balance + month_total; what to pay (<= 0: nothing to pay)
    payment_reference: str  # printed and encoded in the QR code


@dataclass(frozen=True)
class NoticeBatch:
    """One closing of one community: everything its notices print."""

    country: str  # "CL" | "AR"
    exponent: int  # currency minor exponent
    currency: str  # "CLP" | "ARS"
    office: Party
    community: Party
    administrator: str  # the office's representative, printed under the signature
    signature_path: str | None  # the community's signature image (Art. 32); None: a line
    year: int
    month: int
    sequence: int  # closing number of the community (1, 2, ...)
    issued_on: date
    due_date: date
    second_due_date: date | None  # AR
    second_due_surcharge_micro: int  # AR: millionths of a percent over the total after 1st due
    bank: BankDetails | None
    contact: ContactDetails | None
    month_summary: CommunityMonth
    units: tuple[NoticeUnit, ...]
    draft: bool = False  # BORRADOR across every page (preview before the closing)
    closing_hash: str = ""  # printed in the footer for verification
    share_tables: tuple[str, ...] = field(default_factory=tuple)  # AR columns, in order
    community_code: str = ""  # the community's short code; names the per-unit PDF files


@dataclass(frozen=True)
class ExpenseDetail:
    """One expense of the month as entered, for the closing workbook."""

    date: date | None
    account_code: str
    account_name: str
    supplier: str
    document: str  # «Factura 1234»
    description: str
    method: str  # Spanish: «Tabla General», «Partes iguales», «Unidad A-101»...
    nature: str  # Spanish: «Ordinario» / «Extraordinario»
    amount: int


@dataclass(frozen=True)
class WorkbookUnit:
    number: str
    owner_name: str
    lines: dict[str, int]  # concept -> amount (CONCEPT_ORDER)
    month_total: int
    previous_balance: int
    total: int


@dataclass(frozen=True)
class ClosingWorkbookData:
    community: str
    year: int
    month: int
    exponent: int
    expenses: tuple[ExpenseDetail, ...]
    units: tuple[WorkbookUnit, ...]
    # per entry column of the prorating table: (header, {unit number: amount}); each sums to
    # its entry's charged amount
    prorating: tuple[tuple[str, dict[str, int]], ...]
    draft: bool = False
    country: str = "CL"  # "AR" heads the concept columns with Argentina's words
