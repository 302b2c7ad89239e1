"""What every reader shares: the error it raises, the draft it returns, and how a draft becomes a
`RawArticle` (the user's values win, then publication-date sources in order, language, convention).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import PurePosixPath

from timeline_app.domain.model import PublishedSource, RawArticle
from timeline_app.readers.agency_dates import agency_day
from timeline_app.readers.convention import infer_day_first
from timeline_app.readers.kinds import DEFAULT_MAX_BYTES
from timeline_app.readers.language import FALLBACK, detect_language, normalise_language
from timeline_app.readers.published import (
    choose_published,
    dateline_date,
    filename_date,
    original_date,
    plausible,
    url_date,
)
from timeline_app.readers.wire_dates import earlier_dateline
from timeline_app.readers.yearless import url_year_month, yearless_date


class ReaderError(Exception):
    """A file that cannot be read; the message is shown to the user as the reason."""


@dataclass(frozen=True, slots=True)
class ReadContext:
    """One read request: the user's explicit values, the limit, and where the bytes came from."""

    source_path: str  # unique and stable: "a.zip!inner/b.html", "feed.xml#item-3"
    published: date | None = None
    language: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    depth: int = 0  # archive nesting
    name: str = ""  # the file's own name when the path holds "!" or "#" of its own
    # Where a reader of several articles (an archive, JSON lines) notes (path, reason) for each
    # part it could not read while others were read: the caller reports them, instead of their
    # loss going unnoticed. None: not noted.
    failures: list[tuple[str, str]] | None = field(default=None, compare=False, repr=False)

    @property
    def file_name(self) -> str:
        """The bare name of the file being read (an archive entry's own name)."""
        if self.name:
            return self.name
        inner = self.source_path.rsplit("!", 1)[-1]
        return PurePosixPath(inner.replace("\\", "/")).name


@dataclass(frozen=True, slots=True)
class Draft:
    """What a reader found in one article before the shared decisions are made."""

    text: str
    title: str = ""
    site: str = ""
    author: str = ""
    url: str = ""
    locale: str = ""  # a declared language or locale: "en-GB", "de"
    metadata_date: date | None = None
    # The metadata date may be a numeric d/m/y that the page may have meant as m/d/y.
    metadata_ambiguous: bool = False
    header_date: date | None = None
    # Page text around the headline but outside the article text, where pages print their date.
    byline: str = ""
    # The year (and month) the page's JSON-LD gives its article where no day of it was taken
    # ("datePublished": "2025-11"): the year of a byline stamp printed without one (yearless.py).
    jsonld_year: tuple[int, int | None] | None = None
    source_path: str = ""  # overrides the context's (items of a feed, stories of a newsletter)


def finish(draft: Draft, ctx: ReadContext) -> RawArticle:
    """Decide language, numeric-date convention and publication date for one draft."""
    if not draft.text.strip():
        raise ReaderError("no article text found")
    declared = normalise_language(draft.locale)
    language = normalise_language(ctx.language) or detect_language(
        draft.text, fallback=declared or FALLBACK
    )
    day_first = infer_day_first(language, url=draft.url, locale=draft.locale, text=draft.text)
    published, source = _published(draft, ctx, day_first)
    return RawArticle(
        text=draft.text,
        title=draft.title.strip(),
        site=draft.site.strip(),
        author=draft.author.strip(),
        language=language,
        published=published,
        published_source=source,
        source_path=draft.source_path or ctx.source_path,
        url=draft.url.strip(),
        day_first=day_first,
    )


def _published(
    draft: Draft, ctx: ReadContext, day_first: bool | None
) -> tuple[date | None, PublishedSource]:
    if ctx.published is not None:
        return ctx.published, PublishedSource.OPTION
    from_url = url_date(draft.url)
    from_name = filename_date(ctx.file_name)
    years = [d.year for d in (draft.metadata_date, from_url, from_name, draft.header_date) if d]
    dateline = dateline_date(draft.text, day_first=day_first, years=years)
    if dateline is None and draft.byline:
        dateline = dateline_date(draft.byline, day_first=day_first, years=years)
    if dateline is None:
        dateline = _yearless(draft, [from_url, from_name, draft.header_date], day_first)
    candidates = {
        PublishedSource.METADATA: _convention_applied(draft, day_first),
        PublishedSource.DATELINE: dateline,
        PublishedSource.URL: from_url,
        PublishedSource.FILENAME: from_name,
        PublishedSource.HEADER: draft.header_date,
    }
    published, source = choose_published(candidates)
    if published and source is not PublishedSource.OPTION:  # a wire story posted days later
        filed = earlier_dateline(draft.text, published, day_first=day_first) or _agency_day(
            draft, published, day_first
        )
        if filed:
            published, source = filed, PublishedSource.DATELINE
    original = original_date(draft.text, day_first=day_first)
    if original is None and draft.byline:  # "Originally published" / "18 Nov 2025" beside the h1
        original = original_date(draft.byline, day_first=day_first)
    if original and (published is None or original < published):
        return original, PublishedSource.DATELINE  # a republished story: its first day
    return published, source


def _agency_day(draft: Draft, published: date, day_first: bool | None) -> date | None:
    """The day a news agency's credit line at the head of the text or under the headline gives
    ("Fonte: ANSA – 17 luglio 2019"), when a little before `published` (agency_dates.py)."""
    return agency_day(draft.text, published, day_first=day_first) or agency_day(
        draft.byline, published, day_first=day_first
    )


def _yearless(draft: Draft, others: list[date | None], day_first: bool | None) -> date | None:
    """A byline stamp without its year ("Julkaistu 19.11. 14:03"), completed by the year of the
    address's path, of the page's JSON-LD or of another full date, when the day agrees with them
    (yearless.py); a JSON-LD year or month that the path contradicts gives none."""
    full = [d for d in others if d]
    hint = draft.jsonld_year
    from_path = url_year_month(draft.url) or hint
    if from_path is None and not full:
        return None
    year, month = from_path or (max(full).year, None)
    if hint and (hint[0] != year or (None not in (month, hint[1]) and month != hint[1])):
        return None
    month = month or (hint[1] if hint else None)
    latest = min(full) if full else None
    for text in (draft.text, draft.byline):
        found = yearless_date(text, year=year, month=month, latest=latest, day_first=day_first)
        if found:
            return found
    return None


def _convention_applied(draft: Draft, day_first: bool | None) -> date | None:
    """The metadata date read by the site's convention when it came from an ambiguous '11/08/23'
    (htmldate reads those day-first); dropped when the convention is unknown."""
    found = draft.metadata_date
    if found is None or not draft.metadata_ambiguous or day_first is True:
        return found
    if day_first is None:
        return None
    return date(found.year, found.day, found.month)


def finish_all(drafts: list[Draft], ctx: ReadContext) -> list[RawArticle]:
    """Finish every draft; drafts without text are dropped unless none has any."""
    articles = [finish(d, ctx) for d in drafts if d.text.strip()]
    if not articles:
        raise ReaderError("no article text found")
    return articles


__all__ = [
    "DEFAULT_MAX_BYTES",
    "Draft",
    "ReadContext",
    "ReaderError",
    "finish",
    "finish_all",
    "plausible",
]
