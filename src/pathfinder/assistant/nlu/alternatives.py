"""Two goals offered as alternatives ("either data or cloud", "entweder Cloud oder Datenbanken", "o datos o
nube", "j'hésite entre l'IA et la cybersécurité", "joko pilvipalvelut tai data-analytiikka", "phân vân giữa dữ
liệu và điện toán đám mây", "data या cloud", "ডেটা বা ক্লাউড"): each side a field or job the glossary knows.
They are never glued into one label ('data cloud', or 'cloud security' from "cybersecurity or cloud"): the
first is the goal and the second is offered (session 22)."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from pathfinder.assistant.nlu import glossary
from pathfinder.assistant.nlu.slots import tokens

# "or" in each language ("ya" of Hinglish and "ba" of Banglish only there: Spanish "ya" is "already")
_OR_WORDS = {
    "en": "or|ya|yaa",
    "de": "oder",
    "es": "o|u",
    "fr": "ou|soit",
    "fi": "tai|vai",
    "vi": "hoặc|hay",
    "hi": "या|ya|yaa",
    "bn": "বা|নাকি|অথবা|ba|naki",
}
# "X or Y", with "either"/"entweder"/"soit"/"joko" before X, and "between X and Y"
_EITHER = r"^(?:.*?\b(?:either|entweder|soit|joko|hoặc là|ya to|hay là)\s+)?(?P<x>.+?)\s*,?\s+"
_BETWEEN = regex.compile(
    r"\b(?:between|zwischen|entre|välillä|giữa|ke beech|ke bich|के बीच|এর মধ্যে)\s+(?P<x>.+?)\s+"
    r"(?:and|und|y|e|et|ja|và|और|aur|আর|এবং)\s+(?P<y>.+)$",
    regex.IGNORECASE,
)
# words after the second side that close it ("…, not sure", "…, can't decide", "…, me da igual")
_CLOSE = regex.compile(r"\s*(?:[,.;!?।]|\s(?:for me|not sure|can'?t decide|i guess)\b).*$", regex.IGNORECASE)


# words that start another clause after the second side
_CLAUSE_STARTS = frozenset(
    "and but because so whatever und aber weil denn y pero porque et mais parce ja mutta koska và nhưng vì "
    "और लेकिन क्योंकि aur lekin kyunki এবং কিন্তু কারণ".split()
)
_SIDE = 4  # the words a side is read from at most
# "or rather" in each language: the goal said after it replaces the one before (a correction, no choice)
_RATHER = regex.compile(
    r"\b(?:or rather|or actually|oder (?:eher|besser|vielmehr|lieber)|o (?:mejor|más bien)|"
    r"ou (?:plutôt|plutot|mieux)|tai (?:oikeastaan|pikemminkin|siis)|hay (?:đúng hơn|dung hon)|"
    r"ya (?:phir|balki)|বরং|borong)\b",
    regex.IGNORECASE,
)


@dataclass(frozen=True)
class Alternatives:
    first: str  # the first side's domain terms in English ("data")
    second: str  # the second's ("cloud")


def alternative_goals(clause: str, lang: str | None) -> Alternatives | None:
    """The two fields or jobs a clause offers as alternatives, each in English domain terms, or None (one
    side names nothing the glossary knows: "data or something", "cloud, or do I need a degree?")."""
    text = " ".join(clause.split())
    if "?" in text or "？" in text:
        return None  # "X oder Y - was bringt mir mehr?", "the difference between X and Y?": a comparison
    if _RATHER.search(text):
        return None  # "technicien réseau, ou plutôt administrateur systèmes": the first taken back, no choice
    either = regex.compile(
        _EITHER + rf"(?:{_OR_WORDS.get(lang or 'en', _OR_WORDS['en'])})\s+(?P<y>.+)$", regex.IGNORECASE
    )
    for pattern in (_BETWEEN, either):
        m = pattern.search(text)
        if m is None:
            continue
        # each side a few words next to the conjunction, the second up to where its clause ends ("parcel
        # robots or whatever and my manager said … data" offers nothing)
        x = " ".join(m.group("x").split(",")[-1].split()[-_SIDE:])
        y_words = _CLOSE.sub("", m.group("y")).split()
        end = next((i for i, w in enumerate(y_words) if w.casefold() in _CLAUSE_STARTS), len(y_words))
        y = " ".join(y_words[: min(end, _SIDE)])
        first = glossary.english(x, lang, only_terms=True)
        second = glossary.english(y, lang, only_terms=True)
        a, b = set(tokens(first or "")), set(tokens(second or ""))
        if a and b and not a & b:  # "DevOps or cloud" reads 'cloud devops engineer' and 'cloud': one goal
            return Alternatives(first or "", second or "")
    return None
