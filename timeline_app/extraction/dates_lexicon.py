"""Per-language date vocabulary, read from dateparser's own language data plus a few additions.

Month and weekday names, relative words ("yesterday", "la semaine dernière") and "N days ago"
patterns come from `dateparser.data.date_translation_data`, so every language dateparser knows
gets a finder; `_EXTRA` adds inflections and cues dateparser lacks for the languages we support
first-class (German, French, Spanish, Ukrainian, Russian).
"""

from __future__ import annotations

import importlib
import importlib.util
import re
import sys
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import cast

from timeline_app.extraction.dates_tense_forms import FUTURE_FORMS

_MONTH_KEYS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_WEEKDAY_KEYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_UNITS = {"day", "week", "fortnight", "month", "year", "decade", "century"}
_RELATIVE_KEY = re.compile(r"^(?:(?P<n>\d+) (?P<unit>\w+) ago|in (?P<m>\d+) (?P<unit2>\w+))$")


@dataclass(frozen=True)
class Lexicon:
    """What the finder needs to know about one language (all names lower-case)."""

    language: str
    date_order: str  # "DMY", "MDY" or "YMD"
    months: dict[str, int]  # every form, abbreviations included
    full_months: frozenset[str]  # forms safe to accept without a day or year next to them
    weekdays: dict[str, int]  # full forms only (abbreviations are too ambiguous in running text)
    relative: dict[str, tuple[str, int]]  # phrase -> (unit, offset); unit "now" for "now"
    ago_patterns: tuple[tuple[str, str, int], ...]  # (regex with one number group, unit, sign)
    future_cues: tuple[str, ...] = ()  # stems: a word that starts with one is a cue
    future_endings: tuple[str, ...] = ()  # the future tense's endings ("se reunirán", "viendront")
    past_cues: tuple[str, ...] = ()
    future_words: frozenset[str] = frozenset()  # whole words ("va", "будет", "посетит")
    past_words: frozenset[str] = frozenset()  # whole words ("a", "ha", "был"): not "avec", "hasta"
    prepositions: tuple[str, ...] = ()  # words after which a bare month or year is a date
    year_words: tuple[str, ...] = ()  # "года", "року", "г." after a year
    number_words: dict[str, int] = field(default_factory=dict)
    case_sensitive: frozenset[str] = frozenset()  # relative words only valid in this exact case


def _german_weekday_forms() -> dict[str, int]:
    """ "Am späten Montagabend", "am Dienstagmorgen", "in den Morgenstunden des Dienstags": German
    joins the part of the day to the weekday, and names it in the genitive after "des". Not
    "-nacht": "Montagnacht" is as often the night into Tuesday as the one into Monday."""
    names = ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"]
    parts = ("morgen", "vormittag", "mittag", "nachmittag", "abend")
    forms: dict[str, int] = {}
    for index, name in enumerate(names):
        forms[f"des {name}s"] = index
        forms.update({name + part: index for part in parts})
    return forms


