"""A first course at a newcomer's level (issue 14, session 21, branch start21; start21 cases, tune): a cleaner
aiming at system administrator was planned IT Service Operations (EQF 5) alone, while the catalogue's
"Solving Everyday Tech Problems" (EQF 3, free) teaches "solve technical problems", the skill ESCO puts above
the administrator's essential "solve ICT system problems"; the focus share left it out of every plan.
`planner/foundation.py` plans such a first course first for a learner who holds nothing of the goal, and the
review accepts it. Failed on the base commit (403984d): no `Gap.foundations`, no `planner.foundation`, the
plan was the EQF 5 course alone."""

from __future__ import annotations

from datetime import date

from pathfinder.assistant import i18n
from pathfinder.assistant.planner_text import say
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
from pathfinder.planner.foundation import basics_taught, foundation_courses, newcomer
from pathfinder.planner.gaps import analyse_gap
from pathfinder.planner.review import relevance

TODAY = date(2026, 1, 5)
SOLVE_SYS, ADMIN, USERS, BROAD, NEEDS, GAPS, SAFE = (
    SkillRef(uri=f"s:{k}", label=k)
    for k in (
        "solve ICT system problems",
        "administer ICT system",
        "support ICT system users",
        "solve technical problems",
        "identify technological needs",
        "identify digital competence gaps",
        "protect ICT devices",
    )
)
SYSADMIN = Occupation(
    uri="o:sysadmin",
    label="ICT system administrator",
    essential=(SOLVE_SYS.uri, ADMIN.uri, USERS.uri),
)


def _cred(cid, title, skills, eqf=4, hours=80.0, cost=0.0, **kw) -> Credential:
    return Credential(
        id=cid, title=title, provider="P", languages=("en",), cost=cost, hours=hours, eqf_level=eqf,
        skills=skills, description=title, **kw,
    )  # fmt: skip


OPS = _cred("ops", "IT Service Operations", (ADMIN, USERS), eqf=5, hours=82.5, cost=300.0)
BASICS = _cred("solve", "Solving Everyday Tech Problems", (BROAD, NEEDS, GAPS), eqf=3, hours=40.0)
SAFE_ONLINE = _cred("safe", "Staying Safe Online", (SAFE, NEEDS), eqf=3, hours=30.0)


def _taxonomy() -> Taxonomy:
    skills = [Skill(uri=s.uri, label=s.label) for s in (SOLVE_SYS, ADMIN, USERS, BROAD, NEEDS, GAPS, SAFE)]
    return Taxonomy.from_items(skills, [SYSADMIN], broader=[(SOLVE_SYS.uri, BROAD.uri)])


def _profile(skills=(), **constraints) -> LearnerProfile:
    limits = {"hours_per_week": 5, "weeks": 52, "budget": 600} | constraints
    return LearnerProfile(
        id="l",
        goal=Goal(occupation_uri=SYSADMIN.uri),
        languages=("en",),
        skills=skills,
        constraints=Constraints(**limits),
    )


def _plan(catalogue, profile):
    gap = analyse_gap(profile, _taxonomy(), catalogue, today=TODAY)
    return gap, plan_pathway(profile, gap, catalogue, today=TODAY)


def test_the_foundations_are_the_broader_skills_of_essential_gap_skills():
    gap = analyse_gap(_profile(), _taxonomy(), [OPS, BASICS], today=TODAY)
    assert gap.foundations == (BROAD.uri,)
    assert basics_taught(BASICS, gap) == [BROAD.uri]
    assert basics_taught(OPS, gap) == []  # EQF 5: no first course


def test_a_newcomer_holds_nothing_of_the_goal_and_works_with_nothing_at_intermediate_level():
    taxonomy, catalogue = _taxonomy(), [OPS, BASICS]
    fresh = _profile()
    assert newcomer(fresh, analyse_gap(fresh, taxonomy, catalogue, today=TODAY))
    cases = [
        _profile(skills=(HeldSkill(uri=USERS.uri, label=USERS.label, level="basic"),)),  # a goal skill
        _profile(skills=(HeldSkill(uri=SAFE.uri, label=SAFE.label, level="intermediate"),)),  # works with one
        _profile(min_eqf=4),  # "skip the basics"
    ]
    for p in cases:
        assert not newcomer(p, analyse_gap(p, taxonomy, catalogue, today=TODAY))
    # a skill held at basic level outside the goal says nothing
    basic = _profile(skills=(HeldSkill(uri=SAFE.uri, label=SAFE.label, level="basic"),))
    assert newcomer(basic, analyse_gap(basic, taxonomy, catalogue, today=TODAY))


