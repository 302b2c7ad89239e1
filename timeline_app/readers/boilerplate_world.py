"""More furniture vocabularies, for the page kinds and languages beyond the news portals of
boilerplate_words.py (en, de, fr, es, it, pt, pl, nl, ru, uk, zh, ja, ar):

- teaser labels and "most read" headings in sv, fi, hu, cs, ro, tr, el, he, fa, id, vi, ko, hi;
- sign-offs and closing marks ("انتهای پیام", "(完)", a Korean reporter's e-mail line and "무단전재
  및 재배포 금지"), calls to follow the site on Google News, notes that a story is developing;
- blog platforms' lines (Blogger, WordPress: "Posted by X at 8:40 AM", "Labels:", "Newer Post
  Older Post Home", "Leave a Reply") and the headings of a post's thread ("2 thoughts on ...")
  and "how to cite" box;
- a press release's closing matter ("###", "Media contacts", "Notes to editors", "About
  <organisation>").

Data only: the rules that apply them are in boilerplate.py. Labels end with a negative
look-ahead, not \\b: Devanagari words end in vowel signs, which are not word characters, so \\b
never follows them; nor does it follow a label glued to the title after it.
"""

from __future__ import annotations

import re

# "Baca juga: ...", "Läs också: ...", "यह भी पढ़ें: ...": labels over a teaser, a title may follow.
# Devanagari "ढ़" comes precomposed (U+095D) or as ढ plus nukta (U+0922 U+093C).
_PADHEN = "प(?:\u095d|\u0922\u093c)ें"
_TEASER_LABEL_WORLD = re.compile(
    r"^\W*(?:läs (?:också|även|mer)|lue (?:myös|lisää)|olvasd el (?:ezt is|ezeket is)|"
    r"olvassa el (?:ezt is|ezeket is)|kapcsolódó (?:cikkek|cikk|hírek)|baca (?:juga|pula)|"
    r"berita terkait|artikel terkait|(?:simak|saksikan|tonton) (?:video|juga)|"
    r"관련\s?기사|관련\s?뉴스|함께 볼 만한 뉴스|"
    r"cite[șş]te [șş]i|citeste si|vezi [șş]i|vezi si|ilginizi çekebilir|ilgili haber(?:ler)?|"
    r"bunlar da ilginizi çekebilir|ayrıca bakınız|διαβ[άα]στε (?:επ[ίι]σης|ακ[όο]μ[αη])|"
    r"δε[ίι]τε (?:επ[ίι]σης|ακ[όο]μα)|σχετικ[άα] [άα]ρθρα|σχετικ[έε]ς ειδ[ήη]σεις|קראו (?:עוד|גם)|עוד באתר|"
    r"כתבות נוספות|כתבות קשורות|(?:بیشتر|همچنین) بخوانید|مطالب مرتبط|خبرهای مرتبط|"
    r"اخبار مرتبط|tin liên quan|xem thêm|đọc thêm|bài liên quan|čtěte (?:také|též|více)|"
    rf"přečtěte si (?:také|též)|související články|mohlo by vás zajímat|(?:यह|ये|इसे) भी {_PADHEN}|"
    rf"(?:ज़रूर|जरूर) {_PADHEN}|संबंधित (?:ख़बरें|खबरें)|और {_PADHEN})"
    # a label in its own <strong> is glued to the linked title after it: "İLGİLİ HABERMeteoroloji"
    rf"(?:(?![\w\u0900-\u097f])|(?-i:(?<=[^\W\d_])(?=[A-ZÀ-ÞİÇĞŞÖÜΑ-ΩА-Я]))).{{0,200}}$",
    re.IGNORECASE,
)
# Headings of lists of other stories ("Mest läst", "En çok okunanlar", "많이 본 뉴스").
_TEASER_HEADING_WORLD = re.compile(
    r"^\W*(?:mest (?:läst|lästa|delade)|senaste nytt|luetuimmat|uusimmat|legolvasottabb\w*|"
    r"legfrissebb|nejčtenější|nejnovější|cele mai citite|cele mai noi|en çok okunan\w*|"
    r"τα πιο διαβασμ[έε]να|δημοφιλ[ήη]|τελευτα[ίι]α ν[έε]α|הכי נקראות|הכי נקראים|"
    r"پربازدیدترین\w*|پربحث‌?ترین\w*|terpopuler|berita terpopuler|đọc nhiều(?: nhất)?|"
    r"tin mới nhất|많이 본 뉴스|가장 많이 본 기사|최신 뉴스|"
    r"सबसे (?:ज|\u095b|ज\u093c)्यादा प(?:\u095d|\u0922\u093c)ी (?:गई|जाने वाली))"
    r"(?![\w\u0900-\u097f])[^.!?]{0,30}[.:]?$",
    re.IGNORECASE,
)
# Closing marks, sign-offs and notices that end a story in its body: Iranian agencies' "انتهای
# پیام", Chinese wires' "(完)", Korean reporters' "홍길동 기자 hong@example.co.kr" and their
# "ⓒ ... 무단전재 및 재배포 금지" (no copying), Japanese "無断転載禁止", and calls to follow the
# site on Google News ("Bizi Google News'te takip edin", "Ikuti kami di Google News").
_SIGN_OFFS = re.compile(
    r"^\W*(?:انتهای پیام|پایان پیام)\W*$|^\W*[（(]完[)）]\W*$|^\s*ⓒ.{0,150}$"
    r"|^.{0,80}무단\s?(?:전재|복제)\s?(?:및|[-·,/ ])?\s?(?:재배포|배포|ai\s?학습)?.{0,20}금지.{0,40}$"
    r"|^\W*(?:[가-힣]{2,4}\s?(?:기자|특파원|통신원)\s*)+(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?\W*$"
    r"|^.{0,60}無断(?:転載|複製)を?禁(?:止|じます).{0,40}$",
    re.IGNORECASE,
)
_GOOGLE_NEWS = re.compile(
    r"^(?=.{0,160}$).{0,100}\bgoogle (?:news|notícias|noticias|actualités|notizie|nieuws|"
    r"haberler|wiadomości|новости|новини)(?!\w).{0,100}$",
    re.IGNORECASE,
)
_FOLLOW_CALL = re.compile(
    r"takip|follow|ikuti|simak|siga|segue|folgen|suivez|seguici|s[ií]gu|подпис|следите|стежте|"
    r"theo dõi|팔로우|구독|फ़?ॉलो|obserwuj|sledujte|urmăr|kövess|seuraa|följ",
    re.IGNORECASE,
)
# "6 respuestas a «...»", "2 thoughts on “...”": WordPress's heading over the readers' thread.
_THREAD_HEADING = re.compile(
    r"^\W*(?:\d+|one|un[ae]?|ein[e]?|uno)\s+(?:thoughts? on|responses? to|comments? on|replies to|"
    r"réflexions? sur|réponses? à|commentaires? sur|respuestas? a|comentarios? (?:en|a|sobre)|"
    r"gedanken zu|kommentare? zu|antworten (?:auf|zu)|pensieri su|rispost[ae] a|commenti su|"
    r"coment[áa]rios? (?:em|sobre)|respostas? (?:a|para))\b",
    re.IGNORECASE,
)
# Blog platforms' furniture (Blogger, WordPress and their themes) in the languages their
# interfaces speak: "Posted by X at 8:40 AM", "Labels: ...", "Newer Post Older Post Home",
# "Subscribe to: Post Comments (Atom)", "No comments:", "Leave a Reply", "Your email address will
# not be published", "Previous post", "Powered by Blogger". A stamp holding a date stays, for the
# date search.
_BLOG_LINES = re.compile(
    r"^\W*(?:posted by|eingestellt von|publié par|publicado por|pubblicato da|postado por|"
    r"opublikowane przez|geplaatst door|publicerat av)\s+.{1,60}?\s+(?:at|um|à|en|a las|alle|às|o|"
    r"om|kl\.?)\s+\d{1,2}[:.]\d\d(?:\s*[ap]\.?\s?m\.?)?\W*$"
    r"|^\W*(?:labels|libellés|etichette|marcadores|etykiety)\s*:.{0,200}$"
    r"|^\W*(?:newer posts?|older posts?|neuerer post|älterer post|article plus (?:récent|ancien)|"
    r"entradas? más recientes?|entradas? antiguas?|post più (?:recente|vecchio)|"
    r"postagem mais (?:recente|antiga)|nowszy post|starszy post|nieuwer bericht|ouder bericht|"
    r"previous (?:post|entry)|next (?:post|entry)|vorheriger beitrag|nächster beitrag|"
    r"article (?:précédent|suivant)|entrada (?:anterior|siguiente)|articolo (?:precedente|successivo)|"
    r"post (?:anterior|seguinte)|próximo post|poprzedni wpis|następny wpis)(?![\w-]).{0,120}$"
    r"|^.{0,80}\((?:atom|rss)\)\W*$"
    r"|^\W*(?:no comments|keine kommentare|aucun commentaire|no hay comentarios|nessun commento|"
    r"nenhum comentário|brak komentarzy|geen opmerkingen)\s*:?\W*$"
    r"|^\W*(?:post a comment|kommentar veröffentlichen|publier un commentaire|"
    r"publicar un comentario|posta un commento|postar um comentário|opublikuj komentarz|"
    r"een reactie posten|leave a reply|cancel reply|schreibe einen kommentar|antworten abbrechen|"
    r"hinterlasse einen kommentar|laisser une réponse|annuler la réponse|deja una respuesta|"
    r"cancelar respuesta|lascia una risposta|annulla risposta|deixe uma resposta|"
    r"cancelar resposta|zostaw odpowiedź|laat een reactie achter)\W*$"
    r"|^\W*(?:your email address will not be published|deine e-mail-adresse wird nicht "
    r"veröffentlicht|ihre e-mail-adresse wird nicht veröffentlicht|votre adresse e-mail ne sera "
    r"pas publiée|tu dirección de correo electrónico no será publicada|il tuo indirizzo email "
    r"non sarà pubblicato|o seu endereço de e-?mail não será publicado|twój adres e-mail nie "
    r"zostanie opublikowany|je e-mailadres wordt niet gepubliceerd)\b.{0,150}$"
    r"|^\W*(?:proudly )?(?:powered by|propulsé par|fourni par|bereitgestellt von|betrieben (?:von|mit)|"
    r"con la tecnología de|funciona con|con tecnologia|tecnologia do|desenvolvido com|"
    r"obsługiwane przez|mogelijk gemaakt door)\s+(?:blogger|wordpress|ghost|substack|tumblr|"
    r"drupal|joomla|hypotheses)\b.{0,60}$",
    re.IGNORECASE,
)
# A reference's closing access date ("... Example Times. 15 June 2023. Retrieved 16 June 2023."):
# a bibliography's or a wiki's citation, whose dates are no events of the story.
# Looked for in the line before the pattern, which costs ten times as much.
_CITATION_KEYS = (
    "etrieved", "ccessed", "rchived from", "bgerufen", "onsulté", "onsultado", "onsultato",
    "cesso em", "eraadpleegd", "ата обращения", "ата звернення",
)  # fmt: skip
_DAY_MONTH_YEAR = r"(?:\d{1,2}\s+[^\W\d]+\s+\d{4}|[^\W\d]+\s+\d{1,2},\s+\d{4}|\d{4}-\d\d-\d\d)"
_CITATION = re.compile(
    # "Retrieved" opens its sentence in a reference; "the bodies were retrieved on 12 June" stays
    rf"(?:^|[.;]\s+)(?-i:Retrieved|Accessed|Archived from the original)(?: on)?\s+{_DAY_MONTH_YEAR}"
    rf"\W*$|,\s+accessed(?: on)?\s+{_DAY_MONTH_YEAR}\W*$"
    r"|\b(?:abgerufen am|consulté le|consultado el|consultato il|acesso em|geraadpleegd op|"
    r"дата обращения|дата звернення)\s*:?\s*\d{1,2}\.?\s*(?:de\s+)?[^\W\d]+\.?\s*(?:de\s+)?"
    r"\d{4}\W*$",
    re.IGNORECASE,
)
# "This is a developing story. Check back for updates.": a note to come back, not reporting.
_DEVELOPING = re.compile(
    r"^\W*(?:this (?:is a )?(?:developing|breaking)(?: news)? story|"
    r"this story is (?:developing|breaking)|this (?:story|article|post) will be updated|"
    r"dieser (?:artikel|beitrag|text) wird (?:laufend |fortlaufend )?aktualisiert|"
    r"(?:cet article|cette dépêche) (?:sera|va être) mise? à jour|"
    r"article en cours d['’]actualisation|esta noticia (?:está en desarrollo|se está actualizando|"
    r"será actualizada)|noticia en (?:desarrollo|ampliación)|notizia in (?:via di )?aggiornamento|"
    r"(?:matéria|notícia) em atualização|(?:эта )?новость (?:дополняется|обновляется)|"
    r"новина (?:доповнюється|оновлюється))\b[^!?]{0,80}$"
    # words that also open a sentence ("More details soon emerged ..."): only as the whole line
    r"|^\W*(?:more (?:to follow|details (?:to follow|soon))|check back (?:later |soon )?for "
    r"(?:more |further )?updates)\W*$",
    re.IGNORECASE,
)
# The heading of a post's "how to cite" box (academic blogs): the reference, not the post.
_CITE_HEADING = re.compile(
    r"^\W*(?:cite this (?:article|post|page|piece|entry)|how to cite(?: this)?(?: article| post)?|"
    r"suggested citation|recommended citation|zitierweise|zitiervorschlag|zitation|"
    r"(?:pour )?citer (?:ce billet|cet article)|référence électronique|"
    r"cómo citar(?: este artículo)?|citar este artículo|come citare(?: questo articolo)?|"
    r"(?:como|para) citar(?: este artigo)?|jak cytować)\W*$",
    re.IGNORECASE,
)
# Where a press release's text ends: "###", "-ENDS-", "- 30 -".
_RELEASE_END = re.compile(
    r"^\s*(?:#{3,}|-+\s*(?:ends?|fin|ende)\s*-+|ends|end of (?:press )?release|-\s?30\s?-)\s*$",
    re.IGNORECASE,
)
# Headings of a release's closing matter (contacts, notes to editors), and "For more
# information ..." lines: whole lines, so reporting that uses the words stays.
_CLOSING_HEADING = re.compile(
    r"^\W*(?:(?:media|press|news) (?:contacts?|enquiries|inquiries|office)|"
    r"contacts? for (?:the )?(?:media|press|journalists)|for media (?:enquiries|inquiries)|"
    r"notes? (?:to|for) editors?|editors?['’]? notes?|"
    r"for (?:more|further|additional) information\b.{0,80}|pressekontakt\w*|medienkontakt\w*|"
    r"kontakt für (?:die )?(?:medien|presse)\w*|hinweise? (?:für|an) (?:die )?redaktion\w*|"
    r"für (?:weitere|mehr|nähere) informationen\b.{0,80}|contacts? (?:presse|médias?)|"
    r"relations? (?:presse|médias)|informations complémentaires|"
    r"pour (?:plus d['’]|de plus amples |toute )informations?\b.{0,80}|"
    r"notes? (?:aux|à la|à l['’]attention des) rédactions?|"
    r"contactos? (?:de |para )?(?:prensa|medios)|para (?:más|mayor) información\b.{0,80}|"
    r"notas? (?:para|a) (?:los )?editores|nota a la redacción|contatti? (?:stampa|per la stampa)|"
    r"ufficio stampa|per (?:maggiori|ulteriori) informazioni\b.{0,80}|"
    r"contatos? (?:para a |de )?imprensa|contactos? (?:de )?imprensa|assessoria de imprensa|"
    r"para mais informações\b.{0,80}|kontakt (?:dla mediów|prasowy)|perscontact|"
    r"noot voor (?:de )?redactie|voor meer informatie\b.{0,80}|контакты для (?:сми|прессы)|"
    r"для (?:получения )?дополнительной информации\b.{0,80}|контакти для (?:змі|преси)|"
    r"для (?:отримання )?додаткової інформації\b.{0,80}|ل?لمزيد من المعلومات.{0,80})\W*$"
    # a contact line: "Media contact: Sara Lind, +1 212 555 0187", "Pressekontakt: ..."
    r"|^\W*(?:(?:media|press) (?:contacts?|enquiries|inquiries)|pressekontakt|medienkontakt|"
    r"contacts? (?:presse|médias?)|contactos? (?:de )?prensa|contatti? stampa|"
    r"contatos? (?:de )?imprensa|kontakt (?:dla mediów|prasowy)|perscontact)\s*:.{0,160}$",
    re.IGNORECASE,
)
# "About <organisation>" over (or opening) the paragraph that describes the organisation.
_ABOUT = re.compile(
    r"^\W*(?:about|über|à propos d(?:e l['’]|e la |e |u |es )|acerca de|a proposito d(?:i |el |ella )|"
    r"sobre|over)\s*(?:the |die |der |das |le |la |les |el |los |il |lo |o |a |de )?"
    r"(?P<name>[^\W\d][^:.!?]{1,50}?)\s*(?::\s*(?P<rest>.+))?$",
    re.IGNORECASE,
)
# Words of the paragraph describing an organisation ("... is a non-profit organisation founded").
_ORGANISATION = re.compile(
    r"organi[sz]ation|organisme|organismo|organizzazione|organização|founded|non-?profit|charity|"
    r"agency|ngo\b|company|institute|mission|headquarter|association|gegründet|fondée?|fundad[ao]|"
    r"fondat[ao]|humanit|behörde|ministr|minist[eéè]r|department|authority|autorit|"
    r"verband|verein|stiftung|foundation|fondation|fundación|fondazione|fundação",
    re.IGNORECASE,
)
# A page's view counter: "Просмотров: 3 512", "Переглядів: 12 044", "Hits: 904", "1.234 Aufrufe",
# "조회수 1,024". Only a label with its number on a line of their own: "Views differ ..." stays.
_VIEW_LABELS = (
    r"(?:page ?)?views|hits|reads|aufrufe|zugriffe|vues|lectures|visitas|lecturas|"
    r"visualizaciones|letture|visualizzazioni|visite|visualizações|leituras|odsłony|odsłon|"
    r"wyświetle(?:nia|ń)|weergaven|bekeken|просмотр(?:ов|ы|а)?|прочтени(?:й|я)|"
    r"перегляд(?:и|ів)|görüntülenme|okunma|阅读(?:量|数)?|浏览(?:量|次数)?|閲覧数|조회수?|"
    r"مشاهدات|عدد المشاهدات|بازدید|zobrazení|megtekintés|katselukerrat|visninger|visningar|"
    r"dilihat|lượt xem|προβολές"
)
_VIEW_COUNT = re.compile(
    rf"^\W*(?:{_VIEW_LABELS})\s*[:：]?\s*\d[\d\s.,\u00a0\u202f]*[kKmM]?\W*$"
    rf"|^\W*\d[\d\s.,\u00a0\u202f]*[kKmM]?\s*(?:{_VIEW_LABELS})\W*$",
    re.IGNORECASE,
)
