"""Makes the report fonts in resources/fonts: Noto Sans SC, and DejaVu Sans for the Latin,
Greek and Cyrillic letters Noto Sans SC lacks.

Not run by the build: its output is committed. Run it again only to change the
character set or take a newer Noto Sans SC. Needs fontTools (not a kamdesk
dependency): ``python -m venv /tmp/ft && /tmp/ft/bin/pip install fonttools``, then

    /tmp/ft/bin/python tools/make_report_fonts.py "path/to/NotoSansSC[wght].ttf" \\
        /usr/share/fonts/truetype/dejavu   # Debian's fonts-dejavu-core 2.37

Why: ReportLab embeds only TrueType-outline fonts, and the variable font's
default instance is Thin, so the weights are cut out as static fonts
(``wght`` 400 and 700). The regular face keeps every character GBK can encode
and the whole basic CJK block (20,992 Hanzi) beside Latin, Greek, Cyrillic and
symbols (7.7 MB); the bold face, used for headings and labels, keeps GB2312
and the same scripts (2.5 MB); what the bold face lacks is drawn in the regular
one (kamdesk/reports/fonts.py). Licence: SIL Open Font License 1.1
(resources/fonts/NotoSansSC-OFL.txt); the name "Noto" is not reserved.

Noto Sans SC draws only part of Latin Extended, Greek and Cyrillic (no Ł, Č,
ř, most of Cyrillic), so the DejaVu Sans letters of those blocks ship beside
it (135 kB a weight) and are used for exactly the characters Noto lacks.
Licence: Bitstream Vera with public-domain DejaVu changes
(resources/fonts/DejaVu-LICENSE.txt); the subset keeps the name DejaVu, which
the licence allows (only "Bitstream" and "Vera" are reserved).
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


LATIN = [
    (0x20, 0x24F),  # Latin, Latin-1, Latin Extended-A/B
    (0x250, 0x36F),  # IPA, spacing and combining marks
    (0x370, 0x52F),  # Greek, Cyrillic and its supplement
    (0x1E00, 0x1FFF),  # Latin Extended Additional, Greek Extended
    (0x2000, 0x206F),  # general punctuation
    (0x20A0, 0x20CF),  # currency signs
]


def make_latin(folder: Path) -> None:
    unicodes = sorted({code for low, high in LATIN for code in range(low, high + 1)})
    for source, name in (("DejaVuSans.ttf", "Latin"), ("DejaVuSans-Bold.ttf", "Latin-Bold")):
        font = TTFont(folder / source)
        options = subset.Options()
        options.layout_features = ["*"]
        options.name_IDs = ["*"]
        options.notdef_outline = True
        options.hinting = False
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=unicodes)
        subsetter.subset(font)
        target = OUT / f"DejaVuSans-{name}.ttf"
        font.save(target)
        print(target)


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
    make_latin(Path(sys.argv[2]))


if __name__ == "__main__":
    main()
