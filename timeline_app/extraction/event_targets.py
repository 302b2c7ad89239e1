"""Who a country's name stands for in the other languages' sentences: the doer, the target or a
bystander.

- A national adjective is a party only when it qualifies the doer ("российские войска", "les
  forces russes", "drones rusos", "die ukrainische Armee"), not a target, a place or a person
  reported on ("российский склад боеприпасов", "un periodista ruso", "die russische Stadt").
- A country (or city) after "contra"/"gegen"/"contre"/"против"/"проти" that follows an attack
  noun is what was attacked: the event's place ("los ataques rusos contra Ucrania"), as English
  "strikes on Ukraine" is.

English keeps only the first rule ("A Russian journalist denounced the ban" is no Russian
statement; "Russian drones", "Russian officials" stay Russia's), its "against" being rarer."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol, TypedDict

from timeline_app.domain.model import TYPE_FAMILY, EventType, Place, TypeFamily
from timeline_app.extraction.actors import ActorMention
from timeline_app.extraction.places import PlaceMention, fold, gazetteer
from timeline_app.extraction.sentences import Sentence

# Stems of the nouns a national adjective qualifies when it names the doer: armed forces and
# their units, weapons and strikes, governments, officials and their offices.
_DOER_STEMS = {
    "en": (
        "force", "troop", "soldier", "army", "armies", "militar", "drone", "missile", "rocket",
        "strike", "attack", "shell", "bomb", "artillery", "jet", "warplane", "plane",
        "aircraft", "fighter", "helicopter", "navy", "naval", "warship", "submarine", "tank",
        "unit", "battalion", "brigade", "regiment", "division", "command", "officer", "general",
        "marine", "paratroop", "sniper", "gunner", "gunmen", "air", "offensive", "assault",
        "advance", "operation", "occup", "invad", "invasion", "raid", "incursion", "government",
        "ministry", "minister", "president", "prime", "premier", "chancellor", "leader",
        "official", "authorit", "diplomat", "envoy", "ambassador", "embass", "delegation",
        "negotiator", "spokes", "counterpart", "side", "foreign", "defen", "security",
        "intelligence", "agent", "spy", "spies", "hacker", "service", "police", "guard",
        "coast", "special", "prox", "mercenar", "separatist", "milit", "commando", "council",
        "parliament", "lawmaker", "court", "prosecutor", "investigat", "cabinet",
        "administration", "regime", "junta", "head", "chief", "deputy", "secretary",
        "governor", "mayor", "admiral", "colonel", "captain", "major", "lieutenant", "partisan",
        "saboteur", "sabotage", "fleet", "counter", "kremlin", "state", "emergenc", "federal",
        "national", "armed", "ground", "border", "combat", "assault", "team", "crew", "pilot",
        "settler", "police", "jihad", "insurgen", "rebel", "fighter", "mediat", "represent",
        "peacekeep", "negotiat", "partner", "host", "counterpart", "nation", "judge", "congress",
        "senate", "legislat", "assembly", "tribunal", "agency", "doctor", "medic", "worker",
        "rescue", "volunteer", "mortar", "howitzer", "sam", "uav", "launcher", "weapon", "gun",
        "cannon", "guerril", "guerill", "terror", "extremist", "union", "farmer", "youth",
    ),
    "de": (
        "trupp", "armee", "kräfte", "soldat", "drohne", "rakete", "angriff", "beschuss",
        "bombard", "schläge", "regierung", "ministeri", "minister", "präsident", "diplomat",
        "behörde", "polizei", "polizist", "jet", "flugzeug", "artillerie", "marine",
        "luftwaffe", "militär", "offensive", "delegation", "einheit", "bomber", "kanzler",
        "führung", "geheimdienst", "granat", "kampf", "offizier", "beamte", "seite",
        "streitkr", "verteidig", "außenamt", "botschaft", "sprecher", "vertreter", "föderation", "kolleg",
        "republik",
    ),
    "fr": (
        "forc", "armée", "troup", "soldat", "drone", "missile", "roquette", "frappe",
        "attaque", "bombard", "tir", "gouvernement", "ministère", "ministre", "président",
        "diplomat", "autorit", "police", "polic", "aviation", "avion", "chasseur",
        "artillerie", "marine", "offensive", "militaire", "délégation", "responsable",
        "unité", "diplomatie", "dirigeant", "officiel", "porte-parole", "représentant",
        "côté", "homologue", "obus", "raid", "combattant", "blindé", "char",
    ),
    "es": (
        "fuerza", "ejército", "tropa", "soldado", "dron", "misil", "cohete", "ataque",
        "bombarde", "gobierno", "ministerio", "ministro", "president", "diplomátic",
        "autoridad", "policía", "polic", "aviación", "avion", "caza", "artillería", "marina",
        "ofensiva", "militar", "delegación", "funcionario", "unidad", "cancill", "dirigente",
        "portavoz", "representante", "lado", "homólogo", "ofensiv", "proyectil", "combatiente", "tanque",
    ),
    "ru": (
        "войск", "арми", "сил", "солдат", "военн", "дрон", "беспилотник", "ракет", "удар",
        "атак", "обстрел", "бомбард", "правительств", "министерств", "министр", "президент",
        "дипломат", "власт", "полиц", "авиаци", "самолет", "самолёт", "истребител",
        "артиллери", "флот", "наступлени", "делегаци", "подразделени", "мид", "руководств",
        "лидер", "официальн", "представител", "сторон", "снаряд", "бомб", "спецслужб",
        "военнослужащ", "боевик", "танк", "пво", "минобороны", "федерац", "республик", "коллег",
    ),
    "uk": (
        "військ", "армі", "сил", "солдат", "військов", "дрон", "безпілотник", "ракет",
        "удар", "атак", "обстріл", "бомбард", "уряд", "міністерств", "міністр", "президент",
        "дипломат", "влад", "поліці", "авіаці", "літак", "винищувач", "артилері", "флот",
        "наступ", "делегаці", "підрозділ", "мзс", "керівництв", "лідер", "офіційн",
        "представник", "сторон", "снаряд", "бомб", "спецслужб", "військовослужбов",
        "бойовик", "танк", "ппо", "міноборони", "федераці", "республік", "колег",
    ),
}  # fmt: skip
# Statements and deeds, where an English national adjective of no doer is no party; not
# protests and flights, whose people are their doers ("Palestinian prisoners rioted").
_EN_BYSTANDING = frozenset(
    [EventType.STATEMENT, EventType.REPORT]
    + [kind for kind, lane in TYPE_FAMILY.items() if lane != TypeFamily.DIPLOMACY]
) - {EventType.PROTEST, EventType.EVACUATION}
# Where the qualified noun stands: after the adjective (German, Russian, Ukrainian), before it
# (French, Spanish).
_NOUN_FIRST = frozenset({"fr", "es"})
_CYRILLIC_ADJECTIVE = re.compile(
    r"(?:ск|цк|ськ|цьк|зьк)(?:ий|ый|ая|ое|ие|ые|ого|ой|их|им|ими|ому|ую|ом|а|е|і|ої|ій|ім|у|ою)$",
    re.IGNORECASE,
)
_GERMAN_ADJECTIVE = re.compile(r"isch(?:e[nrsm]?)?$", re.IGNORECASE)
# A word of an adjective's shape: a German one in lower case, a Russian or Ukrainian long form.
_ANOTHER_ADJECTIVE = re.compile(
    r"(?:^[a-zäöüß]\w*e[nrsm]?|(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|ых|их|ыми|ими|ую|"
    r"ої|ою|ій|ім))$"
)
_CYRILLIC_VERB = re.compile(r"(?:ли|ла|ло|ют|ят|ет|ит|ать|ять|ить|ив|ала|или)$")
_WORD = re.compile(r"[\w'’-]+")

# An attack noun, up to two words (its adjective: "ataques rusos"), "against", an article: what
# comes after is the attack's target.
_AGAINST_AFTER_ATTACK = re.compile(
    r"(?:angriff|attack|anschl|offensiv|bombard|beschuss|raketen|drohnen|ataque|ofensiv|"
    r"attaque|frappe|удар|атак|обстрел|обстріл|наступ|бомбард)\w*(?:\s+[\w'’-]+){0,2}\s+"
    r"(?:gegen|contra|contre|против|проти)\s+(?:die\s+|den\s+|das\s+|la\s+|le\s+|l['’]|el\s+)?$",
    re.IGNORECASE,
)
_AGAINST = re.compile(r"\b(?:gegen|contra|contre|against)\b|против|проти", re.IGNORECASE)
# A protest, up to four words, "against" and an article: what comes after is protested.
_PROTESTED = re.compile(
    r"(?:protest|demonstr|manifest|kundgeb|rall(?:y|ied)|march|marsch|протест|митинг|мітинг|"
    r"демонстр)\w*(?:\s+[\w'’-]+){0,4}\s+(?:gegen|against|contre|contra|против|проти)\s+"
    r"(?:die\s+|den\s+|das\s+|la\s+|le\s+|les\s+|l['’]|el\s+|los\s+|the\s+)?$",
    re.IGNORECASE,
)


class Reframed(TypedDict):
    actors: list[ActorMention]
    places: list[PlaceMention]


class _Scope(Protocol):
    """What `reframed` reads of an event's scope (`event_parts.EventScope`)."""

    @property
    def text(self) -> str: ...
    @property
    def sentence(self) -> Sentence: ...
    @property
    def actors(self) -> Sequence[ActorMention]: ...
    @property
    def places(self) -> Sequence[PlaceMention]: ...
    @property
    def language(self) -> str: ...


