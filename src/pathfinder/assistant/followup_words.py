"""Short follow-ups about what was just shown, read as word families in the eight served languages: "is it
officially recognised?", "which one should I do first?", "what should I take in between then?", "how many
hours is all of that together?", "so what's left?" (session 12). Pure functions over the message text; what
they refer to (the course in focus, the pair compared, the certificate whose parts were listed) is read from
the dialogue state by `followups_shown`."""

from __future__ import annotations

import re

# "is it recognised / accredited / official?": the quality assurance and awarding body as recorded
_RECOGNISED = re.compile(
    r"\b(?:recogni[sz]ed|recognition|accredit\w*|official(?:ly)?|state[- ]approved|"
    # the verb too ("do employers recognise them?", "¿las empresas reconocen...?", session 20)
    r"recogni[sz]es?|anerkenn\w*|reconoc\w*|reconnai\w*|reconnaî\w*|tunnustav\w*|"
    r"anerkannt\w*|anerkennung|akkreditiert\w*|staatlich\w*|zertifiziert\w*|"
    r"reconocid[oa]s?|reconocimiento|acreditad[oa]s?|oficial(?:es|mente)?|homologad[oa]s?|"
    r"reconnue?s?|reconnaissance|accr[ée]dit[ée]e?s?|officiel(?:le)?(?:ment)?|"
    r"tunnustet\w*|tunnustus|virallinen|virallisesti|akkreditoi\w*|hyväksytty|"
    r"manyata|maanyata|manyaprapt|sarkari|sweekrit|swikrito|sikrito|shikrito)\b|"
    r"công nhận|cong nhan|chính thức|chinh thuc|kiểm định|kiem dinh|chứng nhận|"
    r"मान्यता|मान्य|सरकारी|प्रमाणित|স্বীকৃত|স্বীকৃতি|সরকারি|অনুমোদিত",
    re.IGNORECASE,
)

# "which one first?", "in what order?": an order of the two compared
_FIRST = re.compile(
    r"\b(?:first|before|start with|begin with|order|zuerst|erst|als erstes|vorher|anfangen|reihenfolge|"
    r"primero|antes|empezar|empiezo|orden|d'abord|en premier|avant|commencer|commence|ordre|"
    r"ensin|ensimmäiseksi|ensimmäisenä|aloittaa|aloitan|järjestys\w*|pehle|pahle|shuru|prothome|agey)\b|"
    r"trước|truoc|thứ tự|thu tu|bắt đầu|bat dau|पहले|शुरू|क्रम|আগে|প্রথমে|শুরু|ক্রম",
    re.IGNORECASE,
)

# "what should I take in between?": the courses that bridge from the lower to the higher
_BETWEEN = re.compile(
    r"\b(?:in between|in-between|between (?:them|the two|those|these|both)|bridge|bridging|gap between|"
    r"dazwischen|überbrück\w*|ueberbrueck\w*|zwischen (?:den|beiden)|"
    r"en medio|entre medias|entre (?:los|las|ambos|ambas|ellos)|entre les deux|entre eux|entre-deux|"
    r"välissä|väliin|välille|niiden välillä|beech mein|beech me|bich me|bich mein|majhe|majhkhane)\b|"
    r"ở giữa|o giua|giữa hai|giua hai|khoảng giữa|बीच में|बीच|মাঝে|মাঝখানে|মধ্যবর্তী",
    re.IGNORECASE,
)

# "all of that together", "both", "in total": the courses in focus taken together
_TOGETHER = re.compile(
    r"\b(?:together|combined|both|all of (?:that|it|them|this|those)|in total|altogether|all in all|"
    r"zusammen|beide|beiden|insgesamt|gesamt|juntos|juntas|ambos|ambas|los dos|las dos|en total|"
    r"ensemble|les deux|au total|en tout|yhteensä|yhteensa|molemmat|molempien|yhdessä|yhdessa|"
    r"milakar|milake|dono|donon|kul|duto|dutoi|miliye|mot)\b|"
    r"cả hai|ca hai|tổng cộng|tong cong|cộng lại|cong lai|tất cả|दोनों|मिलाकर|कुल|সব মিলিয়ে|দুটো|দুটি|মিলিয়ে|মোট",
    re.IGNORECASE,
)

