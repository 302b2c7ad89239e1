"""Page furniture in the markup: boxes the page itself names as furniture, marked before
extraction (captions, credits, related and recommended links, newsletter, share and tag boxes, ad
slots, players, landmarks such as role="complementary"), and short newsletter or subscription
boxes however they are named. Boxes no class name gives away are known by their words and shape:
a heading or aria-label in the page's language ("Lo más visto", "Leserbriefe"), another story's
card (a linked headline) among the story's paragraphs, a poll's form fields. The box holding the
headline or the article body, or a large share of the page's prose, is never marked, whatever
its class says.

The same pass readies the layout for trafilatura: layout tables become boxes, and a factbox
<aside> inside the story becomes a box trafilatura reads.

Meant for any site in the languages analysts read most, never for one site's class names. The
lines that still slip through extraction are `boilerplate.drop_furniture`'s.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lxml import etree

from timeline_app.readers.boilerplate import (
    MAX_LINE,
    box_label,
    is_paywall_note,
    is_promo,
)

FURNITURE_ATTR = "data-timeline-furniture"
# trafilatura prunes what this selects after reading the metadata and before extracting the text,
# so a marked box never hides the page's own date, title or author from the metadata.
FURNITURE_XPATH = f"//*[@{FURNITURE_ATTR}]"

# Words of class and id names ("imageCaption", "related-links", "ad_slot", "newsletterBox")
# that name a kind of box, not a kind of text: furniture whatever the box holds.
STRONG_WORDS = frozenset([
    "caption", "captions", "figcaption", "credit", "credits", "photocredit", "related",
    "relacionadas", "relacionados", "correlati", "recommended", "recommendation",
    "recommendations", "recirculation", "recirc", "outbrain", "taboola", "newsletter",
    "newsletters", "signup", "ad", "ads", "advert", "adverts", "advertisement",
    "advertisements", "advertising", "adslot", "adunit", "dfp", "sponsored", "breadcrumb",
    "breadcrumbs", "cookie", "cookies", "consent", "gdpr", "playlist", "teaser", "teasers",
    "promo", "promos", "sronly",
])  # fmt: skip
# Words that also decorate containers of real text ("share-enabled", "has-comments", and
# "read-more" for the rest of a story behind a button): a box named by them is furniture only
# while it holds no paragraph of prose.
_WEAK_WORDS = frozenset([
    "share", "sharing", "sharebar", "social", "comments", "comment", "tags", "tagged",
    "topics", "keywords", "bio", "biography", "player", "trending", "popular", "follow",
    "readmore",
])  # fmt: skip
_WEAK_PAIRS = frozenset([("read", "more")])
_PAIRS = frozenset(tuple(pair.split()) for pair in [
    "read next", "read also", "also read", "see also", "more stories",
    "more articles", "more news", "more from", "further reading", "up next", "sign up",
    "sr only", "screen reader", "visually hidden", "about author", "author bio", "author box",
    "author info", "most read", "most viewed", "most popular", "video player", "tag list",
    "tag cloud", "key events", "print only", "lesen sie", "mehr zum", "lire aussi",
    "voir aussi", "leer mas", "leggi anche",
])  # fmt: skip
# Landmarks that are never the article: asides, the site's header and footer, dialogs, search.
ROLES = frozenset(["complementary", "contentinfo", "dialog", "alertdialog", "search", "banner"])
_INLINE = frozenset([
    "a", "span", "em", "strong", "b", "i", "u", "small", "time", "abbr", "sup", "sub", "font",
    "label", "cite", "q", "mark",
])  # fmt: skip
BLOCKS = frozenset([
    "p", "div", "li", "td", "dd", "dt", "blockquote", "section", "article", "aside", "header",
    "footer", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "form", "ul", "ol",
    "table", "main", "nav", "details",
])  # fmt: skip
_PROMO_CONTAINERS = frozenset(["div", "section", "aside", "form", "details"])
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
# A cheap first look at a class or id before splitting it into words.
_MAYBE = re.compile(
    r"capt|credit|relat|correl|recomm|recirc|outbrain|taboola|newsl|sign|ad|dfp|sponsor|crumb|"
    r"cookie|consent|gdpr|playlist|teaser|promo|only|share|sharing|social|comment|tag|topic|"
    r"keyword|bio|player|trend|popular|follow|read|also|next|more|reader|hidden|author|key|"
    r"lesen|mehr|lire|voir|leer|leggi",
    re.IGNORECASE,
)
_PROSE = 80  # characters of a sentence: a paragraph of reporting, not a headline or a label
_PROSE_CJK = 30  # the same in Chinese or Japanese, where a character is (nearly) a word
# Chinese and Japanese sentences end in full-width stops, with no space after them.
_CJK_STOPS = "。！？"
SENTENCE_END = re.compile(r"[.!?…؟][\"'”’»)]*(?:\s|$)")
# Sentences whose paragraphs <br> separates lose the space between them in the block's text:
# "... the council said.Heavy rain ..."
_GLUED_SENTENCES = re.compile(r"[a-zà-ÿа-яё\d][.!?…][\"'”’»)]*[A-ZÀ-ÞА-ЯЁІЇЄҐ]")
PROSE_LINKS = 0.3  # at most this share of a paragraph of reporting is link text
_MAIN_SHARE = 0.3  # a box holding this share of the page's prose is the article, whatever its name
_MAX_MARKED = 0.4  # names that would mark more of the article's prose mislead: mark nothing
_INLINE_SHARE = 0.8  # an inline element is a box only when it is (nearly) its whole block
_PROMO_BOX = 700  # characters: a newsletter or subscription box is short
# Cores of the words of a newsletter or subscription line, as written in running text and in
# capitals; case-sensitive, since an IGNORECASE search over every text of the page costs ~2 ms.
_PROMO_HINT = re.compile(
    r"ewsletter|ign[- ]up|ubscri|bonn|nscri|uscr|scriv|одпи[шск]|ідпи[шск]|ередплат|ассылк|"
    r"озсилк|EWSLETTER|IGN[- ]UP|UBSCRI|BONN|NSCRI|USCR|SCRIV|ОДПИ[ШСК]|ІДПИ[ШСК]|ЕРЕДПЛАТ|"
    r"АССЫЛК|ОЗСИЛК|ieuwsbrie|IEUWSBRIE|oletín|oletim|OLETÍN|OLETIM|新闻通讯|ニュースレター|"
    r"メルマガ|النشرة"
)
_SKIP_TEXT = frozenset(["script", "style", "template"])
_PROSE_BLOCKS = etree.XPath(
    ".//p | .//div[not(descendant::p or descendant::div)] | .//li[not(descendant::p)]"
    " | .//td[not(descendant::p)] | .//blockquote[not(descendant::p)]"
)
_ARTICLE_BODY = etree.XPath(".//*[@itemprop='articleBody']")
# Where htmldate looks for a date in the page body: <time>, and names holding "date" or "datum"
# (class, id, itemprop: "post-date", "datePublished").
_DATE_NAME = re.compile(r"date|datum", re.IGNORECASE)
_DATE_ATTRS = ("class", "id", "itemprop", "datetime", "pubdate", "content")
# A teaser's card: a date inside a link, or in a list item or <article> that links elsewhere.
_CARDS = frozenset(["a", "li", "article"])
_INLINE_WORDS = frozenset(["q", "time"])
# Boxes inside and around the story that no name gives away. A heading ("Most read", "Mehr zum
# Thema", "Leserbriefe") or an aria-label names the box it opens: _LABEL_MAX characters at most.
_HEADINGS = frozenset(["h2", "h3", "h4", "h5", "h6"])
_LABELLED = frozenset(["div", "section", "aside", "nav", "ul", "ol", "header", "footer"])
_LABEL_MAX = 60
_LABEL_TAGS = _HEADINGS | _LABELLED | {"p", "span", "strong", "b"}
# Another story's card in the running text: a box whose heading links elsewhere, among the
# story's paragraphs; the box is at most this many levels above the heading.
_CARD_BOXES = frozenset(["div", "section", "aside", "article", "figure"])
_CARD_DEPTH = 3
_CARD_HEADLINE = 20  # characters of a linked first line: a headline, not a name or an icon
# Form fields outside a <form> (polls, quizzes, sign-up fields): the small box around one is a
# widget, not text.
_FIELDS = frozenset(["input", "select", "textarea"])
# A table is the page's layout, not data, when a cell holds a table, a headline or a story's
# worth of text; its cells become boxes so that the story reads as paragraphs, not table rows.
_LAYOUT_CELL = 400  # characters
_LAYOUT_TABLES = etree.XPath(
    ".//table[.//td//table or .//td//h1 or .//td//h2 or .//th//table"
    f" or .//td[string-length(.) > {_LAYOUT_CELL}] or .//th[string-length(.) > {_LAYOUT_CELL}]]"
)
_TABLE_PARTS = frozenset(["table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption"])
_IN_PARAGRAPH = _INLINE | {"br", "img", "wbr"}


def mark_furniture(root: etree._Element) -> int:
    """Mark (attribute FURNITURE_ATTR) the boxes of `root`, a parsed page, that are furniture:
    those its class and id names, roles or `hidden` attribute call furniture, and the short
    newsletter or subscription boxes. Returns how many were marked.

    The same pass readies the story's markup for trafilatura: teasers' and comments' dates lose
    their date markup, a <div> of prose among paragraphs becomes a <p>, and the words of an
    inline quotation (<q>) and of a date (<time>) in a sentence stay in the sentence."""
    body = root if root.tag == "body" else root.find("body")
    if body is None:
        return 0
    _layout_tables_as_boxes(body)
    guard = _Guard(body)
    found: list[etree._Element] = []
    promo_holders: list[etree._Element] = []
    dated_after: list[etree._Element] = []  # date elements after the story's last paragraph
    inline: list[etree._Element] = []  # <q> and <time>, words of a sentence
    headings: list[etree._Element] = []
    fields: list[etree._Element] = []
    asides: list[etree._Element] = []
    collect = dict.fromkeys(_INLINE_WORDS, inline)
    collect.update(dict.fromkeys(_HEADINGS, headings))
    collect.update(dict.fromkeys(_FIELDS, fields))
    collect["aside"] = asides
    after = False
    labels: list[etree._Element] = []  # elements whose first words or aria-label may name a box
    for el in body.iterdescendants(etree.Element):
        tag, text = el.tag, el.text
        bucket = collect.get(tag)
        if bucket is not None:
            bucket.append(el)
        if el is guard.last:
            after = True
        elif after and (tag == "time" or _has_date_name(el)):
            dated_after.append(el)
        if _named_furniture(el, guard):
            found.append(el)
        elif tag in _LABEL_TAGS and (
            (text and len(text) <= _LABEL_MAX + 20 and not text.isspace())
            or (tag in _LABELLED and el.get("aria-label"))
        ):
            labels.append(el)
        if tag not in _SKIP_TEXT and text and _PROMO_HINT.search(text):
            promo_holders.append(el)
        if el.tail and _PROMO_HINT.search(el.tail):
            promo_holders.append(el.getparent())
    found += _promo_boxes(promo_holders, guard)
    found += _labelled_boxes(labels, guard)
    found += _story_cards(headings, guard)
    found += _widgets(fields, guard)
    _hide_foreign_dates(dated_after, guard)
    _divs_as_paragraphs(guard)
    _inline_words_as_text(inline, guard)
    outer = _outermost(found)
    if guard.misled(outer):
        outer = []
    _factboxes_as_boxes(asides, outer, guard)
    for el in outer:
        el.set(FURNITURE_ATTR, "")
    return len(outer)


class _Guard:
    """What must never be marked: the boxes holding the headline, the `articleBody` or a large
    share of the page's prose (blocks of sentences that are not mostly links)."""

    def __init__(self, body: etree._Element) -> None:
        anchors = _ARTICLE_BODY(body)
        h1 = body.find(".//h1")
        if h1 is not None:
            anchors.append(h1)
        self.keep: set[etree._Element] = set()
        for anchor in anchors:
            self.keep.add(anchor)
            self.keep.update(anchor.iterancestors())
        self.prose: dict[etree._Element, int] = {}
        blocks = [(block, _prose_size(block)) for block in _PROSE_BLOCKS(body)]
        for block, size in blocks:
            if size:
                for el in (block, *block.iterancestors()):
                    self.prose[el] = self.prose.get(el, 0) + size
        self.total = self.prose.get(body, 0)
        self.main = self._main(body)
        self.last = self._last_block(blocks)
        self.prose_divs = [block for block, size in blocks if size and block.tag == "div"]
        # the boxes holding two paragraphs of prose or more: the story's running text
        parents: dict[etree._Element, int] = {}
        for block, size in blocks:
            if size and block.tag == "p":
                parent = block.getparent()
                parents[parent] = parents.get(parent, 0) + 1
        self.running = {parent: count for parent, count in parents.items() if count >= 2}

    def _main(self, body: etree._Element) -> etree._Element:
        """The innermost element holding most of the page's prose: where the article is."""
        main = body
        while True:
            child = next((c for c in main if self.prose_in(c) * 2 > self.total), None)
            if child is None:
                return main
            main = child

    def _last_block(self, blocks: list[tuple[etree._Element, int]]) -> etree._Element | None:
        """The story's last paragraph of prose (None on a page without prose)."""
        for block, size in reversed(blocks):
            if size and (block is self.main or self.main in block.iterancestors()):
                return block
        return None

    def prose_in(self, el: etree._Element) -> int:
        return self.prose.get(el, 0)

    def allows(self, el: etree._Element, *, weak: bool) -> bool:
        if el in self.keep:
            return False
        prose = self.prose_in(el)
        if weak and prose:
            return False
        return prose <= _MAIN_SHARE * self.total

    def misled(self, marked: list[etree._Element]) -> bool:
        """True when the marked boxes hold much of the article's own prose: names that mislead
        (every paragraph in a "promo" box) rather than furniture around the story."""
        inside = [el for el in marked if el is self.main or self.main in el.iterancestors()]
        return sum(map(self.prose_in, inside)) > _MAX_MARKED * self.prose_in(self.main)


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


