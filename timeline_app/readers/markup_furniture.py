"""Page furniture in the markup: boxes the page itself names as furniture, marked before
extraction (captions, credits, related and recommended links, newsletter, share and tag boxes, ad
slots, players, landmarks such as role="complementary"), and short newsletter or subscription
boxes however they are named. The box holding the headline or the article body, or a large share
of the page's prose, is never marked, whatever its class says.

Meant for any site in the languages analysts read most, never for one site's class names. The
lines that still slip through extraction are `boilerplate.drop_furniture`'s.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from lxml import etree

from timeline_app.readers.boilerplate import (
    MAX_LINE,
    is_furniture_line,
    is_paywall_note,
    is_promo,
)
from timeline_app.readers.published import is_date_stamp

FURNITURE_ATTR = "data-timeline-furniture"
# trafilatura prunes what this selects after reading the metadata and before extracting the text,
# so a marked box never hides the page's own date, title or author from the metadata.
FURNITURE_XPATH = f"//*[@{FURNITURE_ATTR}]"

# Words of class and id names ("imageCaption", "related-links", "ad_slot", "newsletterBox")
# that name a kind of box, not a kind of text: furniture whatever the box holds.
_STRONG_WORDS = frozenset([
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
_ROLES = frozenset(["complementary", "contentinfo", "dialog", "alertdialog", "search", "banner"])
_INLINE = frozenset([
    "a", "span", "em", "strong", "b", "i", "u", "small", "time", "abbr", "sup", "sub", "font",
    "label", "cite", "q", "mark",
])  # fmt: skip
_BLOCKS = frozenset([
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
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)]*(?:\s|$)")
_PROSE_LINKS = 0.3  # at most this share of a paragraph of reporting is link text
_MAIN_SHARE = 0.3  # a box holding this share of the page's prose is the article, whatever its name
_MAX_MARKED = 0.4  # names that would mark more of the article's prose mislead: mark nothing
_INLINE_SHARE = 0.8  # an inline element is a box only when it is (nearly) its whole block
_PROMO_BOX = 700  # characters: a newsletter or subscription box is short
# Cores of the words of a newsletter or subscription line, as written in running text and in
# capitals; case-sensitive, since an IGNORECASE search over every text of the page costs ~2 ms.
_PROMO_HINT = re.compile(
    r"ewsletter|ign[- ]up|ubscri|bonn|nscri|uscr|scriv|одпи[шск]|ідпи[шск]|ередплат|ассылк|"
    r"озсилк|EWSLETTER|IGN[- ]UP|UBSCRI|BONN|NSCRI|USCR|SCRIV|ОДПИ[ШСК]|ІДПИ[ШСК]|ЕРЕДПЛАТ|"
    r"АССЫЛК|ОЗСИЛК"
)
_SKIP_TEXT = frozenset(["script", "style", "template"])
_VISIBLE_TEXT = etree.XPath(".//text()[not(parent::script or parent::style)]")
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
_IN_PARAGRAPH = _INLINE | {"br", "img", "wbr"}
# The standfirst between the headline and the body: boxes never searched for it (media and their
# captions, asides, forms, quotes, tables), blocks it may be, how much is read before giving up.
_NOT_LEAD = frozenset([
    "figure", "figcaption", "aside", "nav", "footer", "form", "button", "script", "style",
    "noscript", "template", "svg", "iframe", "time", "address", "picture", "video", "audio",
    "table", "blockquote", "select", "dl", "h1",
])  # fmt: skip
_LEAD_BLOCKS = frozenset(["p", "h2", "h3", "h4", "li"])
_LEAF_CONTAINERS = frozenset(["div", "section", "header", "span"])
_TEASER_WORDS = frozenset(["teaser", "teasers"])
# Names of the boxes around the headline that hold no standfirst: bylines and their dates, media.
_NOT_LEAD_WORDS = frozenset([
    "byline", "bylines", "author", "authors", "autor", "auteur", "autore", "meta", "dateline",
    "timestamp", "photo", "image", "img", "picture", "gallery", "video",
])  # fmt: skip
_MEDIA = frozenset(["img", "picture", "video", "figure", "svg", "iframe"])
_CAPTION_SIZE = 300  # characters of text beside an image: a caption and its credit
# "By Jane Roe ...", "Von Max Muster ...": a byline, however long, is not the standfirst.
_BYLINE_START = re.compile(r"^\W*(?i:by|von|par|por|di|от|від|автор\w*)\s*:?\s+[A-ZÀ-ÞА-ЯІЇЄҐ]")
_LEAD_MIN = 50  # characters
_LEAD_MIN_WORDS = 7
_LEAD_SENTENCE_WORDS = 10  # a dek without a full stop is still prose at this length
_LEAD_SCAN = 15  # blocks of text after the headline
_LEAD_MAX = 3
_TITLE_MIN = 10  # characters of a headline matched in the page's title


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
    guard = _Guard(body)
    found: list[etree._Element] = []
    promo_holders: list[etree._Element] = []
    dated_after: list[etree._Element] = []  # date elements after the story's last paragraph
    inline: list[etree._Element] = []  # <q> and <time>, words of a sentence
    after = False
    for el in body.iterdescendants(etree.Element):
        if el.tag in _INLINE_WORDS:
            inline.append(el)
        if el is guard.last:
            after = True
        elif after and (el.tag == "time" or _has_date_name(el)):
            dated_after.append(el)
        if _named_furniture(el, guard):
            found.append(el)
        if el.tag not in _SKIP_TEXT and el.text and _PROMO_HINT.search(el.text):
            promo_holders.append(el)
        if el.tail and _PROMO_HINT.search(el.tail):
            promo_holders.append(el.getparent())
    found += _promo_boxes(promo_holders, guard)
    _hide_foreign_dates(dated_after, guard)
    _divs_as_paragraphs(guard)
    _inline_words_as_text(inline, guard)
    outer = _outermost(found)
    if guard.misled(outer):
        return 0
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
        block = next((a for a in el.iterancestors() if a.tag in _BLOCKS), None)
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
    if size < _PROSE or not _SENTENCE_END.search(text):
        return 0
    links = sum(len(a.text_content()) for a in block.iter("a"))
    return size if links <= _PROSE_LINKS * size else 0


def _named_furniture(el: etree._Element, guard: _Guard) -> bool:
    kind = _name_kind(el)
    if not kind or not guard.allows(el, weak=kind == "weak"):
        return False
    return el.tag not in _INLINE or _fills_its_block(el)


def _name_kind(el: etree._Element) -> str:
    """'strong' or 'weak' when the element's names or role say furniture, else ''."""
    attrib = el.attrib
    if attrib.get("role", "").lower() in _ROLES:
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
    if any(w in _STRONG_WORDS for w in words) or pairs & _PAIRS:
        return "strong"
    return "weak" if any(w in _WEAK_WORDS for w in words) or pairs & _WEAK_PAIRS else ""


