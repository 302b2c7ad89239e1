"""Page furniture: what surrounds a news story on its page but is not reporting.

Two passes, both meant for any site in the languages analysts read most (en, de, fr, es, it, uk,
ru), never for one site's wording or class names:

- `markup_furniture.mark_furniture` looks at the markup before extraction and marks the boxes the page itself
  names as furniture (captions, credits, related and recommended links, newsletter, share and tag
  boxes, ad slots, players, landmarks such as role="complementary"), and short newsletter or
  subscription boxes however they are named. The box holding the headline or the article body,
  or a large share of the page's prose, is never marked, whatever its class says.
- `drop_furniture` removes the lines that still slip through main-text extraction: "Advertisement",
  photo credits and captions, "Read more:" teasers, tag lists, "Updated" stamps, bylines, share
  and menu rows, comment counts, live-blog labels, paywall and newsletter prompts, copyright and
  cookie notes, correction labels and edit stamps, embed and app leftovers, player, podcast,
  donation and consent prompts, and the author's bio at the end.

Only short lines are considered, and a promotion is a call ("Sign up", "Abonnieren Sie"), so a
sentence of reporting that mentions a newsletter stays.

A press release's closing matter (contacts, notes to editors, "About <organisation>") is cut
from the end of the text as a whole (`_drop_release_tail`).

This module holds the line rules; their patterns, in every language, are data in
boilerplate_words.py (furniture lines), boilerplate_calls.py (paywall notes, promotions, asks),
boilerplate_world.py (further languages, blog platforms, press releases) and
boilerplate_inline.py (notices, labels and calls inside the article in further wordings), so
that the rules read on one screen. `drop_author_bio` also drops a closing line that opens on
the byline's own name, in any language.
"""

from __future__ import annotations

import re

from timeline_app.readers.boilerplate_calls import (
    _ASK_KEYS,
    _ASKS,
    _CALL,
    _CONSENT,
    _EMBEDDED_FROM,
    _GIVING,
    _NEWSLETTER,
    _NEWSLETTER_KEYS,
    _PAYWALL,
    _PAYWALL_GATE,
    _PITCH,
    _PRICE,
    _SIGN_UP,
    _SOCIAL,
    _SUPPORT_US,
)
from timeline_app.readers.boilerplate_inline import TEASER_RULES, is_inline_furniture
from timeline_app.readers.boilerplate_words import (
    _AUTHOR_BOX,
    _BIO,
    _BYLINE,
    _CAPTION_CREDIT,
    _COMMENTS,
    _COMMENTS_HEADING,
    _CORRECTION,
    _EMBEDS_AND_CALLS,
    _FURNITURE,
    _LIVE,
    _MENU_SPLIT,
    _PLAYERS_AND_CALLS,
    _REACTIONS_HEADING,
    _SHARE_WORDS,
    _TAGS,
    _TEASER,
    _TEASER_HEADING,
    _TEASER_LABEL,
    _UI,
    _UPDATED,
    _WORDS,
)
from timeline_app.readers.boilerplate_world import (
    _ABOUT,
    _BLOG_LINES,
    _CITATION,
    _CITATION_KEYS,
    _CITE_HEADING,
    _CLOSING_HEADING,
    _DEVELOPING,
    _FOLLOW_CALL,
    _GOOGLE_NEWS,
    _ORGANISATION,
    _RELEASE_END,
    _SIGN_OFFS,
    _TEASER_HEADING_WORLD,
    _TEASER_LABEL_WORLD,
    _THREAD_HEADING,
    _VIEW_COUNT,
)

MAX_LINE = 250
# A row of menu entries (_MENU_SPLIT) has at least this many.
_MENU_ITEMS = 4
_BIO_TAIL = 3  # only the last lines: a reporter named mid-story is reporting
_TABLE_ROW = re.compile(r"^\s*\|")
# Several authors in trafilatura's field: "Jane Roe; John Doe", "Jane Roe and John Doe".
_AUTHORS = re.compile(r"\s*(?:[;,|]|\s(?:and|und|et|y|e|и|і|та|és|ve|och|en|i|a)\s)\s*")
_AUTHOR_BIO_MAX = 300
# What follows the name in a bio: a comma, a dash or a verb ("is", "ist", "är", "scrive").
_AFTER_NAME = re.compile(r"\s*[,–—(-]|\s+[^\W\d_]")
_CONTACT = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+|https?://|www\.")
_LINE_RULES = (
    _FURNITURE,
    _TEASER_HEADING,
    _TEASER,
    _TEASER_LABEL,
    _TAGS,
    _UPDATED,
    _LIVE,
    _COMMENTS_HEADING,
    _COMMENTS,
    _UI,
    _CORRECTION,
    _AUTHOR_BOX,
    _EMBEDS_AND_CALLS,
    _PLAYERS_AND_CALLS,
    _TEASER_LABEL_WORLD,
    _TEASER_HEADING_WORLD,
    _DEVELOPING,
    _CITE_HEADING,
    _SIGN_OFFS,
    _BLOG_LINES,
    _VIEW_COUNT,
)
# A press release's closing matter (contacts, notes to editors, the organisation's description)
# follows its text: at most this many long lines of prose, and no more text than the release.
_CLOSING_PROSE = 120  # characters: a line this long that names no contact is prose
_PROSE_LINE = 60  # characters: a paragraph of the release, not a heading
_CONTACT_OR_PHONE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+|https?://|www\.|\+?\d[\d ()./-]{7,}\d")
_CLOSING_MAX_PROSE = 1
_CLOSING_MIN_LEAD = 2  # paragraphs of the release before its closing matter
_ABOUT_ECHO = 60  # characters of the paragraph after "About X" that name X again