def _labelled_boxes(labels: list[etree._Element], guard: _Guard) -> list[etree._Element]:
    """The boxes that their aria-label or their first words label as a list of other stories or
    as the readers' comments, in the page's language whatever their class names."""
    boxes = []
    for el in labels:
        box = _labelled_box(el, guard)
        if box is not None:
            boxes.append(box)
    return boxes


def _labelled_box(el: etree._Element, guard: _Guard) -> etree._Element | None:
    """The box that `el` labels as a list of other stories or as the readers' comments: by its
    aria-label, or by its first words ("Most read", "Mehr zum Thema", "Leserbriefe") as its own
    text or in the heading opening it. A heading that may also open a section of reporting
    ("Reactions") counts only after the story's last paragraph, and never for the box holding
    it."""
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
        story = guard.prose_in(guard.main)
        return box if guard.allows(box, weak=False) and guard.prose_in(box) * 2 < story else None
    return box if _may_mark_box(box, guard) else None


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
    """The box whose first words `el` is (a heading, a label line), up to three levels up."""
    box = el
    for _ in range(3):
        parent = box.getparent()
        if parent is None or parent.tag == "body" or box.getprevious() is not None:
            return None
        if (parent.text or "").strip():
            return None
        box = parent
        if box.tag in _LABELLED:
            return box
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
    field): buttons and labels, never text; a box holding a paragraph of prose is kept."""
    boxes = []
    for field in fields:
        if field.get("type", "").lower() == "hidden" or _in_form(field):
            continue  # trafilatura drops forms itself
        box = _small_box(field)
        if box is not None and guard.allows(box, weak=True):
            boxes.append(box)
    return boxes


def _factboxes_as_boxes(
    asides: list[etree._Element], marked: list[etree._Element], guard: _Guard
) -> None:
    """Make a <div> of each <aside> inside the story's box that is not furniture and not mostly
    links: a factbox ("What we know", "Auf einen Blick") is reporting, and trafilatura drops
    every <aside>. Asides around the story (the page's sidebar) stay as they are."""
    main = guard.main
    if main.tag == "body":
        return
    chosen = set(marked)
    for aside in asides:
        ancestors = list(aside.iterancestors())
        if main not in ancestors or aside in chosen or chosen.intersection(ancestors):
            continue
        text = len(aside.text_content().strip())
        links = sum(len(a.text_content().strip()) for a in aside.iter("a"))
        if text >= _CARD_HEADLINE and links <= PROSE_LINKS * text:
            aside.tag = "div"


def _in_form(el: etree._Element) -> bool:
    return next(el.iterancestors("form"), None) is not None


def _may_mark_box(box: etree._Element, guard: _Guard) -> bool:
    last = guard.last
    if last is not None and (box is last or box in last.iterancestors()):
        return False
    return guard.allows(box, weak=False)


def _has_date_name(el: etree._Element) -> bool:
    attrib = el.attrib
    return any(_DATE_NAME.search(attrib.get(key, "")) for key in ("class", "id", "itemprop"))


def _hide_foreign_dates(dated: list[etree._Element], guard: _Guard) -> None:
    """Take the date markup off the teasers and comments that follow the story, so that htmldate
    (which reads every <time> and every box named "date" when the metadata has no date) never
    gives a related story's or a reader's date as the article's. The page's own date is printed
    with the headline or in the metadata; a date after the story that no link or comment holds
    (a closing "Published ..." line) keeps its markup. The text stays for extraction."""
    for el in dated:
        if el.getparent() is None or guard.last in el.iterancestors():
            continue
        if not _in_teaser_or_comment(el):
            continue
        if el.tag == "time":
            el.tag = "span"
        for key in _DATE_ATTRS:
            el.attrib.pop(key, None)


def _divs_as_paragraphs(guard: _Guard) -> None:
    """Make a <p> of each <div> of prose that stands among paragraphs: trafilatura's precision
    mode reads <p> but not a text <div>, so a paragraph some editor wrapped in a <div> (often
    the first, or the last) was lost from an otherwise clean story."""
    for div in guard.prose_divs:
        parent = div.getparent()
        if (
            parent is not None
            and sum(c.tag == "p" and guard.prose_in(c) > 0 for c in parent) >= 2
            and all(el.tag in _IN_PARAGRAPH for el in div.iterdescendants(etree.Element))
        ):
            div.tag = "p"


def _inline_words_as_text(elements: list[etree._Element], guard: _Guard) -> None:
    """Keep the words of <q> and of a <time> inside a paragraph of prose as the sentence's text.

    trafilatura deletes every <time> with its words ("on <time>12 March</time>" read "on"), and
    reads <q> as a block quote, which cut its sentence into lines (a nested one moved after the
    rest). A <q> becomes its words between quotation marks, as a browser shows it. A <time> keeps
    its attributes for htmldate and hands its words to the text after it; a <time> outside
    prose (a byline's, a teaser's) is left as it is."""
    for el in elements:
        if el.tag == "q":
            el.tag = "span"
            el.text = f'"{el.text or ""}'
            if len(el):
                el[-1].tail = f'{el[-1].tail or ""}"'
            else:
                el.text += '"'
            continue
        block = next((a for a in el.iterancestors() if a.tag in BLOCKS), None)
        if block is not None and guard.prose_in(block) and el.getparent() is not None:
            words = el.text_content()
            for child in list(el):
                el.remove(child)
            el.text = None
            el.tail = f"{words}{el.tail or ''}"


def _in_teaser_or_comment(el: etree._Element) -> bool:
    card = None
    for holder in (el, *el.iterancestors()):
        if holder.tag == "body":
            break
        if card is None and holder.tag in _CARDS:
            card = holder
        name = f"{holder.get('class', '')} {holder.get('id', '')}".lower()
        if "comment" in name:
            return True
    return card is not None and (card.tag == "a" or card.find(".//a[@href]") is not None)


def _prose_size(block: etree._Element) -> int:
    """The length of a block that reads as reporting (sentences, few links), else 0."""
    text = block.text_content().strip()
    size = len(text)
    if size < _PROSE_CJK:
        return 0
    if size < _PROSE or not SENTENCE_END.search(text):
        cjk = any(stop in text for stop in _CJK_STOPS)
        glued = size >= _PROSE and "." in text and _GLUED_SENTENCES.search(text)
        if not (cjk or glued):
            return 0
    links = sum(len(a.text_content()) for a in block.iter("a"))
    return size if links <= PROSE_LINKS * size else 0


def _named_furniture(el: etree._Element, guard: _Guard) -> bool:
    kind = _name_kind(el)
    if not kind or not guard.allows(el, weak=kind == "weak"):
        return False
    return el.tag not in _INLINE or _fills_its_block(el)


def _name_kind(el: etree._Element) -> str:
    """'strong' or 'weak' when the element's names or role say furniture, else ''."""
    attrib = el.attrib
    if attrib.get("role", "").lower() in ROLES:
        return "strong"
    if "hidden" in attrib:  # also the rest of a story that a button would show
        return "weak"
    kinds = {_words_kind(attrib.get("class", "")), _words_kind(attrib.get("id", ""))}
    return "strong" if "strong" in kinds else "weak" if "weak" in kinds else ""


@lru_cache(maxsize=8192)
def _words_kind(name: str) -> str:
    """'strong', 'weak' or '' for one class or id value; pages repeat them, hence the cache."""
    if not name or not _MAYBE.search(name):
        return ""
    words = [w for w in _NON_ALNUM.split(_CAMEL.sub(" ", name).lower()) if w]
    pairs = set(zip(words, words[1:], strict=False))
    if any(w in STRONG_WORDS for w in words) or pairs & _PAIRS:
        return "strong"
    return "weak" if any(w in _WEAK_WORDS for w in words) or pairs & _WEAK_PAIRS else ""


def _fills_its_block(el: etree._Element) -> bool:
    """True when an inline element is all of its paragraph (a credit line in a <span>), not a
    phrase inside a sentence (a link styled "related-link" in the middle of reporting)."""
    block = next((a for a in el.iterancestors() if a.tag in BLOCKS), None)
    if block is None:
        return True
    own = len(el.text_content().strip())
    return own >= _INLINE_SHARE * len(block.text_content().strip())


def _promo_boxes(holders: list[etree._Element], guard: _Guard) -> list[etree._Element]:
    """The short boxes ("Sign up for our newsletter" + a few lines) around a promotion line;
    `holders` are the elements whose own text may start one."""
    boxes = []
    for holder in dict.fromkeys(holders):
        block = next((a for a in (holder, *holder.iterancestors()) if a.tag in BLOCKS), None)
        if block is None:
            continue
        line = " ".join(block.text_content().split())
        if not (is_promo(line) or (len(line) <= MAX_LINE and is_paywall_note(line))):
            continue
        box = _small_box(block)
        if box is not None and guard.allows(box, weak=False):
            boxes.append(box)
    return boxes


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


def _outermost(found: list[etree._Element]) -> list[etree._Element]:
    chosen = set(found)
    return [el for el in dict.fromkeys(found) if not any(a in chosen for a in el.iterancestors())]


@lru_cache(maxsize=8192)
def name_words(name: str) -> frozenset[str]:
    """The words of a class or id name: "articleLead", "article__lead" -> {"article", "lead"}."""
    return frozenset(_NON_ALNUM.split(_CAMEL.sub(" ", name).lower())) if name else frozenset()