# Additions per language: month inflections (Russian/Ukrainian locatives), relative phrases
# missing from dateparser, tense cues for weekdays, prepositions for bare months/years, and the
# number words news writes out ("vor zwei Tagen", "il y a deux jours", "два дня назад").
_EXTRA: dict[str, dict[str, object]] = {
    "de": {
        "relative": {
            "vergangene woche": ("week", -1),
            "vergangenen woche": ("week", -1),
            "letzten woche": ("week", -1),
            "vorige woche": ("week", -1),
            "vergangenes jahr": ("year", -1),
            "vergangenen jahr": ("year", -1),
            "vorigen jahr": ("year", -1),
            "letzten jahr": ("year", -1),
            "vergangenen monat": ("month", -1),
            "vorigen monat": ("month", -1),
            "diesem jahr": ("year", 0),
            "dieses jahres": ("year", 0),
            "diesem monat": ("month", 0),
            "dieser woche": ("week", 0),
            "nächsten jahr": ("year", 1),
            "nächster woche": ("week", 1),
            "kommende woche": ("week", 1),
            "kommenden woche": ("week", 1),
            "kommendes jahr": ("year", 1),
            "kommenden jahr": ("year", 1),
            "derzeit": ("now", 0),
            "zurzeit": ("now", 0),
            "aktuell": ("now", 0),
        },
        "future": ("wird", "werden", "soll", "sollen", "will", "wollen", "nächste*", "kommende*"),
        "past": ("hat", "hatte*", "haben", "war", "waren", "wurde*", "ist", "sind", "vergangene*"),
        "preps": ("im", "in", "seit", "bis", "ab", "anfang", "mitte", "ende", "vom", "von"),
        "case_sensitive": ("morgen",),
        "weekdays": _german_weekday_forms(),
        "numbers": {
            "einem": 1,
            "einer": 1,
            "zwei": 2,
            "drei": 3,
            "vier": 4,
            "fünf": 5,
            "sechs": 6,
            "sieben": 7,
            "acht": 8,
            "neun": 9,
            "zehn": 10,
            "elf": 11,
            "zwölf": 12,
        },
    },
    "fr": {
        "relative": {
            "l'an dernier": ("year", -1),
            "l'an passé": ("year", -1),
            "l'année passée": ("year", -1),
            "la semaine passée": ("week", -1),
            "le mois passé": ("month", -1),
            "l'an prochain": ("year", 1),
            "cette année": ("year", 0),
            "actuellement": ("now", 0),
            "hier soir": ("day", -1),
            "ce matin": ("day", 0),
            "ce soir": ("day", 0),
        },
        "future": ("va", "vont", "sera", "seront", "aura", "ira", "fera", "devrait", "doit")
        + ("prochain*",),
        # "se réuniront mardi", "il se rendra", "nous signerons": the future's endings.
        "future_endings": ("ront", "rons", "era", "ira", "dra", "rra", "vra"),
        "past": ("a", "ont", "avait*", "était*", "fut", "furent", "s'est", "s’est", "dernier*"),
        "preps": ("en", "depuis", "jusqu'en", "début", "fin", "mi", "dès", "courant"),
        "numbers": {
            "un": 1,
            "une": 1,
            "deux": 2,
            "trois": 3,
            "quatre": 4,
            "cinq": 5,
            "six": 6,
            "sept": 7,
            "huit": 8,
            "neuf": 9,
            "dix": 10,
            "onze": 11,
            "douze": 12,
            "quinze": 15,
        },
    },
    "es": {
        "relative": {
            "la semana anterior": ("week", -1),
            "el mes anterior": ("month", -1),
            "el año anterior": ("year", -1),
            "el próximo año": ("year", 1),
            "el año que viene": ("year", 1),
            "la semana que viene": ("week", 1),
            "el mes que viene": ("month", 1),
            "actualmente": ("now", 0),
            "anoche": ("day", -1),
            "la pasada noche": ("night", 0),
        },
        "future": ("va", "van", "será", "serán", "próxim*", "prevé", "previst*"),
        # Spanish marks the future on the verb: "se reunirán el jueves", "viajará", "firmaremos".
        "future_endings": ("rá", "rán", "remos", "réis"),
        "past": ("fue", "fueron", "ha", "han", "había*", "era", "eran", "hubo", "pasad*"),
        "preps": ("en", "desde", "hasta", "de", "principios", "mediados", "finales"),
        "numbers": {
            "un": 1,
            "una": 1,
            "dos": 2,
            "tres": 3,
            "cuatro": 4,
            "cinco": 5,
            "seis": 6,
            "siete": 7,
            "ocho": 8,
            "nueve": 9,
            "diez": 10,
            "once": 11,
            "doce": 12,
            "quince": 15,
        },
    },
    "ru": {
        "months": {
            "январе": 1,
            "феврале": 2,
            "марте": 3,
            "апреле": 4,
            "мае": 5,
            "июне": 6,
            "июле": 7,
            "августе": 8,
            "сентябре": 9,
            "октябре": 10,
            "ноябре": 11,
            "декабре": 12,
        },
        # The genitive after "с", "до", "со" ("с пятницы", "до понедельника").
        "weekdays": {
            "понедельника": 0,
            "вторника": 1,
            "среды": 2,
            "четверга": 3,
            "пятницы": 4,
            "субботы": 5,
            "воскресенья": 6,
        },
        "relative": {
            "на прошлой неделе": ("week", -1),
            "на этой неделе": ("week", 0),
            "всю неделю": ("week", 0),
            "на следующей неделе": ("week", 1),
            "в прошлом году": ("year", -1),
            "в этом году": ("year", 0),
            "в следующем году": ("year", 1),
            "в прошлом месяце": ("month", -1),
            "в этом месяце": ("month", 0),
            "в следующем месяце": ("month", 1),
            "в настоящее время": ("now", 0),
            "вчера вечером": ("day", -1),
            "прошлой ночью": ("day", -1),
            "ночью": ("night", 0),  # a morning post's night, as "overnight" (see dates_generic)
            "этой ночью": ("night", 0),
        },
        "future": ("будет", "будут", "планиру*", "намерен*", "следующ*", "предстоящ*"),
        "past": ("был", "была", "было", "были", "прошл*", "минувш*"),
        "preps": ("в", "во", "с", "до", "к", "по", "начале", "середине", "конце"),
        "year_words": ("года", "году", "год", "г."),
        "numbers": {
            "два": 2,
            "две": 2,
            "три": 3,
            "четыре": 4,
            "пять": 5,
            "шесть": 6,
            "семь": 7,
            "восемь": 8,
            "девять": 9,
            "десять": 10,
        },
        "ago": (
            (r"(\d{1,3}) (?:дней|дня|день) назад", "day", -1),
            (r"(\d{1,3}) (?:недели|недель|неделю) назад", "week", -1),
            (r"(\d{1,3}) (?:месяца|месяцев|месяц) назад", "month", -1),
            (r"(\d{1,3}) (?:года|лет|год) назад", "year", -1),
        ),
    },
    "uk": {
        "months": {
            "січні": 1,
            "лютому": 2,
            "березні": 3,
            "квітні": 4,
            "травні": 5,
            "червні": 6,
            "липні": 7,
            "серпні": 8,
            "вересні": 9,
            "жовтні": 10,
            "листопаді": 11,
            "грудні": 12,
        },
        # The genitive ("з пʼятниці", "у ніч проти неділі") and the apostrophe's other spellings.
        "weekdays": {
            "понеділка": 0,
            "вівторка": 1,
            "середи": 2,
            "четверга": 3,
            "пʼятниці": 4,
            "п'ятниці": 4,
            "п’ятниці": 4,
            "пʼятницю": 4,
            "п’ятницю": 4,
            "суботи": 5,
            "неділі": 6,
        },
        "relative": {
            "минулого тижня": ("week", -1),
            "наступного тижня": ("week", 1),
            "цього тижня": ("week", 0),
            "весь тиждень": ("week", 0),
            "минулого року": ("year", -1),
            "торік": ("year", -1),
            "цього року": ("year", 0),
            "наступного року": ("year", 1),
            "минулого місяця": ("month", -1),
            "наступного місяця": ("month", 1),
            "наразі": ("now", 0),
            "вчора ввечері": ("day", -1),
            "минулої ночі": ("day", -1),
            "вночі": ("night", 0),
            "уночі": ("night", 0),
            "цієї ночі": ("night", 0),
        },
        "future": ("буде", "будуть", "планує", "планують", "наступн*"),
        # The synthetic future of imperfective verbs: "проводитиме", "відвідуватимуть".
        "future_endings": ("тиме", "тимуть", "тиметься", "тимуться"),
        "past": ("був", "була", "було", "були", "минул*"),
        "preps": ("в", "у", "з", "із", "до", "на", "початку", "середині", "кінці"),
        "year_words": ("року", "рік", "році", "р."),
        "numbers": {
            "два": 2,
            "дві": 2,
            "три": 3,
            "чотири": 4,
            "пʼять": 5,
            "п'ять": 5,
            "п’ять": 5,
            "шість": 6,
            "сім": 7,
            "вісім": 8,
            "девʼять": 9,
            "дев'ять": 9,
            "дев’ять": 9,
            "десять": 10,
        },
        "ago": (
            (r"(\d{1,3}) (?:дні|днів) тому", "day", -1),
            (r"(\d{1,3}) (?:тижні|тижнів|тиждень) тому", "week", -1),
            (r"(\d{1,3}) (?:місяці|місяців|місяць) тому", "month", -1),
            (r"(\d{1,3}) (?:роки|років|рік) тому", "year", -1),
        ),
    },
}


