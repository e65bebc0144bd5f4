"""A small vCard reader: vCard 3.0 (RFC 2426), 4.0 (RFC 6350) and the 2.1 that phones still export.

It does what the import needs and no more: it unfolds lines, reads the
property parameters (``TYPE``, ``PREF``, ``CHARSET``, ``ENCODING``, vCard
2.1's bare types such as ``TEL;WORK;VOICE``), decodes quoted-printable values
in their ``CHARSET`` (with 2.1's soft line breaks), and undoes the escapes
``\\\\``, ``\\;``, ``\\,`` and ``\\n``. Structured values (``N``, ``ORG``,
``ADR``) are split on unescaped semicolons. A card embedded in another
(vCard 2.1's ``AGENT``) is skipped.

Every card remembers the line its ``BEGIN:VCARD`` is on, which is how the
import names it to the user. A card that never ends is reported, not read.
"""

from __future__ import annotations

import codecs
import quopri
import re
from dataclasses import dataclass

from kamdesk.i18n import translate

_PHYSICAL_LINES = re.compile(r"\r\n|\r|\n")
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)


@dataclass(frozen=True)
class VCardProperty:
    """One content line: ``NAME;PARAM=VALUE:value``, the group (``item1.``) dropped."""

    name: str
    #: upper-case parameter names; ``TYPE`` values in lower case
    params: dict[str, tuple[str, ...]]
    #: decoded from quoted-printable if it was, escapes still in place
    raw: str

    def text(self) -> str:
        """The value with its escapes undone."""
        return unescape(self.raw)

    def components(self) -> list[str]:
        """A structured value's components (split on unescaped ``;``), unescaped."""
        return [unescape(part) for part in split_unescaped(self.raw, ";")]

    @property
    def types(self) -> frozenset[str]:
        return frozenset(self.params.get("TYPE", ()))

    @property
    def preferred(self) -> bool:
        return "pref" in self.types or bool(self.params.get("PREF"))


@dataclass(frozen=True)
class VCard:
    """One card, with the file line of its ``BEGIN:VCARD``."""

    line: int
    properties: tuple[VCardProperty, ...]

    def all(self, name: str) -> list[VCardProperty]:
        return [p for p in self.properties if p.name == name]

    def first(self, name: str) -> VCardProperty | None:
        return next((p for p in self.properties if p.name == name), None)

    @property
    def version(self) -> str:
        found = self.first("VERSION")
        return found.text().strip() if found else ""


@dataclass(frozen=True)
class CardProblem:
    """A card that could not be read: the line of its ``BEGIN:VCARD`` and why."""

    line: int
    reason: str


def unescape(value: str) -> str:
    """Undoes ``\\n``/``\\N`` (a new line), ``\\,``, ``\\;``, ``\\\\`` and any other ``\\x`` (x)."""
    if "\\" not in value:
        return value
    return _ESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def split_unescaped(value: str, separator: str) -> list[str]:
    """Splits on ``separator`` where it is not escaped by a backslash; escapes stay in place."""
    parts: list[str] = []
    current: list[str] = []
    index = 0
    while index < len(value):
        char = value[index]
        if char == "\\" and index + 1 < len(value):
            current.append(value[index : index + 2])
            index += 2
            continue
        if char == separator:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
        index += 1
    parts.append("".join(current))
    return parts


def _split_outside_quotes(text: str, separator: str) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    quoted = False
    for char in text:
        if char == '"':
            quoted = not quoted
            continue
        if char == separator and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def _colon_outside_quotes(line: str) -> int:
    quoted = False
    for index, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == ":" and not quoted:
            return index
    return -1


def _is_quoted_printable(line: str) -> bool:
    colon = _colon_outside_quotes(line)
    return colon > 0 and "QUOTED-PRINTABLE" in line[:colon].upper()


