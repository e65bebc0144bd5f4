"""Import of accounts and contacts from CSV, XLSX, vCard and kamdesk's own JSON export.

Import is three steps, so that the window can show a column-mapping step and
a preview between them, and the command line can stop after the second
(``--dry-run``):

1. :func:`read_table` reads the file into a :class:`RawTable`: headers and
   rows of text, and what could not be read as a row (a row with another
   number of cells than the header, a vCard without an organisation, a
   formula without a saved value...). A file that cannot be read at all
   raises :class:`~kamdesk.errors.InvalidInput` with a clear reason.
2. :func:`plan_import` is a dry run over an explicit column mapping
   (:func:`guess_mapping` proposes one): it validates every mapped cell with
   :mod:`kamdesk.services.validation`, matches rows against the database and
   against each other, and counts what would be created, updated or left
   unchanged. Nothing is written.
3. :func:`apply_import` writes every valid row in the caller's unit of work,
   so a cancel or an error leaves nothing behind.

Decisions (docs/cli.md says the same to users):

* One row per contact; rows with the same account name form one account; a
  row without a contact adds (or completes) the account alone.
* Account names match, in the database and within the file, after NFKC,
  trimming, collapsing whitespace and case folding: 华达（深圳） is 华达(深圳),
  ACME is Acme. Tombstoned accounts are never matched.
* A contact matches a contact of the same account with the same name (same
  normalisation) that shares a phone number or the e-mail address; when one
  of the two has neither, the name alone matches. Two 张伟 with different
  phones are two people.
* A matched account or contact is never overwritten: the import fills the
  fields that are empty and adds the phone numbers that are missing. A value
  that differs from the stored one is kept as stored and listed
  (:class:`KeptValue`), so the rep sees it. "Known to rep" counts as empty
  while it is "no": a "yes" in the file sets it, a "no" never clears it.
  Hence importing the same file again writes nothing (no row, no outbox
  entry), and an import never destroys what the rep typed in the app.
* A row with any invalid mapped cell is not imported at all; every problem
  of the row is listed (:class:`RowProblem`), and the other rows go in.
* The ``notes`` column is the contact's note; on a row without a contact it
  is the account's.
* The limits are those of the account and contact dialogs: 200 characters
  for names, titles, departments, industry and region; 1,000 for address,
  website and a phone cell; 254 for an e-mail address; 1 MiB of UTF-8 for
  notes. Control characters are dropped, text is NFC; emoji and CJK beyond
  the BMP (𠀀 𪚥) are kept as they are.
* A vCard without an organisation (``ORG``) is reported and not imported:
  every contact belongs to an account, and guessing one (the person's own
  name as a company) would fill the client book with non-clients.
* kamdesk's JSON export carries ids, so its rows are matched by id only: rows
  that exist are left as they are (differences are listed), the others are
  created with every field as exported.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import math
import re
import types
import typing
import unicodedata
import weakref
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from kamdesk.cancel import CancelToken, Progress, no_progress
from kamdesk.errors import InvalidInput
from kamdesk.i18n import translate
from kamdesk.models import SYNCED_MODELS, Account, Contact, SyncedMixin, new_id
from kamdesk.models.capture import synced_columns, to_json_value
from kamdesk.services import validation as v
from kamdesk.settings import Settings

# --- the template ----------------------------------------------------------------------

#: The columns of the import template (DESIGN.md, "Command line"), in order.
TEMPLATE_FIELDS: tuple[str, ...] = (
    "account", "short_name", "industry", "region", "address", "account_phone", "category",
    "class", "contact", "title", "department", "phone", "email", "work_hours", "lunch",
    "timezone", "known", "habitual_times", "personality", "birthday", "notes",
)  # fmt: skip
#: Fields a column can be mapped to besides the template's.
EXTRA_FIELDS: tuple[str, ...] = ("website", "account_notes")
FIELDS: tuple[str, ...] = TEMPLATE_FIELDS + EXTRA_FIELDS

#: The template's headers in each language (the English ones are the field codes).
TEMPLATE_HEADERS: dict[str, tuple[str, ...]] = {
    "en": TEMPLATE_FIELDS,
    "zh_CN": (
        "客户名称", "简称", "行业", "区域", "地址", "电话", "大客户类别", "客户类型", "联系人",
        "职务", "部门", "手机", "邮箱", "工作时间", "午休", "时区", "是否认识", "惯常联络时间",
        "性格类型", "生日", "备注",
    ),
}  # fmt: skip

#: Other headers people write, by field (compared as :func:`_header_key` makes them).
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "account": (
        "客户", "公司", "公司名称", "公司名", "单位", "单位名称", "企业", "企业名称", "客户全称",
        "account name", "company", "company name", "customer", "organisation", "organization",
        "org",
    ),
    "short_name": ("客户简称", "公司简称", "short name", "abbreviation"),
    "industry": ("所属行业", "行业类别", "sector"),
    "region": ("地区", "大区", "片区", "所属区域", "area"),
    "address": ("公司地址", "详细地址", "办公地址", "adr"),
    "account_phone": ("公司电话", "座机", "总机", "固定电话", "company phone", "office phone"),
    "category": ("类别", "客户类别", "大客户分类", "key account category"),
    "class": ("客户分类", "类型", "lifecycle", "lifecycle class", "customer class"),
    "contact": (
        "姓名", "名字", "联系人姓名", "联系人名称", "full name", "contact name", "fn",
    ),
    "title": (
        "职位", "岗位", "头衔", "联系人职务", "联系人职位", "job title", "position", "role",
        "contact title",
    ),
    "department": ("所属部门", "联系人部门", "dept", "orgunit", "org unit", "contact department"),
    "phone": (
        "手机号", "手机号码", "移动电话", "电话号码", "联系电话", "联系方式", "联系人电话",
        "联系人手机", "mobile", "mobile phone", "cell", "cellphone", "phone number", "tel",
        "telephone", "contact phone", "contact mobile",
    ),
    "email": (
        "电子邮箱", "电子邮件", "邮件", "邮件地址", "联系人邮箱", "e-mail", "email address",
        "mail", "contact email",
    ),
    "work_hours": ("上班时间", "办公时间", "working hours", "work hours", "office hours"),
    "lunch": ("午休时间", "lunch break", "lunch time"),
    "timezone": ("time zone", "tz"),
    "known": ("认识", "是否熟悉", "known to rep", "knows"),
    "habitual_times": (
        "常用联络时间", "方便联络时间", "联络时间", "habitual times", "preferred times",
    ),
    "personality": ("性格", "性格风格", "personality style"),
    "birthday": ("出生日期", "生日日期", "date of birth", "birth date", "dob", "bday"),
    "notes": ("说明", "备注信息", "note", "remarks", "comments", "comment"),
    "website": ("网址", "网站", "公司网址", "主页", "web", "url", "homepage"),
    "account_notes": ("客户备注", "公司备注", "account notes"),
}  # fmt: skip

#: Accepted words for the enumerated fields, by code.
CATEGORY_WORDS: dict[str, tuple[str, ...]] = {
    "industry": ("industry", "industry key account", "行业大客户", "行业", "行业型"),
    "regional": ("regional", "region", "regional key account", "区域大客户", "区域", "区域型"),
    "potential": ("potential", "potential key account", "潜力大客户", "潜力", "潜力型"),
}
CLASS_WORDS: dict[str, tuple[str, ...]] = {
    "loyal": ("loyal", "忠诚型", "忠诚", "忠诚客户"),
    "fast_growing": ("fast_growing", "fast growing", "快速增长型", "快速增长", "成长型"),
    "sleeping": ("sleeping", "dormant", "睡眠型", "睡眠", "休眠型", "休眠"),
    "worth_cultivating": (
        "worth_cultivating", "worth cultivating", "值得培养型", "值得培养", "培养型",
    ),
}  # fmt: skip
PERSONALITY_WORDS: dict[str, tuple[str, ...]] = {
    "actor": ("actor", "演员型", "演员"),
    "driver": ("driver", "结果型", "结果"),
    "professor": ("professor", "教授型", "教授"),
    "amiable": ("amiable", "老好人", "老好人型", "好好先生"),
}
_YES = ("yes", "y", "true", "1", "是", "认识", "对", "✓", "√")
_NO = ("no", "n", "false", "0", "否", "不认识", "不", "×")

#: How a code is written in each language (the UI's own words: kamdesk/ui/labels.py).
_WORDS_OUT: dict[str, dict[str, dict[str, str]]] = {
    "category": {
        "en": {"industry": "Industry", "regional": "Regional", "potential": "Potential"},
        "zh_CN": {"industry": "行业大客户", "regional": "区域大客户", "potential": "潜力大客户"},
    },
    "class": {
        "en": {
            "loyal": "Loyal",
            "fast_growing": "Fast-growing",
            "sleeping": "Sleeping",
            "worth_cultivating": "Worth cultivating",
        },
        "zh_CN": {
            "loyal": "忠诚型",
            "fast_growing": "快速增长型",
            "sleeping": "睡眠型",
            "worth_cultivating": "值得培养",
        },
    },
    "personality": {
        "en": {
            "actor": "actor",
            "driver": "driver",
            "professor": "professor",
            "amiable": "amiable",
        },
        "zh_CN": {
            "actor": "演员型",
            "driver": "结果型",
            "professor": "教授型",
            "amiable": "老好人",
        },
    },
    "known": {"en": {"yes": "yes", "no": "no"}, "zh_CN": {"yes": "是", "no": "否"}},
}

# --- limits ----------------------------------------------------------------------------

#: Larger files are refused before they are read.
MAX_FILE_BYTES = 200 * 1024 * 1024
# The same limits as the account and contact dialogs (kamdesk.services.accounts), so
# that what the dialog takes the import takes, and the other way round.
#: One-line names: account, short name, industry, region, contact, title, department.
MAX_NAME_CHARS = 200
#: Other one-line fields: address, website.
MAX_LINE_CHARS = 1_000
#: Notes: 1 MiB once encoded as UTF-8, so a pasted document is kept.
MAX_NOTE_BYTES = 1024 * 1024
#: The text of a phone cell (several numbers separated by ``;``).
MAX_PHONE_TEXT_CHARS = 1_000
#: An e-mail address (RFC 5321's limit).
MAX_EMAIL_CHARS = 254
#: Rows written per flush: big enough for executemany to pay off, small enough
#: that progress and cancel stay responsive and memory stays flat.
BATCH = 2000
#: Rows the plan shows as a preview.
PREVIEW_ROWS = 50

_KINDS = {
    ".csv": "csv",
    ".txt": "csv",
    ".tsv": "csv",
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".vcf": "vcard",
    ".vcard": "vcard",
    ".json": "json",
}
_DELIMITERS = (",", ";", "\t")
#: Cells that Excel would run as a formula are written with a leading ' (see exporting).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BRACKETED = re.compile(r"\(.*?\)|\[.*?\]|【.*?】|〔.*?〕")
_HEADER_NOISE = re.compile(r"[\s_\-*:.·/\\]+")
_EXCEL_ERRORS = frozenset(
    {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"}
)
_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]")


# --- results ---------------------------------------------------------------------------


@dataclass(frozen=True)
class RowProblem:
    """A row (or one of its cells) that is not imported, and why.

    ``row`` is the row as the user sees it in the file: the spreadsheet row
    (the header counts), the line of a vCard's ``BEGIN:VCARD``, or the
    position of an entity in its list in a JSON export. ``column`` is the
    header as written in the file (``""`` for the whole row); ``reason`` is in
    the user's language.
    """

    row: int
    column: str
    reason: str


@dataclass(frozen=True)
class KeptValue:
    """A value in the file that differs from the one stored (or from an earlier row); kept as stored."""

    row: int
    column: str
    kept: str
    ignored: str


@dataclass(frozen=True)
class RawTable:
    """A file read as a table of text.

    Attributes:
        headers: the header row as written.
        rows: the data rows, each as long as ``headers``.
        source: ``csv``, ``xlsx``, ``vcard`` or ``json``.
        encoding: the text encoding found (``utf-8``, ``utf-8-sig``, ``gb18030``,
            ``utf-16``), ``None`` for XLSX.
        notes: remarks for the user (rows skipped above the header...).
        path: the file read.
        row_numbers: the file row of each of ``rows`` (see :class:`RowProblem`).
        problems: rows that could not be read as rows; they are not in ``rows``.
        cell_problems: (file row, column index) → why that cell cannot be used
            (a formula without a saved value, an Excel error value).
        merged: (file row, column index) → the merged range (``A2:A4``) that
            covers that cell without starting at it; such cells are empty.
        document: the parsed JSON export (``source == "json"``).
    """

    headers: list[str]
    rows: list[list[str]]
    source: str
    encoding: str | None
    notes: list[str] = field(default_factory=list)
    path: str = ""
    row_numbers: list[int] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    cell_problems: dict[tuple[int, int], str] = field(default_factory=dict)
    merged: dict[tuple[int, int], str] = field(default_factory=dict)
    document: dict[str, Any] | None = None


@dataclass(frozen=True)
class EntityCounts:
    """What an import does to one kind of row."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0


