"""Page families of saved news pages beyond the article-with-sidebar: boxes inside the article
body (factboxes kept; other stories' cards, rails, polls, players, podcast, donation and consent
prompts dropped), div soup and layout tables, comments without "comment" in their names, photo
galleries, and the furniture lines of pt, pl, nl, zh, ja and ar pages. Correction notes that say
what was wrong are kept.

Every page and line here is written for the test, in the shape of a family of pages, never
copied from one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fixtures.reader_builders import write
from timeline_app.readers import read_path
from timeline_app.readers.boilerplate import drop_furniture

REPORT = [
    "Heavy rain caused the river to burst its banks on Monday night, flooding more than 300 "
    "homes in the market town, the county council said.",
    "Emergency crews used boats to rescue 41 people from the lower streets, and a rest centre "
    "was opened in the town's secondary school.",
    "The water peaked at 4.2 metres, the highest level since records began in 1953, and "
    "forecasters warned that more rain was expected on Wednesday.",
    "The council leader said the town's defences had been overwhelmed and promised a full "
    "review once the water had receded.",
]


def a_page(box: str = "", *, after: str = "", lang: str = "en", closing: str = "") -> str:
    """A news page whose article body holds `box` between its second and third paragraphs and
    `closing` after the last; `after` follows the body, inside the article's box."""
    first = "".join(f"<p>{p}</p>" for p in REPORT[:2])
    rest = "".join(f"<p>{p}</p>" for p in REPORT[2:])
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>Floods</title>'
        '<meta property="article:published_time" content="2025-03-12T08:00:00Z"></head><body>'
        '<nav><a href="/">Home</a> <a href="/world">World</a></nav><main><article>'
        f'<h1>Floods hit the town</h1><div class="c7">{first}{box}{rest}{closing}</div>{after}'
        "</article></main><footer>Example News</footer></body></html>"
    )


def read(tmp_path: Path, page: str) -> str:
    return read_path(write(tmp_path, "page.html", page))[0].text


def assert_report_kept(text: str) -> None:
    for paragraph in REPORT:
        assert paragraph in text.split("\n")


# --- boxes the page's own words name: rails, teasers and comments in the page's language ---


@pytest.mark.parametrize(
    ("box", "furniture"),
    [
        # a teaser labelled by its first words, in a box with no telling class name
        (
            '<div class="x1"><div class="x2">Mehr zum Thema</div><div class="x3"><p>Das '
            "Hallenbad in Krailling bleibt bis zum Herbst geschlossen, wie die Gemeinde am Montag "
            "mitteilte.</p></div></div>",
            "Hallenbad in Krailling",
        ),
        # a section whose aria-label says what it holds
        (
            '<section aria-label="Noticias relacionadas"><article><h3><a href="/1">La ola de '
            "calor deja récords en Sevilla</a></h3><p>Las temperaturas superaron los 44 grados en "
            "varias localidades andaluzas durante el fin de semana.</p></article></section>",
            "superaron los 44 grados",
        ),
    ],
)
def test_box_labelled_as_other_stories_is_pruned(tmp_path: Path, box: str, furniture: str) -> None:
    text = read(tmp_path, a_page(box))
    assert furniture not in text
    assert_report_kept(text)


