"""Slots of a message in any of the served languages: study time (per day, week, month, weekend), money
with its currency, deadlines (dates, months, seasons, "within half a year"), study format, languages spoken
versus wanted, level, "free", and whether the learner speaks about someone else. Unicode-aware throughout."""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta

import regex

from pathfinder.assistant.nlu import vocab, weekdays
from pathfinder.assistant.nlu.holidays import holiday
from pathfinder.assistant.nlu.level_words import LEVEL_RANGES, level_word, numbered_level
from pathfinder.assistant.nlu.number_words import spelled_before, time_amounts
from pathfinder.assistant.nlu.vi_marks import expand_teen_code

_TOKEN = regex.compile(r"\d+(?:[.,]\d+)*|[€$£₹₫৳]|[\p{L}\p{M}][\p{L}\p{M}\p{N}_]*(?:['-][\p{L}\p{M}\p{N}]+)*")
_BEFORE = frozenset("before vor antes avant ennen trước पहले আগে".split())
_WITHIN = frozenset(
    "within in innerhalb binnen en dentro dans sous trong में মধ্যে kuluessa sisällä "
    "अंदर andar bhitore ভিতরে vitore".split()  # session 12: "दो हफ्तों के अंदर", "3 mahine ke andar"
)
_UNTIL = frozenset("by until till bis hasta para pour d'ici mennessä đến trước तक মধ্যে end ende fin".split())
_MAX = frozenset(
    "max maximal maximum höchstens most máximo maximum enintään tối đa अधिकतम সর্বোচ্চ under "
    "below unter menos moins alle dưới कम কম than".split()
)
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b|\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b")


@dataclass
class Slots:
    hours_per_week: float | None = None
    amount: float | None = None
    currency: str | None = None
    free: bool = False
    no_money: bool = False  # "can't pay anything": a budget of 0, whatever the act
    budget_named: bool = False  # the amount comes with the word "budget" ("ngân sách 5 triệu"): the budget
    deadline: date | None = None
    weeks: int | None = None
    participation: tuple[str, ...] = ()
    wanted_languages: tuple[str, ...] = ()
    preferred_languages: tuple[str, ...] = ()  # said after "rather", "lieber", "plutôt": the only ones wanted
    taught_languages: tuple[str, ...] = ()  # named as a subject taught ("English teacher"): no limit
    spoken_languages: tuple[str, ...] = ()
    denied_languages: tuple[str, ...] = ()  # "no inglés": neither spoken nor wanted
    level: tuple[int | None, int | None] | None = None
    eqf_level: int | None = (
        None  # a level's number ("nivel 4", "Niveau 3", "cấp độ 4", "লেভেল ৪"): session 20
    )
    third_person: bool = False
    relative: bool = False  # the one spoken of is the speaker's relative or friend, no adviser's client
    numbers: list[float] = field(default_factory=list)
    budget_said: bool = False  # the amount is said as the learner's own ("ich habe höchstens 800 Euro")
    ceiling_said: bool = False  # the amount with a word of "at most" ("unter 400 Euro", "menos de 300")


def normalise(text: str) -> str:
    """Case-folded, NFC text with every decimal digit (Bengali ৫, Devanagari ५ ...) as an ASCII digit."""
    text = unicodedata.normalize("NFC", text).replace("’", "'")
    return "".join(
        str(unicodedata.digit(ch)) if ch.isdigit() and not ch.isascii() else ch for ch in text
    ).casefold()


_GROUPED = re.compile(r"\b(\d{1,3})[ \u00a0\u202f](\d{3})\b")  # "1 000 €": a thousands separator


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(_GROUPED.sub(r"\1\2", normalise(text)))


def _number(token: str) -> float | None:
    if not token[:1].isdigit():
        return None
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", token):  # 1.200 / 1,200: thousands
        return float(re.sub(r"[.,]", "", token))
    if re.fullmatch(r"\d{1,2}(?:,\d{2})+,\d{3}", token):  # 1,50,000: Indian grouping (lakh, crore)
        return float(token.replace(",", ""))
    try:
        return float(token.replace(",", "."))
    except ValueError:
        return None


def _word_number(toks: list[str], i: int) -> bool:
    """A number word standing for the number ("दो घंटे", "chhe mahine"), not before a digit ("I can do 5
    hours": "do" is no number there)."""
    nxt = toks[i + 1] if i + 1 < len(toks) else ""
    # "une dizaine d'heures": the article before a number word is no number
    return toks[i] in vocab.NUMBER_WORDS and _number(nxt) is None and nxt not in vocab.NUMBER_WORDS


def _rate_after(toks: list[str], at: int) -> bool:
    """Whether the week word at `at` starts a weekly time: a number of hours right after it ("hafte me 7
    ghante", "a week 5 hours")."""
    after = toks[at + 1 : at + 5]  # up to three fillers first: "1 tuần được tầm 5h", "hafte me lagbhag 6"
    unit = (*vocab.HOUR, *vocab.SESSION)  # "1 tuần học 3 buổi": sessions a week, too
    return any(_number(x) is not None for x in after) and any(x in unit for x in toks[at + 1 : at + 7])


def _half(toks: list[str], i: int) -> bool:
    return any(t in vocab.HALF for t in toks[max(0, i - 3) : i + 1])


def _near(toks: list[str], i: int, words, before: int = 3, after: int = 4) -> int | None:
    window = range(max(0, i - before), min(len(toks), i + after + 1))
    return next((j for j in window if toks[j] in words), None)


def _instead(toks: list[str]) -> list[str]:
    """'8 statt 4 Stunden' -> '8 Stunden': the number before "instead (of)" replaces the one after it."""
    for i, t in enumerate(toks):
        if _number(t) is None or not any(w in vocab.INSTEAD for w in toks[i + 1 : i + 4]):
            continue
        later = next((j for j in range(i + 2, min(len(toks), i + 6)) if _number(toks[j]) is not None), None)
        if later is not None:
            return toks[: i + 1] + toks[later + 1 :]
    return toks


def _week_rate_near(toks: list[str], i: int) -> bool:
    """A week word near the number at `i` that is a rate's unit, not a number of weeks ("2 horas al día"
    beside "una entrevista en 3 semanas" is daily: session 28, lead trial 23's 16 in Spanish)."""
    return any(
        toks[j] in vocab.WEEK and not (j > 0 and _number(toks[j - 1]) is not None)
        for j in range(max(0, i - 6), min(len(toks), i + 6))
    )


def _per(toks: list[str], i: int, unit) -> bool:
    """A rate's unit further before the number ("mỗi tháng học được khoảng 20 tiếng"): "per"/"each" + unit
    at most seven words back."""
    return any(toks[j] in unit and j > 0 and toks[j - 1] in vocab.PER for j in range(max(0, i - 7), i))