@dataclass(frozen=True)
class PreviewRow:
    """One row as mapped, for the window's preview.

    ``cells`` holds the cell text by field; ``values`` the values as they
    would be stored (empty for a bad row). The actions are ``create``,
    ``update``, ``unchanged`` (a match in the database), ``merge`` (joins an
    account or contact an earlier row of the file creates) or ``""``.
    """

    row: int
    cells: dict[str, str]
    values: dict[str, Any]
    problems: tuple[RowProblem, ...]
    account_action: str
    contact_action: str


@dataclass(frozen=True)
class _ValidRow:
    row: int
    account_key: str
    #: group → values of its attributes
    account: dict[str, tuple[Any, ...]]
    contact: dict[str, tuple[Any, ...]] | None
    contact_key: str
    #: (entity, group) → (header, cell text), for reporting kept values
    cells: dict[tuple[str, str], tuple[str, str]]


@dataclass(frozen=True)
class _JsonRow:
    entity: str
    index: int
    id: str
    values: dict[str, Any]


class _Fresh:
    """A plan's matching, valid for applying it in the same transaction with no flush between.

    Applying a plan right after making it (the command line, one unit of
    work) then matches the rows once instead of twice. Any flush on the
    session (another write), or another transaction, makes it stale; apply
    then matches again.
    """

    def __init__(self, session: Session, resolution: _Resolution) -> None:
        self.session = weakref.ref(session)
        self.transaction = (
            weakref.ref(session.get_transaction()) if session.in_transaction() else None
        )
        self.resolution: _Resolution | None = resolution
        event.listen(session, "after_flush", self._stale, once=True)
        event.listen(session, "after_transaction_end", self._stale, once=True)

    def _stale(self, *args: Any) -> None:
        self.resolution = None

    def take(self, session: Session) -> _Resolution | None:
        """The matching if still valid for ``session``; it is used up either way."""
        resolution, self.resolution = self.resolution, None
        if resolution is None or self.session() is not session or self.transaction is None:
            return None
        if self.transaction() is not session.get_transaction():
            return None
        if session.new or session.dirty or session.deleted:
            return None
        return resolution


@dataclass(frozen=True)
class ImportPlan:
    """What an import would do (nothing is written to make it).

    Attributes:
        path, source, encoding: the file and how it was read.
        mapping: column index → field code, as used.
        rows: data rows in the file (good and bad).
        rows_valid: rows that would be imported.
        counts: by entity (``account``, ``contact``; every synced entity for JSON).
        problems: every bad row or cell, in file order.
        kept: values of the file that differ from those stored, kept as stored.
        preview: the first rows as mapped.
        notes: remarks for the user.
        unmapped: headers that no field takes.
    """

    path: str
    source: str
    encoding: str | None
    mapping: dict[int, str]
    rows: int
    rows_valid: int
    counts: dict[str, EntityCounts]
    problems: tuple[RowProblem, ...]
    kept: tuple[KeptValue, ...]
    preview: tuple[PreviewRow, ...]
    notes: tuple[str, ...]
    unmapped: tuple[str, ...]
    _rows: tuple[_ValidRow, ...] = field(default=(), repr=False, compare=False)
    _entities: tuple[_JsonRow, ...] = field(default=(), repr=False, compare=False)
    #: the matching made for the plan, while it may still be used (see _Fresh)
    _fresh: _Fresh | None = field(default=None, repr=False, compare=False)

    @property
    def rows_bad(self) -> int:
        return self.rows - self.rows_valid


@dataclass(frozen=True)
class ImportResult:
    """What :func:`apply_import` wrote: counts, and the ids the UI should refresh."""

    counts: dict[str, EntityCounts]
    rows_imported: int
    problems: tuple[RowProblem, ...]
    kept: tuple[KeptValue, ...]
    account_ids: frozenset[str]
    contact_ids: frozenset[str]


# --- reading ---------------------------------------------------------------------------


