"""The catalogue indexed for planning (`CatalogueLookup`) and, per gap, who teaches its skills
(`GapTeachers`).

Both are built once and read by every candidate set: the lookup per catalogue, the teachers per gap.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from pathfinder.domain import Credential
from pathfinder.domain.taxonomy import normalise_label
from pathfinder.planner.audience import Audience, course_audience, mismatched
from pathfinder.planner.detours import detours
from pathfinder.planner.estimates import estimate_catalogue
from pathfinder.planner.field_steps import off_field
from pathfinder.planner.foundation import FIRST_LEVEL
from pathfinder.planner.gaps import ESSENTIAL_WEIGHT, OWN_WEIGHT, Gap, GapSkill
from pathfinder.planner.memo import SolvedSelections
from pathfinder.planner.named_narrower import names_narrower
from pathfinder.planner.neighbour_steps import neighbour_tracks


class CatalogueLookup(Sequence[Credential]):
    """A catalogue indexed for planning (by id, by taught skill, by stack target); build once, plan many
    times."""

    def __init__(self, credentials: Sequence[Credential]) -> None:
        self.credentials = list(credentials)
        self.ids = [c.id for c in self.credentials]  # by catalogue position
        self.by_id = dict(zip(self.ids, self.credentials))
        self.order = {c.id: k for k, c in enumerate(self.credentials)}
        self.position = {id(c): k for k, c in enumerate(self.credentials)}
        self.by_skill: dict[str, list[Credential]] = {}
        self.parts_of: dict[str, list[Credential]] = {}
        self.skills_of: dict[str, tuple[str, ...]] = {}
        # hours and EUR price to plan with: stated, else estimated with a basis (`estimates.py`); a price is
        # None
        # only when nothing in the catalogue states one
        self.estimates = estimate_catalogue(self.credentials)
        self.hours_of: dict[str, float] = self.estimates.hours
        self.cost_of: dict[str, float | None] = self.estimates.cost_eur
        self._ranked: dict[str, list[Credential]] = {}
        self._earn: dict[str, float] = {}
        self._positions: dict[str, np.ndarray] = {}
        self._distinct: dict[str, np.ndarray] = {}
        # stack target id -> (`earn_value`, catalogue order): the order `GapTeachers.stacks_by_skill` sorts by
        self.earn_keys: dict[str, tuple[float, int]] = {}
        self._dated: dict[tuple[str, bool], list[Credential]] = {}
        self._stated: dict[str, np.ndarray] = {}  # `stated_positions`, per skill
        self._stated_full = False  # every skill's `stated_positions` filled (`warm`)
        # `detours`: per set of other occupations' core skills, credential id -> whether it leads there
        self.detour_memo: dict[frozenset[str], dict[tuple[str, int], bool]] = {}
        # `titled`: (credential id, skill uri) -> whether the title names the skill (the same for every gap)
        self.titled_memo: dict[tuple[str, str], bool] = {}
        # `PlanningSession.goal_courses`: (essential gap skills with their weights, goal names) -> the goal's
        # courses in any language, best first (`core.goal_course_ranking`); a function of the catalogue and
        # that key, so every plan for the goal shares it (session 18; without the languages, read from it,
        # session 20), at most GOAL_COURSES_KEPT of them, the oldest dropped first
        self.goal_course_memo: dict[tuple, tuple[Credential, ...]] = {}
        # `prerequisites.SkillProviders`: of the catalogue's own credential objects, the ids of those that
        # assume nothing by their words and no basics (most of them; strings only, session 19), and for the
        # others (id -> (`assumed_skills`, whether `assumed_basics` may give any)); the same for every gap
        self.assumes_nothing: set[str] = set()
        self.assumption_memo: dict[str, tuple[tuple, bool]] = {}
        # the solver's answers by model digest for the sessions planned over this lookup that bring no memo
        # of their own (`PlanningSession`; session 20): optimal selections (`selection.SolveMemo`) and
        # first-stage optima (`selection.FirstStages`), each a function of the model its digest holds alone,
        # so a plan of the same learner and goal, or a follow-up meeting the same instances, solves none of
        # them again; least recently used out first, thread-safe
        self.solve_memo: SolvedSelections[frozenset[int]] = SolvedSelections()
        self.first_stage_memo: SolvedSelections[tuple[float, frozenset[int]]] = SolvedSelections()
        # `teaching_audiences`: the courses preparing to teach, by position, read once per catalogue
        self._teaching: dict[int, Audience] | None = None
        for c in self.credentials:
            taught = tuple(ref.uri for ref in c.skills if ref.counts)  # a weak inferred skill is not taught
            self.skills_of[c.id] = taught
            for uri in taught:
                self.by_skill.setdefault(uri, []).append(c)
            for st in c.stacks_into:
                self.parts_of.setdefault(st.target, []).append(c)
        # per stack target: [(part, ECTS it counts)], the parts studied (not targets themselves), [(part id,
        # ECTS)]
        self.stack_parts: dict[
            str, tuple[list[tuple[Credential, float]], list[Credential], list[tuple[str, float]]]
        ] = {}
        for target_id, members in self.parts_of.items():
            parts = [(c, stack_ects(c, target_id)) for c in members]
            self.stack_parts[target_id] = (
                parts,
                [c for c in members if c.stack_ects_required is None],
                [(c.id, e) for c, e in parts],
            )

    def __len__(self) -> int:
        return len(self.credentials)

    def __getitem__(self, k):  # type: ignore[override]
        return self.credentials[k]

    def best_value_teachers(self, uri: str) -> list[Credential]:
        """The credentials teaching `uri` that can be studied (not stack targets): those whose catalogue
        states the skill first (a 2-hour clip whose Python tag was inferred from its text is no Python
        prerequisite while a course stating it exists), then by hours + EUR/10, then catalogue order; computed
        once per skill (filling the memo twice from two threads is harmless)."""
        ranked = self._ranked.get(uri)
        if ranked is None:
            ranked = self._ranked[uri] = self._best_value_order(uri)
        return ranked

    def _best_value_order(self, uri: str) -> list[Credential]:
        """`best_value_teachers(uri)` sorted with arrays (session 23: the sort with a key per teacher was ~5%
        of a cold 100k plan): the teachers' positions (`positions`, in `by_skill` order, a skill listed twice
        kept twice), stack targets left out (`value_arrays`), then a stable sort by (not stated: the
        catalogue's own tags, `stated_positions`; hours + EUR/10, `value_arrays`; catalogue order), the keys
        the sort by a key per credential read, so the same list in the same order."""
        at = self.positions(uri)
        if not len(at):
            return []
        value, stack, order = self.value_arrays
        at = at[~stack[at]]
        unstated = ~np.isin(at, self.stated_positions(uri))
        ranked = at[np.lexsort((order[at], value[at], unstated))]
        return list(map(self.credentials.__getitem__, ranked.tolist()))

    @cached_property
    def first_level_teachers(self) -> dict[str, list[Credential]]:
        """Per skill, the first courses (`foundation.first_course`: at `foundation.FIRST_LEVEL` or below, no
        certificate, not for educators) that the catalogue itself tags with it, in catalogue order: what
        `foundation.foundation_courses` reads (one pass over the catalogue, when a newcomer's plan first
        asks; the audience from `teaching_audiences`, read once per catalogue)."""
        found: dict[str, list[Credential]] = {}
        educators = self.teaching_audiences()
        for k, c in enumerate(self.credentials):
            if (
                c.eqf_level is not None
                and c.eqf_level <= FIRST_LEVEL
                and c.stack_ects_required is None
                and k not in educators
            ):
                for r in c.skills:
                    if r.counts and not r.inferred:
                        found.setdefault(r.uri, []).append(c)
        return found

    @cached_property
    def first_level_positions(self) -> dict[str, np.ndarray]:
        """`first_level_teachers` as catalogue positions, per skill (a course tagging the skill twice is
        there twice, as in the lists): what `foundation_ranking` counts with (session 22)."""
        position = self.position
        return {
            uri: np.fromiter((position[id(c)] for c in found), dtype=np.int64, count=len(found))
            for uri, found in self.first_level_teachers.items()
        }

    def stated_positions(self, uri: str) -> np.ndarray:
        """Sorted distinct catalogue positions of the entries the catalogue itself tags with `uri` (a tag not
        inferred from the text, counted or not: `core.goal_course_ranking`'s "stated"); memoised, filled for
        every skill by `warm` (session 22)."""
        if not self._stated_full:
            self._fill_stated()
        return self._stated.get(uri, _NO_POSITIONS)

    def _fill_stated(self) -> None:
        """Every skill's `stated_positions` in one pass over the catalogue."""
        grouped: dict[str, list[int]] = {}
        for k, c in enumerate(self.credentials):
            for r in c.skills:
                if not r.inferred:
                    grouped.setdefault(r.uri, []).append(k)
        self._stated = {uri: np.unique(np.array(at, dtype=np.int64)) for uri, at in grouped.items()}
        self._stated_full = True

    @cached_property
    def not_goal_course(self) -> np.ndarray:
        """Per catalogue position: a stack target or a certificate, never the goal's course
        (`core.goal_course_ranking`)."""
        out = [c.stack_ects_required is not None or c.kind == "certificate" for c in self.credentials]
        return np.array(out, dtype=bool)

    def teaching_audiences(self) -> dict[int, Audience]:
        """The audience of every course that prepares its learners to teach, by catalogue position
        (`audience.course_audience`), read once for the whole catalogue when a plan first asks: a property of
        the catalogue, not of a learner (session 18: read per plan for each new teacher, it was ~57 ms of a
        100k plan)."""
        if self._teaching is None:
            self._teaching = {
                k: a for k, c in enumerate(self.credentials) if (a := course_audience(c)).for_educators
            }
        return self._teaching

    def positions(self, uri: str) -> np.ndarray:
        """Catalogue positions of the credentials teaching `uri`, once per listing of it (memoised)."""
        found = self._positions.get(uri)
        if found is None:
            position = self.position
            found = np.fromiter((position[id(c)] for c in self.by_skill.get(uri, ())), dtype=np.int64)
            self._positions[uri] = found
        return found

    def distinct_positions(self, uri: str) -> np.ndarray:
        """`positions(uri)` sorted, each once (`np.unique`): the same for every gap, so memoised here, not
        per plan (session 16: ~5% of a 100k plan sorted them again for each gap)."""
        found = self._distinct.get(uri)
        if found is None:
            found = self._distinct[uri] = np.unique(self.positions(uri))
        return found

    def earn_value(self, target_id: str) -> float:
        """Best-value measure of earning a stack target: hours + EUR/10 of its studied parts, best value per
        ECTS first, until their ECTS reach its requirement (inf when they cannot); memoised."""
        found = self._earn.get(target_id)
        if found is None:
            target = self.by_id.get(target_id)
            need = float(target.stack_ects_required or 0.0) if target is not None else 0.0
            parts = [
                (c, e)
                for c, e in self.stack_parts.get(target_id, ([], [], []))[0]
                if c.stack_ects_required is None and e > 0
            ]
            value = {c.id: self.hours_of[c.id] + (self.cost_of[c.id] or 0.0) / 10 for c, _ in parts}
            have, found = 0.0, 0.0
            for c, e in sorted(parts, key=lambda ce: value[ce[0].id] / ce[1]):
                if have >= need - 1e-9:
                    break
                have += e
                found += value[c.id]
            if have < need - 1e-9:
                found = float("inf")
            self._earn[target_id] = found
        return found

    @cached_property
    def languages(self) -> tuple[str, ...]:
        """Every language some entry states: 'any language' when a language limit is relaxed."""
        return tuple(sorted({x for c in self.credentials for x in c.languages}))

    @cached_property
    def value_arrays(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Per catalogue position: hours + EUR/10 (the best-value measure), whether it is a stack target
        (earned, not studied), and the catalogue order of its id."""
        hours, cost = self.hours_of, self.cost_of
        value = np.array([hours[i] + (cost[i] or 0.0) / 10 for i in self.ids], dtype=float)
        stack = np.array([c.stack_ects_required is not None for c in self.credentials], dtype=bool)
        order = np.array([self.order[c.id] for c in self.credentials], dtype=np.int64)
        return value, stack, order

    @cached_property
    def dependants(self) -> dict[str, tuple[str, ...]]:
        """Entry id -> the ids of the entries naming it as a prerequisite (where a course leads)."""
        found: dict[str, list[str]] = {}
        for c in self.credentials:
            for p in c.prerequisites:
                found.setdefault(p, []).append(c.id)
        return {p: tuple(ds) for p, ds in found.items()}

    @cached_property
    def has_dependants(self) -> np.ndarray:
        """Per catalogue position: whether some entry names it as a prerequisite."""
        named = self.dependants
        return np.array([i in named for i in self.ids], dtype=bool)

    @cached_property
    def prerequisite_levels(self) -> dict[str, int]:
        """The EQF level of every entry some entry names as a prerequisite (those that state one)."""
        named = {p for c in self.credentials for p in c.prerequisites}
        return {
            p: lvl for p in named if (c := self.by_id.get(p)) is not None and (lvl := c.eqf_level) is not None
        }

    @cached_property
    def prerequisites_by_level(self) -> dict[int, tuple[str, ...]]:
        """`prerequisite_levels` grouped by EQF level, so a rule about low levels reads only those."""
        grouped: dict[int, list[str]] = {}
        for p, lvl in self.prerequisite_levels.items():
            grouped.setdefault(lvl, []).append(p)
        return {lvl: tuple(ps) for lvl, ps in grouped.items()}

    def dated_teachers(self, uri: str, *, on_the_way: bool = False) -> list[Credential]:
        """The entries with dated sessions (only those can need more hours a week than a learner has,
        `load.py`) teaching `uri` (`by_skill[uri]`, in that order); with `on_the_way`, then the dated direct
        prerequisites of its teachers (session 26: Parallel Programming with MPI, a dated session, comes
        before Performance Analysis, which teaches "ICT performance analysis methods" and runs any time);
        memoised."""
        key = (uri, on_the_way)
        found = self._dated.get(key)
        if found is None:
            teachers = self.by_skill.get(uri, ())
            found = [c for c in teachers if c.sessions]
            seen = {c.id for c in found}
            for c in teachers if on_the_way else ():
                for pid in c.prerequisites:
                    if pid not in seen and (p := self.by_id.get(pid)) is not None and p.sessions:
                        seen.add(pid)
                        found.append(p)
            self._dated[key] = found
        return found

    @cached_property
    def eqf_levels(self) -> np.ndarray:
        """Per catalogue position: the entry's EQF level, -1 when not stated."""
        return np.array(
            [-1 if c.eqf_level is None else c.eqf_level for c in self.credentials], dtype=np.int64
        )

    @cached_property
    def skill_counts(self) -> np.ndarray:
        """Per catalogue position: how many skills the entry teaches (distinct, the lookup's)."""
        return np.array([len(set(self.skills_of[i])) for i in self.ids], dtype=np.int64)

    @cached_property
    def inferred_only(self) -> np.ndarray:
        """Per catalogue position: whether every skill the entry teaches was inferred (none stated by the
        catalogue): its link to a goal rests on text matching (`single_inferred`)."""
        return np.array([all(r.inferred for r in c.skills if r.counts) for c in self.credentials], dtype=bool)

    def warm(self) -> CatalogueLookup:
        """Compute now the per-catalogue arrays and tables every plan reads (otherwise the first plan after
        start pays for them: ~30 ms at 10k); a server's warm-up calls it once per index version. Session 22
        added what a newcomer's or a goal's first plan read lazily, per skill or once: where each course
        leads (`dependants`, `has_dependants`), the first courses by stated skill
        (`first_level_teachers`, `first_level_positions`), every skill's teachers as positions
        (`positions`, `distinct_positions`) and stated tags (`stated_positions`), and `not_goal_course`;
        session 23 every skill's `best_value_teachers` and every stack target's `earn_keys`.
        All of it lives on this lookup: a re-index builds a new lookup, so nothing of an old catalogue is
        read for a new one."""
        _ = (
            self.value_arrays,
            self.prerequisites_by_level,
            self.eqf_levels,
            self.skill_counts,
            self.inferred_only,
            self.languages,
            self.teaching_audiences(),
            self.has_dependants,
            self.first_level_positions,
            self.not_goal_course,
        )
        for uri in self.by_skill:
            self.distinct_positions(uri)
        if not self._stated_full:
            self._fill_stated()
        # session 23: what a cold plan's candidate sets read per skill and per stack target (~10% of a cold
        # 100k plan): every skill's best-value teachers and every stack target's sort key
        for uri in self.by_skill:
            self.best_value_teachers(uri)
        for c in self.credentials:
            if c.stack_ects_required is not None and c.id not in self.earn_keys:
                self.earn_keys[c.id] = (self.earn_value(c.id), self.order.get(c.id, 0))
        return self

    @classmethod
    def of(cls, credentials: Sequence[Credential]) -> CatalogueLookup:
        return credentials if isinstance(credentials, CatalogueLookup) else cls(credentials)


_NO_PARTS: tuple[list, list, list] = ([], [], [])
_NO_POSITIONS = np.zeros(0, dtype=np.int64)


@dataclass
class GapTeachers:
    """What depends only on (gap, catalogue): every credential teaching a gap skill, in catalogue order and
    per gap skill in best-value order (the pruning order). Shared by every candidate set built for the same
    gap."""

    skill_index: dict[str, int]
    teaching: dict[str, Credential]  # catalogue order
    plain: Sequence[Credential]  # teaching, without stack targets (those are earned, not studied)
    stacks: list[Credential]  # teaching stack targets
    ranked: Sequence[Credential]  # plain, by hours + EUR/10 per gap skill taught, then catalogue order
    ranked_by_skill: Mapping[
        str, list[tuple[Credential, int]]
    ]  # uri -> (plain teacher, times it lists uri), ranked
    skills_of: dict[str, tuple[str, ...]]  # credential id -> skills it teaches (the lookup's)
    covers: dict[str, frozenset[int]] = field(
        default_factory=dict
    )  # memo: credential id -> gap skills taught
    target_covers: dict[str, frozenset[int]] = field(
        default_factory=dict
    )  # memo: target id -> gap skills it covers
    # memo of `covers_of`: one set per distinct list of skill indices (copies and siblings of a course list
    # the same skills in the same order), so a plan holds a few hundred sets instead of one per credential;
    # the same list in the same order builds the same table, so a shared set iterates as a new one would
    # (session 11: fewer objects promoted to the collector's oldest generation per plan)
    cover_sets: dict[tuple[int, ...], frozenset[int]] = field(default_factory=dict, repr=False)
    extended: dict[tuple[str, tuple[str, ...]], tuple[Credential, Credential]] = field(
        default_factory=dict
    )  # memo
    _stacks_by_skill: dict[int, list[Credential]] | None = field(default=None, repr=False)
    bridge_levels: dict = field(default_factory=dict, repr=False)  # memo of `level.Bridges`, per EQF level
    bundle_sets: dict[frozenset[int], frozenset[int]] = field(
        default_factory=dict, repr=False
    )  # one object per distinct bundle cover (`prerequisites.bundle_covers`)
    closure_sets: dict[tuple[int, ...], frozenset[int]] = field(
        default_factory=dict, repr=False
    )  # closures made the same way, one object (`prerequisites.all_closures`)
    weak: frozenset[str] = (
        frozenset()
    )  # ids whose only link to the gap is one inferred tag (`single_inferred`)
    detoured: frozenset[str] = frozenset()  # of `weak`: first steps towards another occupation (`detours`)
    useful_teachers: dict[frozenset[str], dict[str, list[Credential]]] = field(
        default_factory=dict, repr=False
    )  # memo of `prerequisites.SkillProviders`: useful skills -> uri -> its teachers teaching one
    presumed_sets: dict[tuple, frozenset[str]] = field(
        default_factory=dict, repr=False
    )  # memo of `level.LevelCheck.presumed`: prerequisites met by the learner's level

    def stacks_by_skill(self, lk: CatalogueLookup) -> dict[int, list[Credential]]:
        """Per gap skill index, the stack targets teaching it, cheapest to earn first (`lk.earn_value`, then
        catalogue order); computed once per gap."""
        if self._stacks_by_skill is None:
            by_skill: dict[int, list[Credential]] = {}
            for c in self.stacks:
                for j in self.covers_of_target(c):
                    by_skill.setdefault(j, []).append(c)
            key = lk.earn_keys  # the same for every gap: filled once per catalogue (session 16)
            for c in self.stacks:
                if c.id not in key:
                    key[c.id] = (lk.earn_value(c.id), lk.order.get(c.id, 0))
            self._stacks_by_skill = {j: sorted(v, key=lambda t: key[t.id]) for j, v in by_skill.items()}
        return self._stacks_by_skill

    def ranked_at_level(self, lk: CatalogueLookup, want: int) -> list[tuple[int, Credential]]:
        """(position in `ranked`, credential) of the ranked teachers at EQF level `want`, in that order: the
        level's entries picked with the catalogue's EQF array when `ranked` holds positions."""
        ranked = self.ranked
        if isinstance(ranked, Positions):
            at = ranked.at
            found = np.flatnonzero(lk.eqf_levels[at] == want).tolist()
            pick = ranked.credentials.__getitem__
            return list(zip(found, map(pick, at[found].tolist())))
        return [(k, c) for k, c in enumerate(ranked) if c.eqf_level == want]

    def teachers_of(self, uri: str) -> Iterator[tuple[Credential, int]]:
        """`ranked_by_skill[uri]` as a stream (read only as far as needed)."""
        ranked = self.ranked_by_skill
        return ranked.teachers_of(uri) if isinstance(ranked, RankedBySkill) else iter(ranked[uri])

    def covers_of(self, cid: str) -> frozenset[int]:
        """Indices of the gap skills credential `cid` teaches; none when its only link to the gap is one
        inferred tag (`weak`, `single_inferred`): taken as a prerequisite it is studied, but a plan does not
        choose it for what it covers (issue 14, session 6)."""
        found = self.covers.get(cid)
        if found is None:
            index = self.skill_index
            if cid in self.weak:
                found = frozenset()
            else:
                listed = tuple([index[u] for u in self.skills_of.get(cid, ()) if u in index])
                found = self.cover_sets.get(listed)
                if found is None:
                    found = self.cover_sets[listed] = frozenset(listed)
            self.covers[cid] = found
        return found

    def parts_of(self, lk: CatalogueLookup, target_id: str) -> list[tuple[Credential, float]]:
        """The catalogue's parts of a stack target with the ECTS each counts towards it."""
        return lk.stack_parts.get(target_id, _NO_PARTS)[0]

    def plain_parts_of(self, lk: CatalogueLookup, target_id: str) -> list[Credential]:
        """The parts of a stack target that are studied (not stack targets themselves), in `parts_of`
        order."""
        return lk.stack_parts.get(target_id, _NO_PARTS)[1]

    def part_ids_of(self, lk: CatalogueLookup, target_id: str) -> list[tuple[str, float]]:
        """`parts_of` by credential id: [(part id, ECTS it counts)]."""
        return lk.stack_parts.get(target_id, _NO_PARTS)[2]

    def with_prerequisites(self, cred: Credential, extra: tuple[str, ...]) -> Credential:
        """`cred` with `extra` appended to its prerequisites (repeats dropped): one copy per (credential,
        extra) for all the candidate sets of the gap (credentials are frozen, so the sets may share it)."""
        key = (cred.id, extra)
        found = self.extended.get(key)
        if found is None or found[0] is not cred:
            found = (
                cred,
                cred.model_copy(update={"prerequisites": tuple(dict.fromkeys(cred.prerequisites + extra))}),
            )
            self.extended[key] = found
        return found[1]

    def covers_of_target(self, target: Credential) -> frozenset[int]:
        found = self.target_covers.get(target.id)
        if found is None:
            # the lookup's `skills_of` lists exactly the counted skills, in order (a property read per skill
            # was most of this at 100k); a target the lookup does not hold reads its own
            index = self.skill_index
            taught = self.skills_of.get(target.id)
            if taught is None:
                taught = tuple(r.uri for r in target.skills if r.counts)
            found = frozenset([index[u] for u in taught if u in index])
            self.target_covers[target.id] = found
        return found


def _may_detour(gap: Gap, lk: CatalogueLookup, teaching: np.ndarray) -> np.ndarray:
    """`teaching` narrowed to the entries `detours` must judge: teaching none of the goal's own skills, and
    teaching another occupation's core or needed first by some entry (a cheap array filter: at 100k most
    teachers are neither)."""
    if not gap.elsewhere:
        return np.zeros(len(teaching), dtype=bool)
    n = len(teaching)

    def mask(uris) -> np.ndarray:
        found = [lk.positions(u) for u in uris]
        out = np.zeros(n, dtype=bool)
        if found:
            out[np.concatenate(found)] = True
        return out

    own = set(gap.own) | {g.uri for g in gap.skills if g.essential and g.weight >= OWN_WEIGHT - 1e-9}
    return teaching & ~mask(own) & (mask(gap.elsewhere) | lk.has_dependants)


def _neighbour_tracks(gap: Gap, lk: CatalogueLookup, at: np.ndarray) -> frozenset[str]:
    """The ids among `at` (teachers of the gap) opening a neighbouring occupation's track
    (`neighbour_steps.neighbour_tracks`: Data Engineering Foundations for a data analyst)."""
    if not gap.marginal:
        return frozenset()
    essential = {g.uri for g in gap.skills if g.essential}
    ids = map(lk.ids.__getitem__, at.tolist())
    return neighbour_tracks(ids, lk.skills_of, lk.dependants, essential, gap.marginal)


def _off_field(gap: Gap, lk: CatalogueLookup, at: np.ndarray) -> frozenset[str]:
    """The ids among `at` (teachers of the gap) read from their text whose only goal skills are the goal's
    marginal skills of other fields (`field_steps.off_field`: Risk Management for Projects for an ICT
    security engineer)."""
    if not gap.cross_field:
        return frozenset()
    positions = at.tolist()
    ids = [lk.ids[k] for k in positions]
    inferred = dict(zip(ids, lk.inferred_only[positions].tolist(), strict=True))
    essential = {g.uri for g in gap.skills if g.essential}
    return off_field(ids, lk.skills_of, inferred, essential, gap.cross_field, essential | set(gap.held))


def _other_tracks(
    gap: Gap, lk: CatalogueLookup, at: np.ndarray, teaches: Callable[[str], bool]
) -> frozenset[str]:
    """The ids among `at` (courses at most half about the gap) on another subject's track (`off_track`) that
    lead to no teacher of the gap (`teaches`: none names it as a prerequisite): no teacher of the gap, and
    covering nothing when they come in as a stack's part (session 28: Cluster Resource Management and
    Scheduling, a part of the HPC certificate after the HPC introduction, was a network engineer's cheapest
    proposal for one forecasting skill, fresh27-07). One a teacher needs first keeps what it covers: it is
    studied on the goal's way."""
    if not gap.centre:
        return frozenset()
    known = goal_skill_uris(gap)
    credentials, dependants = lk.credentials, lk.dependants
    return frozenset(
        c.id
        for k in at.tolist()
        if (c := credentials[k]).prerequisites
        and not any(map(teaches, dependants.get(c.id, ())))
        and off_track(c, gap, lk, known)
    )


def _audience_mismatched(gap: Gap, lk: CatalogueLookup, at: np.ndarray) -> list[int]:
    """The positions among `at` (teachers of the gap) whose audience is not this learner's
    (`audience.mismatched`): they cover nothing, as a weak teacher."""
    essential = {g.uri: g.label for g in gap.skills if g.essential}
    teaching = lk.teaching_audiences()
    rows = [
        (k, a, [essential[u] for u in lk.skills_of[lk.ids[k]] if u in essential])
        for k in at.tolist()
        if (a := teaching.get(k)) is not None
    ]
    return mismatched(gap.goal_label, rows)


def gap_teachers(gap: Gap, lk: CatalogueLookup) -> GapTeachers:
    """Who teaches the gap's skills, found with array operations over the catalogue positions (ids must be
    unique, as the catalogue loader ensures; otherwise `gap_teachers_by_id`, the same result the slow way)."""
    if len(lk.by_id) != len(lk.credentials):
        return gap_teachers_by_id(gap, lk)
    skill_index = {g.uri: j for j, g in enumerate(gap.skills)}
    n = len(lk.credentials)
    listed = [lk.positions(uri) for uri in skill_index]
    times = np.bincount(np.concatenate(listed), minlength=n) if listed else np.zeros(n, dtype=np.int64)
    value, stack, order = lk.value_arrays
    # a studied course mostly about other subjects teaches this gap nothing (`on_focus`)
    if listed:
        firsts = [lk.distinct_positions(uri) for uri in skill_index]
        optional = [np.full(len(f), not g.essential) for f, g in zip(firsts, gap.skills, strict=True)]
        at_all = np.concatenate(firsts)
        opt = np.bincount(at_all, weights=np.concatenate(optional).astype(float), minlength=n)
        about = np.bincount(at_all, minlength=n) - (1 - OPTIONAL_FOCUS) * opt
        weight = lk.skill_counts - (1 - OPTIONAL_FOCUS) * opt
        distinct = np.bincount(at_all, minlength=n)
        flags = [(g.essential, generic(g)) for g in gap.skills]
        ess = np.bincount(
            at_all, weights=np.repeat([e for e, _ in flags], list(map(len, firsts))), minlength=n
        )
        gen = np.bincount(
            at_all, weights=np.repeat([x for _, x in flags], list(map(len, firsts))), minlength=n
        )
        brd = np.bincount(
            at_all,
            weights=np.repeat([g.essential and g.broad for g in gap.skills], list(map(len, firsts))),
            minlength=n,
        )
        anc = np.bincount(
            at_all,
            weights=np.repeat([ancestor_like(g) for g in gap.skills], list(map(len, firsts))),
            minlength=n,
        )
        lone = ((ess == 1) & (gen == 1)) | ((ess >= 1) & (2 * brd > ess))  # `lone_generic`, `broad_only`
        # `ancestors_only`: the bound above, then whether a narrower concept is taught beside an ancestor
        by_uri = {g.uri: g for g in gap.skills}
        for k in np.flatnonzero((ess >= 1) & (anc == ess) & (lk.skill_counts > distinct)).tolist():
            taught = lk.skills_of[lk.ids[k]]
            lone[k] = lone[k] or ancestors_only([by_uri[u] for u in set(taught) if u in by_uri], taught)
        # a course the catalogue tags with a skill the goal is named after is about the goal (`names_goal`)
        named = np.zeros(n, dtype=bool)
        for j, g in enumerate(gap.skills):
            if g.named and g.essential:
                for k in firsts[j].tolist():
                    named[k] = named[k] or stated(lk.credentials[k], g.uri)
    else:
        about, weight, distinct = times.astype(float), lk.skill_counts, times
        lone, named = np.zeros(n, dtype=bool), np.zeros(n, dtype=bool)
    # a course opening a track towards another occupation's core is no teacher of this goal (`detours`),
    # nor covers anything when it comes in as a stack's part (judged before the focus rule for that)
    may = np.flatnonzero(_may_detour(gap, lk, ~stack & (times > 0))).tolist()
    off = detours(gap, lk, map(lk.ids.__getitem__, may))
    below = ~stack & ~named & (times > 0) & (about < FOCUS_SHARE * weight - 1e-9)
    times[below] = 0
    # a course exactly half about the goal, whose prerequisites teach none of it, is on another track
    edge = ~stack & ~named & (times > 0) & (np.abs(about - FOCUS_SHARE * weight) < 1e-9)
    for k in np.flatnonzero(edge).tolist():
        if off_track(lk.credentials[k], gap, lk):
            times[k] = 0
    # ... and such a course no teacher needs first covers nothing as a stack's part (session 28)
    tracks = _other_tracks(
        gap, lk, np.flatnonzero(below | edge), lambda cid: bool(times[lk.order[cid]]) and cid not in off
    )
    weak = ~stack & ((lk.inferred_only & (distinct == 1)) | lone)
    # ... unless the title names that one skill (`single_inferred`, session 15)
    for k in np.flatnonzero(weak & ~lone & lk.inferred_only & (distinct == 1)).tolist():
        cid = lk.ids[k]
        uri = next(u for u in lk.skills_of[cid] if u in skill_index)
        weak[k] = short_clip(lk.credentials[k]) or not titled(lk, cid, gap.skills[skill_index[uri]])
    # inferred tags rephrasing one another are one piece of evidence (`single_inferred`)
    for k in np.flatnonzero(~stack & lk.inferred_only & (distinct > 1)).tolist():
        cid = lk.ids[k]
        weak[k] = single_inferred(lk.credentials[k], [u for u in lk.skills_of[cid] if u in skill_index])
    # ... unless the title names the narrower concept it teaches of a generic gap skill (`named_narrower`)
    narrower = {u for g in gap.skills if g.essential for u in g.narrower}
    if narrower:  # only the weak entries tagged with such a narrower concept are read
        by_uri = {g.uri: g for g in gap.skills}
        tagged = np.zeros(n, dtype=bool)
        for u in narrower:
            tagged[lk.distinct_positions(u)] = True
        for k in np.flatnonzero(tagged & weak & ~stack & lk.inferred_only).tolist():
            c = lk.credentials[k]
            taught = lk.skills_of[c.id]
            taught_gap = [by_uri[u] for u in taught if u in by_uri]
            if short_clip(c) or broad_only(taught_gap) or ancestors_only(taught_gap, taught):
                continue
            weak[k] = not names_narrower(c, taught_gap)
    weak[[lk.order[cid] for cid in off]] = True
    weak[[lk.order[cid] for cid in tracks]] = True
    weak[[lk.order[cid] for cid in _neighbour_tracks(gap, lk, np.flatnonzero(~stack & (times > 0)))]] = True
    weak[[lk.order[cid] for cid in _off_field(gap, lk, np.flatnonzero(~stack & (times > 0)))]] = True
    weak[_audience_mismatched(gap, lk, np.flatnonzero(~stack & (times > 0)))] = True
    weak_at = np.flatnonzero(weak)
    times[weak_at] = 0
    at = np.flatnonzero(times)  # teaching a gap skill, in catalogue order
    credentials = lk.credentials
    at_list = at.tolist()
    teaching = dict(zip(map(lk.ids.__getitem__, at_list), map(credentials.__getitem__, at_list)))
    plain_at = at[~stack[at]]
    # best value first: hours + EUR/10 per gap skill taught, then catalogue order
    ranked_at = plain_at[np.lexsort((order[plain_at], value[plain_at] / np.maximum(1, times[plain_at])))]
    rank = np.empty(n, dtype=np.int64)
    rank[ranked_at] = np.arange(len(ranked_at))
    # per gap skill, its plain teachers in that order with how often each lists the skill: one sort of all
    # (skill, teacher) pairs by skill, then rank
    uris = list(skill_index)
    spans: dict[str, tuple[int, int]] = {}
    pos = count = np.zeros(0, dtype=np.int64)
    if listed:
        pos = np.concatenate(listed)
        skill = np.repeat(np.arange(len(listed)), [len(p) for p in listed])
        plain = ~stack[pos] & (times[pos] > 0)
        pairs, count = np.unique(skill[plain] * n + pos[plain], return_counts=True)
        skill, pos = np.divmod(pairs, n)
        by = np.lexsort((rank[pos], skill))
        skill, pos, count = skill[by], pos[by], count[by]
        starts = np.flatnonzero(np.r_[True, skill[1:] != skill[:-1]]) if len(skill) else skill
        bounds = np.r_[starts, len(skill)].tolist()
        spans = {uris[j]: (a, b) for j, a, b in zip(skill[starts].tolist(), bounds, bounds[1:])}
    # credentials are looked up from positions only when read: pruning reads a few teachers of each skill
    return GapTeachers(
        skill_index,
        teaching,
        plain=Positions(plain_at, credentials),
        stacks=[credentials[k] for k in at[stack[at]].tolist()],
        ranked=Positions(ranked_at, credentials),
        ranked_by_skill=RankedBySkill(spans, pos, count, credentials),
        skills_of=lk.skills_of,
        weak=frozenset(map(lk.ids.__getitem__, weak_at.tolist())),
        detoured=off,
    )


class Positions(Sequence[Credential]):
    """Catalogue entries by position, looked up as they are read (a prefix is often all that is read)."""

    def __init__(self, at: np.ndarray, credentials: list[Credential]) -> None:
        self.at, self.credentials = at, credentials

    def __len__(self) -> int:
        return len(self.at)

    def __getitem__(self, k):  # type: ignore[override]
        if isinstance(k, slice):
            return [self.credentials[i] for i in self.at[k].tolist()]
        return self.credentials[int(self.at[k])]

    def __iter__(self) -> Iterator[Credential]:
        pick = self.credentials.__getitem__
        for a in range(0, len(self.at), 256):
            yield from map(pick, self.at[a : a + 256].tolist())


class RankedBySkill(Mapping[str, list[tuple[Credential, int]]]):
    """Per gap skill, its plain teachers in best-value order with how often each lists the skill, kept as
    position arrays and turned into (credential, count) pairs only as read (`teachers_of` streams them)."""

    def __init__(
        self,
        spans: dict[str, tuple[int, int]],
        pos: np.ndarray,
        count: np.ndarray,
        credentials: list[Credential],
    ) -> None:
        self.spans, self.pos, self.count, self.credentials = spans, pos, count, credentials

    def __getitem__(self, uri: str) -> list[tuple[Credential, int]]:
        return list(self.teachers_of(uri))

    def __iter__(self) -> Iterator[str]:
        return iter(self.spans)

    def __len__(self) -> int:
        return len(self.spans)

    def teachers_of(self, uri: str) -> Iterator[tuple[Credential, int]]:
        a, b = self.spans[uri]
        pick = self.credentials.__getitem__
        for s in range(a, b, 64):
            e = min(b, s + 64)
            yield from zip(map(pick, self.pos[s:e].tolist()), self.count[s:e].tolist())


FOCUS_SHARE = (
    0.5  # a course teaches a gap only when at least this share of the skills it teaches are the gap's
)
OPTIONAL_FOCUS = 0.5  # an optional gap skill counts this much on both sides of the share (half a skill)


def focus_weight(skill: GapSkill) -> float:
    """How much a gap skill a course teaches counts towards the course being about the goal: 1 for an
    essential skill, OPTIONAL_FOCUS for an optional one (half a skill)."""
    return 1.0 if skill.essential else OPTIONAL_FOCUS


def focus_share(taught: Collection[str], gap_skills: Mapping[str, GapSkill]) -> tuple[float, float]:
    """(how much of what a course teaches is the goal's, how much it teaches) for the focus rule: each
    distinct skill of `taught` weighs 1, a gap skill its `focus_weight` on both sides. The one reading of
    the share per course (`on_focus`, and `gap_teachers_by_id`'s courses at most half about the gap);
    `gap_teachers` computes the same with arrays."""
    weights = [focus_weight(g) if (g := gap_skills.get(u)) is not None else None for u in set(taught)]
    about = sum(w for w in weights if w is not None)
    return about, sum(1.0 if w is None else w for w in weights)


def on_focus(
    cid: str, gap_skills: Mapping[str, GapSkill], lk: CatalogueLookup, gap: Gap | None = None
) -> bool:
    """Whether a course is about the goal: the gap skills it teaches make at least FOCUS_SHARE of those it
    teaches, an optional gap skill weighing OPTIONAL_FOCUS on both sides (so optional skills neither carry a
    course about something else nor dilute one about them). One mostly about other subjects (an HPC
    introduction tagged 'operating systems' and 'ICT infrastructure' for a future security administrator:
    one essential and one optional skill of four, 1.5 of 3.5) teaches the gap nothing: it is planned only as
    a prerequisite. Nor is one exactly half about the gap on another subject's track (`off_track`, read with
    the `gap` when given). `gap_teachers` applies the same rules to arrays."""
    taught = set(lk.skills_of.get(cid, ()))
    about, total = focus_share(taught, gap_skills)
    taught_gap = [g for u in taught if (g := gap_skills.get(u)) is not None]
    c = lk.by_id[cid]

    def named_narrower() -> bool:  # a title naming the narrower concept it teaches (session 20)
        return not short_clip(c) and names_narrower(c, taught_gap)

    if single_inferred(c, [u for u in taught if u in gap_skills], gap_skills) and not named_narrower():
        return False
    if (lone_generic(taught_gap) and not named_narrower()) or broad_only(taught_gap):
        return False
    if ancestors_only(taught_gap, tuple(taught)):
        return False
    if names_goal(lk.by_id[cid], taught_gap):
        return True
    if abs(about - FOCUS_SHARE * total) < 1e-9 and gap is not None and off_track(c, gap, lk):
        return False
    return bool(taught) and about >= FOCUS_SHARE * total - 1e-9


def goal_skill_uris(gap: Gap) -> set[str]:
    """The goal's skills as `off_track` reads them: the gap's and those the learner holds."""
    return {g.uri for g in gap.skills} | set(gap.held)


def off_track(c: Credential, gap: Gap, lk: CatalogueLookup, known: set[str] | None = None) -> bool:
    """Whether `c` teaches a skill that is none of the goal's (the gap's skills and those the learner holds)
    and every prerequisite it names is in the catalogue and teaches none of them: then `c` is a step on
    another subject's track, and a course only half about the gap (`FOCUS_SHARE` exactly) is not about the
    goal (issue 14, session 27). Cluster Resource Management and Scheduling (capacity and network-needs
    forecasting beside cluster administration and programming), after Introduction to High-Performance
    Computing, was a network architect's plan with Network Monitoring (fresh26-02); Network Capacity
    Planning, after Network Monitoring, stays, and so does a cyber-security introduction half of whose skills
    the learner holds, after a citizen's course on staying safe online (plan-082). Only for a goal
    occupation (`Gap.centre` says where its work starts): an area's or a goal of skills' few skills say too
    little of its subject (the "data governance" area's six left out the GDPR course before data
    classification, fr-skip-12)."""
    if not gap.centre:
        return False
    known = goal_skill_uris(gap) if known is None else known
    if all(u in known for u in lk.skills_of.get(c.id, ())):
        return False
    found = [lk.by_id.get(p) for p in c.prerequisites]
    return bool(found) and all(p is not None and known.isdisjoint(lk.skills_of.get(p.id, ())) for p in found)


def generic(skill: GapSkill) -> bool:
    """An essential gap skill many occupations need (`gaps.central_weight` below 1: computer programming,
    operating systems, query languages)."""
    return skill.essential and skill.weight < ESSENTIAL_WEIGHT


def lone_generic(gap_skills_taught: Sequence[GapSkill]) -> bool:
    """One generic tag is no evidence that a course is about the goal (issue 14, session 6): a course whose
    only essential gap skill is a generic one (an HPC introduction tagged 'operating systems' for a system
    administrator, where that is its one essential skill) is not a teacher of the gap, like `single_inferred`;
    its optional skills do not rescue it."""
    essential = [g for g in gap_skills_taught if g.essential]
    return len(essential) == 1 and generic(essential[0])


def ancestor_like(skill: GapSkill, taught: Collection[str] = ()) -> bool:
    """An essential gap skill whose tag does not name the goal's subject: a broad ancestor
    (`GapSkill.narrower`: operating systems, ICT infrastructure) that the course does not also teach a
    narrower concept of (`taught`: its skills; Python beside computer programming names what is taught),
    unless the goal is named after it (`GapSkill.named`: database for a database administrator). Generic
    skills alone are not enough (tried: "cyber attack counter-measures" and "ICT network security risks", each
    essential for 5-7 occupations, took Security Operations Fundamentals out of a network administrator's
    plan for an HPC cluster course)."""
    if not skill.essential or not skill.narrower or skill.named:
        return False
    return not set(skill.narrower) & set(taught)


def ancestors_only(gap_skills_taught: Sequence[GapSkill], taught: Collection[str]) -> bool:
    """A course whose essential gap skills are all broad ancestors (`ancestor_like`) and that teaches
    something outside the goal (`taught`: every skill it teaches) is about that other subject, not the goal
    (issue 14, session 16): "Introduction to High-Performance Computing" (operating systems, ICT
    infrastructure; distributed computing) was a system administrator's step. Like `lone_generic`, it is no
    teacher of the gap and stays possible as a prerequisite. A course teaching a narrower concept of its
    ancestor (Programming Fundamentals in Python: computer programming and Python) names its subject, and
    one all of whose skills are the goal's is about the goal."""
    essential = [g for g in gap_skills_taught if g.essential]
    return (
        bool(essential)
        and all(ancestor_like(g, taught) for g in essential)
        and len(set(taught)) > len({g.uri for g in gap_skills_taught})
    )


def stated(credential: Credential, uri: str) -> bool:
    """Whether the catalogue itself tags `credential` with skill `uri` (not inferred from its text)."""
    return any(r.uri == uri and r.counts and not r.inferred for r in credential.skills)


def names_goal(credential: Credential, gap_skills_taught: Sequence[GapSkill]) -> bool:
    """Whether the catalogue tags a course with an essential skill the goal is named after
    (`GapSkill.named`): such a course is about the goal whatever share of its skills that is (issue 14,
    session 16): "Curating Training Data Sets for Machine Learning" teaches implement data quality
    processes, the one English course of a data quality specialist's own subject, beside three skills of
    data sets; the focus share left it out and the plan was empty. An inferred tag is no such evidence."""
    return any(g.named and g.essential and stated(credential, g.uri) for g in gap_skills_taught)


def broad_only(gap_skills_taught: Sequence[GapSkill]) -> bool:
    """A course more than half of whose essential gap skills are broad ones (`GapSkill.broad`: ESCO lists
    each as essential for dozens of occupations across fields) is not about the goal (issue 14, session 14):
    "Designing Micro-Credentials" closed a digital literacy teacher's "assessment processes" and "curriculum
    objectives", the skills of every teacher; "Research Data Management and FAIR" was a computer scientist's
    whole plan for three skills of every researcher and "use back-up and recovery tools". Like
    `lone_generic`, it is no teacher of the gap and stays possible as a prerequisite; its optional skills do
    not rescue it. A course of the goal's subject teaches broad skills too, beside its own (Teaching Digital
    Literacy to Adults: "prepare lesson content" among five)."""
    essential = [g for g in gap_skills_taught if g.essential]
    return 2 * sum(g.broad for g in essential) > len(essential)


def single_inferred(
    credential: Credential,
    gap_skills_taught: Collection[str],
    gap_skills: Mapping[str, GapSkill] | None = None,
) -> bool:
    """One inferred tag is no evidence that a course teaches the goal (issue 14, session 6): a course whose
    skills were all inferred from its text (the real edX/Udemy files state none) and that matches one gap
    skill (a 36-minute XPath clip for "query languages", an AngularJS clip for "computer programming") is not
    a teacher of the gap; it stays possible as a prerequisite. A course the catalogue tags itself, or one
    matching two or more gap skills, is judged by the focus rule alone. Session 9: inferred tags that rephrase
    one another are one piece of evidence (`evidence_count`: edX's "Visual Presentation", a branding course,
    was tagged both "visual presentation techniques" and "deliver visual presentation of data"). Session 15:
    a title that names the skill (`GapSkill.names` of `gap_skills`) is the second piece: "Introduction to
    Cloud Computing" teaches cloud technologies, "Understanding TypeScript" TypeScript, "Introduction to
    Cybersecurity" cyber security (left out, cheap English cloud and security courses made plans thin or
    proposals over budget); a clip stays a clip."""
    if not all(r.inferred for r in credential.skills if r.counts):
        return False
    if short_clip(credential):
        return True
    labels = {r.uri: r.label for r in credential.skills}
    if evidence_count([labels[u] for u in gap_skills_taught if u in labels]) != 1:
        return False
    if not gap_skills:
        return True
    named = (n for u in gap_skills_taught if (g := gap_skills.get(u)) is not None for n in g.names)
    return not title_names_any(credential.title, named)


def titled(lk: CatalogueLookup, cid: str, skill: GapSkill) -> bool:
    """Whether the title of entry `cid` names `skill` (`title_names_any`), memoised per catalogue."""
    key = (cid, skill.uri)
    found = lk.titled_memo.get(key)
    if found is None:
        found = lk.titled_memo[key] = title_names_any(lk.by_id[cid].title, skill.names)
    return found


# words a course title wraps its subject in ("Introduction to ...", "... for Beginners"), beside filler
COURSE_WORDS = frozenset(
    "intro introduction introductory fundamentals foundations basics basic essentials essential beginners "
    "beginner getting started start learn learning understanding complete course guide part advanced master "
    "mastering masterclass crash bootcamp training tutorial practical applied scratch gentle your i ii iii "
    "1 2 3 from".split()
)
TITLE_OTHER_WORDS = 1  # a title naming a skill may add this many words of its own ("for Enterprises")


def title_names_any(title: str, names: Iterable[str]) -> bool:
    """Whether `title` names one of `names` (normalised labels, `gaps.title_names`) as its subject: as whole
    words, with at most TITLE_OTHER_WORDS other words beside course words and filler ("Introduction to Cloud
    Computing", "Understanding TypeScript", "Cloud Computing for Enterprises"; not "Public Sector Debt
    Statistics" nor "Finding Your Cybersecurity Career Path", where the skill is not what the course is
    about)."""
    words = [word_form(w) for w in normalise_label(title).split()]
    padded = f" {' '.join(words)} "
    for name in names:
        n = " ".join(word_form(w) for w in name.split())
        if f" {n} " in padded:
            rest = set(padded.replace(f" {n} ", " ").split()) - COURSE_WORDS - _FILLER
            if len(rest) <= TITLE_OTHER_WORDS:
                return True
    return False


# word endings a title and a skill's name may differ by (session 16): American and British spelling and the
# forms of one verb ("Visualizing Data" names "visualise data", "Big Data Analytics" "big data analysis")
_FORMS = (
    ("izations", "is"), ("isations", "is"), ("ization", "is"), ("isation", "is"), ("izing", "is"),
    ("ising", "is"), ("ized", "is"), ("ised", "is"), ("izes", "is"), ("ises", "is"), ("ize", "is"),
    ("ise", "is"), ("ytics", "y"), ("ysis", "y"), ("yses", "y"), ("ysing", "y"), ("yzing", "y"),
    ("yse", "y"), ("yze", "y"),
)  # fmt: skip
FORM_STEM_CHARS = 5  # what is left of a word after its ending: "visual", "anal"+"y" (not "rise", "size")


def word_form(word: str) -> str:
    """A word with its spelling and inflection ending folded (`_FORMS`), so a title and a skill's name that
    say the same thing in other forms match: visualizing, visualisation, visualise -> "visualis"; analytics,
    analysis, analyse -> "analy". Words whose stem would be shorter than FORM_STEM_CHARS stay as they are."""
    for ending, fold in _FORMS:
        if word.endswith(ending) and len(word) - len(ending) + len(fold) >= FORM_STEM_CHARS:
            return word[: -len(ending)] + fold
    return word


SHORT_CLIP_HOURS = 5.0  # a course shorter than this whose skills are all inferred is a clip, not a teacher


def short_clip(credential: Credential) -> bool:
    """A clip: every skill inferred from its text and a stated workload under SHORT_CLIP_HOURS (session 10:
    "Build CRUD Application - PHP & Mysql", 1.5 hours, closed PHP and MySQL in a web developer's plan; an
    HTML/CSS video of one hour closed two skills of an instructional designer). Like one inferred tag, it
    is no teacher of the gap (`single_inferred`), whatever it matches; it stays possible as a prerequisite.
    Unknown hours are not read as short."""
    return (
        credential.hours is not None
        and credential.hours < SHORT_CLIP_HOURS
        and all(r.inferred for r in credential.skills if r.counts)
    )


_FILLER = frozenset({"a", "an", "and", "for", "in", "of", "on", "the", "to", "with"})


def evidence_count(labels: Sequence[str]) -> int:
    """How many separate pieces of evidence skill labels inferred from one text are: labels sharing two words
    or more (filler aside, a plural s aside) say the same thing twice ("visual presentation techniques",
    "deliver visual presentation of data"); "statistics" and "SQL" are two."""
    words = [{w.removesuffix("s") for w in normalise_label(x).split() if w not in _FILLER} for x in labels]
    parent = list(range(len(words)))

    def root(k: int) -> int:
        while parent[k] != k:
            k = parent[k]
        return k

    for a in range(len(words)):
        for b in range(a + 1, len(words)):
            if len(words[a] & words[b]) >= 2:
                parent[root(b)] = root(a)
    return len({root(k) for k in range(len(words))})


def gap_teachers_by_id(gap: Gap, lk: CatalogueLookup) -> GapTeachers:
    """`gap_teachers` one credential at a time, keyed by id (a repeated id keeps its last entry): the same
    rules in the same order, each course's focus share read once (`focus_share`). Session 29: the rules
    about teachers (audience, a neighbour's track, another field) read the courses the share keeps, and a
    course they make weak teaches nothing, as in the arrays (before, they read every course listing a gap
    skill and left weak courses among the teachers: 22 of the 36 bundled goals differed)."""
    skill_index = {g.uri: j for j, g in enumerate(gap.skills)}
    by_uri = {g.uri: g for g in gap.skills}
    listing = {
        c.id: c for uri in skill_index for c in lk.by_skill.get(uri, ()) if c.stack_ects_required is None
    }
    off = detours(gap, lk, sorted(listing, key=lk.order.__getitem__))
    taught_gap = {cid: [by_uri[u] for u in set(lk.skills_of[cid]) if u in by_uri] for cid in listing}
    share = {cid: focus_share(lk.skills_of[cid], by_uri) for cid in listing}
    named = {cid for cid, c in listing.items() if names_goal(c, taught_gap[cid])}

    def kept(cid: str) -> bool:  # the focus share alone (the array path's courses not `below`, not `edge`)
        about, total = share[cid]
        if cid in named:
            return True
        if about < FOCUS_SHARE * total - 1e-9:
            return False
        return abs(about - FOCUS_SHARE * total) >= 1e-9 or not off_track(listing[cid], gap, lk)

    def half_or_less(cid: str) -> bool:  # the array path's `below | edge`
        about, total = share[cid]
        return cid not in named and about <= FOCUS_SHARE * total + 1e-9

    focused = {cid for cid in listing if kept(cid)}
    judged = np.array(sorted(lk.order[cid] for cid in focused), dtype=np.int64)
    weak = off | frozenset(
        cid
        for cid, c in listing.items()
        if single_inferred(c, {u for u in lk.skills_of[cid] if u in skill_index}, by_uri)
        or lone_generic(taught_gap[cid])
        or broad_only(taught_gap[cid])
        or ancestors_only(taught_gap[cid], lk.skills_of[cid])
    )
    weak |= frozenset(lk.ids[k] for k in _audience_mismatched(gap, lk, judged))
    weak |= _neighbour_tracks(gap, lk, judged) | _off_field(gap, lk, judged)
    maybe = np.array(sorted(lk.order[cid] for cid in listing if half_or_less(cid)), dtype=np.int64)
    # not teachers (`on_focus`): they cover nothing as parts or prerequisites
    weak |= _other_tracks(gap, lk, maybe, lambda cid: cid in focused and cid not in off)
    found = {
        id(c): c
        for uri in skill_index
        for c in lk.by_skill.get(uri, ())
        if c.stack_ects_required is not None or on_focus(c.id, by_uri, lk, gap)
    }
    teaching = {
        c.id: c
        for c in (found[k] for k in sorted(found, key=lk.position.__getitem__))
        if c.id not in weak or c.stack_ects_required is not None
    }
    taught = {cid: tuple(u for u in lk.skills_of[cid] if u in skill_index) for cid in teaching}

    def unit_effort(c: Credential) -> float:
        return (lk.hours_of[c.id] + (lk.cost_of[c.id] or 0.0) / 10) / max(1, len(taught[c.id]))

    plain = [c for c in teaching.values() if c.stack_ects_required is None]
    stacks = [c for c in teaching.values() if c.stack_ects_required is not None]
    ranked = sorted(plain, key=lambda c: (unit_effort(c), lk.order.get(c.id, 0)))
    ranked_by_skill: dict[str, list[tuple[Credential, int]]] = {}
    for c in ranked:
        uris = taught[c.id]
        for u in dict.fromkeys(uris):
            ranked_by_skill.setdefault(u, []).append((c, uris.count(u)))
    return GapTeachers(
        skill_index, teaching, plain, stacks, ranked, ranked_by_skill, lk.skills_of, weak=weak, detoured=off
    )


def stack_ects(part: Credential, target_id: str) -> float:
    """The ECTS `part` counts towards `target_id` (its own ECTS when the stack entry names none)."""
    return next(s.ects for s in part.stacks_into if s.target == target_id) or part.ects or 0.0
