"""Reading bank statements: six layouts, header detection, Spanish numbers and dates, row
errors, fingerprints, and hostile files refused quickly with a Spanish reason."""

from __future__ import annotations

import resource
import struct
import time
import zipfile
import zlib
from datetime import date
from pathlib import Path

import pytest

from kastor_desktop.imports import bank_files
from kastor_desktop.imports.bank_statement import (
    BadStatement,
    Mapping,
    read_statement,
    sniff,
)
from kastor_desktop.services.bank_presets import BUILTIN
from tests.imports.bank_layouts import (
    LAYOUTS,
    PRESETS,
    credit,
    debit,
    write_csv,
    write_statement,
    write_xlsx,
)

MOVEMENTS = [
    credit("03/11/2026", "TRANSF DE 12.345.678-5 ANA ROJAS", 150_000, "1001"),
    debit("04/11/2026", "PAGO PROVEEDOR ASEO LTDA", 80_000, "1002"),
    credit("05/11/2026", "DEPÓSITO EN EFECTIVO DEPTO 102", 1_234_567, "1003"),
    credit("05/11/2026", "Transferencia AROMOS-B201", 95_500, "1004"),
    debit("30/11/2026", "COMISION MANTENCION", 5_990, "1005"),
]
CREDITS = [(m.on, m.amount, m.description) for m in MOVEMENTS if m.amount > 0]


def _read(path: Path, layout: str, preset: bool) -> object:
    exponent = 2 if layout == "galicia" else 0
    mapping = BUILTIN[PRESETS[layout]] if preset and layout in PRESETS else None
    return read_statement(path, exponent, mapping)


@pytest.mark.parametrize(
    ("layout", "preset"),
    [(layout, True) for layout in sorted(PRESETS)]
    + [(layout, False) for layout in sorted(LAYOUTS)],
)
def test_every_layout_reads_the_same_credits(tmp_path: Path, layout: str, preset: bool) -> None:
    path = write_statement(layout, tmp_path, MOVEMENTS)
    statement = _read(path, layout, preset)
    assert statement.errors == []
    assert statement.debits_skipped == 2
    # minor units everywhere: «1.500,00» ARS is 150.000 centavos as «150.000» CLP is pesos
    assert [(r.on, r.amount, r.description) for r in statement.rows] == CREDITS
    if layout != "plain":
        assert [r.reference for r in statement.rows] == ["1001", "1003", "1004"]
        assert statement.rows[0].balance == 5_000_000 + 150_000
    assert len({r.fingerprint for r in statement.rows}) == 3


def test_header_rows_above_the_table_and_row_numbers(tmp_path: Path) -> None:
    path = write_statement("bancoestado", tmp_path, MOVEMENTS)
    statement = read_statement(path, 0)
    assert statement.header_row == 5
    assert [r.row for r in statement.rows] == [6, 8, 9]  # the debit on row 7 is skipped
    assert statement.mapping == BUILTIN["BancoEstado"]  # the guess equals the preset


def test_sniff_returns_headers_sample_and_guess(tmp_path: Path) -> None:
    path = write_statement("santander", tmp_path, MOVEMENTS)
    sniffed = sniff(path)
    assert sniffed.header_row == 3
    assert sniffed.headers == ["Fecha", "Detalle", "N° Documento", "Monto", "Saldo"]
    assert sniffed.sample[1] == ["04-11-2026", "PAGO PROVEEDOR ASEO LTDA", "1002", "-80.000",
                                 "5.070.000"]  # fmt: skip
    assert sniffed.guess == Mapping(
        "Fecha", "Detalle", amount="Monto", reference="N° Documento", balance="Saldo"
    )
    assert sniffed.guess.signed


def test_sniff_without_recognisable_headers_gives_no_guess(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "raro.xlsx", [[], ["Día", "Texto", "Valor"], ["1/11", "x", 5]])
    sniffed = sniff(path)
    assert (sniffed.header_row, sniffed.headers, sniffed.guess) == (
        2,
        ["Día", "Texto", "Valor"],
        None,
    )
    with pytest.raises(BadStatement, match="No se encontró la fila de encabezados"):
        read_statement(path, 0)
    statement = read_statement(path, 0, Mapping("Día", "Texto", amount="Valor"))
    assert [str(e) for e in statement.errors] == [
        "Fila 3: la fecha «1/11» no es una fecha (use dd/mm/aaaa)."
    ]


