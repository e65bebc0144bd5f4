"""The search index: derived, local data kept in step with accounts and contacts.

Search must answer while the rep types, over 100,000 accounts and 300,000
contacts, by name, short name, title, phone digits, e-mail, notes and pinyin.
Everything it matches on is computed here, in Python, when a row is written,
and stored in local tables that never sync (created by migration 0002):

``search_docs``
    One row per live (not tombstoned) account and contact: its id, a sort
    key (the pinyin of the name, so ties sort the way Chinese readers
    expect) and its ``search_keys``; for an account also ``name_key``, its
    place in the accounts view's name order (:func:`name_order_key`, indexed
    since migration 0005), so that order is an index walk. A contact whose
    account is tombstoned has no row either. ``doc_id`` is the rowid of the
    row's FTS entry.

``search_keys``
    What a B-tree answers best, as keys prefixed by the kind's initial: the
    names and short names (``a=华达精密``, ``c=王伟``), their full pinyin and
    initials (``a:huadajingmi``, ``c:ww``; pypinyin, with the surname
    readings of polyphonic surnames: 曾 is zeng, 单 is shan), and e-mail
    addresses (``c@wangwei@huawei.com``: they are here and not in FTS for
    the reason pinyin is, below; people type an address from its start).
    A company name also has pinyin keys from its second to fourth syllable
    on, so that ``huada`` finds 深圳市华达精密 past its place name, and from
    each bracket on, so that ``chongqing`` and ``cq`` find
    创弘云计算（重庆）有限公司 (``pos`` tells which syllable a key starts
    at). "Equals" and "starts with" queries are range scans that read in
    key order, so even a one-letter query stops after the rows it shows.
    Pinyin is here and not in FTS: written with 26 letters, its trigrams
    are few and each is in a large share of the rows, so trigram queries
    over it read megabytes (e-mails are mostly pinyin too).

``search_accounts_fts`` and ``search_contacts_fts``
    FTS5 tables with the trigram tokenizer, for "contains" (they store their
    text, so a row is deleted by rowid alone): the searchable fields
    normalised (NFKC, case-folded, whitespace collapsed); every phone as
    bare digits in the forms people type (``8613800138000``, which contains
    ``13800138000``; ``075588881234`` beside ``867558881234``); and
    ``chars``, every distinct character of the names as its own trigram
    (:data:`CHAR_MARK` + c + :data:`CHAR_MARK`), which answers
    one-character queries with one index lookup. Text values end with
    :data:`END`, so every two-character string in them starts some trigram;
    the ``search_*_vocab`` (fts5vocab) tables list the trigrams in order,
    and a two-character query expands to those that start with it.

The search service (:mod:`kamdesk.services.search`) builds its queries on
these facts.

Why tables of their own and not columns on ``accounts`` and ``contacts``: the
synced tables stay exactly what syncs; the index can be dropped and rebuilt
at any time (:func:`rebuild`); and nothing (no trigger, no rowid) hangs on
the synced tables, which Alembic's batch mode recreates whenever a later
migration alters them. Why no triggers between the index tables either:
FTS5 flushes its pending terms at every statement savepoint, and a trigger
runs in one per row, which made indexing three times slower.

:func:`install` keeps the index current: ``after_flush`` re-indexes every
account and contact whose indexed fields changed in the flush (rows applied
from the hub included: change capture skips those, the index must not),
ORM bulk statements on those tables (allowed only while applying the hub's
rows) re-index the rows they touched, and rows written from plain values by
:func:`~kamdesk.models.capture.insert_new_rows` are indexed from those
values. Search still checks every hit against
the live rows, so a stale index can never show a tombstoned row. An index
made by other rules than today's (:data:`RULES_VERSION`: a database indexed
by an earlier kamdesk) is built again in the background, as after a first
download (:func:`build_step`).
"""

from __future__ import annotations

import json
import operator
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from typing import Any

from sqlalchemy import Connection, Select, Table, event, inspect, literal_column, select
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction

from kamdesk.models import capture
from kamdesk.models.entities import Account, Contact

DOCS_TABLE = "search_docs"
KEYS_TABLE = "search_keys"
KIND_ACCOUNT = "account"
KIND_CONTACT = "contact"
#: kind → (FTS5 table, its fts5vocab table, its columns in table order)
FTS_TABLES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    KIND_ACCOUNT: (
        "search_accounts_fts",
        "search_accounts_vocab",
        ("name", "short_name", "notes", "phones", "chars"),
    ),
    KIND_CONTACT: (
        "search_contacts_fts",
        "search_contacts_vocab",
        ("name", "title", "notes", "phones", "chars"),
    ),
}

#: Ends every text value in the FTS tables, so that each two-character string
#: of a value starts some trigram; :func:`normalise` removes it from queries.
END = "\x03"
#: Surrounds each character of the ``chars`` column.
CHAR_MARK = "\x1f"

#: Attributes whose change re-indexes the row.
_ACCOUNT_ATTRS = ("name", "short_name", "phones", "notes", "deleted")
_CONTACT_ATTRS = ("name", "title", "phones", "email", "notes", "deleted", "account_id")

#: SQLite allows 32766 variables per statement; stay far below.
_CHUNK = 500


def is_index_table(name: str) -> bool:
    """True for the search index's own tables (and FTS5's shadow tables).

    They are not in the ORM metadata; Alembic's autogenerate leaves them alone.
    """
    return name in (DOCS_TABLE, KEYS_TABLE) or any(
        name in (fts, vocab) or name.startswith(f"{fts}_")
        for fts, vocab, _columns in FTS_TABLES.values()
    )


# --- normalising ---------------------------------------------------------------------

_INVISIBLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]")
_SPACES = re.compile(r"\s+")
_NOT_DIGIT = re.compile(r"\D")
_E164 = re.compile(r"\+[1-9][0-9]{6,14}")


def normalise(value: str) -> str:
    """Text as both the index and the queries compare it.

    NFKC folds full-width letters, digits and punctuation (``ＡＢＣ１２３``,
    ``（深圳）``) to their usual forms; case is folded; control and invisible
    characters (the index's own marks among them) are dropped; runs of
    whitespace become one space.
    """
    folded = unicodedata.normalize("NFKC", value).casefold()
    return _SPACES.sub(" ", _INVISIBLE.sub("", folded)).strip()


def digits_of(value: str) -> str:
    """The digits of ``value`` (full-width digits included)."""
    return _NOT_DIGIT.sub("", unicodedata.normalize("NFKC", value))


def _dialled_with_trunk_zero(national: str) -> bool:
    """Whether a Chinese national number is dialled with the trunk 0 before it.

    Landlines are (``0755 8888 1234``, Beijing's ``010 8176 0752`` too:
    its area code, 10, is the one that starts with 1); mobiles (1[3-9] and
    nine digits), other numbers starting with 1 (12345) and 400/800
    numbers are not.
    """
    if national.startswith(("400", "800")):
        return False
    return national.startswith("10") or not national.startswith("1")


def phone_forms(phone: str) -> list[str]:
    """The digit strings a phone number is found by.

    The international form without ``+`` (``8613800138000``) and, for Chinese
    numbers, the national form (``13800138000``; landlines with the trunk 0,
    ``075588881234``, ``01081760752``). Any run of digits a user types out of
    either is a substring of one of them.
    """
    if _E164.fullmatch(phone):  # as kamdesk stores numbers: nothing to clean
        raw, digits = phone, phone[1:]
    else:
        raw = normalise(phone)
        digits = digits_of(raw)
    if not digits:
        return []
    if raw.startswith("+"):
        international = digits
    elif digits.startswith("00"):
        international = digits[2:]
    elif len(digits) == 11 and digits.startswith("1"):
        international = "86" + digits  # a Chinese mobile written nationally
    elif digits.startswith("0") and len(digits) >= 10:
        international = "86" + digits[1:]  # a Chinese landline with its trunk 0
    else:
        return [digits]
    forms = [international]
    if international.startswith("86") and len(international) > 4:
        national = international[2:]
        forms.append("0" + national if _dialled_with_trunk_zero(national) else national)
    if digits not in forms:
        forms.append(digits)
    return forms


# --- pinyin --------------------------------------------------------------------------

#: Runs of Han characters, or of Latin letters and digits.
_WORDS = re.compile(
    r"[\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+|[a-z0-9]+"
)

#: Surnames whose reading differs from the character's everyday one
#: (pypinyin reads 曾 as ceng, 单 as dan, 解 as jie...).
_SURNAME_READINGS: dict[str, tuple[str, ...]] = {
    "曾": ("zeng",), "单": ("shan",), "解": ("xie",), "仇": ("qiu",), "区": ("ou",),
    "朴": ("piao",), "查": ("zha",), "盖": ("ge",), "乐": ("yue",), "召": ("shao",),
    "缪": ("miao",), "翟": ("zhai",), "覃": ("qin",), "种": ("chong",), "员": ("yun",),
    "繁": ("po",), "秘": ("bi",), "冼": ("xian",), "洗": ("xian",), "句": ("gou",),
    "折": ("she",), "黑": ("he",), "牟": ("mu",), "宓": ("fu",), "祭": ("zhai",),
    "能": ("nai",), "阚": ("kan",), "尉迟": ("yu", "chi"), "万俟": ("mo", "qi"),
    "长孙": ("zhang", "sun"), "令狐": ("ling", "hu"), "澹台": ("tan", "tai"),
}  # fmt: skip


@lru_cache(maxsize=65536)
def _word_pinyin(word: str) -> tuple[str, ...]:
    from pypinyin import lazy_pinyin

    return tuple(syllable for syllable in lazy_pinyin(word) if syllable.isascii())


@lru_cache(maxsize=1)
def _phrase_lengths() -> tuple[Mapping[str, Any], dict[str, tuple[int, ...]]]:
    """pypinyin's phrase dictionary; per first character, its phrase lengths, longest first."""
    from pypinyin.constants import PHRASES_DICT

    lengths: dict[str, set[int]] = {}
    for phrase in PHRASES_DICT:
        if len(phrase) > 1:
            lengths.setdefault(phrase[0], set()).add(len(phrase))
    return PHRASES_DICT, {
        first: tuple(sorted(found, reverse=True)) for first, found in lengths.items()
    }


def _han_syllables(run: str) -> list[str]:
    """Pinyin of a run of Han characters, phrase by phrase.

    Forward maximum matching over pypinyin's phrase dictionary (the phrases
    that settle polyphones: 银行 hang, 重庆 chong), each phrase and character
    converted once and cached: an order of magnitude faster than calling
    ``lazy_pinyin`` on every name, which matters for 400,000 rows. Only the
    lengths that some phrase starting with the character has are tried.
    """
    phrases, lengths = _phrase_lengths()
    syllables: list[str] = []
    at, end = 0, len(run)
    while at < end:
        size = 1
        for length in lengths.get(run[at], ()):
            if length <= end - at and run[at : at + length] in phrases:
                size = length
                break
        syllables.extend(_word_pinyin(run[at : at + size]))
        at += size
    return syllables


