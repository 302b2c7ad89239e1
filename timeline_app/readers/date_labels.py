"""The words that label a byline's dates, in the languages we read: which one is the
publication's ("Published", "Veröffentlicht", "Publicerad", "입력") and which an edit's ("Updated",
"Aktualisiert", "Päivitetty", "수정"). published.py builds its patterns from them; they live here
so that adding a language is adding words, not growing that module.

Each list is a regex alternation, matched case-insensitively at the start of a line or of one of
a line's stamps ("입력 2025.11.19 14:03 수정 2025.11.20 09:12").
"""

from __future__ import annotations

PUBLISH_WORDS = (
    r"(?:published|posted|publication\s+date|date\s+published|veröffentlicht|erstellt|publié|"
    r"publicado|publicada|pubblicato|gepubliceerd|geplaatst|opublikowano|utworzono|"
    r"data\s+utworzenia|опубликовано|опубліковано|создано|створено|дата\s+публикации|"
    r"дата\s+публікації|data\s+publikacji|fecha\s+de\s+publicación|data\s+di\s+pubblicazione|"
    r"data\s+de\s+publicação|yayınlanma(?:\s+tarihi)?|yayın\s+tarihi|oluşturulma(?:\s+tarihi)?|"
    r"haber\s+giriş|giriş\s+tarihi|发布时间|发布日期|发表时间|發布時間|發佈時間|發布日期|發佈日期|刊登日期|公開日|投稿日|"
    r"掲載日|配信日|تاريخ\s+النشر|نُ?شر\s+(?:في|بتاريخ)|"
    # Swedish, Finnish, Hungarian, Czech, Romanian, Greek
    r"publicerad|publicerat|julkaistu|közzétéve|megjelent|publikováno|zveřejněno|"
    r"data\s+publicării|publicată|publicat|δημοσίευση|δημοσιεύθηκε|δημοσιεύτηκε|"
    # Indonesian, Vietnamese, Hindi, Hebrew, Persian, Korean
    r"diterbitkan|dipublikasikan|diposting|ngày\s+đăng|đăng\s+(?:ngày|vào|lúc)|xuất\s+bản|"
    r"प्रकाशित(?:\s+तिथि)?|bejegyezve|"
    r"פורסם|תאריך\s+פרסום|تاریخ\s+انتشار|منتشر\s+شده|기사\s*입력|입력|기사\s*승인|승인|게시일?|등록일?|작성일?|"
    r"발행일?|"
    # Arabic "نُشر:" alone, Bengali, Thai, Urdu, Georgian, Armenian, Kazakh, Azerbaijani, Serbian,
    # Bulgarian, Malay, Swahili
    r"نُ?شر(?=\s*:)|প্রকাশিত|প্রকাশ|เผยแพร่(?:เมื่อ)?|شائع(?:\s+ہوا)?|გამოქვეყნდა|"
    r"հրապարակվել\s+է|жарияланды|жарияланған|dərc\s+(?:edilib|olunub)|objavljeno|објављено|"
    r"публикувана|публикувано|публикуван|imechapishwa)"
)
_EDIT_WORDS = (
    r"last\s+updated|last\s+modified|updated|modified|zuletzt\s+aktualisiert|aktualisiert|"
    r"geändert|dernière\s+mise\s+à\s+jour|mis\s+à\s+jour|modifié|última\s+actualización|"
    r"actualizado|actualizada|atualizado|atualizada|atualização|ultimo\s+aggiornamento|"
    r"ultima\s+modifica|aggiornato|modificato|laatst\s+gewijzigd|gewijzigd|bijgewerkt|"
    r"laatste\s+update|aktualizacja|data\s+aktualizacji|zaktualizowano|обновлено|обновлён|"
    r"изменено|оновлено|змінено|"
    r"son\s+güncelleme|güncelleme|güncellenme|güncellendi|更新时间|更新時間|更新日|最終更新|更新|"
    r"آخر\s+تحديث|تحديث|"
    r"uppdaterad|uppdaterat|päivitetty|frissítve|módosítva|aktualizováno|upraveno|actualizat|"
    r"actualizată|ενημέρωση|ενημερώθηκε|diperbarui|cập\s+nhật|अपडेटेड|अपडेट|עודכן|"
    r"به[\u200c ]?روزرسانی|بروزرسانی|최종\s*수정|수정|업데이트|"
    r"আপডেট|অপডেট|อัปเดต|อัพเดท|แก้ไขล่าสุด|اپ\s?ڈیٹ|განახლდა|განახლებულია|թարմացվել\s+է|"
    r"жаңартылды|yenilənib|ažurirano|ажурирано|обновена|обновено|актуализирана|актуализирано|"
    r"dikemas\s*kini|imesasishwa"
)
EDIT_WORDS = rf"(?:{_EDIT_WORDS})"  # an edit's label only: "Updated", "Aktualisiert", "수정"
# An edit's label, or an answer's or a reply's stamp on a Q&A page or a thread: no publication's
# either.
UPDATE_WORDS = (
    rf"(?:{_EDIT_WORDS}|answered|replied|beantwortet|répondu|respondid[oa]|rispost[oa]|beantwoord)"
)
# The stamp of a Q&A page's question ("asked Nov 19, 2025 at 14:03"): the page's own day; the
# answers' stamps ("answered Nov 25, 2025") are no publication's (UPDATE_WORDS holds them).
QUESTION_WORDS = (
    r"(?:asked|gefragt|demandé|preguntad[oa]|perguntad[oa]|chiest[oa]|gevraagd|zapytano)"
)
# "3 days ago", "vor 3 Stunden", "há 3 horas", "3 timmar sedan", "3 시간 전", "לפני 3 שעות": a stamp
# that dates a page relative to the day it was saved.
RELATIVE_STAMP = (
    r"(?:posted\s+|published\s+)?(?:"
    r"(?:about\s+)?\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago|"
    r"(?:vor|há|hace|il\s+y\s+a|před|acum|לפני|منذ)\s+\d+\s+[^\W\d_]{1,12}|"
    r"\d+\s+[^\W\d_]{1,12}\s+(?:fa|geleden|temu|назад|тому|önce|sedan|sitten|órája|yang\s+lalu|"
    r"trước|पहले|پیش|前|전)|\d+\s*(?:분|시간|일)\s*전|\d+\s*(?:小时|分钟|天|時間|分|日)前"
    r")"
)
# The words between a label and its date: "on", "am", "le", "den" (Swedish), "dne" (Czech),
# "pe" (Romanian), "pada" (Indonesian), "στις" (Greek), "בתאריך", "ב-" (Hebrew), "در" (Persian).
LABEL_JOINS = r"on|am|le|el|il|op|em|в|о|dnia|den|dne|pe|pada|lúc|στις|την|בתאריך|ב-?|در"
# The words between a date and its time: "at", "um", "à", "kl." (Swedish), "klo" (Finnish),
# "pukul" (Indonesian), "lúc" (Vietnamese), "오후" (Korean: p.m.), ...
TIME_LEAD = (
    r"(?:(?:at|um|à|às|a\s+las|alle(?:\s+ore)?|ore|om|o|godz\.|в|о|saat|kl\.?|klo|pukul|lúc|"
    r"ora|v|오전|오후)\s+)?"
)
# The names of an official release, which numbered ones print with their day: "Comunicato stampa
# n. 112 del 19 novembre 2025", "Pressemitteilung Nr. 112/2025 vom 19.11.2025".
RELEASE_WORDS = (
    r"(?:press\s+release|news\s+release|media\s+release|comunicato(?:\s+stampa)?|"
    r"pressemitteilung|presseinformation|medienmitteilung|communiqué(?:\s+de\s+presse)?|"
    r"nota\s+de\s+prensa|comunicado(?:\s+de\s+prensa)?|nota\s+à\s+imprensa|persbericht|"
    r"komunikat(?:\s+prasowy)?|tisková\s+zpráva|pressmeddelande|(?:lehdistö)?tiedote|"
    r"sajtóközlemény|comunicat(?:\s+de\s+presă)?|δελτίο\s+τύπου|siaran\s+pers|"
    r"thông\s+cáo\s+báo\s+chí|basın\s+(?:açıklaması|bülteni)|пресс-релиз|прес-реліз|"
    r"הודעה\s+לעיתונות|بيان\s+صحفي|보도자료|プレスリリース|新闻稿)"
)
# What may stand between the name and the day: its number, then "of", "del", "vom", "du", "ze
# dne" (Czech), "z dnia" (Polish), "din data" (Romanian), ...
RELEASE_JOIN = (
    r"\s*(?:(?:n|no|nr|n°|nº|č|br|sz|αρ)\.?\s*\d[\d/\-]*\s*)?[,:\-–—]?\s*"
    r"(?:(?:of|dated|del|dello|vom|du|de|din|z|ze|från|av)\s+(?:(?:dne|dnia|data(?:\s+de)?)\s+)?)?"
)
# The labels of a report's or a bulletin's day of issue, at the head of a sitrep, a flash update
# or a ministry's bulletin ("Issued 10 March 2025.", "Date of issue: 10/03/2025", "Émis le ...",
# "Дата выпуска", "تاريخ الإصدار"): report_dates.py reads them in the head's first lines only.
ISSUE_WORDS = (
    r"(?:issued(?:\s+on)?|date\s+of\s+issue|issue\s+date|released(?:\s+on)?|release\s+date|"
    r"date\s+of\s+release|émis\s+le|émise\s+le|date\s+d['’]émission|diffusé\s+le|"
    r"date\s+de\s+diffusion|paru\s+le|date\s+de\s+parution|emitido\s+el|emitida\s+el|"
    r"fecha\s+de\s+emisión|difundido\s+el|fecha\s+de\s+difusión|herausgegeben\s+am|"
    r"ausgegeben\s+am|erschienen\s+am|ausgabedatum|erscheinungsdatum|дата\s+выпуска|"
    r"выпущено|дата\s+издания|дата\s+випуску|випущено|оприлюднено|дата\s+оприлюднення|"
    r"تاريخ\s+الإصدار|تاريخ\s+الاصدار|صدر\s+(?:في|بتاريخ))"
)
# The cut-off of a situation report's figures, printed alone under its title ("As of 16 March
# 2025", "Situation au 16 mars", "Al 16 de marzo", "Stand 16.03.2025", "По состоянию на",
# "Станом на", "حتى تاريخ"): a flash update is issued on that day. Not a reporting period's
# end ("Reporting period: 10-16 March"): a weekly report is issued days after its period.
AS_OF_WORDS = (
    r"(?:(?:situation\s+|information\s+|data\s+|figures\s+)?as\s+(?:of|at)|"
    r"(?:situation\s+|état\s+|chiffres\s+)?au|en\s+date\s+du|à\s+la\s+date\s+du|"
    r"(?:situación\s+|datos\s+|cifras\s+)?al|a\s+fecha\s+de|con\s+corte\s+al|"
    r"(?:sach)?stand(?:\s+(?:am|vom))?|lage\s+am|по\s+состоянию\s+на|станом\s+на|"
    r"حتى(?:\s+تاريخ)?|لغاية)"
)
