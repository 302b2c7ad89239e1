"""E-mail messages (.eml): subject as title, sender as author, the `Date:` header, the HTML or
plain body; a newsletter whose stories are separated by rule lines becomes one article per story.

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
from timeline_app.readers.text import headline

# A line of 3+ rule characters (---, ===, ***, ___, ~~~) separates a newsletter's stories.
_RULE = re.compile(r"^[ \t]*([-=*_~#])(?:[ \t]*\1){2,}[ \t]*$", re.MULTILINE)
_HR = re.compile(r"<hr\b[^>]*>", re.IGNORECASE)
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
    subject = _header(msg, "Subject")
    sender = parseaddr(_header(msg, "From"))
    author = sender[0] or sender[1]
    body = _body(parts, ctx)
    if body is None:
        return []
    stories = _stories(body.text)
    if len(stories) < 2:
        return [replace(body, title=body.title or subject, author=author, header_date=sent)]
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
    charset = part.get_content_charset()
    return decode_bytes(raw, charset) if raw else ""


def _body(parts: list[Part], ctx: ReadContext) -> Draft | None:
    html_part = _first_part(parts, "text/html")
    plain_part = _first_part(parts, "text/plain")
    plain = normalise_newlines(part_text(plain_part)) if plain_part is not None else ""
    # A plain part of a few words ("view this e-mail in your browser") stands in for the HTML one.
    if len(plain.strip()) >= _MIN_PLAIN or (plain.strip() and html_part is None):
        return Draft(text=plain)
    if html_part is not None:
        html = part_text(html_part)
        if len(_HR.findall(html)) >= 2:  # maybe a newsletter: its stories are split by rules
            sections = _RULE_LINE.join(fragment_text(s) for s in _HR.split(html))
            if len(_stories(sections)) >= 2:
                return Draft(text=sections)
        if html.strip():
            try:
                return html_draft(html, ctx)
            except ReaderError:
                return None
    return None


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
    "header_date",
    "leaves",
    "parse_message",
    "part_bytes",
    "part_text",
    "read_eml",
    "sent_date",
]
