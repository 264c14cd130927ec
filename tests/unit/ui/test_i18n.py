"""Translations: every string of the code is in the catalogues, finished, and compiled."""

from __future__ import annotations

import importlib.util
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication

from ui.i18n import LANGUAGES, TRANSLATIONS_DIR, Languages

ROOT = Path(__file__).resolve().parents[3]


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "translations", ROOT / "scripts" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed catalogues, updated from the current code in a temp folder."""
    ts_dir = tmp_path_factory.mktemp("ts")
    for path in TRANSLATIONS_DIR.glob("*.ts"):
        shutil.copy(path, ts_dir)
    _tool().update(ts_dir)
    return ts_dir


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_every_string_is_translated(refreshed: Path, language: str) -> None:
    tree = ET.parse(refreshed / f"epn_{language}.ts")
    untranslated = []
    count = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            count += 1
            translation = message.find("translation")
            assert translation is not None
            texts = [form.text for form in translation.iter("numerusform")] or [translation.text]
            if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(
                t and t.strip() for t in texts
            ):
                untranslated.append(f"{name}: {message.findtext('source')}")
    assert count > 50, "the catalogue lost its strings"
    assert not untranslated, (
        f"missing {language} translations (run scripts/translations.py update, translate, "
        f"compile):\n" + "\n".join(untranslated)
    )


def test_compiled_catalogues_match_their_sources(tmp_path: Path) -> None:
    _tool().compile_(TRANSLATIONS_DIR, tmp_path)
    for language in LANGUAGES:
        name = f"epn_{language}.qm"
        assert (TRANSLATIONS_DIR / name).read_bytes() == (tmp_path / name).read_bytes(), (
            f"{name} is older than its .ts: run scripts/translations.py compile"
        )


def test_placeholders_survive_translation(refreshed: Path) -> None:
    for language in ("fr", "nl"):
        for message in ET.parse(refreshed / f"epn_{language}.ts").getroot().iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            texts = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""
            ]
            for marker in ("%1", "%2", "%n"):
                if marker in source:
                    assert all(marker in t for t in texts), f"{language}: {source!r} lost {marker}"


@pytest.mark.parametrize(("code", "cancel"), [("fr", "Annuler"), ("nl", "Annuleren")])
def test_qt_s_own_dialogs_speak_the_chosen_language(qapp, code: str, cancel: str) -> None:
    """The file and print dialogs and the message boxes' standard buttons are Qt's: their
    words come from Qt's catalogue for the chosen language, not English."""
    languages = Languages(qapp, code)
    try:
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == cancel
    finally:
        languages.close()
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
