"""The worker's shortcuts must find exactly what the plain versions find: the places of a text
from the names each capitalised run holds (remembered per run), the tokenizer's abbreviation
periods from a scan for periods, the phrase starts of several tables from one pass over the
words, the day-month date count of the convention from the years of a text. Each is checked
against the plain version it replaces, on texts made of the words the rules themselves look for,
in the languages they handle."""

from __future__ import annotations

import re
from itertools import accumulate, compress

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline_app.extraction import actors, phrases, places
from timeline_app.extraction.lexicon import LANGUAGES, means, triggers
from timeline_app.extraction.phrases import PhraseTable, Tokens, tokenize
from timeline_app.readers import convention
from timeline_app.readers.dates_text import year_positions

_SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _text(pieces: list[str], separators: list[str], max_size: int = 30) -> st.SearchStrategy[str]:
    """Texts glued from `pieces` and `separators`."""
    return st.lists(
        st.tuples(st.sampled_from(pieces), st.sampled_from(separators)), max_size=max_size
    ).map(lambda parts: "".join(word + sep for word, sep in parts))


# --- places: the names of a run looked up once per run's words ----------------------------------


def _find_places_plain(
    text: str, excluded: tuple[tuple[int, int], ...] = (), start: int = 0, end: int | None = None
) -> list[places.PlaceMention]:
    """`find_places` as it was: every run cut into words and looked up, every name judged."""
    table = places.gazetteer()
    spans = tuple(sorted(excluded))
    found: list[places.PlaceMention] = []
    for run in places._CAPITALISED_RUN.finditer(text, start, len(text) if end is None else end):
        start, end = run.span()
        tokens = [m.span() for m in places._NON_SPACE.finditer(text, start, end)]
        i = 0
        while i < len(tokens):
            hit = _longest_match_plain(text, tokens, i, table)
            if hit is None:
                i += 1
                continue
            j, entry = hit
            span = (tokens[i][0], places._trim(text, tokens[i][0], tokens[j][1]))
            whole_run = i == 0 and j == len(tokens) - 1
            if _accept_plain(text, span, entry, whole_run, spans):
                place = places._with_admin_suffix(text, span, entry)
                found.append(places.PlaceMention(span[0], span[1], place))
            i = j + 1
    return found


def _longest_match_plain(
    text: str, tokens: list[tuple[int, int]], i: int, table: places.Gazetteer
) -> tuple[int, places._Entry] | None:
    for j in range(min(len(tokens), i + places._MAX_NGRAM) - 1, i - 1, -1):
        raw = text[tokens[i][0] : tokens[j][1]]
        if raw.endswith(("'s", "’s")) and j == i:
            raw = raw[:-2]
        entry = table.get(places.fold(raw))
        if entry is not None:
            return j, entry
    word = text[tokens[i][0] : tokens[i][1]]
    if "Ѐ" <= word[:1] <= "ӿ":  # an inflected Cyrillic name ("в Київу"): its nominative
        for form in places._cyrillic_nominatives(word):
            entry = table.get(places.fold(form))
            if entry is not None:
                return i, entry
    return None


def _accept_plain(
    text: str,
    span: tuple[int, int],
    entry: places._Entry,
    whole_run: bool,
    excluded: tuple[tuple[int, int], ...],
) -> bool:
    start, end = span
    # (Only the last four spans that start at or before the name are asked.)
    if any(start < e for _, e in [span for span in excluded if span[0] <= start][-4:]):
        return False
    if places.fold(text[start:end]) in places._NEVER:
        return False
    after = text[end : end + 40]
    if after.startswith(("'s", "’s")) or places._REPORTING_AFTER.match(after):
        return False
    if places._INSTITUTION_AFTER.match(after):
        return False
    before = places._same_sentence(text[max(0, start - 40) : start])
    if entry.weak and places._ARTICLE_BEFORE.search(before):
        return False
    if end - start <= places._SHORT_NAME:
        return whole_run and places._STRONG_PREPOSITION.found_in(before)
    if entry.weak or entry.place.kind == "country":
        strong = places._STRONG_PREPOSITION.found_in(before)
        return strong or places._PREPOSITION_BEFORE.found_in(before)
    if not whole_run and not places._ADMIN_SUFFIX.match(after):
        return places._STRONG_PREPOSITION.found_in(before)
    return True


