"""Words of the eight served languages (en de es fr fi vi hi bn) that slots need: month and season names,
time units, study formats, languages, levels, "free", currencies. Data, not phrasings: each entry is a word
or a short fixed term, matched on Unicode word boundaries after case folding."""

from __future__ import annotations

import unicodedata
from datetime import date

from pathfinder.domain import participation

MONTHS: dict[str, int] = {}
for _n, _names in enumerate(
    (
        "january jan januar janvier enero tammikuu tammikuuta tammikuuhun জানুয়ারি जनवरी",
        "february feb februar février fevrier febrero helmikuu helmikuuta helmikuuhun ফেব্রুয়ারি फरवरी",
        "march mar märz marz mars marzo maaliskuu maaliskuuta maaliskuuhun মার্চ मार्च",
        "april apr avril abril huhtikuu huhtikuuta huhtikuuhun এপ্রিল अप्रैल",
        "may mai mayo toukokuu toukokuuta toukokuuhun মে मई",
        "june jun juni juin junio kesäkuu kesäkuuta kesäkuuhun জুন জুনের जून",
        "july jul juli juillet julio heinäkuu heinäkuuta heinäkuuhun জুলাই जुलाई",
        "august aug août aout agosto elokuu elokuuta elokuuhun আগস্ট अगस्त",
        "september sep sept septembre septiembre syyskuu syyskuuta syyskuuhun সেপ্টেম্বর सितंबर सितम्बर",
        "october oct oktober octobre octubre lokakuu lokakuuta lokakuuhun অক্টোবর अक्टूबर",
        "november nov novembre noviembre marraskuu marraskuuta marraskuuhun নভেম্বর नवंबर नवम्बर",
        "december dec dezember décembre decembre diciembre "
        "joulukuu joulukuuta joulukuuhun ডিসেম্বর दिसंबर दिसम्बर",
    ),
    start=1,
):
    for _w in _names.split():
        MONTHS[_w] = _n
# session 12: months as Bengali also spells them (long ী, "জানুয়ারী"; "ফেব্রুয়ারী"); a month's case ending is
# read by `slots.calendar_word` ("ডিসেম্বরের", "মার্চের", "जनवरी तक")
for _n, _names in {1: "জানুয়ারী জানুআরি", 2: "ফেব্রুয়ারী ফেব্রুআরি", 7: "জুলাইয়ের"}.items():
    for _w in _names.split():
        MONTHS[_w] = _n
# Finnish month names in every case a date takes ("maaliskuun loppuun", "kesäkuussa", "toukokuulle",
# "huhtikuusta"), not only the three forms written above
for _w, _n in list(MONTHS.items()):
    if _w.endswith("kuu"):
        for _case in ("n", "ssa", "lla", "lle", "sta", "lta", "ksi", "hun", "ta"):
            MONTHS[_w + _case] = _n
# Vietnamese months are "tháng" + a number or number word
VI_MONTH_WORDS = {
    "một": 1,
    "giêng": 1,
    "hai": 2,
    "ba": 3,
    "tư": 4,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
    "mười một": 11,
    "mười hai": 12,
    "chạp": 12,
}
# a season names the month it ends in (northern hemisphere; "before the summer" -> the end of May); in
# Vietnamese "mùa" + the season word: "mùa" itself names none; the Finnish "in the season" forms ("keväällä")
# count only with "at the latest" or "ready" (`slots._deadline`, session 26)
SEASONS_BEFORE: dict[str, int] = {
    w: m
    for m, ws in {
        5: "summer sommer verano été ete kesä kesää kesään kesällä hè गर्मी গ্রীষ্ম",
        2: "spring frühling frühjahr primavera printemps kevät kevääseen keväällä xuân वसंत বসন্ত",
        8: "autumn fall herbst otoño automne syksy syksyyn syksyllä thu पतझड़ শরৎ",
        11: "winter invierno hiver talvi talveen talvella đông सर्दी শীত",
        1: "tết",  # the lunar new year, late January to mid February: "before Tết" is the end of January
    }.items()
    for w in ws.split()
}
# session 12: the Hindi and Bengali seasons as said and typed ("गर्मियों से पहले", "garmi se pehle", "গরমের
# আগে", "সর্দিয়োं"): case endings are read by `slots.calendar_word`
SEASONS_BEFORE |= {
    w: m
    for m, ws in {
        5: "गर्मियों गर्मियाँ garmi garmiyon garmiyo গরম grishmo grishsho",
        2: "बसंत basant boshonto",
        11: "सर्दियों सर्दियाँ sardi sardiyon sardiyo শীতকাল",
    }.items()
    for w in ws.split()
}

# festivals and seasons of the served countries as a deadline: (month, day) of their usual date; the lunar
# ones move by up to two weeks from year to year, so the date is the usual one, not this year's
FESTIVALS: dict[str, tuple[int, int]] = {
    w: md
    for md, ws in {
        (10, 25): "diwali deepavali divali दिवाली दीवाली दीपावली দীপাবলি",
        (10, 10): "puja pujo pujor pujar পুজো পুজোর পূজা পূজার पूजा "
        "dussehra dussera dasara dashahra दशहरा दशहरे विजयादशमी vijayadashami",  # Vijayadashami ends the Puja
        (4, 14): "boishakh baishakh boishakher বৈশাখ বৈশাখের",
        (6, 1): "monsoon monsoons मानसून बरसात barsaat বর্ষা বর্ষার borsha",
        (6, 20): "juhannus juhannukseen juhannukseksi juhannusta",
        (3, 20): "holi होली",
        (12, 24): "christmas xmas weihnachten navidad noël noel joulu jouluun joulua क्रिसमस বড়দিন "
        "navidades jouluksi jouluna",  # session 20 (lang20): "para las navidades", "jouluksi valmis"
        (9, 1): "rentrée rentree",  # the start of the school year in France and Belgium
        (7, 1): "sommerferien sommerurlaub kesäloma kesälomaan kesälomille",  # by Land / school: roughly July
        (9, 15): "trung-thu",  # the Mid-Autumn festival (15th of the 8th lunar month), as one token below
        # session 13: national days of India, Bangladesh and Vietnam (named in two words: FESTIVAL_PHRASES),
        # festivals that move little (Makar Sankranti/Pongal; Dussehra with Durga Puja, above), the
        # New Year in the eight languages
        (1, 26): "republic-day",  # India
        (8, 15): "swatantrata-diwas",  # India
        (12, 16): "bijoy-dibosh",  # Bangladesh, Victory Day
        (3, 26): "shadhinota-dibosh",  # Bangladesh, Independence Day
        (9, 2): "quốc-khánh",  # Vietnam, National Day
        (1, 14): "sankranti संक्रांति संक्रान्ति pongal पोंगल",
        (1, 1): "new-year neujahr",
    }.items()
    for w in ws.split()
}
# festivals of the lunar Islamic calendar: their dates in the coming years (they move about 11 days a year,
# so no usual date fits); "Eid" alone is Eid al-Fitr, the end of Ramadan. Dates as announced in Bangladesh and
# India (a day either way depending on the moon).
LUNAR_FESTIVALS: dict[str, tuple[date, ...]] = {
    w: dates
    for dates, ws in {
        (date(2026, 3, 21), date(2027, 3, 10), date(2028, 2, 27), date(2029, 2, 15), date(2030, 2, 5)): (
            "eid ईद ঈদ ঈদের idd eider eidul-fitr eid-ul-fitr ঈদুল-ফিতর ঈদুল-ফিতরের"
        ),
        (date(2026, 5, 27), date(2027, 5, 17), date(2028, 5, 5), date(2029, 4, 24), date(2030, 4, 13)): (
            "eid-al-adha bakrid बकरीद কোরবানি কোরবানির ঈদুল-আজহা ঈদুল-আজহার"
        ),
        (date(2026, 2, 18), date(2027, 2, 8), date(2028, 1, 28), date(2029, 1, 16), date(2030, 1, 6)): (
            "ramadan ramzan रमज़ान रमजान রমজান রমজানের রোজা রোজার"
        ),
    }.items()
    for w in ws.split()
}
# festivals named in two or three words: read as the token given (a key of FESTIVALS or MOVABLE_FEASTS)
FESTIVAL_PHRASES = {
    "eid al adha": "eid-al-adha",
    "eid ul adha": "eid-al-adha",
    "eid ul azha": "eid-al-adha",
    "bakri eid": "eid-al-adha",
    "কোরবানির ঈদ": "eid-al-adha",
    "ঈদুল আজহা": "eid-al-adha",
    "ঈদুল আজহার": "eid-al-adha",
    "ঈদুল ফিতর": "eid",
    "ঈদুল ফিতরের": "eid",
    "eid ul fitr": "eid",
    "eid al fitr": "eid",
    "semana santa": "semana-santa",
    "trung thu": "trung-thu",
    "summer holidays": "sommerferien",
    "summer holiday": "sommerferien",
    "summer break": "sommerferien",
    "vacaciones de verano": "sommerferien",
    "vacances d'été": "sommerferien",
    "grandes vacances": "sommerferien",
    "giáng sinh": "christmas",
    "phục sinh": "easter",
    # session 13: national days and the New Year (FESTIVALS)
    "republic day": "republic-day",
    "गणतंत्र दिवस": "republic-day",
    "gantantra diwas": "republic-day",
    "gantantra divas": "republic-day",
    "स्वतंत्रता दिवस": "swatantrata-diwas",
    "swatantrata diwas": "swatantrata-diwas",
    "swatantrata divas": "swatantrata-diwas",
    "বিজয় দিবস": "bijoy-dibosh",
    "বিজয় দিবসের": "bijoy-dibosh",
    "bijoy dibosh": "bijoy-dibosh",
    "bijoy dibos": "bijoy-dibosh",
    "bijoy diboser": "bijoy-dibosh",
    "স্বাধীনতা দিবস": "shadhinota-dibosh",
    "স্বাধীনতা দিবসের": "shadhinota-dibosh",
    "shadhinota dibosh": "shadhinota-dibosh",
    "shadhinota diboser": "shadhinota-dibosh",
    "quốc khánh": "quốc-khánh",
    "quoc khanh": "quốc-khánh",
    "makar sankranti": "sankranti",
    "मकर संक्रांति": "sankranti",
    "new year": "new-year",
    "new years": "new-year",
    "new year's": "new-year",
    "नया साल": "new-year",
    "नए साल": "new-year",
    "नये साल": "new-year",
    "naya saal": "new-year",
    "naye saal": "new-year",
    "naya sal": "new-year",
    "naye sal": "new-year",
    "tết dương lịch": "new-year",
    "tet duong lich": "new-year",
    "año nuevo": "new-year",
    "nouvel an": "new-year",
    "uusi vuosi": "new-year",
    "uuteen vuoteen": "new-year",
}
# feasts that move with Easter (the Gregorian computus, `slots.easter`): days from Easter Sunday
MOVABLE_FEASTS: dict[str, int] = {
    w: days
    for days, ws in {
        0: "easter ostern pâques paques pascua pääsiäinen pääsiäiseen pääsiäistä pääsiäisenä",
        -3: "semana-santa",  # Holy Week: its Thursday, when the holidays begin
        -2: "karfreitag",
        39: "himmelfahrt ascension",
        49: "pfingsten pentecost pentecôte pentecostés helluntai helluntaihin",
    }.items()
    for w in ws.split()
}
# "before" and "by/until" around a festival: also the romanised postpositions of Hindi and Bengali ("Diwali se
# pehle", "pujor age", "Diwali tak"), read only next to the festival's name
FESTIVAL_BEFORE = frozenset(
    "before vor antes avant ennen trước truoc पहले আগে pehle pahle age aage agei".split()
)
FESTIVAL_UNTIL = frozenset(
    "by until till bis hasta para pour d'ici jusqu'à jusqu'au mennessä đến den तक পর্যন্ত মধ্যে tak "
    "porjonto jusqu jusqua jusquà valmis".split()  # "jusqu a paques", "jouluksi valmis" (lang20)
)
# years of experience, not a deadline (`slots._experience`): a work/being word before the number, or
# "since/for/already" after the year word ("5 saal se", "2 bochor dhore", "5 năm rồi", "3 Jahre lang")
EXPERIENCE_BEFORE = frozenset(
    "worked working work been since for seit depuis desde hace làm lam trabajo trabajé travaille travaillé "
    "arbeite gearbeitet olen ollut työskennellyt kaam kaj kori korchi".split()
)
# "since" right before a number of years: always experience ("depuis 5 ans", "seit 3 Jahren", "desde hace 2")
SINCE = frozenset("since seit depuis desde hace".split())
# what a job application is made of ("cover letter", "résumé", "interview"): words, never typing slips of
# common ones ("letter" was read back as "better", so "write my cover letter" was no request for a letter)
APPLICATION_DOCUMENTS = frozenset("letter letters cover resume resumes interview interviews".split())
# the English superlatives the rules pick an entry shown by: read back from a typing slip as the most used
# words are ("whats the cheapst one", "the shortst?"; session 16)
SUPERLATIVES_EN = ("cheapest", "shortest", "quickest", "fastest", "longest", "easiest", "hardest")
EXPERIENCE_AFTER = frozenset(
    "se theke dhore rồi roi nay lang से थेके থেকে ধরে "
    # "2 years in accounts payable", "5 years as a nurse", "3 Jahre als", "4 años como", "10 ans comme"
    "in as of at doing working experience exp als como comme".split()
)
# the word "experience" itself, within two words after the years ("5 năm kinh nghiệm", "5 años de
# experiencia", "10 ans d'expérience", "5 Jahre Erfahrung"; session 16: the Vietnamese was a 5-year deadline)
EXPERIENCE_WORDS = frozenset(
    "experience experiencia expérience erfahrung berufserfahrung kokemus kokemusta kinh अनुभव অভিজ্ঞতা".split()
)
# "the end of": "before the end of March" is the end of March ("avant la fin mars", "trước cuối tháng 3")
END_OF = frozenset("end ende fin fine cuối loppu loppuun lopussa अंत শেষে".split())

HOUR = (
    "hours hour hrs hr h stunden stunde std stündchen horas hora horitas horita heures heure "
    "tuntia tunti tuntiä tunnilla tunnin tuntii tuntei "  # spoken Finnish: "pari tuntii viikos"
    "tuntina tuntiin giờ tiếng gio tieng d'heures d'heure "
    "घंटे घंटा ঘণ্টা ঘন্টা "
    "ghante ghanta ghanton ghonta ghonte"  # romanised Hindi and Bengali ("hafte me 6 ghante")
).split()
# "what if", "y si", "et si", "und wenn", "entä jos", "nếu", "अगर", "যদি": a changed value tried out
WHAT_IF = frozenset("if si wenn jos nếu neu agar अगर यदि যদি jodi".split())
# a course's length, not the learner's time ("a 40 hour course")
# "only", said of what a learner speaks or wants ("I only speak German", "nur Deutsch", "solo español", "vain
# suomea", "chỉ tiếng Việt", "सिर्फ हिंदी", "শুধু বাংলা"): the languages named are the only ones to study in
# (`slots._only_said`); the one list of "only" words, also read by `conversation_language.limits_language`
ONLY_WORDS = frozenset(
    "only nur ausschließlich solo sólo únicamente unicamente seulement uniquement vain ainoastaan chỉ duy "
    "केवल सिर्फ़ सिर्फ sirf sirif kewal শুধু শুধুই কেবল shudhu".split()
)
# "a little", after such an "only" ("nur ein bisschen Englisch", "only a little English", "solo un poco de
# inglés", "vain vähän ruotsia", "chỉ một chút tiếng Anh", "थोड़ी अंग्रेज़ी", "একটু ইংরেজি"): a level, no limit
A_LITTLE = frozenset(
    "bit little bisschen wenig etwas poco peu vähän hieman chút ít थोड़ी थोड़ा थोड़ीसी thodi thoda "
    "একটু অল্প".split()
)
COURSE = frozenset("course courses kurs kurse curso cursos cours formation kurssi khóa कोर्स কোর্স".split())
MINUTE = "min mins minute minutes minuten minuto minutos minuuttia minuutti phút मिनट মিনিট".split()
DAY = (
    # "al dia", "cada dia": Spanish typed without the accent (session 18)
    "day days daily tage täglich días jours päivää tag täglich día diario jour dia dias "
    "quotidien päivä päivässä päivittäin diarias diarios diaria ngày दिन रोज़ रोज प्रतिदिन রোজ দিনে প্রতিদিন "
    "roz rozana roj roje rojana protidin prottekdin din dine"
).split()
# a half after an hour's count ("1 tiếng rưỡi": one and a half hours)
HALF_AFTER = frozenset("rưỡi ruoi".split())
WEEKDAYS = (
    "weekday weekdays workday workdays werktags wochentags werktagen laborables ouvrables arkisin "
    "arkipäivisin"
).split()
# "on weekdays" in several words: a time per day counts five days a week
WEEKDAY_PHRASES = (
    "en semaine", "entre semana", "unter der woche", "during the week", "ngày thường", "ngay thuong",
    "de lunes a viernes", "du lundi au vendredi", "montag bis freitag", "monday to friday", "thứ 2 đến thứ 6",
    "maanantaista perjantaihin",
)  # fmt: skip
# an evening after "every" ("mỗi tối", "jeden Abend", "cada noche", "chaque soir", "joka ilta") is a day;
# EVERY_EVENING says it in one word ("iltaisin", "evenings")
EVENING = frozenset(
    "evening night abend nacht noche tarde soir soirée ilta illalla tối "
    "शाम रात shaam sham raat সন্ধ্যা সন্ধ্যায় সন্ধ্যাবেলা রাত রাতে shondha shondhay sondhay".split()
)
# "every" in words of the languages typed in Latin script ("har shaam"), and Vietnamese "X nào cũng" after
# the noun ("tối nào cũng học 2 tiếng": every evening)
EVERY_LATIN = frozenset("har proti prottek".split())
EVERY_AFTER = frozenset("nào nao".split())
EVERY_EVENING = frozenset("iltaisin nightly allabendlich abends evenings nights tardes noches soirs".split())
# a part of the day as an adverb ("nur abends", "vormittags", "evenings"), or "le soir", "am Abend": a time
# given with it is per day ("nur abends Zeit, so 1 Stunde"); a weekend ruled out makes it five days a week
TIME_OF_DAY = frozenset(
    "abends vormittags nachmittags morgens mittags nachts feierabend evenings mornings soirs matins "
    "soirées soirees matinées matinees".split()
)
TIME_OF_DAY_NOUNS = frozenset("soir matin soirée soiree matinée matinee abend vormittag nachmittag".split())
TIME_OF_DAY_ARTICLES = frozenset("le la en am in the".split())
WEEKEND_DENIED = frozenset(
    "no not nicht nie kein keine pas jamais sauf außer ausser except excepto without ohne sans".split()
)
# studying full-time or part-time, said without hours ("un bootcamp à temps plein", "Vollzeit", "halbtags"):
# the usual working week of the language; never after a word of working ("je travaille à temps plein")
FULL_TIME = {
    "temps plein": 35, "plein temps": 35, "mi-temps": 17.5, "vollzeit": 40, "halbtags": 20, "teilzeit": 20,
    "full-time": 40, "full time": 40, "part-time": 20, "part time": 20, "tiempo completo": 40,
    "media jornada": 20, "kokopäiväisesti": 40,
}  # fmt: skip
WORKING = frozenset(
    "travaille travaillant bosse taffe boulot job emploi arbeite arbeitet arbeiten job stelle work works "
    "working employed trabajo trabajando trabaja työskentelen berufstätig beschäftigt angestellt salarié "
    "salariée cdi".split()
)
WEEK = (
    "week weeks wk weekly woche wochen semanas semaines viikkoa viikon wöchentlich semana semanal "
    "semaine hebdomadaire hebdomadaires hebdo semanales "
    "viikko viikossa viikoittain tuần tuan hafte हफ्ते हफ़्ते सप्ताह সপ্তাহে সপ্তাহ "
    "hafta haftey saptah shoptahe soptahe vko vk viikos"
).split()
MONTH = (
    "month months monthly monate monaten monats meses kuukautta kuukauden kuukaudessa mois monat "
    "monatlich mes mensual mensuales mois mensuel kuukausi kuukaudessa kuussa kuukausittain tháng thang "
    "महीने महीना মাসে মাস মাসের "
    "mahine mahina mahiney mase mashe maase "
    "maas maash mash"  # session 13: "3 mash time ache", "2 maas me"
).split()
WEEKEND = (
    "weekend weekends wochenende fin de semana week-end viikonloppu cuối tuần सप्ताहांत সপ্তাহান্তে "
    # spoken and inflected forms (session 26): "los findes 4 horas", "viikonloppuisin 3 tuntia"
    "finde findes wochenends viikonloppuisin viikonloppuna viikonloppusin".split()
)
# the weekend as a limit on study days (`slots._weekend`): one word, or a phrase of the days themselves
WEEKEND_WORDS = frozenset(
    "weekend weekends wochenende wochenenden week-end viikonloppu viikonloppuisin viikonloppuna सप्ताहांत "
    "সপ্তাহান্তে weekende weekendey finde findes wochenends viikonloppusin".split()
)
WEEKEND_PHRASES = (
    "fin de semana", "fines de semana", "cuối tuần", "cuoi tuan", "thứ 7 chủ nhật", "thứ bảy chủ nhật",
    "thu 7 chu nhat", "t7 cn", "saturday and sunday", "saturdays and sundays", "sat and sun",
    "शनिवार रविवार", "शनिवार और रविवार", "shanivar ravivar", "শুক্র শনি", "শুক্রবার শনিবার", "শুক্রবার আর শনিবার",
    "শনি রবি", "shukro shoni", "shukrobar shonibar", "ছুটির দিনে", "chutir dine",
)  # fmt: skip
# a study session counted per week ("3 buổi", "3 din", "3 evenings a week"): `slots._sessions`
SESSION = frozenset(
    "buổi buoi sessions session lessons classes evenings nights days times ngày ngay tối toi din baar bar "
    "दिन बार दिनों দিন বার tage abende termine días dias veces jours soirs fois päivänä päivää kertaa "
    "iltana".split()
)
# Bengali case endings a counting word may carry ("হাজারের", "লাখের", "hajarer", "mase"): `slots._inflected`
BN_CASE_ENDINGS = ("ের", "এর", "র", "ে", "er", "e")
YEAR = (
    "year years vuotta vuoden jahren वर्ष বছরের jahr jahre año años an ans année vuosi vuoden năm साल বছর "
    "saal bochor bochhor bochor"
).split()


