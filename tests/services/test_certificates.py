"""Debt certificates: what they state agrees with the ledger as of their date; folios are
gap-free per community; the data is frozen (a reprint is byte-identical); Argentina's libre
deuda carries pending claims and the building's insurance; issuing needs its permission."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from datetime import date, datetime

import pypdf
import pytest

from kastor_desktop.domain import permissions
from kastor_desktop.services.certificates import Insurance
from kastor_desktop.services.errors import NotFound, PermissionDenied, ValidationFailed
from tests.factories import draft_from, insert_units, make_argentine_community
from tests.payments_world import make_payments_world


@pytest.fixture
def world(services, admin):
    return make_payments_world(services, admin)


def text_of(path) -> str:
    """The PDF's text with lines joined (paragraphs wrap anywhere)."""
    return " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(path).pages).split())


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _count(services, table: str) -> int:
    conn = sqlite3.connect(services.paths.database)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def test_a_unit_that_owes_gets_a_debt_certificate_broken_down_by_age(
    services, admin, world, tmp_path
):
    cid = world.community_id
    row = services.certificates.issue(admin, cid, "A-102").value
    account = services.ledger.account(admin, cid, "A-102")
    assert (row.kind, row.title, row.folio) == ("debt", "CERTIFICADO DE DEUDA", 1)
    assert row.debt == account.aging.owed == 94_703 and row.as_of == date(2027, 1, 15)
    data = services.certificates.preview(admin, cid, "A-102")
    assert sum(data.buckets.values()) == data.debt == sum(c.amount for c in data.charges)
    assert data.buckets["d31_60"] == 31_500 and data.overdue == 94_703
    assert [c.due for c in data.charges] == sorted(c.due for c in data.charges)
    path = services.certificates.pdf(admin, cid, row.id, tmp_path / "deuda.pdf")
    assert len(pypdf.PdfReader(path).pages) == 1
    page = text_of(path)
    for expected in (
        "CERTIFICADO DE DEUDA", "Folio N° 1", "Ley N° 21.442", "A-102", "Bruno Díaz",
        "$ 94.703", "15-01-2027", "DEUDA POR ANTIGÜEDAD", "CARGOS IMPAGOS",
        "Gastos comunes ordinarios, noviembre 2026", "Intereses por mora, diciembre 2026",
        "Emitido el 15 de enero de 2027", "Administrador",
    ):  # fmt: skip
        assert expected in page, expected


def test_a_unit_that_owes_nothing_gets_an_up_to_date_certificate(services, admin, world, tmp_path):
    cid = world.community_id
    services.payments.record(admin, cid, "A-101", 65_000, "14-01-2027")
    row = services.certificates.issue(admin, cid, "A-101").value
    assert (row.kind, row.title, row.debt) == ("up_to_date", "CERTIFICADO DE ESTAR AL DÍA", 0)
    page = text_of(services.certificates.pdf(admin, cid, row.id, tmp_path / "ok.pdf"))
    assert "CERTIFICADO DE ESTAR AL DÍA" in page and "no registra deuda" in page
    assert "saldo a favor de $ 2.000" in page and "CARGOS IMPAGOS" not in page


def test_the_debt_is_the_one_as_of_the_certificate_date(services, admin, world):
    cid = world.community_id
    # on 20-12-2026 December's charges were not issued yet and A-101 had paid November
    past = services.certificates.preview(admin, cid, "A-101", date(2026, 12, 20))
    assert (past.kind, past.debt) == ("up_to_date", 0)
    a102 = services.certificates.preview(admin, cid, "A-102", date(2026, 12, 20))
    assert (a102.debt, a102.buckets["d0_30"]) == (31_500, 31_500)
    assert [c.label for c in a102.charges] == [
        "Gastos comunes ordinarios, noviembre 2026",
        "Fondo de reserva, noviembre 2026",
    ]
    # a payment made after the date does not count; nothing is saved by a preview
    services.payments.record(admin, cid, "A-102", 31_500, "10-01-2027")
    assert services.certificates.preview(admin, cid, "A-102", date(2026, 12, 20)).debt == 31_500
    assert _count(services, "certificates") == 0
    with pytest.raises(ValidationFailed) as future:
        services.certificates.issue(admin, cid, "A-102", date(2027, 2, 1))
    assert "posterior a hoy" in future.value.errors["as_of"]


def test_folios_are_gap_free_per_community(services, admin, world):
    cid = world.community_id
    other = make_payments_world(services, admin, code="OLIVOS")
    folios = [services.certificates.issue(admin, cid, "A-102").value.folio]
    with pytest.raises(ValidationFailed):
        services.certificates.issue(admin, cid, "Z-9")
    folios.append(services.certificates.issue(admin, cid, "B-201", "10-01-2027").value.folio)
    folios.append(services.certificates.issue(admin, other.community_id, "A-101").value.folio)
    folios.append(services.certificates.issue(admin, cid, "A-101").value.folio)
    assert folios == [1, 2, 1, 3]
    listed = services.certificates.list(admin, cid)
    assert [(r.folio, r.unit_number) for r in listed] == [(3, "A-101"), (2, "B-201"), (1, "A-102")]
    assert [r.folio for r in services.certificates.list(admin, cid, "B-201")] == [2]
    assert listed[1].as_of == date(2027, 1, 10) and listed[1].issued_by == "admin"


