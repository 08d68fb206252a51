"""Cardinal numbers written out in French, German, Spanish, English and Finnish ("mille cinq cents",
"quatre-vingts", "zweitausend", "tausendfünfhundert", "cuarenta y cinco", "thirty", "kolmekymmentä"), read
where an amount is expected: a run of number words right before a currency ("mille cinq cents euros",
"zweitausend Euro") or a unit of time (`time_amounts`: "dreißig Minuten", "une heure et demie")."""

from __future__ import annotations

import unicodedata

import regex

from pathfinder.assistant.nlu import vocab

# unit and tens words (French, Spanish and English as separate words, German also inside one compound word)
_FR_VALUES = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
    "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    "septante": 70, "octante": 80, "huitante": 80, "nonante": 90,  # Belgian and Swiss French
}  # fmt: skip
_DE_VALUES = {
    "ein": 1, "eins": 1, "eine": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7,
    "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14,
    "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19, "zwanzig": 20,
    "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90,
}  # fmt: skip
# Spanish hundreds are words of their own ("quinientos"); "once" (11) is left out: English for "one time"
_ES_VALUES = {
    "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
    "nueve": 9, "diez": 10, "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciseis": 16,
    "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20, "veintiuno": 21, "veintidos": 22,
    "veintitres": 23, "veinticuatro": 24, "veinticinco": 25, "treinta": 30, "cuarenta": 40, "cincuenta": 50,
    "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90, "cien": 100, "ciento": 100,
    "doscientos": 200, "trescientos": 300, "cuatrocientos": 400, "quinientos": 500, "seiscientos": 600,
    "setecientos": 700, "ochocientos": 800, "novecientos": 900,
}  # fmt: skip
_EN_VALUES = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
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
_HUNDRED = frozenset(("cent", "cents", "hundert", "hundred"))
_THOUSAND = frozenset(("mille", "mil", "tausend", "thousand"))
_LINKS = frozenset(("et", "und", "y", "and"))
_VALUES = {**_FR_VALUES, **_DE_VALUES, **_ES_VALUES, **_EN_VALUES}
# a German number written as one word: its parts, longest first ("zweitausendfünfhundert")
_DE_PART = regex.compile(
    "|".join(sorted((*_DE_VALUES, "hundert", "tausend", "und"), key=len, reverse=True)), regex.IGNORECASE
)


def _parts(token: str) -> list[str] | None:
    """A token's number words: itself, its hyphenated pieces ("quatre-vingts"), or a German compound cut
    into its parts; None when it is no number word."""
    token = _unaccented(token)
    pieces = token.split("-")
    if all(p in _VALUES or p in _HUNDRED or p in _THOUSAND for p in pieces):
        return pieces
    found = _DE_PART.findall(token)
    if found and "".join(found) == token and any(p != "und" for p in found):
        return [p.casefold() for p in found]
    value = _finnish(token)
    return [str(value)] if value is not None else None


def _unaccented(token: str) -> str:
    """Spanish and French number words without their accents ("dieciséis", "veintidós"); German "ß", "ü"
    and Finnish "ä" stay as the tables spell them."""
    if not any(ch in "áéíóú" for ch in token):
        return token
    return "".join(ch for ch in unicodedata.normalize("NFD", token) if not "\u0300" <= ch <= "\u036f")


# Finnish numbers are one word of parts: units, "toista" (the teens), "kymmentä" (tens), "sata"/"sataa"
# (hundreds), "tuhat"/"tuhatta" (thousands): "viisitoista", "kaksikymmentäviisi", "viisisataa", "kaksituhatta"
_FI_UNITS = {
    "yksi": 1, "kaksi": 2, "kolme": 3, "neljä": 4, "viisi": 5, "kuusi": 6, "seitsemän": 7, "kahdeksan": 8,
    "yhdeksän": 9,
}  # fmt: skip
_FI_UNITS |= {k.replace("ä", "a"): v for k, v in _FI_UNITS.items()}
_FI_TIMES = ("toista", "kymmentä", "kymmenta", "kymmenen", "sataa", "sata", "tuhatta", "tuhat")
_FI_PART = regex.compile("|".join(sorted((*_FI_UNITS, *_FI_TIMES), key=len, reverse=True)))


def _finnish(token: str) -> int | None:
    """A Finnish number word's value ("kolmekymmentä" -> 30; "puolitoista" is none), or None."""
    found = _FI_PART.findall(token)
    return _finnish_value(found) if found and "".join(found) == token else None


