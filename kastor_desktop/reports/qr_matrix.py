"""QR code modules for the payment string printed on every notice, fast enough for one per page.

The encoding (mode, version, Reed-Solomon codewords, module placement) is reportlab's own
``qrencoder`` — the encoder behind ``reportlab.graphics.barcode.qr.QrCodeWidget``. What this module
replaces is the mask choice: reportlab builds the whole symbol nine times and scores each mask
cell by cell (about 5 ms a code, most of a notice page's budget). Here the symbol with empty data
is built once per version and mask (cached), the data modules are XORed in as one big integer,
and the four ISO 18004 penalty rules are counted with bit operations over all rows (and all
columns) at once: about 0.7 ms a code, and the result is the same matrix reportlab draws for
the chosen mask.

A matrix is returned as row bit masks: bit ``c`` of ``rows[r]`` is the module at row ``r``,
column ``c`` (1 = dark), row 0 at the top.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

LEVEL_M = 0  # reportlab's QRErrorCorrectLevel.M (15 % of the symbol can be restored)


@dataclass(frozen=True)
class _Layout:
    size: int
    empty_rows: tuple[int, ...]  # per mask: the symbol with all data bits 0 (rows packed)
    empty_cols: tuple[int, ...]  # the same, columns packed
    row_bit: tuple[int, ...]  # per data position (placement order): 1 << (r * size + c)
    col_bit: tuple[int, ...]  # per data position: 1 << (c * size + r)
    pair: int  # bit j valid when j and j+1 lie in the same line
    start7: int  # a 7-module run starting at j stays in its line
    start4: int
    start11: int
    from4: int  # at least 4 modules before j in its line
    block: int  # 2x2 block with top-left corner j fits (row and column <= size - 2)


def qr_rows(text: str) -> list[int]:
    """The modules of ``text`` as a QR code (byte mode, UTF-8, level M, best mask)."""
    data = text.encode("utf-8")
    version = _version(len(data))
    codewords = codewords_for(data, version)
    layout = _layout(version)
    data_rows = data_cols = 0
    row_bit, col_bit = layout.row_bit, layout.col_bit
    base = 0
    for byte in codewords:
        for offset in _SET_BITS[byte]:
            data_rows |= row_bit[base + offset]
            data_cols |= col_bit[base + offset]
        base += 8
    best_rows, best_score = 0, -1
    for mask in range(8):
        rows = layout.empty_rows[mask] ^ data_rows
        score = _penalty(rows, layout.empty_cols[mask] ^ data_cols, layout)
        if best_score < 0 or score < best_score:
            best_rows, best_score = rows, score
    size = layout.size
    full = (1 << size) - 1
    return [(best_rows >> (r * size)) & full for r in range(size)]


def codewords_for(data: bytes, version: int) -> list[int]:
    """Byte-mode segment, terminator, padding, Reed-Solomon blocks, interleaved: what
    reportlab's ``QRCode.createData`` returns for the same bytes."""
    blocks = _blocks(version)
    capacity = sum(d for d, _ in blocks) * 8
    count_bits = 8 if version < 10 else 16
    bits = ((0b0100 << count_bits) | len(data)) << (8 * len(data)) | int.from_bytes(data, "big")
    length = 4 + count_bits + 8 * len(data)
    pad = min(4, capacity - length)
    bits, length = bits << pad, length + pad
    pad = -length % 8
    bits, length = bits << pad, length + pad
    stream = list(bits.to_bytes(length // 8, "big"))
    filler = 0
    while len(stream) * 8 < capacity:
        stream.append(0x11 if filler else 0xEC)
        filler ^= 1
    data_blocks, ec_blocks = [], []
    offset = 0
    for data_count, ec_count in blocks:
        chunk = stream[offset : offset + data_count]
        offset += data_count
        data_blocks.append(chunk)
        ec_blocks.append(_remainder(chunk, ec_count))
    out: list[int] = []
    for group in (data_blocks, ec_blocks):
        for i in range(max(len(b) for b in group)):
            out.extend(b[i] for b in group if i < len(b))
    return out


def _version(length: int) -> int:
    for version in range(1, 41):
        capacity = sum(d for d, _ in _blocks(version)) * 8
        if 4 + (8 if version < 10 else 16) + 8 * length <= capacity:
            return version
    raise ValueError("texto demasiado largo para un código QR")


@lru_cache(maxsize=64)
def _blocks(version: int) -> tuple[tuple[int, int], ...]:
    """(data codewords, error correction codewords) per block, from reportlab's table."""
    from reportlab.graphics.barcode import qrencoder

    return tuple(
        (b.dataCount, b.totalCount - b.dataCount)
        for b in qrencoder.QRRSBlock.getRSBlocks(version, LEVEL_M)
    )


_EXP = [0] * 512
_LOG = [0] * 256
_x = 1
for _i in range(255):
    _EXP[_i] = _x
    _LOG[_x] = _i
    _x <<= 1
    if _x & 0x100:
        _x ^= 0x11D
for _i in range(255, 512):
    _EXP[_i] = _EXP[_i - 255]


@lru_cache(maxsize=32)
def _generator(degree: int) -> tuple[int, ...]:
    """Logs of the generator polynomial's coefficients after the leading 1."""
    poly = [1]
    for i in range(degree):
        nxt = [0] * (len(poly) + 1)
        for j, coef in enumerate(poly):
            nxt[j] ^= coef
            if coef:
                nxt[j + 1] ^= _EXP[_LOG[coef] + i]
        poly = nxt
    return tuple(_LOG[c] for c in poly[1:])


def _remainder(data: list[int], degree: int) -> list[int]:
    gen = _generator(degree)
    rem = [0] * degree
    exp, log = _EXP, _LOG
    for byte in data:
        factor = byte ^ rem[0]
        del rem[0]
        rem.append(0)
        if factor:
            lf = log[factor]
            for i, g in enumerate(gen):
                rem[i] ^= exp[lf + g]
    return rem


def reportlab_rows(text: str, mask: int) -> list[int]:
    """The same symbol built by reportlab for a given mask (for tests and comparison; equal for
    texts reportlab also encodes in byte mode, such as the payment string)."""
    from reportlab.graphics.barcode import qrencoder

    code = qrencoder.QRCode(None, LEVEL_M)
    code.addData(text)
    code.version = code.calculate_version()
    code.makeImpl(False, mask)
    return [sum(1 << c for c, dark in enumerate(row) if dark) for row in code.modules]


def chosen_mask(text: str) -> int:
    """Which mask :func:`qr_rows` picks (tests)."""
    rows = qr_rows(text)
    for mask in range(8):
        if reportlab_rows(text, mask) == rows:
            return mask
    raise AssertionError("no mask reproduces the symbol")


_SET_BITS: tuple[tuple[int, ...], ...] = tuple(
    tuple(offset for offset in range(8) if byte & (0x80 >> offset)) for byte in range(256)
)


def _penalty(rows: int, cols: int, lay: _Layout) -> int:
    score = _line_penalty(rows, lay) + _line_penalty(cols, lay)
    size = lay.size
    same = ~(rows ^ (rows >> size))  # module equal to the one below
    blocks = same & (same >> 1) & ~(rows ^ (rows >> 1)) & lay.block
    score += 3 * blocks.bit_count()
    cells = size * size
    score += 10 * (abs(100 * rows.bit_count() - 50 * cells) // (5 * cells))
    return score


def _line_penalty(lines: int, lay: _Layout) -> int:
    """Rules 1 (runs of 5+ of one colour) and 3 (finder-like 1:1:3:1:1 with 4 light) per line."""
    eq = ~(lines ^ (lines >> 1)) & lay.pair
    run5 = eq & (eq >> 1) & (eq >> 2) & (eq >> 3)
    score = run5.bit_count() + 2 * (run5 & ~(run5 << 1)).bit_count()
    x1, x2, x3 = lines >> 1, lines >> 2, lines >> 3
    core = lines & ~x1 & x2 & x3 & (lines >> 4) & ~(lines >> 5) & (lines >> 6) & lay.start7
    if core:
        light4 = ~(lines | x1 | x2 | x3) & lay.start4
        found = (core & (light4 >> 7) & lay.start11).bit_count()
        found += (core & (light4 << 4) & lay.from4).bit_count()
        score += 40 * found
    return score


@lru_cache(maxsize=16)
def _layout(version: int) -> _Layout:
    from reportlab.graphics.barcode import qrencoder

    rs_blocks = qrencoder.QRRSBlock.getRSBlocks(version, LEVEL_M)
    codewords = sum(block.totalCount for block in rs_blocks)
    empty_rows, empty_cols = [], []
    positions: list[tuple[int, int]] = []
    size = 0
    for mask in range(8):
        code = qrencoder.QRCode(version, LEVEL_M)
        code.dataCache = [0] * codewords
        code.makeImpl(False, mask)
        size = code.moduleCount
        rows = cols = 0
        for r, row in enumerate(code.modules):
            for c, dark in enumerate(row):
                if dark:
                    rows |= 1 << (r * size + c)
                    cols |= 1 << (c * size + r)
        empty_rows.append(rows)
        empty_cols.append(cols)
        positions = list(code.dataPosIterator())  # (column, row) in placement order

    def lines(pick: Callable[[int, int], bool]) -> int:
        return sum(1 << (r * size + c) for r in range(size) for c in range(size) if pick(r, c))

    return _Layout(
        size=size,
        empty_rows=tuple(empty_rows),
        empty_cols=tuple(empty_cols),
        row_bit=tuple(1 << (r * size + c) for c, r in positions),
        col_bit=tuple(1 << (c * size + r) for c, r in positions),
        pair=lines(lambda r, c: c <= size - 2),
        start7=lines(lambda r, c: c <= size - 7),
        start4=lines(lambda r, c: c <= size - 4),
        start11=lines(lambda r, c: c <= size - 11),
        from4=lines(lambda r, c: c >= 4),
        block=lines(lambda r, c: r <= size - 2 and c <= size - 2),
    )
