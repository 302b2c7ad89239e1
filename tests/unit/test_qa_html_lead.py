"""The standfirst of saved news pages: the lead paragraph between the headline and the body's box
("standfirst", "dek", "chapo", "Vorspann", "entradilla", "sommario", "лид") that trafilatura
drops, kept when the page has no meta description to restore it; captions, bylines, dates, share
rows and related-story teasers around the headline are never taken for it. Every page here is
written for the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import html as lxml_html

from tests.fixtures.reader_builders import write
from timeline_app.readers import read_path
from timeline_app.readers.standfirst import standfirst

STORIES = {
    "en": (
        "Residents of the low-lying districts will be protected by 2028, the council promised "
        "after years of delay.",
        "The regional council approved the new flood defence plan on Tuesday after a debate "
        "that lasted almost nine hours, officials said.",
    ),
    "de": (
        "Die Bewohner der tief gelegenen Viertel sollen bis 2028 geschützt sein, versprach der "
        "Rat nach jahrelanger Verzögerung.",
        "Der Stadtrat hat am Dienstag nach einer fast neunstündigen Debatte den neuen "
        "Hochwasserschutzplan beschlossen, wie Beamte mitteilten.",
    ),
    "fr": (
        "Les habitants des quartiers bas seront protégés d'ici 2028, a promis le conseil après "
        "des années de retard.",
        "Le conseil régional a approuvé mardi le nouveau plan de protection contre les crues "
        "après un débat de près de neuf heures.",
    ),
    "es": (
        "Los vecinos de los barrios bajos estarán protegidos en 2028, prometió el consejo tras "
        "años de retraso.",
        "El consejo regional aprobó el martes el nuevo plan de defensa contra inundaciones tras "
        "un debate de casi nueve horas.",
    ),
    "it": (
        "Gli abitanti dei quartieri bassi saranno protetti entro il 2028, ha promesso il "
        "consiglio dopo anni di ritardi.",
        "Il consiglio regionale ha approvato martedì il nuovo piano di difesa dalle alluvioni "
        "dopo un dibattito durato quasi nove ore.",
    ),
    "ru": (
        "Жители низменных районов будут защищены к 2028 году, пообещал совет после многих лет "
        "задержек.",
        "Региональный совет во вторник одобрил новый план защиты от наводнений после дебатов, "
        "длившихся почти девять часов.",
    ),
    "uk": (
        "Мешканців низинних районів захистять до 2028 року, пообіцяла рада після років "
        "затримок і суперечок.",
        "Обласна рада у вівторок затвердила новий план захисту від повеней після дебатів, що "
        "тривали майже дев'ять годин.",
    ),
}
MORE = [
    "The plan foresees raising the river embankments along twelve kilometres and building two "
    "retention basins north of the city.",
    "Work on the first section is expected to begin in the spring, once the tender procedure "
    "has been completed.",
]
LEAD, FIRST = STORIES["en"]
TITLE = "Council approves flood plan"


def a_page(
    *,
    lead: str = "",
    between: str = "",
    first: str = FIRST,
    lang: str = "en",
    head: str = "",
    headline: str = f"<h1>{TITLE}</h1>",
) -> str:
    """A news page whose body box holds the story; `lead` and `between` sit after the headline,
    outside that box, where many sites print the standfirst, the byline and the main image."""
    body = "".join(f"<p>{p}</p>" for p in [first, *MORE])
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{TITLE} | Example News</title>{head}</head><body>"
        '<nav><a href="/">Home</a> <a href="/world">World</a></nav><main><article>'
        f'<header>{headline}{lead}{between}</header><div class="article-body">{body}</div>'
        "</article></main><footer>© 2025 Example News</footer></body></html>"
    )


def text_of(tmp_path: Path, page: str) -> str:
    return read_path(write(tmp_path, "page.html", page))[0].text


@pytest.mark.parametrize(
    ("lang", "box"),
    [
        ("en", '<p class="standfirst">{}</p>'),
        ("en", '<h2 class="article-dek">{}</h2>'),
        ("en", "<p>{}</p>"),
        ("de", '<p class="vorspann">{}</p>'),
        ("de", '<div class="article-teaser">{}</div>'),
        ("fr", '<p class="chapo">{}</p>'),
        ("es", '<h2 class="entradilla">{}</h2>'),
        ("it", '<div class="sommario">{}</div>'),
        ("ru", '<div class="article__lead">{}</div>'),
        ("uk", '<p class="post-lead">{}</p>'),
    ],
)
def test_the_standfirst_outside_the_body_is_kept(tmp_path: Path, lang: str, box: str) -> None:
    lead, first = STORIES[lang]
    text = text_of(tmp_path, a_page(lead=box.format(lead), first=first, lang=lang))
    assert text.startswith(f"{lead}\n")
    assert text.count(lead[:40]) == 1


def test_a_lead_the_extractor_drops_inside_the_body_is_kept(tmp_path: Path) -> None:
    # given the standfirst as a <div> at the top of the body's box (precision mode drops it)
    page = a_page().replace(
        '<div class="article-body">', f'<div class="article-body"><div>{LEAD}</div>'
    )
    assert text_of(tmp_path, page).startswith(f"{LEAD}\n{FIRST}")


def test_a_lead_already_in_the_text_is_not_repeated(tmp_path: Path) -> None:
    page = a_page().replace(
        '<div class="article-body">', f'<div class="article-body"><p>{LEAD}</p>'
    )
    assert text_of(tmp_path, page).count(LEAD[:40]) == 1


def test_the_pages_wording_wins_over_a_reworded_description(tmp_path: Path) -> None:
    # given a meta description that rewords the end of the visible standfirst
    reworded = LEAD.replace("after years of delay", "after a long delay")
    head = f'<meta name="description" content="{reworded}">'
    text = text_of(tmp_path, a_page(lead=f"<p>{LEAD}</p>", head=head))
    assert text.startswith(f"{LEAD}\n{FIRST}")
    assert reworded not in text


def test_the_headline_is_found_among_logo_and_sidebar_headings(tmp_path: Path) -> None:
    # given <h1> for the logo and a sidebar, and the story's headline in an <h2>
    page = a_page(lead=f"<p>{LEAD}</p>", headline=f"<h2>{TITLE}</h2>")
    page = page.replace("<nav>", '<h1 class="logo">Example News</h1><nav>').replace(
        "</main>", '</main><aside><h1>Most read</h1><p><a href="/x">Bridge closed</a></p></aside>'
    )
    text = text_of(tmp_path, page)
    assert text.startswith(f"{LEAD}\n{FIRST}")
    assert TITLE not in text


def test_the_headline_is_the_longest_heading_the_title_holds() -> None:
    # given a logo <h1> whose name the title holds too, and a news ticker before the story
    ticker = (
        '<div class="ticker"><p>Storm warnings remain in force across the north of the country '
        "until Friday, forecasters said.</p></div>"
    )
    page = a_page(lead=f"<p>{LEAD}</p>").replace(
        "<nav>", f'<h1 class="logo">Example News</h1>{ticker}<nav>'
    )
    tree = lxml_html.fromstring(page)
    title = f"{TITLE} | Example News"
    assert standfirst(tree, FIRST[:60], title) == [LEAD]


@pytest.mark.parametrize(
    "between",
    [
        # captions and credits beside an image, however the box is named
        '<div class="img-wrap"><img src="a.jpg"><span>The river in flood last winter. '
        "Photo: John Doe/Agency</span></div>",
        '<div class="hero"><picture><img src="a.jpg"></picture><p>Residents look at the flooded '
        "street in the centre of the town on Monday evening.</p></div>",
        '<figure><img src="a.jpg"><figcaption>Residents look at the flooded street in the centre '
        "of the town on Monday evening.</figcaption></figure>",
        # bylines and their dates
        "<p>By Jane Roe, Senior Correspondent, and John Doe in Brussels, for the regional desk</p>",
        '<div class="article-byline">Jane Roe reports from the flooded districts of the city for '
        "Example News</div>",
        "<p>Published 12 March 2024, 10:42 GMT. Last updated 13 March 2024, 09:00 GMT.</p>",
        # share rows, related stories, notes and prompts
        '<ul><li><a href="#">Share on Facebook</a></li><li><a href="#">Share on X</a></li></ul>',
        '<p><strong>Read also:</strong> <a href="/b">Bridge closed after the storm damaged its '
        "pillars on Sunday night</a></p>",
        '<div class="teaser"><a href="/b"><h3>Bridge closed</h3></a><p>The bridge was closed after '
        "the storm damaged its pillars on Sunday night, police said.</p></div>",
        "<p>Subscribe to our newsletter to get the latest news on the floods every morning in "
        "your inbox.</p>",
        "<aside><p>Key facts: the river flooded in 2021, 2023 and twice in 2024, affecting "
        "thousands.</p></aside>",
        "<p hidden>Residents of the other districts will have to wait for a second plan, the "
        "council said.</p>",
    ],
    ids=[
        "credit",
        "caption-by-picture",
        "figcaption",
        "long-byline",
        "byline-box",
        "dates",
        "share",
        "read-also",
        "teaser-card",
        "newsletter",
        "aside",
        "hidden",
    ],
)
def test_furniture_around_the_headline_is_not_a_lead(tmp_path: Path, between: str) -> None:
    text = text_of(tmp_path, a_page(lead=f'<p class="dek">{LEAD}</p>', between=between))
    assert text.split("\n")[:2] == [LEAD, FIRST]


def test_nothing_is_taken_when_the_body_does_not_follow_the_headline(tmp_path: Path) -> None:
    # given prose after the headline but the story's text elsewhere (before the headline)
    page = a_page(first=FIRST)
    body = page[page.index('<div class="article-body">') : page.index("</article>")]
    page = page.replace(body, "").replace("<main>", f"<main>{body}")
    page = page.replace("</header>", f"<p>{LEAD}</p></header>")
    assert LEAD not in text_of(tmp_path, page)


# Words of the story lost inside the body's box.
def a_body_page(*paragraphs: str, byline: str = "") -> str:
    body = "".join(paragraphs)
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{TITLE}</title></head><body><main><article><h1>{TITLE}</h1>{byline}"
        f'<div class="article-body">{body}</div></article></main></body></html>'
    )


def test_a_paragraph_in_a_div_among_paragraphs_is_kept(tmp_path: Path) -> None:
    extra = (
        "The mayor said the city would pay a third of the cost from its own budget over five years."
    )
    page = a_body_page(
        *(f"<p>{p}</p>" for p in [FIRST, MORE[0]]), f"<div>{extra}</div>", f"<p>{MORE[1]}</p>"
    )
    assert text_of(tmp_path, page).split("\n") == [FIRST, MORE[0], extra, MORE[1]]


def test_an_inline_quotation_stays_in_its_sentence(tmp_path: Path) -> None:
    said = (
        "<p>Asked about the delay, the mayor said <q>we waited <q>far</q> too long</q> and "
        "thanked the residents for their patience.</p>"
    )
    text = text_of(tmp_path, a_body_page(f"<p>{FIRST}</p>", said, f"<p>{MORE[0]}</p>"))
    assert (
        'Asked about the delay, the mayor said "we waited "far" too long" and thanked the '
        "residents for their patience." in text.split("\n")
    )


def test_the_words_of_a_date_in_a_sentence_are_kept(tmp_path: Path) -> None:
    # given a date marked up as <time> inside a sentence, and the byline's own <time>
    said = (
        '<p>The first embankment was raised on <time datetime="2024-03-10">Sunday</time> '
        "morning, before the council had even voted on the plan.</p>"
    )
    byline = '<p class="meta">By Jane Roe, <time datetime="2024-03-12">12 March 2024</time></p>'
    article = read_path(
        write(tmp_path, "page.html", a_body_page(f"<p>{FIRST}</p>", said, byline=byline))
    )[0]
    assert "The first embankment was raised on Sunday morning, before" in article.text
    assert str(article.published) == "2024-03-12"
