"""Level words, in the eight served languages: the words that ask for courses at a level ("beginner",
"Grundlagen", "principiante", "débutant", "aloittelija", "cơ bản", "शुरुआती", "বেসিক"; "advanced",
"nâng cao"), their EQF ranges, a level's number ("nivel 4", "লেভেল ৪") and the words that make it a bound
("up to level 5"), and the readers of them (`level_word`, `numbered_level`, `level_bound`,
`low_level_ruled_out`, `held_basics_wish_higher`). The one place for them: the slot extractor
(`slots.extract`), the English rules (`intents.parse`, with `ENGLISH_LEVELS`) and the understanding layer
read levels here (pure)."""

from __future__ import annotations

import re

from pathfinder.assistant.nlu import vocab

# level words; a two-word entry ("cơ bản") counts only as the phrase ("cơ sở dữ liệu" is a database)
LEVEL_LOW = (
    "beginner beginners introductory intro basics basic anfänger einsteiger principiante débutant "
    "aloittelija शुरुआती প্রাথমিক grundkenntnisse básico básica básicos básicas perusteet बेसिक বেসিক".split()
    + ["cơ bản", "co ban"]
    # the beginner as a person, in the forms a "for beginners" takes ("para principiantes", "pour les
    # débutants", "aloittelijalle", "cho người mới bắt đầu", "नौसिखियों के लिए", "নতুনদের জন্য")
    + "principiantes novato novatos débutants débutante débutantes aloittelijalle aloittelijoille".split()
    + "aloittelijoita aloittelijan newbie newbies novice novices नौसिखिया नौसिखियों নতুনদের".split()
    + ["người mới bắt đầu", "nguoi moi bat dau", "mới bắt đầu", "moi bat dau"]
    # "nothing too hard please": a level asked for by ruling out the hard ones (a negation, so never "is it
    # too hard for me?", which asks about one course)
    + [
        f"{no} {too} {hard}"
        for no in ("nothing", "not")
        for too in ("too", "very", "so")
        for hard in ("hard", "difficult", "advanced")
    ]
    # session 14: the beginner's courses and the basics as compounds and plurals ("keine Anfängerkurse",
    # "Grundlagen brauche ich nicht", "ei alkeiskursseja", "pas les bases", "nada de nivel inicial")
    + "grundlagen grundlagenkurs grundlagenkurse anfängerkurs anfängerkurse anfängerkursen".split()
    + ["einsteigerkurs"]
    + "einsteigerkurse grundkurs grundkurse basics-kurse alkeet alkeita alkeiskurssi alkeiskurssia".split()
    + "alkeiskursseja alkeiskurssit alkeistason alkeistaso peruskurssi peruskursseja peruskurssit".split()
    + "perusteita perusasiat perusasioita iniciación iniciacion entry-level".split()
    + ["nivel inicial", "para principiantes"]
    + ["nicht zu schwer", "nichts zu schweres", "nicht zu schwierig", "nichts zu schwieriges"]
    + ["nada muy difícil", "nada demasiado difícil", "no muy difícil", "nada muy dificil", "no muy dificil"]
    + ["pas trop difficile", "rien de trop difficile", "pas trop dur", "rien de trop dur"]
    + ["ei liian vaikea", "ei mitään liian vaikeaa", "ei liian vaikeaa", "ei mitaan liian vaikeaa"]
    + ["không quá khó", "khong qua kho", "đừng quá khó", "dung qua kho"]
    + ["zyada mushkil nahi", "zyada tough nahi", "बहुत मुश्किल नहीं", "ज़्यादा मुश्किल नहीं"]
    + ["খুব কঠিন না", "বেশি কঠিন না", "beshi kothin na"]
)
# a beginner's level ruled out, just before the level word ("skip the basics", "no beginner stuff", "keine
# Grundlagen", "sin lo básico", "pas de débutant", "ei perusteita", "bỏ qua cơ bản") or, verb-final, just
# after it ("बेसिक नहीं", "বেসিক না", "basic nahi"): the courses wanted start above it
LEVEL_LOW_RULED_OUT_BEFORE = frozenset(
    "skip skipping no not don't dont without beyond past except than kein keine keinen nicht ohne "
    "überspringen sin saltar saltarme salta pas sans sauter ei ilman ohita ohittaa không khong bỏ bo "
    "छोड़कर छोड़ बिना ছাড়া বাদ".split()
)
LEVEL_LOW_RULED_OUT_AFTER = frozenset("नहीं না nahi nahin mat मत".split())
# session 14: "nada de nivel básico", "pas de cours pour débutants", "en ole aloittelija" ("I am not")
LEVEL_LOW_RULED_OUT_BEFORE |= frozenset("nada ningún ninguno ninguna rien aucun aucune ole".split())
# what may stand between a beginner's level word and the denial further from it: course words, articles,
# prepositions, "level", "stuff", and verbs of needing or wanting ("pas de cours pour débutants", "bỏ qua các
# khóa cơ bản", "বেসিক কোর্স লাগবে না", "basic course nahi chahiye", "Grundlagen brauche ich nicht")
LEVEL_FILLERS = frozenset(
    "the a any of for to on with level levels stuff things material content need want give show "
    "de des du d' pour le la les l' un une niveau niveaux trucs choses besoin veux "
    "el los las lo para nivel niveles cosas necesito quiero "
    "für mit die der den das dem kram zeug sachen niveau brauche brauch benötige will möchte ich "
    "tason tasoa tasolla "
    "các những cho trình độ mức cần muốn học "
    "वाले वाला वाली के का की स्तर चाहिए ज़रूरत जरूरत wale wala wali ke ka ki level chahiye zarurat "
    "লেভেলের লেভেল লাগবে দরকার চাই চাইনা lagbe dorkar chai".split()
)
# a basics denied after a verb of having is a lack, no floor ("ich habe keine Grundlagen", "I have no basics",
# "no tengo conocimientos básicos", "je n'ai pas les bases"): the learner starts at the beginning
LEVEL_LACKING = frozenset("have has had habe hab hat hatte tengo tiene tenía j'ai ai n'ai avons có".split())
# the denials read across those fillers: before the level word ("pas de cours pour débutants"), or after it
# in verb-final and German verb-second clauses, past a verb of needing ("বেসিক কোর্স লাগবে না", "Grundlagen
# brauche ich nicht"; not "cơ bản, không cần nâng cao", where the denial is the next clause's)
LEVEL_DENIALS_FAR = frozenset(
    "no not don't dont without kein keine keinen nicht ohne sin nada ningún ninguno ninguna pas sans rien "
    "aucun aucune ei ilman không khong chẳng".split()
)
LEVEL_DENIALS_AFTER = frozenset("nicht keine kein keinen नहीं मत mat না nahi nahin".split())
LEVEL_NEED_VERBS = frozenset(
    "brauche brauch benötige will möchte चाहिए ज़रूरत जरूरत chahiye zarurat লাগবে দরকার চাই lagbe dorkar "
    "chai".split()
)
LEVEL_HIGH = "advanced expert fortgeschritten avanzado avancé edistynyt उन्नत উন্নত".split() + [
    "nâng cao",
    "nang cao",
]
# session 20: their inflected forms and the English word in Devanagari and Bengali script ("fortgeschrittene
# Kurse", "cursos avanzados", "formations avancées", "edistyneille", "एडवांस्ड", "অ্যাডভান্সড"), and the
# beginner's ("বিগিনার কোর্স", "बिगिनर")
LEVEL_HIGH += (
    "fortgeschrittene fortgeschrittenen fortgeschrittener fortgeschrittenes avanzada avanzados avanzadas "
    "avancée avancés avancées avancees edistyneet edistyneen edistyneille edistyneitä edistyneita "
    "एडवांस्ड एडवांस अ্যাডভান্সড এডভান্সড অ্যাডভান্স".split()
)
LEVEL_LOW += "बिगिनर बिगिनर्स বিগিনার বিগিনারদের বিগিনারের".split()
# session 20: the words a level's number is said with, before it ("nivel 4", "Niveau 3", "EQF-Niveau 4",
# "tasolla 5", "cấp độ 4", "trình độ 4", "लेवल 4", "স্তর ৫", "লেভেল ৪"), a framework's name among them ("nivel
# EQF 4", "niveau CEC 5"): a limit on the courses searched
LEVEL_NUMBER_WORDS = frozenset(
    "level levels niveau niveaus nivel niveles stufe taso tason tasoa tasolla tasoista tasoisia độ bậc cấp "
    "स्तर लेवल লেভেল লেভেলের স্তর স্তরের".split()
)
LEVEL_FRAMEWORKS = frozenset("eqf nqf dqr cec mec eqr eqf-niveau eqf-tason eqf-taso".split())


