"""The level a learner gives a skill they name, read from the words of the clause naming it, in eight
languages: one table of level words per language (`LEVEL_WORDS`), read by one function (`held_levels`).

"very good at Excel", "je maîtrise Excel", "Excel kann ich sehr gut", "hallitsen Excelin", "thành thạo Excel",
"Excel achhi tarah aata hai", "Excel খুব ভালো পারি": advanced; "a bit of SQL", "un peu SQL", "ein bisschen
SQL", "vähän SQL:ää", "một chút SQL", "thoda SQL", "একটু SQL", "the basics of HTML", "I'm still learning
Python", "I forgot most of my Java": basic. A skill denied in its clause ("I've never used SQL", "no Python
yet", "kein Programmieren", "pas de code", "en ole koskaan käyttänyt SQL:ää", "chưa bao giờ dùng Python",
"coding nahi aati", "SQL ব্যবহার করিনি") is not held ("none"), unless the denial only lessens it ("not very
good at SQL", "no sé mucho SQL": basic); the skill a comparison puts below another ("better at Excel than at
coding", "mieux sur Excel qu'en programmation") is basic."""

from __future__ import annotations

import os
from collections.abc import Sequence

import regex

from pathfinder.assistant.nlu import glossary, vocab
from pathfinder.assistant.nlu.denials import denied as _denied
from pathfinder.assistant.nlu.denials import without_apostrophe_heads as _without_apostrophe_heads
from pathfinder.assistant.nlu.language import romanised
from pathfinder.assistant.nlu.skill_use import says_using
from pathfinder.assistant.nlu.slots import tokens
from pathfinder.domain.taxonomy import normalise_label

ADVANCED, BASIC, NONE = "advanced", "basic", "none"

