"""'What is ECTS?', 'was bedeutet EQR?', 'micro-credential là gì?': the framework terms a learner meets on
every card (ECTS, EQF, micro-credential, stacking), explained in a few sentences in the learner's language
instead of a course card. Pure functions; the sentences are the reply templates `concept_*` in
`prompts/offline/i18n/`."""

from __future__ import annotations

import re

from pathfinder.assistant.followup_words import asks_recognition

# each concept: the words naming it in the served languages (lower case; national names of the EQF too)
_CONCEPTS: dict[str, re.Pattern[str]] = {
    "ects": re.compile(r"\bects\b|\becvet\b|opintopiste|\bop\b(?= ?\?)|tín chỉ"),
    "eqf": re.compile(
        r"\beqf\b|\beqr\b|\bdqr\b|\bmec\b|\bcec\b|\beqf[- ]?(?:level|niveau|nivel|taso)|"
        r"qualifications? framework|qualifikationsrahmen|marco europeo de cualificaciones|"
        r"cadre européen des certifications|tutkintojen viitekehys|khung trình độ"
    ),
    "micro_credential": re.compile(
        r"micro[- ]?credentials?|micro[- ]?credencial(?:es)?|micro[- ]?certifications?|mikro[- ]?zertifikat|"
        r"micro[- ]?crédential|mikrotutkinto|chứng chỉ vi mô|माइक्रो[- ]?क्रेडेंशियल|মাইক্রো[- ]?ক্রেডেনশিয়াল"
    ),
    "stacking": re.compile(
        r"\bstack(?:able|ing|s)?\b|stapelbar|apilable|empilable|kasattava|xếp chồng|स्टैक|স্ট্যাক"
    ),
}

# "what is / what does ... mean / explain" in the served languages, with and without diacritics
_ASKS = re.compile(
    r"\bwhat(?:'s| is| are| does| do)\b|\bmean(?:s|ing)?\b|\bexplain\b|\bwhats?\b|"
    r"\bwas (?:ist|sind|bedeutet|heißt|heisst)\b|\bbedeutet\b|\berklär|"
    r"\bqu[eé] (?:es|son|significa)\b|\bsignifica\b|\bexplica|"
    r"qu'est[- ]ce|c'est quoi|\bque veut dire\b|\bveut dire\b|\bsignifie\b|\bexpliqu|"
    r"\bmikä on\b|\bmik[äa] (?:se|tuo|toi|t[äa][äa]|t[äa]m[äa])\b|"  # "mikä se EQF-taso on?" (lang20)
    r"\bmitä\b.*\btarkoittaa\b|\btarkoittaa\b|\bselitä\b|"
    r"\blà gì\b|\bla gi\b|\bnghĩa là\b|\bnghia la\b|\bgiải thích\b|"
    r"क्या है|क्या होता|क्या होते|मतलब|समझाइए|kya hai|kya hota|matlab|"
    r"কী|কি |মানে|বুঝিয়ে|\bki\b|\bmane\b",
    re.IGNORECASE,
)


_ECTS_WORD = (
    r"(?:ects|ecvet|op|opintopistett[äa]|opintopistettä|opintopiste|leistungspunkte?|tín chỉ|tin chi|"
    r"credits?|créditos?|crédits?)"
)
_HOURS_WORD = r"(?:hours?|hrs?|h|stunden|std|horas?|heures?|h|tuntia|tuntiä|giờ|gio|घंटे|घंटा|ঘণ্টা|ঘন্টা)"
_HOW_MANY = re.compile(
    r"\bhow (?:many|much)\b|\bwie ?viele?\b|\bcu[aá]nt[oa]s?\b|\bcombien\b|\bkuinka (?:monta|paljon)\b|"
    r"\bmontako\b|\bpaljonko\b|\bbao nhi[eê]u\b|कितन|কত|\bkitn[eai]\b|\bkoto\b|\bin hours\b|\bequals?\b|=",
    re.IGNORECASE,
)
_N = r"(\d+(?:[.,]\d+)?)"
# "one ECTS", "ein ECTS", "un crédito", "yksi opintopiste", "một tín chỉ", "एक ECTS", "এক ECTS" (session
# 22): one
_ONE = (
    r"(?<![\w-])(?:one|a|an|single|ein|eine|einen|einem|un|una|uno|yksi|yhden|yhdessä|một|mot|एक|ek|এক|১)"
    r"\s+(?:single\s+)?"
)


