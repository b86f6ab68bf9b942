"""`kastor payments …`, `kastor receipt`, `kastor account`, `kastor certificate` end to end on
a real office folder (the payments world: AROMOS, November and December closed, 15-01-2027)."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime

import pypdf
import pytest
from openpyxl import load_workbook

from kastor_desktop import cli
from tests.factories import ADMIN, NOBODY
from tests.payments_world import make_payments_world

TODAY = datetime(2027, 1, 15, 10, 0)


@pytest.fixture
def office(services, admin, monkeypatch):
    make_payments_world(services, admin)
    monkeypatch.setenv("KASTOR_PASSWORD", ADMIN.password)
    from kastor_desktop.services import suite

    real = suite.open_office  # the commands open the office with this clock
    monkeypatch.setattr(suite, "open_office", lambda root, clock=None: real(root, lambda: TODAY))
    return ["--data-dir", str(services.paths.root), "--user", ADMIN.username]


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def pdf_text(path) -> str:
    return " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(path).pages).split())


def test_add_list_void_a_payment_and_print_its_receipt(office, capsys, tmp_path):
    code, out, err = run(
        capsys, *office, "payments", "add", "AROMOS", "A-102", "35.000", "--date", "14-01-2027",
        "--method", "Depósito", "--reference", "DEP-1",
    )  # fmt: skip
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == ("Recibo N° 2: $ 35.000 de la unidad A-102 el 14-01-2027 (Depósito DEP-1).")
    assert "  pagó Gastos comunes ordinarios, noviembre 2026 (vence 11-12-2026): $ 30.000" in lines
    assert lines[-1] == "Saldo de la cuenta: debe $ 59.703."
    code, out, err = run(capsys, *office, "payments", "add", "AROMOS", "B-201", "100000",
                         "--date", "2027-01-14", "--method", "efectivo")  # fmt: skip
    assert code == 0, err
    assert "queda como saldo a favor: $ 36.865" in out and "saldo a favor $ 36.865" in out

    code, out, err = run(capsys, *office, "payments", "list", "AROMOS", "--format", "csv")
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0][:6] == ["Recibo", "Fecha", "Unidad", "Medio", "Referencia", "Monto"]
    assert [r[0] for r in rows[1:]] == ["1", "2", "3"]
    assert rows[2][1:6] == ["14-01-2027", "A-102", "Depósito", "DEP-1", "35000"]
    assert rows[3][3] == "Efectivo"
    assert "3 pagos válidos por $ 166.500" in err

    code, out, err = run(
        capsys, *office, "payments", "void", "AROMOS", "2", "--reason", "Duplicado"
    )
    assert code == 0, err
    assert "Anulado el recibo N° 2 ($ 35.000, unidad A-102)" in out and "debe $ 94.703" in out
    code, out, err = run(capsys, *office, "payments", "void", "AROMOS", "2", "--reason", "Otra")
    assert code == 2 and "ya está anulado" in err
    code, out, err = run(capsys, *office, "payments", "list", "AROMOS", "--from", "14-01-2027",
                         "--format", "json")  # fmt: skip
    listed = json.loads(out)
    assert [(p["receipt"], p["voided"], p["reason"]) for p in listed] == [
        (2, True, "Duplicado"),
        (3, False, ""),
    ]
    assert listed[1]["amount"] == 100_000 and listed[1]["date"] == "2027-01-14"

    target = tmp_path / "recibo.pdf"
    code, out, err = run(capsys, *office, "receipt", "AROMOS", "2", "--out", str(target))
    assert code == 0, err
    text = pdf_text(target)
    assert "RECIBO DE PAGO N° 2" in text and "ANULADO — Duplicado" in text
    code, out, err = run(capsys, *office, "receipt", "AROMOS", "77", "--out", str(target))
    assert code == 2 and "N° 77 no existe" in err


def test_wrong_input_exits_2_and_saves_nothing(office, capsys):
    code, out, err = run(capsys, *office, "payments", "add", "AROMOS", "Z-1", "-5",
                         "--date", "14-01-2027", "--method", "bitcoin")  # fmt: skip
    assert code == 2
    assert "«Z-1» no existe" in err and "mayor que cero" in err and "«bitcoin»" in err
    code, out, err = run(capsys, *office, "payments", "add", "AROMOS", "A-101", "1",
                         "--date", "31-02-2027")  # fmt: skip
    assert code == 2 and "31-02-2027" in err
    code, out, err = run(capsys, *office, "payments", "list", "AROMOS", "--format", "json")
    assert [p["receipt"] for p in json.loads(out)] == [1]


def test_account_as_table_csv_json_pdf_and_xlsx(office, capsys, tmp_path):
    run(capsys, *office, "payments", "add", "AROMOS", "A-102", "20000", "--date", "14-01-2027")
    code, out, err = run(capsys, *office, "account", "AROMOS", "A-102")
    assert code == 0, err
    assert out.splitlines()[0].split()[:3] == ["Fecha", "Concepto", "Vencimiento"]
    assert "AROMOS A-102 al 15-01-2027: debe $ 74.703" in err
    code, out, err = run(capsys, *office, "account", "AROMOS", "A-102", "--format", "csv")
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["Fecha", "Concepto", "Vencimiento", "Cargo", "Abono", "Saldo"]
    assert rows[1][:2] == ["01-12-2026", "Gastos comunes ordinarios, noviembre 2026"]
    assert rows[-1][0] == "14-01-2027" and rows[-1][4:] == ["20000", "74703"]
    debits = sum(int(r[3] or 0) for r in rows[1:])
    credits = sum(int(r[4] or 0) for r in rows[1:])
    assert debits - credits == 74_703
    code, out, err = run(capsys, *office, "account", "AROMOS", "A-102", "--format", "json")
    lines = json.loads(out)
    assert lines[-1] == {
        "date": "2027-01-14", "concept": "Pago, recibo N° 2 (Transferencia)", "due": "",
        "debit": 0, "credit": 20_000, "balance": 74_703,
    }  # fmt: skip
    pdf = tmp_path / "cuenta.pdf"
    code, out, err = run(capsys, *office, "account", "AROMOS", "A-102", "--out", str(pdf))
    assert code == 0 and "ESTADO DE CUENTA — UNIDAD A-102" in pdf_text(pdf)
    book = tmp_path / "cuenta.xlsx"
    code, out, err = run(capsys, *office, "account", "AROMOS", "A-102", "--out", str(book))
    assert code == 0, err
    values = [c.value for r in load_workbook(book).active.iter_rows() for c in r]
    assert 74_703 in values
    code, out, err = run(capsys, *office, "account", "AROMOS", "A-102", "--out", "x.docx")
    assert code == 2 and ".pdf o .xlsx" in err
    code, out, err = run(capsys, *office, "account", "AROMOS", "Z-9")
    assert code == 2 and "«Z-9» no existe" in err


def test_certificate_is_issued_with_the_next_folio(office, capsys, tmp_path):
    first = tmp_path / "c1.pdf"
    code, out, err = run(capsys, *office, "certificate", "AROMOS", "A-102", "--out", str(first))
    assert code == 0, err
    assert out.startswith("Certificado de deuda folio N° 1, unidad A-102 al 15-01-2027")
    assert "deuda $ 94.703" in out and "CERTIFICADO DE DEUDA" in pdf_text(first)
    second = tmp_path / "c2.pdf"
    code, out, err = run(capsys, *office, "certificate", "AROMOS", "A-101", "--out", str(second),
                         "--date", "20-12-2026")  # fmt: skip
    assert code == 0, err
    assert "Certificado de estar al día folio N° 2" in out and "sin deuda" in out
    assert "CERTIFICADO DE ESTAR AL DÍA" in pdf_text(second)


def test_reports_and_credits(office, capsys, tmp_path):
    run(capsys, *office, "payments", "add", "AROMOS", "B-201", "70000", "--date", "14-01-2027")
    code, out, err = run(capsys, *office, "payments", "credits", "AROMOS", "--format", "json")
    assert json.loads(out) == [{"unit": "B-201", "owner": "Carla Núñez", "credit": 6_865}]
    report = tmp_path / "pagos.pdf"
    code, out, err = run(capsys, *office, "payments", "report", "AROMOS", "--from", "01-12-2026",
                         "--to", "31-01-2027", "--out", str(report))  # fmt: skip
    assert code == 0, err
    assert "PAGOS RECIBIDOS" in pdf_text(report) and "$ 101.500" in pdf_text(report)
    book = tmp_path / "saldos.xlsx"
    code, out, err = run(capsys, *office, "payments", "credits", "AROMOS", "--out", str(book))
    assert code == 0 and load_workbook(book).active["C5"].value == 6_865


def test_a_user_without_permission_is_refused(office, capsys, services, admin, monkeypatch):
    monkeypatch.setenv("KASTOR_PASSWORD", NOBODY.password)
    other = ["--data-dir", office[1], "--user", NOBODY.username]
    code, out, err = run(capsys, *other, "payments", "add", "AROMOS", "A-102", "1000",
                         "--date", "14-01-2027")  # fmt: skip
    assert code == 3 and "No tiene permiso" in err