def reframes(scope: _Scope, trigger_start: int, kind: EventType) -> bool:
    """Whether `reframed` can change the scope of an event of `kind` whose trigger is at
    `trigger_start`: in English only when a country named by its adjective before the trigger
    of a statement or a deed qualifies no doer (most English events: no)."""
    if not scope.actors:
        return False
    if scope.language != "en":
        return True
    if kind not in _EN_BYSTANDING:
        return False
    text, end = scope.text, scope.sentence.end
    return any(
        a.adjective
        and a.start < trigger_start
        and text[a.start : a.end] == a.adjective
        and _bystander_adjective(text, (scope.sentence.start, end), a, "en", trigger_start)
        for a in scope.actors
    )


def reframed(scope: _Scope, trigger_start: int = -1, kind: EventType | None = None) -> Reframed:
    """The scope's actors and places (as `_replace` arguments), with the national adjectives
    that qualify no doer left out and the targets of "against" moved to the places. In English,
    an adjective that qualifies the trigger (at `trigger_start`) is its doer's ("the US veto"),
    and the rule holds only for a statement and a deed (`_EN_BYSTANDING`): a country named by its
    adjective in a meeting, a deal, aid or sanctions is most often a side of it ("an Indian
    proposal for signing a trade agreement", "sanctions against Russian oil exports")."""
    if scope.language == "en" and kind is not None and kind not in _EN_BYSTANDING:
        return {"actors": list(scope.actors), "places": list(scope.places)}
    actors, places = reframed_mentions(
        scope.text,
        scope.sentence.start,
        scope.sentence.end,
        scope.actors,
        scope.places,
        scope.language,
        trigger_start,
    )
    return {"actors": actors, "places": places}