# a quantity asked: hours, weeks, price
_AMOUNT = re.compile(
    r"\b(?:how (?:many|much|long)|hours?|weeks?|cost\w*|price\w*|fees?|ects|"
    r"wie (?:viel\w*|lange)|stunden|wochen|kost\w*|preis\w*|"
    r"cu[aá]nt[oa]s?|horas|semanas|cuesta\w*|precio\w*|coste?\w*|"
    r"combien|heures|semaines|co[uû]t\w*|prix|"
    r"kuinka (?:monta|paljon|kauan)|paljonko|tuntia|tunteja|viikkoa|maksa\w*|hinta\w*|"
    r"kitne|kitna|kitni|ghante|ghanta|hafte|kharcha|daam|koto|ghonta|shoptaho|khoroch|dam)\b|"
    r"bao nhiêu|bao nhieu|bao lâu|bao lau|mấy giờ|may gio|giờ|tuần|chi phí|chi phi|giá|học phí|"
    r"कितने|कितना|कितनी|घंटे|हफ्ते|खर्च|कीमत|কত|ঘণ্টা|সপ্তাহ|খরচ|দাম",
    re.IGNORECASE,
)

# "so what's left?", "the rest": what is still needed after parts were marked as held
_REST = re.compile(
    r"\b(?:what'?s left|what is left|left to (?:do|take)|remaining|the rest|rest of|still (?:need|have to)|"
    r"was fehlt|fehlt noch|fehlen noch|der rest|den rest|restlich\w*|übrig\w*|noch offen|"
    r"lo que (?:me )?queda|qu[eé] (?:me )?queda|me falta|el resto|lo dem[aá]s|los dem[aá]s|"
    r"ce qui (?:me )?reste|qu'est-ce qui reste|il (?:me )?reste|le reste|reste-t-il|me manque|"
    r"loput|loppu\w*|jäljellä|jaljella|jäljelle|puuttuu|mitä jää|"
    r"baaki|baki|bacha|bache|baki gulo|bakigulo)\b|"
    r"còn lại|con lai|còn gì|con gi|còn thiếu|con thieu|बाकी|बचा|बचे|বাকি|বাকিগুলো|অবশিষ্ট",
    re.IGNORECASE,
)


def asks_recognition(text: str) -> bool:
    """Whether a message asks if a credential is recognised, accredited or official."""
    return bool(_RECOGNISED.search(text))


def asks_order(text: str) -> bool:
    """Whether a message asks which of two courses comes first ("which one should I do first?")."""
    return bool(_FIRST.search(text))


def asks_between(text: str) -> bool:
    """Whether a message asks what to take between two courses ("what should I take in between then?")."""
    return bool(_BETWEEN.search(text))


def asks_together(text: str) -> bool:
    """Whether a message asks a quantity of the courses in focus together ("how many hours is all of that
    together?", "wie viel kosten beide zusammen?")."""
    return bool(_TOGETHER.search(text)) and bool(_AMOUNT.search(text))


def asks_rest(text: str) -> bool:
    """Whether a message asks what is still needed ("so what's left and what does it cost?")."""
    return bool(_REST.search(text))


def asks_amount(text: str) -> bool:
    """Whether a message asks hours, weeks or a price ("and the price?", "how long at 5 hours a week?")."""
    return bool(_AMOUNT.search(text))


# "I did it", "tein sen", "kar liya": a course said to be done in the past tense the `DONE` words miss
_DID = re.compile(
    r"\b(?:i did (?:it|that|this|them|those)|did (?:it|that) already|i(?:'ve| have) (?:done|taken|taken it)|"
    r"tein sen|tein sen jo|olen tehnyt|kar liya|kar liyaa|kar chuka|kar chuki|kore felechi|korechi)\b|"
    r"कर लिया|कर चुका|कर चुकी|করে ফেলেছি|করেছি",
    re.IGNORECASE,
)


def says_did(text: str) -> bool:
    """Whether a message says a course was already done in words `vocab.DONE` does not hold ("I did it")."""
    return bool(_DID.search(text))


