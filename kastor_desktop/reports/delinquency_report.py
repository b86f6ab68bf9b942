"""The delinquency report (informe de morosidad) of a community or of the whole office: what the
data holds, and the XLSX (the PDF is in delinquency_pdf.py).

Sheets of the workbook:

- «Morosidad»: one row per unit that owes, first column «Unidad», then the owner, the community
  (office report), the aging buckets, the total, the days since the oldest unpaid due date, the
  last collection action and its stage, the payment agreement and the booking block; a total
  row per currency at the end (CLP and ARS are never added together).
- «Ranking»: the biggest debts (total owed, then days), numbered.
- «Por comunidad» (office report): one row per community with its totals.

Amounts are numbers: CLP whole pesos (``#,##0``), ARS pesos with two decimals written exactly
from the centavos. Text is always a string cell, never a formula (reports/xlsx_stream.py).
Rows are whatever the service gives (services/delinquency.UnitDebt); this module only reads
the attributes listed in :class:`DebtRow`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, Protocol

from kastor_desktop.domain.ledger import BUCKET_LABELS, BUCKETS, Aging, total_aging

RANKING_COMMUNITY = 20
RANKING_OFFICE = 100
AGREEMENT_LABELS = {"active": "Vigente", "broken": "Incumplido", "completed": "Cumplido"}
STAGE_LABELS = {"early": "Temprana", "late": "Avanzada", "judicial": "Judicial"}


class DebtRow(Protocol):
    community_id: int
    community_code: str
    unit_number: str
    owner_name: str
    aging: Aging
    last_action: str
    stage: str
    agreement: str
    blocked: bool


@dataclass(frozen=True)
class ReportCommunity:
    id: int
    code: str
    name: str
    currency: str
    exponent: int


@dataclass(frozen=True)
class DelinquencyReport:
    title: str  # «Informe de morosidad — Edificio Los Aromos»
    office_name: str
    as_of: date
    office: bool  # several communities: a community column and totals per community
    communities: dict[int, ReportCommunity]  # in report order (by code)
    rows: Sequence[Any]  # DebtRow, by community and unit

    def by_community(self) -> list[tuple[ReportCommunity, list[Any]]]:
        groups: dict[int, list[Any]] = {cid: [] for cid in self.communities}
        for row in self.rows:
            groups[row.community_id].append(row)
        return [(self.communities[cid], rows) for cid, rows in groups.items()]

    def currencies(self) -> list[tuple[str, int, list[Any]]]:
        """(currency, exponent, rows) for each currency present, CLP first."""
        found: dict[str, tuple[int, list[Any]]] = {}
        for community, rows in self.by_community():
            entry = found.setdefault(community.currency, (community.exponent, []))
            entry[1].extend(rows)
        return [(c, e, rows) for c, (e, rows) in sorted(found.items())]

    def ranking(self, rows: Sequence[Any]) -> list[Any]:
        size = RANKING_OFFICE if self.office else RANKING_COMMUNITY
        ranked = sorted(rows, key=lambda r: (-r.aging.owed, -r.aging.days, r.unit_number))
        return [r for r in ranked if r.aging.owed > 0][:size]


def sum_aging(rows: Sequence[Any]) -> Aging:
    """The rows' agings summed (domain/ledger.total_aging)."""
    return total_aging(row.aging for row in rows)


def write_report(data: DelinquencyReport, path: Path, fmt: str = "xlsx") -> Path:
    if fmt == "pdf":
        from kastor_desktop.reports.delinquency_pdf import write_pdf

        return write_pdf(data, path)
    return write_xlsx(data, path)


def _money(exponent: int) -> Any:
    if not exponent:
        return lambda minor: minor
    return lambda minor: Decimal(minor).scaleb(-exponent)


def write_xlsx(data: DelinquencyReport, path: Path) -> Path:
    from kastor_desktop.reports import xlsx_stream as xs

    book = xs.StreamBook(f"{data.title} al {data.as_of.strftime('%d-%m-%Y')}")
    _units_sheet(book, data)
    _ranking_sheet(book, data)
    if data.office:
        _community_sheet(book, data)
    return book.save(path)


