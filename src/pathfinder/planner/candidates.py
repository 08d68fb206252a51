"""The candidate set of a plan: which catalogue entries may be steps, what each covers and needs, and why others are out.

Built once per (gap, constraints) and shared by every strategy and every budget/time limit: those change only
the objective and the limits (`instance.py`), not who the candidates are. `serves` says when a set built for
one profile is exactly the set another (relaxed) profile would get, so relaxations re-solve without rebuilding.
Pure data and functions, no solver code.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from pathfinder.domain import Credential, LearnerProfile
from pathfinder.gaps import Eligibility, Gap, first_upcoming_session_end

PRUNE_ABOVE = 400  # more eligible teachers than this: keep only the best `keep_per_skill` per gap skill
FORBIDDEN = "its session does not fit your schedule"
WINDOW = "no session within your time window"
CATEGORICAL = ("languages", "participation", "max_eqf", "providers", "countries")


class CatalogueLookup(Sequence[Credential]):
    """A catalogue indexed for planning (by id, by taught skill, by stack target); build once, plan many times."""

    def __init__(self, credentials: Sequence[Credential]) -> None:
        self.credentials = list(credentials)
        self.by_id = {c.id: c for c in self.credentials}
        self.order = {c.id: k for k, c in enumerate(self.credentials)}
        self.position = {id(c): k for k, c in enumerate(self.credentials)}
        self.by_skill: dict[str, list[Credential]] = {}
        self.parts_of: dict[str, list[Credential]] = {}
        self.skills_of: dict[str, tuple[str, ...]] = {}
        self.cost_of: dict[str, float | None] = {}
        for c in self.credentials:
            self.skills_of[c.id] = tuple(ref.uri for ref in c.skills)
            self.cost_of[c.id] = c.cost_eur
            for ref in c.skills:
                self.by_skill.setdefault(ref.uri, []).append(c)
            for st in c.stacks_into:
                self.parts_of.setdefault(st.target, []).append(c)

    def __len__(self) -> int:
        return len(self.credentials)

    def __getitem__(self, k):  # type: ignore[override]
        return self.credentials[k]

    @classmethod
    def of(cls, credentials: Sequence[Credential]) -> CatalogueLookup:
        return credentials if isinstance(credentials, CatalogueLookup) else cls(credentials)


@dataclass
class StackTarget:
    """A larger credential earned by stacking: `req` ECTS from `components` [(candidate index, ects)]."""

    credential: Credential
    req: float
    held_ects: float
    components: list[tuple[int, float]] = field(default_factory=list)
    covers: frozenset[int] = frozenset()


@dataclass
class Candidates:
    """Candidate credentials and their structure; indices refer to `cands` and to `skills` (gap skill URIs)."""

    profile: LearnerProfile  # the profile it was built for (see `serves`)
    window: tuple[date | None, date | None]  # (deadline, end of the weeks available) it was built for
    forbidden: frozenset[str]
    cands: list[Credential]
    skills: list[str]
    covers: list[frozenset[int]]
    prereqs: list[tuple[int, ...]]
    hours: list[float]
    cost_eur: list[float]
    targets: list[StackTarget]
    forced: set[int]
    excluded: dict[str, str]  # credential id -> why it is not a candidate
    unknown_price: set[str]
    blocked: Callable[[str], set[str]]  # gap skill uri no candidate covers -> why its teachers are out
    kinds: set[str]  # which constraints excluded something ("languages", "window", ...)
    verdicts: dict[str, tuple[str, str] | None]  # credential id -> (kind, reason) or None, as checked
    closures: list[frozenset[int]]  # per candidate: itself and everything it needs first
    teachers: dict[int, list[int]]  # gap skill index -> candidates covering it
    bundle_covers: list[frozenset[int]]  # per candidate: gap skills its closure covers
    target_of: dict[int, list[int]]  # candidate -> indices of the stack targets it counts towards

    @property
    def n(self) -> int:
        return len(self.cands)


def window_of(profile: LearnerProfile, today: date) -> tuple[date | None, date | None]:
    """(deadline, end of the weeks available): the dates a session must end by."""
    c = profile.constraints
    weeks = c.weeks
    if c.deadline is not None:
        by_deadline = max(0, (c.deadline - today).days // 7)
        weeks = by_deadline if weeks is None else min(weeks, by_deadline)
    return c.deadline, None if weeks is None else today + timedelta(weeks=weeks)


def _looser(new: date | None, old: date | None) -> bool:
    return new is None or (old is not None and new >= old)


def relaxed_kinds(old: LearnerProfile, new: LearnerProfile, today: date) -> set[str] | None:
    """The constraints (as exclusion kinds) `new` relaxes relative to `old`; None unless `new` only relaxes
    (drops a categorical constraint, or ends later) and keeps the same preferences and held credentials."""
    if old.preferences != new.preferences or old.held_credential_ids != new.held_credential_ids \
            or old.held_skill_uris != new.held_skill_uris:
        return None
    kinds: set[str] = set()
    for name in CATEGORICAL:
        before, after = getattr(old.constraints, name), getattr(new.constraints, name)
        if before != after:
            if after not in ((), None):
                return None
            kinds.add(name)
    before_w, after_w = window_of(old, today), window_of(new, today)
    if before_w != after_w:
        if not all(_looser(a, b) for a, b in zip(after_w, before_w)):
            return None
        kinds.add("window")
    return kinds


def serves(cands: Candidates, profile: LearnerProfile, today: date, forbidden: frozenset[str]) -> bool:
    """True when building for `profile` would give exactly `cands`: every constraint that differs is relaxed
    and excluded nothing when `cands` was built, so no credential changes side."""
    if forbidden != cands.forbidden:
        return False
    relaxed = relaxed_kinds(cands.profile, profile, today)
    return relaxed is not None and not relaxed & cands.kinds


@dataclass
class GapTeachers:
    """What depends only on (gap, catalogue): every credential teaching a gap skill, in catalogue order and per
    gap skill in best-value order (the pruning order). Shared by every candidate set built for the same gap."""

    skill_index: dict[str, int]
    teaching: dict[str, Credential]  # catalogue order
    plain: list[Credential]  # teaching, without stack targets (those are earned, not studied)
    stacks: list[Credential]  # teaching stack targets
    ranked: list[Credential]  # plain, by hours + EUR/10 per gap skill taught, then catalogue order
    ranked_by_skill: dict[str, list[tuple[Credential, int]]]  # uri -> (plain teacher, times it lists uri), ranked
    taught: dict[str, tuple[str, ...]]  # credential id -> the gap skills it teaches


def gap_teachers(gap: Gap, lk: CatalogueLookup) -> GapTeachers:
    skill_index = {g.uri: j for j, g in enumerate(gap.skills)}
    found = {id(c): c for uri in skill_index for c in lk.by_skill.get(uri, ())}
    teaching = {c.id: c for c in (found[k] for k in sorted(found, key=lk.position.__getitem__))}
    taught = {cid: tuple(u for u in lk.skills_of[cid] if u in skill_index) for cid in teaching}

    def unit_effort(c: Credential) -> float:
        return ((c.hours or 0.0) + (lk.cost_of[c.id] or 0.0) / 10) / max(1, len(taught[c.id]))

    plain = [c for c in teaching.values() if c.stack_ects_required is None]
    stacks = [c for c in teaching.values() if c.stack_ects_required is not None]
    ranked = sorted(plain, key=lambda c: (unit_effort(c), lk.order.get(c.id, 0)))
    ranked_by_skill: dict[str, list[tuple[Credential, int]]] = {}
    for c in ranked:
        uris = taught[c.id]
        for u in dict.fromkeys(uris):
            ranked_by_skill.setdefault(u, []).append((c, uris.count(u)))
    return GapTeachers(skill_index, teaching, plain, stacks, ranked, ranked_by_skill, taught)


def build_candidates(
    profile: LearnerProfile, gap: Gap, credentials: Sequence[Credential], *, today: date,
    forbidden: frozenset[str] = frozenset(), keep_per_skill: int = 12, teachers: GapTeachers | None = None,
    reuse: Candidates | None = None,
) -> Candidates:
    """Keep what teaches a gap skill and passes the constraints, plus pins, stack parts and prerequisites.

    On large catalogues (more than PRUNE_ABOVE eligible teachers) only the `keep_per_skill` cheapest eligible
    teachers of each gap skill (hours + EUR/10 per gap skill taught) are kept, so the heuristic stays fast.
    `teachers` (from `gap_teachers`) and `reuse` (a set built with fewer or the same `forbidden` for a profile this
    one only relaxes) save work and do not change the result: verdicts of `reuse` are kept except for the
    relaxed kinds. `kinds` records only the exclusions that shaped the result (see `serves`)."""
    lk = CatalogueLookup.of(credentials)
    gt = teachers or gap_teachers(gap, lk)
    held = profile.held_credential_ids
    skill_index = gt.skill_index
    pinned = set(profile.preferences.pinned)
    excluded: dict[str, str] = {}
    kinds: set[str] = set()
    verdicts: dict[str, tuple[str, str] | None] = {}
    check = Eligibility(profile, today).check
    window = window_of(profile, today)
    window_end = window[1]
    known: dict[str, tuple[str, str] | None] = {}
    recheck: set[str] = set()
    if reuse is not None and reuse.forbidden <= forbidden:
        relaxed = relaxed_kinds(reuse.profile, profile, today)
        if relaxed is not None:
            known, recheck = reuse.verdicts, relaxed

    def judge(c: Credential) -> tuple[str, str] | None:
        if c.id not in verdicts:
            why = ("forbidden", FORBIDDEN) if c.id in forbidden else known.get(c.id, ()) if c.id in known else ()
            if why == () or (why is not None and why[0] in recheck):
                why = check(c)
                if why is None and window_end is not None and c.sessions and c.id not in pinned and \
                        first_upcoming_session_end(c, today, window_end) is None:
                    why = ("window", WINDOW)
            verdicts[c.id] = why
        return verdicts[c.id]

    def ok(c: Credential) -> bool:
        why = judge(c)
        if why is not None:
            kinds.add(why[0])
            excluded[c.id] = why[1]
        return why is None

    teaching = gt.teaching
    target_ids = {c.id for c in gt.stacks if ok(c)}
    if _many_eligible(gt.ranked, judge, max(keep_per_skill * 3, PRUNE_ABOVE)):
        # relaxing a constraint only adds eligible teachers, so this pruning stays on; what it keeps
        # depends only on the teachers scanned below, whose exclusions `ok` records
        seeds = _best_teachers(gt, keep_per_skill, ok)
    else:
        seeds = [c for c in gt.plain if ok(c)]
    seeds += [lk.by_id[p] for p in pinned if p in lk.by_id and lk.by_id[p].stack_ects_required is None and ok(lk.by_id[p])]
    seeds += [c for t in target_ids for c in lk.parts_of.get(t, ()) if c.stack_ects_required is None and ok(c)]
    pool: dict[str, Credential] = {}
    skill_steps = _SkillProviders(lk, profile.held_skill_uris, ok)
    while seeds:
        cred = seeds.pop()
        if cred.id in pool or cred.id in excluded:
            continue
        cred, missing = skill_steps.add_to(cred)
        if missing is not None:
            excluded[cred.id] = f"assumes {missing}, which no credential you may take teaches"
            continue
        pool[cred.id] = cred
        for p in cred.prerequisites:
            pre = lk.by_id.get(p)
            if p not in held and pre is not None and pre.stack_ects_required is None and ok(pre):
                seeds.append(pre)
    pool = dict(sorted(pool.items(), key=lambda kv: lk.order.get(kv[0], 0)))  # reasons independent of set order
    _drop_unavailable(pool, held, excluded)
    for cred in pool.values():
        for t in cred.stack_targets:
            tc = lk.by_id.get(t)
            if tc is not None and tc.stack_ects_required is not None and t not in held and ok(tc):
                target_ids.add(t)

    cands = sorted(pool.values(), key=lambda c: lk.order.get(c.id, 0))
    index = {c.id: i for i, c in enumerate(cands)}
    covers = [frozenset([skill_index[u] for u in lk.skills_of[c.id] if u in skill_index]) for c in cands]
    prereqs = [tuple(index[p] for p in c.prerequisites if p in index) for c in cands]
    closures = _all_closures(prereqs)
    by_skill: dict[int, list[int]] = {}
    for i, cov in enumerate(covers):
        for j in cov:
            by_skill.setdefault(j, []).append(i)

    def blocked(uri: str) -> set[str]:
        """Why the teachers of a gap skill no candidate covers are out (asked only to explain it)."""
        reasons = {excluded.get(c.id) or (judge(c) or ("", None))[1] for c in lk.by_skill.get(uri, ())}
        return reasons - {None}

    targets: list[StackTarget] = []
    for tid in sorted(target_ids, key=lambda t: lk.order.get(t, 0)):
        target = lk.by_id[tid]
        comps = [(index[c.id], _stack_ects(c, tid)) for c in lk.parts_of.get(tid, ()) if c.id in index]
        if not comps:
            continue
        held_ects = sum(_stack_ects(c, tid) for c in lk.parts_of.get(tid, ()) if c.id in held)
        t_cover = frozenset(skill_index[r.uri] for r in target.skills if r.uri in skill_index)
        targets.append(StackTarget(target, float(target.stack_ects_required or 0.0), held_ects, comps, t_cover))

    target_of: dict[int, list[int]] = {}
    for k, t in enumerate(targets):
        for i, _ in t.components:
            target_of.setdefault(i, []).append(k)
    forced: set[int] = set()
    for cid in pinned:
        if cid in index:
            forced |= closures[index[cid]]
    return Candidates(
        profile=profile, window=window, forbidden=forbidden, cands=cands, skills=[g.uri for g in gap.skills],
        covers=covers, prereqs=prereqs, hours=[float(c.hours or 0.0) for c in cands],
        cost_eur=[float(lk.cost_of[c.id] or 0.0) for c in cands], targets=targets, forced=forced,
        excluded=excluded, unknown_price={c.id for c in cands if lk.cost_of[c.id] is None}, blocked=blocked,
        kinds=kinds, verdicts=verdicts, closures=closures, teachers=by_skill, target_of=target_of,
        bundle_covers=_bundle_covers(prereqs, covers),
    )


class _SkillProviders:
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


def _many_eligible(ranked: list[Credential], judge, limit: int) -> bool:
    """More than `limit` of `ranked` pass `judge`? Stops counting as soon as the answer is known."""
    if len(ranked) <= limit:
        return False
    count = 0
    for k, c in enumerate(ranked):
        if judge(c) is None:
            count += 1
            if count > limit:
                return True
        elif len(ranked) - k - 1 + count <= limit:
            return False
    return False


def _best_teachers(gt: GapTeachers, k: int, ok) -> list[Credential]:
    """The union over gap skills of each skill's first `k` eligible teachers in the best-value order (the same
    set as walking the global order and keeping a teacher while one of its skills has fewer than `k`)."""
    kept: dict[str, Credential] = {}
    for teachers in gt.ranked_by_skill.values():
        seen = 0
        for c, times in teachers:
            if seen >= k:
                break
            if ok(c):
                kept[c.id] = c
                seen += times
    return list(kept.values())


def _stack_ects(part: Credential, target_id: str) -> float:
    return next(s.ects for s in part.stacks_into if s.target == target_id) or part.ects or 0.0


def _drop_unavailable(pool: dict[str, Credential], held: frozenset[str], excluded: dict[str, str]) -> None:
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
        _drop_unavailable(pool, held, excluded)


def _topological(prereqs: list[tuple[int, ...]]) -> list[int]:
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


def _all_closures(prereqs: list[tuple[int, ...]]) -> list[frozenset[int]]:
    """Per candidate, itself and everything it needs first (transitively)."""
    out: list[frozenset[int]] = [frozenset()] * len(prereqs)
    for i in _topological(prereqs):
        out[i] = frozenset((i,)).union(*(out[p] for p in prereqs[i])) if prereqs[i] else frozenset((i,))
    return out


def _bundle_covers(prereqs: list[tuple[int, ...]], covers: list[frozenset[int]]) -> list[frozenset[int]]:
    """Per candidate, the gap skills it and everything it needs first cover."""
    out: list[frozenset[int]] = list(covers)
    for i in _topological(prereqs):
        if prereqs[i]:
            out[i] = covers[i].union(*(out[p] for p in prereqs[i]))
    return out


def _closure(prereqs: list[tuple[int, ...]], i: int) -> set[int]:
    seen, todo = {i}, [i]
    while todo:
        for p in prereqs[todo.pop()]:
            if p not in seen:
                seen.add(p)
                todo.append(p)
    return seen
