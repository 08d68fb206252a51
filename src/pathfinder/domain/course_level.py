"""A course's level when its catalogue leaves it unknown, read from its title (issue 14, session 17).

Real provider catalogues state few levels: Udemy's "All Levels" says nothing, so a Udemy course often has no
EQF level. The step order put such a course first (an unknown level sorted as 0): a 5-hour "Angular and
Firebase - Build a Web App with Typescript" came before "Foundations of Front-End Web Development" in a
clerk's plan. `estimated_level(c)` is the catalogue's level when it states one; else the level its title
words give (an entry course: "for Beginners", "Introduction to", "Fundamentals", "101" -> EQF 4;
"Intermediate" -> 5; "Advanced", "Mastering", "Expert" -> 6); else EQF 5, the middle of the three levels
real catalogues use (Beginner/Introductory 4, Intermediate 5, Advanced/Expert 6): a course about a framework
or a product with no level word is no first course, and it is not put after the advanced ones either.
"""

from __future__ import annotations

import re

from pathfinder.domain import Credential

ENTRY_LEVEL = 4  # Udemy "Beginner Level", edX "Introductory"
MIDDLE_LEVEL = (
    5  # Udemy "Intermediate Level", edX "Intermediate"; also a course with no level and no level word
)
ADVANCED_LEVEL = 6  # Udemy "Expert Level", edX "Advanced"

# title words of an entry course (English and some of the catalogues' other languages)
_ENTRY = re.compile(
    r"\b(?:beginners?|beginning|introduc\w*|intro|fundamentals?|foundations?|basics?|essentials|"
    r"getting started|get started|first steps|from scratch|zero to|101|primer|crash course|for everyone|"
    r"for everybody|for dummies|learn to code|einführung|grundlagen|einsteiger|anfänger|introducción|"
    r"fundamentos|principiantes|básico|initiation|débutants?|johdatus|alkeet|perusteet|nhập môn|"
    r"cơ bản)\b",
    re.IGNORECASE,
)
_MIDDLE = re.compile(r"\b(?:intermediate|beyond the basics|fortgeschrittene? anfänger|intermedio)\b", re.I)
_ADVANCED = re.compile(
    r"\b(?:advanced|mastering|master ?class|expert|in[- ]depth|fortgeschritten\w*|avanzado|avancé|"
    r"edistyn\w*|nâng cao)\b",
    re.IGNORECASE,
)


def title_level(title: str) -> int | None:
    """The level a title's words give, or None when it has none. Entry words win over advanced ones ("from
    Beginner to Advanced" starts at the beginning)."""
    if _ENTRY.search(title):
        return ENTRY_LEVEL
    if _MIDDLE.search(title):
        return MIDDLE_LEVEL
    if _ADVANCED.search(title):
        return ADVANCED_LEVEL
    return None


def estimated_level(c: Credential) -> int:
    """The catalogue's EQF level of `c`; when unknown, its title's (`title_level`), else MIDDLE_LEVEL."""
    if c.eqf_level is not None:
        return c.eqf_level
    found = title_level(c.title)
    return MIDDLE_LEVEL if found is None else found