def _hours(toks: list[str]) -> float | None:
    replaced = _instead(toks)
    if replaced != toks:  # "8 statt 4 Stunden": the learner's weekly time, changed
        toks = replaced
        for i, t in enumerate(toks):
            n = _number(t)
            if (
                n is not None
                and _near(toks, i, vocab.HOUR, 0, 2) is not None
                and _near(toks, i, (*vocab.DAY, *vocab.MONTH), 3, 5) is None
            ):
                return n
    days, day_names = weekdays.span(toks)  # "từ thứ 2 đến thứ 6": five days; "thứ 6" is no amount
    for i, t in enumerate(toks):
        if i in day_names:
            continue
        n = _number(t)
        if n is None and _word_number(toks, i) and _near(toks, i, vocab.HOUR, 0, 2) is not None:
            n = float(vocab.NUMBER_WORDS[t])  # "une vingtaine d'heures", "two hours", "रोज़ दो घंटे"
        if n is None and _one_hour(toks, i):
            n = 1.0  # "an hour a day", "una hora al día", "tunti päivässä"
        if n is None and t in vocab.FRACTION_WORDS and _near(toks, i, vocab.HOUR, 0, 1) is not None:
            n = vocab.FRACTION_WORDS[t]  # "dedh ghanta roz", "রোজ দেড় ঘণ্টা"
        if n is None and _half_hour(toks, i):
            n = 0.5  # "half an hour a day", "nửa tiếng mỗi tối", "आधा घंटा रोज़", "আধা ঘণ্টা"
        if n is not None and toks[i + 1 : i + 2] and toks[i + 1] in vocab.HOUR:
            n += 0.5 if toks[i + 2 : i + 3] and toks[i + 2] in vocab.HALF_AFTER else 0  # "1 tiếng rưỡi"
        if n is not None and _near(toks, i, vocab.MINUTE, 0, 1) is not None:
            n = n / 60
        elif n is None or _near(toks, i, vocab.HOUR, 0, 2) is None:
            continue
        count = _sessions(toks, i)
        if count is not None:  # "3 buổi mỗi buổi 2 tiếng", "hafte me 3 din 2 ghante", "3 days a week, 2 h"
            return n * count
        if _near(toks, i, vocab.WEEKDAYS, 3, 6) is not None:
            return n * 5
        if days and _near(toks, i, (*vocab.WEEK, *vocab.MONTH), 6, 5) is None:
            return n * days  # "mỗi tối từ thứ 2 đến thứ 6 học 2 tiếng", "Mon-Fri 2h", "রবি থেকে বৃহস্পতি"
        named = weekdays.days_named(toks, _UNTIL | _BEFORE) if not days else frozenset()
        if (
            named
            and _near(toks, i, (*vocab.WEEK, *vocab.MONTH, *vocab.DAY), 6, 5) is None
            and _near(toks, i, vocab.COURSE, 3, 3) is None  # "the 40 hour course on mondays": its length
        ):
            return n * len(named)  # "8 hours on saturdays", "thứ 7 học 4 tiếng", "2h mardi et jeudi"
        if _near(toks, i, vocab.DAY, 6, 5) is not None and _weekend(toks) and not _weekend_off(toks):
            return n * 2  # "cuối tuần, mỗi ngày 3 tiếng", "sirf weekend pe, roz 3 ghante"
        if _near(toks, i, vocab.DAY, 6, 5) is not None and (_weekday_phrase(toks) or _weekend_off(toks)):
            return n * 5  # "2h par jour en semaine", "2 Stunden am Tag unter der Woche"
        if _near(toks, i, vocab.DAY, 6, 5) is not None and not _week_rate_near(toks, i):
            return n * 7
        if _time_of_day(toks) and _near(toks, i, (*vocab.WEEK, *vocab.MONTH), 6, 5) is None:
            # "nur abends Zeit, so 1 Stunde", "vormittags 2 Stunden, Montag bis Freitag", "le soir, 1h"
            return n * 5 if _weekday_phrase(toks) or _weekend_off(toks) else n * 7
        month = _near(toks, i, vocab.MONTH, 3, 5)
        named_month = month is not None and toks[month] == "tháng" and month + 1 < len(toks)
        if named_month and month > i and _number(toks[month + 1]) is not None:
            month = None  # "6 tiếng, xong trước tháng 6": a month's name (a deadline), not hours per month
        if (month is not None or _per(toks, i, vocab.MONTH)) and _near(toks, i, vocab.WEEK, 3, 5) is None:
            return max(0.5, round(n * 12 / 52 * 2) / 2)
        if _near(toks, i, vocab.WEEK, 5, 5) is not None or _near(toks, i, vocab.WEEKEND, 4, 5) is not None:
            return n
        if (
            _per(toks, i, vocab.EVENING)
            or _near(toks, i, vocab.EVERY_EVENING, 6, 5) is not None
            or _every_evening(toks)
        ):
            return n * 7  # "mỗi tối 2 tiếng", "jeden Abend zwei Stunden", "iltaisin 2 tuntia"
        if re.search(r"\d\s*h\s*/\s*w", " ".join(toks)):
            return n
        if len(toks) <= 8 and any(t in vocab.WHAT_IF for t in toks[:i]) and not set(toks) & vocab.COURSE:
            return n  # "¿y si le dedico 15 horas?", "what if 3 hours?": the learner's weekly time, changed
    return None


def _half_hour(toks: list[str], i: int) -> bool:
    """Half an hour said in words ("half an hour", "a half hour", "nửa tiếng", "आधा घंटा"), not the half
    of a count before it ("1 and a half hours", "anderthalb")."""
    return (
        toks[i] in vocab.HALF
        and _near(toks, i, vocab.HOUR, 0, 2) is not None
        and not any(_number(x) is not None or x in vocab.NUMBER_WORDS for x in toks[max(0, i - 3) : i])
    )


def _one_hour(toks: list[str], i: int) -> bool:
    """Whether the token at `i` says one hour without a number: an article before the singular hour word
    ("an hour", "una hora", "eine Stunde") or the Finnish singular with no number or half before it."""
    t, nxt = toks[i], toks[i + 1] if i + 1 < len(toks) else ""
    if t in vocab.ONE_HOUR_ARTICLES and nxt in vocab.HOUR_SINGULAR:
        return True
    before = toks[i - 1] if i else ""
    counted = _number(before) is not None or before in vocab.NUMBER_WORDS or before in vocab.HALF
    return t in vocab.HOUR_ALONE_ONE and not counted


def _every_evening(toks: list[str]) -> bool:
    """Whether the message says "every evening" anywhere ("1 hour every evening", "2 tiếng mỗi tối", "tối nào
    cũng", "har shaam", "প্রতি সন্ধ্যায়"): a time given with it is per day."""
    every = (*vocab.PER, *vocab.EVERY_LATIN)
    return any(
        t in vocab.EVENING
        and ((j and toks[j - 1] in every) or toks[j + 1 : j + 2] in ([w] for w in vocab.EVERY_AFTER))
        for j, t in enumerate(toks)
    )


def _weekend(toks: list[str]) -> bool:
    """Whether the message limits its study days to the weekend ("cuối tuần", "weekends only", "thứ 7 chủ
    nhật", "শুক্র শনি"): a time per day then counts two days."""
    joined = f" {' '.join(toks)} "
    return bool(set(toks) & vocab.WEEKEND_WORDS) or any(f" {p} " in joined for p in vocab.WEEKEND_PHRASES)


def _sessions(toks: list[str], i: int) -> int | None:
    """Sessions a week when the hours at `i` are one session's: a count (≤ 7) before a session word with a
    week word next to it ("1 tuần học 3 buổi, mỗi buổi 2 tiếng", "hafte me 3 din 2 ghante", "সপ্তাহে ৩ দিন
    ২ ঘণ্টা করে", "3 evenings a week, 2 hours each"); none when the hours are a week's themselves ("8 hours
    a week over 3 days")."""
    if _near(toks, i, vocab.WEEK, 0, 3) is not None:
        return None
    for j, t in enumerate(toks[:-1]):
        count = _number(t)
        if count is None and _word_number(toks, j):
            count = float(vocab.NUMBER_WORDS[t])
        if j == i or count is None or not (1 <= count <= 7) or count != int(count):
            continue
        if toks[j + 1] in vocab.SESSION and _near(toks, j, vocab.WEEK, 3, 4) is not None:
            return int(count)
    return None


_FAMILY_COUNTRIES = frozenset(w for words in vocab.CURRENCY_COUNTRIES.values() for w in words)


def _whose_currency(toks: list[str], at: int, currency: str) -> str:
    """Dollars, pesos, dirhams or rupees of the country named next to them ("1500 dollars canadiens", "800 mil
    pesos colombianos"), or, for pesos, dirhams and rupees, of a place named in the message ("soy de Medellín
    ... 800 mil pesos"); else the currency as read."""
    near = toks[max(0, at - 1) : at] + toks[at + 1 : at + 2]
    countries = vocab.CURRENCY_COUNTRIES.get(currency)
    if countries is None or toks[at] in ("₹", "rs", "rs.", "inr"):
        return currency
    said = next((countries[w] for w in near if w in countries), None)
    places = vocab.CURRENCY_PLACES.get(currency, {})
    return said or next((places[w] for w in toks if w in places), currency)


def _full_time(toks: list[str]) -> float | None:
    """Study time said as full-time or part-time ("à temps plein", "Vollzeit", "part-time"): the usual week;
    None near a word of working ("je travaille à temps plein", "Vollzeit berufstätig": the job's time)."""
    joined = f" {' '.join(toks)} "
    for phrase, hours in vocab.FULL_TIME.items():
        at = joined.find(f" {phrase} ")
        if at >= 0:
            near = joined[:at].split()[-4:] + joined[at + len(phrase) + 1 :].split()[:3]
            return None if set(near) & vocab.WORKING else float(hours)
    return None


def _time_of_day(toks: list[str]) -> bool:
    """Whether the message names a part of the day the learner studies in ("abends", "vormittags",
    "evenings", "le soir", "am Abend"): a time given with it is per day."""
    return any(
        t in vocab.TIME_OF_DAY
        or (t in vocab.TIME_OF_DAY_NOUNS and j and toks[j - 1] in vocab.TIME_OF_DAY_ARTICLES)
        for j, t in enumerate(toks)
    )


def _weekend_off(toks: list[str]) -> bool:
    """Whether the weekend is ruled out ("am Wochenende gar nicht", "pas le week-end", "sauf le week-end",
    "not at weekends"): a time per day then counts five days."""
    return any(
        t in vocab.WEEKEND and set(toks[max(0, j - 3) : j + 4]) & vocab.WEEKEND_DENIED
        for j, t in enumerate(toks)
    )


def _weekday_phrase(toks: list[str]) -> bool:
    """Whether the message says "on weekdays" in several words ("en semaine", "entre semana", "unter der
    Woche", "ngày thường")."""
    joined = f" {' '.join(toks)} "
    return any(f" {phrase} " in joined for phrase in vocab.WEEKDAY_PHRASES)


