"""The `kastor` command end to end: real processes, real files, a throw-away HOME."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kastor_desktop import cli
from tests.factories import bad_rut, valid_rut


@dataclass(frozen=True)
class Home:
    root: Path
    env: dict[str, str]

    @property
    def data_home(self) -> Path:
        return self.root / ".local" / "share"

    @property
    def real_data_dir(self) -> Path:
        return self.data_home / "KastorDesktop"


def make_home(root: Path) -> Home:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KASTOR_")}
    env.update(
        HOME=str(root), XDG_DATA_HOME=str(root / ".local" / "share"), PYTHONIOENCODING="utf-8"
    )
    return Home(root, env)


def kastor(
    home: Home, *args: str, password: str | None = None, **extra_env: str
) -> subprocess.CompletedProcess[str]:
    env = home.env | extra_env
    if password is not None:
        env["KASTOR_PASSWORD"] = password
    return subprocess.run(
        [sys.executable, "-m", "kastor_desktop.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def sign_in_lines(stdout: str) -> tuple[str, str]:
    user = next(
        line.removeprefix("Usuario: ")
        for line in stdout.splitlines()
        if line.startswith("Usuario: ")
    )
    password = next(
        line.removeprefix("Contraseña: ")
        for line in stdout.splitlines()
        if line.startswith("Contraseña: ")
    )
    return user, password


@dataclass(frozen=True)
class Demo:
    home: Home
    data_dir: Path
    user: str
    password: str

    def run(self, *args: str, password: str | None = None) -> subprocess.CompletedProcess[str]:
        return kastor(
            self.home,
            "--data-dir",
            str(self.data_dir),
            "--user",
            self.user,
            *args,
            password=self.password if password is None else password,
        )


@pytest.fixture(scope="module")
def demo_office(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    """`kastor demo` with no --data-dir, in a throw-away HOME: it must use its own folder."""
    home = make_home(tmp_path_factory.mktemp("home"))
    override = home.root / "datos-reales"  # KASTOR_DATA_DIR moves the real folder: still not used
    done = kastor(home, "demo", KASTOR_DATA_DIR=str(override))
    assert done.returncode == 0, done.stderr
    assert not override.exists()
    user, password = sign_in_lines(done.stdout)
    assert done.stdout.rstrip().splitlines()[-2:] == [f"Usuario: {user}", f"Contraseña: {password}"]
    data_dir = home.data_home / "KastorDesktop-Demo"
    assert f"Carpeta de datos: {data_dir}" in done.stdout
    return Demo(home, data_dir, user, password)


def test_demo_prints_the_sign_in_and_never_touches_the_real_data_dir(demo_office: Demo) -> None:
    assert (demo_office.user, len(demo_office.password) >= 8) == ("admin", True)
    assert (demo_office.data_dir / "kastor.sqlite3").is_file()
    assert (demo_office.data_dir / ".kastor-demo").is_file()
    assert not demo_office.home.real_data_dir.exists()


def test_demo_run_again_says_it_exists_and_reset_rebuilds(
    demo_office: Demo, tmp_path: Path
) -> None:
    again = kastor(demo_office.home, "demo")
    assert again.returncode == 0 and "ya existe" in again.stdout
    assert sign_in_lines(again.stdout) == (demo_office.user, demo_office.password)
    folder = tmp_path / "otra-demo"
    first = kastor(demo_office.home, "--data-dir", str(folder), "demo")
    (folder / "attachments" / "sobrante.jpg").write_bytes(b"x")
    reset = kastor(demo_office.home, "demo", "--reset", "--data-dir", str(folder))
    assert first.returncode == reset.returncode == 0, reset.stderr
    assert not (folder / "attachments" / "sobrante.jpg").exists()
    assert sign_in_lines(reset.stdout) == sign_in_lines(first.stdout)


def test_communities_list_csv_has_the_codes_first(demo_office: Demo) -> None:
    done = demo_office.run("communities", "list", "--format", "csv")
    assert done.returncode == 0, done.stderr
    rows = list(csv.reader(io.StringIO(done.stdout)))
    assert rows[0][0] == "Código"
    assert sorted(r[0] for r in rows[1:]) == ["ALERCES", "PNUNOA", "VITACURA"]


def test_communities_list_json_parses(demo_office: Demo) -> None:
    done = demo_office.run("communities", "list", "--format", "json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert sorted(c["code"] for c in data) == ["ALERCES", "PNUNOA", "VITACURA"]
    assert list(data[0])[0] == "code"


def add_community(name: str, rut: str, *extra: str) -> list[str]:
    """Arguments of `kastor communities add` with sensible values for the other fields."""
    return ["communities", "add", "--name", name, "--rut", rut, "--email", "edificio@example.cl",
            "--phone", "+56 2 2345 6789", "--address", "Los Leones 123, Providencia", *extra]  # fmt: skip


def test_communities_add_then_show(demo_office: Demo) -> None:
    rut = valid_rut()
    done = demo_office.run(*add_community("Edificio Las Dalias", rut, "--code", "dalias"))
    assert done.returncode == 0, done.stderr
    assert "Comunidad creada: DALIAS — Edificio Las Dalias" in done.stdout
    shown = demo_office.run("communities", "show", "DALIAS", "--format", "json")
    assert json.loads(shown.stdout)["tax_id"] == rut


def test_bad_rut_is_refused_in_spanish_naming_the_rut(demo_office: Demo) -> None:
    rut = bad_rut()
    done = demo_office.run(*add_community("Edificio Malo", rut))
    assert done.returncode == 2
    assert f"rut: El RUT «{rut}» tiene un dígito verificador incorrecto." in done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""


def test_wrong_password_is_refused(demo_office: Demo) -> None:
    done = demo_office.run("communities", "list", password="no-es-la-clave")
    assert done.returncode == 3
    assert "Usuario o contraseña incorrectos." in done.stderr and "Traceback" not in done.stderr


def test_audit_export_writes_a_readable_xlsx(demo_office: Demo, tmp_path: Path) -> None:
    target = tmp_path / "auditoria.xlsx"
    done = demo_office.run("audit", "export", str(target), "--action", "community.create")
    assert done.returncode == 0, done.stderr
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert rows[0][:2] == ("Fecha y hora", "Usuario")
    assert len(rows) >= 4 and {r[4] for r in rows[1:]} == {"community.create"}


# -- in-process: the same `main()`, for the cheaper edge cases ---------------------------------
def run_main(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def signed(demo_office: Demo, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    for key, value in demo_office.home.env.items():
        monkeypatch.setenv(key, value)
    monkeypatch.delenv("KASTOR_DATA_DIR", raising=False)
    monkeypatch.setenv("KASTOR_PASSWORD", demo_office.password)
    return ["--data-dir", str(demo_office.data_dir), "--user", demo_office.user]


def test_lists_of_contacts_users_and_roles(
    signed: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run_main(capsys, *signed, "contacts", "list", "--format", "json")
    assert code == 0 and "Carolina Muñoz Rojas" in {c["name"] for c in json.loads(out)}
    code, out, _ = run_main(capsys, "users", "list", *signed)  # options after the command work too
    assert code == 0 and "mgonzalez" in out and "Administrador" in out
    code, out, _ = run_main(capsys, *signed, "roles", "list", "--format", "csv")
    assert code == 0 and {r[1] for r in csv.reader(io.StringIO(out))} >= {
        "Administrador",
        "Supervisor",
        "Contador",
    }


def test_backup_and_migrate(
    signed: list[str], capsys: pytest.CaptureFixture[str], demo_office: Demo
) -> None:
    code, out, _ = run_main(capsys, *signed, "backup")
    assert code == 0 and out.startswith("Respaldo creado: ")
    assert Path(out.split(": ", 1)[1].strip()).parent == demo_office.data_dir / "backups"
    code, out, _ = run_main(capsys, *signed, "migrate")
    from kastor_desktop.store.migrate import HEAD_REVISION

    assert code == 0 and HEAD_REVISION in out


def test_a_user_without_permission_gets_exit_code_3(
    signed: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KASTOR_PASSWORD", "Supervisora2024")
    args = [signed[0], signed[1], "--user", "mgonzalez"]
    code, _, err = run_main(capsys, *args, "users", "list")
    assert code == 3 and "No tiene permiso para gestionar usuarios y roles" in err
    code, out, _ = run_main(capsys, *args, "communities", "list", "--format", "json")
    assert code == 0 and len(json.loads(out)) >= 3  # Supervisor sees every community


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (
            ["communities", "show", "NOEXISTE"],
            2,
            "No existe una comunidad con código o id «NOEXISTE».",
        ),
        (["audit", "export", "x.csv"], 2, "debe terminar en .xlsx"),
        (
            ["audit", "export", "x.xlsx", "--action", "borrar.todo"],
            2,
            "La acción «borrar.todo» no existe",
        ),
        (
            ["audit", "export", "x.xlsx", "--from", "31-12-2025"],
            2,
            "debe tener la forma AAAA-MM-DD",
        ),
        (["communities", "list", "--format", "xml"], 2, "opción no válida"),
        (["communities"], 2, "faltan los argumentos"),
    ],
)
def test_bad_input_gets_a_spanish_message_and_exit_code_2(
    signed: list[str], capsys: pytest.CaptureFixture[str], argv: list[str], code: int, message: str
) -> None:
    got, _, err = run_main(capsys, *signed, *argv)
    assert got == code and message in err


def test_missing_data_dir_or_user(
    signed: list[str],
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    code, _, err = run_main(
        capsys, "--data-dir", str(tmp_path / "nada"), "--user", "admin", "communities", "list"
    )
    assert code == 2 and "No hay datos de Kastor" in err and not (tmp_path / "nada").exists()
    monkeypatch.delenv("KASTOR_USER", raising=False)
    code, _, err = run_main(capsys, signed[0], signed[1], "communities", "list")
    assert code == 2 and "--user" in err


def test_demo_refuses_the_real_data_dir_and_foreign_databases(
    signed: list[str], capsys: pytest.CaptureFixture[str], demo_office: Demo, tmp_path: Path
) -> None:
    code, _, err = run_main(capsys, "--data-dir", str(demo_office.home.real_data_dir), "demo")
    assert (
        code == 2 and "carpeta de datos real" in err and not demo_office.home.real_data_dir.exists()
    )
    foreign = tmp_path / "ajena"
    foreign.mkdir()
    (foreign / "kastor.sqlite3").write_bytes(b"datos de otra oficina")
    for extra in ([], ["--reset"]):
        code, _, err = run_main(capsys, "--data-dir", str(foreign), "demo", *extra)
        assert code == 2 and "no es de la demostración" in err
    assert (foreign / "kastor.sqlite3").read_bytes() == b"datos de otra oficina"
