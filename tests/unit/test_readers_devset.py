"""The readers on real material beside the checkout: the seed article and the devset pages
(skipped on a fresh clone). Guards the figures `python -m timeline_app.eval html` prints."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from timeline_app.readers import read_path


def test_seed_article_text_is_the_file_verbatim(seed_article: Path) -> None:
    article = read_path(seed_article)[0]
    raw = seed_article.read_bytes().decode("utf-8").replace("\r\n", "\n")
    assert article.text == raw
    assert article.title.startswith("Secret Consultations Between Moscow and Washington")
    assert article.language == "en"
    assert (article.published, article.published_source) == (None, "unknown")


def test_seed_article_with_the_users_date(seed_article: Path) -> None:
    article = read_path(seed_article, published=date(2025, 11, 19))[0]
    assert (article.published, article.published_source) == (date(2025, 11, 19), "option")


def test_devset_pages_dates_and_main_text(devset_dir: Path) -> None:
    folder = devset_dir / "html"
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    dated = right = snippets = found = forbidden = leaked = 0
    for name, entry in gold.items():
        article = read_path(folder / name)[0]
        text = " ".join(article.text.split())
        if entry.get("date"):
            dated += 1
            right += str(article.published) == entry["date"]
        assert article.language == entry["lang"] or entry["lang"] == "sr"
        for snippet in entry.get("text_must_contain", []):
            snippets += 1
            found += " ".join(snippet.split()) in text
        for snippet in entry.get("text_must_not_contain", []):
            forbidden += 1
            leaked += " ".join(snippet.split()) in text
    assert right / dated >= 0.95
    assert found / snippets >= 0.95
    assert leaked / forbidden <= 0.06


def test_eval_html_prints_the_figures(devset_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from timeline_app.eval.html import main

    assert main([str(devset_dir / "html")]) == 0
    out = capsys.readouterr().out
    for label in ("publication date exact", "htmldate alone", "snippet recall", "boilerplate leak"):
        assert label in out


def test_eval_html_without_gold(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from timeline_app.eval.html import main

    assert main([str(tmp_path)]) == 2
    assert "no gold.json" in capsys.readouterr().err
