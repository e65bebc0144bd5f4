"""Qt translators for kamdesk's own messages and Qt's standard texts.

Used by the window and by the command line alike: both install the
translators on their (Core)Application, and :func:`install_translations`
points :func:`kamdesk.i18n.translate` at ``QCoreApplication.translate`` so the
layers below the UI speak the same language.

Installing again (a language change in Settings) replaces the translators;
Qt then sends every widget a ``LanguageChange`` event and the widgets
retranslate themselves.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from kamdesk import i18n
from kamdesk.paths import resources_dir

#: Qt's own catalogues to load besides kamdesk's (standard buttons, dialogs, shortcuts).
_QT_CATALOGUES = ("qtbase",)

_installed: list[QTranslator] = []
_language: str | None = None


def system_language() -> str:
    """The shipped language that matches the system locale (``zh_CN`` or ``en``)."""
    return language_for(None)


def current_language() -> str | None:
    """The language installed last, or ``None`` before any."""
    return _language


def _translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    # Bound through a name of its own so that the message scanners see no message here.
    qt_translate = QCoreApplication.translate
    return i18n.english_plural(qt_translate(context, text, disambiguation, n), n)


def install_translations(app: QCoreApplication, language: str) -> None:
    """Shows kamdesk (and Qt's standard texts) in ``language`` from now on.

    Args:
        app: the running application.
        language: one of :data:`kamdesk.i18n.LANGUAGES`.

    Raises:
        ValueError: ``language`` is not shipped.
    """
    global _language
    if language not in i18n.LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    uninstall_translations(app)
    own = QTranslator(app)
    # English is the source language: its catalogue holds the plural forms only,
    # and a missing one would still leave readable text, so failure is not fatal.
    if own.load(f"kamdesk_{language}", str(resources_dir() / "translations")):
        _installed.append(own)
    if language != "en":
        from PySide6.QtCore import QLibraryInfo

        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for catalogue in _QT_CATALOGUES:
            qt = QTranslator(app)
            if qt.load(f"{catalogue}_{language}", qt_dir):
                _installed.append(qt)
    QLocale.setDefault(QLocale(language))
    for translator in _installed:
        app.installTranslator(translator)
    _language = language
    i18n.install(_translate)


def uninstall_translations(app: QCoreApplication) -> None:
    """Removes what :func:`install_translations` installed (back to the English sources)."""
    global _language
    while _installed:
        translator = _installed.pop()
        app.removeTranslator(translator)
        translator.deleteLater()
    _language = None
    i18n.install(None)


def language_for(requested: str | None) -> str:
    """The language to show for ``--lang`` or the setting (``None``/"system": the system's).

    Anything that is not a shipped language also gets the system's.
    """
    system = QLocale.system().name()
    language = i18n.resolve_language(requested, system)
    return language if language in i18n.LANGUAGES else i18n.resolve_language(None, system)
