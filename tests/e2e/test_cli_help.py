"""Every `kastor` command explains itself: --help never crashes, and file errors read in Spanish."""

from __future__ import annotations

import argparse

import pytest

from kastor_desktop import cli


def _all_commands() -> list[list[str]]:
    found: list[list[str]] = []

    def walk(parser: argparse.ArgumentParser, path: list[str]) -> None:
        found.append(path)
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    walk(sub, [*path, name])

    walk(cli.build_parser(), [])
    return found


@pytest.mark.parametrize("command", _all_commands(), ids=lambda c: " ".join(c) or "kastor")
def test_help_of_every_command(command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main([*command, "--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("uso: kastor")


def test_a_missing_folder_is_explained_in_spanish(tmp_path, capsys) -> None:
    blocker = tmp_path / "archivo.txt"
    blocker.write_text("no soy una carpeta")
    code = cli.main(["templates", "write", str(blocker / "plantillas")])
    err = capsys.readouterr().err
    assert code != 0
    assert "no es una carpeta" in err and "Not a directory" not in err and "Traceback" not in err


def test_audit_export_names_an_unknown_user(services, tmp_path, capsys, monkeypatch) -> None:
    from tests.factories import ADMIN

    monkeypatch.setenv("KASTOR_PASSWORD", ADMIN.password)
    root = services.paths.root
    services.close()
    code = cli.main(["--data-dir", str(root), "--user", ADMIN.username, "audit", "export",
                     str(tmp_path / "a.xlsx"), "--user-filter", "nadie"])  # fmt: skip
    assert code == 2
    assert "«nadie»" in capsys.readouterr().err
    assert not (tmp_path / "a.xlsx").exists()
