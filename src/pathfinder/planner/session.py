"""The planning session: plans for one gap over one catalogue, reusing candidate sets and plans across
strategies and relaxations; the learner's languages, load and time rules applied around the solver.
Each plan is assembled into an explained `Pathway` by `explain.py`. Pure domain code: no I/O.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import suppress
from datetime import date
from functools import cached_property, partial
from itertools import chain, islice, takewhile

from pathfinder.domain import Credential, LearnerProfile, Pathway, Relaxation
from pathfinder.domain.pathways import counted
from pathfinder.planner.candidates import (
    Candidates,
    GapTeachers,
    build_candidates,
    gap_teachers,
    level_check,
    reachable_skills,
    relaxed_kinds,
    serves,
    verdict_of,
    with_pin,
)
from pathfinder.planner.chains import chain_note, costly_chain, costly_twins, with_chain_reasons
from pathfinder.planner.copies import without_dearer_copies
from pathfinder.planner.core import (
    KEEP_SHARE,
    MAX_SLIP_SHARE,
    SLIP_SHARE,
    closure_totals,
    core_changes,
    core_covered,
    core_notes,
    core_offered_notes,
    core_reason,
    core_teachers,
    core_without_session,
    effort,
    effort_scale,
    first_step_reason,
    goal_course_candidates,
    goal_course_out,
    goal_course_ranking,
    goal_course_slips,
    goal_courses_in,
    goal_labels,
    goal_reason,
    missing_core,
    names_goal,
    over_limits,
    plan_eur,
    roundabout,
    slips,
    within_limits,
)
from pathfinder.planner.core_proposal import asks, core_courses, core_first, core_single_change
from pathfinder.planner.empty import (
    LEVEL_WORDING,
    empty_plan_note,
    far_first,
    first_proposal,
    nearest_in_languages,
    preview_note,
    unscheduled_courses,
)
from pathfinder.planner.entry import entry_in_language
from pathfinder.planner.entry_steps import other_subjects
from pathfinder.planner.explain import PINNED, assemble
from pathfinder.planner.foundation import (
    FIRST_LEVEL,
    basics_taught,
    foundation_note,
    foundation_ranking,
    foundation_reason,
    newcomer,
)
from pathfinder.planner.foundation import KEEP_SHARE as FOUNDATION_KEEP
from pathfinder.planner.foundation import TRIED as FOUNDATION_TRIED
from pathfinder.planner.free_first import (
    citizen_above,
    digital_start,
    far_above,
    free_note,
    free_reason,
    free_start,
    language_note,
    language_reason,
    language_start,
    on_subject_start,
    out_of_reach,
    specialist_newcomer,
    stated_free,
)
from pathfinder.planner.gaps import Gap, study_languages, with_conversation_language
from pathfinder.planner.instance import (
    DEFAULT_HOURS_PER_WEEK,
    CatalogueLookup,
    Instance,
    budget_eur,
    essential_count_bound,
    essential_share_bound,
    instance_for,
    time_budget_hours,
    window_of,
)
from pathfinder.planner.load import KIND as LOAD
from pathfinder.planner.load import overload
from pathfinder.planner.named_basics import merged, named_basics
from pathfinder.planner.offered import at_level, may_offer_level, offered_level_note
from pathfinder.planner.own_language import own_in_language
from pathfinder.planner.relax_base import MAX_SESSION_HOURS, with_constraints
from pathfinder.planner.relax_first_step import is_first_step
from pathfinder.planner.relax_languages import PREFERRED_LANGUAGE
from pathfinder.planner.relaxation import EPS, essential_coverage, find_relaxations, structured
from pathfinder.planner.schedule import schedule
from pathfinder.planner.selection import (
    FirstStages,
    Optima,
    SolveMemo,
    most_coverage,
    solve_greedy,
    solve_milp,
)
from pathfinder.planner.step_order import step_order_key
from pathfinder.planner.use_time import STRATEGIES as USE_TIME_STRATEGIES
from pathfinder.planner.use_time import more_of_goal, time_left_note

# core teachers too big alone for a limit whose plans `_core_one_change` sizes a change for (a solve each,
# only for a plan without the core)
TOO_BIG_TRIED = 2
HOURS_RETRIED = 2  # ... and the hours a week it proposes tried up to this many hours above the first figure

__all__ = ["DEFAULT_HOURS_PER_WEEK", "EXACT_LIMIT", "PlanningSession", "with_conversation_language"]

# `assemble`'s arguments but `explain`: (profile, gap, instance, chosen, slots, strategy, solver, notes)
_Assembly = tuple[LearnerProfile, Gap, Instance, set[int], list, str, str, list[str]]

EXACT_LIMIT = 300  # candidates up to which the MILP is used
MAX_ATTEMPTS = 8  # re-solves after leaving out steps the schedule cannot place within the dates and hours
LONG_PLAN_WEEKS = 104  # with no deadline, a plan longer than two years is flagged
GOAL_COURSES_KEPT = 4096  # goal-course rankings kept per catalogue lookup (a few hundred bytes each)


class PlanningSession:
    """Plans for one gap over one catalogue, remembering candidate sets and plans so that the relaxation
    search (and other strategies) re-solve over the candidates already built instead of rebuilding them."""

    def __init__(
        self,
        gap: Gap,
        credentials: Sequence[Credential],
        *,
        today: date | None = None,
        exact_limit: int = EXACT_LIMIT,
        language: str | None = None,
        solved: SolveMemo | None = None,
    ) -> None:
        self.gap = gap
        self.language = language
        self.lookup = CatalogueLookup.of(credentials)
        # optimal selections by model (`solve_milp`): the caller's, kept across sessions, or the catalogue
        # lookup's, shared by the sessions over it (a plan's relaxations meet the same instance again: 2 of
        # the 70 solves of the 10k bench; a plan of the same learner and goal meets all of them; session 20)
        self.solved: SolveMemo = self.lookup.solve_memo if solved is None else solved
        self.today = today or date.today()
        self.exact_limit = exact_limit
        self._candidates: list[Candidates] = []
        self._plans: dict[tuple, Pathway] = {}
        self._outcomes: dict[tuple, Pathway] = {}  # unexplained plans of the relaxation search
        self._overloaded: dict[
            tuple, dict[str, tuple[str, int]]
        ] = {}  # plan key -> dated steps left out for load
        # plan key -> the nearest plan with a core teacher, over the limits, and its title (`_solve`)
        self._core_nearest: dict[tuple, tuple[Pathway, str]] = {}
        # plan key -> the plan with the goal's course, over the limits, and the course (`_goal_course`)
        self._goal_nearest: dict[tuple, tuple[Pathway, Credential]] = {}
        # plan key -> the best core teachers too big alone for a limit: plan (planned on demand), title, id
        self._core_too_big: dict[tuple, list[tuple[Callable[[], Pathway], str, str]]] = {}
        self._goal_courses: dict[tuple[str, ...], tuple[str, ...]] = {}  # languages -> `goal_courses`
        self._reaches: dict[tuple, int | None] = {}  # `_reach`, per background
        self.builds = 0  # candidate sets built (for tests and benchmarks)
        # the optimal selections solved so far (credential ids, newest first): starts for the MILP's first
        # stage of the next instances (the relaxations' often hold the plan's selection); speed only
        self._hints: list[frozenset[str]] = []
        # optimal first-stage x's of the instances `may_cover_more` bounded: their solve, when it follows,
        # solves only the second stage; speed only (only a first stage's value is read); the lookup's, shared
        # by the sessions over it as `solved` is (session 20)
        self._first: FirstStages = self.lookup.first_stage_memo
        # the instances whose first stage was solved in this session, with its optimum: bounds on a pinned
        # re-plan's (`selection._first_stage`, session 29); speed only
        self._optima: Optima = []

    def candidates(self, profile: LearnerProfile, forbidden: frozenset[str] = frozenset()) -> Candidates:
        """A candidate set built for `profile`, or an earlier one that is provably the same (`serves`)."""
        for cands in self._candidates:
            if serves(cands, profile, self.today, forbidden):
                return cands
        if (pinned := self._with_pin(profile, forbidden)) is not None:
            self._candidates.append(pinned)
            return pinned
        self.builds += 1
        reuse = self._reusable_set(profile, forbidden)
        cands = build_candidates(
            profile,
            self.gap,
            self.lookup,
            today=self.today,
            forbidden=forbidden,
            teachers=self.teachers,
            reuse=reuse,
        )
        self._candidates.append(cands)
        return cands

    def _reusable_set(self, profile: LearnerProfile, forbidden: frozenset[str]) -> Candidates | None:
        """The built set whose verdicts `build_candidates` may keep for `profile` (`reuse`): the newest one
        with no more forbidden ids that `profile` only relaxes (`relaxed_kinds`), else the newest with no
        more forbidden ids (it then judges afresh). Before session 21 only the newest was looked at, so a
        relaxation following another ("no weeks limit" after "no budget") judged every teacher again although
        the plan's own set held their verdicts; which set is reused changes no set (its contract)."""
        fits = [c for c in reversed(self._candidates) if c.forbidden <= forbidden]
        relaxing = (c for c in fits if relaxed_kinds(c.profile, profile, self.today) is not None)
        return next(relaxing, fits[0] if fits else None)

    def _with_pin(self, profile: LearnerProfile, forbidden: frozenset[str]) -> Candidates | None:
        """For a profile with a pin (a core teacher's re-solve): the set of the profile without its last pin,
        when there is one already, with that pin added (`candidates.with_pin`); else None."""
        prefs = profile.preferences
        if not prefs.pinned:
            return None
        unpinned = profile.model_copy(
            update={"preferences": prefs.model_copy(update={"pinned": prefs.pinned[:-1]})}
        )
        base = next((c for c in self._candidates if serves(c, unpinned, self.today, forbidden)), None)
        return None if base is None else with_pin(base, profile, self.lookup)

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
        return (
            id(self.candidates(profile)),
            strategy,
            time_budget_hours(profile, self.today),
            c.hours_per_week,
            c.deadline,
            c.budget,
            c.currency,
        )

    def outcome(self, profile: LearnerProfile, strategy: str = "balanced") -> Pathway:
        """`plan`'s steps, totals and uncovered skills without the explanations (step reasons, why each skill
        is uncovered): all the relaxation search reads of a relaxed plan. The explained plan when there is
        one."""
        profile = with_conversation_language(profile, self.language)
        key = self._key(profile, strategy)
        if key in self._plans:
            return self._plans[key]
        if key not in self._outcomes:
            self._outcomes[key] = self._solve(
                profile, strategy, self.candidates(profile), explain=False, key=key
            )
        return self._outcomes[key]

    def plan_with_relaxations(
        self, profile: LearnerProfile, strategy: str = "balanced", *, core_offer: bool = True
    ) -> Pathway:
        """`plan`, plus the smallest constraint changes that would cover more essential skills; with
        `core_offer`, the plan keeping the goal's core when the limits leave it out by a little
        (`_core_offer`)."""
        own_languages = bool(study_languages(profile))  # the learner's own, not the conversation's
        profile = with_conversation_language(profile, self.language)
        if (within := self._within_two_years(profile, strategy)) is not None:
            return within
        pathway = self.plan(profile, strategy)
        if core_offer and (offer := self._core_offer(profile, strategy, pathway)) is not None:
            return offer
        if (first := self._foundation_first(profile, strategy, pathway)) is not None:
            pathway = first
        relaxations = find_relaxations(
            profile,
            self.gap,
            self.lookup,
            pathway,
            self.outcome,
            self.today,
            self.may_cover_more,
            named_languages=own_languages,
        )
        relaxations += tuple(
            r
            for r in self._load_relaxations(profile, strategy, pathway)
            if (r.constraint, r.needed) not in {(x.constraint, x.needed) for x in relaxations}
        )
        if core_offer:
            sized = self._goal_course_changes(profile, strategy, pathway)
            if len(sized) > 1:  # joint: it takes the joint search's place, never beside a single change
                # (a joint proposal is the whole list to the chat: "do that" applies every part)
                sized = () if any(not r.joint for r in relaxations) else sized
                relaxations = tuple(r for r in relaxations if not r.joint) if sized else relaxations
            relaxations = (
                *sized,
                *(
                    r
                    for r in relaxations
                    if (r.constraint, r.needed) not in {(x.constraint, x.needed) for x in sized}
                ),
            )
            one, named = self._core_one_change(profile, strategy, pathway) if not sized else ((), None)
            # an empty plan's first steps in time lead; the core's change, asking more, follows them
            lead = tuple(takewhile(is_first_step, relaxations))
            if one and (placed := core_first(one, relaxations[len(lead) :], self.today))[:1] != one[:1]:
                one, named = (), None  # it asks more than the first proposal: not proposed, not named
            elif one:  # a first step the core's change already proposes is said once, in the core's words
                said = {(r.constraint, r.needed) for r in one}
                placed = (*(r for r in lead if (r.constraint, r.needed) not in said), *placed)
            if one:
                relaxations = placed
            if named is not None:  # the notes name the core plan the proposal buys
                pathway = pathway.model_copy(update={"notes": self._core_notes_for(pathway, *named)})
        if not pathway.steps and (free := self._free_first(profile, strategy, relaxations)) is not None:
            pathway = free  # the free courses towards the goal, the paid continuation proposed (session 24)
        notes = pathway.notes
        if (long := self._long_plan_note(profile, strategy, pathway)) is not None:
            notes += (long,)
        given = profile.constraints  # the learner's own time: hours a week and weeks or a deadline, not the
        # default horizon of a plan without a deadline (its long-plan note says what more time buys)
        if (
            given.hours_per_week is not None
            and (given.weeks is not None or given.deadline is not None)
            and (
                left := time_left_note(pathway, self.gap, strategy, time_budget_hours(profile, self.today)[0])
            )
        ):  # a thin plan when nothing more exists: said, with the figures (session 21)
            notes += (left,)
        if not pathway.steps and (lifted := self._one_level_up(profile, strategy, pathway)) is not None:
            return lifted
        if not pathway.steps:
            far = far_first(relaxations, profile)
            nearest = nearest_in_languages(self.gap, self.lookup.by_id) if far else []
            notes += (empty_plan_note(pathway, relaxations, profile, nearest),)
            if (preview := self._preview(profile, strategy, relaxations)) is not None:
                notes += (preview,)
            if (now := self._foundation_now(profile)) is not None:
                notes += (now,)  # a newcomer's first course that fits now: named, not planned
        elif (
            own := own_in_language(self.gap, pathway, relaxations, self._accepting(profile, strategy))
        ) is not None:
            notes += (own,)  # the goal's own skills only in another language: shown, not applied
        readable = (*profile.languages, *study_languages(profile))
        if (entry := self._entry_note(profile, strategy, pathway, readable, relaxations)) is not None:
            notes += (entry,)  # where the goal's work starts only in another language: shown, not applied
        unscheduled = core_without_session(self.gap, pathway, self.lookup.by_skill, self.today, readable)
        unscheduled += unscheduled_courses(self.gap, pathway, self.lookup, self.today, readable)
        out = tuple(
            n
            for n in self._goal_course_out(profile, pathway)
            if not any(u[:40] == n[:40] for u in unscheduled)
        )
        # the goal's course first (an empty plan's own note, what stands in the way, stays first)
        notes = (*out, *notes, *unscheduled) if pathway.steps else (*notes, *out, *unscheduled)
        if self.gap.role_nearest and profile.current_role is not None and self.gap.role_by_skills:
            notes += (
                f"Your job, {profile.current_role.label}, is not an occupation of the taxonomy and its title "
                f"names none; the plan takes the one the skills you work with point to, "
                f"{self.gap.role_nearest}, to judge where you start. Tell me if that is wrong.",
            )
        elif self.gap.role_nearest and profile.current_role is not None:
            notes += (
                f"Your job, {profile.current_role.label}, is not an occupation of the taxonomy; the plan "
                f"takes the nearest one, {self.gap.role_nearest} (by its title and the skills you hold), "
                "to judge where you start. Tell me if that is wrong.",
            )
        return pathway.model_copy(update={"relaxations": relaxations, "notes": notes})

    def _foundation_first(self, profile: LearnerProfile, strategy: str, pathway: Pathway) -> Pathway | None:
        """A newcomer's plan with a first course at their level first (`planner/foundation.py`): when the plan
        has steps, none at a first level (`FIRST_LEVEL`), the plan with the best foundation course the learner
        may take required, kept when it keeps every limit and the plan's essential coverage
        (`FOUNDATION_KEEP`); None otherwise (the plan stays)."""
        if not pathway.steps or not newcomer(profile, self.gap):
            return None
        by_id = self.lookup.by_id
        if any(
            (by_id[s.id].eqf_level or FIRST_LEVEL + 1) <= FIRST_LEVEL for s in pathway.steps if s.id in by_id
        ):
            return None
        hours, weeks = time_budget_hours(profile, self.today)
        budget, lk = budget_eur(profile), self.lookup
        spent, paid = pathway.totals.hours, plan_eur(pathway)
        tried = chain(
            islice(self._foundation_courses(profile), FOUNDATION_TRIED), self._jump_starts(profile, pathway)
        )
        # a dearer copy of a course tried before it does no better (`planner/copies.py`, session 28)
        for course in without_dearer_copies(tried, lk.hours_of, lk.cost_of):
            # the plan is the least effort the strategy found for its coverage: with the course beside it past
            # the hours or the budget, a re-made plan keeping that coverage within them is unlikely, and not
            # solved for (each try is a whole plan: the bench's learners are all newcomers)
            if (hours is not None and spent + lk.hours_of[course.id] > hours + EPS) or (
                budget is not None and paid + (lk.cost_of[course.id] or 0.0) > budget + EPS
            ):
                continue
            prefs = profile.preferences
            required = profile.model_copy(
                update={"preferences": prefs.model_copy(update={"pinned": (*prefs.pinned, course.id)})}
            )
            found = self.plan(required, strategy)
            if course.id not in found.ids or not within_limits(found, profile, hours, weeks):
                continue
            if (
                essential_coverage(found, self.gap)
                < FOUNDATION_KEEP * essential_coverage(pathway, self.gap) - EPS
            ):
                continue
            taught = basics_taught(course, self.gap) or citizen_above(course, self.gap)
            labels = [self._skill_label(u) for u in taught]
            steps = tuple(
                s.model_copy(
                    update={
                        "reasons": tuple(foundation_reason(labels) if r == PINNED else r for r in s.reasons)
                    }
                )
                if s.id == course.id
                else s
                for s in found.steps
            )
            return found.model_copy(update={"steps": steps})
        return None

    def _jump_starts(self, profile: LearnerProfile, pathway: Pathway) -> Iterator[Credential]:
        """For a specialist newcomer (`free_first.specialist_newcomer`) whose plan starts two EQF levels or
        more above a first level (a forklift operator's IT Service Operations at EQF 5, fresh24-08: the
        review's EQF jump), the free citizen's digital-skills courses above an essential skill
        (`free_first.digital_start`, source 2 of a free first step), best first; none otherwise. Session 22
        kept such courses out of the foundations (`foundation.citizen_basics`: beside the goal's first-level
        courses they displaced them); here the plan has none and keeps all it covers."""
        by_id = self.lookup.by_id
        lowest = min((by_id[s.id].eqf_level or 0 for s in pathway.steps if s.id in by_id), default=0)
        if lowest < FIRST_LEVEL + 2 or not specialist_newcomer(profile, self.gap):
            return
        readable = (*profile.languages, *study_languages(profile))
        rejected = set(profile.preferences.rejected)
        starts = digital_start(self.gap, self.lookup.by_skill, readable, profile.held_skill_uris)
        for c in islice(starts, FOUNDATION_TRIED):
            if c.id not in rejected:
                yield c

    def _foundation_courses(self, profile: LearnerProfile) -> Iterator[Credential]:
        """The foundation courses (`foundation.foundation_courses`) the learner may take, best first, judged
        as read (a 100k catalogue holds hundreds of copies of a first course)."""
        lk = self.lookup
        courses = foundation_ranking(self.gap, lk)  # `foundation_courses` with arrays (session 22)
        if not courses:
            return
        allowed = verdict_of(profile, self.today, lk, self.gap)
        rejected = set(profile.preferences.rejected)
        held = profile.held_credential_ids
        # a first course needs nothing first (Intro to Coding with Scratch needs Digital Literacy Essentials)
        for c in courses:
            if c.id not in rejected and set(c.prerequisites) <= held and allowed(c) is None:
                yield c

    def _free_first(
        self, profile: LearnerProfile, strategy: str, relaxations: Sequence[Relaxation]
    ) -> Pathway | None:
        """An empty plan whose budget stands in the way (a budget proposal is made): the plan of the free
        courses that lead towards the goal (`free_first.py`), each step saying what follows and what it costs;
        None when there is none or it does not keep the learner's limits."""
        money = next((r for r in relaxations if r.constraint == "budget"), None)
        if money is None or profile.constraints.budget is None:
            # no course of the goal may be taken: the digital basics in the learner's language (session 28)
            return self._language_first(profile, strategy) if out_of_reach(self.gap) else None
        parts = [r for r in relaxations if r.joint] if money.joint else [money]
        wider = profile.constraints
        for r in parts:
            wider = r.applied(wider, profile.languages)
        lk = self.lookup
        continuation = self.outcome(profile.model_copy(update={"constraints": wider}), strategy)
        paid = next(
            (s for s in continuation.steps if not (s.id in lk.by_id and stated_free(lk.by_id[s.id]))), None
        )
        tries: list[list[Credential]] = []
        wanted = (*self.gap.core, *self.gap.own)
        if start := free_start(continuation, lk.by_id, wanted, profile.held_skill_uris):
            tries.append(start)
        if specialist_newcomer(profile, self.gap):
            readable = (*profile.languages, *study_languages(profile))
            starts = digital_start(self.gap, lk.by_skill, readable, profile.held_skill_uris)
            first = islice(starts, FOUNDATION_TRIED)
            tries += [[c] for c in without_dearer_copies(first, lk.hours_of, lk.cost_of)]
        if far_above(money.needed, profile.constraints.budget):
            # a free course of the goal's own subject the selection's soft rules left out (session 29)
            level = level_check(profile, lk, self.gap).start
            held, detoured = profile.held_skill_uris, self.teachers.detoured
            readable = (*profile.languages, *study_languages(profile))
            ranked = on_subject_start(self.gap, lk.by_id, level, held, detoured, readable)
            subject = islice(ranked, FOUNDATION_TRIED)
            tries += [[c] for c in without_dearer_copies(subject, lk.hours_of, lk.cost_of)]
        if kept := self._first_within_limits(profile, strategy, tries):
            found, courses = kept
            title, cost = (paid.title, paid.cost) if paid is not None else (None, 0.0)
            currency = found.totals.currency
            note = free_note([c.title for c in courses], title, cost, currency)
            return _led_by(found, courses, free_reason(title, cost, currency), note)
        return self._language_first(profile, strategy) if out_of_reach(self.gap) else None

    def _language_first(self, profile: LearnerProfile, strategy: str) -> Pathway | None:
        """A specialist newcomer whom nothing they may take brings towards the goal
        (`free_first.out_of_reach`: a French-only retail assistant aiming at web developer, fresh27-06)
        starts with a free citizen's digital-skills course in their own language
        (`free_first.language_start`), pinned and planned within their limits; the proposals (another
        language, mostly) stay. None when there is none or the learner is no newcomer."""
        if not specialist_newcomer(profile, self.gap):
            return None
        lk = self.lookup
        firsts = (c for found in lk.first_level_teachers.values() for c in found)
        starts = islice(
            language_start(firsts, study_languages(profile), profile.held_skill_uris), FOUNDATION_TRIED
        )
        # one solve per course, not per copy of it
        tries = ([c] for c in without_dearer_copies(starts, lk.hours_of, lk.cost_of))
        if kept := self._first_within_limits(profile, strategy, tries):
            found, courses = kept
            return _led_by(found, courses, language_reason(), language_note([c.title for c in courses]))
        return None

    def _first_within_limits(
        self, profile: LearnerProfile, strategy: str, tries: Iterable[list[Credential]]
    ) -> tuple[Pathway, list[Credential]] | None:
        """The plan with the first of `tries` (courses pinned together, none rejected) that keeps them all and
        the learner's limits, with those courses; None when none does. `tries` is read lazily."""
        hours, weeks = time_budget_hours(profile, self.today)
        rejected = set(profile.preferences.rejected)
        for courses in tries:
            ids = [c.id for c in courses]
            if rejected & set(ids):
                continue
            prefs = profile.preferences
            required = profile.model_copy(
                update={"preferences": prefs.model_copy(update={"pinned": (*prefs.pinned, *ids)})}
            )
            found = self.plan(required, strategy)
            if set(ids) <= set(found.ids) and within_limits(found, profile, hours, weeks):
                return found, courses
        return None

    def _foundation_now(self, profile: LearnerProfile) -> str | None:
        """For a newcomer's empty plan, the note naming the best foundation course that fits their limits
        alone (`foundation.foundation_note`); None when there is none or the learner is no newcomer."""
        if not newcomer(profile, self.gap):
            return None
        hours, _ = time_budget_hours(profile, self.today)
        budget = budget_eur(profile)
        lk = self.lookup
        for c in self._foundation_courses(profile):
            if (hours is None or lk.hours_of[c.id] <= hours + EPS) and (
                budget is None or (lk.cost_of[c.id] or 0.0) <= budget + EPS
            ):
                labels = [self._skill_label(u) for u in basics_taught(c, self.gap)]
                return foundation_note(c, lk.hours_of[c.id], labels)
        return None

    def _skill_label(self, uri: str) -> str:
        """A gap skill's or foundation's label (the catalogue's tag label for a foundation)."""
        for g in self.gap.skills:
            if g.uri == uri:
                return g.label
        for c in self.lookup.by_skill.get(uri, ())[:1]:
            for r in c.skills:
                if r.uri == uri:
                    return r.label
        return uri

    def _core_offer(self, profile: LearnerProfile, strategy: str, pathway: Pathway) -> Pathway | None:
        """The plan with the goal's core, offered as the plan when the learner's limits leave the core out by
        a little (`core.core_changes`, session 15: a data warehouse design course needing 44 weeks of 40,
        applied machine learning 31 of 26, while side subjects filled the plan): planned with those changes
        made, labelled with what slips and the plan within the limits, the changes its first proposals (and
        `Pathway.offered_with`) so that accepting them keeps it. None when the plan has the core, or the core
        plan needs more than a little, or the changed limits still give no plan with the core, or one that is
        mostly a road through another field (`core.roundabout`). Never inside another offer (a language, a
        level, two years: `core_offer=False` there), so a plan is offered with one kind of change at most."""
        if not (self._core_nearest or self._goal_nearest):  # (the key reads the sets)
            return None
        key = self._key(profile, strategy)
        course = self._goal_nearest.get(key)
        found = (course[0], course[1].title) if course is not None else self._core_nearest.get(key)
        if found is None:
            return None
        nearest, title = found
        hpw = profile.constraints.hours_per_week or DEFAULT_HOURS_PER_WEEK
        _, weeks = time_budget_hours(profile, self.today)
        # session 16: further past the limit when the plan within them covers less than half of what the plan
        # with the core covers (an ICT teacher's hardware course instead of teaching computer science)
        # an empty plan (session 17: peripheral skills no longer fill one) is offered the core within a
        # quarter only: its own note and previewed proposal say the rest
        thin = bool(pathway.steps) and (
            essential_coverage(pathway, self.gap) < KEEP_SHARE * essential_coverage(nearest, self.gap) - EPS
        )
        share = MAX_SLIP_SHARE if thin else SLIP_SHARE
        changes = core_changes(nearest, profile, weeks, self.today, hpw, share)
        if not changes:
            return None
        relaxed = profile
        for r in changes:
            relaxed = relaxed.model_copy(
                update={"constraints": r.applied(relaxed.constraints, relaxed.languages)}
            )
        offered = self.plan_with_relaxations(relaxed, strategy, core_offer=False)
        core = set(self.gap.core)
        if course is not None:  # the goal's course: the plan must hold it
            kept = course[1].id in offered.ids
            labels = goal_labels(self.gap, course[1])
        else:
            kept = bool(core_covered(offered, core))
            left = {u.uri for u in offered.uncovered}
            labels = [g.label for g in self.gap.skills if g.uri in core and g.uri not in left]
        if not offered.steps or not kept or roundabout(offered, self.gap):
            return None
        goal = self.gap.goal_label or "this goal"
        notes = core_offered_notes(labels, goal, title, slips(nearest, profile, weeks), pathway)
        after = essential_coverage(offered, self.gap)
        changes = tuple(structured(r, after, joint=len(changes) > 1) for r in changes)
        return offered.model_copy(
            update={
                "offered_with": changes,
                "notes": (*notes, *offered.notes),
                "relaxations": (*changes, *offered.relaxations),
            }
        )

    def _goal_course_changes(
        self, profile: LearnerProfile, strategy: str, pathway: Pathway
    ) -> tuple[Relaxation, ...]:
        """The proposal sized to the goal's course (session 16): when the plan within the limits stays beside
        a plan with the goal's course past one limit (`_goal_nearest`, not offered), the smallest change of
        that limit admitting the course (`core_changes`, any size), checked to plan it; else (). Past both the
        time and the budget, for the goal's course or the goal's core (`_core_nearest`; session 17: a tester's
        Software Testing and Quality needing 55 weeks of 40 and
        EUR 1,340 of 600 got the joint search's EUR 1,731 + 11 h/week), both changes as one joint proposal,
        checked together."""
        key = self._key(profile, strategy)
        found = self._goal_nearest.get(key) if pathway.steps else None
        core = self._core_nearest.get(key) if pathway.steps and found is None else None
        pair = found if found is not None else core
        if pair is None:
            return ()
        nearest = pair[0]
        hpw = profile.constraints.hours_per_week or DEFAULT_HOURS_PER_WEEK
        _, weeks = time_budget_hours(profile, self.today)
        changes = core_changes(nearest, profile, weeks, self.today, hpw, math.inf, both=True)
        # the goal's course past one limit or both; the core's plan (not a course of the goal's name) past
        # both only: one limit alone is what the relaxation search already sizes
        if not changes or (found is None and len(changes) < 2):
            return ()
        relaxed = profile
        for r in changes:  # past both limits: both changed together, one joint proposal (session 17)
            relaxed = relaxed.model_copy(
                update={"constraints": r.applied(relaxed.constraints, relaxed.languages)}
            )
        after = self.outcome(relaxed, strategy)
        kept = found[1].id in after.ids if found is not None else core_covered(after, set(self.gap.core))
        cover = essential_coverage(after, self.gap)
        # a proposal covers more of the goal than the plan it would replace (session 18: a course for adults
        # that counts for a school teacher's goal only as the school course's prerequisite left the plan
        # with the core covering no more essential skills than the plan within the limits)
        if not kept or cover <= essential_coverage(pathway, self.gap) + EPS:
            return ()
        return tuple(structured(r, cover, joint=len(changes) > 1) for r in changes)

    def _core_notes_for(self, pathway: Pathway, nearest: Pathway, title: str) -> tuple[str, ...]:
        """`pathway`'s notes with the core's two notes (`core.core_notes`) naming `nearest`, the core plan a
        proposal buys, in place of the ones naming another core teacher."""
        left = {u.uri for u in nearest.uncovered}
        labels = [g.label for g in self.gap.essential if g.uri in set(self.gap.core) and g.uri not in left]
        said = core_notes(labels, self.gap.goal_label or "this goal", title, nearest)
        old = ("No course of what", "With it the plan would be")
        at = next((i for i, n in enumerate(pathway.notes) if n.startswith(old)), None)
        if at is None:
            return pathway.notes
        kept = [n for n in pathway.notes if not n.startswith(old)]
        return (*kept[:at], *said, *kept[at:])

    def _core_one_change(
        self, profile: LearnerProfile, strategy: str, pathway: Pathway
    ) -> tuple[tuple[Relaxation, ...], tuple[Pathway, str] | None]:
        """The change of ONE limit that buys the goal's course (`_goal_nearest`) or, without one, its core
        (`_core_nearest`, and the best TOO_BIG_TRIED core teachers too big alone for a limit) when the plan
        has neither (`core_proposal.core_single_change`, session 20), each proposal checked: the plan with it
        holds that course or the core, covers at least KEEP_SHARE of this one's essential skills (by weight)
        and is no road through another field. Of two core plans, the one whose first proposal asks least
        (`core_proposal.asks`: fresh19-16's 13 h/week for applied machine learning, not five times the budget
        for network-traffic machine learning after network engineering). ((), None) when none; with the
        proposals, the core plan they buy when the notes name another (else None)."""
        core = set(self.gap.core)
        key = self._key(profile, strategy)
        course = self._goal_nearest.get(key)
        options: list[tuple[Callable[[], Pathway], str, str | None]] = []
        near = None
        if course is not None:
            if course[1].id in pathway.ids:
                return (), None
            options.append((lambda: course[0], course[1].title, course[1].id))
        else:
            if not core or core_covered(pathway, core):
                return (), None
            if (near := self._core_nearest.get(key)) is not None:
                options.append((lambda: near[0], near[1], None))
            options += [big for big in self._core_too_big.get(key, ()) if near is None or big[1] != near[1]]
        _, weeks = time_budget_hours(profile, self.today)
        before = essential_coverage(pathway, self.gap)
        goal = self.gap.goal_label or "this goal"
        found: list[tuple[tuple[Relaxation, ...], Pathway, str]] = []
        for planned, title, cid in options:
            nearest = planned()
            if cid is not None and cid not in nearest.ids:
                continue
            what = core_courses(nearest, goal)
            changes = list(
                core_single_change(nearest, profile, weeks, self.today, self.lookup.by_id, what=what)
            )
            out = []
            first_hours = next((float(r.needed) for r in changes if r.constraint == "hours_per_week"), 0.0)
            while changes:
                r = changes.pop(0)
                relaxed = profile.model_copy(
                    update={"constraints": r.applied(profile.constraints, profile.languages)}
                )
                after = self.outcome(relaxed, strategy)
                cover = essential_coverage(after, self.gap)
                kept = course[1].id in after.ids if course is not None else core_covered(after, core)
                # the centre, covering at least KEEP_SHARE of the plan it replaces (the relaxation search's
                # proposals cover more skills; this one covers what the work centres on)
                if kept and cover >= KEEP_SHARE * before - EPS and not roundabout(after, self.gap):
                    out.append(structured(r, cover))
                elif r.constraint == "hours_per_week" and float(r.needed) < first_hours + HOURS_RETRIED:
                    # the schedule wanted an hour more (its weeks start whole): one more try, an hour up
                    more = core_single_change(
                        nearest,
                        profile,
                        weeks,
                        self.today,
                        self.lookup.by_id,
                        what=what,
                        min_hours=int(float(r.needed)) + 1,
                    )
                    changes[:0] = [m for m in more if m.constraint == "hours_per_week"]
            if out:
                found.append((tuple(out), nearest, title))
        if not found:
            return (), None
        out_, nearest, title = min(found, key=lambda f: asks(f[0][0], self.today))
        renamed = course is None and near is not None and title != near[1]
        return out_, (nearest, title) if renamed else None

    def _goal_course_out(self, profile: LearnerProfile, pathway: Pathway) -> tuple[str, ...]:
        """A note naming the goal's best course when the plan lacks it and no change of hours, weeks or
        budget can bring it in (`core.goal_course_out`: no session to come, or a session needing more hours a
        week than the learner's; fresh15-02's "le métier de DPO", -06's Software Design and Architecture,
        -10's Data Strategy for Leaders); () when the learner rejected it or it is a candidate."""
        courses = self.goal_courses(profile)
        if not courses or set(courses) & set(pathway.ids):
            return ()
        best = courses[0]
        if best in profile.preferences.rejected:
            return ()
        cands = self.candidates(profile)
        why = cands.excluded.get(best)
        if why is None or not any(k in why for k in ("session", "needs")):
            return ()
        return goal_course_out(self.gap, self.lookup.by_id[best], why, self.today, profile)

    def _accepting(self, profile: LearnerProfile, strategy: str):
        """Plans `profile` with a relaxation accepted, for a note (the plan itself does not change): the
        unexplained outcome, which the relaxation search has usually solved already."""

        def plan(r: Relaxation) -> Pathway:
            constraints = r.applied(profile.constraints, profile.languages)
            return self.outcome(profile.model_copy(update={"constraints": constraints}), strategy)

        return plan

    def _entry_note(
        self,
        profile: LearnerProfile,
        strategy: str,
        pathway: Pathway,
        readable: Sequence[str],
        relaxations: Sequence[Relaxation],
    ) -> str | None:
        """Where the goal's work starts, when the catalogue teaches it only in another language
        (`entry.entry_in_language`)."""
        if not self.gap.centre:
            return None
        return entry_in_language(
            self.gap,
            self.lookup,
            pathway,
            start=level_check(profile, self.lookup, self.gap).start,
            readable=readable,
            allowed=study_languages(profile),
            weak=self.teachers.weak,
            held_credentials={c.id for c in profile.credentials if c.id},
            plan=self._accepting_pinned(profile, strategy),
            offered=next((r.values for r in relaxations if r.constraint == "languages" and not r.joint), ()),
            preferred=PREFERRED_LANGUAGE,
        )

    def _accepting_pinned(self, profile: LearnerProfile, strategy: str):
        """Plans `profile` with a relaxation accepted and one more course pinned (the entry course an advisor
        would start with), for a note: the plan itself does not change."""

        def plan(r: Relaxation, pin: str | None) -> Pathway:
            constraints = r.applied(profile.constraints, profile.languages)
            prefs = profile.preferences
            if pin is not None:
                prefs = prefs.model_copy(update={"pinned": tuple(dict.fromkeys((*prefs.pinned, pin)))})
            return self.outcome(
                profile.model_copy(update={"constraints": constraints, "preferences": prefs}), strategy
            )

        return plan

    def _preview(self, profile: LearnerProfile, strategy: str, relaxations: tuple) -> str | None:
        """For an empty plan: what the first proposal would plan (its steps by title), so the learner sees
        the nearest plan, not only a count of skills (issue 14, session 7)."""
        if (constraints := first_proposal(relaxations, profile)) is None:
            return None
        relaxed = self.plan(profile.model_copy(update={"constraints": constraints}), strategy)
        return preview_note(relaxed, relaxations[0], profile.languages)

    def may_cover_more(
        self, profile: LearnerProfile, before: float, strategy: str = "balanced", count: int | None = None
    ) -> bool:
        """False when no plan for `profile` can cover more than `before` of the essential skills (or, given
        `count`, more than that many of them), so a relaxation to `profile` need not be solved. Asks first
        what the skills' teachers allow (no candidate set built), then, if that leaves hope,
        `coverage_bound` (which builds the set the re-plan would use anyway), then the re-plan's first stage
        (`selection_bound`, kept for its solve)."""
        essential = [g.uri for g in self.gap.essential]

        def no_more(covered: set[str]) -> bool:
            many = count is not None and sum(1 for u in essential if u in covered) <= count
            return many or self._essential_share(covered) <= before + EPS

        if not any(serves(c, profile, self.today, frozenset()) for c in self._candidates):
            base = next((c for c in self._candidates if not c.forbidden), None)
            reachable = (
                None if base is None else reachable_skills(base, profile, self.today, self.lookup, essential)
            )
            if reachable is not None and no_more(reachable):
                return False
        if no_more(self._coverable(profile)):
            return False
        found = self._first_stage(profile, strategy)
        if found is None:
            return True
        inst, most = found
        fewer = count is not None and essential_count_bound(inst, most) <= count
        return not fewer and essential_share_bound(inst, most) > before + EPS

    def selection_bound(self, profile: LearnerProfile, strategy: str, pinned_set: bool = False) -> float:
        """Essential coverage no plan of `profile` reaches: from the first stage of the instance its plan
        solves first (the exact solver's; 1.0 when the heuristic would plan it), its x kept for that solve.
        Its stage-1 weights (`instance_for`) bound the essential weight covered: balanced weighs each
        essential skill by its weight (the bound is the optimum itself), fastest and cheapest count them (the
        heaviest that many), most-complete adds optional skills (the optimum bounds the essential part).
        A plan's core-teacher re-solves pin a course, and a pinned course is given no bridge course below
        it (`level.needs_bridge`), so its plan may cover more than this instance allows: unless `pinned_set`
        (the instance is a re-solve's own), a set with a core teacher given a bridge is not bounded (a
        teacher given only prerequisite-skill steps keeps them pinned: `candidates.with_pin`). A re-solve
        after a step is left out (a costly chain's head, a dated session that does not fit) rebuilds the
        set, which can then hold another teacher when it is pruned: that case the bound does not cover
        (docs/PLANNER.md, session 12)."""
        found = self._first_stage(profile, strategy, pinned_set)
        return 1.0 if found is None else essential_share_bound(*found)

    def _first_stage(
        self, profile: LearnerProfile, strategy: str, pinned_set: bool = False
    ) -> tuple[Instance, float] | None:
        """(the instance `profile`'s plan solves first, its first stage's optimum), None when it bounds
        nothing (see `selection_bound`)."""
        profile = with_conversation_language(profile, self.language)
        cands = self.candidates(profile)
        if not pinned_set and self._core_teacher_changed(cands):
            return None
        inst = instance_for(cands, profile, self.gap, strategy, self.today)
        if (
            inst.n > self.exact_limit
            or (most := most_coverage(inst, self._first, hints=self._hints, optima=self._optima)) is None
        ):
            return None
        return inst, most

    def _core_teacher_changed(self, cands: Candidates) -> bool:
        """Whether a candidate teaching one of the goal's core skills was given a bridge course, which pinning
        it takes away. Its prerequisite-skill steps stay when it is pinned: the pinned set is this one with
        the pin (`candidates.with_pin`; session 15, before which any added step counted)."""
        core = set(self.gap.core)
        wanted = {j for j, uri in enumerate(cands.skills) if uri in core}
        return bool(wanted) and any(
            cands.covers[i] & wanted and c.id in cands.bridged for i, c in enumerate(cands.cands)
        )

    def coverage_bound(self, profile: LearnerProfile) -> float:
        """Essential coverage if every candidate could be taken (no budget or time limit): no plan for
        `profile` does better."""
        return self._essential_share(self._coverable(profile))

    def _coverable(self, profile: LearnerProfile) -> set[str]:
        """The gap skills some candidate of `profile`'s set, or a stack it earns, covers."""
        cands = self.candidates(profile)
        covered = {cands.skills[j] for cov in cands.covers for j in cov}
        return covered | {cands.skills[j] for t in cands.targets for j in t.covers}

    def _essential_share(self, covered: set[str]) -> float:
        total = sum(g.weight for g in self.gap.essential)
        return 1.0 if total == 0 else sum(g.weight for g in self.gap.essential if g.uri in covered) / total

    def _solve(
        self,
        profile: LearnerProfile,
        strategy: str,
        cands: Candidates,
        explain: bool = True,
        key: tuple | None = None,
    ) -> Pathway:
        """The plan over `cands` with the goal's core repaired (`_solve_core`) and the goal's course planned
        around (`_goal_course`)."""
        pathway = self._solve_core(profile, strategy, cands, explain, key)
        return self._goal_course(profile, strategy, cands, pathway, explain, key)

    def goal_courses(self, profile: LearnerProfile) -> tuple[str, ...]:
        """The goal's courses in the learner's languages, best first (`core.goal_courses`), memoised."""
        languages = tuple(profile.constraints.languages or profile.languages)
        if languages not in self._goal_courses:
            self._goal_courses[languages] = self._goal_courses_of(languages)
        return self._goal_courses[languages]

    def _goal_courses_of(self, languages: tuple[str, ...]) -> tuple[str, ...]:
        """`core.goal_courses` over the catalogue: its ranking in any language (`core.goal_course_ranking`)
        kept in the lookup's `goal_course_memo` by all it reads of the gap (the essential skills and their
        weights, the goal's names), the same for every learner of the goal whose gap has the same essential
        skills (session 18; ~10 ms of a 10k plan, ~30 of a 100k one), read in `languages`
        (`core.goal_courses_in`): the languages a plan's relaxations try walk no teachers (session 20)."""
        gap = self.gap
        key = (tuple((g.uri, g.weight) for g in gap.essential), tuple(gap.goal_names))
        memo = self.lookup.goal_course_memo
        ranked = memo.get(key)
        if ranked is None:
            # only the entries the rule may keep are judged (`core.goal_course_candidates`, session 22)
            ranked = goal_course_ranking(gap, goal_course_candidates(gap, self.lookup))
            if len(memo) >= GOAL_COURSES_KEPT:
                with suppress(KeyError, RuntimeError, StopIteration):  # another thread dropped it first
                    del memo[next(iter(memo))]
            memo[key] = ranked
        return goal_courses_in(ranked, languages)

    def _goal_course(
        self,
        profile: LearnerProfile,
        strategy: str,
        cands: Candidates,
        pathway: Pathway,
        explain: bool,
        key: tuple | None,
    ) -> Pathway:
        """The plan around the goal's course (session 16, `core.goal_courses`): when the plan holds none of
        the goal's courses and the best one the learner may take is a candidate, the plan with it required;
        kept when it keeps every limit and covers at least KEEP_SHARE of the plan's essential coverage
        (Designing Intelligent Systems, 275 of a data engineer's 312 hours, instead of visualisation,
        business analysis, agile and numerical methods); over the limits, it is remembered (`_goal_nearest`)
        for `_core_offer` and the notes say what it would take (`goal_course_slips`)."""
        courses = self.goal_courses(profile)
        if not courses or set(courses) & set(pathway.ids):
            return pathway
        index = {c.id: i for i, c in enumerate(cands.cands)}
        best = next((c for c in courses if c in index), None)
        if best is None:
            return pathway
        course = self.lookup.by_id[best]
        prefs = profile.preferences
        required = profile.model_copy(
            update={"preferences": prefs.model_copy(update={"pinned": (*prefs.pinned, best)})}
        )
        parts = self._selection(required, strategy, self.candidates(required), None)
        found = assemble(*parts, explain=False, by_id=self.lookup.by_id)
        if best not in found.ids:  # past the learner's weeks the schedule left it out: given the weeks the
            # course and what it needs first take at the learner's hours (more: other steps would fill them)
            hpw = profile.constraints.hours_per_week or DEFAULT_HOURS_PER_WEEK
            need = math.ceil(sum(cands.hours[k] for k in cands.closures[index[best]]) / hpw - EPS)
            longer = with_constraints(required, weeks=min(need, LONG_PLAN_WEEKS * 5), deadline=None)
            found = assemble(
                *self._selection(longer, strategy, self.candidates(longer), None),
                explain=False,
                by_id=self.lookup.by_id,
            )
        core = set(self.gap.core)
        titled = names_goal(course.title, self.gap.goal_names)
        if best not in found.ids or (not titled and core_covered(found, core) < core_covered(pathway, core)):
            # the goal's core skills first (a course of more skills, none of the core, no); a course named for
            # the goal's work is its core whatever O*NET's list tags (session 21: Relational Database
            # Administration for a DBA, whose core tag "database" only a NoSQL course carries)
            return pathway
        hours, weeks = time_budget_hours(profile, self.today)
        goal = self.gap.goal_label or "this goal"
        if within_limits(found, profile, hours, weeks):
            # a course whose title names the goal is worth some coverage (KEEP_SHARE); one that is the goal's
            # only by its many skills is not: the plan without it covers more (session 16: a 1 h course of 3
            # skills replaced a balanced plan covering all 4, so the fastest plan covered more than it)
            share = KEEP_SHARE if names_goal(course.title, self.gap.goal_names) else 1.0
            if essential_coverage(found, self.gap) < share * essential_coverage(pathway, self.gap) - EPS:
                return pathway
            if explain:
                found = assemble(*parts, explain=True, by_id=self.lookup.by_id)
            steps = tuple(
                s.model_copy(
                    update={"reasons": tuple(goal_reason(goal) if r == PINNED else r for r in s.reasons)}
                )
                if s.id == best
                else s
                for s in found.steps
            )
            return found.model_copy(update={"steps": steps})
        if key is not None:
            self._goal_nearest[key] = (found, course)
        if titled and (
            towards := self._towards_goal_course(profile, strategy, cands, pathway, best, explain)
        ):
            pathway = towards  # what the goal's course needs first, when the course itself does not fit
        if not explain or not pathway.steps:
            return pathway
        said = slips(found, profile, weeks)
        notes = core_notes(goal_labels(self.gap, course), goal, course.title, found)
        if said:
            notes += (goal_course_slips(said),)
        kept = tuple(n for n in pathway.notes if not n.startswith(("No course of what", "With it the plan")))
        return pathway.model_copy(update={"notes": (*notes, *kept)})

    def _towards_goal_course(
        self,
        profile: LearnerProfile,
        strategy: str,
        cands: Candidates,
        pathway: Pathway,
        course_id: str,
        explain: bool,
    ) -> Pathway | None:
        """When the goal's course (its title names the goal) does not fit the limits: the plan with what it
        needs first required (its prerequisite closure), when that plan keeps every limit, covers at least
        KEEP_SHARE of the plan's essential coverage and no fewer of the goal's core skills; its steps say they
        are a first step towards the course (session 21, fresh20-16: Data Modelling Essentials, what Data
        Warehouse Design needs first, instead of NoSQL alone in 90 hours). None otherwise."""
        index = {c.id: i for i, c in enumerate(cands.cands)}
        i = index.get(course_id)
        if i is None:
            return None
        ks = [k for k in sorted(cands.closures[i]) if k != i]
        first = tuple(cands.cands[k].id for k in ks)
        if not first or set(first) <= set(pathway.ids):
            return None
        hours, weeks = time_budget_hours(profile, self.today)
        budget = budget_eur(profile)
        if (hours is not None and sum(cands.hours[k] for k in ks) > hours + EPS) or (
            budget is not None and sum(cands.cost_eur[k] for k in ks) > budget + EPS
        ):
            return None  # what it needs first is past a limit by itself: no solve
        prefs = profile.preferences
        required = profile.model_copy(
            update={"preferences": prefs.model_copy(update={"pinned": (*prefs.pinned, *first)})}
        )
        parts = self._selection(required, strategy, self.candidates(required), None)
        found = assemble(*parts, explain=False, by_id=self.lookup.by_id)
        core = set(self.gap.core)
        if (
            not set(first) <= set(found.ids)
            or not within_limits(found, profile, hours, weeks)
            or essential_coverage(found, self.gap) < KEEP_SHARE * essential_coverage(pathway, self.gap) - EPS
            or core_covered(found, core) < core_covered(pathway, core)
        ):
            return None
        if not explain:
            return found
        found = assemble(*parts, explain=True, by_id=self.lookup.by_id)
        title = self.lookup.by_id[course_id].title
        goal = self.gap.goal_label or "this goal"
        steps = tuple(
            s.model_copy(
                update={
                    "reasons": tuple(first_step_reason(title, goal) if r == PINNED else r for r in s.reasons)
                }
            )
            if s.id in first
            else s
            for s in found.steps
        )
        return found.model_copy(update={"steps": steps})

    def _solve_core(
        self,
        profile: LearnerProfile,
        strategy: str,
        cands: Candidates,
        explain: bool = True,
        key: tuple | None = None,
    ) -> Pathway:
        """The plan over `cands`; when it covers none of the goal's core skills (`planner/core.py`) and a
        candidate teaches one, the best plan with such a teacher required that keeps every limit, its step
        saying why; else the plan, with a note when a core teacher exists but fits no limit."""
        pathway = self._solve_once(profile, strategy, cands, explain, key)
        core = missing_core(self.gap, pathway)
        if not core:
            return pathway
        hours, weeks = time_budget_hours(profile, self.today)
        budget = budget_eur(profile)

        def fits(i: int) -> bool:  # it and what it needs first within the hours and the budget
            spent, paid = closure_totals(cands, i)
            return not (
                (hours is not None and spent > hours + 1e-6) or (budget is not None and paid > budget + 1e-6)
            )

        teachers = core_teachers(cands, core, strategy=strategy)
        if not teachers:
            return pathway
        labels = [g.label for g in self.gap.skills if g.uri in set(core)]
        best: tuple[tuple[int, float, tuple[float, ...]], Pathway, str, _Assembly] | None = None
        scale = effort_scale(cands)
        nearest: tuple[Pathway, str] | None = None  # the first plan with a core teacher, over the limits

        def required_profile(i: int) -> LearnerProfile:
            prefs = profile.preferences
            pinned = (*prefs.pinned, cands.cands[i].id)
            return profile.model_copy(update={"preferences": prefs.model_copy(update={"pinned": pinned})})

        def required_plan(i: int) -> tuple[Pathway, _Assembly]:
            """A core teacher's plan, unexplained (its steps, totals and uncovered skills are all the ranking
            reads), with what explains it: only the plan kept is explained (session 14: the explanations of
            the others, most of them why each skill is uncovered, were ~5% of a 100k plan)."""
            required = required_profile(i)
            parts = self._selection(required, strategy, self.candidates(required), None)
            return assemble(*parts, explain=False, by_id=self.lookup.by_id), parts

        roundabout_best: tuple[tuple[int, float, tuple[float, ...]], Pathway, str, _Assembly] | None = None
        direct: tuple[Pathway, str] | None = None  # the first plan with a core teacher, over, not roundabout
        too_big: list[int] = []  # core teachers over a limit with what they need first
        for i in teachers:
            if not fits(i):  # it and what it needs first: alone over a limit, it cannot fit
                too_big.append(i)
                continue
            # a plan with it that covers less than the best so far cannot rank first once the best covers
            # the whole core: its first stage says so, and its second stage and explanation are not solved
            # (session 12)
            if (
                best is not None
                and best[0][0] >= len(set(core))
                and self.selection_bound(required_profile(i), strategy, True) < best[0][1] - EPS
            ):
                continue
            cid = cands.cands[i].id
            found, parts = required_plan(i)
            if cid not in found.ids:
                continue
            far = roundabout(found, self.gap)
            if not within_limits(found, profile, hours, weeks):
                nearest = nearest or (found, cands.cands[i].title)
                if not far:
                    direct = direct or (found, cands.cands[i].title)
                continue
            spent = effort(found.totals.hours, plan_eur(found), strategy, scale)
            # more of the core first (session 14: UML and object-oriented modelling over object-oriented
            # modelling beside a business-analysis course), then essential coverage, then effort
            rank = (core_covered(found, core), essential_coverage(found, self.gap), tuple(-x for x in spent))
            if far:  # within the limits only by a road through another field (`roundabout`, below)
                if roundabout_best is None or rank > roundabout_best[0]:
                    roundabout_best = (rank, found, cid, parts)
            elif best is None or rank > best[0]:
                best = (rank, found, cid, parts)
        if best is None and roundabout_best is not None:
            # session 17 (fresh16-02): an accountant aiming at data analyst was sent through 137.5 h of
            # Python fundamentals for a 55 h visualisation course, while SQL and a visualisation course
            # building on it needed 220 h of her 200. A core plan within the limits whose hours go mostly to
            # steps closing no essential skill is the plan only when no core teacher has a direct plan at
            # all; otherwise the plan stays without the core and the direct plan is the nearest (the notes
            # preview it; `_core_offer` offers it when it is a little past the limits)
            for i in too_big[:1] if direct is None else ():
                found, _ = required_plan(i)
                if cands.cands[i].id in found.ids and not roundabout(found, self.gap):
                    direct = (found, cands.cands[i].title)
            if direct is None:
                best = roundabout_best
            else:
                nearest = direct
        goal = self.gap.goal_label or "this goal"
        # the relaxation search reads no notes; an empty plan's own note names what stands in the way and
        # previews the nearest plan (`planner/empty.py`): a second preview only repeated it (session 14)
        if best is None and not explain:
            return pathway
        previewed = best is None and nearest is None
        if previewed:  # the preview: the first core teacher's plan, over the limits
            found, _ = required_plan(teachers[0])  # its notes read its steps and totals only
            if cands.cands[teachers[0]].id in found.ids:
                nearest = (found, cands.cands[teachers[0]].title)
        if best is None:
            title = cands.cands[teachers[0]].title if nearest is None else nearest[1]
            if nearest is not None and key is not None:
                self._core_nearest[key] = nearest  # an empty plan's too (session 17: `_core_offer`)
            if too_big and key is not None:  # the best core teachers too big alone, planned on demand

                def too_big_plan(i: int) -> Pathway:
                    """A core teacher's plan over the limits; past the learner's weeks (the schedule left it
                    out) given the weeks it and what it needs first take at their hours, as `_goal_course`."""
                    found, _ = required_plan(i)
                    if cands.cands[i].id in found.ids:
                        return found
                    hpw = profile.constraints.hours_per_week or DEFAULT_HOURS_PER_WEEK
                    need = math.ceil(sum(cands.hours[k] for k in cands.closures[i]) / hpw - EPS)
                    longer = with_constraints(
                        required_profile(i), weeks=min(need, LONG_PLAN_WEEKS * 5), deadline=None
                    )
                    parts = self._selection(longer, strategy, self.candidates(longer), None)
                    return assemble(*parts, explain=False, by_id=self.lookup.by_id)

                self._core_too_big[key] = [
                    (partial(too_big_plan, i), cands.cands[i].title, cands.cands[i].id)
                    for i in too_big[:TOO_BIG_TRIED]
                ]
            if not pathway.steps:
                return pathway
            # the note names the nearest core teacher: the one asking least over the learner's limits with
            # what it needs first, as a proposal is sized (`core_proposal.asks`; session 29: the first by
            # coverage named a EUR 4,560 anomaly-detection chain to a data scientist whose Applied ML chain
            # costs EUR 181.50 and 430 h of her 312, fresh28-20); the offers read the first's plan
            near = min(teachers, key=lambda i: over_limits(*closure_totals(cands, i), hours, budget))
            if previewed and near != teachers[0]:
                found, _ = required_plan(near)
                if cands.cands[near].id in found.ids:
                    nearest, title = (found, cands.cands[near].title), cands.cands[near].title
            said = core_notes(labels, goal, title, None if nearest is None else nearest[0])
            return pathway.model_copy(update={"notes": (*pathway.notes, *said)})
        _, found, cid, parts = best
        if explain:
            found = assemble(*parts, explain=True, by_id=self.lookup.by_id)
        left = {u.uri for u in found.uncovered}
        taught = [g.label for g in self.gap.skills if g.uri in set(core) and g.uri not in left]
        steps = tuple(
            s.model_copy(
                update={"reasons": tuple(core_reason(taught, goal) if r == PINNED else r for r in s.reasons)}
            )
            if s.id == cid
            else s
            for s in found.steps
        )
        return found.model_copy(update={"steps": steps})

    def _solve_once(
        self,
        profile: LearnerProfile,
        strategy: str,
        cands: Candidates,
        explain: bool = True,
        key: tuple | None = None,
    ) -> Pathway:
        return assemble(
            *self._selection(profile, strategy, cands, key), explain=explain, by_id=self.lookup.by_id
        )

    def _selection(
        self, profile: LearnerProfile, strategy: str, cands: Candidates, key: tuple | None
    ) -> _Assembly:
        """The plan's selection, schedule and notes over `cands` (re-solved while steps are left out), as
        `assemble`'s arguments: explaining it reads nothing else."""
        c = profile.constraints
        hpw = c.hours_per_week or DEFAULT_HOURS_PER_WEEK
        _, weeks_limit = time_budget_hours(profile, self.today)
        pinned = set(profile.preferences.pinned)
        forbidden: frozenset[str] = frozenset()
        notes: list[str] = []
        overloaded: dict[
            str, tuple[str, int]
        ] = {}  # dated credential left out -> (title, h/week its session needs)
        essential_weights = {g.uri: g.weight for g in self.gap.essential}
        labels = {g.uri: g.label for g in self.gap.essential}
        asked = set(profile.goal.skills) if profile.goal else set()
        costly: list[str] = []  # notes: steps left out as costly prerequisite chains
        costly_ids: set[str] = set()
        chained: set[str] = set()  # gap skills their heads teach
        for _attempt in range(MAX_ATTEMPTS):
            inst = instance_for(cands, profile, self.gap, strategy, self.today)
            solver = "exact" if inst.n <= self.exact_limit else "heuristic"
            selected, optimal = (
                solve_milp(inst, memo=self.solved, hints=self._hints, first=self._first, optima=self._optima)
                if solver == "exact"
                else (None, False)
            )
            if optimal and selected:
                self._remember(frozenset(inst.cands[i].id for i in selected))
            if not optimal:  # a first-stage answer (stage two failed or timed out) only seeds the heuristic
                solver, selected = "heuristic", solve_greedy(inst, selected)
            assert selected is not None  # the heuristic always returns a selection
            chosen = selected
            chain = costly_chain(
                inst,
                chosen,
                essential_weights,
                keep={i for i in chosen if inst.cands[i].id in pinned},
                asked=asked,
            )
            if chain is not None and _attempt < MAX_ATTEMPTS - 1:
                # the head and its copies that would be as costly in its place go at once; one note per
                # title (session 27)
                for left in (chain, *costly_twins(inst, chosen, chain, essential_weights)):
                    head = inst.cands[left.head]
                    if not any(n.startswith(f"{head.title} (") for n in costly):
                        costly.append(chain_note(head.title, left, labels, inst))
                    chained |= {inst.skills[j] for j in inst.covers[left.head]}
                    forbidden |= {head.id}
                    costly_ids.add(head.id)
                cands = self.candidates(profile, forbidden)
                continue
            if (
                strategy in USE_TIME_STRATEGIES and c.hours_per_week is not None
            ):  # the learner's time used (sessions 17-18)
                chosen = more_of_goal(
                    inst,
                    chosen,
                    hours_available=time_budget_hours(profile, self.today)[0],
                    forbidden=forbidden,
                )
            # lower levels first among steps that are ready (the first steps sit at or near the learner's
            # level); at a level, the steps starting the goal's centre, then those closing more essential gap
            # weight (the goal's core early: `step_order`, session 20)
            centre = set(self.gap.centre)
            tools = {g.uri for g in self.gap.skills if not g.names}  # `gaps.is_tool`: no title names
            # a learner in the field starts where the goal's work does, within reach (session 29)
            reach = self._reach(profile)
            ranked = sorted(chosen, key=lambda i: step_order_key(inst, i, centre, tools, reach))
            picked = [
                inst.cands[i]
                for i in _basics_first(
                    ranked,
                    merged(
                        _basics(inst, chosen, self.gap, self.lookup.skills_of),
                        named_basics(inst, chosen),
                    ),
                )
            ]
            hours_of = {inst.cands[i].id: inst.hours[i] for i in chosen}
            slots, notes, conflicts = schedule(picked, hpw, self.today, c.deadline, hours_of)
            drop = {cid for cid in conflicts if cid not in pinned}
            if c.hours_per_week is not None:  # a dated session needs at most the learner's hours a week
                for sl in slots:
                    cid = sl.credential.id
                    weeks = sl.end_week - sl.start_week + 1
                    need = math.ceil(hours_of[cid] / weeks - 1e-9)
                    if (
                        sl.credential.delivery == "dated"
                        and cid not in pinned
                        and hours_of[cid] > c.hours_per_week * weeks + 1e-9
                    ):
                        drop.add(cid)
                        overloaded[cid] = (sl.credential.title, need)
            late = [
                sl
                for sl in slots
                if weeks_limit is not None and sl.end_week > weeks_limit and sl.credential.id not in pinned
            ]
            if (
                late and not drop
            ):  # past the deadline (self-paced study pauses during sessions): the last one goes
                drop.add(
                    max(late, key=lambda sl: (sl.end_week, sl.credential.delivery == "dated")).credential.id
                )
            if not drop:
                break
            forbidden |= drop
            cands = self.candidates(profile, forbidden)
        else:
            notes.append("This plan could not be fitted to your dates in full; check the weeks of each step.")
        notes.extend(costly)
        if costly_ids:
            inst = with_chain_reasons(inst, chained, only=forbidden <= costly_ids)
        for title, need in overloaded.values():
            notes.append(
                f"{title} is left out: its session needs about {need} h/week, more than your "
                f"{c.hours_per_week:g}."
            )
        if key is not None and overloaded:
            self._overloaded[key] = overloaded
        if c.hours_per_week is None:
            notes.append(f"No hours per week given; scheduled at {DEFAULT_HOURS_PER_WEEK:g} h/week.")
        return profile, self.gap, inst, chosen, slots, strategy, solver, notes + inst.notes

    def _reach(self, profile: LearnerProfile) -> int | None:
        """The highest EQF level a learner who is no newcomer may start the goal's centre at
        (`step_order.step_order_key`): their start (`LevelCheck.start`), or one level above the highest
        credential they hold (Networking Fundamentals done: EQF 5, t24-11), whichever is higher; one above
        the estimated start alone made a jump the review counts (a teacher's EQF 5 course before her EQF 4
        one, fresh17-08). None for a newcomer (basics first). Read once per background (held skills and
        credentials, job, level floor): relaxed profiles share it."""
        key = (profile.skills, profile.credentials, profile.current_role, profile.constraints.min_eqf)
        if key not in self._reaches:
            start = level_check(profile, self.lookup, self.gap).start
            by_id = self.lookup.by_id
            held = [
                c.eqf_level or (by_id[c.id].eqf_level if c.id in by_id else None) for c in profile.credentials
            ]
            earned = max((level + 1 for level in held if level is not None), default=start)
            self._reaches[key] = None if newcomer(profile, self.gap) else max(start, earned)
        return self._reaches[key]

    def _remember(self, ids: frozenset[str]) -> None:
        if ids not in self._hints:
            self._hints.insert(0, ids)
            del self._hints[MAX_HINTS:]

    def _load_relaxations(
        self, profile: LearnerProfile, strategy: str, pathway: Pathway
    ) -> tuple[Relaxation, ...]:
        """'With N h/week you could take X': for dated sessions left out because they need more hours a week
        than the learner has (`load.py`) and teach an uncovered essential skill, the two smallest such needs,
        each checked to cover more essential skills when applied."""
        c = profile.constraints
        before = essential_coverage(pathway, self.gap)
        if c.hours_per_week is None or before >= 1 - EPS:
            return ()
        verdicts = self.candidates(profile).verdicts
        deadline, window_end = window_of(profile, self.today)
        end_by = min((d for d in (deadline, window_end) if d is not None), default=None)
        options: dict[int, list[str]] = {}
        for title, need in self._overloaded.get(self._key(profile, strategy), {}).values():
            options.setdefault(need, []).append(title)
        essential = {g.uri for g in self.gap.essential}
        # a dated prerequisite of a skill's teacher is asked for only when both are the goal's own or core
        # (session 26: MPI, concurrent programming, before performance analysis for an HPC area; not MPI for a
        # web developer's debugging tools, nor routing before a cloud engineer's cloud networking)
        own = {*self.gap.own, *self.gap.core}
        skills_of = self.lookup.skills_of
        for u in pathway.uncovered:
            dated = [
                cr
                for cr in self.lookup.dated_teachers(u.uri, on_the_way=u.uri in own)
                if u.uri in skills_of.get(cr.id, ()) or not own.isdisjoint(skills_of.get(cr.id, ()))
            ]
            for cr in dated if u.uri in essential else ():
                why = verdicts.get(cr.id)
                load = (
                    overload(cr, self.lookup.hours_of[cr.id], c.hours_per_week, self.today, end_by)
                    if why is not None and why[0] == LOAD
                    else None
                )
                if load is not None and cr.title not in options.get(load, ()):
                    options.setdefault(load, []).append(cr.title)
        found: list[Relaxation] = []
        for need in sorted(n for n in options if n <= MAX_SESSION_HOURS)[:2]:
            relaxed = profile.model_copy(
                update={"constraints": c.model_copy(update={"hours_per_week": float(need)})}
            )
            after = essential_coverage(self.outcome(relaxed, strategy), self.gap)
            if after > before + EPS:
                titles = ", ".join(options[need][:2])
                found.append(
                    structured(
                        Relaxation(
                            constraint="hours_per_week",
                            current=c.hours_per_week,
                            needed=float(need),
                            message=f"With {need} h/week instead of {c.hours_per_week:g} you could take "
                            f"{titles} (a dated session); that plan covers more essential skills.",
                        ),
                        after,
                    )
                )
        return tuple(found)

    def _one_level_up(self, profile: LearnerProfile, strategy: str, pathway: Pathway) -> Pathway | None:
        """The plan offered one EQF level above the estimated start when the level rule left this one empty
        (`offered.py`), labelled; None when the level rule is not in the way or that plan is empty too."""
        if not any(LEVEL_WORDING in u.reason for u in pathway.uncovered):
            return None
        start = level_check(profile, self.lookup, self.gap).start
        if not may_offer_level(profile, start):
            return None
        offered = self.plan_with_relaxations(at_level(profile, start + 1), strategy, core_offer=False)
        if not offered.steps:
            return None
        return offered.model_copy(
            update={
                "offered_level": start + 1,
                "notes": (offered_level_note(start, start + 1), *offered.notes),
            }
        )

    def _within_two_years(self, profile: LearnerProfile, strategy: str) -> Pathway | None:
        """With no deadline, a plan over two years is not the plan offered: the plan within two years is, its
        first note giving the whole goal's plan (weeks, hours, steps, coverage) and how to see it (issue 14,
        session 9 round 2: a 232-week most-complete plan). None when the plan fits two years, or nothing
        does (then `_long_plan_note` flags the long plan). Since session 27 also when the learner gave no
        hours a week: the two years are then at the default pace (its note says so), as the plan's weeks
        are; a cheapest data-scientist plan of 14 steps over 301 weeks at that pace (t22-07) was no plan an
        adviser signs, whatever pace the learner later names."""
        c = profile.constraints
        if c.deadline is not None or c.weeks is not None:
            return None
        full = self.plan(profile, strategy)
        if full.totals.weeks <= LONG_PLAN_WEEKS:
            return None
        two = self.plan_with_relaxations(
            with_constraints(profile, weeks=LONG_PLAN_WEEKS), strategy, core_offer=False
        )
        if not two.steps:
            return None
        steps = counted(len(full.steps), "step")
        note = (
            f"Planned within two years ({LONG_PLAN_WEEKS} weeks), as you set no deadline: the plan for the "
            f"whole goal takes {full.totals.weeks} weeks ({full.totals.hours:g} h, {steps}, "
            f"{round(100 * full.coverage)}% of the gap against {round(100 * two.coverage)}% here); set that "
            "many weeks to see it."
        )
        return two.model_copy(update={"notes": (note, *two.notes), "horizon_weeks": LONG_PLAN_WEEKS})

    def _long_plan_note(self, profile: LearnerProfile, strategy: str, pathway: Pathway) -> str | None:
        """With no deadline, a plan over two years is flagged with the fastest alternative beside it."""
        c = profile.constraints
        if c.deadline is not None or c.weeks is not None or pathway.totals.weeks <= LONG_PLAN_WEEKS:
            return None
        text = f"This plan takes {pathway.totals.weeks} weeks, over two years"
        fast = self.plan(profile, "fastest") if strategy != "fastest" else pathway
        if fast.totals.weeks < pathway.totals.weeks:
            text += (
                f"; the fastest plan takes {fast.totals.weeks} weeks ({fast.totals.hours:g} h, "
                f"{len(fast.steps)} steps, {round(100 * fast.coverage)}% of the gap)"
            )
        if fast.totals.weeks > LONG_PLAN_WEEKS:  # the fastest is long too: what two years hold
            two = self.plan(with_constraints(profile, weeks=LONG_PLAN_WEEKS), strategy)
            if two.steps:
                steps = counted(len(two.steps), "step")
                text += (
                    f"; within two years ({LONG_PLAN_WEEKS} weeks) a plan of {steps} covers "
                    f"{round(100 * two.coverage)}% of the gap (set {LONG_PLAN_WEEKS} weeks to see it)"
                )
        return text + ". Consider more hours a week or a narrower goal."


