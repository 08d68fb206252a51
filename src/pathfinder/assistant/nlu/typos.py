"""English words typed in a hurry ("i wnat to lern cybrsecurity onlin cheap"): a word the assistant knows in
no language, one typing slip (a swapped, missing, extra or wrong letter) away from exactly one of the words
learners use most, is read as that word. Session 14: the goal of that message was saved as "wnat lern
cybrsecurity onlin".

The words learners use most are the English utterances of the intent classifier's training set
(`data/utterances.jsonl`, written for it); the words known are those of every language there plus the
bundled taxonomy's skill and occupation names. Pure functions over package data."""

from __future__ import annotations

import csv
import json
from collections import Counter
from functools import cache
from pathlib import Path

import regex
from rapidfuzz.distance import OSA
from wordfreq import zipf_frequency

from pathfinder.assistant.nlu import vocab

_DATA = Path(__file__).with_name("data") / "utterances.jsonl"
_TAXONOMY = Path(__file__).resolve().parents[2] / "corpus" / "taxonomy"
_WORD = regex.compile(r"[a-z]+(?:'[a-z]+)?")
SHORTEST = 4  # shorter words have too many neighbours ("teh" could be "the" or "tea")
COMMON = 600  # how many of the most used English words a slip is read back to
LONG = 6  # from this length a wrong, missing or extra letter is read back too, not only a swap


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


@cache
def _vocabulary() -> tuple[frozenset[str], tuple[str, ...]]:
    """(every word known, the English words learners use most, most used first)."""
    known: set[str] = set(vocab.STOPWORDS)
    english: Counter[str] = Counter()
    said: Counter[str] = Counter()
    with _DATA.open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            words = _words(row["text"])
            said.update(words)
            if row.get("lang") == "en":
                english.update(w for w in words if len(w) >= SHORTEST)
    # a word said once may be a slip the set was written with ("wnat", "pyhton"): known when said twice
    known.update(w for w, n in said.items() if n >= 2)
    # the words of every list the rules read, in every language (job words, time and number words, ...)
    # (tuples too: "faster" of `vocab.FASTER` is no slip of "master", session 20)
    # (never a list of word starts: "lern" of `LEARN_PREFIXES` stays a slip of "learn")
    for name, value in vars(vocab).items():
        if isinstance(value, (frozenset, set, dict, tuple)) and not name.endswith(("PREFIXES", "STEMS")):
            known.update(w for item in value if isinstance(item, str) for w in _words(item))
    for name in ("skills.csv", "occupations.csv"):
        with (_TAXONOMY / name).open(encoding="utf-8") as f:
            for row in csv.DictReader(f):
                known.update(_words(f"{row['label']} {row.get('alt_labels', '')}"))
    common = tuple(w for w, _ in english.most_common(COMMON))
    common += tuple(w for w in vocab.SUPERLATIVES_EN if w not in common)
    return frozenset(known | set(vocab.SUPERLATIVES_EN)), common


# a word this common in English text (wordfreq's Zipf scale: 3 is once per million words) is a word of
# its own, no slip, whatever the lists above lack ("scared" is no "scored": lead trial 20's 19); common
# misspellings ("recieve" 2.75, "wnat" 1.6) stay below it
REAL_WORD_ZIPF = 3.0


def real_english(word: str) -> bool:
    """Whether a word is common in English text (`REAL_WORD_ZIPF`; wordfreq ships its frequency lists)."""
    return zipf_frequency(word, "en") >= REAL_WORD_ZIPF


_ENDINGS = ("s", "es", "d", "ed", "r", "er", "en", "y", "ly", "ing")


def _stem(word: str) -> str:
    return next((word[: -len(e)] for e in sorted(_ENDINGS, key=len, reverse=True) if word.endswith(e)), word)


def _slip(typed: str, word: str) -> bool:
    """One typing slip apart (optimal string alignment distance 1: a swap counts once), and not another form
    of the same word ("beginners" is no slip of "beginner", nor "learned" of "learn")."""
    inflected = any(typed == word + e or word == typed + e for e in _ENDINGS) or _stem(typed) == _stem(word)
    return not inflected and abs(len(typed) - len(word)) <= 1 and OSA.distance(typed, word) == 1


def corrected(word: str) -> str | None:
    """The common word a typed one is a slip of, when it is unknown and exactly one is (a swap of two letters
    beats another reading: "wnat" is "want", not "what"), else None."""
    low = word.casefold()
    known, common = _vocabulary()
    if low in known or not low.isalpha() or real_english(low):
        return None
    if len(low) < SHORTEST:
        # a word of three consonants is a wish verb without its vowel ("wnt"), or nothing read back
        vowelless = len(low) == SHORTEST - 1 and not set(low) & set("aeiouy")
        wished = _wish_verb_slips(low) if vowelless else []
        return wished[0] if len(wished) == 1 else None
    near = [w for w in common if _slip(low, w)]
    swapped = [w for w in near if sorted(w) == sorted(low)]
    # a short word one letter from another is often a word of its own the lists lack ("hour" is no "your",
    # "taka" no "take"): under six letters only a swap of two letters is read back
    # (and a slip keeps the word's first letter: "booking" is no "looking", lead trial 18)
    found = swapped or [w for w in near if len(w) >= LONG and w[:1] == low[:1]]
    if not found:
        # a verb that opens a wish, with a letter missing, extra or wrong ("lern", "studdy", "wnt"): the
        # label of "wnat to lern cyber securty" was 'lern cybersecurity' (session 20, lead trial 15's 19)
        found = _wish_verb_slips(low)
    return found[0] if len(found) == 1 else None


def _wish_verb_slips(low: str) -> list[str]:
    """The wish verbs `low` is one slip of, its first letter kept and no letter changed (one missing, one
    extra or two swapped): a slip keeps the word's start ("lern", "wnat"), a word of its own seldom does
    ("earn" is no "learn": "what does a data engineer earn?"), and a changed letter makes other words ("went",
    "wait" are no "want")."""
    return [
        w
        for w in WISH_VERBS
        if low[:1] == w[:1] and _slip(low, w) and (len(low) != len(w) or sorted(low) == sorted(w))
    ]


# the verbs a goal is said with ("I want to learn X"): short, so a slip of one is read back whatever its kind
WISH_VERBS = ("learn", "study", "want", "become", "teach")


def restore_english(text: str) -> str:
    """`text` with the unknown words that are one slip from a common one written as that word."""

    def fix(match: regex.Match[str]) -> str:
        return corrected(match.group(0)) or match.group(0)

    return regex.sub(r"(?<![\p{L}\d'])[A-Za-z]+(?![\p{L}\d'])", fix, text)
