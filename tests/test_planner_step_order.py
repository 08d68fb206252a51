"""At a level, the step starting the goal's centre comes before another field's basics (issue 14, session 20,
branch plans20start; fresh19-17, start20-16/-17, tune): a journalist aiming at web developer got
"Programming Fundamentals in Python" before "Foundations of Front-End Web Development" because at one level
the summed essential weight decided and the programming course closes more skills. Failed on the base commit
(3645154): the programming course came first; no `planner.step_order`."""

from __future__ import annotations

from datetime import date

from pathfinder.domain import Constraints, Credential, Goal, LearnerProfile, Occupation, Skill, SkillRef
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner import plan_pathway
from pathfinder.planner.gaps import analyse_gap

TODAY = date(2026, 1, 5)
FRONT, PROG, IDE, API = (
    SkillRef(uri=f"s:{k}", label=k)
    for k in (
        "implement front-end website design",
        "computer programming",
        "integrated development environment software",
        "use an application-specific interface",
    )
)
WEB = Occupation(
    uri="o:web",
    label="web developer",
    essential=(FRONT.uri, PROG.uri, IDE.uri, API.uri),
    # the web developer is the occupation closest to front-end design (rank 1), not to programming
    centrality=((FRONT.uri, 2.7, 1), (PROG.uri, 0.8, 8), (IDE.uri, 1.3, 4), (API.uri, 0.8, 9)),
)


def _cred(cid, title, skills, eqf=4, hours=40.0, **kw) -> Credential:
    return Credential(
        id=cid, title=title, provider="P", languages=("en",), cost=0.0, hours=hours, eqf_level=eqf,
        skills=skills, description=title, **kw,
    )  # fmt: skip


PYTHON = _cred("py", "Programming Fundamentals in Python", (PROG, IDE))
FRONT_END = _cred("fe", "Foundations of Front-End Web Development", (FRONT,))


def _ids(catalogue) -> tuple[str, ...]:
    skills = [Skill(uri=s.uri, label=s.label) for s in (FRONT, PROG, IDE, API)]
    taxonomy = Taxonomy.from_items(skills, [WEB])
    p = LearnerProfile(
        id="l", goal=Goal(occupation_uri=WEB.uri), languages=("en",),
        constraints=Constraints(hours_per_week=10, weeks=52),
    )  # fmt: skip
    gap = analyse_gap(p, taxonomy, catalogue, today=TODAY)
    assert gap.centre == (FRONT.uri,)
    return plan_pathway(p, gap, catalogue, today=TODAY).ids


def test_at_one_level_the_goal_s_centre_comes_before_another_field_s_basics():
    # the programming course closes more essential weight (two skills), yet the front-end one starts the work
    assert _ids([PYTHON, FRONT_END]) == ("fe", "py")
    assert _ids([FRONT_END, PYTHON]) == ("fe", "py")  # whatever the catalogue order


def test_a_lower_level_and_a_stated_prerequisite_still_come_first():
    higher = _cred("fe5", "Front-End Web Development", (FRONT,), eqf=5)
    assert _ids([higher, PYTHON]) == ("py", "fe5")  # EQF 4 before EQF 5
    needs = _cred("fe-needs", "Foundations of Front-End Web Development", (FRONT,), prerequisites=("py",))
    assert _ids([needs, PYTHON]) == ("py", "fe-needs")


def test_among_steps_off_the_centre_the_larger_essential_weight_still_goes_first():
    api = _cred("api", "Working with Web APIs", (API,))
    assert _ids([api, PYTHON, FRONT_END]) == ("fe", "py", "api")


def test_at_one_level_a_course_on_tools_only_follows_one_teaching_more():
    # TypeScript is one of many programming languages (`gaps.is_tool`); markup is a skill of the field
    ts = SkillRef(uri="s:ts", label="TypeScript")
    markup = SkillRef(uri="s:markup", label="use markup languages")
    java = SkillRef(uri="s:java", label="Java (computer programming)")
    web = WEB.model_copy(update={"essential": (*WEB.essential, ts.uri, markup.uri)})
    skills = [Skill(uri=s.uri, label=s.label) for s in (FRONT, PROG, IDE, API, markup)]
    skills += [Skill(uri=s.uri, label=s.label, skill_type="knowledge") for s in (ts, java)]
    skills.append(Skill(uri=PROG.uri, label=PROG.label, skill_type="knowledge"))
    skills.extend(Skill(uri=f"s:lang{k}", label=f"language {k}", skill_type="knowledge") for k in range(3))
    broader = [(u, PROG.uri) for u in (ts.uri, java.uri, "s:lang0", "s:lang1", "s:lang2")]
    taxonomy = Taxonomy.from_items(
        [s for s in skills if s.uri != PROG.uri or s.skill_type == "knowledge"], [web], broader=broader
    )
    angular = _cred("ng", "Angular with TypeScript for Beginners", (ts,), hours=10.0)
    html = _cred("html", "HTML for Beginners", (markup,), hours=6.0)
    p = LearnerProfile(
        id="l", goal=Goal(occupation_uri=web.uri), languages=("en",),
        constraints=Constraints(hours_per_week=10, weeks=52),
    )  # fmt: skip
    gap = analyse_gap(p, taxonomy, [angular, html], today=TODAY)
    assert not next(g for g in gap.skills if g.uri == ts.uri).names  # a tool: no title names
    # TypeScript weighs as much as markup here; the catalogue lists Angular first
    assert plan_pathway(p, gap, [angular, html], today=TODAY).ids == ("html", "ng")
