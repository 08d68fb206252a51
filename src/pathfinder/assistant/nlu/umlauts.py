"""Letters a keyboard did not have, given back to the words we know, so that the classifier, the slots and the
glossary read a message as if it was typed with them. The one place where this happens (`understand` calls it
for German and Finnish messages; Vietnamese slot words: `slots.restore_vietnamese`).

- German typed as "ae/oe/ue/ss" ("Ich moechte ... bin Anfaenger, fuer Kurse hoechstens 800 Euro"): the known
  words whose transliteration that is, also inflected ("guenstigeres"); "neue", "Steuer" or "aktuell" are the
  transliteration of no known word and stay.
- Finnish typed without its dots ("haluaisin tehda jotain datan parissa", "en tieda mista aloittaa"): the
  known words with ä/ö, unless the dotless form is itself a known word.

Known words: the stopwords-iso list of the language (maintained, in its wheel), the words of our tables
(`vocab`, the glossary file, the classifier's training lines of the language) and `vocab.UMLAUT_WORDS`."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import regex

from pathfinder.assistant.nlu import inflection, vocab

_DATA = Path(__file__).parent / "data"
_WORD = regex.compile(r"\p{L}+")
_MARKS = {"de": regex.compile(r"[äöüß]"), "fi": regex.compile(r"[äö]")}
# inflection endings after a known word ("günstig" + "eres", "Prüfung" + "en"; Finnish "tiedä" + "n")
_ENDINGS = ("eres", "eren", "erem", "ere", "er", "en", "es", "em", "e", "n", "s", "st", "t")


def _table_words() -> set[str]:
    words: set[str] = set()
    for name in dir(vocab):
        value = getattr(vocab, name)
        if isinstance(value, (dict, set, frozenset, tuple)):
            items = list(value)
        else:
            continue
        for item in items:
            if isinstance(item, str):
                words.update(_WORD.findall(item.casefold()))
    return words


@lru_cache(maxsize=2)
def _known(lang: str) -> frozenset[str]:
    import stopwordsiso

    words = {w.casefold() for w in stopwordsiso.stopwords(lang)} | _table_words()
    if lang == "de":
        words |= set(vocab.UMLAUT_WORDS)
    for line in (_DATA / "glossary.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith(f"{lang}\t"):
            words.update(_WORD.findall(line.split("\t")[1].casefold()))
    for line in (_DATA / "utterances.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row.get("lang") == lang:
            words.update(_WORD.findall(row["text"].casefold()))
    return frozenset(words)


@lru_cache(maxsize=2)
def _own(lang: str) -> frozenset[str]:
    """The stopwords-iso words of the language: spelled as they are, they are words of their own."""
    import stopwordsiso

    return frozenset(w.casefold() for w in stopwordsiso.stopwords(lang))


@lru_cache(maxsize=2)
def _restorable(lang: str) -> dict[str, str]:
    """typed form -> the word with its letters. A spelling without the marks that is a word of its own
    ("mochte", "wurde", "saa") stays; the training lines are left out of that check, since learners type them
    without the marks too; so do dotless forms under four letters in Finnish ("saa" may be "sää")."""
    words, marks, own = _known(lang), _MARKS[lang], _own(lang)
    dotless = {vocab.strip_accents(w): w for w in words if marks.search(w) and "ß" not in w}
    shortest = 3 if lang == "de" else 4  # German "fur" is "für"
    table = {bare: w for bare, w in dotless.items() if bare not in own and len(bare) >= shortest}
    if lang == "de":  # "ae/oe/ue/ss" ("moechte", "weiss") before a dropped umlaut
        typed = vocab.transliterate_umlauts
        table.update({typed(w): w for w in words if marks.search(w) and typed(w) != w})
    return table


@lru_cache(maxsize=1)
def _by_stem() -> dict[str, str]:
    """The German typed forms' stems -> the stem with its umlauts ("kuenstlich" -> "künstlich"), when the
    stem is at least five letters long and all known words sharing it agree."""
    stems: dict[str, set[str]] = {}
    for typed, word in _restorable("de").items():
        stem = inflection.german_stem(typed)
        ending = typed[len(stem) :]
        if len(stem) >= 5 and word.endswith(ending):
            stems.setdefault(stem, set()).add(word[: len(word) - len(ending)])
    return {stem: next(iter(words)) for stem, words in stems.items() if len(words) == 1}


def restore_umlauts(text: str) -> str:
    """`text` with the known German words typed as "ae/oe/ue/ss" or with their umlauts dropped written with
    them ("Fuer Anfaenger", "fur Anfanger" -> "für Anfänger"); a text with umlauts already is returned as it
    is."""
    return _restore(text, "de")


def restore_finnish(text: str) -> str:
    """`text` with the known Finnish words typed without ä/ö written with them ("en tieda mita tehda" -> "en
    tiedä mitä tehdä"); a text with ä or ö already is returned as it is."""
    return _restore(text, "fi")


def _restore(text: str, lang: str) -> str:
    if _MARKS[lang].search(text.casefold()):
        return text
    table = _restorable(lang)

    def restore(m: regex.Match) -> str:
        word = m.group(0)
        low = word.casefold()
        known = table.get(low)
        if known is None and lang == "de" and low not in _own(lang):
            # an inflected form of a known word: "guenstigeres", "Pruefungen" (not "konnte": a word itself)
            stem, ending = next(
                ((low[: -len(e)], e) for e in _ENDINGS if low.endswith(e) and low[: -len(e)] in table),
                ("", ""),
            )
            known = table[stem] + ending if len(stem) >= 4 else None
        if known is None and lang == "de" and low not in _own(lang):
            # another ending of a known word: "kuenstlicher" (the table has "künstliche", "künstlichen")
            stem = inflection.german_stem(low)
            known = _by_stem()[stem] + low[len(stem) :] if stem in _by_stem() else None
        if known is None:
            return word
        return known.capitalize() if word[:1].isupper() else known

    return _WORD.sub(restore, text)
