"""Spreadsheet migration through MigrationService: preview, commit, every error class, the
share-sum rule, idempotent re-import, all-or-nothing, people shared by RUT, permissions."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from kastor_desktop.domain import permissions
from kastor_desktop.imports.plan import ImportPreview
from kastor_desktop.services.errors import PermissionDenied
from kastor_desktop.services.migration import ImportRejected
from tests.factories import bad_rut, make_community_draft, outbox_rows, valid_cuit, valid_rut
from tests.imports.files import grid, keyed_xlsx, unit, units_xlsx, write_xlsx

K2_TABLES = ("people", "units", "share_tables", "unit_shares", "suppliers", "workers",
             "expense_accounts", "funds", "opening_balances", "audit_log", "outbox")  # fmt: skip


def counts(services: Any) -> dict[str, int]:
    conn = sqlite3.connect(services.paths.database)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in K2_TABLES}
    finally:
        conn.close()


def query(services: Any, sql: str, *args: Any) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(services.paths.database)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


@pytest.fixture
def alfa(services, admin) -> int:  # type: ignore[no-untyped-def]
    return services.communities.create(admin, make_community_draft(code="ALFA")).value.id


def three_units(owner: str) -> list[dict[str, Any]]:
    return [
        unit("101", owner, tower="A", floor="1", area=65.5, owner_email="ana@example.cl; ana2@example.cl",
             owner_phone="+56 9 8765 4321", delivery=date(2024, 3, 1),
             shares={"General": 45.5, "Torre A": 90.9}),
        unit("E-1", owner, kind="estacionamiento", parent="101", owner_name="Propietario 101", shares={"General": 4.5, "Torre A": 9.1}),
        unit("201", valid_rut(), kind="local", owner_name="Comercial SpA", notice="papel",
             shares={"General": 50}),
    ]  # fmt: skip


class Steps:
    """A progress object that records steps and can cancel at the n-th call."""

    def __init__(self, cancel_at: int | None = None) -> None:
        self.calls: list[tuple[int, int, str]] = []
        self.cancel_at = cancel_at

    def step(self, done: int, total: int, text: str = "") -> None:
        self.calls.append((done, total, text))
        if self.cancel_at is not None and len(self.calls) >= self.cancel_at:
            raise KeyboardInterrupt("cancelled")


def preview(services, admin, community, kind, path) -> ImportPreview:  # type: ignore[no-untyped-def]
    return services.migration.preview(admin, community, kind, path)


def only_error(result: ImportPreview) -> Any:
    assert len(result.errors) == 1, result.errors
    return result.errors[0]


# -- units: the happy path ---------------------------------------------------------------------
def test_units_import_writes_units_people_shares_audit_and_outbox(
    services, admin, alfa, tmp_path: Path
) -> None:
    owner = valid_rut()
    path = units_xlsx(tmp_path / "unidades.xlsx", three_units(owner))
    result = preview(services, admin, alfa, "units", path)
    assert result.ok and (result.counts.to_add, result.counts.errors) == (3, 0)
    assert result.to_add[0].row == 2 and result.to_add[0].key == "101"
    assert "Propietario 101" in result.to_add[0].summary
    before = counts(services)
    outcome = services.migration.commit(admin, alfa, "units", path, Steps())
    assert (outcome.value.added, outcome.value.updated) == (3, 0)
    assert dict(outcome.value.details) == {"personas nuevas": 2, "tablas de prorrateo nuevas": 2}
    assert outcome.changes.areas >= {"units", "people", "shares"}
    after = counts(services)
    assert after["units"] - before["units"] == 3 and after["people"] - before["people"] == 2
    assert after["audit_log"] - before["audit_log"] == 1 and after["unit_shares"] == 5
    unit_rows = query(services, "SELECT u.number, u.kind, u.tower, u.area_x100, u.delivery_date, "
                      "p.number, o.tax_id, o.emails, o.phones, o.notice_preference FROM units u "
                      "LEFT JOIN units p ON p.id = u.parent_id JOIN people o ON o.id = u.owner_id "
                      "ORDER BY u.number")  # fmt: skip
    assert unit_rows[0] == ("101", "apartment", "A", 6550, "2024-03-01", None, owner,
                            "ana@example.cl; ana2@example.cl", "+56987654321", "email")  # fmt: skip
    assert unit_rows[2][:2] == ("E-1", "parking") and unit_rows[2][5] == "101"
    assert unit_rows[1][9] == "paper"
    shares = dict(query(services, "SELECT t.name || ':' || u.number, s.micro FROM unit_shares s "
                        "JOIN units u ON u.id = s.unit_id JOIN share_tables t ON t.id = s.table_id"))  # fmt: skip
    assert shares["General:101"] == 45_500_000 and shares["Torre A:E-1"] == 9_100_000
    assert "Torre A:201" not in shares
    action, after_json = query(services, "SELECT action, after FROM audit_log ORDER BY id DESC")[0]
    assert action == "import.units" and '"file": "unidades.xlsx"' in after_json
    kind, payload = outbox_rows(services)[-1]
    assert kind == "units.upserted" and payload["community"] == "ALFA"
    flat = next(u for u in payload["units"] if u["number"] == "101")
    assert flat["owner"] == {"tax_id": owner, "name": "Propietario 101",
                             "emails": ["ana@example.cl", "ana2@example.cl"]}  # fmt: skip


def test_importing_the_same_file_twice_changes_nothing(services, admin, alfa, tmp_path) -> None:
    path = units_xlsx(tmp_path / "u.xlsx", three_units(valid_rut()))
    services.migration.commit(admin, alfa, "units", path)
    before = counts(services)
    again = preview(services, admin, alfa, "units", path)
    assert (again.counts.to_add, again.counts.to_update, again.counts.unchanged) == (0, 0, 3)
    outcome = services.migration.commit(admin, alfa, "units", path)
    assert outcome.value.changed == 0 and not outcome.changes.areas
    assert counts(services) == before  # no audit entry, no outbox row


def test_update_detection_shows_each_changed_field_before_and_after(
    services, admin, alfa, tmp_path
) -> None:
    owner = valid_rut()
    records = three_units(owner)
    services.migration.commit(admin, alfa, "units", units_xlsx(tmp_path / "a.xlsx", records))
    records[0]["tower"] = "B"
    records[0]["owner_email"] = "nuevo@example.cl"
    records[0]["shares"] = {"General": 40, "Torre A": 90.9}
    records[2]["shares"] = {"General": 55.5}
    result = preview(services, admin, alfa, "units", units_xlsx(tmp_path / "b.xlsx", records))
    assert [r.key for r in result.to_update] == ["101", "201"]
    changes = {c.field: (c.before, c.after) for c in result.to_update[0].changes}
    assert changes["Torre"] == ("A", "B")
    assert changes["% General"] == ("45,5 %", "40 %")
    assert changes[f"Correo de {owner}"] == ("ana@example.cl, ana2@example.cl", "nuevo@example.cl")
    assert [r.key for r in result.unchanged] == ["E-1"]
    services.migration.commit(admin, alfa, "units", tmp_path / "b.xlsx")
    assert query(services, "SELECT tower FROM units WHERE number = '101'") == [("B",)]
    assert query(services, "SELECT emails FROM people WHERE tax_id = ?", owner) == [
        ("nuevo@example.cl",)
    ]


def test_an_empty_contact_cell_keeps_what_is_stored(services, admin, alfa, tmp_path) -> None:
    owner = valid_rut()
    records = three_units(owner)
    services.migration.commit(admin, alfa, "units", units_xlsx(tmp_path / "a.xlsx", records))
    records[0]["owner_email"] = None
    records[0]["owner_phone"] = ""
    result = preview(services, admin, alfa, "units", units_xlsx(tmp_path / "b.xlsx", records))
    assert result.counts.to_update == 0 and result.counts.unchanged == 3


def test_people_are_shared_across_communities_by_rut(services, admin, alfa, tmp_path) -> None:
    beta = services.communities.create(admin, make_community_draft(code="BETA")).value.id
    owner = valid_rut()
    services.migration.commit(
        admin, alfa, "units", units_xlsx(tmp_path / "a.xlsx", [unit("1", owner, shares={"G": 100})])
    )
    written = owner.replace(".", "")  # the same RUT typed without dots
    beta_file = units_xlsx(
        tmp_path / "b.xlsx",
        [unit("9", written, owner_name="Propietario 1", owner_email="otro@example.cl")],
    )
    result = preview(services, admin, beta, "units", beta_file)
    assert result.to_add[0].key == "9"
    services.migration.commit(admin, beta, "units", beta_file)
    assert query(services, "SELECT count(*), emails FROM people WHERE tax_id = ?", owner) == [
        (1, "otro@example.cl")
    ]
    owners = query(services, "SELECT DISTINCT owner_id FROM units")
    assert len(owners) == 1


def test_sub_units_may_point_to_units_already_in_the_community(
    services, admin, alfa, tmp_path
) -> None:
    services.migration.commit(
        admin, alfa, "units", units_xlsx(tmp_path / "a.xlsx", three_units(valid_rut()))
    )
    extra = units_xlsx(tmp_path / "b.xlsx", [unit("B-7", kind="bodega", parent="201")])
    assert preview(services, admin, alfa, "units", extra).ok


# -- every error class: a Spanish reason naming row, column and value; nothing written ---------
def _error_case(tmp_path: Path, case: str) -> tuple[Path, dict[str, Any]]:
    """A units file with one kind of error, and what the error must say."""
    base = [unit("101", shares={"General": 60}), unit("102", shares={"General": 40})]
    if case == "not a spreadsheet":
        path = tmp_path / "unidades.xlsx"
        path.write_bytes(b"MZ\x90\x00" + bytes(300))
        return path, {"row": 0, "reason": "no es una planilla"}
    if case == "empty sheet":
        return write_xlsx(tmp_path / "e.xlsx", {"Unidades": grid("units", [])}), {
            "row": 1, "reason": "está vacía"}  # fmt: skip
    if case == "missing columns":
        rows = [["Número", "Tipo"], ["101", "departamento"]]
        return write_xlsx(tmp_path / "m.xlsx", {"Unidades": rows}), {
            "row": 1, "reason": "faltan las columnas «RUT propietario» y «Nombre propietario»"}  # fmt: skip
    expected: dict[str, Any] = {"row": 3}
    if case == "text in a number cell":
        base[1]["area"] = "setenta"
        expected |= {"column": "Superficie m2", "value": "setenta", "reason": "no es un número"}
    elif case == "duplicated unit number":
        base[1]["number"] = "101"
        expected |= {"column": "Número", "value": "101", "reason": "repetido en las filas 2 y 3"}
    elif case == "invalid RUT":
        base[1]["owner_tax_id"] = bad_rut()
        expected |= {"column": "RUT propietario", "value": bad_rut(),
                     "reason": "dígito verificador incorrecto"}  # fmt: skip
    elif case == "shares that do not sum":
        base[1]["shares"] = {"General": 39.5}
        expected |= {"row": 1, "column": "% General", "value": "99,5 %",
                     "reason": "la tabla «General» suma 99,5 % y debe sumar exactamente 100 %: faltan 0,5 %"}  # fmt: skip
    elif case == "unknown unit kind":
        base[1]["kind"] = "castillo"
        expected |= {"column": "Tipo", "value": "castillo", "reason": "no es un valor permitido"}
    elif case == "bad date":
        base[1]["delivery"] = "31/02/2024"
        expected |= {"column": "Fecha de entrega", "value": "31/02/2024",
                     "reason": "no es una fecha válida (use dd/mm/aaaa)"}  # fmt: skip
    elif case == "unknown parent unit":
        base[1]["parent"] = "999"
        expected |= {"column": "Unidad principal", "value": "999", "reason": "no existe"}
    elif case == "invalid e-mail":
        base[1]["owner_email"] = "ana@example.cl; sin-arroba"
        expected |= {"column": "Correo propietario", "value": "ana@example.cl; sin-arroba",
                     "reason": "«sin-arroba» no es un correo válido"}  # fmt: skip
    elif case == "invalid phone":
        base[1]["resident_tax_id"] = valid_rut()
        base[1]["resident_name"] = "Pedro"
        base[1]["resident_phone"] = "123"
        expected |= {"column": "Teléfono residente", "value": "123",
                     "reason": "no es un teléfono chileno o argentino válido"}  # fmt: skip
    return units_xlsx(tmp_path / "u.xlsx", base), expected


ERROR_CASES = ["not a spreadsheet", "empty sheet", "missing columns", "text in a number cell",
               "duplicated unit number", "invalid RUT", "shares that do not sum",
               "unknown unit kind", "bad date", "unknown parent unit", "invalid e-mail",
               "invalid phone"]  # fmt: skip


@pytest.mark.parametrize("case", ERROR_CASES)
def test_each_error_class_is_explained_and_nothing_is_written(
    services, admin, alfa, tmp_path, case
) -> None:
    path, expected = _error_case(tmp_path, case)
    result = preview(services, admin, alfa, "units", path)
    error = only_error(result)
    assert not result.ok and error.row == expected["row"]
    assert expected["reason"] in error.reason
    if "column" in expected:
        assert (error.column, error.value) == (expected["column"], expected["value"])
        assert str(error).startswith(f"fila {error.row}, columna {error.column}, «{error.value}»: ")
    before = counts(services)
    with pytest.raises(ImportRejected) as info:
        services.migration.commit(admin, alfa, "units", path)
    assert info.value.preview.errors == result.errors
    assert "no se importó nada" in info.value.message
    assert counts(services) == before


def test_all_or_nothing_many_good_rows_and_one_bad(services, admin, alfa, tmp_path) -> None:
    records = [unit(str(100 + i), shares={"General": 10}) for i in range(10)]
    records[7]["floor"] = "muy alto, más de diez"
    path = units_xlsx(tmp_path / "u.xlsx", records)
    result = preview(services, admin, alfa, "units", path)
    assert only_error(result).reason == "admite como máximo 10 caracteres"
    before = counts(services)
    with pytest.raises(ImportRejected):
        services.migration.commit(admin, alfa, "units", path)
    assert counts(services) == before


def test_a_cancel_while_saving_leaves_nothing_written(services, admin, alfa, tmp_path) -> None:
    path = units_xlsx(tmp_path / "u.xlsx", three_units(valid_rut()))
    steps = Steps()
    services.migration.preview(admin, alfa, "units", path, steps)
    assert steps.calls[0] == (0, 1, "Leyendo el archivo…")
    before = counts(services)
    with pytest.raises(KeyboardInterrupt):
        services.migration.commit(admin, alfa, "units", path, Steps(cancel_at=len(steps.calls) + 2))
    assert counts(services) == before


def test_share_tables_must_each_sum_to_100_and_excel_percent_cells_are_understood(
    services, admin, alfa, tmp_path
) -> None:
    over = [unit("1", shares={"A": 60, "B": 0.5}), unit("2", shares={"A": 40.000001, "B": 0.5})]
    result = preview(services, admin, alfa, "units", units_xlsx(tmp_path / "o.xlsx", over))
    error = only_error(result)  # «B» is 0,5 + 0,5 = 1 %: Excel percentage cells, read as 50 %
    assert "sobran 0,000001 %" in error.reason and error.column == "% A"
    assert any("formato de porcentaje" in w for w in result.warnings)


def test_units_leaving_a_table_are_announced(services, admin, alfa, tmp_path) -> None:
    first = [unit("1", shares={"General": 50}), unit("2", shares={"General": 50})]
    services.migration.commit(admin, alfa, "units", units_xlsx(tmp_path / "a.xlsx", first))
    second = [
        unit("1", first[0]["owner_tax_id"], owner_name="Propietario 1", shares={"General": 100})
    ]
    result = preview(services, admin, alfa, "units", units_xlsx(tmp_path / "b.xlsx", second))
    assert result.warnings == (
        "1 unidad que no está en el archivo dejará de participar en la tabla «General»: 2.",
    )
    services.migration.commit(admin, alfa, "units", tmp_path / "b.xlsx")
    assert query(services, "SELECT count(*), sum(micro) FROM unit_shares") == [(1, 100_000_000)]


def test_a_resident_without_rut_or_unknown_without_name_is_refused(
    services, admin, alfa, tmp_path
) -> None:
    records = [unit("1", resident_name="Pedro"), unit("2", resident_tax_id=valid_rut())]
    result = preview(services, admin, alfa, "units", units_xlsx(tmp_path / "r.xlsx", records))
    reasons = [(e.row, e.column, e.reason) for e in result.errors]
    assert (
        reasons[0][:2] == (2, "RUT residente") and "indique el RUT del residente" in reasons[0][2]
    )
    assert reasons[1][:2] == (3, "Nombre residente") and "indique el nombre" in reasons[1][2]


def test_notices_by_email_need_an_email(services, admin, alfa, tmp_path) -> None:
    records = [unit("1", notice="correo", shares={"General": 100})]
    error = only_error(
        preview(services, admin, alfa, "units", units_xlsx(tmp_path / "n.xlsx", records))
    )
    assert (error.row, error.column, error.value) == (2, "Aviso por", "correo")
    assert error.reason == "para enviarle los avisos por correo indique un correo"


def test_the_same_person_with_two_names_in_the_file_is_refused(
    services, admin, alfa, tmp_path
) -> None:
    owner = valid_rut()
    records = [unit("1", owner, owner_name="Ana"), unit("2", owner, owner_name="Ana María")]
    error = only_error(
        preview(services, admin, alfa, "units", units_xlsx(tmp_path / "p.xlsx", records))
    )
    assert (error.row, error.column) == (3, "Nombre propietario")
    assert "figura en la fila 2 con otro valor («Ana»)" in error.reason


# -- permissions --------------------------------------------------------------------------------
def test_permission_refusals_write_nothing(services, admin, nobody, alfa, tmp_path) -> None:
    path = units_xlsx(tmp_path / "u.xlsx", three_units(valid_rut()))
    before = counts(services)
    for call in (services.migration.preview, services.migration.commit):
        with pytest.raises(PermissionDenied):
            call(nobody, alfa, "units", path)
    role = services.roles.create(
        admin, "Importador", permissions.COMMUNITY, ["communities.view", "imports.run"], [alfa]
    ).value.id
    services.users.update(admin, nobody.user_id, "Sergio Sin Permisos", "", [role])
    after_role = counts(services)
    with pytest.raises(PermissionDenied) as info:
        services.migration.commit(nobody, alfa, "units", path)
    assert "unidades" in info.value.message
    assert counts(services)["units"] == before["units"]
    assert counts(services) == after_role


# -- the other kinds -----------------------------------------------------------------------------
def test_suppliers_workers_accounts_import_and_reimport(services, admin, alfa, tmp_path) -> None:
    rut_a, rut_b = valid_rut(), valid_rut()
    suppliers = keyed_xlsx(tmp_path / "p.xlsx", "suppliers", [
        {"tax_id": rut_a, "name": "Ascensores Sur", "email": "a@sur.example", "phone": "223456789"},
        {"tax_id": rut_b, "name": "Jardines", "bank_account": "00123"},
    ])  # fmt: skip
    workers = keyed_xlsx(tmp_path / "t.xlsx", "workers", [
        {"tax_id": rut_a, "name": "Luis", "hire_date": "15/01/2022", "salary": "650.000"},
    ])  # fmt: skip
    accounts = keyed_xlsx(tmp_path / "c.xlsx", "accounts", [
        {"code": "1.1", "name": "Sueldos", "kind": "subcategoría", "parent": "1", "nature": "ordinario"},
        {"code": "1", "name": "Remuneraciones", "kind": "Categoría", "nature": "ordinario"},
        {"code": "9", "name": "Multas", "kind": "recargo", "nature": "extraordinario"},
    ])  # fmt: skip
    for kind, path, added in (
        ("suppliers", suppliers, 2),
        ("workers", workers, 1),
        ("accounts", accounts, 3),
    ):
        assert services.migration.commit(admin, alfa, kind, path).value.added == added
        again = preview(services, admin, alfa, kind, path)
        assert again.counts.unchanged == added and again.changes == 0, kind
    assert query(services, "SELECT phone, bank_account FROM suppliers ORDER BY name") == [
        ("+56223456789", ""), ("", "00123")]  # fmt: skip
    assert query(services, "SELECT hire_date, salary_basis FROM workers") == [
        ("2022-01-15", 650000)
    ]
    assert query(services, "SELECT a.code, p.code FROM expense_accounts a LEFT JOIN "
                 "expense_accounts p ON p.id = a.parent_id ORDER BY a.code") == [
        ("1", None), ("1.1", "1"), ("9", None)]  # fmt: skip
    changed = keyed_xlsx(tmp_path / "t2.xlsx", "workers", [
        {"tax_id": rut_a, "name": "Luis", "role": "Conserje", "hire_date": "15/01/2022", "salary": 700000},
    ])  # fmt: skip
    update = preview(services, admin, alfa, "workers", changed).to_update[0]
    assert {c.field: (c.before, c.after) for c in update.changes} == {
        "Cargo": ("", "Conserje"), "Sueldo base": ("650.000", "700.000")}  # fmt: skip


def test_account_parent_must_exist_and_keys_must_be_unique(services, admin, alfa, tmp_path) -> None:
    path = keyed_xlsx(tmp_path / "c.xlsx", "accounts", [
        {"code": "2.1", "name": "Agua", "kind": "subcategoría", "parent": "2", "nature": "ordinario"},
        {"code": "3", "name": "Luz", "kind": "categoría", "nature": "ordinario"},
        {"code": "3", "name": "Gas", "kind": "categoría", "nature": "ordinario"},
    ])  # fmt: skip
    errors = preview(services, admin, alfa, "accounts", path).errors
    assert [(e.row, e.column) for e in errors] == [(2, "Código padre"), (4, "Código")]
    assert "no existe esa cuenta" in errors[0].reason
    assert errors[1].reason == "el código está repetido en las filas 3 y 4"


def test_supplier_rut_errors_and_duplicates(services, admin, alfa, tmp_path) -> None:
    rut = valid_rut()
    path = keyed_xlsx(tmp_path / "p.xlsx", "suppliers", [
        {"tax_id": rut, "name": "Uno"}, {"tax_id": rut.replace(".", ""), "name": "Dos"},
        {"tax_id": "abc", "name": "Tres"},
    ])  # fmt: skip
    errors = preview(services, admin, alfa, "suppliers", path).errors
    assert [(e.row, e.reason) for e in errors] == [
        (3, "el RUT está repetido en las filas 2 y 3"), (4, "no es un RUT válido")]  # fmt: skip


def test_opening_balances_and_funds(services, admin, alfa, tmp_path) -> None:
    services.migration.commit(
        admin, alfa, "units", units_xlsx(tmp_path / "u.xlsx", three_units(valid_rut()))
    )
    path = write_xlsx(tmp_path / "s.xlsx", {
        "Saldos de unidades": [["Número de unidad", "Saldo", "Fecha"],
                               ["101", "125.000", date(2024, 12, 31)], ["e-1", -8000, "31/12/2024"]],
        "Fondos": [["Nombre del fondo", "Tipo", "Saldo inicial", "Fecha"],
                   ["Fondo de reserva", "fondo de reserva", 3500000, date(2024, 12, 31)]],
    })  # fmt: skip
    result = preview(services, admin, alfa, "balances", path)
    assert result.ok and [r.key for r in result.to_add] == ["101", "E-1", "Fondo de reserva"]
    assert [r.sheet for r in result.to_add][-1] == "Fondos"
    outcome = services.migration.commit(admin, alfa, "balances", path)
    assert dict(outcome.value.details) == {"saldos de unidades": 2, "fondos": 1}
    assert outcome.changes.areas >= {"balances", "funds"}
    assert sorted(query(services, "SELECT amount, as_of FROM opening_balances")) == [
        (-8000, "2024-12-31"), (125000, "2024-12-31")]  # fmt: skip
    assert query(services, "SELECT kind, opening_balance FROM funds") == [("reserve", 3500000)]
    assert preview(services, admin, alfa, "balances", path).changes == 0


def test_a_community_has_a_single_reserve_fund(services, admin, alfa, tmp_path) -> None:
    header = ["Nombre del fondo", "Tipo", "Saldo inicial", "Fecha"]
    first = write_xlsx(tmp_path / "f.xlsx", {"Fondos": [
        header, ["Reserva", "fondo de reserva", 100, date(2024, 1, 1)]]})  # fmt: skip
    services.migration.commit(admin, alfa, "balances", first)
    second = write_xlsx(tmp_path / "g.xlsx", {"Fondos": [
        header, ["Otra reserva", "Fondo de Reserva", 5, date(2024, 1, 1)],
        ["Obras", "otro", 7, date(2024, 1, 1)]]})  # fmt: skip
    error = only_error(preview(services, admin, alfa, "balances", second))
    assert (error.sheet, error.row, error.column) == ("Fondos", 2, "Tipo")
    assert error.reason == "ya hay un fondo de reserva («Reserva»); una comunidad tiene uno solo"


def test_balances_refuse_unknown_units_and_decimals_in_pesos(
    services, admin, alfa, tmp_path
) -> None:
    path = write_xlsx(tmp_path / "s.xlsx", {"Saldos de unidades": [
        ["Número de unidad", "Saldo", "Fecha"], ["404", 1000, date(2024, 1, 1)],
        ["405", "10,5", date(2024, 1, 1)]]})  # fmt: skip
    errors = preview(services, admin, alfa, "balances", path).errors
    assert [(e.sheet, e.row, e.column, e.reason) for e in errors] == [
        ("Saldos de unidades", 2, "Número de unidad", "la unidad no existe en la comunidad"),
        ("Saldos de unidades", 3, "Saldo", "debe ir sin decimales"),
        ("Saldos de unidades", 3, "Número de unidad", "la unidad no existe en la comunidad"),
    ]  # fmt: skip


def test_argentine_community_uses_cuit_and_centavos(services, admin, tmp_path) -> None:
    ar = services.communities.create(
        admin, make_community_draft(code="BAIRES", country="AR", tax_id=valid_cuit(),
                                    phone="+54 11 4123 4567"),
    ).value.id  # fmt: skip
    owner = valid_cuit("20", "12345678")
    units = units_xlsx(tmp_path / "u.xlsx", [unit("1A", owner, owner_phone="11 4123 4567",
                                                  valuation="1.234,56", shares={"A": 100})])  # fmt: skip
    services.migration.commit(admin, ar, "units", units)
    assert query(services, "SELECT fiscal_valuation FROM units") == [(123456,)]
    assert query(services, "SELECT phones FROM people WHERE tax_id = ?", owner) == [
        ("+541141234567",)
    ]
    balances = write_xlsx(tmp_path / "s.xlsx", {"Saldos de unidades": [
        ["Número de unidad", "Saldo", "Fecha"], ["1A", "1500,75", date(2024, 1, 1)]]})  # fmt: skip
    services.migration.commit(admin, ar, "balances", balances)
    assert query(services, "SELECT amount FROM opening_balances") == [(150075,)]


def test_unknown_kind_is_refused(services, admin, alfa, tmp_path) -> None:
    from kastor_desktop.services.errors import ServiceError

    with pytest.raises(ServiceError, match="Tipos de planilla"):
        services.migration.preview(admin, alfa, "cosas", tmp_path / "x.xlsx")


def test_write_templates_needs_no_actor(services, tmp_path) -> None:
    paths = services.migration.write_templates(tmp_path / "plantillas")
    assert [p.name for p in paths] == [
        "plantilla-unidades.xlsx", "plantilla-proveedores.xlsx", "plantilla-trabajadores.xlsx",
        "plantilla-plan-de-cuentas.xlsx", "plantilla-saldos-iniciales.xlsx", "plantilla-gastos.xlsx"]  # fmt: skip
    assert all(p.is_file() for p in paths)


def test_a_share_column_left_empty_changes_nothing_and_says_so(
    services, admin, alfa, tmp_path
) -> None:
    first = [unit("1", shares={"General": 60}), unit("2", shares={"General": 40})]
    services.migration.commit(admin, alfa, "units", units_xlsx(tmp_path / "a.xlsx", first))
    rows = grid("units", [unit("3")])
    rows[0].append("% General")  # the column as the template brings it, with nothing typed
    result = preview(
        services, admin, alfa, "units", write_xlsx(tmp_path / "b.xlsx", {"Unidades": rows})
    )
    assert result.ok and len(result.to_add) == 1
    assert any("% General" in w and "no se modifica" in w for w in result.warnings)
    services.migration.commit(admin, alfa, "units", tmp_path / "b.xlsx")
    assert query(services, "SELECT count(*), sum(micro) FROM unit_shares") == [(2, 100_000_000)]


def test_the_audit_keeps_each_row_added_and_each_field_changed(
    services, admin, alfa, tmp_path
) -> None:
    rut = valid_rut()
    first = [unit("1", rut, tower="A")]
    services.migration.commit(admin, alfa, "units", units_xlsx(tmp_path / "a.xlsx", first))
    second = [unit("1", rut, tower="B"), unit("2")]
    services.migration.commit(admin, alfa, "units", units_xlsx(tmp_path / "b.xlsx", second))
    entry = services.audit.entries(admin)[0]
    assert entry.action == "import.units"
    assert "Torre: A" in entry.before
    assert "Torre: B" in entry.after and "filas agregadas: 2" in entry.after
