"""Acceptance pass, round 5: plans and past events side by side in agency copy (dpa, AFP, EFE,
TASS, Interfax, Ukrinform) in German, French, Spanish, Russian and Ukrainian. Written for these
tests (no public text); every date, precision and status was decided by hand before the
extraction was run. All reports are filed on Wednesday 19 November 2025.

What the answers follow: a plan is told by the future ("se reunirán", "se rendra", "будет
проходить") and, in Russian and Ukrainian, by the perfective non-past ("посетит", "встретится",
"відвідає", "відбудеться"); German, French and Spanish news also write plans in the present
("Am Freitag treffen sich…", "Le ministre se rend vendredi à Kyiv", "El ministro viaja el viernes
a Kiev"), while they tell the past in past tenses — so a weekday in a present-tense sentence is
the coming one, and one in a past-tense sentence the last one. A week named as "this week"
("всю неделю") is the week of publication at week precision.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.fixtures.qa_articles import Article, Dated, assert_dated_among, extract_all
from timeline_app.domain.model import EventStatus, EventType, ExtractedEvent, Precision
from timeline_app.extraction.dates import find_time_expressions
from timeline_app.extraction.dates_filed import _at_dateline

P = date(2025, 11, 19)  # a Wednesday
D = date
DAY, WEEK, MONTH = Precision.DAY, Precision.WEEK, Precision.MONTH
T = EventType
PLANNED = EventStatus.PLANNED

ARTICLES: dict[str, Article] = {
    # German (dpa)
    "DE_BRUESSEL": Article(
        P,
        language="de",
        text="""\
EU-Außenminister beraten über Ukraine-Hilfe

BRÜSSEL (dpa) - Am Freitag treffen sich die Außenminister der EU in Brüssel.

Russland hat am Montag die Stadt Sumy mit Raketen angegriffen.
""",
    ),
    "DE_GENF": Article(
        P,
        language="de",
        text="""\
Außenminister reist nach Genf

BERLIN (dpa) - Der Außenminister reist am Freitag nach Genf.

Am Montag griffen russische Drohnen die Hafenstadt Odessa an.
""",
    ),
    "DE_MERZ": Article(
        P,
        language="de",
        text="""\
Merz reist am Freitag nach Kiew

BERLIN (dpa) - Bundeskanzler Friedrich Merz reist am Freitag zu Gesprächen mit Präsident Selenskyj nach Kiew.

Bei einem russischen Angriff auf Cherson sind am Dienstag zwei Menschen getötet worden.
""",
    ),
    "DE_SUDAN": Article(
        P,
        language="de",
        text="""\
Waffenruhe-Gespräche in Dschidda

KAIRO (dpa) - Die Gespräche über eine Waffenruhe im Sudan finden am Montag in Dschidda statt.

Am Wochenende hatten RSF-Milizen die Stadt El Fasher mit Drohnen angegriffen.
""",
    ),
    "DE_KAUKASUS": Article(
        P,
        language="de",
        text="""\
Friedensgespräche im Südkaukasus

BAKU (dpa) - Armenien und Aserbaidschan verhandeln kommende Woche in Abu Dhabi über einen Friedensvertrag.

Am Dienstag hatte der aserbaidschanische Präsident Ilham Alijew Moskau besucht.
""",
    ),
    "DE_NAHOST": Article(
        P,
        language="de",
        text="""\
Israel greift Ziele im Libanon an

BEIRUT (dpa) - Israel griff am Dienstag Ziele im Libanon an.

Der US-Gesandte reist Anfang Dezember nach Beirut.
""",
    ),
    "DE_KIEW": Article(
        P,
        language="de",
        text="""\
Drohnen über Kiew

KIEW (dpa) - Am Montag griffen russische Drohnen die Hauptstadt Kiew an.

Russland hat am Sonntag die Stadt Charkiw mit Gleitbomben bombardiert.

Selenskyj reist am Montag zu Gesprächen nach Ankara.
""",
    ),
    "DE_GEPLANT": Article(
        P,
        language="de",
        text="""\
Treffen in Genf geplant

GENF (dpa) - Für Freitag ist ein Treffen der Außenminister in Genf geplant.