def ects_conversion(text: str) -> tuple[str, dict[str, str]] | None:
    """'How many hours is 5 ECTS?', '100 Stunden, wie viele ECTS?': the conversion at 1 ECTS = 25-30 hours,
    as the reply template's name and its values; None for any other message."""
    low = text.casefold()
    if not _HOW_MANY.search(low) or not re.search(rf"\b{_ECTS_WORD}\b", low):
        return None
    ects = re.search(rf"{_N}\s*{_ECTS_WORD}\b", low) or re.search(rf"{_ONE}()(?:{_ECTS_WORD})\b", low)
    hours = re.search(rf"{_N}\s*{_HOURS_WORD}\b", low)
    if ects and not hours:
        n = float(ects.group(1).replace(",", ".") or 1)
        return "concept_ects_hours", {"ects": f"{n:g}", "low": f"{n * 25:g}", "high": f"{n * 30:g}"}
    if hours and not ects:
        h = float(hours.group(1).replace(",", "."))
        return "concept_hours_ects", {"hours": f"{h:g}", "low": f"{h / 30:.1f}", "high": f"{h / 25:.1f}"}
    return None


_DIFFERENCE = re.compile(
    # session 27: the verbs too ("how does X differ from Y", "was unterscheidet X von Y", "en qué se
    # diferencian", "qu'est-ce qui distingue", "miten X eroaa Y:stä")
    r"\bdiffers?\b|\bunterscheide[nt]?\b|\bdiferencian\b|\bdistingue(?:nt)?\b|\beroaa\b|\beroavat\b|"
    r"\bdifference\b|\bunterschied\b|\bdiferencia\b|\bdifférence\b|\bero\b|khác nhau|\bkhac nhau\b|फ़र्क"
    r"|फर्क|अंतर|পার্থক্য|তফাত|\bfar[aq]k\b|\bfarq\b|\bfark\b|\bantar\b|\bparth[oa]k+[oy]a?\b|\btofat\b",
    re.IGNORECASE,
)


def asks_difference(text: str) -> bool:
    """'What's the difference between X and Y?' in the served languages."""
    return bool(_DIFFERENCE.search(text))


# what a job pays or how much it is in demand: facts neither the catalogue nor ESCO has ("which one pays
# more?", "wie viel verdient ein Data Analyst?", "¿cuánto gana un analista?", "lương data analyst bao nhiêu?")
_LABOUR_MARKET = re.compile(
    r"\bpays? (?:more|better|well|most|less)\b|\bpaid (?:more|better|well|most)\b|\bsalar(?:y|ies)\b|"
    r"\bwages?\b|\bearns? (?:more|most|money)\b|\bhow much (?:do|does|can|will|would) .{1,40}\bearn\b|"
    # session 17 (acts17): what a job earns or makes, asked in any word order ("what does a data engineer
    # actually earn?", "how much do cloud architects make?"); never a credential earned ("earn a certificate")
    r"\bearn(?:s|ing)?\b(?!\s+(?:(?:a|an|the|this|that|my|your|these|those|some)\s+)?(?:[\w-]+\s+){0,3}"
    r"(?:micro-?)?(?:certificates?|credentials?|badges?|ects|credits?|degrees?|diplomas?|qualifications?|points?))|"
    r"\bhow much (?:do|does|can|will|would) (?!it\b)(?:(?!cost|charge).){1,40}\bmake\b|"
    r"\b(?:typical|average|starting|usual|median|annual|monthly|entry[- ]level) (?:pay|income)\b|"
    r"\bcu[aá]nto (?:se )?(?:cobra|gana|paga)n?\b|\bcombien (?:est pay[ée]e?|touche)|"
    r"\bcombien .{1,40}\bgagne|"
    r"कमात[ाेी]|कमा लेत|\bkamat[ai]\b|আয় কত|ইনকাম|\bkoto (?:taka )?pay\b|"
    r"\bjob market\b|\bin demand\b|\bdemand for\b|\bjob prospects?\b|\bwill i (?:get|find) a job\b|"
    r"\bgehalt\b|\bgehälter\b|\bverdien(?:t|en|st)\b|\bbesser bezahlt|\bmehr bezahlt|\barbeitsmarkt\b|"
    r"\bsueldo\b|\bsalario\b|\bgana(?:n|s)? m[aá]s\b|\bcu[aá]nto gana|\bpagan m[aá]s\b|\bmejor pagad|"
    r"\bmercado laboral\b|\bsalaire\b|\bmieux pay[ée]|\bplus pay[ée]|\bgagne(?:nt|r)? plus\b|\bcombien gagne|"
    r"\bmarch[ée] du travail\b|\bpalkka|\bpalkat\b|\btienaa|\bansaitse|\btyömarkkin|"
    r"lương|\bluong\b|thu nhập|\bthu nhap\b|trả (?:nhiều|cao)|kiếm được bao nhiêu|"
    r"सैलरी|वेतन|तनख्वाह|कमाई|\bkamai\b|\btankhwah\b|বেতন|স্যালারি|\bbeton\b",
    re.IGNORECASE,
)
_QUESTION_CUE = re.compile(
    r"\?|^\s*(?:is|are|does|do|will|can)\b|\b(?:which|what|how|who|welche[rs]?|wie|wer|cu[aá]l|cu[aá]nto|qu[ée]|quel(?:le)?|"
    r"combien|mikä|kumpi|paljonko|kuinka)\b|nào|bao nhiêu|bao nhieu|\b(?:kitna|kitni|kaun|kya)\b|कितन|कौन|"
    r"কোনটা|কত|\bkoto\b",
    re.IGNORECASE,
)


