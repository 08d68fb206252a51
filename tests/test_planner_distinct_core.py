"""When O*NET names no core for the goal, its core is the essential skills ESCO gives to it and at most one
other occupation (`Occupation.distinct`, tools/build_broad_skills.py, `gaps.distinct_core`): a plan covering
none of them takes a course of one when it fits (`planner/core.py`), and among such plans the one covering
more of the core (issue 14, session 14: a software architect's plan was business analysis, agile delivery
and web APIs, with no modelling course; a junior web developer's plan held no web course, without a word)."""

from __future__ import annotations

from datetime import date

from pathfinder.domain import Constraints, Credential, Goal, LearnerProfile, Occupation, Skill, SkillRef
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner import plan_pathway
from pathfinder.planner.gaps import analyse_gap, core_of
from pathfinder.settings import Settings
from pathfinder.skills.files import load_taxonomy

TODAY = date(2026, 1, 5)
NAMES = ("uml", "object modelling", "b", "c", "d", "e", "f", "g")
REFS = {k: SkillRef(uri=f"s:{k}", label=k) for k in NAMES}
GOAL = Occupation(uri="arch", label="software architect", essential=tuple(f"s:{k}" for k in NAMES))
DISTINCT = ("s:uml", "s:object modelling")


def _course(cid: str, hours: float, *skills: str) -> Credential:
    return Credential(
        id=cid, title=cid, provider="P", hours=hours, cost=0, languages=("en",), eqf_level=4,
        skills=tuple(REFS[k] for k in skills),
    )  # fmt: skip


CATALOGUE = [
    _course("oop", 60, "object modelling"),  # one core skill
    _course("case", 80, "object modelling", "uml"),  # both core skills, the whole time available
    _course("ba", 40, "b", "c", "d"),  # the rest: more skills, none of the core
    _course("agile", 40, "e", "f", "g"),
]


def _plan(distinct: tuple[str, ...], weeks: int = 8):
    skills = [Skill(uri=r.uri, label=r.label) for r in REFS.values()]
    tax = Taxonomy.from_items(skills, [GOAL.model_copy(update={"distinct": distinct})])
    p = LearnerProfile(
        id="l",
        goal=Goal(occupation_uri="arch"),
        languages=("en",),
        constraints=Constraints(hours_per_week=10, weeks=weeks),  # 80 h: two short courses or the long one
    )
    gap = analyse_gap(p, tax, CATALOGUE, today=TODAY)
    return gap, plan_pathway(p, gap, CATALOGUE, today=TODAY)


def test_the_plan_takes_the_course_covering_most_of_the_core():
    gap, pw = _plan(())  # without a core: the most skills
    assert gap.core == () and set(pw.ids) == {"ba", "agile"}
    gap, pw = _plan(DISTINCT)
    assert set(gap.core) == set(DISTINCT)
    assert pw.ids == ("case",)  # not oop beside ba, which covers more skills but less of the core
    assert any("the core of software architect" in r for r in pw.steps[0].reasons)


def test_when_no_core_course_fits_the_plan_says_what_one_would_take():
    _, pw = _plan(DISTINCT, weeks=5)  # 50 h: no core course fits
    assert pw.ids in (("ba",), ("agile",))
    assert any(n.startswith("No course of what software architect work centres on") for n in pw.notes)


def test_an_empty_plan_previews_its_nearest_plan_once():
    # a core named by O*NET (as before this session) or by ESCO alike: 30 h, nothing fits; the empty plan's
    # own note says so and previews the nearest plan, the core's note no longer repeats it
    for update in ({"central": ("s:uml",)}, {"distinct": DISTINCT}):
        skills = [Skill(uri=r.uri, label=r.label) for r in REFS.values()]
        tax = Taxonomy.from_items(skills, [GOAL.model_copy(update=update)])
        p = LearnerProfile(
            id="l",
            goal=Goal(occupation_uri="arch"),
            languages=("en",),
            constraints=Constraints(hours_per_week=10, weeks=3),
        )
        gap = analyse_gap(p, tax, CATALOGUE, today=TODAY)
        assert gap.core
        pw = plan_pathway(p, gap, CATALOGUE, today=TODAY)
        assert not pw.steps and pw.notes
        assert not any("centres on" in n for n in pw.notes)


def test_the_bundled_taxonomy_gives_a_software_architect_a_core():
    tax = load_taxonomy(Settings())
    occ = tax.find_occupation("software architect")
    assert occ is not None and core_of(occ, tax) == ()  # O*NET names tools only (TypeScript)
    assert {"unified modelling language", "object-oriented modelling"} <= {tax.label(u) for u in occ.distinct}
    p = LearnerProfile(id="l", goal=Goal(occupation_uri=occ.uri), languages=("en",))
    gap = analyse_gap(p, tax, [], today=TODAY)
    assert "unified modelling language" in {tax.label(u) for u in gap.core}
