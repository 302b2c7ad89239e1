"""Acceptance pass, round 4: agency copy (dpa, AFP, EFE, TASS, Ukrinform, Ukrainska Pravda) in
German, French, Spanish, Russian and Ukrainian, with the time words wire copy leans on: parts of
a day ("am späten Montagabend", "mardi soir", "в понедельник вечером"), nights ("in der Nacht
auf Sonntag", "у ніч проти неділі", "в ночь на 17 ноября"), weekends ("am Wochenende", "ce
week-end", "в минувшие выходные"), the day before ("tags zuvor", "la veille", "накануне"), two
days of one month ("am 16. und 17. November", "16-17 ноября") and parts of a month
("mi-novembre"). Written for these tests (no public text); every date and precision was decided
by hand before the extraction was run. All reports are filed on Wednesday 19 November 2025.

Conventions the answers follow (as the English rules do): a night is the evening before and the
day it leads into; a weekend is its Saturday and Sunday at week precision; "seit Freitag" dates
the Friday it counts from; "the day before" counts from the last day the story named, else from
publication; the dateline's day is the filing day, never the date of a lead that names its own.
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
    extract_all,
)
from timeline_app.domain.model import EventStatus, EventType, ExtractedEvent, Precision
from timeline_app.extraction.dates import find_time_expressions

P = date(2025, 11, 19)  # a Wednesday
D = date
DAY, WEEK, MONTH = Precision.DAY, Precision.WEEK, Precision.MONTH
T = EventType
PLANNED = EventStatus.PLANNED

ARTICLES: dict[str, Article] = {
    "DE_KIEW": Article(
        P,
        language="de",
        text="""\
Drohnenangriff auf Kiew – Tote in Odessa

KIEW (dpa) - Russland hat die ukrainische Hauptstadt Kiew am späten Montagabend mit Dutzenden Drohnen angegriffen. Nach Angaben der Behörden wurden dabei zwei Menschen getötet.

In den frühen Morgenstunden des Dienstags wurde die Hafenstadt Odessa mit Raketen angegriffen.

Am Wochenende hatte die russische Armee die Stadt Saporischschja mit Artillerie beschossen.

Die Bundesregierung hatte vergangene Woche weitere Luftabwehrsysteme für die Ukraine zugesagt.
""",
    ),
    "DE_MOSKAU": Article(
        P,
        language="de",
        text="""\
Moskau meldet Eroberung von Dörfern

MOSKAU, 19. November (dpa) - Die russische Armee hat nach eigenen Angaben am Montag zwei Dörfer im Gebiet Donezk erobert.

Tags zuvor hatte Russland die Stadt Sumy mit Gleitbomben bombardiert.

In der Nacht auf Sonntag hatte die ukrainische Armee eine Raffinerie im Gebiet Samara mit Drohnen angegriffen.

Anfang November hatte die ukrainische Armee die Stadt Belgorod mit Raketen angegriffen.
""",
    ),
    "DE_SUDAN": Article(
        P,
        language="de",
        text="""\
Kämpfe im Sudan: Hunderte Tote in Darfur

KHARTUM (dpa) - Bei Kämpfen in Darfur wurden am 16. und 17. November Hunderte Menschen getötet.

Seit Freitag haben die RSF-Milizen die Stadt Kadugli mehrfach mit Drohnen angegriffen.

Mitte November hatte die Armee die Stadt Bara mit Artillerie beschossen.

Die Afrikanische Union will Ende November in Addis Abeba über den Konflikt beraten.
""",
    ),
    "DE_SAHEL": Article(
        P,
        language="de",
        text="""\
Anschlag in Mali

BAMAKO (dpa) - Bei einem Anschlag auf einen Militärkonvoi im Zentrum Malis sind am Dienstag mindestens zwölf Soldaten getötet worden.

Am Vortag hatten Dschihadisten einen Treibstoffkonvoi bei Kayes angegriffen.
""",
    ),
    "FR_KIEV": Article(
        P,
        language="fr",
        text="""\
Nuit d'attaques sur l'Ukraine

