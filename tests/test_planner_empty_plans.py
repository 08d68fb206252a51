"""An empty plan always says why and carries a proposal the learner can accept (issue 14, session 5): the
note names the limits in the way, a joint proposal is a first step (budget and time a few times larger, not
whatever the whole goal needs), no proposal asks for more than full-time hours a week."""

from __future__ import annotations

from datetime import date

from pathfinder.domain import (
    Constraints,
    Credential,
    Goal,
    LearnerProfile,
    Occupation,
    Pathway,
    Relaxation,
    Skill,
    SkillRef,
)
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner import plan_pathway
from pathfinder.planner.gaps import analyse_gap
from pathfinder.planner.relax_base import MAX_PROPOSED_HOURS
from pathfinder.planner.relax_joint import FIRST_STEP_SCALES
from pathfinder.planner.review import unexplained

TODAY = date(2026, 1, 5)
SKILLS = [SkillRef(uri=f"s:{k}", label=f"skill {k}") for k in "abcdef"]
TAX = Taxonomy.from_items(
    [Skill(uri=s.uri, label=s.label) for s in SKILLS],
    [Occupation(uri="occ", label="goal", essential=tuple(s.uri for s in SKILLS))],
)


def _plan(catalogue, languages=("en",), limit=(), **constraints) -> tuple[LearnerProfile, Pathway]:
    p = LearnerProfile(
        id="l",
        goal=Goal(occupation_uri="occ"),
        languages=languages,
        constraints=Constraints(languages=limit, **constraints),
    )
    return p, plan_pathway(p, analyse_gap(p, TAX, catalogue, today=TODAY), catalogue, today=TODAY)


def _course(k: int, hours: float, cost: float, language: str = "en") -> Credential:
    return Credential(
        id=f"c{k}",
        title=f"C{k}",
        provider="P",
        hours=hours,
        cost=cost,
        languages=(language,),
        skills=(SKILLS[k],),
    )


def test_a_joint_proposal_is_a_first_step_not_the_whole_goal():
    # 3 h/week for 16 weeks (48 h), EUR 150; one course of 60 h for EUR 200, five of 300 h for EUR 1,000 each
    catalogue = [_course(0, 60, 200)] + [_course(k, 300, 1000) for k in range(1, 6)]
    p, pw = _plan(catalogue, hours_per_week=3, weeks=16, budget=150)
    assert not pw.steps
    joint = [r for r in pw.relaxations if r.joint]
    assert joint and len(joint) == len(pw.relaxations)
    by = {r.constraint: r for r in joint}
    # the first step: the small course, with a budget and time at most the largest scale of the learner's
    assert float(by["budget"].needed) <= 150 * max(FIRST_STEP_SCALES)
    time = by.get("hours_per_week") or by["weeks"]
    assert float(time.needed) <= (3 if time.constraint == "hours_per_week" else 16) * max(FIRST_STEP_SCALES)
    assert round(joint[0].coverage_after or 0, 3) == round(1 / 6, 3)
    # what the whole goal would take is said beside it
    assert "EUR 5,200" in joint[0].message and "would take about" in joint[0].message
    # accepted, the proposal gives the plan it promised
    changed = p.constraints.model_dump()
    changed.update({r.constraint: r.needed for r in joint})
    wider = p.model_copy(update={"constraints": Constraints(**changed)})
    after = plan_pathway(wider, analyse_gap(wider, TAX, catalogue, today=TODAY), catalogue, today=TODAY)
    assert after.ids == ("c0",)


def test_no_proposal_asks_for_more_than_full_time_hours_a_week():
    catalogue = [_course(k, 150, 0) for k in range(6)]  # 900 h in 16 weeks: 57 h/week
    _, pw = _plan(catalogue, hours_per_week=3, weeks=16)
    hours = [float(r.needed) for r in pw.relaxations if r.constraint == "hours_per_week"]
    assert all(h <= MAX_PROPOSED_HOURS for h in hours)
    assert any(r.constraint in ("weeks", "deadline") for r in pw.relaxations)  # finish later instead


def test_every_empty_plan_has_a_note_naming_what_stands_in_the_way():
    french = [_course(k, 10, 0, "fr") for k in range(6)]
    _, pw = _plan(french, languages=("de",))
    assert not pw.steps and pw.relaxations
    (note,) = [n for n in pw.notes if n.startswith("No step")]
    # only French helps a German speaker: said plainly, French comes after as a conditional proposal
    assert "nothing in German or English teaches the essential skills of goal" in note
    _, pw = _plan(french, languages=("de", "fr"), limit=("de",))
    (note,) = [n for n in pw.notes if n.startswith("No step")]
    assert "courses in German only" in note  # French is theirs: an ordinary proposal
    _, pw = _plan([_course(0, 10, 500)], budget=100)
    assert any("a budget of EUR 100" in n for n in pw.notes)
    _, pw = _plan([], budget=100)  # nothing teaches anything: no proposal, still a reason and a way on
    assert not pw.relaxations and any("nearby goal" in n for n in pw.notes)
    assert unexplained(pw, TODAY) == []


