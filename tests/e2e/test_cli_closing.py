"""`kastor closing …`, `kastor notices` end to end on a real office folder: preview, close,
show, export, notices, reopen — and the notices, the workbook and the lines agree to the peso."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from kastor_desktop import cli
from tests.closing_world import add_expense, make_closing_world
from tests.factories import ADMIN


@pytest.fixture
def office(services, admin, monkeypatch):
    world = make_closing_world(services, admin)
    add_expense(services, world, 1_000_001, "Aseo")
    add_expense(services, world, 250_000, "Pintura", nature="extraordinary")
    add_expense(services, world, 30_000, "Reparación citófono", method="unit", unit="B-201")
    monkeypatch.setenv("KASTOR_PASSWORD", ADMIN.password)
    monkeypatch.setattr(
        "kastor_desktop.services.unit_of_work.utc_now", lambda: datetime(2026, 12, 2, 9, 0)
    )
    return ["--data-dir", str(services.paths.root), "--user", ADMIN.username]


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_preview_close_show_export_notices_reopen(office, capsys, tmp_path):
    code, out, err = run(capsys, *office, "closing", "preview", "AROMOS", "--format", "json")
    assert code == 0, err
    preview = json.loads(out)
    assert preview["period"] == "2026-11" and preview["status"] == "abierto"
    totals = {u["unit"]: u["total"] for u in preview["units"]}
    assert sum(totals.values()) == preview["totals"]["total"]

    code, out, err = run(capsys, *office, "closing", "preview", "AROMOS", "--format", "csv")
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["Unidad", "Concepto", "Monto"]
    assert sum(int(r[2]) for r in rows[1:] if r[1] != "Total a pagar") == preview["totals"]["total"]

    code, out, err = run(capsys, *office, "closing", "close", "AROMOS", "2026-11")
    assert code == 0, err
    assert "folios 1 a 4" in out and "2026-12" in out

    code, out, err = run(
        capsys, *office, "closing", "show", "AROMOS", "2026-11", "--format", "json"
    )
    assert code == 0, err
    shown = json.loads(out)
    assert shown["verified"] is True and shown["sequence"] == 1
    assert {u["unit"]: u["total"] for u in shown["units"]} == totals

    book = tmp_path / "cierre.xlsx"
    code, out, err = run(capsys, *office, "closing", "export", "AROMOS", "2026-11", str(book))
    assert code == 0, err
    sheets = load_workbook(book, read_only=True).sheetnames
    assert len(sheets) >= 3
    values = [
        v
        for ws in load_workbook(book).worksheets
        for row in ws.iter_rows(values_only=True)
        for v in row
    ]
    assert shown["totals"]["total"] in values  # the workbook's grand total, as a number

    out_dir = tmp_path / "avisos"
    code, out, err = run(capsys, *office, "notices", "AROMOS", "2026-11", "--out", str(out_dir))
    assert code == 0, err
    reader = PdfReader(out.strip().splitlines()[0])
    assert len(reader.pages) == 4
    text = reader.pages[2].extract_text()
    assert "B-201" in text and f"{totals['B-201']:,}".replace(",", ".") in text

    code, out, err = run(
        capsys, *office, "notices", "AROMOS", "2026-11", "--out", str(out_dir), "--per-unit"
    )
    assert code == 0, err
    assert len(out.strip().splitlines()) == 4

    code, out, err = run(
        capsys, *office, "closing", "reopen", "AROMOS", "2026-11", "--reason", "Falta factura"
    )
    assert code == 0, err
    code, out, err = run(capsys, *office, "closing", "show", "AROMOS", "2026-11")
    assert code == 2 and "no está cerrado" in err


def test_bad_period_and_blocking_errors_are_spanish_and_exit_2(office, capsys, services, admin):
    code, out, err = run(capsys, *office, "closing", "close", "AROMOS", "noviembre")
    assert code == 2 and "AAAA-MM" in err
    code, out, err = run(capsys, *office, "closing", "close", "AROMOS", "2026-10")
    assert code == 2 and "2026-10" in err
    community = services.communities.resolve(admin, "AROMOS")
    table = services.shares.tables(admin, community.id)[0]
    unit = services.units.listing(admin, community.id).rows[0]
    services.shares.set_shares(admin, community.id, table.id, {unit.id: 1_000_000})
    code, out, err = run(capsys, *office, "closing", "preview", "AROMOS")
    assert code == 2 and "no 100 %" in err
    code, out, err = run(capsys, *office, "closing", "close", "AROMOS", "2026-11")
    assert code == 2 and "Bloqueo 1" in err and "General" in err
