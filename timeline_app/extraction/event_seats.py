"""Capitals and seats of government that act: "Kyiv struck a refinery", "Moskau wies den Plan
zurück", "Kiev a frappé", "Москва отклонила план". News names a government by its capital, and
data/actors.csv lists the capitals among each country's aliases; the gazetteer knows the same
words as cities. Where one name is both, the place wins ("in Moscow", "attack on Kyiv", "удар по
Киеву") unless the name is the grammatical subject of a verb: it opens its clause (only a
conjunction or a time expression before it) and a finite verb follows it, past adverbs,
auxiliaries and time expressions. A passive or a copula ("Kyiv was struck", "Kiew wurde
angegriffen", "Kiev a été frappée", "Киев был атакован") leaves it the place: what happened there.

Word order and verb shapes differ by language, so each has a small grammar below; a language
without one (or a sentence it cannot read) keeps the place, as before.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from typing import NamedTuple, Protocol

from timeline_app.domain.model import TimeExpression
from timeline_app.extraction.places import PlaceMention
from timeline_app.extraction.sentences import Sentence

# A word: letters first, then letters, digits, apostrophes and hyphens ("n'a", "l'Élysée").
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# What opens a clause when it stands right before a name: punctuation and dashes.
_BOUNDARY = frozenset(",;:—–-(\"“”„«»'‘’")
# Words between a subject and its verb that are looked past; at most this many.
_MAX_GAP_WORDS = 4
# French elisions in front of a verb: "n'a", "l'a", "s'est", "qu'".
_ELISION = re.compile(r"^(?:n|l|s|qu|j|m|t|d)['’]", re.IGNORECASE)


class _Grammar(NamedTuple):
    """What a language's subject and verb look like around a name."""

    openers: frozenset[str]  # words after which a clause and its subject begin
    skip: frozenset[str]  # adverbs, negation, clitics between a subject and its verb
    auxiliaries: frozenset[str]  # active auxiliaries and modals: the verb may follow later
    not_active: frozenset[str]  # passives, copulas, prepositions, conjunctions: no act of its own
    verb: Callable[[str, str], bool]  # (word as written, the word after it) → a finite verb?


def _english_verb(word: str, after: str) -> bool:
    """A past tense ("struck", "rejected") or a third person present with an object after it
    ("rejects the plan", "says it"): "Moscow talks on Monday" is a noun."""
    lower = word.lower()
    if not word[:1].islower():
        return False
    if lower.endswith("ed") or lower in _ENGLISH_IRREGULAR:
        return True
    if lower.endswith("s") and not lower.endswith(("ss", "'s", "’s")):
        return bool(after) and (after[:1].isupper() or after.lower() in _ENGLISH_OBJECT_START)
    return False


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_ENGLISH_IRREGULAR = _words(
    "struck hit shot met said told sent took won fought held gave led made brought began ran "
    "spoke drove broke beat threw blew withdrew stood overran put set cut let kept left lost "
    "sought bought sold wrote shook stole swore hid"
)
_ENGLISH_OBJECT_START = _words(
    "the a an its his her their this that these those new fresh further more another any all "
    "it them him us to back"
)


def _lower_initial(word: str, after: str) -> bool:
    """German, French and Spanish: after a clause-opening name, a word in lower case that is no
    article, preposition or conjunction (those are `not_active`) is its finite verb."""
    return word[:1].islower()


def _slavic_verb(ending_list: str) -> Callable[[str, str], bool]:
    endings = tuple(ending_list.split())

    def verb(word: str, after: str) -> bool:
        """A past or present finite form by its ending ("атаковал", "отклонила", "атакував",
        "заявляє"); a short participle ("атакован") is a passive and no such form."""
        return word[:1].islower() and word.lower().endswith(endings)

    return verb