Russland hatte am Sonntag die Stadt Saporischschja mit Drohnen angegriffen.
""",
    ),
    "FR_PREVU": Article(
        P,
        language="fr",
        text="""\
Réunion de l'Otan à Bruxelles

BRUXELLES (AFP) - La réunion des ministres de la Défense de l'Otan est prévue vendredi à Bruxelles.

Mardi, l'armée russe a bombardé la ville de Kherson.
""",
    ),
    "ES_PREVISTA": Article(
        P,
        language="es",
        text="""\
Cumbre en Bruselas

Bruselas (EFE).- La cumbre de la UE está prevista para el lunes en Bruselas.

El domingo, drones rusos atacaron la ciudad de Odesa.
""",
    ),
    "DE_POKROWSK": Article(
        P,
        language="de",
        text="""\
Kämpfe um Pokrowsk

KIEW (dpa) - In Pokrowsk dauern die Kämpfe am Mittwoch an.

Am Dienstag hatten russische Truppen die Stadt mit Artillerie beschossen.
""",
    ),
    "FR_POKROVSK": Article(
        P,
        language="fr",
        text="""\
Combats à Pokrovsk

KIEV (AFP) - Les combats se poursuivent mercredi à Pokrovsk.

Lundi, des drones russes ont frappé la ville de Pokrovsk.
""",
    ),
    # French (AFP)
    "FR_KYIV": Article(
        P,
        language="fr",
        text="""\
Le ministre des Armées attendu à Kyiv

KIEV (AFP) - Le ministre français des Armées se rend vendredi à Kyiv.

Lundi, des drones russes ont frappé la ville de Kharkiv.
""",
    ),
    "FR_PARIS": Article(
        P,
        language="fr",
        text="""\
Diplomatie ukrainienne

PARIS (AFP) - Le ministre s'est rendu vendredi à Kyiv pour des entretiens avec Volodymyr Zelensky.

Emmanuel Macron va rencontrer le président ukrainien lundi à Paris.
""",
    ),
    "FR_BRUXELLES": Article(
        P,
        language="fr",
        text="""\
L'UE prépare de nouvelles sanctions

BRUXELLES (AFP) - Les ministres des Affaires étrangères de l'UE se réunissent lundi à Bruxelles.

L'UE a adopté la semaine dernière un nouveau paquet de sanctions contre Moscou.
""",
    ),
    "FR_LIBAN": Article(
        P,
        language="fr",
        text="""\
Liban : visite présidentielle en décembre

BEYROUTH (AFP) - Le président français se rendra à la mi-décembre à Beyrouth.

Mardi soir, l'aviation israélienne a bombardé plusieurs villages du Liban-Sud.
""",
    ),
    "FR_SAHEL": Article(
        P,
        language="fr",
        text="""\
Sahel : pourparlers à Niamey

BAMAKO (AFP) - Des pourparlers de paix auront lieu la semaine prochaine à Niamey.

Dimanche, des jihadistes ont attaqué un camp de l'armée malienne près de Kayes.
""",
    ),
    "FR_SOUDAN": Article(
        P,
        language="fr",
        text="""\
Soudan : réunion du Conseil de sécurité

PORT-SOUDAN (AFP) - Le Conseil de sécurité de l'ONU va se réunir jeudi à New York.

Le mois dernier, des drones des FSR ont frappé la ville d'El-Obeid.
""",
    ),
    # Spanish (EFE)
    "ES_KIEV": Article(
        P,
        language="es",
        text="""\
Albares viajará a Kiev

Kiev, 19 nov (EFE).- El ministro de Exteriores, José Manuel Albares, viaja el viernes a Kiev.

Rusia había bombardeado el lunes la ciudad de Jersón.
""",
    ),
    "ES_BRUSELAS": Article(
        P,
        language="es",
        text="""\
La UE prepara nuevas sanciones

Bruselas, 19 nov (EFE).- Los ministros de Exteriores de la UE se reúnen el lunes en Bruselas.

La Unión Europea aprobó la semana pasada nuevas sanciones contra Rusia.
""",
    ),
    "ES_SUDAN": Article(
        P,
        language="es",
        text="""\
Conversaciones sobre Sudán

El Cairo, 19 nov (EFE).- Las partes en conflicto en Sudán se reunirán la próxima semana en Yeda.

