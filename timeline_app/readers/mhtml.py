"""MHTML single-file pages (.mhtml/.mht, "Save as single file"): the first HTML part is the page;
its Content-Location is the page's URL (a string only — nothing is fetched).
"""

from __future__ import annotations

from timeline_app.readers.base import Draft, ReadContext, ReaderError
from timeline_app.readers.eml import decode_part, parse_message, part_bytes
from timeline_app.readers.html import decode_html, html_draft


def read_mhtml(data: bytes, ctx: ReadContext) -> list[Draft]:
    msg = parse_message(data)
    url = str(msg.get("Snapshot-Content-Location", "") or "")
    for part in msg.walk():
        if part.get_content_type() != "text/html":
            continue
        raw = part_bytes(part)
        if not raw.strip():
            continue
        charset = part.get_content_charset()
        html = decode_part(raw, charset) if charset else decode_html(raw)
        location = str(part.get("Content-Location", "") or "")
        return [html_draft(html, ctx, url=url or location)]
    raise ReaderError("MHTML file without an HTML page inside")
