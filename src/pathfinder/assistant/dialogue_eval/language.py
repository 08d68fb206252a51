"""The language a reply is written in, detected independently of the engine (lingua, models in the wheel).

Links, URLs, credential ids, code spans, quoted text and the titles of the credentials the reply cites are
removed first: catalogue text is quoted as it is, in its own language, and must not decide the reply's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

# The eight languages the assistant serves, plus neighbours a wrong reply could be written in (so that a
# Polish or Italian reply is not forced onto one of the eight).
_LANGUAGES = (
    "ENGLISH",
    "GERMAN",
    "SPANISH",
    "FRENCH",
    "FINNISH",
    "VIETNAMESE",
    "HINDI",
    "BENGALI",
    "ITALIAN",
    "PORTUGUESE",
    "DUTCH",
    "POLISH",
    "SWEDISH",
    "ESTONIAN",
    "CATALAN",
    "MARATHI",
    "INDONESIAN",
)
MIN_WORDS = 3

_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_URL = re.compile(r"https?://\S+|www\.\S+")
_CODE = re.compile(r"`[^`]*`")
_QUOTED = re.compile(
    r"\"[^\"\n]{0,300}\"|“[^”\n]{0,300}”|„[^“”\n]{0,300}[“”]|«[^»\n]{0,300}»|‘[^’\n]{0,300}’"
)
_QUOTE_LINE = re.compile(r"^\s*>.*$", re.MULTILINE)
_ID = re.compile(r"\(?\b[a-z]{2,8}-[a-z0-9]+(?:-[a-z0-9]+)+\b\)?")
_UNITS = re.compile(r"\b(?:ECTS|EQF|EUR|USD|PLN|CAD|INR|SGD|BDT|VND|h)\b")
_MARKUP = re.compile(r"[*_#|>\-–—•:;,.!?()\[\]{}0-9%€$£₹৳/+=~^]+")


@lru_cache(maxsize=1)
def _detector():
    from lingua import Language, LanguageDetectorBuilder

    languages = [getattr(Language, name) for name in _LANGUAGES if hasattr(Language, name)]
    return LanguageDetectorBuilder.from_languages(*languages).build()  # models load lazily


def prose(text: str, titles: Iterable[str] = ()) -> str:
    """The reply's own words: without links, URLs, ids, code, quotations, catalogue names (`titles`: the
    cited credentials' titles and providers), units and currency codes, and markup."""
    for title in sorted({t for t in titles if t}, key=len, reverse=True):
        text = text.replace(title, " ")
    for pattern in (_LINK, _URL, _CODE, _QUOTED, _QUOTE_LINE, _ID, _UNITS):
        text = pattern.sub(" ", text)
    return " ".join(_MARKUP.sub(" ", text).split())


def reply_language(text: str, titles: Iterable[str] = ()) -> str | None:
    """ISO 639-1 code of the reply's language, or None when fewer than MIN_WORDS words are left to judge."""
    words = prose(text, titles)
    if len(words.split()) < MIN_WORDS:
        return None
    found = _detector().detect_language_of(words)
    return found.iso_code_639_1.name.lower() if found is not None else None