def test_a_reprint_is_identical_after_the_account_and_the_community_change(
    services, admin, world, tmp_path
):
    cid = world.community_id
    row = services.certificates.issue(admin, cid, "A-102").value
    first = services.certificates.pdf(admin, cid, row.id, tmp_path / "1.pdf")
    services.payments.record(admin, cid, "A-102", 50_000, "15-01-2027")
    community = services.communities.get(admin, cid)
    services.communities.update(admin, cid, draft_from(community, name="Edificio Renombrado"))
    services.ctx.clock = lambda: datetime(2027, 3, 1, 9, 0)
    again = services.certificates.pdf(admin, cid, row.id, tmp_path / "2.pdf")
    assert digest(first) == digest(again)
    assert "Edificio Aromos" in text_of(again) and "$ 94.703" in text_of(again)
    assert services.certificates.list(admin, cid)[0].debt == 94_703
    with pytest.raises(NotFound):
        services.certificates.pdf(admin, cid, 999, tmp_path / "3.pdf")


def test_issuing_is_audited(services, admin, world):
    cid = world.community_id
    row = services.certificates.issue(admin, cid, "A-102").value
    conn = sqlite3.connect(services.paths.database)
    try:
        action, entity_id, after = conn.execute(
            "SELECT action, entity_id, after FROM audit_log ORDER BY id DESC LIMIT 1"
        ).fetchone()
    finally:
        conn.close()
    assert (action, entity_id) == ("certificate.issue", str(row.id))
    assert json.loads(after) == {
        "as_of": "2027-01-15",
        "debt": 94_703,
        "folio": 1,
        "kind": "debt",
        "unit": "A-102",
    }


@pytest.fixture
def consorcio(services, admin):
    community = make_argentine_community(services, admin)
    insert_units(services, community.id, [("1A", "Martina Fernández"), ("2B", "Julián Pérez")])
    unit_id = services.balances.list(admin, community.id)[0].unit_id
    services.balances.set(admin, community.id, unit_id, "185000,50", "01-09-2026")
    services.payments.record(admin, community.id, "1A", "50000,25", "10-11-2026")
    services.ctx.clock = lambda: datetime(2027, 1, 15, 10, 0)
    return community


def test_argentina_libre_deuda_states_debt_claims_and_insurance(
    services, admin, consorcio, tmp_path
):
    cid = consorcio.id
    with pytest.raises(ValidationFailed) as missing:
        services.certificates.issue(admin, cid, "1A")
    assert "2067" in missing.value.errors["insurance"]
    with pytest.raises(ValidationFailed) as partial:
        services.certificates.issue(admin, cid, "1A", insurance=Insurance("La Segunda", ""))
    assert set(partial.value.errors) == {"policy", "insurance_until"}
    assert _count(services, "certificates") == 0
    claims = "Juicio ejecutivo «Consorcio c/ Fernández» ante el Juzgado Civil N° 45."
    insurance = Insurance("La Segunda Seguros", "POL-778812", date(2027, 6, 30))
    row = services.certificates.issue(admin, cid, "1A", None, claims, insurance).value
    assert (row.kind, row.title, row.debt) == (
        "libre_deuda",
        "CERTIFICADO DE LIBRE DEUDA",
        13_500_025,
    )
    page = text_of(services.certificates.pdf(admin, cid, row.id, tmp_path / "ld.pdf"))
    for expected in (
        "CERTIFICADO DE LIBRE DEUDA", "2048", "2067", "unidad funcional 1A", "Martina Fernández",
        "$ 135.000,25", "15/01/2027", "RECLAMOS Y JUICIOS PENDIENTES", "Juzgado Civil N° 45",
        "SEGURO DEL EDIFICIO", "La Segunda Seguros", "POL-778812", "30/06/2027",
    ):  # fmt: skip
        assert expected in page, expected
    # the next certificate reuses the insurance; no claims prints «No se registran»
    clean = services.certificates.issue(admin, cid, "2B").value
    assert (clean.folio, clean.debt) == (2, 0)
    page = text_of(services.certificates.pdf(admin, cid, clean.id, tmp_path / "ld2.pdf"))
    assert "no adeuda suma alguna" in page and "No se registran" in page
    assert "POL-778812" in page and "CARGOS IMPAGOS" not in page


def test_an_expired_insurance_is_printed_as_expired(services, admin, consorcio, tmp_path):
    old = Insurance("Sancor", "P-1", date(2026, 12, 31))
    row = services.certificates.issue(admin, consorcio.id, "2B", insurance=old).value
    page = text_of(services.certificates.pdf(admin, consorcio.id, row.id, tmp_path / "v.pdf"))
    assert "31/12/2026 (VENCIDO)" in page


def test_issuing_needs_its_permission_and_preview_only_viewing(services, admin, nobody, world):
    cid = world.community_id
    role = services.roles.create(
        admin, "Consulta", permissions.COMMUNITY, ["communities.view"], [cid]
    ).value.id
    services.users.update(admin, nobody.user_id, nobody.full_name, "", [role])
    assert services.certificates.preview(nobody, cid, "A-102").debt == 94_703
    with pytest.raises(PermissionDenied) as denied:
        services.certificates.issue(nobody, cid, "A-102")
    assert "certificados" in denied.value.message
    assert _count(services, "certificates") == 0
    services.roles.update(
        admin, role, "Consulta", ["communities.view", "certificates.issue"], [cid]
    )
    assert services.certificates.issue(nobody, cid, "A-102").value.issued_by == nobody.username
