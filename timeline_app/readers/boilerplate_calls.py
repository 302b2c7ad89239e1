"""The calls to the reader, in the languages analysts read most: paywall notes, newsletter and
subscription promotions, calls to follow the site on social networks, donation asks, podcast
promotions and prompts to consent before an embedded post shows.

Data only: `is_paywall_note`, `is_promo` and the ask rule in boilerplate.py apply these patterns
(markup_furniture also reads the first two to find promotion boxes). Kept apart from the other
furniture lines' vocabularies (boilerplate_words.py) because they are found differently: a call
is looked for anywhere in a short line, after a cheap first look for its key words
(_PAYWALL_GATE, _NEWSLETTER_KEYS, _ASK_KEYS), and only a call counts, so reporting on a
newsletter or a subscription stays.
"""

from __future__ import annotations

import re

# "Subscribe to continue reading", "Il vous reste 60% de cet article à lire": paywall notes.
_PAYWALL = re.compile(
    r"\b(?:subscribe|subscription|sign in|log in|register)\b.{0,40}\b(?:to (?:continue|keep) "
    r"reading|to read (?:the|this) (?:full|whole|rest)|for (?:full|unlimited) access)"
    r"|\balready (?:a subscriber|have an account|registered)\s*\?"
    r"|\bthis (?:article|story|content) is (?:for|only available to|exclusive to|reserved for) "
    r"(?:subscribers|members)"
    r"|\b(?:to )?continue reading,? (?:subscribe|sign in|log in|register)"
    r"|\byou have \d+ free articles?\b|\bcreate a free account\b"
    r"|\bjetzt (?:weiterlesen|abonnieren)\b|\b(?:weiterlesen|lesen sie weiter) mit\b"
    r"|\bsie haben bereits ein (?:abo|abonnement|konto)\b|\bbereits abonnent"
    r"|\bmit (?:einem )?abo weiterlesen|\bexklusiv für abonnenten"
    r"|\bdéjà abonné\w*\s*\?|\bil vous reste \d+ ?% de cet article|\bla suite est réservée aux abonnés"
    r"|\babonnez-vous pour (?:lire|continuer)|\bpour lire la suite"
    r"|\bcet article vous (?:a été|est) offert|\blire tous nos (?:articles|contenus) en illimité"
    r"|\b(?:article|contenu) réservé (?:à nos|aux) abonnés|\b(?:for )?subscribers only\b"
    r"|\bartículo (?:exclusivo|reservado) para suscriptores|\bnur für abonnenten"
    r"|\d+(?:[,.]\d+)?\s?(?:€|euros?) (?:le|pour le) premier mois"
    r"|\bzugang zu allen (?:artikeln|inhalten)\b|\b\d+ tage kostenlos\b"
    r"|\bya eres suscriptor\w*\s*\?|\bya tienes (?:una )?cuenta\s*\?|\bcontenido exclusivo para suscriptores"
    r"|\bsuscríbete para (?:seguir leyendo|leer)|\bhazte suscriptor|\bpara seguir leyendo"
    r"|\bsei già abbonato\s*\?|\bper continuare a leggere|\babbonati per (?:leggere|continuare)"
    r"|\b(?:contenuto|articolo) riservato agli abbonati"
    r"|\blees verder (?:met|als)\b|\bword (?:nu )?abonnee\b|\bal (?:een )?abonnee\s*\?"
    r"|\bczytaj dalej (?:z|w)\b|\bwykup (?:subskrypcję|dostęp|prenumeratę)"
    r"|\bmasz już (?:subskrypcję|konto|prenumeratę)\s*\?|\bjá é assinante\s*\?"
    r"|\bexclusivo para assinantes|\bpara continuar a ler|^\W*assine\b"
    r"|(?:продолжение|полный текст) (?:статьи )?доступ\w* (?:только )?(?:по подписке|подписчикам)"
    r"|оформите подписку|уже есть подписка\s*\?|чтобы прочитать (?:статью )?полностью"
    r"|оформіть (?:передплату|підписку)|вже маєте (?:передплату|підписку)\s*\?"
    r"|щоб прочитати (?:статтю )?повністю|доступно (?:лише|тільки) (?:передплатникам|для "
    r"передплатників)",
    re.IGNORECASE,
)
# Words every paywall note above holds, looked for in the lowered line first: the notes' own
# search costs ~1 ms a page, this one a tenth of it.
_PAYWALL_GATE = re.compile(
    r"subscri|sign in|log in|register|already|this (?:article|story|content)|continue reading|"
    r"free (?:article|account)|weiterlesen|abonn|bereits|déjà|il vous reste|la suite|suscr|"
    r"ya tienes|seguir leyendo|abbonat|continuare a leggere|подпис|полностью|передплат|"
    r"підпис|повністю|lesen sie weiter|lees verder|abonnee|czytaj dalej|wykup|masz już|assin|"
    r"continuar a ler|unlimited|unbegrenzt|illimit|ilimitado|onbeperkt|nieograniczony|"
    r"безлимит|необмежен|offert|premier mois|testen|essayez|free trial|prova gratis|prueba gratis|"
    r"zugang zu allen|tage kostenlos"
)
# A subscription's pitch ("unlimited access to all our stories for 4.99 euros a month") names its
# price or the subscription: "Inspectors were given unlimited access to the sites" stays.
_PITCH = re.compile(
    r"\b(?:unlimited|unbegrenzten|unbegrenzter) (?:digital )?(?:access|zugang)|\baccès illimité"
    r"|\bacceso ilimitado|\baccesso illimitato|\bacesso ilimitado|\bonbeperkt(?: digitaal)? "
    r"toegang|\bnieograniczony dostęp|\bбезлимитный доступ|\bнеобмежений доступ"
    # a trial's call beside its price: "jetzt einen Monat für 1 Euro testen"
    r"|\btesten\s*[.!]?\s*$|\bessayez\b|\b(?:start|begin|try) (?:your|a|the) free trial\b"
    r"|\bprova gratis\b|\bprueba gratis\b",
    re.IGNORECASE,
)
_PRICE = re.compile(
    r"[£€$]|\d\s?(?:euros?|eur|zł|złotych|руб|грн)\b|\b(?:per|a|par|al|por|im|w|per) "
    r"(?:month|monat|mois|mes|mese|mês|miesiąc|maand)\b|subscri|abonn|assin|suscri|abbona|"
    r"subskryp|abonnee|подписк|передплат",
    re.IGNORECASE,
)
# Looked for in the lowered line before the pattern: its search costs ten times as much.
_NEWSLETTER_KEYS = (
    "newsletter", "infolettre", "nieuwsbrie", "bolet", "рассылк", "розсилк", "新闻通讯", "电子报",
    "ニュースレター", "メルマガ", "النشرة",
)  # fmt: skip
_NEWSLETTER = re.compile(
    r"\bnewsletters?\b|\bnewsletter\w*|\binfolettre|\bnieuwsbrie\w*|\bbolet[ií]n\b|\bboletim\b|"
    r"рассылк\w*|розсилк\w*|新闻通讯|电子报|ニュースレター|メルマガ|النشرة (?:الإخبارية|البريدية)",
    re.IGNORECASE,
)
# The call of a promotion ("Sign up", "your inbox", "Abonnieren Sie unseren Newsletter"), not the
# words of reporting on one ("the newsletter's 40,000 subscribers").
_SIGN_UP = re.compile(
    r"\b(?:sign(?:ing)?[- ]up|subscribe\b|subscribing|your (?:e-?mail|inbox)|inbox|abonnieren|"
    r"abonniere|abonnez|anmelden|melde dich|melden sie sich|inscri(?:vez|bez|bete|birse)|"
    r"s['’]inscrire|suscr[ií]b(?:e|ete|irse)|iscriv(?:iti|ersi|etevi)|our newsletter|"
    r"unseren? newsletter|notre (?:newsletter|infolettre)|nuestr[oa] (?:newsletter|boletín)|"
    r"nostra newsletter)|подпиш(?:итесь|ись)|подписывайтесь|підпиш(?:іться|ись)|підписуйтесь|"
    r"передплат\w*|нашу рассылку|нашу розсилку|\b(?:schrijf je in|meld je aan|abonneer|"
    r"zapisz się|zapisz sie|(?:za)?subskrybuj|inscreva-se|subscreva|assine)\b|"
    r"订阅|登録|اشترك",
    re.IGNORECASE,
)
# "Follow us on Facebook", "You can contact us on Twitter, Instagram": a call to a social account.
_SOCIAL = re.compile(
    r"\b(?:facebook|twitter|instagram|whatsapp|telegram|linkedin|youtube|tiktok|threads|viber)\b"
    r"|تويتر|فيسبوك|إنستغرام|انستغرام|تلغرام|تيليجرام|يوتيوب|微信|微博|抖音"
    r"|טלגרם|וואטסאפ|ווטסאפ|פייסבוק|אינסטגרם|טוויטר|텔레그램|카카오톡|유튜브",
    re.I,
)
_CALL = re.compile(
    r"\b(?:follow|contact|join|find|like|message|folgen|suivez|rejoignez|contactez)"
    r"(?:[\s-]+\w+){0,3}[\s-]+(?:us|uns|nous)\b"
    r"|\b(?:síguenos|sígannos|seguici|seguiteci|seguinos)\b|\byou can (?:contact|follow|reach|find)\b"
    r"|(?:подписывайтесь|подпишитесь|следите|читайте нас|підписуйтесь|підпишіться|стежте|"
    r"слідкуйте|читайте нас|підписуйтеся|тож підписуйтеся|تابعونا|تابعوا|关注我们)"
    # an imperative opening the line: "Segui ANI sul canale WhatsApp", "📲 Participe do canal
    # do g1 no WhatsApp", "הצטרפו לערוץ הטלגרם שלנו"
    r"|^\W*(?:segui|seguite|siga|sigam|participe|junte-se|únete|unete|volg|sledujte|"
    r"obserwuj|dołącz|abonnez-vous|abonniere|abonnieren sie|הצטרפו|עקבו)\b",
    re.I,
)
# Donation asks, podcast promotions and consent prompts, searched anywhere in a short line ("Our
# journalism is free. If you can, support us with ..."); only lines holding one of _ASK_KEYS are
# searched, which costs a tenth. The ask to support journalism is a call: it opens a sentence,
# so "Readers support our journalism through subscriptions, the publisher said" stays.
_ASKS = re.compile(
    r"(?:^|[.!?:—–]\s)\W*(?:(?:please|if you can|bitte|s['’]il vous plaît|por favor|per favore|"
    r"proszę|alstublieft)\W+)?(?:support|unterstützen sie|soutenez|apoya|sostieni|apoie|wesprzyj|"
    r"steun|поддержите|підтримайте)\s+(?:(?:our|independent|quality|local|den|unseren|unabhängigen|"
    r"lokalen|locale|local|lokale|"
    r"notre|le|nuestro|el|il|nostro|o|nosso|nasze|niezależne|onze|onafhankelijke|независимую|"
    r"нашу|незалежну)\s+){0,2}(?:journalism|journalismus|journalisme|periodismo|giornalismo|"
    r"jornalismo|dziennikarstwo|journalistiek|журналистику|журналістику)\b"
    r"|\bwherever you get your podcasts\b|\bctrl\s*\+\s*enter\b"
    # "... we have a small favour to ask", "If you value this work, please make a gift today",
    # "Se apprezzi il nostro lavoro, abbonati"
    r"|\bwe have a small favou?r to ask\b"
    r"|\b(?:please )?(?:make|consider making) a (?:one-time |one-off |monthly |recurring |"
    r"tax-deductible )?(?:gift|donation|contribution)\b"
    r"|\b(?:if you (?:value|appreciate|enjoy|like) (?:our|this|what we do)|se apprezzi il nostro|"
    r"si vous appréciez (?:notre|ce)|si (?:valoras|te gusta) (?:nuestro|este)|"
    r"wenn (?:ihnen|dir) unsere arbeit|gefällt (?:ihnen|dir) unser journalismus)"
    r".{0,80}\b(?:support|donat|subscri|contribut|gift|abbona|sostien|abonn|soutien|suscr|apoy|"
    r"unterstütz|abo)",
    re.IGNORECASE,
)
# "Support us" alone is a call to give only beside a gift's word.
_SUPPORT_US = re.compile(
    r"\b(?:support us|unterstützen sie uns|soutenez-nous|apóyanos|sostienici|apoie-nos|"
    r"wesprzyj nas|steun ons|поддержите нас|підтримайте нас)\b",
    re.IGNORECASE,
)
_GIVING = re.compile(
    r"contribut|donat|[£€$]|membership|patron|spende|\bdon\b|\bdons\b|donaci|"
    r"donazion|doaç|darowizn|wpłat|пожертв|внес|патрон",
    re.IGNORECASE,
)
# A prompt to consent before an embedded post or player shows names the consent, the content
# and where it comes from; "Parents must consent before the content is shown" stays.
_CONSENT = re.compile(
    r"\b(?:consent|zustimmung|einwilligung|consentement|consentimiento|consenso|consentimento|"
    r"zgod[aęy]|toestemming|согласие|згоду)\b.{0,120}\b(?:content|inhalt|contenu|contenido|"
    r"contenuto|conteúdo|treść|treści|inhoud|содержимое|контент|вміст)\b",
    re.IGNORECASE,
)
_EMBEDDED_FROM = re.compile(
    r"extern|third[- ]party|dritt|tiers|terceros|terzi|zewnętrz|derden|сторонн|youtube|twitter|"
    r"instagram|facebook|tiktok|spotify|podcast|vimeo|datawrapper|datenverarbeitung|datenschutz|"
    r"privacy|confidentialité|privacidad|prywatno",
    re.IGNORECASE,
)
_ASK_KEYS = (
    "support", "unterstützen", "soutenez", "apoya", "apóyanos", "sostieni", "apoie", "wesprzyj",
    "steun", "поддержите", "підтримайте", "consent", "zustimmung", "einwilligung", "consentimiento",
    "consenso", "consentimento", "zgod", "toestemming", "согласие", "згоду", "podcasts", "ctrl",
    "favour", "favor", "gift", "donation", "contribution", "apprezzi", "appréciez", "valoras",
    "te gusta", "unsere arbeit", "gefällt",
)  # fmt: skip
