"""The texts a window shows, read from its widget tree: where each is drawn and in which font.

Labels, buttons, line edits (their placeholder when empty), text documents (one item per
visible paragraph), the visible items of item views, and what painted widgets declare
through ``visible_texts()`` (ui/painted_text.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontInfo, QFontMetrics, QFontMetricsF, QTextDocumentFragment
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QCheckBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionFrame,
    QStyleOptionViewItem,
    QTextEdit,
    QToolButton,
    QWidget,
)

from ui.painted_text import PaintedText, PaintsTexts


@dataclass(frozen=True)
class TextItem:
    """A text as the visitor sees it: ``shown`` in ``rect`` (the window's coordinates)."""

    widget: QWidget
    kind: str  # label, button, placeholder, document, item, painted, icon
    shown: str
    #: the whole text when it was elided on purpose ("…"), else ``shown``
    whole: str
    rect: QRect
    font: QFont
    #: the text fits its box (None: not known from the tree, e.g. a document that scrolls)
    fits: bool | None = None

    @property
    def large(self) -> bool:
        """WCAG's large text: 24 px, or 18.66 px bold (18 pt / 14 pt)."""
        info = QFontInfo(self.font)
        size = info.pixelSize()
        return size >= 24 or (size >= 18.66 and info.weight() >= QFont.Weight.DemiBold)


def visible_part(item: TextItem, window: QWidget) -> QRect:
    """The part of the text's box its parents (a scroll area's view…) let through."""
    rect = QRect(item.rect)
    parent: QWidget | None = item.widget
    if item.kind in ("item", "painted", "document") and isinstance(
        item.widget, QAbstractScrollArea
    ):
        parent = item.widget.viewport()
    while parent is not None and not parent.isWindow():
        rect = rect.intersected(QRect(parent.mapTo(window, QPoint(0, 0)), parent.size()))
        parent = parent.parentWidget()
    return rect.intersected(window.rect())


def widget_path(widget: QWidget, window: QWidget) -> str:
    """``Window/Parent/Widget``: object names where set, else class names."""
    parts = []
    current: QWidget | None = widget
    while current is not None:
        parts.append(current.objectName() or type(current).__name__)
        if current is window:
            break
        current = current.parentWidget()
    return "/".join(reversed(parts))


def plain(text: str) -> str:
    if GuiQt.mightBeRichText(text):  # type: ignore[attr-defined]
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    lines = (" ".join(line.split()) for line in text.replace("\u2028", "\n").split("\n"))
    return "\n".join(line for line in lines if line)


def window_texts(window: QWidget) -> list[TextItem]:
    items: list[TextItem] = []
    for widget in [window, *window.findChildren(QWidget)]:
        # a dialog's widgets are the dialog's: it is a window of its own, checked on its own
        if widget is not window and (
            widget.window() is not window or not widget.isVisibleTo(window)
        ):
            continue
        if widget is window and not window.isVisible():
            continue
        items.extend(_texts_of(widget, window))
    return items


def _at(widget: QWidget, window: QWidget, rect: QRect) -> QRect:
    return rect.translated(widget.mapTo(window, QPoint(0, 0)))


def _texts_of(widget: QWidget, window: QWidget) -> Iterator[TextItem]:
    if isinstance(widget, PaintsTexts):
        origin = widget.viewport() if isinstance(widget, QAbstractItemView) else widget
        for painted in widget.visible_texts():
            yield _painted(widget, origin, window, painted)
        return
    if isinstance(widget, QLabel):
        yield from _label(widget, window)
    elif isinstance(widget, QAbstractButton):
        yield from _button(widget, window)
    elif isinstance(widget, QLineEdit):
        yield from _line_edit(widget, window)
    elif isinstance(widget, QTextEdit | QPlainTextEdit):
        yield from _document(widget, window)
    elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
        yield from _view_items(widget, window)


def _painted(widget: QWidget, origin: QWidget, window: QWidget, text: PaintedText) -> TextItem:
    return TextItem(
        widget,
        "painted",
        text.shown,
        text.whole,
        _at(origin, window, text.rect),
        text.font,
        text.fits(),
    )


def _label(label: QLabel, window: QWidget) -> Iterator[TextItem]:
    text = plain(label.text())
    if not text:
        return
    box = label.contentsRect()
    size = label.size()
    if label.wordWrap():
        fits = size.height() >= label.heightForWidth(size.width()) - 1
        flags = int(label.alignment()) | int(Qt.TextFlag.TextWordWrap)
    else:
        hint = label.sizeHint()
        fits = size.width() >= hint.width() - 1 and size.height() >= hint.height() - 1
        flags = int(label.alignment())
    whole = getattr(label, "full_text", text) or text  # a label that elides on purpose
    if whole != text:
        fits = False
    metrics = QFontMetrics(label.font())
    indent = label.margin()
    inner = box.adjusted(indent, indent, -indent, -indent)
    drawn = metrics.boundingRect(inner, flags, text).intersected(box)
    if drawn.isEmpty():
        drawn = box
    yield TextItem(label, "label", text, whole, _at(label, window, drawn), label.font(), fits)


def _button(button: QAbstractButton, window: QWidget) -> Iterator[TextItem]:
    text = plain(button.text().replace("&&", "\0").replace("&", "").replace("\0", "&"))
    icon_only = (
        isinstance(button, QToolButton)
        and button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
        and not button.icon().isNull()
    )
    if not text or icon_only:  # an icon alone: its text is its name, not drawn
        name = button.accessibleName() or text or button.toolTip()
        rect = _at(button, window, button.rect())
        yield TextItem(button, "icon", "", name, rect, button.font(), None)
        return
    hint = button.sizeHint()
    size = button.size()
    fits = size.width() >= hint.width() - 1 and size.height() >= hint.height() - 1
    metrics = QFontMetrics(button.font())
    advance = metrics.horizontalAdvance(text)
    icon = 0 if button.icon().isNull() else button.iconSize().width() + 4
    rect = button.rect()
    if isinstance(button, QCheckBox | QRadioButton):
        option = QStyleOptionButton()
        button.initStyleOption(option)  # type: ignore[attr-defined]
        element = (
            QStyle.SubElement.SE_CheckBoxContents
            if isinstance(button, QCheckBox)
            else QStyle.SubElement.SE_RadioButtonContents
        )
        left = button.style().subElementRect(element, option, button).left() + 1
    else:
        left = rect.center().x() - (advance + icon) // 2 + icon
    height = metrics.height()
    drawn = QRect(left, rect.center().y() - height // 2, advance, height).intersected(rect)
    yield TextItem(button, "button", text, text, _at(button, window, drawn), button.font(), fits)


def _line_edit(edit: QLineEdit, window: QWidget) -> Iterator[TextItem]:
    if edit.text() or not edit.placeholderText():
        return  # what was typed is the visitor's, not the screen's
    text = edit.placeholderText()
    margins = edit.textMargins()
    # where Qt draws it: the style's text area (inside the frame), 2 px of margin each side;
    # it elides at the exact (fractional) width of the text
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    contents = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    box = contents.adjusted(
        margins.left() + 2, margins.top(), -margins.right() - 2, -margins.bottom()
    )
    metrics = QFontMetrics(edit.font())
    fits = QFontMetricsF(edit.font()).horizontalAdvance(text) <= box.width()
    height = metrics.height()
    drawn = QRect(box.left(), box.center().y() - height // 2, box.width(), height)
    align = edit.alignment()
    width = min(metrics.horizontalAdvance(text), box.width())
    if align & Qt.AlignmentFlag.AlignHCenter:
        drawn = QRect(box.center().x() - width // 2, drawn.top(), width, height)
    elif not align & Qt.AlignmentFlag.AlignRight:
        drawn.setWidth(width)
    yield TextItem(edit, "placeholder", text, text, _at(edit, window, drawn), edit.font(), fits)


def _document(edit: QTextEdit | QPlainTextEdit, window: QWidget) -> Iterator[TextItem]:
    document = edit.document()
    viewport = edit.viewport()
    offset = QPoint(edit.horizontalScrollBar().value(), edit.verticalScrollBar().value())
    layout = document.documentLayout()
    block = document.begin()
    while block.isValid():
        text = " ".join(block.text().split())
        if text:
            if isinstance(edit, QPlainTextEdit):
                box = edit.blockBoundingGeometry(block).translated(edit.contentOffset())
                rect = box.toRect()
            else:
                rect = layout.blockBoundingRect(block).toRect().translated(-offset)
            shown = rect.intersected(viewport.rect())
            if not shown.isEmpty():
                font = QFont(edit.font())
                own = block.charFormat().font()
                if own.pixelSize() > 0:
                    font.setPixelSize(own.pixelSize())
                elif own.pointSizeF() > 0:
                    font.setPointSizeF(own.pointSizeF())
                font.setBold(own.bold() or font.bold())
                yield TextItem(edit, "document", text, text, _at(viewport, window, shown), font)
        block = block.next()


def _view_items(view: QAbstractItemView, window: QWidget) -> Iterator[TextItem]:
    model = view.model()
    if model is None:
        return
    viewport = view.viewport()
    area = viewport.rect()
    wrap = bool(getattr(view, "wordWrap", lambda: False)())
    delegate = view.itemDelegate()

    def visit(parent: QModelIndex) -> Iterator[TextItem]:
        for row in range(model.rowCount(parent)):
            for column in range(_columns(model, parent)):
                index = model.index(row, column, parent)
                rect = view.visualRect(index)
                if rect.isEmpty() or not rect.intersects(area):
                    continue
                value = index.data(Qt.ItemDataRole.DisplayRole)
                text = "" if value is None else " ".join(str(value).split())
                if not text:
                    continue
                option = QStyleOptionViewItem()
                view.initViewItemOption(option)  # type: ignore[attr-defined]
                option.rect = rect  # type: ignore[attr-defined]
                needed: QSize = delegate.sizeHint(option, index)
                fits = needed.width() <= rect.width() + 1  # wrapped: no word wider than it
                if wrap:  # wrapped at the cell's width: its lines must fit the row's height
                    fits = fits and needed.height() <= rect.height() + 1
                font = index.data(Qt.ItemDataRole.FontRole)
                font = font if isinstance(font, QFont) else view.font()
                metrics = QFontMetrics(font)
                drawn = QRect(
                    rect.left() + 3,
                    rect.center().y() - metrics.height() // 2,
                    min(metrics.horizontalAdvance(text), rect.width() - 6),
                    metrics.height(),
                ).intersected(rect)
                alignment = index.data(Qt.ItemDataRole.TextAlignmentRole)
                if alignment is not None and int(alignment) & int(Qt.AlignmentFlag.AlignRight):
                    drawn.moveRight(rect.right() - 3)
                yield TextItem(view, "item", text, text, _at(viewport, window, drawn), font, fits)
            index = model.index(row, 0, parent)
            if _expanded(view, index) and model.rowCount(index) > 0:
                yield from visit(index)

    yield from visit(QModelIndex())


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # a list model keeps it private: one column
        return 1


def _expanded(view: QAbstractItemView, index: QModelIndex) -> bool:
    is_expanded = getattr(view, "isExpanded", None)
    return bool(is_expanded(index)) if is_expanded is not None else False
