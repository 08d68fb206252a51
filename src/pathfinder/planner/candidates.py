"""The candidate set of a plan: which catalogue entries may be steps, what each covers and needs, and why
others are out.

Built once per (gap, constraints) and shared by every strategy and every budget/time limit: those change only
the objective and the limits (`instance.py`), not who the candidates are. `serves` says when a set built for
one profile is exactly the set another (relaxed) profile would get, so relaxations re-solve without
rebuilding. Pure data and functions, no solver code.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import Enum
from typing import Final

from pathfinder.domain import EUR_PER_UNIT, Credential, LearnerProfile
from pathfinder.planner.gaps import Eligibility, Gap, study_languages
from pathfinder.planner.level import Bridges, LevelCheck
from pathfinder.planner.load import KIND as LOAD
from pathfinder.planner.load import overload
from pathfinder.planner.load import reason as load_reason
from pathfinder.planner.lookup import CatalogueLookup, GapTeachers, gap_teachers
from pathfinder.planner.prerequisites import SkillProviders, all_closures, bundle_covers, drop_unavailable

PRUNE_ABOVE = 400  # more eligible teachers than this: keep only the best `keep_per_skill` per gap skill
FORBIDDEN = "its session does not fit your schedule"


class _Unjudged(Enum):
    TOKEN = 0


# The default of a verdict look-up: not judged yet (a verdict is (kind, reason), or None when allowed).
UNJUDGED: Final = _Unjudged.TOKEN
WINDOW = "no session within your time window"
OFF_FOCUS = "mostly about other subjects than this goal"  # `lookup.on_focus`
DETOUR = "a first step towards another occupation's core, not this goal's"  # `detours.py`
CATEGORICAL = ("languages", "participation", "max_eqf", "providers", "countries")
PRICE, WORKLOAD = (
    "price",
    "workload",
)  # exclusion kinds: unknown price under a budget, unknown hours under a time limit

__all__ = [
    "CatalogueLookup",
    "Candidates",
    "GapTeachers",
    "StackTarget",
    "build_candidates",
    "gap_teachers",
    "serves",
    "with_pin",
]


@dataclass
class StackTarget:
    """A larger credential earned by stacking: `req` ECTS from `components` ((candidate index, ects), ...).
    A tuple of (int, float) pairs holds no container the collector tracks after its first young collection
    (a list stays tracked and, alive through a plan, is promoted to the oldest generation: session 11)."""

    credential: Credential
    req: float
    held_ects: float
    components: Sequence[tuple[int, float]] = ()
    covers: frozenset[int] = frozenset()


@dataclass
class Candidates:
    """Candidate credentials and their structure; indices refer to `cands` and to `skills` (gap skill
    URIs)."""

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
    unknown_price: set[str]  # no price stated and none estimable: kept out of plans with a budget
    estimated: dict[str, tuple[str, ...]]  # credential id -> basis of each estimated field (`estimates.py`)
    blocked: Callable[[str], set[str]]  # gap skill uri no candidate covers -> why its teachers are out
    kinds: set[str]  # which constraints excluded something ("languages", "window", ...)
    verdicts: dict[str, tuple[str, str] | None]  # credential id -> (kind, reason) or None, as checked
    closures: list[frozenset[int]]  # per candidate: itself and everything it needs first
    teachers: dict[int, list[int]]  # gap skill index -> candidates covering it
    bundle_covers: list[frozenset[int]]  # per candidate: gap skills its closure covers
    target_of: dict[int, tuple[int, ...]]  # candidate -> indices of the stack targets it counts towards
    pruned: bool = False  # only the best teachers per gap skill were kept (more than `prune_limit` eligible)
    prune_limit: int = 0
    gap: Gap | None = None  # the gap it was built for (the level rules read its present-job fields)
    bridged: frozenset[str] = frozenset()  # candidates given a bridge course below them (`level.Bridges`)

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
    if (
        old.preferences != new.preferences
        or old.held_credential_ids != new.held_credential_ids
        or old.credentials != new.credentials  # a held credential's EQF level raises the start
        or old.held_skill_uris != new.held_skill_uris
        or old.skills != new.skills
        or old.current_role != new.current_role
        or old.constraints.denied_languages != new.constraints.denied_languages  # never relaxed
        or old.constraints.min_eqf != new.constraints.min_eqf  # the level floor: a level rule
    ):  # the level rules read these
        return None
    kinds: set[str] = set()
    before_l, after_l = study_languages(old), study_languages(new)
    if set(before_l) != set(after_l):
        if after_l and not set(after_l) >= set(before_l):
            return None
        kinds.add("languages")
    for name in CATEGORICAL[1:]:
        before, after = getattr(old.constraints, name), getattr(new.constraints, name)
        if before != after:
            if after not in ((), None):
                return None
            kinds.add(name)
    for kind, before, after in (
        (PRICE, old.constraints.budget is not None, new.constraints.budget is not None),
        (WORKLOAD, is_timed(old, today), is_timed(new, today)),
    ):
        if after and not before:
            return None
        if before and not after:
            kinds.add(kind)
    hb, ha = old.constraints.hours_per_week, new.constraints.hours_per_week
    if hb != ha:  # more hours a week: dated sessions that needed more may fit
        if hb is None or (ha is not None and ha < hb):
            return None
        kinds.add(LOAD)
    before_w, after_w = window_of(old, today), window_of(new, today)
    if before_w != after_w:
        if not all(_looser(a, b) for a, b in zip(after_w, before_w)):
            return None
        kinds.add("window")
    return kinds


def is_timed(profile: LearnerProfile, today: date) -> bool:
    """Whether the learner's time is limited (hours a week, weeks or a deadline): then unknown workloads are
    out."""
    return profile.constraints.hours_per_week is not None or window_of(profile, today)[1] is not None


def serves(cands: Candidates, profile: LearnerProfile, today: date, forbidden: frozenset[str]) -> bool:
    """True when building for `profile` would give exactly `cands`: every constraint that differs is relaxed
    and excluded nothing when `cands` was built, so no credential changes side."""
    if forbidden != cands.forbidden:
        return False
    relaxed = relaxed_kinds(cands.profile, profile, today)
    return relaxed is not None and not relaxed & cands.kinds


def with_pin(cands: Candidates, profile: LearnerProfile, lk: CatalogueLookup) -> Candidates | None:
    """The set `build_candidates` gives for `profile`, found without building it, when `cands` is the set
    of `profile` without its last pin (the caller checks it: `serves`, same forbidden ids) and that pin is a
    candidate of `cands` not given a bridge course (`Candidates.bridged`: a pinned course gets none); None
    otherwise (then build it).

    The set is `cands` but for its pins (`forced`) and profile: a pin changes only its own credential's
    verdicts and level rules (eligibility's soft constraints, price, workload, window, weekly load, level
    floor, level jump, introductions to what the learner holds, prerequisites presumed met, no bridge below
    it), and a candidate passed them all unpinned; its prerequisite-skill steps (`SkillProviders`) read no
    pin; seeding it adds nothing to a pool that holds it with everything it needs; no other credential's
    verdict reads the pin (a prerequisite's level floor, read for reachability, is not below the floor when
    that prerequisite is a candidate). The core rule's re-solves (`PlanningSession._solve`, one per core
    teacher) pin candidates of the plan's own set: each was a whole build (session 15: ~11% of the 10k
    bench's CPU). `tests/test_planner_pin_sets.py` compares it with a build."""
    pinned = profile.preferences.pinned
    cid = pinned[-1] if pinned else None
    if cid is None or cid in pinned[:-1]:
        return None
    i = next((k for k, c in enumerate(cands.cands) if c.id == cid), None)
    if i is None or cid in cands.bridged:
        return None
    return replace(cands, profile=profile, forced=cands.forced | cands.closures[i])