def asks_labour_market(text: str) -> bool:
    """Whether a question asks what a job pays or how much it is in demand (not "I have no income")."""
    return bool(_LABOUR_MARKET.search(text)) and bool(_QUESTION_CUE.search(text))


# who would recognise a credential, or where: employers, companies, a country or the EU ("do employers in
# Germany recognise them?", "¿las reconocen las empresas?", "les employeurs les reconnaissent ?",
# "tunnustavatko työnantajat?", "nhà tuyển dụng có công nhận không?", "kya companies maanti hain?")
_RECOGNISED_BY = re.compile(
    r"\b(?:employers?|compan(?:y|ies)|industry|recruiters?|arbeitgeber\w*|firmen|unternehmen|betrieb\w*|"
    r"empresas?|empleadores?|employeurs?|entreprises?|recruteurs?|työnantaj\w*|tyonantaj\w*|yritys\w*|"
    r"yritykset|companiyan|kampani\w*|company)\b|"
    r"\b(?:in|im|en|au|aux|dans)\s+(?:the\s+)?(?:eu|europe|europa|eur[oó]pe|germany|deutschland|spain|"
    r"españa|espagne|france|frankreich|finland|suomi|india|vietnam|bangladesh|allemagne|alemania)\b|"
    r"\b(?:euroopassa|suomessa|saksassa|eu:ssa)\b|nhà tuyển dụng|nha tuyen dung|công ty|cong ty|"
    r"doanh nghiệp|doanh nghiep|châu âu|chau au|ở việt nam|कंपनी|कंपनियां|कंपनियाँ|नियोक्ता|भारत में|यूरोप में|"
    r"কোম্পানি|নিয়োগকর্তা|চাকরিদাতা|বাংলাদেশে|ইউরোপে",
    re.IGNORECASE,
)


def asks_general_recognition(text: str) -> bool:
    """Whether a question asks whether micro-credentials are recognised in general, by employers or in a
    country ("do employers in Germany recognise them?"), not whether one course is ("is it accredited?")."""
    low = text.casefold()
    general = _RECOGNISED_BY.search(low) or _CONCEPTS["micro_credential"].search(low)
    return asks_recognition(text) and bool(general) and bool(_QUESTION_CUE.search(text))


def asked_concepts(text: str) -> tuple[str, ...]:
    """The framework concepts a short question asks about: one ("what is ECTS?", "EQF level 6 - was heißt
    das?"), or two when it asks for their difference ("ECTS vs EQF: what's the difference?") or what each is
    ("what are ECTS and EQF?"); else none.
    A question of pay or demand is the concept "labour_market": what the catalogue cannot say."""
    if asks_labour_market(text):
        return ("labour_market",)
    if asks_general_recognition(text):  # session 20, lead trial 16's 19: it searched "employers germany"
        return ("recognition",)
    one = asked_concept(text)
    if one is not None:
        return (one,)
    if asks_difference(text) and len(text.split()) <= 10:
        low = text.casefold()
        return tuple(name for name, pattern in _CONCEPTS.items() if pattern.search(low))[:2]
    # "¿Qué es un ECTS? ¿y el nivel EQF?", "what are ECTS and EQF?": each asked, each explained (trial 15);
    # never with a number ("what courses are EQF 4 with 5 ECTS?" searches)
    return () if re.search(r"\d", text) else tuple(_concepts_asked(text))[:2]