# level words and phrases, lower-case, as the tokens of `slots.tokens` read them (a phrase: its tokens joined
# by one space); English ones count in every language ("SQL mein expert hoon")
LEVEL_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        ADVANCED: (
            "very good",
            "really good",
            "very well",
            "really well",
            "extremely good",
            "super good",
            "expert",
            "experts",
            "i master",
            "mastered",
            "proficient",
            "highly proficient",
            "advanced",
            "very strong",
            "really strong",
            "excellent",
            "wizard",
            "guru",
            "ninja",
            "fluent",
            "pro at",
            "very comfortable",
            "very experienced",
            "highly skilled",
        ),
        BASIC: (
            "a bit",
            "a little",
            "a little bit",
            "bit of",
            # without the article, as chat writes it ("i know little bit linux and python", lead trial 24's
            # 01: saved as intermediate; session 29)
            "little bit",
            "lil bit",
            "tiny bit",
            "very little",
            "little",
            "basic",
            "basics",
            "beginner",
            "learning it",
            "still learning",
            "currently learning",
            "i'm learning",
            "im learning",
            "am learning",
            "just started",
            "just starting",
            "forgot",
            "forgotten",
            "rusty",
            "dabble",
            "dabbled",
            "not much",
            "limited",
            "some basic",
            "newbie",
            "novice",
            "intro course",
            "introductory",
            # long ago, rusty, learning it now (session 21, skills21)
            "long ago",
            "years ago",
            "a while ago",
            "a long time ago",
            "learning it now",
            "learning right now",
            "picking up",
        ),
    },
    "de": {
        ADVANCED: (
            "sehr gut",
            "richtig gut",
            "beherrsche",
            "beherrscht",
            "beherrschen",
            "experte",
            "expertin",
            "profi",
            "fortgeschritten",
            "fortgeschrittene",
            "fließend",
            "perfekt",
            "sehr sicher",
            "meine stärke",
            "ausgezeichnet",
            "hervorragend",
        ),
        BASIC: (
            "ein bisschen",
            "bisschen",
            "bissel",
            "ein wenig",
            "etwas",
            "grundkenntnisse",
            "grundlagen",
            "anfänger",
            "anfängerin",
            "lerne gerade",
            "lerne ich gerade",
            "lerne ich noch",
            "vergessen",
            "eingerostet",
            # a basics course taken ("einen AWS-Grundlagenkurs gemacht"): its skills at the basic level
            "grundlagenkurs",
            "grundkurs",
            "einführungskurs",
            "einsteigerkurs",
            "basiskurs",
            "kaum",
            "wenig",
            # long ago, rusty, learning it now (session 21, skills21)
            "lange her",
            "ist lange her",
            "früher mal",
            "lerne grad",
            "lerne ich grad",
            "lerne gerade erst",
            "angerostet",
        ),
    },
    "es": {
        ADVANCED: (
            "domino",
            "a la perfección",
            "perfectamente",
            "dominio",
            "domina",
            "experto",
            "experta",
            "avanzado",
            "avanzada",
            "muy bien",
            "muy bueno",
            "muy buena",
            "se me da muy bien",
            "a fondo",
            "excelente",
        ),
        BASIC: (
            "un poco",
            "algo de",
            "poco",
            "poquito",
            "un poquito",
            "poquitín",
            "básico",
            "básica",
            "lo básico",
            "nociones",
            "estoy aprendiendo",
            "aprendiendo",
            "olvidé",
            "olvidado",
            "principiante",
            "conocimientos básicos",
            # long ago, rusty, learning it now (session 21, skills21)
            "oxidado",
            "oxidada",
            "lo estoy aprendiendo",
            "aprendiendo ahora",
            "estoy empezando",
        ),
    },
    "fr": {
        ADVANCED: (
            "maîtrise",
            "maitrise",
            "maîtrise très bien",
            "expert",
            "experte",
            "très bien",
            "parfaitement",
            "très bon",
            "très bonne",
            "avancé",
            "avancée",
            "excellent",
            "excellente",
            "très à l'aise",
        ),
        BASIC: (
            "un peu",
            "les bases",
            "bases",
            "notions",
            "quelques notions",
            "débutant",
            "débutante",
            "j'apprends",
            "apprends",
            "en train d'apprendre",
            "oublié",
            "rouillé",
            "rouillée",
            "initiation",
            "de base",
            # long ago, rusty, learning it now (session 21, skills21); the clause reader cuts "il y a" at "y"
            "il y a longtemps",
            "a longtemps",
            "c'est loin",
            "galère",
            "galere",
            "je galère",
            "j'apprends en ce moment",
            "je débute",
        ),
    },
    "fi": {
        ADVANCED: (
            "hallitsen",
            "hallitsen hyvin",
            "erinomaisesti",
            "täydellisesti",
            "erittäin hyvin",
            "todella hyvin",
            "asiantuntija",
            "asiantuntijana",
            "edistynyt",
            "edistyneesti",
            "sujuvasti",
            "vahvasti",
        ),
        BASIC: (
            "vähän",
            "hieman",
            "perusteet",
            "perusteita",
            "alkeet",
            "alkeita",
            "aloittelija",
            "aloittelijana",
            "opettelen",
            "opettelemassa",
            "unohtanut",
            "unohtunut",
            "perustasolla",
            "perustason",
            "perustaso",
            "peruskurssi",
            "peruskurssin",
            "peruskurssia",
            "alkeiskurssi",
            "alkeiskurssin",
            "johdantokurssi",
            "johdantokurssin",
            # long ago, rusty, learning it now (session 21, skills21)
            "ruosteessa",
            "ruostunut",
            "ruostunu",
            "kauan sitten",
            "opettelen parhaillaan",
            "opettelemas",
        ),
    },
    "vi": {
        ADVANCED: (
            "thành thạo",
            "thạo",
            "rất giỏi",
            "rất tốt",
            "chuyên gia",
            "nâng cao",
            "rành",
            "rất rành",
            "thông thạo",
            "thanh thao",
            "thong thao",
            "rat gioi",
            "chuyen gia",
            "nang cao",
        ),
        BASIC: (
            "một chút",
            "chút",
            "một ít",
            "chút ít",
            "sơ sơ",
            "cơ bản",
            "mới học",
            "đang học",
            "mới bắt đầu",
            "quên",
            "quên gần hết",
            "biết sơ",
            "mot chut",
            "chut it",
            "chut xiu",
            "chút xíu",
            "co ban",
            "so so",
            "dang hoc",
            "moi hoc",
            # long ago, rusty, learning it now (session 21, skills21)
            "lâu rồi",
            "lau roi",
            "quen gan het",
            "dang tap",
            "đang tập",
        ),
    },
    "hi": {
        ADVANCED: (
            "achhi tarah",
            "acchi tarah",
            "achi tarah",
            "achhe se",
            "acche se",
            "bahut achha",
            "bahut acha",
            "expert",
            "maahir",
            "mahir",
            "एक्सपर्ट",
            "अच्छी तरह",
            "बहुत अच्छा",
            "बहुत अच्छी",
            "माहिर",
            "अच्छे से",
        ),
        BASIC: (
            "thoda",
            "thodi",
            "thoda sa",
            "thoda bahut",
            "थोड़ा",
            "थोड़ी",
            "थोड़ा बहुत",
            "basic",
            "बेसिक",
            "seekh raha",
            "naya naya",
            "नया नया",
            "seekh rahi",
            "sikh raha",
            "sikh rahi",
            "सीख रहा",
            "सीख रही",
            "bhool",
            "bhul",
            "भूल",
            "शुरुआती",
            # long ago, rusty, learning it now (session 21, skills21)
            "सीख रहा हूँ",
            "seekh rahe",
            "bhool gaya",
            "भूल गया",
            "भूल गई",
        ),
    },
    "bn": {
        ADVANCED: (
            "খুব ভালো",
            "খুব ভাল",
            "দক্ষ",
            "এক্সপার্ট",
            "ভালো পারি",
            "ভালোভাবে",
            "পারদর্শী",
            "khub bhalo",
            "dokkho",
            "expert",
        ),
        BASIC: (
            "একটু",
            "একটু একটু",
            "অল্প",
            "অল্পস্বল্প",
            "বেসিক",
            "প্রাথমিক",
            "শিখছি",
            "ভুলে",
            "ektu",
            "olpo",
            "shikhchi",
            # long ago, rusty, learning it now (session 21, skills21)
            "ভুলে গেছি",
            "bhule gechi",
            "bhule",
            "age korechi",
            "শিখছি এখন",
        ),
    },
}

