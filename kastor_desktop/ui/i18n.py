"""Spanish everywhere: our own .qm, Qt's own dialogs (qtbase_es) and es-CL number/date formats."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kastor_desktop.paths import resources_dir

LOCALE_NAME = "es_CL"


def install_spanish(app: QCoreApplication) -> list[QTranslator]:
    """Install the translators on ``app`` and make es-CL the default locale."""
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Chile))
    translators: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase_es", qt_dir), ("kastor_es", str(resources_dir() / "i18n"))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            translators.append(translator)
    return translators


def locale() -> QLocale:
    return QLocale(QLocale.Language.Spanish, QLocale.Country.Chile)
