"""A step on a subject whose name builds on another skill's name follows the step teaching that skill (issue
14, session 18).

ESCO does not link every specialisation to what it builds on: "JavaScript Framework" is a kind of software
frameworks, not of JavaScript, so `session._basics` (the `GapSkill.broader` hierarchy) let a web designer's
plan put "Angular 2 with TypeScript for Beginners" (JavaScript Framework, TypeScript) before "Beginner API
development in Node" (JavaScript), both at EQF 4 (real18-14). The names say it: a skill whose label contains
another skill's whole label as words ("JavaScript Framework" contains "JavaScript"; "design database in the
cloud" contains "database"; "utilise machine learning" contains "machine learning") builds on that one.
`named_basics(inst, chosen)`: per chosen step, the other chosen steps teaching a skill whose label its gap
skills' labels contain while it does not teach that skill itself; `session._basics_first` then places each
step after them (ordering only: no step is added or dropped).
"""

from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache

from pathfinder.domain.taxonomy import normalise_label
from pathfinder.planner.instance import Instance


def contains_label(longer: str, shorter: str) -> bool:
    """Whether label `longer` holds all of label `shorter` as consecutive whole words, and more words besides
    (labels compared normalised: case, accents, punctuation).

    A pure function of two skill labels, asked for every pair of chosen steps' labels in every plan (session
    19: ~37,000 times over the 10k bench's 36 plans, each normalising both labels again), so the verdicts and
    each label's words are kept, bounded (`lru_cache`): skill labels are few (the taxonomy's) and repeat
    across plans."""
    return _contains_words(_label_words(longer), _label_words(shorter))


@lru_cache(maxsize=1 << 14)
def _label_words(label: str) -> tuple[str, ...]:
    return tuple(normalise_label(label).split())


@lru_cache(maxsize=1 << 16)
def _contains_words(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if not b or len(b) >= len(a):
        return False
    return any(a[k : k + len(b)] == b for k in range(len(a) - len(b) + 1))


def _taught(inst: Instance, i: int) -> dict[str, str]:
    """uri -> label of what chosen step `i` counts as teaching (its catalogue skills that count)."""
    return {r.uri: r.label for r in inst.cands[i].skills if r.counts}


def named_basics(inst: Instance, chosen: Collection[int]) -> dict[int, set[int]]:
    """Per chosen step, the other chosen steps it follows by name (see the module); steps with none left
    out."""
    taught = {i: _taught(inst, i) for i in chosen}
    found: dict[int, set[int]] = {}
    for i in chosen:
        own = taught[i]
        for j in inst.covers[i]:
            label = own.get(inst.skills[j])
            if label is None:
                continue
            for k in chosen:
                if k == i:
                    continue
                if any(u not in own and contains_label(label, lab) for u, lab in taught[k].items()):
                    found.setdefault(i, set()).add(k)
    return found


def merged(*parts: dict[int, set[int]]) -> dict[int, set[int]]:
    """The union of per-step basics maps."""
    out: dict[int, set[int]] = {}
    for part in parts:
        for i, ks in part.items():
            out.setdefault(i, set()).update(ks)
    return out
