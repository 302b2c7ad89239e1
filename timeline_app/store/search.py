"""Full-text search behind the repository: SQLite FTS5 indexes, query parsing, a LIKE fallback.

Plain words typed by the analyst become prefix terms ("witk mia" finds "Witkoff ... Miami"), so
search-as-you-type works; quotes, parentheses, `*` or AND/OR/NOT switch to FTS5 syntax as written.
"""

from __future__ import annotations

import json
import re
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
from sqlalchemy.orm import Session

from timeline_app.store.errors import QueryError
from timeline_app.store.orm import (
    ActorRow,
    ArticleRow,
    EventRow,
    EventSourceRow,
    PlaceRow,
    TagRow,
    event_actor,
    event_place,
    event_tag,
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


# --- event index maintenance (SQLite only; other dialects search with LIKE) -----------------
def reindex_events(session: Session, ids: Sequence[int], is_sqlite: bool) -> None:
    """Re-index events from the database: title; sentences, actors, places, tags and note."""
    if not is_sqlite or not ids:
        return
    conn = session.connection()
    ids = list(ids)
    titles: dict[int, str] = {}
    body: dict[int, list[str]] = {i: [] for i in ids}
    for i, title, note in conn.execute(
        select(EventRow.id, EventRow.title, EventRow.note).where(EventRow.id.in_(ids))
    ):
        titles[i] = title
        if note:
            body[i].append(note)
    for query in _document_parts(ids):
        for i, part in conn.execute(query):
            body[i].append(part)
    drop_events(session, ids, is_sqlite)
    index_new_events(session, [(i, titles[i], "\n".join(body[i])) for i in titles], is_sqlite)


def _document_parts(ids: list[int]) -> list:
    return [
        select(EventSourceRow.event_id, EventSourceRow.sentence).where(
            EventSourceRow.event_id.in_(ids)
        ),
        select(event_actor.c.event_id, ActorRow.name)
        .join(ActorRow)
        .where(event_actor.c.event_id.in_(ids)),
        select(event_place.c.event_id, PlaceRow.name)
        .join(PlaceRow)
        .where(event_place.c.event_id.in_(ids)),
        select(event_tag.c.event_id, TagRow.name).join(TagRow).where(event_tag.c.event_id.in_(ids)),
    ]


def index_new_events(
    session: Session, docs: Sequence[tuple[int, str, str]], is_sqlite: bool
) -> None:
    """Index events written through Core: (id, title, body) each."""
    if is_sqlite and docs:
        session.execute(
            text("INSERT INTO event_fts(rowid, title, body) VALUES (:id, :title, :body)"),
            [{"id": i, "title": t, "body": b} for i, t, b in docs],
        )


def drop_events(session: Session, ids: Sequence[int], is_sqlite: bool) -> None:
    if is_sqlite and ids:
        session.execute(
            text("DELETE FROM event_fts WHERE rowid IN (SELECT value FROM json_each(:ids))"),
            {"ids": json.dumps(list(ids))},
        )


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
