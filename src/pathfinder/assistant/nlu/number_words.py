"""Cardinal numbers written out in French and German ("mille cinq cents", "deux mille", "quatre-vingts",
"zweitausend", "fünfhundert", "tausendfünfhundert"), read where an amount of money is expected: a run of
number words right before a currency ("mille cinq cents euros", "zweitausend Euro")."""

from __future__ import annotations

import regex

# unit and tens words (French as separate words, German also inside one compound word)
_FR_VALUES = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
    "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
}  # fmt: skip
_DE_VALUES = {
    "ein": 1, "eins": 1, "eine": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7,
    "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14,
    "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19, "zwanzig": 20,
    "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90,
}  # fmt: skip
# tokens are case-folded ("dreißig" -> "dreissig"); umlauts may be typed as "ue" or dropped ("fuenf", "funf")
_DE_VALUES = {
    form: v
    for k, v in _DE_VALUES.items()
    for form in {
        k.casefold(),
        k.casefold().replace("ü", "ue").replace("ö", "oe"),
        k.replace("ü", "u").replace("ö", "o"),
    }
}
_HUNDRED = frozenset(("cent", "cents", "hundert"))
_THOUSAND = frozenset(("mille", "mil", "tausend"))
_LINKS = frozenset(("et", "und"))
_VALUES = {**_FR_VALUES, **_DE_VALUES}
# a German number written as one word: its parts, longest first ("zweitausendfünfhundert")
_DE_PART = regex.compile(
    "|".join(sorted((*_DE_VALUES, "hundert", "tausend", "und"), key=len, reverse=True)), regex.IGNORECASE
)


def _parts(token: str) -> list[str] | None:
    """A token's number words: itself, its hyphenated pieces ("quatre-vingts"), or a German compound cut
    into its parts; None when it is no number word."""
    pieces = token.split("-")
    if all(p in _VALUES or p in _HUNDRED or p in _THOUSAND for p in pieces):
        return pieces
    found = _DE_PART.findall(token)
    if found and "".join(found) == token and any(p != "und" for p in found):
        return [p.casefold() for p in found]
    return None


def _value(words: list[str]) -> float | None:
    """The number the words say, or None when they say none (only links, or a lone "un"/"ein")."""
    total = current = 0
    said = False
    for w in words:
        if w in _LINKS:
            continue
        said = True
        if w in _HUNDRED:
            current = max(current, 1) * 100
        elif w in _THOUSAND:
            total += max(current, 1) * 1000
            current = 0
        elif w == "vingts" or (w == "vingt" and current == 4):  # "quatre-vingt(s)": 80
            current = current * 20 if current else 20
        else:
            current += _VALUES[w]
    value = total + current
    return float(value) if said and value > 1 else None


def spelled_before(toks: list[str], end: int) -> tuple[float, int] | None:
    """The amount written out in the words that end right before position `end` ("mille cinq cents" before
    "euros"), with the position where those words start; None when no number words stand there."""
    words: list[str] = []
    start = end
    while start > 0:
        parts = _parts(toks[start - 1])
        if parts is None and toks[start - 1] in _LINKS and words:
            parts = [toks[start - 1]]
        if parts is None:
            break
        words = parts + words
        start -= 1
    while words and words[0] in _LINKS:
        words, start = words[1:], start + 1
    value = _value(words) if words else None
    return (value, start) if value is not None else None


def is_number_word(token: str) -> bool:
    """Whether a token is a French or German number word or a compound of them ("cents", "zweitausend"):
    never a subject."""
    return _parts(token) is not None
