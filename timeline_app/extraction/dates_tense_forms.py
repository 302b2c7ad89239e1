"""Verb forms that tell the tense of a clause outside English, as word tables (`dates_tense` asks).

Russian and Ukrainian have no future auxiliary for most plans: the perfective verb's non-past form
is the future ("Путин встретится", "Лавров посетит", "Зеленський відвідає"). Which verbs are
perfective is a fact of the lexicon, not of the ending (imperfective "посещает" and "находится"
end alike), so the common event verbs are listed as future stems with their endings.

German, French and Spanish news tell the past in past tenses (Präteritum and Perfekt, passé
composé, pretérito) and plans in the present ("Am Freitag treffen sich die Minister", "Le
ministre se rend vendredi à Kyiv", "El ministro viaja el viernes a Kiev"). A clause with a time
word and no past form is then a plan; `has_past_form` finds the past forms (generously: a past
form taken for a present one would move a past day into the future; the reverse only keeps the
old reading).
"""

from __future__ import annotations


def _word_set(words: str) -> frozenset[str]:
    """A set of words written as one space-separated string (long lists stay compact)."""
    return frozenset(words.split())


# Endings of the perfective non-past (third person; reflexive in -ся/-ться).
_RU_ENDINGS = {
    "i": ("ит", "ят", "ат", "ишь", "им"),
    "ir": ("ится", "ятся", "атся"),
    "e": ("ет", "ёт", "ут", "ют", "ем", "ём"),
    "er": ("ется", "ётся", "утся", "ются"),
}
# Future stems of common event verbs, with their ending classes ("посет" + "ит" = "посетит").
_RU_STEMS = """посет:i встрет:ir провед:e подпиш:e обсуд:i отправ:i,ir прибуд:e выступ:i прим:e
пройд:e состо:ir начн:e,er приед:e соверш:i заключ:i представ:i объяв:i проголосу:e рассмотр:i
обрат:ir вылет:i предостав:i направ:i,ir созов:e собер:e,er продл:i введ:e возобнов:i,ir
заверш:i,ir поговор:i подготов:i нанес:e побыва:e прилет:i полет:i поед:e откро:e,er утверд:i
одобр:i выдел:i окаж:e получ:i продолж:i,ir сообщ:i заяв:i ответ:i призов:e приглас:i вступ:i
истеч:e посет:i подпиш:e сдела:e проинформиру:e переговор:i созвон:ir увид:ir"""
_RU_WORDS = ("передаст", "передадут", "даст", "дадут", "примет", "примут", "будет", "будут")

_UK_ENDINGS = {
    "i": ("ить", "ять", "ать", "ять"),
    "ir": ("иться", "яться", "аться"),
    "e": ("е", "є", "уть", "ють"),
    "er": ("еться", "ється", "уться", "ються"),
}
_UK_STEMS = """відвіда:e зустрін:er провед:e підпиш:e обговор:i прибуд:e відбуд:er виступ:i
розглян:e проголосу:e поїд:e здійсн:i уклад:e запровад:i продовж:i,ir заверш:i,ir розпочн:e,er
почн:e,er прийм:e оголос:i представ:i направ:i,ir вируш:i полет:i прилет:i збер:er склич:e
ухвал:i затверд:i відкри:e,er візьм:e надішл:e переговор:i скориста:er"""
_UK_WORDS = (
    *("надасть", "нададуть", "передасть", "передадуть", "дасть", "дадуть", "буде", "будуть"),
    *("відновиться", "відновляться", "відновить", "відновлять"),
)


def _forms(
    stems: str, endings: dict[str, tuple[str, ...]], words: tuple[str, ...]
) -> frozenset[str]:
    found = set(words)
    for item in stems.split():
        stem, classes = item.split(":")
        for kind in classes.split(","):
            found.update(stem + ending for ending in endings[kind])
    # Russian writes "ё" as "е" as often as not ("проведет", "начнется").
    return frozenset(found | {form.replace("ё", "е") for form in found})


