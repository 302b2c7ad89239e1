"""The vocabularies of furniture lines, in the languages analysts read most: labels over teasers
and their headings, tag lists, edit stamps, live-blog furniture, comment counts and prompts,
interface words, share targets, photo credits and captions, correction labels, the author's box,
embed, player and app leftovers, bios and bylines.

Data only: the rules that apply these patterns (`drop_furniture`, `box_label`) are in
boilerplate.py, kept apart so that the rules read on one screen while the vocabularies grow by
language. Each pattern is for a short line by itself, so a sentence of reporting that holds the
same words stays.
"""

from __future__ import annotations

import re

from timeline_app.readers.dates_text import MONTH_BY_NAME
from timeline_app.readers.published import UPDATE_WORDS

_FURNITURE = re.compile(
    r"^\W*(?:advertisement|advertising|anzeige|werbung|publicité|publicidad|pubblicità|реклама|"
    r"reklama|sponsored(?: content)?|paid (?:content|post)|partner content|promoted|"
    r"contenido patrocinado|contenuto sponsorizzato|publi-?(?:information|reportage)|"
    r"партнерский материал|партнерський матеріал|на правах реклам[ыи])\W*$"
    # "Advertisement - scroll to continue", "Weiter nach der Anzeige"
    r"|^\W*(?:advertisement\W+scroll to continue|(?:the )?(?:story|article) continues below\b|"
    r"scroll to continue with content|weiter nach der anzeige|artikel wird nach der anzeige|"
    r"la suite après (?:cette )?(?:la )?publicité|l['’]article continue après|"
    r"el artículo continúa (?:después|tras)|l['’]articolo continua dopo|"
    r"продолжение (?:после|ниже)|продовження (?:після|нижче)).{0,60}$"
    r"|^\W*(?:photo|image|picture|credit|foto|bild|photograph|фото|imagen|immagine|"
    r"crédits?(?: photo)?|bildquelle|fotoquelle|світлина|ілюстрація|иллюстрация|beeld|imagem|"
    r"crédito|zdjęcie|fotografia|fotó|fénykép|címlapkép|borítókép|φωτογραφία|צילום|fotoğraf|"
    r"写真|照片|صورة)s?(?:\s+credit)?\s*:.{0,120}$|^\W*fot\.\s.{0,120}$"
    r"|^\W*(?:image|media|photo|video) (?:caption|source|copyright)\b.{0,250}$"
    r"|^\W*(?:bildunterschrift|légende|pie de foto)\s*:.{0,250}$"
    r"|^\W*(?:share (?:this|on)|follow us on|click here|tap here)\b.{0,150}$"
    r"|^\W*(?:©|[(（]c[)）]\s*(?:\d{4}|(?-i:[A-Z]))|copyright\b).{0,150}$"
    r"|^.{0,150}\ball rights reserved\b.{0,40}$"
    r"|^.{0,150}\b(?:alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|"
    r"tutti i diritti riservati|riproduzione riservata|все права защищены|"
    r"(?:усі|всі) права захищені)\b.{0,40}$"
    r"|^\W*(?:continue reading|seguir leyendo|sigue leyendo|weiterlesen|lire la suite|"
    r"continua a leggere|leia mais|читайте материал|читать далее|читати далі|loading|"
    r"read the full (?:story|article)|czytaj dalej|lees verder|ler mais|continuar a ler)\b.{0,150}$"
    r"|^.{0,200}\b(?:photo|foto|bild|image|credit|picture|фото|beeld)s?\s*:\s*[\w .,/&-]{1,40}$"
    r"|^.{0,200}\bfot\.\s*[\w .,/&-]{1,40}$"
    r"|^\W*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\W*$|^\W*\(?end\)?\W*$"
    r"|^\W*(?:photo(?:graph)?|image|picture)s?\s+(?:by|courtesy|source)\b.{0,120}$"
    # media labels of embedded players and galleries: "Video: ...", "Galerie: ..."
    r"|^\W*(?:video|watch|listen|gallery|photo gallery|podcast|vidéo|galerie|bildergalerie|"
    r"fotogalerie|fotostrecke|galería|galleria|fotogallery|audio|видео|відео|фотогалерея|"
    r"vídeo|galeria|wideo|fotorelacja|guarda il video|bekijk|"
    r"assista|veja|zobacz wideo|obejrzyj|смотрите(?: видео)?|дивіться(?: відео)?|视频|動画|"
    r"(?:watch|see|veja|assista|mira|regardez|sehen sie|bekijk|guarda|zobacz|obejrzyj|смотрите|"
    r"дивіться)\s+(?:\w+\s+)?(?:video|vídeo|vidéo|wideo|видео|відео))\s*:.{0,150}$"
    # "More on coronavirus:" — a heading over a list of links
    r"|^\W*(?:more (?:on|about|from)|mehr (?:zu|zum|über)|plus sur|más sobre|altro su)\b.{0,60}:\W*$"
    # rules drawn with characters, bare links (embedded posts), lone navigation words
    r"|^[\s_=*~#·•.\-–—]{3,}$|^\W*(?:https?://|www\.)\S+\W*$"
    r"|^\W*(?:share|tweet|print|e-?mail|comments?|sign in|log in|teilen|drucken|kommentare|"
    r"anmelden|partager|imprimer|commentaires|compartir|imprimir|comentarios|condividi|stampa|"
    r"commenti|поделиться|поділитися|поширити|печать|друк)\W*$"
    # comment prompts and cookie notices
    r"|^.{0,80}\b(?:to (?:leave|post|add) a comment|comments? (?:are|is) (?:closed|disabled)|"
    r"join the (?:conversation|discussion))\b.{0,80}$"
    r"|^.{0,120}\bcookies?\b.{0,80}\b(?:accept|consent|agree|akzeptier|zustimm|accepte|"
    r"acepta|accetta|einverstanden|akkoord|aceit|concord|akceptuj|zgod)\w*.{0,80}$"
    r"|^.{0,40}\b(?:we use cookies|this (?:site|website) uses cookies|wir (?:verwenden|nutzen) "
    r"cookies|nous utilisons (?:des )?cookies|ce site utilise des cookies|utilizamos cookies|"
    r"utilizziamo (?:i )?cookie|мы используем (?:файлы )?cookie|ми використовуємо (?:файли )?"
    r"cookie|(?:deze|onze) (?:site|website) gebruikt cookies|wij gebruiken cookies|"
    r"(?:este|o nosso) (?:site|sítio) (?:utiliza|usa) cookies|usamos cookies|"
    r"(?:ta|nasza) (?:strona|witryna) (?:używa|wykorzystuje|korzysta z) (?:plików )?cookies?|"
    r"używamy (?:plików )?cookies?)\b.{0,250}$",
    re.IGNORECASE,
)
# Headings of teaser lists (a few words, no sentence: "Latest news on the talks: ..." stays),
# reading aids and paywall notes, in the languages analysts read most.
_TEASER_HEADING = re.compile(
    r"^\W*(?:you (?:may|might) also like|recommended(?: for you)?|most (?:read|popular|viewed)|"
    r"trending(?: now| stories)?|top stories|more stories|latest (?:news|stories)|"
    r"das könnte sie auch interessieren|meistgelesen\w*|empfohlen\w*|zur startseite|"
    r"vous (?:aimerez|pourriez aimer) aussi|les plus lus|à (?:lire|voir) également|"
    r"te puede interesar|lo más (?:leído|visto)|también te puede interesar|"
    r"potrebbe interessarti|i più letti|ti potrebbe interessare|"
    r"самое (?:читаемое|популярное)|популярное|найпопулярніше|популярне|"
    r"skip to (?:main )?content|zum inhalt springen|aller au contenu|ir al contenido|"
    r"vai al contenuto|перейти к (?:содержанию|основному)|перейти до (?:змісту|основного)|"
    r"back to top|nach oben|retour en haut|volver arriba|torna su|наверх|вгору|"
    r"our standards|mais lidas|mais lidos|mais vistos|najczęściej czytane|najpopularniejsze|"
    r"polecamy|meest gelezen|meest bekeken|populair|le direct|en continu|ultim['’]ora|"
    r"últimas noticias|últimas notícias|laatste nieuws|najnowsze|последние новости|"
    r"останні новини|热门文章|热点新闻|热门新闻|推荐阅读|アクセスランキング|人気記事|"
    r"الأكثر قراءة|الأكثر مشاهدة)\b[^.!?]{0,30}[.:]?$",
    re.IGNORECASE,
)
_TEASER = re.compile(
    r"^\W*(?:listen to this (?:article|story)|artikel (?:anhören|vorlesen)|écouter cet article|"
    r"escuchar (?:este artículo|la noticia)|ascolta (?:l['’]articolo|questo articolo))\b.{0,40}$"
    r"|^\W*(?:reading time|lesezeit|temps de lecture|tiempo de lectura|tempo di lettura|"
    r"время чтения|час читання)\W.{0,30}$"
    r"|^\W*\d{1,2}\s*(?:min(?:ute)?s?\.?\s+read|min\.?\s+lesezeit|min de lecture|"
    r"мин(?:ут[ауы]?)?\.? чтения|хв(?:илин[аи]?)?\.? читання)\W*$"
    r"|^.{0,40}\bthis article is (?:more than|over) \w+ (?:years?|months?) old\W*$"
    r"|^.{0,60}\b(?:réservé aux abonnés|nur für abonnenten|exclusive to subscribers|"
    r"for subscribers only|subscribers only|solo para suscriptores|riservato agli abbonati)\b.{0,60}$",
    re.IGNORECASE,
)
# Labels over a teaser ("Read more: ...", "Lesen Sie auch ...", "Читайте також ..."). These
# phrases do not open a sentence of reporting, so a title may follow them directly.
_TEASER_LABEL = re.compile(
    r"^\W*(?:read more|read also|also read|see also|further reading|recommended reading|"
    r"what to read next|lesen sie (?:auch|mehr|hier)|mehr zum thema|auch interessant|"
    r"weitere artikel|weiterführende links|lire aussi|à lire aussi|lire également|"
    r"à lire également|voir aussi|à voir aussi|sur le même (?:sujet|thème)|leer más|"
    r"lee también|lea también|leer también|noticias relacionadas|temas relacionados|"
    r"ver también|leggi anche|leggi pure|vedi anche|articoli correlati|читайте также|"
    r"смотрите также|см\. также|читать также|новости по теме|материалы по теме|"
    r"читайте також|дивіться також|див\. також|читати також|новини за темою|"
    r"матеріали за темою|leia (?:também|mais)|veja também|saiba mais|notícias relacionadas|"
    r"czytaj (?:także|też|również|więcej)|zobacz (?:też|także|również)|"
    r"przeczytaj (?:też|także|również)|lees ook|lees meer|zie ook|meer over|"
    r"相关阅读|相关新闻|相关文章|延伸阅读|関連記事|関連ニュース|あわせて読みたい|"
    r"اقرأ أيضا|اقرأ أيضاً|اقرأ المزيد|مواضيع ذات صلة|أخبار ذات صلة)"
    # a label in its own <strong> or <span> is glued to the linked title after it: "Read
    # moreUkraine says ...", "Lesen Sie auchKiew meldet ...", "Читайте такожУ Києві ..."
    r"(?:(?!\w)|(?-i:(?<=[^\W\d_])(?=[A-ZÀ-ÞА-ЯЁІЇЄҐ]))).{0,200}$"
    # Words that may also open a sentence ("Up next is the vote ..."): only as a label.
    r"|^\W*(?:related(?: (?:articles?|stories|content|coverage|news|links|posts|reading|topics))?"
    r"|more|more on this(?: story)?|read next|up next|in case you missed it|you may have missed|"
    r"don['’]t miss|pour approfondir|te recomendamos|per approfondire|mehr dazu|zum thema|"
    r"más información|relacionad[oa]s?|approfondisci|по теме|за темою|ещё по теме|"
    r"ще за темою|gerelateerd|powiązane)\s*(?:[:|»>]|$).{0,200}$",
    re.IGNORECASE,
)
# Tag lists and topic labels: "Tags: Ukraine, Energy", "Filed under", "Argomenti", "Теги:".
_TAGS = re.compile(
    r"^\W*(?:tags?|topics?|categories|category|keywords|schlagwörter|schlagworte|stichwörter|"
    r"themen|mots[- ]clés|tags associés|sujets|thèmes|etiquetas|temas|argomenti|"
    r"parole chiave|теги|тэги|темы|ключевые слова|мітки|теми|ключові слова|tagi|"
    r"słowa kluczowe|trefwoorden|onderwerpen|palavras-chave|assuntos|标签|关键词|タグ|الوسوم)"
    r"\s*(?:[:：].{0,200})?$"
    r"|^\W*(?:filed under|posted in|abgelegt unter|publié dans|publicado en|pubblicato in)\b"
    r"[^.!?]{0,150}$",
    re.IGNORECASE,
)
# "Updated 12:04 PM", "Aktualisiert am 28.01.2020", "Ultima modifica": the page's edits, never
# the publication date (published.py ignores these lines too), and event-like noise for the
# timeline. A "Published ..." line stays: it is the dateline the date search reads. After the
# label comes a date or a time, so "Updated figures show ..." stays.
_MONTH_NAMES = "|".join(sorted(map(re.escape, MONTH_BY_NAME), key=len, reverse=True))
_WEEKDAYS = (
    r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|montag|dienstag|mittwoch|"
    r"donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    r"lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|"
    r"venerdì|sabato|domenica|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|"
    r"понеділок|вівторок|середа|четвер|п['’]ятниця|субота|неділя"
)
_UPDATED = re.compile(
    rf"^\W*{UPDATE_WORDS}\b\W*(?:(?:on|at|am|um|le|à|el|il|alle|a las|в|о)\s+)?"
    rf"(?:\d|(?:{_MONTH_NAMES}|{_WEEKDAYS})(?![^\W\d_]))[^!?]{{0,50}}$"
    rf"|^\W*{UPDATE_WORDS}\W*$"
    r"|^\W*stand:\s*\d[^.!?]{0,40}$",
    re.IGNORECASE,
)
_TIME = (
    r"\d{1,2}[:.h]\d\d(?:\s*[ap]\.?m\.?)?"
    r"(?:\s*(?:gmt|bst|cet|cest|utc|et|edt|est|pt|msk|eet|eest|hkt|uhr))?"
)
# Live-blog furniture: lone clock times, "5 minutes ago", "Key events", "Show more updates".
_LIVE = re.compile(
    rf"^\W*(?:(?:posted|at|um|à|alle|a las|в|о)\s+)?{_TIME}\W*$"
    r"|^\W*(?:\d+\s*(?:min|mins|minutes?|hours?|hrs?|h|days?)\s+ago|"
    r"vor\s+\d+\s+(?:min|minuten?|stunden?|tagen?)|il y a\s+\d+\s*(?:min|minutes?|heures?|h|jours?)|"
    r"hace\s+\d+\s*(?:min|minutos?|horas?|días?)|\d+\s*(?:min|minuti|ore|giorni)\s+fa|"
    r"\d+\s*(?:мин|минут[уы]?|час(?:а|ов)?|дн(?:я|ей))\s+назад|"
    r"\d+\s*(?:хв|хвилин[уи]?|годин[уи]?|дн(?:і|ів))\s+тому|just now|gerade eben|"
    r"à l['’]instant|ahora mismo)\W*$"
    r"|^\W*(?:key events|show key events only|live updates?|latest updates|show latest updates|"
    # a live page's heading over its key points: "Claves", "Das Wichtigste in Kürze"
    r"key points|das wichtigste in kürze|les points clés|puntos clave|claves|i punti chiave|"
    r"pontos-chave|ключевые события|ключові події|"
    r"(?:load|show) (?:more|older|newer) (?:updates|posts|entries)|pinned(?: post)?|live|"
    r"liveticker|live-ticker|liveblog|live blog|en direct|direct|en vivo|en directo|diretta|"
    r"in diretta|онлайн|наживо|трансляция|прямой эфир|прямий ефір|пряма трансляція|"
    r"auto-?update|autorefresh|refresh)\W*$",
    re.IGNORECASE,
)
# Comment counts and prompts: "12 comments", "Kommentare (3)", "View comments".
_COMMENTS_HEADING = re.compile(
    r"^\W*(?:\d+\s+)?(?:(?:reader |leser)?comments?|(?:leser)?kommentare?|leserbriefe|"
    r"commentaires?|comentarios?|comentários?|commenti(?: dei lettori)?|komentarz[ey]?|"
    r"комментари[йея]в?|коментар(?:і|ів)?|(?:网友|读者|用户)?评论|评论区|コメント|تعليقات)"
    r"\W*(?:\d+\W*)?$",
    re.IGNORECASE,
)
# Headings that name readers' comments on some sites and a section of reporting on others.
_REACTIONS_HEADING = re.compile(
    r"^\W*(?:\d+\s+)?(?:reactions|responses|réactions|reacciones|reazioni|reacties|reakcje|"
    r"реакция|реакції)\W*(?:\d+\W*)?$",
    re.IGNORECASE,
)
_COMMENTS = re.compile(
    r"^\W*(?:view|show|hide|read|load|add|leave|post|write) (?:all |the |a )?"
    r"(?:\d+ )?comments?\W*(?:\d+\W*)?$"
    r"|^\W*(?:kommentieren|kommentar schreiben|commenter|laisser un commentaire|comentar|"
    r"deja (?:un|tu) comentario|commenta|lascia un commento|комментировать|"
    r"оставить комментарий|коментувати|залишити коментар)\W*$",
    re.IGNORECASE,
)
# Lone interface words: buttons, menus and counters that lose their markup in the text.
_UI = re.compile(
    r"^\W*(?:subscribe|register|menu|search|close|home|back|next|previous|more|load more|"
    r"show more|read full article|full article|view gallery|open gallery|enlarge|zoom|play|"
    r"pause|mute|expand|collapse|copy link|sign up|log out|sign out|my account|"
    r"opens? in (?:a )?new (?:window|tab)|abonnieren|registrieren|suche|schließen|startseite|"
    r"zurück|mehr anzeigen|link kopieren|mein konto|s['’]abonner|s['’]inscrire|rechercher|"
    r"fermer|accueil|retour|suivant|précédent|voir plus|copier le lien|mon compte|suscribirse|"
    r"suscríbete|registrarse|buscar|cerrar|inicio|volver|siguiente|anterior|ver más|"
    r"cargar más|copiar enlace|mi cuenta|abbonati|registrati|cerca|chiudi|indietro|avanti|"
    r"mostra altro|copia link|il mio account|войти|вход|регистрация|поиск|закрыть|главная|"
    r"назад|далее|показать ещё|скопировать ссылку|личный кабинет|увійти|вхід|реєстрація|"
    r"пошук|закрити|головна|далі|показати ще|копіювати посилання|особистий кабінет|"
    r"image|photo|picture|video|audio|gallery|graphic|infographic|map|bild|foto|grafik|karte|"
    r"carte|vidéo|galerie|imagen|vídeo|mapa|immagine|mappa|фото|видео|відео|графика|графіка|"
    r"карта|getty images|afp|reuters|ap|epa|dpa|efe|ansa|tass|shutterstock|istock|imago|"
    r"keystone|picture alliance|accept|accept all|akzeptieren|alle akzeptieren|accepter|"
    r"tout accepter|aceptar|accetta|accetto|aceitar|akceptuję|accepteren|принять|прийняти)\W*$"
    r"|^\W*(?:photo|image|picture|bild|foto|фото|slide|слайд)?\s*\d{1,3}\s*(?:/|of|von|de|di|"
    r"из|з)\s*\d{1,3}\W*$",
    re.IGNORECASE,
)
# A line naming only share targets: "Facebook Twitter WhatsApp E-Mail".
_SHARE_WORDS = frozenset([
    "facebook", "twitter", "x", "whatsapp", "telegram", "linkedin", "pinterest", "reddit",
    "messenger", "viber", "vk", "вконтакте", "одноклассники", "xing", "flipboard", "threads",
    "bluesky", "mastodon", "email", "e-mail", "mail", "print", "copy", "link", "share",
    "teilen", "partager", "compartir", "condividi", "поделиться", "поділитися", "drucken",
    "imprimer", "imprimir", "stampa", "tweet",
])  # fmt: skip
_WORDS = re.compile(r"[\w-]+")
# A caption ending in its credit: "... at the summit (REUTERS/Jane Roe)", "(Foto: dpa)",
# "(Photo by Jane Roe/Getty Images)". A bare "(dpa)" closing a paragraph is the agency's
# signature on reporting and stays.
_CAPTION_CREDIT = re.compile(
    r"\((?:[^()]{0,80}\b(?:photo|foto|фото|beeld)s?\s*(?::|by|von|de|di|par|por)\s[^()]{1,80}"
    r"|[^()]{0,80}\bfot\.\s[^()]{1,80}"
    r"|[^()]{0,80}\b(?:bild|image|imagen|immagine|picture|credit|crédit)s?\s*(?::|by)\s[^()]{1,80}"
    r"|[^()]{0,40}\b(?:reuters|afp|ap(?: photo)?|epa(?:-efe)?|efe|dpa|ansa|tass|ria|unian|"
    r"ukrinform|getty(?: images)?|anadolu|xinhua|bloomberg|sipa|abaca|zuma|imago|keystone|"
    r"picture[- ]alliance|shutterstock|istock)\s*/\s*[^()]{1,60}"
    r"|[^()]{0,60}\b(?:getty images|shutterstock|istock(?:photo)?|imago images|"
    r"picture[- ]alliance)\b[^()]{0,30}"
    # the agency after the photographer: "(ALAIN JOCARD / AFP)", "(Photo by Jane Roe/AFP)"
    r"|[^()]{1,60}/\s*(?:reuters|afp|ap|epa(?:-efe)?|efe|dpa|ansa|tass|anadolu|xinhua|sipa|abaca|"
    r"getty images|pool|via getty images)\b[^()]{0,30})\)\W*$",
    re.IGNORECASE,
)
# Labels over correction notes and bare edit stamps ("This article was amended on 12 March 2025").
# The note itself ("Correction: An earlier version of this article misstated the date ...") says
# which fact of the story was wrong, which the analyst needs: it stays.
_CORRECTION = re.compile(
    r"^\W*(?:corrections?|clarifications?|berichtigung|korrektur|richtigstellung|rectificatif|"
    r"correctif|erratum|fe de errat(?:as|a)|fe de errores|corrección|rettifica|errata corrige|"
    r"исправление|уточнение|виправлення|уточнення)\W*$"
    r"|^\W*corrections? (?:and|&) clarifications\W*$"
    r"|^\W*this (?:article|story|report|piece) (?:has been|was) (?:updated|amended|corrected|"
    r"changed)\b[^:;]{0,200}$",
    re.IGNORECASE,
)
# Labels over the author's box and calls to follow or write to the reporter.
_AUTHOR_BOX = re.compile(
    r"^\W*(?:about the author|über (?:den|die) autor(?:in)?|à propos de l['’]auteur|"
    r"sobre el autor|acerca del autor|sull['’]autore|l['’]autore|об авторе|про автора)\W*$"
    # "Follow Jane Roe on Twitter @jroe", "Contact the reporter at jroe@example.org"
    r"|^\W*(?:follow|contact|email|e-mail|write to)\s+(?:him|her|them|the (?:author|reporter|"
    r"writer)|[\w.'’-]+(?:\s+[\w.'’-]+){0,2})\s+(?:on|at|via)\b.{0,40}"
    r"(?:twitter|\bx\b|instagram|facebook|telegram|linkedin|bluesky|threads|mastodon|@|e-?mail)"
    r".{0,60}$"
    r"|^\W*(?:twitter|x|instagram|telegram)?\s*:?\s*@\w{2,15}\W*$",
    re.IGNORECASE,
)
# Leftovers of embedded posts and players, app and donation calls, error-report links, summary
# labels and breadcrumbs.
_EMBEDS_AND_CALLS = re.compile(
    r"^\W*[—–-]\s*[^()]{1,60}\(@\w{1,15}\)\s+\w+\.?\s+\d{1,2},\s+\d{4}\W*$"
    r"|^\W*pic\.twitter\.com/\w+\W*$"
    r"|^\W*(?:view this post on instagram|a post shared by\b.{0,80}|watch on youtube|now playing|"
    r"play video|watch video|replay|watch again|(?:video )?ad feedback|fullscreen|full screen|"
    r"vollbild|plein écran|pantalla completa|schermo intero|на весь экран|на весь екран|"
    r"donate(?: now| today)?|spenden|faire un don|donar|dona ora|пожертвовать|підтримати)\W*$"
    r"|^\W*(?:duration|dauer|durée|duración|durata|длительность|тривалість)\W+\d{1,2}:\d\d\W*$"
    r"|^\W*\d{1,2}:\d\d\s*/\s*\d{1,2}:\d\d\W*$"
    r"|^\W*(?:click to enlarge|zum vergrößern klicken|cliquez pour agrandir|haz clic para ampliar|"
    r"clicca per ingrandire|нажмите,? чтобы увеличить|натисніть,? щоб збільшити)\W*$"
    r"|^\W*(?:sponsored|presented|powered) by\b.{0,60}$"
    r"|^\W*(?:download|get|install) (?:the|our) .{0,40}\bapp\b.{0,100}$"
    r"|^\W*(?:laden sie|holen sie sich) .{0,40}\bapp\b.{0,60}$"
    r"|^\W*téléchargez (?:l['’]|notre )?(?:application|appli|app)\b.{0,100}$"
    r"|^\W*descarg(?:a|ue) (?:la|nuestra) app\b.{0,100}$"
    r"|^\W*scarica (?:l['’]|la nostra )?app\b.{0,100}$"
    r"|^\W*(?:скачайте|установите) (?:наше )?(?:мобильное )?приложение\b.{0,100}$"
    r"|^\W*(?:завантажте|завантажуйте|встановіть) (?:наш |наше )?(?:застосунок|додаток)\b.{0,100}$"
    r"|^\W*(?:support (?:our|independent) journalism|become a (?:member|supporter|subscriber)|"
    r"unterstützen sie (?:unseren|unabhängigen) journalismus|soutenez (?:notre|le) journalisme|"
    r"apoya (?:nuestro|el) periodismo|sostieni il (?:nostro )?giornalismo|"
    r"поддержите (?:нас|редакцию)|підтримайте (?:нас|редакцію))\b.{0,100}$"
    r"|^\W*(?:suggest a correction|report (?:an error|a typo)|fehler melden|signaler une erreur|"
    r"reportar un error|segnala un errore|сообщить об ошибке|повідомити про помилку)\W*$"
    r"|^\W*(?:story highlights|key points|in brief|auf einen blick|das wichtigste in kürze|"
    r"en bref|l['’]essentiel|en resumen|lo esencial|in breve|главное|коротко|головне)\W*$"
    r"|^(?=.{0,70}$).{0,30}\bmost (?:read|popular|viewed|shared|commented|emailed)\b"
    r"|^\W*(?:home|startseite|accueil|inicio|главная|головна)\s*[>›»/|].{0,120}$",
    re.IGNORECASE,
)
# A row of menu entries: "Home | World | Business | Sport | Video".
_MENU_SPLIT = re.compile(r"\s+[|•·]\s+")
# The author's bio closing a page: "Jane Roe is a senior writer for Example News." The subject is
# a bare name (capitalised words), so "The minister, 61, is a former reporter" stays.
_BIO = re.compile(
    r"^[A-ZÀ-ÞĀ-ſ][\w.'’-]+(?:\s+[A-ZÀ-ÞĀ-ſ][\w.'’-]+){1,3}\s+"
    r"(?:is|ist|est|es|è|é|är|er|jest|je|este)\s+"
    r"(?i:(?:a|an|the|ein|eine|un|une|una|uno|um|uma|een|de|het)\s+)?(?:[\w.'’-]+\s+){0,4}"
    # German and Dutch compounds: "Osteuropa-Redakteur", "Auslandskorrespondentin"
    r"(?i:[\w-]*?(?:writer|reporter|correspondent|editor|columnist|journalist|contributor|"
    r"redakteur\w*|korrespondent\w*|journalist\w*|autor\w*|journaliste|correspondant\w*|"
    r"rédact\w+|periodista|corresponsal|redactor\w*|giornalista|corrispondente|redattore|"
    r"jornalista|repórter|correspondente|verslaggever|redacteur|redaktör|reporter\w*|"
    r"redaktor\w*|dziennikar\w+|novinar\w*|dopisni\w+|ziarist\w*|jurnalist\w*))\b.{0,120}$"
    r"|^[A-ZÀ-Þ][\w.'’-]+(?:\s+[A-ZÀ-Þ][\w.'’-]+){1,3}\s+(?:covers|writes about|reports on)\b.{0,150}$"
    r"|^[А-ЯІЇЄҐ][\w'’-]+(?:\s+[А-ЯІЇЄҐ][\w'’-]+){1,2}\s+[—–-]\s+(?:\w+\s+){0,3}"
    r"(?i:журналист\w*|корреспондент\w*|редактор\w*|обозревател\w*|журналіст\w*|"
    r"кореспондент\w*|оглядач\w*)\b.{0,120}$"
)
# A byline: "By Jane Roe and John Doe, Reuters", "Von Max Muster", "Автор: Іван Петренко". Only
# capitalised names (and an outlet's capitalised name) may follow the word, so "By Monday, the
# troops had left" stays; a byline holding a date stays too, for the date search.
_NAME = r"[A-ZÀ-ÞА-ЯІЇЄҐ][\w.'’-]+"
_BYLINE = re.compile(
    r"^\W*(?i:by|von|par|por|di|de|автор|авторы|автори)\s*:?\s+"
    rf"{_NAME}(?:(?:\s+|\s*,\s*|\s+(?i:and|und|et|y|e|и|і|та)\s+){_NAME}){{0,6}}"
    rf"(?:\s*[,|–—-]\s*{_NAME}(?:\s+(?:{_NAME}|of|the|for|de|del|la|le|di|der|des)){{0,4}})?\W*$"
)
# What portals put inside the article body besides teasers: players' durations, podcast and
# donation calls, "share this article" calls, prompts to consent before an embedded post shows,
# and the editor and copyright notes closing Chinese pages. Each is a call or a label, so
# "Share your videos with us at ..." (a call for witnesses' material) stays.
_PLAYERS_AND_CALLS = re.compile(
    r"^\W*(?:(?:video|audio|vídeo|wideo)\s+)?(?:duration|dauer|durée|duración|durata|duração|"
    r"czas trwania|duur|speelduur|длительность|тривалість)\W+\d{1,2}:\d\d\W*$"
    r"|^\W*\d{1,2}:\d\d(?::\d\d)?\s*(?:min(?:s|\.|utes|uten|uti|utos)?|мин\.?|хв\.?)\W*$"
    r"|^\W*(?:listen|hören sie|jetzt anhören|écoutez|escucha|ascolta|ouça|posłuchaj|luister|"
    r"слушайте|слухайте)\b.{0,100}\bpodcasts?\b.{0,100}$"
    r"|^\W*(?:share this (?:article|story|page)|artikel teilen|diesen artikel teilen|"
    r"partager cet article|partagez cet article|comparte (?:esta noticia|este artículo)|"
    r"compartir (?:esta noticia|este artículo)|condividi (?:questo articolo|la notizia)|"
    r"compartilhe (?:esta notícia|este artigo)|partilhe (?:esta notícia|este artigo)|"
    r"udostępnij(?: ten)? artykuł|deel dit (?:artikel|bericht)|поделитесь (?:статьей|новостью)|"
    r"поділіться (?:статтею|новиною)|分享到|この記事をシェアする|シェアする|"
    r"شارك (?:هذا المقال|الخبر))(?:\W.{0,80})?$"
    r"|^\W*(?:责任编辑|责编|本文编辑|编辑|版权声明|免责声明|版权所有)\s*[:：].{0,200}$"
    # rating widgets: "Rate this article", "Оцените материал: 12 3"
    r"|^\W*(?:rate this (?:article|story)|was this (?:article|story) helpful|"
    r"bewerten sie (?:diesen|den) artikel|notez cet article|valora (?:esta noticia|este artículo)|"
    r"vota (?:questo articolo|la notizia)|avalie (?:esta notícia|este artigo)|oceń (?:artykuł|tekst)|"
    r"beoordeel dit artikel|оцените (?:материал|статью|новость)|оцініть (?:матеріал|статтю|новину))"
    r"\b.{0,60}$",
    re.IGNORECASE,
)