def _with_case_forms(words: list[str]) -> list[str]:
    """Time units with the case forms Hindi and Bengali give them in a sentence (session 12): the Hindi
    oblique plural ("महीना"/"महीने" -> "महीनों", "हफ्ते" -> "हफ्तों", "घंटे" -> "घंटों", "साल" -> "सालों": "तीन
    महीनों में") and the Bengali genitive and locative ("সপ্তাহ" -> "সপ্তাহের", "ঘণ্টা" -> "ঘণ্টার", "ঘণ্টায়")."""
    out = list(words)
    for w in words:
        if "\u0900" <= w[-1] <= "\u097f":
            stem = w[:-1] if w[-1] in "ाे" else w
            out.append(stem + "ों")
        elif "\u0980" <= w[-1] <= "\u09ff":
            if w[-1] == "া":  # "ঘণ্টা": a vowel ending takes "র" and "য়"
                out += [w + "র", w + "য়"]
            elif w[-1] not in "েরয়":
                out += [w + "ের", w + "ে"]
    return list(dict.fromkeys(out))


HOUR = _with_case_forms(HOUR)
WEEK = _with_case_forms(WEEK)
MONTH = _with_case_forms([*MONTH, "माह"])  # "3 माह में": the formal Hindi month
YEAR = _with_case_forms(YEAR)
# a rate's own word before a time unit ("mỗi tháng … 20 tiếng", "20 hours per month"): the unit may then sit
# further from the number
PER = "per pro par al each every jeden jede cada chaque joka mỗi một प्रति हर প্রতি".split()
# approximate numbers in words, read only next to an hour word ("une vingtaine d'heures par mois")
NUMBER_WORDS = {
    "dizaine": 10,
    "quinzaine": 15,
    "vingtaine": 20,
    "trentaine": 30,
    "quarantaine": 40,
    "couple": 2,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "ten": 10,
    "twenty": 20,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "zehn": 10,
    "zwanzig": 20,
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
    "cinco": 5,
    "diez": 10,
    "veinte": 20,
    "deux": 2,
    "trois": 3,
    # session 10: "so anderthalb Stunden", "eine Stunde am Abend", "une heure le soir", "sept heures"
    "anderthalb": 1.5,
    "eineinhalb": 1.5,
    "eine": 1,
    "une": 1,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "zwölf": 12,
    "fünfzehn": 15,
    "sept": 7,
    "huit": 8,
    "douze": 12,
    "quinze": 15,
    "quatre": 4,
    "cinq": 5,
    "dix": 10,
    "vingt": 20,
    "kaksi": 2,
    "pari": 2,  # Finnish "a couple"
    "kolme": 3,
    "neljä": 4,
    "viisi": 5,
    "kymmenen": 10,
    # spoken Finnish numbers ("kaks tuntia päivässä", "viis tuntia viikossa") and "about N" ("parisen
    # tuntia", "kolmisen tuntia viikossa"; session 26)
    "kaks": 2,
    "viis": 5,
    "kuus": 6,
    "parisen": 2,
    "kolmisen": 3,
    "nelisen": 4,
    "viitisen": 5,
    "kuutisen": 6,
    "kymmenisen": 10,
    # Hindi and Bengali, in their scripts and romanised ("roz do ghante", "chhe mahine"), and Vietnamese; read
    # only next to an hour or a time unit, so "do" and "tin" stay English elsewhere
    "एक": 1,
    "दो": 2,
    "तीन": 3,
    "चार": 4,
    "पाँच": 5,
    "पांच": 5,
    "छह": 6,
    "छः": 6,
    "सात": 7,
    "आठ": 8,
    "दस": 10,
    "बारह": 12,
    "এক": 1,
    "দুই": 2,
    "দু": 2,
    "তিন": 3,
    "চার": 4,
    "পাঁচ": 5,
    "ছয়": 6,
    "সাত": 7,
    "আট": 8,
    "দশ": 10,
    "বারো": 12,
    "ek": 1,
    "do": 2,
    "teen": 3,
    "char": 4,
    "paanch": 5,
    "panch": 5,
    "chhe": 6,
    "chhah": 6,
    "das": 10,
    "dui": 2,
    "tin": 3,
    "pach": 5,
    "choy": 6,
    "dosh": 10,
    "một": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "sáu": 6,
    "mười": 10,
    # session 12: the rest of the family up to twelve, fifteen and thirty in the European languages, Finnish
    # genitives ("kahden tunnin"), and "a couple" ("ein paar Stunden", "un par de horas")
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "twelve": 12,
    "fifteen": 15,
    "thirty": 30,
    "paar": 2,
    "neun": 9,
    "elf": 11,
    "dreißig": 30,
    "par": 2,
    "seis": 6,
    "siete": 7,
    "ocho": 8,
    "nueve": 9,
    "doce": 12,
    "quince": 15,
    "treinta": 30,
    "neuf": 9,
    "onze": 11,
    "trente": 30,
    "yksi": 1,
    "yhden": 1,
    "kahden": 2,
    "kolmen": 3,
    "neljän": 4,
    "viiden": 5,
    "kuusi": 6,
    "kuuden": 6,
    "seitsemän": 7,
    "kahdeksan": 8,
    "yhdeksän": 9,
    "kaksitoista": 12,
    "viisitoista": 15,
    "kaksikymmentä": 20,
    # session 23 (days23): Finnish inessives of a time ("kahdessa kuukaudessa", in two months; "yhdessä" is
    # "together" too and left out)
    "kahdessa": 2,
    "kolmessa": 3,
    "neljässä": 4,
    "viidessä": 5,
    "kuudessa": 6,
    "seitsemässä": 7,
    "kahdeksassa": 8,
    "yhdeksässä": 9,
    "kymmenessä": 10,
}
# session 12 (vi/hi/bn round): the rest of the Hindi and Bengali counting words, in script and as typed in
# Latin script, so that "पंद्रह हज़ार", "পনেরো হাজার", "bees hazaar", "bish hajar" are amounts ("bis", "sau",
# "saath" left out: German "until", Vietnamese "after", Hindi "with")
NUMBER_WORDS |= {
    w: n
    for n, ws in {
        1: "ek", 3: "tiin", 4: "chaar", 5: "पाच पॉंच paach", 6: "छे छ: ছয় ছ chhoy", 7: "saat sat সাত",
        8: "आठ aath aat", 9: "नौ नो নয় nau noy", 10: "dus dosh dash", 11: "ग्यारह এগারো gyarah egaro",
        12: "बारह বারো barah baro", 13: "तेरह তেরো terah tero", 14: "चौदह চোদ্দ চৌদ্দ chaudah choddo",
        15: "पंद्रह पन्द्रह পনেরো পনের pandrah pandrah ponero ponro", 16: "सोलह ষোলো ষোল solah sholo",
        17: "सत्रह সতেরো satrah sotero", 18: "अठारह আঠারো atharah atharo", 19: "उन्नीस উনিশ unnis unish",
        20: "बीस বিশ bees bish", 25: "पच्चीस পঁচিশ pachchis pachis pochish", 30: "तीस ত্রিশ তিরিশ tees tirish",
        40: "चालीस চল্লিশ chalis chaalis chollish", 50: "पचास পঞ্চাশ pachas pachaas ponchash",
        60: "साठ ষাট", 70: "सत्तर সত্তর sattar sottor", 80: "अस्सी আশি assi",
        90: "नब्बे নব্বই nabbe nobboi", 100: "सौ একশো একশ ek-sau",
    }.items()
    for w in ws.split()
}  # fmt: skip
# one hour said without a number: an article before the singular hour word ("an hour a day", "una hora al
# día", "eine Stunde", "une heure"), or the Finnish singular alone ("tunti päivässä", "tunnin viikossa")
# spoken German "ne Stunde" (eine), and the diminutives "una horita", "ein Stündchen" (session 26)
ONE_HOUR_ARTICLES = frozenset("a an one ein eine einer un une una uno ne".split())
HOUR_SINGULAR = frozenset("hour stunde heure hora tunti tunnin horita stündchen stuendchen".split())
HOUR_ALONE_ONE = frozenset("tunti tunnin".split())
HALF = "half halbes halben medio demi puoli puolen puolessa nửa आधा আধা অর্ধ".split()

# the words for the forms of participation: the one table in `domain.participation` (the catalogue's mode
# labels read it too); word beginnings of compounds ("verkkokursseja", "Onlinekurse") and phrases ("en línea")
PARTICIPATION: dict[str, str] = participation.WORDS
PARTICIPATION_PREFIXES: dict[str, str] = participation.PREFIXES
PARTICIPATION_PHRASES: dict[str, str] = participation.PHRASES

LANGUAGE_NAMES: dict[str, str] = {
    w: code
    for code, ws in {
        "en": "english englisch inglés ingles anglais englanti englanniksi englantia अंग्रेज़ी अंग्रेजी "
        "ইংরেজি ইংরেজিতে",
        "de": "german deutsch deutschen alemán aleman allemand saksa saksaksi saksaa जर्मन জার্মান",
        "es": "spanish spanisch español espanol castellano espagnol espanja espanjaksi espanjaa स्पेनिश স্প্যানিশ",
        "fr": "french französisch francés frances français francais ranska ranskaksi ranskaa फ्रेंच ফরাসি",
        "fi": "finnish finnisch finlandés finnois suomi suomeksi suomea फ़िनिश ফিনিশ",
        "vi": "vietnamese vietnamesisch vietnamita vietnamien vietnam वियतनामी ভিয়েতনামি",
        "hi": "hindi हिंदी हिन्दी হিন্দি",
        "bn": "bengali bangla bengalisch bengalí বাংলা बंगाली",
        "it": "italian italienisch italiano italien italienne italiaa italiaksi",
        "nl": "dutch niederländisch holandés néerlandais neerlandés hollanti hollantia hollanniksi",
        "pl": "polish polnisch polaco polonais puola puolaa puolaksi",
        "sv": "swedish schwedisch sueco suédois ruotsi ruotsia ruotsiksi",
        "tr": "turkish türkisch turco turca turc turque turkki turkkia turkiksi तुर्की তুর্কি",
        "ru": "russian russisch ruso rusa russe venäjä venäjää venäjäksi रूसी রুশ",
        "uk": "ukrainian ukrainisch ucraniano ucraniana ukrainien ukrainienne ukraina ukrainaa ukrainaksi",
        "ar": "arabic arabisch árabe arabe arabia arabiaa arabiaksi अरबी আরবি",
        "zh": "chinese mandarin chinesisch chino china chinois kiina kiinaa kiinaksi चीनी চীনা",
        "pt": "portuguese portugiesisch portugués portugais português portugues portugali portugalia",
        # session 12: the other languages of the domain's table, named in the European languages served, and
        # the Finnish case forms missing above ("puhun italiaa", "hollanniksi"); never a Finnish nominative,
        # which is also the country's name ("vivo en Italia", "I live in Romania")
        "da": "danish dänisch danés danesa danois danoise tanskaa tanskaksi",
        "el": "greek griechisch griego griega grec grecque kreikkaa kreikaksi",
        "cs": "czech tschechisch checo checa tchèque tcheque tšekkiä tsekkia tšekiksi",
        "ro": "romanian rumänisch rumano rumana roumain roumaine romaniaa romaniaksi",
        "hu": "hungarian ungarisch húngaro hungaro húngara hongrois hongroise unkaria unkariksi",
        "ja": "japanese japanisch japonés japones japonesa japonais japonaise japania japaniksi",
        "ko": "korean koreanisch coreano coreana coréen coreen coréenne koreaa koreaksi",
    }.items()
    for w in ws.split(" ")
    if w
}
# compounds naming a language ("englanninkielisiä kursseja", "englischsprachige Kurse"): word beginnings
LANGUAGE_PREFIXES = {
    "englanninkiel": "en",
    "suomenkiel": "fi",
    "ruotsinkiel": "sv",
    "saksankiel": "de",
    "ranskankiel": "fr",
    "espanjankiel": "es",
    "englischsprachig": "en",
    "deutschsprachig": "de",
    # German adjectives with their endings: "den französischen Kurs", "die englischen Kurse"
    "französisch": "fr",
    "franzoesisch": "fr",
    "englische": "en",
    "spanische": "es",
    "deutsche": "de",
    "italienische": "it",
}
# "online banking", "banca en línea", "achats en ligne", "Online-Shopping", "ngân hàng trực tuyến", "ऑनलाइन
# बैंकिंग", "অনলাইন কেনাকাটা": things done online are subjects to learn, not the form of a course
# (`slots.without_online_topics`). The topic comes after the format word in en/de/hi/bn, before it in es/fr/
# vi/fi; English "security" before "online" is no topic ("cloud security online" is a format)
ONLINE_FORMAT_WORDS = (
    "online|en línea|en linea|en ligne|trực tuyến|truc tuyen|ऑनलाइन|অনলাইনে|অনলাইন|verkossa|netissä"
)
ONLINE_TOPICS_AFTER = (
    "banking|bank|shopping|shop|store|safety|security|payments?|scams?|fraud|privacy|marketing|business|"
    "selling|sales|presence|bullying|harassment|dating|handel|einkauf|einkaufen|sicherheit|betrug|"
    # selling online (session 20, lead trial 16's 13: "ऑनलाइन बेचना सीखना" set an online format)
    "sell|sells|zu verkaufen|verkaufen|verkauf|vender|venta|ventas|vendre|vente|ventes|myynti|myyminen|myydä|"
    "bechna|bechne|bechnaa|बेचना|बेचने|बेचूं|बिक्री|बिज़नेस|बिजनेस|व्यापार|বিক্রি|বিক্রির|ব্যবসা|ব্যবসার|"
    # session 20 (lead trial 15's 16: "digital marketing or online freelancing" set the format online): work
    # done online is a way to earn, not the form of a course
    "freelancing|freelance|freelancers?|jobs?|income|earning|ফ্রিল্যান্সিং|ফ্রিল্যান্স|फ्रीलांसिंग|फ्रीलांस|"
    "बैंकिंग|शॉपिंग|पेमेंट|भुगतान|सुरक्षा|ठगी|धोखाधड़ी|ব্যাংকিং|কেনাকাটা|কেনাকাটার|লেনদেন|পেমেন্ট|নিরাপত্তা|প্রতারণা"
)
ONLINE_TOPICS_BEFORE = (
    "safe|safely|banking|shopping|banca|compras?|seguridad|seguro|segura|pagos?|estafas?|fraudes?|tienda|"
    "trámites|tramites|ventas?|banque|achats?|sécurité|securite|paiements?|arnaques?|boutique|démarches|"
    "demarches|hàng|sắm|toán|toàn|đảo|turvallisesti|turvallisuus|asiointi|asioida|asioimaan|ostokset|"
    "ostaminen|pankkiasiat|vender|vendre|verkaufen|myydä|myymään|bán|sell|sells|selling|trabajos?|empleos?|"
    "travail|boulots?"
)
# the verbs and nouns of selling, in their forms ("verkauft", "vendre", "myymään", "bechna", "বিক্রি"): selling
# online is a subject with words between too (`slots.without_online_topics`, session 21)
SELLING_WORDS = (
    r"sell|sells|selling|sold|sales|verkauf\w*|verkaufe\w*|vender|vendre|vendo|vends|vendemos|vendiendo|vendant|venta|ventas|vente|ventes|myy\w*|bán|"
    r"bech\w*|बेच\w*|बिक्री|বিক্রি\w*|bikri"
)
# ... and its English forms as known words, so no typing slip reads them back ("selling" was "telling")
SELLING_KNOWN = frozenset("sell sells selling sold seller sellers sales ecommerce e-commerce".split())

# Vietnamese names are two words or more ("tiếng Anh"): matched as phrases only, never word by word ("anh ấy"
# is "he", "nha" a sentence particle, "lan" and "ban" ordinary words)
LANGUAGE_PHRASES = {
    "tiếng anh": "en",
    "tiếng đức": "de",
    "tiếng tây ban nha": "es",
    "tiếng pháp": "fr",
    "tiếng phần lan": "fi",
    "tiếng việt": "vi",
    "tiếng nga": "ru",
    "tiếng trung": "zh",
    "tiếng hoa": "zh",
    "tiếng nhật": "ja",
    "tiếng hàn": "ko",
    "tiếng thổ nhĩ kỳ": "tr",
    "tiếng ả rập": "ar",
    "tiếng ý": "it",
}

# negation around a language's name: "no inglés", "not English", "kein Englisch", "pas l'anglais", "ei
# englantia", "không … tiếng Anh"; Hindi and Bengali put it after ("अंग्रेज़ी नहीं", "ইংরেজি না")
NEGATION_BEFORE = frozenset(
    "no not kein keine nicht pas ni ei puhu không chẳng doesn't don't can't cannot doesnt dont cant "
    "isn't won't".split()
)
NEGATION_AFTER = frozenset("नहीं না nicht".split())
# a language known badly, said after its name ("englanti on heikko", "mon anglais est nul", "mein Englisch ist
# schlecht", "my English is poor"; `slots._weakly_known`, session 26)
WEAK_LANGUAGE = frozenset(
    "weak poor bad rusty terrible schlecht schwach mies grottig mauvais mauvaise nul nulle faible pourri "
    "malo mala flojo floja fatal pésimo pesimo heikko heikosti huono huonosti surkea kehno".split()
)
# a language preferred, said at most three words before its name ("lieber Deutsch", "rather in German",
# "plutôt en français", "mejor en español", "mieluummin suomeksi", "ưu tiên tiếng Việt"): the one wanted, the
# others named beside it neither (`slots.extract`, session 27: "Englisch geht so, lieber Deutsch" was saved
# as English and German, and the English list kept)
PREFERRING = frozenset(
    "rather prefer prefers preferably preferred lieber liebsten eher bevorzugt bevorzuge vorzugsweise mejor "
    "prefiero preferimos preferiblemente preferentemente plutôt plutot préfère prefere préférerais preferais "
    "préférence préférablement mieluummin mieluiten ennemmin ưu tiên बेहतर पसंद prefer বরং পছন্দ".split()
)
# a denial right after a language's name, before a word of degree or nothing ("l'anglais pas trop", "inglés
# poco o nada", "Englisch eher nicht", "englantia ei juurikaan")
LANGUAGE_DENIED_AFTER = frozenset("pas no nada nicht kaum ei not poco nope".split())
LANGUAGE_DEGREE = frozenset(
    "trop du tres très bien mucho muy bien so gut viel sehr juurikaan yhtään hyvin paljon much well really "
    "really at o".split()
)
# Finnish denies with a verb of its own before the verb of knowing, and the language may stand before or after
# the pair ("saksaa en osaa", "en puhu ranskaa", "hän ei ymmärrä englantia"); "en" alone is French and Spanish
# "in", so only the pair counts (`slots._negated`)
FI_NEGATIVE_VERB = frozenset("en et ei emme ette eivät".split())
FI_KNOWING = frozenset("osaa puhu ymmärrä hallitse lue kirjoita".split())
# German verb-second: the denial ends the clause after the verb ("Englisch kann sie nicht", "Französisch
# spricht er leider nicht"): "nicht" up to four words after the name, with one of these verbs between
V2_KNOW_VERBS = frozenset(
    "kann kannst können könnt spricht spreche sprichst sprechen versteht verstehe verstehen beherrscht "
    "beherrsche".split()
)
# a denial of showing or wanting a little further from the language (`slots._negated`): "don't show me German
# courses", "không muốn học khóa tiếng Đức" (before); "জার্মান কোর্স দেখাবেন না", "जर्मन कोर्स मत दिखाइए",
# "German courses mat dikhao" (after, verb-final)
NEGATION_FAR_BEFORE = frozenset("don't dont can't cannot cant không chẳng".split())
NEGATION_FAR_AFTER = frozenset("नहीं না मत mat nahi nahin".split())
# "without the French ones", "sin los que son en inglés", "ohne den französischen Kurs", "ilman
# ranskankielisiä", "bỏ khóa tiếng Pháp", "French के बिना", "ফরাসি ছাড়া": a language left out, up to five words
# before it (or, in verb-final languages, just after it)
EXCLUDE_BEFORE = frozenset(
    "without except excluding sin excepto salvo menos sans sauf hormis ohne außer ausser ilman paitsi bỏ trừ "
    "ngoại bina बिना".split()
)
EXCLUDE_AFTER = frozenset("बिना छोड़कर chhodkar ছাড়া বাদে chara bade".split())

SPEAK = (
    "speak speaks spoke spreche spricht sprechen hablo habla parle parlons puhun puhuu nói बोलता बोलती "
    "बोलते বলি বলতে বলেন fluent native muttersprache nativo "
    # "knowing" a language is speaking it: "मुझे हिंदी आती है", "আমি বাংলা জানি", "tôi biết tiếng Anh",
    # "osaan ruotsia", "Hindi aati hai", "Bangla jani"
    "आती आता आते जानता जानती जानते জানি বুঝি পারি biết biet osaan aati aata jaanta janta jani jaani boli "
    "bolta bolti "
    # reading one is knowing it too: "tôi chỉ đọc được tiếng Anh", "I read German", "je lis l'anglais"
    "read reads lese liest leo lee lis lit luen lukea đọc"
).split()

