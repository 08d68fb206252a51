"""Prerequisites inside a candidate pool: skills a credential assumes turned into steps, unavailable or cyclic
prerequisites dropped with a reason, and the transitive closure of what each candidate needs first.
"""

from __future__ import annotations

from collections.abc import Callable

from pathfinder.domain import Credential
from pathfinder.planner.lookup import CatalogueLookup


class SkillProviders:
    """Prerequisite skills (`Credential.prerequisite_skills`) as credential prerequisites: a credential assuming a
    skill the learner does not hold gets, as an extra prerequisite, the best-value credential they may take that
    teaches it (hours + EUR/10), so it is planned and scheduled before. None teaches it: the credential is out."""

    def __init__(self, lk: CatalogueLookup, held_skills: frozenset[str], ok: Callable[[Credential], bool]) -> None:
        self.lk, self.held, self.ok = lk, held_skills, ok
        self.ranked: dict[str, list[Credential]] = {}

    def _teachers(self, uri: str) -> list[Credential]:
        if uri not in self.ranked:
            lk = self.lk
            self.ranked[uri] = sorted(
                (c for c in lk.by_skill.get(uri, ()) if c.stack_ects_required is None),
                key=lambda c: ((c.hours or 0.0) + (lk.cost_of[c.id] or 0.0) / 10, lk.order.get(c.id, 0)))
        return self.ranked[uri]

    def add_to(self, cred: Credential) -> tuple[Credential, str | None]:
        """(cred with providers added to its prerequisites, None) or (cred, label of a skill nobody teaches)."""
        extra: list[str] = []
        for ref in cred.prerequisite_skills:
            if ref.uri in self.held or any(ref.uri == s.uri for s in cred.skills):
                continue
            if any(ref.uri in self.lk.skills_of.get(p, ()) for p in cred.prerequisites):
                continue  # one of its own prerequisites teaches it
            provider = next((c for c in self._teachers(ref.uri) if c.id != cred.id and self.ok(c)), None)
            if provider is None:
                return cred, ref.label or ref.uri
            extra.append(provider.id)
        if not extra:
            return cred, None
        return cred.model_copy(update={"prerequisites": tuple(dict.fromkeys(cred.prerequisites + tuple(extra)))}), None


def drop_unavailable(pool: dict[str, Credential], held: frozenset[str], excluded: dict[str, str]) -> None:
    """Remove, to a fixpoint, credentials whose prerequisite is neither held nor in the pool, and cycles."""
    changed = True
    while changed:
        changed = False
        for cid, cred in list(pool.items()):
            missing = [p for p in cred.prerequisites if p not in held and p not in pool]
            if missing:
                why = excluded.get(missing[0], "not in the catalogue")
                excluded[cid] = f"needs {missing[0]} first, which is unavailable ({why})"
                del pool[cid]
                changed = True
    # Kahn's algorithm: whatever cannot be ordered sits on a prerequisite cycle.
    indegree = {cid: sum(1 for p in c.prerequisites if p in pool) for cid, c in pool.items()}
    dependants: dict[str, list[str]] = {}
    for cid, cred in pool.items():
        for p in cred.prerequisites:
            if p in pool:
                dependants.setdefault(p, []).append(cid)
    ready = [cid for cid, d in indegree.items() if d == 0]
    while ready:
        for dep in dependants.get(ready.pop(), ()):
            indegree[dep] -= 1
            if indegree[dep] == 0:
                ready.append(dep)
    cyclic = [cid for cid, d in indegree.items() if d > 0]
    for cid in cyclic:
        excluded[cid] = "its prerequisites form a cycle in the catalogue"
        del pool[cid]
    if cyclic:
        drop_unavailable(pool, held, excluded)


def topological(prereqs: list[tuple[int, ...]]) -> list[int]:
    """Candidate indices, each after everything it needs (the pool is acyclic once `_drop_unavailable` ran)."""
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


def all_closures(prereqs: list[tuple[int, ...]]) -> list[frozenset[int]]:
    """Per candidate, itself and everything it needs first (transitively)."""
    out: list[frozenset[int]] = [frozenset()] * len(prereqs)
    for i in topological(prereqs):
        out[i] = frozenset((i,)).union(*(out[p] for p in prereqs[i])) if prereqs[i] else frozenset((i,))
    return out


def bundle_covers(prereqs: list[tuple[int, ...]], covers: list[frozenset[int]]) -> list[frozenset[int]]:
    """Per candidate, the gap skills it and everything it needs first cover."""
    out: list[frozenset[int]] = list(covers)
    for i in topological(prereqs):
        if prereqs[i]:
            out[i] = covers[i].union(*(out[p] for p in prereqs[i]))
    return out
