"""E-mail messages (.eml): subject as title, sender as author, the `Date:` header, the HTML or
plain body; a newsletter whose stories are separated by rule lines becomes one article per story.
"""

from __future__ import annotations

import email
import email.policy
import re
from dataclasses import replace
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


def read_eml(data: bytes, ctx: ReadContext) -> list[Draft]:
    msg = parse_message(data)
    if not any(msg.keys()):
        raise ReaderError("not an e-mail message (no headers)")
    subject = _header(msg, "Subject")
    sender = parseaddr(_header(msg, "From"))
    author = sender[0] or sender[1]
    sent = header_date(_header(msg, "Date"))
    body = _body(msg, ctx)
    if body is None:
        raise ReaderError("e-mail without a text or HTML body")
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


def _body(msg: Message, ctx: ReadContext) -> Draft | None:
    html_part = _first_part(msg, "text/html")
    plain_part = _first_part(msg, "text/plain")
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


def _first_part(msg: Message, content_type: str) -> Message | None:
    parts = msg.walk() if msg.is_multipart() else iter([msg])
    for part in parts:
        disposition = str(part.get("Content-Disposition", "") or "").lower()
        if part.get_content_type() == content_type and not disposition.startswith("attachment"):
            return part
    return None


def _stories(text: str) -> list[str]:
    """A newsletter's stories: rule-separated sections long enough to be articles."""
    sections = [s.strip("\n") for s in _RULE.split(text)[::2]]
    return [s for s in sections if len(s.strip()) >= _MIN_STORY]


__all__ = ["header_date", "parse_message", "part_bytes", "part_text", "read_eml"]
