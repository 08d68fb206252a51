"""Skills a course assumes though its catalogue records no prerequisite, read from its text with the words
that show it (issue 14, session 14).

A course "X with Python" above the entry level (EQF 5 or more) uses Python as its medium: "Data Visualisation
with Python" is no first step for someone who has never written Python, however its tags list Python. And a
text may say so outright ("some knowledge of Python programming language is necessary"). `assumed_skills(c)`
returns such tools (programming and query languages, statistics) with the words quoted, so a plan puts a
course teaching the tool first (`prerequisites.SkillProviders`), the review counts that course as a
prerequisite, and the step says what it assumes and why. Stated `prerequisite_skills` are the catalogue's
and are not repeated here. Pure functions over the credential's own text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pathfinder.domain import Credential, SkillRef
from pathfinder.planner.course_level import estimated_level

ESCO = "http://data.europa.eu/esco/skill/"
# tool -> (ESCO skill, its label, the word as catalogue texts write it; case-sensitive for "R")
TOOLS: dict[str, tuple[str, str, str]] = {
    "python": (ESCO + "ccd0a1d9-afda-43d9-b901-96344886e14d", "Python (computer programming)", r"Python"),
    "r": (ESCO + "51586df8-1c46-4b47-8583-773cb63bf00b", "R", r"R(?!&)"),
    "sql": (ESCO + "598de5b0-5b58-4ea7-8058-a4bc4d18c742", "SQL", r"SQL"),
    "java": (ESCO + "19a8293b-8e95-4de3-983f-77484079c389", "Java (computer programming)", r"Java(?!Script)"),
    "c++": (ESCO + "b633eb55-8f1f-4ae6-ab4c-2022ffe2cb7f", "C++", r"C\+\+"),
    "javascript": (ESCO + "3cd569a2-4f88-4c1e-9995-8dce8c5e51a7", "JavaScript", r"JavaScript"),
    "matlab": (ESCO + "c3a03c5a-c260-4c26-9b9a-873abb396f4d", "MATLAB", r"MATLAB"),
    "scala": (ESCO + "ffddfc7c-a9dd-449f-9e96-882dc447c8b6", "Scala", r"Scala"),
    "statistics": (ESCO + "7ee4c2ea-b349-4bd2-81a3-ec31475d4833", "statistics", r"[Ss]tatistic(?:s|al)"),
}
MEDIUM_FROM_EQF = 5  # "X with Python" assumes Python from this EQF level up; below it is an entry course
# a tool named as the medium: "with Python", "using SQL", "mit Python", "con R", "avec Python", "bằng Python",
# Finnish "Pythonilla"; statistics is a subject, never a medium
_BEFORE = r"(?:with|using|in|via|through|mit|con|usando|mediante|avec|en|com|em|met|với|bằng)"
_FI_AFTER = r"(?::?ll[aä]|ill[aä])"
# a title about programming teaches its language ("Object-Oriented Programming in Java"): no medium
_TEACHES_LANGUAGE = re.compile(
    r"programming|programmier|programación|programmation|programmazione|ohjelmointi|lập trình|coding",
    re.IGNORECASE,
)
# words of a course that introduces its tool: no medium is assumed (an explicit statement still is)
_INTRO = re.compile(
    r"\b(?:introduc\w*|fundamentals|basics|beginners?|getting started|first steps|from scratch|no prior|"
    r"no previous|for everybody|for everyone|primer|crash course|learn to (?:code|program)|career changers|"
    r"einführung|grundlagen|introducción|fundamentos|principiantes|initiation|débutants|johdatus|alkeet)\b",
    re.IGNORECASE,
)
# a sentence saying the tool is needed first ("some knowledge of Python programming language is necessary",
# "previous knowledge of ... basic statistical concepts", "requires SQL", "prerequisites: Python"); negated
# ("no", "not", "without") or an outcome ("you will gain experience with") it says nothing
_NEEDED = (
    r"(?:knowledge|experience|familiarity|understanding|proficiency) (?:of|with|in) (?:\S+ ){{0,4}}{tool}",
    r"{tool}(?: \S+){{0,3}} (?:is|are) (?:required|necessary|needed|expected|assumed|a prerequisite)",
    r"prerequisites?\b[^.]{{0,80}}{tool}",
    r"requires? (?:\S+ ){{0,3}}{tool}",
)
_NOT_NEEDED = re.compile(
    r"\b(?:no|not|without|nor|never|gain|gained|learn|learning|develop|build|will|enhance|introduce\w*|"
    r"teach\w*|provide\w*|increase|improve|deepen|deeper|strengthen)\b|n't",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[^.!?\n]+")


class Assumption:
    """A skill `ref` a credential assumes, and `quote`: the words of its text that show it."""

    __slots__ = ("quote", "ref")

    def __init__(self, ref: SkillRef, quote: str) -> None:
        self.ref, self.quote = ref, quote

    def __repr__(self) -> str:
        return f"Assumption({self.ref.label!r}, {self.quote!r})"


def assumed_skills(c: Credential) -> tuple[Assumption, ...]:
    """The tools `c` assumes by its own words, beyond its stated `prerequisite_skills`: named as its medium
    in its title at EQF MEDIUM_FROM_EQF or above in a course that does not introduce it ("Data
    Visualisation with Python"; not "Object-Oriented Programming in Java", nor an outcome "add interactivity
    with JavaScript", which teaches it), or said in its text to be needed first."""
    if c.stack_ects_required is not None:  # earned by stacking, not studied
        return ()
    # an unknown level is estimated (`course_level`, session 17): "Quantitative Trading Analysis with Python"
    # (Udemy, "All Levels") uses Python as its medium and is no one's first Python course
    return _assumed(c.title, c.description, c.learning_outcomes, estimated_level(c), _stated(c))


def assumes(c: Credential, uri: str) -> bool:
    """Whether `c` assumes the skill `uri`, stated by its catalogue or read from its text (such a course is
    no one's first course of that skill)."""
    return any(r.uri == uri for r in c.prerequisite_skills) or any(
        a.ref.uri == uri for a in assumed_skills(c)
    )


def first_course_of(c: Credential, uri: str) -> bool:
    """Whether `c` can be the first course of the tool `uri` a text assumes: its catalogue states the skill,
    or its title names the tool by a name longer than one letter (a tag inferred from its text is no
    evidence: a piano course "Pop, R&B and Gospel Chords" and a flute course "A R Rahman Hits" were tagged R),
    and it does not assume the tool itself."""
    stated = any(r.uri == uri and not r.inferred for r in c.skills)
    word = next((w for u, _, w in TOOLS.values() if u == uri), None)
    # a one-letter name says nothing in a title ("A R Rahman Hits on Carnatic Flute"): R must be stated
    named = (
        word is not None and len(word.split("(")[0]) > 1 and re.search(rf"\b{word}\b", c.title) is not None
    )
    return (stated or named) and not assumes(c, uri)


def _stated(c: Credential) -> frozenset[str]:
    return frozenset(r.uri for r in c.prerequisite_skills)


@lru_cache(maxsize=65536)
def _assumed(
    title: str, description: str, outcomes: tuple[str, ...], eqf: int | None, stated: frozenset[str]
) -> tuple[Assumption, ...]:
    text = " ".join((title, description, *outcomes))
    intro = _INTRO.search(text) is not None or _TEACHES_LANGUAGE.search(title) is not None
    found: dict[str, Assumption] = {}
    for name, (uri, label, word) in TOOLS.items():
        if uri in stated:
            continue
        quote = None
        if name != "statistics" and not intro and eqf is not None and eqf >= MEDIUM_FROM_EQF:
            quote = _medium(word, title)
        if quote is None:
            quote = _said_needed(word, text, title)
        if quote is not None:
            found[uri] = Assumption(SkillRef(uri=uri, label=label, inferred=True, confidence=1.0), quote)
    return tuple(found.values())


@lru_cache(maxsize=64)
def _medium_pattern(word: str) -> re.Pattern[str]:
    flags = 0 if word.startswith("R") else re.IGNORECASE  # "R" only as a capital letter
    return re.compile(rf"\b{_BEFORE} {word}\b|\b{word}{_FI_AFTER}\b", flags)


def _medium(word: str, text: str) -> str | None:
    m = _medium_pattern(word).search(text)
    return m.group(0) if m else None


@lru_cache(maxsize=64)
def _needed_pattern(word: str) -> re.Pattern[str]:
    tool = rf"\b{word}\b"
    return re.compile("|".join(p.format(tool=tool) for p in _NEEDED), re.IGNORECASE)


def _said_needed(word: str, text: str, title: str) -> str | None:
    """The words of `text` saying the tool is needed first; a series' "prerequisite: <this course>" is not."""
    needed = _needed_pattern(word)
    for m in _SENTENCE.finditer(text):
        sentence = m.group(0).strip()
        found = needed.search(sentence)
        if found and not _NOT_NEEDED.search(sentence) and found.group(0)[-24:] not in title:
            return found.group(0)
    return None
