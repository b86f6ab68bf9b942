"""The month's expenses: create/update/delete in the open period with audit, every field checked
and named in Spanish, a closed month refused, permissions, scans kept by content."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from kastor_desktop.services.chart import AccountDraft
from kastor_desktop.services.errors import NotFound, ValidationFailed
from kastor_desktop.services.expenses import ExpenseDraft
from kastor_desktop.services.suppliers import SupplierDraft
from tests.closing_world import World, make_closing_world
from tests.factories import (
    assert_refused,
    bad_rut,
    make_argentine_community,
    make_jpeg,
    make_png,
    valid_rut,
)


@pytest.fixture
def world(services, admin) -> World:  # type: ignore[no-untyped-def]
    return make_closing_world(services, admin)


def draft(**values: Any) -> ExpenseDraft:
    defaults: dict[str, Any] = {
        "spent_on": "15-11-2026",
        "account": "01.01",
        "description": "Sueldo conserje",
        "amount": "650.000",
        "table": "General",
    }
    return ExpenseDraft(**(defaults | values))


def query(services: Any, sql: str) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(services.paths.database)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def close_period(services: Any, world: World) -> None:
    """The closing service is tested elsewhere: mark November closed straight in the database."""
    conn = sqlite3.connect(services.paths.database)
    try:
        conn.execute(
            "UPDATE periods SET status = 'closed' WHERE community_id = ? AND month = 11",
            (world.community_id,),
        )
        conn.commit()
    finally:
        conn.close()


def make_pdf(folder: Path, name: str = "factura.pdf", body: bytes = b"factura 123") -> Path:
    path = folder / name
    path.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + body + b"\n%%EOF\n")
    return path


def test_create_update_delete_with_audit(services, admin, world) -> None:
    cid = world.community_id
    created = services.expenses.create(admin, cid, draft(spent_on="15/11/2026")).value
    assert (created.spent_on, created.account_code, created.account_name) == (
        date(2026, 11, 15), "01.01", "Sueldos"
    )  # fmt: skip
    assert (created.amount, created.total, created.method_label) == (
        650_000,
        650_000,
        "Tabla General",
    )
    assert (created.nature, created.nature_label, created.confirmed) == (
        "ordinary",
        "Ordinario",
        True,
    )
    outcome = services.expenses.update(
        admin, cid, created.id, draft(method="Partes iguales", table="", units="A-102; a-101", amount=90_000)
    )  # fmt: skip
    row = outcome.value
    assert outcome.changes.touches("expenses") and outcome.changes.touches("closing")
    assert (row.method, row.units, row.method_label) == (
        "equal", ("A-101", "A-102"), "Partes iguales (2 unidades)"
    )  # fmt: skip
    same = services.expenses.update(admin, cid, created.id, row.draft())
    assert same.value == row and not same.changes.areas
    services.expenses.delete(admin, cid, created.id)
    assert services.expenses.list(admin, cid) == []
    entries = services.audit.entries(admin, limit=3)
    assert [e.action for e in entries] == ["expense.delete", "expense.update", "expense.create"]
    assert (
        entries[2].action_label == "Registró un gasto"
        and entries[2].entity_label == f"Gasto {created.id}"
    )
    assert "cuenta: 01.01 Sueldos" in entries[2].after
    assert "forma de prorrateo: Partes iguales (2 unidades)" in entries[1].after
    with pytest.raises(NotFound, match="El gasto ya no existe"):
        services.expenses.delete(admin, cid, created.id)


def test_every_split_method_and_its_label(services, admin, world) -> None:
    cid = world.community_id
    made = [
        services.expenses.create(admin, cid, d).value
        for d in (
            draft(method="fixed", table="", amount="10.000"),
            draft(method="Una unidad", table="", unit="b-201", account="Reparaciones generales"),
            draft(method="Por consumo", table="", service="Agua caliente", account="02.01"),
            draft(method="tabla de prorrateo", table="torre a", nature="Extraordinaria"),
            draft(method="equal", table=""),
        )
    ]
    labels = [(r.method, r.method_label) for r in made]
    assert labels == [
        ("fixed", "Monto fijo por unidad (4 unidades)"),
        ("unit", "Unidad B-201"),
        ("consumption", "Por consumo de agua caliente"),
        ("table", "Tabla Torre A"),
        ("equal", "Partes iguales"),
    ]
    assert made[0].total == 40_000 and made[1].account_code == "03.07"
    assert made[2].service == "hot_water" and made[3].nature == "extraordinary"
    totals = services.expenses.totals(admin, cid)
    assert (totals.ordinary, totals.extraordinary, totals.count) == (
        40_000 + 3 * 650_000,
        650_000,
        5,
    )
    assert totals.total == totals.ordinary + totals.extraordinary and totals.unconfirmed == 0


def test_every_wrong_field_is_named_in_spanish(services, admin, world, tmp_path) -> None:
    before = query(services, "SELECT count(*) FROM expenses")
    with pytest.raises(ValidationFailed) as info:
        services.expenses.create(
            admin,
            world.community_id,
            ExpenseDraft(
                "31-10-2026", "20", " ", "-5", method="trueque", nature="raro",
                supplier=bad_rut(), document_type="x" * 31, document_number="1" * 31,
                attachment=tmp_path / "notas.txt",
            ),
        )  # fmt: skip
    errors = info.value.errors
    assert set(errors) == {"spent_on", "account", "description", "amount", "method", "nature",
                           "supplier", "document_type", "document_number", "attachment"}  # fmt: skip
    assert errors["spent_on"] == "Fecha «31-10-2026»: debe ser de noviembre 2026, el mes abierto."
    assert errors["account"] == (
        "Cuenta «20»: es una cuenta de recargo: se cobra a una unidad como cargo individual, "
        "no como gasto común."
    )
    assert errors["description"] == "Indique la descripción."
    assert errors["amount"] == "Monto «-5»: debe ser mayor que cero."
    assert errors["method"].startswith("Forma de prorrateo «trueque»: use «Tabla de prorrateo»")
    assert errors["nature"] == "Naturaleza «raro»: use «Ordinario» o «Extraordinario»."
    assert errors["supplier"] == (
        f"Proveedor «{bad_rut()}»: el RUT tiene un dígito verificador incorrecto."
    )
    assert errors["document_type"] == "Tipo de documento: admite como máximo 30 caracteres."
    assert errors["attachment"] == "Respaldo «notas.txt»: solo se aceptan archivos PDF, JPG o PNG."
    assert query(services, "SELECT count(*) FROM expenses") == before


ONE_WRONG_FIELD = [
    ({"spent_on": ""}, "spent_on", "Indique la fecha."),
    ({"spent_on": "31-11-2026"}, "spent_on", "no es una fecha válida"),
    ({"account": ""}, "account", "Indique la cuenta de gasto."),
    ({"account": "99"}, "account", "no existe en el plan de cuentas de la comunidad"),
    ({"amount": ""}, "amount", "Indique el monto."),
    ({"amount": "12,5"}, "amount", "debe ir sin decimales"),
    ({"amount": "doce"}, "amount", "no es un número"),
    ({"table": ""}, "table", "Indique la tabla de prorrateo."),
    ({"table": "Torre Z"}, "table", "no es una tabla de prorrateo de la comunidad (General, Torre A)"),
    ({"method": "unit", "table": ""}, "unit", "Indique la unidad a la que se carga."),
    ({"method": "unit", "table": "", "unit": "Z-9"}, "unit", "no existe esa unidad"),
    ({"method": "equal", "table": "", "units": "A-101, X-1, X-2"}, "units",
     "Unidades «A-101, X-1, X-2»: X-1, X-2 no existen en la comunidad."),
    ({"method": "consumption", "table": ""}, "service", "Indique el servicio medido"),
    ({"method": "consumption", "table": "", "service": "Vapor"}, "service",
     "use «Agua», «Agua caliente» o «Gas»"),
    ({"method": "equal"}, "table",
     "Tabla «General»: solo se indica con la forma de prorrateo «Tabla de prorrateo»."),
    ({"unit": "A-101"}, "unit", "solo se indica con la forma de prorrateo «Una unidad»"),
    ({"units": "A-101"}, "units", "«Partes iguales» o «Monto fijo por unidad»"),
    ({"service": "Agua"}, "service", "solo se indica con la forma de prorrateo «Por consumo»"),
    ({"supplier": "Nadie SpA"}, "supplier", "no es un proveedor de la comunidad"),
    ({"supplier": valid_rut(11_111_111)}, "supplier", "no hay un proveedor con ese RUT"),
    ({"description": "x" * 201}, "description", "admite como máximo 200 caracteres"),
]  # fmt: skip


def test_each_wrong_field_alone(services, admin, world) -> None:
    for values, field, message in ONE_WRONG_FIELD:
        with pytest.raises(ValidationFailed) as info:
            services.expenses.create(admin, world.community_id, draft(**values))
        assert list(info.value.errors) == [field], values
        assert message in info.value.errors[field], values
    assert services.expenses.list(admin, world.community_id) == []


def test_accounts_and_suppliers_by_code_name_or_rut(services, admin, world) -> None:
    cid = world.community_id
    rut = valid_rut(76_543_210)
    services.suppliers.create(admin, cid, SupplierDraft(rut, "Ascensores Andinos SpA"))
    by_rut = services.expenses.create(admin, cid, draft(supplier="765432103", account="sueldos"))
    assert (by_rut.value.supplier_name, by_rut.value.supplier_tax_id) == (
        "Ascensores Andinos SpA",
        rut,
    )
    by_name = services.expenses.create(admin, cid, draft(supplier="ascensores andinos spa"))
    assert by_name.value.supplier_name == "Ascensores Andinos SpA"
    typed = services.expenses.create(
        admin, cid, draft(document_type="FACTURA", document_number=123)
    )
    assert (typed.value.document_type, typed.value.document_number) == ("Factura", "123")
    services.chart.create(admin, cid, AccountDraft("30", "Sueldos", "category"))
    with pytest.raises(ValidationFailed, match=r"hay varias cuentas con ese nombre \(01.01, 30\)"):
        services.expenses.create(admin, cid, draft(account="Sueldos"))
    extraordinary = services.expenses.create(admin, cid, draft(account="09.01")).value
    assert extraordinary.nature == "extraordinary"


def test_a_single_share_table_may_be_left_out_and_pesos_argentinos_take_centavos(
    services, admin
) -> None:
    community = make_argentine_community(services, admin)
    services.chart.load_default(admin, community.id)
    with pytest.raises(ValidationFailed, match="la comunidad no tiene tablas de prorrateo"):
        services.expenses.create(admin, community.id, draft(account="01.01", table=""))
    services.shares.create_table(admin, community.id, "A")
    period = services.periods.current(admin, community.id)
    day = f"02/{period.month:02d}/{period.year}"
    row = services.expenses.create(
        admin, community.id, draft(spent_on=day, table="", amount="1.234,56")
    ).value
    assert (row.amount, row.table_name) == (123_456, "A")
    with pytest.raises(ValidationFailed, match="con a lo más 2 decimales"):
        services.expenses.create(admin, community.id, draft(spent_on=day, amount="1,234"))


def test_a_closed_month_refuses_every_change(services, admin, world) -> None:
    cid = world.community_id
    row = services.expenses.create(admin, cid, draft()).value
    close_period(services, world)
    refused = "El período noviembre 2026 está cerrado: no se puede modificar."
    with pytest.raises(ValidationFailed, match=refused):
        services.expenses.update(admin, cid, row.id, draft(amount="1"))
    with pytest.raises(ValidationFailed, match=refused):
        services.expenses.delete(admin, cid, row.id)
    with pytest.raises(ValidationFailed) as info:  # December is open now
        services.expenses.create(admin, cid, draft())
    assert info.value.errors["spent_on"].endswith("debe ser de diciembre 2026, el mes abierto.")
    assert services.expenses.list(admin, cid) == []
    november = services.periods.get(admin, cid, 2026, 11)
    assert [r.amount for r in services.expenses.list(admin, cid, november.id)] == [650_000]


def test_every_write_needs_the_permission(services, admin, nobody, world, tmp_path) -> None:
    cid = world.community_id
    row = services.expenses.create(admin, cid, draft()).value
    assert_refused(services, lambda: services.expenses.create(nobody, cid, draft()))
    assert_refused(services, lambda: services.expenses.update(nobody, cid, row.id, draft()))
    assert_refused(services, lambda: services.expenses.delete(nobody, cid, row.id))
    assert_refused(services, lambda: services.expenses.confirm(nobody, cid, [row.id]))
    assert_refused(services, lambda: services.expenses.list(nobody, cid))
    assert_refused(
        services, lambda: services.expenses.import_file(nobody, cid, tmp_path / "g.xlsx", 2026, 11)
    )
    assert query(services, "SELECT count(*) FROM expenses") == [(1,)]


def test_a_scan_is_kept_by_content_and_a_renamed_file_is_refused(
    services, admin, world, tmp_path
) -> None:
    cid = world.community_id
    pdf = make_pdf(tmp_path)
    row = services.expenses.create(admin, cid, draft(attachment=str(pdf))).value
    assert row.attachment is not None and row.attachment.read_bytes() == pdf.read_bytes()
    assert row.attachment.parent == services.paths.attachments / "expenses"
    assert row.attachment.suffix == ".pdf" and len(row.attachment.stem) == 24
    copy = make_pdf(tmp_path, "copia.PDF")
    again = services.expenses.create(admin, cid, draft(attachment=copy)).value
    assert again.attachment == row.attachment  # same content, one file
    kept = services.expenses.update(admin, cid, row.id, row.draft()).value
    assert kept.attachment == row.attachment
    photo = services.expenses.update(
        admin, cid, row.id, draft(attachment=make_jpeg(tmp_path, (40, 40)))
    ).value
    assert photo.attachment is not None and photo.attachment.suffix == ".jpg"
    cleared = services.expenses.update(admin, cid, row.id, draft(attachment=None)).value
    assert cleared.attachment is None
    files = sorted((services.paths.attachments / "expenses").iterdir())
    assert len(files) == 2
    for path, reason in (
        (make_png(tmp_path, "factura.pdf"), "no es un PDF válido aunque su nombre termine en .pdf"),
        (make_pdf(tmp_path, "foto.png"), "no es un PNG válido"),
        (tmp_path / "no-esta.pdf", "no existe o no se puede leer"),
        (tmp_path, "solo se aceptan archivos PDF, JPG o PNG"),
    ):
        with pytest.raises(ValidationFailed) as info:
            services.expenses.create(admin, cid, draft(attachment=path))
        assert reason in info.value.errors["attachment"]
    big = tmp_path / "escaneo.pdf"
    with big.open("wb") as handle:
        handle.write(b"%PDF-1.7\n")
        handle.truncate(10 * 2**20 + 1)
    with pytest.raises(ValidationFailed, match="pesa 10,0 MB; el máximo es 10 MB"):
        services.expenses.create(admin, cid, draft(attachment=big))
    assert sorted((services.paths.attachments / "expenses").iterdir()) == files


def test_choices_offer_what_the_form_needs(services, admin, world) -> None:
    services.suppliers.create(
        admin, world.community_id, SupplierDraft(valid_rut(76_543_210), "Ascensores Andinos SpA")
    )
    choices = services.expenses.choices(admin, world.community_id)
    assert (choices.year, choices.month, choices.period_label) == (2026, 11, "noviembre 2026")
    codes = [code for code, _name, _nature in choices.accounts]
    assert codes[:3] == ["01", "01.01", "01.02"] and "20" not in codes  # no surcharges
    assert ("09.01", "Pintura de fachada", "extraordinary") in choices.accounts
    assert choices.suppliers == (("76.543.210-3", "Ascensores Andinos SpA"),)
    assert choices.tables == ("General", "Torre A")
    assert choices.units == ("A-101", "A-102", "B-201", "B-202")
    assert dict(choices.methods)["fixed"] == "Monto fijo por unidad"
    assert dict(choices.services)["hot_water"] == "Agua caliente"
    assert "Boleta de honorarios" in choices.document_types
