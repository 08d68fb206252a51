"""The plan review's criteria on small hand-made plans: each passes on a plan that keeps it and fails on one
that breaks it (unknown hours, prices and languages fail a limit that is set)."""

from __future__ import annotations

from datetime import date

from conftest import PY, SQL, STATS, VIZ

from pathfinder.domain import (
    Constraints,
    Credential,
    Goal,
    HeldCredential,
    HeldSkill,
    LearnerProfile,
    Pathway,
    Preferences,
    SkillRef,
    StackTarget,
    Step,
    Totals,
)
from pathfinder.planner.gaps import Gap, GapSkill
from pathfinder.planner.review import review_plan, strategy_order

TODAY = date(2026, 12, 7)
GAP = Gap(
    goal_label="data analyst",
    skills=(
        GapSkill(uri=PY.uri, label=PY.label, weight=1, essential=True),
        GapSkill(uri=SQL.uri, label=SQL.label, weight=1, essential=True),
        GapSkill(uri=STATS.uri, label=STATS.label, weight=1, essential=True),
        GapSkill(uri=VIZ.uri, label=VIZ.label, weight=0.3, essential=False),
    ),
)
HELD = SkillRef(uri="esco:spreadsheets", label="use spreadsheets software")


def cred(cid: str, **kw) -> Credential:
    base = dict(
        title=cid,
        provider="Uni A",
        hours=20,
        eqf_level=4,
        languages=("en",),
        cost=10,
        participation="online",
        skills=(PY,),
    )
    return Credential(id=cid, **{**base, **kw})


def profile(**constraints) -> LearnerProfile:
    return LearnerProfile(
        id="p",
        goal=Goal(label="data analyst"),
        languages=("en",),
        skills=(HeldSkill(uri=HELD.uri, label=HELD.label),),
        constraints=Constraints(**{"hours_per_week": 5, "weeks": 20, "budget": 100, **constraints}),
    )


def plan(*steps: tuple[Credential, int, int], stacks: tuple[str, ...] = (), **totals) -> Pathway:
    return Pathway(
        steps=tuple(
            Step(id=c.id, title=c.title, start_week=a, end_week=b, hours=c.hours or 0, cost=c.cost or 0)
            for c, a, b in steps
        ),
        stacks_earned=stacks,
        totals=Totals(**totals),
    )


def verdicts(p: LearnerProfile, pw: Pathway, creds: list[Credential], start_eqf: int | None = None):
    review = review_plan(p, GAP, pw, {c.id: c for c in creds}, today=TODAY, start_eqf=start_eqf)
    return {v.criterion: v for v in review.verdicts}, review


def test_a_sound_plan_passes_every_criterion():
    a, b = cred("a"), cred("b", skills=(SQL, STATS), eqf_level=5, prerequisites=("a",))
    v, review = verdicts(profile(), plan((a, 1, 4), (b, 5, 8)), [a, b])
    assert all(x.passed for x in v.values()), {k: x.problems for k, x in v.items() if not x.passed}
    assert review.passed and [s.relevant for s in review.steps] == [True, True]


def test_relevance_fails_on_an_optional_only_step_and_a_low_confidence_inferred_skill():
    viz = cred("viz", skills=(VIZ,))
    guess = cred("guess", skills=(SkillRef(uri=SQL.uri, label=SQL.label, inferred=True, confidence=0.6),))
    sql = SkillRef(uri=SQL.uri, label=SQL.label, inferred=True, confidence=0.9)
    sure = cred(
        "sure", skills=(sql, SkillRef(uri=STATS.uri, label=STATS.label, inferred=True, confidence=0.8))
    )
    clip = cred("clip", skills=(sql,))  # one inferred tag: no evidence of the subject (session 6)
    steps = plan((viz, 1, 4), (guess, 5, 8), (sure, 9, 12), (clip, 13, 16))
    v, review = verdicts(profile(), steps, [viz, guess, sure, clip])
    assert not v["relevant"].passed
    assert [s.relevant for s in review.steps] == [False, False, True, False]
    assert "low-confidence" in review.steps[1].why
    assert "one skill inferred from its text" in review.steps[3].why
    stated = cred("clip", skills=(SQL,))  # the same course tagged by its catalogue
    _, review = verdicts(profile(), plan((stated, 1, 4)), [stated])
    assert review.steps[0].relevant


def test_relevance_accepts_prerequisites_assumed_skills_pins_and_chosen_stacks():
    base = cred("base", skills=(VIZ,))  # optional only, but a prerequisite of a relevant step
    teach = cred("teach", skills=(HELD,), eqf_level=4)  # teaches a skill `stats` assumes
    stats = cred(
        "stats",
        skills=(STATS,),
        prerequisites=("base",),
        prerequisite_skills=(SkillRef(uri="esco:algebra", label="algebra"),),
    )
    algebra = cred("algebra", skills=(SkillRef(uri="esco:algebra", label="algebra"),))
    part = cred("part", skills=(VIZ,), stacks_into=(StackTarget(target="cert"),))
    cert = cred("cert", kind="certificate", skills=(SQL,), stack_ects_required=1)
    pinned = cred("pinned", skills=())
    p = profile(budget=None, weeks=None).model_copy(update={"preferences": Preferences(pinned=("pinned",))})
    pw = plan(
        (base, 1, 4), (algebra, 5, 8), (stats, 9, 12), (part, 13, 16), (pinned, 17, 20), stacks=("cert",)
    )
    v, review = verdicts(p, pw, [base, teach, stats, algebra, part, cert, pinned])
    assert v["relevant"].passed, v["relevant"].problems
    assert [s.why.split()[0] for s in review.steps] == [
        "prerequisite",
        "prerequisite",
        "closes",
        "counts",
        "pinned",
    ]