Las Fuerzas de Apoyo Rápido atacaron el domingo con drones la ciudad de El Obeid.
""",
    ),
    "ES_MADRID": Article(
        P,
        language="es",
        text="""\
Sánchez visitará Kiev

Madrid, 19 nov (EFE).- El presidente del Gobierno, Pedro Sánchez, va a visitar Kiev a principios de diciembre.

El martes, un ataque ruso con misiles contra Ternópil dejó al menos 25 muertos.
""",
    ),
    "ES_GAZA": Article(
        P,
        language="es",
        text="""\
Israel bombardea el sur de Gaza

Jerusalén, 19 nov (EFE).- El Ejército israelí bombardeó el lunes el sur de la Franja de Gaza.

El enviado estadounidense viaja el jueves a Israel para reunirse con Netanyahu.
""",
    ),
    "ES_SAHEL": Article(
        P,
        language="es",
        text="""\
Cumbre del Sahel en diciembre

Dakar, 19 nov (EFE).- Los líderes de la Alianza de Estados del Sahel celebrarán una cumbre el 12 de diciembre en Uagadugú.

Yihadistas atacaron el sábado un convoy militar en el norte de Burkina Faso.
""",
    ),
    # Russian (TASS, Interfax)
    "RU_ANKARA": Article(
        P,
        language="ru",
        text="""\
Лавров посетит Анкару

МОСКВА, 19 ноября. /ТАСС/. Министр иностранных дел России Сергей Лавров посетит Анкару в пятницу.

В понедельник Лавров провел переговоры с главой МИД Египта в Москве.
""",
    ),
    "RU_PUTIN": Article(
        P,
        language="ru",
        text="""\
Путин и Эрдоган

МОСКВА, 19 ноября. /ТАСС/. Президент России Владимир Путин встретится с президентом Турции Реджепом Тайипом Эрдоганом в пятницу.

Лавров посетил Анкару в пятницу.
""",
    ),
    "RU_POKROVSK": Article(
        P,
        language="ru",
        text="""\
Бои за Покровск

МОСКВА, 19 ноября. /Интерфакс/. Бои за Покровск шли всю неделю, сообщило Минобороны России.

Российская и украинская делегации проведут переговоры на следующей неделе в Стамбуле.
""",
    ),
    "RU_SUMMIT": Article(
        P,
        language="ru",
        text="""\
Саммит ОДКБ

МОСКВА, 19 ноября. /ТАСС/. Саммит ОДКБ состоится в начале декабря в Бишкеке.

Во вторник российские войска нанесли ракетный удар по Запорожью.
""",
    ),
    "RU_BAKU": Article(
        P,
        language="ru",
        text="""\
Россия и Азербайджан

МОСКВА, 19 ноября. /Интерфакс/. Россия и Азербайджан подпишут соглашение о транзите на следующей неделе.

В минувшие выходные беспилотники атаковали Белгород.
""",
    ),
    "RU_ISTANBUL": Article(
        P,
        language="ru",
        text="""\
Переговоры в Стамбуле

МОСКВА, 19 ноября. /ТАСС/. Переговоры будут проходить в пятницу в Стамбуле.

В среду Лавров провел переговоры с Фиданом в Москве.
""",
    ),
    # Ukrainian (Ukrinform)
    "UK_ANKARA": Article(
        P,
        language="uk",
        text="""\
Зеленський відвідає Туреччину

Київ, 19 листопада. Укрінформ. Президент України Володимир Зеленський відвідає Анкару в п'ятницю.

У понеділок російські війська обстріляли Херсон з артилерії.
""",
    ),
    "UK_SYBIHA": Article(
        P,
        language="uk",
        text="""\
Сибіга зустрінеться з Фіданом

Київ, 19 листопада. Укрінформ. Міністр закордонних справ Андрій Сибіга зустрінеться з Хаканом Фіданом у п'ятницю в Анкарі.

Минулого тижня Сибіга відвідав Брюссель.
""",
    ),
    "UK_GENEVA": Article(
        P,
        language="uk",
        text="""\
Переговори в Женеві

Київ, 19 листопада. Укрінформ. Переговори делегацій України та США відбудуться наступного тижня в Женеві.