def _logical_lines(text: str) -> list[tuple[int, str]]:
    """Unfolds the physical lines: (number of the first physical line, logical line).

    A line that starts with a space or a tab continues the previous one (the
    space is removed). A quoted-printable value that ends with ``=`` continues
    on the next line as it is (vCard 2.1's soft line break).
    """
    logical: list[tuple[int, str]] = []
    soft_break = False
    for number, line in enumerate(_PHYSICAL_LINES.split(text), start=1):
        if logical and soft_break:
            start, previous = logical[-1]
            logical[-1] = (start, previous[:-1] + line)
        elif logical and line[:1] in (" ", "\t"):
            start, previous = logical[-1]
            logical[-1] = (start, previous + line[1:])
        else:
            logical.append((number, line))
        current = logical[-1][1]
        soft_break = current.endswith("=") and _is_quoted_printable(current)
    return logical


def _decode_charset(data: bytes, charset: str) -> str:
    name = charset.strip().lower() or "utf-8"
    if name in ("gb2312", "gbk", "gb-2312", "cp936"):
        name = "gb18030"  # the superset: what a Chinese phone means by any of them
    try:
        codecs.lookup(name)
    except LookupError:
        name = "utf-8"
    return data.decode(name, errors="replace")


def parse_property(line: str) -> VCardProperty | None:
    """One logical line as a property; ``None`` when it has no ``:``."""
    colon = _colon_outside_quotes(line)
    if colon <= 0:
        return None
    head, raw = line[:colon], line[colon + 1 :]
    parts = _split_outside_quotes(head, ";")
    name = parts[0].strip().upper()
    if "." in name:
        name = name.rsplit(".", 1)[1]  # item1.TEL -> TEL
    params: dict[str, list[str]] = {}
    for part in parts[1:]:
        part = part.strip()
        if not part:
            continue
        if "=" in part:
            key, _, values = part.partition("=")
            key = key.strip().upper()
            items = [item.strip() for item in _split_outside_quotes(values, ",")]
        else:
            key, items = "TYPE", [part]  # vCard 2.1: TEL;WORK;VOICE
            if part.upper() in ("QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT"):
                key = "ENCODING"
        if key == "TYPE":  # TYPE="voice,cell" is a list too
            items = [t.strip().lower() for item in items for t in item.split(",")]
        params.setdefault(key, []).extend(item for item in items if item)
    encoding = {e.upper() for e in params.get("ENCODING", [])}
    if "QUOTED-PRINTABLE" in encoding:
        charset = (params.get("CHARSET") or ["utf-8"])[0]
        raw = _decode_charset(quopri.decodestring(raw.encode("utf-8")), charset)
    return VCardProperty(name, {k: tuple(v) for k, v in params.items()}, raw)


def parse_vcards(text: str) -> tuple[list[VCard], list[CardProblem]]:
    """Every card of ``text``, and the cards that could not be read.

    Lines outside a card are ignored, as are lines inside one that are not
    properties (no ``:``).
    """
    cards: list[VCard] = []
    problems: list[CardProblem] = []
    start: int | None = None
    properties: list[VCardProperty] = []
    nested = 0
    for number, line in _logical_lines(text):
        if not line.strip():
            continue
        prop = parse_property(line)
        if prop is None:
            continue
        is_begin = prop.name == "BEGIN" and prop.raw.strip().upper() == "VCARD"
        is_end = prop.name == "END" and prop.raw.strip().upper() == "VCARD"
        if start is None:
            if is_begin:
                start, properties, nested = number, [], 0
            continue
        if is_begin:
            nested += 1  # an embedded card (AGENT): skipped
        elif is_end:
            if nested:
                nested -= 1
            else:
                cards.append(VCard(start, tuple(properties)))
                start = None
        elif not nested:
            properties.append(prop)
    if start is not None:
        problems.append(
            CardProblem(start, translate("import", "The card does not end (END:VCARD is missing)."))
        )
    return cards, problems
