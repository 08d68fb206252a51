"""Relaxations carry structured data (issue 14): joint or not, the values a list constraint gains, the
coverage they lead to; the chat's suggestions read those fields, not the message's wording."""

from __future__ import annotations

from datetime import date

from pathfinder.assistant.suggestions import is_joint, narrowed, pick
from pathfinder.domain import (
    Constraints,
    Credential,
    Goal,
    LearnerProfile,
    Occupation,
    Relaxation,
    Skill,
    SkillRef,
)
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner import plan_pathway
from pathfinder.planner.gaps import analyse_gap

TODAY = date(2026, 1, 5)
A = SkillRef(uri="s:a", label="skill a")
TAX = Taxonomy.from_items(
    [Skill(uri=A.uri, label=A.label)], [Occupation(uri="occ", label="goal", essential=(A.uri,))]
)


def _plan(catalogue, **constraints):
    p = LearnerProfile(id="l", goal=Goal(occupation_uri="occ"), constraints=Constraints(**constraints))
    return plan_pathway(p, analyse_gap(p, TAX, catalogue, today=TODAY), catalogue, today=TODAY)


def test_a_joint_proposal_is_marked_joint_and_a_single_one_is_not():
    german = Credential(id="de", title="DE", provider="P", hours=10, cost=500, languages=("de",), skills=(A,))
    joint = _plan([german], budget=100, languages=("en",)).relaxations
    assert {r.constraint for r in joint} == {"budget", "languages"}
    assert all(r.joint and r.coverage_after == 1.0 for r in joint) and is_joint(joint)
    single = _plan([german], languages=("en",)).relaxations
    assert [(r.constraint, r.values, r.joint) for r in single] == [("languages", ("de",), False)]


def test_suggestions_read_the_fields_not_the_wording():
    r = Relaxation(constraint="languages", current="en", needed="de, fr", message="(any wording)")
    assert r.values == ("de", "fr") and not is_joint((r,))
    assert pick((r,), "yes, allow French", languages=("fr",)) == (r,)
    (cut,) = narrowed((r,), languages=("fr",))
    assert cut.values == ("fr",) and cut.needed == "fr"
    assert is_joint((r.model_copy(update={"joint": True}),))
