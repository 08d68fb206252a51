"""The pathway planner: from a gap and a catalogue to an ordered, scheduled, explained `Pathway`.

`plan_pathway` builds the instance (`instance.py`), selects credentials exactly (MILP, `selection.py`)
when the candidates are few and greedily otherwise, orders and schedules them (`schedule.py`), explains
every step and every uncovered skill, and proposes relaxations when constraints bind (`relaxation.py`).
Pure domain code: no I/O.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from functools import cached_property

from pathfinder.domain import (
    CoverageReport, Credential, LearnerProfile, Pathway, Relaxation, Step, Totals, UncoveredGroup, UncoveredSkill,
)
from pathfinder.gaps import Gap, study_languages
from pathfinder.planner.candidates import (
    Candidates, GapTeachers, build_candidates, gap_teachers, reachable_skills, serves,
)
from pathfinder.planner.instance import (
    DEFAULT_HOURS_PER_WEEK, STRATEGIES, CatalogueLookup, Instance, check_strategy, from_eur, instance_for, StackTarget, earned_targets, time_budget_hours,
)
from pathfinder.planner.relaxation import EPS, essential_coverage, find_relaxations
from pathfinder.planner.schedule import order_by_prerequisites, schedule
from pathfinder.planner.stacks import certificate_totals, earned_stack
from pathfinder.planner.selection import solve_greedy, solve_milp

__all__ = ["STRATEGIES", "CatalogueLookup", "PlanningSession", "essential_coverage", "order_by_prerequisites",
           "certificate_totals", "plan_alternatives", "plan_pathway", "schedule", "with_conversation_language"]

EXACT_LIMIT = 300  # candidates up to which the MILP is used
MAX_ATTEMPTS = 8  # re-solves after leaving out steps the schedule cannot place within the dates and hours
LONG_PLAN_WEEKS = 104  # with no deadline, a plan longer than two years is flagged
ALTERNATIVES = ("fastest", "cheapest", "most-complete")


def plan_pathway(
    profile: LearnerProfile,
    gap: Gap,
    credentials: Sequence[Credential],
    strategy: str = "balanced",
    *,
    today: date | None = None,
    exact_limit: int = EXACT_LIMIT,
    relax: bool = True,
    language: str | None = None,
) -> Pathway:
    """The best pathway for `strategy` that fits the profile's constraints, with relaxations when it falls short.
    `language` (the conversation's) limits the plan's languages when the profile names none."""
    check_strategy(strategy)
    session = PlanningSession(gap, credentials, today=today, exact_limit=exact_limit, language=language)
    return session.plan_with_relaxations(profile, strategy) if relax else session.plan(profile, strategy)


def plan_alternatives(
    profile: LearnerProfile, gap: Gap, credentials: Sequence[Credential], *, today: date | None = None,
    exact_limit: int = EXACT_LIMIT, language: str | None = None,
) -> dict[str, Pathway]:
    """The fastest, cheapest and most complete pathways, keyed by strategy."""
    session = PlanningSession(gap, credentials, today=today, exact_limit=exact_limit, language=language)
    return {s: session.plan_with_relaxations(profile, s) for s in ALTERNATIVES}


class PlanningSession:
    """Plans for one gap over one catalogue, remembering candidate sets and plans so that the relaxation
    search (and other strategies) re-solve over the candidates already built instead of rebuilding them."""

    def __init__(self, gap: Gap, credentials: Sequence[Credential], *, today: date | None = None,
                 exact_limit: int = EXACT_LIMIT, language: str | None = None) -> None:
        self.gap = gap
        self.language = language
        self.lookup = CatalogueLookup.of(credentials)
        self.today = today or date.today()
        self.exact_limit = exact_limit
        self._candidates: list[Candidates] = []
        self._plans: dict[tuple, Pathway] = {}
        self._outcomes: dict[tuple, Pathway] = {}  # unexplained plans of the relaxation search
        self._overloaded: dict[tuple, dict[str, tuple[str, int]]] = {}  # plan key -> dated steps left out for load
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
        profile = with_conversation_language(profile, self.language)
        key = self._key(profile, strategy)
        if key not in self._plans:
            pathway = self._solve(profile, strategy, self.candidates(profile), key=key)
            if strategy in ORDERED:
                pathway = _no_worse_than(pathway, self.plan(profile, "balanced"), strategy, self.gap)
            self._plans[key] = pathway
        return self._plans[key]

    def _key(self, profile: LearnerProfile, strategy: str) -> tuple:
        c = profile.constraints
        return (id(self.candidates(profile)), strategy, time_budget_hours(profile, self.today), c.hours_per_week,
                c.deadline, c.budget, c.currency)

    def outcome(self, profile: LearnerProfile, strategy: str = "balanced") -> Pathway:
        """`plan`'s steps, totals and uncovered skills without the explanations (step reasons, why each skill is
        uncovered): all the relaxation search reads of a relaxed plan. The explained plan when there is one."""
        profile = with_conversation_language(profile, self.language)
        key = self._key(profile, strategy)
        if key in self._plans:
            return self._plans[key]
        if key not in self._outcomes:
            self._outcomes[key] = self._solve(profile, strategy, self.candidates(profile), explain=False, key=key)
        return self._outcomes[key]

    def plan_with_relaxations(self, profile: LearnerProfile, strategy: str = "balanced") -> Pathway:
        """`plan`, plus the smallest constraint changes that would cover more essential skills."""
        profile = with_conversation_language(profile, self.language)
        pathway = self.plan(profile, strategy)
        relaxations = find_relaxations(profile, self.gap, self.lookup, pathway, self.outcome, self.today,
                                       self.may_cover_more)
        relaxations += tuple(r for r in self._load_relaxations(profile, strategy, pathway)
                             if (r.constraint, r.needed) not in {(x.constraint, x.needed) for x in relaxations})
        update: dict[str, object] = {"relaxations": relaxations}
        if (long := self._long_plan_note(profile, strategy, pathway)) is not None:
            update["notes"] = pathway.notes + (long,)
        return pathway.model_copy(update=update)

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

    def _solve(self, profile: LearnerProfile, strategy: str, cands: Candidates, explain: bool = True,
               key: tuple | None = None) -> Pathway:
        c = profile.constraints
        hpw = c.hours_per_week or DEFAULT_HOURS_PER_WEEK
        _, weeks_limit = time_budget_hours(profile, self.today)
        pinned = set(profile.preferences.pinned)
        forbidden: frozenset[str] = frozenset()
        notes: list[str] = []
        overloaded: dict[str, tuple[str, int]] = {}  # dated credential left out -> (title, h/week its session needs)
        for _attempt in range(MAX_ATTEMPTS):
            inst = instance_for(cands, profile, self.gap, strategy, self.today)
            solver = "exact" if inst.n <= self.exact_limit else "heuristic"
            chosen, optimal = solve_milp(inst) if solver == "exact" else (None, False)
            if not optimal:  # a first-stage answer (stage two failed or timed out) only seeds the heuristic
                solver, chosen = "heuristic", solve_greedy(inst, chosen)
            # lower levels first among steps that are ready (the first steps sit at or near the learner's level)
            picked = [inst.cands[i] for i in sorted(chosen, key=lambda i: (inst.cands[i].eqf_level or 0, i))]
            hours_of = {inst.cands[i].id: inst.hours[i] for i in chosen}
            slots, notes, conflicts = schedule(picked, hpw, self.today, c.deadline, hours_of)
            drop = {cid for cid in conflicts if cid not in pinned}
            if c.hours_per_week is not None:  # a dated session needs at most the learner's hours a week
                for sl in slots:
                    cid = sl.credential.id
                    need = math.ceil(hours_of[cid] / (sl.end_week - sl.start_week + 1) - 1e-9)
                    if sl.credential.delivery == "dated" and cid not in pinned and need > c.hours_per_week:
                        drop.add(cid)
                        overloaded[cid] = (sl.credential.title, need)
            late = [sl for sl in slots if weeks_limit is not None and sl.end_week > weeks_limit
                    and sl.credential.id not in pinned]
            if late and not drop:  # past the deadline (self-paced study pauses during sessions): the last one goes
                drop.add(max(late, key=lambda sl: (sl.end_week, sl.credential.delivery == "dated")).credential.id)
            if not drop:
                break
            forbidden |= drop
            cands = self.candidates(profile, forbidden)
        else:
            notes.append("This plan could not be fitted to your dates in full; check the weeks of each step.")
        for title, need in overloaded.values():
            notes.append(f"{title} is left out: its session needs about {need} h/week, more than your "
                         f"{c.hours_per_week:g}.")
        if key is not None and overloaded:
            self._overloaded[key] = overloaded
        if c.hours_per_week is None:
            notes.append(f"No hours per week given; scheduled at {DEFAULT_HOURS_PER_WEEK:g} h/week.")
        return _assemble(profile, self.gap, inst, chosen, slots, strategy, solver, notes + inst.notes, explain)

    def _load_relaxations(self, profile: LearnerProfile, strategy: str, pathway: Pathway) -> tuple[Relaxation, ...]:
        """'With N h/week you could take X': for dated sessions left out because they need more hours a week
        than the learner has, each checked to cover more essential skills when applied."""
        c = profile.constraints
        found: list[Relaxation] = []
        before = essential_coverage(pathway, self.gap)
        for cid, (title, need) in self._overloaded.get(self._key(profile, strategy), {}).items():
            if need > 80 or before >= 1 - EPS:
                continue
            relaxed = profile.model_copy(update={"constraints": c.model_copy(update={"hours_per_week": float(need)})})
            after = essential_coverage(self.outcome(relaxed, strategy), self.gap)
            if after > before + EPS:
                found.append(Relaxation(
                    constraint="hours_per_week", current=c.hours_per_week, needed=float(need),
                    message=f"With {need} h/week instead of {c.hours_per_week:g} you could take {title} "
                            f"(a dated session); that plan covers more essential skills."))
        return tuple(found)

    def _long_plan_note(self, profile: LearnerProfile, strategy: str, pathway: Pathway) -> str | None:
        """With no deadline, a plan over two years is flagged with the fastest alternative beside it."""
        c = profile.constraints
        if c.deadline is not None or c.weeks is not None or pathway.totals.weeks <= LONG_PLAN_WEEKS:
            return None
        text = f"This plan takes {pathway.totals.weeks} weeks, over two years"
        if strategy != "fastest":
            fast = self.plan(profile, "fastest")
            if fast.totals.weeks < pathway.totals.weeks:
                text += (f"; the fastest plan takes {fast.totals.weeks} weeks ({fast.totals.hours:g} h, "
                         f"{len(fast.steps)} steps, {round(100 * fast.coverage)}% of the gap)")
        return text + ". Consider more hours a week or a narrower goal."


ORDERED = {"fastest": lambda t: (t.hours, t.cost), "cheapest": lambda t: (t.cost, t.hours)}


def _no_worse_than(own: Pathway, balanced: Pathway, strategy: str, gap: Gap) -> Pathway:
    """A strategy optimises what it says: the fastest plan is never slower, the cheapest never dearer than the
    balanced one. Both maximise essential coverage first, so with the exact solver this holds by itself; the
    heuristic can miss it, and then the balanced plan (covering at least as much) is the better answer."""
    if essential_coverage(balanced, gap) + EPS >= essential_coverage(own, gap) and \
            ORDERED[strategy](balanced.totals) < ORDERED[strategy](own.totals):
        return balanced.model_copy(update={"strategy": strategy, "relaxations": ()})
    return own


def with_conversation_language(profile: LearnerProfile, language: str | None) -> LearnerProfile:
    """The profile limited to the conversation's `language` when it names no language the learner studies in
    (`gaps.study_languages`): another language then comes only as a relaxation the learner accepts."""
    if not language or study_languages(profile):
        return profile
    return profile.model_copy(update={"languages": (language.lower(),)})


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
        taught = {ref.uri: ref for ref in cred.skills if ref.counts}  # a weak inferred skill qualifies nothing
        covers = tuple(g.uri for g in gap.skills if g.uri in taught)
        reasons: list[str] = []
        evidence: tuple[str, ...] = ()
        if covers and explain:
            reasons.append("covers " + ", ".join(label[u] for u in covers))
            evidence = tuple(f"{label[u]}: {taught[u].evidence}" for u in covers)
        if cred.id in dependants and explain:
            reasons.append("prerequisite of " + ", ".join(dependants[cred.id]))
        for t in _targets_of(inst, index[cred.id]) if explain else ():
            verb = "stacks into" if id(t) in earned_ids else "counts towards"
            reasons.append(f"{verb} {t.credential.title}")
        if cred.id in profile.preferences.pinned:
            reasons.append("pinned by you or your advisor")
        k = index[cred.id]
        if cred.id in inst.unknown_price:
            reasons.append("price unknown; check with the provider")
        steps.append(Step(
            id=cred.id, title=cred.title, url=cred.url, covers=covers, reasons=tuple(reasons),
            start_week=s.start_week, end_week=s.end_week, hours=round(inst.hours[k], 1),
            ects=float(cred.ects or 0.0), cost=from_eur(0.0 if cred.id in inst.unknown_price else inst.cost_eur[k],
                                                        currency),
            estimated=inst.estimated.get(cred.id, ()), evidence=evidence,
        ))
    totals = Totals(
        hours=round(sum(s.hours for s in steps), 1), ects=sum(s.ects for s in steps),
        cost=round(sum(s.cost for s in steps), 2), currency=currency, weeks=max((s.end_week for s in steps), default=0),
    )
    guessed = [s for s in steps if s.estimated]
    if guessed:
        notes = list(notes) + [f"{len(guessed)} step(s) have an estimated workload or price (the catalogue does not "
                               "state it); each step says on what basis."]
    fits = _FitsAlone(inst, chosen)
    uncovered = tuple(
        UncoveredSkill(uri=g.uri, label=g.label, reason=_why_uncovered(g, gap, inst, fits, strategy) if explain else "")
        for g in gap.skills if g.uri not in covered
    )
    report, groups = _coverage_report(gap, covered, uncovered) if explain else (CoverageReport(), ())
    stacks = []
    for t in earned:
        mine = [i for i, _ in t.components if i in chosen]
        stacks.append(earned_stack(t.credential, [inst.cands[i] for i in mine], [inst.hours[i] for i in mine],
                                   [None if inst.cands[i].id in inst.unknown_price else inst.cost_eur[i] for i in mine]))
    total_w = gap.total_weight
    coverage = 1.0 if total_w == 0 else sum(g.weight for g in gap.skills if g.uri in covered) / total_w
    return Pathway(
        goal_label=gap.goal_label, strategy=strategy, solver=solver, steps=tuple(steps), totals=totals,
        stacks_earned=tuple(t.credential.id for t in earned), uncovered=uncovered,
        coverage=min(1.0, round(coverage, 6)), notes=tuple(notes), report=report, uncovered_groups=groups,
        stacks=tuple(stacks),
    )


GROUP_LABELS = 5  # skill labels named per group of uncovered skills


def _coverage_report(gap: Gap, covered: set[str], uncovered) -> tuple[CoverageReport, tuple[UncoveredGroup, ...]]:
    """Counts of covered essential/optional skills the catalogue teaches and of untaught ones; the uncovered
    skills grouped by reason (essential first, larger groups first), optional untaught ones as one group."""
    untaught = set(gap.untaught)
    ess = [g for g in gap.skills if g.essential]
    opt = [g for g in gap.skills if not g.essential]
    report = CoverageReport(
        essential_teachable=sum(g.uri not in untaught for g in ess),
        essential_covered=sum(g.uri in covered and g.uri not in untaught for g in ess),
        essential_untaught=sum(g.uri in untaught for g in ess),
        optional_teachable=sum(g.uri not in untaught for g in opt),
        optional_covered=sum(g.uri in covered and g.uri not in untaught for g in opt),
        optional_untaught=sum(g.uri in untaught for g in opt))
    essential = {g.uri for g in ess}
    grouped: dict[tuple[bool, str], list[str]] = {}
    for u in uncovered:
        is_ess = u.uri in essential
        reason = u.reason if is_ess or u.uri not in untaught else "optional; nothing in the catalogue teaches it"
        grouped.setdefault((is_ess, reason), []).append(u.label)
    groups = [UncoveredGroup(reason=r, essential=e, count=len(v), labels=tuple(sorted(v)[:GROUP_LABELS]))
              for (e, r), v in grouped.items()]
    groups.sort(key=lambda g: (not g.essential, -g.count, g.reason))
    return report, tuple(groups)


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
    j = fits.skill_at[g.uri]
    teachers = inst.teachers_of(j)
    via = [t.credential.title for t in inst.targets if j in t.covers]
    if not teachers and via:
        limited = inst.max_hours is not None or inst.max_cost_eur is not None
        return (f"taught only through {', '.join(via[:2])} (earned by stacking its parts), "
                + ("which does not fit your limits" if limited else "which this plan leaves out"))
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
