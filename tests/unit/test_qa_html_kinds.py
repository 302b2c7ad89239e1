"""Page kinds beyond news portals: blogs (a counted comment thread longer than the post, a
"how to cite" box, a call-to-action card), press releases and statements (their closing
contacts, notes to editors and "About <organisation>"), and news in further languages (teaser
labels in sv, fi, hu, cs, ro, tr, el, he, fa, id, vi, ko and hi, sign-offs, the zero-width
non-joiner of Persian words).

Every page and line here is written for the test, in the shape of a kind of page, never copied
from one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fixtures.reader_builders import write
from timeline_app.readers import read_path
from timeline_app.readers.boilerplate import drop_furniture

STORY = [
    "The road bridge south of the town was destroyed overnight, according to two residents who "
    "sent photographs of the collapsed span.",
    "It is not clear who blew it up; both armed groups active in the area blame each other for "
    "the attack on the only crossing.",
]
RELEASE = [
    "The Minister today announced an additional 12 million in humanitarian assistance for "
    "communities affected by the floods in the northern provinces.",
    "The funding will be delivered through the World Food Programme and the Red Cross to provide "
    "food, clean water and shelter to 250,000 people.",
    "This brings the Government's total contribution to the flood response to 20 million since "
    "August.",
]


def a_page(body: str, *, after: str = "", lang: str = "en", title: str = "Bridge destroyed") -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
        '<meta property="article:published_time" content="2024-09-15T08:00:00Z"></head><body>'
        '<nav><a href="/">Home</a> <a href="/about">About</a></nav><div class="post">'
        f'<h1>{title}</h1><div class="entry">{body}</div>{after}</div>'
        "<footer>Example</footer></body></html>"
    )


def paragraphs(lines: list[str]) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


def read(tmp_path: Path, page: str) -> str:
    return read_path(write(tmp_path, "page.html", page))[0].text


def assert_kept(text: str, lines: list[str]) -> None:
    for line in lines:
        assert line in text.split("\n")


# --- blogs ---


def test_counted_comment_thread_longer_than_the_post_is_pruned(tmp_path: Path) -> None:
    # the thread holds most of the page's prose: it is no story, its heading counts comments
    thread = "".join(
        f"<dt>Anonymous said...</dt><dd><p>Reader note {i}: the footage you linked shows the "
        "convoy moving north, not south, judging by the shadows and the water tower.</p></dd>"
        for i in range(5)
    )
    page = a_page(
        paragraphs(STORY), after=f'<div class="zone"><h4>5 comments:</h4><dl>{thread}</dl></div>'
    )
    text = read(tmp_path, page)
    assert "Reader note" not in text
    assert_kept(text, STORY)


def test_wordpress_thread_heading_names_the_comments(tmp_path: Path) -> None:
    thread = "".join(
        f"<li><p>Lector {i} dice:</p><p>Comentario {i}: las cifras oficiales del ministerio han "
        "sido revisadas varias veces este año y no coinciden con las de las ONG.</p></li>"
        for i in range(3)
    )
    after = f'<div class="hilo"><h3>3 respuestas a «Los desplazados»</h3><ol>{thread}</ol></div>'
    text = read(tmp_path, a_page(paragraphs(STORY), after=after, lang="es"))
    assert "Comentario 1" not in text
    assert_kept(text, STORY)


def test_how_to_cite_box_is_pruned(tmp_path: Path) -> None:
    after = (
        '<div class="z1"><h4>Zitierweise</h4><p>Katrin Vogel: Neue Quellen zum Waffenstillstand '
        "von 1994, in: Osteuropa-Blog, 09.06.2022, https://blog.example/2022/06/09/quellen.</p></div>"
    )
    text = read(tmp_path, a_page(paragraphs(STORY), after=after, lang="de"))
    assert "Zitierweise" not in text
    assert "Osteuropa-Blog, 09.06.2022" not in text
    assert_kept(text, STORY)


@pytest.mark.parametrize(
    "line",
    [
        "Posted by A. Maiga at 8:40 AM",
        "Eingestellt von Kai M. um 09:14",
        "Publié par Amani à 11:02",
        "Publicado por Lucía en 18:40",
        "Labels: Mali, Tessit, convoys",
        "Libellés : Goma, eau",
        "Newer Post Older Post Home",
        "Neuerer Post Älterer Post Startseite",
        "Entrada más reciente Entrada antigua Página Principal",
        "Previous post: Fuel prices double at the depot",
        "Subscribe to: Post Comments (Atom)",
        "Inscription à : Publier les commentaires (Atom)",
        "No comments:",
        "Kommentar veröffentlichen",
        "Leave a Reply",
        "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert",
        "Proudly powered by WordPress",
        "Con la tecnología de Blogger.",
    ],
)
def test_blog_platform_line_is_dropped(line: str) -> None:
    assert drop_furniture(f"{STORY[0]}\n{line}") == STORY[0]


def test_blog_stamp_with_a_date_stays_for_the_date_search() -> None:
    line = "Posted by Mira Lindqvist on February 11, 2024"
    assert drop_furniture(line) == line


def test_call_to_action_card_is_pruned(tmp_path: Path) -> None:
    card = '<div class="kg-card kg-cta-card"><p>Enjoying the Brief? Forward it to a colleague.</p></div>'
    body = f"<p>{STORY[0]}</p>{card}<p>{STORY[1]}</p>"
    text = read(tmp_path, a_page(body))
    assert "Forward it to a colleague" not in text
    assert_kept(text, STORY)


def test_donation_box_inside_the_story_is_pruned(tmp_path: Path) -> None:
    box = (
        '<div class="donate-inline"><p>Your tax deductible gift can help stop human rights '
        "violations and save lives around the world.</p><a>$50</a> <a>$100</a></div>"
    )
    text = read(tmp_path, a_page(f"<p>{STORY[0]}</p>{box}<p>{STORY[1]}</p>"))
    assert "tax deductible gift" not in text
    assert_kept(text, STORY)


@pytest.mark.parametrize(
    "line",
    [
        '"Floods kill dozens in valley". Example Times. 15 June 2023. Retrieved 16 June 2023.',
        "Archived from the original on 3 March 2021.",
        "Shipping data from a commercial tracking service, accessed 12 June 2024.",
        "Seite der Stadtverwaltung, abgerufen am 16. Juni 2023.",
        "Leïla Benali (15 mars 2021). Les archives de la mission. Consulté le 2 mai 2024.",
    ],
)
def test_reference_with_its_access_date_is_dropped(line: str) -> None:
    assert drop_furniture(f"{STORY[0]}\n{line}") == STORY[0]


@pytest.mark.parametrize(
    "line",
    [
        "Police said the bodies were retrieved on 12 June 2024.",
        "The hackers accessed 40,000 records on 12 June 2024.",
    ],
)
def test_reporting_ending_in_a_date_stays(line: str) -> None:
    assert drop_furniture(line) == line


# --- two stories on one page (infinite scroll) ---

NEXT = [
    "For more than a decade, farmers downstream of the dam have argued that its reservoir "
    "starves their fields of water in the dry season.",
    "The government insists the dam releases enough water and says its hydropower is vital to "
    "an economy that suffers daily blackouts.",
    "An independent study published last year found that flows in the dry season had fallen by "
    "a third since the reservoir was filled.",
    "Talks between the two regions collapsed in March, and both sides have since accused each "
    "other of stoking tensions among farmers.",
]


def two_stories(title: str) -> str:
    def article(headline: str, lines: list[str]) -> str:
        return (
            f"<article><header><h1>{headline}</h1></header><div>{paragraphs(lines)}</div></article>"
        )

    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} | Example'
        '</title><meta property="article:published_time" content="2024-06-11T11:00:00Z"></head>'
        f"<body><main>{article('Bridge destroyed south of the town', STORY)}"
        f"<div>Up next</div>{article('Inside the long fight over the river dam', NEXT)}</main>"
        "<footer>Example</footer></body></html>"
    )


def test_next_story_appended_below_is_pruned_though_longer(tmp_path: Path) -> None:
    text = read(tmp_path, two_stories("Bridge destroyed south of the town"))
    assert_kept(text, STORY)
    assert not any(line in text for line in NEXT)


def test_two_stories_without_a_title_naming_one_are_both_kept(tmp_path: Path) -> None:
    text = read(tmp_path, two_stories("Today's stories"))
    assert_kept(text, NEXT)


# --- press releases and statements ---


def test_release_closing_matter_is_dropped(tmp_path: Path) -> None:
    body = paragraphs(RELEASE) + (
        "<p>###</p><h3>Notes to editors</h3><ul><li>The Ministry's humanitarian programme "
        "supports crisis response in more than 30 countries.</li><li>High-resolution photos are "
        "available on request.</li></ul><h3>Media contacts</h3><p>Ministry media office: "
        "+1 555 0100<br>media@mfa.example</p>"
    )
    text = read(tmp_path, a_page(body, title="Minister announces funding"))
    assert_kept(text, RELEASE)
    for furniture in ("Notes to editors", "High-resolution photos", "Media contacts", "0100"):
        assert furniture not in text


@pytest.mark.parametrize(
    "closing",
    [
        # contacts, then the organisation's paragraph under its heading
        "For more information on this topic, please contact:\nIn Geneva, Anna Moreau, "
        "moreau@agency.example, +41 79 555 01 23\nAbout the agency\nThe agency leads "
        "international action to protect people forced to flee conflict and persecution, and "
        "helps them find a safe place to call home.",
        # the organisation's paragraph alone, opened by its heading
        "Über das Amt: Das Amt ist die oberste Bundesbehörde für die Außenpolitik und unterhält "
        "ein Netz von Auslandsvertretungen.",
        # the end mark, then the organisation's boilerplate and a contact line
        "-ENDS-\nDoctors Example is an international, independent medical humanitarian "
        "organisation that delivers emergency aid.\nSpokespeople are available. Contact "
        "press@doctors.example.",
        "Informations complémentaires :\nClaire Dubois, tél. : +41 22 555 12 34",
        # a contact line, then the end mark
        "Media contact: Sara Lind, Communication Officer, +1 212 555 0187, slind@agency.example"
        "\nEnds",
    ],
)
def test_release_closing_lines_are_dropped(closing: str) -> None:
    text = drop_furniture("\n".join([*RELEASE, closing]))
    assert text == "\n".join(RELEASE)


def test_story_going_on_after_a_for_more_information_line_keeps_its_text() -> None:
    rest = [
        "Charities said demand had risen sharply this year, with more families turning up than "
        "in previous winters, and called for a permanent fourth shelter in the east.",
        "Last winter two men died of exposure in the city's parks, prompting an inquiry that "
        "criticised how slowly the shelters had opened.",
    ]
    lines = [*RELEASE, "For more information, residents can call the council hotline.", *rest]
    assert drop_furniture("\n".join(lines)) == "\n".join(lines)


def test_about_heading_over_reporting_stays() -> None:
    lines = [*RELEASE, "About the victims", "The victims were named by police as two brothers "
             "aged 19 and 23 from the village, who had been fishing on the river."]  # fmt: skip
    assert drop_furniture("\n".join(lines)) == "\n".join(lines)


# --- news in further languages ---


@pytest.mark.parametrize(
    "line",
    [
        "Läs också: Rekordvarmt i juli – så blir vädret i helgen",
        "LÄS MER: SMHI varnar för orkanbyar längs kusten",
        "Lue myös: Tässä ovat syksyn myrskyt",
        "Olvasd el ezt is: Így alakul az időjárás a hétvégén",
        "Přečtěte si také: Policie varuje před náledím",
        "Citește și: Exercițiu militar de amploare în Marea Neagră",
        "İLGİLİ HABERMeteoroloji'den 12 il için turuncu uyarı",
        "İLGİNİZİ ÇEKEBİLİR Kandilli açıkladı: Ege açıklarında deprem",
        "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ: Οι σεισμολόγοι εξηγούν τι σημαίνει η νέα δόνηση",
        "Διαβάστε επίσης: Καύσωνας: πού θα φτάσει ο υδράργυρος",
        "עוד באתר: השר הודיע על מענק חדש לתושבי הצפון",
        "همچنین بخوانید: هشدار نارنجی هواشناسی برای ۵ استان",
        "Baca Juga: Cuaca Ekstrem, BMKG Minta Warga Waspada Longsor",
        'Simak Video "Detik-detik Gempa Guncang Garut"',
        "Xem thêm: Mưa lũ gây thiệt hại nặng nề ở các tỉnh miền núi phía Bắc",
        "관련기사 ▶ 건조특보 확대…전국 곳곳 산불 위험",
        "यह भी पढ़ें: हिमाचल में भूस्खलन से कई सड़कें बंद",
        "ये भी पढ़ें- बिजली की मांग ने तोड़ा रिकॉर्ड",
        # sign-offs, closing marks and calls to follow
        "홍길동 기자 hong@example.co.kr",
        "ⓒ 예시일보 무단전재-재배포 금지",
        "<저작권자 © 예시일보, 무단 전재 및 재배포 금지>",
        "انتهای پیام/",
        "Bizi Google News'te takip edin, son dakika gelişmelerinden haberdar olun.",
        "This is a developing story. Check back for updates.",
        "More to follow.",
        "Notizia in aggiornamento",
    ],
)
def test_furniture_line_in_further_languages_is_dropped(line: str) -> None:
    report = "Die Feuerwehr war mit 120 Einsatzkräften vor Ort, wie ein Sprecher am Abend sagte."
    assert drop_furniture(f"{report}\n{line}") == report


@pytest.mark.parametrize(
    "line",
    [
        "Google News stopped showing the outlet's stories in the region last year, the company said.",
        "More details emerged on Tuesday about the convoy's route through the valley.",
        "Olvasható volt a levélben, hogy a tárgyalások elakadtak.",
        "More details soon emerged about the route the convoy had taken.",
        "Next post-election talks will be held in the capital in May.",
    ],
)
def test_reporting_like_a_furniture_line_stays(line: str) -> None:
    assert drop_furniture(line) == line


def test_persian_words_keep_their_zero_width_non_joiner(tmp_path: Path) -> None:
    # trafilatura drops format characters; "می‌شود" without its joiner is another spelling
    lines = [
        "زمین‌لرزه‌ای به بزرگی ۵.۶ ریشتر بامداد امروز بخش‌هایی از استان کرمان را لرزاند و "
        "دست‌کم ۴۵ نفر مصدوم شدند.",
        "تیم‌های امداد به ۱۲ روستای آسیب‌دیده اعزام شده‌اند و توزیع چادر و پتو آغاز شده است.",
    ]
    title = "زلزله در کرمان؛ ده‌ها نفر مصدوم شدند"
    page = a_page(paragraphs(lines), lang="fa", title=title)
    article = read_path(write(tmp_path, "page.html", page))[0]
    assert_kept(article.text, lines)
    assert article.title == title