FUTURE_FORMS: dict[str, frozenset[str]] = {
    "ru": _forms(_RU_STEMS, _RU_ENDINGS, _RU_WORDS),
    "uk": _forms(_UK_STEMS, _UK_ENDINGS, _UK_WORDS),
}

# German strong (and mixed) verbs' Präteritum, as news uses them; a compound verb ends in one
# ("eintraf", "stattfand", "überfiel"), so these are matched as word endings.
_DE_STRONG_PAST = tuple(
    _word_set(
        """griff griffen traf trafen kam kamen flog flogen fand fanden gab gaben ging gingen hielt
    hielten rief riefen sprach sprachen schlug schlugen fiel fielen starb starben schoss schossen
    warf warfen zog zogen stieg stiegen brach brachen nahm nahmen blieb blieben begann begannen
    wies wiesen stand standen sah sahen lag lagen bot boten floh flohen verlor verloren erhielt
    erhielten empfing empfingen hieß hießen schrieb schrieben lief liefen trat traten ließ ließen
    beschloss beschlossen stieß stießen sank sanken bat baten fuhr fuhren tat taten gewann
    gewannen lud luden entschied entschieden bracht brachte dachte kannte nannte sandte wandte
    wusste drang drangen schlossen schloss riss rissen fing fingen gelang trug trugen galt half
    schien schienen stritt stritten zwang zwangen schwand schwanden wich wichen litt litten
    schnitt bog bewog rang rangen sprang stahl"""
    )
)
# Reporting verbs in the present: news writes the day of a statement so ("Moscou revendique
# mardi la prise…", "Selenskyj fordert am Dienstag…", "Rusia afirma este martes…"), which may be
# the day before publication; such a sentence is no plan.
_PRESENT_REPORTING = {
    "de": _word_set(
        """sagt erklärt teilt berichtet meldet betont warnt fordert fordern kritisiert wirft
        bestätigt dementiert bestreitet verurteilt droht spricht ruft"""
    ),
    "fr": _word_set(
        """affirme affirment annonce annoncent déclare accuse accusent revendique indique dénonce
        estime assure rapporte confirme souligne juge appelle demande réclame exhorte condamne
        dément nie menace avertit"""
    ),
    "es": _word_set(
        """afirma afirman anuncia anuncian declara acusa acusan denuncia asegura dice informa
        confirma señala indica sostiene reclama pide exige condena niega advierte amenaza"""
    ),
    "ru": _word_set(
        """заявляет заявляют сообщает сообщают говорит утверждает отмечает подчеркивает
        подчёркивает обвиняет требует призывает осуждает отрицает"""
    ),
    "uk": _word_set(
        """заявляє заявляють повідомляє повідомляють каже стверджує наголошує звинувачує
        вимагає закликає засуджує заперечує"""
    ),
}
# Words in -te/-ten that are no Präteritum and stand in present-tense plans.
_DE_NOT_PAST = _word_set(
    """heute nächste nächsten bitte erste ersten mitten unten hinten meisten späten gesamten
    zweiten dritten beraten halten abhalten vertreten treten starten warten arbeiten gelten
    leiten bieten richten beobachten bitten achten raten fürchten"""
)
_DE_PAST_WORDS = _word_set(
    """hat haben hatte hatten habe ist sind war waren wurde wurden worden gewesen seit
    vergangene vergangenen vergangenes letzte letzten vorige vorigen gestern vorgestern zuvor
    zuletzt bereits damals"""
)
_FR_PAST_WORDS = _word_set(
    """a ont avait avaient eut eurent est sont était étaient fut furent s'est s’est depuis hier
    dernier dernière derniers dernières passé passée veille auparavant pris mis repris conquis
    détruit"""
)
_ES_PAST_WORDS = _word_set(
    """ha han había habían hubo fue fueron era eran estaba estaban desde ayer anoche pasado
    pasada anterior hace ya"""
)