У неділю російські дрони атакували Одесу.
""",
    ),
    "UK_BRUSSELS": Article(
        P,
        language="uk",
        text="""\
Зустріч у Брюсселі

Київ, 19 листопада. Укрінформ. Зустріч лідерів буде проходити на початку грудня у Брюсселі.

У вівторок Росія завдала ракетного удару по Тернополю.
""",
    ),
    "UK_POKROVSK": Article(
        P,
        language="uk",
        text="""\
Бої за Покровськ

Київ, 19 листопада. Укрінформ. Бої за Покровськ тривали весь тиждень, повідомив Генштаб ЗСУ.

Міністри оборони країн НАТО проведуть зустріч у четвер у Брюсселі.
""",
    ),
    "UK_TUSK": Article(
        P,
        language="uk",
        text="""\
Туск відвідає Київ

Київ, 19 листопада. Укрінформ. Прем'єр-міністр Польщі Дональд Туск відвідає Київ наступного тижня.

У понеділок Туск зустрівся з Зеленським у Варшаві.
""",
    ),
}

DATED = [
    # German: present with a coming day is a plan; Präteritum and Perfekt stay past.
    Dated(
        "DE_BRUESSEL",
        "Am Freitag treffen sich",
        T.MEETING,
        D(2025, 11, 21),
        D(2025, 11, 21),
        DAY,
        PLANNED,
    ),
    Dated(
        "DE_BRUESSEL",
        "Russland hat am Montag",
        T.MISSILE_STRIKE,
        D(2025, 11, 17),
        D(2025, 11, 17),
        DAY,
    ),
    Dated(
        "DE_GENF",
        "reist am Freitag nach Genf",
        T.VISIT,
        D(2025, 11, 21),
        D(2025, 11, 21),
        DAY,
        PLANNED,
    ),
    Dated("DE_GENF", "Am Montag griffen", T.DRONE_ATTACK, D(2025, 11, 17), D(2025, 11, 17), DAY),
    Dated(
        "DE_MERZ", "Friedrich Merz reist", T.VISIT, D(2025, 11, 21), D(2025, 11, 21), DAY, PLANNED
    ),
    Dated(
        "DE_MERZ", "auf Cherson sind am Dienstag", T.ATTACK, D(2025, 11, 18), D(2025, 11, 18), DAY
    ),
    Dated(
        "DE_SUDAN",
        "Die Gespräche über eine Waffenruhe",
        T.MEETING,
        D(2025, 11, 24),
        D(2025, 11, 24),
        DAY,
        PLANNED,
    ),
    Dated(
        "DE_SUDAN", "Am Wochenende hatten", T.DRONE_ATTACK, D(2025, 11, 15), D(2025, 11, 16), WEEK
    ),
    Dated(
        "DE_KAUKASUS",
        "verhandeln kommende Woche",
        T.MEETING,
        D(2025, 11, 24),
        D(2025, 11, 30),
        WEEK,
        PLANNED,
    ),
    Dated("DE_KAUKASUS", "Alijew Moskau besucht", T.VISIT, D(2025, 11, 18), D(2025, 11, 18), DAY),
    Dated("DE_NAHOST", "Israel griff am Dienstag", T.ATTACK, D(2025, 11, 18), D(2025, 11, 18), DAY),
    Dated("DE_NAHOST", "Anfang Dezember", T.VISIT, D(2025, 12, 1), D(2025, 12, 10), MONTH, PLANNED),
    Dated("DE_KIEW", "Am Montag griffen", T.DRONE_ATTACK, D(2025, 11, 17), D(2025, 11, 17), DAY),
    Dated("DE_KIEW", "Charkiw mit Gleitbomben", T.AIRSTRIKE, D(2025, 11, 16), D(2025, 11, 16), DAY),
    Dated(
        "DE_KIEW",
        "Selenskyj reist am Montag",
        T.VISIT,
        D(2025, 11, 24),
        D(2025, 11, 24),
        DAY,
        PLANNED,
    ),
    # "is planned" with the present of "to be" is a plan, whatever the past cue "ist" says.
    Dated(
        "DE_GEPLANT", "ist ein Treffen", T.MEETING, D(2025, 11, 21), D(2025, 11, 21), DAY, PLANNED
    ),
    Dated(
        "DE_GEPLANT", "am Sonntag die Stadt", T.DRONE_ATTACK, D(2025, 11, 16), D(2025, 11, 16), DAY
    ),
    Dated(
        "FR_PREVU", "est prévue vendredi", T.MEETING, D(2025, 11, 21), D(2025, 11, 21), DAY, PLANNED
    ),
    Dated("FR_PREVU", "a bombardé", T.AIRSTRIKE, D(2025, 11, 18), D(2025, 11, 18), DAY),
    Dated(
        "ES_PREVISTA", "está prevista", T.MEETING, D(2025, 11, 24), D(2025, 11, 24), DAY, PLANNED
    ),
    Dated(
        "ES_PREVISTA", "El domingo, drones", T.DRONE_ATTACK, D(2025, 11, 16), D(2025, 11, 16), DAY
    ),
    # A present that goes on ("dauern an", "se poursuivent") is today's, no plan.
    Dated(
        "DE_POKROWSK", "dauern die Kämpfe", T.GROUND_FIGHTING, D(2025, 11, 19), D(2025, 11, 19), DAY
    ),
    Dated("DE_POKROWSK", "Am Dienstag hatten", T.SHELLING, D(2025, 11, 18), D(2025, 11, 18), DAY),
    Dated(
        "FR_POKROVSK", "se poursuivent", T.GROUND_FIGHTING, D(2025, 11, 19), D(2025, 11, 19), DAY
    ),
    Dated(
        "FR_POKROVSK", "Lundi, des drones", T.DRONE_ATTACK, D(2025, 11, 17), D(2025, 11, 17), DAY
    ),
    # French: present and futur proche are plans; passé composé stays past.
    Dated("FR_KYIV", "se rend vendredi", T.VISIT, D(2025, 11, 21), D(2025, 11, 21), DAY, PLANNED),
    Dated("FR_KYIV", "Lundi, des drones", T.DRONE_ATTACK, D(2025, 11, 17), D(2025, 11, 17), DAY),
    Dated("FR_PARIS", "s'est rendu vendredi", T.VISIT, D(2025, 11, 14), D(2025, 11, 14), DAY),
    Dated("FR_PARIS", "va rencontrer", T.MEETING, D(2025, 11, 24), D(2025, 11, 24), DAY, PLANNED),
    Dated(
        "FR_BRUXELLES",
        "se réunissent lundi",
        T.MEETING,
        D(2025, 11, 24),
        D(2025, 11, 24),
        DAY,
        PLANNED,
    ),
    Dated(
        "FR_BRUXELLES", "la semaine dernière", T.SANCTIONS, D(2025, 11, 10), D(2025, 11, 16), WEEK
    ),
    Dated("FR_LIBAN", "mi-décembre", T.VISIT, D(2025, 12, 11), D(2025, 12, 20), MONTH, PLANNED),
    Dated("FR_LIBAN", "Mardi soir", T.AIRSTRIKE, D(2025, 11, 18), D(2025, 11, 18), DAY),
    Dated(
        "FR_SAHEL",
        "auront lieu la semaine prochaine",
        T.MEETING,
        D(2025, 11, 24),
        D(2025, 11, 30),
        WEEK,
        PLANNED,
    ),
    Dated("FR_SAHEL", "Dimanche, des jihadistes", T.ATTACK, D(2025, 11, 16), D(2025, 11, 16), DAY),
    Dated(
        "FR_SOUDAN", "va se réunir jeudi", T.MEETING, D(2025, 11, 20), D(2025, 11, 20), DAY, PLANNED
    ),
    Dated("FR_SOUDAN", "Le mois dernier", T.DRONE_ATTACK, D(2025, 10, 1), D(2025, 10, 31), MONTH),
    # Spanish: present, future and "va a" are plans; pretérito and pluscuamperfecto stay past.
    Dated("ES_KIEV", "viaja el viernes", T.VISIT, D(2025, 11, 21), D(2025, 11, 21), DAY, PLANNED),
    Dated("ES_KIEV", "había bombardeado", T.AIRSTRIKE, D(2025, 11, 17), D(2025, 11, 17), DAY),
    Dated(
        "ES_BRUSELAS",
        "se reúnen el lunes",
        T.MEETING,
        D(2025, 11, 24),
        D(2025, 11, 24),
        DAY,
        PLANNED,
    ),
    Dated("ES_BRUSELAS", "la semana pasada", T.SANCTIONS, D(2025, 11, 10), D(2025, 11, 16), WEEK),
    Dated(
        "ES_SUDAN",
        "se reunirán la próxima semana",
        T.MEETING,
        D(2025, 11, 24),
        D(2025, 11, 30),
        WEEK,
        PLANNED,
    ),
    Dated("ES_SUDAN", "atacaron el domingo", T.DRONE_ATTACK, D(2025, 11, 16), D(2025, 11, 16), DAY),
    Dated("ES_MADRID", "va a visitar", T.VISIT, D(2025, 12, 1), D(2025, 12, 10), MONTH, PLANNED),
    Dated(
        "ES_MADRID", "El martes, un ataque", T.MISSILE_STRIKE, D(2025, 11, 18), D(2025, 11, 18), DAY
    ),
    Dated("ES_GAZA", "bombardeó el lunes", T.AIRSTRIKE, D(2025, 11, 17), D(2025, 11, 17), DAY),
    Dated("ES_GAZA", "viaja el jueves", T.VISIT, D(2025, 11, 20), D(2025, 11, 20), DAY, PLANNED),
    Dated(
        "ES_SAHEL",
        "celebrarán una cumbre",
        T.MEETING,
        D(2025, 12, 12),
        D(2025, 12, 12),
        DAY,
        PLANNED,
    ),
    Dated("ES_SAHEL", "atacaron el sábado", T.ATTACK, D(2025, 11, 15), D(2025, 11, 15), DAY),
    # Russian: the perfective non-past and "будет + infinitive" are the future.
    Dated(
        "RU_ANKARA",
        "Лавров посетит Анкару",
        T.VISIT,
        D(2025, 11, 21),
        D(2025, 11, 21),
        DAY,
        PLANNED,
    ),
    Dated(
        "RU_ANKARA", "Лавров провел переговоры", T.MEETING, D(2025, 11, 17), D(2025, 11, 17), DAY
    ),
    Dated(
        "RU_PUTIN", "Путин встретится", T.MEETING, D(2025, 11, 21), D(2025, 11, 21), DAY, PLANNED
    ),
    Dated("RU_PUTIN", "Лавров посетил Анкару", T.VISIT, D(2025, 11, 14), D(2025, 11, 14), DAY),
    Dated(
        "RU_POKROVSK", "Бои за Покровск", T.GROUND_FIGHTING, D(2025, 11, 17), D(2025, 11, 23), WEEK
    ),
    Dated(
        "RU_POKROVSK",
        "проведут переговоры",
        T.MEETING,
        D(2025, 11, 24),
        D(2025, 11, 30),
        WEEK,
        PLANNED,
    ),
    Dated("RU_SUMMIT", "Саммит ОДКБ", T.MEETING, D(2025, 12, 1), D(2025, 12, 10), MONTH, PLANNED),
    Dated(
        "RU_SUMMIT",
        "нанесли ракетный удар",
        T.MISSILE_STRIKE,
        D(2025, 11, 18),
        D(2025, 11, 18),
        DAY,
    ),
    Dated(
        "RU_BAKU",
        "подпишут соглашение",
        T.AGREEMENT,
        D(2025, 11, 24),
        D(2025, 11, 30),
        WEEK,
        PLANNED,
    ),
    Dated(
        "RU_BAKU", "беспилотники атаковали", T.DRONE_ATTACK, D(2025, 11, 15), D(2025, 11, 16), WEEK
    ),
    Dated(
        "RU_ISTANBUL", "Переговоры будут", T.MEETING, D(2025, 11, 21), D(2025, 11, 21), DAY, PLANNED
    ),
    Dated("RU_ISTANBUL", "Лавров провел", T.MEETING, D(2025, 11, 19), D(2025, 11, 19), DAY),
    # Ukrainian: the perfective non-past and "буде + infinitive" are the future.
    Dated(
        "UK_ANKARA", "Зеленський відвідає", T.VISIT, D(2025, 11, 21), D(2025, 11, 21), DAY, PLANNED
    ),
    Dated("UK_ANKARA", "обстріляли Херсон", T.SHELLING, D(2025, 11, 17), D(2025, 11, 17), DAY),
    Dated(
        "UK_SYBIHA",
        "Сибіга зустрінеться",
        T.MEETING,
        D(2025, 11, 21),
        D(2025, 11, 21),
        DAY,
        PLANNED,
    ),
    Dated("UK_SYBIHA", "Сибіга відвідав", T.VISIT, D(2025, 11, 10), D(2025, 11, 16), WEEK),
    Dated(
        "UK_GENEVA",
        "Переговори делегацій",
        T.MEETING,
        D(2025, 11, 24),
        D(2025, 11, 30),
        WEEK,
        PLANNED,
    ),
    Dated("UK_GENEVA", "У неділю", T.DRONE_ATTACK, D(2025, 11, 16), D(2025, 11, 16), DAY),
    Dated(
        "UK_BRUSSELS", "Зустріч лідерів", T.MEETING, D(2025, 12, 1), D(2025, 12, 10), MONTH, PLANNED
    ),
    Dated(
        "UK_BRUSSELS", "ракетного удару", T.MISSILE_STRIKE, D(2025, 11, 18), D(2025, 11, 18), DAY
    ),
    Dated(
        "UK_POKROVSK", "Бої за Покровськ", T.GROUND_FIGHTING, D(2025, 11, 17), D(2025, 11, 23), WEEK
    ),
    Dated(
        "UK_POKROVSK",
        "проведуть зустріч",
        T.MEETING,
        D(2025, 11, 20),
        D(2025, 11, 20),
        DAY,
        PLANNED,
    ),
    Dated("UK_TUSK", "Туск відвідає", T.VISIT, D(2025, 11, 24), D(2025, 11, 30), WEEK, PLANNED),
    Dated("UK_TUSK", "Туск зустрівся", T.MEETING, D(2025, 11, 17), D(2025, 11, 17), DAY),
]


@pytest.fixture(scope="module")
def events_by_article() -> dict[str, list[ExtractedEvent]]:
    return extract_all(ARTICLES)


@pytest.mark.parametrize("expected", DATED, ids=[f"{d.article}:{d.sentence_has}" for d in DATED])
def test_event_has_its_date_precision_and_status(
    events_by_article: dict[str, list[ExtractedEvent]], expected: Dated
) -> None:
    assert_dated_among(
        events_by_article[expected.article], ARTICLES[expected.article].text, expected
    )


def test_no_plan_is_dated_before_publication(
    events_by_article: dict[str, list[ExtractedEvent]],
) -> None:
    """A wrong date is worse than none: no planned event of these reports lies in the past."""
    for name, events in events_by_article.items():
        for event in events:
            if event.status == PLANNED and event.span is not None:
                assert event.span.end >= P, (name, event.title, event.span)


def _found(text: str, language: str) -> dict[str, tuple[date, date, Precision]]:
    return {
        e.text.strip(" ."): (e.span.start, e.span.end, e.span.precision)
        for e in find_time_expressions(text, P, language)
        if e.span is not None
    }


# The day a weekday names, by the tense of its sentence: a plan in the present or the future
# (headlines included), a past event in a past tense or after a past-only word ("seit",
# "depuis", "desde"); a verbless headline and a reporting verb in the present ("Moscou revendique
# mardi…": the day of the statement) keep the last one.
@pytest.mark.parametrize(
    ("language", "text", "phrase", "day"),
    [
        ("de", "Merz reist am Freitag nach Kiew", "Freitag", D(2025, 11, 21)),
        ("de", "Die Abstimmung findet am Montag statt.", "Montag", D(2025, 11, 24)),
        ("de", "Die EU-Außenminister beraten am Montag in Brüssel.", "Montag", D(2025, 11, 24)),
        ("de", "Drohnenangriff auf Kiew am Montag", "Montag", D(2025, 11, 17)),
        ("de", "Am Dienstag fing die Flugabwehr 40 Drohnen ab.", "Dienstag", D(2025, 11, 18)),
        ("de", "Seit Montag greifen russische Truppen Kupjansk an.", "Montag", D(2025, 11, 17)),
        ("de", "Selenskyj fordert am Dienstag neue Sanktionen.", "Dienstag", D(2025, 11, 18)),
        ("de", "Am Sonntag demonstrierten Tausende in Tiflis.", "Sonntag", D(2025, 11, 16)),
        ("fr", "Moscou revendique mardi la prise du village.", "mardi", D(2025, 11, 18)),
        (
            "fr",
            "Le ministre, attendu vendredi à Kyiv, rencontrera Zelensky.",
            "vendredi",
            D(2025, 11, 21),
        ),
        ("fr", "Le sommet aura lieu vendredi à Bruxelles.", "vendredi", D(2025, 11, 21)),
        ("fr", "Les combats durent depuis lundi dans la région.", "lundi", D(2025, 11, 17)),
        ("es", "Rusia afirma este martes que sus tropas avanzan.", "martes", D(2025, 11, 18)),
        ("es", "La delegación llega el jueves a Ginebra.", "jueves", D(2025, 11, 20)),
        ("es", "Los combates continúan desde el lunes en la zona.", "lunes", D(2025, 11, 17)),
        ("ru", "Переговоры начнутся в понедельник в Стамбуле.", "понедельник", D(2025, 11, 24)),
        ("ru", "Переговоры начались в понедельник в Стамбуле.", "понедельник", D(2025, 11, 17)),
        ("ru", "Встреча состоится в четверг.", "четверг", D(2025, 11, 20)),
        ("uk", "Делегація вирушить до Женеви у неділю.", "неділю", D(2025, 11, 23)),
        ("uk", "Делегація вирушила до Женеви у неділю.", "неділю", D(2025, 11, 16)),
        ("uk", "Рада розглядатиме законопроєкт у вівторок.", "вівторок", D(2025, 11, 25)),
        # A deed in the historic present: no one schedules a strike, so its day is past.
        (
            "fr",
            "Lundi, des frappes russes touchent Kharkiv et font trois morts.",
            "Lundi",
            D(2025, 11, 17),
        ),
        (
            "de",
            "Russische Drohnen greifen am Montag Kiew an, meldet die Armee.",
            "Montag",
            D(2025, 11, 17),
        ),
        ("de", "Am Montag nehmen russische Truppen das Dorf ein.", "Montag", D(2025, 11, 17)),
        ("es", "Rusia ataca Kiev con drones el lunes.", "lunes", D(2025, 11, 17)),
        ("fr", "Les ministres se réunissent lundi à Bruxelles.", "lundi", D(2025, 11, 24)),
    ],
)
def test_weekday_by_tense(language: str, text: str, phrase: str, day: date) -> None:
    assert _found(text, language).get(phrase) == (day, day, DAY), _found(text, language)


# "Bruselas, 19 nov (EFE).-" is a dateline (dates_filed: a title-case place with the agency's
# mark), so the plan in its sentence takes its own weekday, not the dateline's day.
def test_plan_in_the_dateline_sentence_takes_its_own_day() -> None:
    text = "Bruselas, 19 nov (EFE).- La cumbre de la UE se celebrará el lunes en Bruselas.\n"
    events = extract_all({"ES": Article(P, text, "es")})["ES"]
    expected = Dated(
        "ES", "se celebrará", T.MEETING, D(2025, 11, 24), D(2025, 11, 24), DAY, PLANNED
    )
    assert_dated_among(events, text, expected)


@pytest.mark.parametrize(
    ("text", "day", "filed"),
    [
        ("МОСКВА, 17 ноября. /ТАСС/. Российские войска атаковали Харьков.", "17 ноября", True),
        ("Madrid, 17 nov (EFE).- El Gobierno condenó el ataque del lunes.", "17 nov", True),
        ("KYIV, 17 November (Reuters) - Russian drones struck Odesa.", "17 November", True),
        ("On Monday, 17 November, Russian drones struck Odesa.", "17 November", False),
        ("Moscow, 17 November, was quiet as drones struck Odesa.", "17 November", False),
    ],
)
def test_agency_datelines_in_any_case_and_script(text: str, day: str, filed: bool) -> None:
    start = text.index(day)
    assert _at_dateline(text, 0, start, start + len(day)) is filed
