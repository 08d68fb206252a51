""" "What's the difference between a data analyst and a data scientist?": two occupations compared on their
ESCO essential skills (shared, only one's own) and on the learner's gap for each, instead of a comparison of
two courses. Pure text work over the taxonomy; the caller gives the linking function."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import regex

from pathfinder.assistant import markdown as md
from pathfinder.assistant.concepts import asks_difference
from pathfinder.assistant.i18n import t
from pathfinder.assistant.lexicon import stem
from pathfinder.assistant.nlu.glossary import english, names_nearest
from pathfinder.assistant.other_names import misread
from pathfinder.assistant.pointing import subject_score, subject_words
from pathfinder.domain import Occupation
from pathfinder.domain.taxonomy import normalise_label

# the two things compared sit on either side of a conjunction ("X and Y", "X und Y", "X vs Y", "X và Y")
_CONJUNCTION = regex.compile(
    r"\s(?:and|vs\.?|versus|or|different from|apart from|compared (?:to|with)|"
    r"und|oder|y|o|et|ou|ja|tai|và|với|hay|hoặc|और|या|এবং|আর|ও|বা)\s",
    regex.IGNORECASE,
)
# what frames the pair: the question and its articles, in the served languages ("what's the difference
# between a", "mikä ero on", "में क्या फ़र्क है", "এর মধ্যে পার্থক্য কী")
_FRAME = regex.compile(
    r"^.*?\b(?:between|zwischen|entre|välillä|välinen)\b\s*|"
    r"^\s*(?:how(?: is|'s)|what (?:sets|makes|separates)(?: apart)?)\s+|\s+(?:apart|different)\s*$|"
    r"\b(?:what(?:'s| is)|whats|was ist|cuál es|quelle est|mikä on|mikä)\b.*?\b(?:difference|unterschied|"
    r"diferencia|différence|ero)\b\s*(?:between|zwischen|entre|on)?\s*|"
    r"(?<!\w)(?:khác nhau|khác gì|giữa|thế nào|như thế nào|ra sao|là gì|में|के बीच|क्या|फ़र्क|फर्क|अंतर|है|"
    r"এর মধ্যে|মধ্যে|পার্থক্য|কী|কি|এর|välillä|ero|eroa|difference|unterschied|diferencia|différence)(?!\w)|"
    r"[?!.¿¡]+",
    regex.IGNORECASE,
)
_ARTICLE = regex.compile(
    r"^(?:a|an|the|ein|eine|einem|einer|einen|un|una|une|el|la|le|les|los|las|một|người)\s+", regex.IGNORECASE
)
_CONTRAST = regex.compile(r"\bvs\.?(?!\w)|\bversus\b|\bdifferent from\b|\bapart\b", regex.IGNORECASE)
Linker = Callable[[str], Occupation | None]


def compared_phrases(text: str) -> tuple[str, str] | None:
    """The two phrases a difference question compares, else None ("difference between a data analyst and a
    data scientist" -> ("data analyst", "data scientist"))."""
    if not asks_difference(text) and not _CONTRAST.search(text):
        return None
    # after "between", "entre", "zwischen" the pair follows: the conjunction is looked for there (Spanish
    # "¿qué diferencia hay entre X y Y?": "hay" is no Vietnamese "or"; session 28)
    between = regex.search(r"\b(?:between|zwischen|entre)\s", text, regex.IGNORECASE)
    parts = _CONJUNCTION.split(text[between.end() :] if between else text.strip(), maxsplit=1)
    if len(parts) != 2:
        return None
    left, right = parts[0], regex.split(r"\s[-–—:]\s|[,;(]", parts[1])[0]  # "… and Y - which pays more?"
    left, right = (_ARTICLE.sub("", _FRAME.sub(" ", side).strip()).strip(" ,;:") for side in (left, right))
    # Vietnamese writes a syllable a word: "chuyên viên phân tích dữ liệu" (data analyst) is six
    most = 8 if regex.search(r"[ăâđêôơư]|[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", text) else 5
    short = len(left.split()) <= most and len(right.split()) <= most
    return (left, right) if left and right and short else None


def compared_occupations(text: str, link: Linker) -> tuple[Occupation, Occupation] | None:
    """The two occupations a difference question names, when both phrases link to distinct occupations."""
    phrases = compared_phrases(text)
    if phrases is None:
        return None
    a, b = (link(x) for x in phrases)
    return (a, b) if a is not None and b is not None and a.uri != b.uri else None


def nearest_notes(text: str, jobs: tuple[Occupation, Occupation]) -> str:
    """A line for each compared phrase that names no label of the occupation it was linked to ("data
    engineer" compared as the nearest ESCO occupation, "data scientist"), else ""."""
    phrases = compared_phrases(text) or ()
    notes = [
        t(
            "occupation_difference_nearest",
            phrase=md.escape_text(phrase),
            occupation=md.escape_text(occ.label),
        )
        for phrase, occ in zip(phrases, jobs)
        if names_nearest(phrase)
        or misread(english(phrase, None) or phrase, occ)  # another of its names, meaning another job
        or not any(_words(english(phrase, None) or phrase) <= _words(x) for x in (occ.label, *occ.alt_labels))
    ]
    return "\n".join(notes)


def _words(label: str) -> set[str]:
    return {stem(w) for w in normalise_label(label).split() if w not in ("a", "an", "the")}


def difference_text(
    a: Occupation, b: Occupation, held: Iterable[str], label: Callable[[str], str], *, examples: int = 4
) -> str:
    """The comparison: essential skills both need, each one's own, and what the learner lacks for each."""
    held = set(held)
    ea, eb = set(a.essential), set(b.essential)
    shared = ea & eb

    def some(uris: set[str]) -> str:
        return ", ".join(md.quoted(x) for x in sorted(label(u) for u in uris)[:examples])

    name_a, name_b = f"**{md.escape_text(a.label)}**", f"**{md.escape_text(b.label)}**"

    def such_as(uris: set[str]) -> str:
        return t("occupation_difference_examples", examples=some(uris)) if uris else ""

    head = t("occupation_difference_shared", a=name_a, b=name_b, count=len(shared), examples=such_as(shared))
    own = [
        "- " + t("occupation_difference_only", occupation=name, count=len(mine), examples=such_as(mine))
        for name, mine in ((name_a, ea - eb), (name_b, eb - ea))
        if mine
    ]
    parts = [head, "\n".join(own)]
    if held:
        parts.append(
            t("occupation_difference_gap", a=name_a, b=name_b, gap_a=len(ea - held), gap_b=len(eb - held))
        )
    parts.append(t("occupation_difference_next", a=md.escape_text(a.label), b=md.escape_text(b.label)))
    return "\n\n".join(x for x in parts if x)


# "which is easier to get into?", "welcher geht schneller?", "cái nào dễ hơn?": the nearer of the two jobs
_NEARER = regex.compile(
    r"\b(?:easier|simpler|closer|nearer|quicker|faster|shorter|leichter|einfacher|schneller|näher|"
    r"más fácil|más rápido|más cerca|plus facile|plus rapide|plus proche|helpompi|nopeampi|lähempänä)\b|"
    r"dễ hơn|nhanh hơn|gần hơn|आसान|जल्दी|সহজ|তাড়াতাড়ি",
    regex.IGNORECASE,
)


def asks_nearer(text: str) -> bool:
    """Whether a follow-up asks which of the jobs just compared is the easier or quicker to reach."""
    return bool(_NEARER.search(text))


def picked(text: str, ordinals: tuple[int, ...], compared: list[Occupation]) -> Occupation | None:
    """The one of the jobs just compared that a follow-up picks: by position ("the first one") or by a word
    of its label the other's lacks ("ok analyst then", "el de redes... administrador")."""
    if len(ordinals) == 1 and 1 <= ordinals[0] <= len(compared):
        return compared[ordinals[0] - 1]
    said = {w.casefold() for w in regex.findall(r"\w+", text)}
    own = [
        {w.casefold() for w in regex.findall(r"\w+", o.label)}
        - {w.casefold() for other in compared if other is not o for w in regex.findall(r"\w+", other.label)}
        for o in compared
    ]
    chosen = [o for o, words in zip(compared, own) if words & said]
    return chosen[0] if len(chosen) == 1 else None


def leaned(
    liked: str, other: str, compared: list[Occupation], label: Callable[[str], str]
) -> Occupation | None:
    """The one of two jobs just compared that a preference between subjects leans to ("I like statistics
    more than coding": data analyst, whose own essential skills name statistics; session 28, lead trial 23's
    10): each job's own skills (those the other lacks) scored by the words of the subject preferred less those
    of the other; None when neither scores more."""
    if len(compared) != 2:
        return None
    liked_words, other_words = subject_words(liked), subject_words(other) if other else set()
    scores = []
    for job in compared:
        rest = {u for o in compared if o is not job for u in o.essential}
        own = [label(u) for u in job.essential if u not in rest]
        scores.append(subject_score(liked_words, own) - subject_score(other_words, own))
    if scores[0] == scores[1]:
        return None
    return compared[0] if scores[0] > scores[1] else compared[1]


def nearer_text(a: Occupation, b: Occupation, held: Iterable[str]) -> str:
    """Which of the two needs fewer essential skills the learner does not list yet."""
    held = set(held)
    gap_a, gap_b = len(set(a.essential) - held), len(set(b.essential) - held)
    name_a, name_b = f"**{md.escape_text(a.label)}**", f"**{md.escape_text(b.label)}**"
    nearer = name_a if gap_a < gap_b else name_b if gap_b < gap_a else None
    text = t("occupation_difference_gap", a=name_a, b=name_b, gap_a=gap_a, gap_b=gap_b)
    text += " " + (t("occupation_nearer", nearer=nearer) if nearer else t("occupation_as_near"))
    return (
        text + "\n\n" + t("occupation_difference_next", a=md.escape_text(a.label), b=md.escape_text(b.label))
    )
