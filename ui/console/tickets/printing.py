"""Printing guest tickets: preview, the print dialog and a PDF file, all through one renderer.

The two dialogs are behind classmethods (:meth:`TicketPrinting.preview`,
:meth:`TicketPrinting.choose_printer`) that tests replace; what they paint with is always
:func:`ui.console.tickets.page.render_tickets`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

from ui.console.tickets.page import PAGE_SIZE, PrintedTicket, render_tickets

PDF_RESOLUTION = 300


def new_printer(title: str) -> QPrinter:
    """A printer set for the ticket sheet: A4 portrait, the whole sheet ours to lay out."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(PAGE_SIZE))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    printer.setDocName(title)
    return printer


class TicketPrinting:
    """The Qt print dialogs; replaced in tests through the classmethods."""

    @classmethod
    def preview(cls, parent: QWidget | None, title: str, paint: Callable[[QPrinter], None]) -> None:
        """Show the pages as they will print; the preview's own button prints them."""
        printer = new_printer(title)
        dialog = QPrintPreviewDialog(printer, parent)
        dialog.setWindowTitle(title)
        dialog.paintRequested.connect(paint)
        dialog.resize(900, 760)
        dialog.exec()

    @classmethod
    def choose_printer(cls, parent: QWidget | None, title: str) -> QPrinter | None:
        """The printer and copies the staff member chose, or None when cancelled."""
        printer = new_printer(title)
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(title)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return printer


def save_pdf(path: str, tickets: list[PrintedTicket], title: str) -> bool:
    """Write the ticket pages to ``path``; False when the file cannot be written."""
    writer = QPdfWriter(path)
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageSize(QPageSize(PAGE_SIZE))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    writer.setTitle(title)
    writer.setCreator("EPN Kiosk")
    return render_tickets(writer, tickets)
