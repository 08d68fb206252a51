"""A later wish and a preference between subjects: neither is a new goal (session 28, lead trial 23's 03, 10).

"y si al final quiero aprender python, cuál sería el siguiente paso?" once a goal is set asks what would
come after the plan on another subject (the goal stays); "I like statistics more than coding" while choosing
between two jobs says which way the learner leans (it steers the choice, it names no job of its own). Both
were read as a new goal ("software developer"). Pure: the caller decides what to answer.
"""

from __future__ import annotations

import re

import regex

from pathfinder.assistant.nlu import glossary
from pathfinder.assistant.nlu.wanting import wanting

# a condition said with the wish ("what if", "y si", "und wenn", "et si", "entä jos", "nếu", "अगर", "যদি")
_CONDITION = re.compile(r"\b(?:if|wenn|falls|si|jos|jo(?:s|d)i|agar|nếu|neu)\b|अगर|यदि|যদি", re.IGNORECASE)
# a wish for later, or besides the plan ("later", "eventually", "also", "al final", "más adelante", "später",
# "danach", "plus tard", "ensuite", "myöhemmin", "lopulta", "sau này", "thêm", "बाद में", "भी", "পরে", "শেষে")
_LATER = regex.compile(
    r"\b(?:later|eventually|afterwards?|after that|in the end|at the end|also|too|as well|"
    r"al final|después|despues|luego|más adelante|mas adelante|también|tambien|"
    r"später|spaeter|danach|irgendwann|am ende|zusätzlich|auch|noch|"
    r"plus tard|ensuite|après|apres|à la fin|a la fin|aussi|également|"
    r"myöhemmin|myohemmin|lopulta|sitten|jälkeenpäin|myös|lisäksi|"
    r"sau này|sau nay|sau đó|cuối cùng|thêm|cũng|baad mein|baad me|bhi|pore|sheshe)\b|"
    r"बाद में|आखिर में|आगे चलकर|\bभी\b|পরে|শেষে|পরবর্তীতে",
    regex.IGNORECASE | regex.V1,
)
# a change of goal, not a wish besides it ("instead", "stattdessen", "en cambio", "plutôt", "sen sijaan")
_INSTEAD = regex.compile(
    r"\b(?:instead|rather than that|stattdessen|statt dessen|en cambio|en su lugar|en vez de eso|"
    r"à la place|plutôt que ça|sen sijaan|thay vào đó|thay vì|iske bajaye|bodole)\b|"
    r"इसके बजाय|की जगह|বদলে|পরিবর্তে",
    regex.IGNORECASE | regex.V1,
)
# "and later?", "und danach Python?": a bare "and" with a word of later opens the message
_AND_LATER = regex.compile(
    r"^\s*(?:and|und|y|et|ja|entä|còn|aur|ar|আর|और)\s+(?:then\s+|dann\s+|luego\s+|puis\s+)?"
    r"(?:later|afterwards|after that|später|danach|después|más adelante|plus tard|ensuite|après|"
    r"myöhemmin|sitten|sau này|sau đó|baad mein|pore)\b|^\s*(?:और|আর)\s+(?:बाद में|পরে)",
    regex.IGNORECASE | regex.V1,
)


def later_wish(text: str) -> bool:
    """Whether a message wishes a subject for later or besides the goal, as a condition or an aside ("and
    what if I also want to learn machine learning later?", "y si al final quiero aprender python?", "und wenn
    ich danach noch Python lernen will?", "et si plus tard je veux apprendre le ML ?", "entä jos myöhemmin
    haluan oppia Pythonia?", "nếu sau này em muốn học thêm python?", "अगर बाद में python भी सीखना हो?",
    "যদি পরে python শিখতে চাই?", "and later, machine learning?"), never a change of goal ("instead")."""
    if _INSTEAD.search(text):
        return False
    if _AND_LATER.search(text):
        return True
    said = wanting(text)
    return bool(_CONDITION.search(text) and (said.wish or said.learn or said.need) and _LATER.search(text))


# a wish said besides the goal with a word of "also" and no condition ("I'd also like to learn Python", "ich
# möchte auch Python lernen", "también quiero aprender Python", "Python भी सीखना है", "Python ও শিখতে চাই")
_ALSO = regex.compile(
    r"\b(?:also|too|as well|auch|zusätzlich|también|tambien|aussi|également|myös|lisäksi|cũng|thêm|bhi)\b|"
    r"(?<![\p{L}\p{M}])(?:भी|ও)(?![\p{L}\p{M}])",
    regex.IGNORECASE | regex.V1,
)


def also_wish(text: str) -> bool:
    """Whether a message wishes to learn a subject besides the goal with a word of "also" ("I'd also like to
    learn Python", "j'aimerais aussi apprendre Python", "em cũng muốn học Python"; session 29), never a
    change of goal ("instead")."""
    if _INSTEAD.search(text) or not _ALSO.search(text):
        return False
    said = wanting(text)
    return bool(said.wish or said.learn)


