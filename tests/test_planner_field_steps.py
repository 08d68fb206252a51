"""A course read from its text qualifies through the goal's marginal skills only when its subject is the
goal's field (issue 14, session 19; fresh18-20, real18-06: "Risk Management for Projects" and a Power BI
course closed an ICT security engineer's "risk management" and "perform data analysis", skills ESCO's texts
put at the goal's margin, while the security core sat in a proposal). `field_steps.off_field`: a course whose
every skill was inferred and whose only goal skills are marginal is no teacher of the gap; one that also
teaches a skill of the goal's own field (gap or held) stays, and its step says so; a catalogue that states
its skills is taken at its word."""

from __future__ import annotations

from datetime import date

from pathfinder.domain import (
    Constraints,
    Credential,
    Goal,
    HeldSkill,
    LearnerProfile,
    Occupation,
    Skill,
    SkillRef,
)
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner import CatalogueLookup, plan_pathway
from pathfinder.planner.field_steps import field_evidence, off_field
from pathfinder.planner.gaps import analyse_gap
from pathfinder.planner.lookup import gap_teachers, gap_teachers_by_id

TODAY = date(2026, 1, 5)
LABELS = {
    "core": "identify ICT security risks",
    "attack": "attack vectors",
    "risk": "risk management",
    "data": "perform data analysis",
    "projects": "project management",
}
CORE, ATTACK, RISK, DATA, PROJECTS = (SkillRef(uri=f"s:{k}", label=v) for k, v in LABELS.items())
# (skill, centrality, the goal's rank among occupations by closeness): risk and data analysis at the goal's
# margin (more than five occupations closer), the security skills its own
ENGINEER = Occupation(
    uri="engineer",
    label="security engineer",
    essential=(CORE.uri, ATTACK.uri, RISK.uri, DATA.uri),
    centrality=((CORE.uri, 2.2, 1), (ATTACK.uri, 1.9, 2), (RISK.uri, 0.48, 12), (DATA.uri, -0.18, 23)),
    cross_field=(RISK.uri, DATA.uri),  # ESCO lists them mostly for other fields' occupations
)


def _inferred(*refs: SkillRef) -> tuple[SkillRef, ...]:
    return tuple(r.model_copy(update={"inferred": True, "confidence": 0.9}) for r in refs)


def _cred(cid: str, skills, hours: float = 20.0) -> Credential:
    return Credential(
        id=cid, title=cid, provider="P", languages=("en",), cost=0.0, hours=hours, skills=skills
    )


PROJECT_RISK = _cred("Risk Management for Projects", _inferred(RISK, PROJECTS))
POWER_BI = _cred("Power BI for analysts", _inferred(DATA))
SECURITY_RISK = _cred("Security risk assessment", _inferred(RISK, CORE), hours=30.0)
ATTACKS = _cred("Attack vectors explained", _inferred(ATTACK), hours=30.0)
STATED_RISK = _cred("Stated project risk", (RISK, PROJECTS))


def _plan(catalogue, held=(), goal_skills=()):
    taxonomy = Taxonomy.from_items(
        [Skill(uri=s.uri, label=s.label) for s in (CORE, ATTACK, RISK, DATA, PROJECTS)], [ENGINEER]
    )
    p = LearnerProfile(
        id="l",
        goal=Goal(occupation_uri=ENGINEER.uri, skills=goal_skills),
        languages=("en",),
        skills=tuple(HeldSkill(uri=u, label=LABELS[u[2:]], level="advanced") for u in held),
        constraints=Constraints(hours_per_week=10, weeks=20),
    )
    gap = analyse_gap(p, taxonomy, catalogue, today=TODAY)
    return gap, plan_pathway(p, gap, catalogue, today=TODAY)


def test_off_field_courses_are_those_teaching_only_marginal_goal_skills():
    skills = {
        "proj": (RISK.uri, PROJECTS.uri),
        "sec": (RISK.uri, CORE.uri),
        "bi": (DATA.uri,),
        "x": (ATTACK.uri,),
    }
    inferred = dict.fromkeys(skills, True)
    essential = {CORE.uri, ATTACK.uri, RISK.uri, DATA.uri}
    marginal = {RISK.uri, DATA.uri}
    assert off_field(skills, skills, inferred, essential, marginal, essential) == {"proj", "bi"}
    # a catalogue's stated skills are taken at its word; no marginal skills, nothing off field
    assert off_field(skills, skills, {**inferred, "proj": False}, essential, marginal, essential) == {"bi"}
    assert off_field(skills, skills, inferred, essential, (), essential) == frozenset()


