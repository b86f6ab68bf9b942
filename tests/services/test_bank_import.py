"""Bank-statement import through the real services: review (match, duplicates), confirm (user
choices, one transaction, audit, outbox, receipts), the same statement twice, overlapping
statements, malformed rows, presets, registered payers and permissions.

The world (tests/payments_world.py): AROMOS, today 15-01-2027; balances due A-101 63.000,
A-102 94.703, B-201 63.135, B-202 63.135. Owners' RUTs come from the factory (read them).
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest

from kastor_desktop.domain import permissions
from kastor_desktop.imports.bank_statement import Mapping
from kastor_desktop.services.errors import NotFound, PermissionDenied, ValidationFailed
from tests.factories import assert_refused, outbox_rows, state, valid_rut
from tests.imports.bank_layouts import credit, debit, running, write_statement
from tests.payments_world import make_payments_world


@pytest.fixture
def world(services, admin):
    return make_payments_world(services, admin)


def owner_rut(services, admin, world, unit: str) -> str:
    return services.ledger.account(admin, world.community_id, unit).owner_tax_id


def set_resident(services, world, unit: str, tax_id: str) -> None:
    from kastor_desktop.store.models import Person, Unit

    now = datetime(2026, 1, 1)
    with services.ctx.sessions() as session:
        person = Person(tax_id=tax_id, full_name="Residente", created_at=now, updated_at=now)
        session.add(person)
        session.flush()
        session.get(Unit, world.units[unit]).resident_id = person.id
        session.commit()


def rows(services, sql: str, *params: object) -> list[tuple]:
    conn = sqlite3.connect(services.paths.database)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


@pytest.fixture
def statement(services, admin, world, tmp_path) -> Path:
    """A BancoEstado statement with one row for every kind of match."""
    resident, payer = valid_rut(), valid_rut()
    set_resident(services, world, "B-202", resident)
    services.payers.add(admin, world.community_id, "B-201", payer, "Hijo de Carla")
    ana = owner_rut(services, admin, world, "A-101")
    movements = [
        credit("02/01/2027", f"TRANSF DE {ana} ANA ROJAS", 63_000, "5001"),  # row 6
        credit("03/01/2027", "PAGO AROMOS-A102 ENERO", 50_000, "5002"),  # 7
        debit("03/01/2027", "PAGO PROVEEDOR", 10_000, "5003"),  # 8
        credit("04/01/2027", "DEPOSITO DEPTO B-201", 10_000, "5004"),  # 9
        credit("05/01/2027", "TRANSFERENCIA RECIBIDA", 94_703, "5005"),  # 10: A-102's debt
        credit("05/01/2027", "TRANSFERENCIA RECIBIDA", 63_135, "5006"),  # 11: B-201 or B-202
        credit("06/01/2027", "DEPOSITO EN EFECTIVO", 7_777, "5007"),  # 12: nobody
        credit("07/01/2027", f"TEF {resident.replace('.', '')}", 20_000, "5008"),  # 13
        credit("08/01/2027", f"TEF DE {payer}", 30_000, "5009"),  # 14
    ]
    return write_statement("bancoestado", tmp_path, movements)


def by_row(review) -> dict[int, object]:
    return {r.row: r for r in review.rows}


def test_review_matches_every_kind_of_signal(services, admin, world, statement) -> None:
    review = services.bank_import.review(admin, world.community_id, statement, preset="bancoestado")
    assert (review.preset, review.exponent, review.debits_skipped) == ("BancoEstado", 0, 1)
    assert review.file_name == "cartola-bancoestado.xlsx" and len(review.sha256) == 64
    found = by_row(review)
    units = {v: k for k, v in world.units.items()}
    summary = {n: (r.status, units.get(r.unit_id)) for n, r in found.items()}
    assert summary == {
        6: ("matched", "A-101"), 7: ("matched", "A-102"), 9: ("matched", "B-201"),
        10: ("matched", "A-102"), 11: ("ambiguous", None), 12: ("unmatched", None),
        13: ("matched", "B-202"), 14: ("matched", "B-201"),
    }  # fmt: skip
    ana = owner_rut(services, admin, world, "A-101")
    assert found[6].candidates[0].reason == (
        f"RUT {ana} del propietario, monto igual a la deuda de la unidad"
    )
    assert found[6].candidates[0].owner_name == "Ana Rojas"
    assert found[6].payer == ana
    assert found[7].candidates[0].reason == "referencia AROMOS-A102"
    assert found[9].candidates[0].reason == "unidad B-201 en la glosa"
    assert found[10].candidates[0].reason == "monto igual a la deuda de la unidad"
    assert [c.unit_number for c in found[11].candidates] == ["B-201", "B-202"]
    assert found[13].candidates[0].reason.endswith("del residente")
    assert found[14].candidates[0].reason.endswith("de un pagador registrado (Hijo de Carla)")
    assert [len(x) for x in (review.matched, review.ambiguous, review.unmatched)] == [6, 1, 1]
    assert review.duplicates == [] and review.errors == []


def test_review_saves_nothing(services, admin, world, statement) -> None:
    before = state(services)
    services.bank_import.review(admin, world.community_id, statement)
    assert state(services) == before


def test_confirm_imports_the_matched_rows_in_one_go(services, admin, world, statement) -> None:
    cid = world.community_id
    review = services.bank_import.review(admin, cid, statement)
    before = len(outbox_rows(services))
    outcome = services.bank_import.confirm(admin, cid, review)
    result = outcome.value
    assert (result.imported, result.skipped, result.duplicates) == (6, 2, 0)
    assert result.total == 63_000 + 50_000 + 10_000 + 94_703 + 20_000 + 30_000
    assert (result.first_receipt, result.last_receipt) == (2, 7)  # A-101 had receipt 1
    assert outcome.changes.touches("payments") and outcome.changes.touches("delinquency")
    paid = services.payments.list(admin, cid, since=date(2027, 1, 1))
    assert [(p.unit_number, p.amount, p.method) for p in paid] == [
        ("A-101", 63_000, "transfer"), ("A-102", 50_000, "transfer"), ("B-201", 10_000, "transfer"),
        ("A-102", 94_703, "transfer"), ("B-202", 20_000, "transfer"), ("B-201", 30_000, "transfer"),
    ]  # fmt: skip
    assert all(p.imported for p in paid)
    assert paid[0].reference == "5001" and paid[0].payer == owner_rut(
        services, admin, world, "A-101"
    )
    assert rows(services, "SELECT file_name, preset, rows, imported, skipped, duplicates, total "
                "FROM bank_imports") == [("cartola-bancoestado.xlsx", "", 8, 6, 2, 0, result.total)]  # fmt: skip
    audit = rows(services, "SELECT action, entity_id FROM audit_log WHERE action = 'bank.import'")
    assert audit == [("bank.import", str(result.import_id))]
    events = [p for kind, p in outbox_rows(services)[before:] if kind == "payments.recorded"]
    assert [(e["unit"], [p["receipt"] for p in e["payments"]]) for e in events] == [
        ("A-101", [2]),
        ("A-102", [3, 5]),
        ("B-201", [4, 7]),
        ("B-202", [6]),
    ]  # one event per unit, its payments in receipt order
    assert events[1]["payments"][1] == {
        "amount": 94_703, "method": "transfer", "paid_on": "2027-01-05", "receipt": 5
    }  # fmt: skip
    assert services.ledger.account(admin, cid, "A-101").balance == 0  # paid its debt
    receipt = services.payments.receipt_by_number(admin, cid, 2)
    assert sum(amount for _label, _due, amount in receipt.applied) == 63_000


def test_the_user_resolves_assigns_and_skips_rows(services, admin, world, statement) -> None:
    cid = world.community_id
    review = services.bank_import.review(admin, cid, statement)
    choices = {11: world.units["B-202"], 12: world.units["A-101"], 6: None}
    result = services.bank_import.confirm(admin, cid, review, choices).value
    assert (result.imported, result.skipped) == (7, 1)
    imported = {
        (p.unit_number, p.amount)
        for p in services.payments.list(admin, cid, since=date(2027, 1, 1))
    }
    assert ("B-202", 63_135) in imported and ("A-101", 7_777) in imported
    assert ("A-101", 63_000) not in imported  # row 6 skipped by the user


def test_a_unit_of_another_community_is_refused_naming_the_row(
    services, admin, world, statement
) -> None:
    other = make_payments_world(services, admin, code="OTRA")
    review = services.bank_import.review(admin, world.community_id, statement)
    before = state(services)
    with pytest.raises(ValidationFailed) as refused:
        services.bank_import.confirm(
            admin, world.community_id, review, {12: other.units["A-101"], 99: None}
        )
    assert refused.value.errors == {
        "row_99": "Fila 99: no es un abono de esta cartola.",
        "row_12": "Fila 12: la unidad elegida no pertenece a la comunidad Edificio Aromos.",
    }
    assert state(services) == before
    with pytest.raises(ValidationFailed, match="otra comunidad"):
        services.bank_import.confirm(admin, other.community_id, review)
    account = services.banks.list(admin, other.community_id)[0].id
    with pytest.raises(ValidationFailed, match="Cuenta bancaria: no es de esta comunidad"):
        services.bank_import.confirm(admin, world.community_id, review, bank_account_id=account)
    mine = services.banks.list(admin, world.community_id)[0].id
    services.bank_import.confirm(admin, world.community_id, review, bank_account_id=mine)
    assert {p.bank_account_id for p in services.payments.list(admin, world.community_id)
            if p.imported} == {mine}  # fmt: skip


def test_the_same_statement_twice_creates_no_payment(services, admin, world, statement) -> None:
    cid = world.community_id
    first = services.bank_import.review(admin, cid, statement)
    services.bank_import.confirm(admin, cid, first)
    count = len(services.payments.list(admin, cid))
    again = services.bank_import.review(admin, cid, statement)
    assert {r.status for r in again.rows if r.row not in (11, 12)} == {"duplicate"}
    # never imported: still to resolve (B-201 and B-202 no longer owe 63.135 after the import)
    assert {r.row: r.status for r in again.rows if r.row in (11, 12)} == {
        11: "unmatched", 12: "unmatched",
    }  # fmt: skip
    result = services.bank_import.confirm(admin, cid, again).value
    assert (result.import_id, result.imported, result.duplicates) == (None, 0, 6)
    # the first review, confirmed a second time (a stale screen), is checked again too
    stale = services.bank_import.confirm(admin, cid, first).value
    assert (stale.imported, stale.duplicates) == (0, 6)
    assert len(services.payments.list(admin, cid)) == count
    assert rows(services, "SELECT count(*) FROM bank_imports") == [(1,)]


def test_overlapping_statements_import_each_bank_row_once(services, admin, world, tmp_path) -> None:
    cid = world.community_id
    ana = owner_rut(services, admin, world, "A-101")
    month = running(
        [credit(date(2026, 11, d), f"TRANSF {ana} CUOTA {d}", 1_000 + d) for d in range(1, 31)]
        + [credit(date(2026, 11, 15), f"TRANSF {ana} CUOTA 15", 1_015)]  # a twin on the 15th
    )
    month.sort(key=lambda m: m.on)
    early = write_statement(
        "santander", tmp_path / "1-20.csv", [m for m in month if m.on.day <= 20]
    )
    late = write_statement(
        "santander", tmp_path / "10-30.csv", [m for m in month if m.on.day >= 10]
    )
    one = services.bank_import.confirm(admin, cid, services.bank_import.review(admin, cid, early))
    two_review = services.bank_import.review(admin, cid, late)
    assert len(two_review.duplicates) == 12  # 10–20 November, the twin included
    two = services.bank_import.confirm(admin, cid, two_review)
    assert (one.value.imported, two.value.imported, two.value.duplicates) == (21, 10, 12)
    imported = [p for p in services.payments.list(admin, cid) if p.imported]
    assert len(imported) == 31 and sum(p.amount for p in imported) == sum(m.amount for m in month)


def test_malformed_rows_are_listed_and_never_imported(services, admin, world, tmp_path) -> None:
    from tests.imports.bank_layouts import write_xlsx

    table = [
        ["Fecha", "Glosa", "Abonos"],
        ["02/01/2027", "PAGO AROMOS-A101", "10.000"],
        ["31/02/2027", "PAGO AROMOS-A102", "20.000"],
        ["03/01/2027", "PAGO AROMOS-B201", "30.000,50"],
        ["04/01/2027", "PAGO AROMOS-B202", "40.000"],
    ]
    path = write_xlsx(tmp_path / "con-errores.xlsx", table)
    review = services.bank_import.review(admin, world.community_id, path)
    assert [str(e) for e in review.errors] == [
        "Fila 3: la fecha «31/02/2027» no es válida.",
        "Fila 4: el abono «30.000,50» tiene decimales y la moneda es en pesos enteros.",
    ]
    services.bank_import.confirm(admin, world.community_id, review)
    imported = [(p.unit_number, p.amount) for p in services.payments.list(admin, world.community_id)
                if p.imported]  # fmt: skip
    assert imported == [("A-101", 10_000), ("B-202", 40_000)]


def test_an_unreadable_file_is_a_validation_error(services, admin, world, tmp_path) -> None:
    fake = tmp_path / "cartola.xlsx"
    fake.write_bytes(b"MZ\x90\x00" + bytes(500))
    with pytest.raises(ValidationFailed) as refused:
        services.bank_import.review(admin, world.community_id, fake)
    assert refused.value.errors["file"].startswith(
        "El archivo «cartola.xlsx» no es un Excel válido"
    )
    with pytest.raises(ValidationFailed, match="está vacío"):
        services.bank_import.sniff(admin, _empty(tmp_path))


def _empty(folder: Path) -> Path:
    path = folder / "vacia.csv"
    path.write_bytes(b"")
    return path


def test_progress_is_reported_and_a_cancel_saves_nothing(services, admin, world, statement) -> None:
    cid = world.community_id
    seen: list[tuple[int, int, str]] = []
    review = services.bank_import.review(admin, cid, statement, progress=lambda *a: seen.append(a))
    assert [s[:2] for s in seen] == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert seen[0][2] == "Leyendo la cartola…"

    class Cancelled(Exception):
        pass

    def cancel(done: int, total: int, text: str) -> None:
        if done == 2:
            raise Cancelled

    before = state(services)
    with pytest.raises(Cancelled):
        services.bank_import.confirm(admin, cid, review, progress=cancel)
    assert state(services) == before
    assert rows(services, "SELECT count(*) FROM payments WHERE import_id IS NOT NULL") == [(0,)]


def test_importing_needs_the_bank_import_permission(
    services, admin, nobody, world, statement
) -> None:
    cid = world.community_id
    assert_refused(services, lambda: services.bank_import.review(nobody, cid, statement))
    review = services.bank_import.review(admin, cid, statement)
    assert_refused(services, lambda: services.bank_import.confirm(nobody, cid, review))
    assert_refused(services, lambda: services.bank_import.sniff(nobody, statement))
    assert_refused(
        services, lambda: services.bank_presets.save(nobody, "Mío", Mapping("F", "G", amount="M"))
    )
    role = services.roles.create(
        admin, "Tesorero", permissions.COMMUNITY, ["communities.view", "bank.import"], [cid]
    ).value.id
    services.users.update(admin, nobody.user_id, nobody.full_name, "", [role])
    assert services.bank_import.confirm(nobody, cid, review).value.imported == 6
    assert (
        services.bank_presets.save(nobody, "Mío", Mapping("F", "G", amount="M")).value.name == "Mío"
    )


# -- presets ------------------------------------------------------------------------------
def test_presets_builtin_and_saved(services, admin, world, tmp_path) -> None:
    names = [(p.name, p.builtin, p.id) for p in services.bank_presets.list(admin)]
    assert names[:5] == [("BancoEstado", True, None), ("Banco de Chile", True, None),
                         ("Santander", True, None), ("BCI", True, None),
                         ("Banco Galicia (AR)", True, None)]  # fmt: skip
    mapping = Mapping("F. contable", "Texto", credit="Entradas", debit="Salidas", header_row=2)
    saved = services.bank_presets.save(admin, "  Banco Mío ", mapping).value
    assert (saved.name, saved.builtin, saved.mapping) == ("Banco Mío", False, mapping)
    replaced = services.bank_presets.save(
        admin, "banco mío", Mapping("F. contable", "Texto", amount="Monto")
    ).value
    assert replaced.id == saved.id and replaced.mapping.amount == "Monto"
    assert [p.name for p in services.bank_presets.list(admin) if not p.builtin] == ["banco mío"]
    assert "Fecha: F. contable" in replaced.columns

    with pytest.raises(ValidationFailed) as refused:
        services.bank_presets.save(admin, "bancoestado", mapping)
    assert refused.value.errors["name"].startswith("«BancoEstado» es un formato incorporado")
    with pytest.raises(ValidationFailed, match="no se puede eliminar"):
        services.bank_presets.delete(admin, "Santander")
    with pytest.raises(ValidationFailed) as refused:
        services.bank_presets.save(admin, "", Mapping("", "Texto"))
    assert set(refused.value.errors) == {"name", "mapping"}
    assert services.bank_presets.delete(admin, "BANCO MÍO").changes.touches("bank_presets")
    assert [p.builtin for p in services.bank_presets.list(admin)] == [True] * 5
    with pytest.raises(NotFound, match="«Banco Mío» no existe. Formatos disponibles: BancoEstado"):
        services.bank_presets.delete(admin, "Banco Mío")
    actions = rows(services, "SELECT action FROM audit_log WHERE entity = 'bank_preset'")
    assert actions == [("bank_preset.save",), ("bank_preset.save",), ("bank_preset.delete",)]


def test_review_with_a_saved_preset(services, admin, world, tmp_path) -> None:
    from tests.imports.bank_layouts import write_xlsx

    table = [
        ["Mi banco"],
        ["Día", "Texto", "Entra", "Sale"],
        ["02/01/2027", "PAGO AROMOS-A101", 500, None],
    ]
    path = write_xlsx(tmp_path / "propio.xlsx", table)
    with pytest.raises(ValidationFailed, match="No se encontró la fila de encabezados"):
        services.bank_import.review(admin, world.community_id, path)
    sniffed = services.bank_import.sniff(admin, path)
    assert (sniffed.header_row, sniffed.guess) == (1, None)  # the title row, nothing guessed
    services.bank_presets.save(
        admin, "Mi banco", Mapping("Día", "Texto", credit="Entra", debit="Sale")
    )
    review = services.bank_import.review(admin, world.community_id, path, preset="mi banco")
    assert review.preset == "Mi banco" and [r.status for r in review.rows] == ["matched"]
    with pytest.raises(NotFound, match="«Otro» no existe"):
        services.bank_import.review(admin, world.community_id, path, preset="Otro")


# -- payers -------------------------------------------------------------------------------
def test_unit_payers(services, admin, nobody, world) -> None:
    cid = world.community_id
    tax_id = valid_rut(15_000_000)
    added = services.payers.add(
        admin, cid, "A-102", tax_id.replace(".", ""), "  Empresa  SpA "
    ).value
    assert (added.tax_id, added.name) == (tax_id, "Empresa SpA")
    assert services.payers.list(admin, cid, "A-102") == [added]
    with pytest.raises(ValidationFailed) as refused:
        services.payers.add(admin, cid, "A-102", tax_id)
    assert refused.value.errors == {
        "tax_id": f"{tax_id} ya es pagador registrado de la unidad A-102."
    }
    with pytest.raises(ValidationFailed) as refused:
        services.payers.add(admin, cid, "Z-9", "12.345.678-0")
    assert set(refused.value.errors) == {"unit", "tax_id"}
    assert "dígito verificador" in refused.value.errors["tax_id"]
    assert_refused(services, lambda: services.payers.add(nobody, cid, "A-101", tax_id))
    assert_refused(services, lambda: services.payers.remove(nobody, cid, added.id))
    services.payers.remove(admin, cid, added.id)
    assert services.payers.list(admin, cid, "A-102") == []
    with pytest.raises(NotFound):
        services.payers.remove(admin, cid, added.id)
    with pytest.raises(PermissionDenied):
        services.payers.list(nobody, cid, "A-102")


# -- the bulk ledger read used for receipts ----------------------------------------------
def test_bulk_entries_equal_unit_entries(services, admin, world, statement) -> None:
    from kastor_desktop.services.ledger import entries_of_units, unit_entries

    cid = world.community_id
    services.bank_import.confirm(admin, cid, services.bank_import.review(admin, cid, statement))
    services.payments.record(admin, cid, "A-102", 5_000, "09-01-2027", method="credit_note")
    voided = services.payments.record(admin, cid, "B-202", 1_000, "09-01-2027").value
    services.payments.void(admin, cid, voided.id, "Error")
    with services.ctx.work(admin) as uow:
        bulk = entries_of_units(uow, cid, world.units.values())
        for unit_id in world.units.values():
            one = unit_entries(uow, cid, unit_id)
            assert bulk[unit_id].debits == one.debits
            strip = [(c.on, c.amount, c.kind, c.ref) for c in one.credits]
            assert [(c.on, c.amount, c.kind, c.ref) for c in bulk[unit_id].credits] == strip
    assert len(bulk[world.units["A-102"]].credits) == 3  # two imported payments, a credit note


def test_frozen_receipts_and_outbox_payloads_are_what_json_dumps_writes(
    services, admin, world, statement
) -> None:
    import json

    cid = world.community_id
    services.bank_import.confirm(admin, cid, services.bank_import.review(admin, cid, statement))
    services.payments.record(admin, cid, "B-202", 99_999, "10-01-2027")  # more than it owes
    stored = rows(services, "SELECT receipt FROM payments ORDER BY id")
    assert len(stored) == 8  # the world's, six imported, one recorded
    for (receipt,) in stored:
        assert receipt == json.dumps(json.loads(receipt), ensure_ascii=False, sort_keys=True)
    payloads = rows(services, "SELECT payload, uuid FROM outbox WHERE kind = 'payments.recorded'")
    assert len(payloads) == 6  # the world's payment, four units imported, one by hand
    for payload, uuid in payloads:
        assert payload == json.dumps(json.loads(payload), ensure_ascii=False, sort_keys=True)
        assert len(uuid) == 36 and uuid[14] == "4" and uuid[19] in "89ab"
    assert len({uuid for _p, uuid in payloads}) == len(payloads)
    b202 = json.loads(stored[-1][0])
    assert b202["credit_left"] > 0 and b202["balance_after"] < 0
    assert sum(a["amount"] for a in b202["applied"]) + b202["credit_left"] == 99_999
    assert b202["applied"][0]["label"] == "Fondo de reserva, noviembre 2026"  # the oldest open
