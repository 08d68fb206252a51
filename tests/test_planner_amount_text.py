"""Prices and budgets in the planner's sentences are plain digits (issue 14, session 12): an empty plan's note
read "what stands in the way: a budget of VND 2e+07" for a budget of VND 20 million (Python's `:g` keeps six
significant digits and then writes an exponent). Since session 14 with thousands separators, one rule for
every sentence (`domain.pathways.amount_text`). Minimal instance with its own skill."""

from __future__ import annotations

from datetime import date

from pathfinder.domain import (
    Constraints,
    Credential,
    Goal,
    LearnerProfile,
    Occupation,
    Preferences,
    Skill,
    SkillRef,
)
from pathfinder.domain.pathways import Pathway, amount_text
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner import plan_pathway
from pathfinder.planner.gaps import analyse_gap

TODAY = date(2027, 6, 7)
WEAVE = SkillRef(uri="m:weave", label="loom weaving")


TAXONOMY = Taxonomy.from_items(
    [Skill(uri=WEAVE.uri, label=WEAVE.label)], [Occupation(uri="g", label="weaver", essential=(WEAVE.uri,))]
)


def _plan(cost: float, budget: float, currency: str = "VND", *, pinned: tuple[str, ...] = ()) -> Pathway:
    """The plan of a weaver-to-be for one weaving course of `cost`, with `budget` (both in `currency`)."""
    language = "vi" if currency == "VND" else "en"
    course = Credential(
        id="c",
        title="Weaving",
        provider="P",
        languages=(language,),
        hours=40,
        cost=cost,
        currency=currency,
        skills=(WEAVE,),
    )
    p = LearnerProfile(
        id="l",
        goal=Goal(occupation_uri="g"),
        languages=(language,),
        constraints=Constraints(hours_per_week=5, budget=budget, currency=currency),
        preferences=Preferences(pinned=pinned),
    )
    return plan_pathway(p, analyse_gap(p, TAXONOMY, [course], today=TODAY), [course], today=TODAY)


def test_amounts_are_plain_digits_with_thousands_separators():
    assert amount_text(20_000_000) == "20,000,000"
    assert amount_text(1178.0) == "1,178" and amount_text(510.5) == "510.50"
    # cents only below 10,000 (a converted VND 14,444,444.44 reads in whole dong)
    assert amount_text(34545.4545) == "34,545" and amount_text(0.0) == "0"
    assert amount_text(1234.5) == "1,234.50" and amount_text(14_444_444.44) == "14,444,444"


def test_an_empty_plan_names_a_large_budget_in_digits():
    pw = _plan(30_000_000, 20_000_000)
    assert not pw.steps
    said = " ".join(pw.notes)
    assert "a budget of VND 20,000,000" in said and "e+07" not in said  # before: "a budget of VND 2e+07"


def test_the_cli_plan_text_writes_large_amounts_in_digits():
    """`pathfinder plan` (and the hand-judgement printouts built on it) wrote "VND 3.25833e+07" for a plan
    of VND 32.6 million (found by the lead judging fresh13 in session 13)."""
    from pathfinder.cli.plan import format_pathway

    pw = _plan(32_583_333.33, 40_000_000)
    text = format_pathway(pw)
    assert pw.steps and "VND 32,583,333" in text and "e+07" not in text


def test_every_sentence_writes_amounts_one_way():
    """Session 14: the relaxation messages wrote "VND 10000000 more (a budget of VND 30000000)", the chat's
    applied suggestion "budget EUR 30,000,000" for a budget in dong, a plan line "VND 14444444.44"."""
    from pathfinder.assistant import markdown
    from pathfinder.assistant.suggestions import describe

    pw = _plan(30_000_000, 20_000_000)
    (budget,) = [r for r in pw.relaxations if r.constraint == "budget"]
    assert budget.message.startswith("VND 10,000,000 more (a budget of VND 30,000,000)")
    assert describe("budget", 30_000_000.0, "VND") == "budget VND 30,000,000"
    assert markdown.money(14_444_444.44, "VND") == "VND 14,444,444"


def test_a_pinned_course_over_the_budget_is_said_in_the_same_way_and_still_planned():
    pw = _plan(1500, 100, "EUR", pinned=("c",))
    assert pw.ids == ("c",)
    assert "Your pinned credentials alone cost EUR 1,500, more than your budget." in pw.notes