def _fills_its_block(el: etree._Element) -> bool:
    """True when an inline element is all of its paragraph (a credit line in a <span>), not a
    phrase inside a sentence (a link styled "related-link" in the middle of reporting)."""
    block = next((a for a in el.iterancestors() if a.tag in _BLOCKS), None)
    if block is None:
        return True
    own = len(el.text_content().strip())
    return own >= _INLINE_SHARE * len(block.text_content().strip())


def _promo_boxes(holders: list[etree._Element], guard: _Guard) -> list[etree._Element]:
    """The short boxes ("Sign up for our newsletter" + a few lines) around a promotion line;
    `holders` are the elements whose own text may start one."""
    boxes = []
    for holder in dict.fromkeys(holders):
        block = next((a for a in (holder, *holder.iterancestors()) if a.tag in _BLOCKS), None)
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
        size = sum(len(t.strip()) for t in _VISIBLE_TEXT(el))
        return el if size <= _PROMO_BOX else None
    return None


def _outermost(found: list[etree._Element]) -> list[etree._Element]:
    chosen = set(found)
    return [el for el in dict.fromkeys(found) if not any(a in chosen for a in el.iterancestors())]


def standfirst(root: etree._Element, start: str, title: str) -> list[str]:
    """The prose paragraphs between the page's headline and the block whose text holds `start`
    (the extracted text's first paragraph): the standfirst, dek, lede, chapo, Vorspann,
    entradilla, sommario or лид that extractors drop because it sits outside the body's box.
    Captions, credits, bylines, share rows, related-story teasers and boxes named as furniture
    stay out; nothing is returned unless `start` turns up within _LEAD_SCAN blocks of the
    headline."""
    body = root if root.tag == "body" else root.find("body")
    h1 = _headline(body, _squash(title)) if body is not None and start else None
    if h1 is None:
        return []
    walk = _LeadWalk(start, _squash(title))
    node: etree._Element | None = h1
    while node is not None and node is not body:
        for sibling in node.itersiblings():
            if walk.visit(sibling):
                return walk.found[:_LEAD_MAX] if walk.reached else []
        node = node.getparent()
    return []


