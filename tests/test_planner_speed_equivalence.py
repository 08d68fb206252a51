"""The speed-ups of issue 14 (sessions 6 and 7) compute what the code before them computed: each indexed or
one-pass version is checked against the first version, kept here as the definition. The whole planner's
output is compared with a reference commit by `bench/plan_identity.py` (every plan-review case on both
catalogues and the bench's scaled catalogues, byte for byte)."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from test_planner_properties import TAX as PROPERTY_TAXONOMY
from test_planner_properties import TODAY as PROPERTY_TODAY
from test_planner_properties import cases as property_cases

from pathfinder.catalogue import load_catalogue
from pathfinder.domain import Credential, CurrentRole, DatedSession, Goal, HeldSkill, LearnerProfile, SkillRef
from pathfinder.planner import CatalogueLookup
from pathfinder.planner.gaps import analyse_gap, first_upcoming_session_end
from pathfinder.planner.instance import build_instance
from pathfinder.planner.level import Bridges, LevelCheck
from pathfinder.planner.lookup import GapTeachers, Positions
from pathfinder.planner.selection import _model
from pathfinder.settings import BUNDLED_CORPUS

TODAY = date(2026, 1, 5)
URIS = [f"s:{k}" for k in range(6)]


def _first_end_by_sorting(c: Credential, today: date, deadline: date | None) -> date | None:
    """The first version: the sessions sorted by start, the first that fits."""
    for s in sorted(c.sessions, key=lambda s: s.start):
        if s.start >= today and (deadline is None or s.end <= deadline):
            return s.end
    return None


sessions = st.lists(
    st.tuples(st.integers(-20, 40), st.integers(0, 10)).map(
        lambda t: DatedSession(start=TODAY + timedelta(days=t[0]), end=TODAY + timedelta(days=t[0] + t[1]))
    ),
    max_size=5,
)


@settings(max_examples=300, deadline=None)
@given(sessions, st.one_of(st.none(), st.integers(0, 50)))
def test_the_first_upcoming_session_is_found_in_one_pass_as_by_sorting(spans, deadline_days):
    c = Credential(id="c", title="c", provider="P", delivery="dated", sessions=tuple(spans))
    deadline = None if deadline_days is None else TODAY + timedelta(days=deadline_days)
    assert first_upcoming_session_end(c, TODAY, deadline) == _first_end_by_sorting(c, TODAY, deadline)


def _presumed_first_version(check: LevelCheck, levels: dict[str, int]) -> frozenset[str]:
    """A scan of every named prerequisite. Below the start, as `LevelCheck._below` reads it since 242be24
    (one level below counts too when it teaches a skill the learner holds; before: BELOW_START or more), and
    since session 7 one at or below the start that mostly teaches held skills (`LevelCheck._mostly_held`)."""
    return frozenset(
        p
        for p, lvl in levels.items()
        if (c := check.by_id.get(p)) is not None
        and (
            (lvl < check.start and check._below(c, prerequisite=True))
            or (lvl <= check.start and c.id not in check.pinned and check._mostly_held(c))
        )
    )


def test_presumed_prerequisites_and_dated_teachers_read_by_index_as_by_scanning():
    lk = CatalogueLookup(load_catalogue([BUNDLED_CORPUS / "catalogue"]).credentials)
    taught = sorted(lk.by_skill)
    profiles = [
        LearnerProfile(id="a", goal=Goal(label="g")),
        LearnerProfile(
            id="b",
            goal=Goal(label="g"),
            skills=tuple(HeldSkill(uri=u, label=u, level="advanced") for u in taught[:40]),
        ),
        LearnerProfile(
            id="c",
            goal=Goal(label="g"),
            skills=tuple(HeldSkill(uri=u, label=u, level="advanced") for u in taught[::3]),
            current_role=CurrentRole(label="network administrator"),
        ),
    ]
    presumed_any = False
    for profile in profiles:
        for role_shared in (None, 1, 3):
            check = LevelCheck(profile, lk.by_id, lk.skills_of, role_shared, taught[:10])
            got = check.presumed(lk.prerequisites_by_level)
            assert got == _presumed_first_version(check, lk.prerequisite_levels)
            presumed_any |= bool(got)
    assert presumed_any  # the profiles reach the rule
    for uri in taught:
        assert lk.dated_teachers(uri) == [c for c in lk.by_skill[uri] if c.sessions]


courses = st.lists(
    st.tuples(
        st.one_of(st.none(), st.integers(3, 7)), st.sets(st.sampled_from(URIS), max_size=3), st.booleans()
    ),
    min_size=1,
    max_size=14,
)


@settings(max_examples=200, deadline=None)
@given(courses, st.sets(st.sampled_from(URIS)), st.integers(4, 8))
def test_bridges_over_catalogue_positions_pick_what_a_scan_of_the_ranked_list_picks(spec, essential, level):
    """`Bridges` reading a gap's ranked teachers as catalogue positions with the EQF array
    (`GapTeachers.ranked_at_level`) chooses the bridges it chooses scanning a plain ranked list."""
    creds = [
        Credential(
            id=f"c{k}",
            title=f"c{k}",
            provider="P",
            hours=10,
            eqf_level=eqf,
            skills=tuple(SkillRef(uri=u, label=u) for u in sorted(sk)),
        )
        for k, (eqf, sk, _) in enumerate(spec)
    ]
    allowed = {f"c{k}" for k, (*_, may) in enumerate(spec) if may}
    targets = [
        Credential(
            id=f"t{k}", title="t", provider="P", hours=5, eqf_level=level, skills=(SkillRef(uri=u, label=u),)
        )
        for k, u in enumerate(URIS)
    ]
    lk = CatalogueLookup([*creds, *targets])
    order = sorted(range(len(creds)), key=lambda k: (len(spec[k][1]), k))  # some best-value order
    gt = GapTeachers(
        {}, {}, [], [], Positions(np.array(order, dtype=np.int64), lk.credentials), {}, lk.skills_of
    )
    profile = LearnerProfile(id="l", goal=Goal(label="g"))

    def ok(c: Credential) -> bool:
        return c.id in allowed

    def picks(bridges: Bridges) -> list[tuple[str, ...] | str | None]:
        out: list[tuple[str, ...] | str | None] = []
        for t in targets:
            got, why = bridges.add_to(t)
            out.append(why if why is not None else got.prerequisites)
        return out

    ranked = [creds[k] for k in order]
    plain = Bridges(LevelCheck(profile, lk.by_id, lk.skills_of), ranked, ok, frozenset(essential))
    indexed = Bridges(
        LevelCheck(profile, lk.by_id, lk.skills_of),
        gt.ranked,
        ok,
        frozenset(essential),
        gt.with_prerequisites,
        gt.bridge_levels,
        lambda want: gt.ranked_at_level(lk, want),
    )
    assert picks(indexed) == picks(plain)


def _model_row_at_a_time(inst) -> tuple[list, list, list, list, list]:
    """The first version of the MILP's constraints (session 6): one `row` call per constraint."""
    n, m = inst.n, len(inst.skills)
    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    lo: list[float] = []
    hi: list[float] = []

    def row(entries: list[tuple[int, float]], lower: float, upper: float) -> None:
        for col, val in entries:
            rows.append(len(lo))
            cols.append(col)
            vals.append(val)
        lo.append(lower)
        hi.append(upper)

    coverers: dict[int, list[int]] = {}
    for i, cov in enumerate(inst.covers):
        for j in cov:
            coverers.setdefault(j, []).append(i)
    for t_idx, t in enumerate(inst.targets):
        for j in t.covers:
            coverers.setdefault(j, []).append(n + m + t_idx)
    for j in range(m):
        row([(n + j, 1.0)] + [(c, -1.0) for c in coverers.get(j, ())], -np.inf, 0.0)
    for i, pre in enumerate(inst.prereqs):
        for p in pre:
            row([(i, 1.0), (p, -1.0)], -np.inf, 0.0)
    for t_idx, t in enumerate(inst.targets):
        row([(n + m + t_idx, t.req)] + [(i, -e) for i, e in t.components], -np.inf, t.held_ects)
    if inst.max_hours is not None:
        row([(i, h) for i, h in enumerate(inst.hours) if h], -np.inf, inst.max_hours)
    if inst.max_cost_eur is not None:
        row([(i, c) for i, c in enumerate(inst.cost_eur) if c], -np.inf, inst.max_cost_eur)
    return rows, cols, vals, lo, hi


@settings(max_examples=60, deadline=None)
@given(case=property_cases())
def test_the_milp_constraints_are_built_entry_for_entry_as_row_at_a_time(case):
    """Session 7 builds the MILP's constraints with list extends (`selection._model`): the same entries in the
    same order, so HiGHS gets the same second-stage matrix."""
    catalogue, profile, strategy = case
    gap = analyse_gap(profile, PROPERTY_TAXONOMY, catalogue, today=PROPERTY_TODAY)
    inst = build_instance(profile, gap, catalogue, strategy, today=PROPERTY_TODAY)
    fast, first = _model(inst), _model_row_at_a_time(inst)
    assert [[(type(x), x) for x in part] for part in fast] == [[(type(x), x) for x in part] for part in first]