def reframed_mentions(
    text: str,
    start: int,
    end: int,
    actors: Sequence[ActorMention],
    places: Sequence[PlaceMention],
    language: str,
    trigger_start: int = -1,
) -> tuple[list[ActorMention], list[PlaceMention]]:
    """The sentence text[start:end]'s actors and places, with the national adjectives that do not
    qualify a doer left out and the targets of "against" moved to the places."""
    kept: list[ActorMention] = []
    moved: list[PlaceMention] = []
    if language == "en":  # (only a protest's "against" counts there: see `_PROTESTED`)
        against = text.find(" against ", start, end) >= 0
    else:
        against = _AGAINST.search(text, start, end) is not None
    for mention in actors:
        if against and (target := _target_place(text, start, mention)) is not None:
            moved.append(target)
        elif against and _PROTESTED.search(text, max(start, mention.start - 80), mention.start):
            continue  # "demonstrierten … gegen die Hamas": what is protested takes no part
        elif not _bystander_adjective(text, (start, end), mention, language, trigger_start):
            kept.append(mention)
    if not moved:
        return kept, list(places)
    return kept, sorted([*places, *moved], key=lambda p: p.start)


def _target_place(text: str, start: int, mention: ActorMention) -> PlaceMention | None:
    """The place a country named after "against" an attack noun stands for, else None."""
    if mention.actor.kind != "country":
        return None
    if not _AGAINST_AFTER_ATTACK.search(text, max(start, mention.start - 60), mention.start):
        return None
    entry = _country_entry(mention.actor.name)
    return None if entry is None else PlaceMention(mention.start, mention.end, entry)


@lru_cache(maxsize=256)
def _country_entry(name: str) -> Place | None:
    entry = gazetteer().get(fold(name))
    return entry.place if entry is not None else None