def pinyin_syllables(value: str, *, person: bool = False) -> list[str]:
    """The pinyin syllables of ``value``, without tones (ü as v, as people type it).

    Latin words and digit runs are kept as they are (lower case); other
    characters are dropped. ``person`` reads a leading surname as a surname.
    """
    syllables: list[str] = []
    for match in _WORDS.finditer(normalise(value)):
        run = match.group()
        if run.isascii():
            syllables.append(run)
            continue
        if person and match.start() == 0:
            for surname in (run[:2], run[:1]):
                reading = _SURNAME_READINGS.get(surname)
                if reading is not None and len(run) > len(surname):
                    syllables.extend(reading)
                    run = run[len(surname) :]
                    break
        syllables.extend(_han_syllables(run))
    return syllables


@lru_cache(maxsize=131072)
def _cached_syllables(value: str, person: bool) -> tuple[str, ...]:
    # People's names and short names repeat a lot.
    return tuple(pinyin_syllables(value, person=person))


def pinyin_keys(value: str, *, person: bool = False) -> tuple[str, str]:
    """(full pinyin, initials) of ``value``: 华为 → ("huawei", "hw")."""
    syllables = _cached_syllables(value, person)
    return "".join(syllables), "".join(s[0] for s in syllables)


#: What a key holds, after the kind's initial: a name or short name
#: (normalised), its pinyin or initials, an e-mail address.
KEY_NAME, KEY_PINYIN, KEY_EMAIL = "=", ":", "@"
#: Separates the keys listed in ``search_docs.keys``.
_KEY_SEPARATOR = "\n"


def key_of(kind: str, what: str, value: str) -> str:
    """The ``search_keys`` key of ``value`` for rows of ``kind``: ``a:huada``, ``c=王伟``."""
    return f"{kind[0]}{what}{value}"


# --- documents -----------------------------------------------------------------------


# --- the name order of accounts ---------------------------------------------------------
#
# The accounts view lists every account in pinyin order of its name. Python
# spells 100,000 names in half a second, too slow for the first paint of the
# view, so each account's entry keeps its name's key (``name_key``, indexed
# with its kind: migration 0005) and the order is an index walk.

_SEPARATOR = "\x01"


@lru_cache(maxsize=1)
def _pinyin_table() -> dict[int, str]:
    """Every character pypinyin knows, as its first reading without tones, set apart."""
    from pypinyin.pinyin_dict import pinyin_dict

    table: dict[int, str] = {}
    for code_point, readings in pinyin_dict.items():
        first = unicodedata.normalize("NFD", readings.split(",", 1)[0])
        plain = "".join(c for c in first if not unicodedata.combining(c))
        table[code_point] = f"{_SEPARATOR}{plain}{_SEPARATOR}"
    return table


@lru_cache(maxsize=262144)
def sort_text(text: str) -> str:
    """How ``text`` sorts for a Chinese reader, as one string.

    Orders exactly like :func:`kamdesk.services.overview.collation_key` (Han
    characters by their pinyin, other runs lower-cased), its tokens joined by
    ``\\x01``; one string compares faster than a tuple, and
    ``str.translate`` spells a name in one pass.
    """
    pieces = text.translate(_pinyin_table()).split(_SEPARATOR)
    return _SEPARATOR.join(token for token in (p.strip().lower() for p in pieces) if token)


def name_order_key(name: str) -> str:
    """An account's place in the name order: pinyin order, and accounts without a name last.

    Ties are broken by the account's id (``ORDER BY name_key, entity_id``).
    """
    return "0" + sort_text(name) if name else "1"


@dataclass(frozen=True)
class Doc:
    """What the index holds for one account or contact."""

    kind: str
    entity_id: str
    sort_key: str
    #: the FTS columns, in the order of :data:`FTS_TABLES`
    text: tuple[str, ...]
    #: (``search_keys`` key, the syllable of the name it starts at: 0 is the start)
    keys: tuple[tuple[str, int], ...]
    #: an account's :func:`name_order_key`; None for a contact
    name_key: str | None = None


#: Legal forms say nothing about a company: left out of its pinyin.
_LEGAL_FORM = re.compile(r"(集团)?(股份)?(有限责任|有限)?公司$|集团$")
#: A company name is also found by its pinyin after a leading place name of
#: up to this many syllables (深圳, 深圳市, 乌鲁木齐, 石家庄市).
_PLACE_SYLLABLES = 4
#: ... and from a bracket on: the place name of 创弘云计算（重庆）有限公司 or
#: XX(北京)科技有限公司 (NFKC has made full-width brackets plain ones).
_BRACKET = re.compile(r"\(")


def _text(value: str) -> str:
    return value + END if value else ""


def _chars(*values: str) -> str:
    distinct = sorted(set("".join(values)).difference(" "))
    return CHAR_MARK + CHAR_MARK.join(distinct) + CHAR_MARK if distinct else ""


def _phone_forms(phones: Iterable[str] | None) -> list[str]:
    return list(dict.fromkeys(form for phone in phones or () for form in phone_forms(phone)))


def _pinyin_keys(kind: str, syllables: Sequence[str], starts: Iterable[int]) -> dict[str, int]:
    """Full pinyin and initials of ``syllables`` from each syllable of ``starts`` on."""
    keys: dict[str, int] = {}
    full = "".join(syllables)
    initials = "".join(s[0] for s in syllables)
    offsets = list(accumulate(map(len, syllables), initial=0))
    for at in sorted(set(starts)):  # a key that two starts make keeps the first
        if at < len(syllables):
            keys.setdefault(key_of(kind, KEY_PINYIN, full[offsets[at] :]), at)
            keys.setdefault(key_of(kind, KEY_PINYIN, initials[at:]), at)
    return keys