def test_a_user_mapping_with_explicit_header_row(tmp_path: Path) -> None:
    rows = [["Mis movimientos"], ["F. contable", "Texto libre", "Entradas", "Salidas"],
            ["01/11/2026", "pago A-101", "10.000", ""], ["02/11/2026", "luz", "", "5.000"]]  # fmt: skip
    path = write_xlsx(tmp_path / "propio.xlsx", rows)
    mapping = Mapping(
        "F. contable", "Texto libre", credit="Entradas", debit="Salidas", header_row=2
    )
    assert Mapping.from_json(mapping.to_json()) == mapping
    statement = read_statement(path, 0, mapping)
    assert [(r.row, r.amount) for r in statement.rows] == [(3, 10_000)]
    assert statement.debits_skipped == 1
    wrong = Mapping("Fecha", "Texto libre", credit="Abonos", header_row=2)
    with pytest.raises(BadStatement, match="«Fecha», «Abonos» del formato elegido"):
        read_statement(path, 0, wrong)


def test_mapping_problems_are_spanish() -> None:
    assert Mapping("Fecha", "Glosa", credit="Abonos").problems() == []
    problems = Mapping("", "", debit="Cargos").problems()
    assert problems == [
        "Indique la columna de la fecha.",
        "Indique la columna de la descripción (glosa).",
        "Indique la columna de abonos o la del monto con signo.",
    ]
    assert Mapping("Fecha", "Fecha", amount="Monto").problems() == [
        "Una misma columna está asignada a dos datos distintos."
    ]


def test_malformed_rows_are_listed_and_the_rest_is_read(tmp_path: Path) -> None:
    rows = [
        ["Fecha", "Descripción", "Cargos", "Abonos", "Saldo"],
        ["01/11/2026", "bien", "", "10.000", "10.000"],
        ["31/02/2026", "fecha imposible", "", "5.000", "15.000"],
        ["02/11/2026", "con decimales", "", "1.234,56", "16.234"],
        ["02/11/2026", "texto", "", "mil pesos", "16.234"],
        ["", "sin fecha", "", "2.000", "18.234"],
        ["03/11/2026", "sin montos", "", "", "18.234"],
        ["03/11/2026", "ambos", "100", "200", "18.334"],
        ["03/11/2026", "abono negativo", "", "-200", "18.334"],
        ["2026/13/45", "fecha rara", "", "200", "18.334"],
        ["04/11/2026", "saldo malo", "", "300", "abc"],
        ["05/11/2026", "también bien", "", "$ 20.000", "38.634"],
        ["Fecha", "Descripción", "Cargos", "Abonos", "Saldo"],  # the headers again (page 2)
        [],
        ["", "Página 1 de 1"],
        ["Total", "", "100", "32.000", ""],
    ]
    statement = read_statement(write_xlsx(tmp_path / "malas.xlsx", rows), 0)
    assert [(r.row, r.amount) for r in statement.rows] == [(2, 10_000), (12, 20_000)]
    assert [str(e) for e in statement.errors] == [
        "Fila 3: la fecha «31/02/2026» no es válida.",
        "Fila 4: el abono «1.234,56» tiene decimales y la moneda es en pesos enteros.",
        "Fila 5: el abono «mil pesos» no es un monto.",
        "Fila 6: falta la fecha del movimiento.",
        "Fila 7: no tiene cargo ni abono.",
        "Fila 8: tiene un cargo y un abono a la vez.",
        "Fila 9: el abono «-200» es negativo.",
        "Fila 10: la fecha «2026/13/45» no es una fecha (use dd/mm/aaaa).",
        "Fila 11: el saldo «abc» no es un monto.",
    ]
    assert [e.row for e in statement.errors] == [3, 4, 5, 6, 7, 8, 9, 10, 11]


@pytest.mark.parametrize(
    ("raw", "exponent", "expected"),
    [
        ("1.234.567", 0, 1_234_567), ("1.234,56", 2, 123_456), ("$ 1.234", 0, 1_234),
        ("-1.234", 0, -1_234), ("(1.234)", 0, -1_234), ("1.234-", 0, -1_234),
        ("1234.5", 2, 123_450), ("1.234,00", 0, 1_234), (1234.0, 0, 1_234), (12.5, 2, 1_250),
        ("US$ 10", 0, 10), ("1,234,567", 0, 1_234_567),
    ],
)  # fmt: skip
def test_spanish_numbers(raw: object, exponent: int, expected: int) -> None:
    from kastor_desktop.imports.bank_numbers import parse_amount

    assert parse_amount(raw, exponent) == expected


