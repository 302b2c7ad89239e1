"""Full-text search behind the repository: SQLite FTS5 indexes, query parsing, a LIKE fallback.

Plain words typed by the analyst become prefix terms ("witk mia" finds "Witkoff ... Miami"), so
search-as-you-type works; quotes, parentheses, `*` or AND/OR/NOT switch to FTS5 syntax as written.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Sequence

from sqlalchemy import (
    ColumnElement,
    Connection,
    Integer,
    and_,
    column,
    exists,
    or_,
    select,
    text,
)

from timeline_app.store.errors import QueryError
from timeline_app.store.orm import (
    ArticleRow,
    EventRow,
    EventSourceRow,
)

TOKENIZER = "unicode61 remove_diacritics 2"
_WORD = re.compile(r"\w+", re.UNICODE)
_ADVANCED = re.compile(r'["()*^]|\b(AND|OR|NOT|NEAR)\b')

_FTS_DDL = (
    f"CREATE VIRTUAL TABLE event_fts USING fts5(title, body, tokenize='{TOKENIZER}')",
    "CREATE VIRTUAL TABLE article_fts USING fts5(title, text, content='article', "
    f"content_rowid='id', tokenize='{TOKENIZER}')",
    "CREATE TRIGGER article_fts_ai AFTER INSERT ON article BEGIN "
    "INSERT INTO article_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END",
    "CREATE TRIGGER article_fts_ad AFTER DELETE ON article BEGIN "
    "INSERT INTO article_fts(article_fts, rowid, title, text) "
    "VALUES ('delete', old.id, old.title, old.text); END",
    "CREATE TRIGGER article_fts_au AFTER UPDATE OF title, text ON article BEGIN "
    "INSERT INTO article_fts(article_fts, rowid, title, text) "
    "VALUES ('delete', old.id, old.title, old.text); "
    "INSERT INTO article_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END",
)


def create_fts(conn: Connection) -> None:
    for ddl in _FTS_DDL:
        conn.exec_driver_sql(ddl)


def fts_query(user_text: str) -> str | None:
    """The FTS5 query for what the analyst typed; None when there is nothing to search for."""
    stripped = user_text.strip()
    if not stripped:
        return None
    if _ADVANCED.search(stripped):
        _check_balanced(stripped)
        return stripped
    words = _WORD.findall(stripped)
    return " ".join(f'"{w}"*' for w in words) or None


def _check_balanced(query: str) -> None:
    if query.count('"') % 2:
        raise QueryError('Search: a quotation mark is not closed (write "exact phrase").')
    depth = 0
    for ch in query:
        depth += (ch == "(") - (ch == ")")
        if depth < 0:
            break
    if depth:
        raise QueryError("Search: the parentheses do not match.")


def words(user_text: str) -> list[str]:
    return _WORD.findall(user_text)


# --- event index maintenance ----------------------------------------------------------------
# An event's document: its title; then its note, sentences, actors, places and tags, one a line.
_DOCUMENT_PARTS = """
SELECT id, 0, 0, title FROM event WHERE id IN (SELECT value FROM json_each(?1))
UNION ALL SELECT id, 1, 0, note FROM event WHERE id IN (SELECT value FROM json_each(?1))
  AND note != ''
UNION ALL SELECT event_id, 2, id, sentence FROM event_source
  WHERE event_id IN (SELECT value FROM json_each(?1))
UNION ALL SELECT l.event_id, 3, l.actor_id, a.name FROM event_actor l JOIN actor a ON a.id = l.actor_id
  WHERE l.event_id IN (SELECT value FROM json_each(?1))
UNION ALL SELECT l.event_id, 4, l.place_id, p.name FROM event_place l JOIN place p ON p.id = l.place_id
  WHERE l.event_id IN (SELECT value FROM json_each(?1))
UNION ALL SELECT l.event_id, 5, l.tag_id, t.name FROM event_tag l JOIN tag t ON t.id = l.tag_id
  WHERE l.event_id IN (SELECT value FROM json_each(?1))
ORDER BY 1, 2, 3
"""
# One rowid at a time: FTS5 scans the whole index for "rowid IN (...)".
_DROP_DOCUMENT = "DELETE FROM event_fts WHERE rowid = ?"
_ADD_DOCUMENT = "INSERT INTO event_fts (rowid, title, body) VALUES (?, ?, ?)"


def documents(db: sqlite3.Connection, ids: Sequence[int]) -> list[tuple[int, str, str]]:
    """(id, title, body) of these events as stored (ids no longer stored are left out)."""
    if not ids:
        return []
    titles: dict[int, str] = {}
    bodies: dict[int, list[str]] = {}
    for event_id, part, _order, value in db.execute(_DOCUMENT_PARTS, (json.dumps(list(ids)),)):
        if part == 0:
            titles[event_id] = value
        else:
            bodies.setdefault(event_id, []).append(value)
    return [(i, title, "\n".join(bodies.get(i, ()))) for i, title in titles.items()]


def replace_documents(
    db: sqlite3.Connection, drop: Sequence[int], docs: Sequence[tuple[int, str, str]]
) -> None:
    """Drop the documents of the events `drop`, then index `docs` ((id, title, body) each).

    Both in rowid order. Why: FTS5 keeps a transaction's new index entries in memory only while
    the rowids it is given grow; a smaller rowid than the last one writes them out as a segment
    of their own first. In the order the import touched its events, a transaction wrote ~100 tiny
    segments (each then merged with the others, page by page): a fifth of the writer's time.
    """
    if drop:
        db.executemany(_DROP_DOCUMENT, [(i,) for i in sorted(drop)])
    if docs:
        db.executemany(_ADD_DOCUMENT, sorted(docs))


# --- filter clauses -------------------------------------------------------------------------
def event_text_clause(user_text: str, is_sqlite: bool) -> ColumnElement[bool] | None:
    if not is_sqlite:
        return _event_like(user_text)
    query = fts_query(user_text)
    if query is None:
        return None
    ids = text("SELECT rowid FROM event_fts WHERE event_fts MATCH :q").bindparams(q=query)
    return EventRow.id.in_(ids.columns(column("rowid", Integer)))


def article_text_clause(user_text: str, is_sqlite: bool) -> ColumnElement[bool] | None:
    if not is_sqlite:
        terms = [f"%{w}%" for w in words(user_text)]
        if not terms:
            return None
        return and_(*[or_(ArticleRow.title.ilike(t), ArticleRow.text.ilike(t)) for t in terms])
    query = fts_query(user_text)
    if query is None:
        return None
    ids = text("SELECT rowid FROM article_fts WHERE article_fts MATCH :q").bindparams(q=query)
    return ArticleRow.id.in_(ids.columns(column("rowid", Integer)))


def _event_like(user_text: str) -> ColumnElement[bool] | None:
    terms = [f"%{w}%" for w in words(user_text)]
    if not terms:
        return None
    clauses = []
    for term in terms:
        in_source = exists(
            select(EventSourceRow.id).where(
                EventSourceRow.event_id == EventRow.id, EventSourceRow.sentence.ilike(term)
            )
        )
        clauses.append(or_(EventRow.title.ilike(term), EventRow.note.ilike(term), in_source))
    return and_(*clauses)


def is_fts_error(exc: BaseException) -> bool:
    msg = str(getattr(exc, "orig", None) or exc).lower()
    # Our own statements name only real columns: "no such column" comes from a user's "x:y".
    return "fts5" in msg or "no such column" in msg


def query_error_message(exc: BaseException) -> str:
    msg = str(getattr(exc, "orig", None) or exc)
    return f'Search: the query cannot be understood ({msg}). Try plain words or "a phrase".'
