"""Whether a word names a subject or is a function word, in any served language.

Two layers: our own lists (`vocab.STOPWORDS`, chat words and slot words the rules know), and the maintained
stopwords-iso lists (`stopwordsiso`, MIT, shipped in its wheel) of seven served languages, which catch the
everyday words our lists never thought of ("make me a plan", "probably", "etwas", "cũng"). stopwords-iso
also lists words that are subjects in this domain ("computer", "information", "system", "web", "research",
Vietnamese "dữ" of "dữ liệu"), so every word of our glossary's domain terms, the role words and a few more are
never function words by that layer.
"""

from __future__ import annotations

from functools import lru_cache

from pathfinder.assistant.nlu import glossary, vocab
from pathfinder.assistant.nlu.slots import tokens

# Vietnamese is left to our own lists: its stopwords-iso entries are syllables that also build content words
# ("điều" of "điều dưỡng", nurse; "việc", work)
LISTED = ("en", "de", "es", "fr", "fi", "hi", "bn")

# subjects of this domain that stopwords-iso lists as function words (checked against its 0.7 lists)
_DOMAIN_WORDS = frozenset(
    "research test testing html shell net microsoft r c text open data dữ liệu security web website it ai ml "
    "computer computers information system systems big front end back full high online".split()
)


@lru_cache(maxsize=1)
def _protected() -> frozenset[str]:
    words = set(_DOMAIN_WORDS) | set(glossary.ROLE_WORDS)
    for term in glossary.terms():
        words.update(w.rstrip("*") for w in term.words)
        words.update(tokens(term.english.casefold()))
    return frozenset(glossary.fold(w) for w in words)


@lru_cache(maxsize=1)
def _iso() -> frozenset[str]:
    import stopwordsiso  # data only: a set per language from the JSON in its wheel

    listed = {w.casefold() for w in stopwordsiso.stopwords(list(LISTED))}
    protected = _protected()
    return frozenset(w for w in listed if glossary.fold(w) not in protected)


def is_function_word(word: str) -> bool:
    """True for a word that names no subject ("make", "please", "tolong"), in any served language."""
    low = word.casefold()
    return low in vocab.STOPWORDS or low in _iso()


def is_iso_function_word(word: str) -> bool:
    """The stopwords-iso layer alone (for rules that keep their own lists and add this one)."""
    return word.casefold() in _iso()