def _bystander_adjective(
    text: str, bounds: tuple[int, int], mention: ActorMention, language: str, trigger_start: int
) -> bool:
    """Whether `mention` is a national adjective that qualifies no doer ("un periodista ruso")."""
    start, end = bounds
    stems = _DOER_STEMS.get(language)
    if stems is None or mention.actor.kind != "country":
        return False
    word = text[mention.start : mention.end]
    if language == "en":
        if word != mention.adjective or mention.start > trigger_start:
            return False  # "Russia", "Russians": a name or the people; or after the deed
        qualifies_doer, first_end = _english_doer(text, mention.end, end)
        if mention.end <= trigger_start < first_end:
            return False  # "the US veto", "Russian sanctions": the event is the country's
        return not qualifies_doer
    if word[:1].isupper() and text[start : mention.start].strip(" \"'«„“(-—"):
        return False  # a capital letter inside the sentence: a name ("Москва"), no adjective
    if not _is_adjective(word, language):
        return False
    if language in _NOUN_FIRST:
        nouns = _WORD.findall(text, max(start, mention.start - 40), mention.start)[-2:]
    else:
        nouns = _head_noun(_WORD.findall(text, mention.end, min(end, mention.end + 60))[:2])
    heads = [noun.lower().replace("’", "'").rsplit("'", 1)[-1] for noun in nouns]  # "l'armée"
    return bool(heads) and not any(
        h.startswith(stems) or _has_stem(h, stems, language) for h in heads
    )


# The three words after a national adjective, and the words that end its compound ("Russian
# ammunition depot near…"); punctuation ends it too.
_EN_NEXT_WORDS = re.compile(r"[\s-]*([\w'’]+)(?:[ -]+([\w'’]+))?(?:[ -]+([\w'’]+))?")
_EN_COMPOUND_END = frozenset(
    [
        "of",
        "in",
        "on",
        "at",
        "near",
        "to",
        "from",
        "for",
        "with",
        "and",
        "or",
        "but",
        "who",
        "which",
        "that",
        "said",
        "says",
    ]
)


@lru_cache(maxsize=256)  # (asked again for each event of the sentence)
def _english_doer(text: str, start: int, end: int) -> tuple[bool, int]:
    """Whether the English compound at `start` names a doer (or nothing to judge by), and where
    its first word ends."""
    heads, first_end = _english_compound(text, start, end)
    return not heads or any(h.startswith(_DOER_STEMS["en"]) for h in heads), first_end


def _english_compound(text: str, start: int, end: int) -> tuple[list[str], int]:
    """The (lower-cased) words of the English noun phrase a national adjective opens, up to
    three: its head is the last ("Russian ammunition depot", "Russian air defence systems"), so
    any doer word among them makes the adjective the doer's ("Russian cruise missiles"). With
    where the first word ends (a trigger there is the adjective's deed: "the US veto")."""
    match = _EN_NEXT_WORDS.match(text, start, min(end, start + 60))
    if match is None:
        return [], start
    heads: list[str] = []
    for word in match.groups():
        if word is None or word.lower() in _EN_COMPOUND_END:
            break
        heads.append(word.lower())
    return heads, match.end(1)


def _head_noun(words: list[str]) -> list[str]:
    """The noun a German, Russian or Ukrainian adjective qualifies, of the two words after it:
    the second when the first is another adjective ("сирийской военной базе", "syrisches
    militärisches Lager"), else the first ("российские войска", "военные в")."""
    if (
        len(words) == 2
        and len(words[1]) > 2
        and _ANOTHER_ADJECTIVE.search(words[0])
        and not _CYRILLIC_VERB.search(words[1])  # "военные нанесли": a noun, then its verb
    ):
        return words[1:]
    return words[:1]


def _has_stem(noun: str, stems: tuple[str, ...], language: str) -> bool:
    """German compounds end with their head ("Kampfjets", "Drohnenangriffe")."""
    return language == "de" and any(stem in noun for stem in stems)


def _is_adjective(word: str, language: str) -> bool:
    if language in ("ru", "uk"):
        return _CYRILLIC_ADJECTIVE.search(word) is not None
    if language == "de":
        return _GERMAN_ADJECTIVE.search(word) is not None
    # "ruso", "russe": French and Spanish write adjectives lower case ("l'Azerbaïdjan" is a name).
    return word[:1].islower() and word.isalpha()
