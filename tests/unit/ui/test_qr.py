"""QR codes of ticket codes: a valid module matrix, drawn module for module."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from admin.visitors.tickets import new_code
from ui.console.tickets.qr import QUIET_ZONE, draw_qr, qr_matrix

FINDER = [
    [True, True, True, True, True, True, True],
    [True, False, False, False, False, False, True],
    [True, False, True, True, True, False, True],
    [True, False, True, True, True, False, True],
    [True, False, True, True, True, False, True],
    [True, False, False, False, False, False, True],
    [True, True, True, True, True, True, True],
]


def symbol(matrix: list[list[bool]]) -> list[list[bool]]:
    """The matrix without its quiet zone."""
    return [row[QUIET_ZONE:-QUIET_ZONE] for row in matrix[QUIET_ZONE:-QUIET_ZONE]]


def block(matrix: list[list[bool]], top: int, left: int, size: int = 7) -> list[list[bool]]:
    return [row[left : left + size] for row in matrix[top : top + size]]


@pytest.mark.parametrize(
    "text",
    [
        "ABCDE23456",
        pytest.param(new_code(), id="a-new-ticket-code"),  # random: a fixed id for every worker
        "HELLO WORLD 0123456789" * 3,
    ],
)
def test_the_matrix_is_a_qr_code(text: str) -> None:
    matrix = qr_matrix(text)
    size = len(matrix)
    assert all(len(row) == size for row in matrix)
    inner = symbol(matrix)
    version = (len(inner) - 17) // 4
    assert len(inner) == 17 + 4 * version and version >= 1  # 21, 25, 29…
    # the quiet zone is light all round
    assert not any(matrix[y][x] for y in range(size) for x in range(QUIET_ZONE))
    assert not any(matrix[y][x] for y in range(QUIET_ZONE) for x in range(size))
    assert not any(matrix[-1 - y][x] for y in range(QUIET_ZONE) for x in range(size))
    # finder patterns in three corners, none in the fourth
    n = len(inner)
    assert block(inner, 0, 0) == FINDER
    assert block(inner, 0, n - 7) == FINDER
    assert block(inner, n - 7, 0) == FINDER
    assert block(inner, n - 7, n - 7) != FINDER
    # timing pattern between the top finders: alternating, dark first
    assert [inner[6][x] for x in range(8, n - 8)] == [x % 2 == 0 for x in range(8, n - 8)]
    # the dark module next to the bottom-left finder, in every QR code
    assert inner[n - 8][8]


def test_a_ticket_code_fits_version_1() -> None:
    """10 characters of the ticket alphabet: alphanumeric mode, the smallest symbol."""
    assert len(symbol(qr_matrix("ABCDE23456"))) == 21


def test_different_codes_give_different_matrices() -> None:
    assert qr_matrix("ABCDE23456") != qr_matrix("ABCDE23457")
    assert qr_matrix("ABCDE23456") == qr_matrix("ABCDE23456")


def test_draw_puts_each_module_where_the_matrix_says(qapp) -> None:
    matrix = qr_matrix("ZYXWV98765")
    module = 8
    side = len(matrix) * module
    image = QImage(side + 40, side, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    painter = QPainter(image)
    draw_qr(painter, QRectF(0, 0, image.width(), image.height()), matrix)
    painter.end()
    left = (image.width() - side) // 2
    top = (image.height() - side) // 2
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            centre = image.pixelColor(left + x * module + 4, top + y * module + 4)
            assert centre == (QColor("black") if dark else QColor("white")), (x, y)
    # drawn centred as a square: the sides of the wider rectangle stay untouched
    assert image.pixelColor(2, image.height() // 2) == QColor("red")
