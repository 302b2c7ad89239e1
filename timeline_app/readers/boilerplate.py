"""Lines that slip through main-text extraction but are page furniture, not reporting: newsletter
promotions, "Advertisement", photo credits, "Read more:" links, share and comment prompts, media
labels, rules, bare links, contact tables and the author's bio at the end.

Only short lines are considered, so a sentence of reporting that mentions a newsletter stays.
"""

from __future__ import annotations

import re

_MAX_LINE = 250
_FURNITURE = re.compile(
    r"^\W*(?:advertisement|advertising|anzeige|werbung|publicité|publicidad|pubblicità|реклама|"
    r"reklama|sponsored(?: content)?)\W*$"
    r"|^\W*(?:photo|image|picture|credit|foto|bild|photograph)s?(?:\s+credit)?\s*:.{0,120}$"
    r"|^\W*(?:read more|related|see also|also read|more on this|lesen sie auch|mehr zum thema|"
    r"lire aussi|à lire aussi|leer más|lee también|leggi anche|читайте также|читайте також)\b.{0,200}$"
    r"|^\W*(?:share (?:this|on)|follow us on|click here|tap here)\b.{0,150}$"
    r"|^\W*(?:©|\(c\)\s|copyright\b).{0,150}$|^.{0,150}\ball rights reserved\b.{0,40}$"
    r"|^\W*(?:continue reading|seguir leyendo|sigue leyendo|weiterlesen|lire la suite|"
    r"continua a leggere|leia mais|читайте материал|читайте\s+(?:также|також)|loading)\b.{0,150}$"
    r"|^.{0,200}\b(?:photo|foto|bild|image|credit|picture)s?\s*:\s*[\w .,/&-]{1,40}$"
    r"|^\W*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\W*$|^\W*\(?end\)?\W*$"
    r"|^\W*(?:photo(?:graph)?|image|picture)s?\s+(?:by|courtesy|source)\b.{0,120}$"
    # media labels of embedded players and galleries: "Video: ...", "Galerie: ..."
    r"|^\W*(?:video|watch|listen|gallery|photo gallery|podcast|vidéo|galerie|bildergalerie|"
    r"fotogalerie|fotostrecke|galería|galleria|fotogallery|audio)\s*:.{0,150}$"
    # "More on coronavirus:" — a heading over a list of links
    r"|^\W*(?:more (?:on|about|from)|mehr (?:zu|zum|über)|plus sur|más sobre|altro su)\b.{0,60}:\W*$"
    # rules drawn with characters, bare links (embedded posts), lone navigation words
    r"|^[\s_=*~#·•.\-–—]{3,}$|^\W*(?:https?://|www\.)\S+\W*$"
    r"|^\W*(?:share|tweet|print|e-?mail|comments?|sign in|log in|teilen|drucken|kommentare|"
    r"anmelden|partager|imprimer|commentaires|compartir|imprimir|comentarios|condividi|stampa|"
    r"commenti)\W*$"
    # comment prompts and cookie notices
    r"|^.{0,80}\b(?:to (?:leave|post|add) a comment|comments? (?:are|is) (?:closed|disabled)|"
    r"join the (?:conversation|discussion))\b.{0,80}$"
    r"|^.{0,120}\bcookies?\b.{0,80}\b(?:accept|consent|agree|akzeptier|zustimm|accepte|"
    r"acepta|accetta|einverstanden)\w*.{0,80}$",
    re.IGNORECASE,
)
# Headings of teaser lists (a few words, no sentence: "Latest news on the talks: ..." stays),
# reading aids and paywall notes, in the languages analysts read most.
_TEASER = re.compile(
    r"^\W*(?:you (?:may|might) also like|recommended(?: for you)?|most (?:read|popular|viewed)|"
    r"trending(?: now| stories)?|top stories|more stories|latest (?:news|stories)|"
    r"das könnte sie auch interessieren|meistgelesen\w*|empfohlen\w*|zur startseite|"
    r"vous (?:aimerez|pourriez aimer) aussi|les plus lus|à (?:lire|voir) également|"
    r"te puede interesar|lo más (?:leído|visto)|también te puede interesar|"
    r"potrebbe interessarti|i più letti|ti potrebbe interessare|"
    r"skip to (?:main )?content|back to top|our standards)\b[^.!?]{0,30}[.:]?$"
    r"|^\W*(?:listen to this (?:article|story)|artikel (?:anhören|vorlesen)|écouter cet article|"
    r"escuchar (?:este artículo|la noticia)|ascolta (?:l['’]articolo|questo articolo))\b.{0,40}$"
    r"|^\W*(?:reading time|lesezeit|temps de lecture|tiempo de lectura|tempo di lettura)\W.{0,30}$"
    r"|^\W*\d{1,2}\s*(?:min(?:ute)?s?\.?\s+read|min\.?\s+lesezeit|min de lecture)\W*$"
    r"|^.{0,40}\bthis article is (?:more than|over) \w+ (?:years?|months?) old\W*$"
    r"|^.{0,60}\b(?:réservé aux abonnés|nur für abonnenten|exclusive to subscribers|"
    r"for subscribers only|subscribers only|solo para suscriptores|riservato agli abbonati)\b.{0,60}$",
    re.IGNORECASE,
)
_NEWSLETTER = re.compile(r"\bnewsletters?\b|\bnewsletter\w*", re.IGNORECASE)
_SIGN_UP = re.compile(
    r"\b(?:sign(?:ing)?[- ]up|subscri\w+|your (?:e-?mail|inbox)|inbox|abonn\w+|anmeld\w+|"
    r"inscri\w+|iscriv\w+|suscr\w+)",
    re.IGNORECASE,
)
# "Follow us on Facebook", "You can contact us on Twitter, Instagram": a call to a social account.
_SOCIAL = re.compile(
    r"\b(?:facebook|twitter|instagram|whatsapp|telegram|linkedin|youtube|tiktok|threads)\b", re.I
)
_CALL = re.compile(
    r"\b(?:follow|contact|join|find|like|message|folgen|suivez|rejoignez|contactez)"
    r"(?:[\s-]+\w+){0,3}[\s-]+(?:us|uns|nous)\b"
    r"|\b(?:síguenos|sígannos|seguici|seguiteci|seguinos)\b|\byou can (?:contact|follow|reach|find)\b",
    re.I,
)
# The author's bio closing a page: "Jane Roe is a senior writer for Example News." The subject is
# a bare name (capitalised words), so "The minister, 61, is a former reporter" stays.
_BIO = re.compile(
    r"^[A-ZÀ-Þ][\w.'’-]+(?:\s+[A-ZÀ-Þ][\w.'’-]+){1,3}\s+(?:is|ist|est|es|è)\s+"
    r"(?i:(?:a|an|the|ein|eine|un|une|una|uno)\s+)?(?:[\w-]+\s+){0,4}"
    r"(?i:writer|reporter|correspondent|editor|columnist|journalist|contributor|"
    r"redakteur\w*|korrespondent\w*|journalist\w*|autor\w*|journaliste|correspondant\w*|"
    r"rédact\w+|periodista|corresponsal|redactor\w*|giornalista|corrispondente|redattore)\b.{0,120}$"
)
_BIO_TAIL = 3  # only the last lines: a reporter named mid-story is reporting
_TABLE_ROW = re.compile(r"^\s*\|")
_CONTACT = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+|https?://|www\.")


