"""Short readable headlines for events — who, what, where — never the raw sentence:
"Ukraine strikes Voronezh with ATACMS", "Witkoff meets Umerov in Miami", "Russian drone attack on Kharkiv".
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from timeline_app.domain.model import EventType
from timeline_app.extraction.lexicon import present_forms

_MAX_LENGTH = 80
_MAX_OBJECT_WORDS = 6
_STRIKE_NOUNS = {
    EventType.MISSILE_STRIKE: "missile strike",
    EventType.DRONE_ATTACK: "drone attack",
    EventType.AIRSTRIKE: "airstrike",
    EventType.SHELLING: "shelling",
    EventType.EXPLOSION: "explosion",
    EventType.ATTACK: "attack",
    EventType.GROUND_FIGHTING: "fighting",
}
_MEANS_PLURAL = {
    "missile": "missiles",
    "drone": "drones",
    "air": "aircraft",
    "artillery": "artillery",
    "explosive": "explosives",
    "gunfire": "gunfire",
}
_CAPTURE = re.compile(
    r"captur|took control|seized|retook|recaptur|liberat|occup|overr|in control", re.I
)
_ADVANCE = re.compile(r"advanc|gain", re.I)
_NOUN_TRIGGERS = re.compile(
    r"^(?:talks|summit|meeting|negotiations|consultations|discussions?|visit|trip|tour|deal|"
    r"agreement|accord|treaty|pact|ceasefire|cease-fire|truce|memorandum|veto|ban|embargo|sanctions|"
    r"aid|pledge|package|assistance|protests?|demonstrations?|rall(?:y|ies)|evacuation|"
    r"mobili[sz]ation|deployment|investigation|probe|inquiry|curfew|report|statement|announcement)$",
    re.I,
)
_OBJECT_STOP = re.compile(
    r"[,;:.!?()\"“”—–]|\b(?:that|which|who|because|after|before|when|while|as|since|until|unless|if|"
    r"despite|amid|although|though|but|so|saying|according)\b",
    re.I,
)


class TitleParts(NamedTuple):
    """What a headline is made of; names are already the short forms titles use.
    (A named tuple, like `Sentence` and `Candidate`: every event candidate builds one, and it
    costs about half what a frozen dataclass with sixteen fields costs to build.)"""

    type: EventType
    trigger: str
    who: str = ""
    who_adjective: str = ""
    who_is_country: bool = False
    who_plural: bool = False  # "US officials": the verb agrees
    other: str = ""
    place: str = ""
    place_is_area: bool = False  # a country or region: "advance in Ukraine", not "near Ukraine"
    weapon: str = ""  # "ATACMS", or a weapon label such as "missile"
    object_text: str = ""  # the words after a verb trigger, for statements and the like
    amount: str = ""
    received: bool = False
    intercept: bool = False
    planned: bool = False  # "Driscoll to meet Russian officials"
    subject: str = ""  # the clause's subject when no actor is named: "Peers", "Hamas gunmen"
    foreign: bool = False  # not English: the words after the trigger cannot be quoted as English


def make_title(parts: TitleParts) -> str:
    """The headline of an event; always non-empty, at most about 80 characters."""
    if not parts.who and not parts.place and parts.subject:
        # Nobody and nowhere named: the clause's own subject still says who ("Peers back a call…").
        plural = parts.subject.endswith("s") and not parts.subject.endswith("ss")
        parts = parts._replace(who=parts.subject, who_plural=plural)
    if parts.intercept:
        title = _intercept_title(parts)
    elif parts.type in _STRIKE_NOUNS:
        title = _strike_title(parts)
    elif parts.type == EventType.MEETING:
        title = _meeting_title(parts)
    elif parts.type == EventType.VISIT:
        title = _visit_title(parts)
    elif parts.type == EventType.AID:
        title = _aid_title(parts)
    elif parts.type in _PLAIN_NOUNS:
        title = _plain_title(parts)
    else:
        title = _generic_title(parts)
    return _finish(title)


def reads_object_text(kind: EventType, intercept: bool, foreign: bool) -> bool:
    """Whether `make_title` may read `object_text` for such an event (only generic English
    titles quote the words after the trigger): the caller spares finding them otherwise."""
    if intercept or foreign or kind in _STRIKE_NOUNS or kind in _PLAIN_NOUNS:
        return False
    return kind not in (EventType.MEETING, EventType.VISIT, EventType.AID)


def reads_aid_parts(kind: EventType, intercept: bool) -> bool:
    """Whether `make_title` may read `amount` and `received` (aid titles only)."""
    return kind == EventType.AID and not intercept


def reads_weapon(kind: EventType, intercept: bool) -> bool:
    """Whether `make_title` may read `weapon` (interceptions, and missile strikes by someone on
    somewhere: "Ukraine strikes Voronezh with ATACMS")."""
    return intercept or kind == EventType.MISSILE_STRIKE


def reads_other(kind: EventType, intercept: bool) -> bool:
    """Whether `make_title` may read `other` (fighting, meetings, visits and aid name a
    counterpart)."""
    if intercept:
        return False
    return kind in (EventType.GROUND_FIGHTING, EventType.MEETING, EventType.VISIT, EventType.AID)


class TitleReads(NamedTuple):
    """Which optional parts `make_title` may read for one kind of event (the `reads_*` tests)."""

    aid_parts: bool
    object_text: bool
    other: bool
    weapon: bool


@cache
def title_reads(kind: EventType, intercept: bool, foreign: bool) -> TitleReads:
    """The four `reads_*` answers at once: asked for every event, for a handful of kinds."""
    return TitleReads(
        reads_aid_parts(kind, intercept),
        reads_object_text(kind, intercept, foreign),
        reads_other(kind, intercept),
        reads_weapon(kind, intercept),
    )


def _in(place: str, word: str = "in") -> str:
    return f" {word} {place}" if place else ""


def _strike_title(parts: TitleParts) -> str:
    noun = _STRIKE_NOUNS[parts.type]
    if parts.type == EventType.GROUND_FIGHTING:
        return _fighting_title(parts)
    if parts.type == EventType.MISSILE_STRIKE and parts.who and parts.place:
        return f"{parts.who} strikes {parts.place}{_with_weapon(parts.weapon)}"
    on = "of" if parts.type == EventType.SHELLING else "on"
    if parts.type == EventType.EXPLOSION:
        on = "in"
    lead = parts.who_adjective if parts.who_is_country and parts.who_adjective else ""
    if lead:
        return f"{lead} {noun}{_in(parts.place, on)}"
    if parts.who:
        return f"{parts.who} {noun}{_in(parts.place, on)}"
    return f"{noun}{_in(parts.place, on)}"


def _with_weapon(weapon: str) -> str:
    if not weapon:
        return ""
    if weapon[:1].isupper() or weapon.isupper():
        return f" with {weapon}"
    return f" with {_MEANS_PLURAL.get(weapon, weapon)}"


def _fighting_title(parts: TitleParts) -> str:
    if _CAPTURE.search(parts.trigger) and parts.who and parts.place:
        return f"{parts.who} {_verb('captures', parts)} {parts.place}"
    if _ADVANCE.search(parts.trigger) and parts.who:
        near = "in" if parts.place_is_area else "near"
        return f"{parts.who} {_verb('advances', parts)}{_in(parts.place, near)}"
    if parts.who and parts.other:
        return f"{parts.who}–{parts.other} fighting{_in(parts.place)}"
    return f"fighting{_in(parts.place)}"


def _intercept_title(parts: TitleParts) -> str:
    weapons = _MEANS_PLURAL.get(parts.weapon, parts.weapon or "missiles")
    where = _in(parts.place, "over")
    if parts.who:
        says = "say" if parts.who_plural else "says"  # "Ukrainian forces say…"
        return f"{parts.who} {says} {weapons} intercepted{where}"
    return f"{weapons} intercepted{where}"


def _meeting_title(parts: TitleParts) -> str:
    noun = parts.trigger.lower()
    single_names = " " not in parts.who and " " not in parts.other
    if _NOUN_TRIGGERS.match(noun) and parts.who and parts.other and single_names:
        return f"{parts.who}–{parts.other} {noun}{_in(parts.place)}"
    if parts.who and parts.other and _NOUN_TRIGGERS.match(noun):
        return f"{parts.who} {_verb('holds', parts)} talks with {parts.other}{_in(parts.place)}"
    if parts.who and parts.other:
        return f"{parts.who} {_verb('meets', parts)} {parts.other}{_in(parts.place)}"
    if parts.who:
        return f"{parts.who} {_verb('holds', parts)} talks{_in(parts.place)}"
    label = noun if _NOUN_TRIGGERS.match(noun) else "talks"
    return f"{label}{_in(parts.place)}"


def _visit_title(parts: TitleParts) -> str:
    if parts.who and parts.place:
        return f"{parts.who} {_verb('visits', parts)} {parts.place}"
    if parts.who:
        return f"{parts.who} visit{_in(parts.other, 'to')}"
    return f"visit{_in(parts.place, 'to')}"


def _aid_title(parts: TitleParts) -> str:
    amount = f" {parts.amount}" if parts.amount else ""
    if parts.received and parts.who:
        return f"{parts.who} receives{amount} aid pledge{_from(parts.other)}"
    verb = _AID_VERBS.get(parts.trigger.lower(), "pledges" if parts.amount else "")
    to = f" to {parts.other}" if parts.other else ""
    if parts.who and verb:
        noun = " in aid" if parts.amount else " aid"
        return f"{parts.who} {_verb(verb, parts)}{amount}{noun}{to}"
    if parts.who:
        return f"{parts.who} aid{amount}{to}"
    return f"aid{amount}{_in(parts.place, 'to')}"


_AID_VERBS = {
    "pledged": "pledges",
    "pledges": "pledges",
    "pledge": "pledges",
    "delivered": "delivers",
    "delivers": "delivers",
    "sent": "sends",
    "sends": "sends",
    "provided": "provides",
    "provides": "provides",
    "supplied": "supplies",
    "donated": "donates",
    "gave": "gives",
    "shipped": "ships",
}


_PLAIN_NOUNS = {
    EventType.PROTEST: "protest",
    EventType.EVACUATION: "evacuation",
    EventType.MOBILIZATION: "mobilization",
}


def _plain_title(parts: TitleParts) -> str:
    """ "Protest in Tbilisi", "Russian mobilization", "Evacuation from Kupiansk"."""
    noun = _PLAIN_NOUNS[parts.type]
    word = "from" if parts.type == EventType.EVACUATION else "in"
    lead = parts.who_adjective if parts.who_is_country and parts.who_adjective else parts.who
    if parts.planned:
        noun = f"planned {noun}"
    return f"{lead} {noun}{_in(parts.place, word)}" if lead else f"{noun}{_in(parts.place, word)}"


def _from(other: str) -> str:
    return f" from {other}" if other else ""


def _generic_title(parts: TitleParts) -> str:
    trigger = parts.trigger.lower()
    if _NOUN_TRIGGERS.match(trigger):
        subject = f"{parts.who} " if parts.who else ""
        return f"{subject}{trigger}{_in(parts.place)}"
    words = "" if parts.foreign else short_object(parts.object_text)
    if words.lower().startswith("by "):
        words = ""  # the passive agent is already the subject: "banned by the EU" → "EU bans"
    if parts.foreign or not (parts.who or words):
        # A bare or untranslated verb ("Vowed", "advirtió") says nothing: name the kind of event.
        label = _TYPE_LABEL.get(parts.type, "event")
        return " ".join(w for w in (parts.who, label) if w) + _in(parts.place)
    verb = _verb(present_tense(trigger), parts) if parts.who else trigger
    where = _in(parts.place) if parts.place and parts.place not in words else ""
    return " ".join(w for w in (parts.who, verb, words) if w) + where


_TYPE_LABEL = {
    EventType.STATEMENT: "statement",
    EventType.REPORT: "report",
    EventType.AGREEMENT: "agreement",
    EventType.SANCTIONS: "sanctions",
    EventType.OTHER: "event",
}


def _verb(singular: str, parts: TitleParts) -> str:
    """Third person singular unless the subject is a group ("US officials visit Kyiv"); a plan
    reads "to meet"."""
    if parts.planned:
        return "to " + _verb(singular, parts._replace(planned=False, who_plural=True))
    if not parts.who_plural:
        return singular
    words = singular.split()
    head = words[0]
    if head.endswith("ies"):
        head = head[:-3] + "y"
    elif head.endswith(("sses", "shes", "ches", "xes", "oes")):
        head = head[:-2]
    elif head.endswith("s") and not head.endswith("ss"):
        head = head[:-1]
    return " ".join([head, *words[1:]])


def present_tense(verb: str) -> str:
    """ "reported" → "reports" for the common trigger verbs; other words unchanged."""
    words = verb.split()
    head = words[0].lower()
    if head in _PRESENT:
        head = _PRESENT[head]
    elif head.endswith("ed"):
        head = present_forms().get(head) or (_regular_present(head) if len(head) > 4 else head)
    return " ".join([head, *words[1:]])


_VOWELS = frozenset("aeiou")
# Endings after which English drops an "e" before "-ed": "announced", "urged", "accused",
# "captured", "negotiated", "united"; the two-letter ones not after a vowel pair that is one
# long vowel ("toured", "retreated", "waited", "recruited" keep no "e").
_E_AFTER = ("c", "v", "g", "u", "z")
_E_AFTER_SHORT = ("at", "ut", "it", "ur", "os", "us", "as", "is", "ac", "uc", "ar")
_LONG_PAIRS = ("ea", "oa", "ou", "ai", "ui", "ee", "oo")


def _regular_present(past: str) -> str:
    """The -s form of a past the word lists do not pair with its present (`present_forms`)."""
    stem = past[:-2]
    if past.endswith("ied"):
        return past[:-3] + "ies"
    doubled = len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "sl"
    if doubled and _has_onset(stem[:-1]):
        stem = stem[:-1]  # "banned" → "ban", "occurred" → "occur" (but "added" → "add")
    elif not doubled and (_drops_e(stem) or _short_syllable(stem)):
        stem += "e"  # "announced" → "announce", "prepared" → "prepare", "fired" → "fire"
    if stem.endswith(("s", "sh", "ch", "x", "o")) and not stem.endswith("e"):
        return stem + "es"
    return stem + "s"


def _drops_e(stem: str) -> bool:
    if stem.endswith(_E_AFTER):
        return True
    return stem.endswith(_E_AFTER_SHORT) and len(stem) > 2 and stem[-3:-1] not in _LONG_PAIRS


def _has_onset(stem: str) -> bool:
    """Whether a consonant comes before the last vowel ("ban" has, "ad" of "added" has not)."""
    last_vowel = max((i for i, ch in enumerate(stem) if ch in _VOWELS), default=-1)
    return last_vowel > 0 and stem[last_vowel - 1] not in _VOWELS


def _short_syllable(stem: str) -> bool:
    """One syllable of one vowel ending in one consonant, not doubled before "-ed": "fir" of
    "fired", "not" of "noted", "rul" of "ruled", "phon" of "phoned", "quot" of "quoted". A verb
    really ending so doubles its consonant ("banned"), so the past had dropped an "e"."""
    word = stem.replace("qu", "q")
    vowels = [i for i, ch in enumerate(word) if ch in _VOWELS]
    return (
        len(vowels) == 1 and vowels[0] == len(word) - 2 and vowels[0] > 0 and word[-1] not in "wxyh"
    )


_PRESENT = {
    "said": "says",
    "told": "tells",
    "met": "meets",
    "struck": "strikes",
    "hit": "hits",
    "fought": "fights",
    "gave": "gives",
    "sent": "sends",
    "shot": "shoots",
    "froze": "freezes",
    "withdrew": "withdraws",
    "fled": "flees",
    "took": "takes",
    "overran": "overruns",
    "reported": "reports",
    "vetoed": "vetoes",
    "agreed": "agrees",
    "freed": "frees",
    "released": "releases",
    "signed": "signs",
    "pledged": "pledges",
    "shelled": "shells",
    "expelled": "expels",
    "cancelled": "cancels",
    "canceled": "cancels",
    "warned": "warns",
    "threatened": "threatens",
    "condemned": "condemns",
    "demanded": "demands",
    "rejected": "rejects",
    "refused": "refuses",
    "arrested": "arrests",
    "detained": "detains",
    "deployed": "deploys",
    "evacuated": "evacuates",
    "imposed": "imposes",
    "resigned": "resigns",
    # Trigger verbs whose present no rule tells (the stress decides: "visits", but "invades").
    "invaded": "invades",
    "welcomed": "welcomes",
    "restored": "restores",
    "deplored": "deplores",
    "upgraded": "upgrades",
    "telephoned": "telephones",
    "encircled": "encircles",
    "massacred": "massacres",
    "boycotted": "boycotts",
    "repelled": "repels",
}


def short_object(text: str) -> str:
    """The first few words after a verb, up to punctuation or a new clause, no dangling "of"."""
    cut = _OBJECT_STOP.search(text)
    head = text[: cut.start()] if cut else text
    words = head.split()[:_MAX_OBJECT_WORDS]
    while words and words[-1].lower() in _DANGLING:
        words.pop()
    return " ".join(words)


_DANGLING = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "for",
        "to",
        "in",
        "on",
        "at",
        "with",
        "and",
        "or",
        "by",
        "from",
        "against",
        "its",
        "his",
        "her",
        "their",
        "this",
        "that",
        "about",
        "into",
        "over",
        "as",
        "than",
    ]
)


def _finish(title: str) -> str:
    # White space runs become one space (split/join drops the outer ones, which strip drops anyway).
    title = " ".join(title.split()).strip(" ,;:-–")
    if len(title) > _MAX_LENGTH:
        title = title[:_MAX_LENGTH].rsplit(" ", 1)[0]
    return title[:1].upper() + title[1:] if title else "Event"
