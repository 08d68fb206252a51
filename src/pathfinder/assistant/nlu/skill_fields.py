"""Fields of knowledge said as a skill held ("Linux und Netzwerke kann ich", "mình biết cơ bản về mạng và
Python", "maths theek hai", "je suis bon en maths"): a field word the taxonomy has no label or alias for, read
as the skill of the bundled taxonomy nearest to it, only when a message states what someone holds (session 22,
skills22, lead trial 17's 04, 11, 14).

Not aliases: an alias ("network" -> ICT communications protocols) would also tag catalogue entries and turn
search topics into skill searches ("network courses"); a field word here is read only by the statement's
reader (`profile_changes.mentions`, `profile_changes.held_hit`)."""

from __future__ import annotations

from collections.abc import Sequence

from pathfinder.assistant.nlu import glossary
from pathfinder.assistant.nlu.slots import tokens

# the skill phrase (a label or alias the lexicon resolves) -> the field's words, folded; a trailing "*" takes
# any ending (Finnish cases: "matematiikkaa", "matikkaa"). Networks in other languages reach "network" through
# the glossary ("Netzwerke", "redes", "réseaux", "verkkoja", "mạng", "नेटवर्क", "নেটওয়ার্ক").
_FIELDS: dict[str, tuple[str, ...]] = {
    "networking": ("network", "networks", "netzwerk", "netzwerke", "netzwerken"),
    "execute analytical mathematical calculations": (
        "math",
        "maths",
        "mathematics",
        "mathe",
        "mathematik",
        "matemáticas",
        "matematicas",
        "mates",
        "mathématiques",
        "mathematiques",
        "matematiik*",
        "matikka*",
        "matikan",
        # Vietnamese "toán" is left out: it is also the "toán" of "kế toán" (accounting)
        "गणित",
        "ganit",
        "গণিত",
        "gonit",
    ),
}
_EXACT = {w: skill for skill, words in _FIELDS.items() for w in words if not w.endswith("*")}
_PREFIXES = tuple((w[:-1], skill) for skill, words in _FIELDS.items() for w in words if w.endswith("*"))

# a field word followed by one of these is part of a compound that names something else ("network security",
# "network engineer", "maths teacher", "Netzwerk-Administrator" is one token and no field word)
_COMPOUND_NEXT = frozenset(
    "security engineer engineers engineering administrator administration admin architect technician "
    "support operations ops monitoring team department analyst specialist manager management "
    "teacher teaching tutor degree course courses class classes lesson lessons sicherheit ingenieur "
    "lehrer kurs kurse curso cursos profesor profesora cours professeur kurssi kurssia opettaja".split()
)


def field_skill(word: str) -> str | None:
    """The skill phrase a field word stands for when held ("Netzwerke" -> "networking", "maths" -> "execute
    analytical mathematical calculations"), else None."""
    folded = word.casefold()
    if folded in _EXACT:
        return _EXACT[folded]
    return next((skill for prefix, skill in _PREFIXES if folded.startswith(prefix)), None)


def field_words(text: str, taken: Sequence[str] = ()) -> list[str]:
    """The field words of a text, as written (folded), that are no part of a skill phrase already found
    (`taken`: "neural networks") nor the first word of a compound ("network security", "maths teacher")."""
    toks = tokens(text)
    inside = {w for phrase in taken for w in tokens(phrase)}
    out: list[str] = []
    for i, tok in enumerate(toks):
        if field_skill(tok) is None or tok in inside or tok in out:
            continue
        if i + 1 < len(toks) and (toks[i + 1] in _COMPOUND_NEXT or toks[i + 1] in glossary.ROLE_WORDS):
            continue
        out.append(tok)
    return out