def _money(toks: list[str], lang: str | None = None) -> tuple[float, str] | None:
    """An amount with its currency: named next to it ("500 €", "₹ 20000", "10 millones de VND"), else implied
    by a multiplier word ("3 triệu", "20 hazaar") or by a budget word before a bare amount in a language with
    its own currency ("budget 30k", "ngân sách 500k"): then the message's language's currency
    (`vocab.LOCAL_CURRENCY`), else the multiplier's."""
    implied: tuple[float, str] | None = None
    for i, t in enumerate(toks):
        spelled = spelled_before(toks, i) if t in vocab.CURRENCIES else None
        if spelled:  # "mille cinq cents euros", "zweitausend Euro"
            return spelled[0], _whose_currency(toks, i, vocab.CURRENCIES[t])
        n = _number(t)
        if n is None and toks[i + 1 : i + 2] and toks[i + 1] in vocab.MULTIPLIERS:
            # "डेढ़ लाख", "do lakh", "hai triệu": a number word before a multiplier
            n = vocab.FRACTION_WORDS.get(t) or (
                float(vocab.NUMBER_WORDS[t]) if t in vocab.NUMBER_WORDS else None
            )
        if (
            n is None
            and t in vocab.THOUSAND_WORDS
            and toks[i + 1 : i + 2]
            and toks[i + 1] in vocab.CURRENCIES
        ):
            n = 1000.0  # "tuhat euroa", "mil euros"
            if i and _number(toks[i - 1]) is not None:
                continue  # "2 mil euros": the number before carries the multiplier
        if n is None:
            continue
        nxt = _inflected(toks[i + 1], vocab.MULTIPLIERS) if i + 1 < len(toks) else ""
        multiplier = None
        if nxt in vocab.MULTIPLIERS and not (nxt == "mil" and toks[i + 2 : i + 3] == ["millones"]):
            n *= vocab.MULTIPLIERS[nxt]
            multiplier = nxt
            after = toks[i + 2 : i + 4]
        else:
            after = toks[i + 1 : i + 3]
        before = toks[max(0, i - 1) : i]
        # "10 millones de VND", "500 Canadian dollars": the currency one word further
        linked = after[1:2] if after[:1] and after[0] in (*vocab.CURRENCY_LINKS, *_FAMILY_COUNTRIES) else []
        for word in (*before, *after[:1], *linked):
            code = _currency(word)
            if code is not None:
                return n, _whose_currency(toks, toks.index(word, max(0, i - 1)), code)
        if implied is None:
            local = vocab.LOCAL_CURRENCY.get(lang or "")
            budget = any(w in vocab.BUDGET_WORDS for w in toks[max(0, i - 3) : i])
            if multiplier in vocab.MULTIPLIER_CURRENCY:
                implied = n, local or vocab.MULTIPLIER_CURRENCY[multiplier]
            elif local and (multiplier or budget) and not _near(toks, i, vocab.HOUR, 0, 2):
                implied = n, local
    return implied


def _currency(word: str) -> str | None:
    """The currency a word names, also under a Bengali case ending ("টাকার", "takar", "takay"): "20 hajar
    takar moddhe" is taka."""
    if word in vocab.CURRENCIES:
        return vocab.CURRENCIES[word]
    stem = _inflected(word, vocab.CURRENCIES)
    if stem == word:
        stem = next(
            (word[:-1] for end in ("r", "y") if word.endswith(end) and word[:-1] in vocab.CURRENCIES), word
        )
    return vocab.CURRENCIES[stem] if stem != word and len(stem) >= 3 else None


def _said_as_budget(toks: list[str]) -> bool:
    """Whether an amount is said as what the learner has or will spend: a word of having, spending or
    "budget" up to four words before the amount or three after its currency ("für Kurse habe ich höchstens
    800 Euro", "1000 Euro kann ich ausgeben", "je peux mettre 500 balles")."""
    return any(
        t in vocab.CURRENCIES and bool(set(toks[max(0, i - 5) : i + 4]) & vocab.BUDGET_VERBS)
        for i, t in enumerate(toks)
    )


def _inflected(token: str, table) -> str:
    """A word of `table` under a Bengali case ending ("হাজারের", "লাখের", "hajarer", "mashe"): the table's
    word, else the token as it is."""
    if token in table:
        return token
    for ending in vocab.BN_CASE_ENDINGS:
        if token.endswith(ending) and token[: -len(ending)] in table:
            return token[: -len(ending)]
    return token


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _next(month: int, today: date) -> date:
    year = today.year if month >= today.month else today.year + 1
    return _month_end(year, month)


_CLAUSE = re.compile(r"[,;!?।]+|\.(?!\d)")
# "30/4", "15.3.", "30-4": a day and a month without a year (a full date is `_ISO_DATE`); not "24/7"
# "30/4", "15.3.": "." only with its closing dot (so "1.5 lakh" and "4.5 tiếng" stay numbers), no "-" ("4-5")
_DAY_MONTH = re.compile(r"(?<![\d/.,])(\d{1,2})(?:/(\d{1,2})(?![\d/.,])|\.(\d{1,2})\.(?!\d))")
_HOURS_AFTER = regex.compile(r"\s*(?:h\b|giờ|tiếng|gio|tieng|hours?|ghante|घंटे|ঘণ্টা)")


def _day_month(text: str, today: date) -> date | None:
    """A day and month without a year ("trước 30/4", "15.3 tak", "by 30/6"), day first as in every served
    language but US English ("4/30" is read month first when the day cannot be a month): its next date."""
    for m in _DAY_MONTH.finditer(text):
        if _HOURS_AFTER.match(text, m.end()):  # "2/3 tiếng": hours, not a date
            continue
        day, month = int(m.group(1)), int(m.group(2) or m.group(3))
        if month > 12 and day <= 12:
            day, month = month, day
        if not (1 <= month <= 12 and 1 <= day <= calendar.monthrange(today.year + 1, month)[1]):
            continue
        if day == 24 and month == 7:  # "24/7": all the time
            continue
        when = date(today.year, month, min(day, calendar.monthrange(today.year, month)[1]))
        return when if when > today else date(today.year + 1, month, day)
    return None


def _relative(toks: list[str], today: date) -> tuple[date, int] | None:
    """A time frame from today in one clause: "in 3 months", "within half a year", "trong 3 tháng"."""
    for i, t in enumerate(toks):
        n = _number(t)
        if n is None and _word_number(toks, i):
            n = float(vocab.NUMBER_WORDS[t])  # "छह महीने में", "ba tháng"
        unit_at = (
            _near(toks, i, (*vocab.WEEK, *vocab.MONTH, *vocab.YEAR), 0, 2)
            if n is not None or t in vocab.HALF
            else None
        )
        if unit_at is None or _near(toks, i, vocab.HOUR, 1, 2) is not None:
            continue
        unit = toks[unit_at]
        if unit in vocab.WEEK and _near(toks, i, _WITHIN, 3, 0) is None and _rate_after(toks, unit_at):
            # "…banna hai, hafte me 7 ghante": Hindi "hai" is no Vietnamese two here; "1 tuần học 3 buổi": a
            # rate ("one week: three sessions"), not a time frame of one week
            continue
        if t in vocab.HALF:
            n = 0.5
        if n is None or not (_near(toks, i, _WITHIN, 3, 4) is not None or unit_at == i + 1):
            continue
        weeks = n if unit in vocab.WEEK else n * 52 / 12 if unit in vocab.MONTH else n * 52
        if weeks > 260:  # "une dame de 60 ans": an age, not a time frame
            continue
        if i > 0 and toks[i - 1] == "tháng":  # "tháng 5 năm 2028": May 2028, not five years
            continue
        if toks[max(0, i - 2) : i] == ["tháng", "mười"]:  # "tháng mười hai năm sau": December, not two years
            continue
        if _experience(toks, i, unit_at):  # "làm kế toán 5 năm", "5 saal se", "2 bochor dhore"
            continue
        return today + timedelta(weeks=round(weeks)), max(1, round(weeks))
    return None


# words before a month that make it the start ("starting January", "from March", "ab Januar", "desde enero",
# "a partir de enero", "à partir de janvier", "dès janvier", "từ tháng 1") and after it ("tammikuusta
# alkaen", "जनवरी से", "জানুয়ারি থেকে", "January onwards")
_START_BEFORE = frozenset(
    "starting beginning from ab beginnend desde empezando comenzando empezar partir dès des từ tu".split()
)
_START_AFTER = frozenset("alkaen lähtien onwards से থেকে".split())


def _starts_then(toks: list[str], i: int) -> bool:
    """Whether the month at `i` is when the learner starts, not a deadline: a start word just before it (or
    before "tháng"), or just after it, or a Finnish elative month ("tammikuusta")."""
    if set(toks[:i]) & (_BEFORE | _UNTIL):
        return False  # "before my new job starts in February", "bis ... ab": a deadline all the same
    before = set(toks[max(0, i - 2) : i])
    if set(toks[i + 1 : i + 4]) & {"पहले", "pehle", "আগে", "age"}:
        return False  # "जून से पहले": before June, a deadline
    if toks[i].endswith(("kuusta",)) or set(toks[i + 1 : i + 3]) & _START_AFTER and not toks[i].isdigit():
        return calendar_word(toks[i]) in vocab.MONTHS or toks[i].endswith("kuusta")
    return bool(before & _START_BEFORE) and (calendar_word(toks[i]) in vocab.MONTHS or toks[i] == "tháng")


