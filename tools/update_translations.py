"""Updates the translation sources and compiles them.

Usage::

    python tools/update_translations.py           # lupdate + check + lrelease
    python tools/update_translations.py --check   # report what is stale or wrong, write nothing

1. ``pyside6-lupdate`` reads every ``kamdesk/**/*.py`` and merges the messages
   into ``resources/translations/kamdesk_zh_CN.ts`` and ``kamdesk_en.ts``
   (messages that vanished from the code are dropped, ``-no-obsolete``).
   lupdate's Python parser extracts ``self.tr("...")`` in widgets and the
   ``translate("context", "...")`` calls of the layers below the UI
   (:mod:`kamdesk.i18n`), because they have the shape of Qt's
   ``QCoreApplication.translate(context, text)``.
2. Its parser has blind spots, and a message it misses would silently stay
   English. So the sources are also read with Python's own parser
   (:func:`scan_sources`): every ``tr``/``translate`` call must be in a form
   lupdate understands (literal strings, the plural count passed by position,
   no ``QCoreApplication.translate`` in a method that also calls
   ``self.tr``, which makes lupdate file the later ``self.tr`` under a bogus
   context), and every message found must be in the ``.ts`` files. Anything
   else is reported with its file and line, and the tool exits with status 1.
3. lupdate reads ``#:`` comments as notes for the translator and attaches
   them to whatever message comes next, however far below. Here ``#:``
   documents attributes (the Sphinx convention), so those notes would only
   mislead; the tool drops them (:func:`drop_translator_notes`).
4. ``pyside6-lrelease -nounfinished`` compiles each ``.ts`` to the ``.qm``
   beside it: only reviewed translations ship; a message without one shows
   its English source.

Translate with Qt Linguist (``pyside6-linguist resources/translations/kamdesk_zh_CN.ts``)
or by editing the ``.ts`` file, then run this tool again.
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "kamdesk"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN", "en")
SOURCE_LANGUAGE = "en"


def ts_file(language: str, directory: Path = TRANSLATIONS) -> Path:
    return directory / f"kamdesk_{language}.ts"


def qm_file(language: str, directory: Path = TRANSLATIONS) -> Path:
    return directory / f"kamdesk_{language}.qm"


def _tool(name: str) -> str:
    """A Qt tool from the virtualenv of this Python, else from PATH."""
    beside = Path(sys.executable).with_name(name)
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found; install PySide6 in this environment")
    return found


def source_files(package: Path = PACKAGE) -> list[Path]:
    """The Python files whose messages are translated, in a stable order."""
    return sorted(p for p in package.rglob("*.py") if "__pycache__" not in p.parts)


def run_lupdate(ts_files: Iterable[Path], sources: Iterable[Path] | None = None) -> None:
    """Merges the messages of ``sources`` into ``ts_files`` (created if missing)."""
    files = [str(p) for p in (sources if sources is not None else source_files())]
    command = [
        _tool("pyside6-lupdate"),
        "-silent",
        "-no-obsolete",
        "-source-language",
        SOURCE_LANGUAGE,
        *files,
        "-ts",
        *(str(t) for t in ts_files),
    ]
    subprocess.run(command, check=True, cwd=ROOT)


_NOTE = re.compile(r"^[ \t]*<extracomment>.*?</extracomment>\n", re.MULTILINE | re.DOTALL)


def drop_translator_notes(ts: Path) -> None:
    """Removes the ``<extracomment>`` notes lupdate made from ``#:`` attribute comments."""
    text = ts.read_text(encoding="utf-8")
    cleaned = _NOTE.sub("", text)
    if cleaned != text:
        ts.write_text(cleaned, encoding="utf-8")


def run_lrelease(ts: Path, qm: Path) -> None:
    """Compiles ``ts`` to ``qm``, leaving unfinished translations out."""
    command = [_tool("pyside6-lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(qm)]
    subprocess.run(command, check=True, cwd=ROOT)


@dataclass(frozen=True)
class Message:
    """One message of a ``.ts`` file."""

    context: str
    source: str
    #: the disambiguation (``<comment>``), "" when there is none
    comment: str
    numerus: bool
    #: ``None`` (finished), ``unfinished``, ``obsolete`` or ``vanished``
    state: str | None
    #: one text, or one per plural form
    translations: tuple[str, ...]

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


def read_messages(ts: Path) -> list[Message]:
    """Every message of ``ts``, in file order."""
    messages = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{ts}: a message without <translation>"
            numerus = message.get("numerus") == "yes"
            if numerus:
                texts = tuple(f.text or "" for f in translation.iter("numerusform"))
            else:
                texts = (translation.text or "",)
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    numerus=numerus,
                    state=translation.get("type"),
                    translations=texts,
                )
            )
    return messages


@dataclass(frozen=True)
class Found:
    """A translatable call found by Python's parser."""

    path: Path
    line: int
    context: str
    source: str
    comment: str


@dataclass(frozen=True)
class Problem:
    path: Path
    line: int
    text: str

    def __str__(self) -> str:
        try:
            where = self.path.relative_to(ROOT)
        except ValueError:
            where = self.path
        return f"{where}:{self.line}: {self.text}"


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _is_none(node: ast.expr | None) -> bool:
    return node is None or (isinstance(node, ast.Constant) and node.value is None)


