"""Loose text of a story's body readied for trafilatura, which keeps text runs between <br>
tags only as the words of a <div>.

Story bodies written as text runs between <br> tags (Korean portals, 1C-Bitrix and many
regional CMSs) lose words in two shapes:

- the body opens with a photo box: `<div id="articleBody"><div class="photo">...</div>First
  paragraph.<br><br>Second ...`. The first paragraph is the *tail* of the photo box, and
  trafilatura, which discards a <div> without text of its own (an image box, an empty ad slot)
  together with its tail, loses it. A tail holding words is wrapped in a <p> right after its
  box, with the inline elements that continue its sentence (a link, an emphasis) up to the next
  <br> or box; the box itself is left for the furniture pass to judge.
- the runs sit straight in an <article>, <section> or <main> (`<article id="dic_area">Text<br>
  <br>Text</article>`): trafilatura reads none of them, only the <p>s around. Such a box becomes
  a <div>, which it reads run by run.

And a teaser's label in its own <strong> right before the linked title (`<strong>관련 기사</strong>
<a>...</a>`) is parted from it by a space: glued, the line "관련 기사유엔 ..." no longer starts
with the label as a word, and in scripts without capitals nothing shows where the title starts.
"""

from __future__ import annotations

from lxml import etree

from timeline_app.readers.boilerplate import box_label

_BOXES = ("div", "figure", "section")  # boxes trafilatura may discard with their tail
_RUN_HOLDERS = ("article", "section", "main")  # boxes whose own text runs trafilatura skips
_MIN_TAIL = 2  # characters of a tail worth keeping (an initial, a word in Chinese)
_MIN_RUNS = 60  # characters of loose text that make a box a story's body, not a label's
_LABELS = ("strong", "b", "span", "em")  # inline boxes a teaser's label sits in
_MAX_LABEL = 40  # characters of a label
_INLINE = frozenset(
    ["a", "b", "strong", "em", "i", "u", "span", "font", "small", "sup", "sub", "q", "time",
     "abbr", "cite", "mark", "code"]
)  # fmt: skip


def ready_loose_text(root: etree._Element) -> None:
    """Make the loose text runs of `root`, a parsed page, readable to trafilatura."""
    runs_holders_as_divs(root)
    tails_as_paragraphs(root)
    labels_apart(root)


def labels_apart(root: etree._Element) -> int:
    """Put a space between a teaser's label and the link right after it; returns how many."""
    parted = 0
    for label in root.iter(*_LABELS):
        following = label.getnext()
        if following is None or following.tag != "a" or (label.tail or "").strip():
            continue
        words = label.text_content().strip()
        if words and len(words) <= _MAX_LABEL and box_label(words) == "teaser":
            label.tail = " "
            parted += 1
    return parted


def runs_holders_as_divs(root: etree._Element) -> int:
    """Retag as <div> each <article>, <section> or <main> holding text runs between <br> tags
    straight inside it; returns how many were retagged."""
    retagged = 0
    for box in list(root.iter(*_RUN_HOLDERS)):
        breaks = [child for child in box if child.tag == "br"]
        if not breaks:
            continue
        runs = [box.text or "", *(br.tail or "" for br in breaks)]
        if sum(len(run.strip()) for run in runs) >= _MIN_RUNS:
            box.tag = "div"
            retagged += 1
    return retagged


def tails_as_paragraphs(root: etree._Element) -> int:
    """Wrap each box's tail that holds words in a <p> of its own; returns how many were wrapped."""
    wrapped = 0
    for box in list(root.iter(*_BOXES)):
        tail = box.tail
        parent = box.getparent()
        if not tail or parent is None or len(tail.strip()) < _MIN_TAIL:
            continue
        if parent.tag == "p" or parent.tag in _INLINE:
            continue  # a box in a link or a paragraph: its tail is already that box's prose
        para = etree.Element("p")
        para.text = tail
        box.tail = None
        sibling = box.getnext()
        while sibling is not None and sibling.tag in _INLINE:
            following = sibling.getnext()
            para.append(sibling)  # with its tail: the sentence goes on after it
            sibling = following
        box.addnext(para)
        wrapped += 1
    return wrapped
