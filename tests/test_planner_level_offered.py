"""The level rule never empties a plan by itself (issue 14, session 14; trial 9's 07: a Finnish teacher asking
for micro-credential design, her job unknown to the taxonomy so estimated at EQF 4, got an empty plan because
every course of the goal sits at EQF 6). The plan is offered as for a learner starting one level higher,
labelled, and the review counts EQF jumps from that level only on those terms."""

from __future__ import annotations

from datetime import date

from pathfinder.domain import Constraints, Credential, Goal, LearnerProfile, Occupation, Skill, SkillRef
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner import plan_pathway
from pathfinder.planner.gaps import analyse_gap
from pathfinder.planner.offered import offered_level_note
from pathfinder.planner.review import review_plan

TODAY = date(2026, 1, 5)
SKILL = SkillRef(uri="s:design", label="instructional design models")
TAX = Taxonomy.from_items(
    [Skill(uri=SKILL.uri, label=SKILL.label)],
    [Occupation(uri="occ", label="micro-credential designer", essential=(SKILL.uri,))],
)
DESIGN = Credential(
    id="mcd", title="Designing Micro-Credentials", provider="P", hours=55, cost=0, languages=("en",),
    eqf_level=6, skills=(SKILL,),
)  # fmt: skip


def _profile(max_eqf: int | None = None) -> LearnerProfile:
    return LearnerProfile(
        id="l",
        goal=Goal(occupation_uri="occ"),
        languages=("en",),
        constraints=Constraints(hours_per_week=5, weeks=52, max_eqf=max_eqf),
    )


def _plan(profile: LearnerProfile):
    gap = analyse_gap(profile, TAX, [DESIGN], today=TODAY)
    return gap, plan_pathway(profile, gap, [DESIGN], today=TODAY)


def test_a_plan_emptied_by_the_level_rule_alone_is_offered_one_level_up():
    p = _profile()
    gap, pw = _plan(p)
    assert pw.ids == ("mcd",)  # was empty: "more than one level above where you start (about EQF 4)"
    assert pw.offered_level == 5
    assert pw.notes[0] == offered_level_note(4, 5)
    review = review_plan(p, gap, pw, {"mcd": DESIGN}, today=TODAY, start_eqf=4)
    assert review.verdict("eqf_jumps").passed


def test_never_above_a_ceiling_the_learner_set():
    _, pw = _plan(_profile(max_eqf=6))
    assert pw.offered_level == 5  # EQF 6 allowed: within the ceiling
    _, pw = _plan(_profile(max_eqf=5))
    assert pw.ids == () and pw.offered_level is None


def test_never_more_than_one_level():
    far = DESIGN.model_copy(update={"eqf_level": 7})
    p = _profile()
    gap = analyse_gap(p, TAX, [far], today=TODAY)
    pw = plan_pathway(p, gap, [far], today=TODAY)
    assert pw.ids == () and pw.offered_level is None


def test_the_label_is_said_in_the_reply_language():
    from pathfinder.assistant import i18n, planner_text

    note = offered_level_note(4, 5)
    assert planner_text.unknown([note]) == []
    with i18n.replying_in("fi"):
        assert "EQF 5" in planner_text.say(note) and planner_text.say(note) != note
