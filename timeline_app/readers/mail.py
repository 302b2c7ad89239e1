"""E-mails with their attachments: the body as `eml` reads it, and each attachment that is an
article (a PDF, a Word file, a saved page, a forwarded message, a zip...) read as the same file
dropped on its own would be, by `read_bytes`, as a zip's entries are.

An attached article is named like a zip's entry, "mail.eml!report.pdf": its source path leads
back to the e-mail file and says which attachment. Its publication date is its own when it has
one (metadata, dateline, URL, file name), else the e-mail's `Date:` header ("header", last in
the stated order); its title is its own, else the attachment's file name without its suffix.

When an attachment gave an article, the body is one only if it is a story itself (see `note`):
"FYI, see attached" and a signature are no article. Attachments that are no article (pictures,
calendar invitations, signatures, spreadsheets: `attachments.skipped`) are left out silently;
one that cannot be read (encrypted, corrupt) is a failed part beside the articles, as a zip's
entry is. A message forwarded inside a message inside ... is read down to MAX_DEPTH levels.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from timeline_app.domain.model import PublishedSource, RawArticle
from timeline_app.readers.attachments import Attachment, attachments
from timeline_app.readers.base import ReadContext, ReaderError, finish
from timeline_app.readers.eml import body_drafts, leaves, parse_message, sent_date
from timeline_app.readers.note import is_covering_note
from timeline_app.readers.published import dateline_date, plausible

# An e-mail at this nesting depth (forwarded as an attachment of an attachment of ..., or inside
# archives, which count too) is refused: each level parses its message again. The message
# dropped is at depth 0: three levels of forwarded messages in it are read.
MAX_DEPTH = 4

ReadBytes = Callable[[bytes, ReadContext], list[RawArticle]]


def read_mail(data: bytes, ctx: ReadContext, read_bytes: ReadBytes) -> list[RawArticle]:
    """The articles of one e-mail: its body's, then its attachments', in order."""
    if ctx.depth >= MAX_DEPTH:
        raise ReaderError(f"e-mail nested too deeply in messages or archives (limit {MAX_DEPTH})")
    msg = parse_message(data)
    if not any(msg.keys()):
        raise ReaderError("not an e-mail message (no headers)")
    sent = sent_date(msg)
    parts = leaves(msg)
    attached: list[RawArticle] = []
    failed: list[tuple[str, str]] = []
    for item in attachments(msg, parts):
        if item.failure:
            failed.append((_path(ctx, item), item.failure))
            continue
        try:
            attached.extend(_read_attachment(item, ctx, read_bytes, sent))
        except ReaderError as exc:  # one bad attachment does not lose the others
            failed.append((_path(ctx, item), str(exc)))
    drafts = [d for d in body_drafts(msg, ctx, parts, sent) if d.text.strip()]
    if attached:
        drafts = [d for d in drafts if not is_covering_note(d.text)]
    articles = [finish(d, ctx) for d in drafts] + attached
    if not articles:
        raise ReaderError(_nothing_read(failed, ctx))
    if ctx.failures is not None:  # said to the user, next to the articles that were read
        ctx.failures.extend(failed)
    return articles


def _path(ctx: ReadContext, item: Attachment) -> str:
    return f"{ctx.source_path}!{item.name}"


def _read_attachment(
    item: Attachment, ctx: ReadContext, read_bytes: ReadBytes, sent: date | None
) -> list[RawArticle]:
    child = replace(ctx, source_path=_path(ctx, item), name=item.name, depth=ctx.depth + 1)
    articles = read_bytes(item.data, child)
    return [_completed(a, child, item, sent) for a in articles]


def _completed(
    article: RawArticle, child: ReadContext, item: Attachment, sent: date | None
) -> RawArticle:
    """The attachment's article with the e-mail's date and the file's name where it has none of
    its own (a zip's entries and a feed's items keep theirs: they have their own names)."""
    if not article.title and article.source_path == child.source_path:
        article = replace(article, title=item.stem)
    if article.published is not None or sent is None:
        return article
    # What `finish` would have found had the header been a candidate: a dateline without a year
    # ("KYIV, March 14 —") completed by the header's year comes before the header itself.
    dateline = dateline_date(article.text, day_first=article.day_first, years=[sent.year])
    if plausible(dateline):
        return replace(article, published=dateline, published_source=PublishedSource.DATELINE)
    if not plausible(sent):
        return article
    return replace(article, published=sent, published_source=PublishedSource.HEADER)


def _nothing_read(failed: list[tuple[str, str]], ctx: ReadContext) -> str:
    if not failed:
        return "e-mail without a text or HTML body"
    name = failed[0][0].removeprefix(f"{ctx.source_path}!")
    return f"no readable article in the e-mail ({name}: {failed[0][1]})"


__all__ = ["MAX_DEPTH", "read_mail"]
