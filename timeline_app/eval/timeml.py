"""Evaluate the time-expression finder on TimeML files (TempEval-3 style, DATE expressions only).

Usage: `python -m timeline_app.eval timeml DIR [--errors] [--lang en]`.

Scoring rule:
- Gold: every TIMEX3 of type DATE inside <TEXT>, except the document creation time
  (functionInDocument="CREATION_TIME"), whose value (date part) is the publication date given to
  `find_time_expressions`. TIME, DURATION and SET TIMEX3s are ignored: a prediction that
  overlaps one of them and no DATE is left out of the counts (neither right nor wrong).
- Relaxed match: a predicted span that overlaps a gold DATE span (character offsets in the
  tag-free TEXT). Relaxed precision = predictions overlapping a gold DATE / predictions counted;
  recall = gold DATEs overlapped by some prediction / gold DATEs; F1 = 2PR/(P+R).
- Value: each gold DATE is judged on the prediction that overlaps it most. Its TIMEX3 value is an
  interval: 1998-01-14 a day, 1998-W03 a Monday-Sunday week (1998-W03-WE its Saturday-Sunday),
  1998-01 a month, 1998-SP/SU/FA/WI a northern season (WI = December to February), 1998-Q1 a
  quarter, 1998-H1 a half, 1998 a year, 199 a decade, 19 a century (1900-1999), PRESENT_REF
  the creation day. The value is right when the predicted interval equals it; when the gold has
  mod START, MID or END (also EARLY/LATE), a predicted interval inside it counts as right unless
  it is a lone day for a non-day value. A gold value that is no interval (PAST_REF, FUTURE_REF,
  XXXX-..., 1989-WXX, 199X...) counts as right only when the prediction has no interval
  (span=None) — saying "we cannot place it" is the right answer there.
- A prediction without an interval (span=None: "recently", "the future", "the week" when the
  text does not say which) is a prediction like any other: it counts in precision, and is a
  false positive when it overlaps no gold DATE. The app shows such expressions to the analyst
  as "undated", so leaving them out of the counts would flatter precision; the report prints
  how many there are and how many are not in the gold, so their share is visible.
- Value precision = value-right / predictions counted; value recall = value-right / gold DATEs;
  value F1 = 2PR/(P+R); value accuracy = value-right / gold DATEs matched (relaxed).
"""

from __future__ import annotations

import argparse
import html
import re
import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from timeline_app.domain.model import TimeExpression
from timeline_app.extraction.dates import find_time_expressions, warm_up
from timeline_app.extraction.dates_spans import (
    century_span,
    decade_span,
    half_span,
    month_span,
    quarter_span,
    season_span,
    week_span,
    weekend_span,
    year_span,
)

_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "AU": "autumn", "WI": "winter"}
_PART_MODS = {"START", "MID", "END", "EARLY", "LATE"}


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str


@dataclass(frozen=True)
class Document:
    name: str
    text: str
    dct: date
    timexes: tuple[Timex, ...]


def parse_document(path: Path) -> Document:
    """The tag-free TEXT of a TimeML file, its creation date and its TIMEX3s with offsets."""
    raw = path.read_text(encoding="utf-8")
    dct_match = re.search(r'<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>', raw)
    if dct_match is None:
        raise ValueError(f"{path.name}: no creation time")
    dct = date.fromisoformat(dict(_ATTR.findall(dct_match.group()))["value"][:10])
    body_match = re.search(r"<TEXT>(.*)</TEXT>", raw, re.DOTALL)
    body = body_match.group(1) if body_match else ""
    text_parts: list[str] = []
    length = 0
    open_timex: tuple[int, dict[str, str]] | None = None
    timexes: list[Timex] = []
    position = 0
    for tag in _TAG.finditer(body):
        chunk = html.unescape(body[position : tag.start()])
        text_parts.append(chunk)
        length += len(chunk)
        position = tag.end()
        closing, name, attrs = tag.group(1) == "/", tag.group(2), tag.group(3)
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = (length, dict(_ATTR.findall(attrs)))
        elif open_timex is not None:
            start, attributes = open_timex
            open_timex = None
            if attributes.get("functionInDocument") == "CREATION_TIME":
                continue
            text = "".join(text_parts)[start:length]
            timexes.append(
                Timex(
                    start,
                    length,
                    text,
                    attributes.get("type", ""),
                    attributes.get("value", ""),
                    attributes.get("mod", ""),
                )
            )
    text_parts.append(html.unescape(body[position:]))
    return Document(path.name, "".join(text_parts), dct, tuple(timexes))


def gold_interval(value: str, dct: date) -> tuple[date, date] | None:
    """The interval a TIMEX3 value denotes, or None when it is not one (PAST_REF, XXXX...)."""
    if value == "PRESENT_REF":
        return dct, dct
    patterns: list[tuple[str, object]] = [
        (r"(\d{4})-(\d\d)-(\d\d)(?:T.*)?", lambda y, m, d: (date(y, m, d), date(y, m, d))),
        (r"(\d{4})-W(\d\d)-WE", lambda y, w: _span(weekend_span(_iso_week(y, w)))),
        (r"(\d{4})-W(\d\d)", lambda y, w: _span(week_span(_iso_week(y, w)))),
        (r"(\d{4})-(\d\d)", lambda y, m: _span(month_span(y, m))),
        (r"(\d{4})-Q([1-4])", lambda y, q: _span(quarter_span(y, q))),
        (r"(\d{4})-H([12])", lambda y, h: _span(half_span(y, h))),
        (r"(\d{4})", lambda y: _span(year_span(y))),
        (r"(\d{3})", lambda d: _span(decade_span(10 * d))),
        (r"(\d{2})", lambda c: _span(century_span(100 * c))),
    ]
    season = re.fullmatch(r"(\d{4})-(SP|SU|FA|AU|WI)", value)
    if season:
        return _span(season_span(int(season[1]), _SEASONS[season[2]]))
    for pattern, build in patterns:
        match = re.fullmatch(pattern, value)
        if match:
            try:
                return build(*(int(g) for g in match.groups()))  # type: ignore[operator,no-any-return]
            except ValueError:
                return None
    return None