# session 15: the quickest or cheapest WAY to the goal ("fastest path?", "what's the quickest route there?",
# "¿cuál es el camino más rápido?", "le parcours le moins cher", "nopein reitti", "con đường nhanh nhất",
# "सबसे जल्दी वाला रास्ता", "সবচেয়ে দ্রুত পথ"): a plan by that strategy, not the quickest entry of a list
_FASTEST = re.compile(
    r"\b(?:fastest|quickest|shortest|schnellst\w*|kürzest\w*|kuerzest\w*|nopein|nopeimmin|lyhin|lyhyin)\b|"
    r"\bm[aá]s (?:r[aá]pid[oa]|cort[oa])\b|\ble plus (?:rapide|court)\b|\bla plus (?:rapide|courte)\b|"
    r"nhanh nhất|nhanh nhat|ngắn nhất|ngan nhat|सबसे (?:तेज़|तेज|जल्दी|छोटा|कम समय)|\bsabse (?:tez|jaldi|kam)\b|"
    r"সবচেয়ে (?:দ্রুত|তাড়াতাড়ি|ছোট|কম সময়)|\bsobcheye (?:druto|kom)\b",
    re.IGNORECASE,
)
_CHEAPEST = re.compile(
    r"\b(?:cheapest|least expensive|billigst\w*|günstigst\w*|guenstigst\w*|halvin|edullisin)\b|"
    r"\bm[aá]s barat[oa]\b|\b(?:le|la) moins ch[eè]re?\b|rẻ nhất|re nhat|सबसे सस्त|\bsabse sast|"
    r"সবচেয়ে সস্তা|\bsobcheye sosta",
    re.IGNORECASE,
)
_WAY = re.compile(
    r"\b(?:way|route|path|pathway|plan|roadmap|road|weg|lernweg|camino|ruta|itinerario|v[ií]a|chemin|"
    r"parcours|voie|trajet|polku|polun|reitti|tie|suunnitelma|raasta|rasta|tarika|poth|upay)\b|"
    r"lộ trình|lo trinh|con đường|con duong|रास्ता|राह|पथ|मार्ग|तरीका|प्लान|योजना|পথ|রাস্তা|উপায়|পরিকল্পনা",
    re.IGNORECASE,
)


# "by the way", "no way", "either way", "all the way": no way to a goal; nor "I plan to study evenings" (an
# intention, as `nlu.understand.asks_plan` reads it)
_NO_WAY = re.compile(
    r"\b(?:by the|no|either|all the|in a|in the) way\b|\b(?:plan|plans|planning)\s+(?:is\s+|was\s+)?to\b",
    re.IGNORECASE,
)


def names_way(text: str) -> bool:
    """Whether a message names a way, route or path ("what's my path?", "¿qué camino sigo?", "quel chemin ?",
    "रास्ता बताइए"), not in an idiom ("by the way")."""
    return bool(_WAY.search(_NO_WAY.sub(" ", text)))


def asks_best_way(text: str) -> str | None:
    """ "fastest" or "cheapest" when a message asks for the quickest or cheapest way to the goal ("fastest
    path?", "el camino más barato", "সবচেয়ে দ্রুত পথ কোনটা?"), else None."""
    if not _WAY.search(text):
        return None
    if _FASTEST.search(text):
        return "fastest"
    return "cheapest" if _CHEAPEST.search(text) else None


# where to begin: "to start with", "zum Einstieg", "para empezar", "pour commencer", "aloitukseen", "để bắt
# đầu", "शुरू करने के लिए", "শুরু করার জন্য" (session 16: "something shorter to start with?" after a long plan)
_TO_START = re.compile(
    r"\b(?:start\w*|begin\w*|get going|get started|kick off|einstieg\w*|einsteig\w*|anfang\w*|anfangen|"
    r"beginn\w*|empez\w*|empiez\w*|comenz\w*|arrancar|inicio|commenc\w*|démarr\w*|début\w*|départ|"
    r"aloit\w*|alkuun|aluksi|shuru\w*)\b|bắt đầu|bat dau|khởi đầu|nhập môn|शुरू|शुरुआत|শুরু",
    re.IGNORECASE,
)


def asks_to_start_with(text: str) -> bool:
    """Whether a message speaks of where to begin ("something shorter to start with?", "zum Einstieg")."""
    return bool(_TO_START.search(text))


