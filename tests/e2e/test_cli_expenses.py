"""`kastor expenses import|list` end to end: real files, the real office, a real process."""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from kastor_desktop import cli
from kastor_desktop.imports.expenses import expenses_spec
from tests.closing_world import make_closing_world
from tests.factories import ADMIN
from tests.imports.files import write_xlsx

HEADERS = {c.key: c.header for c in expenses_spec().sheets[0].columns}


@pytest.fixture
def office(services, admin, monkeypatch: pytest.MonkeyPatch) -> list[str]:  # type: ignore[no-untyped-def]
    make_closing_world(services, admin)
    monkeypatch.setenv("KASTOR_PASSWORD", ADMIN.password)
    return ["--data-dir", str(services.paths.root), "--user", ADMIN.username]


def expenses_xlsx(path: Path, *records: dict[str, Any]) -> Path:
    base = {"spent_on": date(2026, 11, 5), "account": "01.01", "description": "Sueldo conserje",
            "amount": 650_000, "table": "General"}  # fmt: skip
    grid = [list(HEADERS.values())] + [[(base | r).get(k) for k in HEADERS] for r in records]
    return write_xlsx(path, {"Gastos": grid})


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def expenses_in(database: Path) -> int:
    conn = sqlite3.connect(database)
    try:
        return int(conn.execute("SELECT count(*) FROM expenses").fetchone()[0])
    finally:
        conn.close()


TWO = (
    {},
    {"account": "03.01", "description": "Mantención ascensores", "amount": "250.000",
     "method": "Partes iguales", "table": None, "units": "A-101, A-102"},
)  # fmt: skip


def test_import_in_a_real_process(office: list[str], tmp_path: Path) -> None:
    path = expenses_xlsx(tmp_path / "g.xlsx", *TWO)
    env = {k: v for k, v in os.environ.items() if not k.startswith("KASTOR_")}
    env["KASTOR_PASSWORD"] = ADMIN.password
    done = subprocess.run(
        [sys.executable, "-m", "kastor_desktop.cli", *office, "expenses", "import", "AROMOS",
         "2026-11", str(path)],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=60,
    )  # fmt: skip
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.strip() == (
        "Importación de gastos en AROMOS (noviembre 2026) desde g.xlsx: filas agregadas: 2; "
        "sin cambios: 0."
    )


def test_dry_run_then_import_then_nothing_to_do(
    office: list[str], services, tmp_path: Path, capsys
) -> None:
    path = expenses_xlsx(tmp_path / "g.xlsx", *TWO)
    code, out, err = run(capsys, *office, "expenses", "import", "aromos", "2026-11", str(path),
                         "--dry-run")  # fmt: skip
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "Gastos de noviembre 2026 — g.xlsx: 2 por agregar, 0 sin cambios, 0 errores."
    assert "  fila 3  05-11-2026  03.01 Ascensores · Mantención ascensores · $ 250.000 · " \
           "Partes iguales (2 unidades)" in lines  # fmt: skip
    assert expenses_in(services.paths.database) == 0
    code, out, _err = run(capsys, *office, "expenses", "import", "AROMOS", "2026-11", str(path))
    assert code == 0 and "filas agregadas: 2; sin cambios: 0." in out
    code, out, _err = run(capsys, *office, "expenses", "import", "AROMOS", "2026-11", str(path))
    assert code == 0 and out.strip() == (
        "Gastos — g.xlsx: nada que importar; las 2 filas ya estaban registradas en noviembre 2026 "
        "en AROMOS (sin cambios)."
    )
    assert expenses_in(services.paths.database) == 2


def test_row_errors_exit_2_and_write_nothing(
    office: list[str], services, tmp_path: Path, capsys
) -> None:
    path = expenses_xlsx(
        tmp_path / "malos.xlsx", {}, {"spent_on": "03/10/2026", "account": "Multas"}, {"amount": -1}
    )
    for extra in (["--dry-run"], []):
        code, out, err = run(capsys, *office, "expenses", "import", "AROMOS", "2026-11",
                             str(path), *extra)  # fmt: skip
        assert code == 2
        lines = err.splitlines()
        assert (
            "fila 3, columna Fecha, «03/10/2026»: debe ser de noviembre 2026, el mes abierto"
            in lines
        )
        assert any(line.startswith("fila 3, columna Cuenta, «Multas»: es una cuenta de recargo")
                   for line in lines)  # fmt: skip
        assert "fila 4, columna Monto, «-1»: debe ser mayor que cero" in lines
        assert "1 por agregar, 0 sin cambios, 3 errores." in out
    assert "kastor: «malos.xlsx» tiene 3 errores; no se importó nada." in err
    assert expenses_in(services.paths.database) == 0


def test_wrong_period_unknown_community_and_bad_input(
    office: list[str], tmp_path: Path, capsys
) -> None:
    path = expenses_xlsx(tmp_path / "g.xlsx", {})
    code, _out, err = run(capsys, *office, "expenses", "import", "AROMOS", "2026-10", str(path))
    assert code == 1
    assert err.strip() == (
        "kastor: El período 2026-10 no es el mes abierto (2026-11) de AROMOS: los gastos se "
        "importan en el mes abierto."
    )
    code, _out, err = run(capsys, *office, "expenses", "import", "AROMOS", "noviembre", str(path))
    assert code == 2 and "Período «noviembre»: use el formato AAAA-MM" in err
    code, _out, err = run(capsys, *office, "expenses", "import", "NADA", "2026-11", str(path))
    assert code == 2 and "«NADA»" in err
    code, _out, err = run(capsys, *office, "expenses", "list", "AROMOS", "2025-01")
    assert code == 2 and "no tiene el período 2025-01" in err


def test_list_as_table_csv_and_json(office: list[str], tmp_path: Path, capsys) -> None:
    path = expenses_xlsx(tmp_path / "g.xlsx", *TWO, {"account": "09.01", "description": "Pintura",
                                                       "amount": 100})  # fmt: skip
    assert run(capsys, *office, "expenses", "import", "AROMOS", "2026-11", str(path))[0] == 0
    code, out, _err = run(capsys, *office, "expenses", "list", "AROMOS")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["Fecha", "Cuenta", "Nombre"]
    assert any("650.000" in line and "Tabla General" in line for line in lines)
    assert lines[-1] == ("Total: 3 gastos; ordinarios $ 900.000; extraordinarios $ 100.")
    code, out, _err = run(
        capsys, *office, "expenses", "list", "AROMOS", "2026-11", "--format", "csv"
    )
    table = list(csv.reader(io.StringIO(out)))
    assert table[0][:3] == ["Fecha", "Cuenta", "Nombre cuenta"] and len(table) == 4
    assert table[2][7] == "250.000" and table[2][8] == "Partes iguales (2 unidades)"
    code, out, _err = run(capsys, *office, "expenses", "list", "AROMOS", "--format", "json")
    data = json.loads(out)
    assert data[0] | {"attachment": None} == {
        "date": "2026-11-05", "account": "01.01", "account_name": "Sueldos", "supplier": "",
        "document": "", "number": "", "description": "Sueldo conserje", "amount": 650000,
        "total": 650000, "method": "table", "split": "Tabla General", "nature": "ordinary",
        "confirmed": True, "attachment": None,
    }  # fmt: skip
    assert data[2]["nature"] == "extraordinary"
