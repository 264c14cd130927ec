"""The statistics page's charts, painted with QPainter: occupancy by hour, weekday × hour.

Both take seconds in use and the station seconds offered (``capacity``) and show hours in use
and the occupancy rate. Colours come from the widget's palette (text, base, mid) and one
accent: the Brussels blue on a light palette, the yellow on a dark or high-contrast one, so
the charts stay readable in every theme; every figure is also in a tooltip and in the
accessible description, never in colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QHelpEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QToolTip, QWidget

from ui import theme
from ui.painted_text import PaintedText, TextRecorder

HOUR = 3600
MARGIN = 8


def accent(palette: QPalette) -> QColor:
    """The colour of bars and full cells: contrasts with the palette's base."""
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    return QColor(theme.YELLOW if dark else theme.BLUE)


def blend(low: QColor, high: QColor, ratio: float) -> QColor:
    ratio = min(1.0, max(0.0, ratio))
    return QColor(
        round(low.red() + (high.red() - low.red()) * ratio),
        round(low.green() + (high.green() - low.green()) * ratio),
        round(low.blue() + (high.blue() - low.blue()) * ratio),
    )


def hours_label(seconds: float) -> str:
    """Hours with one decimal where it matters: 0, 0.5, 12."""
    value = seconds / HOUR
    return f"{value:.0f}" if value >= 10 or value == int(value) else f"{value:.1f}"


def nice_step(top: float) -> float:
    """A round step for about four grid lines up to ``top``."""
    for step in (0.25, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000):
        if top / step <= 4:
            return step
    return top / 4