PARIS (AFP) - La Russie a lancé dans la nuit de samedi à dimanche une vaste attaque de drones contre Kharkiv, tuant trois personnes, selon les autorités.

L'armée russe a bombardé mardi soir la ville de Kherson.

Ce week-end, des drones ukrainiens ont frappé une raffinerie dans la région de Riazan.

La semaine dernière, les ministres des Affaires étrangères de l'UE ont adopté de nouvelles sanctions contre Moscou.
""",
    ),
    "FR_MALI": Article(
        P,
        language="fr",
        text="""\
Mali : attaque jihadiste contre un convoi

BAMAKO (AFP) - Des jihadistes ont attaqué le 16 novembre un convoi de camions-citernes près de Kayes, ont indiqué des sources sécuritaires.

La veille, l'armée malienne avait mené des frappes aériennes dans la région de Tombouctou.

Depuis vendredi, des combats opposent l'armée aux rebelles près de Kidal.

À la mi-novembre, l'armée malienne avait bombardé des positions rebelles près de Kidal.
""",
    ),
    "FR_GAZA": Article(
        P,
        language="fr",
        text="""\
Gaza : frappes israéliennes malgré la trêve

JERUSALEM (AFP) - Des frappes israéliennes ont tué mardi soir au moins 25 personnes dans la bande de Gaza, selon la défense civile.

À la veille du vote au Conseil de sécurité, le Hamas a rejeté le plan américain.
""",
    ),
    "ES_KIEV": Article(
        P,
        language="es",
        text="""\
Rusia ataca Kiev con drones

Madrid, 19 nov (EFE).- Rusia lanzó la madrugada del martes un ataque con drones contra Kiev que dejó al menos cuatro muertos, informaron las autoridades ucranianas.

El pasado lunes, el ejército ruso bombardeó la ciudad de Járkov.

Este fin de semana, drones ucranianos atacaron una refinería en la región de Volgogrado.

La noche del sábado al domingo, Rusia lanzó 150 drones contra Ucrania.
""",
    ),
    "ES_SUDAN": Article(
        P,
        language="es",
        text="""\
Combates en Sudán

Jartum, 19 nov (EFE).- Las Fuerzas de Apoyo Rápido atacaron el lunes con drones la ciudad de El Obeid.

El día anterior, el ejército sudanés bombardeó posiciones paramilitares en Kordofán.

Desde el viernes, los combates en torno a Babanusa han dejado decenas de muertos.

A mediados de noviembre, las FAR atacaron con drones la ciudad de Kadugli.
""",
    ),
    "RU_MOSCOW": Article(
        P,
        language="ru",
        text="""\
ПВО сбили беспилотники над регионами России

МОСКВА, 19 ноября. /ТАСС/. Силы ПВО в ночь на 17 ноября сбили 50 украинских беспилотников над регионами России, сообщили в Минобороны РФ.

Накануне ВСУ атаковали Белгород с помощью беспилотников.

В минувшие выходные украинские дроны атаковали нефтебазу в Новороссийске.

В понедельник вечером беспилотник атаковал подстанцию в Курской области.
""",
    ),
    "RU_FRONT": Article(
        P,
        language="ru",
        text="""\
Российские войска продвинулись в Запорожской области

МОСКВА, 19 ноября. /ТАСС/. Российские войска во вторник освободили село в Запорожской области, сообщили в Минобороны.

16-17 ноября российские войска нанесли удары по Харькову.

На прошлой неделе ВСУ обстреляли Донецк из артиллерии.

В середине ноября российская армия нанесла ракетный удар по Днепру.

С пятницы ВСУ обстреляли Белгород более 40 раз.
""",
    ),
    "RU_SUMMIT": Article(
        P,
        language="ru",
        text="""\
Путин провел переговоры

МОСКВА, 19 ноября. /ТАСС/. Президент России Владимир Путин во вторник провел переговоры с президентом Казахстана в Кремле.

Накануне визита в Москву президент Казахстана встретился с премьер-министром Михаилом Мишустиным.
""",
    ),
    "UK_KYIV": Article(
        P,
        language="uk",
        text="""\
