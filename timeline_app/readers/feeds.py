"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds, parsed with defusedxml (no entity expansion, no DTDs,
no network): each item is an article with its own `source_path` ("feed.xml#item-3").

An item's publication date is its pubDate / dc:date / atom:published ("metadata"); Atom's
`updated` says when the entry last changed, so it is not taken as the publication date.

What feed software adds to every item is no article text: WordPress's closing "The post ...
appeared first on ...", a closing paragraph that is only a link ("Sign up for our newsletter",
"Continue reading") and the lines `note.trimmed` drops from mail. An item's link that goes
through Google's redirect (Google Alerts' feeds) is the address it redirects to.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from urllib.parse import parse_qs, urlsplit
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from timeline_app.readers.base import Draft, ReadContext, ReaderError
from timeline_app.readers.eml import header_date
from timeline_app.readers.encoding import decode_bytes
from timeline_app.readers.fragments import fragment_text
from timeline_app.readers.note import trimmed

_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_ATOM = "{http://www.w3.org/2005/Atom}"
_RSS1 = "{http://purl.org/rss/1.0/}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
_LINK_PARAGRAPHS = re.compile(
    r"(?:<p\b[^>]*>\s*<a\b[^>]*>[^<]{0,160}</a>\s*</p>\s*)+\Z", re.IGNORECASE
)
_APPEARED_FIRST = re.compile(r"\n?The post .{1,400} appeared first on .{1,200}\Z", re.DOTALL)
_REDIRECTS = frozenset(("www.google.com", "google.com", "news.google.com"))


def read_feed(data: bytes, ctx: ReadContext) -> list[Draft]:
    root = _parse(data)
    tag = _local(root.tag)
    if tag == "feed":
        site, items = _text(root.find(f"{_ATOM}title")), root.findall(f"{_ATOM}entry")
        drafts = [_atom_entry(e, site) for e in items]
    elif tag in ("rss", "RDF"):
        channel = root.find("channel")
        if channel is None:
            channel = root.find(f"{_RSS1}channel")
        site = _first(channel, "title", f"{_RSS1}title") if channel is not None else ""
        items = root.findall("./channel/item") + root.findall(f"{_RSS1}item")
        drafts = [_rss_item(i, site) for i in items]
    else:
        raise ReaderError(f"XML file that is not an RSS or Atom feed (root <{tag}>)")
    if not drafts:
        raise ReaderError("feed without items")
    return [
        replace(d, source_path=f"{ctx.source_path}#item-{n}")
        for n, d in enumerate(drafts, 1)
        if d.text
    ]


def _parse(data: bytes) -> Element:
    try:
        try:
            return fromstring(data, forbid_dtd=True)
        except LookupError:  # an encoding name expat does not know: decode it ourselves
            text = _DECLARATION.sub("", decode_bytes(data), count=1)
            return fromstring(text, forbid_dtd=True)
    except DefusedXmlException as exc:
        raise ReaderError(f"unsafe XML refused ({type(exc).__name__})") from exc
    except (ParseError, ValueError, LookupError) as exc:
        raise ReaderError(f"malformed XML ({exc})") from exc


def _rss_item(item: Element, site: str) -> Draft:
    body = _first(item, _CONTENT, "description", f"{_RSS1}description")
    title = _first(item, "title", f"{_RSS1}title")
    published = header_date(_first(item, "pubDate")) or _iso_date(_first(item, f"{_DC}date"))
    return Draft(
        text=_article_text(title, body),
        title=fragment_text(title),
        site=site,
        author=_first(item, f"{_DC}creator", "author"),
        url=_target(_first(item, "link", f"{_RSS1}link", "guid")),
        metadata_date=published,
    )


def _atom_entry(entry: Element, site: str) -> Draft:
    body = _first(entry, f"{_ATOM}content", f"{_ATOM}summary")
    title = _first(entry, f"{_ATOM}title")
    link = next(
        (
            el.get("href", "")
            for el in entry.findall(f"{_ATOM}link")
            if el.get("rel", "alternate") == "alternate"
        ),
        "",
    )
    author = entry.find(f"{_ATOM}author/{_ATOM}name")
    return Draft(
        text=_article_text(title, body),
        title=fragment_text(title),
        site=site,
        author=_text(author),
        url=_target(link),
        metadata_date=_iso_date(_first(entry, f"{_ATOM}published", f"{_DC}date")),
    )


def _article_text(title: str, body: str) -> str:
    """The item body without what feed software adds to each; a body-less item (a headline
    alert) is its title."""
    text = fragment_text(_LINK_PARAGRAPHS.sub("", body.strip()) or body)
    text = trimmed(_APPEARED_FIRST.sub("", text)) or text
    return text or fragment_text(title)


def _target(url: str) -> str:
    """The address a Google redirect ("https://www.google.com/url?...&url=https://...") leads
    to; any other address as it is."""
    parts = urlsplit(url.strip())
    if parts.hostname not in _REDIRECTS or parts.path != "/url":
        return url
    query = parse_qs(parts.query)
    target = next((v[0] for k in ("url", "q") if (v := query.get(k))), "")
    return target if target.startswith(("http://", "https://")) else url


def _first(node: Element, *tags: str) -> str:
    for tag in tags:
        value = _text(node.find(tag))
        if value:
            return value
    return ""


def _text(node: Element | None) -> str:
    return "".join(node.itertext()).strip() if node is not None else ""


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _iso_date(value: str) -> date | None:
    try:
        return date.fromisoformat(value.strip()[:10]) if value else None
    except ValueError:
        return None
