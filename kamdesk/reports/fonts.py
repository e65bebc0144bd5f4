"""The typefaces of the reports, and text turned into safe Paragraph markup.

The choice: one family for every script, Noto Sans SC, shipped in
``resources/fonts`` (SIL Open Font License; made by ``tools/make_report_fonts.py``
from Google Fonts' variable Noto Sans SC), with the DejaVu Sans letters of
Latin Extended, Greek and Cyrillic for the few (Ł, Č, ř, most Cyrillic) Noto
Sans SC does not draw. Both are TrueType-outline fonts, so ReportLab embeds
them (a subset of the glyphs used) and the PDF looks the same on every
machine, with or without Chinese fonts installed. Noto Sans SC's own Latin
(from Source Sans) is designed to sit beside its Hanzi, so a name such as
"李 Wei Zhang" or "Ångström 张" is set in one consistent face and baseline; a
Latin face with a CJK fallback for every Chinese run would mix two designs in
every mixed line, where this mixes them only for the rare letter.

ReportLab draws each run in one font and falls back to nothing, so characters
a font lacks are wrapped here in ``<font>`` runs of the next font that has
them: the bold face (GB2312 and the common scripts) falls back to bold DejaVu,
then to the regular face (all of the basic CJK block); the regular face to
DejaVu, and then to an embeddable TrueType CJK font of
the system (Microsoft YaHei, SimHei, SimSun, WenQuanYi, Droid Sans Fallback,
Arial Unicode), found only when a rare character asks for it. ReportLab cannot
embed CFF-outline fonts (Noto Sans CJK .otf/.ttc, Source Han), so those are not
candidates. Only if the shipped fonts are missing and the system has none is
the text set in ReportLab's built-in CID font STSong-Light, which the PDF
viewer supplies (not embedded).
"""

from __future__ import annotations

import os
import re
import sys
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

REGULAR = "KamdeskSans"
BOLD = "KamdeskSans-Bold"
LATIN = "KamdeskLatin"
LATIN_BOLD = "KamdeskLatin-Bold"
_SYSTEM = "KamdeskFallback"
_CID = "STSong-Light"

#: Fonts of the systems the reps use, TrueType outlines only (ReportLab can embed these).
_SYSTEM_CANDIDATES: tuple[tuple[str, int], ...] = (
    # Windows
    ("%WINDIR%/Fonts/msyh.ttc", 0),
    ("%WINDIR%/Fonts/msyh.ttf", 0),
    ("%WINDIR%/Fonts/simhei.ttf", 0),
    ("%WINDIR%/Fonts/simsun.ttc", 0),
    # macOS
    ("/System/Library/Fonts/Supplemental/Arial Unicode.ttf", 0),
    ("/Library/Fonts/Arial Unicode.ttf", 0),
    # Linux
    ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    ("/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc", 0),
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    ("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", 0),
    ("/usr/share/fonts/google-droid-sans-fonts/DroidSansFallbackFull.ttf", 0),
    ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
)

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_SPACES = re.compile(r"  +")


@dataclass
class FontSet:
    """The registered fonts: their ReportLab names and the characters each has.

    ``embedded`` is False only for the STSong-Light fallback.
    """

    regular: str
    bold: str
    embedded: bool
    #: The fonts for letters the main ones lack (Latin Extended, Greek, Cyrillic).
    latin: str | None = None
    latin_bold: str | None = None
    #: Characters (code points) of each registered font; None: not known (CID font).
    _cmaps: dict[str, frozenset[int] | None] = field(default_factory=dict)
    _system: str | None = None
    _system_tried: bool = False
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def has(self, font: str, text: str) -> bool:
        """Whether ``font`` has a glyph for every character of ``text``."""
        cmap = self._cmaps.get(font)
        return cmap is None or all(ord(c) in cmap for c in text)

    def draws(self, text: str, bold: bool = False) -> bool:
        """Whether every character of ``text`` has a glyph in the fonts tried for it
        (the system's fallback not counted)."""
        chain = self.chain(self.bold if bold else self.regular)
        cmaps = [self._cmaps.get(name) for name in chain]
        return all(any(cmap is None or ord(c) in cmap for cmap in cmaps) for c in text if c != "\n")

    def _fallback(self) -> str | None:
        with self._lock:
            if not self._system_tried:
                self._system_tried = True
                found = _register_system_font()
                if found is not None:
                    name, cmap = found
                    self._cmaps[name] = cmap
                    self._system = name
            return self._system

    def chain(self, font: str) -> list[str]:
        """``font`` and the fonts tried after it for a character it lacks."""
        if font == self.bold and self.regular != self.bold:
            order = [self.bold, self.latin_bold, self.regular, self.latin]
        else:
            order = [font, self.latin]
        return [name for name in order if name is not None]

    def markup(self, text: str, bold: bool = False) -> str:
        """``text`` as Paragraph markup: escaped, newlines kept, each run in a font that has it.

        Whatever the user typed prints literally: ``<b>`` stays ``<b>`` and ``&``
        stays ``&``. Control characters (which XML cannot carry) are dropped;
        runs of spaces are kept (as no-break spaces after the first).
        """
        font = self.bold if bold else self.regular
        text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).replace(
            "\t", "    "
        )
        if self.has(font, text):
            return _escape(text)
        chain = self.chain(font)
        out: list[str] = []
        for run_font, run in self._runs(text, chain):
            escaped = _escape(run)
            out.append(escaped if run_font == font else f'<font face="{run_font}">{escaped}</font>')
        return "".join(out)

    def _runs(self, text: str, chain: list[str]) -> Iterable[tuple[str, str]]:
        cmaps = [self._cmaps.get(name) for name in chain]
        system: str | None = None
        current, start = chain[0], 0
        for index, char in enumerate(text):
            code = ord(char)
            choice = chain[0]
            if char != "\n":
                for name, cmap in zip(chain, cmaps, strict=True):
                    if cmap is None or code in cmap:
                        choice = name
                        break
                else:
                    system = system or self._fallback()
                    system_cmap = self._cmaps.get(system) if system else None
                    if system is not None and system_cmap is not None and code in system_cmap:
                        choice = system
            if choice != current:
                if index > start:
                    yield current, text[start:index]
                current, start = choice, index
        if start < len(text):
            yield current, text[start:]


