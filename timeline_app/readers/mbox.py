"""Mailboxes (.mbox: Thunderbird's, Apple Mail's and Google Takeout's exports): every message
read as the same message saved as an .eml would be, as "box.mbox#message-3".

A message begins at a "From " line at the start of the file or after a line break (what Python's
`mailbox.mbox` does, on bytes in memory: `mailbox` reads only files on disk, and a mailbox may
come from a zip). A body line that began with "From " was written ">From " (mboxrd); one level of
">" is taken off again. A message that cannot be read is a failed part beside the others.
"""

from __future__ import annotations

import re
from dataclasses import replace

from timeline_app.domain.model import RawArticle
from timeline_app.readers.base import ReadContext, ReaderError
from timeline_app.readers.mail import ReadBytes

MAX_MESSAGES = 10_000  # as many as a zip's entries
_FROM_LINE = re.compile(rb"^From [^\r\n]*\r?\n", re.MULTILINE)
_ESCAPED_FROM = re.compile(rb"^>(>*From )", re.MULTILINE)


def read_mbox(data: bytes, ctx: ReadContext, read_bytes: ReadBytes) -> list[RawArticle]:
    messages = split_mbox(data)
    articles: list[RawArticle] = []
    failed: list[tuple[str, str]] = []
    for n, message in enumerate(messages, 1):
        child = replace(ctx, source_path=f"{ctx.source_path}#message-{n}", name=f"message-{n}.eml")
        try:
            articles.extend(read_bytes(message, child))  # as the same message saved as .eml
        except ReaderError as exc:  # one bad message does not lose the others
            failed.append((child.source_path, str(exc)))
    if not articles:
        detail = f" (message 1: {failed[0][1]})" if failed else ""
        raise ReaderError(f"no readable article in the mailbox{detail}")
    if ctx.failures is not None:
        ctx.failures.extend(failed)
    return articles


def split_mbox(data: bytes) -> list[bytes]:
    """The messages of a mailbox, their "From " lines taken off; ReaderError when it is none."""
    data = data.removeprefix(b"\xef\xbb\xbf")
    starts = [m for m in _FROM_LINE.finditer(data)]
    if not starts or starts[0].start() != 0:
        raise ReaderError("not an mbox mailbox (it does not begin with a 'From ' line)")
    if len(starts) > MAX_MESSAGES:
        raise ReaderError(f"mailbox with {len(starts)} messages (limit {MAX_MESSAGES})")
    ends = [m.start() for m in starts[1:]] + [len(data)]
    messages = (data[m.end() : end] for m, end in zip(starts, ends, strict=True))
    # The blank line that ends each message separates it from the next: not its own.
    return [_ESCAPED_FROM.sub(rb"\1", _unpadded(m)) for m in messages if m.strip()]


def _unpadded(message: bytes) -> bytes:
    for ending in (b"\r\n", b"\n"):
        if message.endswith(ending * 2):
            return message[: -len(ending)]
    return message


__all__ = ["MAX_MESSAGES", "read_mbox", "split_mbox"]
