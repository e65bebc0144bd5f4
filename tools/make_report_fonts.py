"""Makes the report fonts in resources/fonts from Google Fonts' variable Noto Sans SC.

Not run by the build: its output is committed. Run it again only to change the
character set or take a newer Noto Sans SC. Needs fontTools (not a kamdesk
dependency): ``python -m venv /tmp/ft && /tmp/ft/bin/pip install fonttools``, then

    /tmp/ft/bin/python tools/make_report_fonts.py "path/to/NotoSansSC[wght].ttf"

Why: ReportLab embeds only TrueType-outline fonts, and the variable font's
default instance is Thin, so the weights are cut out as static fonts
(``wght`` 400 and 700). The regular face keeps every character GBK can encode
and the whole basic CJK block (20,992 Hanzi) beside Latin, Greek, Cyrillic and
symbols (7.7 MB); the bold face, used for headings and labels, keeps GB2312
and the same scripts (2.5 MB); what the bold face lacks is drawn in the regular
one (kamdesk/reports/fonts.py). Licence: SIL Open Font License 1.1
(resources/fonts/OFL.txt); the name "Noto" is not reserved.
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont
from fontTools.varLib import instancer

OUT = Path(__file__).resolve().parent.parent / "resources" / "fonts"
SCRIPTS = [
    (0x20, 0x24F),  # Latin, Latin-1, Latin Extended-A/B
    (0x250, 0x36F),  # IPA, spacing and combining marks
    (0x370, 0x4FF),  # Greek, Cyrillic
    (0x1E00, 0x1EFF),  # Latin Extended Additional (Vietnamese)
    (0x2000, 0x22FF),  # punctuation, currency, letterlike, number forms, arrows, maths
    (0x2460, 0x27BF),  # enclosed numbers, box drawing, shapes (★☆), dingbats
    (0x3000, 0x30FF),  # CJK punctuation, kana
    (0xFE30, 0xFE4F),  # CJK compatibility forms
    (0xFF00, 0xFFEF),  # full-width forms
]


def _encodable(codec: str, lead: range, trail: range) -> set[int]:
    found = set()
    for high in lead:
        for low in trail:
            with contextlib.suppress(UnicodeDecodeError):
                found.add(ord(bytes([high, low]).decode(codec)))
    return found


def _scripts() -> set[int]:
    return {code for low, high in SCRIPTS for code in range(low, high + 1)}


def make(source: Path, weight: int, name: str, unicodes: set[int]) -> Path:
    font = instancer.instantiateVariableFont(TTFont(source), {"wght": weight}, updateFontNames=True)
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = False
    options.drop_tables += ["BASE", "STAT", "vhea", "vmtx", "DSIG"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(unicodes))
    subsetter.subset(font)
    target = OUT / f"NotoSansSC-{name}.ttf"
    font.save(target)
    return target


def main() -> None:
    source = Path(sys.argv[1])
    regular = (
        _scripts()
        | _encodable("gbk", range(0x81, 0xFF), range(0x40, 0xFF))
        | set(range(0x4E00, 0xA000))
    )
    bold = _scripts() | _encodable("gb2312", range(0xA1, 0xF8), range(0xA1, 0xFF))
    print(make(source, 400, "Regular", regular))
    print(make(source, 700, "Bold", bold))


if __name__ == "__main__":
    main()