def test_a_project_risk_course_is_no_step_for_a_security_engineer():
    gap, pw = _plan([PROJECT_RISK, POWER_BI, ATTACKS])
    assert set(gap.marginal) == set(gap.cross_field) == {RISK.uri, DATA.uri}
    titles = [s.title for s in pw.steps]
    assert titles == ["Attack vectors explained"]
    assert RISK.uri in {u.uri for u in pw.uncovered}


def test_a_course_of_the_goals_field_closes_the_marginal_skill_and_says_why():
    _, pw = _plan([PROJECT_RISK, SECURITY_RISK, ATTACKS])
    by_title = {s.title: s for s in pw.steps}
    assert "Risk Management for Projects" not in by_title
    step = by_title["Security risk assessment"]
    assert RISK.uri in step.covers
    assert "of the goal's field: also teaches identify ICT security risks" in step.evidence


def test_a_held_skill_of_the_goals_field_puts_the_course_in_the_field():
    # the learner holds the security-risk skill the course also teaches: the course is of the goal's field
    analytics = _cred("Security risk analytics", _inferred(RISK, DATA, CORE), hours=30.0)
    _, pw = _plan([analytics, ATTACKS], held=(CORE.uri,))
    assert "Security risk analytics" in [s.title for s in pw.steps]
    # the same marginal skills without the held field skill: another field's course
    business = _cred("Business risk analytics", _inferred(RISK, DATA, PROJECTS), hours=30.0)
    _, pw = _plan([business, ATTACKS], held=(CORE.uri,))
    assert "Business risk analytics" not in [s.title for s in pw.steps]


def test_stated_skills_and_asked_skills_are_taken_at_their_word():
    _, pw = _plan([STATED_RISK, ATTACKS])
    assert "Stated project risk" in [s.title for s in pw.steps]
    # a skill the learner named as a goal skill is never marginal
    gap, pw = _plan([PROJECT_RISK, ATTACKS], goal_skills=(RISK.uri,))
    assert RISK.uri not in gap.marginal
    assert "Risk Management for Projects" in [s.title for s in pw.steps]


def test_a_marginal_skill_of_the_goals_own_field_keeps_its_course():
    # markup languages for a web developer, query languages for a data quality specialist: at the goal's
    # margin by ESCO's texts but listed mostly for ICT occupations (no cross-field skill): the course stays
    own_field = ENGINEER.model_copy(update={"cross_field": (DATA.uri,)})
    taxonomy = Taxonomy.from_items(
        [Skill(uri=s.uri, label=s.label) for s in (CORE, ATTACK, RISK, DATA, PROJECTS)], [own_field]
    )
    p = LearnerProfile(
        id="l",
        goal=Goal(occupation_uri=own_field.uri),
        languages=("en",),
        constraints=Constraints(hours_per_week=10, weeks=20),
    )
    catalogue = [PROJECT_RISK, POWER_BI, ATTACKS]
    gap = analyse_gap(p, taxonomy, catalogue, today=TODAY)
    assert RISK.uri in gap.marginal and gap.cross_field == (DATA.uri,)
    titles = [s.title for s in plan_pathway(p, gap, catalogue, today=TODAY).steps]
    assert "Risk Management for Projects" in titles and "Power BI for analysts" not in titles


def test_the_array_and_the_by_id_teachers_agree_on_off_field_courses():
    catalogue = [PROJECT_RISK, POWER_BI, SECURITY_RISK, ATTACKS, STATED_RISK]
    gap, _ = _plan(catalogue)
    lk = CatalogueLookup(catalogue)
    fast, slow = gap_teachers(gap, lk), gap_teachers_by_id(gap, lk)
    assert {"Risk Management for Projects", "Power BI for analysts"} <= fast.weak
    assert fast.weak == slow.weak


def test_field_evidence_names_the_own_field_skills_taught():
    labels = {CORE.uri: CORE.label, RISK.uri: RISK.label}
    assert field_evidence({RISK.uri, CORE.uri}, {RISK.uri}, {RISK.uri}, labels) == (
        "of the goal's field: also teaches identify ICT security risks"
    )
    assert field_evidence({RISK.uri, CORE.uri}, {CORE.uri}, {RISK.uri}, labels) is None
    assert field_evidence({RISK.uri}, {RISK.uri}, {RISK.uri}, labels) is None
