"""Hindi and Bengali typed in Latin script (Hinglish, Banglish) are spelt as they sound, each word several
ways: "ghante", "ghantey", "ghanta", "ghonta"; "hafte", "hafta", "saptahe", "shoptahe"; "lakh", "lac";
"hazaar", "hajar". A list of spellings is never complete, so both sides are folded to one spelling by a table
of the ways Latin script writes the same sounds (aspirates with or without "h", long vowels doubled or not,
Bengali's inherent "o" as Hindi's "a", "z" as "j", a final "ey" as "e"), and a word of the message is read as
the slot word (`vocab`: time units, multipliers, currencies, number words, before/until) with its fold, when
exactly one slot word has it. Pure; the table is built once from the vocabulary.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from pathfinder.assistant.nlu import vocab

# the ways of writing one sound, in the order they are applied (longer spellings first)
_SPELLINGS = (
    ("chh", "c"), ("ch", "c"), ("kh", "k"), ("gh", "g"), ("jh", "j"), ("th", "t"), ("dh", "d"), ("ph", "f"),
    ("bh", "b"), ("sh", "s"), ("ck", "k"), ("q", "k"), ("z", "j"), ("w", "v"),
    ("aa", "a"), ("ee", "i"), ("ii", "i"), ("oo", "u"), ("uu", "u"), ("o", "a"),
)  # fmt: skip
_FINAL = (("ey", "e"), ("ay", "e"), ("ah", "a"))  # "ghantey", "haftay", "rupayah"
_DOUBLE = regex.compile(r"([b-df-hj-np-tv-z])\1")
_WORD = regex.compile(r"(?<![\p{L}\p{N}])[a-z]+(?![\p{L}\p{N}])", regex.IGNORECASE)
MIN_LENGTH = 3  # "do", "ek", "se": too short to tell by sound


def fold(word: str) -> str:
    """One spelling for the ways a Hindi or Bengali word is typed in Latin script ("ghantey" -> "gante",
    "shoptahe" and "saptahe" -> "saptae"... both "saptahe" -> "saptahe" folded alike)."""
    w = word.casefold()
    for end, to in _FINAL:
        if w.endswith(end) and len(w) > len(end) + 2:
            w = w[: -len(end)] + to
    w = _DOUBLE.sub(r"\1", w)
    # "c" alone (not of "ch") sounds "k" ("lac"): marked before the digraphs turn "ch" into "c"
    w = regex.sub(r"c(?!h)", "k", w)
    for spelling, sound in _SPELLINGS:
        w = w.replace(spelling, sound)
    return w


def _slot_words() -> dict[str, object]:
    """The Latin-script words of the slot tables, each with what it means (a table's name and its value), so
    that two words of one fold with the same meaning ("ghanta", "ghonta") are no ambiguity."""
    tables: dict[str, object] = {
        "hour": vocab.HOUR, "day": vocab.DAY, "week": vocab.WEEK, "month": vocab.MONTH, "year": vocab.YEAR,
        "every": vocab.EVERY_LATIN, "before": vocab.FESTIVAL_BEFORE, "until": vocab.FESTIVAL_UNTIL,
        "multiplier": vocab.MULTIPLIERS, "currency": vocab.CURRENCIES, "number": vocab.NUMBER_WORDS,
        "fraction": vocab.FRACTION_WORDS, "season": vocab.SEASONS_BEFORE, "festival": vocab.FESTIVALS,
    }  # fmt: skip
    meaning: dict[str, object] = {}
    for name, table in tables.items():
        values = table if isinstance(table, dict) else dict.fromkeys(table)
        for word, value in values.items():
            if word.isascii() and word.isalpha() and len(word) >= MIN_LENGTH:
                meaning.setdefault(word, (name, value))
    return meaning


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    """fold -> the slot word it reads as, when every slot word of that fold means the same."""
    meaning = _slot_words()
    by_fold: dict[str, set[str]] = {}
    for word in meaning:
        by_fold.setdefault(fold(word), set()).add(word)
    return {
        folded: min(words) for folded, words in by_fold.items() if len({repr(meaning[w]) for w in words}) == 1
    }


def canonical(text: str) -> str:
    """The text with each Latin-script word that is no slot word but sounds like one written as that slot
    word ("hafte me 6 ghantey" -> "hafte me 6 ghante", "saptahe 5 ghonta" -> "saptah 5 ghonta", "2 lac" ->
    "2 lakh")."""
    meaning = _slot_words()
    table = _table()

    def word(m: regex.Match) -> str:
        w = m.group(0)
        if len(w) < MIN_LENGTH or w.casefold() in meaning:
            return w
        return table.get(fold(w), w)

    return _WORD.sub(word, text)
