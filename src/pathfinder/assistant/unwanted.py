"""A subject the learner does not want ("AI without programming", "no coding please", "ohne Programmieren",
"sin programar", "sans coder", "ilman ohjelmointia", "không lập trình", "बिना कोडिंग", "কোডিং ছাড়া"): a
preference against programming, never a subject to search ("ohjelmointia software developer"), and the
entries that teach or need programming, which searches, first suggestions and plans then leave out when
others fit (session 16, issue #12). Pure functions over the message and the catalogue records."""

from __future__ import annotations

import re
from collections.abc import Iterable

from pathfinder.domain import Credential

PROGRAMMING = "programming"

# the wish against programming, in the eight served languages ("I can't code yet" states a level, no wish: a
# future developer says it too)
_AGAINST = re.compile(
    r"\b(?:no|without|w/o|not? any|zero|don'?t want(?: to)?|do not want(?: to)?|"
    r"don'?t (?:have|need) to(?: write)?|never)\s+(?:\w+\s+)?(?:coding|programming|code|program)\b|"
    r"\b(?:ohne|kein|keine|keinen|nicht|nichts mit)\s+(?:zu\s+|viel\s+|zu viel\s+)?"
    r"(?:programmier\w*|code|coden|coding)\b|"
    r"\bprogrammier\w*\s+(?:will ich nicht|möchte ich nicht)\b|"
    r"\b(?:sin|nada de|no quiero)\s+(?:mucho\s+|tener que\s+|demasiado\s+)?"
    r"(?:programar|programación|programacion|código|codigo|codificar)\b|"
    r"\b(?:sans|pas de|ne veux pas)\s+(?:trop\s+|beaucoup\s+|devoir\s+)?"
    r"(?:coder|code|programmer|programmation)\b|"
    r"\b(?:ilman|ei|en halua)\s+(?:ohjelmoi\w*|koodau\w*|koodi\w*|koodata)\b|"
    r"\b(?:không|khong|ko)\s+(?:cần\s+|can\s+|muốn\s+|muon\s+)?"
    r"(?:lập trình|lap trinh|code|coding)\b|"
    r"(?:बिना|bina)\s+(?:कोडिंग|प्रोग्रामिंग|coding|programming)|"
    r"(?:कोडिंग|प्रोग्रामिंग|coding|programming)\s+(?:के बिना|ke bina|नहीं|nahi)|"
    r"(?:কোডিং|প্রোগ্রামিং|coding|programming)\s*(?:ছাড়া|ছাড়াই|chara|chhara|নয়|না)|"
    # a programming job not wanted, or programming "not my thing" (session 29, lead trial 24's 10: "I don't
    # want to become a programmer, I just need to understand it" set the goal software developer)
    r"\b(?:don'?t|do not|never|not)\s+(?:want|wanna|plan|intend|going)\s+(?:to\s+)?(?:become|be|work as)\s+"
    r"(?:an?\s+)?(?:\w+\s+)?(?:programmer|coder|developer|dev)s?\b|"
    r"\b(?:coding|programming|code)\s+(?:is not|isn'?t|is never)\s+(?:really\s+)?(?:my thing|for me)\b|"
    r"\b(?:kein|keine|nicht)\s+(?:\w+\s+)?(?:programmierer\w*|entwickler\w*|coder\w*)\s+werden\b|"
    r"\bprogrammier\w*\s+ist\s+nicht\s+(?:so\s+)?(?:mein|meins)\b|"
    r"\bno\s+(?:quiero|quiere|pienso)\s+(?:ser|convertirme en|volverme|trabajar de)\s+(?:una?\s+)?"
    r"(?:programador\w*|desarrollador\w*)|"
    r"\b(?:programar|la programación|la programacion|el código|el codigo)\s+no\s+es\s+lo\s+m[íi]o\b|"
    r"\b(?:ne\s+)?veu[xt] pas devenir\s+(?:une?\s+)?(?:d[ée]veloppeu\w+|programmeu\w+|codeu\w+)|"
    r"\b(?:le code|coder|la programmation|programmer),?\s+(?:c'?est |ce n'?est )?pas (?:mon truc|pour moi)\b|"
    r"\b(?:en|ei)\s+halu\w*\s+(?:\w+\s+)?(?:ohjelmoija\w*|koodari\w*|kehittäjä\w*)|"
    r"\bkhông\s+(?:muốn|thích)\s+(?:làm|trở thành)\s+(?:một\s+)?(?:lập trình viên|coder|developer|dev)\b|"
    r"(?:प्रोग्रामर|डेवलपर|programmer|developer|coder)\s+(?:नहीं|nahi|nahin)\s+(?:बनना|banna|banana|बनाना)|"
    r"(?:प्रोग्रामर|डेवलपर|programmer|developer)\s+(?:बनना|banna)\s+(?:नहीं|nahi|nahin)|"
    r"(?:প্রোগ্রামার|ডেভেলপার|programmer|developer)\s+(?:হতে|hote)\s+(?:চাই|chai)\s*(?:না|na)(?!\w)",
    re.IGNORECASE,
)

