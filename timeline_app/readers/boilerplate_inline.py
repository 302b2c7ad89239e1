"""Furniture that sits inside the article's box, between or after its paragraphs, in the wordings
the vocabularies of boilerplate_words.py and boilerplate_world.py lack: reproduction notices
("Reproduction interdite sans autorisation", "Prohibida su reproducción", "İzinsiz
kopyalanamaz"), lone advertisement labels ("Reklam", "広告") and "continues after the
advertisement" labels, player labels ("VİDEO | ..."), calls to sign in before commenting, edit
stamps that name the piece ("Материал обновлен 24.03.2024"), NYT-style credits ("Credit...Jane
Roe"), print-edition and licensing lines ("A version of this article appears in print on ...",
"Republish this article"), teaser labels and tag lists of further languages ("Pročitajte
još:", a bare "Kapcsolódó:", "Címkék: ..."), calls for tips with an address to write to,
newsletter calls in further languages and calls to follow a site's WeChat account.

`is_inline_furniture` applies them to one short line (boilerplate.py's `_is_furniture` asks it
last, for lines of at most MAX_LINE characters); each pattern is a label, a notice or a call,
never a sentence of reporting. The patterns that look anywhere in the line run only when the
lower-cased line holds one of their keys: over every line of a page they cost ~2 ms otherwise.
"""

from __future__ import annotations

import re