def drop_furniture(text: str) -> str:
    """The text without furniture lines (and a newsletter promotion's neighbouring lines)."""
    lines = _drop_release_tail(_drop_contact_tables(text.split("\n")))
    promo = {i for i, line in enumerate(lines) if is_promo(line)}
    near = {j for i in promo for j in (i - 1, i + 1, i + 2) if 0 <= j < len(lines)}
    kept = [
        line
        for i, line in enumerate(lines)
        if i not in promo
        and not (i in near and len(line) <= MAX_LINE and _SIGN_UP.search(line))
        and not (len(line) <= MAX_LINE and _is_furniture(line.strip()))
    ]
    return "\n".join(_drop_closing_bio(kept))


# A credit closing a caption without parentheses: "... on Tuesday. Photograph: Jane Roe/Agency".
_CLOSING_CREDIT = re.compile(
    r"(?:^|(?<=[.!?]))\s*(?:photograph|photo|picture|image|credit|foto|bild|fotografía|"
    r"fotografia|crédit|фото|світлина)s?\s*:\s*[^.!?]{1,80}$",
    re.IGNORECASE,
)


def caption_text(caption: str) -> str:
    """The words of a photo's caption without the credit closing it ("(REUTERS/Jane Roe)",
    "Photograph: Jane Roe/Agency"); empty when nothing but furniture is left."""
    text = _CLOSING_CREDIT.sub("", _CAPTION_CREDIT.sub("", caption)).strip()
    return "" if not text or is_furniture_line(text) else text


def is_furniture_line(line: str) -> bool:
    """Whether one line (a block of the page, say) is furniture by itself: a caption, a credit,
    a byline, a share row, a promotion."""
    line = line.strip()
    return len(line) <= MAX_LINE and (_is_furniture(line) or is_promo(line))


def _is_furniture(line: str) -> bool:
    return bool(
        any(rule.match(line) for rule in _LINE_RULES)
        or _CAPTION_CREDIT.search(line)
        or is_paywall_note(line)
        or _is_ask(line)
        or _is_share_row(line)
        or _is_menu_row(line)
        or _BYLINE.match(line)
        or (len(line) <= 160 and _SOCIAL.search(line) and _CALL.search(line))
        or (_GOOGLE_NEWS.match(line) is not None and _FOLLOW_CALL.search(line) is not None)
        or (any(key in line for key in _CITATION_KEYS) and _CITATION.search(line) is not None)
        or is_inline_furniture(line)
    )


def box_label(line: str) -> str:
    """What a box headed by `line` holds: 'teaser' under the heading of a list of other stories
    ("Most read", "Mehr zum Thema", "Lo más visto", "Czytaj także: ..."), 'comments' under the
    heading of readers' comments ("Leserbriefe", "Komentarze", "12 comments"), 'reactions' under
    a heading that may be either comments or reporting ("Réactions", "Responses"), else ''."""
    if _COMMENTS_HEADING.match(line) or _THREAD_HEADING.match(line):
        return "comments"
    if _REACTIONS_HEADING.match(line):
        return "reactions"
    if _CITE_HEADING.match(line):
        return "cite"
    teaser = (
        _TEASER_HEADING,
        _TEASER_LABEL,
        _TEASER_HEADING_WORLD,
        _TEASER_LABEL_WORLD,
        *TEASER_RULES,
    )
    return "teaser" if any(rule.match(line) for rule in teaser) else ""


def _is_ask(line: str) -> bool:
    low = line.lower()
    if not any(key in low for key in _ASK_KEYS):
        return False
    return bool(
        _ASKS.search(line)
        or (_SUPPORT_US.search(line) and _GIVING.search(line))
        or (_CONSENT.search(line) and _EMBEDDED_FROM.search(line))
    )