@pytest.mark.parametrize(
    ("after", "comment"),
    [
        # the heading as the box's own first words (div soup)
        (
            '<div class="z6">Commenti dei lettori<div class="t2">Mario R.: sempre la stessa '
            "storia su quella strada, servono le barriere</div></div>",
            "sempre la stessa storia",
        ),
        # an aria-label in Polish
        (
            '<section class="k9" aria-label="Komentarze"><p>Jan_K: Najpierw niech zrobią porządek '
            "z syrenami alarmowymi w mojej gminie.</p></section>",
            "porządek z syrenami",
        ),
        # a Chinese heading
        (
            '<div class="pl"><h3>网友评论</h3><p>网友甲：希望下半年继续保持增长。</p></div>',
            "希望下半年继续保持增长",
        ),
        # a comment long enough to pass for the story's last paragraph
        (
            '<div class="q2"><h3>Leserbriefe</h3><p>Hans K. schreibt: Endlich tut sich etwas, '
            "aber für unser Kreiskrankenhaus kommt das leider viel zu spät, das wurde schon vor "
            "zwei Jahren geschlossen.</p></div>",
            "für unser Kreiskrankenhaus",
        ),
    ],
)
def test_comments_headed_in_the_pages_language_are_pruned(
    tmp_path: Path, after: str, comment: str
) -> None:
    text = read(tmp_path, a_page(after=after))
    assert comment not in text
    assert_report_kept(text)


REACTIONS = [
    "Manufacturers said they would challenge the decision in court, arguing that it was "
    "unlawful and rushed.",
    "Farmers' groups welcomed the decision and urged neighbouring councils to follow suit.",
]


@pytest.mark.parametrize("wrapper", ["{}", '<section class="s2">{}</section>'])
def test_the_storys_own_reactions_section_is_kept(tmp_path: Path, wrapper: str) -> None:
    # given the story closing with a section headed "Reactions", as a box of its own or not
    section = wrapper.format("<h2>Reactions</h2>" + "".join(f"<p>{p}</p>" for p in REACTIONS))
    text = read(tmp_path, a_page(closing=section))
    assert_report_kept(text)
    for paragraph in REACTIONS:
        assert paragraph in text


ZH_REPORT = [
    "据市气象台消息，受强冷空气影响，本市将于周三夜间至周四出现大风降温天气，最低气温将下降八到十度。",
    "气象部门提醒市民注意防寒保暖，户外作业人员应做好防风措施，高空设施需提前加固。",
    "交通部门表示，大风可能影响部分航班和渡轮运行，旅客出行前应及时关注相关信息。",
]


def test_a_chinese_story_in_a_box_named_by_a_weak_word_is_kept(tmp_path: Path) -> None:
    # given Chinese paragraphs (full-width stops, no spaces) in a box whose class says "social"
    body = "".join(f"<p>{p}</p>" for p in ZH_REPORT)
    page = (
        '<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>大风降温</title></head>'
        '<body><div class="top"><a href="/">首页</a></div><h1>本市周三起将迎大风降温天气</h1>'
        f'<div class="content social-enabled">{body}</div><div class="pl"><h3>网友评论</h3>'
        "<p>网友甲：希望下半年继续保持增长。</p></div></body></html>"
    )
    text = read(tmp_path, page)
    for paragraph in ZH_REPORT:
        assert paragraph in text
    assert "希望下半年" not in text


# --- other stories' cards standing among the paragraphs ---


@pytest.mark.parametrize(
    "card",
    [
        # a linked heading over the card's own paragraphs
        '<div class="encart"><a href="/other"><h3>Storm leaves hundreds without power in the '
        "west</h3></a><p>Thousands of homes were left without electricity after winds of up to "
        "80mph brought down power lines on Sunday.</p><p>Engineers worked through the night to "
        "restore supplies, the network operator said.</p></div>",
        # a linked first line, no heading
        '<div class="k1"><a href="/other"><strong>Storm leaves hundreds without power in the '
        "west</strong></a><p>Thousands of homes were left without electricity after winds of up "
        "to 80mph brought down power lines on Sunday.</p></div>",
    ],
    ids=["linked-heading", "linked-first-line"],
)
def test_another_storys_card_inside_the_body_is_pruned(tmp_path: Path, card: str) -> None:
    text = read(tmp_path, a_page(card))
    assert "Thousands of homes were left without electricity" not in text
    assert_report_kept(text)