def _units_sheet(book: Any, data: DelinquencyReport) -> None:
    from kastor_desktop.reports import xlsx_stream as xs

    office = data.office
    headers = ["Unidad", "Propietario", *(["Comunidad"] if office else [])]
    headers += [BUCKET_LABELS[b] for b in BUCKETS]
    headers += ["Total", "Días de atraso", "Última gestión", "Etapa", "Convenio", "Reservas"]
    widths = [12, 32, *([12] if office else []), 14, 14, 14, 14, 14, 16, 10, 24, 12, 12, 12]
    sheet = book.sheet("Morosidad", widths, freeze_rows=1, autofilter=True)
    sheet.row(headers, [xs.HEADER] * len(headers))
    sheet.start_filter()
    lead = 3 if office else 2
    plain = xs.PLAIN
    by_exponent = {}
    for exponent in {c.exponent for c in data.communities.values()}:
        style = xs.MONEY2 if exponent else xs.MONEY0
        by_exponent[exponent] = (_money(exponent), [plain] * lead + [style] * 6 + [plain] * 5)
    exponents = {cid: c.exponent for cid, c in data.communities.items()}
    stage = STAGE_LABELS
    agreement = AGREEMENT_LABELS
    for row in data.rows:
        money, styles = by_exponent[exponents[row.community_id]]
        a = row.aging
        values: list[Any] = [row.unit_number, row.owner_name]
        if office:
            values.append(row.community_code)
        values += [
            money(a.current),
            money(a.d0_30),
            money(a.d31_60),
            money(a.d61_90),
            money(a.d90),
            money(a.owed),
            a.days,
            row.last_action,
            stage.get(row.stage, ""),
            agreement.get(row.agreement, ""),
            "Bloqueada" if row.blocked else "",
        ]
        sheet.row(values, styles)
    sheet.end_filter()
    for currency, exponent, rows in data.currencies():
        money = _money(exponent)
        total = sum_aging(rows)
        label = "Total" if len(data.currencies()) == 1 else f"Total {currency}"
        values = [label, f"{len(rows)} unidades", *([""] if office else [])]
        values += [money(getattr(total, b)) for b in BUCKETS]
        values += [money(total.owed), total.days, "", "", "", ""]
        style = xs.TOTAL_MONEY2 if exponent else xs.TOTAL_MONEY0
        sheet.row(values, [xs.TOTAL] * lead + [style] * 6 + [xs.TOTAL] * 5)


def _ranking_sheet(book: Any, data: DelinquencyReport) -> None:
    from kastor_desktop.reports import xlsx_stream as xs

    office = data.office
    headers = ["Puesto", "Unidad", "Propietario", *(["Comunidad"] if office else [])]
    headers += ["Total", "Vencido", "Días de atraso", "Última gestión", "Convenio"]
    widths = [8, 12, 32, *([12] if office else []), 16, 16, 10, 24, 12]
    sheet = book.sheet("Ranking", widths, freeze_rows=1)
    sheet.row(headers, [xs.HEADER] * len(headers))
    lead = 4 if office else 3
    for _currency, exponent, rows in data.currencies():
        money = _money(exponent)
        style = xs.MONEY2 if exponent else xs.MONEY0
        styles = [xs.PLAIN] * lead + [style, style] + [xs.PLAIN] * 3
        for place, row in enumerate(data.ranking(rows), start=1):
            values: list[Any] = [place, row.unit_number, row.owner_name]
            if office:
                values.append(row.community_code)
            values += [
                money(row.aging.owed),
                money(row.aging.overdue),
                row.aging.days,
                row.last_action,
                AGREEMENT_LABELS.get(row.agreement, ""),
            ]
            sheet.row(values, styles)


def _community_sheet(book: Any, data: DelinquencyReport) -> None:
    from kastor_desktop.reports import xlsx_stream as xs

    headers = ["Comunidad", "Nombre", "Moneda", "Unidades con deuda"]
    headers += [BUCKET_LABELS[b] for b in BUCKETS] + ["Total", "Vencido"]
    sheet = book.sheet("Por comunidad", [12, 36, 8, 12, 14, 14, 14, 14, 14, 16, 16])
    sheet.row(headers, [xs.HEADER] * len(headers))
    for community, rows in data.by_community():
        money = _money(community.exponent)
        style = xs.MONEY2 if community.exponent else xs.MONEY0
        total = sum_aging(rows)
        values: list[Any] = [community.code, community.name, community.currency, len(rows)]
        values += [money(getattr(total, b)) for b in BUCKETS]
        values += [money(total.owed), money(total.overdue)]
        sheet.row(values, [xs.PLAIN] * 4 + [style] * 7)