Росіяни атакували Київ дронами

КИЇВ. 19 листопада. УКРІНФОРМ. Російські війська у понеділок увечері атакували Київ ударними дронами, загинули двоє людей.

Напередодні росіяни обстріляли Херсон з артилерії.

У ніч проти неділі ворог атакував Одесу балістичними ракетами.

В ніч на 17 листопада сили ППО збили 60 російських дронів.
""",
    ),
    "UK_FRONT": Article(
        P,
        language="uk",
        text="""\
Сили оборони відбили штурми

Київ (Українська правда) - Минулого тижня російські війська обстріляли Запоріжжя з артилерії.

Наприкінці листопада у Брюсселі відбудеться зустріч міністрів оборони країн НАТО.
""",
    ),
    "DE_LIBANON": Article(
        P,
        language="de",
        text="""\
Israel greift Ziele im Libanon an

TEL AVIV (dpa) - Israel hat am Montagabend Ziele im Süden des Libanons bombardiert.

Am Vortag hatte die Hisbollah nach israelischen Angaben Raketen auf Nordisrael abgefeuert.
""",
    ),
    "DE_NIGER": Article(
        P,
        language="de",
        text="""\
Angriff auf Armeeposten in Niger

NIAMEY (dpa) - Dschihadisten haben am Wochenende die Stadt Tillabéri angegriffen.

Die Regierung in Niamey will am kommenden Wochenende mit Mali und Burkina Faso über die Lage beraten.
""",
    ),
    "FR_SOUDAN": Article(
        P,
        language="fr",
        text="""\
Soudan : les paramilitaires attaquent El-Obeid

PORT-SOUDAN (AFP) - Les paramilitaires des FSR ont attaqué dimanche la ville d'El-Obeid avec des drones.

La veille, l'armée soudanaise avait bombardé leurs positions au Kordofan.
""",
    ),
    "FR_LIBAN": Article(
        P,
        language="fr",
        text="""\
Frappes israéliennes au Liban

BEYROUTH (AFP) - Israël a mené mardi soir des frappes aériennes sur le sud du Liban.

Les ministres européens se réuniront le week-end prochain à Bruxelles.
""",
    ),
    "ES_GAZA": Article(
        P,
        language="es",
        text="""\
Bombardeo en Gaza

Jerusalén, 19 nov (EFE).- El ejército israelí bombardeó la madrugada del martes el campo de refugiados de Nuseirat, en el centro de Gaza.
""",
    ),
    "ES_MALI": Article(
        P,
        language="es",
        text="""\
Ataque yihadista en Mali

Bamako, 19 nov (EFE).- Yihadistas atacaron el pasado lunes un convoy militar en el centro de Mali.

El día anterior, el ejército maliense bombardeó posiciones yihadistas cerca de Mopti.
""",
    ),
    "RU_SUDAN": Article(
        P,
        language="ru",
        text="""\
Бои в Судане

КАИР, 19 ноября. /ТАСС/. Силы быстрого реагирования на прошлой неделе атаковали город Эль-Фашер.
""",
    ),
    "RU_BRYANSK": Article(
        P,
        language="ru",
        text="""\
Атака беспилотников на Брянскую область

МОСКВА, 19 ноября. /ТАСС/. ВСУ в ночь на вторник атаковали беспилотниками Брянскую область.
""",
    ),
    "UK_ODESA": Article(
        P,
        language="uk",
        text="""\
Ракетний удар по Одесі

ОДЕСА. 19 листопада. УКРІНФОРМ. Росіяни минулого тижня атакували Одесу балістичними ракетами.
""",
    ),
    "UK_DNIPRO": Article(
        P,
        language="uk",
        text="""\
Удар по Дніпру

ДНІПРО. 19 листопада. УКРІНФОРМ. Росіяни у понеділок увечері вдарили ракетами по Дніпру.

Напередодні ворог атакував дронами Запоріжжя.
""",
    ),
    "UK_SUMMIT": Article(
        P,
        language="uk",
        text="""\
