"""Evaluation of the HTML reader on saved pages with a `gold.json`: publication-date accuracy
(exact day), must-contain snippet recall and must-not-contain boilerplate leak, next to htmldate
alone. Run: `python -m timeline_app.eval html ../shared/devset/html [--verbose]`; `--furniture`
lists the boxes each page's markup names as furniture (pruned before extraction), to audit them.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from htmldate import find_date
from trafilatura import load_html

from timeline_app.readers import ReaderError, read_path
from timeline_app.readers.html import decode_html
from timeline_app.readers.language import detect_language
from timeline_app.readers.markup_furniture import FURNITURE_XPATH, mark_furniture


@dataclass
class Tally:
    """Running counts over the pages."""

    pages: int = 0
    dated: int = 0
    date_ok: int = 0
    htmldate_ok: int = 0
    htmldate_fast_ok: int = 0
    snippets: int = 0
    found: int = 0
    forbidden: int = 0
    leaked: int = 0
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m timeline_app.eval html", description=__doc__)
    parser.add_argument("folder", type=Path, help="folder holding the pages and gold.json")
    parser.add_argument("--verbose", "-v", action="store_true", help="list every miss")
    parser.add_argument(
        "--text", action="store_true", help="print the extracted text of pages with a miss or leak"
    )
    parser.add_argument(
        "--furniture", action="store_true", help="list the boxes pruned from each page's markup"
    )
    args = parser.parse_args(argv)
    gold_path = args.folder / "gold.json"
    if not gold_path.is_file():
        print(f"error: no gold.json in {args.folder}", file=sys.stderr)
        return 2
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    detect_language("load the language model before the clock starts")
    tally = Tally()
    for name, entry in sorted(gold.items()):
        _score_page(args.folder / name, entry, tally, show_text=args.text)
        if args.furniture:
            _print_furniture(args.folder / name)
    _report(tally, args.verbose)
    return 0


def _print_furniture(path: Path) -> None:
    """Each box the markup pass would prune: tag, class or id, and the start of its text."""
    tree = load_html(decode_html(path.read_bytes()))
    if tree is None:
        return
    mark_furniture(tree)
    print(f"===== {path.name}: furniture boxes")
    for el in tree.xpath(FURNITURE_XPATH):
        name = el.get("class") or el.get("id") or el.get("role") or ""
        text = " ".join(el.text_content().split())
        print(f"  <{el.tag} {name[:40]!r}> {text[:90]!r}")


def _score_page(path: Path, entry: dict, tally: Tally, *, show_text: bool = False) -> None:
    tally.pages += 1
    gold_date = entry.get("date") or ""
    started = time.perf_counter()
    try:
        article = read_path(path)[0]
        text, ours = article.text, article.published
        source = str(article.published_source)
    except ReaderError as exc:
        text, ours, source = "", None, f"error: {exc}"
    tally.seconds += time.perf_counter() - started
    if gold_date:
        _score_date(path, gold_date, ours, source, tally)
    notes_before = len(tally.notes)
    _score_text(path.name, text, entry, tally)
    if show_text and len(tally.notes) > notes_before:
        print(f"===== {path.name}\n{text}\n")


def _score_date(path: Path, gold: str, ours: object, source: str, tally: Tally) -> None:
    tally.dated += 1
    html = decode_html(path.read_bytes())
    alone = find_date(html, outputformat="%Y-%m-%d")
    fast = find_date(html, extensive_search=False, original_date=True, outputformat="%Y-%m-%d")
    tally.htmldate_ok += alone == gold
    tally.htmldate_fast_ok += fast == gold
    if str(ours) == gold:
        tally.date_ok += 1
    else:
        tally.notes.append(f"{path.name}: date {ours} ({source}), gold {gold}, htmldate {alone}")


def _score_text(name: str, text: str, entry: dict, tally: Tally) -> None:
    squashed = " ".join(text.split())
    for snippet in entry.get("text_must_contain", []):
        tally.snippets += 1
        if " ".join(snippet.split()) in squashed:
            tally.found += 1
        else:
            tally.notes.append(f"{name}: missing {snippet!r}")
    for snippet in entry.get("text_must_not_contain", []):
        tally.forbidden += 1
        if " ".join(snippet.split()) in squashed:
            tally.leaked += 1
            tally.notes.append(f"{name}: leaked {snippet!r}")


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f} ({a}/{b})" if b else "n/a"


def _report(tally: Tally, verbose: bool) -> None:
    print(f"pages                      {tally.pages}")
    print(f"publication date exact     {_ratio(tally.date_ok, tally.dated)}")
    print(f"  htmldate alone (default) {_ratio(tally.htmldate_ok, tally.dated)}")
    print(f"  htmldate metadata only   {_ratio(tally.htmldate_fast_ok, tally.dated)}")
    print(f"snippet recall             {_ratio(tally.found, tally.snippets)}")
    print(f"boilerplate leak           {_ratio(tally.leaked, tally.forbidden)}")
    if tally.pages:
        per_page = tally.seconds / tally.pages
        print(
            f"read time                  {per_page * 1000:.1f} ms/page ({1 / per_page:.1f} pages/s)"
        )
    if verbose:
        for note in tally.notes:
            print(f"  - {note}")
