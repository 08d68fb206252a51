"""Questions about ONE course named or pointed at (issue #12, session 14): "is X a good fit for someone who
only knows Excel?", "ist X was für mich?", "what should I do before it?", "und davor?", "usse pehle kya
karun?". The course's level and prerequisites answer them, never a goal or a new plan. How long a course
takes ("how many weeks is X?", "kitne hafte") is `policy.asks_how_long`. Pure functions over the message
text, in the eight served languages, with and without diacritics.
"""

from __future__ import annotations

import re

from pathfinder.assistant.policy import asks_how_long, asks_plan_totals

# whether a course suits the learner: "a good fit", "right for me", "suit me", "for someone who ...", "was
# für mich", "für mich geeignet", "me conviene", "es para mí", "adapté (à moi)", "pour moi", "sopiiko (se)
# minulle", "hợp với tôi", "phù hợp", "mere liye sahi/theek", "আমার জন্য ঠিক/উপযুক্ত"
_FIT = re.compile(
    r"\bgood fit\b|\b(?:a |the )?(?:right|good|ok|okay|suitable) (?:one )?for (?:me|her|him|them|someone|"
    r"somebody|a beginner|beginners)\b|\bfit for (?:me|her|him|them|someone)\b|"
    r"\bsuit(?:s|able)? (?:me|her|him)\b|"
    r"\bmanage (?:it|that one)\b|\btoo (?:hard|advanced|difficult) for (?:me|her|him)\b|"
    r"\bwas für (?:mich|sie|ihn)\b|\bfür (?:mich|sie|ihn) geeignet\b|"
    r"\bgeeignet für (?:mich|sie|ihn)\b|\bpasst (?:das|der|er) "
    r"(?:zu|für) (?:mir|mich)\b|\bzu (?:schwer|schwierig) für\b|"
    r"\bme conviene\b|\ble conviene\b|\b(?:es|será|sería) (?:para m[ií]|adecuado|apropiado)\b|"
    r"\badecuado para\b|"
    r"\bdemasiado dif[ií]cil para\b|"
    r"\b(?:est|serait)[- ](?:il|elle|ce)? ?(?:adapté|fait pour moi|pour moi)\b|\badapté (?:à|pour)\b|"
    r"\bc'est pour moi\b|\bpour quelqu'un qui\b|\btrop (?:dur|difficile) pour\b|"
    r"\bsopi(?:iko|isiko|i) (?:se |tämä |kurssi )?(?:minulle|hänelle)\b|\bsopiiko\b|\bsopisiko\b|"
    r"\bliian vaikea\b|"
    r"hợp với (?:tôi|mình|em|anh|chị)|\bhop voi (?:toi|minh|em)\b|"
    r"(?:có )?phù hợp (?:với|cho) (?:tôi|mình|em)|có phù hợp không|"
    r"\bphu hop voi (?:toi|minh|em)\b|có nổi không|"
    r"मेरे लिए (?:सही|ठीक|अच्छा)|\bmere liye (?:sahi|theek|thik|accha|achha)\b|\bsuit karega\b|"
    r"আমার জন্য (?:ঠিক|উপযুক্ত|ভালো)|উপযুক্ত কি|কি উপযুক্ত|\bamar jonno (?:thik|upojukto|bhalo)\b",
    re.IGNORECASE,
)

# what comes BEFORE the one in focus: "before it/that/this (one)", "beforehand", "first, before", "davor",
# "vorher", "antes (de eso)", "avant (ça / celui-là)", "ennen sitä", "trước đó/khóa đó", "usse/isse pehle",
# "উসকে আগে", "এর আগে", "তার আগে"
_BEFORE = re.compile(
    r"\bbefore (?:it|that|this|taking it|doing it|starting it|that one|this one|the course)\b|"
    r"\bbeforehand\b|\bprior to (?:it|that)\b|"
    r"\bdavor\b|\bvorher\b|\bzuvor\b|\bvor (?:diesem|dem) kurs\b|"
    r"\bantes de (?:eso|ese|este|ello|hacerlo|empezarlo)\b|"
    r"\bavant (?:ça|cela|celui-ci|celui-là|celui là|ce cours)\b|\bau préalable\b|"
    r"\bennen (?:sitä|tätä|kurssia)\b|\bsitä ennen\b|"
    r"trước (?:đó|khóa đó|khoá đó|khóa này|khoá này|khi học)|\btruoc (?:do|khoa do|khi hoc)\b|"
    r"(?:उससे|इससे|उसके|इसके) पहले|\b(?:usse|isse|uske|iske|usase|isase) pehle\b|"
    r"(?:এর|তার|ওটার|এটার|এটির) আগে|\b(?:er|tar|otar|etar) age\b",
    re.IGNORECASE,
)


# "which one suits me?", "khóa nào phù hợp": a pick among several, not the fit of the one in focus
_WHICH = re.compile(
    r"\bwhich\b|\bwelche[rsn]?\b|\bcu[aá]l(?:es)?\b|\bquel(?:le)?s?\b|\blequel|\blaquelle|\bmikä\b|\bmitkä\b|"
    r"\bkumpi\b|\bnào\b|\bnao\b|\bkaun\b|कौन|কোন|\bkon(?:ta|ti)?\b",
    re.IGNORECASE,
)


def asks_fit(text: str) -> bool:
    """Whether a message asks if a course suits the learner (or the learner someone speaks for); "which one
    suits me?" picks among several instead."""
    return bool(_FIT.search(text)) and not _WHICH.search(text)


# a bare "and before?" ("¿y antes?", "et avant ?", "entä ennen?") in a short follow-up ("I've never coded
# before" is a statement)
_BEFORE_BARE = re.compile(r"\b(?:before|antes|avant|ennen)\s*\??\s*$", re.IGNORECASE)


def asks_before(text: str) -> bool:
    """Whether a message asks what comes before the course in focus ("and before it?", "und davor?")."""
    bare = len(text.split()) <= 6 and bool(_BEFORE_BARE.search(text)) and "never" not in text.lower()
    return bool(_BEFORE.search(text)) or bare


def asks_about_one(text: str) -> bool:
    """Whether a message asks one of these questions of a course: its fit, what comes before it, how long."""
    return asks_fit(text) or asks_before(text) or asks_how_long(text)


def act(
    text: str, *, one_course: bool, plan_shown: bool, plan_cue: bool, done_cue: bool, hours_said: bool
) -> str | None:
    """The act of a question about the one course named or pointed at (`one_course`), else None: what comes
    before it is "requirements" (its prerequisites); its fit is "explain" (the verdict from its level and
    prerequisites against the learner's, then what it needs), how long it takes "explain" too (its workload in
    weeks). A plan asked for, a course said done, or how long the plan shown takes ("how many weeks in
    total?") is no such question."""
    if not one_course or plan_cue or done_cue:
        return None
    if asks_fit(text):
        return "explain"  # its card's question ("which EQF level is X, too hard for me?"), the verdict first
    if asks_before(text):
        return "requirements"
    if asks_how_long(text) and not hours_said and not (plan_shown and asks_plan_totals(text, False)):
        return "explain"
    return None
