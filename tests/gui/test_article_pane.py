"""The article pane: header and date source, the highlighted sentence, underlined time expressions
with explaining tooltips, clicks on them, nothing remote loaded, and offsets that survive emoji.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument

from tests.gui.conftest import MemoryStore, a_stored_article, an_event
from timeline_app.ui.article_pane import ArticlePane, OffsetMap

TEXT = (
    "Strike on Kharkiv\n\n"
    "Russia launched a missile strike on Kharkiv on Tuesday, officials said.\n\n"
    + "Filler paragraph about the war. " * 120
    + "\n\nEnvoys met in Geneva on Sunday to discuss the plan.\n"
)
STRIKE = (TEXT.index("Russia"), TEXT.index("said.") + 5)
TUESDAY = (TEXT.index("on Tuesday"), TEXT.index("on Tuesday") + len("on Tuesday"))
MEETING = (TEXT.index("Envoys"), TEXT.index("plan.") + 5)
SUNDAY = (TEXT.index("on Sunday"), TEXT.index("on Sunday") + len("on Sunday"))


def a_pane(qtbot: Any, published: Any = ..., text: str = TEXT) -> tuple[ArticlePane, MemoryStore]:
    article = (
        a_stored_article(1, text) if published is ... else a_stored_article(1, text, published)
    )
    store = MemoryStore({1: article})
    store.event_list = [
        an_event(1, 1, STRIKE, TUESDAY, text=text, explanation="the Tuesday before publication"),
        an_event(2, 1, MEETING, SUNDAY, text=text),
    ]
    pane = ArticlePane()
    qtbot.addWidget(pane)
    pane.resize(500, 300)
    pane.show()
    pane.set_store(store)
    return pane, store


def test_showing_an_event_highlights_its_sentence_and_scrolls_to_it(qtbot: Any) -> None:
    pane, store = a_pane(qtbot)
    # when the meeting, far down the article, is selected
    pane.show_event(store.get_event(2))
    # then its sentence is the highlighted text and it is in view
    assert pane.highlight_selections() == [MEETING]
    assert pane.highlighted_text() == TEXT[MEETING[0] : MEETING[1]]
    selections = pane.browser.extraSelections()
    assert selections[0].format.background().color().name() == "#ffe58a"
    cursor = QTextCursor(pane.browser.document())
    cursor.setPosition(MEETING[0])
    rect = pane.browser.cursorRect(cursor)
    assert pane.browser.viewport().rect().contains(rect.center())
    assert pane.browser.verticalScrollBar().value() > 0


def test_the_header_shows_title_site_and_how_the_date_was_found(qtbot: Any) -> None:
    pane, _ = a_pane(qtbot)
    pane.show_article(1)
    header = pane.header.text()
    assert "A title" in header and "example.org" in header
    assert "19 Nov 2025 (from the dateline)" in header
    assert pane.browser.toPlainText() == TEXT


def test_an_article_without_a_date_says_date_unknown(qtbot: Any) -> None:
    pane, _ = a_pane(qtbot, published=None)
    pane.show_article(1)
    assert "date unknown" in pane.header.text()


def test_time_expressions_are_underlined_with_an_explaining_tooltip(qtbot: Any) -> None:
    pane, _ = a_pane(qtbot)
    pane.show_article(1)
    qtbot.waitUntil(lambda: {TUESDAY, SUNDAY} <= set(pane.marked_expressions()))
    cursor = QTextCursor(pane.browser.document())
    cursor.setPosition(TUESDAY[0] + 2)
    fmt = cursor.charFormat()
    assert fmt.underlineStyle() != QTextCharFormat.UnderlineStyle.NoUnderline
    assert fmt.isAnchor()
    tooltip = pane.browser.tooltips[fmt.anchorHref()]
    assert "“on Tuesday” → Tue 18 Nov 2025" in tooltip
    assert "the Tuesday before publication" in tooltip


def test_clicking_a_time_expression_reports_it(qtbot: Any) -> None:
    pane, _ = a_pane(qtbot)
    pane.show_article(1)
    with qtbot.waitSignal(pane.time_expression_clicked) as blocker:
        pane.browser.anchorClicked.emit(QUrl(f"timex:{TUESDAY[0]}:{TUESDAY[1]}"))
    assert blocker.args == [1, *TUESDAY]


def test_nothing_remote_or_local_is_ever_loaded(qtbot: Any) -> None:
    pane, _ = a_pane(qtbot)
    for url in ("https://example.org/tracker.png", "file:///etc/passwd"):
        resource = pane.browser.loadResource(QTextDocument.ResourceType.ImageResource, QUrl(url))
        assert resource is None
    # markup in an article is shown as text, never interpreted
    pane2, _ = a_pane(qtbot, text="<img src='https://example.org/x.png'><script>x()</script>")
    pane2.show_article(1)
    assert pane2.browser.toPlainText().startswith("<img src=")


def test_the_users_selection_is_given_in_article_offsets(qtbot: Any) -> None:
    pane, _ = a_pane(qtbot)
    pane.show_article(1)
    cursor = pane.browser.textCursor()
    cursor.setPosition(STRIKE[0])
    cursor.setPosition(STRIKE[1], QTextCursor.MoveMode.KeepAnchor)
    pane.browser.setTextCursor(cursor)
    assert pane.selected_text_range() == (1, *STRIKE)


def test_offsets_stay_right_after_characters_outside_the_basic_plane() -> None:
    text = "🚀 Drone 🛰 attack on Kharkiv"
    offsets = OffsetMap(text)
    start = text.index("Kharkiv")
    assert offsets.to_qt(start) == start + 2
    assert offsets.from_qt(offsets.to_qt(start)) == start


def test_highlight_is_right_after_an_emoji(qtbot: Any) -> None:
    text = "🚀 Headline\n\nRussia struck Kharkiv on Tuesday, officials said.\n"
    sentence = (text.index("Russia"), text.index("said.") + 5)
    pane = ArticlePane()
    qtbot.addWidget(pane)
    store = MemoryStore({1: a_stored_article(1, text)})
    store.event_list = [an_event(1, 1, sentence, text=text)]
    pane.set_store(store)
    pane.show_event(store.event_list[0])
    assert pane.highlighted_text() == text[slice(*sentence)]


def test_the_tooltip_names_the_events_an_expression_dates(qtbot: Any) -> None:
    pane, _ = a_pane(qtbot)
    pane.show_article(1)
    href = f"timex:{SUNDAY[0]}:{SUNDAY[1]}"
    qtbot.waitUntil(lambda: href in pane.browser.tooltips)
    assert "Dates: Event 2. Click to select." in pane.browser.tooltips[href]