def _span(span: object) -> tuple[date, date]:
    return span.start, span.end  # type: ignore[attr-defined]


def _iso_week(year: int, week: int) -> date:
    return date.fromisocalendar(year, week, 1) if week <= 53 else date(year, 12, 31)


def value_right(gold: Timex, predicted: TimeExpression, dct: date) -> bool:
    expected = gold_interval(gold.value, dct)
    if expected is None:
        return predicted.span is None
    if predicted.span is None:
        return False
    got = (predicted.span.start, predicted.span.end)
    if got == expected:
        return True
    if gold.mod in _PART_MODS and expected[0] <= got[0] and got[1] <= expected[1]:
        return not (got[0] == got[1] and expected[0] != expected[1])
    return False


@dataclass
class Tally:
    predicted: int = 0
    predicted_matched: int = 0
    gold: int = 0
    gold_matched: int = 0
    value_right: int = 0
    ignored: int = 0
    undated: int = 0  # predictions without an interval (counted)
    undated_unmatched: int = 0  # ...of which overlap no gold DATE


def score_document(
    doc: Document, found: list[TimeExpression], tally: Tally, errors: list[str]
) -> None:
    dates = [t for t in doc.timexes if t.type == "DATE"]
    others = [t for t in doc.timexes if t.type != "DATE"]
    tally.gold += len(dates)
    for expression in found:
        if any(_overlap(expression, t) for t in dates):
            tally.predicted += 1
            tally.predicted_matched += 1
            tally.undated += expression.span is None
        elif any(_overlap(expression, t) for t in others):
            tally.ignored += 1
        else:
            tally.predicted += 1
            tally.undated += expression.span is None
            tally.undated_unmatched += expression.span is None
            errors.append(f"{doc.name}\tFP\t{expression.text!r}\t{_context(doc.text, expression)}")
    for gold in dates:
        overlapping = [e for e in found if _overlap(e, gold)]
        if not overlapping:
            errors.append(
                f"{doc.name}\tFN\t{gold.text!r} = {gold.value}\t{_context(doc.text, gold)}"
            )
            continue
        tally.gold_matched += 1
        best = max(overlapping, key=lambda e: min(e.end, gold.end) - max(e.start, gold.start))
        if value_right(gold, best, doc.dct):
            tally.value_right += 1
        else:
            got = f"{best.span.start}..{best.span.end}" if best.span else "None"
            errors.append(
                f"{doc.name}\tVALUE\t{gold.text!r} = {gold.value}{' ' + gold.mod if gold.mod else ''}"
                f" (DCT {doc.dct})\tgot {best.text!r} {got}\t{best.explanation}"
            )


def _overlap(a: TimeExpression | Timex, b: Timex) -> bool:
    return a.start < b.end and b.start < a.end


def _context(text: str, item: TimeExpression | Timex) -> str:
    left = text[max(0, item.start - 50) : item.start].replace("\n", " ")
    right = text[item.end : item.end + 50].replace("\n", " ")
    return f"...{left}[{text[item.start : item.end]}]{right}..."


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def report(tally: Tally, seconds: float, docs: int, chars: int) -> str:
    p = tally.predicted_matched / tally.predicted if tally.predicted else 0.0
    r = tally.gold_matched / tally.gold if tally.gold else 0.0
    vp = tally.value_right / tally.predicted if tally.predicted else 0.0
    vr = tally.value_right / tally.gold if tally.gold else 0.0
    accuracy = tally.value_right / tally.gold_matched if tally.gold_matched else 0.0
    return "\n".join(
        [
            f"documents: {docs}  gold DATE: {tally.gold}  predicted (counted): {tally.predicted}"
            f"  on TIME/DURATION/SET only (not counted): {tally.ignored}",
            f"relaxed  P {p:.3f}  R {r:.3f}  F1 {_f1(p, r):.3f}",
            f"value    P {vp:.3f}  R {vr:.3f}  F1 {_f1(vp, vr):.3f}  accuracy {accuracy:.3f}",
            f"undated  {tally.undated} predictions without an interval (counted above),"
            f" {tally.undated_unmatched} of them not in the gold",
            f"speed    {docs / seconds:,.0f} docs/s  {chars / seconds:,.0f} chars/s"
            f"  ({seconds * 1000:.1f} ms for {chars:,} chars)",
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m timeline_app.eval timeml", description=__doc__)
    parser.add_argument("directory", type=Path)
    parser.add_argument("--errors", action="store_true", help="list every error")
    parser.add_argument("--lang", default="en")
    args = parser.parse_args(argv)
    paths = sorted(args.directory.glob("*.tml"))
    if not paths:
        print(f"error: no .tml files in {args.directory}", file=sys.stderr)
        return 1
    documents = [parse_document(p) for p in paths]
    warm_up((args.lang,))
    started = time.perf_counter()
    results = [find_time_expressions(d.text, d.dct, args.lang) for d in documents]
    seconds = max(time.perf_counter() - started, 1e-9)
    tally, errors = Tally(), list[str]()
    for doc, found in zip(documents, results, strict=True):
        score_document(doc, found, tally, errors)
    if args.errors:
        print("\n".join(errors))
    print(report(tally, seconds, len(documents), sum(len(d.text) for d in documents)))
    return 0
