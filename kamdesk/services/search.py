"""Search as you type, over accounts and contacts (the search box and ``kamdesk search``).

One query string is read three ways, and a row matches if any reading does:

* as text (NFKC, case-folded): names, short names, titles and notes
  contain it, or an e-mail address starts with it;
* as a phone number, when it is made of digits (at least three) and phone
  punctuation: ``138 0013 8000``, ``+86 13800138000`` and ``0013800`` all
  find +86 138 0013 8000;
* as pinyin, when it is made of Latin letters (at least two), spaces and
  apostrophes: the full pinyin (``huawei``, ``hua wei``) or the initials
  (``hw``) that a name or short name starts with, or (companies) that
  follow its place name (``huada`` finds 深圳市华达精密).

How it is answered (the index is kamdesk/models/search_index.py):

* "equals" and "starts with" (names, pinyin, e-mails): range scans of the
  ``search_keys`` B-tree;
* "contains", three characters or more: FTS5 trigram phrase queries;
* "contains", two characters: the trigrams that start with them, listed by
  the fts5vocab tables, OR-ed together; so a two-character Chinese query
  finds every account and contact whose name, short name, title or notes
  contain it, exactly as a scan would;
* "contains", one character: the one-character index of names and short
  names.

Ranking, within accounts and within contacts: an exact match of the name
or short name (or of its pinyin or initials) first, then names that start with the query, then names that contain it,
then matches in other fields; ties in pinyin order of the name (a rank
with thousands of rows is read in index order instead: name or pinyin
order). Tombstoned rows never appear: they are not in the index, and every
hit is checked against the live row before it is returned.

After a first download the index is built in the background
(:func:`~kamdesk.store.prepare_search`); until it is whole, results say how far it is
(:attr:`SearchResults.preparing`) and the rep is told that some may be missing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.models import Account, Contact
from kamdesk.models.search_index import (
    CHAR_MARK,
    DOCS_TABLE,
    FTS_TABLES,
    KEY_EMAIL,
    KEY_NAME,
    KEY_PINYIN,
    KEYS_TABLE,
    KIND_ACCOUNT,
    KIND_CONTACT,
    BuildProgress,
    build_progress,
    key_of,
    normalise,
    phone_forms,
    pinyin_match,
)

# The background build of the index (the store's), for the window and the commands.
from kamdesk.store import prepare_search as prepare_search

#: rank of a hit: lower comes first
RANK_EXACT = 0.0
RANK_PREFIX = 1.0
RANK_NAME = 2.0
RANK_OTHER = 3.0

#: Above this many candidates a class is read in sort order from the index
#: instead of being fetched whole and sorted.
_FETCH_ALL_UP_TO = 2000
#: How far into the sort-key index a class with more candidates is looked
#: for before all its candidates are fetched and sorted after all.
_WALK_UP_TO = 5000
#: The characters of a phone number besides digits.
_PHONE_LIKE = re.compile(r"[0-9+\-(). ]+")
_PINYIN_LIKE = re.compile(r"[a-z' ]+")
#: "00" then a country code kamdesk's users call, or a whole international number.
_INTERNATIONAL_PREFIX = re.compile(r"00(86|852|853|886|65)|00\d{10,}")
_SNIPPET_CONTEXT = 12
_ABOVE_ALL = "\U0010ffff"


@dataclass(frozen=True)
class SearchHit:
    """One account or contact that matches."""

    #: "account" or "contact"
    kind: str
    id: str
    #: the account itself for an account
    account_id: str
    account_name: str
    name: str
    #: a contact's title; empty for an account
    title: str
    #: the field that matched: name, short_name, title, phones, email, notes, pinyin, initials
    matched_field: str
    #: the matched field's text around the match
    snippet: str
    #: :data:`RANK_EXACT`, :data:`RANK_PREFIX`, :data:`RANK_NAME` or :data:`RANK_OTHER`
    rank: float


@dataclass(frozen=True)
class SearchResults:
    """The hits, grouped by kind, each group best first."""

    query: str
    accounts: tuple[SearchHit, ...]
    contacts: tuple[SearchHit, ...]
    #: every match, accounts and contacts together, however many were returned
    total: int
    #: how far the index is while it is being built: rows not yet in it are not found
    preparing: BuildProgress | None = None
    #: every matching account and contact, of which ``accounts``/``contacts`` are the best
    total_accounts: int = 0
    total_contacts: int = 0


@dataclass(frozen=True)
class _Readings:
    text: str
    #: digits to find in phone numbers, when the query looks like one
    digits: str | None
    #: letters to find in pinyin, when the query looks like pinyin
    pinyin: str | None


def _readings(query: str) -> _Readings:
    text = normalise(query)
    digits = None
    if _PHONE_LIKE.fullmatch(text):
        found = re.sub(r"\D", "", text)
        if _INTERNATIONAL_PREFIX.match(found):  # 0086 138…, dialled from abroad
            found = found[2:]
        if found.startswith("860"):  # +86 (0)755…: the trunk 0 written after the country code
            found = "86" + found[3:]
        digits = found if len(found) >= 3 else None
    pinyin = None
    if _PINYIN_LIKE.fullmatch(text):
        letters = text.replace(" ", "").replace("'", "")
        pinyin = letters if len(letters) >= 2 else None
    return _Readings(text, digits, pinyin)


# --- FTS5 expressions ----------------------------------------------------------------


def _phrase(value: str) -> str:
    """A string as one FTS5 phrase: quoted, so no character of it is an operator."""
    return '"' + value.replace('"', '""') + '"'


def _either(*parts: str | None) -> str | None:
    present = [part for part in parts if part]
    if not present:
        return None
    return present[0] if len(present) == 1 else "(" + " OR ".join(present) + ")"


def _in(columns: Sequence[str], expression: str | None) -> str | None:
    if expression is None or not columns:
        return None
    spec = columns[0] if len(columns) == 1 else "{" + " ".join(columns) + "}"
    return f"{spec} : {expression}"


#: A query that yields doc ids, with its parameters.
_Part = tuple[str, tuple[Any, ...]]


@dataclass(frozen=True)
class _Range:
    """``search_keys`` keys in [low, high), all or only those at the start of the name."""

    low: str
    high: str
    at_start: bool = False

    def where(self) -> _Part:
        return "key >= ? AND key < ?" + (" AND pos = 0" if self.at_start else ""), (
            self.low,
            self.high,
        )

    def part(self) -> _Part:
        where, params = self.where()
        return f"SELECT doc_id FROM {KEYS_TABLE} WHERE {where}", params


class _Group:
    """Searches one kind (accounts or contacts): its keys and its FTS5 table."""

    def __init__(self, session: Session, kind: str, readings: _Readings) -> None:
        self.session = session
        self.kind = kind
        self.fts, self.vocab, columns = FTS_TABLES[kind]
        self.names = ("name", "short_name") if kind == KIND_ACCOUNT else ("name",)
        self.texts = tuple(c for c in columns if c not in ("phones", "chars"))
        self.readings = readings

    def _sql(self, statement: str, *parameters: Any) -> list[Any]:
        return list(self.session.connection().exec_driver_sql(statement, parameters))

    def _starting_with(self, prefix: str) -> str | None:
        """Every indexed trigram that starts with ``prefix`` (two characters), OR-ed."""
        terms = self._sql(
            f"SELECT term FROM {self.vocab} WHERE term >= ? AND term < ?",
            prefix,
            prefix + _ABOVE_ALL,
        )
        return _either(*(_phrase(term) for (term,) in terms))

    def _contains(self, value: str, columns: Sequence[str]) -> str | None:
        if len(value) >= 3:
            return _in(columns, _phrase(value))
        if len(value) == 2:
            return _in(columns, self._starting_with(value))
        # One character: names only, through the one-character index.
        return _in(("chars",), _phrase(CHAR_MARK + value + CHAR_MARK))

    def _fts(self, *expressions: str | None) -> list[_Part]:
        expression = _either(*expressions)
        if expression is None:
            return []
        return [(f"SELECT rowid FROM {self.fts} WHERE {self.fts} MATCH ?", (expression,))]

    def _key(self, what: str, value: str | None, *, exact: bool, at_start: bool) -> list[_Range]:
        if not value:
            return []
        low = key_of(self.kind, what, value)
        return [_Range(low, low + ("\x00" if exact else _ABOVE_ALL), at_start)]

    def sources(self) -> list[tuple[float, list[_Part | _Range]]]:
        """(rank, where its doc ids come from) for each rank, best first; the last is all."""
        text, digits, pinyin = self.readings.text, self.readings.digits, self.readings.pinyin
        exact: list[_Part | _Range] = [
            *self._key(KEY_NAME, text, exact=True, at_start=True),
            *self._key(KEY_PINYIN, pinyin, exact=True, at_start=True),
        ]
        prefix: list[_Part | _Range] = [
            *self._key(KEY_NAME, text, exact=False, at_start=True),
            *self._key(KEY_PINYIN, pinyin, exact=False, at_start=True),
        ]
        pinyin_anywhere = self._key(KEY_PINYIN, pinyin, exact=False, at_start=False)
        in_name: list[_Part | _Range] = [
            *self._fts(self._contains(text, self.names)),
            *pinyin_anywhere,
        ]
        texts = self.texts if len(text) > 1 else self.names
        phones = _in(("phones",), _phrase(digits)) if digits else None
        emails = self._key(KEY_EMAIL, text, exact=False, at_start=False)
        anywhere: list[_Part | _Range] = [
            *self._fts(self._contains(text, texts), phones),
            *pinyin_anywhere,
            *(emails if self.kind == KIND_CONTACT and len(text) > 1 else []),
        ]
        ranked = [
            (RANK_EXACT, exact),
            (RANK_PREFIX, prefix),
            (RANK_NAME, in_name),
            (RANK_OTHER, anywhere),
        ]
        return [(rank, parts) for rank, parts in ranked if parts]

    @staticmethod
    def _union(parts: Sequence[_Part | _Range]) -> _Part:
        queries = [part.part() if isinstance(part, _Range) else part for part in parts]
        statement = " UNION ".join(sql for sql, _ in queries)
        return statement, tuple(value for _, params in queries for value in params)

    def count(self, parts: Sequence[_Part | _Range]) -> int:
        statement, params = self._union(parts)
        return int(self._sql(f"SELECT count(*) FROM ({statement})", *params)[0][0])

    def _docs(self, doc_ids: Sequence[int]) -> list[tuple[str, str, int]]:
        """(sort key, entity id, doc id) of ``doc_ids``, in no particular order."""
        rows: list[tuple[str, str, int]] = []
        for start in range(0, len(doc_ids), 500):
            chunk = doc_ids[start : start + 500]
            rows.extend(
                self._sql(
                    f"SELECT sort_key, entity_id, doc_id FROM {DOCS_TABLE} "
                    f"WHERE doc_id IN ({', '.join('?' * len(chunk))})",
                    *chunk,
                )
            )
        return rows

    def best(
        self, parts: Sequence[_Part | _Range], wanted: int, matches: int | None = None
    ) -> list[str]:
        """Entity ids of the first ``wanted`` matches.

        A few hundred or thousand matches are sorted by the name's pinyin. A
        rank with more is read in order from an index and left as soon as
        ``wanted`` are found: key ranges in key order (the name, or its
        pinyin), anything else in the order of the sort-key index, from its
        start to :data:`_WALK_UP_TO` entries at most; if fewer than
        ``wanted`` match there (one brand's accounts sit together, far into
        the index), all matches are sorted after all. ``matches``: how many
        rows ``parts`` give, when the caller has counted them already.
        """
        statement, params = self._union(parts)
        if matches is None:  # not known: counted as far as it matters
            (matches,) = self._sql(
                f"SELECT count(*) FROM (SELECT * FROM ({statement}) LIMIT ?)",
                *params,
                _FETCH_ALL_UP_TO + 1,
            )[0]
        if matches <= _FETCH_ALL_UP_TO:
            found = self._sql(
                f"SELECT entity_id FROM {DOCS_TABLE} WHERE doc_id IN ({statement}) "
                f"ORDER BY sort_key, entity_id LIMIT ?",
                *params,
                wanted,
            )
            return [entity_id for (entity_id,) in found]
        if all(isinstance(part, _Range) for part in parts):
            keyed: list[tuple[str, int]] = []
            for part in parts:
                where, bounds = part.where()  # type: ignore[union-attr]
                keyed.extend(
                    (key[2:], doc_id)
                    for key, doc_id in self._sql(
                        f"SELECT key, doc_id FROM {KEYS_TABLE} WHERE {where} ORDER BY key LIMIT ?",
                        *bounds,
                        wanted,
                    )
                )
            doc_ids = list(dict.fromkeys(doc_id for _key, doc_id in sorted(keyed)))[:wanted]
            entity_of = {doc_id: entity_id for _key, entity_id, doc_id in self._docs(doc_ids)}
            return [entity_of[doc_id] for doc_id in doc_ids if doc_id in entity_of]
        # Walk the sort-key index, but only its first _WALK_UP_TO entries (whole
        # runs of equal keys, so ties keep their order): matches of one brand
        # or surname sit together, and a walk to them through 100,000 entries
        # took 25 ms. Too few there: sort all of them after all.
        bound = self._sql(
            f"SELECT sort_key FROM {DOCS_TABLE} INDEXED BY ix_search_docs_kind_sort_key "
            f"WHERE kind = ? ORDER BY sort_key LIMIT 1 OFFSET ?",
            self.kind,
            _WALK_UP_TO - 1,
        )
        window = " AND sort_key <= ?" if bound else ""
        found = self._sql(
            f"SELECT entity_id FROM {DOCS_TABLE} INDEXED BY ix_search_docs_kind_sort_key "
            f"WHERE kind = ?{window} AND doc_id IN ({statement}) "
            f"ORDER BY sort_key, entity_id LIMIT ?",
            self.kind,
            *(bound[0] if bound else ()),
            *params,
            wanted,
        )
        if len(found) < wanted and bound:
            found = self._sql(
                f"SELECT entity_id FROM {DOCS_TABLE} WHERE doc_id IN ({statement}) "
                f"ORDER BY sort_key, entity_id LIMIT ?",
                *params,
                wanted,
            )
        return [entity_id for (entity_id,) in found]

    def run(self, limit: int) -> tuple[list[tuple[str, float]], int]:
        """(entity id, rank) of the best ``limit`` matches, and how many match in all."""
        sources = self.sources()
        if not sources:
            return [], 0
        total = self.count(sources[-1][1])
        chosen: list[tuple[str, float]] = []
        seen: set[str] = set()
        for rank, parts in sources:
            if len(chosen) >= limit or len(seen) >= total:
                break
            # The last rank is all matches: counted already (a union of tens of
            # thousands of rows is deduplicated whole, LIMIT or not).
            known = total if parts is sources[-1][1] else None
            # Rows of better ranks match here too; ask for enough to skip them.
            for entity_id in self.best(parts, limit + len(seen), known):
                if entity_id not in seen and len(chosen) < limit:
                    seen.add(entity_id)
                    chosen.append((entity_id, rank))
        return chosen, total


# --- hits ----------------------------------------------------------------------------


def _snippet(value: str, needle: str) -> str:
    """``value`` around the first occurrence of ``needle`` (both compared normalised)."""
    folded: list[str] = []
    origin: list[int] = []
    for index, character in enumerate(value):
        for piece in normalise(character) or (" " if character.isspace() else ""):
            folded.append(piece)
            origin.append(index)
    at = "".join(folded).find(needle)
    if at < 0 or len(value) <= 2 * _SNIPPET_CONTEXT + len(needle):
        return value
    start = max(0, origin[at] - _SNIPPET_CONTEXT)
    end = min(len(value), origin[min(at + len(needle), len(origin)) - 1] + 1 + _SNIPPET_CONTEXT)
    return ("…" if start > 0 else "") + value[start:end] + ("…" if end < len(value) else "")


def _matched(
    readings: _Readings, fields: Sequence[tuple[str, str | list[str]]], person: bool
) -> tuple[str, str]:
    """(field, snippet) of the field that matched: names first, then pinyin, then the rest."""
    text, digits, pinyin = readings.text, readings.digits, readings.pinyin
    names = [(field, str(value)) for field, value in fields if field in ("name", "short_name")]
    for field, value in names:
        if text in normalise(value):
            return field, _snippet(value, text)
    if pinyin:
        for _field, value in names:
            how = pinyin_match(value, pinyin, person=person)
            if how is not None:
                return how, value
    for field, value in fields:
        if field == "phones":
            for phone in value:
                if digits and any(digits in form for form in phone_forms(phone)):
                    return field, phone
        elif field not in ("name", "short_name") and text in normalise(str(value)):
            return field, _snippet(str(value), text)
    return "name", names[0][1] if names else ""


def _account_hits(
    session: Session, ranked: Sequence[tuple[str, float]], readings: _Readings
) -> list[SearchHit]:
    ids = [entity_id for entity_id, _rank in ranked]
    rows = {
        row.id: row
        for start in range(0, len(ids), 500)
        for row in session.execute(
            select(
                Account.id,
                Account.name,
                Account.short_name,
                Account.phones,
                Account.notes,
                Account.deleted,
            ).where(Account.id.in_(ids[start : start + 500]))
        )
        # Filtered here, not in SQL: "WHERE NOT deleted" would lead SQLite to
        # walk the index on deleted (every live row) instead of the ids' keys.
        if not row.deleted
    }
    hits = []
    for entity_id, rank in ranked:
        row = rows.get(entity_id)
        if row is None:
            continue  # tombstoned or gone since it was indexed
        field, snippet = _matched(
            readings,
            (
                ("name", row.name),
                ("short_name", row.short_name),
                ("phones", list(row.phones or ())),
                ("notes", row.notes),
            ),
            person=False,
        )
        hits.append(
            SearchHit(KIND_ACCOUNT, row.id, row.id, row.name, row.name, "", field, snippet, rank)
        )
    return hits


def _contact_hits(
    session: Session, ranked: Sequence[tuple[str, float]], readings: _Readings
) -> list[SearchHit]:
    ids = [entity_id for entity_id, _rank in ranked]
    rows = {
        row.id: row
        for start in range(0, len(ids), 500)
        for row in session.execute(
            select(
                Contact.id,
                Contact.account_id,
                Contact.name,
                Contact.title,
                Contact.phones,
                Contact.email,
                Contact.notes,
                Contact.deleted,
                Account.name.label("account_name"),
                Account.deleted.label("account_deleted"),
            )
            .join(Account, Account.id == Contact.account_id, isouter=True)
            .where(Contact.id.in_(ids[start : start + 500]))
        )
        if not row.deleted and not row.account_deleted
    }
    hits = []
    for entity_id, rank in ranked:
        row = rows.get(entity_id)
        if row is None:
            continue  # tombstoned (or its account) or gone since it was indexed
        field, snippet = _matched(
            readings,
            (
                ("name", row.name),
                ("title", row.title),
                ("phones", list(row.phones or ())),
                ("email", row.email),
                ("notes", row.notes),
            ),
            person=True,
        )
        hits.append(
            SearchHit(
                KIND_CONTACT,
                row.id,
                row.account_id,
                row.account_name or "",
                row.name,
                row.title,
                field,
                snippet,
                rank,
            )
        )
    return hits


def search(session: Session, query: str, limit: int = 50) -> SearchResults:
    """Accounts and contacts that match ``query``, best first, at most ``limit`` of each.

    Any string is a valid query: FTS5 operators, quotes and brackets are
    matched as the characters they are. An empty or blank query matches
    nothing.

    Raises:
        ValueError: ``limit`` is less than 1.
    """
    if limit < 1:
        raise ValueError(f"limit must be at least 1, got {limit}")
    readings = _readings(query)
    progress = build_progress(session.connection())
    # A build that only brings old entries up to date leaves every row findable.
    preparing = progress if progress is not None and not progress.in_place else None
    if not readings.text:
        return SearchResults(query, (), (), 0, preparing)
    found_accounts, total_accounts = _Group(session, KIND_ACCOUNT, readings).run(limit)
    found_contacts, total_contacts = _Group(session, KIND_CONTACT, readings).run(limit)
    return SearchResults(
        query,
        tuple(_account_hits(session, found_accounts, readings)),
        tuple(_contact_hits(session, found_contacts, readings)),
        total_accounts + total_contacts,
        preparing,
        total_accounts,
        total_contacts,
    )