def _gazetteer_names() -> list[str]:
    """A spread of the gazetteer's own names: countries, regions, weak names (villages, common
    words), names of three letters or fewer, names of several words, big cities."""
    table = places.gazetteer()
    kinds: dict[str, list[str]] = {}
    for name, _, kind, _, _, population, weak in table._rows:
        key = (
            "weak"
            if weak
            else "short"
            if len(name) <= places._SHORT_NAME
            else "words"
            if " " in name
            else kind
            if kind != "city" or population > 1_000_000
            else ""
        )
        if key:
            kinds.setdefault(key, []).append(name)
    return [name for names in kinds.values() for name in sorted(names)[::97][:12]]


_NAMES = [
    *_gazetteer_names(),
    "Kyiv", "Kiev", "Kiew", "Kharkov", "Odessa", "Irpin'", "Berdyans'k", "Київ", "Киев",
    "Харків", "Moscú", "München", "Kyiv Independent", "March", "May", "An", "Hit", "Ann",
    "Tel Rumeida", "Rio de Janeiro", "The", "Officials", "Ministry of Defence", "Mr", "x",
]  # fmt: skip
# Words before a name: location prepositions (in the languages the lists hold), articles, others.
_BEFORE = [
    "", "", "in ", "at ", "near ", "to ", "from ", "the ", "in the ", "city of ", "town of ",
    "eastern ", "в ", "у ", "à ", "en ", "nach ", "desde ", "said. ", "go to\n\n", "x ", "1 ",
]  # fmt: skip
# Words after a name: metonymy, institutions, admin suffixes, possessives, nothing.
_AFTER = [
    "", "", "", "'s", "’s", " said", " has claimed", " University", " Independent", " Oblast",
    " Region", " oblast", "-", ".", " x", " Kyiv", " de la",
]  # fmt: skip
_PLACE_SEPARATORS = [" ", " ", "  ", "\t", ", ", ". ", "? ", "\n", "\n\n", "", "x"]
_PLACE_TEXTS = st.lists(
    st.tuples(
        st.sampled_from(_BEFORE),
        st.sampled_from(_NAMES),
        st.sampled_from(_AFTER),
        st.sampled_from(_PLACE_SEPARATORS),
    ),
    max_size=20,
).map(lambda parts: "".join("".join(part) for part in parts))


@st.composite
def _text_and_excluded(draw: st.DrawFn) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A text and spans (people, organisations) to skip: up to a dozen, many of them starting a
    little before a place of the text, some long (only the last four spans that start before a
    name are asked whether they hold it)."""
    text = draw(_PLACE_TEXTS)
    anchors = [m.start for m in _find_places_plain(text)] or [0]
    spans = draw(
        st.lists(
            st.tuples(st.sampled_from(anchors), st.integers(-40, 3), st.integers(1, 120)),
            max_size=12,
        )
    )
    excluded = [(max(0, at + shift), max(0, at + shift) + n) for at, shift, n in spans]
    # A long span over a place followed by a few short ones before it: held by the long one,
    # which is asked only when it is among the last four.
    for at, short in draw(st.lists(st.tuples(st.sampled_from(anchors), st.integers(2, 6)))):
        excluded.append((max(0, at - 40), at + 80))
        excluded.extend((max(0, at - 30 + 2 * i), max(0, at - 29 + 2 * i)) for i in range(short))
    return text, tuple(excluded)


@_SETTINGS
@given(_text_and_excluded())
def test_places_from_the_names_of_each_run_are_those_of_the_plain_lookup(
    case: tuple[str, tuple[tuple[int, int], ...]],
) -> None:
    text, excluded = case
    plain = _find_places_plain(text, excluded)
    places.gazetteer().runs.clear()  # the runs' names found afresh...
    assert places.find_places(text, excluded=excluded) == plain
    assert places.find_places(text, excluded=excluded) == plain  # ...and remembered


@_SETTINGS
@given(_PLACE_TEXTS, st.integers(-3, 90), st.integers(-3, 90))
def test_places_of_a_range_are_those_of_the_plain_lookup(text: str, start: int, end: int) -> None:
    assert places.find_places(text, start, end) == _find_places_plain(text, (), start, end)


# --- the tokenizer: abbreviation periods found by a scan for periods ----------------------------

_TOKEN_PARTS_PLAIN = re.compile(r"(\w++(?:[.'’-]\w++)*+)(\.?)")


def _tokenize_plain(text: str) -> Tokens:
    """`tokenize` as it was: a split into [gap, word, period, ...] and the words with a period
    inside and one after checked one by one."""
    pieces = _TOKEN_PARTS_PLAIN.split(text)
    offsets = list(accumulate(map(len, pieces), initial=0))
    starts, ends, exact = offsets[1:-1:3], offsets[2::3], pieces[1::3]
    for i in compress(range(len(exact)), pieces[2::3]):
        if "." in exact[i]:
            ends[i] += 1
    lower = [w.lower().replace("’", "'") for w in exact]
    possessive = [i for i, w in enumerate(lower) if "'" in w]
    exact_bare, lower_bare = exact.copy(), lower.copy()
    for i in possessive:
        exact_bare[i] = phrases._without_possessive(exact[i])
        lower_bare[i] = phrases._without_possessive(lower[i])
    return Tokens(starts, ends, exact, lower, exact_bare, lower_bare, possessive)


_DOTTED = [
    "U.S",
    "a.b",
    "1.5",
    "x",
    "é",
    "_",
    "A",
    "'",
    "’",
    "-",
    "..",
    ".",
    "e.g",
    "Nov",
    "т.д",
    "Ü",
]


@_SETTINGS
@given(_text(_DOTTED, ["", "", ".", "..", ". ", " ", "'.", "-", ".x", "\n"]))
def test_abbreviation_periods_are_those_of_the_plain_tokenizer(text: str) -> None:
    assert tokenize(text) == _tokenize_plain(text)


# --- the phrase starts of several tables from one pass over the words ---------------------------


def _table_groups() -> list[tuple[str, list[PhraseTable]]]:
    """The tables the event finder indexes together, in every language."""
    return [(lang, [*actors.phrase_tables(), triggers(lang), means(lang)]) for lang in LANGUAGES]


def _first_words(tables: list[PhraseTable]) -> list[str]:
    """Words of the tables' phrases (first, second, last), as written and capitalised."""
    words: set[str] = set()
    for table in tables:
        for first, entries in sorted(table.by_first.items())[::7]:
            words.add(first)
            for key, _ in entries[:2]:
                words.update(w.rstrip("*") for w in key[1:2] + key[-1:])
        words.update(stem for stem, _ in table.stems[::5])
    return sorted(words) + [w.capitalize() for w in sorted(words)[::3]] + ["x", "'s", "’s"]


