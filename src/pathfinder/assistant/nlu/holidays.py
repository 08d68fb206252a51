"""Festivals and holidays of the served countries as deadlines ("Diwali tak", "juhannukseen mennessä", "bis
Ostern", "para Semana Santa", "d'ici la rentrée", "trước Trung thu"): the fixed ones at their usual date
(`vocab.FESTIVALS`), the ones that move with Easter by the Gregorian computus (`vocab.MOVABLE_FEASTS`), the
lunar Islamic ones at their dates of the coming years (`vocab.LUNAR_FESTIVALS`: Eid, Eid al-Adha, Ramadan)."""

from __future__ import annotations

from datetime import date, timedelta

from pathfinder.assistant.nlu import vocab


def easter(year: int) -> date:
    """Easter Sunday of a year in the Gregorian calendar (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month, day = divmod(h + leap - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _festival_tokens(toks: list[str]) -> list[str]:
    """The tokens with a festival named in several words as one (`vocab.FESTIVAL_PHRASES`: "Semana Santa",
    "Trung thu", "vacances d'été")."""
    out: list[str] = []
    i = 0
    while i < len(toks):
        for phrase, token in vocab.FESTIVAL_PHRASES.items():
            words = phrase.split()
            if toks[i : i + len(words)] == words:
                out.append(token)
                i += len(words)
                break
        else:
            out.append(toks[i])
            i += 1
    return out


def holiday(toks: list[str], today: date) -> date | None:
    """A festival or holiday as a deadline ("trước Tết" aside, which is a season here): "Diwali tak",
    "दिवाली से पहले", "pujor age", "juhannukseen mennessä", "bis zu den Sommerferien", "d'ici la rentrée",
    "bis Ostern", "para Semana Santa" -> its next date (the usual date of a fixed one, Easter's computus for
    the movable ones; the day before it for "before"). Needs a before/until word within three words before or
    two after: "after Diwali" is a start, not an end."""
    toks = _festival_tokens(toks)
    for i, t in enumerate(toks):
        t = t.rsplit("'", 1)[-1]  # "l'Ascension"
        fixed, movable = vocab.FESTIVALS.get(t), vocab.MOVABLE_FEASTS.get(t)
        lunar = vocab.LUNAR_FESTIVALS.get(t)
        if fixed is None and movable is None and lunar is None:
            continue
        around = toks[max(0, i - 3) : i + 3]
        before = any(w in vocab.FESTIVAL_BEFORE for w in around)
        if not before and not any(w in vocab.FESTIVAL_UNTIL for w in around):
            continue
        if lunar is not None:
            when = next((d for d in lunar if d > today), None)
            if when is None:
                continue
        elif movable is not None:
            when = easter(today.year) + timedelta(days=movable)
            if when <= today:
                when = easter(today.year + 1) + timedelta(days=movable)
        else:
            month, day = fixed  # type: ignore[misc]
            year = today.year if (month, day) > (today.month, today.day) else today.year + 1
            when = date(year, month, day)
        if when.year == today.year and _next_year(toks):
            # "bis Weihnachten nächstes Jahr", "para Navidad del año que viene", "ensi vuoden jouluun" said in
            # December: next year's, not the one in three weeks (session 20, lang20)
            when = _in_next_year(when, fixed, movable, lunar, today)
        return when - timedelta(days=1 if before else 0)
    return None


def _next_year(toks: list[str]) -> bool:
    """Whether the message says "next year" (`vocab.NEXT_YEAR`) in any served language."""
    low = f" {' '.join(toks)} "
    return any(f" {p} " in low for p in vocab.NEXT_YEAR)


def _in_next_year(
    when: date,
    fixed: tuple[int, int] | None,
    movable: int | None,
    lunar: tuple[date, ...] | None,
    today: date,
) -> date:
    """The festival `when` falls on, in the year after today's."""
    year = today.year + 1
    if lunar is not None:
        return next((d for d in lunar if d.year == year), when)
    if movable is not None:
        return easter(year) + timedelta(days=movable)
    return date(year, *fixed) if fixed is not None else when