def level_check(profile: LearnerProfile, lk: CatalogueLookup, gap: Gap | None) -> LevelCheck:
    """The level rules for `profile` over `lk`, with the gap's present-job fields when known."""
    if gap is None:
        return LevelCheck(profile, lk.by_id, lk.skills_of)
    return LevelCheck(profile, lk.by_id, lk.skills_of, gap.role_shared, gap.role_skills, gap.implied, gap.kin)


def verdict_of(
    profile: LearnerProfile, today: date, lk: CatalogueLookup | None = None, gap: Gap | None = None
) -> Callable[[Credential], tuple[str, str] | None]:
    """What the profile's hard constraints, time window and (with the catalogue `lk`) the weekly load of a
    dated session (`load.py`) and the level rules (`level.py`) say of a credential: (kind, reason), or None if
    allowed."""
    check = Eligibility(profile, today).check
    level = None if lk is None else level_check(profile, lk, gap).check
    deadline, window_end = window_of(profile, today)
    end_by = min((d for d in (deadline, window_end) if d is not None), default=None)
    hpw = profile.constraints.hours_per_week
    pinned = frozenset(profile.preferences.pinned)
    budgeted, timed = profile.constraints.budget is not None, is_timed(profile, today)

    def verdict(c: Credential) -> tuple[str, str] | None:
        why = check(c)
        if why is None and (budgeted or timed) and c.stack_ects_required is None and c.id not in pinned:
            if budgeted and (
                c.cost is None or c.currency not in EUR_PER_UNIT
            ):  # unknown: no estimate satisfies a limit
                return PRICE, "its price is unknown, so it is left out of plans with a budget"
            if timed and c.hours is None:
                return WORKLOAD, "its workload is unknown, so it is left out of plans with a time limit"
        if (
            why is None
            and window_end is not None
            and c.sessions
            and c.id not in pinned
            and not any(s.start >= today and s.end <= window_end for s in c.sessions)
        ):
            return "window", WINDOW  # no session starts today or later and ends by the window's end
        if why is None and lk is not None and hpw is not None and c.sessions and c.id not in pinned:
            need = overload(c, lk.hours_of.get(c.id, c.hours or 0.0), hpw, today, end_by)
            if need is not None:
                return LOAD, load_reason(need, hpw)
        if why is None and level is not None:
            return level(c)
        return why

    return verdict