FREE = (
    "free gratis kostenlos gratuit gratuite gratuito ilmainen ilmaiseksi ilmaista ilmaisia ilmasta ilmasia "
    # session 26: the adverbs and spoken forms ("umsonst", "gratuitement", "gratos", "ilmaseks")
    "umsonst gratuitement gratos gratuita gratuitos gratuitas gratuitamente ilmaseks maksutta "
    "maksuton maksuttomia miễn मुफ़्त मुफ्त "  # "miễn (phí)": "phí" alone is a fee ("chi phí", "học phí")
    "निःशुल्क फ्री फ़्री বিনামূল্যে ফ্রি ফ্রী"  # "फ्री", "ফ্রী": "free" written in the script
).split()

CURRENCIES: dict[str, str] = {
    "€": "EUR",
    "eur": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "euroa": "EUR",
    "euron": "EUR",
    "यूरो": "EUR",
    "ইউরো": "EUR",
    "$": "USD",
    "usd": "USD",
    "dollar": "USD",
    "dollars": "USD",
    "dólares": "USD",
    "dolares": "USD",
    "dólar": "USD",
    "dolar": "USD",
    "rupias": "INR",
    "rupia": "INR",
    "roupies": "INR",
    "rupien": "INR",
    "rupiaa": "INR",
    "dollari": "USD",
    "डॉलर": "USD",
    "ডলার": "USD",
    "£": "GBP",
    "gbp": "GBP",
    "pounds": "GBP",
    "pound": "GBP",
    "₹": "INR",
    "inr": "INR",
    "rs": "INR",
    "rs.": "INR",
    "rupees": "INR",
    "rupee": "INR",
    "रुपये": "INR",
    "रुपए": "INR",
    "रु": "INR",
    "đô": "USD",  # Vietnamese for dollars ("500 đô", "đô la")
    "₫": "VND",
    "vnd": "VND",
    "đồng": "VND",
    "dong": "VND",
    "đ": "VND",
    "৳": "BDT",
    "bdt": "BDT",
    "taka": "BDT",
    "টাকা": "BDT",
    "টাকার": "BDT",
    "tk": "BDT",
    "tk.": "BDT",
    "रूपये": "INR",
    "रुपया": "INR",
    "रुपयों": "INR",
    "रूपए": "INR",
    "rupaye": "INR",
    "rupay": "INR",
    "rupiya": "INR",
    "cad": "CAD",
    "piastres": "CAD",  # Québec: "1500 piastres" are Canadian dollars
    "piasses": "CAD",
    "cad$": "CAD",
    "c$": "CAD",
    "sgd": "SGD",
    "aud": "AUD",
    "chf": "CHF",
    "franken": "CHF",
    "stutz": "CHF",  # Swiss German slang for francs
    "sfr": "CHF",
    "balles": "EUR",  # French slang ("500 balles"); Swiss francophones mean francs, but write CHF when asked
    "euronen": "EUR",  # German slang
    # session 26: euros in everyday slang, diminutives and Finnish case forms ("200 Tacken", "300 pavos",
    # "unos 50 euritos", "500 boules", "400 egee", "max 500 eurolla", "satoja euroja")
    "tacken": "EUR",
    "ocken": "EUR",
    "öcken": "EUR",
    "pavos": "EUR",
    "euritos": "EUR",
    "eurillos": "EUR",
    "boules": "EUR",
    "egee": "EUR",
    "egeä": "EUR",
    "egea": "EUR",
    "euroo": "EUR",
    "euroja": "EUR",
    "eurolla": "EUR",
    "euroon": "EUR",
    "euroilla": "EUR",
    "kr": "SEK",
    "sek": "SEK",
    "pln": "PLN",
    "zł": "PLN",
    "zloty": "PLN",
    # session 12: slang and plurals ("300 quid", "500 bucks", "20 hazar ka", "taka", "rupaiya")
    "quid": "GBP",
    "bucks": "USD",
    "buck": "USD",
    "rupaiye": "INR",
    "rupaiya": "INR",
    "rupiye": "INR",
    # session 13: currencies of learners elsewhere; a family word (pesos, dirhams) takes its country from
    # `CURRENCY_COUNTRIES`. Codes that are also words ("mad", "try", "php", "won", "sar") are left out.
    "peso": "MXN",
    "pesos": "MXN",
    "mxn": "MXN",
    "cop": "COP",
    "ars": "ARS",
    "clp": "CLP",
    "dirham": "MAD",
    "dirhams": "MAD",
    "aed": "AED",
    "riyal": "SAR",
    "riyals": "SAR",
    "egp": "EGP",
    "ringgit": "MYR",
    "myr": "MYR",
    "rupiah": "IDR",
    "idr": "IDR",
    "baht": "THB",
    "thb": "THB",
    "pkr": "PKR",
    "lkr": "LKR",
    "npr": "NPR",
    "lira": "TRY",
    "liras": "TRY",
    "hryvnia": "UAH",
    "hryvnias": "UAH",
    "uah": "UAH",
    "yen": "JPY",
    "jpy": "JPY",
    "yuan": "CNY",
    "rmb": "CNY",
    "renminbi": "CNY",
    "cny": "CNY",
    "krw": "KRW",
    "naira": "NGN",
    "ngn": "NGN",
    "kes": "KES",
}
# whose dollars: a country word next to "dollars" ("dollars canadiens", "Canadian dollars", "dólares
# canadienses", "kanadische Dollar", "đô Sing")
DOLLAR_COUNTRIES = {
    **dict.fromkeys("canadian canadien canadiens canadiennes canadienses canadiense kanadische kanadischen "
                    "kanadan".split(), "CAD"),
    **dict.fromkeys("australian australiens australianos australische australian".split(), "AUD"),
    **dict.fromkeys("singapore singapur singapour singaporean sing".split(), "SGD"),
}  # fmt: skip
# whose pesos, dirhams, rupees: a country word next to the family word ("pesos colombianos", "Pakistani
# rupees"), else a country or city named anywhere in the message (`CURRENCY_PLACES`); dollars keep
# `DOLLAR_COUNTRIES`, next to the word only
CURRENCY_COUNTRIES = {
    "USD": DOLLAR_COUNTRIES,  # dollars: a country word next to them only (no places)
    "MXN": {
        **dict.fromkeys("colombianos colombiano colombian".split(), "COP"),
        **dict.fromkeys("argentinos argentino argentine argentinian".split(), "ARS"),
        **dict.fromkeys("chilenos chileno chilean".split(), "CLP"),
        **dict.fromkeys("filipinos filipino philippine".split(), "PHP"),
        **dict.fromkeys("mexicanos mexicano mexican".split(), "MXN"),
    },
    "MAD": {
        **dict.fromkeys("emirati uae émiratis emiratis".split(), "AED"),
        **dict.fromkeys("marocains moroccan marocain".split(), "MAD"),
    },
    "INR": {
        **dict.fromkeys("pakistani pakistanaises pakistaníes".split(), "PKR"),
        **dict.fromkeys("lankan sri-lankan".split(), "LKR"),
        **dict.fromkeys("nepali nepalese népalaises".split(), "NPR"),
    },
}  # fmt: skip
CURRENCY_PLACES = {
    "MXN": {
        **dict.fromkeys("colombia bogotá bogota medellín medellin cali barranquilla".split(), "COP"),
        **dict.fromkeys("argentina aires rosario".split(), "ARS"),
        **dict.fromkeys("chile santiago valparaíso valparaiso".split(), "CLP"),
        **dict.fromkeys("philippines filipinas manila cebu".split(), "PHP"),
    },
    "MAD": {**dict.fromkeys("dubai dubaï abu uae emirates émirats".split(), "AED")},
    "INR": {
        **dict.fromkeys("pakistan karachi lahore islamabad".split(), "PKR"),
        **dict.fromkeys("lanka colombo".split(), "LKR"),
        **dict.fromkeys("nepal kathmandu".split(), "NPR"),
    },
}  # fmt: skip
MULTIPLIERS = {
    "k": 1_000,
    "tausend": 1_000,
    "mil": 1_000,
    "mille": 1_000,
    "nghìn": 1_000,
    "ngàn": 1_000,
    "tuhatta": 1_000,
    "triệu": 1_000_000,
    "tr": 1_000_000,
    "million": 1_000_000,
    "millionen": 1_000_000,
    "lakh": 100_000,
    "लाख": 100_000,
    "লাখ": 100_000,
    "हज़ार": 1_000,
    "हजार": 1_000,
    "হাজার": 1_000,
    "hazaar": 1_000,
    "hazar": 1_000,
    "hajar": 1_000,
    "hajaar": 1_000,
    "crore": 10_000_000,
    "करोड़": 10_000_000,
    "কোটি": 10_000_000,
    "millones": 1_000_000,
    "millón": 1_000_000,
    "millon": 1_000_000,
    "millions": 1_000_000,
    "miljoonaa": 1_000_000,
    "ngan": 1_000,
    "củ": 1_000_000,  # Vietnamese slang: "3 củ" is three million đồng
    # session 12: "2 lac" (the Indian spelling of lakh), British and American slang for money
    "lac": 100_000,
    "lacs": 100_000,
    "lakhs": 100_000,
    "লক্ষ": 100_000,
}
# one and a half, two and a half: before a multiplier ("डेढ़ लाख", "dedh lakh", "দেড় লাখ", "ढाई हज़ार")
FRACTION_WORDS = {"डेढ़": 1.5, "dedh": 1.5, "দেড়": 1.5, "ढाई": 2.5, "dhai": 2.5, "আড়াই": 2.5}
# the currency a multiplier word implies when no currency is named ("3 triệu", "20 hazaar", "5 hajar"); the
# language of the message decides first (`LOCAL_CURRENCY`), so "লাখ" in Bengali is taka
MULTIPLIER_CURRENCY = {
    "triệu": "VND",
    "tr": "VND",
    "nghìn": "VND",
    "ngàn": "VND",
    "ngan": "VND",
    "củ": "VND",
    "lakh": "INR",
    "लाख": "INR",
    "हज़ार": "INR",
    "हजार": "INR",
    "hazaar": "INR",
    "hazar": "INR",
    "crore": "INR",
    "करोड़": "INR",
    "hajar": "BDT",
    "hajaar": "BDT",
    "হাজার": "BDT",
    "লাখ": "BDT",
    "কোটি": "BDT",
}
# a message's own currency when it names none but counts money ("chỉ có tầm 3 triệu", "budget 30k")
LOCAL_CURRENCY = {"vi": "VND", "hi": "INR", "bn": "BDT"}
# words for a thousand standing alone before a currency ("tuhat euroa", "mil euros")
THOUSAND_WORDS = frozenset("tuhat thousand tausend mil mille".split())
# words between an amount and its currency ("10 millones de VND", "5 lakh ka budget")
CURRENCY_LINKS = frozenset("de of d' di".split())
# words that make a bare number money in the local currency ("budget 30k", "ngân sách 500k")
BUDGET_WORDS = frozenset("budget ngân बजट বাজেট tầm khoảng".split())
# an amount the learner has or will spend ("für Kurse habe ich höchstens 800 Euro", "kann 1000 Euro ausgeben",
# "je peux mettre 500 balles", "mon budget c'est 300"): their budget, not a price filter of a search
BUDGET_VERBS = frozenset(
    "budget budgets habe hab hätte ausgeben investieren leisten j'ai mettre investir dépenser depenser "
    "dispose spend afford invest".split()
)
# the word "budget" itself: an amount said with it is the learner's budget whatever else the message asks
# ("…mỗi tuần 4 tiếng, ngân sách khoảng 5 triệu"), never a price filter of one course
BUDGET_NOUNS = frozenset("budget budgets budjetti budjetin presupuesto ngân ngan बजट বাজেট bajet".split())

# who an adviser speaks of (`slots.speaks_of_someone_else`): a client, one of the speaker's family, a
# third-person pronoun (Vietnamese ones are two words: "anh ấy"; "anh" alone is often the speaker), unless a
# first-person word comes first
CLIENT_WORDS = frozenset(
    "client clients klient klientin klienten kunde kundin cliente clienta clientes asiakas asiakkaani "
    "asiakkaan asiakkaat क्लाइंट ग्राहक ক্লায়েন্ট গ্রাহক "
    # the people a job centre or an adult-education adviser serves ("tengo una usuaria de 35", "ich hab nen
    # Teilnehmer, 50": session 22, dees22); "experiencia de usuario" names a field (below)
    "usuario usuaria teilnehmer teilnehmerin".split()
    # the French adviser's "ma bénéficiaire Nadia, 33 ans" (session 26, trial22fix)
    + "bénéficiaire beneficiaire bénéficiaires".split()
    + ["khách hàng", "khach hang"]
)
# fields of work named with a person word ("customer service", "atención al cliente", "service client",
# "chăm sóc khách hàng", "ग्राहक सेवा", "গ্রাহক সেবা"): the person word names the field, nobody spoken about
# (`slots.field_name_positions`); a word matches its inflected forms too ("clientes", "সেবায়")
FIELDS_WITH_PERSON_WORDS = tuple(
    tuple(phrase.split())
    for phrase in (
        "customer service",
        "customer services",
        "customer support",
        "customer care",
        "customer success",
        "customer experience",
        "customer relations",
        "customer contact",
        "client service",
        "client services",
        "client support",
        "client relations",
        "kunden service",
        "kunden support",
        "atención al cliente",
        "atención a clientes",
        "atención a cliente",
        "atencion al cliente",
        "atencion a clientes",
        "servicio al cliente",
        "atención al público",
        "atencion al publico",
        "atención al usuario",
        "experiencia de usuario",
        "experiencia del usuario",
        "soporte al usuario",
        "soporte a usuarios",
        "interfaz de usuario",
        "servicio a clientes",
        "soporte al cliente",
        "soporte a clientes",
        "service client",
        "service clients",
        "service clientèle",
        "relation client",
        "relations client",
        "relation clientèle",
        "support client",
        "expérience client",
        "conseiller client",
        "conseillère client",
        "chăm sóc khách hàng",
        "cham soc khach hang",
        "dịch vụ khách hàng",
        "dich vu khach hang",
        "hỗ trợ khách hàng",
        "ho tro khach hang",
        "ग्राहक सेवा",
        "ग्राहक सहायता",
        "ग्राहक सपोर्ट",
        "grahak seva",
        "গ্রাহক সেবা",
        "গ্রাহক সহায়তা",
        "গ্রাহকসেবা",
        "grahok seba",
    )
)
SOMEONE_OF_MINE = (
    frozenset(
        f"{mine} {who}"
        for mine in ("my", "our")
        for who in "son daughter mum mom mother father dad wife husband brother sister friend nephew niece "
        "student students trainee trainees".split()
    )
    | frozenset(
        # session 14: one of the speaker's family in the other served languages ("meine Mutter", "mi
        # abuela", "ma mère", "isäni", "bố mình", "मेरे पापा", "আমার বাবা"): someone helping a relative speaks
        # of them, like an adviser of a client
        f"{mine} {who}"
        for mines, whos in (
            (
                ("mein", "meine", "meinen", "meinem", "meiner"),
                "vater mutter papa mama sohn tochter oma opa großmutter großvater bruder schwester mann frau "
                "onkel tante neffe nichte",
            ),
            (
                ("mi", "mis"),
                "padre madre papá mamá papa mama hijo hija hijos abuelo abuela hermano hermana esposo esposa "
                "marido mujer tío tía sobrino sobrina",
            ),
            (
                ("mon", "ma", "mes"),
                "père mère papa maman fils fille grand-père grand-mère frère sœur soeur mari femme oncle "
                "tante neveu nièce",
            ),
            (
                ("मेरे", "मेरी", "मेरा", "mere", "meri", "mera"),
                "पापा पिताजी पिता माँ मां मम्मी बेटा बेटी दादा दादी नाना नानी भाई बहन पति पत्नी papa mummy "
                "maa beta beti dada dadi nana nani bhai behen",
            ),
            (
                ("আমার", "amar"),
                "বাবা মা আব্বা আম্মা ছেলে মেয়ে দাদা দাদু দিদা নানা নানি ভাই বোন স্বামী স্ত্রী baba ma abba ammu "
                "chele meye dadu nana nani bhai bon",
            ),
        )
        for mine in mines
        for who in whos.split()
    )
    | frozenset(
        # Finnish says "my" with an ending: "isäni", "äitini", "mummoni"; Vietnamese puts "mình"/"tôi" after
        "isäni äitini poikani tyttäreni mummoni mummini pappani vaarini isoäitini isoisäni veljeni siskoni "
        "vaimoni mieheni".split()
        + [
            f"{who} {mine}"
            for who in "bố mẹ ba má cha ông bà bo me".split()
            for mine in ("mình", "tôi", "em", "minh", "toi")
        ]
    )
)

# one of the speaker's family or friends, not their students: the counsellor asks about "them", not "your
# client" (`slots.speaks_of_a_relative`)
RELATIVES = frozenset(
    w for w in SOMEONE_OF_MINE if not w.endswith(("student", "students", "trainee", "trainees"))
)
THIRD_PRONOUNS = frozenset(
    "he she they er él ella il elle hän वह তিনি".split()
    # session 12: the everyday Hindi and Bengali pronouns, in script and Latin ("वो data analyst बनना
    # चाहता है", "उसे cloud सीखना है", "ওর বয়স", "usko python seekhna hai")
    + "वो उसे उसको उसका उसकी সে ওর ওকে তার উনি ওনার usko uska uski unko woh oke".split()
    + [
        f"{p} {a}"
        for p in ("anh", "chị", "chi", "cô", "co", "em", "bạn", "ban", "ông", "bà")
        for a in ("ấy", "ay")
    ]
)
# the third person in other forms than a subject (object, possessive, plural, formal): a question about a
# client counts them anywhere ("build her a plan", "mach ihm einen Zeitplan", "tu lui conseilles quoi ?",
# `slots.speaks_of_someone_else(anywhere=True)`); "ihr" and "sie" are "you" too, so never in a statement
THIRD_OTHER_FORMS = frozenset(
    "him her his their sie ihn ihm ihr ellos ellas ils elles lui häntä hänen वो उसे उसको उसका उसकी उन्हें उनको "
    "usko usse uska ও ওকে ওর উনি তাকে".split()
)
# learners spoken about as such ("the student", "la estudiante")
LEARNER_WORDS = frozenset("learner student studentin estudiante étudiant opiskelija".split())
# the words of the person spoken about, a client or a third person: no subject of a search (`content`)
THIRD_PERSON = frozenset(
    word for phrase in (*CLIENT_WORDS, *THIRD_PRONOUNS, *LEARNER_WORDS, "sie") for word in phrase.split()
) | frozenset(
    # session 15: the relative spoken of ("my dad wants to learn smartphone safety": the goal was "dad digital
    # literacy safety"); the one-word Finnish forms and words of two letters ("ma", "ba") are left out
    pair.split()[1]
    for pair in RELATIVES
    if len(pair.split()) == 2 and len(pair.split()[1]) >= 3 and pair.split()[1] not in ("student", "students")
)
FIRST_PERSON = frozenset(
    "i i'm im i've ive i'd me my ich mir mich mein meine yo soy estoy tengo quiero je j'ai j'aimerais moi "
    "suis minä mä olen haluan haluaisin tôi toi mình minh main mujhe mera meri मैं मुझे मेरा मेरी আমি আমার ami amar "
    "amake".split()
)

# function words stripped before a phrase is linked to an occupation, skill or topic (all languages together;
# none of them names a subject)
STOPWORDS = frozenset(
    """
a the and or of for on in to by with about me my i i'm im you your some any please want wanna would like
need get become be to work as job into move switch am is are was my our their his her client clients she he
they who wants hopes plans goal aim aiming looking interested something someday one day career change do
thing whole stuff
idk dunno guess suppose kinda sorta whatever pls plz thx cheap cheapest affordable inexpensive
learn study courses course find show me there have has what which how can could i'd id i've also more just
ich möchte will werden bin mein meine ziel ist ein eine einen als job in die der das den zu und mir mich
gerne würde arbeiten wechseln klient klientin meinen meiner suche gibt es kurse kurs zur zum für über was
yo quiero quisiera ser soy mi meta objetivo es un una de la el los las en como trabajar me gustaría
dedicarme a al cliente clienta quiere hay cursos curso sobre para busco muéstrame qué tienen
je veux voudrais j'aimerais devenir suis mon ma objectif est un une de la le les dans comme travailler
cliente souhaite veut des cours sur pour cherche montre-moi avez-vous vous
con qué hago primero quoi commencer par faire dois que was soll zuerst mitä pitäisi
wie werde werden hab habe schon kenntnisse bitte gern machen fais faire pour haluaa haluan asiakkaani ja y et
cómo llegar
reconvertir reconvertirme reconvertirse reconvertirte reconversión reconversion reconverti reconvertie
haluan haluaisin olla tavoitteeni on päästä työskennellä parissa asiakkaani minä olen ja onko teillä
kursseja kurssia etsin näytä entä jos vain mutta kun niin myös sitten
tôi muốn trở thành làm mục tiêu của là em khách hàng có khóa học nào về không đang tìm cho xem các
được hơn thôi rồi chưa nhé nhá ạ ơi vậy giúp với những mình bạn cần gì trước rẻ nhanh lên cái
c'est possible truc ya y'a faut quoi ça ca plus moins cher rapide bosser taffer
onks mä mulle mulla mul ois olis haluisin haluun tota toi sitä pitää osata ennen vaihtoehto vaihtoehtoa
oon oot ollu ollaan toiminu tehny j'étais j'etais
tehdä tehda tekemään tekemaan tehdään tehdaan jotain jotakin
richtung bereich gebiet
so etwa ungefähr zeit tiempo temps aikaa
preferably ideally mostly rather liebsten besten preferiblemente preferentemente idealmente plutôt
idéalement mieluiten mieluummin
मैं बनना चाहता चाहती हूँ है मेरा मेरी लक्ष्य में काम करना क्लाइंट जाना क्या पर कोई कोर्स के दिखाइए मुझे
चाहिए का की एक
আমি হতে চাই আমার লক্ষ্য কাজ করা ক্লায়েন্ট যেতে চান নিয়ে কোনো কোর্স আছে দেখান খুঁজছি একজন
""".split()
)


