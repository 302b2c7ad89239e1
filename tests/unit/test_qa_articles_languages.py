"""Acceptance pass, round 3: wire reports in German, French, Spanish, Russian and Ukrainian, two a
language, in each language's own time expressions ("vor zwei Tagen", "au printemps", "se reunirán
el jueves", "два дня назад", "навесні", "am 18. Dezember"). Written for these tests (no public
text); the answers were worked out by hand before the extraction was run.

Each article is extracted whole, through the pipeline, against its own publication date and
language; the checks pin what round 3 fixed (number words, seasons, the Spanish future, German
ordinal dates inside a sentence, denial verbs that govern a clause, actor names in each language).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.fixtures.qa_articles import (
    Article,
    Dated,
    Undated,
    assert_dated_among,
    assert_undated,
    events_from,
    extract_all,
    listing,
)
from timeline_app.domain.model import (
    EventStatus,
    EventType,
    ExtractedEvent,
    Precision,
    PublishedSource,
    RawArticle,
)
from timeline_app.extraction.actors import find_actors
from timeline_app.extraction.dates import find_time_expressions
from timeline_app.extraction.event_filters import dateline_heads
from timeline_app.extraction.pipeline import extract
from timeline_app.extraction.places import find_places
from timeline_app.extraction.sentences import split_sentences

DE_CHARKIW = Article(
    date(2025, 11, 20),
    language="de",
    text="""\
Russische Drohnen greifen Charkiw an – Selenskyj reist nach Ankara

KIEW, 20. November (Agentur) – Russland hat die ostukrainische Stadt Charkiw in der Nacht zu Mittwoch mit Dutzenden Drohnen angegriffen. Dabei wurden nach Angaben der Behörden mindestens vier Menschen getötet.

Am Dienstag hatte die russische Armee die Stadt Saporischschja mit Artillerie beschossen.

Präsident Wolodymyr Selenskyj traf am Mittwoch in Ankara den türkischen Präsidenten Recep Tayyip Erdoğan.

Deutschland hatte Anfang Oktober weitere Luftabwehrsysteme für die Ukraine zugesagt.

Ende August hatte eine ukrainische Drohne eine Raffinerie in der Region Samara getroffen.

Der Kreml bestritt vor zwei Tagen, dass es Gespräche mit Kiew in Istanbul gegeben habe.

Die Europäische Union will am 18. Dezember neue Sanktionen gegen Russland beschließen.
""",
)

DE_GENF = Article(
    date(2025, 11, 24),
    language="de",
    text="""\
Gespräche in Genf: Delegationen beraten über Friedensplan

GENF, 24. November (Agentur) – Vertreter der Ukraine und der USA haben am Sonntag in Genf über einen Friedensplan verhandelt.

Der US-Armeeminister Dan Driscoll hatte am 18. November Kiew besucht.

Vergangene Woche griff Russland die Stadt Ternopil mit Raketen an; dabei kamen mehr als 30 Menschen ums Leben.

Im Frühjahr waren ähnliche Verhandlungen in Istanbul gescheitert.

Moskau wies den Plan am Montag zurück.

Die EU-Außenminister wollen am Donnerstag in Brüssel über weitere Hilfen beraten.
""",
)

FR_ODESSA = Article(
    date(2025, 11, 19),
    language="fr",
    text="""\
Frappes russes sur Odessa : au moins trois morts

KIEV, 19 novembre (Agence) – La Russie a lancé dans la nuit de lundi à mardi une vaste attaque de drones contre Odessa, tuant au moins trois personnes, ont annoncé les autorités régionales.

Mardi, l'armée russe a bombardé la ville de Kherson.

Le président français Emmanuel Macron a reçu Volodymyr Zelensky à Paris lundi.

Les deux pays avaient signé fin août un accord sur la production de drones.

L'Union européenne a adopté la semaine dernière un nouveau paquet de sanctions contre Moscou.

Le Kremlin a démenti il y a deux jours toute implication dans le sabotage d'une voie ferrée en Pologne.
""",
)

FR_KIEV = Article(
    date(2025, 11, 21),
    language="fr",
    text="""\
Le secrétaire américain à l'Armée en visite à Kiev

