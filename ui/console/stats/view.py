"""The statistics page: sessions, hours used and visitors of today, this week or this month.

For the site chosen in the toolbar (or all the member's sites): figure cards, tables by visitor
category, age band and site, a bar chart of the hours in use by hour of the day and a weekday ×
hour heat map of the occupancy (:mod:`ui.console.stats.charts`). The figures come from
``GET /api/v1/stats`` (see :mod:`admin.reports.stats` for what each counts); "Export CSV" writes every
figure of the report shown, in the server's CSV columns, for Excel.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar, get_args

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.protocol.csv_format import stats_csv
from kiosk.protocol.people import AgeBand
from kiosk.protocol.reports import StatsBreakdown, StatsReport
from ui.console.context import ConsoleContext, error_text
from ui.console.dialogs import FileDialog
from ui.console.stats.charts import HeatMap, HourBarChart
from ui.console.view import ConsoleView
from ui.console.visitors.texts import category_text

log = logging.getLogger("epn.ui.console.stats.view")

PERIODS = ("today", "week", "month")
# Their own rules, more specific than the console's "QWidget { font-size }".
FIGURE_STYLE = "QLabel#Figure { font-size: 30px; font-weight: bold; }"
SUBTITLE_STYLE = "QLabel#Subtitle { font-size: 16px; font-weight: bold; margin-top: 8px; }"
#: Rows a breakdown table shows before it scrolls.
TABLE_ROWS = 8
HOUR = 3600


W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str) -> W:
    widget.setObjectName(name)
    return widget


def decimal_hours(seconds: int) -> str:
    """Hours with one decimal, in the member's locale (3,5 in French and Dutch): the one form
    of the hours on the page, in the figure card as in the tables' columns."""
    return QLocale().toString(seconds / HOUR, "f", 1)


def by_age(rows: list[StatsBreakdown]) -> list[StatsBreakdown]:
    """The age bands youngest first, "not given" last (the server sorts them by count)."""
    order = {band: i for i, band in enumerate(b for b in get_args(AgeBand) if b)}
    return sorted(rows, key=lambda line: order.get(line.key or "", len(order)))


def day_text(iso: str) -> str:
    return QDate.fromString(iso, Qt.DateFormat.ISODate).toString("dd/MM/yyyy")