# Words that only date the past in Russian and Ukrainian, and the past of "to be".
_RU_UK_PAST_WORDS = _word_set(
    """был была было были вчера позавчера накануне ранее прошлой прошлом прошлый прошлую
    минувшей минувшем уже був вчора позавчора напередодні раніше минулого минулої минулому
    минулий вже"""
)
_RU_UK_PAST_ENDINGS = ("л", "ла", "ло", "ли", "лся", "лась", "лось", "лись", "лася", "лися", "лося")

PRESENT_PLAN_LANGUAGES = frozenset(["de", "fr", "es", "ru", "uk"])
# The present of "to be" and the participles of planning: together a plan ("Für Freitag ist ein
# Treffen geplant", "La réunion est prévue vendredi", "La cumbre está prevista para el lunes").
PLANNED_PASSIVE = {
    "de": (
        _word_set("ist sind"),
        _word_set("geplant vorgesehen angesetzt anberaumt terminiert"),
    ),
    "fr": (
        _word_set("est sont"),
        _word_set("prévu prévue prévus prévues programmé programmée programmés programmées"),
    ),
    "es": (
        _word_set("está están"),
        _word_set("previsto prevista previstos previstas programado programada"),
    ),
}


def has_past_form(words: list[str], language: str) -> bool:
    """Whether the `words` of a German, French or Spanish sentence hold a past form: an
    auxiliary, a past tense or participle ending, or a word that only dates the past ("seit",
    "vergangenen", "depuis", "dernier", "desde", "pasado"); or a reporting verb in the present
    (`_PRESENT_REPORTING`). Other languages: True (no rule)."""
    reporting = _PRESENT_REPORTING.get(language)
    if reporting is None or any(word.lower() in reporting for word in words):
        return True
    past = _PAST_FORMS[language]
    return any(past(word) for word in words)


def _german_past(word: str) -> bool:
    lowered = word.lower()
    if lowered in _DE_PAST_WORDS:
        return True
    # Verbs are written in lower case ("Präsidenten", "Staaten" are nouns).
    if not word[0].islower() or lowered in _DE_NOT_PAST:
        return False
    # Strong Präteritum ("kam", "eintrafen"), weak ("lieferte", "stimmten", "meldeten"),
    # participles ("getötet", "gemeldet"). Not "-tet": "berichtet", "arbeitet" are present too.
    return word.endswith(_DE_STRONG_PAST) or (
        len(word) > 3
        and (
            word.endswith(("te", "ten"))
            or (word.startswith("ge") and word.endswith(("t", "en")) and len(word) > 5)
        )
    )


def _french_past(word: str) -> bool:
    lowered = word.lower()
    if lowered in _FR_PAST_WORDS:
        return True
    # Verbs are written in lower case, without elision ("Élysée", "l'UE" are none).
    if not word[0].islower() or "'" in word or "’" in word:
        return False
    # The imparfait ("menait", "visaient"). Not participles: "sécurité", "armée", "attendu"
    # ("le ministre, attendu vendredi à Kyiv") are none or no past, and the passé composé has
    # its auxiliary.
    return word.endswith(("ait", "aient"))


def _spanish_past(word: str) -> bool:
    if word.lower() in _ES_PAST_WORDS:
        return True
    if not word[0].islower():
        return False  # a name ("José", "Jersón"), or the sentence's first word
    # Pretérito ("atacó", "viajaron", "recibió") and imperfect ("avanzaban", "decía"). Not
    # participles: "enviado", "madrugada", "herido" are nouns as often, and the perfect has its
    # auxiliary.
    if len(word) <= 3 or word in _ES_NOUNS_IN_IA:
        return False
    return word.endswith(("ó", "aron", "ieron", "aba", "aban", "ía", "ían"))


_ES_NOUNS_IN_IA = _word_set("día vía policía energía economía compañía mayoría alcaldía")