KIEV, 21 novembre (Agence) – Le secrétaire américain à l'Armée, Dan Driscoll, s'est rendu à Kiev le 18 novembre pour des entretiens avec les dirigeants ukrainiens.

Au printemps, les États-Unis et l'Ukraine avaient signé un accord sur les minerais.

L'Allemagne a promis jeudi une aide militaire supplémentaire de 1,5 milliard d'euros.

Un drone ukrainien a frappé mercredi une raffinerie dans la région de Saratov.

Le Kremlin a rejeté vendredi le plan de paix européen.

Des négociations sont prévues la semaine prochaine à Genève.
""",
)

ES_KIEV = Article(
    date(2025, 11, 21),
    language="es",
    text="""\
Rusia ataca Kiev con drones y misiles

KIEV, 21 nov (Agencia) – Rusia lanzó el martes un ataque masivo con drones y misiles contra Kiev que dejó al menos seis muertos, informaron las autoridades.

Hace dos días, el ejército ruso bombardeó la ciudad de Jersón.

El presidente del Gobierno, Pedro Sánchez, anunció el jueves un nuevo paquete de ayuda militar para Ucrania.

A finales de agosto, un ataque ruso contra Kiev mató a 23 personas.

La Unión Europea aprobó la semana pasada nuevas sanciones contra Rusia.

El Kremlin negó el jueves cualquier responsabilidad en el ataque.
""",
)

ES_GINEBRA = Article(
    date(2025, 11, 24),
    language="es",
    text="""\
Conversaciones en Ginebra sobre el plan de paz

MADRID, 24 nov (Agencia) – El ministro de Exteriores, José Manuel Albares, visitó Kiev el 18 de noviembre.

En primavera, Ucrania y Estados Unidos firmaron un acuerdo sobre minerales.

El domingo, delegaciones de Ucrania y Estados Unidos mantuvieron conversaciones en Ginebra.

Un dron ucraniano atacó el sábado una refinería en la región de Krasnodar.

Los líderes europeos se reunirán el jueves en Bruselas.
""",
)

RU_VORONEZH = Article(
    date(2025, 11, 19),
    language="ru",
    text="""\
Беспилотники атаковали Воронеж

МОСКВА, 19 ноября (Агентство) – Украинские беспилотники в ночь на среду атаковали Воронеж, сообщил губернатор области.

Во вторник российская армия нанесла ракетный удар по Запорожью.

Два дня назад президент Турции Реджеп Тайип Эрдоган провел переговоры с Владимиром Зеленским в Анкаре.

В конце августа российские ракеты поразили Киев, погибли 23 человека.

На прошлой неделе Евросоюз ввел новые санкции против России.

Весной стороны провели переговоры в Стамбуле.

Кремль опроверг сообщения о новых переговорах в Стамбуле.
""",
)

RU_KIEV = Article(
    date(2025, 11, 21),
    language="ru",
    text="""\
Министр армии США посетил Киев

КИЕВ, 21 ноября (Агентство) – 18 ноября министр армии США Дэн Дрисколл посетил Киев.

В четверг Германия пообещала Украине новый пакет военной помощи.

В ночь на пятницу российская армия обстреляла Херсон.

В среду Песков заявил, что Москва не получала американский план.

Переговоры планируется провести на следующей неделе в Женеве.
""",
)

UK_KHARKIV = Article(
    date(2025, 11, 19),
    language="uk",
    text="""\
Росія атакувала Харків дронами

КИЇВ, 19 листопада (Агентство) – Росія в ніч на середу атакувала Харків ударними дронами, загинули четверо людей, повідомила обласна влада.

У вівторок російські війська обстріляли Херсон.

Два дні тому президент Володимир Зеленський відвідав Грецію.

Минулого тижня Євросоюз запровадив нові санкції проти Росії.

Наприкінці серпня російська ракета влучила у житловий будинок у Києві.

Кремль заперечив свою причетність до диверсії в Польщі.
""",
)

UK_KYIV = Article(
    date(2025, 11, 21),
    language="uk",
    text="""\
Міністр армії США прибув до Києва

КИЇВ, 21 листопада (Агентство) – 18 листопада міністр армії США Ден Дрісколл прибув до Києва.