def _company_starts(stem: str, syllables: Sequence[str]) -> list[int]:
    """The syllables a company's pinyin keys start at: its first few, and each bracket's.

    ``stem`` is the normalised name without its legal form, ``syllables``
    its pinyin. A bracket is not a word character: the syllables before it
    are those of the text before it.
    """
    starts = list(range(min(_PLACE_SYLLABLES, len(syllables))))
    for bracket in _BRACKET.finditer(stem):
        at = len(pinyin_syllables(stem[: bracket.start()]))
        if _PLACE_SYLLABLES <= at < len(syllables):
            starts.append(at)
    return starts


def pinyin_match(name: str, pinyin: str, *, person: bool = False) -> str | None:
    """How ``pinyin`` (letters only) finds ``name`` the way the index does, if it does.

    "pinyin" if the name's full pinyin starts with it, "initials" if its
    initials do; for a company, also from its second to fourth syllable on
    (past a place name) and from a bracket on (a place name in brackets).
    ``None`` if neither.
    """
    normalised = normalise(name)
    if not person:
        normalised = _LEGAL_FORM.sub("", normalised) or normalised
    syllables = _cached_syllables(normalised, person)
    starts = [0] if person else _company_starts(normalised, syllables)
    for at in starts:
        if "".join(syllables[at:]).startswith(pinyin):
            return "pinyin"
    for at in starts:
        if "".join(s[0] for s in syllables[at:]).startswith(pinyin):
            return "initials"
    return None


def _keys(
    kind: str, names: Iterable[str], pinyin: dict[str, int], email: str = ""
) -> tuple[tuple[str, int], ...]:
    keys = {key_of(kind, KEY_NAME, name): 0 for name in names if name}
    if email:
        keys[key_of(kind, KEY_EMAIL, email)] = 0
    for key, at in pinyin.items():
        keys[key] = min(at, keys.get(key, at))
    return tuple(keys.items())


@lru_cache(maxsize=4096)
def _field_text(value: str) -> str:
    # Titles and the notes of demo rows repeat a lot; a user's own notes just pass through.
    return _text(normalise(value))


# 100,000 demo accounts have 44,000 short names and 71,000 contact names;
# with 32,768 entries (about 1 KiB each) a cache answers 55% and 70% of the lookups.
@lru_cache(maxsize=32768)
def _short_name_parts(
    short_name: str,
) -> tuple[str, tuple[str, ...], tuple[tuple[str, int], ...]]:
    """(normalised, syllables, pinyin keys) of a short name: 华达精密 is many companies'."""
    short_n = normalise(short_name)
    syllables = _cached_syllables(short_n, False)
    return short_n, syllables, tuple(_pinyin_keys(KIND_ACCOUNT, syllables, [0]).items())


def account_doc(
    entity_id: str, name: str, short_name: str, phones: Iterable[str] | None, notes: str
) -> Doc:
    """The index entry of an account."""
    name_n = normalise(name or "")
    short_n, short_syllables, short_pinyin = _short_name_parts(short_name or "")
    # Company names hardly repeat: the cache of syllables is kept for those that do.
    stem = _LEGAL_FORM.sub("", name_n) or name_n
    name_syllables = tuple(pinyin_syllables(stem))
    pinyin = dict(short_pinyin)
    starts = _company_starts(stem, name_syllables)
    for key, at in _pinyin_keys(KIND_ACCOUNT, name_syllables, starts).items():
        pinyin[key] = min(at, pinyin.get(key, at))
    forms = _phone_forms(phones)
    return Doc(
        KIND_ACCOUNT,
        entity_id,
        f"{''.join(short_syllables or name_syllables)} {short_n or name_n}",
        (
            _text(name_n),
            _text(short_n),
            _field_text(notes or ""),
            " ".join(forms),
            _chars(name_n, short_n),
        ),
        _keys(KIND_ACCOUNT, (name_n, short_n), pinyin),
        name_order_key(name or ""),
    )


@lru_cache(maxsize=32768)
def _person_parts(
    name: str,
) -> tuple[str, str, str, tuple[tuple[str, int], ...], tuple[tuple[str, int], ...]]:
    """(FTS text, characters, sort key, name key, pinyin keys) of a person's name.

    A contact's doc is mostly its name, and names repeat (王伟, 李娜, 张静...).
    """
    name_n = normalise(name)
    syllables = _cached_syllables(name_n, True)
    name_key = ((key_of(KIND_CONTACT, KEY_NAME, name_n), 0),) if name_n else ()
    return (
        _text(name_n),
        _chars(name_n),
        f"{''.join(syllables)} {name_n}",
        name_key,
        tuple(_pinyin_keys(KIND_CONTACT, syllables, [0]).items()),
    )


def contact_doc(
    entity_id: str,
    name: str,
    title: str,
    phones: Iterable[str] | None,
    email: str,
    notes: str,
) -> Doc:
    """The index entry of a contact."""
    name_text, chars, sort_key, name_key, pinyin = _person_parts(name or "")
    email_n = normalise(email or "")
    # As _keys() would list them: the name, the e-mail, then the pinyin (their
    # markers differ, so none of them can coincide).
    keys = (*name_key, (key_of(KIND_CONTACT, KEY_EMAIL, email_n), 0)) if email_n else name_key
    return Doc(
        KIND_CONTACT,
        entity_id,
        sort_key,
        (
            name_text,
            _field_text(title or ""),
            _field_text(notes or ""),
            " ".join(_phone_forms(phones)),
            chars,
        ),
        (*keys, *pinyin),
    )


def _account_doc_of(row: Any) -> Doc:
    return account_doc(row.id, row.name, row.short_name, row.phones, row.notes)


