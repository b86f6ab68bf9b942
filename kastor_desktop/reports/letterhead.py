"""The letterhead every payment document shares: office and community with their logos
(:func:`draw_letterhead`), the title band, the signature block, the footer, the «ANULADO»
watermark and :class:`Document`, the A4 canvas written to a temporary file and renamed into
place. Used by the receipts, the account statement, the certificates and the payment reports.
Fonts are embedded (pdf_fonts.py); logos and signatures are passed by file name, so each image
is embedded once per file.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from kastor_desktop.domain.country import profile
from kastor_desktop.domain.money import format_amount
from kastor_desktop.reports.notice_data import Party
from kastor_desktop.reports.notices_layout import (
    LEFT,
    PAGE_H,
    PAGE_W,
    RIGHT,
    Palette,
    Pen,
    draw_header,
    palette,
    short_date,
)
from kastor_desktop.reports.pdf_fonts import BOLD, FONT, preset_subsets, register_fonts

CREATOR = "Kastor Desktop"


@dataclass(frozen=True)
class Letterhead:
    """Who issues a payment document: the office and the community (logos as absolute paths,
    None when missing), the administrator who signs and the signature image."""

    country: str
    exponent: int
    office: Party
    community: Party
    administrator: str
    signature_path: str | None = None

    @property
    def tax_label(self) -> str:
        return profile(self.country).tax_id_label

    def money(self, minor: int) -> str:
        return format_amount(minor, self.exponent)

    def day(self, value: date) -> str:
        return short_date(value, self.country)


# -- the document frame shared by every payment document ---------------------------------------
class Document:
    """An A4 canvas written to a temporary file and renamed into place by :meth:`save`; used as
    ``with Document(...) as doc:`` so a drawing that fails leaves no file behind."""

    def __init__(self, path: Path, head: Letterhead, title: str, subject: str = "") -> None:
        from reportlab import rl_config
        from reportlab.pdfgen.canvas import Canvas

        self.path = Path(path)
        if not self.path.parent.is_dir():
            raise FileNotFoundError(2, "No such file or directory", str(self.path.parent))
        self.head = head
        self.widths = register_fonts()
        self.colors = palette()
        self.tmp = self.path.with_name(self.path.name + ".tmp")
        self._a85 = rl_config.useA85
        rl_config.useA85 = 0
        self.canvas = Canvas(
            str(self.tmp),
            pagesize=(PAGE_W, PAGE_H),
            invariant=1,
            pageCompression=1,
            initialFontName=FONT,
        )
        preset_subsets(self.canvas)
        self.canvas.setTitle(title)
        self.canvas.setAuthor(head.office.name)
        self.canvas.setSubject(subject or title)
        self.canvas.setCreator(CREATOR)
        self.canvas.beginForm("letterhead")
        pen = self.pen()
        draw_letterhead(self.canvas, pen, head, self.colors)
        pen.done()
        self.canvas.endForm()

    def __enter__(self) -> Document:
        return self

    def __exit__(self, *exc: object) -> None:
        from reportlab import rl_config

        rl_config.useA85 = self._a85
        if self.tmp.exists():
            self.tmp.unlink()

    def pen(self) -> Pen:
        return Pen(self.canvas, self.widths)

    def letterhead(self, top: float = PAGE_H) -> None:
        """Place the letterhead with its top edge at ``top`` (the page's by default)."""
        canv = self.canvas
        canv.saveState()
        canv.translate(0, top - PAGE_H)
        canv.doForm("letterhead")
        canv.restoreState()

    def save(self) -> Path:
        from reportlab import rl_config

        try:
            self.canvas.save()
            os.replace(self.tmp, self.path)
        finally:
            rl_config.useA85 = self._a85
            if self.tmp.exists():
                self.tmp.unlink()
        return self.path


def draw_letterhead(canv: Any, pen: Pen, head: Letterhead, colors: Palette) -> None:
    """The notices' header (office left, community right, logos, the rule below at y 744)."""
    sheet = SimpleNamespace(
        batch=SimpleNamespace(office=head.office, community=head.community),
        colors=colors,
        tax_label=head.tax_label,
    )
    draw_header(canv, pen, sheet)  # type: ignore[arg-type]


def title_band(canv: Any, pen: Pen, colors: Palette, y: float, title: str, right: str = "") -> None:
    """A navy band 24 pt high with the document's title (white) and a note on the right."""
    canv.setFillColor(colors.navy)
    canv.rect(LEFT, y, RIGHT - LEFT, 24, stroke=0, fill=1)
    pen.put(LEFT + 10, y + 8, title, BOLD, 12, colors.white, "l", 330, 9)
    if right:
        pen.put(RIGHT - 10, y + 8, right, BOLD, 9, colors.white, "r", 180, 7)


def section_title(
    canv: Any, pen: Pen, colors: Palette, x0: float, x1: float, y: float, title: str
) -> None:
    pen.put(x0, y, title, BOLD, 8.5, colors.navy)
    canv.setStrokeColor(colors.navy)
    canv.setLineWidth(0.8)
    canv.line(x0, y - 5, x1, y - 5)


def draw_signature(
    canv: Any, pen: Pen, head: Letterhead, colors: Palette, center: float, line_y: float
) -> None:
    """The signature image (when the community has one) over a line, the name and the role."""
    path = head.signature_path
    if path and os.path.isfile(path):
        canv.drawImage(path, center - 65, line_y + 2, 130, 44, preserveAspectRatio=True, anchor="s")
    canv.setStrokeColor(colors.ink)
    canv.setLineWidth(0.6)
    canv.line(center - 80, line_y, center + 80, line_y)
    pen.put(center, line_y - 11, head.administrator, BOLD, 8.5, colors.ink, "c", 170, 7)
    pen.put(center, line_y - 21, "Administrador", FONT, 7.5, colors.ink, "c")


def draw_footer(canv: Any, pen: Pen, colors: Palette, y: float, left: str, right: str) -> None:
    canv.setStrokeColor(colors.rule)
    canv.setLineWidth(0.5)
    canv.line(LEFT, y + 10, RIGHT, y + 10)
    pen.put(LEFT, y, left, FONT, 7, colors.muted, "l", 330, 6)
    pen.put(RIGHT, y, right, FONT, 7, colors.muted, "r", 180, 6)


def watermark(
    canv: Any, colors: Palette, text: str, x: float, y: float, size: float, angle: float
) -> None:
    """Large red text at (x, y), rotated and translucent, over everything already drawn."""
    canv.saveState()
    canv.setFillColor(colors.red)
    canv.setFillAlpha(0.16)
    canv.translate(x, y)
    canv.rotate(angle)
    canv.setFont(BOLD, size)
    canv.drawCentredString(0, -size / 3, text)
    canv.restoreState()