# "Reproduction interdite sans autorisation", "Prohibida su reproducción total o parcial",
# "Bu haberin tüm hakları saklıdır", "Publikování ... bez písemného souhlasu zakázáno".
_REPRODUCTION = re.compile(
    r"^.{0,80}\b(?:reproduction (?:interdite|réservée|strictement interdite)|toute reproduction|"
    r"(?:queda )?prohibida (?:su|la) (?:reproducción|publicación)|reproducción prohibida|"
    r"(?:è )?vietata (?:la )?riproduzione|riproduzione vietata|"
    r"(?:é )?proibida a (?:reprodução|publicação)|reprodução proibida|"
    r"nachdruck (?:nur|verboten)|weiterverbreitung (?:nur|verboten)|"
    r"may not be (?:re)?published,? broadcast|"
    r"перепечатка (?:материалов )?(?:запрещена|разрешена только|возможна только)|"
    r"передрук (?:матеріалів )?(?:заборонен|дозволен)\w*|"
    r"(?:tüm|bütün) hakları saklıdır|izinsiz (?:kopyalanamaz|yayınlanamaz|kullanılamaz)|"
    r"kopírování .{0,40}zakázáno|(?:publikování|šíření|přebírání) .{0,80}zakázáno|"
    r"kopiowanie .{0,60}zabronione|"
    r"alla rättigheter förbehållna|minden jog fenntartva|toate drepturile rezervate|"
    r"sva prava (?:zadržana|pridržana)|všechna práva vyhrazena|"
    r"preuzimanje .{0,60}(?:zabranjeno|dozvoljeno samo))\b.{0,160}$",
    re.IGNORECASE,
)
# "Continua após a publicidade", "Haberin devamı reklamdan sonra", "Tekst se nastavlja ispod
# oglasa", "Lees verder na de advertentie": a label over an ad slot in the story.
_AD_CONTINUES = re.compile(
    r"^\W*(?:(?:(?:a )?(?:matéria|notícia|reportagem) )?continua (?:após a|depois da|após|depois de) "
    r"(?:publicidade|anúncio)|story continues below(?: advertisement)?|"
    r"(?:el )?(?:artículo|texto|contenido) (?:continúa|sigue) (?:después|tras|debajo)|"
    r"dalsza część (?:artykułu|tekstu) (?:pod|poniżej) (?:reklamą|reklamy)|"
    r"lees verder (?:na|onder) de advertentie|haberin devamı (?:reklamdan sonra|aşağıda)|"
    r"(?:tekst|članak) se nastavlja (?:ispod|nakon) (?:oglasa|reklame)|"
    r"článek pokračuje pod reklamou|pokračování pod reklamou|"
    r"articolul continuă (?:după|sub) (?:reclamă|publicitate)|"
    r"a cikk a hirdetés után folytatódik|artikeln fortsätter (?:under|efter) annonsen|"
    r"статья продолжается (?:ниже|после рекламы)|стаття продовжується (?:нижче|після реклами))"
    r"\W*$",
    re.IGNORECASE,
)
# A lone advertisement label in the languages boilerplate_words.py lacks: "Reklam", "Hirdetés",
# "Annons", "広告".
_AD_LABEL = re.compile(
    r"^\W*(?:reklam|reklame|reklamy|hirdetés|annons|annonse|reclamă|reclama|inzerce|"
    r"advertentie|publicidade|oglas|mainos|διαφήμιση|פרסומת|إعلان|تبلیغات|広告|广告|광고)\W*$",
    re.IGNORECASE,
)
# A player's or gallery's label before a bar: "VİDEO | Kurtarma çalışmalarından görüntüler".
_MEDIA_BAR = re.compile(
    r"^\W*(?:video|vídeo|vidéo|видео|відео|wideo|videó|galerie|galería|galleria|galeri|"
    r"fotogaleri|fotogalerie|fotogalería|fotogallery|podcast|audio)\s*[|｜]\s*.{1,150}$",
    re.IGNORECASE,
)
# "Zum Kommentieren bitte anmelden", "Sign in to comment", "Prijavite se da biste komentarisali".
_SIGN_IN_TO_COMMENT = re.compile(
    r"^.{0,120}\b(?:(?:sign|log) in (?:to|and) (?:comment|join the conversation|reply)|"
    r"zum kommentieren (?:bitte )?(?:anmelden|einloggen|registrieren)|"
    r"(?:bitte )?(?:melden sie sich an|loggen sie sich ein),? um (?:zu )?kommentieren|"
    r"connectez-vous pour (?:commenter|réagir)|"
    r"(?:inicia|inicie) sesión para comentar|accedi per commentare|"
    r"vous devez être connecté\w* pour (?:commenter|réagir|publier)|"
    r"you must be (?:logged|signed) in to (?:post a )?comment|"
    r"sie müssen (?:angemeldet|eingeloggt) sein,? um (?:zu )?kommentieren|"
    r"debes (?:iniciar sesión|estar registrado) para comentar|"
    r"devi (?:essere (?:registrato|loggato)|effettuare il login) per commentare|"
    r"kirjaudu sisään kommentoidaksesi|"
    r"faça (?:o )?login para comentar|log in om te reageren|"
    r"zaloguj się,? (?:aby|by) (?:dodać komentarz|skomentować|komentować)|"
    r"prijavite se (?:da biste|kako biste|za) komentar\w*|"
    r"přihlaste se(?: a)?,? (?:abyste mohli )?(?:komentovat|diskutovat)|"
    r"yorum yapmak için (?:giriş yapın|üye olun)|logga in för att kommentera|"
    r"conectează-te pentru a comenta|"
    r"войдите,? чтобы (?:оставить комментарий|комментировать)|"
    r"чтобы оставить комментарий,? (?:войдите|авторизуйтесь|зарегистрируйтесь)|"
    r"увійдіть,? щоб (?:залишити коментар|коментувати))\b.{0,80}$",
    re.IGNORECASE,
)
# "Материал обновлен 24.03.2024 в 10:15", "Матеріал оновлено 12.05.2024": an edit stamp that
# names the piece, never reporting (a date or a time follows the words).
_PIECE_UPDATED = re.compile(
    r"^\W*(?:материал|статья|новость|публикация|матеріал|стаття|новина|публікація)\s+"
    r"(?:обновл[её]н[аоы]?|изменен[аоы]?|дополнен[аоы]?|оновлен[аоі]?|змінен[аоі]?|доповнен[аоі]?)"
    r"\s*:?\s*\d[^!?]{0,40}$",
    re.IGNORECASE,
)
# A caption closing on its credit after an ellipsis: "... in November. Credit...Jane Roe for X".
_ELLIPSIS_CREDIT = re.compile(
    r"^.{0,220}\b(?:credit|crédit|photo|foto|image)s?\s*(?:\.{2,}|…)\s*[^.!?…]{1,80}$",
    re.IGNORECASE,
)
# Print-edition and licensing lines: "A version of this article appears in print on ...",
# "Our Standards: ...", "Republish this article", "License this article", "Reprints & Permissions".
_PRINT_AND_LICENCE = re.compile(
    r"^\W*(?:a version of this (?:article|story|review) appear(?:s|ed) in print\b|"
    r"this (?:article|story) appeared in (?:print|the print edition)\b).{0,250}$"
    r"|^\W*our standards\s*:.{0,100}$"
    r"|^.{0,160}\b(?:republish this (?:article|story)|license this (?:article|story|content)|"
    r"reprints? (?:&|and) permissions|buy (?:a )?reprint|order (?:a )?reprint)\W*$",
    re.IGNORECASE,
)
# Teaser labels of further languages: Serbian, Croatian and Bosnian "Pročitajte još:", Slovak
# "Čítajte aj", Slovenian "Preberite tudi", Bulgarian "Прочетете още"; a title may follow.
_TEASER_LABEL_MORE = re.compile(
    r"^\W*(?:pro[čc]itajte (?:još|jos|i|takođe|također|vi[šs]e)|[čc]itajte (?:još|jos|i|takođe|"
    r"također|vi[šs]e)|pogledajte (?:još|i)|vidi (?:još|jos|i)|povezan[ae] (?:vijesti|vesti|"
    r"tekstovi|članci)|прочитајте (?:још|и)|читајте (?:још|и)|повезане вести|"
    r"[čc]ítajte (?:aj|tiež|viac)|preberite (?:tudi|še)|прочетете (?:още|и)|вижте (?:още|и)|"
    r"още по темата|(?:también )?(?:te|le) puede(?:n)? interesar|(?:ti|vi) potrebbe interessare|"
    r"das könnte sie (?:auch )?interessieren|vous (?:aimerez|pourriez aimer) aussi|"
    r"you (?:may|might) also like|lue myös|katso myös)"
    r"(?:(?!\w)|(?-i:(?<=[^\W\d_])(?=[A-ZÀ-ÞČĆŠŽĐА-Я]))).{0,200}$"
    # bare "related" words that may open a sentence: only as a label ("Kapcsolódó:", "Ilgili")
    r"|^\W*(?:kapcsolódó|související|súvisiace|povezano|vezano|relaterat|relaterade|"
    r"relacionad[ao]s?|legate|corelate|ilgili)\s*(?:[:|»>]|$).{0,200}$",
    re.IGNORECASE,
)
# A call for tips with the e-mail address to write to: "Masz informacje w tej sprawie? Napisz do nas:
# kontakt@...", "Do you have information about this story? Email us at ...".
_TIP_CALL = re.compile(
    r"^(?=.{0,250}$)(?=.*[\w.+-]+@[\w-]+\.\w).{0,120}\b(?:write to us|e-?mail us|"
    r"contact us|get in touch|napisz do nas|skontaktuj się z nami|schreiben sie uns|"
    r"kontaktieren sie uns|écrivez-nous|contactez-nous|escríbenos|escríbanos|contáctenos|"
    r"scrivici|scriveteci|contattaci|escreva-nos|fale conosco|schrijf ons|mail ons|"
    r"напишите нам|напишіть нам|skriv till oss|kirjoita meille|pište nám|scrie-ne|írjon nekünk)"
    r"(?!\w).{0,120}$",
    re.IGNORECASE,
)
# A newsletter call in languages the promotions of boilerplate_calls.py lack: "Tilaa ...
# uutiskirje", "Prenumerera på vårt nyhetsbrev", "Iratkozzon fel hírlevelünkre".
_NEWSLETTER_MORE = re.compile(
    r"^(?=.{0,250}$)(?=.*(?:uutiskirje|nyhetsbrev|nyhedsbrev|hírlevel|zpravodaj|bülten|newsletter))"
    r"(?=.*(?:tilaa|prenumerera|anmäl dig|tilmeld|abonn(?:ez|ieren|er|eer|ér)|přihlaste|odebírejte|iratkozz|feliratkoz|"
    r"abonează|abone ol|kaydol)).*$",
    re.IGNORECASE,
)
# Tag lists in the languages boilerplate_words.py lacks: "Etiketler: ...", "Címkék: ...",
# "Štítky: ...", "Tagovi: ...", "Etichete: ...", "Taggar: ...", "Avainsanat: ...".
_TAGS_MORE = re.compile(
    r"^\W*(?:etiketler|konular|címkék|témák|kulcsszavak|štítky|témata|klíčová slova|tagovi|"
    r"oznake|ključne reči|ključne riječi|etichete|cuvinte cheie|taggar|ämnen|nyckelord|"
    r"avainsanat|aiheet|emneord|emner|ετικ[έε]τες|תגיות|برچسب‌?ها|الكلمات المفتاحية|"
    r"關鍵詞|標籤|キーワード|관련\s?태그|태그)\s*(?:[:：].{0,200})?$",
    re.IGNORECASE,
)
# Calls to follow a site's WeChat account or scan its QR code, closing Chinese stories.
_WECHAT_CALL = re.compile(
    r"^.{0,40}(?:扫码关注|扫描二维码|长按(?:识别)?二维码|关注.{0,20}(?:微信)?公众号|"
    r"下载.{0,12}客户端).{0,80}$"
)
# Rules every line is matched against: anchored at its first word, they fail fast.
_ANCHORED = (
    _AD_LABEL,
    _AD_CONTINUES,
    _MEDIA_BAR,
    _PIECE_UPDATED,
    _TEASER_LABEL_MORE,
    _TAGS_MORE,
    _WECHAT_CALL,
)
# Rules that look for their words anywhere in the line, costly over every line of a page: each
# only when the lower-cased line holds one of its keys (a plain substring search).
_KEYED = (
    (
        (
            "reprodu", "riprodu", "nachdruck", "weiterverbreit", "broadcast", "перепечат",
            "передрук", "hakları", "izinsiz", "zakázáno", "zabronione", "förbehållna",
            "fenntartva", "rezervate", "prava", "vyhrazena", "preuzimanje",
        ),
        _REPRODUCTION,
    ),
    (
        (
            "comment", "kommentier", "comentar", "reageren", "koment", "yorum", "kommentera",
            "comenta", "коммент", "комент", "réagir", "kommentoi",
        ),
        _SIGN_IN_TO_COMMENT,
    ),
    (("...", "…"), _ELLIPSIS_CREDIT),
    (("print", "standards", "republish", "license", "reprint"), _PRINT_AND_LICENCE),
    (
        (
            "write to us", "mail us", "contact us", "get in touch", "napisz", "skontaktuj",
            "schreiben sie", "kontaktieren", "écrivez", "contactez", "escríb", "contáct",
            "scrivi", "contatta", "escreva", "fale conosco", "schrijf ons", "mail ons", "напиш",
            "skriv till", "kirjoita", "pište", "scrie-ne", "írjon",
        ),
        _TIP_CALL,
    ),
    (
        (
            "uutiskirje", "nyhetsbrev", "nyhedsbrev", "hírlevel", "zpravodaj", "bülten",
            "newsletter",
        ),
        _NEWSLETTER_MORE,
    ),
)  # fmt: skip
TEASER_RULES = (_TEASER_LABEL_MORE,)


def is_inline_furniture(line: str) -> bool:
    """Whether one short line is furniture by the rules of this module."""
    if any(rule.match(line) for rule in _ANCHORED):
        return True
    low = line.lower()
    return any(
        any(key in low for key in keys) and rule.match(line) is not None for keys, rule in _KEYED
    )
