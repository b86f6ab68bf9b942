"""The payment QR code: the same codewords and modules reportlab's encoder builds, a best mask
chosen by the ISO penalty rules, fast enough for one code per notice page."""

from __future__ import annotations

import time

from reportlab.graphics.barcode import qrencoder

from kastor_desktop.reports.qr_matrix import (
    LEVEL_M,
    _layout,
    _penalty,
    _version,
    chosen_mask,
    codewords_for,
    qr_rows,
    reportlab_rows,
)

TEXTS = [
    "KASTOR|53.318.220-9|A-101|1200|101590|AROMOS-A101-2503",
    "KASTOR|30-70987654-3|UF 1 — 1º B|300|194472.26|SANMARTIN-001",
    "KASTOR|" + "x" * 120,  # version 7+: carries the version information blocks
    "KASTOR|" + "Ñandú " * 60,
]


def reportlab_codewords(text: str) -> tuple[int, list[int]]:
    code = qrencoder.QRCode(None, LEVEL_M)
    code.addData(text)
    version = code.calculate_version()
    return version, list(qrencoder.QRCode.createData(version, LEVEL_M, code.dataList))


def test_codewords_and_version_are_reportlabs() -> None:
    for text in TEXTS:
        data = text.encode("utf-8")
        version, expected = reportlab_codewords(text)
        assert _version(len(data)) == version
        assert codewords_for(data, version) == expected


def test_the_matrix_is_reportlabs_for_the_chosen_mask() -> None:
    for text in TEXTS:
        rows = qr_rows(text)
        mask = chosen_mask(text)  # raises when no mask reproduces the symbol
        assert rows == reportlab_rows(text, mask)
        assert len(rows) == 17 + 4 * _version(len(text.encode("utf-8")))


def test_the_chosen_mask_has_the_lowest_penalty() -> None:
    text = TEXTS[0]
    version = _version(len(text.encode()))
    layout = _layout(version)
    size = layout.size

    def score(mask: int) -> int:
        rows = reportlab_rows(text, mask)
        packed_rows = sum(r << (i * size) for i, r in enumerate(rows))
        cols = [sum(((rows[r] >> c) & 1) << r for r in range(size)) for c in range(size)]
        packed_cols = sum(col << (i * size) for i, col in enumerate(cols))
        return _penalty(packed_rows, packed_cols, layout)

    scores = [score(mask) for mask in range(8)]
    assert scores[chosen_mask(text)] == min(scores)


def test_penalty_counts_runs_blocks_and_finder_patterns() -> None:
    layout = _layout(1)  # 21 x 21
    size = layout.size
    empty = _penalty(0, 0, layout)  # all light: every line one run of 21, every 2x2 a block
    runs = 2 * size * (3 + (size - 5))
    blocks = 3 * (size - 1) ** 2
    balance = 10 * 10  # 0 % dark: 50 points off, 10 steps of 5
    assert empty == runs + blocks + balance


def test_a_code_takes_well_under_a_millisecond() -> None:
    qr_rows("warm-up")
    start = time.perf_counter()
    for i in range(200):
        qr_rows(f"KASTOR|53.318.220-9|A-{i}|{1200 + i}|{101590 + i}|AROMOS-A{i}-2503")
    assert (time.perf_counter() - start) / 200 < 0.002
