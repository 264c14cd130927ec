"""Every window a visitor (or staff at the station) can meet on the kiosk, built and shown,
and what the class tests read on them: the focused button, the contrast of rendered text."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QTextBrowser, QWidget

from tests.helpers.kiosk_gui import KioskProgram
from ui.checks.pixels import contrast as contrast_ratio


def every_kiosk_screen(program: KioskProgram) -> dict[str, QWidget]:
    """The kiosk's windows by name, each built (they are built when first needed) and shown."""
    controller = program.controller
    screens: dict[str, QWidget] = {
        "lock": program.lock_screen,
        "charter": controller.charter_screen,
        "session bar": program.session_bar,
        "warning banner": program.banner,
        "end": program.end_screen,
        "away": controller.away_screen,
        "staff message": program.staff_messages,
        "staff sign-in": controller.staff.sign_in_dialog,
        "staff panel": controller.staff.panel,
        "maintenance bar": controller.staff.maintenance_bar,
    }
    for window in screens.values():
        window.show()
    return screens


def _shown_area(widget: QWidget) -> QRect:
    """The part of ``widget`` its ancestors let show (a scroll area's view cuts it), in its
    window's coordinates."""
    window = widget.window()
    area = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    ancestor = widget.parentWidget()
    while ancestor is not None and ancestor is not window:
        area &= QRect(ancestor.mapTo(window, QPoint(0, 0)), ancestor.size())
        ancestor = ancestor.parentWidget()
    return area & QRect(QPoint(0, 0), window.size())


def _pixels(widget: QWidget) -> list[int]:
    """The widget as it shows in its window: over its parents' backgrounds, not its own."""
    window = widget.window()
    area = _shown_area(widget)
    if area.isEmpty():
        return []
    image = window.grab(area).toImage().convertToFormat(QImage.Format.Format_RGB32)
    if image.isNull():  # outside its window: what is clipped is another check's
        return []
    return [p & 0xFFFFFF for p in memoryview(image.constBits()).cast("I")]


def text_widgets(window: QWidget) -> list[QWidget]:
    """The visible widgets of ``window`` that show a text (labels, buttons, fields, rich text)."""
    kinds = (QLabel, QAbstractButton, QLineEdit, QTextBrowser)
    return [
        w
        for w in window.findChildren(QWidget)
        if isinstance(w, kinds)
        and w.window() is window  # not a window of its own that has it as parent
        and w.isVisible()
        and w.width() > 0
        and w.height() > 0
    ]


def rendered_text_contrast(widget: QWidget) -> float | None:
    """The contrast of ``widget``'s text with what is behind it, from its rendered pixels.

    The widget is drawn with its text and without it; the pixels that change are the text's,
    the same pixels without the text are its background. Returns the contrast most of the
    text reaches (its 90th percentile: anti-aliased edges are fainter), 1.0 when the text
    cannot be seen at all, None when the widget shows no text.
    """
    sample = "Lisible 1234"
    if isinstance(widget, QTextBrowser):
        html = widget.toHtml()
        if not widget.toPlainText().strip():
            return None
        shown = _pixels(widget)
        widget.setPlainText("")
        empty = _pixels(widget)
        widget.setHtml(html)
    elif isinstance(widget, QLineEdit):
        text, echo = widget.text(), widget.echoMode()
        widget.setEchoMode(QLineEdit.EchoMode.Normal)
        widget.setText(sample)
        shown = _pixels(widget)
        widget.setText("")
        empty = _pixels(widget)
        widget.setText(text)
        widget.setEchoMode(echo)
    elif isinstance(widget, QLabel | QAbstractButton):
        text = widget.text()
        if not text.strip():
            return None
        shown = _pixels(widget)
        widget.setText("")
        empty = _pixels(widget)
        widget.setText(text)
    else:
        return None
    if not shown or not empty:
        return None
    ratios = sorted(contrast_ratio(fg, bg) for fg, bg in zip(shown, empty, strict=True) if fg != bg)
    if len(ratios) < 5:
        whole = _shown_area(widget).size() == widget.size()
        return 1.0 if whole else None  # partly scrolled away: what is clipped is another check's
    return ratios[int(len(ratios) * 0.9)]
