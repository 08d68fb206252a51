"""An occupation reached through another of its ESCO names must mean what the learner said. ESCO files "data
engineer" under data scientist and "cloud security engineer" under cloud engineer: the name links, but the
occupation is another job (a 13-step data-science chain for a data engineer, cloud operations for one who
asked for cloud security; session 27, lead trial 22's 18 and 11). Such a link is a misreading when the phrase
is a subject one job word short of the other name ("cloud security"), or names a worker of another kind than
the occupation's own label ("data engineer" builds, a data scientist researches); the phrase then stays an
area of the catalogue's courses and the occupation is offered as what the learner may mean."""

from __future__ import annotations

from pathfinder.assistant.lexicon import stem
from pathfinder.assistant.nlu import glossary, vocab
from pathfinder.domain import Occupation
from pathfinder.domain.taxonomy import normalise_label

_ANY_IT = frozenset(
    {"ict", "it"}
)  # said or not, no field of its own ("network engineer", "ICT network engineer")
# the kinds of work a job word says; a word of none of them ("specialist", "expert", "officer") fits any
_KINDS = (
    frozenset({"engineer", "developer", "programmer", "designer", "architect"}),  # builds
    frozenset({"scientist", "researcher"}),  # researches
    frozenset({"analyst"}),  # analyses
    frozenset({"administrator", "technician", "tester", "manager"}),  # runs and checks
    frozenset({"teacher", "trainer", "instructor", "educator", "lecturer", "tutor"}),  # teaches
)
# words that make a phrase a job's name, beside `glossary.ROLE_WORDS` ("head of IT security")
_TITLE_WORDS = frozenset({"head", "chief", "lead", "director"})


def _stems(label: str) -> frozenset[str]:
    words = normalise_label(label).split()
    return frozenset(stem(w) for w in words if w not in vocab.STOPWORDS and w not in _ANY_IT)


def _kind(label: str) -> int | None:
    """The kind of work a label's last job word says ("teacher of ICT in high school": teaches), or None (no
    job word, or one of any kind)."""
    for word in reversed(normalise_label(label).split()):
        kind = next((i for i, words in enumerate(_KINDS) if word in words), None)
        if kind is not None:
            return kind
    return None


def misread(phrase: str, occ: Occupation) -> bool:
    """Whether a phrase links to the occupation only through another of its names that means something else:
    a word of the phrase is not in the preferred label, and the phrase is a subject short of an alternative
    label's job word ("cloud security" in "cloud security engineer") or is an alternative label whose job word
    is of another kind than the preferred label's ("data engineer" for data scientist). Not "network engineer"
    for ICT network engineer, "sysadmin" for ICT system administrator, "web engineer" for web developer."""
    said = _stems(phrase)
    if not said or said <= _stems(occ.label):
        return False
    job_words = glossary.ROLE_WORDS | glossary.occupation_heads() | _TITLE_WORDS
    subject = not set(normalise_label(phrase).split()) & job_words
    for alt in occ.alt_labels:
        names = _stems(alt)
        if said < names and subject:
            return True  # a subject: the other name adds the job word the phrase lacks
        if said == names and None not in (_kind(alt), _kind(occ.label)) and _kind(alt) != _kind(occ.label):
            return True
    return False
