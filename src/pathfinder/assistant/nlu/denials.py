"""Denials in the eight served languages: the one table of the words that deny what a clause names ("kein
Programmieren", "nunca usé SQL", "কোডিং জানি না"), and its readers: whether a clause denies (`denied`,
`denies`), the clauses that deny nothing (`affirmed`) and the words of a lack said beside a wish
(`lacked_words`). Moved out of `skill_levels` in session 29 so that `understand` and `interests` read them
too. Pure."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from pathfinder.assistant.nlu import glossary
from pathfinder.assistant.nlu.language import romanised
from pathfinder.assistant.nlu.slots import tokens

# a denial in the clause naming a skill: it is not held ("I've never used SQL", "kein Programmieren")
DENIALS: dict[str, frozenset[str]] = {
    "en": frozenset("no not never don't dont haven't havent can't cannot cant didn't didnt zero".split()),
    # a bare "no" after the skill denies it too ("Excel ja, SQL nein", "SQL oui, Python non", "nada de
    # estadística", session 20)
    "de": frozenset("kein keine keinen keinerlei nicht nie niemals nein".split()),
    "es": frozenset("no nunca ni jamás jamas nada".split()),
    "fr": frozenset("pas jamais aucun aucune rien non".split()),
    # Finnish denies with a verb of its own ("en osaa", "en ole koskaan käyttänyt"): "en" is only Finnish here
    "fi": frozenset("en et ei emme ette eivät koskaan".split()),
    "vi": frozenset("không chưa chẳng khong chua".split()),
    "hi": frozenset("nahi nahin nhi नहीं कभी नही".split()),
    "bn": frozenset("না নেই নয় কখনো কখনও na nei".split()),
}
DENIAL_ENDINGS = {"bn": ("িনি",)}  # Bengali past denial as a suffix: "করিনি", "শিখিনি" (not "জানি")
# a denial that is no denial of a skill: "not only", "no problem", "pas mal" (quite a lot)
NOT_DENIALS = (
    "not only",
    "no problem",
    "not bad",
    "pas mal",
    "pas seulement",
    "non seulement",
    "nicht nur",
    "no solo",
    "nada mal",
)


def _codes(text: str, lang: str | None) -> list[str]:
    """English, the message's language, and Hindi and Bengali for a clause in their Latin-script writing."""
    codes = ["en"] + ([lang] if lang in DENIALS and lang != "en" else [])
    if romanised(text):
        codes += [code for code in ("hi", "bn") if code not in codes]
    return codes


def denied(toks: Sequence[str], codes: Sequence[str]) -> bool:
    """Whether a clause's tokens hold a denial of one of the languages `codes`."""
    joined = f" {' '.join(toks)} "
    if any(f" {phrase} " in joined for phrase in NOT_DENIALS):
        return False
    words = frozenset().union(*(DENIALS[code] for code in codes))
    endings = tuple(e for code in codes for e in DENIAL_ENDINGS.get(code, ()))
    return any(t in words or (endings and t.endswith(endings)) for t in toks)


# every served language's denials at once, for a clause whose language is not known: without the Finnish
# negative verbs "en"/"et", which are French and Spanish "in" and French "and"
_ANY_DENIAL = frozenset().union(*DENIALS.values()) - {"en", "et"}


def denies(clause: str, lang: str | None = None) -> bool:
    """Whether a clause denies what it names: a skill lacked or a thing not wanted ("Programmierkenntnisse
    hat sie keine", "I can't code at all", "कोडिंग बिल्कुल नहीं आती", "প্রোগ্রামিং জানি না"; session 29). With
    no `lang`, every served language's denials count (but the Finnish "en"/"et")."""
    toks = without_apostrophe_heads(tokens(clause))
    if lang is not None:
        return denied(toks, _codes(clause, lang))
    joined = f" {' '.join(toks)} "
    if any(f" {phrase} " in joined for phrase in NOT_DENIALS):
        return False
    return any(t in _ANY_DENIAL or t.endswith(DENIAL_ENDINGS["bn"]) for t in toks)


# the words of contrast a lack follows inside one clause ("मुझे डेटा साइंस में जाना है पर प्रोग्रामिंग नहीं आती":
# the clause splitter keeps Hindi "पर", which is also "on", and "but" before a short clause)
_CONTRAST = regex.compile(
    r"(?<![\p{L}\p{M}])(?:but|aber|pero|mais|mutta|nhưng|nhung|lekin|magar|par|kintu|लेकिन|मगर|पर|কিন্তু)"
    r"(?![\p{L}\p{M}])",
    regex.IGNORECASE,
)


# a denial of a degree says a level, not a lack ("a course on networking that's not too advanced", "nicht zu
# schwer", "pas trop dur", "no muy avanzado", "ei liian vaikea", "không quá khó")
_DEGREE = frozenset(
    "too very so that overly zu so sehr allzu trop très tres si muy tan demasiado liian kovin quá lắm".split()
)


def _lacks(part: str, lang: str | None) -> bool:
    """Whether a piece of a message says something lacked or not wanted: it denies, and not only a degree."""
    if not denies(part, lang):
        return False
    toks = without_apostrophe_heads(tokens(part))
    return not any(
        t in _ANY_DENIAL and toks[i + 1 : i + 2] and toks[i + 1] in _DEGREE for i, t in enumerate(toks)
    )


def lacked_words(parts: Sequence[str], lang: str | None) -> frozenset[str]:
    """The words of the clauses that deny a skill or a thing ("मुझे डेटा साइंस सीखनी है लेकिन कोडिंग बिल्कुल
    नहीं आती", "quiero ciencia de datos, pero programar no sé"), when another clause names a subject: what the
    learner lacks or does not want is no subject of the wish (trial 24's 07: "data science coding" made the
    goal "data science software developer"; session 29). Words the other clauses use too are kept."""
    parts = [x for c in parts for x in _CONTRAST.split(c) if x.strip()]
    denied = [c for c in parts if _lacks(c, lang)]
    rest = [c for c in parts if c not in denied]
    if not denied or not any(glossary.english(c, lang, only_terms=True) for c in rest):
        return frozenset()
    kept = {w for c in rest for w in tokens(c)}
    return frozenset(w for c in denied for w in tokens(c) if w not in kept)


def affirmed(parts: Sequence[str]) -> list[str]:
    """The pieces of `parts` (a message's clauses), cut again at a word of contrast, that deny nothing (in any
    served language): "I like games and computers but have no idea what job" affirms "I like games and
    computers"; "Programmierkenntnisse hat sie keine" nothing (session 29)."""
    return [x for c in parts for x in _CONTRAST.split(c) if x.strip() and not _lacks(x, None)]


def without_apostrophe_heads(toks: list[str]) -> list[str]:
    """French elisions split off ("qu'en" -> "qu", "en"; "d'excel" -> "d", "excel"), the rest as it is."""
    out: list[str] = []
    for t in toks:
        head, sep, tail = t.partition("'")
        out.extend([head, tail] if sep and len(head) <= 2 and tail else [t])
    return out