@cache
def lexicon(language: str) -> Lexicon:
    """The vocabulary of `language` (an ISO 639-1 code); English when dateparser lacks it."""
    info = _dateparser_info(language) or _dateparser_info("en")
    assert info is not None
    extra = _EXTRA.get(language, {})
    extra_months = cast(dict[str, int], extra.get("months", {}))
    months, full_months = _names(info, _MONTH_KEYS, 1)
    months.update(extra_months)
    weekdays, full_weekdays = _names(info, _WEEKDAY_KEYS, 0)
    extra_weekdays = cast(dict[str, int], extra.get("weekdays", {}))
    weekdays.update(extra_weekdays)
    full_weekdays |= set(extra_weekdays)
    relative = _relative_phrases(info)
    relative.update(cast(dict[str, tuple[str, int]], extra.get("relative", {})))
    extra_ago = cast(tuple[tuple[str, str, int], ...], extra.get("ago", ()))
    return Lexicon(
        language=str(info.get("name", language)),
        date_order=str(info.get("date_order", "DMY")),
        months=months,
        full_months=frozenset(full_months | set(extra_months)),
        weekdays={name: day for name, day in weekdays.items() if name in full_weekdays},
        relative=relative,
        ago_patterns=_ago_patterns(info) + extra_ago,
        future_cues=_stems(extra, "future"),
        future_endings=_words(extra, "future_endings"),
        past_cues=_stems(extra, "past"),
        future_words=_whole_words(extra, "future") | FUTURE_FORMS.get(language, frozenset()),
        past_words=_whole_words(extra, "past"),
        prepositions=_words(extra, "preps"),
        year_words=_words(extra, "year_words"),
        number_words=cast(dict[str, int], extra.get("numbers", {})),
        case_sensitive=frozenset(_words(extra, "case_sensitive")),
    )