@pytest.mark.parametrize(
    ("raw", "reason"),
    [("150,000", "ambiguo"), ("1.234,567", "más de 2 decimales"), ("1e5", "no es un monto"),
     (float("nan"), "no es un monto"), ("9" * 20, "demasiado grande")],
)  # fmt: skip
def test_numbers_refused(raw: object, reason: str) -> None:
    from kastor_desktop.imports.bank_numbers import BadCell, parse_amount

    with pytest.raises(BadCell, match=reason):
        parse_amount(raw, 2)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("03/11/2026", date(2026, 11, 3)), ("3-11-2026", date(2026, 11, 3)),
     ("03/11/26", date(2026, 11, 3)), ("2026-11-03", date(2026, 11, 3)),
     ("03/11/2026 14:22", date(2026, 11, 3)), (46329.0, date(2026, 11, 3))],
)  # fmt: skip
def test_dates(raw: object, expected: date) -> None:
    from kastor_desktop.imports.bank_numbers import parse_date

    assert parse_date(raw) == expected


# -- fingerprints -------------------------------------------------------------------------
def test_same_movement_same_fingerprint_whatever_the_file(tmp_path: Path) -> None:
    one = read_statement(write_statement("bancoestado", tmp_path, MOVEMENTS), 0)
    again = read_statement(write_statement("bancoestado", tmp_path / "otra.xlsx", MOVEMENTS), 0)
    chile = read_statement(write_statement("bancochile", tmp_path, MOVEMENTS), 0)
    prints = [r.fingerprint for r in one.rows]
    assert prints == [r.fingerprint for r in again.rows]
    assert prints == [r.fingerprint for r in chile.rows]  # real cells or text: one movement


def test_overlapping_statements_share_the_fingerprints_of_shared_rows(tmp_path: Path) -> None:
    days = [credit(date(2026, 11, d), f"TRANSF {d}", 1_000 * d) for d in range(1, 31)]
    first = read_statement(write_statement("plain", tmp_path / "a.txt", days[:20]), 0)
    second = read_statement(write_statement("plain", tmp_path / "b.txt", days[9:]), 0)
    shared = {r.fingerprint for r in first.rows} & {r.fingerprint for r in second.rows}
    assert len(shared) == 11  # 10–20 November
    assert {r.on.day for r in first.rows if r.fingerprint in shared} == set(range(10, 21))


def test_identical_transfers_on_one_day_stay_distinct(tmp_path: Path) -> None:
    twice = [credit("10/11/2026", "TRANSF DE JUAN", 50_000)] * 2
    other_day = [credit("11/11/2026", "TRANSF DE JUAN", 50_000)]
    statement = read_statement(write_statement("plain", tmp_path / "a.txt", twice + other_day), 0)
    prints = [r.fingerprint for r in statement.rows]
    assert len(set(prints)) == 3
    # a later statement holding the same day sees the same two rows
    later = read_statement(write_statement("plain", tmp_path / "b.txt", twice), 0)
    assert [r.fingerprint for r in later.rows] == prints[:2]
    # with a balance column the two rows differ by their balance
    balanced = read_statement(write_statement("santander", tmp_path, twice), 0)
    assert len({r.fingerprint for r in balanced.rows}) == 2


def test_a_fingerprint_is_the_first_128_bits_of_the_movements_sha256(tmp_path: Path) -> None:
    """Stored with every imported payment (migration 0005 cut the older 64-character ones to
    these 32): changing it would make every earlier import look new."""
    from hashlib import sha256

    rows = [credit("10/11/2026", "Depósito  Juan", 5_000)] * 2
    statement = read_statement(write_statement("plain", tmp_path / "a.txt", rows), 0)
    first, second = statement.rows
    key = f"2026-11-10|5000|{first.reference.lower()}|deposito juan|-"
    assert first.fingerprint == sha256(f"{key}|0".encode()).hexdigest()[:32]
    assert second.fingerprint == sha256(f"{key}|1".encode()).hexdigest()[:32]


