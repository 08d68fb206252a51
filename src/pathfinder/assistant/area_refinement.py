"""An area goal ("something with data", "la data") refined to the occupation the learner's own skills point
to: among the occupations whose labels share a field word with the area, the one whose ESCO skills the
learner already holds most of (essential ones counting most), when it is clearly ahead. A learner who holds
none of them keeps the area (and its skill cluster)."""

from __future__ import annotations

from collections.abc import Collection, Iterable

from pathfinder.assistant.lexicon import stem
from pathfinder.assistant.nlu import glossary, vocab
from pathfinder.domain import Occupation
from pathfinder.domain.taxonomy import Taxonomy, normalise_label

# a held skill the occupation lists as essential counts most, one O*NET names central next, optional least
WEIGHTS = (("essential", 3.0), ("central", 2.0), ("optional", 1.0))
MIN_FIELD_WORD = 2  # a field word shorter than this ("a") names no field


def field_stems(area: str) -> frozenset[str]:
    """The stems of an area's field words: no job word, no function word ("something with data" -> data)."""
    words = normalise_label(area).split()
    return frozenset(
        stem(w)
        for w in words
        if len(w) >= MIN_FIELD_WORD and w not in glossary.ROLE_WORDS and w not in vocab.STOPWORDS
    )


def _stems(*labels: str) -> frozenset[str]:
    return frozenset(stem(w) for label in labels for w in normalise_label(label).split())


def held_weight(occ: Occupation, held: Collection[str]) -> float:
    """How much of the occupation's skills the learner holds: 3 an essential, 2 a central, 1 an optional."""
    return sum(weight * len(set(held) & set(getattr(occ, kind))) for kind, weight in WEIGHTS)


def refine(
    area: str, taxonomy: Taxonomy, held: Iterable[str], cluster: Collection[str] = ()
) -> tuple[Occupation, tuple[Occupation, ...]] | None:
    """The occupation an area goal names for this learner, and the runners-up as close, or None.

    Candidates share a field word of the area in one of their labels ("data" -> data analyst, data scientist,
    chief data officer); those whose preferred label has it come first (knowledge engineer, whose alternative
    label "linked data engineer" says "data", after data analyst). Each is then ranked by the held skills it
    lists (`held_weight`), by the fewest essential and central skills still missing (the nearer job: data
    analyst before data scientist for someone who does Excel), and by how many of the area's skill cluster it
    needs."""
    fields = field_stems(area)
    held_set = set(held)
    if not fields or not held_set:
        return None
    ranked = []
    for occ in taxonomy.occupations.values():
        named = bool(fields & _stems(occ.label))
        if not named and not fields & _stems(*occ.alt_labels):
            continue
        weight = held_weight(occ, held_set)
        if weight <= 0:
            continue
        needed = {*occ.essential, *occ.central}
        ranked.append(((named, weight, -len(needed - held_set), len(set(cluster) & needed)), occ))
    if not ranked:
        return None
    ranked.sort(key=lambda x: x[0], reverse=True)
    best_key, best = ranked[0]
    runners = tuple(o for key, o in ranked[1:3] if key[:2] == best_key[:2])
    return best, runners
