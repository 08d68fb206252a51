"""Copies of one course (issue 14, sessions 27-28): one rule for what a copy is, read by every rule that
tries courses one by one.

A catalogue can hold one course several times, each copy with its own hours, price and prerequisites: the
10k bench's scaled copies; in a real one, the same course from several runs or providers. A rule that tries
the best few courses of a ranking then tries copies of one course, each a whole plan, and a dearer copy's
plan cannot do better than the cheaper one's: any plan holding it stays within the limits and covers as
much with the cheaper copy in its place. A copy (`same_course`) has the same title and the same skills the
catalogue tags it with (stated or inferred, as counted); a dearer one takes no fewer hours and no less money
(`no_cheaper`). Read by:

- the core repair (`core.core_teachers`, session 27): a dearer copy of a core teacher tried before it, its
  chain of prerequisites included, is not tried;
- the costly-chain loop (`chains.costly_twins`, session 27): a costly head's copies that would be costly in
  its place go with it;
- a newcomer's first-course tries (`PlanningSession._foundation_first`, `_free_first`, session 28): a dearer
  copy of a course tried before it, needing the same courses first and in the same sessions, is not tried
  (the 10k database administrator's plan tried two copies of Digital Literacy Essentials, a whole plan
  each).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from pathfinder.domain import Credential

EPS = 1e-6


def taught(credential: Credential) -> frozenset[str]:
    """The skills the catalogue tags `credential` with that count as taught."""
    return frozenset(r.uri for r in credential.skills if r.counts)


def same_course(a: Credential, b: Credential) -> bool:
    """Whether `b` is a copy of `a`: the same title and the same skills taught."""
    return a.title == b.title and taught(a) == taught(b)


def no_cheaper(hours: float, cost: float, their_hours: float, their_cost: float) -> bool:
    """Whether the second (`their_`) takes no fewer hours and no less money than the first."""
    return hours <= their_hours + EPS and cost <= their_cost + EPS


def dearer_copy(
    course: Credential, before: Credential, hours: Mapping[str, float], cost: Mapping[str, float | None]
) -> bool:
    """Whether `course` is a dearer copy of `before` as a course tried alone: a copy (`same_course`) needing
    the same courses first, of the same delivery and the same dated sessions (a session fixes weeks: a copy
    in other sessions can schedule better), taking no fewer hours and no less money (`hours`, `cost`: the
    lookup's estimates, EUR)."""
    if course.id == before.id or not same_course(before, course):
        return False
    if (course.prerequisites, course.delivery, course.sessions) != (
        before.prerequisites,
        before.delivery,
        before.sessions,
    ):
        return False
    return no_cheaper(hours[before.id], cost[before.id] or 0.0, hours[course.id], cost[course.id] or 0.0)


def without_dearer_copies(
    courses: Iterable[Credential], hours: Mapping[str, float], cost: Mapping[str, float | None]
) -> Iterator[Credential]:
    """`courses` in their order, less each dearer copy (`dearer_copy`) of one before it; lazy, so a rule
    that stops at its first success reads no further."""
    seen: list[Credential] = []
    for c in courses:
        if not any(dearer_copy(c, s, hours, cost) for s in seen):
            yield c
        seen.append(c)