_GRAMMARS: dict[str, _Grammar] = {
    "en": _Grammar(
        _words(
            "and but while as after before when that because since then meanwhile now so "
            "although though whereas until once if where"
        ),
        _words(
            "also then now already just again still never not reportedly further later "
            "separately meanwhile too"
        ),
        _words("has have had will would could can may might must should did does do"),
        _words(
            "was were is are been being be and or of in on at to for by with from 's "
            "remains remained became seems seemed lies"
        ),
        _english_verb,
    ),
    "de": _Grammar(
        _words("und aber doch denn sondern oder"),
        _words(
            "hingegen jedoch dagegen wiederum selbst indes nun erneut bereits auch zudem "
            "außerdem ebenfalls seinerseits ihrerseits allerdings"
        ),
        _words("hat haben hatte hatten habe will wollte kann konnte soll sollte muss musste"),
        _words(
            "und oder sowie ist war sind waren wird werden wurde wurden worden sei seien liegt lag "
            "bleibt blieb gilt galt steht stand heißt hieß der die das den dem des ein eine einen "
            "einem eines im am an auf aus bei mit nach von vor zu zum zur in um über unter"
        ),
        _lower_initial,
    ),
    "fr": _Grammar(
        _words("et mais que qu' car alors lorsque quand puisque si tandis où or"),
        _words(
            "ne n' pas l' les lui leur y aussi également déjà encore jamais désormais "
            "toutefois pourtant"
        ),
        _words(
            "a ont avait avaient aura aurait auraient va vont allait doit devait devrait "
            "peut pourrait veut voulait vient"
        ),
        _words(
            "et ou ni de du des à au aux en sous sur dans par pour avec contre qui que dont où "
            "comme est était fut sera serait sont étaient été reste restait se le la les un une"
        ),
        _lower_initial,
    ),
    "es": _Grammar(
        _words("y e pero que cuando mientras porque pues si aunque donde como sino"),
        _words("no ya también nuevamente además tampoco lo le les se"),
        _words("ha han había habían habría habrían va van iba iban volvió debe puede quiere"),
        _words(
            "y e o u ni de del en a al con sin sobre bajo tras que quien donde como es era fue "
            "fueron será sería sido está estaba sigue queda el los las un una"
        ),
        _lower_initial,
    ),
    "ru": _Grammar(
        _words("и а но что когда пока потому хотя если где как однако ведь тогда"),
        _words("не также уже вновь снова тоже ранее официально же ещё якобы"),
        frozenset(),
        _words(
            "был была было были является являлась стала стал остаётся остается и или с в на "
            "по под из до от к у за"
        ),
        _slavic_verb(
            "ла ло ли лся лась лось лись ал ял ил ел ул ет ёт ит ют ут ат ят ется ится ются ятся"
        ),
    ),
    "uk": _Grammar(
        _words("і й та а але що коли поки бо хоча якщо де як однак проте тоді"),
        _words("не також вже знову теж раніше офіційно ж же ще нібито"),
        frozenset(),
        _words(
            "був була було були є став стала залишається і й та або з із в у на по під до від к за"
        ),
        _slavic_verb("ав яв ив ів ув ла ло ли лася лися вся є ить ять ють уть ать ує ює"),
    ),
}

# German subordinate clauses put the finite verb last ("…, dass Kiew eine Raffinerie angegriffen
# habe"); a passive there says "worden" or "wurde".
_GERMAN_SUBORDINATORS = _words(
    "dass weil nachdem als ob wenn während obwohl da bevor sobald seit seitdem"
)
_GERMAN_PASSIVE = _words("worden wurde wurden")
# What a German main clause may open with before its finite verb and an inverted subject
# ("Am Montag griff Kiew … an", "Dann wies Moskau … zurück"), besides a time expression.
_GERMAN_FRONTED = _words(
    "dann danach zuvor gestern heute erneut nun jetzt zudem außerdem inzwischen bereits "
    "später kurz darauf daraufhin"
)
# After an auxiliary: "has been struck", "a été frappée", "ha sido atacada".
_PASSIVE_AFTER_AUXILIARY = _words("been be being été sido")
_TIME_PREPOSITIONS = _words("on in at during by am im an um au en el в во у")
_CLAUSE_END = re.compile(r"[,;:!?()—–\"“”„«».]")


