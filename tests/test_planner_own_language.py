"""The goal's own skills taught only in another language are shown, not applied (issue 14, session 12): a
German-only learner aiming at network administration got one backup course in German, the firewall and IP
courses being English; a chief data officer's plan was one NoSQL course, the governance courses being
French. The plan keeps to the learner's languages; a note shows what the language proposal would plan.
Minimal instance with its own skills."""

from __future__ import annotations

from datetime import date

from pathfinder.domain import Constraints, Credential, Goal, LearnerProfile, Occupation, Skill, SkillRef
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner import plan_pathway
from pathfinder.planner.gaps import analyse_gap

TODAY = date(2027, 6, 7)
OWN = SkillRef(uri="o:own", label="steer the office")  # essential to the goal alone: its own class
SHARED = SkillRef(uri="o:shared", label="store records")  # essential to four occupations: shared


def _cred(cid, skill, language):
    return Credential(
        id=cid, title=cid.title(), provider="P", languages=(language,), hours=40, cost=0.0, skills=(skill,)
    )


def _plan(catalogue, languages=("en",)):
    others = [Occupation(uri=f"x{k}", label=f"other {k}", essential=(SHARED.uri,)) for k in range(3)]
    tax = Taxonomy.from_items(
        [Skill(uri=s.uri, label=s.label) for s in (OWN, SHARED)],
        [Occupation(uri="g", label="office chief", essential=(OWN.uri, SHARED.uri)), *others],
    )
    p = LearnerProfile(
        id="l", goal=Goal(occupation_uri="g"), languages=languages, constraints=Constraints(hours_per_week=5)
    )
    gap = analyse_gap(p, tax, catalogue, today=TODAY)
    assert {g.uri: g.weight for g in gap.skills} == {OWN.uri: 1.25, SHARED.uri: 1.0}
    return plan_pathway(p, gap, catalogue, today=TODAY)


def test_own_skills_only_in_another_language_are_shown_not_applied():
    catalogue = [_cred("stewardship", OWN, "fr"), _cred("storage", SHARED, "en")]
    pw = _plan(catalogue)
    assert pw.ids == ("storage",)  # the plan keeps to English
    assert any(r.constraint == "languages" and r.values == ("fr",) for r in pw.relaxations)
    shown = [n for n in pw.notes if n.startswith("What sets office chief apart")]
    assert shown and "(steer the office)" in shown[0] and "courses in French" in shown[0]
    assert shown[0].endswith(": Stewardship; Storage.") or shown[0].endswith(": Storage; Stewardship.")


def test_no_note_when_the_plan_covers_an_own_skill_or_no_language_helps():
    both = [_cred("stewardship", OWN, "en"), _cred("storage", SHARED, "en")]
    assert not [n for n in _plan(both).notes if n.startswith("What sets")]
    alone = [_cred("storage", SHARED, "en")]  # nothing teaches the own skill in any language
    assert not [n for n in _plan(alone).notes if n.startswith("What sets")]
