"""`kastor bank import` and `kastor bank presets list` end to end on a real office folder."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from kastor_desktop import cli
from tests.factories import ADMIN, NOBODY
from tests.imports.bank_layouts import credit, debit, write_statement
from tests.payments_world import make_payments_world

TODAY = datetime(2027, 1, 15, 10, 0)


@pytest.fixture
def world(services, admin):
    return make_payments_world(services, admin)


@pytest.fixture
def office(services, world, monkeypatch) -> list[str]:
    from kastor_desktop.services import suite

    opened = suite.open_office
    monkeypatch.setattr(suite, "open_office", lambda root, clock=None: opened(root, lambda: TODAY))
    monkeypatch.setenv("KASTOR_PASSWORD", ADMIN.password)
    return ["--data-dir", str(services.paths.root), "--user", ADMIN.username]


def owner_rut(services, admin, unit: str) -> str:
    return services.ledger.account(admin, 1, unit).owner_tax_id


@pytest.fixture
def statement(services, admin, world, tmp_path) -> Path:
    ana = owner_rut(services, admin, "A-101")
    return write_statement(
        "santander",
        tmp_path,
        [
            credit("02/01/2027", f"TRANSF DE {ana} ANA ROJAS", 63_000, "7001"),  # row 4
            credit("03/01/2027", "PAGO AROMOS-A102", 50_000, "7002"),  # 5
            debit("03/01/2027", "COMISION", 990, "7003"),  # 6
            credit("05/01/2027", "TRANSFERENCIA RECIBIDA", 63_135, "7004"),  # 7: B-201 or B-202
            credit("06/01/2027", "DEPOSITO EN EFECTIVO", 7_777, "7005"),  # 8
        ],
    )


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def payments(services) -> list[tuple]:
    conn = sqlite3.connect(services.paths.database)
    try:
        return conn.execute(
            "SELECT receipt_number, amount, fingerprint IS NOT NULL FROM payments ORDER BY id"
        ).fetchall()
    finally:
        conn.close()


def test_dry_run_prints_the_review_and_saves_nothing(office, services, admin, statement, capsys):
    before = payments(services)
    code, out, err = run(capsys, *office, "bank", "import", "AROMOS", str(statement), "--dry-run")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == (
        "Cartola cartola-santander.csv — AROMOS: 4 abonos (2 asignados, 1 ambiguo, 1 sin "
        "asignar, 0 ya importados); 1 cargo omitido; 0 filas con errores."
    )
    ana = owner_rut(services, admin, "A-101")
    assert (
        f"  fila 4     02-01-2027        $ 63.000  A-101    RUT {ana} del propietario, monto igual "
        f"a la deuda de la unidad  «TRANSF DE {ana} ANA ROJAS»"
    ) in lines
    assert "Ambiguos (1):" in lines and "Sin asignar (1):" in lines
    assert any("candidata: B-201 (Carla Núñez): monto igual a la deuda" in line for line in lines)
    assert any("candidata: B-202 (Diego Soto)" in line for line in lines)
    assert any(line.startswith("  fila 8 ") and "«DEPOSITO EN EFECTIVO»" in line for line in lines)
    assert payments(services) == before


def test_without_flags_nothing_is_imported_while_rows_are_unresolved(
    office, services, statement, capsys
):
    before = payments(services)
    code, out, err = run(capsys, *office, "bank", "import", "AROMOS", str(statement))
    assert code == 1
    assert out.startswith("Cartola cartola-santander.csv")
    assert err == (
        "kastor: no se importó nada: quedan 2 abonos sin asignar o ambiguos. Resuélvalos en la "
        "pantalla «Importar cartola» o use --auto para importar solo los abonos asignados.\n"
    )
    assert payments(services) == before


def test_auto_imports_the_matched_rows_then_nothing_twice(office, services, statement, capsys):
    code, out, err = run(capsys, *office, "bank", "import", "AROMOS", str(statement), "--auto")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "Importados 2 pagos por $ 113.000 en AROMOS desde cartola-santander.csv: recibos N° 2 a 3.",
        "Quedan 2 abonos por resolver en la pantalla «Importar cartola» (1 ambiguo, 1 sin asignar).",
    ]
    assert payments(services)[1:] == [(2, 63_000, 1), (3, 50_000, 1)]
    code, out, err = run(capsys, *office, "bank", "import", "AROMOS", str(statement), "--auto")
    assert code == 0
    assert out.splitlines()[:2] == [
        "Nada que importar de cartola-santander.csv en AROMOS.",
        "2 abonos ya estaban importados: no se repitieron.",
    ]
    assert len(payments(services)) == 3


def test_without_flags_a_fully_matched_statement_is_imported(
    office, services, admin, tmp_path, capsys
):
    path = write_statement(
        "bci", tmp_path, [credit("04/01/2027", "PAGO AROMOS-B202", 63_135, "1"),
                          credit("04/01/2027", "PAGO AROMOS-B201", 1_000, "2")],
    )  # fmt: skip
    code, out, err = run(capsys, *office, "bank", "import", "AROMOS", str(path), "--preset", "BCI")
    assert (code, err) == (0, "")
    assert out == (
        "Importados 2 pagos por $ 64.135 en AROMOS desde cartola-bci.csv: recibos N° 2 a 3.\n"
    )


def test_row_errors_go_to_stderr_and_block_a_plain_import(office, services, tmp_path, capsys):
    from tests.imports.bank_layouts import write_xlsx

    path = write_xlsx(
        tmp_path / "c.xlsx",
        [["Fecha", "Glosa", "Abonos"], ["02/01/2027", "PAGO AROMOS-A101", 5],
         ["32/01/2027", "PAGO AROMOS-A102", 6]],
    )  # fmt: skip
    code, out, err = run(capsys, *office, "bank", "import", "AROMOS", str(path))
    assert code == 1
    assert err.splitlines()[0] == "Fila 3: la fecha «32/01/2027» no es válida."
    assert err.splitlines()[1].startswith("kastor: no se importó nada: queda 1 fila con errores.")
    code, out, err = run(capsys, *office, "bank", "import", "AROMOS", str(path), "--auto")
    assert (code, out) == (
        0, "Importado 1 pago por $ 5 en AROMOS desde c.xlsx: recibo N° 2.\n"
    )  # fmt: skip
    assert err == "Fila 3: la fecha «32/01/2027» no es válida.\n"


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (
            ["--preset", "Banco Inventado"],
            "kastor: El formato de cartola «Banco Inventado» no existe",
        ),
        (["--auto", "--dry-run"], "kastor: Use --auto o --dry-run, no los dos a la vez."),
    ],
)
def test_bad_input_exits_2(office, statement, capsys, extra, message):
    code, _out, err = run(capsys, *office, "bank", "import", "AROMOS", str(statement), *extra)
    assert code == 2 and message in err


def test_an_unreadable_file_exits_2_in_spanish(office, tmp_path, capsys):
    fake = tmp_path / "cartola.xlsx"
    fake.write_text("esto no es un Excel", encoding="utf-8")
    code, out, err = run(capsys, *office, "bank", "import", "AROMOS", str(fake))
    assert (code, out) == (2, "")
    assert err.startswith("kastor: El archivo «cartola.xlsx» no es un Excel válido")


def test_a_user_without_permission_exits_3(office, statement, capsys, monkeypatch):
    monkeypatch.setenv("KASTOR_PASSWORD", NOBODY.password)
    argv = [office[0], office[1], "--user", NOBODY.username]
    code, _out, err = run(capsys, *argv, "bank", "import", "1", str(statement), "--dry-run")
    assert code == 3 and "No tiene permiso" in err


def test_presets_list(office, capsys):
    code, out, _err = run(capsys, *office, "bank", "presets", "list")
    lines = out.splitlines()
    assert code == 0 and lines[0].split() == ["Formato", "Incorporado", "Columnas"]
    assert lines[2].startswith("BancoEstado") and " sí " in lines[2]
    code, out, _err = run(capsys, *office, "bank", "presets", "list", "--format", "json")
    data = json.loads(out)
    assert data[2] == {
        "name": "Santander",
        "builtin": True,
        "columns": "Fecha: Fecha · Descripción: Detalle · N° Documento: N° Documento · "
        "Monto: Monto · Saldo: Saldo",
    }


def test_dry_run_in_a_real_process(services, admin, statement):
    make_payments_world(services, admin, code="ROBLES")
    env = {k: v for k, v in os.environ.items() if not k.startswith("KASTOR_")}
    env["KASTOR_PASSWORD"] = ADMIN.password
    done = subprocess.run(
        [sys.executable, "-m", "kastor_desktop.cli", "--data-dir", str(services.paths.root),
         "--user", ADMIN.username, "bank", "import", "ROBLES", str(statement), "--dry-run"],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Cartola cartola-santander.csv — ROBLES: 4 abonos")
    assert "referencia" not in done.stdout  # AROMOS-A102 names a unit of another community