def reachable_skills(
    base: Candidates, profile: LearnerProfile, today: date, lk: CatalogueLookup, among: Sequence[str]
) -> set[str] | None:
    """Which of `among` (gap skills) a candidate set for `profile` could cover at most, found without building
    it: those `base` covers and those with a teacher `profile` allows. Relaxing only makes more credentials
    eligible, so `base`'s verdicts stand except for the relaxed kinds. None unless `profile` only relaxes
    `base.profile`."""
    relaxed = relaxed_kinds(base.profile, profile, today)
    if relaxed is None or base.forbidden:
        return None
    covered = {base.skills[j] for cov in base.covers for j in cov}
    covered |= {base.skills[j] for t in base.targets for j in t.covers}
    fresh = verdict_of(profile, today, lk, base.gap)
    known = base.verdicts
    found = {uri for uri in among if uri in covered}
    for uri in among:
        if uri in found:
            continue
        for c in lk.by_skill.get(uri, ()):
            why = known.get(c.id, UNJUDGED)
            if why is None or ((why is UNJUDGED or why[0] in relaxed) and fresh(c) is None):
                found.add(uri)
                break
    return found


def build_candidates(
    profile: LearnerProfile,
    gap: Gap,
    credentials: Sequence[Credential],
    *,
    today: date,
    forbidden: frozenset[str] = frozenset(),
    keep_per_skill: int = 12,
    teachers: GapTeachers | None = None,
    reuse: Candidates | None = None,
) -> Candidates:
    """Keep what teaches a gap skill and passes the constraints, plus pins, stack parts and prerequisites.

    On large catalogues (more than PRUNE_ABOVE eligible teachers) only the `keep_per_skill` cheapest eligible
    teachers of each gap skill (hours + EUR/10 per gap skill taught) are kept, so the heuristic stays fast.
    `teachers` (from `gap_teachers`) and `reuse` (a set built with fewer or the same `forbidden` for a profile
    this one only relaxes) save work and do not change the result: verdicts of `reuse` are kept except for the
    relaxed kinds. `kinds` records only the exclusions that shaped the result (see `serves`)."""
    lk = CatalogueLookup.of(credentials)
    gt = teachers or gap_teachers(gap, lk)
    held = profile.held_credential_ids
    pinned = set(profile.preferences.pinned)
    excluded: dict[str, str] = {}
    kinds: set[str] = set()
    verdicts: dict[str, tuple[str, str] | None] = {}
    fresh = verdict_of(profile, today, lk, gap)
    window = window_of(profile, today)
    known: dict[str, tuple[str, str] | None] = {}
    recheck: set[str] = set()
    limit = max(keep_per_skill * 3, PRUNE_ABOVE)
    pruned = False
    unpruned = False  # known not to be pruned without counting (session 21)
    if reuse is not None and reuse.forbidden <= forbidden:
        relaxed = relaxed_kinds(reuse.profile, profile, today)
        if relaxed is not None:
            known, recheck = reuse.verdicts, relaxed
            # relaxing only makes more teachers eligible: pruned with the same forbidden ids, pruned still
            pruned = reuse.pruned and reuse.forbidden == forbidden and reuse.prune_limit == limit
            # relaxing nothing, with more forbidden ids, makes none eligible: not pruned, not pruned still
            # (a costly chain's head or a session that does not fit left out, `PlanningSession._selection`)
            unpruned = not relaxed and not reuse.pruned and reuse.prune_limit == limit

    verdict_at = verdicts.get
    known_at = known.get

    def judge(c: Credential) -> tuple[str, str] | None:
        cid = c.id
        why = verdict_at(cid, UNJUDGED)
        if why is not UNJUDGED:
            return why
        why = ("forbidden", FORBIDDEN) if cid in forbidden else known_at(cid, UNJUDGED)
        if why is UNJUDGED or (why is not None and why[0] in recheck):
            why = fresh(c)
        verdicts[cid] = why
        return why

    def ok(c: Credential) -> bool:
        cid = c.id
        why = verdict_at(cid, UNJUDGED)
        if why is None:
            return True
        if why is UNJUDGED:
            why = ("forbidden", FORBIDDEN) if cid in forbidden else known_at(cid, UNJUDGED)
            if why is UNJUDGED or (why is not None and why[0] in recheck):
                why = fresh(c)
            verdicts[cid] = why
            if why is None:
                return True
        kinds.add(why[0])
        excluded[cid] = why[1]
        return False

    pruned = pruned or (not unpruned and _many_eligible(gt.ranked, judge, limit))
    stacks = _best_stacks(gt, lk, keep_per_skill, judge) if pruned else gt.stacks
    target_ids = {c.id for c in stacks if ok(c)}
    if pruned:
        # relaxing a constraint only adds eligible teachers, so this pruning stays on; what it keeps
        # depends only on the teachers scanned below, whose exclusions `ok` records
        seeds = _best_teachers(gt, keep_per_skill, ok)
    else:
        seeds = [c for c in gt.plain if ok(c)]
    seeds += [
        lk.by_id[p]
        for p in pinned
        if p in lk.by_id and lk.by_id[p].stack_ects_required is None and ok(lk.by_id[p])
    ]
    # in the stacks' order, never a set's (its order of strings changes with the hash seed: session 24)
    seeds += [
        c
        for t in dict.fromkeys(c.id for c in stacks if c.id in target_ids)
        for c in gt.plain_parts_of(lk, t)
        if ok(c)
    ]
    levels = level_check(profile, lk, gap)
    met = held | levels.presumed(
        lk.prerequisites_by_level, gt.presumed_sets
    )  # held, or well below the learner's level
    bridges = Bridges(
        levels,
        gt.ranked,
        ok,
        frozenset(g.uri for g in gap.essential),
        gt.with_prerequisites,
        gt.bridge_levels,
        lambda want: gt.ranked_at_level(lk, want),
    )
    bridged: set[str] = set()
    pool = _pool(
        seeds,
        lk,
        met,
        # a skill a course assumes is met by one held through a narrower skill (C++ -> computer programming)
        SkillProviders(
            lk,
            profile.held_skill_uris | gap.implied.keys(),
            ok,
            gt,
            frozenset(g.uri for g in gap.essential),
            frozenset(gap.kin),
            broader={g.uri: g.broader for g in gap.skills if g.broader},
        ),
        ok,
        excluded,
        bridges,
        bridged,
    )
    ordered = drop_unavailable(pool, met, excluded)
    by_id = lk.by_id
    looked_at = set(target_ids)  # targets whose eligibility is known (re-asking `ok` changes nothing)
    for cred in pool.values():
        for st in cred.stacks_into:
            t = st.target
            if t in looked_at:
                continue
            looked_at.add(t)
            tc = by_id.get(t)
            if tc is not None and tc.stack_ects_required is not None and t not in held and ok(tc):
                target_ids.add(t)

    cands = list(pool.values())  # in catalogue order
    index = {c.id: i for i, c in enumerate(cands)}
    covers = [gt.covers_of(cid) for cid in index]
    prereqs = [
        tuple([index[p] for p in c.prerequisites if p in index]) if c.prerequisites else () for c in cands
    ]
    order = [index[cid] for cid in ordered]  # prerequisites first
    closures = all_closures(prereqs, order, gt.closure_sets)
    by_skill: dict[int, list[int]] = {}
    for i, cov in enumerate(covers):
        for j in cov:
            by_skill.setdefault(j, []).append(i)

    said: dict[str, frozenset[str]] = {}  # uri -> its reasons: the set is complete, so they stay the same

    def blocked(uri: str) -> set[str]:
        """Why the teachers of a gap skill no candidate covers are out (asked only to explain it; once per
        skill: every plan solved over this set asks again)."""
        found = said.get(uri)
        if found is None:
            found = said[uri] = frozenset(reasons_of(uri))
        return set(found)

    def reasons_of(uri: str) -> set[str]:
        reasons: set[str] = set()
        teaching, left_out = gt.teaching, excluded.get
        for c in lk.by_skill.get(uri, ()):
            cid = c.id
            why = verdict_at(cid, UNJUDGED)
            if why is UNJUDGED:
                why = judge(c)
            reason = (
                left_out(cid)
                or (None if why is None else why[1])
                or (None if cid in teaching else DETOUR if cid in gt.detoured else OFF_FOCUS)
            )
            if reason is not None:
                reasons.add(reason)
        return reasons

    targets: list[StackTarget] = []
    at = index.get
    for tid in sorted(target_ids, key=lambda t: lk.order.get(t, 0)):
        target = by_id[tid]
        parts = gt.part_ids_of(lk, tid)
        comps = tuple([(ci, e) for pid, e in parts if (ci := at(pid)) is not None])
        held_ects = sum(e for pid, e in parts if pid in held) if held else 0
        if not comps and held_ects < float(target.stack_ects_required or 0.0) - 1e-9:
            continue  # nothing to study towards it; kept when held parts alone earn it
        targets.append(
            StackTarget(
                target,
                float(target.stack_ects_required or 0.0),
                held_ects,
                comps,
                gt.covers_of_target(target),
            )
        )

    grouped: dict[int, list[int]] = {}
    for k, stack in enumerate(targets):
        for i, _ in stack.components:
            grouped.setdefault(i, []).append(k)
    # tuples of ints: untracked by the collector after their first young collection, so the hundreds of
    # them a candidate set holds are not promoted to the oldest generation (session 11)
    target_of = {i: tuple(ks) for i, ks in grouped.items()}
    forced: set[int] = set()
    for cid in pinned:
        if cid in index:
            forced |= closures[index[cid]]
    cost_of, hours_of = lk.cost_of, lk.hours_of
    return Candidates(
        profile=profile,
        gap=gap,
        window=window,
        forbidden=forbidden,
        cands=cands,
        skills=[g.uri for g in gap.skills],
        covers=covers,
        prereqs=prereqs,
        hours=[hours_of[cid] for cid in index],
        cost_eur=[float(cost_of[cid] or 0.0) for cid in index],
        targets=targets,
        forced=forced,
        excluded=excluded,
        unknown_price={cid for cid in index if cost_of[cid] is None},
        estimated=lk.estimates.basis,
        blocked=blocked,
        kinds=kinds,
        verdicts=verdicts,
        closures=closures,
        teachers=by_skill,
        target_of=target_of,
        bundle_covers=bundle_covers(prereqs, covers, order, gt.bundle_sets),
        pruned=pruned,
        prune_limit=limit,
        bridged=frozenset(bridged),
    )


