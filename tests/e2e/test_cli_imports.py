"""`kastor templates write` and `kastor import ...` end to end: real files, the real office."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kastor_desktop import cli
from tests.factories import ADMIN, bad_rut, make_community_draft
from tests.imports.files import unit, units_xlsx


@pytest.fixture
def office(services, admin, monkeypatch: pytest.MonkeyPatch) -> list[str]:  # type: ignore[no-untyped-def]
    services.communities.create(admin, make_community_draft(code="ALFA"))
    monkeypatch.setenv("KASTOR_PASSWORD", ADMIN.password)
    return ["--data-dir", str(services.paths.root), "--user", ADMIN.username]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def units_in(database: Path) -> int:
    conn = sqlite3.connect(database)
    try:
        return conn.execute("SELECT count(*) FROM units").fetchone()[0]
    finally:
        conn.close()


def test_templates_write_in_a_real_process(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KASTOR_")}
    done = subprocess.run(
        [sys.executable, "-m", "kastor_desktop.cli", "templates", "write", str(tmp_path / "t"),
         "--country", "AR"],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("Plantilla escrita: ") == 6
    assert (tmp_path / "t" / "plantilla-unidades.xlsx").is_file()


def test_dry_run_prints_the_preview_and_writes_nothing(
    office: list[str], services, tmp_path: Path, capsys
) -> None:
    path = units_xlsx(tmp_path / "u.xlsx", [unit("101", shares={"General": 100})])
    code, out, err = run(capsys, *office, "import", "units", "ALFA", str(path), "--dry-run")
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == (
        "Unidades — u.xlsx: 1 por agregar, 0 por actualizar, 0 sin cambios, 0 errores."
    )
    assert "fila 2  101  departamento · Propietario 101" in out
    assert units_in(services.paths.database) == 0


def test_import_commits_then_the_second_time_has_nothing_to_do(
    office: list[str], services, tmp_path: Path, capsys
) -> None:
    path = units_xlsx(tmp_path / "u.xlsx", [unit("101", shares={"General": 100}), unit("102")])
    code, out, _err = run(capsys, *office, "import", "units", "alfa", str(path))
    assert code == 0
    assert (
        "Importación de unidades en ALFA desde u.xlsx: filas agregadas: 2; actualizadas: 0" in out
    )
    assert "personas nuevas: 2" in out
    assert units_in(services.paths.database) == 2
    code, out, _err = run(capsys, *office, "import", "units", "ALFA", str(path))
    assert code == 0 and "nada que importar; las 2 filas ya estaban al día" in out


def test_a_broken_file_exits_2_listing_every_row_error(
    office: list[str], services, tmp_path: Path, capsys
) -> None:
    records = [unit("101", bad_rut()), unit("101", kind="castillo")]
    path = units_xlsx(tmp_path / "mala.xlsx", records)
    for extra in (["--dry-run"], []):
        code, out, err = run(capsys, *office, "import", "units", "ALFA", str(path), *extra)
        assert code == 2
        lines = err.splitlines()
        assert (
            f"fila 2, columna RUT propietario, «{bad_rut()}»: el RUT tiene un dígito verificador incorrecto"
            in lines
        )
        assert any(
            line.startswith("fila 3, columna Tipo, «castillo»: no es un valor permitido")
            for line in lines
        )
        assert (
            "fila 3, columna Número, «101»: el número de unidad está repetido en las filas 2 y 3"
            in lines
        )
        assert "3 errores" in out
    assert "kastor: «mala.xlsx» tiene 3 errores; no se importó nada." in err
    assert units_in(services.paths.database) == 0


def test_not_a_spreadsheet_and_unknown_community(office: list[str], tmp_path: Path, capsys) -> None:
    fake = tmp_path / "contrato.xlsx"
    fake.write_bytes(b"\x00\x01binario" * 50)
    code, _out, err = run(capsys, *office, "import", "suppliers", "ALFA", str(fake))
    assert code == 2 and "«contrato.xlsx» no es una planilla" in err
    code, _out, err = run(capsys, *office, "import", "units", "NOEXISTE", str(fake))
    assert code == 2 and "No existe una comunidad con código o id «NOEXISTE»" in err
