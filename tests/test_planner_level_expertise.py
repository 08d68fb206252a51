"""An introduction to what the learner does at an advanced level is no step, and is met as a prerequisite
(issue 14, session 9 round 2: Networking Fundamentals for a network technician who routes for a living)."""

from __future__ import annotations

from datetime import date

from pathfinder.domain import Constraints, Credential, Goal, LearnerProfile, Occupation, Skill, SkillRef
from pathfinder.domain.learners import HeldSkill
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner import plan_pathway
from pathfinder.planner.gaps import analyse_gap

TODAY = date(2026, 1, 5)
SKILLS = [SkillRef(uri=f"s:{k}", label=f"skill {k}") for k in "abcd"]
TAX = Taxonomy.from_items(
    [Skill(uri=s.uri, label=s.label) for s in SKILLS],
    [Occupation(uri="occ", label="goal", essential=tuple(s.uri for s in SKILLS))],
)
INTRO = Credential(  # EQF 4: skill a (the learner's trade) and b
    id="intro", title="Fundamentals", provider="P", hours=40, cost=100, languages=("en",), eqf_level=4,
    skills=(SKILLS[0], SKILLS[1]),
)  # fmt: skip
NEXT = Credential(  # EQF 5, needs the introduction: skill c
    id="next", title="Practice", provider="P", hours=40, cost=100, languages=("en",), eqf_level=5,
    skills=(SKILLS[2],), prerequisites=("intro",),
)  # fmt: skip
OTHER = Credential(  # EQF 4, a new subject: skill d
    id="other", title="Another subject", provider="P", hours=40, cost=100, languages=("en",), eqf_level=4,
    skills=(SKILLS[3],),
)  # fmt: skip


def _plan(level: str, pinned: tuple[str, ...] = ()):
    p = LearnerProfile(
        id="l",
        goal=Goal(occupation_uri="occ"),
        languages=("en",),
        skills=(HeldSkill(uri="s:a", label="skill a", level=level),),
        constraints=Constraints(hours_per_week=10, weeks=52),
        preferences={"pinned": pinned},
    )
    cat = [INTRO, NEXT, OTHER]
    return plan_pathway(p, analyse_gap(p, TAX, cat, today=TODAY), cat, today=TODAY)


def test_an_introduction_to_a_skill_held_at_advanced_level_is_met_not_studied():
    pw = _plan("advanced")
    assert set(pw.ids) == {
        "next",
        "other",
    }  # the introduction's dependant stays open; a new subject's intro too
    reasons = " ".join(u.reason for u in pw.uncovered if u.uri == "s:b")
    assert "an introduction to what you already do at an advanced level" in reasons
    from pathfinder.assistant import i18n, planner_text

    reason = "EQF 4, an introduction to what you already do at an advanced level"
    assert planner_text.unknown([reason]) == []
    with i18n.replying_in("fr"):
        assert (
            planner_text.say(reason) == "CEC 4, une introduction à ce que vous faites déjà à un niveau avancé"
        )


def test_held_at_intermediate_level_or_pinned_the_introduction_is_planned():
    assert "intro" in _plan("intermediate").ids
    assert "intro" in _plan("advanced", pinned=("intro",)).ids
