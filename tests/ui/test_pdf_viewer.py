"""The PDF viewer: pages and keys, zoom, the folder, and printing (to a PDF file) honouring the
page range; on a generated PDF and on a closing's rendered notices."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter

from kastor_desktop.ui.closing.pdf_viewer import PdfViewer
from tests.closing_world import add_expense, make_closing_world


def make_pdf(path: Path, pages: int) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=A4)
    for number in range(1, pages + 1):
        canvas.setFont("Helvetica", 24)
        canvas.drawString(72, 720, f"Página {number}")
        canvas.showPage()
    canvas.save()
    return path


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


@pytest.fixture
def viewer(qtbot, spanish, tmp_path):  # type: ignore[no-untyped-def]
    shown = PdfViewer(make_pdf(tmp_path / "tres.pdf", 3))
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_pages_and_keys(viewer, qtbot):
    assert viewer.page_count() == 3
    assert viewer.page_label.text() == "Página 1 de 3"
    assert not viewer.previous_button.isEnabled()
    viewer.next_button.click()
    assert viewer.current_page() == 1 and viewer.page_label.text() == "Página 2 de 3"
    viewer.activateWindow()
    qtbot.keyClick(viewer.view, Qt.Key.Key_PageDown)
    assert viewer.current_page() == 2 and not viewer.next_button.isEnabled()
    qtbot.keyClick(viewer.view, Qt.Key.Key_PageUp)
    assert viewer.current_page() == 1
    qtbot.keyClick(viewer.view, Qt.Key.Key_Home)
    assert viewer.current_page() == 0


def test_zoom_starts_fitting_the_width(viewer):
    assert viewer.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    fitted = viewer.zoom()
    viewer.zoom_in_button.click()
    assert viewer.view.zoomMode() == QPdfView.ZoomMode.Custom
    assert viewer.view.zoomFactor() == pytest.approx(fitted * 1.25)
    viewer.zoom_out_button.click()
    viewer.zoom_out_button.click()
    assert viewer.view.zoomFactor() == pytest.approx(fitted / 1.25)
    viewer.fit_button.click()
    assert viewer.view.zoomMode() == QPdfView.ZoomMode.FitToWidth


def test_print_to_paints_every_page_or_the_range_chosen(viewer, tmp_path):
    everything = tmp_path / "todo.pdf"
    assert viewer.print_to(pdf_printer(everything)) == 3
    assert len(PdfReader(everything).pages) == 3
    part = tmp_path / "parte.pdf"
    printer = pdf_printer(part)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert viewer.print_to(printer) == 2
    assert len(PdfReader(part).pages) == 2


def test_open_folder_shows_the_files_folder(viewer, monkeypatch, tmp_path):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
    viewer.folder_button.click()
    assert [url.toLocalFile() for url in opened] == [str(tmp_path)]


def test_a_file_that_is_not_a_pdf_says_so(qtbot, spanish, tmp_path):
    broken = tmp_path / "roto.pdf"
    broken.write_text("no soy un PDF")
    shown = PdfViewer(broken)
    qtbot.addWidget(shown)
    assert shown.page_count() == 0
    assert shown.problem.text() == f"No se pudo abrir {broken}."
    assert not shown.print_button.isEnabled()


def test_a_closings_notices_print_with_the_same_page_count(
    qtbot, spanish, services, admin, tmp_path
):
    world = make_closing_world(services, admin)
    services.ctx.clock = lambda: datetime(2026, 12, 1, 10, 0)
    add_expense(services, world, 400_000, "Aseo")
    services.closing.close(admin, world.community_id, 2026, 11)
    (path,) = services.notices.render(admin, world.community_id, 2026, 11, out_dir=tmp_path)
    shown = PdfViewer(path)
    qtbot.addWidget(shown)
    assert shown.page_count() == 4
    printed = tmp_path / "impreso.pdf"
    assert shown.print_to(pdf_printer(printed)) == 4
    assert len(PdfReader(printed).pages) == len(PdfReader(path).pages) == 4
