"""The translations: complete, current, compiled, and installed where every layer sees them.

The checks run the real tools (``pyside6-lupdate``/``lrelease`` through
``tools/update_translations.py``) on temporary copies, so they fail exactly
when running the tool would change what is committed.

Chinese (zh_CN) is strict: every message translated, nothing left over. The
English file translates only what English needs beyond its source text: the
plural forms (``%n``); the rest stays unfinished and shows the source.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location(
    "update_translations", ROOT / "tools" / "update_translations.py"
)
assert _spec is not None and _spec.loader is not None
tool = importlib.util.module_from_spec(_spec)
sys.modules["update_translations"] = tool
_spec.loader.exec_module(tool)

LANGUAGES = ("zh_CN", "en")
_PLACEHOLDER = re.compile(r"%(?:[1-9]|n)")


def _messages(language: str) -> list:  # type: ignore[type-arg]
    return tool.read_messages(tool.ts_file(language))


def _label(message) -> str:  # type: ignore[no-untyped-def]
    return f"[{message.context}] {message.source!r}"


@pytest.fixture(scope="module")
def updated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """What lupdate makes of the current sources, merged into copies of the committed files."""
    target = tmp_path_factory.mktemp("ts")
    for language in LANGUAGES:
        shutil.copy2(tool.ts_file(language), tool.ts_file(language, target))
    files = [tool.ts_file(language, target) for language in LANGUAGES]
    tool.run_lupdate(files)
    for ts in files:
        tool.drop_translator_notes(ts)
    return target


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_ts_file_holds_exactly_the_messages_of_the_sources(updated, language) -> None:  # type: ignore[no-untyped-def]
    def keys(ts: Path) -> set[tuple[str, str, str, bool]]:
        return {(*m.key, m.numerus) for m in tool.read_messages(ts)}

    committed = keys(tool.ts_file(language))
    current = keys(tool.ts_file(language, updated))
    assert current - committed == set(), "new messages: run tools/update_translations.py"
    assert committed - current == set(), "vanished messages: run tools/update_translations.py"


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_obsolete_or_vanished_message_is_kept(language) -> None:  # type: ignore[no-untyped-def]
    left = [_label(m) for m in _messages(language) if m.state in ("obsolete", "vanished")]
    assert left == []


def test_every_chinese_message_is_translated() -> None:
    unfinished = [_label(m) for m in _messages("zh_CN") if m.state == "unfinished"]
    empty = [_label(m) for m in _messages("zh_CN") if not all(t.strip() for t in m.translations)]
    assert unfinished == []
    assert empty == []


def test_chinese_plurals_have_the_one_form_chinese_has() -> None:
    plural = [m for m in _messages("zh_CN") if m.numerus]
    assert plural, "the UI has plural messages"
    assert [_label(m) for m in plural if len(m.translations) != 1] == []


def test_english_plural_forms_are_filled_in_singular_and_plural() -> None:
    plural = [m for m in _messages("en") if m.numerus]
    assert plural
    bad = [
        _label(m)
        for m in plural
        if m.state is not None or len(m.translations) != 2 or not all(m.translations)
    ]
    assert bad == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_every_placeholder_of_the_source(language) -> None:  # type: ignore[no-untyped-def]
    lost = []
    for message in _messages(language):
        wanted = set(_PLACEHOLDER.findall(message.source))
        for text in message.translations:
            if text and not wanted <= set(_PLACEHOLDER.findall(text)):
                lost.append(f"{_label(message)} -> {text!r}")
    assert lost == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_qm_file_is_what_lrelease_makes_of_the_ts_file(tmp_path, language) -> None:  # type: ignore[no-untyped-def]
    fresh = tmp_path / f"kamdesk_{language}.qm"
    tool.run_lrelease(tool.ts_file(language), fresh)
    committed = tool.qm_file(language)
    assert committed.exists(), "run tools/update_translations.py"
    assert fresh.read_bytes() == committed.read_bytes(), (
        "stale .qm: run tools/update_translations.py"
    )


def test_every_message_in_the_code_is_in_a_form_lupdate_reads() -> None:
    found, problems = tool.scan_sources()
    assert [str(p) for p in problems] == []
    contexts = {f.context for f in found}
    assert {"errors", "settings", "backup", "MainWindow", "SettingsDialog"} <= contexts
    for language in LANGUAGES:
        assert [str(p) for p in tool.missing_from(tool.ts_file(language), found)] == []


def test_no_context_is_a_mangled_name() -> None:
    # lupdate files self.tr() after QCoreApplication.translate() under "QCoreApplication.self".
    assert [m.context for m in _messages("zh_CN") if "." in m.context or not m.context] == []


def test_the_scanner_catches_what_lupdate_would_miss(tmp_path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "widget.py"
    source.write_text(
        "from kamdesk.i18n import translate\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from PySide6.QtWidgets import QWidget\n"
        "def f(n, text):\n"
        "    translate('ctx', '%n rows', n=n)\n"
        "    translate('ctx', text)\n"
        "    return translate('ctx', 'fine')\n"
        "class W(QWidget):\n"
        "    def g(self):\n"
        "        QCoreApplication.translate('Other', 'one')\n"
        "        return self.tr('two')\n",
        encoding="utf-8",
    )
    found, problems = tool.scan_sources([source])
    assert [(f.context, f.source) for f in found] == [
        ("ctx", "fine"),
        ("Other", "one"),
        ("W", "two"),
    ]
    assert sorted(p.line for p in problems) == [5, 6, 10]


def test_installed_translations_reach_qt_and_the_layers_below(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    from kamdesk.errors import NotFound
    from kamdesk.i18n import translate
    from kamdesk.ui.translations import install_translations, uninstall_translations

    try:
        install_translations(qapp, "zh_CN")
        assert NotFound("客户 X").message() == "找不到：客户 X"
        assert translate("settings", "unknown time zone %1") == "未知的时区 %1"
        # Qt's own texts (standard buttons) come from its qtbase catalogue.
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
        install_translations(qapp, "en")
        assert translate("AccountsPage", "%n key accounts", None, 1) == "1 key account"
        assert translate("AccountsPage", "%n key accounts", None, 3) == "3 key accounts"
        assert NotFound("X").message() == "Not found: X"
    finally:
        uninstall_translations(qapp)
    assert translate("errors", "Not found: %1") == "Not found: %1"


def test_plural_messages_outside_tr_read_right_in_english_for_one_and_many(qapp) -> None:  # type: ignore[no-untyped-def]
    """lupdate makes numerus messages only of tr() calls: the (s) of the others is
    resolved in English, and Chinese keeps its one form."""
    from kamdesk.i18n import translate
    from kamdesk.ui.translations import install_translations, uninstall_translations

    text = "not contacted for %n day(s)"
    numerus = {_label(m) for m in _messages("en") if m.numerus}
    assert "[call_list] 'not contacted for %n day(s)'" not in numerus  # else this is moot
    assert any(label.startswith("[AccountsPage]") for label in numerus)
    assert translate("call_list", text, "", 1) == "not contacted for 1 day"
    assert translate("call_list", text, "", 20) == "not contacted for 20 days"
    try:
        install_translations(qapp, "en")
        assert translate("call_list", text, "", 1) == "not contacted for 1 day"
        assert translate("call_list", text, "", 0) == "not contacted for 0 days"
        install_translations(qapp, "zh_CN")
        assert translate("call_list", text, "", 1) == "已 1 天未联系"
    finally:
        uninstall_translations(qapp)


def test_an_unknown_language_is_refused(qapp) -> None:  # type: ignore[no-untyped-def]
    from kamdesk.ui.translations import install_translations

    with pytest.raises(ValueError, match="fr"):
        install_translations(qapp, "fr")
