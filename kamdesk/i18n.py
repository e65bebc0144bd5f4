"""Translation hook for the layers below the UI.

Every visible string goes through Qt's translation system. The layers below
``kamdesk/ui`` may not import Qt, so they call :func:`translate`, which the
start-up code (``kamdesk/app.py``) points at ``QCoreApplication.translate``
once the translators are installed. ``pyside6-lupdate`` extracts the calls
because they have the same shape as Qt's ``translate(context, text)``.

Until a translator is installed (plain library use, some tests) the source
text (English) is returned, with ``%n`` filled in for plural forms. A ``%n``
message reads "1 day" or "3 days" in English either way (:func:`english_plural`).
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str, "str | None", int], str]


def english_plural(text: str, n: int) -> str:
    """Resolves the English source's ``(s)`` for ``n``: "1 day", "3 days".

    Qt's plural forms come from a catalogue's numerus messages, and
    ``pyside6-lupdate`` makes numerus messages only of ``tr()`` calls: the
    ``%n`` messages of :func:`translate` stay plain, so in English their
    ``(s)`` is resolved here. No translation keeps an ``(s)``.
    """
    if n < 0 or "(s)" not in text:
        return text
    return text.replace("(s)", "" if n == 1 else "s")


def _identity(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return english_plural(text.replace("%n", str(n)), n) if n >= 0 else text


_translator: Translator = _identity

#: The languages kamdesk ships, by their Qt locale name.
LANGUAGES: tuple[str, ...] = ("zh_CN", "en")


def install(translator: Translator | None) -> None:
    """Routes :func:`translate` through ``translator`` (``None`` restores the identity)."""
    global _translator
    _translator = translator or _identity


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Returns ``text`` in the user's language; ``%n`` takes ``n`` for plural forms."""
    return _translator(context, text, disambiguation, n)


def resolve_language(requested: str | None, system_locale: str) -> str:
    """Picks the language to show.

    Args:
        requested: ``--lang`` or the setting (``zh_CN``, ``en``, or ``None``/"system").
        system_locale: the system locale name, such as ``zh_CN`` or ``en_US.UTF-8``.

    Returns:
        One of :data:`LANGUAGES`. Chinese locales (any ``zh``) pick ``zh_CN``;
        everything else English.
    """
    if requested and requested != "system":
        return requested
    return "zh_CN" if system_locale.lower().startswith("zh") else "en"


def join_sentences(*sentences: str) -> str:
    """Joins whole sentences as the language writes them.

    English puts a space between sentences; Chinese puts none after 。, so the
    separator itself is translated ("%1 %2" becomes "%1%2" in zh_CN).
    """
    parts = [s for s in sentences if s]
    if not parts:
        return ""
    joined = parts[0]
    for part in parts[1:]:
        joined = translate("i18n", "%1 %2").replace("%1", joined, 1).replace("%2", part, 1)
    return joined