class HourBarChart(QWidget):
    """Station-hours in use for each local hour of the day (24 bars), with the rate."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HourBarChart")
        self._texts = TextRecorder()
        self.setMinimumSize(480, 220)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable, so a reader announces it
        self.values: list[int] = [0] * 24
        self.capacity: list[int] = [0] * 24

    def sizeHint(self) -> QSize:
        return QSize(720, 260)

    def set_data(self, values: list[int], capacity: list[int]) -> None:
        self.values, self.capacity = list(values), list(capacity)
        self.setAccessibleDescription(self.summary())
        self.setToolTip("")
        self.update()

    def rate(self, hour: int) -> float | None:
        return self.values[hour] / self.capacity[hour] if self.capacity[hour] else None

    def summary(self) -> str:
        """What the chart shows, in words (accessible description)."""
        if not any(self.values):
            return self.tr("No computer was in use in this period.")
        busiest = max(range(24), key=lambda h: self.values[h])
        return (
            self.tr("Busiest hour: %1:00, %2 station-hours in use.")
            .replace("%1", str(busiest))
            .replace("%2", hours_label(self.values[busiest]))
        )

    def hour_text(self, hour: int) -> str:
        rate = self.rate(hour)
        text = (
            self.tr("%1:00 to %2:00: %3 station-hours in use")
            .replace("%1", str(hour))
            .replace("%2", str((hour + 1) % 24))
            .replace("%3", hours_label(self.values[hour]))
        )
        if rate is not None:
            text += " " + self.tr("(%1 % of the time offered)").replace("%1", f"{rate * 100:.0f}")
        return text

    # --- painting ------------------------------------------------------------------------------

    def _plot(self) -> QRect:
        metrics = self.fontMetrics()
        left = metrics.horizontalAdvance("0000") + MARGIN * 2
        bottom = metrics.height() * 2 + MARGIN
        return self.rect().adjusted(left, MARGIN + metrics.height(), -MARGIN, -bottom)

    def visible_texts(self) -> list[PaintedText]:
        """What it paints at its current size and data (ui/painted_text.py)."""
        self.grab()  # paints now: the last paint may be older than the data or the size
        return list(self._texts.drawn)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self._texts.start()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        grid = palette.color(QPalette.ColorRole.Mid)
        plot = self._plot()
        metrics = self.fontMetrics()
        top = max(self.values) / HOUR if any(self.values) else 1.0
        step = nice_step(top)
        ceiling = step * max(1, -(-top // step))
        painter.setPen(text)
        self._texts.draw(
            painter,
            QRect(0, 0, self.width(), metrics.height()),
            Qt.AlignmentFlag.AlignLeft,
            self.tr("Station-hours in use"),
        )
        level = 0.0
        while level <= ceiling + 1e-9:
            y = plot.bottom() - round(plot.height() * level / ceiling)
            painter.setPen(grid)
            painter.drawLine(plot.left(), y, plot.right(), y)
            painter.setPen(text)
            label = f"{level:g}"
            self._texts.draw(
                painter,
                QRect(0, y - metrics.height() // 2, plot.left() - MARGIN, metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            level += step
        width = plot.width() / 24
        colour = accent(palette)
        for hour in range(24):
            x = plot.left() + hour * width
            height = plot.height() * (self.values[hour] / HOUR) / ceiling
            if height > 0:
                painter.fillRect(
                    QRectF(x + width * 0.15, plot.bottom() - height, width * 0.7, height), colour
                )
            if hour % 2 == 0 or width > metrics.horizontalAdvance("00") * 1.6:
                painter.setPen(text)
                self._texts.draw(
                    painter,
                    QRectF(x, plot.bottom() + 2, width, metrics.height()),
                    Qt.AlignmentFlag.AlignHCenter,
                    f"{hour:02d}",
                )
        painter.setPen(text)
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        self._texts.draw(
            painter,
            QRect(
                plot.left(), plot.bottom() + metrics.height() + 2, plot.width(), metrics.height()
            ),
            Qt.AlignmentFlag.AlignHCenter,
            self.tr("Hour of the day"),
        )
        if self.hasFocus():
            painter.setPen(text)
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))

    def hour_at(self, point: QPoint) -> int | None:
        plot = self._plot()
        if not plot.contains(point):
            return None
        return min(23, int((point.x() - plot.left()) / (plot.width() / 24)))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            hour = self.hour_at(event.pos())
            if hour is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.hour_text(hour), self)
            return True
        return super().event(event)


class HeatMap(QWidget):
    """Occupancy rate per weekday (rows, Monday first) and local hour (columns), with a legend."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HeatMap")
        self._texts = TextRecorder()
        self.setMinimumSize(480, 230)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.values: list[list[int]] = [[0] * 24 for _ in range(7)]
        self.capacity: list[list[int]] = [[0] * 24 for _ in range(7)]

    def sizeHint(self) -> QSize:
        return QSize(720, 270)

    def weekdays(self) -> list[str]:
        return [
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        ]

    def set_data(self, values: list[list[int]], capacity: list[list[int]]) -> None:
        self.values = [list(row) for row in values]
        self.capacity = [list(row) for row in capacity]
        self.setAccessibleDescription(self.summary())
        self.update()

    def rate(self, day: int, hour: int) -> float | None:
        offered = self.capacity[day][hour]
        return self.values[day][hour] / offered if offered else None

    def busiest(self) -> tuple[int, int] | None:
        cells = [(d, h) for d in range(7) for h in range(24) if self.values[d][h]]
        if not cells:
            return None
        return max(cells, key=lambda c: (self.rate(*c) or 0.0, self.values[c[0]][c[1]]))

    def summary(self) -> str:
        cell = self.busiest()
        if cell is None:
            return self.tr("No computer was in use in this period.")
        day, hour = cell
        rate = self.rate(day, hour) or 0.0
        return (
            self.tr("Busiest time: %1 %2:00, %3 % of the computers in use.")
            .replace("%1", self.weekdays()[day])
            .replace("%2", str(hour))
            .replace("%3", f"{rate * 100:.0f}")
        )

    def cell_text(self, day: int, hour: int) -> str:
        rate = self.rate(day, hour)
        text = (
            self.tr("%1 %2:00: %3 station-hours in use")
            .replace("%1", self.weekdays()[day])
            .replace("%2", str(hour))
            .replace("%3", hours_label(self.values[day][hour]))
        )
        if rate is not None:
            text += " " + self.tr("(%1 % of the time offered)").replace("%1", f"{rate * 100:.0f}")
        else:
            text += " " + self.tr("(closed or still to come)")
        return text

    # --- painting ------------------------------------------------------------------------------

    def _grid(self) -> QRect:
        metrics = self.fontMetrics()
        left = max(metrics.horizontalAdvance(name) for name in self.weekdays()) + MARGIN * 2
        legend = metrics.height() * 2 + MARGIN * 2
        return self.rect().adjusted(left, metrics.height() + MARGIN, -MARGIN, -legend)

    def visible_texts(self) -> list[PaintedText]:
        """What it paints at its current size and data (ui/painted_text.py)."""
        self.grab()  # paints now: the last paint may be older than the data or the size
        return list(self._texts.drawn)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self._texts.start()
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        empty = palette.color(QPalette.ColorRole.Base)
        grid_colour = palette.color(QPalette.ColorRole.Mid)
        full = accent(palette)
        metrics = self.fontMetrics()
        grid = self._grid()
        width, height = grid.width() / 24, grid.height() / 7
        painter.setPen(text)
        for hour in range(0, 24, 2 if width < metrics.horizontalAdvance("00") * 1.6 else 1):
            self._texts.draw(
                painter,
                QRectF(grid.left() + hour * width, 0, width, metrics.height()),
                Qt.AlignmentFlag.AlignHCenter,
                f"{hour:02d}",
            )
        for day, name in enumerate(self.weekdays()):
            top = grid.top() + day * height
            painter.setPen(text)
            self._texts.draw(
                painter,
                QRectF(0, top, grid.left() - MARGIN, height),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                name,
            )
            for hour in range(24):
                rect = QRectF(grid.left() + hour * width, top, width, height)
                rate = self.rate(day, hour)
                if rate is None:  # closed (or still to come): hatched, not a colour
                    painter.fillRect(rect, QBrush(grid_colour, Qt.BrushStyle.BDiagPattern))
                else:
                    painter.fillRect(rect, blend(empty, full, rate))
                painter.setPen(grid_colour)
                painter.drawRect(rect)
        # legend: the scale from 0 % to 100 %
        y = grid.bottom() + MARGIN
        bar = QRect(grid.left(), y, min(240, grid.width() // 2), metrics.height())
        steps = 20
        for i in range(steps):
            painter.fillRect(
                QRectF(
                    bar.left() + bar.width() * i / steps,
                    bar.top(),
                    bar.width() / steps + 1,
                    bar.height(),
                ),
                blend(empty, full, i / (steps - 1)),
            )
        painter.setPen(grid_colour)
        painter.drawRect(bar)
        painter.setPen(text)
        self._texts.draw(
            painter,
            QRect(bar.left(), bar.bottom() + 2, bar.width(), metrics.height()),
            Qt.AlignmentFlag.AlignLeft,
            "0 %",
        )
        self._texts.draw(
            painter,
            QRect(bar.left(), bar.bottom() + 2, bar.width(), metrics.height()),
            Qt.AlignmentFlag.AlignRight,
            "100 %",
        )
        label = self.tr("Share of the computers in use")
        x = bar.right() + MARGIN * 2
        self._texts.draw(
            painter,
            QRect(x, y, metrics.horizontalAdvance(label) + 2, metrics.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            label,
        )
        x += metrics.horizontalAdvance(label) + MARGIN * 4
        swatch = QRect(x, y, metrics.height() * 2, metrics.height())
        painter.fillRect(swatch, QBrush(grid_colour, Qt.BrushStyle.BDiagPattern))
        painter.setPen(grid_colour)
        painter.drawRect(swatch)
        painter.setPen(text)
        self._texts.draw(
            painter,
            QRect(swatch.right() + MARGIN, y, grid.right() - swatch.right(), metrics.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self.tr("Closed or to come"),
        )
        if self.hasFocus():
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))

    def cell_at(self, point: QPoint) -> tuple[int, int] | None:
        grid = self._grid()
        if not grid.contains(point):
            return None
        hour = min(23, int((point.x() - grid.left()) / (grid.width() / 24)))
        day = min(6, int((point.y() - grid.top()) / (grid.height() / 7)))
        return day, hour

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            cell = self.cell_at(event.pos())
            if cell is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.cell_text(*cell), self)
            return True
        return super().event(event)