MAX_HINTS = 4  # starts offered to a first stage (each costs a feasibility check)

ORDERED = {"fastest": lambda t: (t.hours, t.cost), "cheapest": lambda t: (t.cost, t.hours)}


def _no_worse_than(own: Pathway, balanced: Pathway, strategy: str, gap: Gap) -> Pathway:
    """A strategy optimises what it says: the fastest plan is never slower, the cheapest never dearer than the
    balanced one. Both maximise essential coverage first, so with the exact solver this holds by itself; the
    heuristic can miss it, and then the balanced plan (covering at least as much) is the better answer."""
    if essential_coverage(balanced, gap) + EPS >= essential_coverage(own, gap) and ORDERED[strategy](
        balanced.totals
    ) < ORDERED[strategy](own.totals):
        return balanced.model_copy(update={"strategy": strategy, "relaxations": ()})
    return own


def _basics(
    inst: Instance, chosen, gap: Gap, skills_of: Mapping[str, tuple[str, ...]]
) -> dict[int, set[int]]:
    """Per chosen step, the other chosen steps that teach a broader skill (`GapSkill.broader`) of a gap skill
    it covers while it does not teach that broader skill itself: the basics it follows (issue 14, session 15:
    a Udemy "Understanding TypeScript" of unknown level was planned before Programming Fundamentals in
    Python for a student with Java basics; TypeScript is a kind of computer programming, which the
    fundamentals teach)."""
    broader = {g.uri: g.broader for g in gap.skills if g.broader}
    if not broader:
        return {}
    taught = {i: set(skills_of.get(inst.cands[i].id, ())) for i in chosen}
    found: dict[int, set[int]] = {}
    for i in chosen:
        for j in inst.covers[i]:
            for b in broader.get(inst.skills[j], ()):
                if b not in taught[i]:
                    found.setdefault(i, set()).update(k for k in chosen if k != i and b in taught[k])
        if i in found:  # an entry course follows no other subject's basics (`entry_steps`, session 19)
            covered = {inst.skills[j] for j in inst.covers[i]}
            found[i] -= other_subjects(inst.cands[i], covered, {k: taught[k] for k in found[i]})
    return {i: ks for i, ks in found.items() if ks}


def _basics_first(ranked: list[int], basics: Mapping[int, set[int]]) -> list[int]:
    """`ranked` reordered as little as possible so that each step follows the basics it needs (`_basics`):
    the first ranked step whose basics are placed goes next (the first one left, were they circular)."""
    if not basics:
        return ranked
    out: list[int] = []
    left = list(ranked)
    while left:
        placed = set(out)
        pick = next((i for i in left if basics.get(i, set()) <= placed), left[0])
        out.append(pick)
        left.remove(pick)
    return out


def _led_by(found: Pathway, courses: list[Credential], reason: str, note: str) -> Pathway:
    """`found` with `courses` (pinned to lead it) given `reason` instead of the pin's, and `note` first."""
    ids = {c.id for c in courses}
    steps = tuple(
        s.model_copy(update={"reasons": tuple(reason if r == PINNED else r for r in s.reasons)})
        if s.id in ids
        else s
        for s in found.steps
    )
    return found.model_copy(update={"steps": steps, "notes": (note, *found.notes)})