# a denial that only lessens ("not very good at SQL", "no sé mucho SQL", "nicht so gut", "pas très bien"):
# the skill is held, at the basic level
_LESSENED = frozenset(
    "much well good great mucho bien bueno buena viel gut gute beaucoup bon bonne paljon hyvin hyvä hyvää "
    "nhiều tốt giỏi zyada jyada ज़्यादा ज्यादा achha acha अच्छा অনেক বেশি ভালো ভাল".split()
)
# comparisons: the skill after "than" (or, verb-final, before "से" / "চেয়ে") is the weaker one
_BETTER = frozenset(
    "better more besser mehr mejor más mas mieux meilleur meilleure plus paremmin parempi enemmän behtar "
    "बेहतर zyada "
    "ज़्यादा".split()
)
_THAN_AFTER = frozenset("than als que qu kuin hơn".split())
_THAN_BEFORE = frozenset("se से চেয়ে চাইতে থেকে".split())
# names holding a level word: "je connais les bases de données" (databases), "Visual Basic"
_NOT_LEVELS = ("bases de données", "base de données", "bases de donnees", "visual basic", "vb basic")
_SENTENCE_PIECE = regex.compile(r"[,.;!?¿¡।:\n]+")
# "SQL:n", "Power BI:llä", "C:tä": the Finnish case ending after the colon dropped, the name as written (lead
# trial 18: "vähän C:tä" read as the word "ctä", and its level went to the skill before)
_FI_COLON_ENDING = regex.compile(r"(?<=[\p{L}\p{N}]):\p{Ll}+\b")