def transliterate_umlauts(word: str) -> str:
    """German umlauts as typed on a keyboard without them: "möchte" -> "moechte"."""
    return word.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")


def typed_bare(word: str) -> str:
    """A word as typed on a keyboard without its diacritics: German umlauts as "ae/oe/ue", other accents
    dropped."""
    return transliterate_umlauts(word) if any(c in word for c in "äöüß") else strip_accents(word)


def strip_accents(word: str) -> str:
    """A word in Latin letters without its accents ("gustaría" -> "gustaria"); other scripts unchanged (the
    vowel signs of Devanagari and Bengali are combining marks too)."""
    bare = [c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c)]
    return "".join(bare) if all(ord(c) < 0x250 for c in bare) else word


def fold_vietnamese(text: str) -> str:
    """Vietnamese as typed without diacritics ("không dấu"): "rẻ hơn không" -> "re hon khong"."""
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return bare.replace("đ", "d").replace("Đ", "D")


# Vietnamese function words as learners type them without diacritics, and chat shorthand ("ko", "dc"): kept
# out of topics with the folded Vietnamese stop words; none of them names a subject.
VI_UNACCENTED = frozenset(
    """
toi minh muon khong ko hok dc duoc hon nhat nao thoi roi chua giup nhieu nhu nay kia cua nhung voi cho xem
tim dang can truoc sau nen vay ha nhe nha oi ban em anh di re nhanh moi ngan sach len cai
""".split()
)
# everyday unaccented Vietnamese distinctive enough to tell the language (language.py); the short function
# words above that are also words of other languages ("em", "ban", "can", "sau", "di") are left out
VI_CUES = frozenset(
    """
toi minh muon khong ko hok dc duoc tieng tuan thang hoc lam nhanh hon nhat nao thoi roi chua khoa trinh
hoach giup nhieu bao gio ngay mien phi nhu cua nhung voi xem tim dang truoc nen vay nhe ky vien
mk mik bik biet viec cong hien nghe gi dau phan tich lieu chuyen nghiep thich toan nam mun
muc tieu ngan sach trieu nghin
""".split()
)
# words of done (`DONE`) that are other words in other languages, with the languages (as detected: Hinglish
# reads as English) where they are not: "ya" is Hinglish "or", "jo" Hindi "who" ("IT support ya system admin")
DONE_NOT_IN = {"ya": (None, "en", "hi", "bn"), "jo": (None, "en", "hi", "bn")}
# wishing and becoming in Hindi and Bengali typed in Latin script ("banna hai", "hote chai", "chahiye")
ROMANISED_WISH = frozenset("chahiye chahta chahti chahte banna banana bann hote hobo chai chay chaai".split())
# Vietnamese function words and teen-code, with and without diacritics, that are no subject ("bắt đầu từ đâu",
# "mk ko bit", "chán quá"): kept out of topics
VI_FUNCTION_EXTRA = frozenset(
    "bắt đầu từ đâu mà biết bit mk mik chán chan quá qua đổi doi nghề nghe hiện tại hien tai bat dau tu ad "
    "tầm tam khoảng khoang".split()
)
# short Hindi and Bengali particles in Latin script ("web development ka course", "cloud er course"): no
# subject, but too short or too English-like to tell the language by (not in ROMANISED_CUES); not "ke",
# which is also unaccented Vietnamese "kế" ("ke toan", accounting)
ROMANISED_PARTICLES = frozenset(
    "ka ki ko se mein me er ar e o na ta te ache ek ekjon ekta main mai "
    # "about" ("AI ke baare mein", "cloud niye", "data shomporke"), and "and" ("aur", "ebong")
    "baare bare barein niye shomporke somporke aur ebong "
    # work of a kind ("data wala kaam", "networking er kaj"): the kind names the field
    "kaam kaaj kaj "
    # imperatives of showing and telling ("networking ke courses dikhao", "cloud er course gulo dekhan")
    "dikhao dikhaiye dikhaye dikha dikhana batao bataiye bata dedo dijiye dekhao dekhan dekhaben dekhate "
    "bolun bolo gulo "
    # "towards" ("electric vehicles ki taraf jana chahta hai", "cloud er dike jete chay"): the field goes
    # after it, the word is none of it (session 29)
    "taraf tarf dike".split()
)
# everyday words of Hindi and Bengali typed in Latin script (Hinglish, Banglish), distinctive enough to tell
# them from English and the Latin-script languages we serve ("cyber security seekhna hai", "ami data analyst
# hote chai"); words that are also English, German or Spanish ("me", "main", "mein", "ab", "do", "ache") are
# left out
ROMANISED_CUES: dict[str, frozenset[str]] = {
    code: frozenset(words.split())
    for code, words in {
        "hi": "hai hain hu hoon hun mujhe mujhko mera meri mere kya kar karna karu karun karni sakta sakti "
        "sakte chahiye chahta chahti banna seekhna sikhna seekhu sikhu nahi nahin aur bhi koi kuch wala "
        "wali wale hafte ghante ghanta roz saal abhi yaar batao bataiye isme isse kitne kitna sirf sasta "
        "kahan shuru lagenge bana maine uske uska unka humko hamein samajh raha rahi kaise pehle khatam "
        "jaana jana jaun jaunga jaungi thoda bahut bhai aa raha dikhao dikhaiye dijiye "
        # everyday words of vague openings (session 10): "job boring ho gayi", "pata nahi kya seekhun"
        "gayi gaya gaye naya nayi naye pata lagta lagti rahega rahegi theek thik accha acha achha seekhun "
        "sikhun naukri pareshan kyunki lekin magar matlab kaafi zyada jyada kaunsa kaunse konsa konse hoga "
        "hogi chalega ho alag seekhni seekhne sikhni sikhne seekhenge "
        # knowing said after what is known (session 16): "Excel jaanta hoon", "C aata hai"
        "aata aati jaanta janta jaanti janti",
        "bn": "ami amar amake tumi apni achhe chai chay korbo korte korchi kori hote hobe theke kothay "
        "kono ekhon dao dekhao dekhan shudhu bhalo protidin ghonta porte pari bochor dhore jonno jane kaj "
        "kore choto chhoto shikhte sesh hole kichu kivabe bujhte bolo amra tomar jani "
        # everyday words of vague openings (session 10): "kaj bhalo lagche na", "ki shikhbo bujhte parchi na"
        "lagche lage lagbe shikhbo parchi parbo bujhchi kintu tobe onek khub hoyeche kemon janina jani "
        "chakri chakrite notun jete jabo jaite shikhbo shikhchi",
    }.items()
}
# session 12: the same words as typed in a hurry, vowels dropped ("muje data analyst banna h", "mjhe cloud
# sikhna h", "amr budget 10 hajar", "amk ekta plan dao"); other spellings of a cue are read by its fold
# (`nlu.romanised.fold`: "mujhey", "chaiye")
ROMANISED_CUES = {
    code: words
    | frozenset(
        {
            "hi": "mje mjhe mko mereko nhi krna krni krne kro rha rhi skta skti skte chaiye bht bhut bahot "
            "kese kyu kyun kitni "
            # session 14: "data analyst ki salary kitni hoti hai?" was read as German, "bhai ek joke
            # sunao" as Finnish
            "ki ek hoti hota hote sunao sunaao bolo batana kab kaun karo liye aap apna apni tum "
            "yeh woh "
            # session 20 (goals20): around an English course title ("Network Security Essentials ke baare
            # mein batao" was read as English, on main as Finnish)
            "baare baarey kaisa kaisi sahi lagega lagegi tak "
            # session 24 (loose24): the forms of "hona" (to be, to become): "job-ready hone mein kitna time
            # lagega?" was read as German by "mein"
            "hona hone honi",
            "bn": "amr amk amke krte krbo hbe kmne kivabe chaichi ichchha icche iccha lagbe dite "
            "koto kotodin naki",
        }[code].split()
    )
    for code, words in ROMANISED_CUES.items()
}

# the Vietnamese slot words learners type without diacritics ("5 trieu dong", "truoc thang 6", "mien phi"),
# given their diacritics back before the slot tables read a Vietnamese message (slots.restore_vietnamese);
# each folds to a form no other word of these has
VI_SLOT_PHRASES = (
    "mùa hè", "mùa xuân", "mùa thu", "mùa đông", "ngân sách", "trực tuyến", "mỗi ngày", "mỗi tối", "mỗi tuần",
    "mỗi tháng", "tối nào", "ngày nào", "hằng ngày", "hằng tuần",
)  # fmt: skip
VI_SLOT_WORDS = (
    "triệu nghìn đồng tháng tuần ngày giờ tiếng phút trước đến miễn phí dưới cuối nửa năm tết".split()
    + ["củ", "không"]  # session 12: "duoi 2 cu" (two million), "khong di hoc truc tiep" (a denial)
)
# session 12: Vietnamese chat shorthand ("teen-code") and the words it stands for (without their marks in a
# message typed without any): "1 tuan dc tam 5h", "ko di hoc truc tiep dc", "trc tet"
VI_TEEN_CODE = {
    "ko": "không", "k0": "không", "hok": "không", "khum": "không", "hem": "không", "dc": "được",
    "đc": "được", "dk": "được", "trc": "trước", "j": "gì", "mk": "mình", "mik": "mình", "bit": "biết",
    "bik": "biết", "tg": "thời gian", "bh": "bao giờ", "vs": "với", "ntn": "như thế nào", "thui": "thôi",
    "mún": "muốn", "mun": "muốn", "nhìu": "nhiều", "nhiu": "nhiều", "hc": "học", "lm": "làm", "cx": "cũng",
}  # fmt: skip
# German and French fillers around time and money, never a subject ("so 1 Stunde", "Budget ist egal,
# Hauptsache…", "max 500 balles", "Montag bis Freitag", "environ", "genre 4 heures le samedi"; session 10)
DE_FR_FILLERS = frozenset(
    "so ca circa etwa ungefähr ungefaehr egal hauptsache maximum minimum max mindestens höchstens schade "
    "montag dienstag mittwoch donnerstag freitag samstag sonntag montags freitags samstags sonntags "
    "environ genre quasiment maximum lundi mardi mercredi jeudi vendredi samedi dimanche dispo "
    "disponible disponibles schnell rasch vite rapidement konkret konkrete konkreten concret concrets "
    "concrète concrètes proposer proposez empfehlen gibts alternative alternativen alternatives "
    "apprendre apprends lernen lerne "
    # colloquial and Austrian verb forms without their final e ("ich würd gern", "möcht", "hätt", "sollt")
    "würd wuerd möcht moecht hätt haett sollt könnt koennt wär waer sowas werd wirst deviens devienne "
    "deviennes klingt".split()
)
# everyday verbs and nouns of learning, needing, liking and working in German, Spanish, French and Finnish
# (English "learn", "need", "work" are in STOPWORDS already), and colloquial Finnish pronouns: no subject
# ("mun pitää oppia Exceliä töitä varten", "ich beschäftige mich mit ...", "necesito aprender SQL")
EU_EVERYDAY = frozenset(
    "lernen lerne beschäftige beschäftigen interessiere interessiert brauche benötige arbeit beruf "
    "weiterbilden weiterbildung fortbilden fortbildung umschulen umschulung lassen "  # session 27
    "aprender aprendo necesito necesita interesa interesan chamba laburo "
    "apprendre besoin intéresse intéressent boulot travail taf "
    "oppia opetella oppimaan opiskella tarvitsen tarviin tarvii töitä töihin työtä työhön kiinnostaa "
    "kiinnostaisi kiinnostais mun sun pitäis".split()
)

# what is done with the answer ("a plan I can print for her", "send it to me", "als PDF speichern", "un plan
# que je peux imprimer", "tulostaa", "प्रिंट करके"): verbs about the reply, never a subject, a goal or a job
# (trial 9: "print" linked software developer and replaced a client's data-analyst goal)
ANSWER_VERBS = frozenset(
    (
        "print prints printed printing printout printable send sent email e-mail mail save export download "
        "share copy explain pdf "
        "drucken ausdrucken ausgedruckt ausdruckbar druckbar druckversion schicken zuschicken senden "
        "mailen speichern exportieren herunterladen teilen erklären pdf "
        "imprimir imprimirlo imprimirla imprimible enviar envíame enviarme mandar mándame mandarme guardar "
        "exportar descargar compartir explicar explícame "
        "imprimer imprimable imprimé envoyer envoyez envoie m'envoyer enregistrer sauvegarder exporter "
        "télécharger partager expliquer "
        "tulostaa tulostan tulostettava tulosteeksi tulostettavan lähettää lähetä lähettäisit tallentaa "
        "tallenna ladata jakaa selittää selitä "
        "gửi lưu "
        "प्रिंट भेजो भेजें भेजना भेज दो सेव डाउनलोड शेयर समझाओ समझाइए "
        "প্রিন্ট পাঠান পাঠাও পাঠাবেন সেভ ডাউনলোড শেয়ার বোঝান বুঝিয়ে"
    ).split()
)
# words that rate or accept rather than name ("fine, then what cloud courses…", "any decent ones?", "algún
# curso bueno", "des bons cours"): never part of a topic or a goal (trial 9: "fine cloud" was searched)
QUALIFIERS = frozenset(
    (
        "fine nice decent solid cool alright awesome okay ok good great best proper useful "
        "gut gute guter gutes guten passend passende sinnvoll sinnvolle okay "
        "bueno buena buenos buenas buen vale útil útiles "
        "bon bons bonne bonnes bien sympa utile utiles "
        "hyvä hyviä hyvää hyvin kiva kivoja okei "
        "ổn "
        "अच्छा अच्छे अच्छी बढ़िया "
        "ভালো ভাল"
    ).split()
)

# the way to a goal and how quick it is ("the quickest route to becoming a pentester", "der schnellste Weg",
# "la forma más rápida de ser", "le chemin le plus rapide", "nopein reitti"): how to get there, never part of
# the goal or subject (session 18)
ROUTE_WORDS = frozenset(
    "route way path road quickest fastest weg schnellste schnellsten kürzeste kürzesten forma manera camino "
    "ruta rapida rápida rapido rápido chemin voie rapide reitti tie nopein nopeinta nopeimmin".split()
)

STOPWORDS = (
    STOPWORDS
    | ROUTE_WORDS
    | EU_EVERYDAY
    | ANSWER_VERBS
    | QUALIFIERS
    | DE_FR_FILLERS
    | VI_UNACCENTED
    | VI_FUNCTION_EXTRA
    | frozenset(VI_TEEN_CODE)  # "mk", "bik", "dc": never part of a subject
    | frozenset().union(*ROMANISED_CUES.values())
    | ROMANISED_PARTICLES
    | frozenset(FESTIVALS)
    | frozenset(MOVABLE_FEASTS)
    | FESTIVAL_BEFORE
    | FESTIVAL_UNTIL
    | {f for f in map(fold_vietnamese, STOPWORDS) if f.isascii()}
    | {fold_vietnamese(w) for w in VI_SLOT_WORDS}
)

# words that take back what was just said, opening a clause ("no wait, actually a data scientist", "nee,
# eigentlich lieber IT-Sicherheit", "bueno no, mejor analista de datos", "tai ei vaiskaan", "না আসলে ডেভেলপার"),
# longest first: what follows replaces the goal said before them (a bare "plutôt", "mejor" narrows a field:
# "dans la data, plutôt l'analyse")
CORRECTIONS = tuple(
    sorted(
        (
            "no wait", "wait no", "actually", "no actually", "or rather", "scratch that", "on second thought",
            "nee", "nein", "eigentlich", "doch lieber", "oder doch", "nee doch", "nein doch",
            "bueno no", "no mejor", "o mejor", "en realidad", "pensándolo mejor", "pensandolo mejor",
            "non", "ou plutôt", "en fait", "non en fait", "finalement",
            "tai ei", "tai ei vaiskaan", "ei vaiskaan", "ei kun", "eiku", "oikeastaan", "tai sittenkin",
            "à không", "a khong", "không", "thôi", "hay là", "nói đúng hơn",
            "नहीं", "नहीं असल में", "असल में", "बल्कि", "nahi", "nahi actually", "asal mein", "balki",
            "না", "না আসলে", "আসলে", "বরং", "na", "na ashole", "ashole", "borong",
        ),
        key=lambda x: -len(x),
    )
)  # fmt: skip


# words of work, a job or a career in the eight languages: with a wish or a search (`SEEKING`) a goal clause
# ("I'd like a job in cloud security", "busco empleo en ciberseguridad", "em muốn làm việc trong ngành AI")
CAREER = frozenset(
    "work job jobs career role position field industry profession "
    "arbeit arbeiten beruf beruflich job karriere stelle branche "
    "trabajo trabajar empleo carrera puesto profesión profesion "
    "travail travailler métier metier carrière carriere emploi poste boulot bosser "
    "työ töihin töitä työtä työpaikka työpaikan ura uralle alalle alalla "
    "việc nghề ngành viec nganh nghiệp "
    "काम नौकरी करियर कैरियर जॉब kaam naukri "
    "কাজ চাকরি ক্যারিয়ার কেরিয়ার কাজে kaj chakri "
    # session 20 (lead trial 15's 16, 'digital marketing freelancing'): freelancing is a way to work, not a
    # subject
    "freelancing freelance freelancer freelancers फ्रीलांसिंग ফ্রিল্যান্সিং".split()
)
# words of looking for something: with a word of work, a search for work in a field ("je cherche un poste de
# développeuse", "etsin töitä", "tìm việc", "नौकरी ढूंढ रहा हूँ", "চাকরি খুঁজছি")
# a job sought, not held: an advert, an opening, an interview, an application ("an advert for a software
# tester", "Stellenanzeige als Softwaretester", "একটা টেস্টার চাকরির বিজ্ঞাপন"): the job named in the clause is
# no current role (session 16: "Stellenanzeige als Softwaretester gesehen" was saved as the job held)
JOB_SOUGHT = frozenset(
    "advert adverts ad ads advertisement opening openings vacancy vacancies posting listing interview "
    "interviews applying application stellenanzeige stellenangebot stellenausschreibung anzeige bewerbe "
    "bewerbung vorstellungsgespräch anschreiben oferta ofertas vacante entrevista postular postulo "
    "candidatura offre annonce entretien candidature postuler ilmoitus ilmoituksen työpaikkailmoitus "
    "työpaikkailmoituksen haastattelu haastatteluun hakemus tuyển ứng phỏng विज्ञापन इंटरव्यू आवेदन "
    "বিজ্ঞাপন ইন্টারভিউ আবেদন".split()
)
# how soon or fast a subject is wanted, never the subject ("SQL fast", "schnell SQL", "SQL rápido", "vite",
# "nopeasti", "nhanh", "jaldi", "তাড়াতাড়ি"; session 28, lead trial 23's 16 searched "sql fast")
SPEED_WORDS = frozenset(
    "fast faster quick quickly asap urgently urgent soon schnell schnellstmöglich rasch zügig rápido rápida "
    "rápidamente deprisa pronto vite rapidement rapide nopeasti nopeaa pian pikaisesti nhanh gấp jaldi jldi "
    "jaldi-jaldi taratari tara-tari जल्दी জলদি তাড়াতাড়ি দ্রুত".split()
)
SEEKING = frozenset(
    "looking seeking searching suche suchen busco buscando cherche recherche etsin etsiä tìm kiếm "
    "ढूंढ ढूँढ ढूंढना ढूंढ़ खोज खोजना খুঁজছি খুঁজি খুঁজতে".split()
)


# first words of "I'm a/an ..." that say how someone is, not which job they do ("I'm a beginner", "soy nueva",
# "je suis perdu", "I'm a complete newbie", "I'm a big fan of Python")
NOT_A_JOB = frozenset(
    "beginner beginners newbie novice noob complete total absolute bit little big huge fan quick fast slow "
    "curious interested new lost ready "
    "interesado interesada intéressé intéressée interessiert kiinnostunut curioso curiosa curieux curieuse "
    "nuevo nueva nouveau nouvelle neu uusi perdido perdida perdu perdue débutant débutante principiante "
    "bases notions grundkenntnisse vorkenntnisse grundlagen "  # "j'ai des bases", "hab Vorkenntnisse"
    "monsieur madame dame homme femme jeune herr frau mann jugendlichen jugendlicher "  # "un monsieur"
    # the person and their family situation, said beside a client (session 22, dees22: "una usuaria, madre
    # soltera, …", "atiendo a una chica, 23 años, …", "eine Klientin, alleinerziehend, …")
    "señor señora chico chica hombre mujer joven persona madre padre mamá papá soltera soltero "
    "mutter vater alleinerziehend alleinerziehende "
    "anfänger anfängerin aloittelija motivado motivada motivé motivée sehr très muy hier aquí ici täällä "
    "bereit listo lista prêt prête valmis quereinsteiger quereinsteigerin umsteiger umsteigerin "
    "wiedereinsteiger wiedereinsteigerin berufseinsteiger berufseinsteigerin alan vaihtaja "
    "career changer "
    # a young person named by a word for one, in slang too ("tengo un chavo de 19 años", "un chaval", "ein
    # Junge von 17", "un gamin de 16 ans"): no job (lead trial 19)
    "chavo chava chavos chavas morro morra pibe piba chaval chavala muchacho muchacha chamo chama güey wey "
    "niño niña hijo hija sobrino sobrina junge mädchen sohn tochter kerl gamin gamine gars mec nana fils "
    "poika tyttö tytär "
    # what someone has is no job ("solo tiene celular", "hat nur ein Handy", "mình có mỗi cái điện thoại")
    "tengo tiene tienes tenemos tienen habe hab hat hast haben có আছে "
    # the person an adviser speaks of, no job ("tengo un usuario de 50 años, ex camionero")
    "usuario usuaria clienta kundin klient klientin asiakas asiakkaani teilnehmer teilnehmerin "
    "bénéficiaire stagiaire "
    "klienten klientinnen kunden clients client cliente clientes asiakkaat "
    # out of work is a situation, no job ("je suis au chômage", "ich bin arbeitslos", "estoy en paro")
    "unemployed jobless arbeitslos arbeitslose arbeitsloser erwerbslos erwerbslose chômage chômeur chômeuse "
    "chomage chomeur chomeuse paro parado parada desempleado desempleada desempleo työtön työttömänä "
    "tyoton thất that बेरोजगार berojgar berozgar বেকার bekar "
    # "ich bin der einzige mit Linux-Erfahrung", "je suis la seule qui …": who someone is among others
    "einzige einziger einzig único única seul seule ainoa ainut".split()
)