def _contact_doc_of(row: Any) -> Doc:
    return contact_doc(row.id, row.name, row.title, row.phones, row.email, row.notes)


# --- writing -------------------------------------------------------------------------


def _chunks(items: Sequence[Any], size: int = _CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _marks(count: int) -> str:
    return ", ".join("?" * count)


def _accounts_table() -> Table:
    return Account.__table__  # type: ignore[return-value]


def _contacts_table() -> Table:
    return Contact.__table__  # type: ignore[return-value]


# Only columns that exist since revision 0001: migration 0002 indexes through
# these functions, on a database that has no later column yet.
def _select_accounts() -> Select[Any]:
    t = _accounts_table()
    return select(t.c.id, t.c.deleted, t.c.name, t.c.short_name, t.c.phones, t.c.notes)


def _select_contacts() -> Select[Any]:
    t = _contacts_table()
    return select(
        t.c.id, t.c.account_id, t.c.deleted, t.c.name, t.c.title, t.c.phones, t.c.email, t.c.notes
    )


def _tombstoned_accounts(connection: Connection, account_ids: Iterable[str]) -> set[str]:
    accounts = _accounts_table()
    found: set[str] = set()
    for chunk in _chunks(sorted(set(account_ids))):
        found.update(
            connection.scalars(
                select(accounts.c.id).where(accounts.c.id.in_(chunk), accounts.c.deleted)
            )
        )
    return found


def _remove_docs(connection: Connection, where: str, values: Sequence[str]) -> None:
    """Removes the docs (and their FTS rows) whose ``where`` column is in ``values``."""
    for chunk in _chunks(values):
        found = connection.exec_driver_sql(
            f"SELECT doc_id, kind, keys FROM {DOCS_TABLE} WHERE {where} IN ({_marks(len(chunk))})",
            tuple(chunk),
        ).all()
        if not found:
            continue
        for kind, (fts, _vocab, _columns) in FTS_TABLES.items():
            doc_ids = [(doc_id,) for doc_id, doc_kind, _keys in found if doc_kind == kind]
            if doc_ids:
                connection.exec_driver_sql(f"DELETE FROM {fts} WHERE rowid = ?", doc_ids)
        # A doc lists its keys, so that they go by primary key: an index on
        # doc_id would have cost a second B-tree insert for every key.
        keys = [
            (key, doc_id)
            for doc_id, _kind, listed in found
            for key in listed.split(_KEY_SEPARATOR)
            if key
        ]
        if keys:
            connection.exec_driver_sql(
                f"DELETE FROM {KEYS_TABLE} WHERE key = ? AND doc_id = ?", keys
            )
        connection.exec_driver_sql(
            f"DELETE FROM {DOCS_TABLE} WHERE doc_id = ?", [(doc_id,) for doc_id, *_ in found]
        )


_KIND_AND_SORT_KEY = operator.itemgetter(1, 3)
_KEY = operator.itemgetter(0)


def _write(
    connection: Connection, docs: Sequence[Doc], dropped: Iterable[str] = (), *, fresh: bool = False
) -> None:
    """Replaces the index entries of ``docs`` and removes those of ``dropped`` ids.

    ``fresh``: the index holds none of them (a rebuild), nothing is looked up to remove.
    """
    if not fresh:
        _remove_docs(connection, "entity_id", [*{d.entity_id for d in docs}, *dropped])
    if not docs:
        return
    first = connection.exec_driver_sql(
        f"SELECT coalesce(max(doc_id), 0) + 1 FROM {DOCS_TABLE}"
    ).scalar_one()
    unique = list({doc.entity_id: doc for doc in docs}.values())
    rows = [
        (
            first + n,
            doc.kind,
            doc.entity_id,
            doc.sort_key,
            _KEY_SEPARATOR.join(map(_KEY, doc.keys)),
            doc.name_key,
        )
        for n, doc in enumerate(unique)
    ]
    # Inserted in the order of the B-tree that takes them at random places
    # (sort keys; the keys below), a batch walks it once from left to right
    # instead of reading and spilling a page of a big index for most rows.
    # The doc ids stay those of the docs' order.
    rows.sort(key=_KIND_AND_SORT_KEY)
    connection.exec_driver_sql(
        f"INSERT INTO {DOCS_TABLE} (doc_id, kind, entity_id, sort_key, keys, name_key) "
        f"VALUES (?, ?, ?, ?, ?, ?)",
        rows,
    )
    keys = [(key, first + n, at) for n, doc in enumerate(unique) for key, at in doc.keys]
    keys.sort(key=_KEY)
    if keys:
        connection.exec_driver_sql(
            f"INSERT INTO {KEYS_TABLE} (key, doc_id, pos) VALUES (?, ?, ?)", keys
        )
    for kind, (fts, _vocab, columns) in FTS_TABLES.items():
        rows = [(first + n, *doc.text) for n, doc in enumerate(unique) if doc.kind == kind]
        if rows:
            connection.exec_driver_sql(
                f"INSERT INTO {fts} (rowid, {', '.join(columns)}) "
                f"VALUES ({_marks(len(columns) + 1)})",
                rows,
            )


def _remove_contacts_of(connection: Connection, account_ids: Sequence[str]) -> None:
    contacts = _contacts_table()
    for chunk in _chunks(list(account_ids)):
        ids = list(
            connection.scalars(select(contacts.c.id).where(contacts.c.account_id.in_(chunk)))
        )
        _remove_docs(connection, "entity_id", ids)


def _contacts_of(connection: Connection, account_ids: Sequence[str]) -> list[Doc]:
    """The docs of the live contacts of (live) ``account_ids``."""
    contacts = _contacts_table()
    docs: list[Doc] = []
    for chunk in _chunks(list(account_ids)):
        rows = connection.execute(
            _select_contacts().where(contacts.c.account_id.in_(chunk), ~contacts.c.deleted)
        )
        docs.extend(_contact_doc_of(row) for row in rows)
    return docs


#: The columns a doc is made of (besides ``id``), per kind.
INDEXED_FIELDS: dict[str, tuple[str, ...]] = {
    KIND_ACCOUNT: ("deleted", "name", "short_name", "phones", "notes"),
    KIND_CONTACT: ("account_id", "deleted", "name", "title", "phones", "email", "notes"),
}


@dataclass(frozen=True)
class _Values:
    """A row given by its values (as :func:`reindex` would read them back)."""

    id: str
    deleted: Any
    name: Any
    short_name: Any = None
    phones: Any = None
    notes: Any = None
    account_id: Any = None
    title: Any = None
    email: Any = None


def reindex(
    connection: Connection,
    kind: str,
    ids: Iterable[str],
    known: Mapping[str, Mapping[str, Any]] | None = None,
) -> None:
    """Brings the index of the given accounts or contacts up to date with their rows.

    Rows that are gone or tombstoned leave the index; an account takes its
    contacts with it (out when it is tombstoned, back in when it is live).
    ``known`` gives rows just written by their values (every field of
    :data:`INDEXED_FIELDS`, as stored): they are not read back.
    """
    wanted = sorted(set(ids))
    table = _accounts_table() if kind == KIND_ACCOUNT else _contacts_table()
    query = _select_accounts() if kind == KIND_ACCOUNT else _select_contacts()
    rows: list[Any] = []
    if known:
        fields = INDEXED_FIELDS[kind]
        wanted_ids = set(wanted)
        rows.extend(
            _Values(row_id, **{name: values[name] for name in fields})
            for row_id, values in known.items()
            if row_id in wanted_ids
        )
        unknown = [row_id for row_id in wanted if row_id not in known]
    else:
        unknown = wanted
    for chunk in _chunks(unknown):
        rows.extend(connection.execute(query.where(table.c.id.in_(chunk))))
    live = [row for row in rows if not row.deleted]
    if kind == KIND_ACCOUNT:
        docs = [_account_doc_of(row) for row in live]
        alive = {doc.entity_id for doc in docs}
        _remove_contacts_of(connection, [i for i in wanted if i not in alive])
        docs.extend(_contacts_of(connection, sorted(alive)))
    else:
        dead_accounts = _tombstoned_accounts(connection, (row.account_id for row in live))
        docs = [_contact_doc_of(row) for row in live if row.account_id not in dead_accounts]
    _write(connection, docs, wanted)


def rebuild(connection: Connection, batch: int = 5000) -> int:
    """Empties the index and indexes every live account and contact again.

    Returns:
        How many rows are indexed.
    """
    connection.exec_driver_sql(f"DELETE FROM {DOCS_TABLE}")
    connection.exec_driver_sql(f"DELETE FROM {KEYS_TABLE}")
    for fts, _vocab, _columns in FTS_TABLES.values():
        connection.exec_driver_sql(f"DELETE FROM {fts}")
    accounts, contacts = _accounts_table(), _contacts_table()
    count = 0
    live_accounts = _select_accounts().where(~accounts.c.deleted)
    live_contacts = (
        _select_contacts()
        .join(accounts, accounts.c.id == contacts.c.account_id, isouter=True)
        .where(~contacts.c.deleted, accounts.c.deleted.is_not(True))
    )
    for query, make in ((live_accounts, _account_doc_of), (live_contacts, _contact_doc_of)):
        # Streamed: the index tables written meanwhile are not the ones read.
        for partition in connection.execute(query).yield_per(batch).partitions():
            _write(connection, [make(row) for row in partition], fresh=True)
            count += len(partition)
    _put_state(connection, RULES_KEY, RULES_VERSION)
    return count


#: The ``sync_state`` key set while the index is behind the rows. A first
#: download writes its rows without indexing them (indexing page by page made it
#: several times slower) and leaves the index to be built afterwards, in steps of
#: :data:`BUILD_BATCH` rows (:func:`build_step`), each in a transaction of its
#: own: the window does it in the background, so the rep works meanwhile and a
#: write never waits long behind it. The value says how far the build is:
#: :data:`_NOT_BEGUN`, or a JSON object (the table, the last rowid indexed, rows
#: done, rows in all). A build cut short carries on from there.
PENDING_KEY = "search_index_pending"
_NOT_BEGUN = "1"
#: What an entry holds is made by these rules: raise the version with any change
#: to this module that changes the entry of some row (its keys, its phone forms,
#: its text). An index made by other rules (a database indexed by an earlier
#: kamdesk) is due a build, which replaces each entry where it stands: search
#: goes on finding rows by their old entries until the build reaches them.
#: 2: Beijing numbers with their trunk 0 (``01081760752``); pinyin from a
#: bracket on (``chongqing`` finds 创弘云计算（重庆）有限公司).
RULES_VERSION = "2"
#: The ``sync_state`` key that says which :data:`RULES_VERSION` the index was
#: built by; an index made before there were versions has none.
RULES_KEY = "search_index_rules"
#: The pending value of an index made by other rules and not yet being rebuilt
#: (no row of ``sync_state`` holds it).
_OUTDATED = "rules"
#: Rows per :func:`build_step`: about 0.4 s of writing (100,000 accounts: 31 s
#: in all in steps of 5,000, 41 s in steps of 2,000, 28 s in one transaction).
BUILD_BATCH = 5000


def mark_pending(connection: Connection) -> None:
    """Notes, in the caller's transaction, that rows are being written unindexed.

    A build that has begun stays as it is: rows written while it runs are
    indexed as they are written (see :func:`defers_indexing`).
    """
    connection.exec_driver_sql(
        "INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING",
        (PENDING_KEY, _NOT_BEGUN),
    )


def restart_pending(connection: Connection) -> None:
    """Notes that the index must be built again from nothing (the rows were replaced)."""
    connection.exec_driver_sql(
        "INSERT INTO sync_state (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (PENDING_KEY, _NOT_BEGUN),
    )


def _put_state(connection: Connection, key: str, value: str) -> None:
    connection.exec_driver_sql(
        "INSERT INTO sync_state (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def _pending_value(connection: Connection) -> str | None:
    """The build that is due: :data:`PENDING_KEY`'s value, :data:`_OUTDATED` or None."""
    state = dict(
        connection.exec_driver_sql(
            "SELECT key, value FROM sync_state WHERE key IN (?, ?)", (PENDING_KEY, RULES_KEY)
        ).all()
    )
    pending = state.get(PENDING_KEY)
    if pending != _NOT_BEGUN and state.get(RULES_KEY) != RULES_VERSION:
        # Made by other rules; a build that has begun was begun by them too.
        return _OUTDATED
    return pending


def is_pending(connection: Connection) -> bool:
    """Whether the index is behind the rows (a build is due or under way)."""
    return _pending_value(connection) is not None


def defers_indexing(connection: Connection) -> bool:
    """Whether rows written now may be left unindexed: a build is due and has not begun.

    Once it has begun, a row it has passed would not be seen again: rows are
    then indexed as they are written.
    """
    return _pending_value(connection) == _NOT_BEGUN


@dataclass(frozen=True)
class BuildProgress:
    """How far the build of the index is: rows indexed of rows to index."""

    done: int
    total: int
    #: the index is whole (and no longer pending)
    finished: bool = False
    #: every row is found meanwhile: the build only brings entries made by
    #: earlier rules up to date (:data:`RULES_VERSION`)
    in_place: bool = False


def build_progress(connection: Connection) -> BuildProgress | None:
    """How far a build is, or None when the index is up to date."""
    value = _pending_value(connection)
    if value is None:
        return None
    state = {} if value in (_NOT_BEGUN, _OUTDATED) else _build_state(value)
    if not state:  # not begun
        return BuildProgress(0, max(_live_rows(connection), 1), in_place=value == _OUTDATED)
    return BuildProgress(
        min(state["done"], state["total"]),
        max(state["total"], 1),
        in_place=bool(state.get("in_place")),
    )


def _live_rows(connection: Connection) -> int:
    return int(
        connection.exec_driver_sql(
            "SELECT (SELECT count(*) FROM accounts WHERE NOT deleted) + "
            "(SELECT count(*) FROM contacts WHERE NOT deleted)"
        ).scalar_one()
    )


def _build_state(value: str) -> dict[str, Any]:
    try:
        state = json.loads(value)
        if state["table"] in (KIND_ACCOUNT, KIND_CONTACT):
            return {
                "table": state["table"],
                "after": int(state["after"]),
                "done": int(state["done"]),
                "total": int(state["total"]),
                "in_place": bool(state.get("in_place")),
            }
    except (ValueError, TypeError, KeyError):
        pass
    return {}  # not a state this version wrote: build again from nothing


def _rowid(table: Table) -> Any:
    return literal_column(f"{table.name}.rowid")


def build_step(connection: Connection, batch: int = BUILD_BATCH) -> BuildProgress | None:
    """Indexes the next ``batch`` live rows of a pending build (see :data:`PENDING_KEY`).

    Accounts first, then contacts, each in rowid order: rows a first download
    writes later have larger rowids, and a row written after the build passed
    it is indexed when it is written. The first step empties the index, unless
    the build is due only because the index was made by other rules
    (:data:`RULES_VERSION`): their entries are replaced as the build passes
    them. Rows indexed meanwhile by an edit are replaced, not doubled.

    Returns:
        How far the build is after this step (``finished`` once the index is
        whole and no longer pending), or None when nothing was pending.
    """
    value = _pending_value(connection)
    if value is None:
        return None
    state = {} if value in (_NOT_BEGUN, _OUTDATED) else _build_state(value)
    if not state:
        if value != _OUTDATED:
            connection.exec_driver_sql(f"DELETE FROM {DOCS_TABLE}")
            connection.exec_driver_sql(f"DELETE FROM {KEYS_TABLE}")
            for fts, _vocab, _columns in FTS_TABLES.values():
                connection.exec_driver_sql(f"DELETE FROM {fts}")
        _put_state(connection, RULES_KEY, RULES_VERSION)
        state = {"table": KIND_ACCOUNT, "after": 0, "done": 0, "total": _live_rows(connection)}
        if value == _OUTDATED:
            state["in_place"] = True
    accounts, contacts = _accounts_table(), _contacts_table()
    if state["table"] == KIND_ACCOUNT:
        query = (
            _select_accounts()
            .add_columns(_rowid(accounts).label("rowid_"))
            .where(~accounts.c.deleted, _rowid(accounts) > state["after"])
        )
        order, make = _rowid(accounts), _account_doc_of
    else:
        query = (
            _select_contacts()
            .add_columns(_rowid(contacts).label("rowid_"))
            .join(accounts, accounts.c.id == contacts.c.account_id, isouter=True)
            .where(
                ~contacts.c.deleted,
                accounts.c.deleted.is_not(True),
                _rowid(contacts) > state["after"],
            )
        )
        order, make = _rowid(contacts), _contact_doc_of
    rows = connection.execute(query.order_by(order).limit(batch)).all()
    if rows:
        _write(connection, [make(row) for row in rows])
        state["after"] = rows[-1].rowid_
        state["done"] += len(rows)
    if len(rows) < batch:
        if state["table"] == KIND_ACCOUNT:
            state["table"], state["after"] = KIND_CONTACT, 0
        else:
            connection.exec_driver_sql("DELETE FROM sync_state WHERE key = ?", (PENDING_KEY,))
            return BuildProgress(state["done"], state["done"], finished=True)
    state["total"] = max(state["total"], state["done"] + 1)  # some are left
    _put_state(connection, PENDING_KEY, json.dumps(state))  # no row yet if it was _OUTDATED
    return BuildProgress(state["done"], state["total"])


# --- session events ------------------------------------------------------------------


def _indexed_change(obj: Any, attrs: Sequence[str]) -> bool:
    state = inspect(obj)
    return any(state.attrs[name].history.has_changes() for name in attrs)


def _after_flush(session: Session, flush_context: UOWTransaction) -> None:
    accounts: list[Account] = []
    contacts: list[Contact] = []
    for obj in session.new:
        if isinstance(obj, Account):
            accounts.append(obj)
        elif isinstance(obj, Contact):
            contacts.append(obj)
    restored: list[str] = []
    tombstoned: list[str] = []
    for obj in session.dirty:
        if isinstance(obj, Account) and _indexed_change(obj, _ACCOUNT_ATTRS):
            accounts.append(obj)
            if inspect(obj).attrs.deleted.history.has_changes():
                (tombstoned if obj.deleted else restored).append(obj.id)
        elif isinstance(obj, Contact) and _indexed_change(obj, _CONTACT_ATTRS):
            contacts.append(obj)
    if not accounts and not contacts:
        return

    connection = session.connection()
    docs: list[Doc] = []
    dropped: list[str] = []
    for account in accounts:
        if account.deleted:
            dropped.append(account.id)
        else:
            docs.append(
                account_doc(
                    account.id, account.name, account.short_name, account.phones, account.notes
                )
            )
    live = [contact for contact in contacts if not contact.deleted]
    dropped.extend(contact.id for contact in contacts if contact.deleted)
    dead_accounts = _tombstoned_accounts(connection, (c.account_id for c in live))
    for contact in live:
        if contact.account_id in dead_accounts:
            dropped.append(contact.id)
        else:
            docs.append(
                contact_doc(
                    contact.id,
                    contact.name,
                    contact.title,
                    contact.phones,
                    contact.email,
                    contact.notes,
                )
            )
    _remove_contacts_of(connection, tombstoned)
    docs.extend(_contacts_of(connection, restored))
    _write(connection, docs, dropped)


def _rows_inserted(session: Session, model: type[Any], rows: Sequence[Mapping[str, Any]]) -> None:
    """Indexes the accounts and contacts :func:`capture.insert_new_rows` wrote.

    From the values in hand, as :func:`_after_flush` does for new objects:
    there is nothing to read back.
    """
    if model is Account:
        docs = [
            account_doc(row["id"], row["name"], row["short_name"], row["phones"], row["notes"])
            for row in rows
            if not row["deleted"]
        ]
        dropped = [row["id"] for row in rows if row["deleted"]]
    elif model is Contact:
        connection = session.connection()
        live = [row for row in rows if not row["deleted"]]
        dead_accounts = _tombstoned_accounts(connection, (row["account_id"] for row in live))
        docs = [
            contact_doc(
                row["id"], row["name"], row["title"], row["phones"], row["email"], row["notes"]
            )
            for row in live
            if row["account_id"] not in dead_accounts
        ]
        dropped = [
            row["id"] for row in rows if row["deleted"] or row["account_id"] in dead_accounts
        ]
    else:
        return
    _write(session.connection(), docs, dropped)


_KIND_OF_TABLE = {"accounts": KIND_ACCOUNT, "contacts": KIND_CONTACT}


def _do_orm_execute(state: ORMExecuteState) -> Any:
    """Re-indexes the rows an ORM bulk statement on accounts or contacts touched.

    Change capture refuses these statements except while rows from the hub
    are applied; the index must follow those too.
    """
    if not (state.is_insert or state.is_update or state.is_delete):
        return None
    table = getattr(state.statement, "table", None)
    kind = _KIND_OF_TABLE.get(getattr(table, "name", ""))
    if table is None or kind is None:
        return None
    connection = state.session.connection()
    ids: set[str] = set()
    parameters = state.parameters
    rows = parameters if isinstance(parameters, list) else [parameters or {}]
    ids.update(str(row["id"]) for row in rows if isinstance(row, Mapping) and "id" in row)
    if not state.is_insert:
        where = state.statement.whereclause  # type: ignore[attr-defined]
        query = select(table.c.id) if where is None else select(table.c.id).where(where)
        ids.update(connection.scalars(query))
    result = state.invoke_statement()
    if state.is_insert and not ids:
        # Ids made by the column default: index whatever live row has no entry.
        ids.update(
            connection.exec_driver_sql(
                f"SELECT id FROM {table.name} WHERE NOT deleted AND id NOT IN "
                f"(SELECT entity_id FROM {DOCS_TABLE})"
            ).scalars()
        )
    reindex(connection, kind, ids)
    return result


def install(session_class: type[Session]) -> None:
    """Keeps the search index in step on every session of ``session_class``."""
    if event.contains(session_class, "after_flush", _after_flush):
        return
    event.listen(session_class, "after_flush", _after_flush)
    event.listen(session_class, "do_orm_execute", _do_orm_execute)
    capture.listen_rows_inserted(session_class, _rows_inserted)