def test_limits_fail_on_budget_unknown_price_unknown_hours_participation_and_eqf():
    dear = cred("dear", cost=95, skills=(SQL,))
    cheap = cred("cheap", cost=10)
    v, _ = verdicts(profile(), plan((dear, 1, 4), (cheap, 5, 8)), [dear, cheap])
    assert not v["limits"].passed and "budget" in v["limits"].problems[0]
    unknown = cred("unknown", cost=None, hours=None, eqf_level=None, participation=None)
    p = profile(participation=("online",), max_eqf=5)
    v, _ = verdicts(p, plan((unknown, 1, 1)), [unknown])
    problems = " | ".join(v["limits"].problems)
    for text in ("price unknown", "workload unknown", "participation unknown", "EQF level unknown"):
        assert text in problems
    eqf7 = cred("eqf7", eqf_level=7)
    assert not verdicts(p, plan((eqf7, 1, 4)), [eqf7])[0]["limits"].passed


def test_languages_fail_on_another_language_and_on_an_unknown_one():
    de, nolang, en = cred("de", languages=("de",)), cred("nolang", languages=()), cred("en")
    v, _ = verdicts(profile(), plan((de, 1, 4), (nolang, 5, 8), (en, 9, 12)), [de, nolang, en])
    assert v["languages"].problems == ("de: taught in de", "nolang: taught in an unknown language")
    # the constraint, when set, is what counts; the profile's languages otherwise
    assert verdicts(profile(languages=("de",)), plan((de, 1, 4)), [de])[0]["languages"].passed


def test_eqf_jump_needs_a_prerequisite_or_a_level_reached_before():
    six = cred("six", eqf_level=6)
    assert not verdicts(profile(), plan((six, 1, 4)), [six], start_eqf=4)[0]["eqf_jumps"].passed
    assert verdicts(profile(), plan((six, 1, 4)), [six], start_eqf=5)[0]["eqf_jumps"].passed
    five = cred("five", eqf_level=5)
    assert verdicts(profile(), plan((five, 1, 4), (six, 5, 8)), [five, six], start_eqf=4)[0][
        "eqf_jumps"
    ].passed
    held = LearnerProfile(id="p", credentials=(HeldCredential(id="h", title="BSc", eqf_level=6),))
    seven = cred("seven", eqf_level=7)
    assert verdicts(held, plan((seven, 1, 4)), [seven])[0]["eqf_jumps"].passed


def test_weekly_load_fails_on_a_step_squeezed_into_too_few_weeks_and_on_unknown_hours():
    long = cred("long", hours=82.5)
    v, _ = verdicts(profile(budget=None), plan((long, 1, 2)), [long])
    assert not v["weekly_load"].passed and "41.2 h/week" in v["weekly_load"].problems[0]
    assert verdicts(profile(budget=None), plan((long, 1, 17)), [long])[0]["weekly_load"].passed
    unknown = cred("unknown", hours=None)
    assert not verdicts(profile(), plan((unknown, 1, 1)), [unknown])[0]["weekly_load"].passed


def test_deadline_fails_when_the_plan_ends_after_it():
    a = cred("a", hours=100)
    assert not verdicts(profile(weeks=10), plan((a, 1, 20)), [a])[0]["deadline"].passed
    dated = profile(weeks=None, deadline=date(2027, 1, 4))  # four weeks after TODAY
    assert not verdicts(dated, plan((a, 1, 5)), [a])[0]["deadline"].passed
    assert verdicts(dated, plan((a, 1, 4)), [a])[0]["deadline"].passed


def test_held_retaught_fails_on_a_step_mostly_about_held_skills():
    again = cred("again", skills=(HELD,))
    mixed = cred("mixed", skills=(HELD, SQL, STATS))
    v, _ = verdicts(profile(), plan((again, 1, 4), (mixed, 5, 8)), [again, mixed])
    assert v["held_retaught"].problems == ("again: 1 of 1 skills already held",)


def test_strategy_order_fails_when_fastest_is_slower_or_cheapest_dearer():
    a, b = cred("a"), cred("b", skills=(SQL,))
    catalogue = {"a": a, "b": b}
    balanced = plan((a, 1, 4), (b, 5, 8), hours=40, cost=20)
    good = {
        "balanced": balanced,
        "fastest": plan((a, 1, 4), (b, 5, 8), hours=40, cost=20),
        "cheapest": plan((a, 1, 4), (b, 5, 8), hours=40, cost=20),
    }
    assert strategy_order(GAP, good, catalogue).passed
    slow = {**good, "fastest": plan((a, 1, 4), (b, 5, 8), hours=50, cost=20)}
    assert "fastest: 50 h" in strategy_order(GAP, slow, catalogue).problems[0]
    dear = {**good, "cheapest": plan((a, 1, 4), (b, 5, 8), hours=40, cost=30)}
    assert not strategy_order(GAP, dear, catalogue).passed
    fewer = {**good, "cheapest": plan((a, 1, 4), hours=20, cost=10)}
    assert "covers 1 essential" in strategy_order(GAP, fewer, catalogue).problems[0]