# the words of the preference and what the glossary adds to them: no subject of a search
_WORDS = frozenset(
    "coding code program programming programmer programmieren programmierung programmierkenntnisse coden "
    "programar programación programacion código codigo codificar coder programmation ohjelmointi "
    "ohjelmointia ohjelmoida koodaus koodausta koodia koodata lập trình lap trinh कोडिंग प्रोग्रामिंग কোডিং "
    "প্রোগ্রামিং software developer developers write "
    # the jobs of programming not wanted ("I don't want to become a programmer", session 29)
    "programmer programmers coder coders dev programmierer programmiererin entwickler entwicklerin "
    "programador programadora desarrollador desarrolladora développeur développeuse developpeur "
    "programmeur programmeuse ohjelmoija ohjelmoijaksi koodari koodariksi lập trình viên प्रोग्रामर "
    "डेवलपर প্রোগ্রামার ডেভেলপার".split()
)

# what programming is among skill labels (ESCO) and in titles and descriptions
_SKILL = re.compile(
    r"programming|\bpython\b|\bjava\b|javascript|typescript|c\+\+|^r$|scripting|develop software|"
    r"software prototype|data processing applications|statistical software|code review|code exploits|"
    r"integrated development environment",
    re.IGNORECASE,
)
_TEXT = re.compile(
    r"\b(?:programming|programmieren|programación|programmation|python|javascript|java|coding|code|"
    r"scripting|scripts?|developers?|programar|ohjelmointi\w*)\b",
    re.IGNORECASE,
)
# a record that says it needs none ("No programming required", "sin necesidad de programar")
_NONE_NEEDED = re.compile(
    r"no programming|without programming|no coding|sin necesidad de programar|sin programar|"
    r"ohne programmier|sans programm|sans coder|ilman ohjelmointia",
    re.IGNORECASE,
)


# romanised Hindi: there "ko" is the postposition "to" ("bachon ko coding sikhana": teach children coding),
# not the Vietnamese chat "ko" (không, no) of "ko code" (session 19)
_HINGLISH = re.compile(
    r"\b(?:hoon|hun|hai|hain|chahta|chahti|chahte|sikhana|sikhane|sikhna|seekhna|karna|karta|karti|mujhe|"
    r"mein|bachon|bachchon)\b",
    re.IGNORECASE,
)


def avoided(text: str) -> tuple[str, ...]:
    """The subjects a message says the learner does not want: ("programming",) or ()."""
    for m in _AGAINST.finditer(text):
        if m.group(0)[:2].casefold() == "ko" and _HINGLISH.search(text):
            continue
        return (PROGRAMMING,)
    return ()


def without_words(topic: str) -> str:
    """The topic without the words of the preference ("coding software developer" -> "")."""
    return " ".join(w for w in topic.split() if w.casefold() not in _WORDS)


def _programming_itself(c: Credential) -> bool:
    text = " ".join((c.title, c.description, *c.learning_outcomes))
    if _NONE_NEEDED.search(text):
        return False
    if any(_SKILL.search(s.label) for s in c.skills):
        return True
    if any(_SKILL.search(s.label) for s in c.prerequisite_skills):
        return True
    return bool(_TEXT.search(text))


def programming_ids(credentials: Iterable[Credential]) -> frozenset[str]:
    """The entries that teach or need programming: a programming skill taught or required, programming in
    the title or outcomes, or a prerequisite that does; none whose record says no programming is needed;
    a certificate when any of its courses does."""
    creds = list(credentials)
    ids = {c.id for c in creds if _programming_itself(c)}
    changed = True
    while changed:  # a prerequisite that needs programming makes its dependant need it; a certificate's parts
        changed = False
        for c in creds:
            if c.id in ids:
                continue
            needs = set(c.prerequisites) & ids
            parts = {p.id for p in creds if any(s.target == c.id for s in p.stacks_into)} & ids
            if needs or parts:
                ids.add(c.id)
                changed = True
    return frozenset(ids)
