"""Who a country's name stands for in the other languages' sentences: the doer, the target or a
bystander.

- A national adjective is a party only when it qualifies the doer ("российские войска", "les
  forces russes", "drones rusos", "die ukrainische Armee"), not a target, a place or a person
  reported on ("российский склад боеприпасов", "un periodista ruso", "die russische Stadt").
- A country (or city) after "contra"/"gegen"/"contre"/"против"/"проти" that follows an attack
  noun is what was attacked: the event's place ("los ataques rusos contra Ucrania"), as English
  "strikes on Ukraine" is.

English is left to its own rules (`events.py`, `event_parts.py`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol, TypedDict

from timeline_app.domain.model import Place
from timeline_app.extraction.actors import ActorMention
from timeline_app.extraction.places import PlaceMention, fold, gazetteer
from timeline_app.extraction.sentences import Sentence

# Stems of the nouns a national adjective qualifies when it names the doer: armed forces and
# their units, weapons and strikes, governments, officials and their offices.
_DOER_STEMS = {
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
_AGAINST = re.compile(r"\b(?:gegen|contra|contre)\b|против|проти", re.IGNORECASE)


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


def reframed(scope: _Scope) -> Reframed:
    """The scope's actors and places (as `_replace` arguments), with the national adjectives
    that qualify no doer left out and the targets of "against" moved to the places."""
    actors, places = reframed_mentions(
        scope.text,
        scope.sentence.start,
        scope.sentence.end,
        scope.actors,
        scope.places,
        scope.language,
    )
    return {"actors": actors, "places": places}


def reframed_mentions(
    text: str,
    start: int,
    end: int,
    actors: Sequence[ActorMention],
    places: Sequence[PlaceMention],
    language: str,
) -> tuple[list[ActorMention], list[PlaceMention]]:
    """The sentence text[start:end]'s actors and places, with the national adjectives that do not
    qualify a doer left out and the targets of "against" moved to the places."""
    kept: list[ActorMention] = []
    moved: list[PlaceMention] = []
    against = _AGAINST.search(text, start, end) is not None
    for mention in actors:
        if against and (target := _target_place(text, start, mention)) is not None:
            moved.append(target)
        elif not _bystander_adjective(text, start, end, mention, language):
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
    text: str, start: int, end: int, mention: ActorMention, language: str
) -> bool:
    """Whether `mention` is a national adjective that qualifies no doer ("un periodista ruso")."""
    stems = _DOER_STEMS.get(language)
    if stems is None or mention.actor.kind != "country":
        return False
    word = text[mention.start : mention.end]
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