def _deadline(text: str, toks: list[str], today: date) -> tuple[date | None, int | None]:
    m = _ISO_DATE.search(text)
    if m:
        try:
            if m.group(1):
                return date(int(m.group(1)), int(m.group(2)), int(m.group(3))), None
            return date(int(m.group(6)), int(m.group(5)), int(m.group(4))), None
        except ValueError:
            pass
    day_month = _day_month(text, today)
    if day_month is not None:
        return day_month, None
    before = any(t in _BEFORE for t in toks)
    low = " ".join(toks)
    # relative, read clause by clause: "সপ্তাহে ১০ ঘণ্টা, ৩ মাসের মধ্যে" (the hours end the clause before)
    for clause in _CLAUSE.split(text):
        relative = _relative(tokens(clause), today)
        if relative is not None:
            return relative
    festival = holiday(toks, today)
    if festival is not None:
        return festival, None
    for i, t in enumerate(toks):  # absolute: a month name, "tháng 6", a season
        if _starts_then(toks, i):
            continue  # "starting January", "ab Januar", "từ tháng 1": when to begin, no deadline (trial 17)
        t = calendar_word(t)
        month = vocab.MONTHS.get(t)
        if month is None and t == "tháng" and i + 1 < len(toks):
            nxt = toks[i + 1]
            # "tháng mười hai": December in two words, before "tháng mười" (October)
            named = vocab.VI_MONTH_WORDS.get(" ".join(toks[i + 1 : i + 3])) or vocab.VI_MONTH_WORDS.get(nxt)
            month = int(nxt) if nxt.isdigit() and 1 <= int(nxt) <= 12 else named
        if month is not None and (
            t
            not in ("may", "mar", "jun", "jan", "dec", "sep", "oct", "nov", "aug", "apr", "feb", "jul", "mai")
            or _near(toks, i, _UNTIL | _BEFORE | {"in"}, 3, 0) is not None  # "bis Mai": the word at 0 counts
        ):
            if before and _near(toks, i, vocab.END_OF, 3, 0) is None:  # "avant la fin mars": the end of March
                month = 12 if month == 1 else month - 1
            reach = i + (4 if t == "tháng" else 3)  # "tháng 5 năm 2028": the year after the month's number
            year = next((int(x) for x in toks[i + 1 : reach] if x.isdigit() and len(x) == 4), None)
            end = _month_end(year, month) if year else _next(month, today)
            if not year and end.year == today.year and any(f" {p} " in f" {low} " for p in vocab.NEXT_YEAR):
                end = _month_end(today.year + 1, month)  # "tháng 12 năm sau", "agle saal december tak"
            day = _number(toks[i - 1].rstrip(".")) if i and not before else None
            if day and day == int(day) and 1 <= day <= end.day:
                return end.replace(day=int(day)), None
            return end, None
        season = vocab.SEASONS_BEFORE.get(t.rsplit("'", 1)[-1])  # "avant l'été"
        # "before the summer", "by summer"; the postposition after it: "kesään mennessä", "गर्मी तक"
        # ... and the romanised postpositions ("garmi se pehle", "shiter age", "sardiyon tak")
        until = _UNTIL | vocab.FESTIVAL_BEFORE | vocab.FESTIVAL_UNTIL
        if season is not None and (before or _near(toks, i, until, 4, 2) is not None):
            return _next(season, today), None
        # "spätestens im Frühjahr", "en primavera tendría que estar listo", "im Frühjahr muss ich fertig
        # sein": in the season at the latest, so by its end, three months on (session 26)
        if season is not None and (
            _near(toks, i, vocab.LATEST, 4, 0) is not None or _near(toks, i, vocab.DONE_BY, 0, 5) is not None
        ):
            return _next((season + 2) % 12 + 1, today), None
    if any(phrase in text for phrase in vocab.YEAR_MID_NEXT):
        return date(today.year + 1, 6, 30), None
    if any(phrase in text for phrase in vocab.YEAR_END_NEXT):
        return date(today.year + 1, 12, 31), None
    if any(phrase in text for phrase in vocab.YEAR_END):
        return date(today.year, 12, 31), None
    if "mùa hè" in low and before:
        return _next(5, today), None
    # a full date in words ("15. März 2027"): dateparser, offline; only with a year of the coming decade
    # ("jusqu'à 2000 €" is money, not a date)
    money = {i for i, t in enumerate(toks) if t in vocab.CURRENCIES or t.rstrip("s") in vocab.CURRENCIES}
    years = {
        int(t)
        for i, t in enumerate(toks)
        if re.fullmatch(r"20\d\d", t)
        and today.year <= int(t) <= today.year + 10
        and not {i - 1, i + 1} & money
    }
    if years:
        from dateparser.search import search_dates

        found = search_dates(text, settings={"PREFER_DATES_FROM": "future"})
        dated = [d.date() for _, d in found or () if d.year in years]
        if dated:
            return dated[0], None
    return None, None


# a Bengali case ending on a month or season ("ডিসেম্বরের", "মার্চের", "শীতের", "জানুয়ারীর", "গরমের"), and
# the Hindi oblique plural ("सर्दियों"); the Latin-script endings are left out ("mare" is not March)
_CALENDAR_ENDINGS = ("য়ের", "ের", "এর", "র", "ে", "তে", "ों")


def calendar_word(token: str) -> str:
    """A month's or season's name as the tables hold it, when the token is one under a case ending; else the
    token as it is."""
    if token in vocab.MONTHS or token in vocab.SEASONS_BEFORE:
        return token
    for ending in _CALENDAR_ENDINGS:
        stem = token[: -len(ending)]
        if token.endswith(ending) and (stem in vocab.MONTHS or stem in vocab.SEASONS_BEFORE):
            return stem
    return token


def says_until(text: str) -> bool:
    """Whether a text has a word of "until/before" ("bis Ostern", "d'ici la rentrée", "by June"): a deadline
    said there is one, even in a statement ("Ich muss bis Ostern ein Linux-Zertifikat haben")."""
    return bool(set(tokens(text)) & (_UNTIL | _BEFORE))


def says_years(text: str) -> bool:
    """Whether a message counts years ("SQL pendant 3 ans", "5 saal se", "for two years"): practice or
    experience when it names a skill, never a course taken."""
    toks = tokens(text)
    return any(t in vocab.YEAR and i and _number(toks[i - 1]) is not None for i, t in enumerate(toks))


def _experience(toks: list[str], i: int, unit_at: int) -> bool:
    """Years of experience, not a time frame: a work or being word shortly before the number ("mình làm kế
    toán 5 năm", "I worked 3 years as"), or "since"/"for" around it ("seit 5 Jahren", "5 saal se", "2 bochor
    dhore", "5 năm rồi"); never with "within" or "by" near ("work as X within 2 years"), unless "since" comes
    right before the number ("juriste en entreprise depuis 5 ans": "en" is no "within" there)."""
    if toks[unit_at] not in vocab.YEAR:
        return False
    if i and toks[i - 1] in vocab.SINCE:
        return True
    if _near(toks, i, _WITHIN | _UNTIL, 3, 0) is not None:
        return False
    after = toks[unit_at + 1 : unit_at + 2]
    said = {vocab.strip_accents(w) for w in toks[unit_at + 1 : unit_at + 3]}
    return (
        any(w in vocab.EXPERIENCE_BEFORE for w in toks[max(0, i - 4) : i])
        or bool(set(after) & vocab.EXPERIENCE_AFTER)
        or bool(said & _EXPERIENCE_WORDS)
    )


_EXPERIENCE_WORDS = frozenset(vocab.strip_accents(w) for w in vocab.EXPERIENCE_WORDS)


def _negated(toks: list[str], i: int) -> bool:
    """A word denied by the word before it ("no inglés", "not English", "kein Englisch", "pas anglais") or,
    in verb-final languages, after it ("अंग्रेज़ी नहीं", "ইংরেজি না")."""
    # verb-final: the denial may follow the verb ("জার্মান পারি না", "जर्मन आती नहीं"); a denial of showing or
    # wanting courses may stand five words away ("don't show me German courses", "জার্মান কোর্স দেখাবেন না"),
    # unless the learner does not mind ("I don't mind German")
    near = bool(set(toks[max(0, i - 2) : i]) & vocab.NEGATION_BEFORE) or _barely_known(toks, i)
    far_before = any(toks[j] in vocab.NEGATION_FAR_BEFORE for j in range(max(0, i - 5), i))
    minded = any(
        toks[j] in (vocab.NEGATION_BEFORE | vocab.NEGATION_FAR_BEFORE)
        and set(toks[j + 1 : j + 3]) & vocab.NOT_MINDING
        for j in range(max(0, i - 5), i)
    )
    return (
        ((near or far_before or _denied_course_language(toks, i)) and not minded)
        or bool(set(toks[i + 1 : i + 3]) & vocab.NEGATION_AFTER)
        or ("nicht" in toks[i + 2 : i + 6] and bool(set(toks[i + 1 : i + 3]) & vocab.V2_KNOW_VERBS))
        or bool(set(toks[max(0, i - 5) : i]) & vocab.EXCLUDE_BEFORE)
        or bool(set(toks[i + 1 : i + 3]) & vocab.EXCLUDE_AFTER)
        or bool(set(toks[i + 1 : i + 5]) & vocab.NEGATION_FAR_AFTER)
        or _finnish_denial(toks[i + 1 : i + 3])
        or _finnish_denial(toks[max(0, i - 2) : i])
    )