# the EQF range of the courses a level word asks for: "beginner" up to 4, "advanced" from 6, "skip the basics"
# from 5
LEVEL_RANGES: dict[str, tuple[int | None, int | None]] = {
    "basic": (None, 4),
    "advanced": (6, None),
    "past basics": (5, None),
    "intermediate": (5, 6),  # the English rules' "intermediate" (`ENGLISH_LEVELS`)
}
# a level said of the person, not of a skill held (`understand`: "total beginner" is the learner's level)
PERSON_LEVEL = frozenset(
    "beginner beginners newbie novice noob débutant débutante debutant anfänger anfängerin anfaenger "
    "principiante aloittelija".split()
)

# the English rules' level words (`intents.parse`: read on the message before the slots, whole words and
# their hyphenated forms), each with its range in `LEVEL_RANGES`
ENGLISH_LEVELS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"\b(?:beginners?|introductory|intro|entry[- ]level|novice|basics?|for starters)\b"),
        "basic",
    ),
    (re.compile(r"\bintermediate\b"), "intermediate"),
    (re.compile(r"\b(?:advanced|expert[- ]level)\b"), "advanced"),
)


def school_level_positions(toks: list[str]) -> frozenset[int]:
    """The positions of level words that name a kind of school with the school word after them ("প্রাথমিক
    বিদ্যালয়ের শিক্ষক", "प्राथमिक स्कूल"): the pupils' school, no level of the courses wanted (session 19)."""
    return frozenset(
        i for i in range(len(toks) - 1) if toks[i] in _LEVEL_LOW_SET and toks[i + 1].startswith(_SCHOOL_WORDS)
    )