def names_no_job(role: str) -> bool:
    """Whether a phrase after "I'm a/an" says how someone is rather than their job ("a complete beginner"),
    after any words of degree or fillers ("vraiment débutante", "बिल्कुल नई"; nothing but those: "একদম")."""
    words = role.casefold().split()
    while words and words[0] in DEGREE_FILLERS:
        words = words[1:]
    return not words or words[0] in NOT_A_JOB


# words of wanting: a clause with one states a wish (a goal), never the job held now ("mä haluisin koodariks")
_WISH = (
    "want wanna would like hope möchte will würde quiero quisiera gustaría veux voudrais aimerais souhaite "
    "haluan haluaisin haluisin haluun haluis haluaa muốn muon mún mun चाहता चाहती चाहते चाहिए চাই চাচ্ছি "
    "chahta chahti chahte chahiye chaahiye chahie chai chaai chacchi".split()
)
# also as typed without diacritics: "moechte", "wuerde" (German as "ue", so never "wurde"), "gustaria"
WISH = frozenset((*_WISH, *(typed_bare(w) for w in _WISH)))
# words of liking: "i like computers", "me gustan los ordenadores", "tykkään koodata" say an interest, which
# is no goal (it set the goal "computers", linked "computer scientist"); "I'd like to", "me gustaría" wish
LIKING = frozenset(
    "like likes love loves enjoy enjoys liking loving enjoying mag mage liebe gefällt gefallen gusta "
    "gustan encanta encantan aime adore j'aime kiinnostaa tykkään tykkaan pidän pidan thích thich पसंद "
    "pasand".split()
)
# a word of interest: what it names is liked, not used or known (session 18: "me interesa", "ça m'intéresse",
# "interessiert mich")
INTEREST = frozenset(
    "interest interested interests interesting interesa interesan interesado interesada intéresse "
    "intéressé intéressée interessiert interessiere interessant kiinnostaa kiinnostaisi kiinnostun "
    "kiinnostunut "
    # session 20 (lang20): plural and conditional forms ("les réseaux m'intéressent", "mua kiinnostais")
    "intéressent intéresserait interessieren interessieret interesaría interesarían kiinnostavat kiinnostais "
    "रुचि दिलचस्पी আগ্রহ আগ্রহী".split()
)
# ... unless said as a wish: "would like", "i'd love to"
WOULD = frozenset("would i'd id we'd she'd he'd they'd würde wuerde".split())

# follow-ups that ask for a cheaper or a faster list or plan (substrings of the normalised message)
CHEAPER = (
    "cheaper",
    "cheapest",
    "less expensive",
    "too expensive",
    "lower price",
    "more affordable",
    "günstiger",
    "billiger",
    "billigst",
    "günstigst",
    "zu teuer",
    "más barato",
    "mas barato",
    "más económico",
    "demasiado caro",
    "moins cher",
    "moins chèr",  # "la moins chère"
    "trop cher",
    "halvempi",
    "halvempaa",
    "halvin",
    "liian kallis",
    "rẻ hơn",
    "rẻ nhất",
    "đắt quá",
    "सस्ता",
    "सस्ते",
    "महंगा",
    "সস্তা",
    "কম দামে",
    "দামি",
    "halvemma",
    "halvempa",
    "edullisempi",
    "preiswerter",
    "moins coûteu",
    "más económic",
    "re hon",
    "sasta",
    "saste",
    "lower cost",
    # a price complaint, an intensifier with "expensive" (session 9): "muy caro", "sehr teuer", "hơi đắt"
    "very expensive",
    "so expensive",
    "really expensive",
    "quite expensive",
    "pricey",
    "can't afford",
    "cannot afford",
    "too much money",
    "lot of money",
    "carísim",
    "carisim",
    "hors de prix",
    "beaucoup d'argent",
    "mucho dinero",
    "viel geld",
    "paljon rahaa",
    "nhiều tiền",
    "bahut paisa",
    "অনেক টাকা",
    "sehr teuer",
    "ziemlich teuer",
    "echt teuer",
    "zu viel geld",
    "muy caro",
    "muy cara",
    "bastante caro",
    "bastante cara",
    "demasiado cara",
    "demasiado dinero",
    "très cher",
    "très chère",
    "trop chère",
    "trop d'argent",
    "tosi kallis",
    "aika kallis",
    "melko kallis",
    "liian kallii",
    "hơi đắt",
    "rất đắt",
    "khá đắt",
    "đắt lắm",
    "mắc quá",
    "dat qua",
    "महँगा",
    "महंगी",
    "महँगी",
    "mehnga",
    "mehenga",
    "mahanga",
    "দামী",
    "দাম বেশি",
    "অনেক দাম",
    "onek dami",
    "khub dami",
    # "sort them by price": cheapest first
    "by price",
    "by cost",
    "price low to high",
    "nach preis",
    "por precio",
    "par prix",
    "par le prix",
    "hinnan mukaan",
    "theo giá",
    "theo gia",
    "कीमत के हिसाब",
    "कीमत के अनुसार",
    "দাম অনুযায়ী",
    "damer hisabe",
    # romanised Hindi/Bengali and Vietnamese typed without diacritics (session 10)
    "kam paise",
    "kam paisa",
    "kam kharch",
    "kam kharcha",
    "कम खर्च",
    "kom dam",
    "kom dame",
    "kom khoroch",
    "sosta",
    "shosta",
    "kom dami",
    "কম খরচ",
    "কম দাম",
    "re nhat",
    "mac qua",
    # cheaper said as a wish for a low price or as a tight budget (session 18, refine18): "something that
    # doesn't cost that much", "nicht so teuer", "budget serré", "ngân sách eo hẹp", "बजट कम है"
    "affordable",
    "low-cost",
    "low cost",
    "inexpensive",
    "not so expensive",
    "not that expensive",
    "cost that much",
    "cost so much",
    "costs that much",
    "costs so much",
    "on a budget",
    "nicht so teuer",
    "nicht zu teuer",
    "nicht allzu teuer",
    "nicht so viel kosten",
    "nicht so viel kostet",
    "preisgünstig",
    "no tan caro",
    "no tan cara",
    "no muy caro",
    "no muy cara",
    "no cueste tanto",
    "asequible",
    "poco presupuesto",
    "pas très cher",
    "pas tres cher",
    "abordable",
    "coûte pas trop",
    "ei niin kallis",
    "ei liian kallis",
    "edullinen",
    "edullisia",
    "edullista",
    "giá phải chăng",
    "giá rẻ",
    "không quá đắt",
    "không đắt",
    "ít tiền",
    "ज़्यादा महंगा नहीं",
    "ज्यादा महंगा नहीं",
    "zyada mehnga nahi",
    "jyada mehnga nahi",
    "বেশি দামি না",
    "beshi dami na",
    # "costs less" said as a comparison in every language (session 19, refine19): "something that costs
    # less", "was weniger kostet", "que cueste menos", "qui coûte moins", "maksaa vähemmän", "tốn ít tiền
    # hơn", "कम कीमत", "খরচ কম"; and comparative forms the lists above lacked ("edullisemmin", "más barata")
    "costs less",
    "cost less",
    "less money",
    "weniger kostet",
    "weniger kosten",
    "weniger geld",
    "cueste menos",
    "cuesta menos",
    "cuesten menos",
    "cuestan menos",
    "menos dinero",
    "más barat",
    "mas barat",
    "coûte moins",
    "coute moins",
    "coûtent moins",
    "moins onéreu",
    "moins d'argent",
    "maksaa vähemmän",
    "maksaisi vähemmän",
    "vähemmän rahaa",
    "edullisemp",
    "edullisemm",
    "tốn ít",
    "ít tốn",
    "giá thấp hơn",
    "कम दाम",
    "कम कीमत",
    "kam daam",
    "kam dam",
    "kam keemat",
    "kam kimat",
    "খরচ কম",
    "কম টাকা",
    "khoroch kom",
)
# "sort them by price", "nach Preis sortieren": the list shown, reordered (substrings of the normalised text)
SORT = (
    "sort",
    "order them",
    "order by",
    "rank them",
    "sortier",
    "ordena",
    "ordén",
    "trie",
    "trier",
    "classe",
    "järjest",
    "jarjest",
    "sắp xếp",
    "sap xep",
    "क्रम में",
    "সাজা",
)
# "no money", "zero budget": a budget of 0 (substrings of the normalised message)
NO_MONEY = (
    "zero money",
    "no money",
    "zero budget",
    "no budget",
    "kein geld",
    "kein budget",
    "null budget",
    "sin dinero",
    "sin presupuesto",
    "cero presupuesto",
    "pas d'argent",
    "pas de budget",
    "zéro budget",
    "ei rahaa",
    "ei budjettia",
    "không có tiền",
    "khong co tien",
    "पैसे नहीं",
    "बजट नहीं",
    "paise nahi",
    "টাকা নেই",
    "বাজেট নেই",
)
# "can't pay anything", "no puede pagar nada", "kann nichts bezahlen": paying or money denied next to it
# (`slots.no_money`); words after an elision are read without it ("d'argent" -> "argent")
PAY = frozenset(
    "pay afford money budget cash zahlen bezahlen leisten geld budget pagar dinero plata presupuesto "
    "payer argent budget maksaa maksamaan rahaa raha budjetti budjettia varaa trả tiền ngân पैसे पैसा paise "
    # costing nothing ("das darf nix kosten", "que no cueste nada", "ça doit rien coûter"; session 26)
    "cost kosten kostet costar cueste cuesta couter coute coûter coûte "
    "paisa बजट টাকা বাজেট পয়সা "
    # money in slang ("no tiene lana", "kein Kohle", "pas de thune", "ei fyrkkaa"; lead trial 19)
    "lana varo feria pasta guita kohle knete kies zaster fric thune pognon fyrkkaa massia".split()
)
# a denial before the pay word ("can't pay", "kein Geld", "en voi maksaa", "không trả") ...
PAY_DENIED_BEFORE = frozenset(
    "no not can't cannot don't doesn't won't couldn't nothing zero 0 kein keine keinen nicht nichts null "
    "nada cero sin rien pas zéro aucun ei en emme eivät mitään nolla không chẳng".split()
)
# ... or after it ("pay nothing", "pagar nada", "पैसा नहीं", "টাকা নেই")
PAY_DENIED_AFTER = frozenset(
    "nothing zero nada cero rien nichts nicht keins mitään ei नहीं nahi nahin না নেই "
    # "budget zéro", "budget 0" (session 29)
    "zéro 0".split()
)
# a denial of having that may stand three words after the money, past the verb and its subject ("Geld hab
# ich keins", "rahaa ei oo yhtään"), and the Spanish "no" right before a verb of having ("plata no tengo",
# "dinero no hay"): lead trial 24's 19 and session 29
PAY_DENIED_FAR_AFTER = frozenset("keins keines keine nichts nada rien nothing none".split())
HAVING_AFTER_NO = frozenset("tengo tiene tienen tenemos hay".split())
# "can't pay much", "nicht viel bezahlen": a small budget, not none
MUCH = frozenset(
    "much more lot mucho mucha más mas viel mehr beaucoup plus trop paljon enempää nhiều ज्यादा ज़्यादा "
    "अधिक बहुत বেশি".split()
)
FASTER = (
    "faster",
    "fastest",
    "quicker",
    "quickest",
    "shorter",
    # the superlatives of short (session 11): "which one is shortest", "welcher ist am kürzesten"
    "shortest",
    "least time",
    "fewest hours",
    # "the least time" in the other languages (session 18): "prend le moins de temps", "lleva menos tiempo",
    # "vie vähiten aikaa", "braucht am wenigsten Zeit"
    "moins de temps",
    # a short one asked for, not only a shorter one (lead trial 18: "something short please, i have two kids")
    "something short",
    "short one",
    "short course",
    "etwas kurzes",
    "was kurzes",
    "kurzen kurs",
    "kurzer kurs",
    "algo corto",
    "curso corto",
    "cursos cortos",
    "quelque chose de court",
    "formation courte",
    "formations courtes",
    "jotain lyhyt",
    "lyhyt kurssi",
    "lyhyitä kursseja",
    "khóa ngắn",
    "khoá ngắn",
    "chhota course",
    "chota course",
    "छोटा कोर्स",
    "ছোট কোর্স",
    "choto course",
    "menos tiempo",
    "vähiten aikaa",
    "vahiten aikaa",
    "wenigsten zeit",
    "kürzest",
    "más corta",
    "mas corta",
    "mas corto",
    "lyhin",
    "lyhyin",
    "ngắn nhất",
    "less time",
    "too long",
    "schneller",
    "kürzer",
    "am schnellsten",
    "zu lang",
    "más rápido",
    "el más rápido",
    # the feminine and unaccented forms (session 20): "¿hay alguna forma más rápida?", "una ruta mas rapida"
    "más rápida",
    "mas rapida",
    "mas rapido",
    "más deprisa",
    "speed it up",
    "speed up",
    "flotter",
    "zügiger",
    "plus rapidement",
    "más corto",
    "plus rapide",
    "plus court",
    "trop long",
    "nopeampi",
    "nopein",
    "lyhyempi",
    "nopeamp",  # Finnish case forms: "nopeampaa", "nopeammin", "lyhyempää"
    "nopeamm",
    "nopeimm",
    "lyhyemp",
    "lyhyemm",
    "plus vite",
    "moins long",
    "liian pitkä",
    "demasiado largo",
    "muy largo",
    "dài quá",
    "quá dài",
    "lâu quá",
    "quá lâu",
    "लंबा",
    "लम्बा",
    "लंबी",
    "লম্বা",
    "nhanh hơn",
    "nhanh nhất",
    "ngắn hơn",
    "जल्दी",
    "सबसे तेज़",
    "छोटा",
    "দ্রুত",
    "তাড়াতাড়ি",
    "ছোট",
    # a time complaint (session 9): "takes too long", "trop de temps", "bahut lamba"
    "takes forever",
    "too many weeks",
    "too many hours",
    "zu viel zeit",
    "demasiado tiempo",
    "trop de temps",
    "liian kauan",
    "quá nhiều thời gian",
    "bahut lamba",
    "bahut time",
    "অনেক সময়",
    # "sort them by length": shortest first
    "by duration",
    "by length",
    "by hours",
    "nach dauer",
    "por duración",
    "por duracion",
    "par durée",
    "par duree",
    "keston mukaan",
    "theo thời lượng",
    "theo thoi luong",
    # romanised Hindi/Bengali and Vietnamese typed without diacritics (session 10)
    "jaldi",
    "jldi",
    "jaldi se",
    "kam time",
    "kam samay",
    "kam samay me",
    "kam waqt",
    "chhota",
    "कम समय",
    "taratari",
    "tara tari",
    "druto",
    "kom shomoy",
    "kom somoy",
    "kom shomoye",
    "kom somoye",
    "কম সময়",
    "কম সময়ে",
    "nhanh hon",
    "nhanh nhat",
    "ngan hon",
)

# ordinal words (the item of a list or step of a plan the learner means); -1 is the last
ORDINALS: dict[str, int] = {
    w: n
    for n, ws in {
        1: "erste ersten erster erstes primero primera primer premier première "
        "ensimmäinen ensimmäisen ensimmäistä eka ekan ekaa पहला पहले पहली প্রথম প্রথমটা প্রথমটি "
        "pehla pehli pahla pahli prothom prothomta prothomtai prothomer",
        2: "zweite zweiten zweiter zweites segundo segunda deuxième second seconde "
        "toinen toisen toista toka tokan tokaa दूसरा दूसरे दूसरी দ্বিতীয় দ্বিতীয়টা দ্বিতীয়টি "
        "dusra dusri doosra doosri dusre ditiyo ditiyota dwitiyo",
        3: "dritte dritten dritter drittes tercero tercera tercer troisième "
        "kolmas kolmannen kolmatta तीसरा तीसरे तीसरी তৃতীয় তৃতীয়টা তৃতীয়টি teesra tisra teesri tisri tritiyo",
        4: "vierte vierten cuarto cuarta quatrième neljäs neljännen चौथा चौथे চতুর্থ",
        5: "fünfte fünften quinto quinta cinquième viides viidennen पाँचवाँ पांचवां পঞ্চম",
        -1: "letzte letzten último última dernier dernière viimeinen viimeisen आख़िरी आखिरी শেষটা akhri aakhri "
        "akhiri sheshta sheshtai শেষেরটা শেষেরটি শেষটি shesherta sheshertai",
    }.items()
    for w in ws.split()
}
# the Hindi postposition "from/than" and "from this/that": "पहले" after it is "before", not "the first"
BEFORE_POSTPOSITION = frozenset("से se say इससे उससे isse usse issey ussey".split())
# the Hindi "first" words that mean "before" after that postposition (Finnish "se ensimmäinen kurssi", "the
# first course", is no "before": session 16)
FIRST_OR_BEFORE = frozenset("पहले पहला pehle pahle pehla pahla".split())
# Finnish ordinals in their singular cases ("kolmannessa vaiheessa", "toisesta", "viimeisellä"): stem and
# the case endings of each (`ORDINALS` holds the nominative and genitive)
_FI_ORDINAL_CASES = {
    1: ("ensimmäi", "ensimmai", ("sessä", "sessa", "sestä", "sesta", "seen", "sellä", "sella", "seltä",
                                 "selta", "selle", "stä", "sta")),
    2: ("toi", "toi", ("sessa", "sessä", "sesta", "sestä", "seen", "sella", "sellä", "selta", "seltä",
                       "selle")),
    3: ("kolma", "kolma", ("nnessa", "nnessä", "nnesta", "nnestä", "nteen", "nnella", "nnelta", "nnelle")),
    4: ("neljä", "nelja", ("nnessä", "nnestä", "nteen", "nnellä", "nneltä", "nnelle", "ttä", "nnen")),
    5: ("viide", "viide", ("nnessä", "nnestä", "nteen", "nnellä", "nneltä", "nnelle", "ttä")),
    -1: ("viimei", "viimei", ("sessä", "sessa", "sestä", "sesta", "seen", "sellä", "sella", "seltä",
                              "selta", "selle", "stä", "sta")),
}  # fmt: skip
ORDINALS.update(
    {stem + ending: n for n, (stem, bare, endings) in _FI_ORDINAL_CASES.items() for ending in endings}
    | {bare + ending: n for n, (stem, bare, endings) in _FI_ORDINAL_CASES.items() for ending in endings}
)
# session 22: the later steps of a plan ("le sixième", "der vierte", "pāñcveṁ"), and the forms a plan's step
# takes in a question - German inflection, Hindi oblique and feminine forms ("पाँचवें का", "चौथी"), Bengali
# ordinals with a classifier and a case ending ("তৃতীয়টার", "চতুর্থটার", "পঞ্চমটির") - as word families,
# never a lone "sixth" without a word of a list (none of these is a weekday or a time word)
ORDINALS.update(
    {
        w: n
        for n, ws in {
            4: "vierter viertes cuarto cuarta चौथी",
            5: "fünfter fünftes पाँचवें पाँचवीं पांचवें पांचवीं पाँचवा पांचवा",
            6: "sechste sechsten sechster sechstes sexto sexta sixième kuudes kuudennen छठा छठे छठी",
            7: "siebte siebten siebter siebtes séptimo séptima septième seitsemäs seitsemännen "
            "सातवाँ सातवें सातवां",
            8: "achte achten achter achtes octavo octava huitième kahdeksas kahdeksannen आठवाँ आठवें आठवां",
        }.items()
        for w in ws.split()
    }
)
_BN_ORDINAL_STEMS = {
    1: "প্রথম", 2: "দ্বিতীয়", 3: "তৃতীয়", 4: "চতুর্থ", 5: "পঞ্চম", 6: "ষষ্ঠ", 7: "সপ্তম", 8: "অষ্টম",
}  # fmt: skip
_BN_CLASSIFIER_CASES = ("টা", "টি", "টার", "টির", "টাকে", "টিকে", "টায়", "টাতে", "টিতে", "টাও", "টিও")
ORDINALS.update(
    {
        unicodedata.normalize(form, stem + ending): n
        for n, stem in _BN_ORDINAL_STEMS.items()
        for ending in ("", *_BN_CLASSIFIER_CASES)
        for form in ("NFC", "NFD")
    }
)
ORDINAL_PHRASES = {
    "thứ nhất": 1,
    "đầu tiên": 1,
    "bước đầu": 1,
    "khóa đầu": 1,
    "bài đầu": 1,
    "thứ hai": 2,
    "thứ ba": 3,
    "thứ tư": 4,
    "thứ năm": 5,
    "cuối cùng": -1,
    # typed without diacritics
    "thu nhat": 1,
    "dau tien": 1,
    "buoc dau": 1,
    "khoa dau": 1,
    "bai dau": 1,
    "cuoi cung": -1,
}
# one-word greetings whose language lingua cannot tell from so little text
GREETINGS = {
    "hallo": "de",
    "servus": "de",
    "moin": "de",
    "hola": "es",
    "buenas": "es",
    "bonjour": "fr",
    "salut": "fr",
    "coucou": "fr",
    "moi": "fi",
    "hei": "fi",
    "terve": "fi",
    "moikka": "fi",
    "chào": "vi",
    "hello": "en",
    "hi": "en",
    "hey": "en",
    "danke": "de",
    "gracias": "es",
    "merci": "fr",
    "kiitos": "fi",
}

