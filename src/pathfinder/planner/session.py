"""The planning session: plans for one gap over one catalogue, reusing candidate sets and plans across
strategies and relaxations; assembles each plan into an explained `Pathway`. Pure domain code: no I/O.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import cached_property

from pathfinder.domain import Credential, LearnerProfile, Pathway, Step, Totals, UncoveredSkill
from pathfinder.planner.gaps import Gap
from pathfinder.planner.candidates import (
    Candidates, GapTeachers, build_candidates, gap_teachers, reachable_skills, serves,
)
from pathfinder.planner.instance import (
    CatalogueLookup, Instance, from_eur, instance_for, StackTarget, earned_targets, time_budget_hours,
)
from pathfinder.planner.relaxation import EPS, find_relaxations
from pathfinder.planner.schedule import schedule
from pathfinder.planner.selection import solve_exact, solve_greedy

EXACT_LIMIT = 300  # candidates up to which the MILP is used
DEFAULT_HOURS_PER_WEEK = 5.0


class PlanningSession:
    """Plans for one gap over one catalogue, remembering candidate sets and plans so that the relaxation
    search (and other strategies) re-solve over the candidates already built instead of rebuilding them."""

    def __init__(self, gap: Gap, credentials: Sequence[Credential], *, today: date | None = None,
                 exact_limit: int = EXACT_LIMIT) -> None:
        self.gap = gap
        self.lookup = CatalogueLookup.of(credentials)
        self.today = today or date.today()
        self.exact_limit = exact_limit
        self._candidates: list[Candidates] = []
        self._plans: dict[tuple, Pathway] = {}
        self._outcomes: dict[tuple, Pathway] = {}  # unexplained plans of the relaxation search
        self.builds = 0  # candidate sets built (for tests and benchmarks)

    def candidates(self, profile: LearnerProfile, forbidden: frozenset[str] = frozenset()) -> Candidates:
        """A candidate set built for `profile`, or an earlier one that is provably the same (`serves`)."""
        for cands in self._candidates:
            if serves(cands, profile, self.today, forbidden):
                return cands
        self.builds += 1
        reuse = next((c for c in reversed(self._candidates) if c.forbidden <= forbidden), None)
        cands = build_candidates(profile, self.gap, self.lookup, today=self.today, forbidden=forbidden,
                                 teachers=self.teachers, reuse=reuse)
        self._candidates.append(cands)
        return cands

    @cached_property
    def teachers(self) -> GapTeachers:
        return gap_teachers(self.gap, self.lookup)

    def plan(self, profile: LearnerProfile, strategy: str = "balanced") -> Pathway:
        """The pathway for `strategy` under the profile's constraints (no relaxations)."""
        c = profile.constraints
        first = self.candidates(profile)
        key = (id(first), strategy, time_budget_hours(profile, self.today), c.hours_per_week, c.deadline,
               c.budget, c.currency)
        if key not in self._plans:
            self._plans[key] = self._solve(profile, strategy, first)
        return self._plans[key]

    def outcome(self, profile: LearnerProfile, strategy: str = "balanced") -> Pathway:
        """`plan`'s steps, totals and uncovered skills without the explanations (step reasons, why each skill is
        uncovered): all the relaxation search reads of a relaxed plan. The explained plan when there is one."""
        c = profile.constraints
        first = self.candidates(profile)
        key = (id(first), strategy, time_budget_hours(profile, self.today), c.hours_per_week, c.deadline,
               c.budget, c.currency)
        if key in self._plans:
            return self._plans[key]
        if key not in self._outcomes:
            self._outcomes[key] = self._solve(profile, strategy, first, explain=False)
        return self._outcomes[key]

    def plan_with_relaxations(self, profile: LearnerProfile, strategy: str = "balanced") -> Pathway:
        """`plan`, plus the smallest constraint changes that would cover more essential skills."""
        pathway = self.plan(profile, strategy)
        relaxations = find_relaxations(profile, self.gap, self.lookup, pathway, self.outcome, self.today,
                                       self.may_cover_more)
        return pathway.model_copy(update={"relaxations": relaxations})

    def may_cover_more(self, profile: LearnerProfile, before: float) -> bool:
        """False when no plan for `profile` can cover more than `before` of the essential skills, so a relaxation
        to `profile` need not be solved. Asks first what the skills' teachers allow (no candidate set built),
        then, if that leaves hope, `coverage_bound` (which builds the set the re-plan would use anyway)."""
        if not any(serves(c, profile, self.today, frozenset()) for c in self._candidates):
            base = next((c for c in self._candidates if not c.forbidden), None)
            essential = [g.uri for g in self.gap.essential]
            reachable = None if base is None else reachable_skills(base, profile, self.today, self.lookup, essential)
            if reachable is not None and self._essential_share(reachable) <= before + EPS:
                return False
        return self.coverage_bound(profile) > before + EPS

    def coverage_bound(self, profile: LearnerProfile) -> float:
        """Essential coverage if every candidate could be taken (no budget or time limit): no plan for
        `profile` does better."""
        cands = self.candidates(profile)
        covered = {cands.skills[j] for cov in cands.covers for j in cov}
        covered |= {cands.skills[j] for t in cands.targets for j in t.covers}
        return self._essential_share(covered)

    def _essential_share(self, covered: set[str]) -> float:
        total = sum(g.weight for g in self.gap.essential)
        return 1.0 if total == 0 else sum(g.weight for g in self.gap.essential if g.uri in covered) / total

    def _solve(self, profile: LearnerProfile, strategy: str, cands: Candidates, explain: bool = True) -> Pathway:
        c = profile.constraints
        hpw = c.hours_per_week or DEFAULT_HOURS_PER_WEEK
        _, weeks_limit = time_budget_hours(profile, self.today)
        forbidden: frozenset[str] = frozenset()
        notes: list[str] = []
        for _attempt in range(6):
            inst = instance_for(cands, profile, self.gap, strategy, self.today)
            solver = "exact" if inst.n <= self.exact_limit else "heuristic"
            chosen = solve_exact(inst) if solver == "exact" else None
            if chosen is None:
                solver, chosen = "heuristic", solve_greedy(inst)
            picked = [inst.cands[i] for i in sorted(chosen)]
            slots, notes, conflicts = schedule(picked, hpw, self.today, c.deadline)
            late = [s for s in slots if weeks_limit is not None and s.end_week > weeks_limit
                    and s.credential.delivery == "dated" and s.credential.id not in profile.preferences.pinned]
            drop = {cid for cid in conflicts if cid not in profile.preferences.pinned}
            if late:
                drop.add(max(late, key=lambda s: s.end_week).credential.id)
            if not drop:
                break
            forbidden |= drop
            cands = self.candidates(profile, forbidden)
        if c.hours_per_week is None:
            notes.append(f"No hours per week given; scheduled at {DEFAULT_HOURS_PER_WEEK:g} h/week.")
        return _assemble(profile, self.gap, inst, chosen, slots, strategy, solver, notes + inst.notes, explain)


