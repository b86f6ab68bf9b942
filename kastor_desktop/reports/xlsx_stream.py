"""A fast write-only XLSX writer for big plain tables (office-wide reports).

openpyxl's write-only mode builds a ``Cell`` object and an XML element per value: without lxml
it wrote 30,000 rows x 13 columns in 2.5 s (4.3 s with a number format per money cell). This
writer produces the same kind of file (SpreadsheetML: inline strings, a fixed style sheet, a
frozen header, an auto-filter, column widths) by formatting the XML text directly, about ten
times faster. openpyxl, LibreOffice and Excel read it.

Every text is written as an inline string, so nothing is ever evaluated as a formula; text
that starts with = + - @ also gets Excel's «quote prefix» (reports/xlsx.py does the same), so
editing the cell keeps it as text.
"""

from __future__ import annotations

import errno
import os
import re
import zipfile
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

# cellXfs of STYLES, in order
PLAIN, HEADER, MONEY0, MONEY2, TOTAL, TOTAL_MONEY0, TOTAL_MONEY2, DATE, TITLE, QUOTED = range(10)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_ATTRS = [f' s="{i}"' if i else "" for i in range(QUOTED + 1)]
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_EPOCH = date(1899, 12, 30).toordinal()  # Excel's day 0 (1900 date system)

STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="3"><numFmt numFmtId="164" formatCode="#,##0"/>\
<numFmt numFmtId="165" formatCode="#,##0.00"/><numFmt numFmtId="166" formatCode="DD-MM-YYYY"/>\
</numFmts>
<fonts count="4"><font><sz val="11"/><name val="Calibri"/></font>\
<font><b/><sz val="11"/><name val="Calibri"/></font>\
<font><b/><sz val="11"/><color rgb="FFFFFFFF"/><name val="Calibri"/></font>\
<font><b/><sz val="13"/><name val="Calibri"/></font></fonts>
<fills count="4"><fill><patternFill patternType="none"/></fill>\
<fill><patternFill patternType="gray125"/></fill>\
<fill><patternFill patternType="solid"><fgColor rgb="FF1F4E79"/><bgColor indexed="64"/>\
</patternFill></fill>\
<fill><patternFill patternType="solid"><fgColor rgb="FFDDE6F0"/><bgColor indexed="64"/>\
</patternFill></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="10">\
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
<xf numFmtId="0" fontId="2" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/>\
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
<xf numFmtId="0" fontId="1" fillId="3" borderId="0" xfId="0" applyFont="1" applyFill="1"/>\
<xf numFmtId="164" fontId="1" fillId="3" borderId="0" xfId="0" applyNumberFormat="1" \
applyFont="1" applyFill="1"/>\
<xf numFmtId="165" fontId="1" fillId="3" borderId="0" xfId="0" applyNumberFormat="1" \
applyFont="1" applyFill="1"/>\
<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
<xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/>\
</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>"""

_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def column_letter(index: int) -> str:
    """1 -> A, 27 -> AA."""
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def escape(value: str) -> str:
    if _ILLEGAL.search(value):
        value = _ILLEGAL.sub("", value)
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Sheet:
    """One worksheet, written row by row; ``styles`` gives each column's style index."""

    def __init__(self, name: str, widths: Sequence[float], freeze_rows: int, autofilter: bool):
        self.name = escape(name[:31]).replace('"', "&quot;")
        self.widths = list(widths)
        self.freeze_rows = freeze_rows
        self.autofilter = autofilter
        self.letters = [column_letter(i) for i in range(1, max(len(widths), 1) + 1)]
        self.rows: list[str] = []
        self._styles: Sequence[int] | None = None
        self._attrs: list[str] = [""] * len(self.letters)
        self.filter_row = 0  # the header row the auto-filter starts at (1-based)
        self.last_filter_row = 0

    def row(self, values: Sequence[Any], styles: Sequence[int] | None = None) -> None:
        number = len(self.rows) + 1
        if styles is not self._styles:  # callers pass the same list for a run of rows
            self._styles = styles
            self._attrs = [_ATTRS[s] for s in styles] if styles else [""] * len(self.letters)
        parts = [f'<row r="{number}">']
        add = parts.append
        for letter, value, s in zip(self.letters, values, self._attrs, strict=False):
            kind = type(value)
            if kind is int:
                add(f'<c r="{letter}{number}"{s}><v>{value}</v></c>')
            elif kind is str:
                if not value:
                    continue
                if not s and value.startswith(FORMULA_STARTS):
                    s = _ATTRS[QUOTED]
                add(
                    f'<c r="{letter}{number}" t="inlineStr"{s}><is><t xml:space="preserve">'
                    f"{escape(value)}</t></is></c>"
                )
            elif value is None:
                continue
            elif kind is bool:
                add(f'<c r="{letter}{number}" t="b"{s}><v>{int(value)}</v></c>')
            elif kind is float:
                add(f'<c r="{letter}{number}"{s}><v>{value!r}</v></c>')
            elif isinstance(value, Decimal):
                add(f'<c r="{letter}{number}"{s}><v>{value:f}</v></c>')
            elif isinstance(value, date):
                day = value.date() if isinstance(value, datetime) else value
                s = s or _ATTRS[DATE]
                add(f'<c r="{letter}{number}"{s}><v>{day.toordinal() - _EPOCH}</v></c>')
            else:
                add(
                    f'<c r="{letter}{number}" t="inlineStr"{s}><is><t xml:space="preserve">'
                    f"{escape(str(value))}</t></is></c>"
                )
        add("</row>")
        self.rows.append("".join(parts))

    def start_filter(self) -> None:
        """The row just written is the header of the auto-filtered table."""
        self.filter_row = len(self.rows)

    def end_filter(self) -> None:
        """The table of the auto-filter ends at the row just written."""
        self.last_filter_row = len(self.rows)

    def xml(self) -> str:
        head = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {_NS}>']
        if self.freeze_rows:
            top = f"A{self.freeze_rows + 1}"
            head.append(
                '<sheetViews><sheetView workbookViewId="0">'
                f'<pane ySplit="{self.freeze_rows}" topLeftCell="{top}" activePane="bottomLeft" '
                'state="frozen"/></sheetView></sheetViews>'
            )
        head.append('<sheetFormatPr defaultRowHeight="15"/>')
        if self.widths:
            head.append("<cols>")
            head.extend(
                f'<col min="{i}" max="{i}" width="{w}" customWidth="1"/>'
                for i, w in enumerate(self.widths, start=1)
            )
            head.append("</cols>")
        head.append("<sheetData>")
        tail = ["</sheetData>"]
        if self.autofilter and self.filter_row:
            last = max(self.last_filter_row, self.filter_row)
            tail.append(f'<autoFilter ref="A{self.filter_row}:{self.letters[-1]}{last}"/>')
        tail.append("</worksheet>")
        return "".join(head) + "".join(self.rows) + "".join(tail)