def read_table(path: str | Path) -> RawTable:
    """Reads a CSV, XLSX, vCard or kamdesk JSON file, chosen by its extension.

    Raises:
        InvalidInput: the file cannot be read at all (missing, empty, too
            large, binary, an unknown type, not what its extension says).
    """
    path = Path(path)
    where = str(path)
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise InvalidInput(
            where,
            translate(
                "import",
                "This is an old Excel file (.xls); save it as an Excel workbook (.xlsx) or as CSV and import that.",
            ),
        )
    kind = _KINDS.get(suffix)
    if kind is None:
        raise InvalidInput(
            where,
            translate(
                "import", "Unknown file type %1; import a .csv, .xlsx, .vcf or .json file."
            ).replace("%1", suffix or "?"),
        )
    try:
        if path.is_dir():
            raise InvalidInput(where, translate("import", "This is a folder, not a file."))
        size = path.stat().st_size
    except FileNotFoundError:
        raise InvalidInput(where, translate("import", "There is no such file.")) from None
    except OSError as exc:
        raise InvalidInput(where, exc.strerror or str(exc)) from None
    if size == 0:
        raise InvalidInput(where, translate("import", "The file is empty."))
    if size > MAX_FILE_BYTES:
        raise InvalidInput(
            where,
            translate("import", "The file is too large (%1 MB); at most %2 MB can be imported.")
            .replace("%1", str(size // (1024 * 1024)))
            .replace("%2", str(MAX_FILE_BYTES // (1024 * 1024))),
        )
    if kind == "xlsx":
        return _read_xlsx(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(where, exc.strerror or str(exc)) from None
    if kind == "csv":
        return _read_csv(path, data)
    if kind == "vcard":
        return _read_vcard(path, data)
    return _read_json(path, data)


def _decode_text(data: bytes, where: str, not_this: str) -> tuple[str, str]:
    """Text and its encoding: a BOM decides; else strict UTF-8; else GB18030.

    ``not_this`` is the sentence that says the file is not of its type.
    """

    def refuse(detail: str) -> InvalidInput:
        return InvalidInput(where, f"{not_this} ({detail})")

    binary = translate("import", "it holds binary data")
    try:
        if data.startswith(b"\xef\xbb\xbf"):
            text, encoding = data[3:].decode("utf-8"), "utf-8-sig"
        elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
            text, encoding = data.decode("utf-16"), "utf-16"
        else:
            if b"\x00" in data:
                raise refuse(binary)
            try:
                text, encoding = data.decode("utf-8"), "utf-8"
            except UnicodeDecodeError:
                text, encoding = data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError:
        raise refuse(translate("import", "the text is neither UTF-8 nor GBK")) from None
    sample = text[:65536]
    if "\x00" in sample or len(_CONTROL.findall(sample)) > max(8, len(sample) // 100):
        raise refuse(binary)
    return text, encoding


def _not_csv() -> str:
    return translate("import", "This is not a CSV file")


def _sniff_delimiter(text: str) -> str:
    """Comma, semicolon or tab: the one whose first rows agree with the header's cell count."""
    best, best_score = ",", (-1, -1)
    for delimiter in _DELIMITERS:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        try:
            records = [r for r in itertools.islice(reader, 50) if any(c.strip() for c in r)]
        except csv.Error:
            continue
        if not records:
            continue
        width = max(len(r) for r in records[:10])
        if width < 2:
            continue
        agreeing = sum(1 for r in records if len(r) == width)
        score = (agreeing, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


_FIELD_LIMIT_SET = False


def _allow_long_cells() -> None:
    # The csv module refuses cells over 128 KiB; a long note is legitimate (the
    # import then applies its own limit with a clear reason).
    global _FIELD_LIMIT_SET
    if not _FIELD_LIMIT_SET:
        csv.field_size_limit(max(csv.field_size_limit(), 64 * 1024 * 1024))
        _FIELD_LIMIT_SET = True


def _read_csv(path: Path, data: bytes) -> RawTable:
    where = str(path)
    text, encoding = _decode_text(data, where, _not_csv())
    if not text.strip():
        raise InvalidInput(where, translate("import", "The file is empty."))
    delimiter = "\t" if path.suffix.lower() == ".tsv" else _sniff_delimiter(text)
    _allow_long_cells()
    records: list[tuple[int, list[str]]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    number = 0
    try:
        for number, record in enumerate(reader, start=1):
            records.append((number, record))
    except csv.Error as exc:
        raise InvalidInput(
            where,
            translate("import", "The CSV file cannot be read at row %1 (%2).")
            .replace("%1", str(number + 1))
            .replace("%2", str(exc)),
        ) from None
    return _table_from_records(where, records, "csv", encoding, strict_width=True)


def _is_blank(cells: Sequence[str]) -> bool:
    return not any(c.strip() for c in cells)


def _find_header(candidates: list[tuple[int, list[str]]]) -> int:
    """The index of the header among the first rows: the one naming the most fields.

    Spreadsheets often carry a title row (客户名单 2026) above the header.
    """
    best, best_score = 0, 0
    for index, (_, cells) in enumerate(candidates):
        score = len(guess_mapping(cells))
        if score > best_score:
            best, best_score = index, score
    return best


def _table_from_records(
    where: str,
    records: list[tuple[int, list[str]]],
    source: str,
    encoding: str | None,
    *,
    strict_width: bool,
    cell_problems: dict[tuple[int, int], str] | None = None,
    merged: dict[tuple[int, int], str] | None = None,
) -> RawTable:
    filled = [(n, r) for n, r in records if not _is_blank(r)]
    if not filled:
        raise InvalidInput(where, translate("import", "The file holds no rows."))
    header_at = _find_header(filled[:10])
    header_number, header_cells = filled[header_at]
    notes: list[str] = []
    if header_at:
        first, last = filled[0][0], header_number - 1
        if first == last:
            skipped = translate("import", "Row %1 above the header was skipped.")
        else:
            skipped = translate("import", "Rows %1 to %2 above the header were skipped.")
        notes.append(skipped.replace("%1", str(first)).replace("%2", str(last)))
    headers = [v.clean_text(h.lstrip("\ufeff")) for h in header_cells]
    width = len(headers)
    rows: list[list[str]] = []
    numbers: list[int] = []
    problems: list[RowProblem] = []
    for number, cells in records:
        if number <= header_number or _is_blank(cells):
            continue
        if len(cells) != width:
            extra_blank = len(cells) > width and _is_blank(cells[width:])
            if strict_width and not extra_blank:
                problems.append(
                    RowProblem(
                        number,
                        "",
                        translate("import", "The row has %1 cells; the header has %2.")
                        .replace("%1", str(len(cells)))
                        .replace("%2", str(width)),
                    )
                )
                continue
            cells = (cells + [""] * width)[:width]
        rows.append(cells)
        numbers.append(number)
    return RawTable(
        headers=headers,
        rows=rows,
        source=source,
        encoding=encoding,
        notes=notes,
        path=where,
        row_numbers=numbers,
        problems=problems,
        cell_problems=cell_problems or {},
        merged=merged or {},
    )


# XLSX ----------------------------------------------------------------------------------

_CELL_REF = re.compile(r"([A-Z]{1,3})(\d+)")
_XML_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Z]+\d+)(?::([A-Z]+\d+))?"')
_XML_HAS_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
_XML_CELL = re.compile(rb"<(?:\w+:)?c\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?c>)", re.DOTALL)
_XML_REF = re.compile(rb'\br="([A-Z]+\d+)"')
_XML_FORMULA_TEXT = re.compile(rb"<(?:\w+:)?f\b[^>]*?(?:/>|>(.*?)</(?:\w+:)?f>)", re.DOTALL)
_XML_VALUE = re.compile(rb"<(?:\w+:)?v>([^<]+)</", re.DOTALL)


def _column_index(letters: str) -> int:
    index = 0
    for char in letters:
        index = index * 26 + ord(char) - 64
    return index - 1


def _split_ref(ref: str) -> tuple[int, int]:
    """``"B3"`` → (row 3, column index 1)."""
    match = _CELL_REF.fullmatch(ref)
    if not match:
        raise ValueError(ref)
    return int(match.group(2)), _column_index(match.group(1))


def _scan_sheet_xml(
    data: bytes,
) -> tuple[dict[tuple[int, int], str], dict[tuple[int, int], str]]:
    """Merged ranges and formulas without a saved value, read from the sheet's XML.

    openpyxl's read-only mode (the fast one) shows neither: a merged range's
    other cells and a formula never calculated both read as empty.
    """
    import html

    merged: dict[tuple[int, int], str] = {}
    for match in _XML_MERGE.finditer(data):
        start = match.group(1).decode()
        end = (match.group(2) or match.group(1)).decode()
        (top, left), (bottom, right) = _split_ref(start), _split_ref(end)
        if (bottom - top + 1) * (right - left + 1) > 100_000 or len(merged) > 1_000_000:
            continue  # a whole-sheet merge says nothing about rows
        label = f"{start}:{end}"
        for row in range(top, bottom + 1):
            for column in range(left, right + 1):
                if (row, column) != (top, left):
                    merged[(row, column)] = label
    formulas: dict[tuple[int, int], str] = {}
    if _XML_HAS_FORMULA.search(data):
        for match in _XML_CELL.finditer(data):
            inner = match.group(2)
            if not inner or not _XML_HAS_FORMULA.search(inner) or _XML_VALUE.search(inner):
                continue
            ref = _XML_REF.search(match.group(1))
            if ref is None:
                continue
            formula = _XML_FORMULA_TEXT.search(inner)
            text = html.unescape((formula.group(1) or b"").decode("utf-8", "replace"))
            formulas[_split_ref(ref.group(1).decode())] = "=" + text if text else "="
    return merged, formulas


def _xlsx_cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isfinite(value) and value == int(value) and abs(value) < 1e16:
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.strftime("%Y-%m-%d")
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, time):
        return value.strftime("%H:%M")
    return str(value)


def _read_xlsx(path: Path) -> RawTable:
    import zipfile

    from openpyxl import load_workbook

    where = str(path)
    not_xlsx = translate("import", "This is not an Excel workbook (.xlsx).")
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds (zip, XML, KeyError...) on a bad file
        raise InvalidInput(where, not_xlsx) from None
    try:
        sheets = workbook.worksheets
        if not sheets:
            raise InvalidInput(where, translate("import", "The workbook has no worksheet."))
        wanted = {"客户", "accounts"}
        sheet = next((s for s in sheets if s.title.strip().casefold() in wanted), sheets[0])
        merged: dict[tuple[int, int], str] = {}
        formulas: dict[tuple[int, int], str] = {}
        sheet_path = getattr(sheet, "_worksheet_path", None)
        if sheet_path:
            try:
                with zipfile.ZipFile(path) as archive:
                    merged, formulas = _scan_sheet_xml(archive.read(sheet_path))
            except (OSError, KeyError, ValueError, zipfile.BadZipFile):
                merged, formulas = {}, {}
        if hasattr(sheet, "reset_dimensions"):
            sheet.reset_dimensions()  # a wrong <dimension> would cut rows off
        records: list[tuple[int, list[str]]] = []
        cell_problems: dict[tuple[int, int], str] = {}
        try:
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                cells = [_xlsx_cell_text(value) for value in values]
                for column, text in enumerate(cells):
                    if text in _EXCEL_ERRORS:
                        cell_problems[(number, column)] = translate(
                            "import", "The cell holds the error %1."
                        ).replace("%1", text)
                        cells[column] = ""
                records.append((number, cells))
        except InvalidInput:
            raise
        except Exception:
            raise InvalidInput(where, not_xlsx) from None
    finally:
        workbook.close()
    by_number = dict(records)
    for (row, column), formula in formulas.items():
        cell_problems[(row, column)] = translate(
            "import",
            "The formula %1 has no saved value; open the file in Excel, save it and import it again.",
        ).replace("%1", formula)
        cells = by_number.get(row)
        if cells is None:
            continue
        if column >= len(cells):
            cells.extend([""] * (column + 1 - len(cells)))
        if not cells[column].strip():
            cells[column] = " "  # not blank: the row is read and the cell reported
    table = _table_from_records(
        where,
        records,
        "xlsx",
        None,
        strict_width=False,
        cell_problems=cell_problems,
        merged=merged,
    )
    return table


# vCard -----------------------------------------------------------------------------------

#: The columns a vCard becomes (vCard's own names, so the user recognises them).
VCARD_HEADERS: tuple[str, ...] = (
    "ORG", "ORG-UNIT", "FN", "TITLE", "TEL", "EMAIL", "BDAY", "NOTE", "URL", "ADR",
)  # fmt: skip


def _vcard_birthday(text: str) -> str:
    """vCard dates (``19850812``, ``--0812``, ``1985-08-12T00:00:00Z``) in a form parse_birthday reads."""
    value = text.strip().split("T", 1)[0]
    if re.fullmatch(r"\d{8}", value):
        return f"{value[:4]}-{value[4:6]}-{value[6:]}"
    if re.fullmatch(r"--\d{4}", value):
        return f"{value[2:4]}-{value[4:]}"
    return value


def _vcard_phone(text: str) -> str:
    value = text.strip()
    if value.lower().startswith("tel:"):
        number, _, rest = value[4:].partition(";")
        extension = re.search(r"(?:^|;)ext=(\d+)", rest)
        return f"{number} ext {extension.group(1)}" if extension else number
    return value


def _read_vcard(path: Path, data: bytes) -> RawTable:
    from kamdesk.services.vcard import parse_vcards

    where = str(path)
    text, encoding = _decode_text(data, where, translate("import", "This is not a vCard file"))
    cards, card_problems = parse_vcards(text)
    if not cards and not card_problems:
        raise InvalidInput(where, translate("import", "The file holds no vCard."))
    problems = [RowProblem(p.line, "", p.reason) for p in card_problems]
    notes: list[str] = []
    rows: list[list[str]] = []
    numbers: list[int] = []
    for card in cards:
        org = card.first("ORG")
        org_parts = org.components() if org else []
        account = org_parts[0].strip() if org_parts else ""
        if not account:
            problems.append(
                RowProblem(
                    card.line,
                    "ORG",
                    translate(
                        "import",
                        "The card has no organisation (ORG); kamdesk files every contact under an account.",
                    ),
                )
            )
            continue
        unit = "; ".join(p.strip() for p in org_parts[1:] if p.strip())
        name = ""
        fn = card.first("FN")
        if fn is not None:
            name = fn.text().strip()
        if not name:
            n = card.first("N")
            parts = (n.components() if n else []) + ["", ""]
            family, given = parts[0].strip(), parts[1].strip()
            name = family + given if _CJK.search(family + given) else f"{given} {family}".strip()
        phones = [_vcard_phone(p.text()) for p in card.all("TEL") if "fax" not in p.types and p.raw]
        emails = sorted(card.all("EMAIL"), key=lambda p: not p.preferred)
        email = ""
        if emails:
            email = emails[0].text().strip()
            email = email[7:] if email.lower().startswith("mailto:") else email
            if len(emails) > 1:
                notes.append(
                    translate(
                        "import",
                        "The card at line %1 has %2 e-mail addresses; the first was taken.",
                    )
                    .replace("%1", str(card.line))
                    .replace("%2", str(len(emails)))
                )
        title = card.first("TITLE")
        bday = card.first("BDAY")
        url = card.first("URL")
        address = ""
        addresses = card.all("ADR")
        work = next((a for a in addresses if "work" in a.types), None)
        if work is not None:
            parts = [p.strip() for p in work.components()] + [""] * 7
            pobox, extended, street, locality, region, code, country = parts[:7]
            if _CJK.search("".join(parts)):
                address = "".join((country, region, locality, street, extended))
            else:
                address = ", ".join(
                    p for p in (street, extended, locality, region, code, country, pobox) if p
                )
        rows.append(
            [
                account,
                unit,
                name,
                title.text().strip() if title else "",
                "; ".join(phones),
                email,
                _vcard_birthday(bday.text()) if bday else "",
                "\n".join(p.text() for p in card.all("NOTE")),
                url.text().strip() if url else "",
                address,
            ]
        )
        numbers.append(card.line)
    return RawTable(
        headers=list(VCARD_HEADERS),
        rows=rows,
        source="vcard",
        encoding=encoding,
        notes=notes,
        path=where,
        row_numbers=numbers,
        problems=sorted(problems, key=lambda p: p.row),
    )


# JSON --------------------------------------------------------------------------------------

#: What kamdesk's JSON export says it is (kamdesk.services.exporting writes it).
JSON_FORMAT = "kamdesk-export"
JSON_FORMAT_VERSION = 1


def _reject_constant(name: str) -> Any:
    raise ValueError(name)


def _read_json(path: Path, data: bytes) -> RawTable:
    where = str(path)
    not_export = translate("import", "This is not a kamdesk export (JSON).")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInput(where, not_export) from None
    try:
        document = json.loads(text, parse_constant=_reject_constant)
    except (ValueError, RecursionError) as exc:
        raise InvalidInput(
            where, translate("import", "The file is not valid JSON (%1).").replace("%1", str(exc))
        ) from None
    if not isinstance(document, dict) or document.get("format") != JSON_FORMAT:
        raise InvalidInput(where, not_export)
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise InvalidInput(where, not_export)
    if version > JSON_FORMAT_VERSION:
        raise InvalidInput(
            where,
            translate(
                "import",
                "This export was written by a newer kamdesk (format %1); update kamdesk to import it.",
            ).replace("%1", str(version)),
        )
    entities = document.get("entities")
    if not isinstance(entities, dict) or not all(isinstance(v, list) for v in entities.values()):
        raise InvalidInput(where, not_export)
    # A table of the accounts and contacts, for the preview only.
    headers = ["account", "contact", "title", "phone", "email"]
    accounts = {a.get("id"): a for a in entities.get("account", []) if isinstance(a, dict)}
    rows: list[list[str]] = []
    for contact in entities.get("contact", []):
        if not isinstance(contact, dict):
            continue
        account = accounts.get(contact.get("account_id")) or {}
        phones = contact.get("phones")
        rows.append(
            [
                str(account.get("name") or ""),
                str(contact.get("name") or ""),
                str(contact.get("title") or ""),
                "; ".join(str(p) for p in phones) if isinstance(phones, list) else "",
                str(contact.get("email") or ""),
            ]
        )
    return RawTable(
        headers=headers,
        rows=rows,
        source="json",
        encoding="utf-8",
        path=where,
        row_numbers=list(range(1, len(rows) + 1)),
        document=document,
    )


# --- mapping ---------------------------------------------------------------------------


def _header_key(header: str) -> str:
    text = unicodedata.normalize("NFKC", header).casefold()
    text = _BRACKETED.sub("", text)
    return _HEADER_NOISE.sub("", text)


@cache
def _header_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for field_code in FIELDS:
        index.setdefault(_header_key(field_code), field_code)
    for headers in TEMPLATE_HEADERS.values():
        for field_code, header in zip(TEMPLATE_FIELDS, headers, strict=True):
            index.setdefault(_header_key(header), field_code)
    for field_code, words in _SYNONYMS.items():
        for word in words:
            index.setdefault(_header_key(word), field_code)
    return index


def _field_for_header(header: str) -> str | None:
    key = _header_key(header)
    return _header_index().get(key) if key else None


#: Headers that name either the account or the contact, whichever the others leave.
_EITHER_NAME = frozenset({"name"})


def guess_mapping(
    headers: Sequence[str], pinned: Mapping[int, str | None] | None = None
) -> dict[int, str]:
    """Column index → field code for the headers kamdesk recognises.

    Headers are compared without case, spaces, ``_``, ``-`` or a bracketed
    hint (``工作时间（09:00-18:00）``), in English or Chinese, with common
    synonyms (公司名称, 姓名, 手机号, E-mail...). The first column for a field
    wins; a second one stays unmapped. A bare English ``name`` is guessed
    last: the contact's name when other columns describe contacts (title,
    phone...) and none names them, else the account's if no column does.

    Args:
        headers: the file's headers.
        pinned: columns whose field the user chose (``None``: left out); the
            others are guessed around them.
    """
    pinned = pinned or {}
    mapping = {index: field for index, field in pinned.items() if field is not None}
    taken = set(mapping.values())
    either: list[int] = []
    for index, header in enumerate(headers):
        if index in pinned:
            continue
        if _header_key(header) in _EITHER_NAME:
            either.append(index)
            continue
        found = _field_for_header(header)
        if found and found not in taken:
            mapping[index] = found
            taken.add(found)
    for index in either:
        describes_contacts = any(
            _FIELD_SPECS[field][0] == _CONTACT for field in taken if field != "contact"
        )
        order = ("contact", "account") if describes_contacts else ("account", "contact")
        found = next((field for field in order if field not in taken), None)
        if found is not None:
            mapping[index] = found
            taken.add(found)
    return dict(sorted(mapping.items()))


def unmapped_headers(headers: Sequence[str], mapping: Mapping[int, str]) -> list[str]:
    """The non-empty headers that ``mapping`` leaves out."""
    return [h for i, h in enumerate(headers) if i not in mapping and h.strip()]


def template_headers(language: str) -> tuple[str, ...]:
    """The template's headers in ``language`` (``zh_CN``; anything else gives English)."""
    return TEMPLATE_HEADERS.get(language, TEMPLATE_HEADERS["en"])


# --- values ----------------------------------------------------------------------------


def name_key(name: str) -> str:
    """What account and contact names are matched on: NFKC, whitespace collapsed, case folded."""
    return " ".join(unicodedata.normalize("NFKC", name).split()).casefold()


def _word_key(text: str) -> str:
    return _HEADER_NOISE.sub("", unicodedata.normalize("NFKC", text).casefold())


@cache
def _word_index(kind: str) -> dict[str, str]:
    table = {"category": CATEGORY_WORDS, "class": CLASS_WORDS, "personality": PERSONALITY_WORDS}
    index: dict[str, str] = {}
    for code, words in table[kind].items():
        for word in (code, *words):
            index[_word_key(word)] = code
    for language in _WORDS_OUT[kind].values():
        for code, word in language.items():
            index.setdefault(_word_key(word), code)
    return index


def _too_long(where: str, length: int, limit: int) -> InvalidInput:
    return InvalidInput(
        where,
        translate("import", "The text has %1 characters; at most %2 are allowed.")
        .replace("%1", f"{length:,}")
        .replace("%2", f"{limit:,}"),
    )


def _line(limit: int) -> Any:
    def parse(text: str, where: str) -> tuple[Any, ...]:
        if len(text) > 4 * limit + 1000:  # certainly too long: spare the cleaning
            raise _too_long(where, len(text), limit)
        value = " ".join(v.clean_text(text).split())
        if len(value) > limit:
            raise _too_long(where, len(value), limit)
        return (value,)

    return parse


_one_line = _line(MAX_NAME_CHARS)
_long_line = _line(MAX_LINE_CHARS)


def _note(text: str, where: str) -> tuple[Any, ...]:
    if len(text) <= 4 * MAX_NOTE_BYTES:
        text = v.clean_text(text.replace("\r\n", "\n").replace("\r", "\n"))
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_NOTE_BYTES:
        raise InvalidInput(
            where,
            translate("import", "The text takes %1 bytes; at most %2 (1 MB) are allowed.")
            .replace("%1", f"{size:,}")
            .replace("%2", f"{MAX_NOTE_BYTES:,}"),
        )
    return (text,)


def _name(text: str, where: str) -> tuple[Any, ...]:
    return (v.required_name(text, where),)


def _phones(text: str, where: str) -> tuple[Any, ...]:
    if len(text) > MAX_PHONE_TEXT_CHARS:
        raise _too_long(where, len(text), MAX_PHONE_TEXT_CHARS)
    found: list[str] = []
    for phone in v.normalise_phones(text, where=where):
        if phone not in found:
            found.append(phone)
    return (found,)


def _email(text: str, where: str) -> tuple[Any, ...]:
    if len(text.strip()) > MAX_EMAIL_CHARS:
        raise _too_long(where, len(text.strip()), MAX_EMAIL_CHARS)
    return (v.normalise_email(text, where),)


def _range(text: str, where: str) -> tuple[Any, ...]:
    found = v.parse_time_range(text, where)
    return (found.start, found.end)


def _ranges(text: str, where: str) -> tuple[Any, ...]:
    return ([[r.start, r.end] for r in v.parse_time_ranges(text, where)],)


def _timezone(text: str, where: str) -> tuple[Any, ...]:
    return (v.validate_timezone(text, where),)


def _birthday(text: str, where: str) -> tuple[Any, ...]:
    found = v.parse_birthday(text, where=where)
    if found is None:
        return (None, "solar", False)
    return (found.stored(), found.calendar, found.leap_month)


@cache
def _yes_no_index() -> dict[str, bool]:
    return {_word_key(w): True for w in _YES} | {_word_key(w): False for w in _NO}


def _known(text: str, where: str) -> tuple[Any, ...]:
    found = _yes_no_index().get(_word_key(text))
    if found is not None:
        return (found,)
    raise InvalidInput(
        where, translate("import", "%1 is not yes or no (是/否).").replace("%1", text.strip())
    )


def _enum(kind: str, text: str, where: str) -> tuple[Any, ...]:
    code = _word_index(kind).get(_word_key(text))
    if code is not None:
        return (code,)
    reasons = {
        "category": translate(
            "import", "%1 is not a key-account category; use industry, regional or potential."
        ),
        "class": translate(
            "import",
            "%1 is not a lifecycle class; use loyal, fast-growing, sleeping or worth cultivating.",
        ),
        "personality": translate(
            "import", "%1 is not a personality style; use actor, driver, professor or amiable."
        ),
    }
    raise InvalidInput(where, reasons[kind].replace("%1", text.strip()))


_ACCOUNT = "account"
_CONTACT = "contact"

#: field → (entity, group, parser); ``notes`` goes to the contact, or to the account
#: on a row without one.
_FIELD_SPECS: dict[str, tuple[str, str, Any]] = {
    "account": (_ACCOUNT, "name", _name),
    "short_name": (_ACCOUNT, "short_name", _one_line),
    "industry": (_ACCOUNT, "industry", _one_line),
    "region": (_ACCOUNT, "region", _one_line),
    "address": (_ACCOUNT, "address", _long_line),
    "account_phone": (_ACCOUNT, "phones", _phones),
    "category": (_ACCOUNT, "category", lambda t, w: _enum("category", t, w)),
    "class": (_ACCOUNT, "lifecycle_class", lambda t, w: _enum("class", t, w)),
    "website": (_ACCOUNT, "website", _long_line),
    "account_notes": (_ACCOUNT, "notes", _note),
    "contact": (_CONTACT, "name", _name),
    "title": (_CONTACT, "title", _one_line),
    "department": (_CONTACT, "department", _one_line),
    "phone": (_CONTACT, "phones", _phones),
    "email": (_CONTACT, "email", _email),
    "work_hours": (_CONTACT, "work", _range),
    "lunch": (_CONTACT, "lunch", _range),
    "timezone": (_CONTACT, "timezone", _timezone),
    "known": (_CONTACT, "known_to_rep", _known),
    "habitual_times": (_CONTACT, "habitual_times", _ranges),
    "personality": (_CONTACT, "personality", lambda t, w: _enum("personality", t, w)),
    "birthday": (_CONTACT, "birthday", _birthday),
    "notes": ("", "notes", _note),
}

# How each group of attributes merges into a stored row: text (empty is ""),
# optional (empty is None), union (phones: missing ones are added), list (empty
# is []), flag (empty is False).
_GROUPS: dict[str, dict[str, tuple[tuple[str, ...], str]]] = {
    _ACCOUNT: {
        "name": (("name",), "text"),
        "short_name": (("short_name",), "text"),
        "industry": (("industry",), "text"),
        "region": (("region",), "text"),
        "address": (("address",), "text"),
        "phones": (("phones",), "union"),
        "category": (("category",), "optional"),
        "lifecycle_class": (("lifecycle_class",), "optional"),
        "website": (("website",), "text"),
        "notes": (("notes",), "text"),
    },
    _CONTACT: {
        "name": (("name",), "text"),
        "title": (("title",), "text"),
        "department": (("department",), "text"),
        "phones": (("phones",), "union"),
        "email": (("email",), "text"),
        "work": (("work_start", "work_end"), "optional"),
        "lunch": (("lunch_start", "lunch_end"), "optional"),
        "timezone": (("timezone",), "optional"),
        "known_to_rep": (("known_to_rep",), "flag"),
        "habitual_times": (("habitual_times",), "list"),
        "personality": (("personality",), "optional"),
        "birthday": (("birthday", "birthday_calendar", "birthday_leap_month"), "optional"),
        "notes": (("notes",), "text"),
    },
}
_NEW_VALUES: dict[str, dict[str, Any]] = {
    _ACCOUNT: {
        "name": "",
        "short_name": "",
        "industry": "",
        "region": "",
        "address": "",
        "phones": [],
        "category": None,
        "lifecycle_class": None,
        "website": "",
        "notes": "",
    },
    _CONTACT: {
        "name": "",
        "title": "",
        "department": "",
        "phones": [],
        "email": "",
        "work_start": None,
        "work_end": None,
        "lunch_start": None,
        "lunch_end": None,
        "timezone": None,
        "known_to_rep": False,
        "habitual_times": [],
        "personality": None,
        "birthday": None,
        "birthday_calendar": "solar",
        "birthday_leap_month": False,
        "notes": "",
    },
}


def _is_empty(mode: str, values: tuple[Any, ...]) -> bool:
    first = values[0]
    if mode == "text":
        return not first
    if mode == "flag":
        return first is False or first is None
    if mode in ("list", "union"):
        return not first
    return first is None


def _shown(group: str, values: tuple[Any, ...]) -> str:
    """A stored value as text, for :class:`KeptValue`."""
    first = values[0]
    if group in ("work", "lunch"):
        return f"{values[0]}-{values[1]}"
    if group == "habitual_times":
        return "; ".join(f"{s}-{e}" for s, e in first)
    if group == "birthday":
        prefix = "lunar " if values[1] == "lunar" else ""
        return prefix + str(first)
    if group == "known_to_rep":
        return "yes" if first else "no"
    if isinstance(first, list):
        return "; ".join(str(x) for x in first)
    return "" if first is None else str(first)


# --- planning --------------------------------------------------------------------------


def check_mapping(table: RawTable, mapping: Mapping[int, str]) -> dict[int, str]:
    """``mapping`` checked against ``table``: every field known and taken once, an account column.

    The window's mapping step calls it before planning; :func:`plan_import` calls it too.

    Raises:
        InvalidInput: what is wrong, in words.
    """
    checked: dict[int, str] = {}
    seen: dict[str, int] = {}
    for column, field_code in sorted(mapping.items()):
        if field_code not in _FIELD_SPECS:
            raise InvalidInput(
                "mapping", translate("import", "Unknown field %1.").replace("%1", field_code)
            )
        if not 0 <= column < len(table.headers):
            raise InvalidInput(
                "mapping",
                translate("import", "There is no column %1.").replace("%1", str(column + 1)),
            )
        if field_code in seen:
            raise InvalidInput(
                "mapping",
                translate("import", "The columns %1 and %2 are both mapped to %3.")
                .replace("%1", _header(table, seen[field_code]))
                .replace("%2", _header(table, column))
                .replace("%3", field_code),
            )
        seen[field_code] = column
        checked[column] = field_code
    if "account" not in seen:
        raise InvalidInput(
            table.path or "mapping",
            translate(
                "import",
                "No column holds the account name (客户名称); found: %1. Map a column to “account”.",
            ).replace("%1", ", ".join(h for h in table.headers if h.strip()) or "-"),
        )
    contact_fields = [f for f in seen if _FIELD_SPECS[f][0] == _CONTACT and f != "contact"]
    if contact_fields and "contact" not in seen:
        raise InvalidInput(
            table.path or "mapping",
            translate(
                "import",
                "Contact details are mapped but no column holds the contact name (联系人); map a column to “contact”.",
            ),
        )
    return checked


def _header(table: RawTable, column: int) -> str:
    header = table.headers[column] if column < len(table.headers) else ""
    return header.strip() or f"#{column + 1}"


def _unguard(text: str) -> str:
    if text[:1] == "'" and text[1:2] in _FORMULA_START and len(text) > 1:
        return text[1:]
    return text


def _validate_rows(
    table: RawTable,
    mapping: dict[int, str],
    progress: Progress,
    cancel: CancelToken | None,
) -> tuple[list[_ValidRow | None], list[RowProblem]]:
    """Each row validated: a :class:`_ValidRow`, or ``None`` with its problems listed."""
    results: list[_ValidRow | None] = []
    problems: list[RowProblem] = []
    columns = sorted(mapping.items())
    headers = {column: _header(table, column) for column, _ in columns}
    specs = [(c, f, headers[c], *_FIELD_SPECS[f]) for c, f in columns]
    account_column = next(c for c, f in columns if f == "account")
    contact_column = next((c for c, f in columns if f == "contact"), None)
    is_csv = table.source == "csv"
    cell_problems = table.cell_problems
    # Account cells repeat on every row of the account, and times, zones and
    # words repeat everywhere: each distinct (field, text) is parsed once.
    parsed: dict[tuple[str, str], tuple[Any, ...] | str] = {}
    total = len(table.rows)
    for index, cells in enumerate(table.rows):
        if index % BATCH == 0:
            if cancel is not None:
                cancel.raise_if_cancelled()
            progress(index, total, "")
        number = table.row_numbers[index]
        row_problems: list[RowProblem] = []
        account: dict[str, tuple[Any, ...]] = {}
        contact: dict[str, tuple[Any, ...]] = {}
        notes: tuple[Any, ...] | None = None
        notes_cell: tuple[str, str] = ("", "")
        kept_cells: dict[tuple[str, str], tuple[str, str]] = {}
        width = len(cells)
        for column, field_code, header, entity, group, parser in specs:
            text = cells[column] if column < width else ""
            if is_csv and text[:1] == "'":
                text = _unguard(text)
            if cell_problems:
                bad = cell_problems.get((number, column))
                if bad is not None:
                    row_problems.append(RowProblem(number, header, bad))
                    continue
            if not text or text.isspace():
                continue
            value = parsed.get((field_code, text))
            if value is None:
                try:
                    value = parser(text, field_code)
                except InvalidInput as exc:
                    value = exc.reason
                parsed[(field_code, text)] = value
            if isinstance(value, str):
                row_problems.append(RowProblem(number, header, value))
                continue
            if field_code == "notes":
                notes, notes_cell = value, (header, text)
                continue
            target = account if entity == _ACCOUNT else contact
            target[group] = value
            kept_cells[(entity, group)] = (header, text)
        if "name" not in account and not any(
            p.column == headers[account_column] for p in row_problems
        ):
            merged = table.merged.get((number, account_column))
            if merged is not None:
                reason = translate(
                    "import",
                    "The account name is empty: the cell is part of the merged cells %1, whose value is only in their first row. Unmerge them and fill every row.",
                ).replace("%1", merged)
            else:
                reason = translate("validation", "A name is required.")
            row_problems.append(RowProblem(number, headers[account_column], reason))
        has_contact_details = bool(contact) and set(contact) != {"name"}
        if (
            "name" not in contact
            and has_contact_details
            and contact_column is not None
            and not any(p.column == headers[contact_column] for p in row_problems)
        ):
            merged = table.merged.get((number, contact_column))
            reason = translate("import", "The row has contact details but no contact name.")
            if merged is not None:
                reason = translate(
                    "import",
                    "The contact name is empty: the cell is part of the merged cells %1, whose value is only in their first row. Unmerge them and fill every row.",
                ).replace("%1", merged)
            row_problems.append(RowProblem(number, headers[contact_column], reason))
        if row_problems:
            problems.extend(row_problems)
            results.append(None)
            continue
        if notes is not None and notes[0]:
            if "name" in contact:
                contact["notes"] = notes
                kept_cells[(_CONTACT, "notes")] = notes_cell
            elif "notes" not in account:
                account["notes"] = notes
                kept_cells[(_ACCOUNT, "notes")] = notes_cell
        results.append(
            _ValidRow(
                row=number,
                account_key=name_key(account["name"][0]),
                account=account,
                contact=contact if "name" in contact else None,
                contact_key=name_key(contact["name"][0]) if "name" in contact else "",
                cells=kept_cells,
            )
        )
    progress(total, total, "")
    return results, problems


@dataclass(eq=False)
class _Record:
    entity: str
    id: str
    values: dict[str, Any]
    obj: Any = None
    new: bool = False
    changed: set[str] = field(default_factory=set)
    key: str = ""
    #: already in the resolution's list of records
    listed: bool = False


@dataclass
class _Resolution:
    records: list[_Record]
    kept: list[KeptValue]
    #: per valid row: (account action, contact action)
    actions: list[tuple[str, str]]

    def counts(self) -> dict[str, EntityCounts]:
        found: dict[str, list[int]] = {_ACCOUNT: [0, 0, 0], _CONTACT: [0, 0, 0]}
        for record in self.records:
            slot = 0 if record.new else 1 if record.changed else 2
            found[record.entity][slot] += 1
        return {entity: EntityCounts(*numbers) for entity, numbers in found.items()}


def _chunks(items: Sequence[str], size: int = 500) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _fill(record: _Record, values: Mapping[str, tuple[Any, ...]]) -> None:
    """Sets ``record``'s fields from ``values``: the row that creates the record."""
    groups = _GROUPS[record.entity]
    stored = record.values
    for group, new in values.items():
        attrs = groups[group][0]
        if len(attrs) == 1:
            stored[attrs[0]] = new[0]
        else:
            for attr, value in zip(attrs, new, strict=True):
                stored[attr] = value


def _merge(
    record: _Record,
    values: Mapping[str, tuple[Any, ...]],
    cells: Mapping[tuple[str, str], tuple[str, str]],
    row: int,
    kept: list[KeptValue],
) -> bool:
    """Fills ``record``'s empty fields from ``values``; True if anything changed."""
    groups = _GROUPS[record.entity]
    stored = record.values
    changed = False
    for group, new in values.items():
        if group == "name":
            continue
        attrs, mode = groups[group]
        if mode == "union":
            have = stored[attrs[0]] or []
            added = [p for p in new[0] if p not in have]
            if added:
                stored[attrs[0]] = [*have, *added]
                record.changed.add(attrs[0])
                changed = True
            continue
        current = (stored[attrs[0]],) if len(attrs) == 1 else tuple(stored[a] for a in attrs)
        if current == new:
            continue
        if _is_empty(mode, current):
            for attr, value in zip(attrs, new, strict=True):
                if stored[attr] != value:
                    stored[attr] = value
                    record.changed.add(attr)
            changed = True
        else:
            header, text = cells.get((record.entity, group), ("", ""))
            kept.append(KeptValue(row, header, _shown(group, current), text))
    return changed


def _contact_matches(record: _Record, phones: set[str], email: str) -> tuple[bool, bool]:
    """(shares a phone or the e-mail, may match on the name alone)."""
    record_phones = set(record.values["phones"] or ())
    record_email = (record.values["email"] or "").casefold()
    shares = bool(phones & record_phones) or bool(email and email == record_email)
    bare = (not phones and not email) or (not record_phones and not record_email)
    return shares, bare


def _resolve(
    session: Session, rows: Sequence[_ValidRow], cancel: CancelToken | None
) -> _Resolution:
    """Matches the valid rows against the database and each other (see the module's decisions)."""
    keys = {row.account_key for row in rows}
    matched_ids: dict[str, str] = {}
    for account_id, name in session.execute(
        select(Account.id, Account.name).where(Account.deleted.is_(False)).order_by(Account.id)
    ):
        key = name_key(name or "")
        if key in keys and key not in matched_ids:
            matched_ids[key] = account_id
    ids = sorted(matched_ids.values())
    stored_accounts: dict[str, Account] = {}
    stored_contacts: dict[str, list[Contact]] = defaultdict(list)
    for chunk in _chunks(ids):
        if cancel is not None:
            cancel.raise_if_cancelled()
        for account in session.scalars(select(Account).where(Account.id.in_(chunk))):
            stored_accounts[account.id] = account
        for contact in session.scalars(
            select(Contact)
            .where(Contact.account_id.in_(chunk), Contact.deleted.is_(False))
            .order_by(Contact.id)
        ):
            stored_contacts[contact.account_id].append(contact)

    records: list[_Record] = []
    accounts: dict[str, _Record] = {}
    #: account id → contact name key → candidate records
    contacts: dict[str, dict[str, list[_Record]]] = {}
    kept: list[KeptValue] = []
    actions: list[tuple[str, str]] = []

    def existing(entity: str, obj: Any, key: str) -> _Record:
        attrs = _NEW_VALUES[entity]
        return _Record(entity, obj.id, {a: getattr(obj, a) for a in attrs}, obj=obj, key=key)

    for row in rows:
        account_action = ""
        record = accounts.get(row.account_key)
        if record is None:
            stored_id = matched_ids.get(row.account_key)
            if stored_id is not None:
                record = existing(_ACCOUNT, stored_accounts[stored_id], row.account_key)
                account_action = "unchanged"
            else:
                record = _Record(
                    _ACCOUNT, new_id(), dict(_NEW_VALUES[_ACCOUNT]), new=True, key=row.account_key
                )
                _fill(record, row.account)
                account_action = "create"
            accounts[row.account_key] = record
            record.listed = True
            records.append(record)
            candidates: dict[str, list[_Record]] = defaultdict(list)
            for contact in stored_contacts.get(record.id, ()):
                key = name_key(contact.name or "")
                candidates[key].append(existing(_CONTACT, contact, key))
            contacts[record.id] = candidates
        else:
            account_action = "merge" if record.new else "unchanged"
        changed = account_action != "create" and _merge(
            record, row.account, row.cells, row.row, kept
        )
        if changed and account_action == "unchanged":
            account_action = "update"

        contact_action = ""
        if row.contact is not None:
            phones = set(row.contact["phones"][0]) if "phones" in row.contact else set()
            email = row.contact["email"][0].casefold() if "email" in row.contact else ""
            candidates = contacts[record.id]
            match: _Record | None = None
            fallback: _Record | None = None
            for candidate in candidates.get(row.contact_key, ()):
                shares, bare = _contact_matches(candidate, phones, email)
                if shares:
                    match = candidate
                    break
                if bare and fallback is None:
                    fallback = candidate
            match = match or fallback
            if match is None:
                match = _Record(
                    _CONTACT, new_id(), dict(_NEW_VALUES[_CONTACT]), new=True, key=row.contact_key
                )
                match.values["account_id"] = record.id
                _fill(match, row.contact)
                candidates[row.contact_key].append(match)
                contact_action = "create"
            elif match.new:
                contact_action = "merge"
            else:
                contact_action = "unchanged"
            if not match.listed:
                match.listed = True
                records.append(match)
            changed = contact_action != "create" and _merge(
                match, row.contact, row.cells, row.row, kept
            )
            if changed and contact_action == "unchanged":
                contact_action = "update"
        actions.append((account_action, contact_action))
    return _Resolution(records, kept, actions)


def plan_import(
    session: Session,
    table: RawTable,
    mapping: Mapping[int, str] | None = None,
    *,
    preview_rows: int = PREVIEW_ROWS,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
) -> ImportPlan:
    """What importing ``table`` with ``mapping`` would do; nothing is written.

    Args:
        session: any session on the store (it is only read).
        table: from :func:`read_table`.
        mapping: column index → field code; ``None`` takes :func:`guess_mapping`.
            Ignored for a JSON export (its fields are named).
        preview_rows: how many rows :attr:`ImportPlan.preview` shows.
        progress: told while rows are validated.
        cancel: checked while rows are validated.

    Raises:
        InvalidInput: the mapping cannot work (no account column, a field
            mapped twice, an unknown field).
    """
    if table.source == "json":
        return _plan_json(session, table, cancel)
    used = check_mapping(table, guess_mapping(table.headers) if mapping is None else mapping)
    validated, problems = _validate_rows(table, used, progress, cancel)
    valid = [row for row in validated if row is not None]
    resolution = _resolve(session, valid, cancel)
    all_problems = sorted([*table.problems, *problems], key=lambda p: p.row)

    preview: list[PreviewRow] = []
    by_row: dict[int, list[RowProblem]] = defaultdict(list)
    for problem in problems:
        by_row[problem.row].append(problem)
    actions = iter(resolution.actions)
    for index, row in enumerate(validated[:preview_rows]):
        number = table.row_numbers[index]
        cells = {
            f: table.rows[index][c] if c < len(table.rows[index]) else "" for c, f in used.items()
        }
        if row is None:
            preview.append(PreviewRow(number, cells, {}, tuple(by_row[number]), "", ""))
            continue
        values: dict[str, Any] = {}
        for group, value in row.account.items():
            values[f"account.{group}"] = value[0] if len(value) == 1 else list(value)
        for group, value in (row.contact or {}).items():
            values[f"contact.{group}"] = value[0] if len(value) == 1 else list(value)
        account_action, contact_action = next(actions)
        preview.append(PreviewRow(number, cells, values, (), account_action, contact_action))
    return ImportPlan(
        path=table.path,
        source=table.source,
        encoding=table.encoding,
        mapping=dict(used),
        rows=len(table.rows) + len({p.row for p in table.problems}),
        rows_valid=len(valid),
        counts=resolution.counts(),
        problems=tuple(all_problems),
        kept=tuple(resolution.kept),
        preview=tuple(preview),
        notes=tuple(table.notes),
        unmapped=tuple(unmapped_headers(table.headers, used)),
        _rows=tuple(valid),
        _fresh=_Fresh(session, resolution),
    )


def apply_import(
    session: Session,
    plan: ImportPlan,
    *,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
    keep_local: bool | None = None,
) -> ImportResult:
    """Writes every valid row of ``plan`` through ORM objects, in the caller's unit of work.

    New contacts keep their personality data on this laptop as ``keep_local``
    says (the caller passes ``Settings.keep_personality_local_default``;
    ``None`` is its shipped value). Contacts restored from a kamdesk export
    keep their own.

    The rows are matched again inside this transaction, so what changed in
    the database since :func:`plan_import` (a sync, an edit) is respected: a
    field filled meanwhile is kept. (A plan made in this same transaction,
    with nothing written since, keeps its matching.) Rows are flushed in batches of
    :data:`BATCH`; after each ``progress(done, total, "")`` is called and
    ``cancel`` checked.

    Raises:
        Cancelled: ``cancel`` was cancelled; the caller's unit of work rolls
            everything back.
    """
    if plan.source == "json":
        return _apply_json(session, plan, progress, cancel)
    resolution = plan._fresh.take(session) if plan._fresh is not None else None
    if resolution is None:
        resolution = _resolve(session, plan._rows, cancel)
    if keep_local is None:
        keep_local = Settings().keep_personality_local_default
    writes = [r for r in resolution.records if r.new or r.changed]
    total = len(writes)
    progress(0, total, "")
    account_ids: set[str] = set()
    contact_ids: set[str] = set()
    for done, record in enumerate(writes, start=1):
        if record.new:
            if record.entity == _ACCOUNT:
                session.add(Account(id=record.id, **record.values))
            else:
                session.add(Contact(id=record.id, keep_local=keep_local, **record.values))
        else:
            for attr in sorted(record.changed):
                setattr(record.obj, attr, record.values[attr])
        (account_ids if record.entity == _ACCOUNT else contact_ids).add(record.id)
        if done % BATCH == 0:
            session.flush()
            progress(done, total, "")
            if cancel is not None:
                cancel.raise_if_cancelled()
    session.flush()
    progress(total, total, "")
    return ImportResult(
        counts=resolution.counts(),
        rows_imported=len(plan._rows),
        problems=plan.problems,
        kept=tuple(resolution.kept),
        account_ids=frozenset(account_ids),
        contact_ids=frozenset(contact_ids),
    )


# --- JSON: kamdesk's own export ---------------------------------------------------------

_SURROGATE = re.compile("[\ud800-\udfff]")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


@cache
def _column_kinds(model: type[SyncedMixin]) -> dict[str, tuple[Any, Any, bool]]:
    """attribute → (Python type, element type of a list, nullable), from the ``Mapped[...]`` hints."""
    hints = typing.get_type_hints(model)
    kinds: dict[str, tuple[Any, Any, bool]] = {}
    for attr in synced_columns(model):
        inner = typing.get_args(hints[attr])[0]
        nullable = False
        if typing.get_origin(inner) in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(inner) if a is not type(None)]
            nullable, inner = True, args[0]
        origin = typing.get_origin(inner) or inner
        element = typing.get_args(inner)[0] if origin is list and typing.get_args(inner) else None
        kinds[attr] = (origin, element, nullable)
    return kinds


def _expected(kind: Any) -> str:
    names = {
        str: translate("import", "text"),
        int: translate("import", "a whole number"),
        float: translate("import", "a number"),
        bool: translate("import", "true or false"),
        list: translate("import", "a list"),
        dict: translate("import", "an object"),
        datetime: translate("import", "a date and time with its time zone"),
    }
    return names.get(kind, str(kind))


class _BadValue(Exception):
    pass


def _json_value(value: Any, kind: Any, element: Any, nullable: bool) -> Any:
    if value is None:
        if nullable:
            return None
        raise _BadValue()
    if kind is bool:
        if isinstance(value, bool):
            return value
    elif kind is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    elif kind is float:
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value) if isinstance(value, int) else value
    elif kind is str:
        if isinstance(value, str) and not _SURROGATE.search(value):
            return value
    elif kind is datetime:
        if isinstance(value, str):
            try:
                moment = datetime.fromisoformat(value)
            except ValueError:
                raise _BadValue() from None
            if moment.tzinfo is not None:
                return moment.astimezone(UTC)
    elif kind is list:
        if isinstance(value, list) and (
            element is not str or all(isinstance(x, str) for x in value)
        ):
            return value
    elif kind is dict and isinstance(value, dict):
        return value
    raise _BadValue()


def _plan_json(session: Session, table: RawTable, cancel: CancelToken | None) -> ImportPlan:
    document = table.document or {}
    entities: dict[str, Any] = document.get("entities", {})
    problems: list[RowProblem] = []
    notes: list[str] = []
    valid: list[_JsonRow] = []
    total_rows = 0
    seen_ids: set[str] = set()
    unknown_fields: set[str] = set()
    for entity in entities:
        if entity not in SYNCED_MODELS:
            notes.append(
                translate(
                    "import", "The file holds %1, which this kamdesk does not know; skipped."
                ).replace("%1", entity)
            )
    for entity, model in SYNCED_MODELS.items():
        kinds = _column_kinds(model)
        columns = model.__table__.columns  # type: ignore[attr-defined]
        for index, item in enumerate(entities.get(entity, []), start=1):
            total_rows += 1
            if cancel is not None and total_rows % BATCH == 0:
                cancel.raise_if_cancelled()
            where = entity
            if not isinstance(item, dict):
                problems.append(
                    RowProblem(index, where, translate("import", "The entry is not an object."))
                )
                continue
            row_problems: list[RowProblem] = []
            row_id = item.get("id")
            if not isinstance(row_id, str) or not _UUID.match(row_id):
                row_problems.append(
                    RowProblem(
                        index, f"{entity}.id", translate("import", "The id is not a kamdesk id.")
                    )
                )
            elif row_id in seen_ids:
                row_problems.append(
                    RowProblem(
                        index,
                        f"{entity}.id",
                        translate("import", "The id %1 appears twice in the file.").replace(
                            "%1", row_id
                        ),
                    )
                )
            if item.get("deleted") not in (None, False):
                row_problems.append(
                    RowProblem(
                        index,
                        f"{entity}.deleted",
                        translate("import", "Deleted rows are not imported."),
                    )
                )
            values: dict[str, Any] = {}
            for attr, (kind, element, nullable) in kinds.items():
                if attr == "deleted":
                    continue
                if attr not in item:
                    column = columns[attr]
                    if column.default is not None or nullable:
                        continue
                    row_problems.append(
                        RowProblem(
                            index, f"{entity}.{attr}", translate("import", "The value is missing.")
                        )
                    )
                    continue
                try:
                    values[attr] = _json_value(item[attr], kind, element, nullable)
                except _BadValue:
                    row_problems.append(
                        RowProblem(
                            index,
                            f"{entity}.{attr}",
                            translate("import", "The value is not %1.").replace(
                                "%1", _expected(kind)
                            ),
                        )
                    )
            name = values.get("name")
            if entity in (_ACCOUNT, _CONTACT) and isinstance(name, str) and not name.strip():
                row_problems.append(
                    RowProblem(
                        index, f"{entity}.name", translate("validation", "A name is required.")
                    )
                )
            for key in item:
                if key not in kinds and key not in ("id", "updated_at"):
                    unknown_fields.add(f"{entity}.{key}")
            if row_problems:
                problems.extend(row_problems)
                continue
            seen_ids.add(row_id)
            valid.append(_JsonRow(entity, index, row_id, values))
    valid = _with_known_accounts(session, valid, problems)
    order = {entity: position for position, entity in enumerate(SYNCED_MODELS)}
    problems.sort(key=lambda p: (order.get(p.column.split(".")[0], len(order)), p.row))
    for name in sorted(unknown_fields):
        notes.append(
            translate(
                "import", "The field %1 is not known to this kamdesk and was not imported."
            ).replace("%1", name)
        )
    counts, kept, _creates = _resolve_json(session, valid, cancel)
    return ImportPlan(
        path=table.path,
        source="json",
        encoding=table.encoding,
        mapping={},
        rows=total_rows,
        rows_valid=len(valid),
        counts=counts,
        problems=tuple(problems),
        kept=tuple(kept),
        preview=tuple(
            PreviewRow(number, dict(zip(table.headers, cells, strict=False)), {}, (), "", "")
            for number, cells in zip(table.row_numbers[:PREVIEW_ROWS], table.rows, strict=False)
        ),
        notes=tuple(notes),
        unmapped=(),
        _entities=tuple(valid),
    )


def _with_known_accounts(
    session: Session, rows: list[_JsonRow], problems: list[RowProblem]
) -> list[_JsonRow]:
    """The rows whose account is in the file or live in the database; the others are problems."""
    in_file = {row.id for row in rows if row.entity == _ACCOUNT}
    wanted = sorted({row.values["account_id"] for row in rows if row.entity != _ACCOUNT} - in_file)
    known: set[str] = set()
    for chunk in _chunks(wanted):
        known.update(
            session.scalars(
                select(Account.id).where(Account.id.in_(chunk), Account.deleted.is_(False))
            )
        )
    kept: list[_JsonRow] = []
    for row in rows:
        account_id = row.values.get("account_id") if row.entity != _ACCOUNT else None
        if account_id is not None and account_id not in in_file and account_id not in known:
            problems.append(
                RowProblem(
                    row.index,
                    f"{row.entity}.account_id",
                    translate(
                        "import", "The account %1 is neither in the file nor in kamdesk."
                    ).replace("%1", account_id),
                )
            )
            continue
        kept.append(row)
    return kept


def _resolve_json(
    session: Session, rows: Sequence[_JsonRow], cancel: CancelToken | None
) -> tuple[dict[str, EntityCounts], list[KeptValue], list[_JsonRow]]:
    """Which rows exist (by id, tombstones included) and whether they differ."""
    by_entity: dict[str, list[_JsonRow]] = defaultdict(list)
    for row in rows:
        by_entity[row.entity].append(row)
    counts: dict[str, EntityCounts] = {}
    kept: list[KeptValue] = []
    creates: list[_JsonRow] = []
    for entity, model in SYNCED_MODELS.items():
        entity_rows = by_entity.get(entity, [])
        stored: dict[str, Any] = {}
        ids = [row.id for row in entity_rows]
        for chunk in _chunks(ids):
            if cancel is not None:
                cancel.raise_if_cancelled()
            for obj in session.scalars(select(model).where(model.id.in_(chunk))):
                stored[obj.id] = obj
        created = unchanged = 0
        for row in entity_rows:
            obj = stored.get(row.id)
            if obj is None:
                created += 1
                creates.append(row)
                continue
            unchanged += 1
            for attr, value in row.values.items():
                mine = to_json_value(getattr(obj, attr))
                theirs = to_json_value(value)
                if mine != theirs:
                    kept.append(
                        KeptValue(
                            row.index,
                            f"{entity}.{attr}",
                            json.dumps(mine, ensure_ascii=False),
                            json.dumps(theirs, ensure_ascii=False),
                        )
                    )
        counts[entity] = EntityCounts(created=created, updated=0, unchanged=unchanged)
    return counts, kept, creates


def _apply_json(
    session: Session, plan: ImportPlan, progress: Progress, cancel: CancelToken | None
) -> ImportResult:
    counts, kept, creates = _resolve_json(session, plan._entities, cancel)
    total = len(creates)
    progress(0, total, "")
    account_ids: set[str] = set()
    contact_ids: set[str] = set()
    for done, row in enumerate(creates, start=1):
        model = SYNCED_MODELS[row.entity]
        session.add(model(id=row.id, deleted=False, **row.values))
        if row.entity == _ACCOUNT:
            account_ids.add(row.id)
        elif row.entity == _CONTACT:
            contact_ids.add(row.id)
        if done % BATCH == 0:
            session.flush()
            progress(done, total, "")
            if cancel is not None:
                cancel.raise_if_cancelled()
    session.flush()
    progress(total, total, "")
    return ImportResult(
        counts=counts,
        rows_imported=len(plan._entities),
        problems=plan.problems,
        kept=tuple(kept),
        account_ids=frozenset(account_ids),
        contact_ids=frozenset(contact_ids),
    )


# --- the template and the export's rows -----------------------------------------------------


def _word(kind: str, code: str | None, language: str) -> str:
    if code is None:
        return ""
    words = _WORDS_OUT[kind].get(language, _WORDS_OUT[kind]["en"])
    return words.get(code, code)


def template_row(
    account: Mapping[str, Any], contact: Mapping[str, Any] | None, language: str
) -> list[str]:
    """One row of the template's columns (in :data:`TEMPLATE_FIELDS` order) for a contact.

    ``account`` and ``contact`` hold stored values by attribute name. Without
    a contact the row carries the account alone, with the account's notes.
    Importing the row again gives the same stored values.
    """
    lunar = "农历" if language == "zh_CN" else "lunar "
    phones = "; ".join(v.format_phone(p) for p in account.get("phones") or ())
    row = [
        account.get("name") or "",
        account.get("short_name") or "",
        account.get("industry") or "",
        account.get("region") or "",
        account.get("address") or "",
        phones,
        _word("category", account.get("category"), language),
        _word("class", account.get("lifecycle_class"), language),
    ]
    if contact is None:
        return [*row, *[""] * 12, account.get("notes") or ""]
    work = ""
    if contact.get("work_start") and contact.get("work_end"):
        work = f"{contact['work_start']}-{contact['work_end']}"
    lunch = ""
    if contact.get("lunch_start") and contact.get("lunch_end"):
        lunch = f"{contact['lunch_start']}-{contact['lunch_end']}"
    habitual = "; ".join(
        f"{r[0]}-{r[1]}"
        for r in contact.get("habitual_times") or ()
        if isinstance(r, list | tuple) and len(r) == 2
    )
    birthday = ""
    if contact.get("birthday"):
        stored = str(contact["birthday"])
        if contact.get("birthday_leap_month"):
            stored = f"{stored[:-5]}L{stored[-5:]}"  # 1985-L04-08, --L04-08
        birthday = (lunar if contact.get("birthday_calendar") == "lunar" else "") + stored
    return [
        *row,
        contact.get("name") or "",
        contact.get("title") or "",
        contact.get("department") or "",
        "; ".join(v.format_phone(p) for p in contact.get("phones") or ()),
        contact.get("email") or "",
        work,
        lunch,
        contact.get("timezone") or "",
        _word("known", "yes" if contact.get("known_to_rep") else "no", language),
        habitual,
        _word("personality", contact.get("personality"), language),
        birthday,
        contact.get("notes") or "",
    ]


_TEMPLATE_EXAMPLE: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {
    "zh_CN": (
        {
            "name": "深圳市华达精密制造有限公司",
            "short_name": "华达精密",
            "industry": "制造",
            "region": "华南",
            "address": "广东省深圳市南山区科技路88号华达大厦12楼",
            "phones": ["+8675588881234"],
            "category": "industry",
            "lifecycle_class": "loyal",
        },
        {
            "name": "张伟",
            "title": "采购经理",
            "department": "采购部",
            "phones": ["+8613800138000"],
            "email": "zhangwei@huada.com.cn",
            "work_start": "09:00",
            "work_end": "18:00",
            "lunch_start": "12:00",
            "lunch_end": "13:30",
            "timezone": "Asia/Shanghai",
            "known_to_rep": True,
            "habitual_times": [["20:00", "21:00"]],
            "personality": "driver",
            "birthday": "1985-08-12",
            "birthday_calendar": "solar",
            "notes": "喜欢喝茶，周五下午一般在开会。",
        },
    ),
    "en": (
        {
            "name": "Huada Precision Manufacturing (Shenzhen) Co., Ltd.",
            "short_name": "Huada Precision",
            "industry": "Manufacturing",
            "region": "South China",
            "address": "12/F Huada Tower, 88 Keji Road, Nanshan, Shenzhen",
            "phones": ["+8675588881234"],
            "category": "industry",
            "lifecycle_class": "loyal",
        },
        {
            "name": "Wei Zhang",
            "title": "Purchasing manager",
            "department": "Purchasing",
            "phones": ["+8613800138000"],
            "email": "zhangwei@huada.com.cn",
            "work_start": "09:00",
            "work_end": "18:00",
            "lunch_start": "12:00",
            "lunch_end": "13:30",
            "timezone": "Asia/Shanghai",
            "known_to_rep": True,
            "habitual_times": [["20:00", "21:00"]],
            "personality": "driver",
            "birthday": "1985-08-12",
            "birthday_calendar": "solar",
            "notes": "Likes tea; in meetings on Friday afternoons.",
        },
    ),
}


def csv_cell(value: str) -> str:
    """A cell as written to CSV: a leading ``=``, ``+``, ``-`` or ``@`` gets a ``'``.

    Excel would run such a cell as a formula (CSV injection); the import
    takes the ``'`` off again.
    """
    return "'" + value if value[:1] in _FORMULA_START else value


def csv_bytes(rows: Iterable[Sequence[str]]) -> bytes:
    """Rows as CSV the way Excel opens it right: UTF-8 with a BOM, CRLF line ends."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    for row in rows:
        writer.writerow([csv_cell(cell) for cell in row])
    return b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8")


def template_csv(language: str) -> bytes:
    """The import template: headers in ``language`` and one example row; UTF-8 with a BOM."""
    language = language if language in TEMPLATE_HEADERS else "en"
    account, contact = _TEMPLATE_EXAMPLE[language]
    return csv_bytes([template_headers(language), template_row(account, contact, language)])