def drop_furniture(text: str) -> str:
    """The text without furniture lines (and a newsletter promotion's neighbouring lines)."""
    lines = _drop_contact_tables(text.split("\n"))
    promo = {i for i, line in enumerate(lines) if _is_promo(line)}
    near = {j for i in promo for j in (i - 1, i + 1, i + 2) if 0 <= j < len(lines)}
    kept = [
        line
        for i, line in enumerate(lines)
        if i not in promo
        and not (i in near and len(line) <= _MAX_LINE and _SIGN_UP.search(line))
        and not (len(line) <= _MAX_LINE and _is_furniture(line.strip()))
    ]
    return "\n".join(_drop_closing_bio(kept))


def _is_furniture(line: str) -> bool:
    return bool(
        _FURNITURE.match(line)
        or _TEASER.match(line)
        or (len(line) <= 160 and _SOCIAL.search(line) and _CALL.search(line))
    )


def _is_promo(line: str) -> bool:
    return (
        len(line) <= _MAX_LINE
        and bool(_NEWSLETTER.search(line) and _SIGN_UP.search(line))
        or (len(line) <= 80 and line.strip().lower().startswith(("sign up for", "subscribe to")))
    )


def _drop_contact_tables(lines: list[str]) -> list[str]:
    """Without the tables (rows "| a | b |") whose rows are mostly e-mail addresses or links:
    lists of people to write to, not reporting."""
    kept: list[str] = []
    i = 0
    while i < len(lines):
        if not _TABLE_ROW.match(lines[i]):
            kept.append(lines[i])
            i += 1
            continue
        j = i
        while j < len(lines) and _TABLE_ROW.match(lines[j]):
            j += 1
        rows = lines[i:j]
        if sum(bool(_CONTACT.search(row)) for row in rows) * 2 <= len(rows):
            kept.extend(rows)
        i = j
    return kept


def _drop_closing_bio(lines: list[str]) -> list[str]:
    """Without a short author bio among the last lines."""
    start = max(0, len(lines) - _BIO_TAIL)
    return lines[:start] + [
        line for line in lines[start:] if len(line) > 200 or not _BIO.match(line.strip())
    ]