class StreamBook:
    """``book.sheet(...)`` for each sheet, rows appended, then ``book.save(path)``."""

    def __init__(self, title: str = "") -> None:
        self.title = title
        self.sheets: list[Sheet] = []

    def sheet(
        self,
        name: str,
        widths: Sequence[float],
        freeze_rows: int = 1,
        autofilter: bool = False,
    ) -> Sheet:
        sheet = Sheet(name, widths, freeze_rows, autofilter)
        self.sheets.append(sheet)
        return sheet

    def save(self, path: Path) -> Path:
        """Write the file atomically (a temporary file renamed at the end)."""
        path = Path(path)
        if not path.parent.is_dir():
            raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(path.parent))
        tmp = path.with_name(path.name + ".tmp")
        try:
            with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=3) as archive:
                for name, content in self._parts():
                    archive.writestr(name, content)
            os.replace(tmp, path)
        finally:
            if tmp.exists():
                tmp.unlink()
        return path

    def _parts(self) -> list[tuple[str, str]]:
        count = len(self.sheets)
        overrides = "".join(
            f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            for i in range(1, count + 1)
        )
        types = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://'
            'schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.styles+xml"/>'
            '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-'
            'package.core-properties+xml"/>' + overrides + "</Types>"
        )
        root_rels = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http:'
            '//schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
            'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            "</Relationships>"
        )
        sheets = "".join(
            f'<sheet name="{s.name}" sheetId="{i}" r:id="rId{i}"/>'
            for i, s in enumerate(self.sheets, start=1)
        )
        workbook = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook {_NS} '
            f'xmlns:r="{_REL}"><bookViews><workbookView/></bookViews><sheets>{sheets}</sheets>'
            "</workbook>"
        )
        rels = "".join(
            f'<Relationship Id="rId{i}" Type="{_REL}/worksheet" Target="worksheets/sheet{i}.xml"/>'
            for i in range(1, count + 1)
        )
        rels += f'<Relationship Id="rId{count + 1}" Type="{_REL}/styles" Target="styles.xml"/>'
        workbook_rels = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http:'
            f'//schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>'
        )
        core = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:'
            'cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>'
            f"{escape(self.title)}</dc:title><dc:creator>Kastor Desktop</dc:creator>"
            "</cp:coreProperties>"
        )
        parts = [
            ("[Content_Types].xml", types),
            ("_rels/.rels", root_rels),
            ("docProps/core.xml", core),
            ("xl/workbook.xml", workbook),
            ("xl/_rels/workbook.xml.rels", workbook_rels),
            ("xl/styles.xml", STYLES),
        ]
        parts += [(f"xl/worksheets/sheet{i}.xml", s.xml()) for i, s in enumerate(self.sheets, 1)]
        return parts
