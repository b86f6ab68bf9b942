"""Matching a bank credit to a unit: tax ids, payment references, unit numbers, amounts."""

from __future__ import annotations

import time

import pytest

from kastor_desktop.domain.bank_match import (
    AMBIGUOUS,
    MATCHED,
    UNMATCHED,
    Matcher,
    UnitKey,
    compact,
)
from tests.factories import valid_cuit

ANA, BRUNO, CARLA, HIJA = "12.345.678-5", "11.111.111-1", "7.654.321-6", "22.222.222-2"
UNITS = [
    UnitKey(1, "A-101", "Ana Rojas", ANA, "", (), "AROMOS-A101", 63_000),
    UnitKey(2, "A-102", "Bruno Díaz", BRUNO, CARLA, ((HIJA, "Hija de Bruno"),), "AROMOS-A102",
            94_703),
    UnitKey(3, "B-201", "Ana Rojas", ANA, "", (), "AROMOS-B201", 63_135),
    UnitKey(4, "B-202", "Diego Soto", "", "", (), "AROMOS-B202", 63_135),
    UnitKey(5, "301", "Eva Paz", "", "", (), "AROMOS-301", 0),
]  # fmt: skip


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(UNITS, "AROMOS", "CL")


def one(matcher: Matcher, description: str, amount: int = 1, reference: str = "") -> tuple:
    found = matcher.match(description, reference, amount)
    return found.status, found.unit_id, [(h.unit_id, h.reason) for h in found.candidates]


@pytest.mark.parametrize(
    "text",
    ["TRANSF DE 11.111.111-1 BRUNO", "transf 11111111-1", "TEF 111111111 Bruno",
     "rut 11.111.111 - 1"],
)  # fmt: skip
def test_owner_rut_in_any_format(matcher: Matcher, text: str) -> None:
    assert one(matcher, text) == (MATCHED, 2, [(2, "RUT 11.111.111-1 del propietario")])


def test_resident_and_registered_payer(matcher: Matcher) -> None:
    assert one(matcher, "DEP 7654321-6") == (MATCHED, 2, [(2, "RUT 7.654.321-6 del residente")])
    assert one(matcher, "de 22.222.222-2") == (
        MATCHED, 2, [(2, "RUT 22.222.222-2 de un pagador registrado (Hija de Bruno)")],
    )  # fmt: skip


def test_the_rut_is_the_payer_even_when_it_names_no_unit(matcher: Matcher) -> None:
    found = matcher.match("TRANSF DE 9.999.999-3", "", 5)
    assert (found.status, found.payer) == (UNMATCHED, "9.999.999-3")


def test_a_bare_number_is_a_rut_only_with_a_valid_check_digit(matcher: Matcher) -> None:
    assert one(matcher, "OPERACION 111111112") == (UNMATCHED, None, [])  # wrong check digit
    assert one(matcher, "OPERACION 11.111.111-2")[0] == UNMATCHED
    assert matcher.match("doc 111111112", "", 5).payer == ""


def test_a_rut_owning_two_units_is_ambiguous_unless_a_second_signal_decides(
    matcher: Matcher,
) -> None:
    status, unit, candidates = one(matcher, "TRANSF 12.345.678-5")
    assert (status, unit) == (AMBIGUOUS, None)
    assert candidates == [(1, "RUT 12.345.678-5 del propietario"),
                          (3, "RUT 12.345.678-5 del propietario")]  # fmt: skip
    # RUT + amount equal to B-201's debt
    assert one(matcher, "TRANSF 12.345.678-5", 63_135) == (
        MATCHED, 3,
        [(3, "RUT 12.345.678-5 del propietario, monto igual a la deuda de la unidad")],
    )  # fmt: skip
    # RUT + unit number
    assert one(matcher, "TRANSF 12.345.678-5 depto A-101")[:2] == (MATCHED, 1)


@pytest.mark.parametrize(
    ("text", "unit", "reason"),
    [
        ("Pago AROMOS-A102 noviembre", 2, "referencia AROMOS-A102"),
        ("pago aromos a102", 2, "referencia AROMOS-A102"),
        ("AROMOSA102", 2, "referencia AROMOS-A102"),
        ("gastos comunes A-101", 1, "unidad A-101 en la glosa"),
        ("gastos comunes b201", 3, "unidad B-201 en la glosa"),
        ("GC DEPTO 301", 5, "unidad 301 en la glosa"),
        ("pago 301", 5, "unidad 301 en la glosa"),
        ("casa N° 301", 5, "unidad 301 en la glosa"),
        ("Depto. 102", 2, "unidad A-102 en la glosa"),  # the only unit numbered 102
    ],
)
def test_reference_and_unit_number(matcher: Matcher, text: str, unit: int, reason: str) -> None:
    assert one(matcher, text) == (MATCHED, unit, [(unit, reason)])


