"""The Spanish catalogue: complete, placeholders and mnemonics kept, loaded on screen, .qm current."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from kastor_desktop.paths import resources_dir
from kastor_desktop.ui.office.communities_page import CommunitiesPage

I18N = resources_dir() / "i18n"
TS_FILE = I18N / "kastor_es.ts"
QM_FILE = I18N / "kastor_es.qm"
PLACEHOLDER = re.compile(r"%(?:\d+|n)")


def messages() -> list[tuple[str, ET.Element]]:
    root = ET.parse(TS_FILE).getroot()
    return [
        (context.findtext("name", ""), message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def forms(message: ET.Element) -> list[str]:
    """The translated texts of a message: one, or one per plural form."""
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def label(context: str, message: ET.Element) -> str:
    return f"{context}: {message.findtext('source')!r}"


def mnemonics(text: str) -> int:
    """How many keyboard mnemonics a text has (``&&`` is a literal ampersand)."""
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


def test_the_catalogue_has_messages():
    assert len(messages()) >= 300


def test_every_message_is_translated():
    problems = []
    for context, message in messages():
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{label(context, message)} is not finished")
            continue
        texts = forms(message)
        if message.get("numerus") == "yes" and len(texts) != 2:
            problems.append(f"{label(context, message)} needs 2 plural forms, has {len(texts)}")
        if not all(text.strip() for text in texts):
            problems.append(f"{label(context, message)} has an empty translation")
    assert not problems, "\n".join(problems)


def test_placeholders_are_kept():
    problems = []
    for context, message in messages():
        wanted = set(PLACEHOLDER.findall(message.findtext("source", "")))
        for text in forms(message):
            missing = wanted - set(PLACEHOLDER.findall(text))
            if missing:
                problems.append(f"{label(context, message)} lost {sorted(missing)} in {text!r}")
    assert not problems, "\n".join(problems)


def test_mnemonics_are_kept_once():
    problems = []
    for context, message in messages():
        source = message.findtext("source", "")
        for text in forms(message):
            if mnemonics(text) != mnemonics(source):
                problems.append(f"{label(context, message)}: {text!r}")
    assert not problems, "\n".join(problems)


def test_screens_speak_spanish(qtbot, ui_ctx):
    page = CommunitiesPage(ui_ctx)
    qtbot.addWidget(page)
    page.refresh()
    assert page.title.text() == "Comunidades"
    assert page.search.placeholderText().startswith("Buscar")
    header = page.model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    assert header == "Nombre"


def test_the_row_counter_speaks_spanish(qtbot, ui_ctx):
    page = CommunitiesPage(ui_ctx)
    qtbot.addWidget(page)
    page.refresh()
    assert page.counter.text() == "0 filas"


def test_qt_standard_buttons_speak_spanish(qtbot, spanish):
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(box)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "")
    save = box.button(QDialogButtonBox.StandardButton.Save).text().replace("&", "")
    assert (cancel, save) == ("Cancelar", "Guardar")


def _lrelease() -> str | None:
    folder = Path(sys.executable).parent
    for name in ("pyside6-lrelease", "pyside6-lrelease.exe"):
        if (folder / name).exists():
            return str(folder / name)
    return shutil.which("pyside6-lrelease")


def test_compiled_catalogue_matches_the_ts(tmp_path):
    """A .qm left behind after editing the .ts fails here: run `make i18n` (or lrelease)."""
    lrelease = _lrelease()
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    fresh = tmp_path / "kastor_es.qm"
    subprocess.run(
        [lrelease, "-silent", str(TS_FILE), "-qm", str(fresh)],
        check=True,
        capture_output=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert QM_FILE.exists(), "resources/i18n/kastor_es.qm is missing"
    assert QM_FILE.read_bytes() == fresh.read_bytes(), "kastor_es.qm is stale: re-run lrelease"