def test_a_newcomers_plan_starts_with_the_first_course_at_their_level():
    catalogue = [OPS, BASICS]
    gap, pw = _plan(catalogue, _profile())
    assert pw.ids == ("solve", "ops")
    first = pw.steps[0]
    assert first.reasons[-1] == (
        "a first course at your level: the basics (solve technical problems) before the goal's own courses"
    )
    assert "pinned by you or your advisor" not in " ".join(first.reasons)
    review = relevance(_profile(), gap, pw, {c.id: c for c in catalogue})
    assert all(r.relevant for r in review), review
    assert review[0].why == "a newcomer's first course at their level, before ops"


def test_a_learner_holding_a_goal_skill_skips_the_basics():
    held = _profile(skills=(HeldSkill(uri=USERS.uri, label=USERS.label, level="basic"),))
    _, pw = _plan([OPS, BASICS], held)
    assert pw.ids == ("ops",)


def test_the_foundation_never_breaks_a_limit_nor_comes_when_the_plan_already_starts_low():
    _, tight = _plan([OPS, BASICS], _profile(hours_per_week=2, weeks=50))  # 100 h: the EQF 5 course only
    assert tight.ids == ("ops",)
    _, poor = _plan(
        [OPS, _cred("solve", BASICS.title, BASICS.skills, eqf=3, hours=40.0, cost=400.0)], _profile()
    )
    assert poor.ids == ("ops",)  # EUR 700 > 600
    low = _cred("low", "Help Desk Basics", (USERS, SOLVE_SYS), eqf=3, hours=40.0)
    _, started = _plan([OPS, BASICS, low], _profile())
    assert "solve" not in started.ids  # a first-level step is already planned


def test_no_foundation_for_educators_nor_from_inferred_tags_and_the_most_basics_first():
    classroom = _cred("class", "Tech Problems in the Classroom", (BROAD,), eqf=3, hours=20.0)
    inferred = _cred(
        "clip",
        "Fix your PC",
        (SkillRef(uri=BROAD.uri, label=BROAD.label, inferred=True, confidence=0.95),),
        eqf=3,
    )
    lk = CatalogueLookup([OPS, BASICS, SAFE_ONLINE, classroom, inferred])
    gap = analyse_gap(_profile(), _taxonomy(), lk, today=TODAY)
    found = foundation_courses(gap, lk.first_level_teachers, lk.hours_of, lk.cost_of, lk.order)
    # Staying Safe Online teaches no goal skill nor the broader skill of one
    assert [c.id for c in found] == ["solve"]


def test_the_reason_reads_in_the_reply_language():
    sentence = (
        "a first course at your level: the basics (solve technical problems) before the goal's own courses"
    )
    with i18n.replying_in("de"):
        assert say(sentence) == (
            "ein erster Kurs auf Ihrem Niveau: die Grundlagen (solve technical problems) vor den "
            "eigentlichen Kursen des Ziels"
        )


def test_a_newcomers_empty_plan_names_the_first_course_that_fits_now():
    # EUR 100: the EQF 5 course (EUR 300) is over budget, the free first course fits
    _, pw = _plan([OPS, BASICS], _profile(budget=100))
    assert pw.ids == ()
    note = (
        "Nothing of the goal's own courses fits your limits yet; a first course at your level that does: "
        "Solving Everyday Tech Problems (EQF 3, 40 h), the basics (solve technical problems)."
    )
    assert note in pw.notes
    with i18n.replying_in("es"):
        assert say(note).startswith("Todavía ningún curso propio del objetivo cabe en tus límites")
    held = _profile(budget=100, skills=(HeldSkill(uri=USERS.uri, label=USERS.label, level="basic"),))
    _, other = _plan([OPS, BASICS], held)
    assert not any(n.startswith("Nothing of the goal's own courses") for n in other.notes)


def test_a_first_course_needs_no_course_first():
    needs = _cred("solve2", BASICS.title, BASICS.skills, eqf=3, hours=40.0, prerequisites=("intro",))
    intro = _cred("intro", "Digital Literacy Essentials", (SAFE,), eqf=3, hours=20.0)
    _, pw = _plan([OPS, needs, intro], _profile())
    assert pw.ids == ("ops",)