def test_unit_numbers_are_whole_tokens_only(matcher: Matcher) -> None:
    assert one(matcher, "A-1011")[0] == UNMATCHED
    assert one(matcher, "XA-101")[0] == UNMATCHED
    assert one(matcher, "depto 201")[:2] == (MATCHED, 3)  # B-201 is the only «201»
    twins = Matcher([UnitKey(1, "A-101"), UnitKey(2, "B-101")], "X")
    assert twins.match("depto 101", "", 1).status == UNMATCHED  # A-101 or B-101?
    assert one(matcher, "pago 01/11/2026 por $ 301.000")[0] == UNMATCHED  # dates and amounts


def test_amount_alone(matcher: Matcher) -> None:
    assert one(matcher, "TRANSFERENCIA", 94_703) == (
        MATCHED, 2, [(2, "monto igual a la deuda de la unidad")],
    )  # fmt: skip
    status, unit, candidates = one(matcher, "TRANSFERENCIA", 63_135)
    assert (status, unit, [c[0] for c in candidates]) == (AMBIGUOUS, None, [3, 4])
    assert one(matcher, "TRANSFERENCIA", 12) == (UNMATCHED, None, [])


def test_the_amount_does_not_pull_in_a_unit_the_text_does_not_name(matcher: Matcher) -> None:
    # Bruno's RUT, and an amount that happens to be A-101's debt: still Bruno's unit
    assert one(matcher, "TRANSF 11.111.111-1", 63_000)[:2] == (MATCHED, 2)


def test_two_units_named_equally_are_ambiguous(matcher: Matcher) -> None:
    status, _unit, candidates = one(matcher, "pago A-101 y B-202")
    assert (status, [c[0] for c in candidates]) == (AMBIGUOUS, [1, 4])


def test_the_reference_column_counts_too(matcher: Matcher) -> None:
    assert one(matcher, "TRANSFERENCIA", 1, reference="AROMOS-B202")[:2] == (MATCHED, 4)


def test_argentina_matches_cuit() -> None:
    owner = valid_cuit("20", "12345678")
    matcher = Matcher(
        [UnitKey(9, "1A", "Juan", owner, "", (), "RIVADAVIA-1A", 0)], "RIVADAVIA", "AR"
    )
    found = matcher.match(f"TRANSF {owner.replace('-', '')} JUAN", "", 1)
    assert (found.status, found.unit_id, found.payer) == (MATCHED, 9, owner)
    assert found.candidates[0].reason == f"CUIT {owner} del propietario"


def test_compact() -> None:
    assert compact("A-101") == "a101" and compact("12.345.678-K") == "12345678k"


def test_fifty_thousand_rows_match_fast() -> None:
    units = [
        UnitKey(i, f"{t}-{100 + i}", f"Dueño {i}", f"{10_000_000 + i * 7}-{_dv(10_000_000 + i * 7)}",
                "", (), f"BENCH-{t}{100 + i}", 50_000 + i)
        for i, t in zip(range(400), "ABCD" * 100, strict=True)
    ]  # fmt: skip
    matcher = Matcher(units, "BENCH")
    rows = []
    for n in range(50_000):
        unit = units[n % 400]
        if n % 3 == 0:
            rows.append((f"TRANSF DE {unit.owner_tax_id} {unit.owner_name}", str(9_000_000 + n), 1))
        elif n % 3 == 1:
            rows.append((f"PAGO {unit.reference} GC NOV", str(9_000_000 + n), unit.balance))
        else:
            rows.append((f"DEPOSITO EFECTIVO SUC {n % 50}", str(9_000_000 + n), 777))
    started = time.perf_counter()
    results = [matcher.match(d, r, a) for d, r, a in rows]
    elapsed = time.perf_counter() - started
    assert sum(r.status == MATCHED for r in results) == 33_334
    assert elapsed < 0.3, f"{elapsed:.3f} s"


def _dv(body: int) -> str:
    from stdnum.cl import rut

    return str(rut.calc_check_digit(str(body)))