def _weakly_known(toks: list[str], i: int, named: list[tuple[int, str]]) -> bool:
    """A language said after its name to be known badly or hardly ("englanti on heikko", "mon anglais est
    nul", "mein Englisch ist schlecht", "l'anglais pas trop", "inglés poco o nada", "my English is poor"):
    no language to study in (session 26). Only up to the next language named ("Englisch nicht so gut,
    Deutsch schon" is split by its comma already)."""
    stop = next((j for j, _ in named if j > i), len(toks))
    after = toks[i + 1 : min(stop, i + 5)]
    if set(after) & vocab.WEAK_LANGUAGE:
        return True
    # a denial right after the name, then a word of degree or nothing ("l'anglais pas trop", "inglés no
    # mucho")
    at = next((k for k, w in enumerate(after[:2]) if w in vocab.LANGUAGE_DENIED_AFTER), None)
    return at is not None and (at + 1 == len(after) or after[at + 1] in vocab.LANGUAGE_DEGREE)


# "he barely speaks English", "Er kann kaum Englisch", "apenas habla inglés", "il parle à peine anglais", "hän
# tuskin osaa englantia": a language hardly known is no language to study in (session 17, lead trial 13: "kann
# kaum Englisch" was saved as English)
_BARELY = frozenset("barely hardly scarcely kaum apenas peine tuskin".split())
_SPEAKING = frozenset(
    "speaks speak know knows spricht sprechen kann können habla hablo hablas sabe parle parles parlo "
    "osaa osaan puhuu puhun any some de l' a".split()
)


def _barely_known(toks: list[str], i: int) -> bool:
    """A language named at most three words after "barely", only a verb of speaking or knowing between."""
    for j in range(max(0, i - 3), i):
        if toks[j] in _BARELY and all(t in _SPEAKING for t in toks[j + 1 : i]):
            return True
    return False


def _finnish_denial(pair: list[str]) -> bool:
    """A Finnish negative verb and a verb of knowing ("en osaa", "ei puhu") next to a language's name."""
    return len(pair) == 2 and pair[0] in vocab.FI_NEGATIVE_VERB and pair[1] in vocab.FI_KNOWING


# what may stand between a denial and the language it denies: "pas de cours en anglais", "no courses in
# English", "nada en inglés", "keine Kurse auf Englisch", "không học khóa tiếng Anh"
_DENIAL_FILLERS = vocab.COURSE | frozenset(
    "de des d' en in on auf el la los las le les un una une the a any of học bằng sobre formations "
    "englischen englische".split()
)
_DENIALS = vocab.NEGATION_BEFORE | frozenset("nada aucun aucune ningún ninguno ninguna nothing none".split())


def _denied_course_language(toks: list[str], i: int) -> bool:
    """A language denied a few words before it, only course words and prepositions between."""
    for j in range(i - 1, max(-1, i - 5), -1):
        if toks[j] in _DENIALS:
            return True
        if toks[j] not in _DENIAL_FILLERS:
            return False
    return False


# the study-format tables as typed without accents ("en linea", "presentiel"): one reading for both
_FORMAT_WORDS = {vocab.strip_accents(w): v for w, v in vocab.PARTICIPATION.items()}
_FORMAT_PREFIXES = {vocab.strip_accents(w): v for w, v in vocab.PARTICIPATION_PREFIXES.items()}
_FORMAT_PHRASES = {tuple(tokens(vocab.strip_accents(w))): v for w, v in vocab.PARTICIPATION_PHRASES.items()}
_FORMATS = ("online", "on-site", "blended")
_REMOVE_BARE = vocab.REMOVE | {vocab.strip_accents(w) for w in vocab.REMOVE}  # words compared without accents
# one course named by its format ("skip the online one", "quita el presencial"): a step, not a format removed
_ONE_COURSE = frozenset("one course step el la le der die das den".split())


_WORD_START, _WORD_END = r"(?<![\p{L}\p{M}\p{N}])", r"(?![\p{L}\p{M}\p{N}])"
_ONLINE_TOPIC = regex.compile(
    rf"{_WORD_START}(?P<fmt>{vocab.ONLINE_FORMAT_WORDS})[- ]+(?:{vocab.ONLINE_TOPICS_AFTER}){_WORD_END}|"
    rf"{_WORD_START}(?:{vocab.ONLINE_TOPICS_BEFORE})\s+(?:(?:en|de)\s+)?(?P<fmt2>{vocab.ONLINE_FORMAT_WORDS})"
    rf"{_WORD_END}",
    regex.IGNORECASE,
)


def without_online_topics(text: str) -> str:
    """`text` with the format word of a thing done online blanked out ("online banking", "banca en línea",
    "Online-Shopping", "ngân hàng trực tuyến", "ऑनलाइन बैंकिंग", "অনলাইন কেনাকাটা", "stay safe online"): a subject to
    learn, not the form of a course. Blanks keep the length, so positions in `text` stay valid."""

    def blank(m: regex.Match) -> str:
        group = "fmt" if m.group("fmt") is not None else "fmt2"
        start, end = m.start(group) - m.start(), m.end(group) - m.start()
        whole = m.group(0)
        return whole[:start] + " " * (end - start) + whole[end:]

    return _ONLINE_SELLING.sub(blank, _ONLINE_TOPIC.sub(blank, text))


# selling online with words between ("sell my stuff online", "wie man online verkauft", "ऑनलाइन सामान बेचना",
# "online e bikri", "myydä tuotteita netissä"): a subject, no format; never across a course word ("online
# courses on selling" asks for the format; session 21, roles21)
_NOT_COURSE = (
    r"(?!(?:course|courses|class|classes|kurs|kurse|kursen|curso|cursos|cours|formation|formations|kurssi|"
    r"kursseja|khóa|lớp|कोर्स|কোর্স|program|programme|and|und|y|et|ja|và|और|আর|or|oder|o|ou|tai|hoặc|want|"
    r"need|only|please)\b)"
)
_BETWEEN = r"(?:[- ]+" + _NOT_COURSE + r"[\p{L}\p{M}\p{N}'-]+)"  # a word between, no course word or comma
_ONLINE_SELLING = regex.compile(
    rf"{_WORD_START}(?P<fmt>{vocab.ONLINE_FORMAT_WORDS}){_BETWEEN}{{0,2}}?[- ]+"
    rf"(?:{vocab.SELLING_WORDS}){_WORD_END}|"
    rf"{_WORD_START}(?:{vocab.SELLING_WORDS}){_BETWEEN}{{0,3}}?[ ]+(?:(?:en|de|por)[ ]+)?"
    rf"(?P<fmt2>{vocab.ONLINE_FORMAT_WORDS}){_WORD_END}",
    regex.IGNORECASE,
)


def participation(text: str) -> tuple[str, ...]:
    """The study formats a message asks for, with or without accents ("en línea", "en linea"), and the
    formats it rules out turned into the others: "keine Präsenzkurse", "no presencial", "pas en présentiel",
    "ei lähiopetusta", "không học trực tiếp" ask for online only (blended has classroom days too); "not
    online" asks for on-site or blended. A denial counts within its clause only ("no tengo tiempo, online
    por favor" asks for online)."""
    wanted: list[str] = []
    denied: set[str] = set()
    text = without_online_topics(text)  # "online banking": a subject, no format
    for clause in re.split(r"[,.;:!?¿¡()]+", text):
        bare = [vocab.strip_accents(t) for t in tokens(clause)]
        found = [(i, i + 1, _FORMAT_WORDS[t]) for i, t in enumerate(bare) if t in _FORMAT_WORDS]
        found += [
            (i, i + 1, v)
            for i, t in enumerate(bare)
            for pre, v in _FORMAT_PREFIXES.items()
            if t.startswith(pre)
        ]
        for words, v in _FORMAT_PHRASES.items():
            n = len(words)
            found += [(i, i + n, v) for i in range(len(bare) - n + 1) if tuple(bare[i : i + n]) == words]
        starts = sorted(i for i, _, _ in found)
        no = {
            (i, v)
            for i, end, v in found
            if _format_denied(bare, i) or _format_denied_after(bare, end, [j for j in starts if j >= end])
        }
        wanted += [v for i, _, v in sorted(found) if (i, v) not in no]
        denied |= {v for _, v in no}
    if not wanted and denied:
        wanted = [f for f in _FORMATS if f not in denied and not (f == "blended" and "on-site" in denied)]
    return tuple(dict.fromkeys(v for v in wanted if v not in denied))


