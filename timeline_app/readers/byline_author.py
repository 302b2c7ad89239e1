"""A byline that prints the author's name right before the day, with nothing between: "Inês
Carvalho 2 de junho de 2014, 19:24" (the name and the stamp are two inline elements of one line).

published.py reads a line that is only a date, or a date after a label ("Published") or after
"By <name>"; a bare name before the date hides it, and a rule that took any capitalised words
before a date would read the day of a headline ("Council minutes 19 November 2025": the meeting's,
not the page's). The page's metadata names its author, so only that name is taken off a line's
start, and published.py then decides whether the rest is a stamp. trafilatura's author is at
times a label or a weekday it took for one ("Aggiornato il", "الأربعاء", "Story by Jane Roe • May
2"): only two to four capitalised words without a digit count as a name.
"""

from __future__ import annotations

import re

_AUTHORS = re.compile(r"\s*[;,&]\s*|\s+(?:and|und|et|y|e|i|и)\s+")
_SEPARATORS = " ,"
_NAME_WORDS = 4
_SHORTEST = 5  # characters of a name worth looking for ("Reuters" is a credit, not a name)
_STAMP_LINE = 160  # a byline's line is no longer


def without_author(byline: str, author: str) -> str:
    """The byline with the author's name taken off the start of a line where a digit follows it
    (the date), so that the line reads as the stamp it is."""
    names = [n for n in _AUTHORS.split(author.strip()) if _a_name(n)]
    if not names or not byline:
        return byline
    lines = byline.split("\n")
    for i, line in enumerate(lines):
        if len(line) > _STAMP_LINE:
            continue
        stripped = line.strip()
        for name in names:
            if stripped.startswith(name):
                rest = stripped[len(name) :].lstrip(_SEPARATORS)
                if rest[:1].isdigit() and rest != stripped:
                    lines[i] = rest
                break
    return "\n".join(lines)


def _a_name(name: str) -> bool:
    """Two to four capitalised words, no digit: "Inês Carvalho", "Dale A. Whitford"."""
    words = name.split()
    return (
        len(name) >= _SHORTEST
        and 2 <= len(words) <= _NAME_WORDS
        and all(w[0].isupper() for w in words)
        and not any(ch.isdigit() for ch in name)
    )