Зеленський у Туреччині

КИЇВ. 19 листопада. УКРІНФОРМ. Президент Володимир Зеленський у середу зустрівся в Анкарі з президентом Туреччини.

Напередодні зустрічі міністр закордонних справ провів переговори з турецьким колегою.
""",
    ),
    "DE_GAZA": Article(
        P,
        language="de",
        text="""\
Israelische Luftangriffe im Gazastreifen

GAZA (dpa) - In der Nacht zum 17. November hat Israel Ziele im Gazastreifen bombardiert.
""",
    ),
    "ES_ZAPORIYIA": Article(
        P,
        language="es",
        text="""\
Ataque ruso contra Zaporiyia

Kiev, 19 nov (EFE).- Rusia atacó el pasado fin de semana la ciudad de Zaporiyia con misiles.
""",
    ),
}

DATED = [
    # German (dpa)
    Dated(
        "DE_KIEW", "am späten Montagabend", T.DRONE_ATTACK, D(2025, 11, 17), D(2025, 11, 17), DAY
    ),
    Dated(
        "DE_KIEW",
        "Morgenstunden des Dienstags",
        T.MISSILE_STRIKE,
        D(2025, 11, 18),
        D(2025, 11, 18),
        DAY,
    ),
    Dated("DE_KIEW", "Am Wochenende", T.SHELLING, D(2025, 11, 15), D(2025, 11, 16), WEEK),
    Dated("DE_KIEW", "vergangene Woche", T.AID, D(2025, 11, 10), D(2025, 11, 16), WEEK),
    Dated(
        "DE_MOSKAU",
        "am Montag zwei Dörfer",
        T.GROUND_FIGHTING,
        D(2025, 11, 17),
        D(2025, 11, 17),
        DAY,
    ),
    Dated("DE_MOSKAU", "Tags zuvor", T.AIRSTRIKE, D(2025, 11, 16), D(2025, 11, 16), DAY),
    Dated("DE_MOSKAU", "Nacht auf Sonntag", T.DRONE_ATTACK, D(2025, 11, 15), D(2025, 11, 16), DAY),
    Dated("DE_MOSKAU", "Anfang November", T.MISSILE_STRIKE, D(2025, 11, 1), D(2025, 11, 10), MONTH),
    Dated("DE_SUDAN", "am 16. und 17. November", T.ATTACK, D(2025, 11, 16), D(2025, 11, 17), DAY),
    Dated("DE_SUDAN", "Seit Freitag", T.DRONE_ATTACK, D(2025, 11, 14), D(2025, 11, 14), DAY),
    Dated("DE_SUDAN", "Mitte November", T.SHELLING, D(2025, 11, 11), D(2025, 11, 20), MONTH),
    Dated("DE_SUDAN", "Ende November", T.MEETING, D(2025, 11, 21), D(2025, 11, 30), MONTH, PLANNED),
    Dated("DE_SAHEL", "am Dienstag", T.EXPLOSION, D(2025, 11, 18), D(2025, 11, 18), DAY),
    Dated("DE_SAHEL", "Am Vortag", T.ATTACK, D(2025, 11, 17), D(2025, 11, 17), DAY),
    Dated("DE_LIBANON", "am Montagabend", T.AIRSTRIKE, D(2025, 11, 17), D(2025, 11, 17), DAY),
    Dated("DE_LIBANON", "Am Vortag", T.MISSILE_STRIKE, D(2025, 11, 16), D(2025, 11, 16), DAY),
    Dated("DE_NIGER", "am Wochenende", T.ATTACK, D(2025, 11, 15), D(2025, 11, 16), WEEK),
    Dated(
        "DE_NIGER",
        "am kommenden Wochenende",
        T.MEETING,
        D(2025, 11, 22),
        D(2025, 11, 23),
        WEEK,
        PLANNED,
    ),
    Dated("DE_GAZA", "Nacht zum 17. November", T.AIRSTRIKE, D(2025, 11, 16), D(2025, 11, 17), DAY),
    # French (AFP)
    Dated(
        "FR_KIEV",
        "nuit de samedi à dimanche",
        T.DRONE_ATTACK,
        D(2025, 11, 15),
        D(2025, 11, 16),
        DAY,
    ),
    Dated("FR_KIEV", "mardi soir", T.AIRSTRIKE, D(2025, 11, 18), D(2025, 11, 18), DAY),
    Dated("FR_KIEV", "Ce week-end", T.DRONE_ATTACK, D(2025, 11, 15), D(2025, 11, 16), WEEK),
    Dated("FR_KIEV", "La semaine dernière", T.SANCTIONS, D(2025, 11, 10), D(2025, 11, 16), WEEK),
    Dated("FR_MALI", "le 16 novembre", T.ATTACK, D(2025, 11, 16), D(2025, 11, 16), DAY),
    Dated("FR_MALI", "La veille", T.AIRSTRIKE, D(2025, 11, 15), D(2025, 11, 15), DAY),
    Dated("FR_MALI", "Depuis vendredi", T.GROUND_FIGHTING, D(2025, 11, 14), D(2025, 11, 14), DAY),
    Dated("FR_MALI", "mi-novembre", T.AIRSTRIKE, D(2025, 11, 11), D(2025, 11, 20), MONTH),
    Dated("FR_GAZA", "mardi soir", T.ATTACK, D(2025, 11, 18), D(2025, 11, 18), DAY),
    Dated("FR_SOUDAN", "dimanche", T.DRONE_ATTACK, D(2025, 11, 16), D(2025, 11, 16), DAY),
    Dated("FR_SOUDAN", "La veille", T.AIRSTRIKE, D(2025, 11, 15), D(2025, 11, 15), DAY),
    Dated("FR_LIBAN", "mardi soir", T.AIRSTRIKE, D(2025, 11, 18), D(2025, 11, 18), DAY),
    Dated(
        "FR_LIBAN", "week-end prochain", T.MEETING, D(2025, 11, 22), D(2025, 11, 23), WEEK, PLANNED
    ),
    # Spanish (EFE)
    Dated("ES_KIEV", "madrugada del martes", T.DRONE_ATTACK, D(2025, 11, 18), D(2025, 11, 18), DAY),
    Dated("ES_KIEV", "El pasado lunes", T.AIRSTRIKE, D(2025, 11, 17), D(2025, 11, 17), DAY),
    Dated("ES_KIEV", "Este fin de semana", T.DRONE_ATTACK, D(2025, 11, 15), D(2025, 11, 16), WEEK),
    Dated(
        "ES_KIEV",
        "noche del sábado al domingo",
        T.DRONE_ATTACK,
        D(2025, 11, 15),
        D(2025, 11, 16),
        DAY,
    ),
    Dated("ES_SUDAN", "el lunes con drones", T.DRONE_ATTACK, D(2025, 11, 17), D(2025, 11, 17), DAY),
    Dated("ES_SUDAN", "El día anterior", T.AIRSTRIKE, D(2025, 11, 16), D(2025, 11, 16), DAY),
    Dated("ES_SUDAN", "Desde el viernes", T.GROUND_FIGHTING, D(2025, 11, 14), D(2025, 11, 14), DAY),
    Dated(
        "ES_SUDAN",
        "A mediados de noviembre",
        T.DRONE_ATTACK,
        D(2025, 11, 11),
        D(2025, 11, 20),
        MONTH,
    ),
    Dated("ES_GAZA", "madrugada del martes", T.AIRSTRIKE, D(2025, 11, 18), D(2025, 11, 18), DAY),
    Dated("ES_MALI", "el pasado lunes", T.ATTACK, D(2025, 11, 17), D(2025, 11, 17), DAY),
    Dated("ES_MALI", "El día anterior", T.AIRSTRIKE, D(2025, 11, 16), D(2025, 11, 16), DAY),
    Dated(
        "ES_ZAPORIYIA",
        "el pasado fin de semana",
        T.MISSILE_STRIKE,
        D(2025, 11, 15),
        D(2025, 11, 16),
        WEEK,
    ),
    # Russian (TASS)
    Dated(
        "RU_MOSCOW", "в ночь на 17 ноября", T.DRONE_ATTACK, D(2025, 11, 16), D(2025, 11, 17), DAY
    ),
    Dated("RU_MOSCOW", "Накануне ВСУ", T.DRONE_ATTACK, D(2025, 11, 18), D(2025, 11, 18), DAY),
    Dated(
        "RU_MOSCOW", "В минувшие выходные", T.DRONE_ATTACK, D(2025, 11, 15), D(2025, 11, 16), WEEK
    ),
    Dated(
        "RU_MOSCOW", "В понедельник вечером", T.DRONE_ATTACK, D(2025, 11, 17), D(2025, 11, 17), DAY
    ),
    Dated(
        "RU_FRONT",
        "во вторник освободили",
        T.GROUND_FIGHTING,
        D(2025, 11, 18),
        D(2025, 11, 18),
        DAY,
    ),
    Dated("RU_FRONT", "16-17 ноября", T.ATTACK, D(2025, 11, 16), D(2025, 11, 17), DAY),
    Dated("RU_FRONT", "На прошлой неделе", T.SHELLING, D(2025, 11, 10), D(2025, 11, 16), WEEK),
    Dated(
        "RU_FRONT", "В середине ноября", T.MISSILE_STRIKE, D(2025, 11, 11), D(2025, 11, 20), MONTH
    ),
    Dated("RU_FRONT", "С пятницы", T.SHELLING, D(2025, 11, 14), D(2025, 11, 14), DAY),
    Dated("RU_SUMMIT", "во вторник провел", T.MEETING, D(2025, 11, 18), D(2025, 11, 18), DAY),
    Dated("RU_SUDAN", "на прошлой неделе", T.ATTACK, D(2025, 11, 10), D(2025, 11, 16), WEEK),
    Dated("RU_BRYANSK", "в ночь на вторник", T.DRONE_ATTACK, D(2025, 11, 17), D(2025, 11, 18), DAY),
    # Ukrainian (Ukrinform, Ukrainska Pravda)
    Dated("UK_KYIV", "у понеділок увечері", T.DRONE_ATTACK, D(2025, 11, 17), D(2025, 11, 17), DAY),
    Dated("UK_KYIV", "Напередодні", T.SHELLING, D(2025, 11, 16), D(2025, 11, 16), DAY),
    Dated("UK_KYIV", "У ніч проти неділі", T.MISSILE_STRIKE, D(2025, 11, 15), D(2025, 11, 16), DAY),
    Dated(
        "UK_KYIV", "В ніч на 17 листопада", T.DRONE_ATTACK, D(2025, 11, 16), D(2025, 11, 17), DAY
    ),
    Dated("UK_FRONT", "Минулого тижня", T.SHELLING, D(2025, 11, 10), D(2025, 11, 16), WEEK),
    Dated(
        "UK_FRONT",
        "Наприкінці листопада",
        T.MEETING,
        D(2025, 11, 21),
        D(2025, 11, 30),
        MONTH,
        PLANNED,
    ),
    Dated("UK_ODESA", "минулого тижня", T.MISSILE_STRIKE, D(2025, 11, 10), D(2025, 11, 16), WEEK),
    Dated(
        "UK_DNIPRO", "у понеділок увечері", T.MISSILE_STRIKE, D(2025, 11, 17), D(2025, 11, 17), DAY
    ),
    Dated("UK_DNIPRO", "Напередодні ворог", T.DRONE_ATTACK, D(2025, 11, 16), D(2025, 11, 16), DAY),
    Dated("UK_SUMMIT", "у середу зустрівся", T.MEETING, D(2025, 11, 19), D(2025, 11, 19), DAY),
]

# "On the eve of" an event names no day of its own: a wrong date is worse than none.
UNDATED = [
    Undated("FR_GAZA", "la veille du vote", T.STATEMENT, EventStatus.HAPPENED),
    Undated("RU_SUMMIT", "Накануне визита", T.MEETING, EventStatus.HAPPENED),
    Undated("UK_SUMMIT", "Напередодні зустрічі", T.MEETING, EventStatus.HAPPENED),
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
def test_eve_of_an_event_stays_undated(
    events_by_article: dict[str, list[ExtractedEvent]], expected: Undated
) -> None:
    assert_undated(events_by_article[expected.article], expected)


def test_no_event_takes_the_datelines_day() -> None:
    """Every lead above names its own day: none may be dated 19 November from the dateline
    ("MOSKAU, 19. November (dpa)", "Madrid, 19 nov (EFE)", "КИЇВ. 19 листопада. УКРІНФОРМ")."""
    events = extract_all(ARTICLES)
    for name, article in ARTICLES.items():
        if "у середу" in article.text:
            continue  # UK_SUMMIT: the meeting was on the filing day itself
        for event in events[name]:
            if event.span is not None:
                assert (event.span.start, event.span.end) != (P, P), (name, event.sentence)


def _found(text: str, language: str) -> dict[str, tuple[date, date, Precision]]:
    return {
        e.text.strip(" ."): (e.span.start, e.span.end, e.span.precision)
        for e in find_time_expressions(text, P, language)
        if e.span is not None
    }


@pytest.mark.parametrize(
    ("language", "text", "phrase", "first", "last", "precision"),
    [
        (
            "de",
            "Er kam am Dienstagmorgen an.",
            "Dienstagmorgen",
            D(2025, 11, 18),
            D(2025, 11, 18),
            DAY,
        ),
        (
            "de",
            "Am 16. und 17. November wurde gekämpft.",
            "16. und 17. November",
            D(2025, 11, 16),
            D(2025, 11, 17),
            DAY,
        ),
        (
            "de",
            "Die Minister wollen sich am Wochenende treffen.",
            "am Wochenende",
            D(2025, 11, 22),
            D(2025, 11, 23),
            WEEK,
        ),
        (
            "fr",
            "Les combats des 16 et 17 novembre.",
            "16 et 17 novembre",
            D(2025, 11, 16),
            D(2025, 11, 17),
            DAY,
        ),
        (
            "fr",
            "Les pourparlers ont commencé à la mi-novembre.",
            "mi-novembre",
            D(2025, 11, 11),
            D(2025, 11, 20),
            MONTH,
        ),
        (
            "es",
            "Hubo combates los días 16 y 17 de noviembre.",
            "16 y 17 de noviembre",
            D(2025, 11, 16),
            D(2025, 11, 17),
            DAY,
        ),
        ("ru", "Бои шли 16-17 ноября.", "16-17 ноября", D(2025, 11, 16), D(2025, 11, 17), DAY),
        (
            "ru",
            "Переговоры будут идти до пятницы.",
            "пятницы",
            D(2025, 11, 21),
            D(2025, 11, 21),
            DAY,
        ),
        ("uk", "З пʼятниці тривають бої.", "пʼятниці", D(2025, 11, 14), D(2025, 11, 14), DAY),
        (
            "uk",
            "На минулих вихідних було тихо.",
            "На минулих вихідних",
            D(2025, 11, 15),
            D(2025, 11, 16),
            WEEK,
        ),
    ],
)
def test_wire_time_words(
    language: str, text: str, phrase: str, first: date, last: date, precision: Precision
) -> None:
    found = _found(text, language)
    assert found.get(phrase) == (first, last, precision), found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "À la veille du scrutin, le président a parlé."),
        ("es", "La víspera de la cumbre, el ministro viajó a Bruselas."),
        ("de", "Am Vorabend des Gipfels sprach der Kanzler."),
        ("ru", "Накануне переговоров министр прибыл в Минск."),
        ("uk", "Напередодні саміту міністр прибув до Брюсселя."),
        ("ru", "Матч закончился со счётом 3-2 ноября не было."),
        ("ru", "Магазины не работают в выходные дни."),
    ],
)
def test_eve_of_and_scores_give_no_date(language: str, text: str) -> None:
    assert not _found(text, language)
