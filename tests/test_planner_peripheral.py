"""The goal's subject first (issue 14, session 17; fresh16-12, -03, -02): ESCO's essential-skill lists are
broad and unranked, so plans closing the most essential skills took steps on the edge of the goal (Front-End
Web Development for a knowledge engineer, for its "use markup languages" and "web programming") and left its
subject out (linked data). A skill's centrality (`Occupation.centrality`, tools/build_skill_centrality.py: how
much closer its ESCO text is to the goal's than to the average occupation's) marks the peripheral ones
(`gaps.peripheral_skills`): the gap counts them as optional, "left for later", so they neither choose a plan's
steps nor fill it. And a core plan within the limits only by a road through another field (`core.roundabout`)
is not the plan when the core has a direct plan (fresh16-02: SQL then a visualisation course building on it,
not 137.5 h of Python fundamentals for a 55 h visualisation course)."""

from __future__ import annotations

from datetime import date

from pathfinder.assistant import i18n, planner_text
from pathfinder.domain import Constraints, Credential, Goal, LearnerProfile, Occupation, Skill, SkillRef
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner import plan_pathway
from pathfinder.planner.explain import LATER
from pathfinder.planner.gaps import analyse_gap, peripheral_skills
from pathfinder.settings import Settings
from pathfinder.skills.files import load_taxonomy

TODAY = date(2026, 1, 5)
SEM, KB, WEB, MARK = (
    SkillRef(uri=f"s:{k}", label=k) for k in ("semantic trees", "ontologies", "web programming", "markup")
)
# (skill, centrality, the goal's rank among the occupations by closeness to the skill)
CENTRALITY = ((SEM.uri, 2.8, 1), (KB.uri, 2.1, 2), (WEB.uri, 0.5, 12), (MARK.uri, 0.7, 10))


def _occupation(centrality=CENTRALITY, distinct=()) -> Occupation:
    return Occupation(
        uri="ke",
        label="knowledge engineer",
        essential=(SEM.uri, KB.uri, WEB.uri, MARK.uri),
        centrality=centrality,
        distinct=distinct,
    )


def _cred(cid, skills=(), hours=80.0, cost=0.0, **kw) -> Credential:
    return Credential(
        id=cid,
        title=cid.upper(),
        provider="P",
        languages=("en",),
        cost=cost,
        skills=skills,
        hours=hours,
        **kw,
    )


FRONT = _cred("front", (WEB, MARK), hours=80)  # two essential skills by ESCO's list, both peripheral
KBS = _cred("kbs", (SEM,), hours=80)  # one, the subject
CATALOGUE = [FRONT, KBS]


def _plan(occupation: Occupation, goal_skills: tuple[str, ...] = (), hours: float = 80):
    taxonomy = Taxonomy.from_items(
        [Skill(uri=s.uri, label=s.label) for s in (SEM, KB, WEB, MARK)],
        [
            occupation,
            *(Occupation(uri=f"o{i}", label=f"other {i}", essential=(WEB.uri, MARK.uri)) for i in range(5)),
        ],
    )
    p = LearnerProfile(
        id="l",
        goal=Goal(occupation_uri="ke", skills=goal_skills),
        languages=("en",),
        constraints=Constraints(hours_per_week=hours / 10, weeks=10),  # one course fits
    )
    gap = analyse_gap(p, taxonomy, CATALOGUE, today=TODAY)
    return gap, plan_pathway(p, gap, CATALOGUE, today=TODAY)


def test_the_lower_half_below_the_floor_and_far_from_the_goal_is_peripheral():
    assert set(peripheral_skills(_occupation())) == {WEB.uri, MARK.uri}
    # the upper half stays, however low its scores (a family of close occupations keeps half its skills)
    low = ((SEM.uri, 1.2, 1), (KB.uri, 0.1, 3), (WEB.uri, -0.5, 20), (MARK.uri, -0.4, 20))
    assert set(peripheral_skills(_occupation(low))) == {WEB.uri, MARK.uri}
    # a skill whose closest occupations include the goal is its field's, even below the floor
    near = ((SEM.uri, 2.8, 1), (KB.uri, 2.1, 2), (WEB.uri, 0.5, 9), (MARK.uri, 0.7, 10))
    assert peripheral_skills(_occupation(near)) == (MARK.uri,)
    # when no skill reaches the floor the texts say nothing of the goal's subject: none is peripheral
    flat = ((SEM.uri, 0.9, 12), (KB.uri, 0.8, 12), (WEB.uri, -0.5, 20), (MARK.uri, -0.4, 20))
    assert peripheral_skills(_occupation(flat)) == ()
    # a skill ESCO lists for at most 2 occupations sets the goal apart (its core when O*NET names none): kept
    assert peripheral_skills(_occupation(distinct=(WEB.uri,))) == (MARK.uri,)
    # without scores (a full ESCO import): none
    assert peripheral_skills(_occupation(())) == ()


