"""'I already did an intro to X' where no step of the plan is that course (session 27, lead trial 22's 04:
"il a déjà suivi une initiation à la cybersécurité, on peut l'enlever ?" recorded the catalogue's French SME
course as held, took Security Operations Fundamentals as met by inference and proposed a EUR 552 SIEM plan).

An introduction done is a beginner's level of its subject: it marks no step of the plan as done and records no
catalogue course (it was some introduction, not that one). The reply says which step it may stand for (a step
on its subject at a beginner's level, EQF 4 or below) and why, and which steps on it go beyond an introduction
and stay. Pure: the words of an introduction and the reply's text."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pathfinder.assistant import markdown as md
from pathfinder.assistant.i18n import t
from pathfinder.assistant.nlu.level_words import LEVEL_RANGES
from pathfinder.domain import Credential

# an introductory course named as a kind of course (not by its title), in the eight languages
_INTRO = re.compile(
    r"\bintro\b|\bintroduct(?:ion|ory)\b|\binitiation\b|\bbeginners?'? course\b|\bbasics? course\b|"
    r"\bcrash course\b|\bfoundation course\b|"
    r"\beinführung\w*|\beinfuehrung\w*|\beinstiegskurs\w*|\bgrundkurs\w*|\bgrundlagenkurs\w*|"
    r"\beinsteigerkurs\w*|\bbasiskurs\w*|"
    r"\bintroducci[oó]n\b|\biniciaci[oó]n\b|\bcurso (?:b[aá]sico|introductorio|de iniciaci[oó]n)\b|"
    r"\bcours d[’'](?:introduction|initiation)\b|\bformation (?:de base|d[’']initiation)\b|"
    r"\bjohdanto\w*|\bperuskurssi\w*|\balkeiskurssi\w*|\bjohdatus\w*|"
    r"nhập môn|\bnhap mon\b|khóa (?:học )?cơ bản|khóa (?:học )?giới thiệu|"
    r"परिचय|इंट्रो|बेसिक कोर्स|\bbasic course\b|পরিচিতি|ইন্ট্রো|বেসিক কোর্স|প্রাথমিক কোর্স",
    re.IGNORECASE,
)
BEGINNER_EQF = LEVEL_RANGES["basic"][1] or 4  # a step at or below this level is a beginner's course
# an indefinite word before it: some introduction, not the one shown ("an intro to …", "eine Einführung", "un
# curso de introducción", "une initiation", "một khóa nhập môn", "एक इंट्रो कोर्स", "একটা পরিচিতি কোর্স"); "the
# intro python course", "den Grundlagenkurs", "l'intro à l'IA" point at the step shown
_INDEFINITE = frozenset(
    "a an one some any ein eine einen einem einer irgendeine irgendeinen un una uno une unos unas jokin "
    "jonkin jonkun erään yhden một एक একটা একটি এক".split()
)


def says_introduction(text: str) -> bool:
    """Whether a message names an introductory course as a kind ("an intro to cyber security", "une
    initiation à la cybersécurité", "einen Einführungskurs", "un curso de introducción", "johdantokurssin",
    "khóa nhập môn", "इंट्रो कोर्स", "পরিচিতি কোর্স")."""
    return bool(_INTRO.search(text))


def some_introduction(text: str) -> bool:
    """Whether the introduction is said as some course ("I did an intro to networking"), an indefinite word
    at most three words before it, rather than one shown ("the intro python course is done")."""
    for match in _INTRO.finditer(text):
        before = re.findall(r"\w+", text[: match.start()].casefold())[-3:]
        if _INDEFINITE & set(before):
            return True
    return False


def on_subject(step: Credential, subject: frozenset[str]) -> bool:
    """Whether a plan's step is on the introduction's subject: it teaches one of the subject's skills."""
    return bool(subject & {s.uri for s in step.skills})


def introduction_text(steps: Sequence[Credential], subject: frozenset[str]) -> str:
    """The reply: an introduction is a beginner's level and marks no step done; per step on its subject,
    whether the introduction may stand for it (a beginner's course: the learner decides, by what theirs
    covered) or the step goes beyond it and stays; none on it: the plan stays as it is."""
    lines = [t("intro_done_head")]
    related = [(n, c) for n, c in enumerate(steps, 1) if on_subject(c, subject)]
    for n, c in related:
        taught = ", ".join(md.quoted(s.label) for s in c.skills[:3])
        values = {"citation": md.cite(c), "eqf": c.eqf_level or "–", "skills": taught, "n": n}
        basic = c.eqf_level is not None and c.eqf_level <= BEGINNER_EQF
        lines.append(t("intro_may_replace" if basic else "intro_goes_beyond", **values))
    if not related:
        lines.append(t("intro_no_step"))
    return "\n\n".join(lines)
