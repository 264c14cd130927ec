"""CSV import of visitors: check the file with the server (a dry run), show every row and every
problem, and import only a clean file, all rows at once.

The file is read and split here only to show its rows; the server is the judge of what is
wrong (admin/visitors/csv_files.py; the format is kiosk/protocol/csv_format.py), and imports nothing until the whole file is clean.

Longer than the ~400-line aim: the import dialog's steps (choose, check with the server, show
rows and problems, import) are one flow.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from admin.client.staff_client import StaffClient
from kiosk.protocol.csv_format import read_rows
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.http import ApiError
from kiosk.protocol.people import ImportProblem, ImportReport
from ui.console.context import ConsoleContext, error_text
from ui.console.dialogs import FileDialog
from ui.console.visitors.texts import category_text, import_problem_text
from ui.theme import RED

# lupdate finds calls of a function named translate with a literal context and text.
translate = QCoreApplication.translate

#: Never read more than this into memory; the server's own limit is far lower.
MAX_FILE_BYTES = 16 * 1024 * 1024


class FileProblem(StrEnum):
    UNREADABLE = "unreadable"
    EMPTY = "empty"
    NOT_UTF8 = "not_utf8"
    TOO_LARGE = "too_large"


@dataclass
class ImportCheck:
    """A file read and checked by the server (``report``), or why it could not be."""

    path: str
    data: bytes = b""
    rows: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    report: ImportReport | None = None
    problem: FileProblem | None = None
    max_bytes: int | None = None


def check_file(client: StaffClient, path: str) -> ImportCheck:
    """Read the file and send it as a dry run (off the UI thread)."""
    check = ImportCheck(path)
    try:
        if os.path.getsize(path) > MAX_FILE_BYTES:
            check.problem, check.max_bytes = FileProblem.TOO_LARGE, MAX_FILE_BYTES
            return check
        check.data = Path(path).read_bytes()
    except OSError:
        check.problem = FileProblem.UNREADABLE
        return check
    try:
        text = check.data.decode("utf-8-sig")
    except UnicodeDecodeError:
        check.problem = FileProblem.NOT_UTF8
        return check
    if not text.strip():
        check.problem = FileProblem.EMPTY
        return check
    check.rows, _ = read_rows(check.data)
    try:
        check.report = client.import_visitors(check.data, dry_run=True)
    except ApiError as error:
        if error.code != ErrorCode.PAYLOAD_TOO_LARGE:
            raise
        check.problem = FileProblem.TOO_LARGE
        limit = error.details.get("max_bytes")
        check.max_bytes = limit if isinstance(limit, int) else None
    return check


def export_visitors(parent: QWidget, context: ConsoleContext) -> None:
    """Admins: every account in a CSV file for Excel (';' and a BOM), where they choose."""
    path = FileDialog.ask_save(
        parent,
        translate("VisitorExport", "Export every visitor"),
        "visitors.csv",
        translate("VisitorExport", "CSV files (*.csv)"),
    )
    if not path:
        return
    client = context.client

    def export() -> bool:
        text = client.export_visitors(excel=True)
        try:
            Path(path).write_text(text, encoding="utf-8", newline="")
        except OSError:
            return False
        return True

    def done(written: bool) -> None:
        if written:
            context.show_message(
                lambda: translate("VisitorExport", "Every visitor was saved in %1.").replace(
                    "%1", path
                )
            )
        else:
            context.show_write_failed(path)

    context.show_message(lambda: translate("VisitorExport", "Exporting…"))
    context.run(export, done)


class ImportDialog(QDialog):
    """The preview of one file: its rows, its problems, and Import once it is clean."""

    def __init__(self, parent: QWidget | None, context: ConsoleContext, path: str) -> None:
        super().__init__(parent)
        self.setObjectName("ImportDialog")
        self.context = context
        self.path = path
        self.check: ImportCheck | None = None
        self.problems: list[ImportProblem] = []
        self.report: ImportReport | None = None  # the real import's, once done
        self.busy = False

        self.heading = QLabel(objectName="Title")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 7)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.only_problems = QCheckBox()
        self.only_problems.toggled.connect(self._filter)
        self.again_button = QPushButton()
        self.import_button = QPushButton(objectName="Primary")
        self.close_button = QPushButton()
        self.import_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.only_problems)
        buttons.addStretch(1)
        buttons.addWidget(self.again_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.again_button.clicked.connect(self.check_again)
        self.import_button.clicked.connect(self.import_file)
        self.close_button.clicked.connect(self.reject)
        self.retranslate()
        self.resize(900, 560)
        self.check_again()

    # --- checking ---------------------------------------------------------------------------

    def check_again(self) -> None:
        """Read the file again (it may have been fixed meanwhile) and ask for a dry run."""
        if self.busy:
            return
        self._set_busy(True)
        self.summary.setObjectName("Status")
        self._say(self.tr("Checking the file…"), error=False)
        client, path = self.context.client, self.path
        self.context.run(lambda: check_file(client, path), self._checked, self._failed)

    def _checked(self, check: ImportCheck) -> None:
        self._set_busy(False)
        self.check = check
        self.problems = list(check.report.problems) if check.report else []
        self._fill()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._say(error_text(error), error=True)

    # --- importing ----------------------------------------------------------------------------

    def import_file(self) -> None:
        check = self.check
        if self.busy or check is None or not self._clean():
            return
        self._set_busy(True)
        self._say(self.tr("Importing…"), error=False)
        client, data = self.context.client, check.data
        self.context.run(
            lambda: client.import_visitors(data, dry_run=False), self._imported, self._refused
        )

    def _imported(self, report: ImportReport) -> None:
        self._set_busy(False)
        self.report = report
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self._set_busy(False)
        problems = error.details.get("problems") if isinstance(error, ApiError) else None
        if isinstance(problems, list) and problems:
            # changed since the dry run (a visitor added meanwhile): nothing was imported
            self.problems = [ImportProblem.model_validate(p) for p in problems]
            self._fill()
            return
        if isinstance(error, ApiError) and error.code == ErrorCode.INVALID_REQUEST:
            self._say(
                self.tr(
                    "Nothing was imported: a visitor of the file was added meanwhile. "
                    "Press Check again."
                ),
                error=True,
            )
            return
        self._say(error_text(error), error=True)

    # --- showing --------------------------------------------------------------------------------

    def _clean(self) -> bool:
        check = self.check
        return (
            check is not None
            and check.problem is None
            and check.report is not None
            and not self.problems
            and check.report.rows > 0
        )

    def _fill(self) -> None:
        check = self.check
        self.import_button.setEnabled(self._clean())
        self._retranslate_import()
        if check is None:
            return
        by_line: dict[int, list[ImportProblem]] = {}
        for problem in self.problems:
            by_line.setdefault(problem.line, []).append(problem)
        lines = {line: values for line, values in check.rows}
        self.table.setRowCount(0)
        for line in sorted(set(lines) | set(by_line)):
            values = lines.get(line, {})
            problems = by_line.get(line, [])
            said = "\n".join(self._problem_text(p) for p in problems)
            cells = (
                str(line),
                values.get("identifier", ""),
                values.get("display_name", ""),
                category_text(values["category"]) if values.get("category") else "",
                values.get("age_band", ""),
                self.tr("Yes") if values.get("pin") else "",
                said,
            )
            row = self.table.rowCount()
            self.table.insertRow(row)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if problems:
                    item.setForeground(QBrush(QColor(RED)))
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self._filter()
        self._summarise()

    def _problem_text(self, problem: ImportProblem) -> str:
        text = import_problem_text(problem)
        if problem.field:
            return self.tr("%1: %2").replace("%1", problem.field).replace("%2", text)
        return text

    def _summarise(self) -> None:
        check = self.check
        if check is None:
            return
        if check.problem is not None:
            self._say(self._file_problem_text(check), error=True)
        elif self.problems:
            self._say(
                self.tr(
                    "%n problem(s) found. Nothing is imported until the file is clean: fix "
                    "it, save it, then press Check again.",
                    "",
                    len(self.problems),
                ),
                error=True,
            )
        elif check.report is None or check.report.rows == 0:
            self._say(self.tr("The file names its columns but holds no visitor."), error=True)
        else:
            self._say(
                self.tr(
                    "%n visitor(s) ready to import. Nothing has been imported yet.",
                    "",
                    check.report.rows,
                ),
                error=False,
            )

    def _file_problem_text(self, check: ImportCheck) -> str:
        if check.problem == FileProblem.NOT_UTF8:
            return self.tr(
                'This file is not UTF-8 text. In Excel, save it as "CSV UTF-8 (comma '
                'delimited)" and choose it again.'
            )
        if check.problem == FileProblem.EMPTY:
            return self.tr(
                "This file is empty. Its first line must name the columns (at least "
                "identifier), then one visitor per line."
            )
        if check.problem == FileProblem.TOO_LARGE:
            kilobytes = (check.max_bytes or 0) // 1024
            return self.tr(
                "This file is too large for one import (%1 KB at most): split it into "
                "smaller files and import them one after the other."
            ).replace("%1", str(kilobytes))
        return self.tr("This file cannot be read. Check that it is still there and not open.")

    def _filter(self) -> None:
        only = self.only_problems.isChecked()
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 6)
            self.table.setRowHidden(row, only and not (item and item.text()))

    def _say(self, text: str, *, error: bool) -> None:
        self.summary.setObjectName("Error" if error else "Status")
        self.summary.style().unpolish(self.summary)
        self.summary.style().polish(self.summary)
        self.summary.setText(text)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.again_button.setEnabled(not busy)
        self.import_button.setEnabled(not busy and self._clean())

    def problem_rows(self) -> list[tuple[str, str]]:
        """(line, problem text) of every row with a problem, as shown."""
        rows = []
        for row in range(self.table.rowCount()):
            said, line = self.table.item(row, 6), self.table.item(row, 0)
            if said is not None and line is not None and said.text():
                rows.append((line.text(), said.text()))
        return rows

    def reject(self) -> None:
        if not self.busy:
            super().reject()

    # --- text -----------------------------------------------------------------------------------

    def _retranslate_import(self) -> None:
        check = self.check
        count = check.report.rows if check and check.report and self._clean() else 0
        self.import_button.setText(
            self.tr("&Import %n visitor(s)", "", count) if count else self.tr("&Import")
        )
        self.import_button.setToolTip(
            self.tr("Possible once the file has no problem left: all rows or none")
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import visitors"))
        self.heading.setText(Path(self.path).name)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Line"),
                self.tr("Card / identifier"),
                self.tr("Name"),
                self.tr("Category"),
                self.tr("Age band"),
                self.tr("PIN"),
                self.tr("Problem"),
            ]
        )
        self.table.setAccessibleName(self.tr("Rows of the file"))
        self.only_problems.setText(self.tr("&Only the lines with a problem"))
        self.again_button.setText(self.tr("&Check again"))
        self.again_button.setToolTip(self.tr("Read the file again after fixing it"))
        self.close_button.setText(self.tr("Close"))
        self._retranslate_import()
        self._summarise()

    @classmethod
    def ask(cls, parent: QWidget | None, context: ConsoleContext, path: str) -> ImportReport | None:
        """The real import's report, or None when closed without importing."""
        dialog = cls(parent, context, path)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.report