def test_live_blog_entries_linking_to_their_own_anchors_are_kept(tmp_path: Path) -> None:
    # given an entry among the live blog's paragraphs whose heading is its permalink
    entry = (
        '<div class="entry"><a href="https://news.example.org/live/floods#post-3"><h3>Minister '
        "visits the town</h3></a><p>The environment minister visited the flooded streets on "
        "Tuesday and promised emergency funding for residents.</p></div>"
    )
    text = read(tmp_path, a_page(entry))
    assert "The environment minister visited the flooded streets" in text
    assert_report_kept(text)


def test_the_storys_linked_subheadings_keep_their_paragraphs(tmp_path: Path) -> None:
    # given subheadings that link to topic pages, standing among the story's paragraphs
    box = '<h2><a href="/topic/floods">The rescue</a></h2>'
    text = read(tmp_path, a_page(box, closing='<h2><a href="/topic/council">What next</a></h2>'))
    assert_report_kept(text)


# --- widgets, factboxes, players and layout ---


def test_a_poll_inside_the_body_is_pruned(tmp_path: Path) -> None:
    poll = (
        '<div class="c-poll"><p>Should the government pay for new flood defences?</p><label>'
        '<input type="radio" name="v">Yes</label><label><input type="radio" name="v">No</label>'
        "<button>Vote</button><p>1,204 votes so far</p></div>"
    )
    text = read(tmp_path, a_page(poll))
    assert "Should the government pay" not in text
    assert "votes so far" not in text
    assert_report_kept(text)


def test_a_factbox_aside_inside_the_story_is_kept(tmp_path: Path) -> None:
    box = (
        '<aside class="box"><h3>What we know</h3><ul><li>More than 300 homes were flooded in the '
        "lower town.</li><li>A rest centre is open at the secondary school.</li></ul></aside>"
    )
    text = read(tmp_path, a_page(box))
    assert "More than 300 homes were flooded in the lower town." in text
    assert_report_kept(text)


def test_a_sidebar_aside_stays_out(tmp_path: Path) -> None:
    aside = (
        "<aside><h3>Elsewhere</h3><p>The regional elections will be held on 4 May, the electoral "
        "commission confirmed on Friday.</p></aside>"
    )
    page = a_page().replace("</main>", f"</main>{aside}")
    assert "regional elections" not in read(tmp_path, page)


def test_a_story_laid_out_in_a_table_reads_as_its_paragraphs(tmp_path: Path) -> None:
    # given a regional site's page laid out in tables: menu row, story cell, sidebar cell
    story = "<br><br>".join(REPORT)
    page = (
        '<!DOCTYPE html><html lang="pt"><head><meta charset="utf-8"><title>Cheias</title></head>'
        '<body><table width="100%"><tr><td><a href="/">Início</a> | <a href="/local">Local</a>'
        '</td></tr><tr><td><table><tr><td valign="top"><h1>Floods hit the town</h1>'
        f'{story}<br><br><b>Leia também:</b> <a href="/y">Metro works delayed by six months</a>'
        '</td><td valign="top"><b>Mais lidas</b><br><a href="/1">Warehouse fire in the port</a>'
        "<br><b>Assine já</b><br>Assine o jornal e tenha acesso ilimitado a todas as notícias "
        "por apenas 4,99 euros por mês.</td></tr></table></td></tr></table></body></html>"
    )
    text = read(tmp_path, page)
    assert_report_kept(text)
    for furniture in ("Metro works delayed", "Warehouse fire", "acesso ilimitado", "|"):
        assert furniture not in text


def test_a_data_table_stays_a_table(tmp_path: Path) -> None:
    table = (
        "<table><tr><th>District</th><th>Homes flooded</th></tr><tr><td>Lower town</td>"
        "<td>214</td></tr><tr><td>Riverside</td><td>93</td></tr></table>"
    )
    assert "| Lower town | 214 |" in read(tmp_path, a_page(table))


# --- photo galleries: the captions are the story ---

CAPTIONS = [
    "Crowds gather on the seafront as temperatures reach 31C on Tuesday afternoon, the hottest "
    "March day on record.",
    "A man cools off in the fountain in the main square, where the temperature peaked at 29C.",
    "Farmers water crops by hand after the agency warned of early drought in the east.",
]