def level_word(toks: list[str]) -> str | None:
    """The level a text names ("beginner", "cơ bản": "basic"; "advanced", "nâng cao": "advanced"; "skip the
    basics", "no beginner stuff": "past basics"), or None; never a school's kind ("প্রাথমিক বিদ্যালয়")."""
    school = school_level_positions(toks)
    if school:
        toks = [t for i, t in enumerate(toks) if i not in school]
    joined = f" {' '.join(toks)} "
    if any(f" {w} " in joined for w in LEVEL_LOW):
        return "past basics" if low_level_ruled_out(toks) else "basic"
    if any(f" {w} " in joined for w in LEVEL_HIGH):
        return "advanced"
    return None


# what a number after a level word may be instead of a level: hours, weeks, credits, money, a share
_NOT_A_LEVEL_AFTER = frozenset(
    "h hours hour stunden std horas heures tuntia tunnin giờ tiếng घंटे ঘণ্টা weeks wochen semanas semaines "
    "viikkoa tuần हफ्ते সপ্তাহ ects % € $ eur euro euros euroa".split()
)


def numbered_level(toks: list[str]) -> int | None:
    """The EQF level a number names after a level word, in any served language and script ("level 4 courses",
    "Kurse auf Niveau 3", "cursos de nivel 4", "niveau CEC 5", "tasolla 5", "khóa học cấp độ 4", "लेवल 4 के",
    "লেভেল ৪"; digits in any script, `tokens` makes them ASCII), with a framework's name between or before
    ("nivel EQF 4", "EQF-Niveau 4"); None when there is no such number, it is no level 1-8, or a unit follows
    it ("level 4 hours a week"). The English rules read "EQF 4" themselves."""
    for i, tok in enumerate(toks):
        if not tok.isdigit() or not 1 <= int(tok) <= 8:
            continue
        if toks[i + 1 : i + 2] and toks[i + 1] in _NOT_A_LEVEL_AFTER:
            continue
        before = [w for w in toks[max(0, i - 2) : i] if w not in LEVEL_FRAMEWORKS]
        framed = bool(set(toks[max(0, i - 2) : i]) & LEVEL_FRAMEWORKS)
        word = toks[i - 1] if i else ""
        if (
            word in LEVEL_NUMBER_WORDS
            or word in LEVEL_FRAMEWORKS
            or (framed and before and before[-1] in LEVEL_NUMBER_WORDS)
        ):
            return int(tok)
    return None


