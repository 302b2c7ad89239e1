"""The forms of words that place lookup reads: capitalised runs, the prepositions before a name and
the words after it that make it no place, the folded lookup key, and the nominatives of inflected
Russian and Ukrainian names. Split from places.py so that the gazetteer and its lookup stay short.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import groupby

from timeline_app.domain.timescale import MONTH_NAME
from timeline_app.extraction.word_search import EndsWithWords

# Weekday names (in the languages that capitalise them) are a run of their own: a date, not part
# of a name ("am Montag Kiew", "Kiew am Montag", "east Jerusalem Sunday"). A run goes on past
# neither a weekday before the space (the look-behinds, one per length: a start-of-run
# alternative would cost the regex its fast scan for capitals) nor a weekday after it.
_WEEKDAY = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Montag|Dienstag|Mittwoch|"
    r"Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)\b"
)
_NOT_AFTER_WEEKDAY = (
    r"(?<!Monday|Friday|Sunday|Montag)(?<!Tuesday|Freitag|Samstag|Sonntag)"
    r"(?<!Thursday|Saturday|Dienstag|Mittwoch)(?<!Wednesday|Sonnabend)(?<!Donnerstag)"
)
_RUN_WORD = r"[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][\w'’ʼ-]*(?:\.\w[\w'’ʼ-]*)*"
CAPITALISED_RUN = re.compile(
    rf"{_RUN_WORD}(?:{_NOT_AFTER_WEEKDAY}[ \t]+(?:(?:de|del|des|du|da|di|dos|la|le|al|am|der|"
    rf"es|van|von|bin|ibn|ben)[ \t]+)?(?!{_WEEKDAY}){_RUN_WORD})*"
)
# A word that puts a name after it in a place, at the end of the words before the name
# (`\b(?:in|at|…)\s+(?:the\s+)?$`, or an article of another language instead of "the": see
# `PlaceCue`). "sud du", "sur del", "Norden" ("le sud du Liban", "el sur del Líbano", "im Norden
# Malis"), "севере", "півдні" are the "in the south of" of other languages.
_BEFORE_WORDS = (
    "in|at|near|on|over|to|from|into|outside|around|across|above|towards|toward|toward|"
    "inside|within|throughout|of|via|through|between|city|town|village|capital|region|"
    "visiting|visited|visit|visits|toured|entered|struck|hit|shelled|attacked|invaded|leaving|left|"
    "eastern|western|northern|southern|central|north-eastern|south-eastern|north-western|"
    "south-western|northeastern|southeastern|northwestern|southwestern|в|у|во|под|на|з|из|"
    "à|en|dans|nach|bei|im|aus|bis|von|desde|cerca|"
    "au|aux|sur|vers|sobre|hacia|über|auf|nahe|по|до|над|около|возле|біля|через|"
    "Norden|Süden|Osten|Westen|Nordosten|Nordwesten|Südosten|Südwesten|"
    "nord du|sud du|est du|ouest du|centre du|nord de|sud de|est de|ouest de|centre de|"
    "norte de|sur de|este de|oeste de|centro de|norte del|sur del|este del|oeste del|centro del|"
    "севере|юге|востоке|западе|центре|півночі|півдні|сході|заході|центрі|"
    "северу|югу|востоку|западу|півдню|сходу|заходу"
)
_STRONG_WORDS = (
    "in|at|near|over|to|from|into|outside|around|above|towards|toward|inside|city of|checkpoint|"
    "village|town|settlement|district|port|"
    "town of|village of|outskirts of|в|у|под|à|en|dans|nach|bei|im|desde|"
    # German nouns are capitalised: "die Stadt Charkiw" is one run, the name after its noun.
    "Stadt|Hauptstadt|Großstadt|Gebiet|Region|Ortschaft|Oblast|Dorf|"
    "nahe|ville de|village de|région de|ciudad de|localidad de|región de|cerca de|près de|"
    "город|городе|города|село|селе|поселок|посёлок|місто|місті|міста|селище|селі|під|біля|поблизу"
)
# An article between the preposition and the name: "in der Ostukraine", "dans le sud",
# "en el sur", "sur l'Ukraine" (elided, no space), "région d'Odessa" ("de", elided).
_ARTICLE_END = re.compile(
    r"(?<=\s)(?:der|die|das|den|dem|des|le|la|les|el|los|las)\s+$|(?<=\s)[lL]['’]$", re.IGNORECASE
)
_ELIDED_DE = re.compile(r"(?<=\s)[dD]['’]$")
# "russische Drohnen Kiew", "ukrainische Truppen Cherson": a German adjective and noun (one run
# with the name, German nouns being capitalised) before a name make it the object of the clause,
# not part of a longer name.
_GERMAN_NOUN_PHRASE = re.compile(
    r"(?<![\w'’])[a-zäöüß]{3,}(?:e|en|er|es|em)\s+[A-ZÄÖÜ][a-zäöüß]+\s+$"
)


class PlaceCue:
    """Whether the words before a name put it in a place (`found_in`): one of `words` ends them
    (an `EndsWithWords`), maybe with an article of its own language after it; a strong cue also
    takes a German adjective and noun before the name."""

    __slots__ = ("_noun_phrase", "_words")

    def __init__(self, words: str, noun_phrase: bool = False) -> None:
        self._words = EndsWithWords(words)
        self._noun_phrase = noun_phrase

    def found_in(self, before: str) -> bool:
        if self._words.found_in(before):
            return True
        if _ELIDED_DE.search(before):
            return self._words.found_in(before[:-2] + "de ")
        article = _ARTICLE_END.search(before)
        if article is not None and self._words.found_in(before[: article.start()]):
            return True
        return self._noun_phrase and _GERMAN_NOUN_PHRASE.search(before) is not None


PREPOSITION_BEFORE = PlaceCue(_BEFORE_WORDS)
STRONG_PREPOSITION = PlaceCue(_STRONG_WORDS, noun_phrase=True)
ADMIN_SUFFIX = re.compile(r"^[ \t]+(?:Oblast|oblast|Region|region|Province|province|Krai|krai)\b")
REPORTING_AFTER = re.compile(
    r"^\s+(?:has\s+|have\s+|had\s+)?(?:said|says|announced|announces|denied|denies|accused|accuses|"
    r"claimed|claims|warned|warns|insisted|insists|rejected|rejects|demanded|demands|wants|hopes|"
    r"believes|urged|urges|responded|signalled|signaled|called|calls|blamed|blames|vowed|vows|"
    r"criticised|criticized|condemned|condemns|threatened|threatens|stated|states|declared|"
    r"argued|argues|blasted|slammed)\b"
)
# Names this short ("An" → Ann, "Tel" → At Tall) need a location preposition.
SHORT_NAME = 3
ARTICLE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
INSTITUTION_AFTER = re.compile(
    r"^[ \t]+(?:University|College|School|Institute|Museum|Club|United|FC|City\s+Council|Times|Post|"
    r"Herald|Gazette|Journal|Tribune|Chronicle|Independent|Press|Street|Road|Avenue|Boulevard)\b"
)

# What after a name makes it no place, in one match: "'s", `REPORTING_AFTER`,
# `INSTITUTION_AFTER`.
NOT_THE_PLACE_AFTER = re.compile(
    "|".join(["'s", "’s", REPORTING_AFTER.pattern[1:], INSTITUTION_AFTER.pattern[1:]])
)


# Latin letters with accents, as Spanish and French transliterations write them ("Járkov",
# "Mariúpol", "Kúpiansk"), folded to the plain letter; Cyrillic letters keep theirs (й, ё).
_PLAIN_LATIN = str.maketrans("áàâäãåéèêëíìîïóòôöõúùûüñçýÿ", "aaaaaaeeeeiiiiooooouuuuncyy")


@lru_cache(maxsize=200_000)
def fold(name: str) -> str:
    """The lookup key of a name: case, accents of Latin letters, apostrophes, hyphens and y/i
    spelling variants merged."""
    key = name.lower().translate(_PLAIN_LATIN)
    key = key.replace("’", "").replace("'", "").replace("ʼ", "").replace("-", " ")
    key = key.replace("zhzh", "zh").replace("y", "i").replace("j", "i")
    key = "".join(ch for ch, _ in groupby(key))  # "Irpinn", "Odessa" → one letter
    return " ".join(key.split()).strip(" .")


# Month names are dates, even after "in" ("as we did in March"), and the German points of the
# compass are directions ("im Norden Malis", where Norden is no East Frisian town): never a place.
_COMPASS = [
    "Norden",
    "Süden",
    "Osten",
    "Westen",
    "Nordosten",
    "Nordwesten",
    "Südosten",
    "Südwesten",
]
NEVER = frozenset(fold(m) for m in [*MONTH_NAME, *_COMPASS])


# Case endings of Russian and Ukrainian nouns, longest first: "в Женеве", "до Києва", "в Харкові",
# "Одесу", "под Воронежем", "по Запорожью". The gazetteer holds the nominative only.
_CASE_ENDINGS: tuple[str, ...] = (
    "ого", "ому", "ом", "ем", "ой", "ою", "ей", "ую", "ая", "ій", "ої", "е", "і", "а", "я", "у", "ю",
    "ы", "и",
)  # fmt: skip
_CASE_MIN_STEM = 4  # shorter stems make too many words into towns
# Endings that only an adjective has: "Запорожской области", "Белгородскую область",
# "Запорізькій області". Its region is named in the gazetteer as "<feminine> область".
_ADJECTIVE_ONLY = frozenset(["ого", "ому", "ой", "ей", "ую", "ая", "ій", "ої"])
_OBLAST = " область"


def cyrillic_nominatives(word: str) -> list[str]:
    """The nominatives an inflected Russian or Ukrainian place name may have: the stem, with -а,
    -я, -ь or -ье ("Женеве" → "Женева", "Мариуполе" → "Мариуполь", "Запорожью" → "Запорожье"),
    with the Ukrainian о/е/є → і/ї of the last syllable ("Харкова" → "Харків", "Києва" → "Київ"),
    and a region's adjective as "<feminine> область" ("Запорожской" → "Запорожская область",
    "Запорізькій" → "Запорізька область"): first where only an adjective ends so."""
    forms: list[str] = []
    for ending in _CASE_ENDINGS:
        if not word.endswith(ending) or len(word) - len(ending) < _CASE_MIN_STEM:
            continue
        stem = word[: -len(ending)]
        region = _region_adjective(stem)
        if region and ending in _ADJECTIVE_ONLY:
            forms.insert(0, region)
            continue
        forms += [stem, stem + "а", stem + "я", stem + "ь", stem + "о"]
        if stem.endswith("ь"):
            forms.append(stem + "е")
        for vowel, nominative in (("о", "і"), ("е", "і"), ("є", "ї")):
            if stem[-2] == vowel:
                forms.append(stem[:-2] + nominative + stem[-1])
        if region:
            forms.append(region)
    return forms


def _region_adjective(stem: str) -> str:
    """ "<feminine adjective> область" for a stem in -ск/-цк (Russian) or -ськ/-цьк/-зьк
    (Ukrainian); "" for any other stem."""
    if stem.endswith("ьк"):
        return stem + "а" + _OBLAST
    if stem.endswith(("ск", "цк")):
        return stem + "ая" + _OBLAST
    return ""
