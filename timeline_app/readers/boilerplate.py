"""Lines that slip through main-text extraction but are page furniture, not reporting: newsletter
promotions, "Advertisement", photo credits, "Read more:" links, share prompts.

Only short lines are considered, so a sentence of reporting that mentions a newsletter stays.
"""

from __future__ import annotations

import re

_MAX_LINE = 250
_FURNITURE = re.compile(
    r"^\W*(?:advertisement|advertising|anzeige|werbung|publicité|publicidad|pubblicità|реклама|"
    r"reklama|sponsored(?: content)?)\W*$"
    r"|^\W*(?:photo|image|picture|credit|foto|bild|photograph)s?(?:\s+credit)?\s*:.{0,120}$"
    r"|^\W*(?:read more|related|see also|also read|more on this|lesen sie auch|mehr zum thema|"
    r"lire aussi|à lire aussi|leer más|lee también|leggi anche|читайте также|читайте також)\b.{0,200}$"
    r"|^\W*(?:share (?:this|on)|follow us on|click here|tap here)\b.{0,150}$"
    r"|^\W*(?:©|\(c\)\s|copyright\b).{0,150}$|^.{0,150}\ball rights reserved\b.{0,40}$"
    r"|^\W*(?:continue reading|seguir leyendo|sigue leyendo|weiterlesen|lire la suite|"
    r"continua a leggere|leia mais|читайте материал|читайте\s+(?:также|також)|loading)\b.{0,150}$"
    r"|^.{0,200}\b(?:photo|foto|bild|image|credit|picture)s?\s*:\s*[\w .,/&-]{1,40}$"
    r"|^\W*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\W*$|^\W*\(?end\)?\W*$"
    r"|^\W*(?:photo(?:graph)?|image|picture)s?\s+(?:by|courtesy|source)\b.{0,120}$",
    re.IGNORECASE,
)
_NEWSLETTER = re.compile(r"\bnewsletters?\b|\bnewsletter\w*", re.IGNORECASE)
_SIGN_UP = re.compile(
    r"\b(?:sign(?:ing)?[- ]up|subscri\w+|your (?:e-?mail|inbox)|inbox|abonn\w+|anmeld\w+|"
    r"inscri\w+|iscriv\w+|suscr\w+)",
    re.IGNORECASE,
)


def drop_furniture(text: str) -> str:
    """The text without furniture lines (and a newsletter promotion's neighbouring lines)."""
    lines = text.split("\n")
    promo = {i for i, line in enumerate(lines) if _is_promo(line)}
    near = {j for i in promo for j in (i - 1, i + 1, i + 2) if 0 <= j < len(lines)}
    kept = [
        line
        for i, line in enumerate(lines)
        if i not in promo
        and not (i in near and len(line) <= _MAX_LINE and _SIGN_UP.search(line))
        and not (len(line) <= _MAX_LINE and _FURNITURE.match(line.strip()))
    ]
    return "\n".join(kept)


def _is_promo(line: str) -> bool:
    return (
        len(line) <= _MAX_LINE
        and bool(_NEWSLETTER.search(line) and _SIGN_UP.search(line))
        or (len(line) <= 80 and line.strip().lower().startswith(("sign up for", "subscribe to")))
    )