# "is that like a bachelor?", "so etwas wie ein Bachelor", "como un grado", "comme une licence", "kuin
# kandidaatti", "như bằng cử nhân", "bachelor ke barabar", "স্নাতকের মতো": a level compared with a degree, part
# of the question what the level means (session 14: it made "what is EQF 6, like a bachelor?" too long)
_DEGREE_LIKE = re.compile(
    r"\b(?:like|same as|equal to|equivalent to|compared to) an? (?:bachelor|master|degree|diploma)|"
    r"\bwie (?:ein|eine|einem) (?:bachelor|master|diplom|studium)|\b(?:gleich|vergleichbar)\b|"
    r"\bcomo (?:un|una) (?:grado|licenciatura|máster|master|diplomatura|título)|\bequivale\b|"
    r"\bcomme (?:une?|la|le) (?:licence|master|bachelor|bac|diplôme)|\béquivaut\b|\béquivalent\b|"
    r"\bkuin (?:kandidaatti|maisteri|amk)|\bvastaa(?:ko)?\b|"
    r"(?:như|tương đương) (?:bằng )?(?:cử nhân|thạc sĩ|đại học)|\b(?:nhu|tuong duong) (?:bang )?cu nhan\b|"
    r"\b(?:bachelor|graduation|degree|master)s? (?:ke )?(?:barabar|jaisa|jaise|jaisi)\b|"
    r"(?:ग्रेजुएशन|स्नातक|बैचलर|डिग्री) (?:के )?(?:बराबर|जैसा|जैसी|समान)|"
    r"(?:স্নাতক|ব্যাচেলর|ডিগ্রি)(?:ের|র)? (?:মতো|মত|সমান)",
    re.IGNORECASE,
)


def asked_concept(text: str) -> str | None:
    """The framework concept a short question asks about ("what is ECTS?", "EQF level 6 - was heißt das?",
    "what is EQF level 6 and is that like a bachelor?"), else None. A longer message, or one asking something
    else with the word in it ("how many ECTS is the plan?"), is not such a question."""
    found = _concepts_asked(text)
    return found[0] if len(found) == 1 else None


def _concepts_asked(text: str) -> list[str]:
    """The concepts a short question asks what they are, in the order of `_CONCEPTS` ("¿Qué es un ECTS? ¿y el
    nivel EQF?": both); none for a longer message or one asking how many of something."""
    low = text.casefold()
    longest = 16 if _DEGREE_LIKE.search(low) else 10
    if len(low.split()) > longest or not (
        _ASKS.search(low) or asks_difference(low) or low.strip().endswith("?") and len(low.split()) <= 2
    ):
        return []
    if _HOW_MANY.search(low) or re.search(r"\bkuinka\b", low):  # "montako opintopistettä?": of something
        return []
    return [name for name, pattern in _CONCEPTS.items() if pattern.search(low)]


# "what EQF level is it?", "welches EQR-Niveau hat er?", "¿qué nivel EQF tiene?", "quel niveau EQF ?",
# "minkä EQF-tason kurssi on?": the level of the course asked, not what the framework is
_VALUE_OF_IT = re.compile(
    r"\b(?:what|which) (?:eqf |eqr |ects )?(?:level|number)|\b(?:what|which) (?:eqf|eqr)\b|"
    r"\bwelche[sn]? (?:eqf|eqr|dqr)?-?(?:niveau|stufe)|\bwelche[sn]? (?:eqf|eqr|dqr)\b|"
    r"\bqu[eé] nivel\b|\bcu[aá]l es (?:el|su) nivel\b|\bquel niveau\b|\bquel (?:eqf|cec)\b|"
    r"\bmink[äa] (?:eqf-?)?tason\b|\bmink[äa] tasoinen\b|\bmill[äa] (?:eqf-?)?tasolla\b",
    re.IGNORECASE,
)
# the concepts a card states a value of (its ECTS line, its EQF level line)
CARD_CONCEPTS = frozenset({"ects", "eqf"})


def asks_definition(text: str) -> bool:
    """Whether a short question about ECTS or the EQF asks what the term is ("Was ist ein ECTS?", "¿y qué
    es eso del EQF?", "c'est quoi le niveau EQF en fait ?", "mikä se EQF-taso oikein on?") rather than the
    value a course has ("what EQF level is it?", "¿qué nivel EQF tiene?"). Right after a course's card the
    definition is followed by what it means for that course (session 20, lang20)."""
    concepts = _concepts_asked(text)
    return bool(concepts) and set(concepts) <= CARD_CONCEPTS and not _VALUE_OF_IT.search(text)


def card_concepts_asked(text: str) -> tuple[str, ...]:
    """The card's terms (ECTS, EQF) a definition question asks about, a number said with them or not ("what
    does EQF level 5 mean for the third one?"), in the order of `_CONCEPTS`."""
    return tuple(c for c in _concepts_asked(text) if c in CARD_CONCEPTS)
