"""Month names of more languages, for the dates a byline prints: Bengali, Urdu, Thai (with its
abbreviations "ธ.ค."), Georgian and Armenian (nominative and genitive), Kazakh, Azerbaijani,
Bulgarian, Serbian (Latin and Cyrillic), Malay and Swahili. dates_text.py adds them to its own;
they live here so that adding a language is adding words, not growing that module.

Only names no other language uses for another month: Croatian's "listopad" is October, Polish's
November, so Croatian is left out. A Thai page counts its years in the Buddhist era ("9 ธ.ค.
2563" is 9 December 2020): dates_text.py reads such a year after a month name only.
"""

from __future__ import annotations

MONTHS_MORE: dict[int, tuple[str, ...]] = {
    1: ("জানুয়ারি", "জানুয়ারী", "جنوری", "มกราคม", "ม.ค", "იანვარი", "იანვრის", "հունվար",
        "հունվարի", "қаңтар", "yanvar", "януари", "januar", "januara", "јануар", "јануара",
        "januari"),
    2: ("ফেব্রুয়ারি", "ফেব্রুয়ারী", "فروری", "กุมภาพันธ์", "ก.พ", "თებერვალი", "თებერვლის",
        "փետրվար", "փետրվարի", "ақпан", "fevral", "февруари", "februara", "фебруар", "фебруара"),
    3: ("মার্চ", "مارچ", "มีนาคม", "มี.ค", "მარტი", "მარტის", "մարտ", "մարտի", "наурыз",
        "marta", "mac", "machi"),
    4: ("এপ্রিল", "اپریل", "เมษายน", "เม.ย", "აპრილი", "აპრილის", "ապրիլ", "ապրիլի", "сәуір",
        "aprel", "април", "aprila", "априла", "aprili"),
    5: ("মে", "مئی", "พฤษภาคม", "พ.ค", "მაისი", "მაისის", "մայիս", "մայիսի", "мамыр", "maja",
        "мај", "маја"),
    6: ("জুন", "جون", "มิถุนายน", "มิ.ย", "ივნისი", "ივნისის", "հունիս", "հունիսի", "маусым",
        "iyun", "юни", "juna", "јун", "јуна"),
    7: ("জুলাই", "جولائی", "กรกฎาคม", "ก.ค", "ივლისი", "ივლისის", "հուլիս", "հուլիսի", "шілде",
        "iyul", "юли", "jula", "јул", "јула", "julai"),
    8: ("আগস্ট", "অগাস্ট", "اگست", "สิงหาคม", "ส.ค", "აგვისტო", "აგვისტოს", "օգոստոս",
        "օգոստոսի", "тамыз", "avqust", "avgust", "avgusta", "август", "августа", "ogos", "agosti"),
    9: ("সেপ্টেম্বর", "ستمبر", "กันยายน", "ก.ย", "სექტემბერი", "სექტემბრის", "սեպտեմբեր",
        "սեպտեմբերի", "қыркүйек", "sentyabr", "септември", "septembar", "septembra",
        "септембар", "септембра", "septemba"),
    10: ("অক্টোবর", "اکتوبر", "ตุลาคม", "ต.ค", "ოქტომბერი", "ოქტომბრის", "հոկտեմբեր",
         "հոկտեմբերի", "қазан", "oktyabr", "октомври", "oktobar", "oktobra", "октобар",
         "октобра", "oktoba"),
    11: ("নভেম্বর", "نومبر", "พฤศจิกายน", "พ.ย", "ნოემბერი", "ნოემბრის", "նոյեմբեր",
         "նոյեմբերի", "қараша", "noyabr", "ноември", "novembar", "novembra", "новембар",
         "новембра", "novemba"),
    12: ("ডিসেম্বর", "دسمبر", "ธันวาคม", "ธ.ค", "დეკემბერი", "დეკემბრის", "դեկտեմբեր",
         "դեկտեմբերի", "желтоқсан", "dekabr", "декември", "decembar", "decembra", "децембар",
         "децембра", "disember", "desemba"),
}  # fmt: skip