def test_case_accents_and_spaces_do_not_change_the_fingerprint(tmp_path: Path) -> None:
    a = read_statement(write_statement("plain", tmp_path / "a.txt",
                                       [credit("10/11/2026", "Depósito  Juan", 5)]), 0)  # fmt: skip
    b = read_statement(write_statement("plain", tmp_path / "b.txt",
                                       [credit("10/11/2026", "DEPOSITO JUAN", 5)]), 0)  # fmt: skip
    assert a.rows[0].fingerprint == b.rows[0].fingerprint
    assert a.rows[0].description == "Depósito Juan"  # shown as written, spaces collapsed


# -- hostile files ------------------------------------------------------------------------
def _small_xlsx(path: Path) -> Path:
    return write_xlsx(path, [["Fecha", "Descripción", "Abonos"], ["01/11/2026", "x", 100]])


def _replace_member(source: Path, target: Path, member: str, data: bytes) -> Path:
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, data if info.filename == member else src.read(info))
    return target


def _max_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def test_billion_laughs_inside_the_sheet_is_refused_at_once(tmp_path: Path) -> None:
    entities = ['<!ENTITY lol "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol;" if i == 1 else f"&lol{i - 1};") * 10}">' for i in range(1, 10)
    ]
    sheet = (
        '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n' + "\n".join(entities) + "\n]>\n"
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>'
    ).encode()
    bomb = _replace_member(_small_xlsx(tmp_path / "base.xlsx"), tmp_path / "bomba.xlsx",
                           "xl/worksheets/sheet1.xml", sheet)  # fmt: skip
    before, started = _max_rss_mb(), time.perf_counter()
    with pytest.raises(BadStatement, match="«bomba.xlsx» no es un Excel válido"):
        read_statement(bomb, 0)
    assert time.perf_counter() - started < 2
    assert _max_rss_mb() - before < 100


def _zip_bomb(path: Path, megabytes: int) -> Path:
    """A valid-looking workbook whose sheet inflates to ``megabytes`` of whitespace."""
    base = _small_xlsx(path.with_name("base.xlsx"))
    with zipfile.ZipFile(base) as src:
        members = {i.filename: src.read(i) for i in src.infolist()}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as dst:
        for name, data in members.items():
            if name != "xl/worksheets/sheet1.xml":
                dst.writestr(name, data)
        with dst.open("xl/worksheets/sheet1.xml", "w", force_zip64=False) as member:
            member.write(members["xl/worksheets/sheet1.xml"][: -len("</worksheet>")])
            block = b" " * 2**20
            for _ in range(megabytes):
                member.write(block)
            member.write(b"</worksheet>")
    return path


def test_a_zip_bomb_is_refused_before_calamine_opens_it(tmp_path: Path) -> None:
    bomb = _zip_bomb(tmp_path / "bomba-zip.xlsx", 300)
    assert bomb.stat().st_size < 2 * 2**20  # 300 MB packed in a few hundred KB
    started = time.perf_counter()
    with pytest.raises(BadStatement, match="se expande a más de 256 MB"):
        read_statement(bomb, 0)
    assert time.perf_counter() - started < 1


def test_a_zip_member_that_lies_about_its_size_is_refused(tmp_path: Path) -> None:
    bomb = _zip_bomb(tmp_path / "mentirosa.xlsx", 300)
    data = bytearray(bomb.read_bytes())
    name = b"xl/worksheets/sheet1.xml"
    for signature, size_at in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):  # local, central
        at = -1
        while True:
            at = data.find(signature, at + 1)
            if at < 0:
                break
            name_at = at + (30 if signature == b"PK\x03\x04" else 46)
            if data[name_at : name_at + len(name)] == name:
                struct.pack_into("<I", data, at + size_at, 4096)  # «only 4 KB»
    bomb.write_bytes(bytes(data))
    assert zipfile.ZipFile(bomb).getinfo(name.decode()).file_size == 4096
    before, started = _max_rss_mb(), time.perf_counter()
    with pytest.raises(BadStatement, match="no es un Excel válido"):
        read_statement(bomb, 0)
    assert time.perf_counter() - started < 1
    assert _max_rss_mb() - before < 100


def test_a_huge_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    huge = tmp_path / "enorme.csv"
    with huge.open("wb") as handle:
        handle.truncate(51 * 2**20)  # sparse: nothing written
    with pytest.raises(BadStatement, match="«enorme.csv» pesa más de 50 MB"):
        read_statement(huge, 0)


