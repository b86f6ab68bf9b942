"""The real desktop process, end to end: it opens an existing office and shows the window."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.factories import ADMIN


def run_app(data_dir, password: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KASTOR_PASSWORD=password)
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "kastor_desktop",
            "--data-dir",
            str(data_dir),
            "--user",
            ADMIN.username,
            "--quit-when-shown",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
    )


def test_app_opens_existing_office_and_shows_main_window(services):
    root = services.paths.root
    services.close()
    result = run_app(root, ADMIN.password)
    assert result.returncode == 0, result.stderr
    assert "window-shown" in result.stdout
    assert (root / "logs" / "kastor.log").exists()


def test_app_does_not_open_with_a_wrong_password(services):
    """With a wrong KASTOR_PASSWORD the window is never shown: the sign-in dialog waits."""
    root = services.paths.root
    services.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KASTOR_PASSWORD="equivocada")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "kastor_desktop",
            "--data-dir",
            str(root),
            "--user",
            ADMIN.username,
            "--quit-when-shown",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        out, _ = process.communicate(timeout=8)
    except subprocess.TimeoutExpired:
        process.kill()
        out, _ = process.communicate()
    assert "window-shown" not in out


def test_help_and_mistakes_speak_spanish(capsys):
    import pytest

    from kastor_desktop.app import parse_args

    with pytest.raises(SystemExit) as exited:
        parse_args(["--help"])
    out = capsys.readouterr().out
    assert exited.value.code == 0
    assert out.startswith("uso: kastor-desktop") and "opciones:" in out
    assert "muestra esta ayuda y termina" in out and "--user NOMBRE" in out
    with pytest.raises(SystemExit) as exited:
        parse_args(["--nope"])
    assert exited.value.code == 2
    assert "argumentos no reconocidos: --nope" in capsys.readouterr().err


def test_a_plain_start_does_not_load_the_cli():
    """The Spanish messages come from kastor_desktop.cli only when something must be printed."""
    code = (
        "import sys; from kastor_desktop.app import parse_args; "
        "args = parse_args(['--user', 'ana', '--quit-when-shown']); "
        "print(args.user, args.quit_when_shown, 'kastor_desktop.cli' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.stdout.split() == ["ana", "True", "False"], result.stderr
