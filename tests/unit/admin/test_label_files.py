"""The label report as files (PDF, a ZIP of CSV files, XLSX) in French, Dutch and English, read
back: the PDF's text (pypdf) and its pages drawn as images (pdftoppm), the CSV files and the
sheets; and ``epn report label`` writing them."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import zipfile
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from admin.cli import app as cli
from admin.reports.label import LabelReport, LabelReports
from admin.reports.label_files import csv_zip, pdf, xlsx
from admin.services import Service
from tests.helpers.clock import FakeClock
from tests.helpers.label_world import SITE, build_world

Capture = pytest.CaptureFixture[str]


@pytest.fixture
def report(service: Service, clock: FakeClock) -> LabelReport:
    build_world(service, clock)
    # a site name a spreadsheet would run as a formula
    service.store.write(
        lambda db: db.execute("UPDATE sites SET name = '=HYPERLINK(1)' WHERE id = 2")
    )
    return LabelReports(service.store, clock).report(None, "2026-03")


EXPECTED_TEXT = {
    "fr": ["Rapport d'activité pour le label EPN", "Réseau : Ville de Bruxelles", "Par genre",
           "Femme", "Heures d'accès libre utilisées", "Ateliers par animateur", "anna",
           "Tous les sites du réseau", "du 01/03/2026 au 31/03/2026", "Hors de Bruxelles"],
    "nl": ["Activiteitenverslag voor het EPN-label", "Netwerk: Ville de Bruxelles",
           "Per gender", "Vrouw", "Gebruikte uren vrije toegang", "Workshops per animator",
           "Buiten Brussel"],
    "en": ["Activity report for the EPN label", "Network: Ville de Bruxelles", "By gender",
           "Woman", "Free-access hours used", "Workshops per animateur", "Outside Brussels",
           "70+"],
}  # fmt: skip


def _text(data: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


@pytest.mark.parametrize("language", ["fr", "nl", "en"])
def test_the_pdf_has_its_tables_in_each_language(
    report: LabelReport, language: str, tmp_path: Path
) -> None:
    data = pdf(report, language, "Ville de Bruxelles")
    text = _text(data)
    for words in EXPECTED_TEXT[language]:
        assert words in text, words
    assert "1001" not in text and "Mehmet" not in text  # no card, no participant's name
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    source = tmp_path / "report.pdf"
    source.write_bytes(data)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "30", str(source), str(tmp_path / "page")], check=True
    )
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) == len(PdfReader(io.BytesIO(data)).pages) >= 9
    assert all(page.stat().st_size > 1000 for page in pages)


def test_the_csv_zip_holds_one_file_per_table_with_formulas_quoted(report: LabelReport) -> None:
    archive = zipfile.ZipFile(io.BytesIO(csv_zip(report, "en")))
    names = archive.namelist()
    assert names[:3] == ["01-summary.csv", "02-sites.csv", "03-gender.csv"]
    assert names[-1].endswith("-notes.csv") and len(names) == 10

    def rows(name: str) -> list[list[str]]:
        text = archive.read(name).decode("utf-8-sig")
        return list(csv.reader(io.StringIO(text), delimiter=";"))

    sites = rows("02-sites.csv")
    assert [row[0] for row in sites[1:]] == [SITE, "'=HYPERLINK(1)"]
    assert sites[1][1:5] == ["6", "29.8", "0.5", "29.4"]  # computers, h/week: open, training, free
    assert rows("03-gender.csv")[1:] == [
        ["Woman", "3", "2.5", "1", "1", "0"],
        ["Man", "1", "1.0", "1", "1", "1"],
    ]


def test_the_xlsx_has_one_sheet_per_table_and_no_formula(report: LabelReport) -> None:
    book = openpyxl.load_workbook(io.BytesIO(xlsx(report, "fr")))
    assert book.sheetnames[:3] == ["summary", "sites", "gender"]
    sites = book["sites"]
    assert sites.cell(3, 1).value == "=HYPERLINK(1)" and sites.cell(3, 1).data_type == "s"
    assert sites.cell(2, 2).value == 6
    weekday_hour = book["weekday_hour"]
    assert weekday_hour.cell(2, 1).value == "lundi" and weekday_hour.cell(2, 12).value == 1.0


def test_epn_report_label_writes_each_format(
    service: Service, clock: FakeClock, db_path: Path, tmp_path: Path, capsys: Capture
) -> None:
    build_world(service, clock)  # the database's clock: the CLI's is the machine's
    out = tmp_path / "label.xlsx"
    args = ["report", "label", "--period", "2026-03", "--site", SITE, "--format", "xlsx"]
    assert cli.main([*args, "--out", str(out), "--db", str(db_path)]) == 0
    assert openpyxl.load_workbook(out)["summary"].cell(4, 2).value == 3  # sessions
    out = tmp_path / "label.pdf"
    args = ["report", "label", "--from", "2026-03-01", "--to", "2026-03-31", "--lang", "nl"]
    assert cli.main([*args, "--out", str(out), "--db", str(db_path)]) == 0
    assert "Per leeftijdsgroep" in _text(out.read_bytes())
    capsys.readouterr()
    assert cli.main(["report", "label", "--out", str(out), "--db", str(db_path)]) == 2
    assert "give --period" in capsys.readouterr().err
    bad = ["report", "label", "--from", "2026-03-09", "--to", "2026-03-01"]
    assert cli.main([*bad, "--out", str(out), "--db", str(db_path)]) == 1
    assert "the last day is before the first" in capsys.readouterr().err
