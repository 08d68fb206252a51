"""`profiles.apply_relaxation`: every change the planner proposes, once applied, gives the better plan it
promised."""

from __future__ import annotations

from datetime import date

import pytest

from pathfinder.catalogue import load_catalogue
from pathfinder.domain import Constraints, Goal, LearnerProfile, Relaxation
from pathfinder.planner import CatalogueLookup, essential_coverage, plan_pathway
from pathfinder.planner.gaps import analyse_gap
from pathfinder.profiles import apply_relaxation
from pathfinder.settings import Settings
from pathfinder.skills.files import load_taxonomy

TODAY = date(2026, 1, 5)
TIGHT = (
    Constraints(hours_per_week=4, weeks=26, budget=300),
    Constraints(hours_per_week=6, deadline=date(2026, 9, 30), budget=800, languages=("de",)),
    Constraints(hours_per_week=10, weeks=52, participation=("on-site",), max_eqf=4),
    Constraints(
        hours_per_week=8,
        weeks=40,
        budget=2000,
        currency="USD",
        providers=("Nordic Data Academy",),
        countries=("FI",),
    ),
)


def test_each_kind_of_relaxation_changes_the_named_constraint():
    p = LearnerProfile(
        id="x", constraints=Constraints(budget=100, languages=("en",), participation=("online",))
    )
    assert (
        apply_relaxation(
            p, Relaxation(constraint="budget", current=100, needed=420, message="")
        ).constraints.budget
        == 420
    )
    c = apply_relaxation(
        p, Relaxation(constraint="languages", current="en", needed="de, fr", message="")
    ).constraints
    assert c.languages == ("en", "de", "fr") and c.budget == 100
    assert apply_relaxation(
        p, Relaxation(constraint="deadline", current=None, needed="2027-03-01", message="")
    ).constraints.deadline == date(2027, 3, 1)
    assert (
        apply_relaxation(
            p, Relaxation(constraint="weeks", current=26, needed=90.0, message="")
        ).constraints.weeks
        == 90
    )
    assert (
        apply_relaxation(
            p, Relaxation(constraint="max_eqf", current=4, needed=6.0, message="")
        ).constraints.max_eqf
        == 6
    )
    with pytest.raises(ValueError, match="Unknown constraint"):
        apply_relaxation(p, Relaxation(constraint="mood", current=None, needed=1, message=""))


def test_more_weeks_than_a_profile_can_hold_are_proposed_as_a_date(catalogue):
    from conftest import PY, SQL, STATS

    from pathfinder.domain import Occupation, Skill
    from pathfinder.domain.taxonomy import Taxonomy

    taxonomy = Taxonomy.from_items(
        [Skill(uri=s.uri, label=s.label) for s in (PY, SQL, STATS)],
        [Occupation(uri="occ:da", label="data analyst", essential=(PY.uri, SQL.uri, STATS.uri))],
    )
    profile = LearnerProfile(
        id="slow", goal=Goal(occupation_uri="occ:da"), constraints=Constraints(hours_per_week=0.25, weeks=26)
    )
    gap = analyse_gap(profile, taxonomy, catalogue, today=TODAY)
    pw = plan_pathway(profile, gap, catalogue, today=TODAY)
    later = next(r for r in pw.relaxations if r.message.startswith(("Or keep", "Keep")))  # first: "Keep"
    assert later.constraint == "deadline"  # over 520 weeks: Constraints.weeks could not hold it
    relaxed = apply_relaxation(profile, later)
    assert relaxed.constraints.deadline == date.fromisoformat(str(later.needed))
    after = plan_pathway(
        relaxed, analyse_gap(relaxed, taxonomy, catalogue, today=TODAY), catalogue, today=TODAY
    )
    assert essential_coverage(after, gap) > essential_coverage(pw, gap)


@pytest.mark.slow
def test_applying_a_proposed_relaxation_covers_more_essential_skills():
    settings = Settings(_env_file=None)
    taxonomy = load_taxonomy(settings)
    lookup = CatalogueLookup(load_catalogue([settings.corpus_dir / "catalogue"]).credentials)
    checked = joints = 0
    for occ in sorted(taxonomy.occupations.values(), key=lambda o: o.uri)[::4]:
        for constraints in TIGHT:
            profile = LearnerProfile(id="r", goal=Goal(occupation_uri=occ.uri), constraints=constraints)
            gap = analyse_gap(profile, taxonomy, lookup, today=TODAY)
            before = plan_pathway(profile, gap, lookup, today=TODAY)
            # a plan offered with changed limits (its goal's core a little past them, session 15): its first
            # proposals are those changes, which keep this very plan; the others are proposed on top of them
            offered = list(before.offered_with)
            for r in offered:
                profile = apply_relaxation(profile, r)
            if offered:
                kept = plan_pathway(
                    profile, analyse_gap(profile, taxonomy, lookup, today=TODAY), lookup, today=TODAY
                )
                assert kept.ids == before.ids, (occ.label, [r.message for r in offered])
            proposed = [r for r in before.relaxations if r not in offered]
            # the parts of the one joint proposal (the joint search's, or the change of both limits sized to
            # the goal's course, session 17)
            joint = [r for r in proposed if r.joint]
            # each single change alone; the changes of a joint proposal all together
            for changes in [[r] for r in proposed if r not in joint] + ([joint] if joint else []):
                relaxed = profile
                for r in changes:
                    relaxed = apply_relaxation(relaxed, r)
                after = plan_pathway(
                    relaxed, analyse_gap(relaxed, taxonomy, lookup, today=TODAY), lookup, today=TODAY
                )
                assert essential_coverage(after, gap) > essential_coverage(before, gap) + 1e-9, (
                    occ.label,
                    [r.message for r in changes],
                )
                checked += 1
                joints += len(changes) > 1
    assert (
        checked >= 20 and joints >= 3
    )  # the constraint sets are tight enough to make the planner propose changes