def test_the_review_fails_an_empty_plan_left_bare_or_with_only_impossible_proposals():
    bare = Pathway()
    assert unexplained(bare, TODAY) == ["an empty plan with no note saying why"]
    huge = Relaxation(constraint="hours_per_week", current=3, needed=79, message="79 h/week", joint=True)
    late = Relaxation(constraint="weeks", current=16, needed=440, message="440 weeks")
    noted = Pathway(notes=("No step fits",), relaxations=(huge, late))
    assert unexplained(noted, TODAY)[0].startswith("no proposal the learner can accept")
    fine = Relaxation(constraint="weeks", current=16, needed=40, message="40 weeks")
    assert unexplained(noted.model_copy(update={"relaxations": (huge, fine)}), TODAY) == []
    assert unexplained(Pathway(steps=()).model_copy(update={"notes": ("No step",)}), TODAY) == []


def test_an_empty_plan_shows_the_plan_its_first_proposal_would_give():
    # English and German spoken, German not in the limit, and the one course is in German: empty; allowing
    # German plans C0, and the note says so
    catalogue = [_course(0, 40, 100, language="de")]
    p, pw = _plan(catalogue, languages=("en", "de"), limit=("en",), hours_per_week=5, weeks=20)
    assert not pw.steps
    assert pw.relaxations[0].constraint == "languages"
    # a language alone is the first proposal: the note names it, so the plan reads as the one offered in it
    # (issue 14, session 9)
    preview = [n for n in pw.notes if n.startswith("Offered if you accept courses in")]
    assert preview == ["Offered if you accept courses in German: a plan of 1 step(s), 40 h over 8 weeks: C0."]
    from pathfinder.assistant import i18n, planner_text

    assert planner_text.unknown(preview) == []
    with i18n.replying_in("de"):
        assert planner_text.say(preview[0]).startswith("Angebot, wenn Sie Kurse auf Deutsch annehmen")


def test_a_preview_after_another_proposal_keeps_its_wording():
    # English, and the one course costs more than the budget: the budget is the first proposal
    p, pw = _plan([_course(0, 40, 500)], hours_per_week=5, weeks=20, budget=100)
    assert not pw.steps and pw.relaxations[0].constraint == "budget"
    assert [n for n in pw.notes if n.startswith("With the first proposal accepted")] == [
        "With the first proposal accepted, the plan would be 1 step, 40 h over 8 weeks: C0."
    ]


def test_no_preview_when_the_first_proposal_plans_nothing_either():
    p, pw = _plan([], hours_per_week=5, weeks=20)
    assert not pw.steps and not any(n.startswith("With the first proposal") for n in pw.notes)


def test_a_relaxation_applied_widens_the_learners_own_languages_and_sets_limits():
    c = Constraints(budget=100)
    lang = Relaxation(constraint="languages", current="en", needed="de", message="m")
    assert lang.applied(c, ("en",)).languages == ("en", "de")
    money = Relaxation(constraint="budget", current=100, needed=250, message="m")
    assert money.applied(c).budget == 250
    later = Relaxation(constraint="deadline", current="20 weeks", needed="2026-12-31", message="m")
    assert later.applied(Constraints(weeks=20)) == Constraints(deadline=date(2026, 12, 31))


def test_a_language_the_learner_does_not_read_is_not_proposed_beside_more_money():
    # German courses teach four skills for free, an English one teaches one for EUR 300: the learner reads
    # English and has EUR 100. More money is the change they can make; German, a language they did not
    # name, is not proposed beside it (session 15; session 14 proposed it second)
    catalogue = [_course(0, 20, 300)] + [_course(k, 20, 0, "de") for k in range(1, 5)]
    _, pw = _plan(catalogue, hours_per_week=5, weeks=20, budget=100)
    assert not pw.steps
    assert [r.constraint for r in pw.relaxations] == ["budget"]


def test_english_leads_the_language_proposals_of_a_learner_who_reads_neither():
    # Vietnamese only: Spanish would unlock two skills, English one; English is proposed, Spanish (a third
    # language) not beside it (session 15; session 14 offered it as an alternative)
    # (Vietnamese as a limit the learner set: with only Vietnamese spoken, the English plan is offered,
    # `tests/test_planner_offered.py`)
    catalogue = [_course(0, 20, 0, "en"), _course(1, 20, 0, "es"), _course(2, 20, 0, "es")]
    _, pw = _plan(catalogue, languages=("vi",), limit=("vi",), hours_per_week=5, weeks=20)
    assert not pw.steps
    lead = pw.relaxations[0]
    assert lead.constraint == "languages" and lead.values == ("en",)
    assert "es" not in {v for a in lead.alternatives for v in a.values}
