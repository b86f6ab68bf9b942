"""The statement renderer and its paginated table on their own: page count, page numbers,
every line and the running balance printed, voided payments in red."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pypdf
import pytest

from kastor_desktop.domain.ledger import Aging, Credit, Debit, Reversal, aging_of, statement
from kastor_desktop.reports.account_pdf import render_account
from kastor_desktop.reports.letterhead import Letterhead
from kastor_desktop.reports.notice_data import Party


@dataclass(frozen=True)
class Account:
    community_name: str
    unit_number: str
    owner_name: str
    owner_tax_id: str
    as_of: date
    lines: tuple
    balance: int
    aging: Aging


HEAD = Letterhead("CL", 0, Party("Oficina Central", "76.543.210-3"), Party("Edificio Sol", "65.432.100-9"), "Rosa Díaz")  # fmt: skip


def account(months: int, voided: bool = False) -> Account:
    start = date(2020, 1, 1)
    debits, credits = [], []
    for m in range(months):
        issued = start + timedelta(days=30 * m)
        debits.append(
            Debit(issued + timedelta(days=10), 50_000 + m, "ordinary", issued, f"Gasto común {m}")
        )
        credits.append(Credit(issued + timedelta(days=12), 50_000, "payment", f"Pago {m}", m + 1))
    reversals = []
    if voided:
        original = Credit(start + timedelta(days=5), 7_000, "payment", "Pago anulado", 999)
        reversals.append((original, Reversal(start + timedelta(days=6), 7_000, "Anulación X", 999)))
    as_of = start + timedelta(days=30 * months)
    result = statement(debits, credits, reversals)
    return Account("Edificio Sol", "A-1", "Rosa Pérez", "1.111.111-1", as_of, result.lines,
                   result.balance, aging_of(debits, credits, as_of))  # fmt: skip


def pages(path: Path) -> list[str]:
    return [p.extract_text() for p in pypdf.PdfReader(path).pages]


def test_a_short_statement_fits_one_page(tmp_path: Path) -> None:
    data = account(3, voided=True)
    texts = pages(render_account(HEAD, data, tmp_path / "c.pdf"))
    assert len(texts) == 1 and "Página 1 de 1" in texts[0]
    for line in data.lines:
        assert line.label in texts[0]
    assert "Anulación X" in texts[0] and "Totales" in texts[0]
    assert "SALDO ADEUDADO" in texts[0] and "$ 3" in texts[0]  # 0 + 1 + 2 unpaid pesos


@pytest.mark.parametrize(("months", "expected"), [(19, 1), (20, 2), (60, 3), (240, 9)])
def test_long_statements_run_over_numbered_pages(
    tmp_path: Path, months: int, expected: int
) -> None:
    data = account(months)
    texts = pages(render_account(HEAD, data, tmp_path / "c.pdf"))
    assert len(texts) == expected
    for number, page in enumerate(texts, start=1):
        assert f"Página {number} de {expected}" in page
        if number > 1:
            assert "(continuación)" in page and "Fecha" in page  # the column titles again
    printed = sum(page.count("Gasto común ") + page.count("Pago ") for page in texts)
    assert printed == len(data.lines)
    assert "Totales" in texts[-1]


def test_a_unit_in_credit_says_so(tmp_path: Path) -> None:
    debits = [Debit(date(2026, 1, 10), 10_000)]
    credits = [Credit(date(2026, 1, 5), 15_000, label="Pago adelantado")]
    result = statement(debits, credits)
    data = Account("Edificio Sol", "A-1", "", "", date(2026, 2, 1), result.lines, result.balance,
                   aging_of(debits, credits, date(2026, 2, 1)))  # fmt: skip
    text = pages(render_account(HEAD, data, tmp_path / "c.pdf"))[0]
    assert "SALDO A FAVOR" in text and "$ 5.000" in text and "-$ 5.000" in text
    assert "Sin propietario registrado" in text
