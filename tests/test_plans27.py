"""Plans an adviser would sign (issue 14, session 27, branch plans27; plans27, fresh26 and trial-22 cases,
tune). Each test fails on the base commit 2154d496 unless marked a guard:

- a plan over two years for a learner who gave no hours a week gives way to what two years hold at the
  default pace, as it does for one who gave them (t22-07: a cheapest data-scientist plan of 14 steps over 301
  weeks, with Network Engineering for Software Developers; t22-18: 13 steps, 260 weeks);
"""

from __future__ import annotations

from test_planner_time import TAX, TODAY, _c

from pathfinder.domain import Constraints, Goal, LearnerProfile
from pathfinder.planner import DEFAULT_HOURS_PER_WEEK, plan_pathway
from pathfinder.planner.gaps import analyse_gap

# ------------------------------------------------------------------ two years, also at the default pace


def _plan_time(catalogue, **constraints):
    p = LearnerProfile(id="l", goal=Goal(occupation_uri="occ"), constraints=Constraints(**constraints))
    gap = analyse_gap(p, TAX, catalogue, today=TODAY)
    return plan_pathway(p, gap, catalogue, today=TODAY)


def test_with_no_hours_a_week_a_plan_over_two_years_gives_way_to_what_two_years_hold():
    cat = [_c(0, 0, 600), _c(1, 1, 300), _c(2, 2, 20)]
    pw = _plan_time(cat)  # no hours a week, no deadline: scheduled at the default pace
    assert pw.totals.weeks <= 104 and set(pw.ids) == {"c1", "c2"}
    assert pw.notes[0].startswith("Planned within two years (104 weeks)")
    assert f"scheduled at {DEFAULT_HOURS_PER_WEEK:g} h/week" in " ".join(pw.notes)


def test_guard_with_no_hours_a_week_a_plan_nothing_shorter_replaces_stays_flagged():
    # guard (passes on both): nothing fits two years at the default pace, the long plan stays with its note
    pw = _plan_time([_c(0, 0, 600)])
    assert pw.ids == ("c0",) and any("over two years" in n for n in pw.notes)