def _finnish_value(parts: list[str]) -> int:
    total = group = unit = 0
    for p in parts:
        if p in _FI_UNITS:
            unit = _FI_UNITS[p]
        elif p == "toista":
            group, unit = group + unit + 10, 0
        elif p in ("kymmentä", "kymmenta"):
            group, unit = group + unit * 10, 0
        elif p == "kymmenen":
            group += 10
        elif p == "sata":
            group += 100
        elif p == "sataa":
            group, unit = group + unit * 100, 0
        elif p == "tuhat":
            total += 1000
        else:  # "tuhatta"
            total, group, unit = total + (group + unit) * 1000, 0, 0
    return total + group + unit


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
            current += int(w) if w.isdigit() else _VALUES[w]  # a Finnish word's value (`_parts`)
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
    """Whether a token is a number word of the five languages or a compound of them ("cents",
    "zweitausend", "quinientos", "kaksikymmentä"): never a subject."""
    return _parts(token) is not None


# half an hour and "and a half" in the European languages; English "half an hour", Finnish "puoli tuntia" and
# the Asian languages' words are read by `slots._half_hour`
_HALF_BEFORE = frozenset(("halbe", "halben", "demi", "media", "medio"))  # "eine halbe Stunde", "media hora"
_ARTICLES = frozenset(("eine", "ein", "une", "un", "una", "uno"))
_HALF_AFTER = (("et", "demie"), ("et", "demi"), ("y", "media"), ("und", "halb"))  # "une heure et demie"
_HALF_COMPOUND = regex.compile(r"(.+)einhalb")  # "zweieinhalb", "dreieinhalb"
_AND_A_HALF = {"puolitoista": 1.5}  # "one and a half" as one word


def time_amounts(toks: list[str]) -> list[str]:
    """The tokens with an amount of time written out in words given as digits before its unit: "dreißig
    Minuten" -> "30 minuten", "eine halbe Stunde" and "une demi-heure" -> "0.5 stunde", "une heure et demie"
    -> "1.5 heure", "zweieinhalb Stunden" -> "2.5 stunden", "kaksi ja puoli tuntia" -> "2.5 tuntia"."""
    units = {*vocab.HOUR, *vocab.MINUTE}
    out: list[str] = []
    for tok in toks:
        if tok.startswith("demi-") and tok[5:] in units:
            out += ["0.5", tok[5:]]
        else:
            out.append(tok)
    for j in [j for j, t in enumerate(out) if t in units][::-1]:
        out = _amount_before(out, j)
    return out


def _amount_before(toks: list[str], j: int) -> list[str]:
    """`toks` with the words of time before the unit at `j` as one number (see `time_amounts`)."""
    before, unit, after = toks[:j], toks[j], toks[j + 1 :]
    half = 0.5 if any(tuple(after[:2]) == pair for pair in _HALF_AFTER) else 0.0
    read = _count_before(before, bool(half))
    if read is None:
        return toks
    value, start = read
    return [*before[:start], _digits(value + half), unit, *after[2 if half else 0 :]]


def _count_before(before: list[str], half_after: bool) -> tuple[float, int] | None:
    """The count of time units that ends `before`, said in words, and where it starts; an article or a digit
    only when a half follows the unit ("une heure et demie", "2 Stunden und halb")."""
    last = before[-1] if before else ""
    if last in _HALF_BEFORE:
        return 0.5, len(before) - (2 if len(before) > 1 and before[-2] in _ARTICLES else 1)
    if last in _AND_A_HALF:
        return _AND_A_HALF[last], len(before) - 1
    compound = _HALF_COMPOUND.fullmatch(last)
    if compound and (spelled := spelled_before([compound.group(1)], 1)) is not None:
        return spelled[0] + 0.5, len(before) - 1
    if before[-2:] == ["ja", "puoli"] and (spelled := spelled_before(before[:-2], len(before) - 2)):
        return spelled[0] + 0.5, spelled[1]  # "kaksi ja puoli tuntia"
    if (spelled := spelled_before(before, len(before))) is not None:
        return spelled
    if half_after and last in _ARTICLES:
        return 1.0, len(before) - 1
    if half_after and regex.fullmatch(r"\d+(?:[.,]\d+)?", last):
        return float(last.replace(",", ".")), len(before) - 1
    return None


def _digits(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)
