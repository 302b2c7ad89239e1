"""The publication date a page's JSON-LD gives its article (moved out of published.py, which
still offers `jsonld_dates`): htmldate reads the first "datePublished" of the JSON-LD, which in a
@graph is often the WebPage's or a related story's, not the article's. Where no day is read
there, the year a datePublished gives ("2025-11", "2025") completes a byline's year-less stamp.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date

_ISO_DAY = re.compile(r"((?:19|20)\d\d)-(\d\d)-(\d\d)")
_JSONLD = "application/ld+json"
_SCRIPT_REACH = 200  # characters between "<script" and its type
_DATE_KEYS = ("datePublished", "dateCreated")
_TRAILING_COMMA = re.compile(r",\s*([}\]])")


def jsonld_dates(html: str) -> tuple[date | None, set[date]]:
    """The publication date of the page's article in its JSON-LD, and the publication dates of
    the other items there (the WebPage, related stories, a video).

    The article is the top-level item (or its WebPage's mainEntity) typed *Article, *Posting or
    Report; its datePublished, else its dateCreated, never its dateModified. Several such items
    with different dates name no article. Only <script type="application/ld+json"> blocks are
    read, with the json module; a block that is not JSON is skipped."""
    articles: set[date] = set()
    published: set[date] = set()
    for data in _jsonld_blocks(html):
        for item in _top_items(data):
            if _is_article(item):
                found = next(filter(None, map(_iso_day, map(item.get, _DATE_KEYS))), None)
                if found:
                    articles.add(found)
        published.update(_published_anywhere(data))
    article = next(iter(articles)) if len(articles) == 1 else None
    return article, published - articles


_PARTIAL = re.compile(r"\s*((?:19|20)\d\d)(?:-(\d\d)(?!\d))?")
_ANY_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def jsonld_year(html: str) -> tuple[int, int | None] | None:
    """The year, and the month when given, of the article's datePublished in the JSON-LD, however
    partly it is written ("2025", "2025-11", "19 Nov 2025 14:03", which `jsonld_dates` cannot
    read): the year of a byline's stamp printed without it (yearless.py). Without an article
    item, the year all items' datePublished agree on; None when they disagree. A copyright
    year is never one (the year a footer was last touched)."""
    articles: set[tuple[int, int | None]] = set()
    anywhere: set[tuple[int, int | None]] = set()
    for data in _jsonld_blocks(html):
        for item in _top_items(data):
            if _is_article(item):
                articles.update(filter(None, (_year_month(item.get(key)) for key in _DATE_KEYS)))
        anywhere.update(filter(None, (_year_month(n.get("datePublished")) for n in _nodes(data))))
    found = articles or anywhere
    years = {year for year, _ in found}
    months = {month for _, month in found}
    if len(years) != 1:
        return None
    return years.pop(), months.pop() if len(months) == 1 else None


def _year_month(value: object) -> tuple[int, int | None] | None:
    if not isinstance(value, str):
        return None
    m = _PARTIAL.match(value)
    if m:
        month = int(m.group(2)) if m.group(2) and 1 <= int(m.group(2)) <= 12 else None
        return int(m.group(1)), month
    years = set(_ANY_YEAR.findall(value))
    return (int(years.pop()), None) if len(years) == 1 else None


def _jsonld_blocks(html: str) -> Iterator[object]:
    """The parsed JSON of each <script type="application/ld+json"> block (found by substring)."""
    at = html.find(_JSONLD)
    while at >= 0:
        tag = html.rfind("<script", max(0, at - _SCRIPT_REACH), at)
        opened = html.find(">", at)
        end = html.find("</script", opened) if opened >= 0 else -1
        if end < 0:
            return
        data = _json(html[opened + 1 : end]) if tag >= 0 and ">" not in html[tag:at] else None
        if data is not None:
            yield data
        at = html.find(_JSONLD, end)


def _json(block: str) -> object:
    """The parsed block, or None when it is not JSON (cut short, too deep). Commas before a
    closing bracket, which hand-written templates leave and the json module refuses, are
    dropped on a second try."""
    block = _uncommented(block)
    for attempt in (block, _TRAILING_COMMA.sub(r"\1", block)):
        try:
            return json.loads(attempt, strict=False)
        except (ValueError, RecursionError):
            continue
    return None


def _uncommented(block: str) -> str:
    """The JSON of a block that wraps it in <!-- --> or CDATA markers, as some pages do."""
    block = block.strip()
    for opening, closing in (("<!--", "-->"), ("//<![CDATA[", "//]]>"), ("<![CDATA[", "]]>")):
        if block.startswith(opening) and block.endswith(closing):
            return block[len(opening) : -len(closing)].strip()
    return block


def _top_items(data: object) -> Iterator[dict]:
    """The items a block describes: itself, its list's, its @graph's, and their mainEntity."""
    for item in data if isinstance(data, list) else [data]:
        if not isinstance(item, dict):
            continue
        graph = item.get("@graph")
        for node in graph if isinstance(graph, list) else [item]:
            if isinstance(node, dict):
                yield node
                main = node.get("mainEntity")
                if isinstance(main, dict):
                    yield main


def _is_article(item: dict) -> bool:
    kinds = item.get("@type")
    for kind in kinds if isinstance(kinds, list) else [kinds]:
        if isinstance(kind, str) and (kind.endswith(("Article", "Posting")) or kind == "Report"):
            return True
    return False


def _published_anywhere(data: object) -> Iterator[date]:
    """The datePublished of every item however deeply nested (htmldate takes the first)."""
    for node in _nodes(data):
        found = _iso_day(node.get("datePublished"))
        if found:
            yield found


def _nodes(data: object) -> Iterator[dict]:
    """Every item of the data, however deeply nested."""
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            yield node
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)


def _iso_day(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    m = _ISO_DAY.match(value.strip())
    return _ymd(m.group(1), m.group(2), m.group(3)) if m else None


def _ymd(year: str, month: str, day: str) -> date | None:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None
