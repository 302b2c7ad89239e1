"""E-mail messages (.eml): subject as title (without "Re:", "Fwd:"), sender as author, the `Date:` header, the HTML or
plain body; a newsletter whose stories are separated by rule lines, or that begins each with a
linked headline, becomes one article per story. A story forwarded inline or quoted in full below
a short note is the article, with its own subject and date (`note.passed_on`); the signature,
disclaimers and unsubscribe lines after a message are no part of it (`note.trimmed`).

This module reads the body; `mail` adds the attachments (each read as a dropped file would be).
A forwarded message attached (message/rfc822) is never taken for the body: it is an attachment.
"""

from __future__ import annotations

import email
import email.policy
import re
from dataclasses import dataclass, replace
from datetime import date
from email.message import Message
from email.utils import parseaddr, parsedate_to_datetime

from timeline_app.readers.base import Draft, ReadContext, ReaderError
from timeline_app.readers.encoding import decode_bytes, normalise_newlines
from timeline_app.readers.fragments import fragment_text
from timeline_app.readers.html import html_draft
from timeline_app.readers.note import passed_on, trimmed
from timeline_app.readers.text import headline

# A line of 3+ rule characters (---, ===, ***, ___, ~~~) separates a newsletter's stories.
_RULE = re.compile(r"^[ \t]*([-=*_~#])(?:[ \t]*\1){2,}[ \t]*$", re.MULTILINE)
_HR = re.compile(r"<hr\b[^>]*>", re.IGNORECASE)
# A headline that links to the story on the web: how HTML newsletters without rules begin each
# of their stories (an article's subheadings link nowhere).
_LINKED_HEADING = re.compile(
    r"<h[1-4]\b[^>]*>\s*(?:<(?:strong|b|span)\b[^>]*>\s*)*<a\s[^>]*href=", re.I
)
# "Re:", "Fwd:", "AW:", "WG:", "TR:", "RV:", "Ответ:", "Пересл:", "回复："... that mail programs
# put before a subject (repeated: "Re: Fwd:"): no part of a title made from a subject, which
# analysts see in the list of articles.
_SUBJECT_PREFIX = re.compile(
    r"^[ \t]*(?:(?:re|fwd?|aw|wg|tr|rv|sv|vs|vb|antw|res|enc|odp|pd|rif|réf|doorst|ynt|"
    r"ответ|отв|пересл|переслано|回复|回覆|答复|转发|轉寄|転送)"
    r"[ \t]*(?:\[\d+\])?[ \t]*[:：][ \t]*)+",
    re.IGNORECASE,
)
_RULE_LINE = "\n\n-----\n\n"
_MIN_STORY = 300
_MIN_PLAIN = 200
MAX_PARTS = 1000  # a message of more parts is refused (each attachment costs a read)


def read_eml(data: bytes, ctx: ReadContext) -> list[Draft]:
    """The body of the message: one draft, or one per story of a newsletter."""
    msg = parse_message(data)
    if not any(msg.keys()):
        raise ReaderError("not an e-mail message (no headers)")
    drafts = body_drafts(msg, ctx, leaves(msg), sent_date(msg))
    if not drafts:
        raise ReaderError("e-mail without a text or HTML body")
    return drafts


def body_drafts(
    msg: Message, ctx: ReadContext, parts: list[Part], sent: date | None
) -> list[Draft]:
    """The drafts of the message's own body (none when it has no text or HTML body), from its
    `leaves`; `sent`: its `sent_date`."""
    subject = mail_title(_header(msg, "Subject"))
    sender = parseaddr(_header(msg, "From"))
    author = sender[0] or sender[1]
    body = _body(parts, ctx)
    if body is None:
        return []
    passed = passed_on(body.text)
    if passed is not None:  # forwarded inline or quoted below a note: that message is the story
        body = replace(body, text=passed.text, title="")
        subject = mail_title(passed.subject) or subject
        sent = passed.sent or sent
    stories = _stories(body.text)
    if len(stories) < 2:
        text = trimmed(body.text) or body.text
        return [
            replace(body, text=text, title=body.title or subject, author=author, header_date=sent)
        ]
    stories = [trimmed(story) for story in stories]
    return [
        Draft(
            text=story,
            title=headline(story) or f"{subject} ({n})",
            author=author,
            header_date=sent,
            source_path=f"{ctx.source_path}#story-{n}",
        )
        for n, story in enumerate(stories, 1)
    ]


def mail_title(subject: str) -> str:
    """A subject as an article's title: without the prefixes of replies and forwards."""
    return _SUBJECT_PREFIX.sub("", subject).strip()


def subject_title(msg: Message) -> str:
    """The message's subject as a title (`mail_title`)."""
    return mail_title(_header(msg, "Subject"))


def sent_date(msg: Message) -> date | None:
    return header_date(_header(msg, "Date"))


def parse_message(data: bytes) -> Message:
    return email.message_from_bytes(data, policy=email.policy.default)


def header_date(value: str) -> date | None:
    """The calendar day of a `Date:` header, in the sender's own time zone."""
    if not value:
        return None
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        return None


def _header(msg: Message, name: str) -> str:
    try:
        return str(msg.get(name, "") or "").strip()
    except (ValueError, TypeError, IndexError, AttributeError):
        return ""


def part_bytes(part: Message) -> bytes:
    payload = part.get_payload(decode=True)
    return payload if isinstance(payload, bytes) else b""


