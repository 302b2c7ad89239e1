"""Boxes of the page that no class name gives away, known by their words and shape, and the
layout readied for trafilatura: part of `markup_furniture.mark_furniture`'s pass.

- a heading or aria-label in the page's language ("Lo más visto", "Leserbriefe", "12 comments",
  "Zitierweise") names the box it opens as a list of other stories, the readers' comments or
  a post's "how to cite" box (in old layouts, the first cell of a table names the table);
- the stories a page appends below its own (infinite scroll), each in an <article> with its
  own <h1>, are not the story the page's title names;
- another story's card (a box opening with a linked headline) stands among the story's
  paragraphs;
- the small box around form fields outside a form (a poll, a quiz) is a widget, not text;
- a table of nothing but links to other pages is a list of them, however short;
- a quotation box that links to a post on a social network is that post, embedded;
- a layout table becomes boxes, and a factbox <aside> inside the story a box trafilatura reads.

Kept apart from markup_furniture.py, which finds the boxes that the page's names call furniture
and guards the story (`_Guard`), so that each reads on its own. This module never imports
markup_furniture at run time (only the guard's type): markup_furniture imports it, with the
measures both share (PROSE_LINKS, _INLINE_SHARE, _SKIP_TEXT).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from lxml import etree

from timeline_app.readers.boilerplate import box_label

if TYPE_CHECKING:
    from timeline_app.readers.markup_furniture import _Guard

# Measures markup_furniture reads too (it imports them from here, never the other way round).
PROSE_LINKS = 0.3  # at most this share of a paragraph of reporting is link text
_INLINE_SHARE = 0.8  # an inline element is a box only when it is (nearly) its whole block
_SKIP_TEXT = frozenset(["script", "style", "template"])
# The small box around a form field here, or around a promotion line (markup_furniture).
_PROMO_CONTAINERS = frozenset(["div", "section", "aside", "form", "details"])
_PROMO_BOX = 700  # characters: a newsletter or subscription box is short
# Boxes inside and around the story that no name gives away. A heading ("Most read", "Mehr zum
# Thema", "Leserbriefe") or an aria-label names the box it opens: _LABEL_MAX characters at most.
_HEADINGS = frozenset(["h2", "h3", "h4", "h5", "h6"])
_LABELLED = frozenset(["div", "section", "aside", "nav", "ul", "ol", "header", "footer"])
_LABEL_MAX = 60
# Old table layouts head a table of other stories with its first cell ("Noticias relacionadas"
# in a <td>, a <th>, a <caption> or a <font>): the table is the box such a label opens.
_LABEL_TAGS = _HEADINGS | _LABELLED | {"p", "span", "strong", "b", "font", "td", "th", "caption"}
_OPENED = _LABELLED | {"table"}
_ROW_PARTS = frozenset(["td", "th", "tr", "tbody", "thead", "caption"])
# Another story's card in the running text: a box whose heading links elsewhere, among the
# story's paragraphs; the box is at most this many levels above the heading.
_CARD_BOXES = frozenset(["div", "section", "aside", "article", "figure"])
_CARD_DEPTH = 3
_CARD_HEADLINE = 20  # characters of a linked first line: a headline, not a name or an icon
# Prose (characters) a page holds outside a counted comments box: two paragraphs of a story.
_STORY_OUTSIDE = 160
# Form fields outside a <form> (polls, quizzes, sign-up fields): the small box around one is a
# widget, not text.
_FIELDS = frozenset(["input", "select", "textarea"])
_CHOICES = frozenset(["radio", "checkbox"])
# A table is the page's layout, not data, when a cell holds a table, a headline or a story's
# worth of text; its cells become boxes so that the story reads as paragraphs, not table rows.
_LAYOUT_CELL = 400  # characters
_LAYOUT_TABLES = etree.XPath(
    ".//table[.//td//table or .//td//h1 or .//td//h2 or .//th//table"
    f" or .//td[string-length(.) > {_LAYOUT_CELL}] or .//th[string-length(.) > {_LAYOUT_CELL}]]"
)
_TABLE_PARTS = frozenset(["table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption"])
_LINK_TABLE = 0.8  # share of a table's text in links to other pages: a list of them (trafilatura's)
# A factbox's lines about other stories share no word of this many letters with the story; at
# least this many lines of such words are needed to tell.
_WORD = re.compile(r"[^\W\d_]{5,}")
_FACT_LINES = 2
# An embedded post keeps, once its script is gone, a <blockquote> linking to the post itself.
_POST_LINK = re.compile(
    r"(?:twitter|x)\.com/\w+/status/|instagram\.com/(?:p|reel|tv)/|tiktok\.com/@[\w.]+/video/|"
    r"facebook\.com/[^\s\"']+/(?:posts|videos)/|(?:^|//)t\.me/\w+/\d|bsky\.app/profile/[^/]+/post/|"
    r"threads\.(?:net|com)/@[\w.]+/post/",
    re.IGNORECASE,
)

# "— Jane Roe (@janeroe) March 6, 2025", "A post shared by Jane Roe (@janeroe)"
_HANDLE_SIGNATURE = re.compile(r"\(@[\w.]{2,30}\)")


def _layout_tables_as_boxes(body: etree._Element) -> None:
    """Make <div>s of the tables that lay out the page (a cell holding a table, a headline or a
    story's worth of text): trafilatura reads a table as data, so a story in a layout cell came
    out as one table row with the cell's menus, teasers and subscription pitches in it."""
    if body.find(".//table") is None:  # most pages: one short look
        return
    for table in _LAYOUT_TABLES(body):
        stack = [table]
        while stack:
            part = stack.pop()
            part.tag = "div"
            stack.extend(c for c in part if c.tag in _TABLE_PARTS and c.tag != "table")


def _labelled_boxes(
    labels: list[etree._Element], guard: _Guard
) -> tuple[list[etree._Element], list[etree._Element]]:
    """The boxes that their aria-label or their first words label as a list of other stories or
    as the readers' comments, in the page's language whatever their class names; and apart, the
    threads under a counted comments heading ("3 Kommentare"), which may hold much of the page's
    prose without misleading (`_Guard.misled`): they are known by their words, not their names."""
    boxes: list[etree._Element] = []
    threads: list[etree._Element] = []
    for el in labels:
        found = _labelled_box(el, guard)
        if found is not None:
            (threads if found[1] else boxes).append(found[0])
    return boxes, threads


def _labelled_box(el: etree._Element, guard: _Guard) -> tuple[etree._Element, bool] | None:
    """The box that `el` labels as a list of other stories or as the readers' comments: by its
    aria-label, or by its first words ("Most read", "Mehr zum Thema", "Leserbriefe") as its own
    text or in the heading opening it. A heading that may also open a section of reporting
    ("Reactions") counts only after the story's last paragraph, and never for the box holding
    it. The flag is True for a thread under a counted comments heading."""
    aria = el.get("aria-label") if el.tag in _LABELLED else None
    label = (aria or el.text or "").strip()
    if not label or len(label) > _LABEL_MAX:
        return None
    kind = box_label(label)
    if not kind or (kind == "reactions" and not _follows(el, guard.last)):
        return None
    box = el if aria or (el.tag in _LABELLED and len(el)) else _opened_box(el)
    if box is None or box in guard.keep:
        return None
    # readers' comments are prose, and a long one may pass for the story's last paragraph; but
    # they hold less of it than the story ("Comment" also heads opinion pieces)
    if kind == "comments":
        counted = any(ch.isdigit() for ch in label)
        return (box, counted) if _may_mark_comments(box, counted, guard) else None
    # a "how to cite" box is no story's, though its reference is often the page's last prose
    # and, under a short post, much of it: it holds less than the story beside it
    if kind == "cite":
        inside, story = guard.prose_in(box), guard.prose_in(guard.main)
        in_story = guard.main in box.iterancestors()
        may_mark = (inside * 2 if in_story else inside) < story
    else:
        may_mark = _may_mark_box(box, guard)
    return (box, False) if may_mark else None


def _next_stories(
    articles: list[etree._Element], root: etree._Element, guard: _Guard
) -> list[etree._Element]:
    """The other stories a page appends below its own (infinite scroll): each in an <article>
    with its own <h1>, while the page's own story is the <article> whose <h1> its <title> or
    og:title gives. The next story may hold more prose than the page's own, so no share of the
    page tells them apart; nothing is marked on a page whose title names no <article>'s
    headline."""
    if len(articles) < 2:
        return []
    titles = _page_titles(root)
    own, others = None, []
    for article in articles:
        h1 = article.find(".//h1")
        if h1 is None:
            continue
        headline = " ".join(h1.text_content().split())
        if own is None and len(headline) >= _CARD_HEADLINE and any(headline in t for t in titles):
            own = article
        else:
            others.append(article)
    if own is None:
        return []
    around = {own, *own.iterancestors(), *own.iterdescendants("article")}
    return [a for a in others if a not in around and a not in guard.keep]


def _page_titles(root: etree._Element) -> list[str]:
    """The page's <title> and og:title, spaces squashed."""
    head = root.find("head")
    if head is None:
        return []
    titles = [head.findtext("title") or ""]
    titles += [m.get("content", "") for m in head.iter("meta") if m.get("property") == "og:title"]
    return [" ".join(t.split()) for t in titles if t.strip()]


def _may_mark_comments(box: etree._Element, counted: bool, guard: _Guard) -> bool:
    """Whether the box a comments heading opens may go: it holds less prose than the story (a
    "Comment" kicker heads opinion pieces too). Under a counted heading ("3 Kommentare", "12
    comments"), which no opinion piece has, it may hold any share of the page as long as the
    story's paragraphs stand outside it: a blog's short post often has a longer thread."""
    inside = guard.prose_in(box)
    if counted:
        return guard.total - inside >= _STORY_OUTSIDE
    return guard.allows(box, weak=False) and inside * 2 < guard.prose_in(guard.main)


def _follows(el: etree._Element, last: etree._Element | None) -> bool:
    """Whether `el` comes after the element `last` (and is not inside it)."""
    if last is None:
        return False
    holders = {last, *last.iterancestors()}
    for node in (el, *el.iterancestors()):
        if node in holders:
            return False  # inside `last`, or `last` is inside it
        if any(sibling in holders for sibling in node.itersiblings(preceding=True)):
            return True
    return False


def _opened_box(el: etree._Element) -> etree._Element | None:
    """The box whose first words `el` is (a heading, a label line), up to three levels up; the
    cell, row and body of a table count as no level, so a first cell's label opens its table."""
    box, levels = el, 0
    while levels < 3:
        parent = box.getparent()
        if parent is None or parent.tag == "body" or box.getprevious() is not None:
            return None
        if (parent.text or "").strip():
            return None
        box = parent
        if box.tag in _OPENED:
            return box
        levels += box.tag not in _ROW_PARTS
    return None


def _story_cards(headings: list[etree._Element], guard: _Guard) -> list[etree._Element]:
    """Other stories' cards standing among the story's paragraphs: a box that opens with a
    linked headline, or whose heading links to another page, beside two paragraphs of prose or
    more. The story's own subheadings stand among its paragraphs, not in a box of their own."""
    boxes = [
        box
        for parent in guard.running
        for box in parent
        if box.tag in _CARD_BOXES and _opens_with_link(box)
    ]
    for heading in headings:
        node = _linked_heading(heading)
        if node is None:
            continue
        for depth, box in enumerate(node.iterancestors()):
            if depth >= _CARD_DEPTH or box.tag == "body":
                break
            if box.tag in _CARD_BOXES and box.getparent() in guard.running:
                boxes.append(box)
                break
    # the story beside a card holds more prose than the card: the page-wide share allowed to
    # other boxes is too little for a short story's two-paragraph card
    return [
        box
        for box in boxes
        if box not in guard.keep and guard.prose_in(box) * 2 < guard.prose_in(box.getparent())
    ]


def _opens_with_link(box: etree._Element) -> bool:
    """True for a box whose first line is a headline linking to another page."""
    if not len(box) or (box.text or "").strip():
        return False
    first = box[0]
    if not isinstance(first.tag, str):
        return False
    text = len(first.text_content().strip())
    if text < _CARD_HEADLINE:
        return False
    linked = sum(len(a.text_content().strip()) for a in first.iter("a") if _links_away(a))
    return linked >= _INLINE_SHARE * text


def _linked_heading(heading: etree._Element) -> etree._Element | None:
    """The heading, or the link wrapping it, when all its words link to another page."""
    wrapper = next(heading.iterancestors("a"), None)
    if wrapper is not None:
        return wrapper if _links_away(wrapper) else None
    links = [a for a in heading.iter("a") if _links_away(a)]
    if not links:
        return None
    text = len(heading.text_content().strip())
    linked = sum(len(a.text_content().strip()) for a in links)
    return heading if text and linked >= _INLINE_SHARE * text else None


def _links_away(a: etree._Element) -> bool:
    """True for a link to another page; a live blog's entries link to their own anchors."""
    href = a.get("href", "").strip()
    return bool(href) and "#" not in href and not href.startswith("javascript:")


def _widgets(fields: list[etree._Element], guard: _Guard) -> list[etree._Element]:
    """The small boxes around form fields outside a form (a poll's choices, a quiz, an e-mail
    field): buttons and labels, never text; a box holding a paragraph of prose is kept, unless
    the prose is a poll's question."""
    boxes = []
    for field in fields:
        if field.get("type", "").lower() == "hidden" or _in_form(field):
            continue  # trafilatura drops forms itself
        box = _small_box(field)
        if box is not None and guard.allows(box, weak=not _is_poll(box)):
            boxes.append(box)
    return boxes


def _is_poll(box: etree._Element) -> bool:
    """A question over two choices or more (radio buttons, check boxes): a poll, however long
    its question reads."""
    choices = sum(el.get("type", "").lower() in _CHOICES for el in box.iter("input"))
    return choices >= 2 and "?" in box.text_content()


def _factboxes_as_boxes(
    asides: list[etree._Element], marked: list[etree._Element], guard: _Guard
) -> None:
    """Make a <div> of each <aside> inside the story's box that is not furniture, not mostly
    links and about the story: a factbox ("What we know", "Auf einen Blick") is reporting, and
    trafilatura drops every <aside>. A box whose lines mostly share no word with the story (a
    business briefing beside a ceasefire report) is about other stories and stays an aside, as
    do the asides around the story (the page's sidebar)."""
    main = guard.main
    if main.tag == "body":
        return
    chosen = set(marked)
    story: Counter[str] | None = None
    for aside in asides:
        ancestors = list(aside.iterancestors())
        if main not in ancestors or aside in chosen or chosen.intersection(ancestors):
            continue
        text = len(aside.text_content().strip())
        links = sum(len(a.text_content().strip()) for a in aside.iter("a"))
        if text < _CARD_HEADLINE or links > PROSE_LINKS * text:
            continue
        if story is None:
            story = Counter(_content_words(main.text_content()))
        if _about_the_story(aside, story):
            aside.tag = "div"


def _about_the_story(box: etree._Element, story: Counter[str]) -> bool:
    """Whether half of the box's lines (list items, else paragraphs) or more share a word of five
    letters or more with the story's text outside the box; a box of no such words is kept."""
    own = Counter(_content_words(box.text_content()))
    outside = {word for word, count in story.items() if count > own.get(word, 0)}
    lines = [el.text_content() for el in box.iter("li")] or [
        el.text_content() for el in box.iter("p")
    ]
    worded = [words for words in (set(_content_words(line)) for line in lines) if words]
    if len(worded) < _FACT_LINES:
        return True
    return sum(bool(words & outside) for words in worded) * 2 >= len(worded)


def _content_words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _social_posts(quotes: list[etree._Element], guard: _Guard) -> list[etree._Element]:
    """The <blockquote>s that link to a post on a social network (a status on X, an Instagram
    or Telegram post, a video): an embedded post, whose words are not the reporter's. A reporter
    quoting a post writes its words into a sentence; the embed is a box beside them. A saved
    page may have lost the link's address; the embed's signature, "— Name (@handle) date", is
    still there, and a quotation of a speaker never carries one."""
    return [
        quote
        for quote in quotes
        if (
            any(_POST_LINK.search(a.get("href", "")) for a in quote.iter("a"))
            or _HANDLE_SIGNATURE.search(quote.text_content())
        )
        and guard.allows(quote, weak=False)
    ]


def _link_tables(tables: list[etree._Element], guard: _Guard) -> list[etree._Element]:
    """The tables that are lists of other pages: two links away or more, and (nearly) no words
    but theirs (a bullet, a label). trafilatura's own test of a table's links starts at 200
    characters, and a regional paper's three teasers under its story hold fewer; a table of
    figures or of described documents has words of its own."""
    boxes = []
    for table in tables:
        if table.tag != "table" or table in guard.keep:
            continue  # a layout table, now boxes; the one holding the headline
        links = [a for a in table.iter("a") if _links_away(a)]
        if len(links) < 2:
            continue
        text = len(" ".join(table.text_content().split()))
        linked = sum(len(" ".join(a.text_content().split())) for a in links)
        if (
            text >= _CARD_HEADLINE
            and linked >= _LINK_TABLE * text
            and guard.allows(table, weak=True)
        ):
            boxes.append(table)
    return boxes


def _in_form(el: etree._Element) -> bool:
    return next(el.iterancestors("form"), None) is not None


def _may_mark_box(box: etree._Element, guard: _Guard) -> bool:
    last = guard.last
    if last is not None and (box is last or box in last.iterancestors()):
        return False
    return guard.allows(box, weak=False)


def _small_box(block: etree._Element) -> etree._Element | None:
    """The nearest container of `block` (or `block` itself) with two or more child elements and
    at most _PROMO_BOX characters of text; None when the promotion stands in the article text."""
    for el in (block, *block.iterancestors()):
        if el.tag == "body":
            return None
        if el.tag not in _PROMO_CONTAINERS or len(el) < 2:
            continue
        return el if _visible_size(el, _PROMO_BOX) <= _PROMO_BOX else None
    return None


def _visible_size(el: etree._Element, limit: int) -> int:
    """The characters of text `el` shows (scripts and styles aside), counted up to past `limit`:
    a box around a field or a promotion may be the page's whole content box."""
    size = len((el.text or "").strip())
    for node in el.iterdescendants():
        if isinstance(node.tag, str) and node.tag not in _SKIP_TEXT and node.text:
            size += len(node.text.strip())
        if node.tail:
            size += len(node.tail.strip())
        if size > limit:
            break
    return size