def a_gallery(paragraphs: list[str], *, photos: bool = True) -> str:
    figures = "".join(
        f'<figure><img src="{i}.jpg"><figcaption>{c} <span class="credit">Photograph: Jane Roe/'
        "Example Agency</span></figcaption></figure>"
        for i, c in enumerate(CAPTIONS if photos else [])
    )
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Heat in pictures'
        "</title></head><body><main><article><h1>Record March heat – in pictures</h1>"
        f"{body}{figures}</article></main></body></html>"
    )


def test_the_captions_of_a_photo_gallery_are_kept_without_credits(tmp_path: Path) -> None:
    lead = "Temperatures soared past 30C in parts of the south on Tuesday, a record for March."
    text = read(tmp_path, a_gallery([lead]))
    assert text.split("\n")[-3:] == CAPTIONS
    assert "Photograph" not in text


def test_the_captions_of_teaser_cards_stay_out(tmp_path: Path) -> None:
    # given a short story and a rail of video cards whose texts are classed as captions
    cards = "".join(
        f'<a href="/video/{i}"><img src="{i}.jpg"><p class="card-caption">{c}</p></a>'
        for i, c in enumerate(CAPTIONS)
    )
    page = a_gallery([REPORT[0]], photos=False).replace(
        "</article>", f'</article><div class="rail">{cards}</div>'
    )
    text = read(tmp_path, page)
    assert REPORT[0] in text
    assert not any(caption[:40] in text for caption in CAPTIONS)


def test_the_captions_of_a_storys_photos_stay_out(tmp_path: Path) -> None:
    # given a story with its own paragraphs and three captioned photos
    text = read(tmp_path, a_gallery(REPORT))
    assert_report_kept(text)
    assert not any(caption[:40] in text for caption in CAPTIONS)


# --- furniture lines in the languages of these page families ---

REPORT_LINE = REPORT[0]

FURNITURE_LINES = [
    # players, podcasts, donations, consent prompts
    "Video duration 02:14",
    "02:14 Min.",
    "Czas trwania 01:48",
    "Vídeo: Así será la nueva avenida verde del centro",
    "Veja o vídeo: Ministra explica o aumento",
    "Guarda il video: le immagini dal drone",
    "Listen to our daily news podcast, The Briefing, wherever you get your podcasts.",
    "Our journalism is free for everyone. If you can, please support us with a contribution "
    "from just £1.",
    "Підтримайте незалежну журналістику — станьте нашим патроном вже сьогодні.",
    "Wir benötigen Ihre Zustimmung, um den Inhalt von YouTube anzuzeigen. Mit Klick auf "
    "„Akzeptieren“ stimmen Sie der Datenverarbeitung zu.",
    "Akzeptieren",
    "Deze site gebruikt cookies om de ervaring te verbeteren.",
    "Якщо ви помітили помилку, виділіть її та натисніть Ctrl+Enter",
    # share calls
    "Comparte esta noticia",
    "Deel dit artikel",
    "Udostępnij artykuł",
    "Partilhe esta notícia",
    "この記事をシェアする",
    "分享到：微信 微博 QQ空间",
    # paywalls
    "Lesen Sie weiter mit Z+",
    "Já é assinante? Inicie sessão",
    "Assine o jornal e tenha acesso ilimitado a todas as notícias por 4,99 euros por mês.",
    "Word nu abonnee en lees onbeperkt",
    # teaser labels, rails and tags
    "Leia também: Metro do Porto atrasa seis meses",
    "Czytaj także: Ile kosztuje budowa schronu?",
    "Lees ook: Huurprijzen stijgen harder dan de inflatie",
    "Mais lidas",
    "Najczęściej czytane",
    "Meest gelezen",
    "Ultim'ora",
    "相关阅读：",
    "関連記事",
    "اقرأ أيضا: ارتفاع أسعار الخضروات",
    "Tagi: Sejm, zwierzęta",
    "Trefwoorden: wonen, politiek",
    "الوسوم: الزراعة",
    # comments headings, editor and copyright notes
    "Komentarze",
    "Leserbriefe",
    "Commenti dei lettori",
    "责任编辑：王小明",
    "版权声明：本网站所刊载信息，未经授权不得转载。",
    "（C）2025 Example Media",
    # credits in Dutch and Polish, follow calls in Arabic, rating widgets
    "Beeld: ANP",
    "De brandweer bij het pand in Tilburg. (Beeld: Jan de Vries)",
    "Fot. Marek Nowak / Agencja Wyborcza.pl",
    "Spalona hala targowa w Łodzi. Fot. Jan Kowalski/PAP",
    "تابعونا على تويتر وفيسبوك",
    "Оцените материал: 12 3",
    "Rate this article",
    "Read the full story",
    "Czytaj dalej",
    "Lees verder",
    # newsletter promotions in nl, pl, pt, es, zh, ja, ar
    "Schrijf je in voor onze nieuwsbrief en ontvang elke ochtend het laatste nieuws.",
    "Zapisz się do naszego newslettera i bądź na bieżąco.",
    "Inscreva-se na nossa newsletter e receba as principais notícias.",
    "Suscríbete a nuestro boletín y recibe las noticias cada mañana.",
    "订阅我们的新闻通讯",
    "ニュースレターに登録",
    "اشترك في النشرة الإخبارية",
]