def part_text(part: Message) -> str:
    raw = part_bytes(part)
    return decode_part(raw, part.get_content_charset()) if raw else ""


# Charsets that write text in 7-bit bytes with escape codes (Japanese mail's ISO-2022-JP, UTF-7,
# HZ): their bytes are valid UTF-8 too, and decode_bytes, which tries UTF-8 first, would keep the
# escape codes as the text.
_SEVEN_BIT_CHARSET = re.compile(r"iso-?2022|utf-?7|hz", re.IGNORECASE)


def decode_part(raw: bytes, charset: str | None) -> str:
    """A part's bytes decoded by the charset its headers declare (decode_bytes's rules)."""
    if charset and _SEVEN_BIT_CHARSET.match(charset):
        try:
            return raw.decode(charset)
        except (UnicodeDecodeError, LookupError):
            pass
    return decode_bytes(raw, charset)


def _body(parts: list[Part], ctx: ReadContext) -> Draft | None:
    html_part = _first_part(parts, "text/html")
    plain_part = _first_part(parts, "text/plain")
    plain = normalise_newlines(part_text(plain_part)) if plain_part is not None else ""
    # A plain part of a few words ("view this e-mail in your browser") stands in for the HTML one.
    if len(plain.strip()) >= _MIN_PLAIN or (plain.strip() and html_part is None):
        return Draft(text=plain)
    if html_part is not None:
        html = part_text(html_part)
        newsletter = _newsletter(html)
        if newsletter is not None:
            return newsletter
        if html.strip():
            try:
                return html_draft(html, ctx)
            except ReaderError:
                return None
    return None


def _newsletter(html: str) -> Draft | None:
    """The stories of an HTML newsletter, one section each, when it separates them by rules or
    begins each with a linked headline, and at least two sections are story-sized."""
    for pieces in (_HR.split(html), _split_before(_LINKED_HEADING, html)):
        if len(pieces) >= 3:  # two separators at least
            sections = _RULE_LINE.join(fragment_text(s) for s in pieces)
            if len(_stories(sections)) >= 2:
                return Draft(text=sections)
    return None


def _split_before(pattern: re.Pattern[str], html: str) -> list[str]:
    starts = [m.start() for m in pattern.finditer(html)]
    return [html[a:b] for a, b in zip([0, *starts], [*starts, len(html)], strict=True)]


def _first_part(parts: list[Part], content_type: str) -> Message | None:
    for part in parts:
        if part.content_type == content_type and not part.attached:
            return part.msg
    return None


@dataclass(frozen=True, slots=True)
class Part:
    """A part of a message that is no multipart container, and what its headers say: read once,
    since each reading of a header parses it again (a tenth of a millisecond each)."""

    msg: Message
    content_type: str  # as Message.get_content_type() says it
    name: str  # its file name, "" when it has none
    # Sent as a file: disposition "attachment", a file name, or a message forwarded as an
    # attachment. An inline text part without a name is the body (or one of its alternatives).
    attached: bool


def leaves(msg: Message, limit: int = MAX_PARTS) -> list[Part]:
    """The message's parts that are no multipart container, in order; a message attached
    (message/rfc822) is one part, not entered. Walked without recursion (a hostile message may
    nest multiparts thousands deep); ReaderError past `limit` parts."""
    found: list[Part] = []
    stack = [msg]
    while stack:
        part = stack.pop()
        payload = part.get_payload() if part.is_multipart() else None
        if not isinstance(payload, list) or part.get_content_maintype() == "message":
            found.append(_described(part))
            if len(found) > limit:
                raise ReaderError(f"e-mail with more than {limit} parts")
            continue
        stack.extend(reversed([p for p in payload if isinstance(p, Message)]))
    return found


def _described(part: Message) -> Part:
    try:
        kind = part.get("Content-Type")
        disposition = part.get("Content-Disposition")
        name = _param(part, disposition, "filename") or _param(part, kind, "name")
    except (ValueError, TypeError, IndexError, AttributeError, LookupError):
        return Part(part, "application/octet-stream", "", attached=True)  # its reader decides
    content_type = part.get_default_type() if kind is None else _content_type(str(kind))
    attached = (
        content_type.startswith("message/")
        or str(disposition or "").split(";", 1)[0].strip().lower() == "attachment"
        or bool(name)
    )
    return Part(part, content_type, name, attached)


def _content_type(value: str) -> str:
    """What `Message.get_content_type` makes of a Content-Type value."""
    found = value.split(";", 1)[0].strip().lower()
    return found if found.count("/") == 1 else "text/plain"


def _param(part: Message, header: object, key: str) -> str:
    """A parameter of a parsed header (a file name: decoded, RFC 2231 pieces joined)."""
    if header is None:
        return ""
    params = getattr(header, "params", None)
    value = params.get(key) if params is not None else part.get_param(key, header=_NAMES[key])
    return str(value or "").strip()


_NAMES = {"filename": "content-disposition", "name": "content-type"}


def _stories(text: str) -> list[str]:
    """A newsletter's stories: rule-separated sections long enough to be articles."""
    sections = [s.strip("\n") for s in _RULE.split(text)[::2]]
    return [s for s in sections if len(s.strip()) >= _MIN_STORY]


__all__ = [
    "MAX_PARTS",
    "Part",
    "body_drafts",
    "decode_part",
    "header_date",
    "leaves",
    "mail_title",
    "parse_message",
    "part_bytes",
    "part_text",
    "read_eml",
    "sent_date",
    "subject_title",
]
