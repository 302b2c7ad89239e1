"""Boilerplate inside the story known by its shape, not its wording.

The phrase rules of boilerplate_words.py and its siblings catch the wordings already seen; each
new site words its notices and calls afresh. These rules look instead at what such a block *is*,
whatever it says, so that they hold for wordings nobody has listed:

- a short line that speaks of the page itself: it names the publication (its `og:site_name`)
  or "this article" — a rights notice, a correction or update note, a "comments are closed"
  line, a call to follow the paper's app. Reporting names the events, not its own page;
- a short line where the publication addresses the reader: "our" beside "you" or a question
  ("Want our news on your phone? Join our channel");
- a short line whose every sentence is a question or a call opening on its verb ("Support
  local reporting. Become a member ..."): reporting has subjects;
- a caption line closing on a parenthesised photo credit ("(Photograph by Jane Roe)").

Only short lines with no quotation in them are considered: a line of reporting that quotes
someone may say "our" and "you", and may name the paper that was told it.
"""

from __future__ import annotations

import re

SHORT = 200  # characters: a block this short may be a notice, longer ones are reporting
_DATELINE = 60  # characters: an agency named this near the start is the dateline's source
_DATELINE_MARKS = ("(", "—", "–", "-", "=", ",")  # what precedes the source in a dateline
_DATELINE_ENDS = (")", "-", "—", "–", ".", ":", "=")
_SITE_MIN = 4  # characters of a site name worth looking for (not "AP", not "BBC" alone)
_SOURCE_LINE = 25  # characters besides the name: fewer, and the line only credits the source
_QUOTE_MARKS = '"“”„«»‘’‚‹›「『'
# A quotation: «...», "...", „...“ — someone's words, not the page's, when it holds a few words
# (a name in guillemets, «Северный вестник», is not one).
_QUOTED = re.compile(r"[\"“”„«‘「『]([^\"“”„«»「」『』]+)[\"“”»’」』]")
_QUOTED_WORDS = 4
# The page itself: "this article", "cet article", "questo articolo", "этот материал" ...
_THIS_PAGE = re.compile(
    r"\b(?:this|the present) (?:article|story|piece|page)\b"  # ("this report" may be the UN's)
    r"|\b(?:dieser|diesem|dieses|diesen) (?:Artikel|Beitrag|Text)s?\b"
    r"|\b(?:cet|cette|ce) (?:article|page|texte|contenu)\b"
    r"|\b(?:este|esta|este) (?:artículo|nota|contenido|texto|artigo|matéria|conteúdo)\b"
    r"|\b(?:questo|questa|quest') ?(?:articolo|pagina|contenuto)\b"
    r"|(?:этот|этого|этом|эта|этой|данный|данного) (?:материал|стать|публикаци|текст)\w*"
    r"|(?:цей|цього|цьому|ця|цієї|даний) (?:матеріал|стат|публікаці|текст)\w*"
    r"|\b(?:ten|tego|tym|tej|ta) (?:artykuł|tekst|materiał|stron)\w*"
    r"|\bbu (?:haber|yazı|makale|içeri)\w*"
    r"|この記事|本記事"
    r"|(?:هذا|هذه) (?:المقال|المادة|الخبر)",
    re.IGNORECASE,
)
_FOR_THE_REPORTING = frozenset(["for", "to", "für", "pour", "para", "per", "для", "dla", "için"])
_VERSION = re.compile(r"versi[oóö]n|versione|versão|верси|wersj", re.IGNORECASE)
_VERSION_REACH = 25  # characters before "this article"
# A syndication note names its piece and its paper too; html.py keeps it on purpose.
_SYNDICATION = re.compile(
    r"originally|first (?:appeared|published)|zuerst|initialement|originalmente|originariamente",
    re.IGNORECASE,
)
# The publication speaking: "our", "unser", "notre", "nuestro", "nostro", "nosso", "наш", "nasz".
# Lower case or capitalised only: "NOS" is a broadcaster.
_OUR = re.compile(
    r"\b(?:[Oo]ur|[Uu]nser\w*|[Nn]otre|[Nn]os|[Nn]uestr[oa]s?|[Nn]ostr[oaie]|[Nn]oss[oa]s?|"
    r"[Нн]аш(?:а|е|и|его|ей|ем|ему|им|их|у)?|[Nn]asz(?:a|e|ego|ej|ym|ych|ą)?)\b"
)
# The reader addressed: "you", "Sie", "vous", "te", "ti", "você", "вы", "ви", "ty" ...
_YOU = re.compile(
    r"\b(?:you|your|yours|Sie|Ihnen|Ihre?[mnrs]?|dich|dein\w*|vous|votre|vos|tu|ti|tuo|tua|"
    r"usted\w*|você|vocês|вы|вас|вам|ваш\w*|ты|тебе|ви|вам|твій|ty|cię|tobie|twój|siz|sizin)\b"
)
# A call's verb opening each of its sentences, with no subject: "Support ...", "Become ...",
# "Never miss ...", "Folgen Sie ...", "Abonnez-vous ...". Reporting has a subject.
_IMPERATIVE = re.compile(
    r"^(?:(?:never|don't|do not) miss|support|become|join|follow|subscribe|sign up|download|"
    r"install|tap|click|share|donate|register|get (?:the|our|your)|help us|tell us|send us|"
    r"stay (?:informed|up to date|connected)|(?:abonnieren|folgen|unterstützen|werden|laden|"
    r"melden|teilen|schreiben|registrieren) sie|\w+ez-(?:vous|nous)|suivez|soutenez|"
    r"rejoignez|partagez|téléchargez|inscrivez|abonnez)\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
# A photo's credit closing a caption: "(Photograph by Jane Roe)", "(foto Davide Re)", "（撮影・山本）".
_PAREN_CREDIT = re.compile(
    r"[(（]\s*(?:photo(?:graph)?s?|pictures?|images?|credits?|foto(?:s|grafía|grafia|grafie)?|"
    r"bild(?:er)?|fot\.|фото|світлина|撮影|写真)\b[^()（）]{1,60}[)）]\s*$",
    re.IGNORECASE,
)


def drop_shaped(text: str, site: str = "") -> str:
    """`text` without the short lines that by their shape are notices, calls or credits."""
    names = _site_names(site)
    lines = text.split("\n")
    kept = [line for line in lines if not is_shaped(line.strip(), names)]
    return "\n".join(kept) if len(kept) < len(lines) else text


def is_shaped(line: str, names: tuple[str, ...] = ()) -> bool:
    """Whether one line is a notice, call or credit by its shape (see the module's docstring)."""
    if not line or len(line) > SHORT or line[0] in _QUOTE_MARKS or _quotes(line):
        return False  # someone's words (a quotation may run on over several lines)
    if _SYNDICATION.search(line):
        return False
    if _PAREN_CREDIT.search(line):
        return True
    if _speaks_of_page(line):
        return True
    if any(_names_page(line, name) for name in names):
        return True
    if _is_call(line):
        return True
    return bool(_OUR.search(line) and (_YOU.search(line) or "?" in line))


def _speaks_of_page(line: str) -> bool:
    """Whether the line speaks of "this article" as a page (a correction, a rights or comments
    notice), not of the reporting done for it: "interviewed for this report", "contributed to
    this story" are the story's own method and sources. A correction ("an earlier version of
    this article said ...") gives the right facts and is kept, as boilerplate.py keeps it."""
    for m in _THIS_PAGE.finditer(line):
        before = line[: m.start()].split()
        if _VERSION.search(line, max(0, m.start() - _VERSION_REACH), m.start()):
            continue  # "an earlier version of this article said 34": a correction, kept
        if not before or before[-1].lower() not in _FOR_THE_REPORTING:
            return True
    return False


def _quotes(line: str) -> bool:
    return any(len(m.group(1).split()) >= _QUOTED_WORDS for m in _QUOTED.finditer(line))


def _is_call(line: str) -> bool:
    """Every sentence a question or a call opening on its verb ("Support local reporting.
    Become a member ..."); a heading, with no full stop, is not one."""
    sentences = _SENTENCE.split(line)
    return line[-1] in ".!" and all(
        s.endswith("?") or _IMPERATIVE.match(s.lstrip("\"'“„«([")) for s in sentences
    )


# The paper as the one reporting was told or asked: "told Reuters", "a Reuters witness", "said
# in an interview with CNN", "sagte dem Spiegel", "a déclaré au Monde", "dijo a El País",
# "заявил РБК": reporting, whose line names the paper yet is the story.
_TOLD_BEFORE = re.compile(
    r"(?:\b(?:told|tells|tell|telling|to|with|by|for|from|a|an|according to|spoke to|speaking to)"
    r"|\b(?:sagte|sagten|sagt|erklärte|erklärten|bestätigte|gegenüber|laut)(?: de[mnr]| die)?"
    r"|\b(?:a|ont) (?:déclaré|dit|indiqué|confié|expliqué|affirmé|assuré) (?:au|à la|à l'|à)"
    r"|\bselon(?: le| la| l')?"
    r"|\b(?:dijo|declaró|explicó|afirmó|contó|aseguró|confirmó|según)(?: al| a la| a| el| la)?"
    r"|(?:заявил|сказал|рассказал|сообщил|сообщает|пишет|по данным|по информации)[аи]?"
    r")\s*(?:the\s+)?$",
    re.IGNORECASE,
)
_POSSESSIVE_AFTER = re.compile(r"^['’]s?\s+[a-z]")  # "Al Jazeera's correspondent reported"


def _names_page(line: str, name: str) -> bool:
    """Whether `line` names the publication other than in an agency's dateline, "BEIJING
    (Reuters) -", "МОСКВА, 7 дек — РИА Новости.", where it opens the story as its source, or
    as the subject of a sentence of reporting: "Reuters could not verify the footage." """
    at = line.find(name)
    if at < 0 or len(line) - len(name) < _SOURCE_LINE:
        return False  # "Source: Kurier Regionalny, PAP": where the story comes from
    rest = line[at + len(name) :]
    if at == 0 and rest[:1] == " " and rest[1:2].islower():
        return False
    if _TOLD_BEFORE.search(line[max(0, at - 40) : at]) or _POSSESSIVE_AFTER.match(rest):
        return False  # "Ukraine's army told Reuters that ...": the story, told to the paper
    before = line[:at].rstrip()[-1:]
    return not (
        at < _DATELINE and before in _DATELINE_MARKS and rest.lstrip()[:1] in _DATELINE_ENDS
    )


def _site_names(site: str) -> tuple[str, ...]:
    """The publication's name as a page prints it: "Coastline Herald", without "The"."""
    site = " ".join(site.split())
    if "." in site and " " not in site:  # a host name, not a name
        return ()
    bare = re.sub(r"^(?:the|la|le|el|il|der|die|das)\s+", "", site, flags=re.IGNORECASE)
    return tuple(n for n in dict.fromkeys((site, bare)) if len(n) >= _SITE_MIN)