def _escape(text: str) -> str:
    text = escape(text)
    text = _SPACES.sub(lambda m: " " + "&#160;" * (len(m.group()) - 1), text)
    return text.replace("\n", "<br/>")


def _expand(path: str) -> Path:
    windir = os.environ.get("WINDIR") or os.environ.get("SYSTEMROOT") or "C:/Windows"
    return Path(path.replace("%WINDIR%", windir))


def _cmap_of(font: object) -> frozenset[int]:
    return frozenset(font.face.charToGlyph)  # type: ignore[attr-defined]


def _register_system_font() -> tuple[str, frozenset[int]] | None:
    """The first embeddable TrueType CJK font of this system, registered as ``KamdeskFallback``."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    for candidate, index in _SYSTEM_CANDIDATES:
        if candidate.startswith("%WINDIR%") and sys.platform != "win32":
            continue
        path = _expand(candidate)
        if not path.is_file():
            continue
        try:
            font = TTFont(_SYSTEM, str(path), subfontIndex=index)
        except (TTFError, OSError, ValueError):
            continue  # CFF outlines, a damaged file, one we may not read
        cmap = _cmap_of(font)
        if ord("中") not in cmap:
            continue
        pdfmetrics.registerFont(font)
        return _SYSTEM, cmap
    return None


_fonts: FontSet | None = None
_fonts_lock = threading.Lock()


def report_fonts() -> FontSet:
    """The report fonts, registered with ReportLab on the first call (any thread)."""
    global _fonts
    with _fonts_lock:
        if _fonts is None:
            _fonts = _load()
        return _fonts


def _load() -> FontSet:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    from kamdesk.paths import resources_dir

    folder = resources_dir() / "fonts"
    try:
        regular = TTFont(REGULAR, str(folder / "NotoSansSC-Regular.ttf"))
        bold = TTFont(BOLD, str(folder / "NotoSansSC-Bold.ttf"))
        latin = TTFont(LATIN, str(folder / "DejaVuSans-Latin.ttf"))
        latin_bold = TTFont(LATIN_BOLD, str(folder / "DejaVuSans-Latin-Bold.ttf"))
    except (TTFError, OSError):
        regular = bold = latin = latin_bold = None
    if regular is not None and bold is not None and latin is not None and latin_bold is not None:
        for font in (regular, bold, latin, latin_bold):
            pdfmetrics.registerFont(font)
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)
        return FontSet(
            regular=REGULAR,
            bold=BOLD,
            embedded=True,
            latin=LATIN,
            latin_bold=LATIN_BOLD,
            _cmaps={
                REGULAR: _cmap_of(regular),
                BOLD: _cmap_of(bold),
                LATIN: _cmap_of(latin),
                LATIN_BOLD: _cmap_of(latin_bold),
            },
        )
    system = _register_system_font()
    if system is not None:
        name, cmap = system
        return FontSet(regular=name, bold=name, embedded=True, _cmaps={name: cmap})
    pdfmetrics.registerFont(UnicodeCIDFont(_CID))
    return FontSet(regular=_CID, bold=_CID, embedded=False, _cmaps={_CID: None})
