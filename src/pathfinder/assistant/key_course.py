"""Which entry of what was shown matters most for the goal: "which course is the most important?",
"welcher Kurs davon ist am wichtigsten?", "¿cuál es el más importante?", "quel cours est le plus important ?",
"mikä on tärkein?", "khóa nào quan trọng nhất?", "सबसे ज़रूरी कौन सा है?", "সবচেয়ে গুরুত্বপূর্ণ কোনটা?"
(session 20, lead trial 16's 03: "**Welcher Kurs** ist nicht im Katalog"; French planned 13 steps, Spanish
answered the first entry's prerequisites). Pure functions over the message and catalogue records; the offline
responder answers with the entry and the goal skills it teaches.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pathfinder.domain import Credential

_KEY = re.compile(
    r"\b(?:most (?:important|essential|useful|relevant|valuable|crucial)|key (?:one|course|step)|"
    r"matters? (?:the )?most|must[- ]have|can'?t skip)\b|"
    r"\b(?:am )?(?:wichtigst\w*|nützlichst\w*|nuetzlichst\w*|unverzichtbar\w*)|"
    r"\bm[aá]s (?:importante|[uú]til|esencial|necesari[oa]|relevante)s?\b|\bimprescindible\b|"
    r"\bplus (?:important|importante|utile|essentiel|essentielle|indispensable)s?\b|\bindispensable\b|"
    r"\b(?:tärkein|tarkein|tärkeimmät|tarkeimmat|hyödyllisin|hyodyllisin|olennaisin)\w*|"
    r"quan trọng nhất|quan trong nhat|cần nhất|can nhat|hữu ích nhất|huu ich nhat|"
    r"सबसे (?:ज़रूरी|जरूरी|ज़रुरी|महत्वपूर्ण|अहम|important|काम का)|"
    r"\bsabse (?:zaroori|jaroori|zaruri|jaruri|important|ahem|aham|kaam ka)\b|"
    r"সবচেয়ে (?:গুরুত্বপূর্ণ|দরকারি|জরুরি|প্রয়োজনীয়|কাজের)|\bsobcheye (?:gurutwopurno|dorkari|joruri|important)\b",
    re.IGNORECASE,
)


def asks_most_important(text: str) -> bool:
    """Whether a message asks which entry shown matters most ("which of these is the key one?")."""
    return bool(_KEY.search(text))


def key_course(
    shown: Sequence[Credential], wanted: Sequence[str]
) -> tuple[Credential, tuple[str, ...]] | None:
    """The course shown that teaches most of `wanted` (the goal's skills, most central first), with the
    skills of `wanted` it teaches in that order: a more central skill outweighs any number of later ones
    only through the count first (two centre skills beat one), then the most central one taught, then the
    order shown. None when no course shown teaches any (a certificate is its parts, not a course)."""
    rank = {u: i for i, u in enumerate(wanted)}
    best: tuple[tuple[int, int, int], Credential, tuple[str, ...]] | None = None
    for place, c in enumerate(shown):
        if c.kind == "certificate":
            continue
        taught = sorted({s.uri for s in c.skills if s.counts and s.uri in rank}, key=rank.__getitem__)
        if not taught:
            continue
        key = (-len(taught), rank[taught[0]], place)
        if best is None or key < best[0]:
            best = (key, c, tuple(taught))
    return None if best is None else (best[1], best[2])
