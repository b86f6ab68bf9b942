"""The TrueType fonts Kastor's PDFs embed: Bitstream Vera (bundled with reportlab) registered as
«KastorSans» and «KastorSans-Bold», once per process.

Vera covers Latin-1 and the punctuation Spanish text needs (ñ á é í ó ú ü ° º « » — –).

Many small documents (one notice per file) spend most of their time embedding fonts. Two things
make that cheap: :func:`preset_subsets` assigns a fixed set of characters first in every
document, so documents ask for the same subsets; and :class:`CachedTTFont` keeps, per process,
the compressed font program, the widths array and the ToUnicode map of each subset it has
written. The PDF objects are the ones reportlab writes (``TTFont.addObjects``), only built once.
"""

from __future__ import annotations

import os
import zlib
from collections.abc import Callable, Sequence
from typing import Any

FONT = "KastorSans"
BOLD = "KastorSans-Bold"
FILES = {FONT: "Vera.ttf", BOLD: "VeraBd.ttf"}
# Assigned first, in this order, in every document (see the module's docstring).
PRESET_CHARS = (
    " 0123456789$.,:;-+%/()#°ºª«»—–·…'\"&@_|*"
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    "ÁÉÍÓÚÜÑáéíóúüñ"
)

Width = Callable[[str, float], float]
_WIDTHS: dict[str, Width] = {}


def register_fonts() -> dict[str, Width]:
    """Register the fonts (once per process); returns a width function per font name."""
    if _WIDTHS:
        return _WIDTHS
    import reportlab
    from reportlab.pdfbase import pdfmetrics

    folder = os.path.join(os.path.dirname(reportlab.__file__), "fonts")
    font_class = cached_font_class()
    for name, file in FILES.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(font_class(name, os.path.join(folder, file)))
        _WIDTHS[name] = _width_function(pdfmetrics.getFont(name).face)
    return _WIDTHS


def preset_subsets(canv: Any) -> None:
    from reportlab.pdfbase import pdfmetrics

    for name in FILES:
        pdfmetrics.getFont(name).splitString(PRESET_CHARS, canv._doc)


class _Advances(dict[str, float]):
    """Character -> advance width (1/1000 em), filled on first use."""

    def __init__(self, face: Any) -> None:
        super().__init__()
        self._face = face

    def __missing__(self, char: str) -> float:
        width = float(self._face.getCharWidth(ord(char)))
        self[char] = width
        return width


def _width_function(face: Any) -> Width:
    """A text's width in points, as reportlab measures it (no kerning), in C-speed loops."""
    advances = _Advances(face)

    def width(text: str, size: float) -> float:
        return sum(map(advances.__getitem__, text)) * size / 1000.0

    return width


_CLASS: list[type] = []


def cached_font_class() -> type:
    """``TTFont`` whose subset objects are built once per process (created on first use so
    reportlab is imported only when a PDF is written)."""
    if _CLASS:
        return _CLASS[0]
    from reportlab.pdfbase import pdfdoc, ttfonts

    class CachedTTFont(ttfonts.TTFont):  # type: ignore[misc]
        def __init__(self, name: str, filename: str) -> None:
            super().__init__(name, filename)
            self._objects: dict[tuple[int, tuple[int, ...]], _SubsetObjects] = {}

        def addObjects(self, doc: Any) -> None:  # noqa: N802 - reportlab's name
            state = self._assignState(doc)
            state.frozen = 1
            face = self.face
            for n, subset in enumerate(state.subsets):
                internal = self.getSubsetInternalName(n, doc)[1:]
                key = (n, tuple(subset))
                parts = self._objects.get(key)
                if parts is None:
                    if len(self._objects) > 64:
                        self._objects.clear()
                    parts = self._objects[key] = _SubsetObjects.build(face, n, subset)
                pdf_font = pdfdoc.PDFTrueTypeFont()
                pdf_font.__Comment__ = f"Font {self.fontName} subset {n}"
                pdf_font.Name = internal
                pdf_font.BaseFont = parts.base_name
                pdf_font.FirstChar = 0
                pdf_font.LastChar = len(subset) - 1
                pdf_font.Widths = parts.widths  # bytes are written as they are
                pdf_font.ToUnicode = doc.Reference(
                    _flate(parts.to_unicode), "toUnicodeCMap:" + parts.base_name
                )
                pdf_font.FontDescriptor = self._descriptor(doc, parts)
                doc.Reference(pdf_font, internal)
                doc.idToObject["BasicFonts"].dict[internal] = pdf_font
            del self.state[doc]

        def _descriptor(self, doc: Any, parts: _SubsetObjects) -> Any:
            face = self.face
            font_file = _flate(parts.program)
            font_file.dictionary["Length1"] = parts.program_length
            file_ref = doc.Reference(font_file, f"fontFile:{face.filename}({parts.base_name})")
            descriptor = pdfdoc.PDFDictionary(
                {
                    "Type": "/FontDescriptor",
                    "Ascent": face.ascent,
                    "CapHeight": face.capHeight,
                    "Descent": face.descent,
                    "Flags": (face.flags & ~ttfonts.FF_NONSYMBOLIC) | ttfonts.FF_SYMBOLIC,
                    "FontBBox": pdfdoc.PDFArray(face.bbox),
                    "FontName": pdfdoc.PDFName(parts.base_name),
                    "ItalicAngle": face.italicAngle,
                    "StemV": face.stemV,
                    "FontFile2": file_ref,
                    "MissingWidth": face.defaultWidth,
                }
            )
            return doc.Reference(descriptor, "fontDescriptor:" + parts.base_name)

    _CLASS.append(CachedTTFont)
    return CachedTTFont


class _SubsetObjects:
    """One subset's objects, ready to write: compressed streams, the widths array as PDF text."""

    __slots__ = ("base_name", "widths", "to_unicode", "program", "program_length")

    def __init__(
        self, base_name: str, widths: bytes, to_unicode: bytes, program: bytes, length: int
    ) -> None:
        self.base_name = base_name
        self.widths = widths
        self.to_unicode = to_unicode
        self.program = program
        self.program_length = length

    @classmethod
    def build(cls, face: Any, n: int, subset: Sequence[int]) -> _SubsetObjects:
        from reportlab.lib.rl_accel import fp_str
        from reportlab.pdfbase import ttfonts

        base_name = b"".join((ttfonts.SUBSETN(n), b"+", face.name, face.subfontNameX)).decode(
            "pdfdoc"
        )
        widths = fp_str(*[face.getCharWidth(code) for code in subset])
        to_unicode = ttfonts.makeToUnicodeCMap(base_name, subset)
        program = face.makeSubset(subset)
        return cls(
            base_name,
            f"[ {widths} ]".encode("ascii"),
            zlib.compress(to_unicode.encode("utf-8")),
            zlib.compress(program),
            len(program),
        )


def _flate(compressed: bytes) -> Any:
    """A stream whose content is already Flate-compressed (reportlab leaves it as it is)."""
    from reportlab.pdfbase import pdfdoc

    stream = pdfdoc.PDFStream(content=compressed)
    stream.dictionary["Filter"] = pdfdoc.PDFArray([pdfdoc.PDFName("FlateDecode")])
    return stream