def test_peripheral_skills_choose_no_step_and_are_left_for_later():
    gap, pw = _plan(_occupation())
    assert gap.peripheral == (MARK.uri, WEB.uri)
    assert {g.uri for g in gap.essential} == {SEM.uri, KB.uri}
    assert pw.ids == ("kbs",)  # the subject, not the course of two peripheral skills
    assert next(u for u in pw.uncovered if u.uri == WEB.uri).reason == LATER
    assert any(g.reason == LATER and not g.essential for g in pw.uncovered_groups)


def test_they_fill_no_plan_either():
    _, pw = _plan(_occupation(), hours=200)  # room for both courses: the peripheral one is not filler
    assert pw.ids == ("kbs",)


def test_without_scores_or_when_the_learner_asks_for_them_they_stay_essential():
    gap, pw = _plan(_occupation(()))
    assert pw.ids == ("front",) and not gap.peripheral  # two essential skills for one, as before
    gap, _ = _plan(_occupation(), goal_skills=(WEB.uri,))
    assert gap.peripheral == (MARK.uri,)
    assert next(g for g in gap.skills if g.uri == WEB.uri).essential


def test_the_reason_is_said_in_every_reply_language():
    assert planner_text.unknown([LATER]) == []
    for lang in ("de", "es", "fr", "fi", "vi", "hi", "bn"):
        with i18n.replying_in(lang):
            assert planner_text.say(LATER) != LATER
    with i18n.replying_in("fr"):
        assert planner_text.say(LATER).startswith("pour plus tard")


def test_the_bundled_taxonomy_ranks_each_goals_subject_first():
    tax = load_taxonomy(Settings())

    def labels(name: str) -> set[str]:
        occ = tax.find_occupation(name)
        assert occ is not None and occ.centrality
        return {tax.label(u) for u in peripheral_skills(occ)}

    knowledge = labels("knowledge engineer")
    assert {"use markup languages", "web programming"} <= knowledge
    assert (
        not {"create semantic trees", "manage ICT semantic integration", "information extraction"} & knowledge
    )
    assert not {"statistics", "interpret current data", "data models"} & labels("data analyst")
    assert "identify ICT user needs" in labels("e-learning developer")
    assert "create SCORM packages" not in labels("e-learning developer")
    assert "style sheet languages" not in labels("web developer")
    assert not labels("ICT security technician")  # its text says little: nothing reaches the floor


# ---------------------------------------------------------------------- a roundabout core plan (fresh16-02)
Q1, Q2, BI, VIZ, PROG = (SkillRef(uri=f"s:{k}", label=k) for k in ("sql", "queries", "bi", "viz", "python"))
ANALYST = Taxonomy.from_items(
    [Skill(uri=s.uri, label=s.label) for s in (Q1, Q2, BI, VIZ, PROG)],
    [Occupation(uri="da", label="analyst", essential=(Q1.uri, Q2.uri, BI.uri), central=(VIZ.uri,))],
)
PY = _cred("py", (PROG,), hours=140)  # no skill of the goal: what the Python visualisation course needs
VIZ_PY = _cred("vizpy", (VIZ,), hours=50, prerequisites=("py",))
SQL = _cred("sql", (Q1, Q2), hours=110)
VIZ_SQL = _cred("vizsql", (VIZ, BI), hours=110, prerequisites=("sql",))


def _analyst(catalogue):
    p = LearnerProfile(
        id="a",
        goal=Goal(occupation_uri="da"),
        languages=("en",),
        constraints=Constraints(hours_per_week=10, weeks=20),
    )
    gap = analyse_gap(p, ANALYST, catalogue, today=TODAY)
    return plan_pathway(p, gap, catalogue, today=TODAY)


def test_a_roundabout_core_plan_gives_way_to_the_direct_one():
    pw = _analyst([PY, VIZ_PY, SQL, VIZ_SQL])  # 200 h: Python + its viz 190 h fit, SQL + its viz 220 h do not
    assert set(pw.ids) == {"sql", "vizsql"}  # a little over: offered as the plan, the slip said
    assert pw.notes[0].startswith("This plan keeps VIZSQL, the course of what analyst work centres on (viz)")
    assert "22 weeks, 2 more than your 20" in pw.notes[0]
    assert pw.offered_with and pw.offered_with[0].constraint == "weeks"


def test_a_roundabout_core_plan_stays_when_the_core_has_no_direct_plan():
    pw = _analyst([PY, VIZ_PY, SQL])
    assert set(pw.ids) == {"py", "vizpy"} and not pw.offered_with