# "what if I skip the second?", "was passiert, wenn ich den vierten weglasse?", "¿qué pasa si me salto el
# segundo?", "et si je saute le deuxième ?", "entä jos jätän neljännen väliin?", "bỏ qua khóa thứ hai thì
# sao?",
# "चौथा छोड़ दूँ तो क्या होगा?", "doosra skip karun toh kya hoga?", "দ্বিতীয়টা বাদ দিলে কী হবে?": a question about
# the consequence, not a step said done or dropped (session 22)
_WHAT_IF = re.compile(
    r"\bwhat if\b|\bwhat (?:would |will )?happens? (?:if|when)\b|\bwhat would happen if\b|"
    r"\bwould it matter if\b|"
    r"\bwas (?:passiert|wäre|waere|geschieht|ist),? (?:denn )?(?:wenn|falls)\b|\bund wenn ich\b|"
    r"\bqu[eé] (?:pasa|pasar[ií]a|ocurre|ocurrir[ií]a) si\b|\by si (?:me |no |lo |la )|"
    r"\bet si\b|\bque se passe(?:-t-il|rait-il)? si\b|\bqu'est-ce qui se passe(?:rait)? si\b|"
    r"\bqu'arrive(?:-t-il|rait-il)? si\b|"
    r"\bentä jos\b|\bmitä jos\b|\bmitä (?:tapahtuu|käy|seuraa),? jos\b|"
    r"thì sao|thì thế nào|thì có sao không|\bthi sao\b|"
    r"तो क्या होगा|तो क्या हो जाएगा|\b(?:to|toh|tab) kya hoga\b|\bkya hoga\b|"
    r"(?:দিলে|করলে|না করলে) (?:কী|কি) হবে|\b(?:dile|korle) ki hobe\b",
    re.IGNORECASE,
)


def asks_what_if(text: str) -> bool:
    """Whether a message asks what would follow from a change ("what if I skip the second?") rather than
    making it ("skip the second, I've done it")."""
    return bool(_WHAT_IF.search(text))


# a step not taken, said inside a what-if ("if I left out the third", "wenn ich den dritten nicht mache", "si
# no hago el tercero", "si je ne fais pas le troisième", "jos en käy kolmatta", "không học khóa thứ ba",
# "तीसरा न करूँ", "teesra na karun", "তৃতীয়টা না করলে"); skip and remove words are `policy.asks_skip` and
# `policy.asks_remove`
_NOT_TAKEN = re.compile(
    r"\b(?:leave|left|leaving) (?:\S+ ){0,3}?out\b|\b(?:don'?t|do not|didn'?t|did not|never) (?:do|take)\b|"
    r"\bnicht (?:mache|machen|belege|belegen)\b|\b(?:weglasse|auslasse|überspringe|ueberspringe)\b|"
    r"\bno (?:hago|hiciera|curso|tomo)\b|"
    r"\bne (?:fais|suis|prends) pas\b|\ben (?:käy|tee|ota|suorita)\b|không (?:học|làm)|\bkhong hoc\b|"
    r"न (?:करूँ|करूं|करें|करू)|\bna (?:karun|karu|karoon|karein)\b|না (?:করলে|করি|নিলে)|\bna (?:korle|kori)\b",
    re.IGNORECASE,
)


def says_not_taken(text: str) -> bool:
    """Whether a message speaks of a step left untaken ("if I don't do the second")."""
    return bool(_NOT_TAKEN.search(text))


# "why can't I do the second one first?", "y cant i just do the 2nd first", "warum nicht gleich mit dem
# zweiten anfangen?", "¿por qué no empiezo con el segundo?", "pourquoi ne pas commencer par le deuxième ?",
# "miksei voi aloittaa toisesta?", "sao khóa thứ hai không học đầu tiên?", "दूसरे से शुरू क्यों नहीं?",
# "দ্বিতীয়টা আগে কেন না?": a later step asked about as the first, which the step's place in the plan answers
# (session 22)
_INSTEAD = re.compile(
    r"\bwhy\b|\by (?:cant|can't|not|is|isn'?t|does|do)\b|\bhow come\b|\bcan'?t i\b|\bcannot i\b|"
    r"\bcouldn'?t i\b|\bwarum\b|\bwieso\b|\bweshalb\b|\bkann ich nicht\b|por qu[eé]|\bno puedo\b|"
    r"\bpourquoi\b|\bje ne peux pas\b|\bmiks(?:i|ei)\b|\benkö voi\b|tại sao|vì sao|\bsao\b.{0,40}\bkhông\b|"
    r"क्यों|\bkyun\b|\bkyon\b|\bkyu\b|কেন|\bkeno\b",
    re.IGNORECASE,
)


def asks_first_instead(text: str) -> bool:
    """Whether a message asks why a course is not first, or why it comes where it does ("why not start with
    the second?", "why is the third before the fourth?"): a why (or can't) with a word of first or order."""
    return bool(_INSTEAD.search(text)) and bool(_FIRST.search(text) or _VI_FIRST_WORD.search(text))


_VI_FIRST_WORD = re.compile(r"đầu tiên|\bdau tien\b|học trước|hoc truoc", re.IGNORECASE)
