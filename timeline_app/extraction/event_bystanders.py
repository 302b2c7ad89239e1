"""Who a sentence names without their taking part in its event: the teller of a trailing
attribution (", the British agency UKMTO said") and the actor of a "since" reference point
("the first such visit since Russia's invasion")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from timeline_app.extraction.actors import ActorMention
from timeline_app.extraction.places import PlaceMention, fold, gazetteer


def without_teller(
    pool: list[ActorMention], speaker: tuple[int, int], places: Sequence[PlaceMention]
) -> list[ActorMention]:
    """`pool` less who tells the sentence in its closing attribution (`speaker_in`), which
    follows the trigger: "Fighting in Goma killed 700 people, the United Nations said", "…, the
    British agency UKMTO said". A country that tells of a strike on its own ground stays a party
    ("…at a base in Russia, the Russian Defence Ministry said"). (Who says missiles were shot
    down is not asked about here: there the teller is the defender.)"""
    start, end = speaker
    return [a for a in pool if not start <= a.start < end or _on_own_ground(a, places)]


def without_reference_points(
    text: str, trigger_end: int, pool: list[ActorMention]
) -> list[ActorMention]:
    """`pool` less the actors named right after a "since" that follows the trigger: "Western
    leaders visited Kyiv, the first such visit since Russia's invasion" — Russia visited
    nobody. (A "since" before the trigger times the event itself and names its actor there:
    "since Russia launched its offensive" is kept when "launched" is the trigger.)"""
    return [
        a
        for a in pool
        if a.start < trigger_end
        or not _SINCE_JUST_BEFORE.search(text, max(0, a.start - 11), a.start)
    ]


def _on_own_ground(mention: ActorMention, places: Sequence[PlaceMention]) -> bool:
    """Whether `mention` is a country one of the sentence's places lies in."""
    if mention.actor.kind != "country" or not places:
        return False
    code = _country_code(mention.actor.name)
    return any(
        p.place.name == mention.actor.name or (code and p.place.country == code) for p in places
    )


@lru_cache(maxsize=256)
def _country_code(name: str) -> str:
    """The ISO code the gazetteer gives a country's name ("RU" for Russia), or ""."""
    entry = gazetteer().get(fold(name))
    return entry.place.country if entry is not None and entry.place.kind == "country" else ""


# "since Russia's invasion", "since the Russian offensive": the actor of the point something is
# counted from, not of the event (`without_reference_points`).
_SINCE_JUST_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)


# ", the United Nations said.", ", Mali's army said on Sunday.": who told what the sentence
# reports, after its last comma.
_TRAILING_SPEAKER = re.compile(
    r",\s+(?P<who>[^,;]{2,60}?)\s+(?:said|says|reported|reports|told|announced|added|stated|"
    r"confirmed|wrote)\b[^,;]{0,40}$"
)
# (A cheap search for the verbs, which every match of `_TRAILING_SPEAKER` holds.)
_SPEAKER_VERB = re.compile(
    r" (?:said|says|reported|reports|told|announced|added|stated|confirmed|wrote)"
)


# The same in the languages that put the verb (or "according to") first: ", teilte die UNO mit.",
# ", a indiqué l'ONU.", ", selon l'ONU.", ", informó la ONU.", ", сообщили в ООН.", ", повідомили в
# ООН.".
_SPEAKER_FIRST = (
    r"teilte|teilten|sagte|sagten|erklärte|erklärten|berichtete|berichteten|meldete|meldeten|"
    r"hieß es (?:von|aus|bei)|laut|"
    r"a indiqué|a annoncé|a déclaré|a affirmé|a précisé|a rapporté|ont indiqué|ont annoncé|"
    r"ont déclaré|ont affirmé|ont précisé|selon|d['’]après|"
    r"informó|dijo|señaló|indicó|afirmó|anunció|informaron|dijeron|señalaron|indicaron|según|"
    r"сообщил|сообщила|сообщили|заявил|заявила|заявили|сообщает|передает|передаёт|по данным|"
    r"по словам|повідомив|повідомила|повідомили|заявив|заявила|повідомляє|за даними|за словами"
)
_TRAILING_SPEAKER_FIRST = re.compile(
    rf",\s+(?:{_SPEAKER_FIRST})\s+(?P<who>[^,;]{{2,60}}?)(?:\s+(?:mit|zufolge))?\s*[.!]?[\"”»]?\s*$"
)


@lru_cache(maxsize=32)  # (asked again for each event of the sentence)
def speaker_in(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the speaker of the sentence text[start:end]'s final attribution (", the ministry
    said.", ", a indiqué l'ONU.") is named."""
    comma = text.rfind(",", max(start, end - 110), end)
    if comma < 0:
        return None
    if _SPEAKER_VERB.search(text, comma, end) is None:
        match = _TRAILING_SPEAKER_FIRST.match(text, comma, end)
    else:
        match = _TRAILING_SPEAKER.match(text, comma, end)
    if match is None:
        return None  # (most sentences)
    return match.start("who"), match.end("who")
