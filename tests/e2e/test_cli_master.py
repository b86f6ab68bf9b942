"""`kastor units list` and `kastor shares check` end to end, on a real office folder."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys

import pytest

from kastor_desktop import cli
from kastor_desktop.domain.shares import FULL
from kastor_desktop.services.people import PersonDraft
from kastor_desktop.services.units import UnitDraft
from tests.factories import ADMIN, NOBODY, make_chilean_community, valid_rut


@pytest.fixture
def office(services, admin, monkeypatch):
    """AROMOS with units 1, 2, 10 (owner on 2), tables General (100 %) and Bodegas (50 %)."""
    community = make_chilean_community(services, admin)
    rut = valid_rut(14_222_333)
    services.people.create(admin, community.id, PersonDraft(rut, "Rosa Muñoz"))
    ids = {}
    for number, area in (("10", "80"), ("2", "55,2"), ("1", "40")):
        draft = UnitDraft(number, area_m2=area, owner_tax_id=rut if number == "2" else "")
        ids[number] = services.units.create(admin, community.id, draft).value.id
    general = services.shares.create_table(admin, community.id, "General").value
    storage = services.shares.create_table(admin, community.id, "Bodegas").value
    services.shares.set_shares(
        admin,
        community.id,
        general.id,
        {ids["1"]: 25_000_000, ids["2"]: 34_500_000, ids["10"]: 40_500_000},
    )
    services.shares.set_shares(admin, community.id, storage.id, {ids["10"]: FULL // 2})
    monkeypatch.setenv("KASTOR_PASSWORD", ADMIN.password)
    return ["--data-dir", str(services.paths.root), "--user", ADMIN.username], rut, general


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_units_list_csv_has_the_unit_first_and_a_column_per_table(office, capsys):
    login, rut, _ = office
    code, out, err = run(capsys, *login, "units", "list", "AROMOS", "--format", "csv")
    assert code == 0, err
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0][0] == "Unidad" and rows[0][-2:] == ["% General", "% Bodegas"]
    assert "RUT propietario" in rows[0] and "m²" in rows[0] and "Tipo" in rows[0]
    assert [r[0] for r in rows[1:]] == ["1", "2", "10"]
    two = dict(zip(rows[0], rows[2], strict=True))
    assert (two["Propietario"], two["RUT propietario"], two["m²"]) == ("Rosa Muñoz", rut, "55,20")
    assert (two["% General"], two["% Bodegas"], two["Tipo"]) == ("34,500000", "", "departamento")


def test_units_list_json_and_table(office, capsys):
    login, _, _ = office
    code, out, err = run(capsys, *login, "units", "list", "aromos", "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert list(data[0])[0] == "number"
    assert data[2]["shares"] == {"General": 40.5, "Bodegas": 50.0}  # numbers, not display text
    assert data[0]["shares"]["Bodegas"] is None and data[0]["active"] is True
    code, out, _ = run(capsys, *login, "units", "list", "AROMOS")
    lines = out.splitlines()
    assert lines[0].startswith("Unidad") and lines[2].startswith("1 ")


def test_shares_check_exits_2_when_a_table_does_not_sum(office, capsys):
    login, _, _ = office
    code, out, err = run(capsys, *login, "shares", "check", "AROMOS", "--format", "csv")
    assert code == 2
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[1:] == [
        ["General", "3", "100,000000", "0,000000", "OK"],
        ["Bodegas", "1", "50,000000", "50,000000", "ERROR"],
    ]
    assert "no suman exactamente 100 %: Bodegas" in err


def test_shares_check_passes_when_every_table_sums(office, services, admin, capsys):
    login, _, _ = office
    community = services.communities.resolve(admin, "AROMOS")
    storage = services.shares.tables(admin, community.id)[1]
    services.shares.delete_table(admin, community.id, storage.id)
    env = {**os.environ, "KASTOR_PASSWORD": ADMIN.password}
    done = subprocess.run(
        [sys.executable, "-m", "kastor_desktop.cli", *login, "shares", "check", str(community.id)],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].split() == ["Tabla", "Unidades", "Suma", "%", "Diferencia", "%", "Estado"]
    assert lines[2].split() == ["General", "3", "100,000000", "0,000000", "OK"]


def test_unknown_community_and_denied_user(office, capsys, monkeypatch):
    login, _, _ = office
    code, _, err = run(capsys, *login, "units", "list", "NOEXISTE")
    assert code == 2 and "No existe una comunidad con código o id «NOEXISTE»" in err
    monkeypatch.setenv("KASTOR_PASSWORD", NOBODY.password)
    code, out, err = run(capsys, *login[:2], "--user", NOBODY.username, "shares", "check", "AROMOS")
    assert (code, out) == (3, "") and "No tiene permiso" in err