# everyday words of one Latin-script language only, for short messages lingua cannot place ("c'est trop
# long", "zu teuer"): the language whose words a message uses, when no other's are there
SHORT_CUES: dict[str, frozenset[str]] = {
    code: frozenset(words.split())
    for code, words in {
        "en": "too its is very the this that please expensive pricey thanks what why how not "
        "i and some of to my with have know bit little on about for any courses course "
        # session 14: "tell me a joke" was read as Finnish, "are you ChatGPT?" as French (lingua unsure)
        "me you your are can could would should tell give show want need does",
        "de": "zu ist das nicht sehr teuer lang kurz bitte danke warum wie viel zeit geht mir "
        "und ich ein eine mit habe kann bisschen etwas "
        "kurs kurse kursen weiterbildung schulung gibts "  # session 10: "Excel Kurs" was read as French
        "nein",  # session 20: "Excel ja, SQL nein" was read as Finnish by its "ja"
        "es": "es demasiado muy caro largo larga corto gracias por qué cómo tiempo mucho también "
        "y con para tengo quiero algo poco hice sé usar sí nada",
        "fr": "est trop très cher chère longue court pourquoi comment pas beaucoup temps aussi "
        "et je avec pour j'ai veux peu fait cours formations "
        # session 18: "vous avez une formation sur la blockchain ?" was read as English (lingua unsure)
        "vous avez une sur moins oui non",
        "fi": "liian on kallis pitkä lyhyt kiitos miksi miten paljon aikaa ei myös "
        "ja olen osaan vähän haluan mä mulla kyllä",
    }.items()
}

# words that ask for a plan or pathway (with a goal known, the plan is the answer)
# phrasal verbs of becoming, no subject ("would like to end up as a BI developer": not an "end" developer)
GOAL_PHRASES = ("end up", "ending up", "ends up", "wind up")
PLAN_CUES = (
    "plan",
    "plan it",
    "plan it out",
    "plane",
    "planen",
    "lernplan",
    "lernweg",
    "lernpfad",
    "weg",
    "fahrplan",
    "roadmap",
    "pathway",
    "plan de estudios",
    "itinerario",
    "ruta",
    "hoja de ruta",
    "parcours",
    "planifie",
    "feuille de route",
    "suunnitelma",
    "suunnittele",
    "opintopolku",
    "polku",
    "lộ trình",
    "kế hoạch",
    "प्लान",
    "योजना",
    "रोडमैप",
    "পরিকল্পনা",
    "প্ল্যান",
    "রোডম্যাপ",
    # the plan asked for in words of learning: "a learning path" names no goal (it set the goal "learning")
    "learning path",
    "learning paths",
    "learning pathway",
    "learning plan",
    "learning roadmap",
    "study plan",
    "study path",
    "study roadmap",
    "training plan",
    "training path",
    "ruta de aprendizaje",
    "plan de aprendizaje",
    "itinerario formativo",
    "plan de formation",
    "parcours de formation",
    "parcours d'apprentissage",
    "oppimispolku",
    "opintosuunnitelma",
    "lộ trình học",
    "kế hoạch học",
    "लर्निंग पाथ",
    "লার্নিং পাথ",
)

# "I've done it": words saying a course is already completed (with a named credential: it is held)
DONE = (
    "done",
    "finished",
    "completed",
    "already",
    "took",
    "passed",
    "hold",
    "abgeschlossen",
    "gemacht",
    "schon",
    "bereits",
    "fertig",
    "terminé",
    "terminée",
    "déjà",
    "fait",
    "suivi",
    "hecho",
    "terminado",
    "terminé",
    "ya",
    "hice",
    "suorittanut",
    "suoritettu",
    "tehty",
    "jo",
    "đã học",
    "xong",
    "rồi",
    "hoàn thành",
    "कर लिया",
    # "पूरा" alone is also "whole" ("पूरा सर्टिफिकेट कितने का पड़ेगा?", "पूरा प्लान"), and "पूरा करना" a wish
    # to finish: done only with the verb of having done it (session 29)
    "पूरा किया",
    "पूरा हो गया",
    "पूरा हो चुका",
    "पहले ही",
    "कर चुका",
    "कर चुकी",
    "করেছি",
    "শেষ করেছি",
    "viens de finir",
    "viens de terminer",
    "acabo de terminar",
    "acabo de acabar",
    "gerade abgeschlossen",
    "juuri suorittanut",
    "vừa học xong",
    "vừa hoàn thành",
    "করা আছে",
    "করে ফেলেছি",
    "pehle hi",
    "kar chuki",
    "kar chuka",
    "kar liya",
    "kar li",
    "kore fellechi",
    "korechi",
    # romanised Hindi/Bengali and Vietnamese typed without diacritics (session 10)
    "kore felechi",
    "kore feleche",
    "kora ache",
    "kora hoye geche",
    "hoye geche",
    "kar chuka hoon",
    "kar chuki hoon",
    "ho gaya",
    "ho chuka",
    "করে ফেলেছে",
    "হয়ে গেছে",
    "कर चुके",
    "हो गया",
    "da hoc",
    "hoc roi",
    "hoc xong",
    "xong roi",
    # session 28 (lang28): the past of completing as learners write it ("suoritin viime vuonna X:n", "acabé
    # el de SQL", "j'ai validé", "hab X absolviert"; not "valmiiksi": "saada valmiiksi kesään mennessä" is a
    # date)
    "suoritin",
    "suoritti",
    "acabé",
    "completé",
    "validé",
    "absolviert",
)

# "8 instead of 4 hours": the number before one of these words is the new value
INSTEAD = frozenset(
    "instead statt anstatt anstelle vez lugar lieu sijaan asemesta thay jagah bodole বদলে".split()
)
# the end of this year / of next year ("by the end of next year", "Ende nächsten Jahres", "cuối năm sau")
# session 12: "next year" after a month ("tháng 12 năm sau", "agle saal march tak", "আগামী বছরের মার্চে"): that
# month of next year even when this year's is still ahead
NEXT_YEAR = (
    "next year", "năm sau", "năm tới", "sang năm", "nam sau", "nam toi", "sang nam", "agle saal", "agle sal",
    "अगले साल", "अगले वर्ष", "আগামী বছর", "আগামী বছরের", "সামনের বছর", "সামনের বছরের", "agami bochor",
    "samner bochor", "agami bochorer", "samner bochorer",
    # session 20 (lang20): German, Spanish, French and Finnish ("Weihnachten nächstes Jahr", "marzo del
    # año que viene", "Noël de l'année prochaine", "ensi vuoden jouluun")
    "nächstes jahr", "nächsten jahres", "nächsten jahr", "naechstes jahr", "naechsten jahres",
    "kommendes jahr", "kommenden jahres", "año que viene", "ano que viene", "próximo año", "proximo año",
    "proximo ano", "siguiente año", "l'année prochaine", "l'annee prochaine", "année prochaine",
    "annee prochaine", "l'an prochain", "an prochain", "ensi vuonna", "ensi vuoden", "ensivuonna",
    "ensivuoden", "tulevana vuonna", "tulevan vuoden",
)  # fmt: skip
YEAR_END_NEXT = (
    "end of next year",
    "ende nächsten jahres",
    "ende des nächsten jahres",
    "ende nächstes jahr",
    "finales del año que viene",
    "final del próximo año",
    "fin del próximo año",
    "fin de l'année prochaine",
    "fin de l'an prochain",
    "ensi vuoden loppuun",
    "ensi vuoden lopussa",
    "cuối năm sau",
    "cuối năm tới",
    "अगले साल के अंत",
    "আগামী বছরের শেষে",
)
# the middle of next year as a deadline: the end of June (session 26)
YEAR_MID_NEXT = (
    "middle of next year",
    "mid next year",
    "mitte nächsten jahres",
    "mitte des nächsten jahres",
    "mitte nächstes jahr",
    "mediados del año que viene",
    "mediados del próximo año",
    "mediados de año que viene",
    "milieu de l'année prochaine",
    "mi-année prochaine",
    "ensi vuoden puoliväli",
    "ensi vuoden puolivälissä",
)
# "at the latest" before a season or a festival makes it a deadline ("spätestens im Frühjahr", "a más tardar
# en primavera", "viimeistään keväällä", "at the latest by spring"; session 26)
LATEST = frozenset("spätestens spaetestens tardar viimeistään viimeistaan latest".split())
# a word of being done or ready after a season makes it a deadline ("en primavera tendría que estar listo",
# "im Frühjahr muss ich fertig sein", "keväällä pitää olla valmis", "ready by spring")
DONE_BY = frozenset(
    "fertig durch listo lista listos listas terminado terminada acabado acabada fini finie prêt prête boucle "
    "bouclé valmis valmiina ready done finished".split()
)
YEAR_END = (
    "end of the year",
    "end of this year",
    "end of year",
    "jahresende",
    "ende des jahres",
    "fin de año",
    "finales de año",
    "fin d'année",
    "fin de l'année",
    "vuoden loppuun",
    "vuoden lopussa",
    "cuối năm",
    "साल के अंत",
    "বছরের শেষে",
)

# A wish to teach or help others (a teaching job, not the learner's own subject): a verb of teaching or
# helping ...
TEACH_OTHERS = (
    "help", "teach", "helfen", "beibringen", "unterrichten", "ayudar", "enseñar", "aider", "enseigner",
    "auttaa", "opettaa", "opastaa", "giúp", "dạy", "hướng dẫn", "मदद", "सिखा", "पढ़ा", "madad", "sikha",
    "সাহায্য", "শেখা", "sahajj",
    # romanised Hindi/Bengali, Vietnamese without diacritics, Bengali "to teach" (session 10)
    "shekha", "shikha", "sikhana", "padhana", "padhata", "padhati", "padhaun", "পড়াতে", "পড়ানো", "porano",
    "huong dan", "day hoc",
)  # fmt: skip
# ... a group of adult learners it is for (prefixes: "älteren", "ikäihmisiä", "বয়স্কদের") ...
ADULT_LEARNERS = (
    "seniors", "senioren", "seniorinnen", "seniori", "elderly", "older people", "old people", "pensioner",
    "retiree", "grandparent", "adults",
    "älter", "aelter", "rentner", "erwachsene", "personas mayores", "mayores", "ancian", "jubilad", "adultos",
    "personnes âgées", "retraité", "adultes", "aînés", "ikäihmi", "ikaihmi", "vanhu", "eläkeläi", "aikuis",
    "người cao tuổi", "người già", "người lớn", "nguoi cao tuoi", "nguoi gia", "बुजुर्ग", "बुज़ुर्ग", "वयस्क",
    "buzurg", "bujurg", "বয়স্ক", "বৃদ্ধ", "প্রাপ্তবয়স্ক", "boyosk",
    # women (session 10): adult learners whatever their age
    "women", "frauen", "mujeres", "femmes", "naiset", "phụ nữ", "phu nu", "महिला", "mahila", "মহিলা", "mohila",
    "নারী", "nari",
)  # fmt: skip
# verbs of teaching (whole words): wished ("want to teach computer science", "haluaisin opettaa ohjelmointia",
# "কম্পিউটার বিজ্ঞান পড়াতে চাই") they make the goal a teaching job, whoever the learners are; not "teacher"
TEACH_VERBS = frozenset(
    "teach teaching unterrichten beibringen lehren enseñar enseñarles enseigner opettaa opettamaan dạy day "
    "पढ़ाना पढ़ाने सिखाना सिखाने padhana padhane sikhana sikhane পড়াতে পড়ানো শেখাতে শেখানো শেখানোর পড়ানোর "
    "porate shekhate beizubringen".split()
    # (session 19) "den Kindern digitale Medien näherbringen", "initier mes élèves au numérique"
    + "näherbringen naeherbringen nahebringen initier".split()
)
# ... or after a word of duty: teaching one is asked to do is teaching one will do ("I've been asked to
# teach", "ich soll Informatik unterrichten", "on me demande d'enseigner", "tengo que enseñar", "minun pitää
# opettaa", "tôi phải dạy") ...
TEACH_DUTY = frozenset(
    "asked supposed soll sollen muss müssen demande demandé demandée dois doit tengo debo pidieron piden "
    "pitää täytyy joudun phải".split()
)
# ... or before one in the verb-final languages ("पढ़ाना है", "পড়াতে হবে")
TEACH_DUTY_AFTER = frozenset("है hai হবে hobe".split())
# ... or as the purpose of learning (session 17, trial 12's 14: "बच्चों को कंप्यूटर सिखाने के लिए क्या
# सीखना चाहिए?"): "to teach", "pour enseigner", "para enseñar", "zu unterrichten", "để dạy" before the verb,
# "सिखाने के लिए", "শেখানোর জন্য" after it
TEACH_PURPOSE = frozenset("to pour para zu để de".split())
TEACH_PURPOSE_AFTER = frozenset("के ke জন্য jonno".split())
TEACH_PURPOSE_VERBS = frozenset({"beizubringen"})  # German "um ... beizubringen"
# ... not "teach myself"
# ... or learning for one's own pupils (session 19: "je veux apprendre à coder pour mes élèves", "learn
# computing for my pupils", "für meine Schüler lernen", "para mis alumnos", "oppilailleni", "cho học sinh của
# tôi", "अपने छात्रों के लिए", "আমার ছাত্রদের জন্য"): a teacher learns what they will teach
FOR_OWN_PUPILS = (
    "for my pupils", "for my students", "for my class", "for my learners", "für meine schüler",
    "für meine schülerinnen", "für meine klasse", "für meinen unterricht", "para mis alumnos",
    "para mis alumnas",
    "para mis estudiantes", "para mi clase", "para mis clases", "pour mes élèves", "pour ma classe",
    "pour mes étudiants", "pour mes cours", "oppilailleni", "oppilaitani varten", "luokalleni",
    "cho học sinh của tôi", "cho học sinh của mình", "cho các em học sinh", "cho lớp của tôi",
    "cho lớp của mình", "अपने छात्रों के लिए", "अपने विद्यार्थियों के लिए", "अपनी कक्षा के लिए",
    "apne students ke liye", "apne bachon ke liye", "আমার ছাত্রদের জন্য", "আমার ছাত্রছাত্রীদের জন্য",
    "আমার শিক্ষার্থীদের জন্য", "আমার ক্লাসের জন্য",
)  # fmt: skip
# ... or bringing a subject into one's own lessons ("bring computing into my lessons", "in meinen Unterricht",
# "en mis clases", "dans ma classe", "opetukseeni", "trong lớp của tôi", "अपनी क्लास में", "আমার ক্লাসে");
# a teacher's class without the possessive ("trong lớp", "en clase") only said by a teacher (session 19)
INTO_OWN_LESSONS = (
    "into my lessons", "into my classroom", "into my class", "into my teaching", "in my lessons",
    "in my classroom", "in meinen unterricht", "in meine klasse", "in meiner klasse", "en mis clases",
    "en mi clase", "en mi aula", "dans ma classe", "dans mes cours", "dans mon enseignement", "opetukseeni",
    "tunneilleni", "tunneillani", "luokkaani", "trong lớp của tôi", "trong lớp của mình",
    "trong giờ dạy", "अपनी क्लास में", "अपनी कक्षा में", "apni class mein", "আমার ক্লাসে",
)  # fmt: skip
IN_CLASS = (
    "in class", "in the classroom", "im unterricht", "en clase", "en el aula", "en classe", "luokassa",
    "opetuksessa", "opetukseen", "trong lớp", "क्लास में", "कक्षा में", "class mein", "ক্লাসে", "শ্রেণিকক্ষে",
)  # fmt: skip
# the starts of the words of a teacher, in the eight languages (a token's start: "lehrerin", "opettajana")
TEACHER_PREFIXES = (
    "teacher", "lehrer", "grundschullehrer", "erzieher", "maestr", "profesor", "docente", "professeur",
    "enseignant", "institut", "opettaj", "giáo", "thầy", "शिक्षक", "शिक्षिका", "टीचर", "শিক্ষক", "শিক্ষিকা",
    "টিচার",
)  # fmt: skip
TEACH_SELF = frozenset("myself me mich selbst yourself itseäni itse mình".split())
# a school named as where one would teach ("at a secondary school", "yläkoulussa", "স্কুলে"): young learners
SCHOOLS = (
    "school", "secondary", "high school", "primary", "schule", "gymnasium", "escuela", "colegio", "instituto",
    "école", "lycée", "koulu", "yläkoulu", "peruskoulu", "lukio", "trường", "स्कूल", "विद्यालय",
    "স্কুল", "বিদ্যালয়",
    # the kinds of school, named as one word (session 13): German compounds, French collège, Finnish levels
    "realschule", "grundschule", "gesamtschule", "hauptschule", "mittelschule", "berufsschule", "oberschule",
    "collège", "alakoulu", "ala-aste", "yläaste", "ammattikoulu", "secundaria", "primaria",
)  # fmt: skip
# ... or of young ones
YOUNG_LEARNERS = (
    "kids", "children", "pupils", "students", "teenagers", "kinder", "schüler", "jugendliche", "niños",
    "alumnos", "enfants", "élèves", "lapsi", "lasten", "oppila", "nuori", "nuoria", "trẻ em", "học sinh",
    "बच्च", "छात्र", "bachch", "শিশু", "ছাত্র", "বাচ্চা",
    # (session 13) learners at school in the other words of the eight languages
    "estudiantes", "écolier", "विद्यार्थ", "शिक्षार्थ", "শিক্ষার্থী",
)  # fmt: skip
# the pupils' level when it is below secondary school (session 19, roles19): primary school and the early
# years in the eight languages (word starts: "grundschul" of "Grundschullehrerin", "alakoulu" of
# "alakoulun"), and children said as such; their teacher teaches at no secondary school, and the level is
# the pupils', never a limit on the teacher's own courses
EARLY_SCHOOL = (
    "primary", "elementary", "infant school", "nursery", "kindergarten", "preschool", "pre-school",
    "grundschul", "volksschul", "kita", "vorschul", "primaria", "primario", "infantil", "preescolar",
    "guardería", "primaire", "maternelle", "professeur des écoles", "professeure des écoles", "instit ",
    "institutrice", "instituteur",
    "alakoulu", "ala-aste", "ala-asteel", "luokanopettaj", "päiväkoti", "päiväkodi", "esikoulu",
    "varhaiskasvat", "tiểu học", "tieu hoc", "mầm non", "mam non", "mẫu giáo", "mau giao", "प्राथमिक",
    "प्राइमरी", "नर्सरी", "প্রাথমিক", "প্রাইমারি", "কিন্ডারগার্টেন", "prathmik",
)  # fmt: skip
CHILDREN = (
    "kids", "children", "child", "kinder", "niños", "niñas", "enfants", "lapsi", "lasten", "lapset",
    "trẻ em", "tre em", "các em", "cac em", "bachch", "bachon", "bacchon", "बच्च", "বাচ্চা", "শিশু", "ছোটদের",
)  # fmt: skip
# ... unless the school said is a secondary one ("teach computer science at a secondary school")
SECONDARY_SCHOOL = (
    "secondary", "high school", "middle school", "gymnasium", "realschule", "gesamtschule", "oberstufe",
    "secundaria", "bachillerato", "instituto", "collège", "lycée", "yläkoulu", "yläaste", "lukio",
    "trung học", "trung hoc", "माध्यमिक", "मिडिल स्कूल", "हाई स्कूल", "মাধ্যমিক", "হাই স্কুল",
)  # fmt: skip