def _assemble(profile: LearnerProfile, gap: Gap, inst: Instance, chosen: set[int], slots, strategy: str,
              solver: str, notes: list[str], explain: bool = True) -> Pathway:
    """The `Pathway` of a selection; without `explain`, steps carry no reasons and uncovered skills no reason."""
    currency = profile.constraints.currency
    index = {inst.cands[i].id: i for i in chosen}  # the steps' candidate indices
    earned = earned_targets(inst, chosen)
    earned_ids = {id(t) for t in earned}
    covered = {inst.skills[j] for i in chosen for j in inst.covers[i]}
    for t in earned:
        covered |= {inst.skills[j] for j in t.covers}
    label = {g.uri: g.label for g in gap.skills}
    dependants: dict[str, list[str]] = {}
    for s in slots:
        for p in s.credential.prerequisites:
            dependants.setdefault(p, []).append(s.credential.title)
    steps: list[Step] = []
    for s in slots:
        cred = s.credential
        taught = cred.skill_uris
        covers = tuple(g.uri for g in gap.skills if g.uri in taught)
        reasons: list[str] = []
        if covers and explain:
            reasons.append("covers " + ", ".join(label[u] for u in covers))
        if cred.id in dependants and explain:
            reasons.append("prerequisite of " + ", ".join(dependants[cred.id]))
        for t in _targets_of(inst, index[cred.id]) if explain else ():
            verb = "stacks into" if id(t) in earned_ids else "counts towards"
            reasons.append(f"{verb} {t.credential.title}")
        if cred.id in profile.preferences.pinned:
            reasons.append("pinned by you or your advisor")
        if cred.id in inst.unknown_price:
            reasons.append("price unknown; check with the provider")
        steps.append(Step(
            id=cred.id, title=cred.title, url=cred.url, covers=covers, reasons=tuple(reasons),
            start_week=s.start_week, end_week=s.end_week, hours=round(float(cred.hours or 0.0), 1),
            ects=float(cred.ects or 0.0), cost=from_eur(inst.cost_eur[index[cred.id]], currency),
        ))
    totals = Totals(
        hours=round(sum(s.hours for s in steps), 1), ects=sum(s.ects for s in steps),
        cost=round(sum(s.cost for s in steps), 2), currency=currency, weeks=max((s.end_week for s in steps), default=0),
    )
    fits = _FitsAlone(inst, chosen)
    uncovered = tuple(
        UncoveredSkill(uri=g.uri, label=g.label, reason=_why_uncovered(g, gap, inst, fits, strategy) if explain else "")
        for g in gap.skills if g.uri not in covered
    )
    total_w = gap.total_weight
    coverage = 1.0 if total_w == 0 else sum(g.weight for g in gap.skills if g.uri in covered) / total_w
    return Pathway(
        goal_label=gap.goal_label, strategy=strategy, solver=solver, steps=tuple(steps), totals=totals,
        stacks_earned=tuple(t.credential.id for t in earned), uncovered=uncovered,
        coverage=min(1.0, round(coverage, 6)), notes=tuple(notes),
    )


