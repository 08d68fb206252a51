"""Prerequisites inside a candidate pool: skills a credential assumes turned into steps, unavailable or cyclic
prerequisites dropped with a reason, and the transitive closure of what each candidate needs first.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Mapping

from pathfinder.domain import Credential
from pathfinder.planner.assumed import assumed_skills, assumes, first_course_of
from pathfinder.planner.basics_assumed import assumed_basics, may_assume_basics
from pathfinder.planner.lookup import CatalogueLookup, GapTeachers, short_clip


class SkillProviders:
    """Prerequisite skills (`Credential.prerequisite_skills`) as credential prerequisites: a credential
    assuming a skill the learner does not hold gets, as an extra prerequisite, the best-value credential they
    may take that teaches it (hours + EUR/10), so it is planned and scheduled before; among those, the first
    that also teaches one of the `useful` skills (the gap's essential ones) when there is one (session 7).
    None teaches it: the credential is out. A skill the course assumes by its own words (`assumed.py`,
    session 14: "Data Visualisation with Python" at EQF 5) is met the same way, also when its tags list it,
    and by a sibling the learner holds (`kin`: Python for a Java developer); when no course the learner may
    take teaches it the course stays (the step says what it assumes). A course that assumes the skill itself
    is no provider of it.

    Which teacher is picked is found without judging every teacher of the skill (session 8: judging them all
    doubled the planning time at 100k): per gap, the teachers of a skill that teach a useful one are listed
    once (`GapTeachers.useful_teachers`); per candidate set, the first two allowed of those and, only when
    needed, the first two allowed of all are kept per skill (two, because a credential is never its own
    provider). The verdicts asked are those that decide the pick, so `kinds` still names every constraint
    that shaped the set."""

    def __init__(
        self,
        lk: CatalogueLookup,
        held_skills: frozenset[str],
        ok: Callable[[Credential], bool],
        copies: GapTeachers | None = None,
        useful: frozenset[str] = frozenset(),
        kin: frozenset[str] = frozenset(),
        *,
        broader: Mapping[str, tuple[str, ...]] | None = None,
    ) -> None:
        self.lk, self.held, self.ok, self.copies = (
            lk,
            held_skills,
            ok,
            copies,
        )  # copies: memo of extended credentials
        self.useful = useful  # the gap's essential skills: a provider teaching one of them goes first
        self.known = held_skills | kin  # what meets a skill a course's text assumes
        # gap skill -> its broader knowledge: what a course on it assumes (`basics_assumed`, session 17)
        self.broader = broader or {}
        memo = copies.useful_teachers if copies is not None else {}
        self._useful_of: dict[str, list[Credential]] = memo.setdefault(useful, {})
        self._picks: dict[str, list[Credential]] = {}  # uri -> the first two allowed useful teachers
        self._fallback: dict[str, list[Credential]] = {}  # uri -> the first two allowed teachers
        self._standalone: dict[str, list[Credential]] = {}  # ... of those naming no prerequisite

    def _assumptions(self, cred: Credential) -> tuple[tuple, tuple[str, ...]]:
        """(`assumed_skills(cred)`, `assumed_basics(cred, ...)`). What the first reads and whether the second
        can give anything (`may_assume_basics`) are functions of the credential alone: for the catalogue's
        own credential objects they are kept in the lookup (`assumes_nothing`, `assumption_memo`), so every
        candidate set of every plan reads a course once (session 19; each plan's sets pool the same
        courses); the basics themselves read the gap (`broader`) and are asked only of the few that may."""
        lk, cid = self.lk, cred.id
        own = lk.by_id.get(cid) is cred
        if own and cid in lk.assumes_nothing:
            return (), ()
        found = lk.assumption_memo.get(cid) if own else None
        if found is None:
            found = (assumed_skills(cred), may_assume_basics(cred))
            if own:
                if not found[0] and not found[1]:
                    lk.assumes_nothing.add(cid)
                else:
                    lk.assumption_memo[cid] = found
        inferred, may = found
        basics = assumed_basics(cred, lk.skills_of.get(cid, ()), self.broader) if may else ()
        return inferred, basics

    def add_to(self, cred: Credential) -> tuple[Credential, str | None]:
        """(cred with providers added to its prerequisites, None) or (cred, label of a skill nobody
        teaches)."""
        inferred, basics = self._assumptions(cred)
        if not cred.prerequisite_skills and not inferred and not basics:
            return cred, None
        extra: list[str] = []
        for uri in basics:
            if uri in self.known:
                continue
            provider = self.provider(uri, cred.id)
            if provider is not None and not short_clip(provider):
                extra.append(provider.id)
        for a in inferred:
            if a.ref.uri in self.known or any(
                a.ref.uri in self.lk.skills_of.get(p, ()) for p in cred.prerequisites
            ):
                continue
            provider = self.first_course(a.ref.uri, cred.id)
            if provider is not None:
                extra.append(provider.id)
        for ref in cred.prerequisite_skills:
            if ref.uri in self.held or any(ref.uri == s.uri for s in cred.skills):
                continue
            if any(ref.uri in self.lk.skills_of.get(p, ()) for p in cred.prerequisites):
                continue  # one of its own prerequisites teaches it
            provider = self.provider(ref.uri, cred.id)
            if provider is None:
                return cred, ref.label or ref.uri
            extra.append(provider.id)
        if not extra:
            return cred, None
        if self.copies is not None:
            return self.copies.with_prerequisites(cred, tuple(extra)), None
        return cred.model_copy(
            update={"prerequisites": tuple(dict.fromkeys(cred.prerequisites + tuple(extra)))}
        ), None

    def provider(self, uri: str, own: str) -> Credential | None:
        """The first allowed best-value teacher of `uri` other than `own` that teaches a useful skill, else
        the first allowed one other than `own`, else None."""
        picks = self._picks.get(uri)
        if picks is None:
            picks = self._picks[uri] = self._first_two(self._useful_teachers(uri), uri)
        for c in picks:
            if c.id != own:
                return c
        fallback = self._fallback.get(uri)
        if fallback is None:
            fallback = self._fallback[uri] = self._first_two(self.lk.best_value_teachers(uri), uri)
        return next((c for c in fallback if c.id != own), None)

    def first_course(self, uri: str, own: str) -> Credential | None:
        """For a tool a course's text assumes: the first allowed best-value teacher of `uri` other than `own`
        that states it or names it in its title (`assumed.first_course_of`) and names no prerequisite of its
        own, else None (the course then stays and says what it assumes).
        A provider with prerequisites could be out of reach and take the course down with it: a data
        scientist's Applied ML with Python was lost to Intro to Coding with Scratch and Python, whose digital
        literacy prerequisite did not fit the learner's hours (session 14). A clip (`lookup.short_clip`) is no
        first course either (session 17: a 2-hour "Learn to code in Python and learn Adobe Photoshop today!"
        was the Python course a data analyst's core plan started with)."""
        found = self._standalone.get(uri)
        if found is None:
            ok, found = self.ok, []
            for c in self.lk.best_value_teachers(uri):
                if not c.prerequisites and not short_clip(c) and first_course_of(c, uri) and ok(c):
                    found.append(c)
                    if len(found) == 2:
                        break
            self._standalone[uri] = found
        return next((c for c in found if c.id != own), None)

    def _useful_teachers(self, uri: str) -> list[Credential]:
        """`lk.best_value_teachers(uri)` that teach a useful skill, in that order (once per gap)."""
        found = self._useful_of.get(uri)
        if found is None:
            useful, skills_of = self.useful, self.lk.skills_of
            found = [
                c for c in self.lk.best_value_teachers(uri) if not useful.isdisjoint(skills_of.get(c.id, ()))
            ]
            self._useful_of[uri] = found
        return found

    def _first_two(self, teachers: list[Credential], uri: str) -> list[Credential]:
        ok, found = self.ok, []
        for c in teachers:
            if ok(c) and not assumes(c, uri):
                found.append(c)
                if len(found) == 2:
                    break
        return found


def drop_unavailable(
    pool: dict[str, Credential], held: frozenset[str], excluded: dict[str, str]
) -> list[str]:
    """Remove, to a fixpoint, credentials whose prerequisite is neither held nor in the pool, and cycles;
    return the ids left in a topological order (each after the prerequisites it has in the pool).

    The same as sweeping the pool in order again and again until a sweep removes nothing (the reason names the
    first prerequisite missing when the sweep reaches the credential), but after the first sweep only the
    dependants of removed credentials are looked at again."""
    while True:
        _drop_missing(pool, held, excluded)
        order, cyclic = _on_cycles(pool)
        if not cyclic:
            return order
        for cid in cyclic:
            excluded[cid] = "its prerequisites form a cycle in the catalogue"
            del pool[cid]


def _drop_missing(pool: dict[str, Credential], held: frozenset[str], excluded: dict[str, str]) -> None:
    position = {cid: k for k, cid in enumerate(pool)}
    dependants: dict[str, list[str]] = {}
    for cid, cred in pool.items():
        for p in cred.prerequisites:
            dependants.setdefault(p, []).append(cid)

    def visit(cid: str) -> bool:
        """The sweep reaches `cid`: remove it if a prerequisite is missing now."""
        for p in pool[cid].prerequisites:
            if p not in held and p not in pool:
                why = excluded.get(p, "not in the catalogue")
                excluded[cid] = f"needs {p} first, which is unavailable ({why})"
                del pool[cid]
                return True
        return False

    later: set[str] = set()  # to look at again in the next sweep
    this: list[int] = []  # heap of positions still to look at in this sweep

    def removed(cid: str) -> None:
        here = position[cid]
        for d in dependants.get(cid, ()):
            if d in pool:
                if position[d] > here:
                    heapq.heappush(this, position[d])
                else:
                    later.add(d)

    order = list(pool)
    for cid in [cid for cid in order if pool[cid].prerequisites]:  # the first sweep
        if cid in pool and visit(cid):
            removed(cid)
    while later:
        this[:] = sorted(position[d] for d in later)
        later = set()
        while this:
            k = heapq.heappop(this)
            while this and this[0] == k:
                heapq.heappop(this)
            cid = order[k]
            if cid in pool and visit(cid):
                removed(cid)


def _on_cycles(pool: dict[str, Credential]) -> tuple[list[str], list[str]]:
    """(an order of the pool with prerequisites first, the credentials that cannot be ordered because they sit
    on, or behind, a prerequisite cycle), by Kahn's algorithm."""
    indegree = {cid: 0 for cid in pool}
    dependants: dict[str, list[str]] = {}
    for cid, cred in pool.items():
        for p in cred.prerequisites:
            if p in pool:
                indegree[cid] += 1
                dependants.setdefault(p, []).append(cid)
    ready = [cid for cid, d in indegree.items() if d == 0]
    order: list[str] = []
    while ready:
        cid = ready.pop()
        order.append(cid)
        for dep in dependants.get(cid, ()):
            indegree[dep] -= 1
            if indegree[dep] == 0:
                ready.append(dep)
    return order, [cid for cid, d in indegree.items() if d > 0]


def topological(prereqs: list[tuple[int, ...]]) -> list[int]:
    """Candidate indices, each after everything it needs (the pool is acyclic once `_drop_unavailable`
    ran)."""
    order: list[int] = []
    state = [0] * len(prereqs)  # 0 new, 1 open, 2 done
    for root in range(len(prereqs)):
        stack = [root]
        while stack:
            i = stack[-1]
            if state[i] == 0:
                state[i] = 1
                stack.extend(p for p in prereqs[i] if state[p] == 0)
            else:
                stack.pop()
                if state[i] == 1:
                    state[i] = 2
                    order.append(i)
    return order


_SINGLES: list[frozenset[int]] = []  # frozenset({i}) for i < len, shared by every candidate set


def singles(n: int) -> list[frozenset[int]]:
    """[frozenset({0}), ..., frozenset({n - 1})], made once per process and shared: the closure of a candidate
    without prerequisites. Sharing them spares each plan hundreds of long-lived objects, which would
    otherwise bring the collector's full (oldest-generation) collections sooner; frozensets are immutable."""
    if len(_SINGLES) < n:
        _SINGLES.extend(frozenset((i,)) for i in range(len(_SINGLES), n))
    return _SINGLES


def all_closures(
    prereqs: list[tuple[int, ...]],
    order: list[int] | None = None,
    shared: dict[tuple[int, ...], frozenset[int]] | None = None,
) -> list[frozenset[int]]:
    """Per candidate, itself and everything it needs first (transitively); `order` is
    `topological(prereqs)`. With `shared` (one dict per gap), a closure made by the same union of the same
    set objects as before is that earlier object: built the same way, it iterates the same way too."""
    single = singles(len(prereqs))
    out: list[frozenset[int]] = single[: len(prereqs)]
    for i in topological(prereqs) if order is None else order:
        pre = prereqs[i]
        if pre:
            parts = [out[p] for p in pre]
            if shared is None:
                out[i] = single[i].union(*parts)
                continue
            key = (i, *map(id, parts))  # the parts are kept alive by `shared`, so their ids stay theirs
            found = shared.get(key)
            if found is None:
                found = shared[key] = single[i].union(*parts)
            out[i] = found
    return out


def bundle_covers(
    prereqs: list[tuple[int, ...]],
    covers: list[frozenset[int]],
    order: list[int] | None = None,
    shared: dict[frozenset[int], frozenset[int]] | None = None,
) -> list[frozenset[int]]:
    """Per candidate, the gap skills it and everything it needs first cover; `order` is
    `topological(prereqs)`. Equal sets are one object taken from `shared` (kept per gap by the caller: a few
    distinct skill sets recur across hundreds of candidates and every candidate set of a plan), so a plan
    leaves fewer long-lived objects for the collector's full collections; readers only group their members
    (`bundles._pairs`/`_group`), so which equal object is used changes nothing."""
    out: list[frozenset[int]] = list(covers)
    for i in topological(prereqs) if order is None else order:
        pre = prereqs[i]
        if pre:
            union = covers[i].union(*[out[p] for p in pre])
            out[i] = union if shared is None else shared.setdefault(union, union)
    return out