# a study format ruled out: the denials above, accents dropped, and "without" ("ohne Präsenz", "sin clases
# presenciales", "sans présentiel", "ilman lähiopetusta")
FORMAT_DENIED = frozenset(
    (
        *(strip_accents(w) for w in NEGATION_BEFORE),
        *"ohne sin sans without ilman khong".split(),
        # "nothing in person", "nada presencial", "rien en présentiel", "nichts vor Ort" (session 16)
        *"nothing nada rien nichts".split(),
    )
)
# a study format ruled out by the words after it, as German, French, Spanish, Finnish and English put the
# denial after the subject ("Präsenz geht bei mir nicht", "le distanciel c'est pas pour moi", "lo online no me
# sirve", "lähiopetus ei käy", "online doesn't work for me"; `slots._format_denied_after`, session 26);
# compared without accents; not Finnish "et" (French "and") nor "en" (French and Spanish "in")
FORMAT_DENIED_AFTER = frozenset(
    strip_accents(w)
    for w in (
        "nicht nie niemals keinesfalls kein keine keinen null not never doesn't don't isn't can't cannot "
        "won't doesnt dont isnt cant wont no nunca tampoco pas jamais ei eivät emme ette "
        # "Onlinekurse bringen mir nichts", and a format said not to suit ("lo presencial me pilla fatal",
        # "le présentiel c'est impossible", "vor Ort ist schwierig", "lähiopetus on mahdotonta")
        "nichts nix nada rien impossible imposible unmöglich fatal schwierig difficile difícil compliqué "
        "complicado mahdoton mahdotonta vaikea hankala"
    ).split()
)
# a Finnish verb of being able or suiting after a negative verb ("en pääse", "emme voi", "ei käy"): "en"
# counts as a denial of a study format only with one, since it is also French and Spanish "in"
FI_ABLE = frozenset(
    strip_accents(w)
    for w in "pääse paase voi halua pysty ehdi jaksa kykene käy kay onnistu sovi tykkää tykkaa".split()
)
# words that start another clause inside one without a comma ("nur online, weil ich nicht fahren kann"): a
# denial after one is not said of the format before it
CLAUSE_STARTS = frozenset(
    "weil denn aber sondern obwohl wenn falls because but although if when porque pero sino aunque si cuando "
    "parce car mais puisque quand koska mutta vaan jos kun vaikka".split()
)
# verbs of going or attending, between a denial and a study format ("can't travel to in-person classes")
GO = frozenset(
    "go travel commute attend get fahren gehen kommen besuchen pendeln ir asistir viajar ir aller venir "
    "assister déplacer deplacer rendre päästä käydä kulkea matkustaa đi den tham".split()
)
# a denial that accepts what follows ("I don't mind online", "no me importa", "ça ne me dérange pas")
NOT_MINDING = frozenset("mind matter problem importa molesta derange dérange stort stört haittaa".split())
# words in a list of languages ("inglés y un poco de francés", "und etwas Englisch", "ja vähän ruotsia")
LANGUAGE_LIST_WORDS = frozenset(
    "and also a bit little some fluent y también un poco de algo und auch etwas bisschen ein et aussi peu "
    "de un ja myös vähän hieman và cả một chút tiếng also native nur only solo seulement vain chỉ".split()
)
# everyday German words with umlauts that learners type as "ae/oe/ue" ("Anfaenger", "guenstig"), besides the
# stopword list and our tables (`umlauts.restore_umlauts`)
UMLAUT_WORDS = frozenset(
    "anfänger anfängerin anfängt fängt fange günstig günstiger günstigste ungefähr wöchentlich täglich "
    "möglichst möglichkeit möglichkeiten fähigkeiten kenntnisse prüfung prüfungen zertifikatsprüfung "
    "überblick übersicht zusätzlich lücke lücken schüler schülerin büro bürokauffrau fachkräfte "
    "präsenz präsenzkurse präsenzunterricht höchstens mindestens grundsätzlich tätig tätigkeit berufstätig "
    "würde würden wäre hätte könnte möchte möchten müsste dürfte brauche bräuchte wünsche wünscht "
    "gewünscht erklären erklärt empfehlen empfiehlst empfehlung kürzer kürzeste länger längste "
    "schnellstmöglich nächste nächsten nächstes später früher frühjahr frühling sommerferien übernächste "
    "stündlich stunden monatlich jährlich einführung grundkenntnisse vorkenntnisse überspringen "
    "abschließen abgeschlossen schließen weiß gefällt gefallen spaß fürs übers".split()
)
# removing what is not X keeps X ("remove anything that isn't online", "quita lo que no sea en línea")
REMOVE = frozenset(
    "remove drop exclude hide skip entferne entfernen streich streiche weg quita quitar elimina eliminar "
    "saca "
    "enlève enleve supprime retire poista poistaa jätä jata bỏ loại".split()
)
# "free" with its endings (word beginnings, accents dropped): "gratuits", "gratuitas", "kostenlosen",
# "kostenfreie", "ilmaiset", "maksuttomia"
FREE_PREFIXES = ("gratuit", "kostenlos", "kostenfrei", "ilmais", "maksuto", "maksutt")
# "costs nothing" (accents dropped): "kostet nichts", "no cuesta nada", "ne coûte rien", "ei maksa mitään"
FREE_PHRASES = (
    "costs nothing", "cost nothing", "kostet nichts", "nichts kostet", "no cuesta nada", "sin costo",
    "sin coste", "ne coute rien", "sans frais", "ei maksa mitaan", "khong mat tien", "khong ton tien",
    # "without paying" said as a limit (session 21, refine21: "ilman maksua" was searched as a subject)
    "without paying", "at no cost", "ohne kosten", "ohne gebuhr", "ohne zu zahlen", "ohne zu bezahlen",
    "sin pagar", "sin costos", "sans payer", "sans rien payer", "ilman maksua", "ilman kustannuksia",
    "ilman kuluja", "maksamatta",
)  # fmt: skip
# phrases of several words that name no subject (Vietnamese syllables that, alone, build subjects: "công" of
# "công nghệ"), kept out of topics and goals as whole phrases, with or without diacritics
FUNCTION_PHRASES = (
    "công việc", "hiện tại", "con số", "bắt đầu", "nghề nghiệp", "làm gì",
    # romanised Hindi "about" and "for" ("AI ke baare mein", "job ke liye"): "ke" alone is Vietnamese "kế"
    "ke baare", "ke bare", "ke barein", "ke liye", "ke liya",
    # the next step asked for ("what's a good next step if I want to build chatbots?"): no subject (it made
    # the goal "step chatbots")
    "next step", "next steps", "nächste schritt", "nächster schritt", "nächsten schritt", "siguiente paso",
    "próximo paso", "prochaine étape", "seuraava askel", "seuraavaksi", "bước tiếp theo", "अगला कदम",
    "পরের ধাপ", "পরবর্তী ধাপ",
)  # fmt: skip
# words that ask for training as such ("courses", "Schulung", "formación", "koulutusta", "khóa học", "कोर्स",
# "প্রশিক্ষণ"): a wish that names only a subject and one of these asks for courses, not for a career goal
# course words in the plural only: a message asking for them asks for several courses, not about one
# ("Können Sie mir Kurse zum Thema Netzwerke empfehlen?", "des formations sur les réseaux"; session 21)
COURSE_PLURALS = frozenset(
    (
        "courses trainings classes workshops bootcamps kurse kursen schulungen weiterbildungen fortbildungen "
        "lehrgänge seminare angebote cursos formaciones capacitaciones talleres formations ateliers "
        "kursseja kurssit kursseista koulutuksia koulutukset"
    ).split()
)
TRAINING = frozenset(
    (
        "course courses training trainings class classes tutorial tutorials workshop workshops bootcamp "
        "kurs kurse kursen kurses schulung schulungen weiterbildung weiterbildungen fortbildung lehrgang "
        "angebot angebote seminar seminare "
        "curso cursos formación formacion capacitación capacitacion taller talleres "
        "cours formation formations atelier ateliers "
        "kurssi kurssia kursseja kurssit kursseista kurssin koulutus koulutusta koulutuksia koulutuksen "
        "khóa khoá đào tạo khoa "
        "कोर्स कोर्सेज प्रशिक्षण ट्रेनिंग "
        "কোর্স কোর্সের কোর্সগুলো প্রশিক্ষণ ট্রেনিং"
    ).split()
)
# a field to understand rather than to work in ("I want to understand how AI is used in hospitals",
# "comprendre comment l'IA est utilisée", "nada muy técnico"): word beginnings and phrases (prefixes of words,
# matched by `area_refinement`) that ask for the literacy of a field, not its practitioner's job (trial 9: a
# nurse's "AI in hospitals, nothing technical" linked ICT intelligent systems designer)
UNDERSTAND_FIELD = (
    "understand", "what it means for", "how it is used", "how ai is used",
    "verstehen", "comprendre", "entender", "comprender", "ymmärtä", "ymmärrä",
    "hiểu", "समझ", "বুঝ",
    "nothing technical", "nothing too technical", "not too technical", "non-technical", "non technical",
    "nichts technisches", "nicht zu technisch", "nichts zu technisches", "nada técnico", "nada muy técnico",
    "nada demasiado técnico", "rien de technique", "rien de trop technique", "pas trop technique",
    "ei mitään teknistä", "ei mitään liian teknistä", "ei liian teknistä", "không quá kỹ thuật",
    "không cần kỹ thuật", "टेक्निकल नहीं", "तकनीकी नहीं", "টেকনিক্যাল না", "টেকনিক্যাল কিছু না",
)  # fmt: skip
# a change of field said as such ("move into data", "in die IT wechseln", "se reconvertir", "chuyển sang"): a
# field wanted this way is a new job, never only something to understand at the job held (`UNDERSTAND_FIELD`)
CHANGE_OF_FIELD = (
    "move into", "moving into", "switch to", "switch into", "get into", "career change", "change careers",
    "wechseln", "umschul", "quereinst", "umsteigen", "cambiar a", "cambiarme", "reconvert", "changer de",
    "vaihtaa alaa", "alanvaihto", "chuyển sang", "chuyển ngành", "करियर बदल", "ক্যারিয়ার বদল",
    # session 17 (t12goal): "to go into" a field in Hindi and Bengali ("अब क्लाउड में जाना है", "এখন ক্লাউডে
    # যেতে চাই", "cloud me jana hai", "cloud e jete chai")
    "में जाना", "में जाने", "me jana", "mein jana", "me jaana", "mein jaana", "যেতে চাই", "jete chai",
    # session 28 (lang28): the everyday verbs of going over to a field ("quiero pasarme a la ciberseguridad",
    # "meterme en redes", "haluun siirtyä IT-tukeen", "me lancer dans la data", "reinkommen in die IT")
    "pasarme a", "pasarse a", "meterme en", "cambiar de rubro", "siirtyä", "siirtyisin", "siirryn",
    "siirtymään", "me lancer dans", "basculer vers", "reinkommen", "einsteigen in",  # not "tiimi siirtyy"
    # session 29: going "towards" a field ("EV ki taraf jana chahta hai", "की ओर जाना", "এর দিকে যেতে চায়")
    "ki taraf", "की तरफ", "की तरफ़", "की ओर", "dike jete", "দিকে যেতে",
)  # fmt: skip
# a purpose at the job one has ("for work", "für die Arbeit", "para mi trabajo", "pour mon boulot", "töitä
# varten", "cho công việc", "काम के लिए", "কাজের জন্য"; a purpose, never a place: "unhappy at work" is no
# such phrase): learning a subject for it is a search for courses on it, not a new career goal (token phrases)
FOR_WORK = (
    "for work",
    "for my work",
    "for my job",
    "for the job",
    "for my new job",
    "for my role",
    "for my new role",
    "für die arbeit",
    "für meine arbeit",
    "für den job",
    "für meinen job",
    "für die firma",
    "para mi trabajo",
    "para el trabajo",
    "para mi empresa",
    "para la empresa",
    "pour le travail",
    "pour mon travail",
    "pour mon boulot",
    "pour le boulot",
    "pour mon poste",
    "pour l'entreprise",
    "töitä varten",
    "työtä varten",
    "työpaikalle",
    "työhön",  # not "töihin": "haluaisin IT-tukeen töihin" is going to work there
    "for the office",
    "at work",
    "en el curro",
    "para el curro",
    "en mi trabajo",
    "cho công việc",
    "cho công ty",
    "cho cong viec",
    "cho cong ty",
    "काम के लिए",
    "ऑफिस के लिए",
    "नौकरी के लिए",
    "kaam ke liye",
    "office ke liye",
    "কাজের জন্য",
    "অফিসের জন্য",
    "চাকরির জন্য",
    "kajer jonno",
    "office er jonno",
)
# using a field's tools at the job one has ("learn to use AI at work", "KI in meiner Arbeit nutzen", "usar la
# IA en mis clases", "utiliser l'IA au travail", "käyttämään tekoälyä työssä", "dùng AI trong công việc",
# "काम में AI इस्तेमाल", "কাজে AI ব্যবহার"): the field's skills for one's own work, not a job designing it
# (lead trial 17); the verbs of using are read by `skill_use.says_using`, these are the places of work
AT_WORK = (
    "at work", "in my job", "in my work", "at my job", "in my classes", "in my teaching", "in meiner arbeit",
    "bei der arbeit", "bei meiner arbeit", "im job", "im beruf", "im unterricht", "en mi trabajo",
    "en el trabajo", "en mis clases", "en clase", "au travail", "dans mon travail", "dans mon métier",
    "dans mes cours", "en classe", "työssä", "työssäni", "työpaikalla", "opetuksessa", "trong công việc",
    "trong lớp", "khi làm việc", "काम में", "कक्षा में", "kaam mein", "kaam me", "কাজে", "ক্লাসে", "kaje",
)  # fmt: skip
# words of needing ("I need", "brauche", "necesito", "tarviin", "cần"): with a purpose at the job one has, the
# subject is asked for as courses ("tarviin jotain python-juttua työhön"), not stated as held
NEED_PREFIXES = (
    "need", "brauch", "necesit", "besoin", "tarvi", "tarvii", "cần", "ज़रूरत", "जरूरत", "दरकार",
    "দরকার", "lagbe",
)  # fmt: skip
# feeling stuck at work (starts of words): how someone is, no job held and no subject; with nothing else
# named the counsellor's opening ("olen jumissa urallani", "मैं नौकरी में अटका हुआ हूँ")
STUCK = (
    "stuck", "estancad", "atascad", "bloqué", "bloque", "coincé", "coince", "jumissa", "jumittu", "jumiss",
    "stecke", "feststeck", "bế tắc", "be tac", "अटका", "अटकी", "अटके", "फँसा", "फंसा", "फँसी", "फंसी",
    "phansa", "atka", "আটকে", "atke",
)  # fmt: skip
# a time of day or week one can study at ("evening classes", "abends", "por las tardes", "iltaisin"): a
# constraint's words, no subject to search for
STUDY_TIMES = frozenset(
    "evening evenings night nights morning mornings afternoon afternoons weekday weekdays abends abend "
    "morgens nachmittags tarde tardes noche noches mañana mañanas soir soirs soirée soirées matin matins "
    "illalla illat iltaisin aamuisin aamulla päivisin tối sáng chiều शाम सुबह রাতে সন্ধ্যায় সকালে".split()
)
# words of becoming ("to become", "werden", "llegar a ser", "devenir", "trở thành", "बनना", "হতে"): a job
# named with one is where the learner wants to go (Finnish says it with the translative "-ksi" ending)
# taking up a direction the assistant offered ("Datenbankadministrator klingt gut", "support informatique
# pourquoi pas", "cloud sounds good"): with a field or a job named, a goal
APPROVAL = (
    "klingt gut", "klingt interessant", "hört sich gut an", "hoert sich gut an", "gefällt mir",
    "gefaellt mir", "wäre was", "wär was", "waere was", "pourquoi pas", "ça me plaît", "ca me plait",
    "ça me tente", "ca me tente", "ça me dit bien", "ca me dit bien", "ça me branche", "ca me branche",
    "sounds good", "sounds great", "sounds fine", "sounds ok", "sounds okay", "sounds interesting",
    "sounds like a plan", "sounds right", "sound good", "sound great", "sound interesting", "why not",
    "suena bien", "me gusta", "me interesa", "kuulostaa hyvältä",
    "nghe hay đấy",
    # session 11, Vietnamese, Hindi and Bengali ("data wala kaam theek rahega", "ডেটার কাজ ভালো লাগবে")
    "nghe hay", "nghe được", "cũng được", "được đấy", "được đó", "ổn đấy", "cung duoc", "nghe hay do",
    "theek rahega", "thik rahega", "accha rahega", "acha rahega", "achha rahega", "sahi rahega",
    "ठीक रहेगा", "अच्छा रहेगा", "सही रहेगा", "bhalo hobe", "bhalo lagbe", "ভালো হবে", "ভালো লাগবে",
)  # fmt: skip
# a direction said tentatively ("vielleicht was mit IT-Support?", "peut-être le support informatique", "quizás
# algo de redes", "ehkä jotain tietoturvaan liittyvää", "something with data maybe"): like a word of approval,
# the field it names is the goal (session 12, all eight languages)
HEDGES = (
    "maybe", "perhaps", "possibly", "vielleicht", "eventuell", "evtl", "womöglich", "peut-être", "peut être",
    "peutetre", "peut etre", "possiblement", "quizás", "quizas", "quizá", "quiza", "tal vez", "talvez",
    "a lo mejor", "ehkä", "ehka", "kenties", "mahdollisesti", "có lẽ", "co le", "chắc là", "शायद", "shayad",
    "হয়তো", "hoyto", "hoyto ba",
)  # fmt: skip
# verbs of living and working that say where someone is, not what they do ("ich wohne in Berlin", "vivo en
# Sevilla", "j'habite à Lyon", "asun Tampereella", "olen töissä Helsingissä"): with a place only, no job
LIVE_OR_WORK = frozenset(
    "live lives living work works working based wohne lebe arbeite wohnen arbeiten vivo trabajo vive trabaja "
    "estoy habite j'habite habité travaille vis suis asun asuu asumme työskentelen töissä olen "
    # session 20: colloquial verbs of working ("je bosse à l'hôpital", "curro en un bar", "oon duunissa")
    "bosse bossé taffe curro curra duunissa duunis".split()
)
# session 20 (goals20, lead trial 15's 01 and 05: roles 'centre' of "I work in a call centre", 'banco' of
# "trabajo en un banco"): places of work, which are no job ("I work in a bank", "im Krankenhaus", "dans une
# banque", "pankissa", "ở ngân hàng", "बैंक में", "কল সেন্টারে"); a role phrase of nothing but these and verbs
# of working names no job (`labels.role_label`), one with a job beside them keeps it ("a clerk at a bank",
# "bank clerk"); the inflected forms learners write (Bengali endings) are read by `workplace_word`
WORKPLACES = frozenset(
    (
        "bank banks hospital hospitals clinic clinics supermarket supermarkets shop shops store stores "
        "factory factories office offices restaurant restaurants hotel hotels company companies firm "
        "callcenter callcentre centre center "
        "krankenhaus krankenhäusern klinik kliniken supermarkt laden geschäft fabrik büro buero firma "
        "unternehmen callcenter call-center "
        "banco bancos hospital clínica clinica supermercado tienda fábrica fabrica oficina restaurante hotel "
        "empresa "
        "banque banques hôpital hopital clinique supermarché supermarche magasin boutique usine bureau "
        "restaurant hôtel entreprise "
        "pankki pankissa pankkiin sairaala sairaalassa kauppa kaupassa tehdas tehtaalla toimisto toimistossa "
        "ravintola ravintolassa hotelli hotellissa yritys yrityksessä puhelinpalvelu puhelinpalvelussa "
        "बैंक अस्पताल दुकान फैक्ट्री कारखाना कारखाने ऑफिस दफ्तर होटल कंपनी dukaan dukan "
        "ব্যাংক ব্যাংকে হাসপাতাল হাসপাতালে দোকান দোকানে কারখানা কারখানায় অফিস অফিসে হোটেল হোটেলে কোম্পানি "
        "কোম্পানিতে"
    ).split()
)
WORKPLACE_PHRASES = (
    "call centre", "call center", "contact centre", "contact center", "centre d'appels", "centre d'appel",
    "centro de llamadas", "centro de atención", "ngân hàng", "bệnh viện", "siêu thị", "cửa hàng", "nhà máy",
    "văn phòng", "nhà hàng", "khách sạn", "công ty", "tổng đài", "कॉल सेंटर", "call centre", "কল সেন্টার",
    "কল সেন্টারে",
)  # fmt: skip


def workplace_word(word: str) -> bool:
    """A word naming a place of work (`WORKPLACES`), also with a Bengali locative ending ("ব্যাংকে")."""
    low = word.casefold()
    return low in WORKPLACES or (low.endswith(("ে", "য়")) and low[:-1] in WORKPLACES)


# a clause opening with a verb of knowing states skills held ("kann schon HTML und CSS", "kenne mich mit
# Netzwerken aus", "je maîtrise Excel", "je connais un peu SQL"), whatever the rest of the message asks
# nouns of skills or experience, and the compounds they end ("EDV-Kenntnisse", "atk-taidot",
# "IT-Erfahrung"): what someone knows, never a job's words (`roles.job_held`, session 26); not
# "experience", "expérience", "experiencia": a job's words in "user experience designer", "diseñador de
# experiencia de usuario"
SKILL_NOUN_ENDINGS = tuple(
    "erfahrung erfahrungen kenntnisse kenntnissen know-how skills connaissances compétences competences "
    "conocimientos habilidades taidot taitoja taidoista kokemus kokemusta osaaminen osaamista".split()
)
KNOW_OPENERS = frozenset(
    "kann kenne beherrsche maîtrise maitrise connais sais know sé domino manejo conozco osaan "
    "hallitsen "
    "débrouille debrouille "  # "je me débrouille en Linux" (session 20; `understand._knows`)
    # "me defiendo con Canva", "je gère bien Canva", "me encargo de la contabilidad", "je m'occupe de la
    # compta" (session 21, skills21)
    "defiendo gère gere encargo occupe "
    "biết biet "  # "tôi biết một chút về mạng" (session 22, skills22)
    # the client's verb, as an adviser says it ("sie kann Excel", "er kennt Linux", "él sabe algo de Java",
    # "elle maîtrise Python", "hän osaa Excelin", "she knows SQL": session 22)
    "kennt beherrscht knows sabe conoce maneja domina connaît connait sait osaa hallitsee".split()
)
# the verb of knowing after what is known, in Hindi and Bengali and in their Latin-script writing ("C aata
# hai", "Excel jaanta hoon", "ami Excel pari", "मुझे Python आता है", "আমি Excel পারি", "জাভা আমার জানা আছে"):
# a skill held
KNOW_AFTER = frozenset(
    "आता आती आते जानता जानती जानते জানি জানা পারি aata aati aate ata ati jaanta janta jaanti janti jaante jani "
    "jaani pari".split()
)
# words of starting ("where do I start", "par où commencer", "wo fange ich an"): an opening, not a search
STARTING = frozenset(
    "start starting begin beginning commencer commence débuter debuter démarrer anfangen anfange fange "
    "beginnen beginne einsteigen einstieg empezar empiezo comenzar comienzo aloittaa aloitan aloittaisin "
    "bắt".split()
)
# "the way to" a job ("einen Weg zum Penetration Tester", "le chemin vers data engineer", "path to SOC
# analyst"): asking for the plan towards it, like a word of becoming
PATH_TO = ("weg zum", "weg zur", "lernweg zum", "lernweg zur", "chemin vers", "chemin pour", "path to",
           "road to", "camino para", "camino hacia", "ruta para")  # fmt: skip