class FigureCard(QFrame):
    """One big figure with its caption."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = named(QLabel("–"), "Figure")
        self.value.setStyleSheet(FIGURE_STYLE)
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel()
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set(self, caption: str, value: str) -> None:
        self.caption.setText(caption)
        self.value.setText(value)
        self.value.setAccessibleName(f"{caption}: {value}")


class StatsView(ConsoleView):
    def __init__(self, context: ConsoleContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("StatsView")
        self.period = "today"
        self.report: StatsReport | None = None
        self.loading = False
        self._generation = 0
        self._error: BaseException | None = None

        self.heading = named(QLabel(), "Title")
        self.scope_label = named(QLabel(), "Status")
        self.period_buttons: dict[str, QPushButton] = {}
        self.period_group = QButtonGroup(self)
        self.period_group.setExclusive(True)
        bar = QHBoxLayout()
        for period in PERIODS:
            button = named(QPushButton(), f"Period-{period}")
            button.setCheckable(True)
            button.setChecked(period == self.period)
            button.clicked.connect(lambda _c=False, p=period: self.set_period(p))
            self.period_group.addButton(button)
            self.period_buttons[period] = button
            bar.addWidget(button)
        bar.addStretch(1)
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button = named(QPushButton(), "Primary")
        self.export_button.clicked.connect(self.export_csv)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.export_button)
        self.message = named(QLabel(), "Error")
        self.message.setWordWrap(True)
        self.message.hide()

        self.cards = {
            name: FigureCard(f"Card-{name}")
            for name in ("sessions", "hours", "visitors", "occupancy")
        }
        cards = QHBoxLayout()
        for card in self.cards.values():
            cards.addWidget(card)

        self.category_title = named(QLabel(), "Subtitle")
        self.category_table = self._table("CategoryTable")
        self.age_title = named(QLabel(), "Subtitle")
        self.age_table = self._table("AgeBandTable")
        self.site_title = named(QLabel(), "Subtitle")
        self.site_table = self._table("SiteTable")
        tables = QGridLayout()
        for column, (title, table) in enumerate(
            (
                (self.category_title, self.category_table),
                (self.age_title, self.age_table),
                (self.site_title, self.site_table),
            )
        ):
            title.setBuddy(table)
            tables.addWidget(title, 0, column)
            tables.addWidget(table, 1, column, Qt.AlignmentFlag.AlignTop)

        self.hours_title = named(QLabel(), "Subtitle")
        self.hour_chart = HourBarChart()
        self.heat_title = named(QLabel(), "Subtitle")
        self.heat_map = HeatMap()
        for subtitle in (
            self.category_title,
            self.age_title,
            self.site_title,
            self.hours_title,
            self.heat_title,
        ):
            subtitle.setStyleSheet(SUBTITLE_STYLE)
        self.hours_title.setBuddy(self.hour_chart)
        self.heat_title.setBuddy(self.heat_map)

        content = QWidget()
        body = QVBoxLayout(content)
        body.addLayout(cards)
        body.addLayout(tables)
        body.addWidget(self.hours_title)
        body.addWidget(self.hour_chart)
        body.addWidget(self.heat_title)
        body.addWidget(self.heat_map)
        body.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)

        root = QVBoxLayout(self)
        root.addWidget(self.heading)
        root.addWidget(self.scope_label)
        root.addLayout(bar)
        root.addWidget(self.message)
        root.addWidget(scroll, 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Statistics")

    @staticmethod
    def _table(name: str) -> QTableWidget:
        table = named(QTableWidget(0, 4), name)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return table

    @staticmethod
    def _fit(table: QTableWidget) -> None:
        """As tall as its rows (up to TABLE_ROWS), so short tables leave no empty box."""
        rows = max(1, min(TABLE_ROWS, table.rowCount()))
        height = table.horizontalHeader().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(r) for r in range(rows)) if table.rowCount() else 30
        table.setFixedHeight(height + 2)

    # --- the server ----------------------------------------------------------------------------

    def set_period(self, period: str) -> None:
        self.period_buttons[period].setChecked(True)
        if period != self.period:
            self.period = period
            self.refresh()

    def refresh(self) -> None:
        """Ask the server for the figures of the period and scope chosen (F5)."""
        self._generation += 1
        generation = self._generation
        period, site_id = self.period, self.context.site_id
        self.loading = True
        self._update()
        self.context.run(
            lambda: self.context.client.stats(period, site_id),
            lambda report: self._loaded(generation, report),
            lambda error: self._failed(generation, error),
        )

    def _loaded(self, generation: int, report: StatsReport) -> None:
        if generation != self._generation:
            return  # an answer to an earlier choice
        self.loading = False
        self.report, self._error = report, None
        self._show()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self.loading = False
        # figures of another period or site must not stay on screen under this choice
        self.report, self._error = None, error
        self._show()

    # --- showing -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        for period, text in (
            ("today", self.tr("Today")),
            ("week", self.tr("This week")),
            ("month", self.tr("This month")),
        ):
            self.period_buttons[period].setText(text)
        self.refresh_button.setText(self.tr("Refresh"))
        self.export_button.setText(self.tr("Export CSV"))
        self.category_title.setText(self.tr("By visitor category"))
        self.age_title.setText(self.tr("By age band"))
        self.site_title.setText(self.tr("By site"))
        self.hours_title.setText(self.tr("Use by hour of the day"))
        self.heat_title.setText(self.tr("Occupancy by weekday and hour"))
        self.hour_chart.setAccessibleName(self.tr("Bar chart: station-hours in use by hour"))
        self.heat_map.setAccessibleName(self.tr("Heat map: occupancy by weekday and hour"))
        for table, first in (
            (self.category_table, self.tr("Category")),
            (self.age_table, self.tr("Age band")),
            (self.site_table, self.tr("Site")),
        ):
            table.setHorizontalHeaderLabels(
                [first, self.tr("Sessions"), self.tr("Hours"), self.tr("Visitors")]
            )
        for table, title in (
            (self.category_table, self.category_title),
            (self.age_table, self.age_title),
            (self.site_table, self.site_title),
        ):
            table.setAccessibleName(title.text())
        self._show()

    def _show(self) -> None:
        report = self.report
        self._update()
        if report is None:
            for name, card in self.cards.items():
                card.set(self._caption(name), "–")
            for table in (self.category_table, self.age_table, self.site_table):
                table.setRowCount(0)
                self._fit(table)
            self.hour_chart.set_data([0] * 24, [0] * 24)
            self.heat_map.set_data([[0] * 24] * 7, [[0] * 24] * 7)
            return
        capacity = sum(map(sum, report.capacity))
        occupancy = sum(report.by_hour) / capacity if capacity else 0.0
        figures = {
            "sessions": str(report.sessions),
            "hours": decimal_hours(report.seconds_used),
            "visitors": str(report.unique_visitors),
            "occupancy": f"{QLocale().toString(occupancy * 100, 'f', 0)} %",
        }
        for name, card in self.cards.items():
            card.set(self._caption(name), figures[name])
        self._fill(self.category_table, report.by_category, category_text)
        self._fill(self.age_table, by_age(report.by_age_band), lambda key: key)
        self._fill(self.site_table, report.by_site, lambda key: key)
        every_site = report.site_id is None
        self.site_title.setVisible(every_site)
        self.site_table.setVisible(every_site)
        hourly = [sum(report.capacity[d][h] for d in range(7)) for h in range(24)]
        self.hour_chart.set_data(report.by_hour, hourly)
        self.heat_map.set_data(report.heat_map, report.capacity)

    def _caption(self, name: str) -> str:
        return {
            "sessions": self.tr("Sessions"),
            "hours": self.tr("Hours used"),
            "visitors": self.tr("Unique visitors"),
            "occupancy": self.tr("Computers in use (share of opening time)"),
        }[name]

    def _fill(
        self, table: QTableWidget, rows: list[StatsBreakdown], name: Callable[[str], str]
    ) -> None:
        table.setRowCount(len(rows))
        for row, line in enumerate(rows):
            key = line.key
            label = self.tr("Not given") if key is None else name(key)
            cells = [label, str(line.sessions), decimal_hours(line.seconds), str(line.visitors)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(row, column, item)
        table.resizeRowsToContents()
        self._fit(table)

    def _update(self) -> None:
        report = self.report
        if report is not None:
            where = report.site_name or self._all_sites()
            dates = day_text(report.start)
            if report.end != report.start:
                dates = self.tr("%1 to %2").replace("%1", dates).replace("%2", day_text(report.end))
            self.scope_label.setText(f"{where} · {dates}")
        else:
            self.scope_label.setText(
                self.context.site_name(self.context.site_id) or self._all_sites()
            )
        if self._error is not None:
            self.message.setText(error_text(self._error))
        elif self.loading:
            self.message.setText(self.tr("Loading…"))
        self.message.setVisible(self._error is not None or self.loading)
        self.message.setObjectName("Error" if self._error is not None else "Status")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.export_button.setEnabled(report is not None and not self.loading)

    def _all_sites(self) -> str:
        return self.tr("All sites") if self.context.is_admin else self.tr("All my sites")

    # --- export --------------------------------------------------------------------------------

    def export_csv(self) -> None:
        report = self.report
        if report is None:
            return
        name = f"epn-stats-{report.start}-{report.end}.csv"
        path = FileDialog.ask_save(
            self, self.tr("Export the statistics"), name, self.tr("CSV files for Excel (*.csv)")
        )
        if path is None:
            return
        try:
            # ";" and a BOM: what Excel opens directly with Belgian regional settings
            with open(path, "w", encoding="utf-8-sig", newline="") as file:
                file.write(stats_csv(report, delimiter=";"))
        except OSError as exc:
            log.warning("statistics export to %s failed: %s", path, exc)
            self.context.show_write_failed(path)
            return
        self.context.show_message(lambda: self.tr("Statistics exported to %1.").replace("%1", path))