Навесні Україна та США підписали угоду про надра.

У четвер Німеччина пообіцяла Україні новий пакет військової допомоги.

Українські дрони в ніч на четвер атакували нафтопереробний завод у Саратові.

Переговори мають відбутися наступного тижня у Женеві.
""",
)

ARTICLES = {
    "DE_CHARKIW": DE_CHARKIW,
    "DE_GENF": DE_GENF,
    "FR_ODESSA": FR_ODESSA,
    "FR_KIEV": FR_KIEV,
    "ES_KIEV": ES_KIEV,
    "ES_GINEBRA": ES_GINEBRA,
    "RU_VORONEZH": RU_VORONEZH,
    "RU_KIEV": RU_KIEV,
    "UK_KHARKIV": UK_KHARKIV,
    "UK_KYIV": UK_KYIV,
}


D = date
DAY, WEEK, MONTH, SEASON = Precision.DAY, Precision.WEEK, Precision.MONTH, Precision.SEASON
PLANNED, DENIED = EventStatus.PLANNED, EventStatus.DENIED

DATED = [
    Dated("DE_CHARKIW", "Am Dienstag hatte", EventType.SHELLING, D(2025, 11, 18), D(2025, 11, 18), DAY),
    Dated("DE_CHARKIW", "traf am Mittwoch", EventType.MEETING, D(2025, 11, 19), D(2025, 11, 19), DAY),
    Dated("DE_CHARKIW", "Anfang Oktober", EventType.AID, D(2025, 10, 1), D(2025, 10, 10), MONTH),
    Dated("DE_CHARKIW", "Ende August", EventType.DRONE_ATTACK, D(2025, 8, 21), D(2025, 8, 31), MONTH),
    # "am 18. Dezember" no longer ends the sentence at "18.": the plan keeps its day.
    Dated("DE_CHARKIW", "am 18. Dezember", EventType.SANCTIONS, D(2025, 12, 18), D(2025, 12, 18), DAY, PLANNED),
    Dated("DE_GENF", "am 18. November Kiew besucht", EventType.VISIT, D(2025, 11, 18), D(2025, 11, 18), DAY),
    Dated("DE_GENF", "Im Frühjahr", EventType.MEETING, D(2025, 3, 1), D(2025, 5, 31), SEASON),
    Dated("FR_ODESSA", "dans la nuit de lundi à mardi", EventType.DRONE_ATTACK, D(2025, 11, 17), D(2025, 11, 18), DAY),
    Dated("FR_ODESSA", "la semaine dernière", EventType.SANCTIONS, D(2025, 11, 10), D(2025, 11, 16), WEEK),
    Dated("FR_KIEV", "le 18 novembre", EventType.VISIT, D(2025, 11, 18), D(2025, 11, 18), DAY),
    Dated("FR_KIEV", "Au printemps", EventType.AGREEMENT, D(2025, 3, 1), D(2025, 5, 31), SEASON),
    Dated("FR_KIEV", "frappé mercredi", EventType.DRONE_ATTACK, D(2025, 11, 19), D(2025, 11, 19), DAY),
    Dated("FR_KIEV", "la semaine prochaine", EventType.MEETING, D(2025, 11, 24), D(2025, 11, 30), WEEK, PLANNED),
    Dated("ES_KIEV", "lanzó el martes", EventType.DRONE_ATTACK, D(2025, 11, 18), D(2025, 11, 18), DAY),
    # "Hace dos días": two days before Friday the 21st.
    Dated("ES_KIEV", "Hace dos días", EventType.AIRSTRIKE, D(2025, 11, 19), D(2025, 11, 19), DAY),
    Dated("ES_KIEV", "anunció el jueves", EventType.AID, D(2025, 11, 20), D(2025, 11, 20), DAY),
    Dated("ES_KIEV", "A finales de agosto", EventType.ATTACK, D(2025, 8, 21), D(2025, 8, 31), MONTH),
    Dated("ES_KIEV", "la semana pasada", EventType.SANCTIONS, D(2025, 11, 10), D(2025, 11, 16), WEEK),
    Dated("ES_GINEBRA", "En primavera", EventType.AGREEMENT, D(2025, 3, 1), D(2025, 5, 31), SEASON),
    Dated("ES_GINEBRA", "El domingo", EventType.MEETING, D(2025, 11, 23), D(2025, 11, 23), DAY),
    Dated("ES_GINEBRA", "atacó el sábado", EventType.DRONE_ATTACK, D(2025, 11, 22), D(2025, 11, 22), DAY),
    Dated("RU_VORONEZH", "Во вторник", EventType.MISSILE_STRIKE, D(2025, 11, 18), D(2025, 11, 18), DAY),
    Dated("RU_VORONEZH", "Два дня назад", EventType.MEETING, D(2025, 11, 17), D(2025, 11, 17), DAY),
    Dated("RU_VORONEZH", "В конце августа", EventType.MISSILE_STRIKE, D(2025, 8, 21), D(2025, 8, 31), MONTH),
    Dated("RU_VORONEZH", "На прошлой неделе", EventType.SANCTIONS, D(2025, 11, 10), D(2025, 11, 16), WEEK),
    Dated("RU_KIEV", "18 ноября министр", EventType.VISIT, D(2025, 11, 18), D(2025, 11, 18), DAY),
    Dated("RU_KIEV", "В четверг Германия", EventType.AID, D(2025, 11, 20), D(2025, 11, 20), DAY),
    Dated("UK_KHARKIV", "У вівторок", EventType.SHELLING, D(2025, 11, 18), D(2025, 11, 18), DAY),
    Dated("UK_KHARKIV", "Два дні тому", EventType.VISIT, D(2025, 11, 17), D(2025, 11, 17), DAY),
    Dated("UK_KHARKIV", "Минулого тижня", EventType.SANCTIONS, D(2025, 11, 10), D(2025, 11, 16), WEEK),
    Dated("UK_KYIV", "18 листопада міністр", EventType.VISIT, D(2025, 11, 18), D(2025, 11, 18), DAY),
    Dated("UK_KYIV", "Навесні", EventType.AGREEMENT, D(2025, 3, 1), D(2025, 5, 31), SEASON),
    Dated("UK_KYIV", "У четвер Німеччина", EventType.AID, D(2025, 11, 20), D(2025, 11, 20), DAY),
    # The night before a weekday: the evening before and the day itself, as English "overnight".
    Dated("DE_CHARKIW", "in der Nacht zu Mittwoch", EventType.DRONE_ATTACK, D(2025, 11, 18), D(2025, 11, 19), DAY),
    Dated("RU_VORONEZH", "в ночь на среду", EventType.DRONE_ATTACK, D(2025, 11, 18), D(2025, 11, 19), DAY),
    Dated("RU_KIEV", "В ночь на пятницу", EventType.SHELLING, D(2025, 11, 20), D(2025, 11, 21), DAY),
    Dated("UK_KHARKIV", "в ніч на середу", EventType.DRONE_ATTACK, D(2025, 11, 18), D(2025, 11, 19), DAY),
    Dated("UK_KYIV", "в ніч на четвер", EventType.DRONE_ATTACK, D(2025, 11, 19), D(2025, 11, 20), DAY),
    # "se reunirán el jueves": the future is in the verb, so Thursday is ahead and it is a plan.
    Dated("ES_GINEBRA", "se reunirán el jueves", EventType.MEETING, D(2025, 11, 27), D(2025, 11, 27), DAY, PLANNED),
    Dated("DE_GENF", "am Sonntag in Genf", EventType.MEETING, D(2025, 11, 23), D(2025, 11, 23), DAY),
    Dated("DE_GENF", "Vergangene Woche griff", EventType.MISSILE_STRIKE, D(2025, 11, 17), D(2025, 11, 23), WEEK),
    Dated("DE_GENF", "am Donnerstag in Brüssel", EventType.MEETING, D(2025, 11, 27), D(2025, 11, 27), DAY, PLANNED),
    # The denial itself is a statement of its day.
    Dated("FR_ODESSA", "Le Kremlin a démenti", EventType.STATEMENT, D(2025, 11, 17), D(2025, 11, 17), DAY),
    Dated("ES_KIEV", "El Kremlin negó", EventType.STATEMENT, D(2025, 11, 20), D(2025, 11, 20), DAY),
    # "L'Allemagne": the actor behind an elided article.
    Dated("FR_KIEV", "L'Allemagne a promis", EventType.AID, D(2025, 11, 20), D(2025, 11, 20), DAY),
    Dated("UK_KHARKIV", "Наприкінці серпня", EventType.MISSILE_STRIKE, D(2025, 8, 21), D(2025, 8, 31), MONTH),
    # "в Женеве", "у Женеві": the place in its locative is the anchor of talks nobody is named at.
    Dated("RU_KIEV", "в Женеве", EventType.MEETING, D(2025, 11, 24), D(2025, 11, 30), WEEK, PLANNED),
    Dated("UK_KYIV", "у Женеві", EventType.MEETING, D(2025, 11, 24), D(2025, 11, 30), WEEK, PLANNED),
    Dated("RU_VORONEZH", "Весной стороны", EventType.MEETING, D(2025, 3, 1), D(2025, 5, 31), SEASON),
]  # fmt: skip

UNDATED = [
    # "Der Kreml bestritt vor zwei Tagen, dass es Gespräche … gegeben habe": the day of the denial.
    Undated("DE_CHARKIW", "Der Kreml bestritt", EventType.MEETING, DENIED),
    # "negó el jueves cualquier responsabilidad en el ataque": no attack on Thursday.
    Undated("ES_KIEV", "El Kremlin negó", EventType.ATTACK, DENIED),
    Undated("RU_VORONEZH", "Кремль опроверг", EventType.MEETING, DENIED),
]


@pytest.fixture(scope="module")
def events_by_article() -> dict[str, list[ExtractedEvent]]:
    return extract_all(ARTICLES)


@pytest.mark.parametrize("expected", DATED, ids=[f"{d.article}:{d.sentence_has}" for d in DATED])
def test_event_has_its_date_and_precision(
    events_by_article: dict[str, list[ExtractedEvent]], expected: Dated
) -> None:
    assert_dated_among(
        events_by_article[expected.article], ARTICLES[expected.article].text, expected
    )


@pytest.mark.parametrize(
    "expected", UNDATED, ids=[f"{u.article}:{u.sentence_has}" for u in UNDATED]
)
def test_event_stays_undated(
    events_by_article: dict[str, list[ExtractedEvent]], expected: Undated
) -> None:
    assert_undated(events_by_article[expected.article], expected)


def test_no_plan_or_denial_is_dated_in_the_past(
    events_by_article: dict[str, list[ExtractedEvent]],
) -> None:
    for name, events in events_by_article.items():
        published = ARTICLES[name].published
        for event in events:
            if event.status in (PLANNED, DENIED) and event.span is not None:
                assert event.span.end >= published, (name, event.title, event.span)


def test_actors_are_named_in_each_language(
    events_by_article: dict[str, list[ExtractedEvent]],
) -> None:
    """ "Евросоюз", "Німеччина", "Unión Europea", "Deutschland" are the actors of the English table."""
    expected = {
        ("RU_VORONEZH", "Евросоюз"): "European Union",
        ("UK_KYIV", "Німеччина"): "Germany",
        ("ES_KIEV", "La Unión Europea"): "European Union",
        ("DE_CHARKIW", "Deutschland hatte"): "Germany",
        ("RU_KIEV", "Дрисколл"): "Dan Driscoll",
    }
    for (name, sentence_has), actor in expected.items():
        events = [e for e in events_by_article[name] if sentence_has in e.sentence]
        assert events, (name, sentence_has)
        assert any(actor in [a.name for a in e.actors] for e in events), listing(events)


def _expressions(text: str, published: date, language: str) -> dict[str, tuple[date, date]]:
    found = find_time_expressions(text, published, language)
    return {t.text: (t.span.start, t.span.end) for t in found if t.span is not None}


@pytest.mark.parametrize(
    ("language", "text", "phrase", "first"),
    [
        ("de", "Der Kreml bestritt das vor zwei Tagen.", "vor zwei Tagen", D(2025, 11, 18)),
        ("fr", "Le Kremlin l'a démenti il y a trois jours.", "il y a trois jours", D(2025, 11, 17)),
        ("es", "Hace dos días, el ejército bombardeó Jersón.", "Hace dos días", D(2025, 11, 18)),
        ("ru", "Два дня назад армия обстреляла Херсон.", "Два дня назад", D(2025, 11, 18)),
        ("uk", "Дві тижні тому", "Дві тижні тому", D(2025, 11, 3)),
        ("uk", "Три дні тому армія обстріляла Херсон.", "Три дні тому", D(2025, 11, 17)),
    ],
)
def test_numbers_written_out_count_back(language: str, text: str, phrase: str, first: date) -> None:
    found = _expressions(text, D(2025, 11, 20), language)
    assert phrase in found, found
    assert found[phrase][0] == first


def test_a_number_word_counts_no_days_forward() -> None:
    """ "за два дні" is as often "over two days" as "in two days": only "ago" takes words."""
    found = _expressions("За два дні загинули десять людей.", D(2025, 11, 20), "uk")
    assert not found, found


@pytest.mark.parametrize(
    ("language", "text", "phrase", "span"),
    [
        ("de", "Im Frühjahr scheiterten Gespräche.", "Im Frühjahr", (D(2025, 3, 1), D(2025, 5, 31))),
        ("fr", "Au printemps 2024, un accord fut signé.", "Au printemps 2024", (D(2024, 3, 1), D(2024, 5, 31))),
        ("es", "En verano, los ataques aumentaron.", "En verano", (D(2025, 6, 1), D(2025, 8, 31))),
        ("ru", "Осенью стороны провели переговоры.", "Осенью", (D(2025, 9, 1), D(2025, 11, 30))),
        ("uk", "Взимку 2024 року тривали бої.", "Взимку 2024 року", (D(2024, 12, 1), D(2025, 2, 28))),
    ],
)  # fmt: skip
def test_seasons_in_each_language(
    language: str, text: str, phrase: str, span: tuple[date, date]
) -> None:
    found = _expressions(text, D(2025, 11, 20), language)
    assert found.get(phrase) == span, found


def test_a_bare_season_word_is_no_date() -> None:
    """ "le Printemps arabe" is no spring of any year."""
    found = _expressions("Le Printemps arabe a changé la région.", D(2025, 11, 20), "fr")
    assert not found, found


@pytest.mark.parametrize(
    ("language", "text", "weekday"),
    [
        ("es", "Los líderes europeos se reunirán el jueves en Bruselas.", "jueves"),
        ("fr", "Les ministres se réuniront jeudi à Bruxelles.", "jeudi"),
    ],
)
def test_a_future_verb_puts_the_weekday_ahead(language: str, text: str, weekday: str) -> None:
    # Published Monday 2025-11-24: the Thursday to come, not the one before.
    found = _expressions(text, D(2025, 11, 24), language)
    assert found.get(weekday) == (D(2025, 11, 27), D(2025, 11, 27)), found


def test_a_german_ordinal_day_ends_no_sentence() -> None:
    text = (
        "KIEW, 20. November (dpa) – Die EU will am 18. Dezember beraten. Am 3. Oktober 2025 nicht."
    )
    sentences = [s.text for s in split_sentences(text)]
    assert sentences == [
        "KIEW, 20. November (dpa) – Die EU will am 18. Dezember beraten.",
        "Am 3. Oktober 2025 nicht.",
    ]


def test_a_number_ending_a_sentence_before_another_word_still_ends_it() -> None:
    assert len(split_sentences("The toll rose to 12. Officials said more died.")) == 2


def test_the_dateline_city_is_no_place_in_day_first_datelines(
    events_by_article: dict[str, list[ExtractedEvent]],
) -> None:
    """ "KIEW, 20. November (Agentur) –" is where the story was filed; "Dabei" is no Dubai."""
    lead = [e for e in events_by_article["DE_CHARKIW"] if "Charkiw" in e.sentence]
    assert lead, listing(events_by_article["DE_CHARKIW"])
    for event in lead:
        assert not {"Kyiv", "Dubai"} & {p.name for p in event.places}, event.places


@pytest.mark.parametrize(
    "text",
    [
        "KIEW, 20. November (dpa) – Russland griff an.",
        "МОСКВА, 19 ноября (Агентство) – Армия атаковала.",
        "MADRID, 24 nov (Agencia) – El ministro visitó Kiev.",
    ],
)
def test_day_first_datelines_are_found(text: str) -> None:
    heads = dateline_heads(text, [0])
    assert heads and text[heads[0][0] : heads[0][1]] == text.split(",")[0]


def test_an_elided_article_hides_no_actor() -> None:
    names = [m.actor.name for m in find_actors("L'Allemagne et d'Ukraine, mais Russia's army.")]
    assert names == ["Germany", "Ukraine", "Russia"]


@pytest.mark.parametrize(
    ("language", "text", "phrase", "span"),
    [
        ("de", "In der Nacht zu Mittwoch griffen Drohnen an.", "In der Nacht zu Mittwoch", (D(2025, 11, 18), D(2025, 11, 19))),
        ("ru", "В ночь на пятницу армия обстреляла Херсон.", "В ночь на пятницу", (D(2025, 11, 20), D(2025, 11, 21))),
        ("uk", "У ніч на понеділок дрони атакували Одесу.", "У ніч на понеділок", (D(2025, 11, 16), D(2025, 11, 17))),
    ],
)  # fmt: skip
def test_the_night_before_a_weekday_spans_both_days(
    language: str, text: str, phrase: str, span: tuple[date, date]
) -> None:
    found = _expressions(text, D(2025, 11, 21), language)
    assert found.get(phrase) == span, found


def test_next_week_is_no_offensive(events_by_article: dict[str, list[ExtractedEvent]]) -> None:
    """Ukrainian "наступного тижня" (next week) is no "наступ" (offensive)."""
    events = events_from(
        events_by_article["UK_KYIV"], "наступного тижня", EventType.GROUND_FIGHTING
    )
    assert not events, listing(events)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("переговоры в Женеве", "Geneva"),
        ("прибув до Києва", "Kyiv"),
        ("у Києві", "Kyiv"),
        ("в Харкові", "Kharkiv"),
        ("в Харькове", "Kharkiv"),
        ("атакували Одесу", "Odesa"),
        ("под Воронежем", "Voronezh"),
        ("Russland hat die ostukrainische Stadt Charkiw angegriffen", "Kharkiv"),
        ("eine Raffinerie in der Region Samara", "Samara"),
    ],
)
def test_places_are_found_in_every_case_and_after_a_german_noun(text: str, place: str) -> None:
    assert [p.place.name for p in find_places(text)] == [place]


@pytest.mark.parametrize("text", ["Путина и Трампа", "Сегодня Мира нет", "В Кремле заявили"])
def test_inflected_words_are_no_towns(text: str) -> None:
    assert find_places(text) == []


@pytest.mark.parametrize(
    ("language", "text", "title"),
    [
        ("de", "Am Dienstag hatte die Armee die Dörfer mit Artillerie beschossen.", "Shelling"),
        (
            "de",
            "Vergangene Woche griff Russland die Stadt Ternopil mit Raketen an; dabei kamen "
            "mehr als 30 Menschen ums Leben.",
            "Russia strikes Ternopil with missiles",
        ),
    ],
)
def test_titles_are_in_english_words(language: str, text: str, title: str) -> None:
    """German capitalises every noun: "Raketen", "Artillerie" are no named systems or subjects."""
    raw = RawArticle(
        text=text,
        language=language,
        published=D(2025, 11, 24),
        published_source=PublishedSource.OPTION,
    )
    assert [e.title for e in extract(raw).events] == [title]


@pytest.mark.parametrize(
    ("language", "text", "phrase"),
    [
        ("es", "El ministro visitó Kiev el 18 de noviembre.\n\nEn primavera", "18 de noviembre"),
        ("es", "Llegó el 18 de noviembre. El ministro habló.", "18 de noviembre"),
        ("de", "Am 3. Okt. wurde verhandelt.", "3. Okt."),
        ("fr", "Le 21 nov. 2025 à Paris.", "21 nov. 2025"),
    ],
)
def test_a_full_stop_after_a_month_is_the_sentence_s(language: str, text: str, phrase: str) -> None:
    """The full stop of an abbreviation belongs to the date; the one ending a sentence does not."""
    found = _expressions(text, D(2025, 11, 24), language)
    assert phrase in found, found