def _headline(body: etree._Element, title: str) -> etree._Element | None:
    """The story's headline: the longest <h1> (else <h2>) whose text the page's title holds (the
    title may hold the site's name too), or the page's only <h1> with text. Pages give <h1> to
    logos, menus and sidebar headings too."""
    h1s = [h for h in body.iter("h1") if _squash(h.text_content())]
    for headings in (h1s, body.iter("h2")):
        found = _longest_in(title, headings)
        if found is not None:  # an element without children is falsy
            return found
    return h1s[0] if len(h1s) == 1 else None


def _longest_in(title: str, headings: Iterable[etree._Element]) -> etree._Element | None:
    best, size = None, _TITLE_MIN - 1
    for heading in headings:
        text = _squash(heading.text_content())
        if len(text) > size and text in title:
            best, size = heading, len(text)
    return best


class _LeadWalk:
    """Blocks after the headline in document order, until the body's first paragraph."""

    def __init__(self, start: str, title: str) -> None:
        self.start, self.title = start, title
        self.found: list[str] = []
        self.seen = 0
        self.reached = False

    def visit(self, el: etree._Element) -> bool:
        """Read `el` and what it holds; True when the walk is over (reached or given up)."""
        if not isinstance(el.tag, str) or el.tag in _NOT_LEAD or not _may_hold_lead(el):
            return False
        if el.tag in _LEAD_BLOCKS or (el.tag in _LEAF_CONTAINERS and _is_leaf(el)):
            return self._block(el)
        return any(self.visit(child) for child in el)

    def _block(self, el: etree._Element) -> bool:
        text = _squash(el.text_content())
        if not text:
            return False
        if self.start in text:
            self.reached = True
            return True
        self.seen += 1
        if _reads_as_lead(el, text) and text not in self.title:
            self.found.append(text)
        return self.seen >= _LEAD_SCAN


def _may_hold_lead(el: etree._Element) -> bool:
    """Boxes searched for the standfirst: visible, not named as furniture or as a byline or
    media box, not an image with its caption; the German "Teaser" (the standfirst's name
    there) is searched when it links nowhere, as a related story's teaser would."""
    attrib = el.attrib
    if "hidden" in attrib or "display:none" in attrib.get("style", "").replace(" ", ""):
        return False
    words = _name_words(attrib.get("class", "")) | _name_words(attrib.get("id", ""))
    if words & _NOT_LEAD_WORDS or _is_media_box(el):
        return False
    if FURNITURE_ATTR not in attrib:
        return True
    return (
        bool(words & _TEASER_WORDS)
        and not (words & _STRONG_WORDS) - _TEASER_WORDS
        and attrib.get("role", "").lower() not in _ROLES
        and el.find(".//a[@href]") is None
    )


@lru_cache(maxsize=8192)
def _name_words(name: str) -> frozenset[str]:
    return frozenset(_NON_ALNUM.split(_CAMEL.sub(" ", name).lower())) if name else frozenset()


def _is_media_box(el: etree._Element) -> bool:
    """An image, picture or player with a caption-sized text: the caption is not the lead."""
    if not any(isinstance(c.tag, str) and c.tag in _MEDIA for c in el):
        return False
    return len(el.text_content().strip()) <= _CAPTION_SIZE


def _is_leaf(el: etree._Element) -> bool:
    return not any(isinstance(c.tag, str) and c.tag in _BLOCKS for c in el)


def _reads_as_lead(el: etree._Element, text: str) -> bool:
    """Prose (a sentence or a long dek, few links) that is not a furniture line."""
    words = len(text.split())
    if len(text) < _LEAD_MIN or words < _LEAD_MIN_WORDS:
        return False
    if words < _LEAD_SENTENCE_WORDS and not _SENTENCE_END.search(text):
        return False
    links = sum(len(a.text_content()) for a in el.iter("a"))
    return (
        links <= _PROSE_LINKS * len(text)
        and not _BYLINE_START.match(text)
        and not is_furniture_line(text)
        and not is_date_stamp(text)
    )


def _squash(text: str) -> str:
    return " ".join(text.split())  # str.split() splits at no-break spaces too
