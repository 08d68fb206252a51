"""What follows a credential when nothing in the catalogue lists it as a prerequisite or stacks it ("et
ensuite ?" after the French version of an introductory course): what follows a course that teaches the same
skills (its version in another language), else courses that take its skills to a higher EQF level; and
what follows a course in the order that serves the learner (`by_goal`, `by_directness`: session 24). Pure
functions over catalogue records; the offline responder reads them (session 12)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from pathfinder.domain import Credential

ALIKE_SHARE = 0.6  # shared skills over all the skills of either: the two teach the same thing
LEAST_SHARED = 2  # skills in common, at least, for any follow-on (one shared word-level skill is no subject)


def _skills(cred: Credential) -> set[str]:
    return {s.uri for s in cred.skills}


def alike(cred: Credential, others: Iterable[Credential]) -> list[Credential]:
    """The credentials of the same kind that teach the same skills as `cred` (one's skills within the
    other's, most of them shared) at the same EQF level (when both are known), most alike first."""
    own = _skills(cred)
    found: list[tuple[float, Credential]] = []
    for c in others:
        theirs = _skills(c)
        shared = own & theirs
        if c.id == cred.id or c.kind != cred.kind or len(shared) < LEAST_SHARED:
            continue
        share = len(shared) / len(own | theirs)
        near = not (cred.eqf_level and c.eqf_level) or cred.eqf_level == c.eqf_level
        if (own <= theirs or theirs <= own) and share >= ALIKE_SHARE and near:
            found.append((share, c))
    return [c for _, c in sorted(found, key=lambda sc: (-sc[0], sc[1].id))]


def higher_on_its_skills(cred: Credential, others: Iterable[Credential], k: int = 4) -> list[Credential]:
    """Courses (not certificates) above `cred`'s EQF level that teach at least two of its skills, those
    sharing most first, then the lower level; [] when its level or skills are unknown."""
    own = _skills(cred)
    if not cred.eqf_level or not own:
        return []
    found = [
        (len(own & _skills(c)), c)
        for c in others
        if c.kind != "certificate" and c.eqf_level and c.eqf_level > cred.eqf_level
    ]
    ranked = sorted(
        ((n, c) for n, c in found if n >= LEAST_SHARED), key=lambda nc: (-nc[0], nc[1].eqf_level, nc[1].id)
    )
    return [c for _, c in ranked[:k]]


def toward(
    cred: Credential, follows: Iterable[Credential], others: Iterable[Credential], direction: set[str]
) -> list[Credential]:
    """What follows `cred` toward a direction ("what comes after it if I want to do AI for networks?"):
    of what follows it (`follows`: what requires it, what those lead to, what it stacks into) and of the
    courses at or above its level that teach one of its skills, those whose title, skills or description
    carry most of the direction's words (`pointing.subject_words`), most first; never `cred` itself nor
    what it requires. [] when none carries a word of it."""
    from pathfinder.assistant.pointing import subject_score

    before = set(cred.prerequisites)
    own = _skills(cred)
    others = list(others)
    level = [c for c in others if c.kind != "certificate" and (c.eqf_level or 0) >= (cred.eqf_level or 0)]
    near = [c for c in level if own & _skills(c)]
    for pool in ([*follows, *near], level):  # nothing near it toward there: any course at its level or above
        candidates = {c.id: c for c in pool if c.id != cred.id and c.id not in before}
        scored = [  # the title's words count twice: "Audit de sécurité" before a course mentioning audits
            (
                2 * subject_score(direction, [c.title])
                + subject_score(direction, [*(s.label for s in c.skills), c.description]),
                c,
            )
            for c in candidates.values()
        ]
        ranked = sorted(((n, c) for n, c in scored if n), key=lambda nc: -nc[0])
        if ranked:
            best = ranked[0][0]
            return [c for n, c in ranked if n >= max(1, best - 2)]
    return []


def by_directness(cred: Credential, follows: Sequence[Credential]) -> list[Credential]:
    """What follows `cred` (the courses that list it as a prerequisite) ordered by how directly each builds
    on it: it the only prerequisite before one that also needs others, the next EQF level before a higher
    one, the most skills in common first; catalogue order on a tie (session 24)."""
    own = _skills(cred)
    level = cred.eqf_level or 0

    def key(c: Credential) -> tuple[int, int, int]:
        gap = (c.eqf_level or level + 1) - level
        return (len(c.prerequisites) > 1, max(gap, 1), -len(own & _skills(c)))

    return sorted(follows, key=key)  # stable: the catalogue's order among equals


def by_goal(
    cred: Credential, follows: Sequence[Credential], wanted: Mapping[str, float]
) -> list[tuple[Credential, tuple[str, ...]]]:
    """What follows `cred` with, for each, the goal's missing skills it teaches (`wanted`: skill URI -> its
    weight for the goal): those adding most weight first, then by how directly they build on `cred`
    (`by_directness`); a follow-on that adds none keeps its place after them (session 24)."""
    direct = by_directness(cred, follows)
    adds = [(c, tuple(s.uri for s in c.skills if s.uri in wanted)) for c in direct]
    return sorted(adds, key=lambda ca: -sum(wanted[u] for u in ca[1]))
