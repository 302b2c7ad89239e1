"""Saved web pages: trafilatura for the main text (no comments, precision over recall) and the
title, site and author; htmldate (through trafilatura) for the published — not modified — date,
from metadata only: its extensive text search was right on 11 of 20 devset pages stripped of
metadata, and a wrong date is worse than none, so visible datelines are our own (published.py).
Furniture is ours too (markup_furniture.py, boilerplate.py): boxes the markup names as such are pruned after the
metadata is read and before trafilatura extracts, and furniture lines are dropped after. A photo
gallery's captions, which extraction drops, are put back when they are the page's story, and so
are the zero-width non-joiners of Persian and Indic words (joiners.py).

Both get the page itself, never a URL, so nothing is ever fetched; scripts are never run.
"""

from __future__ import annotations

import logging
import re
from datetime import date
from html import unescape

from lxml import etree
from trafilatura import bare_extraction, baseline, load_html

from timeline_app.readers.agency_dates import credit_line
from timeline_app.readers.base import Draft, ReadContext, ReaderError
from timeline_app.readers.boilerplate import caption_text, drop_author_bio, drop_furniture
from timeline_app.readers.boilerplate_shapes import drop_shaped
from timeline_app.readers.byline_author import without_author
from timeline_app.readers.convention import infer_day_first
from timeline_app.readers.encoding import decode_bytes, looks_binary
from timeline_app.readers.fragments import fragment_text
from timeline_app.readers.headline_dates import (
    before_headline,
    byline_disagrees,
    headline_stamp,
    url_only,
)
from timeline_app.readers.joiners import joined_words, with_joiners
from timeline_app.readers.jsonld_dates import jsonld_dates, jsonld_year
from timeline_app.readers.language import normalise_language
from timeline_app.readers.markup_dates import (
    generic_date,
    local_day,
    not_publication,
    published_element_date,
    utc_hour,
    utc_minute,
)
from timeline_app.readers.markup_furniture import (
    FURNITURE_ATTR,
    FURNITURE_XPATH,
    mark_furniture,
    name_words,
)
from timeline_app.readers.markup_tails import ready_loose_text
from timeline_app.readers.note_dates import original_note
from timeline_app.readers.published import dateline_date, labelled_dates
from timeline_app.readers.standfirst import standfirst

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)
_HTML_LANG = re.compile(
    r"""<html\b[^>]*?\blang\s*=\s*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?)""", re.IGNORECASE
)
_OG_LOCALE = re.compile(
    r"""<meta[^>]+property\s*=\s*["']og:locale["'][^>]+content\s*=\s*["']([\w-]+)""", re.IGNORECASE
)
_TAGS = re.compile(r"<[^>]+>")
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(https?://[^\s>]+?)\s*-->", re.IGNORECASE)
_SPACE = re.compile(r"\s+")
_SCRIPTS = re.compile(r"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
# htmldate's fast pass reads metadata only: <meta>, JSON-LD, <time>, the canonical URL.
_FAST_DATE = {
    "extensive_search": False,
    "original_date": True,
    "outputformat": "%Y-%m-%d",
    "deferred_url_extractor": True,
}
_MIN_LEAD = 60
_REPLACEMENT = re.compile("\ufffd+")
_H1 = re.compile(r"<h1\b", re.IGNORECASE)
_BYLINE_SPAN = 20000  # characters of markup after the <h1>
_BYLINE_LINES = 25
# Cores of published.UPDATE_WORDS ("Updated", "Mis à jour", "Última actualización", ...) in
# either case of their first letter.
_UPDATE_KEYS = (
    "pdated", "odified", "à jour", "ktualisiert", "ctualizado", "ctualización", "ggiornato",
    "ggiornamento", "modifica", "ijgewerkt", "бновлено", "бновлён", "новлено",
    "eändert", "odifié", "tualizad", "tualização", "ewijzigd", "ktualizacja", "ktualizowano",
    "зменено", "мінено", "üncelle", "更新", "تحديث", "ppdater", "äivitetty", "rissítve",
    "ódosítva", "ktualizováno", "praveno", "ctualizat", "νημέρω", "iperbarui", "ập nhật",
    "पडेट", "עודכן", "روزرسانی", "수정", "업데이트", "আপডেট", "อัปเดต", "อัพเดท", "แก้ไขล่าสุด",
    "ڈیٹ", "განახლ", "արմացվել", "аңартылды", "enilənib", "žurirano", "журирано", "бновен",
    "ктуализиран", "kemas kini", "sasishwa",
)  # fmt: skip
_ATTRIBUTE_REACH = 30  # characters between "dateModified" or "modified_time" and its value
# A syndication note ("This post originally appeared on Grist.") often sits outside the article
# element; it tells the analyst where the story comes from, so it is kept. Plain substring search
# first: a regex with alternations over a 500 KB page costs ~10 ms, these finds ~1 ms.
_NOTE_KEYS = (
    "originally appeared",
    "originally published",
    "originally ran",
    "originally posted",
    "first appeared",
    "first published",
    "erschien zuerst",
    "erschien erstmals",
    "initialement paru",
    "initialement publié",
    "d'abord paru",
    "d’abord paru",
    "d'abord publié",
    "d’abord publié",
    "publicado originalmente",
    "publicada originalmente",
    "originalmente publicad",
    "originariamente pubblicat",
    "originalmente pubblicat",
)
# "This article ...", "Dieser Beitrag ...": the note speaks of the piece itself.
_NOTE_SUBJECT = re.compile(
    r"^(?:this|the|an earlier version of this|a version of this|dieser|der|diese|cet|cette|ce|este|"
    r"esta|questo|questa)\s+(?:\w+\s+){0,2}(?:post|article|story|piece|report|interview|essay|"
    r"column|artikel|beitrag|text|entretien|artículo|nota|articolo|pezzo|intervista)\b",
    re.IGNORECASE,
)
_NOTE_SPAN = 600  # characters of markup either side of the phrase
_MAX_NOTE = 250
_NOTE_TRIES = 6  # the phrase in scripts or teasers: give up rather than parse them all
# A photo gallery ("... in pictures"): its captions tell the story, and extraction drops every
# one of them. Looked for only when the text is short.
_GALLERY_TEXT = 3000  # characters of extracted text at most
_GALLERY_MIN = 3  # captions of prose
_CAPTION_PROSE = 50  # characters
_CAPTIONS = etree.XPath(
    "//figcaption | //*[contains(@class, 'caption') and not(ancestor::figcaption)]"
)
_JOINER_KEYS = ("text", "title", "description")  # trafilatura's fields that lose joiners
_CREDIT_WORDS = frozenset(["credit", "credits", "photocredit", "copyright", "source", "byline"])
# trafilatura and htmldate log every page they find odd at ERROR level; our reason is enough.
for _name in ("trafilatura", "htmldate", "justext", "readability"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)


def read_html(data: bytes, ctx: ReadContext) -> list[Draft]:
    if looks_binary(data):
        raise ReaderError("binary data, not an HTML page")
    return [html_draft(decode_html(data), ctx)]


def decode_html(data: bytes) -> str:
    m = _CHARSET.search(data[:4096])
    return decode_bytes(data, m.group(1).decode("ascii", "ignore") if m else None)


def html_draft(html: str, ctx: ReadContext, *, url: str = "") -> Draft:
    """The article in one HTML document (also used for e-mail bodies, MHTML and feed items)."""
    doc, tree = _extract(html, url)
    joined = joined_words(html, tree, doc.get("text") or "")
    if joined:
        doc = {**doc, **{k: with_joiners(doc.get(k) or "", joined) for k in _JOINER_KEYS}}
    text = doc.get("text") or ""
    if not text.strip():
        text = _fallback_text(html)
    if not text.strip():
        raise ReaderError("no readable text in this HTML page")
    text = _REPLACEMENT.sub(" ", drop_furniture(text))  # U+FFFD: bytes the page itself lost
    text = drop_author_bio(text, doc.get("author") or "")
    text = drop_shaped(text, _site_name(doc))  # notices and calls by their shape
    text = _with_standfirst(text, tree, doc.get("title") or "")
    text = _with_lead(text, doc.get("description") or "", html)
    text = _with_gallery_captions(text, tree)
    text = _with_syndication_note(text, html)
    page_url = url or doc.get("url") or _saved_from(html)
    metadata_date = _article_date(_iso(doc.get("date")), html)
    if metadata_date and before_headline(metadata_date, html):  # a date bar's, a rail's
        metadata_date = headline_stamp(html) or metadata_date
    if metadata_date and url_only(metadata_date, html):  # the address's day (headline_dates.py)
        day_first = _day_first(html, page_url)
        if byline_disagrees(metadata_date, _byline(html, text), day_first):
            metadata_date = None
    if metadata_date and not_publication(metadata_date, html, text, page_url):
        metadata_date = None  # an edit's date, a copyright year, an event's date (published.py)
    if metadata_date is None:  # <time class="entry-date published"> beside an edit's <time>
        metadata_date = published_element_date(html)
    utc = utc_hour(metadata_date, html) if metadata_date else None
    byline = ""
    if metadata_date is None or utc is not None or _may_be_update(metadata_date, html):
        byline = without_author(_byline(html, text), doc.get("author") or "")  # byline_author.py
    if metadata_date and _is_update(metadata_date, html, byline, _day_first(html, page_url)):
        metadata_date = None  # the byline's "Published" line is the date (published.py)
    if metadata_date and utc is not None:
        minute = utc_minute(metadata_date, html)  # the byline's time must be that UTC time
        metadata_date = local_day(
            metadata_date, utc, byline, _day_first(html, page_url), minute=minute
        )
    # "Originally published: 18 Nov 2025" or an agency's "Fonte: ANSA – 17 luglio 2019" beside a
    # later metadata date: base.py reads them (note_dates.py, agency_dates.py).
    note = f"{original_note(html)}\n{credit_line(html)}".strip() if metadata_date else ""
    return Draft(
        text=text,
        title=doc.get("title") or "",
        site=_site(doc),
        author=doc.get("author") or "",
        url=page_url,
        locale=_locale(html),
        metadata_date=metadata_date,
        metadata_ambiguous=metadata_date is not None and _ambiguous_numeric(metadata_date, html),
        byline=note if metadata_date else byline,
        jsonld_year=None if metadata_date else jsonld_year(html),  # "19 Nov, 14:03" (yearless.py)
    )


def _extract(html: str, url: str) -> tuple[dict, etree._Element | None]:
    """trafilatura's document, and the parsed page with its furniture marked (trafilatura
    extracts from a copy, so the page's own tree is still whole for the standfirst)."""
    tree = None
    try:
        tree = load_html(html)
        if tree is not None:
            ready_loose_text(tree)
        marked = tree is not None and mark_furniture(tree) > 0
        doc = bare_extraction(
            html if tree is None else tree,
            url=url or None,
            include_comments=False,
            include_tables=True,
            favor_precision=True,
            with_metadata=True,
            date_extraction_params=dict(_FAST_DATE),
            prune_xpath=FURNITURE_XPATH if marked else None,
        )
        if isinstance(doc, dict):
            return doc, tree
        return (doc.as_dict() if doc is not None else {}), tree
    except Exception:  # trafilatura on hostile markup: fall back to plain text, never crash
        return {}, tree


def _article_date(found: date | None, html: str) -> date | None:
    """htmldate's date, or the article's own in the page's JSON-LD when htmldate found none or
    took another item's: it reads the first "datePublished" of the JSON-LD, which in a @graph is
    often the WebPage's (the day the address was first used) or a related story's."""
    article, others = jsonld_dates(html)
    if article is None or article == found:
        return found
    return article if found is None or found in others else found


def _site(doc: dict) -> str:
    """The site's name; trafilatura sometimes echoes the title there, then the host name is better."""
    name = doc.get("sitename") or ""
    if not name or name == doc.get("title"):
        name = doc.get("hostname") or ""
    return name.removeprefix("www.")


def _site_name(doc: dict) -> str:
    """The publication's own name (og:site_name), not its host name nor an echo of the title."""
    name = doc.get("sitename") or ""
    return "" if name == doc.get("title") else name


def _fallback_text(html: str) -> str:
    """Text of a page trafilatura finds no article in (very short or badly broken markup)."""
    try:
        _, text, _ = baseline(html)
    except Exception:
        text = _SPACE.sub(" ", unescape(_TAGS.sub(" ", _SCRIPTS.sub(" ", html))))
    return text.strip()


def _with_standfirst(text: str, tree: etree._Element | None, title: str) -> str:
    """Prepend the prose between the <h1> and the extracted text's first paragraph (the
    standfirst sitting outside the body's box) that the extractor left out."""
    start = _first_paragraph(text)
    if tree is None or not start:
        return text
    squashed = _squash(text)
    leads = [
        lead  # a list of key points is one lead, a line an item
        for lead in standfirst(tree, start, title)
        if _squash(lead)[:_MIN_LEAD] not in squashed
    ]
    return "\n".join([*leads, text]) if leads else text


def _first_paragraph(text: str) -> str:
    """The start of the text's first line of prose (an empty string when it has none)."""
    for line in text.split("\n"):
        squashed = _squash(line)
        if len(squashed) >= _MIN_LEAD:
            return squashed[:_MIN_LEAD]
    return ""


def _with_lead(text: str, description: str, html: str) -> str:
    """Prepend the standfirst when the page shows it (outside <meta>) but the extractor left it out."""
    lead = _SPACE.sub(" ", description).strip()
    # The start that proves it visible also proves it there: the page's wording wins (a
    # description may reword the standfirst's end).
    if len(lead) < _MIN_LEAD or _squash(lead[:_MIN_LEAD]) in _squash(text):
        return text
    return f"{lead}\n{text}" if _squash(lead[:60]) in _visible_text(html) else text


def _with_gallery_captions(text: str, tree: etree._Element | None) -> str:
    """Append the captions of a photo gallery, without their credits, when they hold more prose
    than the extracted text: on a gallery page the captions are the story (what happened where
    and when), while next to a story's own paragraphs they only repeat or decorate it."""
    if tree is None or len(text) > _GALLERY_TEXT:
        return text
    squashed = _squash(text)
    captions = [
        caption
        for caption in dict.fromkeys(_caption(el) for el in _CAPTIONS(tree) if _is_photos(el))
        if len(caption) >= _CAPTION_PROSE and caption[:_MIN_LEAD] not in squashed
    ]
    story = sum(len(line) for line in text.split("\n") if len(line) >= _MIN_LEAD)
    if len(captions) < _GALLERY_MIN or sum(map(len, captions)) <= story:
        return text
    return "\n".join([text, *captions])


def _is_photos(caption: etree._Element) -> bool:
    """Whether `caption` is a photo's own (an image beside it), not a teaser card's text (inside
    a link) nor a caption in a box marked as furniture (a related-videos rail)."""
    if any(a.tag == "a" or FURNITURE_ATTR in a.attrib for a in caption.iterancestors()):
        return False
    holder = caption.getparent()
    for _ in range(2):
        if holder is None:
            return False
        if holder.find(".//img") is not None or holder.find(".//picture") is not None:
            return True
        holder = holder.getparent()
    return False


def _caption(el: etree._Element) -> str:
    """A caption's words, without the credit its markup or its last words give."""
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str):
            names = name_words(child.get("class", "")) | name_words(child.get("id", ""))
            if not names & _CREDIT_WORDS:
                parts.append(child.text_content())
        parts.append(child.tail or "")
    return caption_text(_squash("".join(parts)))


def _with_syndication_note(text: str, html: str) -> str:
    """Append the page's "This article originally appeared on ..." line when extraction left it out."""
    low_text = text.lower()
    if any(key in low_text for key in _NOTE_KEYS):
        return text
    tries = 0
    for key in _NOTE_KEYS:  # mid-sentence, so lower case: the page is searched as it is
        at = html.find(key)
        while at >= 0 and tries < _NOTE_TRIES:
            tries += 1
            note = _note_around(html, at)
            if note:
                return f"{text}\n{note}"
            at = html.find(key, at + 1)
    return text


def _note_around(html: str, at: int) -> str:
    """The short "This article ... originally appeared ..." line of markup around position `at`."""
    fragment = _SCRIPTS.sub(" ", html[max(0, at - _NOTE_SPAN) : at + _NOTE_SPAN])
    for line in fragment_text(fragment).split("\n"):
        note = line.strip()
        low = note.lower()
        if (
            len(note) <= _MAX_NOTE
            and _NOTE_SUBJECT.match(note)
            and any(k in low for k in _NOTE_KEYS)
        ):
            return note
    return ""


def _visible_text(html: str) -> str:
    """The body's text with tags dropped and entities decoded (meta descriptions are not in it)."""
    start = html.lower().find("<body")
    body = _SCRIPTS.sub(" ", html[start if start >= 0 else 0 :])
    return _squash(unescape(_TAGS.sub(" ", body)))


def _squash(s: str) -> str:
    return _SPACE.sub(" ", s.replace("\u00a0", " ")).strip()


def _byline(html: str, text: str) -> str:
    """The lines from the headline on, for a page whose metadata has no date: bylines print
    "Published: 28 Apr 2020" or "Sep 24, 2020 at 10:04 AM" just below the <h1>. They end with
    the story: the dates of a short story's comments and teasers are not its own."""
    m = _H1.search(html)
    if not m:
        return ""
    lines = fragment_text(html[m.start() : m.start() + _BYLINE_SPAN]).split("\n")[:_BYLINE_LINES]
    last = _last_paragraph(text)
    if last:
        end = next((i for i, line in enumerate(lines) if last in _squash(line)), None)
        if end is not None:
            lines = lines[: end + 1]
    return "\n".join(lines)


def _last_paragraph(text: str) -> str:
    """The start of the story's last line of prose (an empty string when it has none)."""
    for line in reversed(text.split("\n")):
        squashed = _squash(line)
        if len(squashed) >= _MIN_LEAD:
            return squashed[:_MIN_LEAD]
    return ""


def _may_be_update(found: date, html: str) -> bool:
    """A quick look before `_is_update` reads the byline: a modified/updated attribute holds the
    date, or the markup after the headline says "Updated" in one of our languages."""
    m = _H1.search(html)
    region = html[m.start() : m.start() + _BYLINE_SPAN] if m else ""
    return (
        any(key in region for key in _UPDATE_KEYS)
        or _modified_attribute(found, html)
        or generic_date(found, html)
    )


def _is_update(found: date, html: str, byline: str, day_first: bool | None) -> bool:
    """True when the metadata date is the page's last edit and its byline prints an earlier
    "Published" date: htmldate takes dateModified when the page has no datePublished, and the
    first date of a byline that reads "Updated ... Published ...". The edit is known as such by
    an "Updated" line of the byline or a modified/updated attribute holding the date. A date
    given only by <meta name="date"> and the like (the day the page was generated, as often as
    not) yields to an earlier byline date, labelled or bare."""
    published, updated = labelled_dates(byline, day_first=day_first)
    generic = generic_date(found, html)
    if published is None and generic:  # <meta name="date">: the byline's bare date is as good
        published = dateline_date(byline, day_first=day_first, years=[found.year])
    if published is None or published >= found:
        return False
    return found in updated or generic or _modified_attribute(found, html)


def _modified_attribute(found: date, html: str) -> bool:
    """Whether the page gives `found` as a modification date: article:modified_time, og:updated_time,
    "dateModified", data-updated ... followed by the ISO date."""
    iso = found.isoformat()
    at = html.find(iso)
    while at >= 0:
        before = html[max(0, at - _ATTRIBUTE_REACH) : at].lower()
        if "modified" in before or "updated" in before:
            return True
        at = html.find(iso, at + 1)
    return False


def _day_first(html: str, url: str) -> bool | None:
    """The numeric-date convention the page declares (its locale, its domain), for its byline."""
    locale = _locale(html)
    return infer_day_first(normalise_language(locale) or "", url=url, locale=locale)


def _saved_from(html: str) -> str:
    """The address a browser notes when saving a page: <!-- saved from url=(0042)https://... -->."""
    m = _SAVED_FROM.search(html, 0, 2000)
    return m.group(1) if m else ""


def _locale(html: str) -> str:
    head = html[:20000]
    m = _HTML_LANG.search(head) or _OG_LOCALE.search(head)
    return m.group(1) if m else ""


def _ambiguous_numeric(found: date, html: str) -> bool:
    """True when the page gives this date only as a numeric day/month that could be month/day
    ('11/08/23'), never in an unambiguous form (ISO in its metadata, 2023/08/11, 20230811)."""
    if found.day > 12 or found.day == found.month:
        return False
    if any(form in html for form in (found.isoformat(), found.strftime("%Y/%m/%d"))):
        return False
    year = f"(?:{found.year}|{found.year % 100:02d})"
    pattern = rf"(?<!\d)0?{found.day}[/.\-]0?{found.month}[/.\-]{year}(?!\d)"
    return re.search(pattern, html) is not None


def _iso(value: object) -> date | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