@pytest.mark.parametrize("line", FURNITURE_LINES, ids=lambda s: s[:30])
def test_furniture_line_of_these_families_is_dropped(line: str) -> None:
    text = "\n".join([REPORT_LINE, line, REPORT_LINE])
    assert drop_furniture(text) == "\n".join([REPORT_LINE, REPORT_LINE])


KEPT_LINES = [
    # correction notes say what was wrong: the analyst needs them
    "Correction: An earlier version of this article said 34 people had been rescued; the council "
    "has since confirmed the figure is 41.",
    "Berichtigung: In einer früheren Fassung hieß es, der Angriff sei am Montag gewesen.",
    "An earlier version of this story misstated the date of the strike.",
    # reporting that opens like a call or holds its words
    "Support for the measure was strongest among parents' associations, which collected 80,000 "
    "signatures.",
    "Readers support our journalism through subscriptions, the publisher said in its annual "
    "report.",
    "Parents must give their consent before the content is shown to children, the regulator said.",
    "Have you been affected by the floods? Share your videos, pictures and stories with us.",
    "Gerelateerd aan de aanslag werden drie mannen opgepakt, meldt de politie.",
    "Video footage shared on Monday showed the bridge collapsing into the river.",
    "Reactions from the opposition were swift, with several leaders calling for an inquiry.",
    "(c) any person who enters the zone without a permit commits an offence.",
    "De nieuwsbrief van de gemeente meldde dinsdag dat de brug dicht blijft.",
    "El Boletín Oficial del Estado publicó el decreto el martes.",
    "Inspectors were given unlimited access to the sites, the agency said on Tuesday.",
    "Los inspectores tendrán acceso ilimitado a las instalaciones, según el acuerdo.",
    "Support us, the mayor told members of parliament on Monday.",
]


@pytest.mark.parametrize("line", KEPT_LINES, ids=lambda s: s[:30])
def test_reporting_and_correction_notes_are_kept(line: str) -> None:
    text = "\n".join([REPORT_LINE, line, REPORT_LINE])
    assert drop_furniture(text) == text


def test_a_correction_note_in_the_body_is_kept(tmp_path: Path) -> None:
    note = (
        "Correction: An earlier version of this article said 34 people had been rescued; the "
        "council has since confirmed the figure is 41."
    )
    text = read(tmp_path, a_page(closing=f"<p>{note}</p>"))
    assert note in text
    assert_report_kept(text)