class _Scanner(ast.NodeVisitor):
    def __init__(self, path: Path) -> None:
        self.path = path
        self.classes: list[str] = []
        self.found: list[Found] = []
        self.problems: list[Problem] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        calls = [n for n in ast.walk(node) if isinstance(n, ast.Call)]
        qt_translate = [c for c in calls if _call_name(c) == "QCoreApplication.translate"]
        self_tr = [c for c in calls if _call_name(c) == "self.tr"]
        if qt_translate and self_tr:
            self.problems.append(
                Problem(
                    self.path,
                    qt_translate[0].lineno,
                    "QCoreApplication.translate and self.tr in one function: lupdate files "
                    "the self.tr messages under a wrong context; use one of them",
                )
            )
        self.generic_visit(node)

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_Call(self, node: ast.Call) -> None:
        name = _call_name(node)
        if name == "self.tr" and self.classes:
            self._message(node, self.classes[-1], node.args, text_index=0)
        elif name in ("translate", "i18n.translate", "QCoreApplication.translate"):
            context = _literal(node.args[0]) if node.args else None
            if context is None:
                self._problem(node, "the context must be a literal string")
            else:
                self._message(node, context, node.args, text_index=1)
        self.generic_visit(node)

    def _message(self, node: ast.Call, context: str, args: list[ast.expr], text_index: int) -> None:
        if node.keywords:
            names = ", ".join(k.arg or "**" for k in node.keywords)
            self._problem(node, f"pass {names} by position: lupdate ignores keyword arguments")
            return
        source = _literal(args[text_index]) if len(args) > text_index else None
        if source is None:
            self._problem(node, "the text must be a literal string (lupdate cannot read it)")
            return
        comment_node = args[text_index + 1] if len(args) > text_index + 1 else None
        comment = _literal(comment_node)
        if comment is None and not _is_none(comment_node):
            self._problem(node, "the disambiguation must be a literal string or None")
            return
        self.found.append(Found(self.path, node.lineno, context, source, comment or ""))

    def _problem(self, node: ast.Call, text: str) -> None:
        self.problems.append(Problem(self.path, node.lineno, text))


def _call_name(node: ast.Call) -> str:
    parts = []
    func: ast.expr = node.func
    while isinstance(func, ast.Attribute):
        parts.append(func.attr)
        func = func.value
    if isinstance(func, ast.Name):
        parts.append(func.id)
    return ".".join(reversed(parts))


def scan_sources(sources: Iterable[Path] | None = None) -> tuple[list[Found], list[Problem]]:
    """The translatable calls of ``sources`` and the ones lupdate would miss or misfile."""
    found: list[Found] = []
    problems: list[Problem] = []
    for path in sources if sources is not None else source_files():
        if path.name == "i18n.py" and path.parent.name == "kamdesk":
            continue  # defines translate(); holds no messages
        scanner = _Scanner(path)
        scanner.visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
        found += scanner.found
        problems += scanner.problems
    return found, problems


def missing_from(ts: Path, found: Iterable[Found]) -> list[Problem]:
    """The messages in the code that ``ts`` does not hold."""
    keys = {m.key for m in read_messages(ts) if m.state not in ("obsolete", "vanished")}
    return [
        Problem(f.path, f.line, f"not in {ts.name}: [{f.context}] {f.source!r}")
        for f in found
        if (f.context, f.source, f.comment) not in keys
    ]


def update(check_only: bool = False) -> list[Problem]:
    """Runs the whole update (or, with ``check_only``, the same on copies); returns the problems."""
    found, problems = scan_sources()
    with tempfile.TemporaryDirectory(prefix="kamdesk-ts-") as tmp:
        target = Path(tmp) if check_only else TRANSLATIONS
        target.mkdir(parents=True, exist_ok=True)
        if check_only:
            for language in LANGUAGES:
                if ts_file(language).exists():
                    shutil.copy2(ts_file(language), ts_file(language, target))
        ts_files = [ts_file(language, target) for language in LANGUAGES]
        run_lupdate(ts_files)
        for ts in ts_files:
            drop_translator_notes(ts)
        for ts in ts_files:
            problems += missing_from(ts, found)
        if check_only:
            for language in LANGUAGES:
                committed = ts_file(language)
                if not committed.exists() or _message_keys(committed) != _message_keys(
                    ts_file(language, target)
                ):
                    problems.append(
                        Problem(committed, 0, "stale: run tools/update_translations.py")
                    )
        else:
            for language in LANGUAGES:
                run_lrelease(ts_file(language), qm_file(language))
    return problems


def _message_keys(ts: Path) -> list[tuple[str, str, str, bool, str | None]]:
    return sorted((*m.key, m.numerus, m.state) for m in read_messages(ts))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="report only, write nothing")
    args = parser.parse_args(argv)
    problems = update(check_only=args.check)
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems and not args.check:
        for language in LANGUAGES:
            messages = read_messages(ts_file(language))
            todo = sum(1 for m in messages if m.state == "unfinished")
            print(f"{ts_file(language).name}: {len(messages)} messages, {todo} unfinished")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
