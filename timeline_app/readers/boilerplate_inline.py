"""Furniture that sits inside the article's box, between or after its paragraphs, in the wordings
the vocabularies of boilerplate_words.py and boilerplate_world.py lack: reproduction notices
("Reproduction interdite sans autorisation", "Prohibida su reproducción", "İzinsiz
kopyalanamaz"), lone advertisement labels ("Reklam", "広告") and "continues after the
advertisement" labels, player labels ("VİDEO | ..."), calls to sign in before commenting, edit
stamps that name the piece ("Материал обновлен 24.03.2024"), NYT-style credits ("Credit...Jane
Roe"), print-edition and licensing lines ("A version of this article appears in print on ...",
"Republish this article"), teaser labels and tag lists of further languages ("Pročitajte
još:", a bare "Kapcsolódó:", "Címkék: ..."), calls for tips with an address to write to,
newsletter calls in further languages and calls to follow a site's WeChat account; a
commentary's "views expressed are the author's own" disclaimer, a broadcaster's "Über dieses
Thema berichtete ..." note, Korean agencies' tip calls and bracketed caption credits, and links
to the newsroom's standards.

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
    r"(?:queda )?prohibida (?:su|la) (?:reproducción|publicación|redistribución|redifusión)|"
    r"reproducción prohibida|"
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
    r"preuzimanje .{0,60}(?:zabranjeno|dozvoljeno samo)|orice preluare|"
    r"preluarea .{0,60}(?:interzisă|permisă numai))\b.{0,160}$",
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
    r"напишите нам|напишіть нам|skriv till oss|kirjoita meille|pište nám|scrie-ne|írjon nekünk|"
    r"heb je een tip|have (?:a|any) (?:news )?tips?|got a (?:news )?tip|mail naar|tipp an)"
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
# A commentary's disclaimer: "The views expressed in this commentary are solely those of the
# author", "Les opinions exprimées n'engagent que leur auteur".
_VIEWS_DISCLAIMER = re.compile(
    r"^.{0,60}\b(?:(?:the )?(?:views|opinions) expressed\b.{0,80}\b(?:are|is) (?:solely |entirely |"
    r"only )?(?:those of|the author|the writer|personal)|"
    r"(?:les )?opinions exprimées\b.{0,80}\bn['’]engagent que|"
    r"(?:las )?opiniones expresadas\b.{0,80}\b(?:son (?:de )?(?:exclusiva )?responsabilidad|"
    r"no reflejan)|"
    r"(?:le )?opinioni espresse\b.{0,80}\b(?:sono|non riflettono|impegnano)|"
    r"(?:die )?(?:hier )?(?:geäußerten|vertretenen) (?:meinungen|ansichten)\b.{0,80}\b(?:geben|sind))"
    r".{0,160}$",
    re.IGNORECASE,
)
# A public broadcaster's note on its programme: "Über dieses Thema berichtete tagesschau24 am
# 09. Oktober 2023 um 16:00 Uhr.", "Dieses Thema im Programm: ..."
_ON_AIR = re.compile(
    r"^\W*(?:über dieses thema (?:berichtete|berichteten|berichtet)\s.{1,80}?\bam\s+"
    r"(?:\d|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)|"
    r"dieses thema im programm\s*:).{0,120}$",
    re.IGNORECASE,
)
# Korean agencies' closing call for tips ("제보는 카카오톡 okjebo") and a caption closing on its
# bracketed credit ("... 보좌진들. [연합뉴스 자료사진]", "[사진=뉴스1]", "[국방부 제공]").
_KOREAN_FURNITURE = re.compile(
    r"^\W*제보는 (?:카카오톡|이메일|전화|메일)|"
    r"^.{0,200}\[(?:[^\[\]]{0,30}(?:자료사진|제공|캡처)|사진\s*=[^\[\]]{0,30})\]\W*$"
)
# A link to the newsroom's standards closing the story: "Read our editorial guidelines", "Bekijk
# onze verantwoording voor de manier waarop wij dit nieuws brengen".
_STANDARDS_NOTE = re.compile(
    r"^\W*(?:read|see|learn (?:more )?about|bekijk|lees|lisez|consultez|lesen sie)\s+(?:hier\s+|here\s+)?"
    r"(?:our|onze|nos|notre|unsere)\s+(?:editorial\s+|redactionele\s+|éditoriale?s?\s+)?"
    r"(?:standards|guidelines|policies|principles|verantwoording|richtlijnen|principes|charte|"
    r"leitlinien|grundsätze)\b.{0,120}$",
    re.IGNORECASE,
)
# Japanese and Chinese reproduction notices: "無断転載・複製を禁じます", "未经授权不得转载".
_CJK_REPRODUCTION = re.compile(
    r"^\W{0,3}.{0,40}(?:無断(?:で)?(?:転載|複製)|禁止转载|未经(?:授权|许可)(?:不得|禁止)转载).{0,60}$"
)
# A player's label and length: "VIDEO. Les images de la marche blanche" (capitals, as
# broadcasters print it), "Durée : 01:48", "Duration: 2:05".
_PLAYER_LABEL = re.compile(
    r"^\W*(?-i:VIDEO|VIDÉO|VÍDEO|ВИДЕО|ВІДЕО|AUDIO|PHOTOS|FOTOS)\.\s.{1,150}$"
    r"|^\W*(?:duration|durée|dauer|duración|durata|duração|duur|czas trwania|длительность|"
    r"тривалість)\s*:?\s*\d{1,2}(?::\d\d){1,2}(?:\s*min\.?)?\W*$",
    re.IGNORECASE,
)
# A donation account in a charity appeal beside the story: "... Flutopfer: IBAN DE12 3456 ...".
_DONATION_ACCOUNT = re.compile(
    r"^.{0,200}\biban\b\s*:?\s*[a-z]{2}\d{2}(?:\s?[a-z0-9]{4}){3,7}.{0,100}$", re.IGNORECASE
)
# A caption closing on its agency's credit after the last sentence: "... celebran en La Paz.
# EFE/Martín Alipaz" (capitals, a slash, a name; a sentence of reporting never ends so).
_AGENCY_CREDIT = re.compile(
    r"^.{10,220}[.!?»”\"]\s+(?-i:[A-Z]{2,6})\s?/\s?(?-i:[A-ZÀ-Þ])[\w.'’-]+"
    r"(?:\s+(?-i:[A-ZÀ-Þ])[\w.'’-]+){0,3}\s*$"
)
# A call for witnesses with the way to reach the newsroom, but no address: "Si vous êtes témoin,
# vous pouvez nous contacter ...", "Have you been affected? Get in touch". The question alone
# may open a paragraph the page asks readers for (test_qa_html_families keeps it).
_WITNESS_CALL = re.compile(
    r"^\W*(?:si vous (?:êtes|avez été) témoins?|vous (?:êtes|avez été) témoins?|"
    r"have you been affected|were you (?:there|affected)|did you witness|are you affected|"
    r"sind sie zeuge|waren sie (?:vor ort|zeuge)|haben sie (?:etwas )?beobachtet|"
    r"¿?(?:eres|fuiste|has sido) testigo|sei stato testimone|hai assistito|"
    r"(?:você )?(?:é|foi) testemunha|ben je getuige|was je erbij)\b"
    r"(?=.*\b(?:contact|get in touch|write to us|e-?mail us|contacter|contactez|écrivez|"
    r"schreiben sie|melden sie sich|kontaktieren|contáctanos|escríbenos|contattaci|scrivici|"
    r"entre em contato|fale conosco|neem contact|mail ons|alertez-nous))"
    r".{0,200}$",
    re.IGNORECASE,
)
# A note that the piece was updated, naming the hour: "Notícia actualizada às 14h30 com novo
# balanço", "Noticia actualizada a las 18:00", "Article mis à jour à 15h".
_NOTE_UPDATED = re.compile(
    r"^\W*(?:(?:this )?(?:story|article|post|report)|notícia|noticia|notizia|artigo|artículo|"
    r"articolo|article|artikel|bericht)\s+(?:(?:was|has been|foi|fue|è stat[ao]|a été|wurde)\s+)?"
    r"(?:updated|actualizad[ao]|atualizad[ao]|aggiornat[ao]|mis à jour|mise à jour|aktualisiert|"
    r"bijgewerkt)\b\D{0,12}\d.{0,100}$",
    re.IGNORECASE,
)
# Ukrainian and Russian citation terms: "При цитуванні і використанні будь-яких матеріалів ...
# гіперпосилання ... обов'язкові", "При цитировании ссылка обязательна".
_CITATION_TERMS = re.compile(
    r"^\W*при (?:цитуванні|використанні|передруку|копіюванні|цитировании|использовании|"
    r"перепечатке|копировании)\b(?=.*(?:посилан|ссылк))(?=.*(?:обов['’ʼ]?язков|обязательн))"
    r".{0,300}$",
    re.IGNORECASE,
)
# A caption closing on a bare credit after its sentence: "... escalinatas del Congreso. Foto Telam".
_BARE_PHOTO_CREDIT = re.compile(
    r"^.{10,220}[.!?]\s+(?:foto|fotos|photo|fotografía|fotografia)\s+(?-i:[A-ZÀ-Þ])[\w .,/&'’-]{1,40}$",
    re.IGNORECASE,
)
# A live blog's closing prompt ("Get involved: #Coronation") and a call to follow the live
# coverage elsewhere ("Volg alle ontwikkelingen in ons liveblog", "Follow the latest in our live
# blog", "Suivez notre direct").
_LIVE_CALL = re.compile(
    r"^\W*(?:get involved|join the conversation)\s*:?\s*#\w.{0,60}$"
    r"|^\W*(?:volg|follow|read|suivez|retrouvez|verfolgen sie|segui|siga|sigue|lees)(?![\w-])"
    r"(?=.{0,100}\b(?:liveblog|live blog|live coverage|live page|liveticker|live-ticker|en direct|"
    r"notre direct|in diretta|ao vivo|en vivo|en directo))(?=.{0,140}$)",
    re.IGNORECASE,
)
# An outlet's note on itself closing the story: "Mountain State Report is part of States
# Newsroom, a nonprofit news network ...", "The Tribune is a member-supported, nonpartisan
# newsroom ...".
_OUTLET_NOTE = re.compile(
    r"^\W*(?:the\s+)?(?-i:[A-Z])[\w .'’&-]{1,60}\s+is\s+(?:part of [^,]{2,80},\s+)?an?\s+"
    r"(?:(?:independent|member-supported|nonpartisan|non-partisan|nonprofit|non-profit|"
    r"reader-supported|local),?\s+(?:and\s+)?)+"
    r"(?:news(?:room| organization| organisation| outlet| network| site| publication)|newsroom)\b"
    r".{0,250}$",
    re.IGNORECASE,
)
# Prompts to react, comment or send feedback: "Réagissez ou consultez l'ensemble des
# contributions", "Feedback zu diesem Artikel senden", "Join the discussion".
_REACT_PROMPT = re.compile(
    r"^\W*(?:réagissez|réagir à cet article|commentez cet article|voir les (?:\d+ )?(?:commentaires|"
    r"contributions)|consultez l['’]ensemble des contributions|feedback (?:zu diesem artikel )?"
    r"(?:senden|geben)|send (?:us )?(?:your )?feedback|give feedback|join the discussion|"
    r"diskutieren sie mit|jetzt kommentieren|comenta esta noticia|commenta (?:la notizia|l['’]articolo)|"
    r"mostra i commenti)\b.{0,80}$",
    re.IGNORECASE,
)
# The disclaimer under the readers' comments: "Os comentários não representam a opinião do
# jornal", "Los comentarios no representan la opinión del diario".
_COMMENTS_DISCLAIMER = re.compile(
    r"^\W*(?:os comentários|los comentarios|les commentaires|i commenti|(?:the )?comments|"
    r"(?:die )?kommentare|de reacties)\b.{0,40}\b(?:não representam|no representan|ne (?:reflètent|"
    r"représentent)|non rappresentano|(?:do|does) not (?:reflect|represent)|geben nicht|"
    r"(?:zijn|vallen) niet)\s+(?:necessariamente\s+|necesariamente\s+|necessarily\s+)?"
    r"(?:a |la |l['’]|the )?(?:opinião|opinión|opinion|opinione|views?|mening|meinung)\s+"
    r"(?:do|del|de la|du|della|of (?:the )?|van de|der)\s*(?:jornal|site|portal|diario|periódico|"
    r"medio|journal|rédaction|giornale|redazione|testata|publication|newspaper|redactie|redaktion)"
    r"\b.{0,160}$",
    re.IGNORECASE,
)
# A date line closing on its edit stamp: "3 settembre 2015 (modifica il 3 settembre 2015 |
# 18:40)", "12 March 2024 (updated 14:05)".
_DATE_AND_EDIT = re.compile(
    r"^\W*[\w .,/-]{6,30}\(\s*(?:modifica(?:to)?|aggiornat[oa]|updated|mis à jour|actualizad[oa]|"
    r"atualizad[oa]|aktualisiert|geändert)\b[^()]{0,40}\)\W*$",
    re.IGNORECASE,
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
    _ON_AIR,
    _KOREAN_FURNITURE,
    _STANDARDS_NOTE,
    _CJK_REPRODUCTION,
    _PLAYER_LABEL,
    _WITNESS_CALL,
    _NOTE_UPDATED,
    _CITATION_TERMS,
    _LIVE_CALL,
    _REACT_PROMPT,
    _COMMENTS_DISCLAIMER,
    _DATE_AND_EDIT,
)
# Rules that look for their words anywhere in the line, costly over every line of a page: each
# only when the lower-cased line holds one of its keys (a plain substring search).
_KEYED = (
    (
        (
            "reprodu", "riprodu", "nachdruck", "weiterverbreit", "broadcast", "перепечат",
            "передрук", "hakları", "izinsiz", "zakázáno", "zabronione", "förbehållna",
            "fenntartva", "rezervate", "prava", "vyhrazena", "preuzimanje", "preluare",
            "redistribu", "redifus",
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
            "skriv till", "kirjoita", "pište", "scrie-ne", "írjon", "tip", "mail naar",
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
    (
        (
            "expressed", "exprimées", "expresadas", "espresse", "geäußerten", "vertretenen",
        ),
        _VIEWS_DISCLAIMER,
    ),
    (("iban",), _DONATION_ACCOUNT),
    (("/",), _AGENCY_CREDIT),
    (("foto", "photo"), _BARE_PHOTO_CREDIT),
    ((" is part of ", " is a ", " is an "), _OUTLET_NOTE),
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
