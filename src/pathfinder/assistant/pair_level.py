"""Which of the two courses just compared is the more advanced, or the easier (session 26, lead trial 22's
09: "ok and which one is more advanced?" after a comparison got one course's facts): answered from the two
entries' EQF levels and prerequisites, both cited, in the eight languages; pure but for the reply texts."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Literal

from pathfinder.assistant import markdown as md
from pathfinder.assistant.i18n import t
from pathfinder.domain import Credential

# "more advanced", "harder", "higher level" in the eight languages (a comparative, asked of the pair)
_HIGHER = re.compile(
    r"\b(?:more (?:advanced|difficult|demanding)|harder|higher[- ]level|(?:the )?advanced one|"
    r"anspruchsvoller|fortgeschrittener|schwieriger|höher(?:es|e)? niveau|"
    r"más (?:avanzad[oa]|difícil|exigente)|de (?:más|mayor) nivel|"
    r"plus (?:avancée?|difficile|exigeante?|pointue?)|(?:de )?plus haut niveau|"
    r"vaativampi|edistyneempi|vaikeampi|korkeamm(?:an|alla) tasoll?a?)\b|"
    r"nâng cao hơn|khó hơn|cao hơn|"
    r"(?:ज़्यादा|ज्यादा|अधिक) (?:एडवांस|उन्नत|कठिन|मुश्किल)|"
    r"(?:বেশি )?(?:অ্যাডভান্সড|উন্নত|কঠিন)",
    re.IGNORECASE,
)
# "easier", "more basic", "for beginners" of the pair
_LOWER = re.compile(
    r"\b(?:easier|more basic|simpler|lower[- ]level|einfacher|leichter|grundlegender|"
    r"más (?:fácil|básic[oa]|sencill[oa])|plus (?:facile|simple|basique)|helpompi|yksinkertaisempi)\b|"
    r"dễ hơn|cơ bản hơn|(?:ज़्यादा|ज्यादा|अधिक)? ?आसान|(?:বেশি )?সহজ",
    re.IGNORECASE,
)
_WORDS = 12  # a question of the pair is short ("ok and which one is more advanced?")


def level_asked(text: str) -> Literal["higher", "lower"] | None:
    """Whether a short message asks which of two is the more advanced ("higher") or the easier ("lower")."""
    if len(text.split()) > _WORDS:
        return None
    if _HIGHER.search(text):
        return "higher"
    return "lower" if _LOWER.search(text) else None


def _rank(c: Credential, other: Credential) -> tuple[int, int, float]:
    """How advanced an entry is beside the other: one that requires the other is above it, then the EQF
    level, then the workload."""
    return (int(other.id in c.prerequisites), c.eqf_level or 0, c.hours or 0.0)


def pair_level_reply(
    pair: tuple[str, ...], asked: Literal["higher", "lower"], get: Callable[[str], Credential | None]
) -> tuple[str, list[Credential]] | None:
    """The answer and both entries cited, or None when either entry is gone."""
    found = [get(i) for i in pair[:2]]
    if len(found) != 2 or found[0] is None or found[1] is None:
        return None
    a, b = found
    related = a.id in b.prerequisites or b.id in a.prerequisites
    if not related and a.eqf_level is not None and a.eqf_level == b.eqf_level:
        text = t("pair_level_equal", a=md.cite(a), b=md.cite(b), eqf=a.eqf_level, ha=_hours(a), hb=_hours(b))
        return text, [a, b]
    high, low = (a, b) if _rank(a, b) >= _rank(b, a) else (b, a)
    if related:
        why = t("pair_level_requires", high=md.cite(high), low=md.cite(low))
    else:
        why = t("pair_level_eqf", high=high.eqf_level or "?", low=low.eqf_level or "?")
    key = "pair_level_higher" if asked == "higher" else "pair_level_lower"
    return t(key, high=md.cite(high), low=md.cite(low)) + " " + why, [high, low]


def _hours(c: Credential) -> str:
    return f"{c.hours:g}" if c.hours else "?"
