"""Data export (CSV, our JSON, TimelineJS3, iCalendar) from a real store filled with known events,
and the JSON round trip through `import`.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from timeline_app.cli import main
from timeline_app.domain.model import (
    Actor,
    DateBasis,
    DateSpan,
    EventFilter,
    EventStatus,
    EventType,
    ExtractedEvent,
    Extraction,
    Place,
    Precision,
    PublishedSource,
    RawArticle,
    TimeExpression,
)
from timeline_app.services.data_export import CSV_COLUMNS, EXPORT_FORMAT, export_data
from timeline_app.store.repositories import Store

STRIKE_ARTICLE = (
    "Missile strike on Voronezh\n\n"
    "Ukraine fired a US-made ATACMS missile at Voronezh on Tuesday, the Russian Defense Ministry said.\n\n"
    "Officials in Kyiv, Lviv; and Odesa met at the end of August to plan repairs.\n"
)
TALKS_ARTICLE = (
    "Envoys meet in Miami\n\n"
    "Steve Witkoff discussed the plan with Rustem Umerov in Miami earlier this week.\n\n"
    "Protesters gathered in Tbilisi on 16 November 2025 — «мирні» crowds, peaceful.\n"
)


def an_article(text: str, title: str, url: str = "", path: str = "") -> RawArticle:
    return RawArticle(
        text=text, title=title, site="example.org", language="en",
        published=date(2025, 11, 19), published_source=PublishedSource.OPTION,
        source_path=path or f"/data/{title}.txt", url=url,
    )  # fmt: skip


def an_event(
    text: str, sentence_part: str, when: str, span: DateSpan, type: EventType, title: str,
    places: tuple[Place, ...] = (), actors: tuple[Actor, ...] = (),
) -> ExtractedEvent:  # fmt: skip
    """An event whose sentence is the paragraph holding `sentence_part` (offsets computed)."""
    at = text.index(sentence_part)
    start = text.rfind("\n", 0, at) + 1
    end = text.index("\n", at)
    t_at = text.index(when, start)
    expression = TimeExpression(when, t_at, t_at + len(when), span, explanation="test")
    return ExtractedEvent(
        type=type, title=title, span=span, basis=DateBasis.RELATIVE, status=EventStatus.HAPPENED,
        sentence=text[start:end], start=start, end=end, time_expression=expression,
        actors=actors, places=places, confidence=0.8,
    )  # fmt: skip


def extraction_of(*events: ExtractedEvent) -> Extraction:
    return Extraction(tuple(e.time_expression for e in events if e.time_expression), events)


VORONEZH = Place("Voronezh", "RU", "city", 51.67, 39.18)


def fill(store: Store) -> None:
    strike = an_event(
        STRIKE_ARTICLE, "ATACMS", "on Tuesday", DateSpan.day(date(2025, 11, 18)),
        EventType.MISSILE_STRIKE, "Ukraine fires ATACMS at Voronezh", places=(VORONEZH,),
        actors=(Actor("Ukraine", "country"), Actor("Russia", "country")),
    )  # fmt: skip
    repairs = an_event(
        STRIKE_ARTICLE, "Officials in Kyiv", "at the end of August",
        DateSpan(date(2025, 8, 21), date(2025, 8, 31), Precision.MONTH), EventType.MEETING,
        "Officials in Kyiv, Lviv; and Odesa meet",
    )  # fmt: skip
    talks = an_event(
        TALKS_ARTICLE, "Witkoff", "earlier this week",
        DateSpan(date(2025, 11, 17), date(2025, 11, 19), Precision.WEEK), EventType.MEETING,
        "Witkoff and Umerov discuss the plan in Miami", places=(Place("Miami", "US"),),
    )  # fmt: skip
    protest = an_event(
        TALKS_ARTICLE, "Protesters", "on 16 November 2025", DateSpan.day(date(2025, 11, 16)),
        EventType.PROTEST, "Protest in Tbilisi — «мирні» " + "very long title " * 6,
    )  # fmt: skip
    url = "https://example.org/voronezh"
    store.save_article(
        an_article(STRIKE_ARTICLE, "Missile strike", url), extraction_of(strike, repairs)
    )
    store.save_article(an_article(TALKS_ARTICLE, "Envoys"), extraction_of(talks, protest))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store(tmp_path / "store.sqlite")
    fill(s)
    yield s
    s.close()


def by_title(events: list[dict], word: str) -> dict:
    return next(e for e in events if word in e["title"])


# --- CSV -------------------------------------------------------------------------------------


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        assert tuple(reader.fieldnames or ()) == CSV_COLUMNS
        return list(reader)


def test_csv_has_acled_like_columns_and_provenance(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    assert export_data(store, out) == 4
    rows = read_csv(out)
    strike = next(r for r in rows if r["event_type"] == "missile_strike")
    assert (strike["event_date"], strike["event_date_end"]) == ("2025-11-18", "2025-11-18")
    assert strike["date_precision"] == "day"
    assert strike["plover_category"] and strike["acled_event_type"] and strike["sub_event_type"]
    assert (strike["actor1"], strike["actor2"], strike["actors"]) == (
        "Ukraine",
        "Russia",
        "Ukraine; Russia",
    )
    assert (strike["location"], strike["country"]) == ("Voronezh", "RU")
    assert float(strike["latitude"]) == pytest.approx(51.67)
    assert "ATACMS missile at Voronezh on Tuesday" in strike["notes"]
    assert strike["source"] == "example.org / Missile strike"
    assert strike["source_url_or_file"] == "https://example.org/voronezh"
    assert strike["source_count"] == "1"


def test_csv_keeps_the_interval_of_an_imprecise_date(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    export_data(store, out)
    repairs = next(r for r in read_csv(out) if "Lviv" in r["title"])
    assert (repairs["event_date"], repairs["event_date_end"], repairs["date_precision"]) == (
        "2025-08-21", "2025-08-31", "month",
    )  # fmt: skip
    talks = next(r for r in read_csv(out) if "Witkoff" in r["title"])
    assert talks["source_url_or_file"] == "/data/Envoys.txt"  # no URL: the file


def test_export_applies_the_filter(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "meetings.csv"
    flt = EventFilter(types=frozenset({EventType.MEETING}), date_from=date(2025, 11, 1))
    export_data(store, out, flt)
    assert [r["title"] for r in read_csv(out)] == ["Witkoff and Umerov discuss the plan in Miami"]


# --- TimelineJS3 -----------------------------------------------------------------------------


def test_timelinejs_gives_only_the_date_parts_the_precision_supports(
    store: Store, tmp_path: Path
) -> None:
    out = tmp_path / "t.timelinejs.json"
    export_data(store, out, title="Ukraine, November")
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["title"]["text"]["headline"] == "Ukraine, November"
    slides = {s["text"]["headline"].split()[0]: s for s in doc["events"]}
    assert slides["Ukraine"]["start_date"] == {"year": 2025, "month": 11, "day": 18}
    assert "end_date" not in slides["Ukraine"]
    assert slides["Witkoff"]["end_date"] == {"year": 2025, "month": 11, "day": 19}
    assert "week" in slides["Witkoff"]["display_date"]
    assert slides["Ukraine"]["group"] == "Strikes"
    assert (
        "ATACMS" in slides["Ukraine"]["text"]["text"]
        and "href" in slides["Ukraine"]["text"]["text"]
    )


# --- iCalendar -------------------------------------------------------------------------------


def unfold(text: str) -> list[str]:
    return text.replace("\r\n ", "").split("\r\n")


def test_ics_has_all_day_events_with_exclusive_ends_escaped_and_folded(
    store: Store, tmp_path: Path
) -> None:
    out = tmp_path / "t.ics"
    export_data(store, out)
    raw = out.read_bytes()
    physical = raw.split(b"\r\n")
    assert all(len(line) <= 75 for line in physical)  # octets, CRLF excluded
    assert b"\n" not in raw.replace(b"\r\n", b"")
    lines = unfold(raw.decode("utf-8"))
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-2] == "END:VCALENDAR"
    assert lines.count("BEGIN:VEVENT") == lines.count("END:VEVENT") == 4
    assert "DTSTART;VALUE=DATE:20251118" in lines and "DTEND;VALUE=DATE:20251119" in lines
    assert "DTSTART;VALUE=DATE:20250821" in lines and "DTEND;VALUE=DATE:20250901" in lines
    assert "SUMMARY:Officials in Kyiv\\, Lviv\\; and Odesa meet" in lines
    assert any(line.startswith("SUMMARY:Protest in Tbilisi — «мирні»") for line in lines)
    assert "GEO:51.670000;39.180000" in lines and "LOCATION:Voronezh" in lines


# --- our JSON and the round trip ---------------------------------------------------------------


def test_json_export_names_its_format_first_and_carries_articles(
    store: Store, tmp_path: Path
) -> None:
    out = tmp_path / "t.json"
    export_data(store, out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert next(iter(doc)) == "format" and doc["format"] == EXPORT_FORMAT
    assert len(doc["articles"]) == 2 and len(doc["events"]) == 4
    assert {a["text"] for a in doc["articles"]} == {STRIKE_ARTICLE, TALKS_ARTICLE}
    strike = by_title(doc["events"], "ATACMS")
    assert strike["places"][0]["latitude"] == pytest.approx(51.67)
    assert strike["sources"][0]["sentence"].startswith("Ukraine fired")


def comparable(doc: dict) -> list[dict]:
    """Events without the ids a new store gives; sources point at article titles instead."""
    titles = {a["id"]: a["title"] for a in doc["articles"]}
    out = []
    for ev in doc["events"]:
        ev = {k: v for k, v in ev.items() if k != "id"}
        ev["sources"] = sorted(
            ({**s, "article_id": titles[s["article_id"]]} for s in ev["sources"]),
            key=lambda s: (s["article_id"], s["sentence_start"]),
        )
        out.append(ev)
    return sorted(out, key=lambda e: e["title"])


def articles_of(doc: dict) -> list[dict]:
    drop = {"id", "imported_at"}
    return sorted(({k: v for k, v in a.items() if k not in drop} for a in doc["articles"]),
                  key=lambda a: a["title"])  # fmt: skip


def test_json_round_trip_through_import_loses_nothing(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # given edits an analyst made: a correction, a star, a note, tags, a merge and a deletion
    events = {e.title: e for e in store.events()}
    talks = events["Witkoff and Umerov discuss the plan in Miami"]
    strike = events["Ukraine fires ATACMS at Voronezh"]
    repairs = events["Officials in Kyiv, Lviv; and Odesa meet"]
    protest = next(e for t, e in events.items() if t.startswith("Protest"))
    store.update_event(talks.id, title="Witkoff–Umerov talks", starred=True, note="check date",
                       tags=["peace plan", "US"])  # fmt: skip
    store.update_event(
        strike.id, span=DateSpan(date(2025, 11, 17), date(2025, 11, 18), Precision.WEEK)
    )
    store.merge_events([repairs.id, protest.id])
    first = tmp_path / "first.json"
    export_data(store, first)
    # when it is imported into an empty store and exported again
    db = tmp_path / "other.sqlite"
    assert main(["import", str(first), "--db", str(db)]) == 0
    assert capsys.readouterr().out.startswith(f"imported   {first}")
    second = tmp_path / "second.json"
    assert main(["export", "--db", str(db), "--out", str(second)]) == 0
    # then the events, their sources and edits, and the articles are the same
    a, b = (json.loads(p.read_text(encoding="utf-8")) for p in (first, second))
    assert comparable(b) == comparable(a)
    assert articles_of(b) == articles_of(a)


def test_importing_the_same_export_twice_changes_nothing(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out, db = tmp_path / "t.json", tmp_path / "other.sqlite"
    export_data(store, out)
    main(["import", str(out), "--db", str(db)])
    capsys.readouterr()
    assert main(["import", str(out), "--db", str(db)]) == 0
    assert capsys.readouterr().out.startswith(f"unchanged  {out}")


def test_a_damaged_export_fails_with_a_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "t.json"
    bad.write_text('{"format": "conflict-timeline/1", "articles": [')
    newer = tmp_path / "newer.json"
    newer.write_text('{"format": "conflict-timeline/9", "articles": [], "events": []}')
    code = main(["import", str(bad), str(newer), "--db", str(tmp_path / "s.sqlite")])
    out = capsys.readouterr().out
    assert code == 1
    assert f"failed     {bad}: damaged timeline export" in out
    assert f"failed     {newer}: made by a newer version" in out
