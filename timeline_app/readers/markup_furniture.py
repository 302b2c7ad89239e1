"""Page furniture in the markup: boxes the page itself names as furniture, marked before
extraction (captions, credits, related and recommended links, newsletter, share and tag boxes, ad
slots, players, landmarks such as role="complementary"), and short newsletter or subscription
boxes however they are named. Boxes no class name gives away are known by their words and shape:
a heading or aria-label in the page's language ("Lo más visto", "Leserbriefe"), another story's
card (a linked headline) among the story's paragraphs, a poll's form fields, an embedded
social post (a quotation box linking to the post). The box holding the
headline or the article body, or a large share of the page's prose, is never marked, whatever
its class says.

The same pass readies the layout for trafilatura: layout tables become boxes, and a factbox
<aside> inside the story becomes a box trafilatura reads.

This module holds the pass (`mark_furniture`), the guard over the story (`_Guard`), the boxes
named as furniture, promotion boxes and the markup readied for extraction (dates, <div>s of
prose, <q> and <time>); the boxes known by their words and shape, and the layout tables and
factboxes, are markup_boxes.py's; a live blog's posts in sibling <article>s are readied as one
story by markup_entries.py, and a classic editor's italic caption under an image-only paragraph
is found by markup_captions.py.

Meant for any site in the languages analysts read most, never for one site's class names. The
lines that still slip through extraction are `boilerplate.drop_furniture`'s.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lxml import etree

from timeline_app.readers.boilerplate import MAX_LINE, is_paywall_note, is_promo
from timeline_app.readers.markup_boxes import (
    _FIELDS,
    _HEADINGS,
    _INLINE_SHARE,
    _LABEL_MAX,
    _LABEL_TAGS,
    _LABELLED,
    _SKIP_TEXT,
    PROSE_LINKS,
    _factboxes_as_boxes,
    _labelled_boxes,
    _layout_tables_as_boxes,
    _link_tables,
    _next_stories,
    _small_box,
    _social_posts,
    _story_cards,
    _widgets,
)
from timeline_app.readers.markup_captions import italic_captions
from timeline_app.readers.markup_entries import entries_as_boxes

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
    "promo", "promos", "sronly", "cta", "donate", "donation", "donations", "fundraising",
    "tweet", "twitter", "instagram", "tiktok", "bildquelle", "bildnachweis", "fotoquelle",
    "legende", "bildunterschrift", "epigrafe", "pullquote",
])  # fmt: skip
# Names of a photo's credit line, which may share its block with the caption's words.
CREDIT_WORDS = frozenset(
    ["credit", "credits", "photocredit", "bildquelle", "bildnachweis", "fotoquelle"]
)
# Words that also decorate containers of real text ("share-enabled", "has-comments", and
# "read-more" for the rest of a story behind a button): a box named by them is furniture only
# while it holds no paragraph of prose.
_WEAK_WORDS = frozenset([
    "share", "sharing", "sharebar", "social", "comments", "comment", "tags", "tagged",
    "topics", "keywords", "bio", "biography", "player", "trending", "popular", "follow",
    "video", "videos",
    "readmore",
])  # fmt: skip
_WEAK_PAIRS = frozenset([("read", "more")])
_PAIRS = frozenset(tuple(pair.split()) for pair in [
    "read next", "read also", "also read", "see also", "more stories",
    "more articles", "more news", "more from", "further reading", "up next", "sign up",
    "sr only", "screen reader", "visually hidden", "about author", "author bio", "author box",
    "author info", "most read", "most viewed", "most popular", "video player", "tag list",
    "tag cloud", "key events", "print only", "lesen sie", "mehr zum", "lire aussi",
    "voir aussi", "leer mas", "leggi anche", "pull quote",
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
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
# A cheap first look at a class or id before splitting it into words.
_MAYBE = re.compile(
    r"capt|credit|relat|correl|recomm|recirc|outbrain|taboola|newsl|sign|ad|dfp|sponsor|crumb|"
    r"cookie|consent|gdpr|playlist|teaser|promo|only|share|sharing|social|comment|tag|topic|"
    r"keyword|bio|player|trend|popular|follow|read|also|next|more|reader|hidden|author|key|"
    r"lesen|mehr|lire|voir|leer|leggi|cta|donat|fundrais|tweet|twitter|instagram|tiktok|bildq|"
    r"bildn|fotoq|legende|bildunt|epigrafe|pull|video",
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
_MAIN_SHARE = 0.3  # a box holding this share of the page's prose is the article, whatever its name
_MAX_MARKED = 0.4  # names that would mark more of the article's prose mislead: mark nothing
# Cores of the words of a newsletter or subscription line, as written in running text and in
# capitals; case-sensitive, since an IGNORECASE search over every text of the page costs ~2 ms.
_PROMO_HINT = re.compile(
    r"ewsletter|ign[- ]up|ubscri|bonn|nscri|uscr|scriv|одпи[шск]|ідпи[шск]|ередплат|ассылк|"
    r"озсилк|EWSLETTER|IGN[- ]UP|UBSCRI|BONN|NSCRI|USCR|SCRIV|ОДПИ[ШСК]|ІДПИ[ШСК]|ЕРЕДПЛАТ|"
    r"АССЫЛК|ОЗСИЛК|ieuwsbrie|IEUWSBRIE|oletín|oletim|OLETÍN|OLETIM|新闻通讯|ニュースレター|"
    r"メルマガ|النشرة"
)
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
    articles: list[etree._Element] = []
    tables: list[etree._Element] = []
    quotes: list[etree._Element] = []
    collect = dict.fromkeys(_INLINE_WORDS, inline)
    collect.update(dict.fromkeys(_HEADINGS, headings))
    collect.update(dict.fromkeys(_FIELDS, fields))
    collect["aside"] = asides
    collect["article"] = articles
    collect["table"] = tables
    collect["blockquote"] = quotes
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
    labelled, threads = _labelled_boxes(labels, guard)
    threads += _next_stories(articles, root, guard)
    entries_as_boxes(articles, guard)
    found += labelled
    found += _story_cards(headings, guard)
    found += _widgets(fields, guard)
    found += _link_tables(tables, guard)
    found += _social_posts(quotes, guard)
    found += italic_captions(body, guard)
    _hide_foreign_dates(dated_after, guard)
    _divs_as_paragraphs(guard)
    _inline_words_as_text(inline, guard)
    outer = _outermost(found)
    if guard.misled(outer):
        outer = []
    if threads:  # known by their words or the page's title, not by names that may mislead
        outer = _outermost(outer + threads)
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
    return el.tag not in _INLINE or _fills_its_block(el) or _is_credit(el)


def _is_credit(el: etree._Element) -> bool:
    """A photo's credit in a <span> of its own after the caption's words ("<span
    class="bildquelle">Bild: REUTERS</span>"): furniture though it is not all of its block."""
    return bool(CREDIT_WORDS & (name_words(el.get("class", "")) | name_words(el.get("id", ""))))


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


def _outermost(found: list[etree._Element]) -> list[etree._Element]:
    chosen = set(found)
    return [el for el in dict.fromkeys(found) if not any(a in chosen for a in el.iterancestors())]


@lru_cache(maxsize=8192)
def name_words(name: str) -> frozenset[str]:
    """The words of a class or id name: "articleLead", "article__lead" -> {"article", "lead"}."""
    return frozenset(_NON_ALNUM.split(_CAMEL.sub(" ", name).lower())) if name else frozenset()
