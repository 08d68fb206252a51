"""Weekday ranges in the eight served languages ("Monday to Friday", "thứ 2 đến thứ 6", "T2-T6",
"सोमवार से शुक्रवार", "রবি থেকে বৃহস্পতিবার", "maanantaista perjantaihin"): how many days a week a time per day
is given on, read from the two days named (Sunday to Thursday is five days too, the working week in
Bangladesh). The one table of weekday names; `slots` reads hours with it, and skips the digits that are part
of a day's name ("thứ 6" is Friday, not six hours).
"""

from __future__ import annotations

import re

# Monday = 0 ... Sunday = 6. Whole names and abbreviations that are no other word; a name may carry a case
# ending (Bengali "শুক্রবারে", Finnish "maanantaista", "perjantaihin"), so such words match by their start.
_NAMES: dict[int, str] = {
    0: "monday mon montag lunes lundi maanantai t2 सोमवार somvar somwar সোমবার সোম sombar shombar",
    1: "tuesday tue tues dienstag martes mardi tiistai t3 मंगलवार mangalvar mangalwar মঙ্গলবার মঙ্গল mongolbar",
    2: "wednesday wed mittwoch miércoles miercoles mercredi keskiviikko t4 बुधवार budhvar budhwar "
    "বুধবার budhbar",
    3: "thursday thur thurs donnerstag jueves jeudi torstai t5 गुरुवार बृहस्पतिवार guruvar guruwar "
    "brihaspativar বৃহস্পতিবার বৃহস্পতি brihospotibar",
    4: "friday fri freitag viernes vendredi perjantai t6 शुक्रवार shukravar shukrawar শুক্রবার শুক্র shukrobar "
    "sukrobar",
    5: "saturday samstag sábado sabado samedi lauantai t7 शनिवार shanivar shaniwar শনিবার শনি "
    "shonibar sonibar",
    6: "sunday sonntag domingo dimanche sunnuntai cn रविवार इतवार ravivar raviwar itwar রবিবার রবি robibar",
}
# short forms that are other words too ("do", "so", "ma", "to", "sat", "sun"): only inside one hyphenated
# token ("mo-fr", "ma-pe", "lun-ven", "mon-sat")
_SHORT: dict[int, str] = {
    0: "mo lu lun ma",
    1: "di mar ti",
    2: "mi mer mié ke",
    3: "do ju jeu thu to",
    4: "fr vi ven vie pe",
    5: "sa sam sáb sab la sat",
    6: "so dom dim su sun",
}
NAMES: dict[str, int] = {word: day for day, words in _NAMES.items() for word in words.split()}
SHORT: dict[str, int] = {word: day for day, words in _SHORT.items() for word in words.split()} | NAMES
_FINNISH_STEMS = tuple(name for name in NAMES if name.endswith(("ntai", "stai", "ikko")))
# Vietnamese says a weekday as "thứ" + its number (2 = Monday ... 7 = Saturday) or number word, and Sunday as
# "chủ nhật"; typed without diacritics, "thu 2", "chu nhat"
_VI_DIGITS = {"2": 0, "3": 1, "4": 2, "5": 3, "6": 4, "7": 5}
_VI_NUMBERS = _VI_DIGITS | {"hai": 0, "ba": 1, "tư": 2, "năm": 3, "sáu": 4, "bảy": 5}
# "thứ" takes a digit or a number word; "thu" (typed without diacritics) only a digit: "trung thu nam sau" is
# the Mid-Autumn festival next year, "thu" autumn
_VI_DAY = {"thứ": _VI_NUMBERS, "thu": _VI_DIGITS}
_VI_SUNDAY = (("chủ", "nhật"), ("chu", "nhat"))
# words between the first and the last day of a range ("to", "bis", "đến", "से", "থেকে": Bengali puts "from"
# after the first day); Finnish needs none ("maanantaista perjantaihin")
RANGE = frozenset(
    "to till until through thru bis a al au à hasta jusqu'au đến tới den toi se से tak तक theke থেকে".split()
)
_INFLECTED_MIN = 3  # the shortest name a word with a case ending is read by