def test_too_many_rows_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = "Fecha;Glosa;Abonos\r\n" + "01/11/2026;x;1\r\n" * 200_001
    big = tmp_path / "filas.csv"
    big.write_text(lines, encoding="utf-8")
    with pytest.raises(BadStatement, match="tiene más de 200.000 filas"):
        read_statement(big, 0)
    monkeypatch.setattr(bank_files, "MAX_ROWS", 10)
    rows = [["Fecha", "Glosa", "Abonos"]] + [["01/11/2026", "x", i + 1] for i in range(12)]
    with pytest.raises(BadStatement, match="tiene más de 10 filas"):
        read_statement(write_xlsx(tmp_path / "filas.xlsx", rows), 0)


def test_formulas_are_text_never_evaluated(tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Fecha", "Descripción", "Abonos"])
    texts = ['=HYPERLINK("http://malo.example","clic")', "=1+1", "@SUM(A1:A9)", "+cmd|' /C calc'!A0",
             "-2+3"]  # fmt: skip
    for i, value in enumerate(texts, start=2):
        sheet.append([f"0{i}/11/2026", None, 1_000 * i])
        sheet.cell(i, 2).value = value
        sheet.cell(i, 2).data_type = "s"  # typed text that looks like a formula
    sheet.append(["08/11/2026", "=10*10", "=500+500"])  # real formulas, no cached value
    workbook.save(tmp_path / "formulas.xlsx")
    statement = read_statement(tmp_path / "formulas.xlsx", 0)
    assert [r.description for r in statement.rows] == texts
    assert [str(e) for e in statement.errors] == ["Fila 7: no tiene cargo ni abono."]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("binario.xlsx", bytes(range(256)) * 40, "no es un Excel válido"),
        ("texto.xlsx", b"Fecha;Abonos\n01/11/2026;5\n", "no es un Excel válido"),
        ("vacio.csv", b"", "está vacío"),
        ("espacios.csv", b"  \r\n \r\n", "está vacío"),
        ("imagen.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "archivo binario"),
    ],
)
def test_files_that_are_not_statements(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(BadStatement, match=message):
        read_statement(path, 0)


def test_a_csv_with_a_giant_field_is_refused_and_a_late_nul_dropped(tmp_path: Path) -> None:
    giant = tmp_path / "gigante.csv"
    giant.write_text("Fecha;Glosa;Abonos\n01/11/2026;" + "x" * 200_000 + ";5\n", encoding="utf-8")
    with pytest.raises(BadStatement, match="«gigante.csv» no es un CSV válido .tiene un campo"):
        read_statement(giant, 0)
    nul = tmp_path / "nulo.csv"
    nul.write_bytes(b"Fecha;Glosa;Abonos\n" + b"01/11/2026;x;5\n" * 1_000 + b"01/11/2026;\x00;5\n")
    statement = read_statement(nul, 0)  # past the first 8 KB: read, the NUL dropped
    assert len(statement.rows) == 1_001 and statement.rows[-1].description == ""


def test_a_truncated_xlsx_is_not_a_valid_excel(tmp_path: Path) -> None:
    good = _small_xlsx(tmp_path / "buena.xlsx").read_bytes()
    cut = tmp_path / "cortada.xlsx"
    cut.write_bytes(good[: len(good) // 2])
    with pytest.raises(BadStatement, match="«cortada.xlsx» no es un Excel válido"):
        read_statement(cut, 0)
    flipped = bytearray(good)
    with zipfile.ZipFile(tmp_path / "buena.xlsx") as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    flipped[start + 5] ^= 0xFF  # damage the compressed sheet: CRC or inflate error
    (tmp_path / "danada.xlsx").write_bytes(bytes(flipped))
    with pytest.raises(BadStatement, match="no es un Excel válido"):
        read_statement(tmp_path / "danada.xlsx", 0)
    assert zlib.crc32(b"") == 0  # (the check above relies on zlib, loaded here)


def test_a_cp1252_csv_keeps_its_accents(tmp_path: Path) -> None:
    rows = [["Fecha", "Glosa", "Abonos"], ["01/11/2026", "DEPÓSITO NÚÑEZ Ñuñoa", "5.000"]]
    path = write_csv(tmp_path / "win.csv", rows, ";", "cp1252")
    assert "Ó".encode("cp1252") in path.read_bytes()
    statement = read_statement(path, 0)
    assert statement.rows[0].description == "DEPÓSITO NÚÑEZ Ñuñoa"
