"""A relaxation offers a change only for more essential skills covered (`relaxation.better`), so the search
bounds the count too (`instance.essential_count_bound`, issue 14 session 15): a relaxed plan whose first
stage cannot cover more essential skills than the plan does is not solved, even when its weighted bound is
higher (a heavier skill instead of a lighter one is no proposal)."""

from __future__ import annotations

from types import SimpleNamespace

from test_planner_first_stage_bounds import DAY, _cred, _solved

from pathfinder.domain import Constraints, Goal, LearnerProfile, Occupation, Skill, SkillRef
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner.gaps import analyse_gap
from pathfinder.planner.instance import essential_count_bound
from pathfinder.planner.session import PlanningSession

LIGHT, HEAVY = SkillRef(uri="s:light", label="light"), SkillRef(uri="s:heavy", label="heavy")


def test_the_count_bound_takes_the_lightest_skills_that_fit_the_optimum():
    inst = SimpleNamespace(stage1=[1.25, 1.0, 0.75, 0.3], essential=[True, True, True, False])
    assert essential_count_bound(inst, 0.75) == 1
    assert essential_count_bound(inst, 1.75) == 2  # 0.75 + 1.0
    assert essential_count_bound(inst, 1.7) == 1
    assert essential_count_bound(inst, 3.0) == 3
    counted = SimpleNamespace(stage1=[1.0, 1.0, 0.0], essential=[True, True, True])
    assert essential_count_bound(counted, 1.0) == 2  # an essential skill of no stage-1 weight counts


def _taxonomy() -> Taxonomy:
    """The goal's own skill weighs 1.25; one listed by three occupations 1.0 (`gaps.central_weight`)."""
    others = [Occupation(uri=f"o{k}", label=f"other {k}", essential=(LIGHT.uri,)) for k in range(2)]
    goal = Occupation(uri="occ", label="goal", essential=(LIGHT.uri, HEAVY.uri))
    return Taxonomy.from_items([Skill(uri=s.uri, label=s.label) for s in (LIGHT, HEAVY)], [goal, *others])


def test_a_budget_that_buys_a_heavier_skill_but_not_more_skills_is_not_solved(monkeypatch):
    # 10 hours hold one course: more money buys the heavy skill instead of the light one, not both
    catalogue = [_cred("l", (LIGHT,), 10, cost=0), _cred("h", (HEAVY,), 10, cost=200.0)]
    profile = LearnerProfile(
        id="l",
        goal=Goal(occupation_uri="occ"),
        constraints=Constraints(hours_per_week=5, weeks=2, budget=100),
    )
    gap = analyse_gap(profile, _taxonomy(), catalogue, today=DAY)
    assert {g.uri: g.weight for g in gap.essential} == {LIGHT.uri: 1.0, HEAVY.uri: 1.25}
    seen = _solved(monkeypatch)
    pw = PlanningSession(gap, catalogue, today=DAY).plan_with_relaxations(profile)
    assert pw.ids == ("l",)
    # the budget alone (re-planned cheapest) is not solved (nor more time alone: the budget holds one
    # course); both together cover both skills and are proposed together
    assert not any(budget is not None and budget > 100 and s == "cheapest" for budget, _, s in seen)
    assert {r.constraint for r in pw.relaxations} == {"budget", "hours_per_week"}
    assert all(r.joint for r in pw.relaxations)
    monkeypatch.undo()
    uncounted = PlanningSession(gap, catalogue, today=DAY)
    real = uncounted.may_cover_more
    monkeypatch.setattr(uncounted, "may_cover_more", lambda p, before, s, count=None: real(p, before, s))
    assert uncounted.plan_with_relaxations(profile) == pw  # the same plan and proposals either way