_GROUPS = st.sampled_from(_table_groups()).flatmap(
    lambda group: st.tuples(
        st.just(group[1]), _text(_first_words(group[1]), [" ", " ", "'s ", "’s ", ". ", "\n"])
    )
)


@_SETTINGS
@given(_GROUPS)
def test_phrase_starts_of_tables_indexed_together_are_those_of_each_table(
    case: tuple[list[PhraseTable], str],
) -> None:
    tables, text = case
    indexed = tokenize(text)
    indexed.index_phrases(tables)
    for table in tables:
        if not table.stems:
            assert indexed.phrase_starts(table) == tokenize(text).phrase_starts(table)
        assert table.finditer(text, tokens=indexed) == table.finditer(text)


# --- the convention: day-month dates counted from the years of the text -------------------------

_DATE_PIECES = [
    "1", "12", "3rd", "May", "Jan.", "november", "Sept", "2024", "1999", "2031", "19", "20",
    "202", "x", "_", "K", "ſ", "İ", "ı", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "é",
    " " * 45, "March, 2025", "Nov 19, 2025",
    # Matches longer than the first window: long runs of letters or white space inside.
    "12 Mayaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa 2024", "3rd" + " " * 45 + "June 2024",
    "1 Sept." + "\n" * 50 + "1999", "7 " + "x" * 45 + " may 2025", "5 jan" + "ı" * 60 + " 2020",
]  # fmt: skip
_DATE_SEPARATORS = ["", " ", " ", "  ", "\n", ". ", ".", ", ", "-", "\t"]


def _text_style_plain(text: str) -> bool | None:
    sample = text[:6000]
    if not convention._YEAR.search(sample):
        return None
    dm = len(convention._DAY_MONTH.findall(sample))
    md = convention._month_day_count(sample)
    if dm >= 2 and dm >= 3 * md:
        return True
    if md >= 2 and md >= 3 * dm:
        return False
    return None


@_SETTINGS
@given(_text(_DATE_PIECES, _DATE_SEPARATORS, 40))
def test_day_month_dates_counted_at_the_years_are_those_the_pattern_finds(text: str) -> None:
    expected = len(convention._DAY_MONTH.findall(text))
    assert convention._day_month_count(text, year_positions(text)) == expected
    assert convention._text_style(text) == _text_style_plain(text)
    has_year = convention._YEAR.search(text) is not None
    assert any(convention._is_year_word(text, p) for p in year_positions(text)) == has_year
