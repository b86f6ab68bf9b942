"""`kastor delinquency`, `kastor reminders` and `kastor agreements list` end to end on a real
office folder (the payments world: AROMOS and BOSQUE, clock 15-01-2027)."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from kastor_desktop import cli
from kastor_desktop.services.agreements import AgreementDraft
from kastor_desktop.services.suite import open_office
from tests.factories import ADMIN, outbox_rows
from tests.payments_world import make_payments_world


@pytest.fixture
def office(services, admin, monkeypatch):
    make_payments_world(services, admin)
    bosque = make_payments_world(services, admin, code="BOSQUE")
    services.payments.record(admin, bosque.community_id, "A-101", 63_000, "15-01-2027")
    monkeypatch.setenv("KASTOR_PASSWORD", ADMIN.password)
    # the commands open the office with open_office's default clock: today is 15-01-2027
    monkeypatch.setattr(open_office, "__defaults__", (lambda: datetime(2027, 1, 15, 10, 0),))
    return ["--data-dir", str(services.paths.root), "--user", ADMIN.username]


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_community_as_csv_json_and_table(office, capsys):
    code, out, err = run(capsys, *office, "delinquency", "AROMOS", "--format", "csv")
    assert code == 0, err
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0][:3] == ["Unidad", "Propietario", "Por vencer"]
    assert [r[0] for r in rows[1:]] == ["A-101", "A-102", "B-201", "B-202"]
    a102 = dict(zip(rows[0], rows[2], strict=True))
    assert (a102["0-30"], a102["31-60"], a102["Total"], a102["Días"]) == (
        "63203",
        "31500",
        "94703",
        "35",
    )
    assert "4 unidades con deuda" in err and "$ 283.973" in err

    code, out, err = run(
        capsys, *office, "delinquency", "AROMOS", "--format", "json", "--date", "2027-01-10"
    )
    data = {u["unit"]: u for u in json.loads(out)}
    assert data["A-102"]["d0_30"] == 31_500 and data["A-102"]["current"] == 63_203

    code, out, err = run(capsys, *office, "delinquency", "AROMOS")
    assert out.splitlines()[0].startswith("Unidad") and "B-202" in out


def test_the_whole_office(office, capsys, tmp_path):
    code, out, err = run(capsys, *office, "delinquency", "--all", "--format", "csv")
    assert code == 0, err
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0][:2] == ["Unidad", "Comunidad"]
    assert [(r[0], r[1]) for r in rows[1:]][:2] == [("A-101", "AROMOS"), ("A-102", "AROMOS")]
    assert ("A-101", "BOSQUE") not in [(r[0], r[1]) for r in rows[1:]]  # paid in full
    assert len(rows) == 1 + 7

    book = tmp_path / "oficina.xlsx"
    code, out, err = run(
        capsys, *office, "delinquency", "--all", "--format", "xlsx", "--out", str(book)
    )
    assert code == 0, err
    assert str(book) in out
    loaded = load_workbook(book)
    assert loaded.sheetnames == ["Morosidad", "Ranking", "Por comunidad"]
    units = [(r[0], r[2]) for r in loaded["Morosidad"].iter_rows(min_row=2, values_only=True)]
    assert units[0] == ("A-101", "AROMOS") and units[-1][0] == "Total"

    pdf = tmp_path / "oficina.pdf"
    code, out, err = run(
        capsys, *office, "delinquency", "--all", "--format", "pdf", "--out", str(pdf)
    )
    assert code == 0 and "BOSQUE — Edificio Bosque" in PdfReader(pdf).pages[0].extract_text()


def test_bad_invocations_exit_2(office, capsys, tmp_path):
    code, out, err = run(capsys, *office, "delinquency", "AROMOS", "--format", "xlsx")
    assert code == 2 and "necesita --out" in err
    code, out, err = run(capsys, *office, "delinquency")
    assert code == 2 and "--all" in err
    code, out, err = run(capsys, *office, "delinquency", "NADA")
    assert code == 2 and "NADA" in err
    code, out, err = run(capsys, *office, "delinquency", "AROMOS", "--date", "mañana")
    assert code == 2 and "mañana" in err


def test_reminders_and_agreements(office, services, admin, capsys, tmp_path):
    pdf = tmp_path / "cartas.pdf"
    code, out, err = run(
        capsys, *office, "reminders", "AROMOS", "--out", str(pdf), "--min-days", "30"
    )
    assert code == 0, err
    assert "3 carta(s)" in out and "Sin correo (imprima su carta): A-102, B-201, B-202" in out
    pages = [p.extract_text() for p in PdfReader(pdf).pages]
    assert len(pages) == 3 and "A-102" in pages[0] and "$ 94.703" in pages[0]
    code, out, err = run(
        capsys, *office, "reminders", "AROMOS", "--out", str(pdf), "--unit", "A-101"
    )
    assert code == 0 and "1 carta(s)" in out
    assert not [k for k, _ in outbox_rows(services) if k == "reminder.email"]  # no e-mails
    code, out, err = run(
        capsys, *office, "reminders", "BOSQUE", "--out", str(pdf), "--unit", "A-101"
    )
    assert code == 2 and "No deben nada" in err

    aromos = services.communities.resolve(admin, "AROMOS").id
    services.agreements.create(
        admin, aromos, "A-102",
        AgreementDraft("15-01-2027", 4, approved_by="Comité, acta 7", approved_on="14-01-2027"),
    )  # fmt: skip
    code, out, err = run(capsys, *office, "agreements", "list", "AROMOS", "--format", "json")
    assert code == 0, err
    (agreement,) = json.loads(out)
    assert (agreement["unit"], agreement["debt"], agreement["instalments"]) == ("A-102", 94_703, 4)
    assert agreement["status"] == "active"
    code, out, err = run(capsys, *office, "delinquency", "AROMOS", "--format", "csv")
    rows = {r[0]: r for r in csv.reader(io.StringIO(out))}
    assert rows["A-102"][-2] == "Vigente" and rows["A-102"][-3] == "Convenio de pago, 15-01-2027"
