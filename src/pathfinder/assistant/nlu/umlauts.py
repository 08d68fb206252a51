"""German typed without umlauts ("Ich moechte ... bin Anfaenger, fuer Kurse hoechstens 800 Euro"): the words
we know given their umlauts back, so that the classifier, the slots and the glossary read the message as if it
was typed with them. The one place where this happens (`understand` calls it for German messages).

Known words: the stopwords-iso German list (maintained, in its wheel), the German words of our tables
(`vocab`, the glossary file, the classifier's German training lines) and `vocab.UMLAUT_WORDS`. Only words
whose typed form ("fuer") is such a word's transliteration change; "neue", "Steuer" or "aktuell" have none
and stay."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import regex

from pathfinder.assistant.nlu import vocab

_DATA = Path(__file__).parent / "data"
_WORD = regex.compile(r"\p{L}+")
_UMLAUT = regex.compile(r"[äöüß]")
# German inflection endings after a known word ("günstig" + "eres", "Prüfung" + "en")
_ENDINGS = ("eres", "eren", "erem", "ere", "er", "en", "es", "em", "e", "n", "s", "st", "t")


def _table_words() -> set[str]:
    words: set[str] = set()
    for name in dir(vocab):
        value = getattr(vocab, name)
        items = (
            value.keys()
            if isinstance(value, dict)
            else value
            if isinstance(value, (set, frozenset, tuple))
            else ()
        )
        for item in items:
            if isinstance(item, str):
                words.update(_WORD.findall(item.casefold()))
    return words


@lru_cache(maxsize=1)
def _restorable() -> dict[str, str]:
    import stopwordsiso

    words = {w.casefold() for w in stopwordsiso.stopwords("de")} | _table_words() | set(vocab.UMLAUT_WORDS)
    for line in (_DATA / "glossary.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("de\t"):
            words.update(_WORD.findall(line.split("\t")[1].casefold()))
    for line in (_DATA / "utterances.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row.get("lang") == "de":
            words.update(_WORD.findall(row["text"].casefold()))
    return {
        vocab.transliterate_umlauts(w): w
        for w in words
        if _UMLAUT.search(w) and vocab.transliterate_umlauts(w) != w
    }


def restore_umlauts(text: str) -> str:
    """`text` with the known German words typed as "ae/oe/ue/ss" written with their umlauts ("Fuer Anfaenger"
    -> "Für Anfänger"); a text with umlauts already is returned as it is."""
    if _UMLAUT.search(text.casefold()):
        return text
    table = _restorable()

    def restore(m: regex.Match) -> str:
        word = m.group(0)
        low = word.casefold()
        known = table.get(low)
        if known is None:  # an inflected form of a known word: "guenstigeres", "Pruefungen"
            stem, ending = next(
                ((low[: -len(e)], e) for e in _ENDINGS if low.endswith(e) and low[: -len(e)] in table),
                ("", ""),
            )
            if len(stem) < 4:
                return word
            known = table[stem] + ending
        return known.capitalize() if word[:1].isupper() else known

    return _WORD.sub(restore, text)
