"""The TimeML evaluation: parsing, the interval of a TIMEX3 value, the value rule, and a run on
the devset (skipped when ../shared is absent)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from timeline_app.domain.model import DateSpan, Precision, TimeExpression
from timeline_app.eval.__main__ import main as dispatch
from timeline_app.eval.timeml import (
    Tally,
    Timex,
    gold_interval,
    parse_document,
    score_document,
    value_right,
)

DCT = date(1998, 2, 13)


def a_document(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "doc.tml"
    path.write_text(
        '<?xml version="1.0" ?>\n<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-13" '
        'functionInDocument="CREATION_TIME">02/13/98</TIMEX3></DCT>\n'
        f"<TEXT>{body}</TEXT></TimeML>",
        encoding="utf-8",
    )
    return path


def a_prediction(start: date | None, end: date | None = None) -> TimeExpression:
    span = None if start is None else DateSpan(start, end or start, Precision.DAY)
    return TimeExpression("x", 0, 1, span)


def test_a_document_is_parsed_into_plain_text_and_offsets(tmp_path: Path) -> None:
    path = a_document(
        tmp_path,
        'He <EVENT eid="e1">left</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-02-12">'
        "yesterday</TIMEX3> &amp; more.",
    )
    doc = parse_document(path)
    assert doc.dct == DCT
    assert doc.text == "He left yesterday & more."
    (timex,) = doc.timexes
    assert doc.text[timex.start : timex.end] == "yesterday" and timex.value == "1998-02-12"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1998-01-14", ("1998-01-14", "1998-01-14")),
        ("1998-W03", ("1998-01-12", "1998-01-18")),
        ("1998-W03-WE", ("1998-01-17", "1998-01-18")),
        ("1998-01", ("1998-01-01", "1998-01-31")),
        ("1998-SU", ("1998-06-01", "1998-08-31")),
        ("1998-WI", ("1998-12-01", "1999-02-28")),
        ("1998-Q1", ("1998-01-01", "1998-03-31")),
        ("1998-H2", ("1998-07-01", "1998-12-31")),
        ("1998", ("1998-01-01", "1998-12-31")),
        ("199", ("1990-01-01", "1999-12-31")),
        ("19", ("1900-01-01", "1999-12-31")),
        ("PRESENT_REF", ("1998-02-13", "1998-02-13")),
        ("PAST_REF", None),
        ("FUTURE_REF", None),
        ("XXXX-10", None),
        ("1998-WXX", None),
        ("199X", None),
    ],
)
def test_a_timex_value_is_an_interval_or_none(value: str, expected: tuple[str, str] | None) -> None:
    got = gold_interval(value, DCT)
    assert (None if got is None else (got[0].isoformat(), got[1].isoformat())) == expected


def test_the_value_rule() -> None:
    day = Timex(0, 1, "x", "DATE", "1998-02-12", "")
    month_end = Timex(0, 1, "x", "DATE", "1998-01", "END")
    vague = Timex(0, 1, "x", "DATE", "PAST_REF", "")
    assert value_right(day, a_prediction(date(1998, 2, 12)), DCT)
    assert not value_right(day, a_prediction(date(1998, 2, 11)), DCT)
    # a part of a month with mod END is right unless it is a lone day
    assert value_right(month_end, a_prediction(date(1998, 1, 21), date(1998, 1, 31)), DCT)
    assert not value_right(month_end, a_prediction(date(1998, 1, 31)), DCT)
    # a value that is no interval is right only when nothing was claimed
    assert value_right(vague, a_prediction(None), DCT)
    assert not value_right(vague, a_prediction(date(1998, 2, 1)), DCT)


def test_a_prediction_without_an_interval_counts_like_any_other(tmp_path: Path) -> None:
    # given a document whose gold has one vague DATE ("recently") and no other
    path = a_document(
        tmp_path,
        'It was <TIMEX3 tid="t1" type="DATE" value="PAST_REF">recently</TIMEX3> said, '
        "and the future is open.",
    )
    doc = parse_document(path)
    recently = TimeExpression("recently", 7, 15, None)
    future = TimeExpression("the future", 26, 36, None)
    assert doc.text[future.start : future.end] == "the future"
    tally, errors = Tally(), list[str]()
    # when both undated predictions are scored
    score_document(doc, [recently, future], tally, errors)
    # then both count as predictions: the one gold does not annotate is a false positive
    assert (tally.predicted, tally.predicted_matched, tally.value_right) == (2, 1, 1)
    assert (tally.undated, tally.undated_unmatched) == (2, 1)
    assert len(errors) == 1 and "\tFP\t" in errors[0]


def test_the_dispatcher_rejects_an_unknown_evaluation(capsys: pytest.CaptureFixture[str]) -> None:
    assert dispatch(["nope"]) == 2
    assert "unknown evaluation" in capsys.readouterr().err


def test_the_evaluation_runs_on_the_devset(devset_dir: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "timeline_app.eval", "timeml", str(devset_dir / "timeml")],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "relaxed  P" in result.stdout and "value    P" in result.stdout
    assert "chars/s" in result.stdout
    relaxed_f1 = float(result.stdout.split("relaxed")[1].split("F1")[1].split()[0])
    assert relaxed_f1 >= 0.9  # a guard against a collapse, not the target (see the report)
