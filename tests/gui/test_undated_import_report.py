"""An import that stores articles without a publication date opens its report, with those
articles listed first, and View → Last import report brings the report back.

Only failures opened it: an article whose date was not found went by in a status-bar line for
fifteen seconds, while its relative dates stayed off the timeline.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.gui.conftest import STRIKE_ARTICLE, an_article_file, drop_on, wait_for_import

UNDATED = "Talks resume\n\nDelegations met in Istanbul on Tuesday, officials said.\n"


def menu_action(window: Any, text: str) -> Any:
    return next(a for a in window.menu_view.actions() if a.text() == text)


def test_an_article_without_a_date_opens_the_report_and_heads_it(
    qtbot: Any, make_window: Callable[[], Any], tmp_path: Path
) -> None:
    window = make_window()
    # given a dated article and an undated one dropped together
    files = [
        an_article_file(tmp_path, "strike.txt", STRIKE_ARTICLE),
        an_article_file(tmp_path, "talks.txt", UNDATED),
    ]
    assert drop_on(window, files)
    wait_for_import(qtbot, window)
    # then the report opens by itself and says what the analyst has to do
    qtbot.waitUntil(lambda: window.report_dialog is not None and window.report_dialog.isVisible())
    dialog = window.report_dialog
    assert "1 article went in without a publication date" in dialog.headline.text()
    assert "set the date" in dialog.headline.text()
    # and lists the undated article as the problem to look at (only it, with problems only)
    assert dialog.problems_only.isChecked()
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).text().endswith("talks.txt")
    assert "publication date unknown" in dialog.table.item(0, 3).text()
    # when it is closed and View → Last import report chosen
    dialog.close()
    qtbot.waitUntil(lambda: window.report_dialog is None)
    menu_action(window, "Last import &report…").trigger()
    # then the same report is back
    qtbot.waitUntil(lambda: window.report_dialog is not None and window.report_dialog.isVisible())
    assert window.report_dialog.table.item(0, 0).text().endswith("talks.txt")


def test_a_clean_import_keeps_the_report_closed_until_asked(
    qtbot: Any, make_window: Callable[[], Any], tmp_path: Path
) -> None:
    window = make_window()
    menu_action(window, "Last import &report…").trigger()
    assert window.report_dialog is None  # nothing imported yet: the status bar says so
    assert "No import yet" in window.status.currentMessage()
    assert drop_on(window, [an_article_file(tmp_path, "strike.txt", STRIKE_ARTICLE)])
    wait_for_import(qtbot, window)
    assert window.report_dialog is None
    menu_action(window, "Last import &report…").trigger()
    qtbot.waitUntil(lambda: window.report_dialog is not None and window.report_dialog.isVisible())
    assert window.report_dialog.table.rowCount() == 1
