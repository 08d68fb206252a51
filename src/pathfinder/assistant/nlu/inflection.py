"""Word endings of the served languages that do not change what a word names: the one place that strips
them for matching (the glossary's terms, the words typed without umlauts)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

# German adjective and noun endings of a word in a sentence: "mit maschinellem Lernen", "künstlicher
# Intelligenz", "neuronalen Netzen", "digitalen Grundkenntnissen" against "maschinelles lernen", "künstliche
# intelligenz" ...; longest first
_GERMAN = ("ern", "em", "en", "er", "es", "e", "n", "s")
_SHORTEST_STEM = 4


def german_stem(word: str) -> str:
    """A German word without its adjective or noun ending ("maschinellem" and "maschinelles" ->
    "maschinell", "netzen" -> "netz"); a word that would keep fewer than four letters as it is."""
    for ending in _GERMAN:
        if word.endswith(ending) and len(word) - len(ending) >= _SHORTEST_STEM:
            return word[: -len(ending)]
    return word


# the Snowball stemmers of the European languages served (snowballstemmer: the Snowball project's
# algorithms, pure Python, BSD licence)
_SNOWBALL = {"de": "german", "fr": "french", "es": "spanish", "fi": "finnish"}


@lru_cache(maxsize=4)
def _stemmer(lang: str) -> Any:
    import snowballstemmer

    return snowballstemmer.stemmer(_SNOWBALL[lang])


@lru_cache(maxsize=65536)
def stem(word: str, lang: str) -> str:
    """A word's Snowball stem in its language ("administradora" and "administrador" -> "administr", "redes"
    -> "red", "Datenbanken" -> "datenbank"); the word itself in a language without a stemmer."""
    if lang not in _SNOWBALL:
        return word
    return _stemmer(lang).stemWord(word)
