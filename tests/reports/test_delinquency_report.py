"""The delinquency report read back: the workbook with openpyxl, the PDF with pypdf."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from kastor_desktop.domain.ledger import Aging
from kastor_desktop.reports.delinquency_report import (
    RANKING_COMMUNITY,
    DelinquencyReport,
    ReportCommunity,
    write_report,
)
from kastor_desktop.reports.xlsx_stream import StreamBook, column_letter

AS_OF = date(2027, 1, 15)
AROMOS = ReportCommunity(1, "AROMOS", "Edificio Los Aromos", "CLP", 0)
RIVADAVIA = ReportCommunity(2, "RIVADAVIA", "Consorcio Rivadavia", "ARS", 2)


@dataclass(frozen=True)
class Row:
    community_id: int
    community_code: str
    unit_number: str
    owner_name: str
    aging: Aging
    last_action: str = ""
    stage: str = ""
    agreement: str = ""
    blocked: bool = False


def row(community, number, owner, d0=0, d31=0, d90=0, current=0, days=0, **extra):
    aging = Aging(current, d0, d31, 0, d90, 0, None, days)
    return Row(community.id, community.code, number, owner, aging, **extra)


def aromos_rows():
    return [
        row(AROMOS, "A-101", "=HYPERLINK(\"http://x\")", d0=63_000, days=4),
        row(AROMOS, "A-102", "Bruno Díaz", d0=63_203, d31=31_500, days=35,
            last_action="Carta, 15-01-2027", stage="early", agreement="active"),
        row(AROMOS, "B-201", "-Carla", d90=120_000, days=140, agreement="broken", blocked=True),
        row(AROMOS, "B-202", "@Diego", current=5_000),
    ]  # fmt: skip


def report(rows, office=False, communities=(AROMOS,)):
    return DelinquencyReport(
        "Informe de morosidad — prueba",
        "Administraciones de Prueba Ltda.",
        AS_OF,
        office,
        {c.id: c for c in communities},
        rows,
    )


def values(sheet):
    return [list(r) for r in sheet.iter_rows(values_only=True)]


def test_community_workbook(tmp_path):
    path = write_report(report(aromos_rows()), tmp_path / "m.xlsx")
    book = load_workbook(path)
    assert book.sheetnames == ["Morosidad", "Ranking"]
    sheet = book["Morosidad"]
    rows = values(sheet)
    assert rows[0][:3] == ["Unidad", "Propietario", "Por vencer"]
    assert rows[0][7:13] == ["Total", "Días de atraso", "Última gestión", "Etapa", "Convenio",
                             "Reservas"]  # fmt: skip
    assert [r[0] for r in rows[1:]] == ["A-101", "A-102", "B-201", "B-202", "Total"]
    assert rows[2][2:13] == [0, 63_203, 31_500, 0, 0, 94_703, 35, "Carta, 15-01-2027",
                             "Temprana", "Vigente", None]  # fmt: skip
    assert rows[3][11:13] == ["Incumplido", "Bloqueada"]
    assert rows[-1][:8] == ["Total", "4 unidades", 5_000, 126_203, 31_500, 0, 120_000, 282_703]
    assert sheet["C2"].number_format == "#,##0" and sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:M5"
    for cell in ("B2", "B4", "B5"):  # =..., -..., @... stay text
        assert sheet[cell].data_type == "s" and sheet[cell].quotePrefix
    assert sheet["B2"].value.startswith("=HYPERLINK")
    ranking = values(book["Ranking"])
    assert ranking[0][:4] == ["Puesto", "Unidad", "Propietario", "Total"]
    assert [(r[0], r[1], r[3]) for r in ranking[1:]] == [
        (1, "B-201", 120_000),
        (2, "A-102", 94_703),
        (3, "A-101", 63_000),
        (4, "B-202", 5_000),
    ]


def test_ranking_keeps_the_biggest_debts(tmp_path):
    rows = [row(AROMOS, f"{n}", f"Dueño {n}", d0=1_000 * n, days=n) for n in range(1, 31)]
    book = load_workbook(write_report(report(rows), tmp_path / "r.xlsx"))
    ranking = values(book["Ranking"])[1:]
    assert len(ranking) == RANKING_COMMUNITY
    assert ranking[0][1] == "30" and ranking[-1][1] == str(30 - RANKING_COMMUNITY + 1)


def test_office_workbook_keeps_currencies_apart(tmp_path):
    rows = [
        *aromos_rows(),
        row(RIVADAVIA, "1", "Juan Pérez", d0=123_450, days=12),
        row(RIVADAVIA, "2", "Ana Gómez", d31=10_001, days=40),
    ]
    data = report(rows, office=True, communities=(AROMOS, RIVADAVIA))
    book = load_workbook(write_report(data, tmp_path / "o.xlsx"))
    assert book.sheetnames == ["Morosidad", "Ranking", "Por comunidad"]
    sheet = book["Morosidad"]
    rows_ = values(sheet)
    assert rows_[0][:3] == ["Unidad", "Propietario", "Comunidad"]
    rivadavia = [r for r in rows_ if r[2] == "RIVADAVIA"]
    assert rivadavia[0][4] == pytest.approx(1234.50) and rivadavia[1][5] == pytest.approx(100.01)
    assert sheet.cell(row=6, column=5).number_format == "#,##0.00"
    totals = {r[0]: r for r in rows_ if str(r[0]).startswith("Total")}
    assert totals["Total ARS"][8] == pytest.approx(1334.51)
    assert totals["Total CLP"][8] == 282_703
    per = values(book["Por comunidad"])
    assert per[1][:4] == ["AROMOS", "Edificio Los Aromos", "CLP", 4]
    assert per[2][:4] == ["RIVADAVIA", "Consorcio Rivadavia", "ARS", 2]
    assert per[2][9] == pytest.approx(1334.51)


def test_community_pdf(tmp_path):
    rows = [
        row(AROMOS, f"{n:03d}", f"Propietaria {n}", d0=1_000 + n, days=5) for n in range(1, 121)
    ]
    path = write_report(report(rows), tmp_path / "m.pdf", "pdf")
    reader = PdfReader(path)
    assert len(reader.pages) >= 3
    texts = [p.extract_text() for p in reader.pages]
    assert all("Unidad" in t and "al 15-01-2027" in t for t in texts)
    everything = "\n".join(texts)
    assert "001" in texts[0] and "Propietaria 120" in everything
    assert f"{sum(1_000 + n for n in range(1, 121)):,}".replace(",", ".") in texts[-1]
    assert "120 unidades" in texts[-1] and "montos en CLP" in everything
    assert f"Página {len(texts)}" in texts[-1]


def test_office_pdf_has_a_section_and_a_summary_per_community(tmp_path):
    rows = [*aromos_rows(), row(RIVADAVIA, "1", "Juan Pérez", d0=123_450, days=12)]
    data = report(rows, office=True, communities=(AROMOS, RIVADAVIA))
    text = "\n".join(
        p.extract_text() for p in PdfReader(write_report(data, tmp_path / "o.pdf", "pdf")).pages
    )
    assert "AROMOS — Edificio Los Aromos (CLP)" in text
    assert "RIVADAVIA — Consorcio Rivadavia (ARS)" in text
    assert "Resumen por comunidad" in text
    assert "Total CLP" in text and "Total ARS" in text and "1.234,50" in text


def test_an_empty_report_still_writes(tmp_path):
    assert (
        "Ninguna unidad"
        in PdfReader(write_report(report([]), tmp_path / "v.pdf", "pdf")).pages[0].extract_text()
    )
    book = load_workbook(write_report(report([]), tmp_path / "v.xlsx"))
    assert values(book["Morosidad"])[-1][:2] == ["Total", "0 unidades"]


def test_stream_writer_cells(tmp_path):
    book = StreamBook("Prueba")
    sheet = book.sheet('Hoja "1"', [10, 10, 10, 10, 10])
    sheet.row(
        ["texto\x01 & <b>", date(2027, 1, 15), True, Decimal("12.50"), datetime(2027, 1, 2, 3)]
    )
    sheet.row([None, "", 1.5, -3, "+56 9"])
    loaded = load_workbook(book.save(tmp_path / "s.xlsx"))
    ws = loaded.worksheets[0]
    assert ws.title == 'Hoja "1"'
    assert [c.value for c in ws[1]] == [
        "texto & <b>",
        datetime(2027, 1, 15),
        True,
        12.5,
        datetime(2027, 1, 2),
    ]
    assert ws["B1"].number_format == "DD-MM-YYYY"
    assert [c.value for c in ws[2]][2:] == [1.5, -3, "+56 9"] and ws["E2"].quotePrefix
    assert [column_letter(n) for n in (1, 26, 27, 52, 703)] == ["A", "Z", "AA", "AZ", "AAA"]
    assert not list(tmp_path.glob("*.tmp"))