def _targets_of(inst: Instance, i: int) -> list[StackTarget]:
    """The stack targets candidate `i` counts towards, in `inst.targets` order."""
    if inst.target_of is not None:
        return [inst.targets[k] for k in sorted(set(inst.target_of.get(i, ())))]
    return [t for t in inst.targets if any(i == c for c, _ in t.components)]


class _FitsAlone:
    """Whether adding candidate `i` (with what it needs first) to the chosen steps stays within the budget and
    within the hours: (cost ok, time ok), worked out once per candidate for all the uncovered skills it teaches."""

    def __init__(self, inst: Instance, chosen: set[int]) -> None:
        self.inst, self.chosen, self.known = inst, chosen, {}
        self.used_h = sum(inst.hours[x] for x in chosen)
        self.used_c = sum(inst.cost_eur[x] for x in chosen)
        self.max_h = float("inf") if inst.max_hours is None else inst.max_hours + 1e-6
        self.max_c = float("inf") if inst.max_cost_eur is None else inst.max_cost_eur + 1e-6
        self.skill_at = {u: j for j, u in enumerate(inst.skills)}

    def __call__(self, i: int) -> tuple[bool, bool]:
        found = self.known.get(i)
        if found is None:
            inst = self.inst
            extra = inst.closure(i) - self.chosen
            found = (self.used_c + sum(inst.cost_eur[x] for x in extra) <= self.max_c,
                     self.used_h + sum(inst.hours[x] for x in extra) <= self.max_h)
            self.known[i] = found
        return found


def _why_uncovered(g, gap: Gap, inst: Instance, fits: _FitsAlone, strategy: str) -> str:
    if g.uri in gap.untaught:
        return "no credential in the catalogue teaches it"
    teachers = inst.teachers_of(fits.skill_at[g.uri])
    if not teachers:
        reasons = sorted(inst.blocked(g.uri))
        if not reasons:
            return "no credential you may take teaches it"
        return "taught only by credentials you cannot take: " + "; ".join(reasons[:3])
    over_budget = over_time = True
    for i in teachers:
        cost_ok, time_ok = fits(i)
        over_budget &= not cost_ok
        over_time &= not time_ok
        if cost_ok and time_ok:
            break
    if over_budget and over_time:
        return "over budget, and does not fit in your hours before the deadline either"
    if over_budget:
        return "over budget"
    if over_time:
        return "does not fit in your hours before the deadline"
    if not g.essential and strategy != "most-complete":
        return f"optional; left out to keep the plan short ('{strategy}' strategy)"
    return "left out to fit your budget and time together"