# the word that compares two subjects, with what is preferred before it ("more than", "lieber als",
# "más que", "plus que", "enemmän kuin", "hơn"); the preferred one after it where a language says "prefer X
# to Y" ("prefer … to/over", "prefiero … a", "préfère … à")
_MORE_THAN = regex.compile(
    r"\b(?:more|better|rather)\b(?:\s+\w+){0,4}?\s+than\b|\bthan\b|"
    r"\b(?:mehr|lieber|besser|eher)\b(?:\s+\w+){0,4}?\s+als\b|"
    r"\b(?:más|mas|mejor)\b(?:\s+\w+){0,4}?\s+que\b|"
    r"\b(?:plus|mieux)\b(?:\s+\w+){0,4}?\s+que\b|\bqu['’]|"
    r"\b(?:enemmän|mieluummin|paremmin)\b(?:\s+\w+){0,4}?\s+kuin\b|\bkuin\b|"
    r"\bhơn\b",
    regex.IGNORECASE | regex.V1,
)
_PREFER_TO = regex.compile(
    r"\b(?:prefer|preferring)\s+(?P<x>.+?)\s+(?:to|over)\s+(?P<y>.+)|"
    r"\bprefiero\s+(?P<x>.+?)\s+(?:a|al|antes que)\s+(?P<y>.+)|"
    r"\bpréf[eè]re\s+(?P<x>.+?)\s+(?:à|au|aux)\s+(?P<y>.+)",
    regex.IGNORECASE | regex.V1,
)
# Hindi and Bengali put the other before the word of comparing ("मुझे X, Y से ज़्यादा पसंद है", "Y এর চেয়ে X বেশি
# ভালো লাগে"; Hinglish "Y se zyada X pasand hai", Banglish "Y er cheye X beshi bhalo lage")
_OTHER_BEFORE = regex.compile(
    r"(?P<y>\S+(?:\s+\S+)?)\s+(?:से|की तुलना में|এর চেয়ে|র চেয়ে|চেয়ে|এর চেয়ে|চেয়ে|চাইতে|থেকে|se|er cheye|cheye)\s+"
    r"(?P<x>(?:\S+\s+){0,3}?)(?:ज़्यादा|ज्यादा|अधिक|बेहतर|বেশি|ভালো|zyada|jyada|behtar|beshi|bhalo)",
    regex.IGNORECASE | regex.V1,
)
# a word of liking or preferring that makes the comparison a preference ("like", "mag", "gusta", "aime",
# "pidän", "thích", "पसंद", "পছন্দ", "ভালো লাগে")
_LIKING = regex.compile(
    r"\b(?:like|likes|liked|enjoy|enjoys|love|prefer|prefers|into|interests? me|appeals?|"
    r"mag|mögen|liegt|liegen|gefällt|gefallen|interessiert|lieber|bevorzuge|spaß|spass|"
    r"gusta|gustan|prefiero|encanta|interesa|aime|préfère|prefere|plaît|intéresse|"
    r"pidän|tykkään|kiinnostaa|mieluummin|thích|pasand|bhalo lage|pochondo)\b|"
    r"पसंद|अच्छा लगता|अच्छी लगती|अच्छे लगते|पছন্দ|পছন্দ|ভালো লাগে",
    regex.IGNORECASE | regex.V1,
)


def preference(text: str, lang: str | None) -> tuple[str, str] | None:
    """The subject preferred and the one it is preferred to, each as the glossary's English terms ("I like
    statistics more than coding" -> ("statistics", "software developer")), when a message compares two
    subjects with a word of liking ("me gusta más la estadística que programar", "Statistik liegt mir mehr
    als Programmieren", "je préfère les stats à la programmation", "tykkään enemmän tilastoista kuin
    koodaamisesta", "em thích thống kê hơn lập trình", "मुझे कोडिंग से ज़्यादा statistics पसंद है",
    "কোডিং এর চেয়ে পরিসংখ্যান বেশি ভালো লাগে");
    the other "" when the glossary knows none of its words; None when the preferred side names no
    subject the glossary knows ("more with people than computers")."""
    if not _LIKING.search(text):
        return None
    liked = other = ""
    if found := _PREFER_TO.search(text):
        liked, other = found.group("x") or "", found.group("y") or ""
    elif found := _OTHER_BEFORE.search(text):
        other = found.group("y")
        liked = " ".join((text[: found.start()], found.group("x"), text[found.end() :]))
    elif found := _MORE_THAN.search(text):
        # what is preferred stands before "than", "que", "kuin", "hơn" ("me gusta más la estadística que …")
        said = found.group(0).rstrip()
        than = found.start() + said.rfind(" ") + 1 if " " in said else found.start()
        liked, other = text[:than], text[found.end() :]
    else:
        return None
    liked_terms = glossary.english(liked, lang, only_terms=True) or ""
    other_terms = glossary.english(other, lang, only_terms=True) or ""
    if not liked_terms or liked_terms == other_terms:
        return None
    return liked_terms, other_terms