def _pool(
    seeds: list[Credential],
    lk: CatalogueLookup,
    held: frozenset[str],
    skill_steps: SkillProviders,
    ok: Callable[[Credential], bool],
    excluded: dict[str, str],
    bridges: Bridges | None = None,
    bridged: set[str] | None = None,
) -> dict[str, Credential]:
    """The seeds and, transitively, the prerequisites they need that the learner may take (with the steps that
    teach skills they assume), by id in catalogue order. Prerequisites the learner may not take stay
    missing. The ids of those given a bridge are added to `bridged`."""
    pool: dict[str, Credential] = {}
    by_id = lk.by_id
    while seeds:
        cred = seeds.pop()
        if cred.id in pool or cred.id in excluded:
            continue
        cred, missing = skill_steps.add_to(cred)
        if missing is not None:
            excluded[cred.id] = f"assumes {missing}, which no credential you may take teaches"
            continue
        if bridges is not None:
            own = cred
            cred, missing = bridges.add_to(cred)
            if missing is not None:
                excluded[cred.id] = missing
                continue
            if cred is not own and bridged is not None:
                bridged.add(cred.id)
        pool[cred.id] = cred
        for p in cred.prerequisites:
            pre = by_id.get(p)
            if p not in held and pre is not None and pre.stack_ects_required is None and ok(pre):
                seeds.append(pre)
    return {
        cid: pool[cid] for cid in sorted(pool, key=lk.order.__getitem__)
    }  # reasons independent of set order


def _best_stacks(gt: GapTeachers, lk: CatalogueLookup, k: int, judge) -> list[Credential]:
    """When teachers are pruned, stack targets are too: per gap skill, the `k` eligible targets teaching it
    that are cheapest to earn (`CatalogueLookup.earn_value`); their parts would otherwise all be
    candidates."""
    kept: dict[str, Credential] = {}
    for targets in gt.stacks_by_skill(lk).values():
        seen = 0
        for c in targets:
            if seen >= k:
                break
            if judge(c) is None:
                kept[c.id] = c
                seen += 1
    return [c for c in gt.stacks if c.id in kept]


def _many_eligible(ranked: Sequence[Credential], judge, limit: int) -> bool:
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
    for uri in gt.ranked_by_skill:
        seen = 0
        for c, times in gt.teachers_of(uri):
            if seen >= k:
                break
            if ok(c):
                kept[c.id] = c
                seen += times
    return list(kept.values())
