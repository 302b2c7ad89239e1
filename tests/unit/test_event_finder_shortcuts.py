"""The event finder's newer shortcuts must decide exactly what the plain versions decide: substring
tests standing in for case-insensitive scans, cue patterns searched in lower-cased text, paragraph
starts found from the line breaks, candidates left unsorted when none merged, repeats with two
dates dropped first, headline parts found once. Each is checked against the plain version on
texts made of the words the rules themselves look for, in every language the lexicons have, with
the characters that case-insensitive matching treats specially ("ı", "İ", "ſ", the Kelvin sign)."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.unit.test_event_finder_fast_paths import _extracted, _forms
from timeline_app.domain.model import Actor, EventType, ExtractedEvent
from timeline_app.extraction import (
    event_merge,
    event_parts,
    event_status,
    event_triggers,
    sentences,
)
from timeline_app.extraction.actors import ActorMention, adjective, short_name
from timeline_app.extraction.event_triggers import Candidate, candidates, find_means, find_triggers
from timeline_app.extraction.lexicon import LANGUAGES, cues, means, read_rows, triggers
from timeline_app.extraction.phrases import tokenize
from timeline_app.extraction.sentences import split_sentences
from timeline_app.extraction.titles import (
    reads_aid_parts,
    reads_object_text,
    reads_other,
    reads_weapon,
    title_reads,
)
from timeline_app.paths import data_dir

_SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Characters `re.IGNORECASE` matches with ASCII letters ("ı", "İ" with "i", "ſ" with "s", the
# Kelvin sign with "k") or that `str.lower` changes in length, and other non-ASCII neighbours.
_ODD = ["ı", "İ", "ſ", "\u212a", "é", "ß", "’", "—", "\u00a0", "Σ"]
_SEPARATORS = ["", " ", " ", "  ", "\n", ", ", ". ", "-", "'", "’", "_", "\u00a0", "x"]


def _text(pieces: list[str], max_size: int = 16) -> st.SearchStrategy[str]:
    return st.lists(
        st.tuples(st.sampled_from(pieces), st.sampled_from(_SEPARATORS)), max_size=max_size
    ).map(lambda parts: "".join(word + sep for word, sep in parts))


def _cased(words: list[str]) -> list[str]:
    """Each word as written, upper-case, title-case, and with an odd character inside."""
    out: list[str] = []
    for word in words:
        out += [word, word.upper(), word.title()]
        out += [word.replace("i", "ı", 1), word.replace("s", "ſ", 1), word.replace("i", "İ", 1)]
    return out


# --- substring tests for words a case-insensitive scan looks for -------------------------------

_CLAIM_WORDS = _cased(
    [
        "denied", "denies", "deny", "denying", "refuted", "dismissed claims", "claimed",
        "claims", "claiming", "alleged", "allegedly", "purportedly", "reportedly",
        "unconfirmed", "unverified", "could not be independently verified", "said to have",
        "claim", "alleg", "deni", "said", "have", "verified", "report",
    ]
) + _ODD + ["x", "the", "1"]  # fmt: skip


@_SETTINGS
@given(_text(_CLAIM_WORDS))
def test_no_part_of_the_claim_words_means_no_denial_or_claim_verb(text: str) -> None:
    if event_status._DENYING_OR_CLAIM.found_in(text):
        assert event_status._may_hold(text, event_status._DENYING_OR_CLAIM_PARTS)


@_SETTINGS
@given(_text(_CLAIM_WORDS))
def test_no_part_of_the_trailing_claim_words_means_no_guard_match(text: str) -> None:
    if event_status._TRAILING_CLAIM_GUARD.search(text):
        assert event_status._may_hold(text, event_status._TRAILING_CLAIM_PARTS)


@_SETTINGS
@given(_text(_CLAIM_WORDS), st.integers(0, 40), st.integers(0, 400))
def test_no_part_of_the_trailing_claim_words_means_no_trailing_claim(
    text: str, pos: int, end: int
) -> None:
    if event_status._TRAILING_CLAIM.search(text, pos, end) or (
        event_status._CLAIM_ADVERB.found_in(text, pos, end)
    ):
        assert event_status._may_hold(text[pos:end], event_status._TRAILING_CLAIM_PARTS)


# --- cue patterns searched in the lower-cased text ---------------------------------------------


def _cue_words(language: str, kind: str) -> list[str]:
    """The forms of one kind of cue (a stem without its "*"), cased every way, with the forms of
    the other kinds and odd characters around them."""
    path = data_dir() / "lexicons" / f"cues_{language}.csv"
    rows = list(read_rows(path))
    own = [f.rstrip("*") for row in rows if row["kind"] == kind for f in row["forms"].split("|")]
    other = [f.rstrip("*") for row in rows if row["kind"] != kind for f in row["forms"].split("|")]
    return _cased(own) + other[::3] + _ODD + ["x", "the", "1", "n't", "'ll"]


_CUE_CASES = st.sampled_from([(lang, kind) for lang in LANGUAGES for kind in sorted(cues(lang))])
_CUE_TEXTS = _CUE_CASES.flatmap(lambda case: st.tuples(st.just(case), _text(_cue_words(*case))))


@settings(_SETTINGS, max_examples=1500)
@given(_CUE_TEXTS)
def test_cue_search_in_lower_case_is_the_case_insensitive_search(
    case: tuple[tuple[str, str], str],
) -> None:
    (language, kind), text = case
    pattern = cues(language)[kind]
    found = event_status._cue_search(pattern)
    assert found(text) == (pattern.search(text) is not None)
    assert found(text.lower()) == (pattern.search(text.lower()) is not None)


def test_every_language_has_a_cue_search_for_every_kind_it_lacks_too() -> None:
    for language in LANGUAGES:
        searches = event_status._cue_searches(language)
        for kind in searches._fields:
            pattern = cues(language).get(kind)
            for text in ("", "will not soon", "nächste Woche", "x"):
                expected = pattern is not None and pattern.search(text) is not None
                assert getattr(searches, kind)(text) == expected


# --- paragraph starts found from the last line break of each run of white space -----------------


def _paragraph_starts_plain(text: str) -> list[int]:
    """`sentences._paragraph_starts` as it was: both patterns searched over the whole text."""
    starts = [0]
    starts.extend(m.end() for m in sentences._PARAGRAPH_BREAK.finditer(text))
    starts.extend(m.end() for m in sentences._LINE_AFTER_SENTENCE.finditer(text))
    return sorted(set(starts))


_LINE_PIECES = [
    "Talks", "ended", ".", "!", "?", '"', "”", "’", ":", ",", "\n", "\n\n", " \n", "\n \n",
    "\r\n", "\t", "\u2003", "\u00a0", "\u2028", "\x0b", "\x0c", "\x1c", "x", "- item",
]  # fmt: skip


@_SETTINGS
@given(st.lists(st.sampled_from(_LINE_PIECES), max_size=40).map("".join))
def test_paragraph_starts_from_line_breaks_are_those_both_patterns_find(text: str) -> None:
    assert sentences._paragraph_starts(text) == _paragraph_starts_plain(text)


def test_long_runs_of_line_breaks_give_the_plain_paragraph_starts() -> None:
    # (Long enough that a look-ahead scanning a run from each of its breaks would take seconds.)
    for run in ("\n", " \n", "\n\t ", "\r\n"):
        text = "Talks ended." + run * 60_000 + "Next."
        assert sentences._paragraph_starts(text) == _paragraph_starts_plain(text)


# --- candidates left in text order when none merged ---------------------------------------------


def _candidates_plain(
    found: list[event_triggers.TriggerMatch], weapons: list[event_triggers.MeansMatch]
) -> list[Candidate]:
    """`candidates` as it was: always merged by key and sorted."""
    resolved = [c for c in (event_triggers._resolve(t, weapons) for t in found) if c is not None]
    merged: dict[tuple[str, str], Candidate] = {}
    for candidate in resolved:
        key = event_triggers._merge_key(candidate)
        current = merged.get(key)
        merged[key] = candidate if current is None else event_triggers._stronger(current, candidate)
    return sorted(merged.values(), key=lambda c: c.trigger.start)


def _trigger_words(language: str) -> list[str]:
    names = ["Russia", "Kyiv", "the", "a", "was", "not", "x", "Mr.", "officials", "damaged"]
    return _forms(triggers(language)) + _forms(means(language), 15) + names


_TRIGGER_TEXTS = st.sampled_from(LANGUAGES).flatmap(
    lambda lang: st.tuples(st.just(lang), _text(_trigger_words(lang), 24))
)


@_SETTINGS
@given(_TRIGGER_TEXTS)
def test_candidates_unsorted_when_none_merged_are_the_sorted_merge(case: tuple[str, str]) -> None:
    language, text = case
    tokens = tokenize(text)
    for sentence in split_sentences(text):
        weapons = find_means(text, sentence, language, tokens)
        found = find_triggers(text, sentence, None, language, tokens)
        assert candidates(found, weapons) == _candidates_plain(found, weapons)


def _attributive_plain(text: str, start: int, end: int, sentence_start: int) -> bool:
    """`event_triggers._attributive` as it was: the words before looked at first."""
    word = text[start:end]
    if " " in word or not word.lower().endswith(("ed", "en")):
        return False
    before = event_triggers._WORD.findall(text[max(sentence_start, start - 24) : start])
    after = event_triggers._WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    if not before or after is None:
        return False
    following = after.group()
    if following.lower() in event_triggers._VERB_FOLLOWERS or not following[:1].islower():
        return False
    return before[-1].lower() in event_triggers._NOUN_OPENERS


_PARTICIPLE_WORDS = [
    "damaged", "occupied", "shelled", "the", "a", "in", "by", "Power", "lines", "two", "x",
    "inspect", "taken", "its", "Kyiv", "1", "—",
]  # fmt: skip


@_SETTINGS
@given(_text(_PARTICIPLE_WORDS, 10))
def test_participle_decided_by_the_next_word_first_is_the_plain_test(text: str) -> None:
    for match in re.finditer(r"\w+(?:ed|en)\b", text):
        for sentence_start in (0, match.start()):
            args = (text, match.start(), match.end(), sentence_start)
            assert event_triggers._attributive(*args) == _attributive_plain(*args)


# --- repeats with two different dates are told apart first --------------------------------------


def _same_happening_plain(a: ExtractedEvent, b: ExtractedEvent) -> bool:
    """`event_merge._same_happening` with the dates compared after kind and wording (as it was
    before the shortcut), and what each report names compared as the function does."""
    if not event_merge._same_kind(a, b):
        return False
    if event_merge._intercepts(a.trigger) != event_merge._intercepts(b.trigger):
        return False
    if a.span == b.span and (
        event_merge._normal(a.sentence) == event_merge._normal(b.sentence) or a.title == b.title
    ):
        return a.status == b.status
    statuses = (a.status, b.status)
    if event_merge.EventStatus.DENIED in statuses or event_merge.EventStatus.PLANNED in statuses:
        return False
    if a.span is None and b.span is None:
        return False
    if a.span is not None and b.span is not None and a.span != b.span:
        return False
    places_a, places_b = {p.name for p in a.places}, {p.name for p in b.places}
    if (a.span is None or b.span is None) and not places_a & places_b:
        return False
    actors_a, actors_b = {x.name for x in a.actors}, {x.name for x in b.actors}
    named_a, named_b = places_a | actors_a, places_b | actors_b
    if named_a and named_b and not (places_a & places_b or actors_a & actors_b):
        return False  # each names someone or somewhere, nothing in common: two happenings
    return event_merge._compatible(places_a, places_b) and event_merge._compatible(
        actors_a, actors_b
    )


@_SETTINGS
@given(_extracted(), _extracted())
def test_two_dates_told_apart_first_is_the_plain_comparison(
    a: ExtractedEvent, b: ExtractedEvent
) -> None:
    assert event_merge._same_happening(a, b) == _same_happening_plain(a, b)


# --- headline parts found once -----------------------------------------------------------------


def test_title_reads_are_the_four_reads_answers() -> None:
    for kind in EventType:
        for intercept in (False, True):
            for foreign in (False, True):
                reads = title_reads(kind, intercept, foreign)
                assert reads.aid_parts == reads_aid_parts(kind, intercept)
                assert reads.object_text == reads_object_text(kind, intercept, foreign)
                assert reads.other == reads_other(kind, intercept)
                assert reads.weapon == reads_weapon(kind, intercept)


def _mention_name_plain(text: str, mention: ActorMention | None) -> str:
    """`event_parts._mention_name` as it was."""
    if mention is None:
        return ""
    name = short_name(mention.actor)
    if mention.actor.kind not in ("country", "organization"):
        return name
    lead = adjective(mention.actor) or name
    group = event_parts._GROUP_NOUN.match(text, mention.end)
    if group and mention.actor.kind == "country":
        noun = group.group().split()[-1].lower()
        return f"{lead} {noun}"
    office = event_parts._OFFICE_AFTER.match(text, mention.end)
    if office:
        return f"{lead} {office.group('office').lower()}"
    return name


def _partner_plain(
    text: str, actors: list[ActorMention], who: ActorMention | None
) -> ActorMention | None:
    if who is None:
        return None
    for mention in actors:
        joined = event_parts._AND.fullmatch(text[mention.end : who.start])
        if joined and mention.actor.name != who.actor.name:
            return mention
    return None


_ACTORS = [
    Actor("Russia", "country"),
    Actor("Ukraine", "country"),
    Actor("United States", "country"),
    Actor("NATO", "organization"),
    Actor("European Union", "organization"),
    Actor("Volodymyr Zelensky", "person", "President"),
    Actor("Hamas", "group"),
    Actor("Atlantis", "country"),  # (no adjective)
    Actor("Atlantic Council", "organization"),
]
_AFTER_NAMES = [
    "", " officials", " forces said", "'s foreign minister", "’s president", " and", " and ",
    " troops", " senior military officials", " army", " leader", " met", "x", ",", "  and  ",
]  # fmt: skip


@st.composite
def _mentions(draw: st.DrawFn) -> tuple[str, list[ActorMention]]:
    """A text of actor names joined by the words that follow names in headlines' rules."""
    text, mentions = "", []
    for actor in draw(st.lists(st.sampled_from(_ACTORS), min_size=1, max_size=4)):
        start = len(text)
        text += actor.name
        mentions.append(ActorMention(start, len(text), actor))
        text += draw(st.sampled_from(_AFTER_NAMES))
    return text, mentions