BECOME = frozenset(
    "become becoming werden werde werd wirst ser convertirme hacerme devenir deviens devienne deviennes "
    "trở thành tro thanh बनना बनने बनूँ बनूं बनें banna "
    "banne হতে হব hote hobo হওয়ার হওয়া hoyar hoa".split()
)
# the start of a word of learning ("learn", "lernen", "aprender", "apprendre", "opetella", "opiskella",
# "oppia", "học", "सीखना", "শিখতে", "seekhna"): with a purpose at the job one has, a need, not a skill held
# words about learning itself or the learner's past, no subject: "which skills should I pick up?", "a
# learning path", "was sollte ich mit meinem Hintergrund studieren?" name nothing to plan towards
ABOUT_LEARNING = frozenset(
    "skill skills learning pick next something stuff study studies background experience profile "
    "degree diploma qualification qualifications options option directions direction ideas suggestions "
    "fähigkeiten kenntnisse hintergrund erfahrung profil studieren studium lernen "
    "habilidades conocimientos perfil experiencia estudiar "
    "compétences connaissances profil expérience étudier "
    "taitoja taidot tausta taustallani kokemus opiskella "
    "kỹ năng kinh nghiệm nền tảng "
    "कौशल स्किल्स बैकग्राउंड अनुभव পড়া দক্ষতা ব্যাকগ্রাউন্ড অভিজ্ঞতা".split()
)
# the header of a CV line listing skills held ("Taidot: Java, Git", "Kenntnisse: SQL (gut), Excel",
# "Compétences : ...", "Habilidades: ...", "Tech stack: ..."): what follows it, up to the end of its
# sentence, is held
CV_HEADERS = frozenset(
    "skills skill stack kenntnisse fähigkeiten kompetenzen it-kenntnisse edv-kenntnisse habilidades "
    "conocimientos competencias compétences connaissances taidot osaaminen osaamiseni kỹ năng कौशल স্কিল "
    "দক্ষতা "
    # session 17 (acts17): the tools and certificates lines of a CV ("certs: CompTIA A+. tools: Wireshark")
    "tools software certs certificates certifications technologies tech werkzeuge tools zertifikate "
    "zertifizierungen herramientas certificaciones certificados outils logiciels certifications "
    "työkalut ohjelmistot sertifikaatit sertifikaatti công cụ phần mềm chứng chỉ टूल्स सॉफ्टवेयर सर्टिफिकेट "
    "টুলস সফটওয়্যার সার্টিফিকেট".split()
)
# "what should I take first?": a question of order, a plan's
FIRST = ("first", "firstly", "zuerst", "primero", "primera", "d'abord", "ensin", "ensimmäiseksi",
         "trước tiên", "đầu tiên", "पहले", "প্রথমে")  # fmt: skip
LEARN_PREFIXES = (
    "learn", "lern", "aprend", "apprend", "oppi", "opet", "opisk", "học", "hoc", "सीखन", "सीखने", "शिक्षा",
    "শিখত", "শিখব", "শেখা", "seekhn", "sikhn", "shikht", "shekha",
)  # fmt: skip
# "to learn" in Hindi and Bengali and their Latin-script writing ("HPC seekhna hai", "ডেটা শিখতে চাই"): what
# follows is to be learnt, never a skill held (session 16: "HPC seekhna hai" was saved as a held skill)
LEARN_INFINITIVES = ("seekhn", "sikhn", "shikht", "shekha", "सीखन", "सीखने", "শিখত", "শেখা")
# the whole field the catalogue serves, named as such ("IT", "tech", "l'informatique", "tietotekniikka", "công
# nghệ thông tin", "आईटी", "আইটি"): a wish to go there names no goal to plan for (it linked "computer
# scientist"), but asks where in it to start: the counsellor's opening with directions
BROAD_FIELD = frozenset(
    # session 17: "computer" alone ("बच्चों को कंप्यूटर", "3 h/week" after it set the goal 'computer')
    "it ict tech computer computers computing कंप्यूटर কম্পিউটার "
    "informatik edv informática informatica informatique tietotekniikka "
    "tietotekniikkaan tietotekniikan it-ala it-alalle it-alaa it-alan cntt आईटी আইটি".split()
)
BROAD_FIELD_PHRASES = ("công nghệ thông tin", "cong nghe thong tin", "information technology")
BROAD_FIELD_PREFIXES = ("tietotekniik", "it-ala", "informati")  # Finnish case forms, "informática/-que/-k"

# a school-leaving qualification or a first degree held ("tengo el bachillerato", "j'ai un bac pro commerce",
# "olen ylioppilas", "Ich habe Abitur", "12th pass", "এইচএসসি পাস", "a bachelor in commerce"): background,
# never the job held (session 20, skills20; a done course it is not either: these words are no `DEGREE_WORDS`)
SCHOOL_LEAVING = frozenset(
    "abitur abi fachabitur matura realschulabschluss hauptschulabschluss bachillerato bachiller selectividad "
    "eso "  # Spain's secondary school certificate ("solo tengo la ESO": session 22)
    "bac baccalauréat baccalaureat bachelier bachelière brevet ylioppilas ylioppilaaksi ylioppilastutkinto "
    "ylioppilastutkinnon gcse gcses a-levels hsc ssc bachelor bachelors bachelor's "
    "এইচএসসি এসএসসি इंटरमीडिएट बारहवीं दसवीं 12th 10th".split()
    # "teaching maths in a high school" is a job: only the school's leaving certificate is background
    + ["high school diploma", "high school graduate", "mittlere reife", "bac pro", "12th pass", "10th pass"]
)
# session 15 (t10roles): whose facts, and what they are
# a status, not a job held: retired, studying (a relative "studies at college", "a master's student"); out of
# work is `NOT_A_JOB`. A role phrase with one of these is no current job (`roles.job_held`)
STATUS_WORDS = frozenset(
    "retired retiree pensioner student students studying studies undergrad undergraduate uni "
    "rentner rentnerin pensioniert pensionär ruhestand student studentin studiere studiert studierende "
    "schüler schülerin "
    "jubilado jubilada jubilados pensionista retirado retirada estudiante estudiantes estudiando estudio "
    "estudia universidad "
    "retraite retraité retraitée retraités étudiant étudiante étudiants lycéen lycéenne "
    "eläkkeellä eläkeläinen eläkeläisenä opiskelija opiskelijana opiskelen opiskelee "
    "रिटायर रिटायर्ड सेवानिवृत्त छात्र छात्रा स्टूडेंट पढ़ता पढ़ती पढ़ाई "
    "অবসরপ্রাপ্ত অবসর ছাত্র ছাত্রী শিক্ষার্থী পড়ি পড়ে পড়াশোনা পড়ছে "
    # a degree being studied, by its short name or its year (session 23, days23: "BSc फिजिक्स के आखिरी साल में
    # हूँ", "BCom final year", "je suis en terminale", "fysiikan jatko-opiskelija"): background, no job (a
    # doctoral researcher, "väitöskirjatutkija", "Doktorand", is a paid post and stays one)
    "bsc msc bcom mcom bba mba phd bca mca btech mtech jatko-opiskelija terminale".split()
    + ["nghỉ hưu", "về hưu", "hưu trí", "sinh viên", "học sinh", "đang học", "master's", "masters"]
    + list(SCHOOL_LEAVING)
    # session 29: having left or dropped out of school is where someone is, no job ("Tom, 19, left school":
    # "your client works as left school" before), in the eight languages
    + [
        *"school-leaver dropout drop-out schulabgänger schulabgängerin schulabbrecher schulabbrecherin "
        "décrocheur décrocheuse koulupudokas".split(),
        *("left school", "leaving school", "school leaver", "dropped out", "quit school", "finished school"),
        *("schule abgebrochen", "schule verlassen", "schule beendet", "die schule abgebrochen"),
        *("dejó el colegio", "dejó la escuela", "dejó los estudios", "abandonó los estudios", "sin estudios"),
        *("salió del instituto", "recién salido", "recién salida", "ni estudia ni trabaja"),
        *("a quitté l", "quitté l'école", "sorti du lycée", "sortie du lycée", "sans diplôme"),
        *("jätti koulun", "keskeytti koulun", "lopetti koulun", "jättänyt koulun", "keskeyttänyt koulun"),
        *("bỏ học", "nghỉ học", "thôi học"),
        *("स्कूल छोड़", "पढ़ाई छोड़", "school chhod", "padhai chhod", "school chod", "padhai chod"),
        *("স্কুল ছেড়ে", "পড়াশোনা ছেড়ে", "পড়া ছেড়ে", "school chere", "porashona chere"),
    ]
)
# a course taken, said with a past verb of doing, taking or attending next to a course word ("he did an AWS
# cloud basics course", "hice un curso de Google Analytics", "tein AWS-peruskurssin", "maine AWS ka course
# kiya tha", "একটা AWS কোর্স করেছি"): a course held, named or not (session 20,
# `understand.took_course`)
TOOK_VERBS = frozenset(
    "did took attended completed finished followed passed done taken "
    "gemacht besucht absolviert belegt abgeschlossen "
    "hice hizo hicimos hecho tomé tome tomó cursé curse cursó seguí segui terminé termine completé aprobé "
    "fait suivi terminé validé obtenu "
    "tein teki tehnyt kävin kävi käynyt suoritin suoritti suorittanut "
    "kiya kiyaa kari किया की करा "
    "করেছি করেছিলাম করেছে করেছেন korechi korechilam".split()
)
TOOK_PHRASES = ("đã học", "học xong", "đã làm", "đã hoàn thành", "đã tham gia", "da hoc", "hoc xong")
# the endings of compound course words ("AWS-Grundlagenkurs", "AWS-peruskurssin", "Excel-Kurse")
COURSE_ENDINGS = ("kurs", "kurse", "kurses", "kurssi", "kurssin", "kurssia", "kurssit")

# a degree or diploma held ("I have a math degree", "ich hab nen Mathe-Abschluss", "soy licenciado en
# matemáticas", "j'ai un diplôme en maths", "mulla on matematiikan tutkinto"): what someone already knows, and
# no job (session 18, trans18)
DEGREE_WORDS = frozenset(
    "degree degrees diploma abschluss abschlüsse studienabschluss diplom licenciado licenciada licenciatura "
    "titulado titulada diplôme diplome diplômé diplômée tutkinto tutkinnon tutkinnosta tutkinnot".split()
)
# where someone works, said before or after the job ("at a bakery in Leeds", "bei einer Spedition in Hamburg",
# "en un hotel de Málaga", "dans une PME", "ở Bình Dương", "tại một công ty"): the role ends before it
# (`roles.job_held`); "of"/"de" are left alone, they are part of job names ("administrador de bases de datos")
PLACE_PREPOSITIONS = {
    "en": ("at", "in", "near", "for", "from"),
    "de": ("bei", "beim", "in", "im", "an", "am", "für", "aus"),
    "es": ("en", "para"),
    "fr": ("dans", "à", "a", "chez", "pour"),
    "vi": ("ở", "tại", "cho", "o", "tai"),
}
# the job named after "as" ("je travaille dans une PME comme assistante administrative", "Ich arbeite als
# Disponentin bei ...", "trabajo de recepcionista en ..."): what follows is the job
AS_WORDS = frozenset("as als comme como".split())
# a preference that opens a clause ("ideally as a pentester", "am liebsten als Pentester", "idealmente como
# pentester", "de préférence comme", "mieluiten", "tốt nhất là làm", "ho sake to ... ke roop mein", "পারলে ...
# হিসেবে"): with a word of "as" it names the job wished for, never the job held (session 19, roles19); whole
# phrases among the clause's first words ("tốt nghiệp", graduated, is no "tốt nhất")
PREFERENCE = (
    "ideally", "preferably", "ideal", "idealerweise", "am liebsten", "vorzugsweise", "idealmente",
    "preferiblemente", "preferentemente", "de preferencia", "idéalement", "idealement", "de préférence",
    "de preference", "mieluiten", "mieluummin", "ihannetapauksessa", "tốt nhất", "lý tưởng nhất", "ưu tiên",
    "behtar", "बेहतर", "आदर्श रूप से", "संभव हो तो", "আদর্শভাবে", "পারলে",
)  # fmt: skip
PREFERRED_AS = frozenset("as als como comme làm lam roop रूप হিসেবে hishebe".split())
# Hindi/Bengali postpositions of place: the words before them name where ("लखनऊ में एक बैंक में क्लर्क")
PLACE_POSTPOSITIONS = frozenset("में पर mein me par".split())
# an adviser's verbs of working with someone, and the people they speak of ("I'm counselling a woman in her
# forties", "Ich berate einen jungen Mann", "atiendo a un chico", "j'accompagne une jeune femme", "ohjaan
# nuorta miestä", "tôi đang tư vấn cho một bạn nữ", "मैं एक लड़के को सलाह दे रहा हूँ", "আমি একটি ছেলেকে
# পরামর্শ দিচ্ছি"): the message speaks of that person, a client (`slots.speaks_of_someone_else`)
ADVISING_VERBS = frozenset(
    "counselling counseling counsel advising advise coaching mentoring "
    "berate betreue begleite coache "
    "asesoro atiendo oriento acompaño "
    # "tengo un chavo de 19 años que quiere …": an adviser's "I have" with a person word near (lead trial 19)
    "tengo tenemos "
    "accompagne conseille "
    "ohjaan neuvon valmennan "
    "सलाह गाइड মেন্টর পরামর্শ".split()
    + ["tư vấn", "hướng dẫn", "kèm"]
)
PERSON_NOUNS = frozenset(
    "man woman person guy girl boy lad gentleman lady youngster "
    "mann frau person jungen junge mädchen herrn dame jugendlichen menschen "
    "chico chica hombre mujer persona señor señora joven muchacho muchacha "
    "chavo chava morro morra pibe piba chaval chavala chamo chama "
    "homme femme personne jeune garçon fille monsieur madame "
    "miestä naista henkilöä nuorta poikaa tyttöä miehen naisen "
    "लड़के लड़की लड़का व्यक्ति महिला आदमी "
    "ছেলেকে মেয়েকে ছেলে মেয়ে ব্যক্তিকে মহিলাকে".split()
    + ["bạn nữ", "bạn nam", "một bạn", "chàng trai", "cô gái", "một người", "anh chàng"]
)
# a language named as what someone teaches or studies ("मैं हिंदी पढ़ाती हूँ", "an English teacher", "profesora
# de inglés", "ইংরেজি পড়াই"): a subject, no study language (`slots`)
TEACHING_WORDS = frozenset(
    "teacher teach teaching teaches taught lecturer tutor literature "
    "lehrer lehrerin unterrichte unterrichtet lehre literatur "
    "profesor profesora maestro maestra enseño enseña literatura "
    "professeur professeure prof enseigne enseignant enseignante littérature "
    "opettaja opettajana opetan opettaa kirjallisuus kirjallisuuden "
    "dạy giảng "
    "टीचर शिक्षक शिक्षिका पढ़ाती पढ़ाता पढ़ाते अध्यापक अध्यापिका साहित्य "
    "পড়াই পড়ান শিক্ষক শিক্ষিকা টিচার সাহিত্য".split()
    + ["giáo viên", "văn học"]
)
# the speaker's younger/older siblings and children in Vietnamese ("em gái tôi", "con trai mình"): a relative
VI_RELATIVES = frozenset(
    ["em gái", "em trai", "anh trai", "chị gái", "con trai", "con gái", "cháu tôi", "cháu mình", "con tôi"]
)
# Vietnamese words of two syllables whose second one alone is a function or slot word ("học": learn, "viên"):
# "đại học" (university), "khoa học dữ liệu" (data science) keep both syllables (`understand.content`)
VI_COMPOUNDS = frozenset(
    f"{a} học" for a in "đại tiểu trung khoa tin sinh hóa hoá toán văn y triết tâm ngôn luật kinh".split()
) | frozenset(["dai hoc", "tieu hoc", "trung hoc", "khoa hoc", "tin hoc", "mầm non", "mam non", "mẫu giáo"])

# words naming a credential rather than a job, in the served languages
CREDENTIAL_WORDS = frozenset(
    "course courses certificate certification cert certs diploma badge exam kurs kurse kurses zertifikat "
    "prüfung curso cursos certificado certificación cours certificat diplôme kurssi kurssin sertifikaatti "
    "todistus khóa khoá chứng chỉ कोर्स सर्टिफिकेट प्रमाणपत्र কোর্স সার্টিফিকেট সনদ".split()
)


# session 21 (roles21): a job said as running a business, driving a vehicle or doing a trade
# (`roles.run_role`; known words, so no typing slip: "drive" was read back as "driven")
# verbs of running a business, said before it (SVO languages) or after it (Hindi, Bengali, romanised)
RUN_BEFORE = frozenset(
    "run runs own owns have has führe betreibe habe tengo llevo regento "
    "tiens gère ai pidän omistan pyöritän mở có".split()
)
# verbs of driving, before the vehicle (Hindi and Bengali run and drive with one verb, after it)
DRIVE_BEFORE = frozenset("drive drives fahre conduzco manejo conduis ajan chạy lái".split())
RUN_AFTER = frozenset("चलाता चलाती चलाते चलाया chalata chalati chalate চালাই চালান চালায় চালাচ্ছি chalai".split())
# a business of one's own said with "is/has" ("meri dukaan hai", "আমার একটা দোকান আছে")
HAVE_AFTER = frozenset("है hai আছে ache".split())
DO_AFTER = frozenset("करता करती करते करते karta karti karte করি করেন কোরি kori".split())
VEHICLES = frozenset(
    "taxi taxis cab van truck lorry bus auto rickshaw tuk-tuk uber minibus lkw lieferwagen transporter "
    "camión camion autobús furgoneta camionnette taksia bussia rekkaa pakettiautoa kuorma-autoa taksi bussi "
    "rekka grab ऑटो टैक्सी ट्रक बस रिक्शा कैब गाड़ी टेम्पो ई-रिक्शा gaadi gadi tempo e-rickshaw "
    "রিকশা সিএনজি অটো ট্যাক্সি ট্রাক বাস গাড়ি cng".split()
) | {"xe ôm", "xe tải", "xe buýt", "xe khách", "xe taxi"}
# (never "workshop", "taller", "atelier": a session run for people too, "I run a workshop for 12 unemployed")
BUSINESSES = frozenset(
    "shop store café cafe restaurant bakery salon stall kiosk farm hotel bar pub boutique garage "
    "laden geschäft restaurant bäckerei kiosk imbiss friseursalon bauernhof werkstatt "
    "tienda tiendita negocio restaurante panadería cafetería puesto peluquería "
    "boulangerie magasin épicerie garage ferme "
    "kauppaa kahvilaa ravintolaa leipomoa kioskia liikettä yritystä parturia kampaamoa korjaamoa "
    "दुकान ढाबा होटल कैफे रेस्टोरेंट dukaan dukan dhaba "
    "দোকান রেস্টুরেন্ট হোটেল dokan".split()
) | {"cửa hàng", "quán", "tiệm", "sạp", "quán ăn", "quán cà phê"}

# session 21 (roles21): words of degree and fillers said before how someone is ("je suis vraiment débutante",
# "bin echt totaler Anfänger", "oon ihan aloittelija", "सच में मैं बिल्कुल नई हूँ", "আমি একদম নতুন"): never a job,
# and what follows them says how someone is (`names_no_job`)
DEGREE_FILLERS = frozenset(
    "really very so quite totally complete completely absolutely honestly truly just pretty kinda "
    "echt wirklich ziemlich völlig ganz sehr eher totaler totale kompletter "
    "muy bastante realmente totalmente completamente verdad súper super medio "
    "vraiment très complètement totalement franchement assez plutôt tout toute carrément "
    "ihan tosi aivan täysin todella melko aika "
    "rất khá hoàn toàn thật sự thực "
    "बिल्कुल बिलकुल सच एकदम काफी बहुत bilkul ekdum ekdam bahut sach "
    "একদম একেবারে সত্যি সত্যিই খুব বেশ ekdom ekebare khub".split()
)
# how someone is, after those words ("nulle en informatique", "नई", "নতুন")
NOT_A_JOB |= frozenset(
    "nul nulle nuls nulles perdus perdues novice novices novato novata nouvelle aloittelijana "
    "नया नई नए नयी नौसिखिया नौसिखिए naya nayi নতুন notun "
    # a denied phrase says what someone is not ("je suis vraiment pas doué avec l'informatique"), no job held
    "pas not nicht kein keine doué douée doués douées".split()
)
# an interest said with a phrase rather than a word of interest ("I'm really into ML", "thích AI lắm",
# "quan tâm đến dữ liệu", "मुझे AI का शौक है"): a field, no job (`area_refinement.interest_only`)
INTEREST_PHRASES = (
    "i'm into",
    "im into",
    "i am into",
    "really into",
    "passionate about",
    "fascinated by",
    "me apasiona",
    "me encanta",
    "me passionne",
    "m'intéresse",
    "fasziniert",
    "thích",
    "quan tâm",
    "शौक",
    "pasand",
    "ভালো লাগে",
    "ভালোবাসি",
)
# fields of work said with "I work in" in German and Finnish (`understand._FIELD_CUE`): a field, no workplace
WORK_FIELDS = frozenset(
    "kundenservice kundendienst kundensupport kundenbetreuung vertrieb verkauf buchhaltung pflege logistik "
    "verwaltung gastronomie einzelhandel marketing personalwesen "
    "asiakaspalvelu asiakastuki myynti kirjanpito logistiikka hallinto markkinointi hoitoala "
    "vähittäiskauppa".split()
)

# session 25 (lead25fix): subjects of work outside the catalogue's field, in English (the glossary gives their
# English from the other languages): a topic whose head word is one of them and that no entry teaches is said
# to be lacking ("digital marketing" searched as "digital" listed Digital Forensics; lead trial 21's 20)
OTHER_FIELDS = frozenset(
    "marketing advertising accounting bookkeeping nursing cooking baking hairdressing carpentry plumbing "
    "photography sales retail law tourism hospitality fashion tailoring farming agriculture".split()
)
# session 27 (roles27): the sectors a field of IT is applied in, in English (the glossary's reading of the
# other languages): beside a field of work they say where it is used, not what is learnt ("data analytics in
# healthcare" is data analytics; lead trial 22's 05 listed online safety for its word "health")
APPLICATION_DOMAINS = frozenset(
    "health healthcare hospital hospitals medical medicine clinical clinic nursing pharma pharmaceutical "
    "agriculture agricultural farming farms farm finance financial banking banks insurance retail logistics "
    "manufacturing construction tourism hospitality government".split()
)
