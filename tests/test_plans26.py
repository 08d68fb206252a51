"""Plans an advisor would sign (issue 14, session 26, branch plans26; plans26, fresh25 and trial-21 cases,
tune), on the bundled catalogue. Each test fails on the base commit 4488fa65 unless marked a guard:

- the goal's core when O*NET names none (`gaps.distinct_core`) leaves out a skill ESCO lists for the goal
  alone but that other occupations' work is nearer to (`DISTINCT_CORE_RANK`): a security administrator's
  cheapest plan took "Securing IoT and Mobile Devices" for "mobile device management" before Security
  Operations Fundamentals (fresh25-14).
"""

from __future__ import annotations

from datetime import date

import pytest
from test_planner_plans24 import _learner  # the same learner builder (bundled taxonomy labels)

from pathfinder.domain import Occupation
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner import CatalogueLookup, plan_pathway
from pathfinder.planner.gaps import DISTINCT_CORE_RANK, analyse_gap, distinct_core

TODAY = date(2031, 6, 9)


@pytest.fixture(scope="module")
def lookup(bundled_catalogue):
    return CatalogueLookup(bundled_catalogue)


def _plan(profile, taxonomy, lookup, strategy="balanced"):
    gap = analyse_gap(profile, taxonomy, lookup, today=TODAY)
    return gap, plan_pathway(profile, gap, lookup, strategy, today=TODAY)


# ------------------------------------------------------------------------------ the goal's distinct core


def test_a_distinct_skill_other_occupations_are_nearer_to_is_not_the_core():
    essential = ("s:near", "s:far", "s:unranked")
    goal = Occupation(
        uri="o",
        label="goal",
        essential=essential,
        distinct=essential,
        centrality=(("s:near", 1.5, 2), ("s:far", 1.4, DISTINCT_CORE_RANK + 1)),
    )
    assert distinct_core(goal, Taxonomy.from_items([], [goal])) == ("s:near", "s:unranked")


def test_the_security_administrators_core_is_not_mobile_device_management(taxonomy):
    admin = taxonomy.find_occupation("ICT security administrator")
    mdm = taxonomy.find_skill("mobile device management")
    assert admin is not None and mdm is not None
    assert mdm.uri in admin.distinct  # ESCO lists it for this occupation alone
    assert mdm.uri not in distinct_core(admin, taxonomy)


@pytest.mark.parametrize(("languages", "budget"), [(("hi", "en"), 300), (("fr", "en"), 260)])
def test_a_cheapest_security_administrator_plan_starts_with_security_operations(
    taxonomy, lookup, languages, budget
):
    held = (("operating systems", "intermediate"), ("solve technical problems", "advanced"))
    profile = _learner(
        taxonomy, "ICT security administrator", languages, held, hours_per_week=7, weeks=52, budget=budget
    )
    _, pathway = _plan(profile, taxonomy, lookup, "cheapest")
    assert pathway.ids == ("bvca-soc-101",)  # EUR 207, two essential skills; not the EUR 299 IoT course
    assert not any("the core of" in r for s in pathway.steps for r in s.reasons)