def is_paywall_note(line: str) -> bool:
    if not _PAYWALL_GATE.search(line.lower()):
        return False
    return bool(_PAYWALL.search(line) or (_PITCH.search(line) and _PRICE.search(line)))


def _is_share_row(line: str) -> bool:
    words = _WORDS.findall(line.lower())
    return len(words) >= 2 and all(w in _SHARE_WORDS for w in words)


def _is_menu_row(line: str) -> bool:
    parts = _MENU_SPLIT.split(line)
    return (
        len(parts) >= _MENU_ITEMS
        and not line.startswith("|")
        and all(len(p) <= 25 and len(p.split()) <= 3 for p in parts)
    )


def is_promo(line: str) -> bool:
    if len(line) > MAX_LINE:
        return False
    low = line.lower()
    if any(key in low for key in _NEWSLETTER_KEYS) and _NEWSLETTER.search(line):
        return bool(_SIGN_UP.search(line))
    return len(line) <= 80 and low.strip().startswith(("sign up for", "subscribe to"))


def _drop_contact_tables(lines: list[str]) -> list[str]:
    """Without the tables (rows "| a | b |") whose rows are mostly e-mail addresses or links:
    lists of people to write to, not reporting."""
    kept: list[str] = []
    i = 0
    while i < len(lines):
        if not _TABLE_ROW.match(lines[i]):
            kept.append(lines[i])
            i += 1
            continue
        j = i
        while j < len(lines) and _TABLE_ROW.match(lines[j]):
            j += 1
        rows = lines[i:j]
        if sum(bool(_CONTACT.search(row)) for row in rows) * 2 <= len(rows):
            kept.extend(rows)
        i = j
    return kept


def _drop_closing_bio(lines: list[str]) -> list[str]:
    """Without a short author bio among the last lines."""
    start = max(0, len(lines) - _BIO_TAIL)
    return lines[:start] + [
        line for line in lines[start:] if len(line) > 200 or not _BIO.match(line.strip())
    ]


def drop_author_bio(text: str, author: str) -> str:
    """Without a closing line that opens on the byline's own name: "Marco Bellini, giornalista,
    scrive di cronaca ...", "Jan Petersen ist Osteuropa-Redakteur ...". A reporter does not name
    themself in the story's last lines but in the bio under it, whatever its language."""
    names = [n for n in _AUTHORS.split(author) if len(n.split()) >= 2]
    if not names:
        return text
    lines = text.split("\n")
    start = max(0, len(lines) - _BIO_TAIL)
    kept = [line for line in lines[start:] if not _opens_on_name(line.strip(), names)]
    return "\n".join(lines[:start] + kept)


def _opens_on_name(line: str, names: list[str]) -> bool:
    if len(line) > _AUTHOR_BIO_MAX:
        return False
    for name in names:
        rest = line[len(name) :] if line.startswith(name) else ""
        if rest and _AFTER_NAME.match(rest):
            return True
    return False


def _drop_release_tail(lines: list[str]) -> list[str]:
    """Without a press release's closing matter: what follows its end mark ("###", "-ENDS-"), a
    contacts or notes-to-editors heading, a "For more information, contact" line, or an "About
    <organisation>" paragraph. Press offices close every release with it, the same each time;
    it tells the analyst nothing of the events. Only when two paragraphs come before and what
    follows is short lines (names, numbers, addresses) and one paragraph at most, so a story
    that goes on after such a line keeps its text."""
    for i, line in enumerate(lines):
        if len(line) > MAX_LINE or not _opens_closing(line, lines[i + 1 : i + 2]):
            continue
        lead = sum(len(x) >= _PROSE_LINE for x in lines[:i])
        if lead < _CLOSING_MIN_LEAD or sum(map(len, lines[i:])) > sum(map(len, lines[:i])):
            continue
        prose = sum(len(x) >= _CLOSING_PROSE and not _CONTACT_OR_PHONE.search(x) for x in lines[i:])
        if prose <= _CLOSING_MAX_PROSE:
            return lines[:i]
    return lines


def _opens_closing(line: str, following: list[str]) -> bool:
    """Whether `line` opens a release's closing matter (see `_drop_release_tail`)."""
    line = line.strip()
    if _RELEASE_END.match(line) or _CLOSING_HEADING.match(line):
        return True
    m = _ABOUT.match(line)
    if m is None:
        return False
    about = m.group("rest") or (following[0] if following else "")
    name = m.group("name").split()[-1].lower()
    return name in about[:_ABOUT_ECHO].lower() and bool(_ORGANISATION.search(about))