def _words(extra: dict[str, object], key: str) -> tuple[str, ...]:
    return tuple(cast(tuple[str, ...], extra.get(key, ())))


def _stems(extra: dict[str, object], key: str) -> tuple[str, ...]:
    """The cues written with a final "*" ("прошл*"), without it: any word they start."""
    return tuple(word[:-1] for word in _words(extra, key) if word.endswith("*"))


def _whole_words(extra: dict[str, object], key: str) -> frozenset[str]:
    """The other cues, whole words only: French "a" is no cue in "avec", Spanish "ha" none in
    "hasta", German "ist" none in "Istanbul"."""
    return frozenset(word for word in _words(extra, key) if not word.endswith("*"))


def _dateparser_info(language: str) -> dict[str, object] | None:
    """dateparser's data for `language`. The data module is loaded straight from its file when
    it can be: importing the `dateparser` package itself costs ~50 ms we need not pay."""
    if not re.fullmatch(r"[a-z]{2,3}(?:-[A-Za-z0-9]+)?", language or ""):
        return None
    name = language.replace("-", "_")
    qualified = f"dateparser.data.date_translation_data.{name}"
    module = sys.modules.get(qualified)
    if module is None:
        module = _load_data_file(name)
    if module is None:
        try:
            module = importlib.import_module(qualified)
        except ImportError:
            return None
    info: dict[str, object] = module.info
    return info


@cache
def _data_dir() -> Path | None:
    spec = importlib.util.find_spec("dateparser")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "data" / "date_translation_data"


def _load_data_file(name: str) -> ModuleType | None:
    directory = _data_dir()
    path = directory / f"{name}.py" if directory else None
    if path is None or not path.is_file():
        return None  # a frozen bundle, or a language dateparser lacks: the normal import decides
    spec = importlib.util.spec_from_file_location(f"_timeline_dateparser_data_{name}", path)
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _names(info: dict[str, object], keys: list[str], base: int) -> tuple[dict[str, int], set[str]]:
    """Every form of each name, and the "full" ones: at least 4 letters and not a prefix of a
    longer form of the same name (so "jan", "sun", "die" count as abbreviations)."""
    names: dict[str, int] = {}
    full: set[str] = set()
    for index, key in enumerate(keys):
        forms = {str(f).lower().rstrip(".") for f in info.get(key, [])}  # type: ignore[attr-defined]
        forms.discard("")
        for form in forms:
            if len(form) < 3 and not form.isalpha():
                continue
            names.setdefault(form, index + base)
            is_prefix = any(o != form and o.startswith(form) for o in forms)
            if (
                len(form) >= 4
                and not is_prefix
                or len(form) == 3
                and form == key[:3]
                and form in ("may",)
            ):
                full.add(form)
    return names, full


def _relative_phrases(info: dict[str, object]) -> dict[str, tuple[str, int]]:
    phrases: dict[str, tuple[str, int]] = {}
    table = info.get("relative-type", {})
    for key, forms in table.items():  # type: ignore[attr-defined]
        parsed = _parse_relative_key(str(key))
        if parsed is None:
            continue
        for form in forms:
            text = str(form).lower()
            if len(text) >= 3 and not re.search(r"\b(?:mo|wk|yr|mth)\b", text):
                phrases.setdefault(text, parsed)
    return phrases


def _parse_relative_key(key: str) -> tuple[str, int] | None:
    if key == "0 second ago":
        return ("now", 0)
    match = _RELATIVE_KEY.match(key)
    if not match:
        return None
    if match["n"] is not None:
        unit, offset = match["unit"], -int(match["n"])
    else:
        unit, offset = match["unit2"], int(match["m"])
    return (unit, offset) if unit in _UNITS else None


def _ago_patterns(info: dict[str, object]) -> tuple[tuple[str, str, int], ...]:
    """dateparser's "\\1 days ago" regexes, rewritten for Python's re, for day..year units."""
    patterns: list[tuple[str, str, int]] = []
    table = info.get("relative-type-regex", {})
    for key, forms in table.items():  # type: ignore[attr-defined]
        match = re.fullmatch(r"(?:\\1 (\w+) ago|in \\1 (\w+))", str(key))
        if not match or (match[1] or match[2]) not in _UNITS:
            continue
        unit, sign = (match[1], -1) if match[1] else (match[2], 1)
        for form in forms:
            regex = str(form).replace(r"(\d++[.,]?\d*+)", r"(\d{1,3})")
            if r"(\d{1,3})" in regex and len(regex) > 12:
                patterns.append((regex, unit, sign))
    return tuple(patterns)