def _day(word: str) -> int | None:
    if word in NAMES:
        return NAMES[word]
    if word.isascii() and word.endswith("s") and word[:-1] in NAMES:
        return NAMES[word[:-1]]  # "on saturdays", "samstags", "los sabados"
    if word.isascii() and not word.startswith(_FINNISH_STEMS):
        return None
    # the longest name the word begins with, up to three letters of ending ("শুক্রবারে", "perjantaihin")
    stems = [name for name in NAMES if len(name) >= _INFLECTED_MIN and word.startswith(name)]
    best = max(stems, key=len, default=None)
    return NAMES[best] if best is not None and len(word) - len(best) <= 4 else None


def _names(toks: list[str]) -> list[tuple[int, int, int]]:
    """(first token, last token, day) of each weekday named in the tokens."""
    out: list[tuple[int, int, int]] = []
    i = 0
    while i < len(toks):
        pair = tuple(toks[i : i + 2])
        numbers = _VI_DAY.get(toks[i], {})
        if i + 1 < len(toks) and toks[i + 1] in numbers:
            out.append((i, i + 1, numbers[toks[i + 1]]))
            i += 2
            continue
        if pair in _VI_SUNDAY:
            out.append((i, i + 1, 6))
            i += 2
            continue
        day = _day(toks[i])
        if day is not None:
            out.append((i, i, day))
        i += 1
    return out


def span(toks: list[str]) -> tuple[int | None, frozenset[int]]:
    """(days a week of the weekday range named, or None; the positions of the tokens naming weekdays, whose
    digits are no amounts). A range is two days with a range word between them (or none, in Finnish), or
    one hyphenated token ("t2-t6", "mon-fri", "ma-pe")."""
    names = _names(toks)
    used = frozenset(k for first, last, _ in names for k in range(first, last + 1) if first != last)
    for tok in toks:
        parts = tok.split("-")
        if len(parts) == 2 and all(p in SHORT for p in parts) and parts[0] != parts[1]:
            return (SHORT[parts[1]] - SHORT[parts[0]]) % 7 + 1, used
    for (_, end_a, a), (start_b, _, b) in zip(names, names[1:]):
        between = toks[end_a + 1 : start_b]
        if len(between) <= 1 and (set(between) & RANGE or (not between and a != b)):
            days = (b - a) % 7 + 1
            if days >= 2:
                return days, used
    return None, used


def days_named(toks: list[str], dated: frozenset[str] = frozenset()) -> frozenset[int]:
    """The weekdays named one by one, not as a range ("8 hours on saturdays", "2 hours on tuesdays and
    thursdays", "thứ 7 học 4 tiếng", "shanivar ko 5 ghante"), unless one is ruled out ("except friday", "not
    on sundays") or is a date (a word of `dated` right before it: "by friday"): a time given with them is
    each day's."""
    names = _names(toks)
    if any(set(toks[max(0, first - 3) : first]) & _DENIED for first, _, _ in names):
        return frozenset()
    if any(set(toks[max(0, first - 2) : first]) & dated for first, _, _ in names):
        return frozenset()
    return frozenset(day for _, _, day in names)


# a day ruled out ("every evening except friday", "not on sundays", "sauf le samedi", "außer sonntags")
_DENIED = frozenset("except not no but sauf außer ausser excepto menos paitsi trừ ngoại छोड़कर ছাড়া".split())


_VI_DAY_NAME = re.compile(
    r"(?<!\w)(?:thứ\s+(?:"
    + "|".join(_VI_NUMBERS)
    + r")|thu\s+[2-7])(?!\w)|(?<!\w)(?:chủ\s+nhật|chu\s+nhat)(?!\w)"
)


def without_vietnamese_days(text: str) -> str:
    """The text without Vietnamese weekday names ("thu 2 den thu 6" typed without diacritics: "thu" is also
    autumn, "đến" until), for reading deadlines; `text` is case-folded."""
    return _VI_DAY_NAME.sub(" ", text)