def _format_denied(bare: list[str], i: int) -> bool:
    """A study format denied by a word at most four words before it in its clause ("keine Präsenz", "nicht
    zu Präsenzkursen", "sin clases presenciales", "no se maneja bien en línea"), or five with a verb of going
    between ("no puedo ir a clases presenciales", "I can't travel to in-person classes")."""
    back = bare[max(0, i - 5) : i]
    denial = next(
        (
            j
            for j, w in enumerate(back)
            if w in vocab.FORMAT_DENIED
            # "en pääse lähiopetukseen", "emme voi osallistua lähiopetukseen": a Finnish negative verb with a
            # verb of being able ("en" alone is French and Spanish "in")
            or (w in vocab.FI_NEGATIVE_VERB and back[j + 1 : j + 2] and back[j + 1] in vocab.FI_ABLE)
        ),
        None,
    )
    if denial is None:
        # "drop anything that's in person", "remove all on-site courses", "quita lo presencial", "enlève tout
        # ce qui est en présentiel": a format removed by a verb of removing a few words before it (session
        # 17, lead trial 13); "skip the online one" removes one course, not a format
        wider = bare[max(0, i - 6) : i]
        removal = next((j for j, w in enumerate(wider) if w in _REMOVE_BARE), None)
        return removal is not None and not set(wider[removal + 1 :] + bare[i + 1 : i + 3]) & _ONE_COURSE
    if set(back[denial + 1 : denial + 3]) & vocab.NOT_MINDING:
        return False  # "I don't mind online", "no me importa que sea en línea"
    at = max(0, i - 5) + denial
    if set(bare[max(0, at - 6) : at]) & _REMOVE_BARE:
        # "remove anything that isn't online", "quita lo que no sea en línea", "enlève tout ce qui n'est pas
        # en ligne", "bỏ hết những khóa không online": keep online
        return False
    return len(back) - denial <= 4 or bool(set(back[denial + 1 :]) & vocab.GO)


# "online pas trop cher", "en línea no muy largos", "online nicht zu teuer": a denial of how much, not of the
# format
_DEGREE_AFTER_DENIAL = frozenset(
    "muy tan demasiado so zu sehr allzu trop tres liian kovin too very that".split()
)


def _format_denied_after(bare: list[str], end: int, later_formats: list[int]) -> bool:
    """A study format denied by the words after it in its clause, as people rule one out in German, French,
    Spanish, Finnish and English word order: "Präsenz geht bei mir nicht", "la formation à distance ça me va
    pas", "lo online no me sirve", "lähiopetus ei käy", "lähiopetukseen en pääse", "online doesn't work for
    me". The denial stands at most five words on, before any word that starts another clause ("weil",
    "parce", "koska") and with no other format after it ("online und nicht vor Ort" denies the second); a
    denial of minding accepts it ("online stört mich nicht")."""
    window = bare[end : end + 5]
    cut = next((k for k, w in enumerate(window) if w in vocab.CLAUSE_STARTS), len(window))
    window = window[:cut]
    at = next(
        (
            k
            for k, w in enumerate(window)
            if w in vocab.FORMAT_DENIED_AFTER
            or (w in vocab.FI_NEGATIVE_VERB and window[k + 1 : k + 2] and window[k + 1] in vocab.FI_ABLE)
        ),
        None,
    )
    if at is None or set(window) & vocab.NOT_MINDING or set(window[at + 1 : at + 2]) & _DEGREE_AFTER_DENIAL:
        return False
    return not any(j >= end + at for j in later_formats)


_TIMES_FREE = frozenset(
    "evening evenings weekend weekends morning mornings night nights afternoon afternoons days".split()
)
_FREE_WHEN = frozenset("on in at after most every time".split())


def free_of_time(toks: list[str], i: int) -> bool:
    """Free of a time, not of a price: "evenings free", "free on weekends", "free time"."""
    before = toks[i - 1] if i else ""
    after = toks[i + 1] if i + 1 < len(toks) else ""
    return before in _TIMES_FREE or after in _FREE_WHEN


def no_money(toks: list[str]) -> bool:
    """Paying or money denied within two words ("can't pay anything", "no puede pagar nada", "je ne peux rien
    payer", "kein Geld", "en voi maksaa", "không trả được", "पैसा नहीं"), not "can't pay much"."""
    for i, t in enumerate(toks):
        if t.rsplit("'", 1)[-1] not in vocab.PAY:
            continue
        near = toks[max(0, i - 2) : i + 3]
        if any(w in vocab.MUCH for w in near):
            continue
        if any(w in vocab.PAY_DENIED_BEFORE or w.startswith("n'") for w in toks[max(0, i - 2) : i]):
            return True
        if any(w in vocab.PAY_DENIED_AFTER for w in toks[i + 1 : i + 3]):
            return True
        if any(w in vocab.PAY_DENIED_FAR_AFTER for w in toks[i + 1 : i + 4]):
            return True  # "Geld hab ich keins"
        if toks[i + 1 : i + 2] == ["no"] and set(toks[i + 2 : i + 3]) & vocab.HAVING_AFTER_NO:
            return True  # "plata no tengo"
    return False


# an amount of two digits or more with an "e" glued to it ("max 700e", "1.200e"): euros as French, Spanish and
# German learners type them; "3e" (French "3rd"), "le 2e cours" and "au 20e siècle" are ordinals
_GLUED_EURO = re.compile(
    r"(?<!\ble )(?<!\bla )(?<!\bdu )(?<!\bau )(?<![\w.,])(\d{1,3}(?:[.,]\d{3})+|\d{2,})e\b", re.IGNORECASE
)


# millions of đồng with the next digits glued on ("1tr5", "2tr2", "1 củ 5"): "1.5 triệu"
_VI_MILLIONS = regex.compile(
    r"\b(\d{1,3})\s?(?:tr|triệu|trieu|củ|cu)\s?(\d{1,3})\b(?!\s*(?:k|nghìn|ngàn|ngan)\b)"
)


def extract(text: str, today: date | None = None, lang: str | None = None) -> Slots:
    """The slots of `text`; `lang` (the message's language, when known) gives a bare amount its currency."""
    today = today or date.today()
    text = _GLUED_EURO.sub(r"\1 €", text)
    text = _VI_MILLIONS.sub(r"\1.\2 triệu", text) if lang == "vi" else text
    toks = tokens(text)
    norm = normalise(text)
    s = Slots()
    s.hours_per_week = _hours(time_amounts(toks))  # "dreißig Minuten", "une heure et demie": as digits
    if s.hours_per_week is None:
        s.hours_per_week = _full_time(toks)
    money = _money(toks, lang)
    if money:
        s.amount, s.currency = money
        s.budget_said = _said_as_budget(toks)
        s.ceiling_said = _said_as_ceiling(toks, s.amount)
        # "ngân sách" as two words: "ngân" ("silver") is the budget only before "sách"
        s.budget_named = bool(set(toks) & (vocab.BUDGET_NOUNS - {"ngân", "ngan"})) or any(
            t in ("ngân", "ngan") and toks[i + 1 : i + 2] in (["sách"], ["sach"]) for i, t in enumerate(toks)
        )
    s.free = (
        any(t in vocab.FREE and not free_of_time(toks, i) for i, t in enumerate(toks))
        and "free time" not in norm
        and "freie zeit" not in norm
        or "miễn phí" in norm
        or any(phrase in norm for phrase in vocab.NO_MONEY)
        # inflected forms ("gratuits", "kostenlosen", "ilmaiset") and "costs nothing" in the languages
        or any(vocab.strip_accents(t).startswith(vocab.FREE_PREFIXES) for t in toks)
        or any(phrase in vocab.strip_accents(norm) for phrase in vocab.FREE_PHRASES)
    )
    s.no_money = s.amount is None and (
        any(phrase in norm for phrase in vocab.NO_MONEY)
        # clause by clause: "Aikaa on paljon, rahaa ei" (plenty of time, no money) is no "not much money"
        or any(no_money(tokens(clause)) for clause in re.split(r"[,;.!?]", norm))
    )
    s.free = s.free or s.no_money
    dated = weekdays.without_vietnamese_days(norm)  # "đến thu 6": until Friday, not autumn
    s.deadline, s.weeks = _deadline(dated, tokens(dated) if dated != norm else toks, today)
    s.participation = participation(norm)
    spoken: list[str] = []
    wanted: list[str] = []
    denied: list[str] = []
    taught: list[str] = []
    preferred: list[str] = []
    speaking = False
    for clause in re.split(r"[,.;:!?()]+", norm):
        ctoks = tokens(clause)
        # "मैं हिंदी पढ़ाती हूँ", "an English teacher", "ইংরেজি পড়াই": a language taught is a subject, no limit
        taught += [code for i, code in _languages_named(ctoks) if _taught(ctoks, i)]
        named = [(i, code) for i, code in _languages_named(ctoks) if not _taught(ctoks, i)]
        if not named:
            continue
        denied += [code for i, code in named if _negated(ctoks, i) or _weakly_known(ctoks, i, named)]
        preferred += [code for i, code in named if set(ctoks[max(0, i - 3) : i]) & vocab.PREFERRING]
        # "español y francés, no inglés"; "l'anglais pas trop", "englanti on heikko": neither
        langs = [code for i, code in named if not _negated(ctoks, i) and not _weakly_known(ctoks, i, named)]
        # a verb of knowing that is itself denied ("জার্মান পারি না") speaks for no language; a clause of
        # names only ("hablo español, inglés y francés") goes on as the clause before it
        verbs = [i for i, t in enumerate(ctoks) if t in vocab.SPEAK]
        verb = any(not set(ctoks[i + 1 : i + 2]) & vocab.NEGATION_AFTER for i in verbs)
        if verbs and all(set(ctoks[max(0, i - 2) : i]) & vocab.NEGATION_BEFORE for i in verbs):
            denied += langs  # "no hablo bien inglés", "je ne parle pas allemand": neither spoken nor wanted
            continue
        speaking = verb or (speaking and _names_only_clause(ctoks))
        (spoken if speaking else wanted).extend(langs)
        if speaking:  # "Er spricht nur Deutsch", "je ne parle que français": the only languages to study in
            wanted.extend(code for i, code in named if code in langs and _only_said(ctoks, i))
    s.denied_languages = tuple(dict.fromkeys(denied))
    # names are phrases in Vietnamese: no filter needed ("वियतनामी में"); a language denied anywhere ("the
    # German ones won't work, I don't speak German") is neither spoken nor wanted
    s.spoken_languages = tuple(c for c in dict.fromkeys(spoken) if c not in s.denied_languages)
    s.wanted_languages = tuple(c for c in dict.fromkeys(wanted) if c not in s.denied_languages)
    s.preferred_languages = tuple(c for c in dict.fromkeys(preferred) if c not in s.denied_languages)
    s.taught_languages = tuple(c for c in dict.fromkeys(taught) if c not in s.wanted_languages)
    said = level_word(_without_language_levels(norm) if s.spoken_languages or s.wanted_languages else toks)
    s.level = LEVEL_RANGES.get(said) if said else None
    s.eqf_level = numbered_level(toks)
    s.third_person = speaks_of_someone_else(toks[:12])
    s.relative = s.third_person and speaks_of_a_relative(toks[:12])
    return s


