"""Multi-word triggers split by a time expression: "a repris lundi le contrôle", "tomaron el
martes la localidad", "взяли в понедельник под контроль". Agency style puts the day right after
the finite verb in French, Spanish, Russian and Ukrainian (and German, "übernahmen am Montag die
Kontrolle"), so a phrase table that matches adjacent words misses the trigger. As
`separable.py` does for German particles, this finds such a trigger at its first word, with the
time expression (or a short adverb) between its words."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from timeline_app.extraction.lexicon import triggers
from timeline_app.extraction.phrases import PhraseMatch

_DAYS = {
    "de": r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|wochenende)\w*",
    "fr": r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)",
    "es": r"(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)",
    "ru": r"(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|выходные)",
    "uk": r"(?:понеділок|вівторок|середу|четвер|п['’]ятницю|суботу|неділю|вихідні)",
}
_MONTH_DAY = r"\d{1,2}\.?\s+\w+"  # "12 novembre", "12. November", "12 ноября"
# One piece of what may stand between the words of a trigger: a time expression as agency copy
# writes it after the verb, or a short adverb ("already", "again", "finally").
_PIECES = {
    "de": (
        rf"am\s+(?:{_DAYS['de']}|{_MONTH_DAY})|in\s+der\s+nacht(?:\s+zu[mr]?\s+\w+)?|gestern|"
        r"heute|bereits|erneut|wieder|inzwischen|nun|schließlich|offenbar|vollständig"
    ),
    "fr": (
        rf"{_DAYS['fr']}(?:\s+(?:soir|matin|dernier|après-midi))?|le\s+{_MONTH_DAY}|"
        r"dans\s+la\s+nuit(?:\s+de\s+\w+\s+à\s+\w+)?|hier|aujourd['’]hui|déjà|finalement|"
        r"enfin|encore|également|aussi|totalement|entièrement"
    ),
    "es": (
        rf"(?:el|este|el\s+pasado)\s+(?:{_DAYS['es']}|\d{{1,2}}\s+de\s+\w+)|"
        rf"la\s+madrugada\s+del\s+{_DAYS['es']}|ayer|hoy|ya|finalmente|también|totalmente|"
        r"completamente"
    ),
    "ru": (
        rf"в(?:о)?\s+{_DAYS['ru']}|в\s+ночь\s+на\s+\w+|{_MONTH_DAY}|вчера|сегодня|накануне|"
        r"уже|также|полностью|окончательно"
    ),
    "uk": (
        rf"[ву]\s+{_DAYS['uk']}|[ву]\s+ніч\s+на\s+\w+|{_MONTH_DAY}|вчора|учора|сьогодні|"
        r"напередодні|вже|уже|також|повністю|остаточно"
    ),
}
_GAPS = {
    language: re.compile(rf"(?:\s+(?:{pieces}),?)+\s+", re.IGNORECASE)
    for language, pieces in _PIECES.items()
}


@cache
def _gapped_forms(language: str) -> dict[str, tuple[tuple[str, object], ...]]:
    """First word (lower case) → the rest of each multi-word trigger it starts, with its entry.
    (Stems, "attack*", are left out: their words are not spelt out.)"""
    if language not in _GAPS:
        return {}
    forms: dict[str, list[tuple[str, object]]] = {}
    for first, entries in triggers(language).by_first.items():
        for key, value in entries:
            if len(key) > 1 and not any(word.endswith("*") for word in key):
                forms.setdefault(first, []).append((" ".join(key[1:]), value))
    return {word: tuple(sorted(items, key=lambda i: -len(i[0]))) for word, items in forms.items()}


@cache
def _first_word_pattern(language: str) -> re.Pattern[str] | None:
    forms = _gapped_forms(language)
    if not forms:
        return None
    alternatives = "|".join(sorted(map(re.escape, forms), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def has_gapped_triggers(language: str) -> bool:
    """Whether the language's multi-word triggers are looked for with a time expression inside."""
    return language in _GAPS


def with_gapped_triggers(
    text: str, start: int, end: int, matches: Sequence[PhraseMatch], language: str
) -> list[PhraseMatch]:
    """`matches` (the trigger table's in text[start:end], one sentence) with the multi-word
    triggers whose words a time expression splits, found at their first word."""
    found = list(matches)
    pattern = _first_word_pattern(language)
    if pattern is None:
        return found
    gap = _GAPS[language]
    forms = _gapped_forms(language)
    added: list[PhraseMatch] = []
    for first in pattern.finditer(text, start, end):
        at = first.start()
        if any(m.start <= at < m.end for m in matches):
            continue  # already a trigger ("repris le contrôle" unsplit)
        between = gap.match(text, first.end(), end)
        if between is None:
            continue  # (nearly every first word: nothing of a time between)
        rest = text[between.end() : end].lower().replace("’", "'")
        for words, value in forms[first.group().lower()]:
            if rest.startswith(words) and (
                len(rest) == len(words) or not rest[len(words)].isalnum()
            ):
                added.append(PhraseMatch(at, first.end(), f"{first.group()} {words}", value))
                break
    if not added:
        return found
    return sorted(found + added, key=lambda m: m.start)
