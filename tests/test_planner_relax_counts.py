"""A proposal covers more essential skills, not only more weight (issue 14, session 11): a budget proposal
whose plan swapped a shared skill for one of the goal's own class read "INR 25190 more ... covers 0 more
essential skills". Minimal instance with a stub planner."""

from __future__ import annotations

from datetime import date

from pathfinder.domain import Constraints, Goal, LearnerProfile, Occupation, Pathway, Skill
from pathfinder.domain.pathways import Totals, UncoveredSkill
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner.gaps import analyse_gap
from pathfinder.planner.relaxation import covered_count, essential_coverage, find_relaxations

TODAY = date(2027, 4, 5)
OWN, SHARED, THIRD = "q:own", "q:shared", "q:third"


def _gap():
    tax = Taxonomy.from_items(
        [Skill(uri=u, label=u[2:]) for u in (OWN, SHARED, THIRD)],
        [
            Occupation(uri="goal", label="goal", essential=(OWN, SHARED, THIRD)),
            *(
                Occupation(uri=f"n{k}", label=f"n{k}", essential=(SHARED, THIRD)) for k in range(5)
            ),  # generic: 0.75
        ],
    )
    profile = LearnerProfile(id="l", goal=Goal(occupation_uri="goal"), constraints=Constraints(budget=10))
    return profile, analyse_gap(profile, tax, [], today=TODAY)


def _plan_covering(*covered: str, cost: float = 0) -> Pathway:
    left = [u for u in (OWN, SHARED, THIRD) if u not in covered]
    return Pathway(
        uncovered=tuple(UncoveredSkill(uri=u, label=u[2:], reason="over budget") for u in left),
        totals=Totals(cost=cost),
    )


def test_a_proposal_gaining_weight_but_no_skill_is_not_made():
    profile, gap = _gap()
    current = _plan_covering(SHARED)
    swapped = _plan_covering(
        OWN, cost=50
    )  # the goal's own skill instead of a shared one: more weight, as many skills
    assert essential_coverage(swapped, gap) > essential_coverage(current, gap)
    assert covered_count(swapped, gap) == covered_count(current, gap) == 1

    def plan(p, strategy):
        return swapped if p.constraints.budget != 10 else current

    assert find_relaxations(profile, gap, [], current, plan, TODAY) == ()

    def plan_more(p, strategy):
        return _plan_covering(OWN, SHARED, cost=50) if p.constraints.budget != 10 else current

    found = find_relaxations(profile, gap, [], current, plan_more, TODAY)
    assert found and found[0].constraint == "budget" and "covers 1 more essential skill" in found[0].message


def test_a_proposal_covering_one_more_skill_of_less_weight_says_one_more():
    """Two shared skills for one of the goal's own class: one skill more, a quarter of a skill's weight more;
    the estimate from weights said "covers 0 more essential skills"."""
    profile, gap = _gap()
    current = _plan_covering(OWN)
    more = _plan_covering(SHARED, THIRD, cost=50)
    assert covered_count(more, gap) == covered_count(current, gap) + 1
    gain = essential_coverage(more, gap) - essential_coverage(current, gap)
    assert 0 < gain * len(gap.essential) < 0.5  # the weighted estimate alone rounds to 0

    def plan(p, strategy):
        return more if p.constraints.budget != 10 else current

    found = find_relaxations(profile, gap, [], current, plan, TODAY)
    assert found and "covers 1 more essential skill" in found[0].message
