"""A course more than half of whose essential goal skills are broad ones (ESCO lists each as essential
for dozens of occupations across fields: `Occupation.broad`, tools/build_broad_skills.py) is not about the
goal: no teacher of the gap (`lookup.broad_only`). "Designing Micro-Credentials" closed a digital literacy
teacher's "assessment processes" and "curriculum objectives", the skills of every teacher (issue 14, session
14; fresh13-03, fresh13-17)."""

from __future__ import annotations

from datetime import date

import pytest

from pathfinder.domain import Constraints, Credential, Goal, LearnerProfile, Occupation, Skill, SkillRef
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner import CatalogueLookup, plan_pathway
from pathfinder.planner.candidates import OFF_FOCUS
from pathfinder.planner.gaps import analyse_gap
from pathfinder.planner.lookup import gap_teachers, gap_teachers_by_id, on_focus
from pathfinder.settings import Settings
from pathfinder.skills.files import load_taxonomy

TODAY = date(2026, 1, 5)
TEACH, CURR, ASSESS = (
    SkillRef(uri=f"s:{k}", label=k)
    for k in ("teach digital literacy", "curriculum objectives", "assessment processes")
)
BROAD = ("s:curriculum objectives", "s:assessment processes")
GOAL = Occupation(
    uri="dlt",
    label="digital literacy teacher",
    essential=("s:teach digital literacy", "s:curriculum objectives", "s:assessment processes"),
)
TEACHING = Credential(  # the goal's subject
    id="dlteach", title="Teaching Digital Literacy to Adults", provider="P", hours=80, cost=0,
    languages=("en",), eqf_level=5, skills=(TEACH,),
)  # fmt: skip
DESIGN = Credential(  # another subject, tagged with two skills every teacher needs
    id="mcd", title="Designing Micro-Credentials", provider="P", hours=55, cost=0, languages=("en",),
    eqf_level=5, skills=(CURR, ASSESS),
)  # fmt: skip
CATALOGUE = [TEACHING, DESIGN]


def _plan(broad: tuple[str, ...], strategy: str = "balanced", goal_skills: tuple[str, ...] = ()):
    tax = Taxonomy.from_items(
        [Skill(uri=s.uri, label=s.label) for s in (TEACH, CURR, ASSESS)],
        [GOAL.model_copy(update={"broad": broad})],
    )
    p = LearnerProfile(
        id="l",
        goal=Goal(occupation_uri="dlt", skills=goal_skills),
        languages=("en",),
        constraints=Constraints(hours_per_week=5, weeks=52, budget=100),  # both courses fit
    )
    gap = analyse_gap(p, tax, CATALOGUE, today=TODAY)
    return gap, plan_pathway(p, gap, CATALOGUE, strategy, today=TODAY)


@pytest.mark.parametrize("strategy", ["balanced", "cheapest", "fastest"])
def test_a_course_of_broad_skills_only_is_no_step(strategy):
    gap, pw = _plan(BROAD, strategy)
    assert {g.uri for g in gap.skills if g.broad} == set(BROAD)
    assert pw.ids == ("dlteach",)
    assert all(u.reason.endswith(OFF_FOCUS) for u in pw.uncovered if u.uri in BROAD)
    assert {u.uri for u in pw.uncovered} >= set(BROAD)


def test_both_teacher_indexes_agree_and_the_focus_rule_says_the_same():
    gap, _ = _plan(BROAD)
    lk = CatalogueLookup(CATALOGUE)
    for teachers in (gap_teachers(gap, lk), gap_teachers_by_id(gap, lk)):
        assert set(teachers.teaching) == {"dlteach"}
    assert not on_focus("mcd", {g.uri: g for g in gap.skills}, lk)
    assert on_focus("dlteach", {g.uri: g for g in gap.skills}, lk)


def test_without_the_list_or_when_the_learner_names_the_skill_the_course_stays():
    _, pw = _plan(())
    assert set(pw.ids) == {"dlteach", "mcd"}
    gap, pw = _plan(BROAD, goal_skills=("s:curriculum objectives",))
    assert [g.uri for g in gap.skills if g.broad] == ["s:assessment processes"]
    assert set(pw.ids) == {"dlteach", "mcd"}


def test_the_bundled_taxonomy_reads_a_teachers_broad_skills():
    tax = load_taxonomy(Settings())
    occ = tax.find_occupation("digital literacy teacher")
    assert occ is not None
    broad = {tax.label(u) for u in occ.broad}
    assert {"curriculum objectives", "assessment processes"} <= broad
    assert "teach digital literacy" not in broad


def test_a_course_mostly_of_broad_skills_is_no_teacher_one_of_the_subject_is():
    gap, _ = _plan(BROAD)
    by_uri = {g.uri: g for g in gap.skills}
    own = SkillRef(uri="s:teach digital literacy", label="teach digital literacy")
    mostly = Credential(  # two broad skills and one of the goal's own ("Research Data Management")
        id="rdm", title="Mostly broad", provider="P", hours=40, languages=("en",), skills=(CURR, ASSESS, own)
    )
    half = Credential(
        id="half", title="Half broad", provider="P", hours=40, languages=("en",), skills=(CURR, own)
    )
    lk = CatalogueLookup([mostly, half])
    assert not on_focus("rdm", by_uri, lk)
    assert on_focus("half", by_uri, lk)
    assert set(gap_teachers(gap, lk).teaching) == set(gap_teachers_by_id(gap, lk).teaching) == {"half"}