@_SETTINGS
@given(_mentions())
def test_names_found_once_are_the_plain_names(case: tuple[str, list[ActorMention]]) -> None:
    text, mentions = case
    for mention in [None, *mentions]:
        name, lead, group = event_parts._who(text, mention)
        assert name == _mention_name_plain(text, mention)
        assert event_parts._mention_name(text, mention) == name
        assert lead == (adjective(mention.actor) if mention else "")
        country = mention is not None and mention.actor.kind == "country"
        matched = bool(mention and event_parts._GROUP_NOUN.match(text, mention.end))
        assert group == (country and matched)
        assert event_parts._partner(text, mentions, mention) == _partner_plain(
            text, mentions, mention
        )


def test_no_actor_is_no_subject_whatever_follows() -> None:
    for after in ("", " by the EU", " by", " strikes by Russian forces", " x by y by", " by\n"):
        assert event_parts._subject([], 10, after) is None


def _alternatives(source: str) -> list[str]:
    """The words of an alternation of plain words, `(?:a|b c|d)\\b` → ["a", "b c", "d"]."""
    inner = re.fullmatch(r"\(\?:(.*)\)(?:\\b)?", source)
    assert inner is not None, source
    words = inner.group(1).split("|")
    assert all(re.fullmatch(r"[a-z ]+", w) for w in words), words  # else parse it properly
    return words


def test_every_word_of_the_scans_holds_one_of_its_parts() -> None:
    """Adding a word to the denial or claim lists without a part that finds it would make the
    substring test skip that word's scan: it fails here instead."""
    for source in (event_status._DENYING_WORDS, event_status._CLAIM_VERBS_WORDS):
        for word in _alternatives(source):
            assert any(p in word for p in event_status._DENYING_OR_CLAIM_PARTS), word
    for pattern in (event_status._TRAILING_CLAIM, event_status._CLAIM_ADVERB.pattern):
        last_group = "(?:" + pattern.pattern.rsplit("(?:", 1)[1]
        for word in _alternatives(last_group):
            assert any(p in word for p in event_status._TRAILING_CLAIM_PARTS), word