class Seat(Protocol):
    """A name that is both an actor and a place, with its offsets (an `ActorMention`)."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


def without_acting_seats(
    text: str,
    places: list[PlaceMention],
    actors: Sequence[Seat],
    sentences: Sequence[Sentence],
    expressions: Sequence[Sequence[TimeExpression]],
    language: str,
) -> list[PlaceMention]:
    """`places` without the names that are also an actor (`actors`: their mentions) and act as
    the subject of a verb (`acting_seats`): there the name is the government, not a place."""
    place_starts = {p.start for p in places}
    seats = [a for a in actors if a.start in place_starts]
    if not seats:
        return places
    acting = acting_seats(text, seats, sentences, expressions, language)
    return [p for p in places if p.start not in acting] if acting else places


def acting_seats(
    text: str,
    seats: Sequence[Seat],
    sentences: Sequence[Sentence],
    expressions: Sequence[Sequence[TimeExpression]],
    language: str,
) -> set[int]:
    """The starts of the `seats` (names both an actor and a place) that are the subject of a
    verb in their sentence: there the government acts, and the name is no place.
    `expressions`: each sentence's time expressions, which may stand between a subject and its
    verb ("Moscow on Tuesday rejected") or open its clause ("В понедельник Киев атаковал")."""
    grammar = _GRAMMARS.get(language)
    if grammar is None or not seats:
        return set()
    starts = [s.start for s in sentences]
    acting: set[int] = set()
    for seat in seats:
        index = bisect.bisect_right(starts, seat.start) - 1
        if index < 0 or seat.start >= sentences[index].end:
            continue
        sentence = sentences[index]
        spans = {e.start: e.end for e in expressions[index]}
        if _acts(text, seat, sentence, spans, grammar, language):
            acting.add(seat.start)
    return acting


def _acts(
    text: str,
    seat: Seat,
    sentence: Sentence,
    times: dict[int, int],
    grammar: _Grammar,
    language: str,
) -> bool:
    before = _word_before(text, sentence.start, seat.start)
    if language == "de":
        if before is not None and before[2].lower() in _GERMAN_SUBORDINATORS:
            return _german_verb_last(text, seat.end, sentence.end)
        if before is not None and _german_inverted(text, sentence, before, times, grammar):
            return True
    if not _opens_clause(text, sentence.start, seat.start, times, grammar):
        return False
    return _verb_follows(text, seat.end, sentence.end, times, grammar)


def _word_before(text: str, limit: int, at: int) -> tuple[int, int, str] | None:
    """The word right before offset `at` (only spaces between), as (start, end, word)."""
    end = at
    while end > limit and text[end - 1] in " \t":
        end -= 1
    start = end
    while start > limit and (text[start - 1].isalnum() or text[start - 1] in "'’-"):
        start -= 1
    if start == end:
        return None
    return start, end, text[start:end]


def _opens_clause(text: str, limit: int, at: int, times: dict[int, int], grammar: _Grammar) -> bool:
    """Whether a clause opens at `at`: the sentence's start, punctuation or a dash, a
    conjunction, or a time expression that itself opens the clause ("On Monday Kyiv…")."""
    end = at
    while end > limit and text[end - 1] in " \t\n":
        end -= 1
    if end == limit:
        return True
    if text[end - 1] in _BOUNDARY:
        # (A hyphen joins words unless spaced as a dash: "pro-Moscow" opens nothing.)
        return text[end - 1] != "-" or (end < at and (end - 1 == limit or text[end - 2] in " \t"))
    before = _word_before(text, limit, at)
    if before is None:
        return False
    if before[2].lower() in grammar.openers:
        return True
    start = _time_ending_at(text, limit, before[1], times)
    return start is not None and _opens_clause(text, limit, start, {}, grammar)


def _time_ending_at(text: str, limit: int, end: int, times: dict[int, int]) -> int | None:
    """Where the time expression ending at `end` starts, with its preposition ("on Monday",
    "am Montag", "во вторник": the expression itself may leave the preposition out)."""
    for start, stop in times.items():
        if stop == end and start < end:
            word = _word_before(text, limit, start)
            if word is not None and word[2].lower() in _TIME_PREPOSITIONS:
                return word[0]
            return start
    return None


def _verb_follows(text: str, at: int, limit: int, times: dict[int, int], grammar: _Grammar) -> bool:
    """Whether a finite active verb follows offset `at` within its clause, past adverbs,
    auxiliaries and time expressions ("Moscow on Tuesday rejected", "Kiev a de nouveau frappé")."""
    auxiliary = False
    for _ in range(_MAX_GAP_WORDS + 1):
        pos = at
        while pos < limit and text[pos] in " \t":
            pos += 1
        if pos in times:
            at = times[pos]
            continue
        word = _WORD.match(text, pos, limit)
        if word is None:
            return False  # punctuation: "Kyiv, the capital, …"
        raw = word.group()
        if _skip_spaces(text, word.end(), limit) in times:
            at = word.end()  # the preposition of a time expression: "on Tuesday", "am Montag"
            continue
        bare = _ELISION.sub("", raw).lower() if "'" in raw or "’" in raw else raw.lower()
        if bare in grammar.skip or raw.lower() in grammar.skip:
            at = word.end()
            continue
        if raw.lower() in _COORDINATORS:
            # "Beijing and Moscow signed": a second name joined to the subject.
            joined = _joined_name(text, word.end(), limit)
            if joined is None:
                return False
            at = joined
            continue
        if auxiliary:
            # "has struck", "a frappé", "hat … angegriffen": an active auxiliary and then a verb
            # (or, in German, the verb's object before its participle), unless it is a passive.
            return bare not in _PASSIVE_AFTER_AUXILIARY
        if bare in grammar.not_active or raw.lower() in grammar.not_active:
            return False
        if bare in grammar.auxiliaries:
            auxiliary = True
            at = word.end()
            continue
        after = _WORD.match(text, _skip_spaces(text, word.end(), limit), limit)
        return grammar.verb(raw, after.group() if after else "")
    return auxiliary


_COORDINATORS = _words("and und et y e и і й та")
_NAME = re.compile(r"(?:the\s+)?[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][\w'’-]*)?")


def _joined_name(text: str, at: int, limit: int) -> int | None:
    """The end of the name after "and" ("and Moscow", "and the United States"), if one follows."""
    name = _NAME.match(text, _skip_spaces(text, at, limit), limit)
    return name.end() if name else None


def _skip_spaces(text: str, at: int, limit: int) -> int:
    while at < limit and text[at] in " \t":
        at += 1
    return at


def _german_verb_last(text: str, at: int, limit: int) -> bool:
    """ "…, dass Kiew eine Raffinerie angegriffen habe": the clause ends with a verb in lower
    case, and says no passive."""
    stop = _CLAUSE_END.search(text, at, limit)
    words = text[at : stop.start() if stop else limit].split()
    if not words or not words[-1][:1].islower():
        return False
    return not any(w in _GERMAN_PASSIVE for w in words)


def _german_inverted(
    text: str,
    sentence: Sentence,
    before: tuple[int, int, str],
    times: dict[int, int],
    grammar: _Grammar,
) -> bool:
    """ "Am Montag griff Kiew eine Raffinerie … an": a German main clause opening with a time
    (or an adverb) puts the subject right after the finite verb."""
    verb = before[2]
    if not verb[:1].islower() or verb.lower() in grammar.not_active:
        return False
    fronted = _word_before(text, sentence.start, before[0])
    if fronted is None:
        return False
    if fronted[2].lower() in _GERMAN_FRONTED:
        return _opens_clause(text, sentence.start, fronted[0], {}, grammar)
    start = _time_ending_at(text, sentence.start, fronted[1], times)
    return start is not None and _opens_clause(text, sentence.start, start, {}, grammar)
