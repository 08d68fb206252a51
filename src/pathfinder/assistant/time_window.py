"""A span of time asked about as a window, not as a deadline: "what can I do in the first three months?", "was
schaffe ich in den nächsten 6 Wochen?", "trong ba tháng đầu tôi học được gì?". The answer is what of the plan
fits in that window (its first steps), and nothing is saved: "finish within 3 months" stays a deadline."""

from __future__ import annotations

import re

from pathfinder.assistant.intents import Parsed

# a unit of time the span is counted in, in the eight languages (stems: "Monaten", "kuukauden", "हफ्तों")
_UNIT = (
    r"(?:months?|weeks?|monat\w*|woche\w*|mes(?:es)?|semanas?|mois|semaines?|kuukau\w*|viiko\w*|"
    r"tháng|thang|tuần|tuan|महीन\w*|हफ्त\w*|हफ़्त\w*|सप्ताह\w*|mahin\w*|hafte?\w*|মাস\w*|সপ্তাহ\w*)"
)
_SPAN = rf"(?:[\w\u0900-\u09ff]+\s+){{0,2}}{_UNIT}"  # "three months", "6 Wochen", "ba tháng", "তিন মাসে"
# "first" before the span ("the first three months", "den ersten 6 Wochen", "los primeros tres meses", "les
# trois premiers mois", "ensimmäisten kolmen kuukauden", "पहले तीन महीनों", "প্রথম তিন মাসে"), or after it
# ("ba tháng đầu", "6 tuần đầu", "les trois premiers mois" has it inside)
_FIRST = re.compile(
    rf"\b(?:first|erste[nmrs]?|primer(?:os|as|a)?|premi[eè]re?s?|ensimmäi\w*|ensimmai\w*)\s+{_SPAN}|"
    rf"(?:पहले|पहला|पहली|pehle|প্রথম|prothom)\s+{_SPAN}|"
    rf"\b{_UNIT}\s+(?:đầu|dau)\b|"
    rf"\b(?:[\w]+\s+){{1,2}}premi[eè]re?s\s+{_UNIT}",
    re.IGNORECASE,
)
# "next" / "coming" with the span ("the next 6 weeks", "die nächsten/kommenden 6 Wochen", "las próximas 6
# semanas", "les 6 prochaines semaines", "seuraavan 6 viikon", "6 tuần tới", "अगले 6 हफ्तों", "পরের ৬ সপ্তাহে")
_NEXT = re.compile(
    rf"\b(?:next|coming|nächste[nmrs]?|naechste[nmrs]?|kommende[nmrs]?|próxim[oa]s|proxim[oa]s|"
    rf"siguientes|seuraava\w*|tuleva\w*|अगले|agle|আগামী|পরের|porer)\s+{_SPAN}|"
    rf"\b(?:[\w]+\s+){{1,2}}prochaine?s\s+{_UNIT}|"
    rf"\b{_UNIT}\s+(?:tới|toi|sắp tới|sap toi)\b",
    re.IGNORECASE,
)
# a question of what fits ("what can I do", "was kann/schaffe ich", "qué puedo", "que puis-je", "mitä voin",
# "học được gì", "क्या कर सकता", "কী করতে পারি")
_WHAT = re.compile(
    r"\bwhat\b|\bwhich\b|\bwas\b|\bwelche\w*|\bqu[eé]\b|\bcu[aá]l\w*|\bque\b|\bquoi\b|\bquel\w*|\bmit[aä]\b|"
    r"\bmitk[aä]\b|\bgì\b|\bnào\b|\bgi\b|क्या|कौन|\bkya\b|কী|কি\b|কোন|\bki\b",
    re.IGNORECASE,
)
# finishing words: with them the span is a deadline ("finish within the next 3 months")
_FINISH = re.compile(
    r"\bfinish\w*|\bdone\b|\bcomplete\b|\bfertig\b|\babschlie\w*|\bterminar\b|\bacabar\b|\bfinir\b|"
    r"\bterminer\b|\bvalmii?\w*|\bxong\b|hoàn thành|पूरा|\bpura\b|শেষ|\bshesh\b",
    re.IGNORECASE,
)


def window_weeks(p: Parsed) -> int | None:
    """The weeks of a window the message asks about ("the first three months": 13), or None when its span of
    time is a deadline or there is none. "The first N" is always a window; "the next N" when the message asks
    what fits in it and says nothing of finishing."""
    if not p.weeks:
        return None
    text = p.text
    if _FINISH.search(text):
        return None
    if _FIRST.search(text) or (_NEXT.search(text) and _WHAT.search(text)):
        return int(p.weeks)
    return None
