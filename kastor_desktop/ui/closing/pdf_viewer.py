"""A PDF on screen (QtPdf): pages, zoom, printing through the system's print dialog and the
file's folder.

Printing renders each page with ``QPdfDocument.render`` to an image at the printer's resolution
(at most 300 dpi, so an A4 page stays near 35 MB in memory) and paints it, scaled to fit and
centred, onto the printer's page. ``print_to(printer)`` does the work without a dialog, so tests
print to a PDF file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, QSizeF, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kastor_desktop.ui.icons import icon

MAX_PRINT_DPI = 300
ZOOM_STEP = 1.25
ZOOM_RANGE = (0.25, 6.0)


class PdfViewer(QDialog):
    """``PdfViewer(path, parent).show()``; Cerrar (Esc) closes it."""

    def __init__(self, path: str | Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.setWindowTitle(self.path.name)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.resize(900, 1000)
        self.document = QPdfDocument(self)
        error = self.document.load(str(self.path))
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 8, 8, 8)
        column.addLayout(self._toolbar())
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.view.pageNavigator().currentPageChanged.connect(lambda _p: self._update_page())
        column.addWidget(self.view, 1)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #c0392b;")
        self.problem.setVisible(error != QPdfDocument.Error.None_)
        self.problem.setText(
            self.tr("Could not open %1.").replace("%1", str(self.path))
            if error != QPdfDocument.Error.None_
            else ""
        )
        column.addWidget(self.problem)
        self._shortcuts()
        self._update_page()

    # -- layout ---------------------------------------------------------------------------
    def _button(self, text: str, slot: object, icon_name: str = "", tip: str = "") -> QPushButton:
        button = QPushButton(icon(icon_name), text, self) if icon_name else QPushButton(text, self)
        button.clicked.connect(slot)
        button.setAutoDefault(False)
        if tip:
            button.setToolTip(tip)
        return button

    def _toolbar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.previous_button = self._button(
            self.tr("‹ &Previous"), self.previous_page, tip=self.tr("Previous page (PgUp)")
        )
        self.page_label = QLabel(self)
        self.page_label.setMinimumWidth(110)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = self._button(
            self.tr("&Next ›"), self.next_page, tip=self.tr("Next page (PgDn)")
        )
        self.zoom_out_button = self._button("−", self.zoom_out, tip=self.tr("Zoom out (Ctrl+-)"))
        self.fit_button = self._button(
            self.tr("Fit &width"), self.fit_width, tip=self.tr("Fit the page to the width")
        )
        self.zoom_in_button = self._button("+", self.zoom_in, tip=self.tr("Zoom in (Ctrl++)"))
        self.print_button = self._button(
            self.tr("&Print…"), self.print_dialog, "printer", self.tr("Print (Ctrl+P)")
        )
        self.folder_button = self._button(
            self.tr("Open &folder"),
            self.open_folder,
            "file-text",
            self.tr("Show the file in its folder: %1").replace("%1", str(self.path.parent)),
        )
        self.close_button = self._button(self.tr("&Close"), self.accept, "x")
        for widget in (
            self.previous_button,
            self.page_label,
            self.next_button,
        ):
            row.addWidget(widget)
        row.addSpacing(16)
        for widget in (self.zoom_out_button, self.fit_button, self.zoom_in_button):
            row.addWidget(widget)
        row.addStretch(1)
        for widget in (self.print_button, self.folder_button, self.close_button):
            row.addWidget(widget)
        return row

    def _shortcuts(self) -> None:
        keys = (
            (QKeySequence(Qt.Key.Key_PageDown), self.next_page),
            (QKeySequence(Qt.Key.Key_PageUp), self.previous_page),
            (QKeySequence(Qt.Key.Key_Home), lambda: self.go_to(0)),
            (QKeySequence(Qt.Key.Key_End), lambda: self.go_to(self.page_count() - 1)),
            (QKeySequence.StandardKey.ZoomIn, self.zoom_in),
            (QKeySequence("Ctrl+="), self.zoom_in),
            (QKeySequence.StandardKey.ZoomOut, self.zoom_out),
            (QKeySequence("Ctrl+0"), self.fit_width),
            (QKeySequence.StandardKey.Print, self.print_dialog),
        )
        for sequence, slot in keys:
            action = QAction(self)
            action.setShortcut(sequence)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    # -- pages ----------------------------------------------------------------------------
    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to(self, page: int) -> None:
        if not 0 <= page < self.page_count():
            return
        navigator = self.view.pageNavigator()
        navigator.jump(page, QPointF(), navigator.currentZoom())
        self._update_page()

    def next_page(self) -> None:
        self.go_to(self.current_page() + 1)

    def previous_page(self) -> None:
        self.go_to(self.current_page() - 1)

    def _update_page(self) -> None:
        count, page = self.page_count(), self.current_page()
        self.page_label.setText(
            self.tr("Page %1 of %2").replace("%1", str(page + 1 if count else 0))
            .replace("%2", str(count))
        )  # fmt: skip
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page + 1 < count)
        self.print_button.setEnabled(count > 0)

    # -- zoom -----------------------------------------------------------------------------
    def zoom(self) -> float:
        """The zoom shown now (in «fit width» it is worked out from the view's width)."""
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom or self.page_count() == 0:
            return self.view.zoomFactor()
        page = self.document.pagePointSize(max(self.current_page(), 0))
        width = page.width() * self.view.logicalDpiX() / 72
        margins = self.view.documentMargins()
        room = self.view.viewport().width() - margins.left() - margins.right()
        return max(room / width, ZOOM_RANGE[0]) if width else 1.0

    def _set_zoom(self, factor: float) -> None:
        factor = min(max(factor, ZOOM_RANGE[0]), ZOOM_RANGE[1])
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(factor)

    def zoom_in(self) -> None:
        self._set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._set_zoom(self.zoom() / ZOOM_STEP)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    # -- printing -------------------------------------------------------------------------
    def print_dialog(self) -> None:
        if self.page_count() == 0:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.path.stem)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print %1").replace("%1", self.path.name))
        dialog.setMinMax(1, self.page_count())
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintCurrentPage, True)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def pages_to_print(self, printer: QPrinter) -> list[int]:
        """0-based pages: the range or current page chosen in the dialog, else every page."""
        count = self.page_count()
        mode = printer.printRange()
        if mode == QPrinter.PrintRange.CurrentPage:
            return [self.current_page()]
        if mode == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            last = min(printer.toPage() or count, count)
            return list(range(printer.fromPage() - 1, last))
        return list(range(count))

    def print_to(self, printer: QPrinter) -> int:
        """Paint the chosen pages onto ``printer``; returns how many were printed."""
        pages = self.pages_to_print(printer)
        if not pages:
            return 0
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        try:
            dpi = min(printer.resolution(), MAX_PRINT_DPI)
            area = printer.pageLayout().paintRectPixels(printer.resolution())
            target = QSizeF(area.width(), area.height())
            for number, page in enumerate(pages):
                if number:
                    printer.newPage()
                points = self.document.pagePointSize(page)
                size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                image = self.document.render(page, size)
                fitted = QSizeF(points).scaled(target, Qt.AspectRatioMode.KeepAspectRatio)
                corner = QPointF(
                    (target.width() - fitted.width()) / 2, (target.height() - fitted.height()) / 2
                )
                painter.drawImage(QRectF(corner, fitted), image)
        finally:
            painter.end()
        return len(pages)

    # -- files ----------------------------------------------------------------------------
    def folder_url(self) -> QUrl:
        return QUrl.fromLocalFile(str(self.path.parent))

    def open_folder(self) -> None:
        QDesktopServices.openUrl(self.folder_url())


class ViewerHolder:
    """Keeps one PdfViewer per screen: opening another document replaces the one shown."""

    viewer: PdfViewer | None = None

    def open_pdf(self, path: str | Path) -> PdfViewer:
        if self.viewer is not None:
            self.viewer.close()
            self.viewer.deleteLater()
        assert isinstance(self, QWidget)
        self.viewer = PdfViewer(path, self)
        self.viewer.show()
        return self.viewer

    def show_pdf(self, path: str | Path) -> None:
        """``open_pdf`` as a task's ``done``."""
        self.open_pdf(path)