# words around a level's number that make it a bound, in the served languages: a ceiling ("up to level 5",
# "höchstens Niveau 5", "máximo nivel 5", "jusqu'au niveau 5", "enintään taso 5", "tối đa cấp 5", "अधिकतम
# लेवल 5", "সর্বোচ্চ লেভেল ৫"; after it: "EQF 6 or below", "tai alle", "trở xuống"), below it ("below level 6",
# "unter Niveau 6", "menos de nivel 6"), above it (a floor, "above EQF 5", unless refused: "nothing above EQF
# 6", "swap anything above EQF 6", "nichts über Niveau 6") or a floor ("at least EQF 5", "mindestens", "al
# menos", "au moins", "vähintään", "ít nhất", "कम से कम", "অন্তত"; after it: "or higher", "tai yli", "trở lên")
_UP_TO = frozenset(
    "up upto max maximum most höchstens maximal bis máximo maximo hasta jusqu'au jusqu'à jusqua enintään "
    "korkeintaan đa da अधिकतम সর্বোচ্চ".split()
)
_BELOW = frozenset("below under unter unterhalb menos moins".split())
_ABOVE = frozenset(
    "above over beyond higher über uber encima más mas au-dessus dessus yli trên ऊपर উপরে".split()
)
_AT_LEAST = frozenset("least minimum min mindestens mínimo minimo vähintään ít nhất कम অন্তত ন্যূনতম".split())
_OR_LOWER = frozenset(
    "below lower less darunter niedriger menos moins alle xuống नीचे নিচে max maximum".split()
)
_OR_HIGHER = frozenset("above higher more höher darüber más plus yli lên ऊपर উপরে".split())
_REFUSED = frozenset(
    "no nothing not don't dont swap remove drop without avoid kein keine keinen nichts ohne nicht ningún "
    "ninguno nada sin quita quitar rien pas sans enlève enlever ei mitään ilman không bỏ नहीं हटाओ না "
    "বাদ".split()
)


def level_bound(toks: list[str], level: int) -> tuple[int | None, int | None] | None:
    """The (lowest, highest) EQF levels a level number `level` in `toks` sets when words around it make it a
    bound ("swap anything above EQF 6": (None, 6); "up to level 5": (None, 5); "below level 6": (None, 5);
    "at least EQF 5", "EQF 5 or higher": (5, None); "above EQF 5": (6, None)); None when it names one level
    ("level 4 courses")."""
    for i, tok in enumerate(toks):
        if tok != str(level):
            continue
        before = set(toks[max(0, i - 4) : i])
        after = set(toks[i + 1 : i + 4])
        if before & _AT_LEAST or after & _OR_HIGHER and not after & _OR_LOWER:
            return level, None
        if before & _UP_TO or after & _OR_LOWER:
            return None, level
        if before & _BELOW:
            return None, max(1, level - 1)
        if before & _ABOVE:
            return (None, level) if set(toks[:i]) & _REFUSED else (min(8, level + 1), None)
    return None


# the level words in their inflected and compound forms ("Grundlagenkurs", "Fortgeschrittenes", "avanzados",
# "एडवांस", "অ্যাডভান্সড"): a beginner's course held and a higher level wished (`held_basics_wish_higher`)
_LOW_STEMS = (
    "basic", "basics", "grundlagen", "einsteiger", "anfänger", "básic", "basico", "basica", "débutant",
    "debutant", "bases", "initiation", "perus", "alkeis", "aloittelij", "intro", "beginner", "बेसिक",
    "শুরুর", "বেসিক",
)  # fmt: skip
_HIGH_STEMS = (
    "advanc", "fortgeschritten", "vertief", "avanzad", "avancé", "avance", "approfondi", "edisty", "syvent",
    "expert", "एडवांस", "उन्नत", "অ্যাডভান্স", "এডভান্স", "উন্নত",
)  # fmt: skip
_HIGH_PHRASES = (" nâng cao ", " nang cao ", " next level ", " nächste stufe ", " siguiente nivel ")
_EN_DONE = frozenset("did done finished completed took passed fini finie terminé terminée suivi".split())


