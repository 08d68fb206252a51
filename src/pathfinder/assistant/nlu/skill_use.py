"""A message about using the skill named just before ("I know some Python" ... "I use it daily at work", "das
nutze ich jeden Tag", "lo uso todos los días", "je m'en sers tous les jours", "käytän sitä päivittäin", "ngày
nào tôi cũng dùng nó", "roz use karta hoon", "অফিসে প্রতিদিন এটা ব্যবহার করি"): it takes up that skill, and use at
work or every day says it is held at least at the intermediate level (session 20, skills20).

Read with the words of all eight languages at once: the pronoun and the verb of using must both be there, and
the message must name no skill of its own (the caller checks that)."""

from __future__ import annotations

import regex

from pathfinder.assistant.nlu.slots import tokens

# a pronoun standing for the thing named before (object forms; French "en" in "je m'en sers")
_PRONOUNS = frozenset(
    "it that this them das es ihn den lo la eso esto le en ça ca sitä tätä sitä sitäkin nó cái ise isko use "
    "usko yeh ye ये इसे इसका इसको उसे এটা ওটা এটি এটাকে eta ota".split()
)
# verbs of using or working with, at the start of a word, in the served languages: "use", "nutze", "benutzt",
# "verwende", "einsetzen", "uso", "usando", "utilizo", "manejo", "trabajo con", "utilise", "je m'en sers",
# "käytän", "käyttänyt", "hyödyntää", "dùng", "sử dụng", "ứng dụng", "इस्तेमाल", "उपयोग", "ব্যবহার". The one
# table of them (session 23, twins23: it was two, a substring list in `vocab` and this one); never "used to"
# (a past job: "I used to do admin"), "user"/"useful", "Benutzer"/"Anwendung" (nouns), French "sert" inside
# Finnish "sertifikaatti", "käyttäjä" (a user), "warehouse"/"serveuse" (a "use" inside a word)
_USING = regex.compile(
    r"(?<![\w'])(?:us(?:e|es|ing)\b|used\b(?!\s+to\b)|work(?:s|ed|ing)? with|nutz(?!er|ung)|benutz(?!er|ung)"
    r"|verwend(?!ung)|einsetz(?!ung)|eingesetzt|genutzt|anwenden|arbeite damit|uso|usa|utiliz|manej|aplicar"
    r"|trabajo con|utilis|appliquer|sers\b|sert\b|käytä|käyttä(?!j)|käytin|hyödyntä|hyödynnä|dùng|sử dụng"
    r"|ứng dụng|istemal|इस्तेमाल|उपयोग|यूज़|ব্যবহার|byabohar)"
)
# every day or at work: use that says more than a beginner's level
_HABITUAL = (
    "daily",
    "every day",
    "everyday",
    "at work",
    "all the time",
    "täglich",
    "jeden tag",
    "bei der arbeit",
    "im job",
    "todos los días",
    "todos los dias",
    "a diario",
    "en el trabajo",
    "tous les jours",
    "au boulot",
    "au travail",
    "quotidien",
    "joka päivä",
    "päivittäin",
    "töissä",
    "hằng ngày",
    "hàng ngày",
    "ngày nào",
    "mỗi ngày",
    "chỗ làm",
    "công ty",
    "roz",
    "rozana",
    "office",
    "रोज़",
    "रोज",
    "प्रतिदिन",
    "ऑफिस",
    "প্রতিদিন",
    "রোজ",
    "অফিসে",
)


def _joined(text: str) -> str:
    words = [t.replace("\u2019", "'") for t in tokens(text)]
    return f" {' '.join(words)} "


def uses_it(text: str) -> bool:
    """Whether a message says the learner uses "it" (a pronoun and a verb of using, in any served
    language; French elisions split: "je l'utilise", "je m'en sers")."""
    joined = _joined(text)
    parts = [w for t in joined.split() for w in t.split("'") if w]
    spaced = f" {' '.join(parts)} "
    if not set(parts) & (_PRONOUNS | {"l"}) and " m en " not in spaced:
        return False
    return _USING.search(spaced) is not None


def says_using(text: str) -> bool:
    """Whether a text has a verb of using or working with, in any served language ("uso", "nutze", "käytän",
    "dùng", "इस्तेमाल"), whatever it uses (`uses_it` wants a pronoun for it). The one reader of those verbs:
    the statement of skills (`understand`), use at work (`area_refinement.for_own_work`), "I use it daily"."""
    joined = _joined(text)
    parts = [w for t in joined.split() for w in t.split("'") if w]
    return _USING.search(f" {' '.join(parts)} ") is not None


def habitually(text: str) -> bool:
    """Whether a message says something is done every day or at work ("daily", "jeden Tag", "a diario")."""
    joined = _joined(text)
    return any(f" {phrase} " in joined or f" {phrase}" in joined for phrase in _HABITUAL)


# years of doing something, in the served languages: experience, so what the clause names is held ("Pythonia
# oon koodannu jo vuosia", "seit Jahren", "depuis des années", "años de experiencia", "5 साल से", "বছর ধরে")
_EXPERIENCE = regex.compile(
    r"\b(?:for (?:\d+ |many |several |a few |some |two |three |four |five |ten )?years|years of"
    r"|\d+ years'? experience"
    r"|seit (?:\d+ |vielen |einigen |ein paar )?jahren|jahrelang|jahre erfahrung"
    r"|desde hace (?:\d+ |muchos |varios )?años|durante años|años de experiencia"
    r"|depuis (?:des|\d+|plusieurs|deux|trois|quatre|cinq|dix) ans?|depuis des années|ans d'expérience"
    r"|jo (?:\d+ )?vuo(?:sia|tta|den)|vuosia|vuoden kokemus|monta vuotta|(?:\d+|kaksi|kolme|viisi) vuotta"
    r"|(?:nhiều|\d+) năm(?: kinh nghiệm)?|nhieu nam|nam kinh nghiem"
    r"|\d+ (?:saal|sal) (?:se|ka)|saalon se|साल से|साल का अनुभव|सालों से"
    r"|বছর ধরে|বছরের অভিজ্ঞতা|bochor dhore)\b",
    regex.IGNORECASE,
)


def states_experience(clause: str) -> bool:
    """Whether a clause says something has been done for years ("I've coded in Python for years",
    "Pythonia oon koodannu jo vuosia", "seit 8 Jahren", "depuis deux ans"), so that what it names is held,
    not sought (session 21, skills21)."""
    return _EXPERIENCE.search(clause.replace("\u2019", "'")) is not None


# "and ... too" in the served languages: a short message adding one more thing to what was just said
_AND_WORDS = frozenset("and und y et ja và va aur और আর ar".split())
_TOO_WORDS = frozenset(
    "too also auch ebenfalls también tambien aussi également myös cũng cung bhi भी ও".split()
)
ADDED_MAX_WORDS = 5


def adds_another(text: str) -> bool:
    """Whether a short message only adds one more thing to the last ("and Jira too", "y jira también", "und
    Trello auch", "ja Canvaa vähän", "aur Canva bhi"): it opens with "and" or says "too", and is no question
    (session 21, skills21; the caller checks that it names a skill and that the last turn stated skills)."""
    toks = tokens(text)
    if not toks or len(toks) > ADDED_MAX_WORDS or "?" in text:
        return False
    return toks[0] in _AND_WORDS or bool(set(toks) & _TOO_WORDS)