def held_levels(text: str, phrases: Sequence[str], lang: str | None) -> dict[str, str]:
    """The level each skill phrase (as `Lexicon.skill_mentions` reads it: "excel", "power bi") gets from the
    clause of `text` naming it: "advanced", "basic", or "none" when the clause denies it; phrases whose
    clause says nothing of a level are left out (they keep the level they had)."""
    from pathfinder.assistant.nlu.understand import clauses  # understand reads levels too

    text = _FI_COLON_ENDING.sub("", text)
    codes = _codes(text, lang)
    out: dict[str, str] = {}
    for piece in _SENTENCE_PIECE.split(text):  # a comparison may join clauses ("mejor en Excel que en ...")
        toks = _without_apostrophe_heads(tokens(piece))
        weaker = _weaker_span(toks, lang)
        keys = [normalise_label(t) for t in toks]
        for phrase in phrases:
            at = _position(keys, phrase)
            if weaker and at is not None and at in weaker and phrase not in out:
                out[phrase] = BASIC
    unsaid: list[str] = []  # the skills of the clause before, when it said no level of them
    for toks in _level_scopes(clauses(text, lang) or [text], codes):
        keys = [_key(t, lang) for t in toks]
        written = [normalise_label(t) for t in toks]  # "nada de estadística": the phrase as written
        level = level_said(toks, codes)
        denied = _denied(toks, codes)
        named = [p for p in phrases if _position(keys, p) is not None or _position(written, p) is not None]
        if not named and level and not denied:
            # "Excel ist meine Stärke: da bin ich Profi", "Excel-এ, আমি এক্সপার্ট": the level in a clause of
            # its own right after the skill's
            out.update((phrase, level) for phrase in unsaid)
        elif not named and denied and _denies_knowing(toks):
            # "en fait SQL, je ne connais pas du tout", "SQL? never used it": the denial of knowing in a short
            # clause of its own right after the skill's (session 21, skills21)
            denial = BASIC if set(toks) & _LESSENED else NONE
            out.update((phrase, denial) for phrase in unsaid if phrase not in out)
        unsaid = []
        for phrase in named:
            if phrase in out:
                continue
            if denied:
                out[phrase] = BASIC if set(toks) & _LESSENED else NONE
            elif level:
                out[phrase] = level
            else:
                unsaid.append(phrase)
    return out


# "and" in the served languages: a level word right after it is the level of what follows only
_AND = frozenset("and und y et ja và va aur और আর এবং ar".split())


# verbs of knowing or doing, as a clause denying them says it ("je ne connais pas", "never touched it"); those
# of using ("never used it", "nie genutzt") are `skill_use.says_using`'s
_KNOWING_WORDS = frozenset(
    "know knew known touched done did connais connaît sais touché kenne kann "
    "gemacht sé conozco hecho osaa osaan tiedä biết học आता "
    "आती जानता जानती किया জানি পারি করিনি aata aati janta jani pari".split()
)
_DENIAL_CLAUSE_MAX = 7  # words: a longer clause says more than "not that one"


def _denies_knowing(toks: Sequence[str]) -> bool:
    if len(toks) > _DENIAL_CLAUSE_MAX:
        return False
    return bool(set(toks) & (_KNOWING_WORDS | vocab.KNOW_OPENERS)) or says_using(" ".join(toks))


def _level_scopes(pieces: Sequence[str], codes: Sequence[str]) -> list[list[str]]:
    """The token runs a level word is read in: each clause, cut again before an "and" that a level word
    follows ("জাভা আর একটু SQL জানি", "Java and a bit of SQL": "a bit" is SQL's level, not Java's; the
    clause splitter keeps two skill names joined by "and" together, as one term, session 19)."""
    out: list[list[str]] = []
    for piece in pieces:
        toks = _without_apostrophe_heads(tokens(piece))
        start = 0
        for i, tok in enumerate(toks):
            after = f"{' '.join(toks[i + 1 : i + 4])} "
            if tok in _AND and i > start and any(after.startswith(f"{w} ") for w in _level_phrases(codes)):
                out.append(toks[start:i])
                start = i + 1
        out.append(toks[start:])
    return out


def _level_phrases(codes: Sequence[str]) -> list[str]:
    return [phrase for code in codes for phrases in LEVEL_WORDS[code].values() for phrase in phrases]