def held_basics_wish_higher(toks: list[str], done: bool) -> bool:
    """Whether a message says a beginner's course is done and asks for a higher level ("I did the basics
    course, now I want something advanced", "den Grundlagenkurs hab ich schon gemacht, jetzt will ich was
    Fortgeschrittenes", "ya hice el curso básico, ahora quiero algo avanzado", "बेसिक वाला कोर्स कर लिया, अब
    कुछ एडवांस चाहिए"): the beginner's level is what is held, no upper limit of the wish; the wish is the next
    level up (session 20: "basics" and "advanced" together set EQF min 6 and max 4, which nothing meets)."""
    if not (done or set(toks) & _EN_DONE):
        return False
    joined = f" {' '.join(toks)} "
    low = any(t.startswith(_LOW_STEMS) for t in toks) or any(f" {w} " in joined for w in LEVEL_LOW)
    high = any(t.startswith(_HIGH_STEMS) for t in toks) or any(w in joined for w in _HIGH_PHRASES)
    return low and high


def level_words_only(toks: list[str]) -> bool:
    """Whether a phrase is only level and course words ("basics", "advanced course"): no subject."""
    course = vocab.COURSE | vocab.TRAINING
    return bool(toks) and all(t.startswith(_LOW_STEMS + _HIGH_STEMS) or t in course for t in toks)


def low_level_ruled_out(toks: list[str]) -> bool:
    """Whether a beginner's level word is ruled out by a word just before it ("skip the basics", "keine
    Anfängerkurse bitte" as "keine ... anfänger") or, verb-final, just after it ("बेसिक नहीं"), or by a denial
    further away with only course words, articles and verbs of needing between ("pas de cours pour
    débutants", "বেসিক কোর্স লাগবে না", "Grundlagen brauche ich nicht", "không cần các khóa cơ bản")."""
    for i in range(len(toks)):
        width = _level_low_at(toks, i)
        if not width or set(toks[max(0, i - 5) : i]) & LEVEL_LACKING:
            continue
        if set(toks[max(0, i - 3) : i]) & LEVEL_LOW_RULED_OUT_BEFORE:
            return True
        if set(toks[i + width : i + width + 2]) & LEVEL_LOW_RULED_OUT_AFTER:
            return True
        if _denied_across_fillers(toks[max(0, i - 6) : i][::-1]) or _denied_after_needing(
            toks[i + width : i + width + 6]
        ):
            return True
    return False


def _level_low_at(toks: list[str], i: int) -> int:
    """The number of words of the beginner's level word or phrase starting at `i` ("cơ bản", "người mới bắt
    đầu"), 0 when none starts there."""
    return next(
        (n for n in (4, 3, 2, 1) if i + n <= len(toks) and " ".join(toks[i : i + n]) in _LEVEL_LOW_SET), 0
    )


_LEVEL_LOW_SET = frozenset(LEVEL_LOW)
_SCHOOL_WORDS = tuple(w for w in vocab.SCHOOLS if " " not in w)


def _denied_across_fillers(run: list[str]) -> bool:
    """A denial in `run` (the words before a level word, nearest first) with only fillers between."""
    for word in run:
        if word in LEVEL_DENIALS_FAR:
            return True
        if word not in LEVEL_FILLERS and word not in vocab.COURSE:
            return False
    return False


def _denied_after_needing(run: list[str]) -> bool:
    """A verb-final denial in `run` (the words after a level word) past a verb of needing, only fillers
    between ("বেসিক কোর্স লাগবে না", "Grundlagen brauche ich nicht")."""
    needed = False
    for word in run:
        if word in LEVEL_DENIALS_AFTER and needed:
            return True
        needed = needed or word in LEVEL_NEED_VERBS
        if word not in LEVEL_FILLERS and word not in vocab.COURSE:
            return False
    return False
