"""Essential skills ESCO gives a goal that are mostly another specialty's of the same field (a software
developer's debugging for a network engineer; `Occupation.other_specialty`, tools/build_other_specialty.py)
are "not needed first": the gap counts them as optional, so a plan does not take a developer's route into
networking for them (issue 14, session 13; fresh10-14, fresh11-14, fresh12-09)."""

from __future__ import annotations

from datetime import date

from pathfinder.domain import Constraints, Credential, Goal, LearnerProfile, Occupation, Skill, SkillRef
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner import plan_pathway
from pathfinder.planner.explain import NOT_FIRST
from pathfinder.planner.gaps import analyse_gap
from pathfinder.settings import Settings
from pathfinder.skills.files import load_taxonomy

TODAY = date(2026, 1, 5)
NET, ROUTE, DEBUG = (SkillRef(uri=f"s:{k}", label=k) for k in ("network design", "routing", "debug software"))
# "debug software" is essential for the goal and for five developers (a generic skill, 0.75)
DEVELOPERS = [
    Occupation(uri=f"dev{i}", label=f"developer {i}", essential=("s:debug software",)) for i in range(5)
]
GOAL = Occupation(
    uri="neteng", label="network engineer", essential=("s:network design", "s:routing", "s:debug software")
)


def _taxonomy(other: tuple[str, ...]) -> Taxonomy:
    goal = GOAL.model_copy(update={"other_specialty": other})
    return Taxonomy.from_items(
        [Skill(uri=s.uri, label=s.label) for s in (NET, ROUTE, DEBUG)], [goal, *DEVELOPERS]
    )


DEV_ROUTE = Credential(  # networking for software developers: one network skill and debugging
    id="devroute", title="Network Engineering for Software Developers", provider="P", hours=40, cost=600,
    languages=("en",), eqf_level=5, skills=(NET, DEBUG),
)  # fmt: skip
ROUTING = Credential(  # the network engineer's own: routing
    id="routing", title="Routing and Switching", provider="P", hours=40, cost=500, languages=("en",),
    eqf_level=5, skills=(ROUTE,),
)  # fmt: skip
CATALOGUE = [DEV_ROUTE, ROUTING]


def _plan(other: tuple[str, ...], goal_skills: tuple[str, ...] = ()):
    tax = _taxonomy(other)
    p = LearnerProfile(
        id="l",
        goal=Goal(occupation_uri="neteng", skills=goal_skills),
        languages=("en",),
        constraints=Constraints(hours_per_week=10, weeks=52, budget=650),  # one course fits
    )
    gap = analyse_gap(p, tax, CATALOGUE, today=TODAY)
    return gap, plan_pathway(p, gap, CATALOGUE, today=TODAY)


def test_another_specialtys_skill_is_optional_and_not_planned_first():
    gap, pw = _plan(("s:debug software",))
    assert not next(g for g in gap.skills if g.uri == "s:debug software").essential
    assert gap.later == ("s:debug software",)
    assert pw.ids == ("routing",)  # not the developer's route for its debugging
    assert next(u for u in pw.uncovered if u.uri == "s:debug software").reason == NOT_FIRST
    assert any(g.reason == NOT_FIRST and not g.essential for g in pw.uncovered_groups)


def test_without_the_list_or_when_the_learner_asks_for_it_the_skill_stays_essential():
    gap, pw = _plan(())
    assert pw.ids == ("devroute",) and not gap.later
    gap, _ = _plan(("s:debug software",), goal_skills=("s:debug software",))
    assert next(g for g in gap.skills if g.uri == "s:debug software").essential and not gap.later


def test_the_bundled_taxonomy_reads_the_network_engineers_developer_skills():
    tax = load_taxonomy(Settings())
    occ = tax.find_occupation("ICT network engineer")
    assert occ is not None
    assert {"debug software", "use software design patterns"} <= {tax.label(u) for u in occ.other_specialty}
    web = tax.find_occupation("web developer")
    assert web is not None and not web.other_specialty  # a developer's own skills stay essential


def test_the_reason_is_said_in_the_reply_language():
    from pathfinder.assistant import i18n, planner_text

    assert planner_text.unknown([NOT_FIRST]) == []
    with i18n.replying_in("fr"):
        assert planner_text.say(NOT_FIRST).startswith("pas nécessaire en premier")
