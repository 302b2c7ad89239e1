"""An edit's stamp that a byline prints in brackets after the publication's: "14:25 07.12.2022
(обновлено: 16:40 08.12.2022)", "2024年1月2日 5:30（1月3日 10:12更新）", "19 Nov 2025 (updated
20 Nov)".

published.py reads a byline's line as stamps joined by bars ("Published ... | Updated ..."), and
passes over a part that says "Updated" anywhere: the bracket kept the whole line from being read,
though its first part is only the publication's date. So the bracket becomes a stamp of its own,
joined by a bar: the edit's date is read as an edit's, the date before it as the publication's.
"""

from __future__ import annotations

import re

from timeline_app.readers.date_labels import UPDATE_WORDS

# A bracket holding an update word (before or after its date), with no bracket inside.
_BRACKETED_EDIT = re.compile(
    rf"\s*[(（]([^()（）]{{0,40}}?(?<![^\W\d_]){UPDATE_WORDS}[^()（）]{{0,40}})[)）]",
    re.IGNORECASE,
)


def unbracket_edit(line: str) -> str:
    """The line with a bracketed edit's stamp turned into a bar-joined part of its own."""
    if "(" not in line and "（" not in line:
        return line
    return _BRACKETED_EDIT.sub(r" | \1", line)