def field_name_positions(toks: list[str]) -> frozenset[int]:
    """The positions of the words naming a field of work with a person word ("customer service", "atención al
    cliente", "service client", "chăm sóc khách hàng", "ग्राहक सेवा", "গ্রাহক সেবায়"): a field, no client
    spoken about. A word of the phrase matches its inflected forms ("clientes", "services", "সেবায়")."""

    def same(tok: str, word: str) -> bool:
        return tok == word or (len(word) >= 4 and tok.startswith(word) and len(tok) - len(word) <= 3)

    found: set[int] = set()
    for phrase in vocab.FIELDS_WITH_PERSON_WORDS:
        n = len(phrase)
        for i in range(len(toks) - n + 1):
            if all(same(toks[i + k], w) for k, w in enumerate(phrase)):
                found.update(range(i, i + n))
    return frozenset(found)


# French impersonal "il": "il faut", "il me faut", "il nous faut", "il y a", "il reste", "il s'agit", "il
# semble" speak of nobody ("il lui faut" does: "lui" is the client)
_IMPERSONAL_AFTER = frozenset("faut y reste s'agit semble suffit".split())
_IMPERSONAL_FOR = frozenset("me m' te t' nous vous".split())


def _impersonal_positions(toks: list[str]) -> set[int]:
    """Positions of a French impersonal "il" ("il me faut des compétences en cloud": the speaker's need,
    no client; refs23)."""
    out = set()
    for i, t in enumerate(toks[:-1]):
        if t != "il":
            continue
        nxt, then = toks[i + 1], toks[i + 2] if i + 2 < len(toks) else ""
        if nxt in _IMPERSONAL_AFTER or (nxt in _IMPERSONAL_FOR and then == "faut"):
            out.add(i)
    return out


def speaks_of_someone_else(toks: list[str], anywhere: bool = False) -> bool:
    """Whether the message is about another person, an adviser's client: a client word ("my client",
    "khách hàng"), "my son/daughter/...", or a third-person pronoun before any first-person word ("she wants
    to become...", not "I'm a student", "anh làm lập trình viên" (Vietnamese "anh" is the speaker too),
    "I'd like to know what they offer"). With `anywhere`, the reading of a question about the client ("what
    should he study first?", "mach ihm bitte einen Zeitplan", "tu lui conseilles quoi ?"): a third-person
    word in any form (`vocab.THIRD_OTHER_FORMS`) wherever it stands. A field named with a person word
    ("atención al cliente", "customer support") speaks of nobody."""
    fields = field_name_positions(toks) | _impersonal_positions(toks)
    toks = [t for i, t in enumerate(toks) if i not in fields]
    pairs = {" ".join(p) for p in zip(toks, toks[1:])}
    words = set(toks) | pairs
    # "my little brother", "আমার ছোট ভাই", "meine kleine Schwester": one word between "my" and who
    skipping = {f"{a} {c}" for a, _, c in zip(toks, toks[1:], toks[2:])}
    if words & vocab.CLIENT_WORDS or (words | skipping) & vocab.SOMEONE_OF_MINE or words & vocab.VI_RELATIVES:
        return True
    if advises_someone(toks):
        return True
    if anywhere:
        return bool(words & vocab.THIRD_PRONOUNS or words & vocab.THIRD_OTHER_FORMS)
    for t in toks:
        if t in vocab.FIRST_PERSON:
            return False
        if t in vocab.THIRD_PRONOUNS or t.split("'")[0] in vocab.THIRD_PRONOUNS:  # "she's", "they're"
            return True
    return bool(pairs & vocab.THIRD_PRONOUNS)


_ADVISED_ARTICLES = frozenset("a an einen eine einem einer un una une".split())
_HAVING = frozenset("tengo tenemos".split())


def advises_someone(toks: list[str]) -> bool:
    """Whether an adviser says whom they advise: a verb of advising with a person word within three words
    either side ("I'm counselling a woman in her forties", "Ich berate einen jungen Mann", "atiendo a un
    chico", "मैं एक लड़के को सलाह दे रहा हूँ"), or an article right after the verb ("Ich berate einen
    Lagerarbeiter": whoever is advised is a person)."""
    words = [*toks, *(" ".join(p) for p in zip(toks, toks[1:]))]
    at = [i for i, t in enumerate(toks) if t.rsplit("'", 1)[-1] in vocab.ADVISING_VERBS]  # "j'accompagne"
    at += [i for i, p in enumerate(zip(toks, toks[1:])) if " ".join(p) in vocab.ADVISING_VERBS]
    persons = [i for i, w in enumerate(words) if w in vocab.PERSON_NOUNS]
    persons = [i if i < len(toks) else i - len(toks) for i in persons]
    # "Ich berate einen Lagerarbeiter", "I'm advising a nurse": whoever is advised is a person, a job named
    # ("tengo una duda": "I have" advises only with a person word after it, lead trial 19)
    objects = [i for i in at if set(toks[i + 1 : i + 3]) & _ADVISED_ARTICLES and toks[i] not in _HAVING]
    near = [
        (i, j) for i in at for j in persons if abs(i - j) <= 4 and (toks[i] not in _HAVING or 0 < j - i <= 2)
    ]
    return bool(objects) or bool(near)


def speaks_of_a_relative(toks: list[str]) -> bool:
    """Whether the one spoken of is the speaker's relative or friend ("my dad", "meine Mutter", "আমার বাবা")
    and no client is named: someone helping a relative, asked about "them", not about "your client"."""
    fields = field_name_positions(toks)
    toks = [t for i, t in enumerate(toks) if i not in fields]
    words = set(toks) | {" ".join(p) for p in zip(toks, toks[1:])}
    words |= {f"{a} {c}" for a, _, c in zip(toks, toks[1:], toks[2:])}  # "আমার ছোট ভাই"
    return bool(words & (vocab.RELATIVES | vocab.VI_RELATIVES)) and not words & vocab.CLIENT_WORDS


def _without_language_levels(norm: str) -> list[str]:
    """The tokens of the clauses that do not say how well a language is known: a clause naming a language and
    no course ("her English is basic", "mein Englisch ist nur Grundkenntnisse", "tiếng Anh cơ bản") is left
    out, so that its level word sets no level for the courses (lead trial 17)."""
    out: list[str] = []
    for clause in re.split(r"[,.;:!?()]+", norm):
        ctoks = tokens(clause)
        if not (_languages_named(ctoks) and not set(ctoks) & (vocab.COURSE | vocab.TRAINING)):
            out += ctoks
    return out


