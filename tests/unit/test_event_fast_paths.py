"""The per-event shortcuts of status and headline parts must decide exactly what the plain checks
decide: one scan standing in for two, a guard sparing searches, parts a title never reads left
empty. Each is checked against the plain version on texts made of the words that matter to it."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline_app.domain.model import EventType
from timeline_app.extraction import event_status
from timeline_app.extraction.titles import (
    TitleParts,
    make_title,
    reads_aid_parts,
    reads_object_text,
)

_SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _text(pieces: list[str], max_size: int = 16) -> st.SearchStrategy[str]:
    separators = ["", " ", " ", "\n", ", ", ". ", "-", "'", "’", "_", "\u00a0"]
    return st.lists(
        st.tuples(st.sampled_from(pieces), st.sampled_from(separators)), max_size=max_size
    ).map(lambda parts: "".join(word + sep for word, sep in parts))


# The words of the status patterns, cut and cased differently, with non-English neighbours.
_STATUS_WORDS = [
    "denied", "Denies", "deny", "denying", "refuted", "dismissed claims", "dismissed", "claims",
    "claimed", "CLAIMING", "claim", "alleged", "Allegedly", "alleg", "purportedly", "reportedly",
    "Reported", "unconfirmed", "unverified", "could not be independently verified", "said to have",
    "said", "x", "1", "é", "ı", "K", "не", "zufolge", "negó", "selon", "the",
]  # fmt: skip


@_SETTINGS
@given(_text(_STATUS_WORDS))
def test_one_scan_for_denial_or_claim_verbs_is_both_scans(text: str) -> None:
    both = event_status._DENYING.found_in(text) or event_status._CLAIM_VERBS.found_in(text)
    assert event_status._DENYING_OR_CLAIM.found_in(text) == both


@_SETTINGS
@given(_text(_STATUS_WORDS), st.integers(0, 40), st.integers(0, 400))
def test_trailing_claim_guard_holds_wherever_a_trailing_claim_is(
    text: str, pos: int, end: int
) -> None:
    found = event_status._TRAILING_CLAIM.search(text, pos, end) or (
        event_status._CLAIM_ADVERB.found_in(text, pos, end)
    )
    if found:
        assert event_status._TRAILING_CLAIM_GUARD.search(text, pos, end)


_NAMES = st.sampled_from(["", "Ukraine", "US officials", "Zelensky", "Peers", "NATO"])


@_SETTINGS
@given(
    st.sampled_from(list(EventType)),
    st.sampled_from(["attack", "talks", "pledged", "captured", "vowed", "met", "protest"]),
    _NAMES,
    _NAMES,
    st.sampled_from(["", "Kyiv", "Odesa region"]),
    st.sampled_from(["", "a call for talks", "by the EU on Monday", "the deal, which"]),
    st.sampled_from(["", "$2 billion", "40 million euros"]),
    st.booleans(),
    st.booleans(),
    st.booleans(),
    st.sampled_from(["", "Peers", "Hamas gunmen", "Students"]),
    st.booleans(),
)
def test_parts_left_empty_are_parts_the_title_does_not_read(
    kind: EventType,
    trigger: str,
    who: str,
    other: str,
    place: str,
    object_text: str,
    amount: str,
    received: bool,
    intercept: bool,
    planned: bool,
    subject: str,
    foreign: bool,
) -> None:
    """`event_parts._title_parts` leaves the object words, the amount, "received" and the subject
    empty where `make_title` would not read them; the title must not change."""
    full = TitleParts(
        type=kind,
        trigger=trigger,
        who=who,
        other=other,
        place=place,
        object_text=object_text,
        amount=amount,
        received=received,
        intercept=intercept,
        planned=planned,
        subject=subject,
        foreign=foreign,
    )
    lean = full
    if not reads_object_text(kind, intercept, foreign):
        lean = lean._replace(object_text="")
    if not reads_aid_parts(kind, intercept):
        lean = lean._replace(amount="", received=False)
    if who or place:
        lean = lean._replace(subject="")
    assert make_title(lean) == make_title(full)
