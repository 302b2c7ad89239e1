"""Synthetic stores of any size for benchmarks (store, canvas, desk): plausible events spread over
the years since February 2022, bulk-inserted through the DB-API in a few seconds per million.

`generate_store(path, n_events, seed)` makes the same file for the same arguments.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

from timeline_app.domain.model import EventStatus, EventType, Precision
from timeline_app.store.filters import bucket_of
from timeline_app.store.repositories import Store

FIRST_DAY = date(2022, 2, 24).toordinal()
LAST_DAY = date(2025, 12, 31).toordinal()
EVENTS_PER_ARTICLE = 10
_BATCH = 50_000

_PLACES = [
    ("Kyiv", "UA", 50.45, 30.52),
    ("Kharkiv", "UA", 49.99, 36.23),
    ("Odesa", "UA", 46.48, 30.72),
    ("Dnipro", "UA", 48.46, 35.05),
    ("Zaporizhzhia", "UA", 47.84, 35.14),
    ("Kherson", "UA", 46.64, 32.61),
    ("Lviv", "UA", 49.84, 24.03),
    ("Sumy", "UA", 50.91, 34.80),
    ("Pokrovsk", "UA", 48.28, 37.18),
    ("Bakhmut", "UA", 48.60, 38.00),
    ("Voronezh", "RU", 51.67, 39.18),
    ("Belgorod", "RU", 50.60, 36.59),
    ("Kursk", "RU", 51.73, 36.19),
    ("Moscow", "RU", 55.76, 37.62),
    ("Bryansk", "RU", 53.25, 34.37),
    ("Sevastopol", "UA", 44.62, 33.53),
    ("Geneva", "CH", 46.20, 6.14),
    ("Istanbul", "TR", 41.01, 28.98),
    ("Miami", "US", 25.76, -80.19),
    ("Brussels", "BE", 50.85, 4.35),
]
_ACTORS = [
    ("Ukraine", "country"),
    ("Russia", "country"),
    ("United States", "country"),
    ("NATO", "organization"),
    ("European Union", "organization"),
    ("IAEA", "organization"),
    ("Volodymyr Zelensky", "person"),
    ("Vladimir Putin", "person"),
    ("Steve Witkoff", "person"),
    ("Rustem Umerov", "person"),
    ("Turkey", "country"),
    ("United Nations", "organization"),
]
_TYPE_WEIGHTS = {
    EventType.DRONE_ATTACK: 18,
    EventType.MISSILE_STRIKE: 12,
    EventType.SHELLING: 12,
    EventType.AIRSTRIKE: 6,
    EventType.GROUND_FIGHTING: 12,
    EventType.ATTACK: 6,
    EventType.EXPLOSION: 3,
    EventType.STATEMENT: 10,
    EventType.MEETING: 5,
    EventType.VISIT: 3,
    EventType.REPORT: 3,
    EventType.AGREEMENT: 1,
    EventType.AID: 2,
    EventType.SANCTIONS: 1,
    EventType.MOBILIZATION: 1,
    EventType.PROTEST: 2,
    EventType.EVACUATION: 2,
    EventType.OTHER: 1,
}
_PRECISIONS = [
    (Precision.DAY, 1, 80),
    (Precision.WEEK, 7, 8),
    (Precision.MONTH, 30, 7),
    (Precision.SEASON, 91, 2),
    (Precision.QUARTER, 91, 1),
    (Precision.YEAR, 365, 2),
]


def generate_store(path: str | Path, n_events: int, seed: int = 0, *, fts: bool = True) -> None:
    """Create (or replace) a store at `path` holding `n_events` synthetic events."""
    target = Path(path)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    Store(target).close()  # the real schema, version and search indexes
    rng = random.Random(seed)
    store = Store(target)
    raw = store._engine.raw_connection()  # bulk load through the DB-API: no ORM objects
    try:
        cur = raw.cursor()
        cur.execute("PRAGMA cache_size = -262144")
        cur.execute("BEGIN")
        indexes = _drop_indexes(cur)  # one sort per index afterwards beats 1M random inserts
        _insert_reference(cur)
        n_articles = max(1, -(-n_events // EVENTS_PER_ARTICLE))
        cur.executemany(_ARTICLE_SQL, list(_articles(rng, n_articles)))
        for batch in _batches(_events(rng, n_events, n_articles), _BATCH):
            _insert_events(cur, batch)
        for sql in indexes:
            cur.execute(sql)
        cur.execute(_SUMMARY_SQL)
        if fts:
            cur.execute(_EVENT_FTS_SQL)
        cur.execute("COMMIT")
        cur.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cur.execute("ANALYZE")
    finally:
        raw.close()
        store.close()


_ARTICLE_SQL = (
    "INSERT INTO article (id, source_path, title, site, author, language, url, published, "
    "published_source, text, content_hash, imported_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"
)
_EVENT_SQL = (
    "INSERT INTO event (id, day_start, day_end, span_bucket, precision, type, status, basis, "
    "title, confidence, edited, deleted, starred, user_split, note, explanation, conflicts, "
    "source_count) VALUES (?,?,?,?,?,?,?,?,?,?,0,0,0,0,'','','',1)"
)
_SOURCE_SQL = (
    "INSERT INTO event_source (event_id, article_id, sentence, sentence_start, sentence_end, "
    "time_text, day_start, day_end, precision, type, status, title, explanation, confidence, "
    "trigger, actors_json, places_json) VALUES (?,?,?,0,?,'',?,?,?,?,?,?,'',?,'','[]','[]')"
)
_SUMMARY_SQL = (
    "INSERT INTO day_summary (day, type, count) SELECT day_start, type, count(*) FROM event "
    "WHERE day_start IS NOT NULL AND deleted = 0 GROUP BY day_start, type"
)
_EVENT_FTS_SQL = (
    "INSERT INTO event_fts (rowid, title, body) "
    "SELECT e.id, e.title, s.sentence FROM event e JOIN event_source s ON s.event_id = e.id"
)


def _drop_indexes(cur) -> list[str]:  # noqa: ANN001 - DB-API cursor
    """Drop the secondary indexes of the bulk-loaded tables; returns the SQL that remakes them."""
    rows = cur.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND "
        "tbl_name IN ('event', 'event_source', 'event_actor', 'event_place')"
    ).fetchall()
    for name, _sql in rows:
        cur.execute(f'DROP INDEX "{name}"')
    return [sql for _name, sql in rows]


def _insert_reference(cur) -> None:  # noqa: ANN001 - DB-API cursor
    cur.executemany(
        "INSERT INTO place (id, name, country, kind, latitude, longitude) VALUES (?,?,?,'city',?,?)",
        [(i + 1, *p) for i, p in enumerate(_PLACES)],
    )
    cur.executemany(
        "INSERT INTO actor (id, name, kind, title) VALUES (?,?,?,'')",
        [(i + 1, *a) for i, a in enumerate(_ACTORS)],
    )


def _articles(rng: random.Random, n: int) -> Iterator[tuple]:
    now = datetime(2026, 1, 1).isoformat(sep=" ")
    for i in range(1, n + 1):
        day = date.fromordinal(rng.randint(FIRST_DAY, LAST_DAY))
        text = f"Synthetic article {i} published {day:%d %B %Y}. " * 6
        yield (
            i,
            f"synthetic/{i}.txt",
            f"Synthetic report {i}",
            f"site{i % 40}.example",
            "",
            "en",
            "",
            day.isoformat(),
            "metadata",
            text,
            f"{i:064x}",
            now,
        )


def _events(rng: random.Random, n: int, n_articles: int) -> Iterator[tuple]:
    types = list(_TYPE_WEIGHTS)
    weights = list(_TYPE_WEIGHTS.values())
    precisions = [p for p, _, _ in _PRECISIONS]
    lengths = {p: d for p, d, _ in _PRECISIONS}
    p_weights = [w for _, _, w in _PRECISIONS]
    for i in range(1, n + 1):
        type_ = rng.choices(types, weights)[0]
        precision = rng.choices(precisions, p_weights)[0]
        start = rng.randint(FIRST_DAY, LAST_DAY)
        end = start + lengths[precision] - 1
        place = rng.randrange(len(_PLACES))
        status = EventStatus.HAPPENED if rng.random() < 0.9 else EventStatus.CLAIMED
        yield (i, type_, precision, start, end, place, status, rng.randint(1, n_articles))


def _batches(items: Iterator[tuple], size: int) -> Iterator[list[tuple]]:
    batch: list[tuple] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _insert_events(cur, batch: list[tuple]) -> None:  # noqa: ANN001
    events, sources, places, actors = [], [], [], []
    for i, type_, precision, start, end, place, status, article in batch:
        name = _PLACES[place][0]
        title = f"{type_.replace('_', ' ').capitalize()} in {name}"
        sentence = f"{title} was reported on {date.fromordinal(start):%d %B %Y}."
        events.append(
            (
                i,
                start,
                end,
                bucket_of(start, end),
                str(precision),
                str(type_),
                str(status),
                "explicit",
                title,
                0.7,
            )
        )
        sources.append(
            (
                i,
                article,
                sentence,
                len(sentence),
                start,
                end,
                str(precision),
                str(type_),
                str(status),
                title,
                0.7,
            )
        )
        places.append((i, place + 1))
        actors.append((i, 1 + i % 2))
    cur.executemany(_EVENT_SQL, events)
    cur.executemany(_SOURCE_SQL, sources)
    cur.executemany("INSERT INTO event_place (event_id, place_id) VALUES (?,?)", places)
    cur.executemany("INSERT INTO event_actor (event_id, actor_id) VALUES (?,?)", actors)