# "at most" said before an amount ("unter 400 Euro", "por menos de 300", "à moins de 300 €", "alle 300 euroa",
# "dưới 5 triệu", "maximo 200") or after it ("400 यूरो से कम", "৩০০ ইউরোর কম")
_CEILING_BEFORE = frozenset(
    "under below unter unterhalb menos moins alle dưới duoi max máx máximo maximo maximal maximum höchstens "
    "hochstens enintään enintaan".split()
)
_CEILING_AFTER = frozenset("कम কম kam kom".split())


def _said_as_ceiling(toks: list[str], amount: float | None) -> bool:
    """Whether the amount is said as a ceiling on a price, with a word of "at most" before it or after it."""
    for i, tok in enumerate(toks):
        if amount is None or _number(tok) is None:
            continue
        if set(toks[max(0, i - 3) : i]) & _CEILING_BEFORE or set(toks[i + 1 : i + 4]) & _CEILING_AFTER:
            return True
    return False


def _only_said(toks: list[str], i: int) -> bool:
    """The language named at `i` is said to be the only one: an "only" word up to three words before it ("I
    only speak German", "spricht nur Deutsch", "solo hablo español", "puhun vain suomea", "chỉ biết tiếng
    Việt", "सिर्फ हिंदी", "শুধু বাংলা") or French "ne … que" ("je ne parle que français"); never "only a little"
    ("nur ein bisschen Englisch")."""
    before = toks[max(0, i - 3) : i]
    if set(before) & vocab.A_LITTLE:  # "nur ein bisschen Englisch": how well, not which only
        return False
    return bool(set(before) & vocab.ONLY_WORDS) or (toks[i - 1 : i] == ["que"] and "ne" in before)


# the words that make a language the medium of teaching, not its subject ("taught in English", "auf Deutsch
# unterrichtet", "impartido en inglés", "enseigné en anglais", "dạy bằng tiếng Anh", "हिंदी में")
_MEDIUM_BEFORE = frozenset("in auf en bằng bang".split())
_MEDIUM_AFTER = frozenset("में mein me".split())


def _taught(toks: list[str], i: int) -> bool:
    """Whether the language named at `i` is what someone teaches or reads: a teaching word within two words
    ("English teacher", "profesora de inglés", "हिंदी पढ़ाती", "giáo viên tiếng Anh")."""
    if (i > 0 and toks[i - 1] in _MEDIUM_BEFORE) or (toks[i + 1 : i + 2] and toks[i + 1] in _MEDIUM_AFTER):
        return False  # "khóa dạy bằng tiếng Anh", "taught in English", "हिंदी में पढ़ाती": the medium
    if toks[i] != _bengali_stem(toks[i]) and toks[i].endswith(("য়", "তে")):
        return False  # "বাংলায় পড়ায়": in Bengali
    near = toks[max(0, i - 3) : i + 4]
    return bool(
        set(near) & vocab.TEACHING_WORDS
        or {" ".join(p) for p in zip(near, near[1:])} & vocab.TEACHING_WORDS
        or any(t.rsplit("'", 1)[-1] in vocab.TEACHING_WORDS for t in near)
    )


def _languages_named(toks: list[str]) -> list[tuple[int, str]]:
    """(position, code) of each language named: a name ("Englisch", "inglés"), a Vietnamese phrase ("tiếng
    Anh"), a compound's beginning ("englanninkielisiä")."""
    bare = [_bengali_stem(t.rsplit("'", 1)[-1]) for t in toks]  # "l'anglais", "বাংলায়"
    named = [(i, vocab.LANGUAGE_NAMES[t]) for i, t in enumerate(bare) if t in vocab.LANGUAGE_NAMES]
    for phrase, code in vocab.LANGUAGE_PHRASES.items():  # "tiếng Anh", "không học tiếng Anh"
        words = phrase.split()
        named += [(i, code) for i in range(len(toks) - len(words) + 1) if toks[i : i + len(words)] == words]
    named += [
        (i, code)
        for i, t in enumerate(toks)
        for prefix, code in vocab.LANGUAGE_PREFIXES.items()
        if t.startswith(prefix)
    ]
    return sorted(named)


# Bengali case endings a language's name takes ("বাংলায়", "বাংলাতে": in Bengali; "হিন্দির"), in NFC
_BN_NAME_ENDINGS = tuple(unicodedata.normalize("NFC", e) for e in ("য়", "তে", "ের", "র", "ে"))


def _bengali_stem(token: str) -> str:
    """A language's name under a Bengali case ending as the name ("বাংলায়" -> "বাংলা"), else the token."""
    if token in vocab.LANGUAGE_NAMES:
        return token
    for ending in _BN_NAME_ENDINGS:
        if token.endswith(ending) and token[: -len(ending)] in vocab.LANGUAGE_NAMES:
            return token[: -len(ending)]
    return token


def _names_only_clause(toks: list[str]) -> bool:
    """A clause of language names, "and" and a little else ("inglés y francés", "ja vähän englantia")."""
    rest = [t for t in toks if t not in vocab.LANGUAGE_NAMES and t not in vocab.LANGUAGE_LIST_WORDS]
    return len(rest) <= 1


# unaccented form -> the Vietnamese slot word ("trieu" -> "triệu")
_RESTORE = {vocab.fold_vietnamese(w): w for w in vocab.VI_SLOT_WORDS}
# a unit typed bare right after a number in a message that has diacritics elsewhere ("học phí 5 trieu",
# "3 tieng mỗi tối"): a number fixes the reading, so the unit is restored there only
_NUMBER_UNIT = regex.compile(r"(\d\s*)(\p{L}+)")


def restore_vietnamese(text: str) -> str:
    """Vietnamese typed without diacritics with its slot words given back their diacritics ("ngan sach 5 trieu
    dong, truoc thang 6" -> "... 5 triệu đồng, trước tháng 6"), so that the tables read it; text that has
    diacritics is returned as it is."""
    text = expand_teen_code(text)
    if vocab.fold_vietnamese(text) != text:  # typed with diacritics: only a unit next to a number ("5 trieu")
        return _NUMBER_UNIT.sub(lambda m: m.group(1) + _RESTORE.get(m.group(2).casefold(), m.group(2)), text)
    for phrase in vocab.VI_SLOT_PHRASES:  # "mua he" -> "mùa hè" as a phrase only ("mua" alone is "buy")
        text = regex.sub(rf"\b{vocab.fold_vietnamese(phrase)}\b", phrase, text, flags=regex.IGNORECASE)
    return regex.sub(r"\p{L}+", lambda m: _RESTORE.get(m.group(0).casefold(), m.group(0)), text)


# a currency asked as the one to show prices in (session 24, issue #12): the word of "in" before it ("in
# rupees", "in Euro", "en euros", "bằng đồng", "sang đô", "into dollars"), the postposition after it ("रुपये
# में", "rupees mein"), or a case that says "in" ("euroina", "dollareissa"; "টাকায়", "ডলারে", "রুপিতে")
# ("tiền đồng", "tiền rupee": Vietnamese names a currency after "tiền", money, as in "đổi sang tiền đồng")
_SHOWN_IN_BEFORE = frozenset("in into to en a auf bằng bang sang ra theo tiền tien".split())
_SHOWN_IN_AFTER = frozenset("में mein me mai".split())
_SHOWN_IN_CASES = ("oina", "oissa", "ina", "inä", "issa", "issä", "য়", "তে", "ে")
# "no money" said with a currency word ("টাকা নেই", "no tengo ni un peso"): money in general, never a currency
# to show prices in
_NO_MONEY = frozenset("নেই nei nahi nahin नहीं ni".split())


def display_currency(text: str, lang: str | None = None) -> str | None:
    """The currency the message asks prices to be shown in ("show prices in rupees", "giá bằng đồng", "দাম
    টাকায় দেখাও", "hinnat euroina", "precios en pesos mexicanos": MXN), or None. Not an amount ("500 rupees"
    is a budget, `_money`), not money in general ("টাকা নেই")."""
    toks = tokens(text)
    if _money(toks, lang) is not None or any(_number(t) is not None for t in toks) or set(toks) & _NO_MONEY:
        return None
    for i, tok in enumerate(toks):
        code = _currency(tok)
        before = bool(i) and toks[i - 1] in _SHOWN_IN_BEFORE
        shown_in = before or toks[i + 1 : i + 2] != [] and toks[i + 1] in _SHOWN_IN_AFTER
        # "euroina", "টাকায়", "ডলারে": a case ending that says "in"
        ending = next((e for e in _SHOWN_IN_CASES if tok.endswith(e) and len(tok) > len(e) + 2), "")
        if ending and tok not in vocab.CURRENCIES:
            stem = tok[: -len(ending)]
            code = code or _currency(stem) or _currency(stem + "a") or _currency(stem + "o")
            shown_in = shown_in or code is not None
        if code is not None and shown_in:
            return _whose_currency(toks, i, code)
    return None