def _key(token: str, lang: str | None) -> str:
    """A clause's token as a skill phrase is looked for in it: normalised, and a tool's name written in
    another script as its English ("एक्सेल" -> "excel", "পাইথনের" -> "python", session 19), so that the
    level said in its clause ("एक्सेल मुझे अच्छी तरह आता है", "পাইথন আমি একটু একটু পারি") is the level of that skill."""
    if not token.isascii() and lang not in (None, "en"):
        english = glossary.english(token, lang, only_terms=True)
        if english and len(english.split()) <= 2:
            return normalise_label(english)
    return normalise_label(token)


def level_said(toks: Sequence[str], codes: Sequence[str]) -> str | None:
    """The level a clause's words give what it names (the longest level phrase found wins; a basic one over
    an advanced one of the same length), or None."""
    tables = [LEVEL_WORDS[code] for code in codes]
    # "Excel-guru", "SQL-osaaminen": the parts of a compound count as words
    joined = f" {' '.join(part for t in toks for part in t.split('-') if part)} "
    for name in _NOT_LEVELS:  # "les bases de données", "Visual Basic": names, no level
        joined = joined.replace(f" {name} ", " _ ")
    best: tuple[int, int, str] | None = None
    for table in tables:
        for level, phrases in table.items():
            for phrase in phrases:
                phrase = " ".join(_without_apostrophe_heads(phrase.split()))  # "à l'aise" as read: "à l aise"
                if f" {phrase} " in joined:
                    rank = (len(phrase.split()), level == BASIC, level)
                    best = rank if best is None or rank > best else best
    return best[2] if best else None


def _codes(text: str, lang: str | None) -> list[str]:
    """The languages whose level words and denials a clause is read with: English, the message's language,
    and Hindi and Bengali for a clause in their Latin-script writing ("Excel achhi tarah aata hai", read as
    English)."""
    codes = ["en"] + ([lang] if lang in LEVEL_WORDS and lang != "en" else [])
    if romanised(text):
        codes += [code for code in ("hi", "bn") if code not in codes]
    return codes


def _weaker_span(toks: Sequence[str], lang: str | None) -> range | None:
    """The token positions of the weaker side of a comparison: after "than" ("better at Excel than at
    coding"), or, in Hindi and Bengali, the few words before their "than" ("coding se zyada Excel",
    "কোডিংয়ের চেয়ে Excel ভালো"); None without a comparison."""
    if not (set(toks) & _BETTER or lang in ("vi", "bn")):
        return None
    for i, t in enumerate(toks):
        if t in _THAN_AFTER and i > 0:
            return range(i + 1, len(toks))
        if t in _THAN_BEFORE and i > 0 and lang in ("hi", "bn"):
            return range(max(0, i - 3), i)
    return None


def _position(keys: Sequence[str], phrase: str) -> int | None:
    """Where a skill phrase starts among a clause's normalised tokens: as written, or its last word extended
    by a case ending ("excelia", "sql-এ" -> "sql", "pythonia")."""
    words = phrase.split()
    if not words:
        return None
    flat = [w for k in keys for w in (k.split() or [""])]
    starts = [i for i, k in enumerate(keys) for _ in (k.split() or [""])]
    n = len(words)
    for i in range(len(flat) - n + 1):
        window = flat[i : i + n]
        if window[:-1] == words[:-1] and _same_stem(window[-1], words[-1]):
            return starts[i]
    return None


def _same_stem(word: str, key: str) -> bool:
    """A word written for a skill key: the key itself, the key with a case ending ("excelia", "pythonia"),
    another ending of the same stem ("programmieren" for "programmierung": all but its last three letters
    shared), or a typo of it ("pyton")."""
    if word == key or (len(key) >= 3 and word.startswith(key)):
        return True
    shared = len(os.path.commonprefix([word, key]))
    return (len(key) >= 8 and shared >= len(key) - 3) or (len(word) >= 5 and _one_edit(word, key))


def _one_edit(a: str, b: str) -> bool:
    """Whether two words differ by one letter left out, added or changed ("pyton" for "python"), as the
    lexicon's typo rule reads a skill in them."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = len(os.path.commonprefix([a, b]))
    return a[i + (len(a) == len(b)) :] == b[i + 1 :]