def _cyrillic_past(word: str) -> bool:
    """The Russian and Ukrainian past ("посетил", "встретились", "відвідала") and, in Ukrainian,
    the masculine in -в ("відвідав", "зустрівся"); generously (a noun in -л, "посол", "сил",
    counts too: see the module's note). Not the genitive plural in -ів ("штурмів")."""
    lowered = word.lower()
    if lowered in _RU_UK_PAST_WORDS:
        return True
    if not word[0].islower() or len(word) < 4:
        return False
    if lowered.endswith(_RU_UK_PAST_ENDINGS):
        return True
    return lowered.endswith(("в", "вся")) and not lowered.endswith(("ів", "ов", "ев"))


_PAST_FORMS = {
    "de": _german_past,
    "fr": _french_past,
    "es": _spanish_past,
    "ru": _cyrillic_past,
    "uk": _cyrillic_past,
}


# Lower-case words in -t that are no verb.
_DE_NOT_VERBS = _word_set("nicht seit mit erst jetzt gut weit bisher zuletzt fast meist selbst")


def is_german_present_verb(word: str) -> bool:
    """A German third person singular present ("reist", "trifft", "verhandelt"): what a headline
    that is a sentence has and a verbless one ("Drohnenangriff auf Kiew am Montag") has not."""
    return len(word) > 3 and word[0].islower() and word.endswith("t") and word not in _DE_NOT_VERBS


# Stems of the verbs of what can be scheduled: journeys, meetings, talks, votes, signings,
# summits. Only these put a present-tense sentence's weekday ahead: a strike, a death or a battle
# told in the present ("Lundi, des frappes russes touchent Kharkiv et font trois morts",
# "Russische Drohnen greifen am Montag Kiew an") is a past deed in the historic present, since
# no one announces an attack's day.
_PLAN_STEMS = {
    "de": (
        "treff", "trifft", "reis", "besuch", "beraten", "berät", "verhandel", "tagt", "tagen",
        "statt", "stimmt", "stimmen", "unterzeichn", "unterschreib", "empfäng", "empfang",
        "flieg", "zusammen", "versammel", "eröffn", "beginn", "teilnehm", "teil",
    ),
    "fr": (
        "rend", "rencontr", "réun", "visit", "reçoi", "recev", "signe", "signer", "vote",
        "tient", "tienn", "tiendr", "particip", "entretien", "accueill", "déplac", "ouvre",
        "ouvrir", "arrive", "discut", "négoci", "s'envol", "voyag", "retrouv",
    ),
    "es": (
        "viaj", "reún", "reun", "visit", "recib", "firm", "vota", "celebr", "particip",
        "entrevist", "inaugur", "acog", "comparec", "llega", "negoci", "convoc", "asist",
        "trasla", "desplaz",
    ),
    # The imperfective present of a scheduled visit or meeting ("В пятницу Лавров посещает
    # Анкару", "У п'ятницю Сибіга відвідує Варшаву"); the perfective future has its own forms.
    "ru": (
        "посеща", "встреча", "провод", "проход", "приезжа", "прибыва", "вылета", "улета",
        "отправляет", "обсужда", "подписыва", "собира", "голосу", "принима", "участву",
        "выступа", "переговарива", "едет", "летит",
    ),
    "uk": (
        "відвіду", "зустріча", "провод", "відбува", "проход", "приїжджа", "прибува", "вируша",
        "виліта", "обговорю", "підпису", "збира", "голосу", "прийма", "бере", "виступа",
        "їде", "летить",
    ),
}  # fmt: skip


def has_plan_verb(words: list[str], language: str) -> bool:
    """Whether a German, French, Spanish, Russian or Ukrainian sentence names something one
    schedules (a journey, a meeting, talks, a vote, a signing) with a verb from `_PLAN_STEMS`;
    other languages: False."""
    stems = _PLAN_STEMS.get(language)
    if stems is None:
        return False
    return any(word.lower().startswith(stems) for word in words if word[:1].islower())
