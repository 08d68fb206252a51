"""Languages the learner names are a hard limit (issue 14, session 17; before, session 9 round 2, an empty
plan in the languages a profile listed became the English plan, labelled): the plan stays empty, says so, and
previews English as a proposal to accept; a plan saved with `offered_in` before is still read on its terms
(`planner/offered.py`)."""

from __future__ import annotations

from datetime import date

from pathfinder.domain import Constraints, Credential, Goal, LearnerProfile, Occupation, Skill, SkillRef
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner import plan_pathway
from pathfinder.planner.gaps import analyse_gap
from pathfinder.planner.offered import planned_for
from pathfinder.planner.review import language_problems

TODAY = date(2026, 1, 5)
SKILLS = [SkillRef(uri=f"s:{k}", label=f"skill {k}") for k in "ab"]
TAX = Taxonomy.from_items(
    [Skill(uri=s.uri, label=s.label) for s in SKILLS],
    [Occupation(uri="occ", label="goal", essential=tuple(s.uri for s in SKILLS))],
)


def _course(k: int, language: str, cost: float = 100) -> Credential:
    return Credential(
        id=f"c{k}",
        title=f"C{k}",
        provider="P",
        hours=20,
        cost=cost,
        languages=(language,),
        skills=(SKILLS[k],),
        eqf_level=4,
    )


def _plan(catalogue, languages=("vi",), limit=(), **constraints):
    p = LearnerProfile(
        id="l",
        goal=Goal(occupation_uri="occ"),
        languages=languages,
        constraints=Constraints(languages=limit, hours_per_week=5, weeks=20, **constraints),
    )
    return p, plan_pathway(p, analyse_gap(p, TAX, catalogue, today=TODAY), catalogue, today=TODAY)


def test_a_learner_speaking_one_language_keeps_to_it_and_is_offered_english_as_a_proposal():
    # fresh16-04 / -13: a French-only secretary, a Spanish-only job seeker got the English plan by default
    catalogue = [_course(0, "en"), _course(1, "de")]
    p, pw = _plan(catalogue, languages=("bn",))
    assert not pw.steps and pw.offered_in == ()
    assert pw.relaxations[0].constraint == "languages" and pw.relaxations[0].values == ("en",)
    assert any(n.startswith("Offered if you accept courses in English") for n in pw.notes)
    assert language_problems(p, catalogue[:1]) != []  # English is not among the languages they named


def test_a_plan_saved_as_offered_in_english_is_still_read_on_its_terms():
    catalogue = [_course(0, "en")]
    p, pw = _plan(catalogue, languages=("bn",))
    saved = pw.model_copy(update={"offered_in": ("en",)})  # a plan saved before session 17
    assert language_problems(p, catalogue[:1], saved.offered_in) == []
    same = planned_for(p, saved)  # the instance other strategies are compared on
    assert same.languages == ("bn", "en") and same.constraints.weeks == 20


def test_a_language_limit_the_learner_set_keeps_the_plan_empty_with_a_preview():
    catalogue = [_course(0, "en")]
    p, pw = _plan(catalogue, languages=("bn",), limit=("bn",))
    assert not pw.steps and pw.offered_in == ()
    assert any(n.startswith("Offered if you accept courses in English") for n in pw.notes)
    assert language_problems(p, [catalogue[0]], ("en",)) != []  # a limit they chose is never widened


def test_no_english_plan_is_offered_when_english_is_not_the_first_proposal():
    # the only course is in German: the plan stays empty, German is only proposed
    _, pw = _plan([_course(0, "de")], languages=("vi",))
    assert not pw.steps and pw.offered_in == ()
    # an English course over the budget: English alone does not give a plan, so none is offered
    _, pw = _plan([_course(0, "en", cost=900)], languages=("fi",), budget=100)
    assert not pw.steps and pw.offered_in == ()


def test_a_plan_in_the_learners_language_is_kept_and_not_relabelled():
    catalogue = [_course(0, "en"), _course(1, "hi")]
    _, pw = _plan(catalogue, languages=("hi",))
    assert pw.ids == ("c1",) and pw.offered_in == ()
    assert not any(n.startswith("This plan is in") for n in pw.notes)


def _long(k: int) -> Credential:
    return _course(k, "en").model_copy(update={"hours": 300.0})  # 60 weeks at 5 h/week


def _open_ended(catalogue, **constraints):
    p = LearnerProfile(
        id="l",
        goal=Goal(occupation_uri="occ"),
        languages=("en",),
        constraints=Constraints(hours_per_week=5, **constraints),
    )
    return plan_pathway(p, analyse_gap(p, TAX, catalogue, today=TODAY), catalogue, today=TODAY)


def test_with_no_deadline_a_plan_over_two_years_gives_way_to_the_plan_within_two_years():
    pw = _open_ended([_long(0), _long(1)])
    assert len(pw.steps) == 1 and pw.totals.weeks <= 104
    assert pw.notes[0].startswith(
        "Planned within two years (104 weeks), as you set no deadline: the plan for"
    )
    assert "takes 120 weeks (600 h, 2 steps, 100% of the gap against 50% here)" in pw.notes[0]
    assert any(r.constraint == "weeks" for r in pw.relaxations)  # the whole plan, one acceptance away
    assert pw.horizon_weeks == 104 and pw.offered_in == ()
    from pathfinder.assistant import i18n, planner_text

    assert planner_text.unknown([pw.notes[0]]) == []
    with i18n.replying_in("de"):
        assert planner_text.say(pw.notes[0]).startswith("Innerhalb von zwei Jahren (104 Wochen) geplant")


def test_with_no_hours_a_week_given_two_years_hold_at_the_default_pace():
    # session 27 (t22-07): before, the long plan was kept and flagged when no hours a week were given
    catalogue = [_long(0), _long(1)]
    p = LearnerProfile(id="l", goal=Goal(occupation_uri="occ"), languages=("en",))  # the default 5 h/week
    pw = plan_pathway(p, analyse_gap(p, TAX, catalogue, today=TODAY), catalogue, today=TODAY)
    assert len(pw.steps) == 1 and pw.horizon_weeks == 104
    assert pw.notes[0].startswith("Planned within two years (104 weeks)")


def test_a_set_time_limit_or_a_plan_within_two_years_is_left_alone():
    pw = _open_ended([_long(0), _long(1)], weeks=130)  # the learner gave the time: the whole plan
    assert len(pw.steps) == 2 and not any(n.startswith("Planned within two years") for n in pw.notes)
    pw = _open_ended([_course(0, "en"), _course(1, "en")])  # 8 weeks: nothing to say
    assert len(pw.steps) == 2 and not any("two years" in n for n in pw.notes)
