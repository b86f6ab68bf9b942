"""What the payments screens share about the documents they make (receipts, account statements,
reports): the office's documents folder, a save dialog whose file type picks the format, the
PDF viewer, and the office's «today» for default dates."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from kastor_desktop.services.unit_of_work import utc_now
from kastor_desktop.ui.context import UiContext

_UNSAFE = re.compile(r"[^0-9A-Za-z._-]+")


def office_today(ctx: UiContext) -> date:
    """Today on the user's machine; the services' clock when a test or demo fixed it."""
    clock = ctx.services.ctx.clock
    return date.today() if clock is utc_now else clock().date()


def safe_name(text: str) -> str:
    """A file-name piece: «Edificio Los Aromos» -> «Edificio-Los-Aromos»."""
    return _UNSAFE.sub("-", text).strip("-") or "documento"


def documents_folder(ctx: UiContext, *parts: str) -> Path:
    """A folder under the office's «documents» folder (created)."""
    folder = Path(ctx.services.paths.documents, *parts)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def ask_save_path(
    parent: QWidget, title: str, name: str, pdf: bool = True, xlsx: bool = True
) -> tuple[Path, str] | None:
    """A file name from the save dialog and its format («xlsx» or «pdf»), or None."""
    translate = QCoreApplication.translate
    filters = []
    if xlsx:
        filters.append(translate("DocumentFiles", "Excel workbooks (*.xlsx)"))
    if pdf:
        filters.append(translate("DocumentFiles", "PDF documents (*.pdf)"))
    chosen, selected = QFileDialog.getSaveFileName(parent, title, name, ";;".join(filters))
    if not chosen:
        return None
    return with_format(chosen, "pdf" if "*.pdf" in selected else "xlsx")


def with_format(path: str | Path, fallback: str) -> tuple[Path, str]:
    """The path with an .xlsx or .pdf suffix and that format (the suffix typed wins)."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix in (".xlsx", ".pdf"):
        return target, suffix[1:]
    return target.with_name(target.name + f".{fallback}"), fallback
