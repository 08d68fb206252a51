"""The planner's English sentences (step reasons, why a skill is uncovered, plan notes) in the reply's
language.

The planner (pure core) words its explanations in English. Each such sentence has a template in the i18n
tables under a `pl_` key whose English text IS the planner's wording with `$name` where a value goes, so the
English table both recognises a sentence and is its English rendering; the other languages give the same
key. `say(sentence)` matches the sentence against the English templates and renders the matched template in
the current reply language (`i18n.replying_in`), the captured values inserted as they are (titles, labels and
numbers are data; a course title is never translated), except the values that are planner phrases themselves
(the parts of "taught only by credentials you cannot take: A; B", a prerequisite's own reason: `_LISTS`,
`_NESTED`). A translation may write a whole number `$n` as `$n_steps`, the number with "step" in the
language's plural form (`_counted`). A sentence no template matches is returned unchanged (`unknown` lists
them for the tests that keep this table complete).
"""

from __future__ import annotations

import re
import string
from datetime import date
from functools import lru_cache

from pathfinder.assistant import i18n

_PREFIX = "pl_"
_LISTS = ("parts", "limits")  # values that are "; "-joined planner phrases, translated one by one
_NESTED = ("why", "what", "hours")  # values that may be planner phrases themselves (a prerequisite's reason)
_STRATEGIES = ("balanced", "fastest", "cheapest", "most-complete")


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(key, regex) for every `pl_` template of the English table, longest literal text first (so "over
    budget, and does not fit ..." is tried before "over budget")."""
    found = []
    for key, text in i18n.table("en").items():
        if not key.startswith(_PREFIX):
            continue
        regex, literal = "", 0
        for lit, name, _, _ in string.Formatter().parse(_as_format(text)):
            # "step(s)" in a template: the planner's "1 step" and "3 steps" (and an older "3 step(s)")
            regex += re.escape(lit).replace(re.escape("(s)"), r"(?:\(s\)|s)?")
            literal += len(lit)
            if name:
                regex += f"(?P<{name}>.+?)"
        found.append((literal, key, re.compile(regex, re.DOTALL)))
    found.sort(key=lambda x: -x[0])
    return tuple((key, rx) for _, key, rx in found)


def _as_format(template: str) -> str:
    """A `$name` template as a str.format one ("{name}"), braces escaped, for `string.Formatter().parse`."""
    text = template.replace("{", "{{").replace("}", "}}")
    return re.sub(r"\$(\w+)", r"{\1}", text)


def _match(sentence: str) -> tuple[str, dict[str, str]] | None:
    for key, rx in _patterns():
        m = rx.fullmatch(sentence)
        if m is not None:
            return key, m.groupdict()
    return None


def say(sentence: str, capital: bool = False) -> str:
    """The planner's `sentence` in the current reply language (unchanged when it is English or unknown);
    with `capital`, its first letter upper-case (a reason said on its own line)."""
    lang = i18n.current()
    text = sentence if lang == "en" else _said(sentence, lang)
    return text[:1].upper() + text[1:] if capital else text


@lru_cache(maxsize=8192)
def _said(sentence: str, lang: str) -> str:
    """`sentence` in `lang` (kept: a plan's sentences recur in every reply, page and export about it)."""
    with i18n.replying_in(lang):
        found = _match(sentence)
        if found is None:
            return sentence
        values = {k: _value(k, v) for k, v in found[1].items()}
        return i18n.t(found[0], **values, **_counted(found[1]))


def _counted(captured: dict[str, str]) -> dict[str, str]:
    """`$<name>_steps` and `$<name>_skills` for every whole number captured: the number with "step" or "skill"
    in the right plural form ("1 Schritt", "5 Schritte"), so a translation never writes "Schritt(en)" where
    English has "step(s)"."""
    numbers = {k: int(v) for k, v in captured.items() if v.isdigit()}
    return {
        f"{k}_{noun}": i18n.counted(f"n_{noun}", n)
        for k, n in numbers.items()
        for noun in ("steps", "skills")
    }


def _value(name: str, value: str) -> str:
    if name in _LISTS:
        return "; ".join(say(part) for part in value.split("; "))
    if name == "strategy" and value in _STRATEGIES:
        return i18n.t(f"s_{value}")
    if (named := _languages(value)) is not None:  # "German or French": the planner's English names
        return named
    if name == "codes":  # "pl, en": a profile change's language codes
        return ", ".join(i18n.language_label(v.strip()) for v in value.split(","))
    if name == "date":  # "05 May 2035": the planner's English date, in the reply's month names
        return _date(value)
    return say(value) if name in _NESTED else value  # titles, labels and numbers stay as they are


def _date(value: str) -> str:
    """The planner's '05 May 2035' as the reply language writes a date ('5. Mai 2035'); else unchanged."""
    found = re.fullmatch(r"(\d{1,2}) (\w+) (\d{4})", value.strip())
    months = {i18n.t(f"mo_{m}", "en"): m for m in range(1, 13)}
    if found is None or found[2] not in months:
        return value
    try:
        return i18n.long_date(date(int(found[3]), months[found[2]], int(found[1])))
    except ValueError:  # no such day
        return value


def _languages(value: str) -> str | None:
    """A value naming languages ("German", "German or English") in the reply language ("Deutsch", "allemand /
    anglais"), whichever template it fills (session 14: "Nichts auf German passt"); None when a part of it
    is no language name (a title, a label)."""
    from pathfinder.domain.languages import language_code

    codes = [language_code(v) for v in value.split(" or ")]
    if not all(codes):
        return None
    return " / ".join(i18n.language_label(c) for c in codes if c)


def unknown(sentences: list[str] | tuple[str, ...]) -> list[str]:
    """The sentences (and "; "-joined parts) that no template recognises: English a learner would read."""
    out = []
    for sentence in sentences:
        found = _match(sentence)
        if found is None:
            out.append(sentence)
            continue
        out += [u for name, v in found[1].items() if name in _LISTS for u in unknown(v.split("; "))]
    return out
