"""Questions over the list or plan just shown (issue #12, the classes of the lead's trial 11, session 16),
each test failing on the code before (093aecf):

- a superlative picks among what was shown by the recorded figure and says it ("The cheapest of the 5 shown
  is X: PLN 900 (≈ EUR 207)."); an entry that states no value is unknown, never the smallest;
- "what is the first course exactly?" after a plan is that step's card, not what it requires (Finnish "se
  ensimmäinen" was no ordinal at all: "se" is also romanised Hindi "from", and "from first" is "before");
- "how much would it all cost?" after a plan is one line with its totals, not the whole plan again;
- "something shorter to start with?" after a long plan lists shorter entry courses towards the goal, not the
  same plan by the fastest strategy.
"""

from __future__ import annotations

import pytest

from pathfinder.assistant.nlu.understand import ordinals, understand
from pathfinder.assistant.policy import asks_plan_totals
from pathfinder.domain import Credential
from tests.conftest import answers, converse

GOAL = "I want to become a data analyst, 10 hours a week"

# the plan's total asked, in the eight languages and loosely typed (Hinglish, Banglish, no diacritics)
TOTALS = [
    "how much would it all cost?",
    "what's the total cost of that plan?",
    "wie viel kostet das insgesamt?",
    "¿cuánto me costaría todo el plan?",
    "ça me coûterait combien au total ?",
    "mitä se maksaa yhteensä?",
    "tong chi phi bao nhieu",
    "पूरा प्लान कितने का पड़ेगा?",
    "kitna kharcha hoga pure plan ka?",
    "সব মিলিয়ে খরচ কত হবে?",
]


@pytest.mark.parametrize("asked", TOTALS)
def test_the_plans_total_is_read_in_each_language(asked: str) -> None:
    assert asks_plan_totals(asked, False)


@pytest.mark.parametrize("asked", [TOTALS[0], TOTALS[2], TOTALS[7]])
def test_the_plans_total_is_one_line_not_the_plan_again(make_responder, asked: str) -> None:
    planned, total = answers(converse(make_responder(), GOAL, asked))
    assert planned.pathway is not None and planned.pathway.steps, planned.text
    assert total.pathway is None and total.intent == "explain", total.text
    assert (
        f"{planned.pathway.totals.hours:g}" in total.text and str(planned.pathway.totals.weeks) in total.text
    )


def test_a_new_limit_with_the_total_still_re_plans(make_responder) -> None:
    planned, total = answers(
        converse(make_responder(), GOAL, "how much would it all cost at 2 hours a week?")
    )
    assert total.pathway is not None, total.text


# a step of the plan asked for by its place: its card (the classifier read "what is the first ..." as what it
# requires)
@pytest.mark.parametrize(
    "asked, place",
    [
        ("what is the first course exactly?", 0),
        ("¿qué es exactamente el primer curso?", 0),
        ("mikä se ensimmäinen kurssi tarkalleen on?", 0),
        ("bước đầu tiên cụ thể là khóa gì?", 0),
        ("c'est quoi exactement la dernière formation ?", -1),
    ],
)
def test_a_step_asked_for_by_its_place_is_its_card(make_responder, asked: str, place: int) -> None:
    planned, card = answers(converse(make_responder(), GOAL, asked))
    assert planned.pathway is not None and len(planned.pathway.steps) >= 2, planned.text
    assert card.intent in ("select", "explain") and card.pathway is None, card.text
    assert card.citations[0].id == planned.pathway.steps[place].id, card.text


def test_what_a_step_needs_is_still_its_requirements(make_responder) -> None:
    _, needs = answers(converse(make_responder(), GOAL, "what do I need to know before the second one?"))
    assert needs.intent == "requirements", needs.text


@pytest.mark.parametrize(
    "message, expected",
    [
        ("mikä se ensimmäinen kurssi tarkalleen on?", (1,)),  # Finnish "se": "it", not Hindi "from"
        ("दिवाली से पहले", ()),  # "before Diwali"
        ("isse pehle kya karna hai", ()),
    ],
)
def test_first_after_se_is_an_ordinal_only_outside_hindi(message: str, expected: tuple[int, ...]) -> None:
    assert ordinals(message) == expected


def _course(cid: str, hours: float | None, cost: float | None, eqf: int | None = 5) -> Credential:
    return Credential(
        id=cid,
        title=f"Data Analysis Course {cid.upper()}",
        provider="Uni A",
        hours=hours,
        cost=cost,
        currency="EUR",
        eqf_level=eqf,
        languages=("en",),
        participation="online",
        description="Data analysis with spreadsheets and SQL for beginners.",
        url=f"https://uni-a.example/{cid}",
    )


# a list where one entry states no workload, one no price and one no level: unknown is never the smallest
UNKNOWNS = [
    _course("da-a", 60, 300, 5),
    _course("da-b", None, 100, 4),
    _course("da-c", 40, None, None),
    _course("da-d", 80, 200, 6),
]


@pytest.mark.parametrize(
    "asked, picked, figure, unknown",
    [
        ("which is the shortest?", "da-c", "40 h", "1 of them state no workload"),
        ("and the cheapest of those?", "da-b", "EUR 100", "1 of them state no price"),
        ("which one is the most advanced?", "da-d", "EQF 6", "1 of them state no EQF level"),
    ],
)
def test_a_superlative_over_the_list_says_its_figure_and_what_is_unknown(
    make_responder, asked: str, picked: str, figure: str, unknown: str
) -> None:
    responder = make_responder(UNKNOWNS)
    listed, answer = answers(converse(responder, "courses on data analysis", asked))
    assert {c.id for c in listed.citations} >= {c.id for c in UNKNOWNS}, listed.text
    assert answer.citations[0].id == picked, answer.text
    assert figure in answer.text and unknown in answer.text, answer.text


@pytest.mark.parametrize(
    "asked",
    [
        "something shorter to start with?",
        "Gibt es etwas Kürzeres zum Einstieg?",
        "¿hay algo más corto para empezar?",
        "il y a plus court pour commencer ?",
        "onko jotain lyhyempää aloitukseen?",
    ],
)
def test_something_shorter_to_start_with_is_shorter_entry_courses(
    make_responder, dialogue_catalogue: list[Credential], asked: str
) -> None:
    planned, shorter = answers(converse(make_responder(), GOAL, asked))
    assert planned.pathway is not None and planned.pathway.steps, planned.text
    assert shorter.pathway is None, shorter.text  # never the same plan by the fastest strategy
    first = planned.pathway.steps[0]
    assert shorter.citations and shorter.citations[0].id == first.id, shorter.text  # the plan's start, said
    hours = {c.id: c.hours for c in dialogue_catalogue}
    offered = [c.id for c in shorter.citations[1:]]
    assert all((hours[i] or 0.0) < first.hours for i in offered), shorter.text


def test_the_plans_length_quoted_is_no_deadline(make_responder) -> None:
    responder = make_responder()
    planned = answers(converse(responder, GOAL))[0]
    assert planned.pathway is not None
    weeks = planned.pathway.totals.weeks
    said = f"{weeks} weeks is a lot. is there a shorter course I could start with?"
    shorter = answers(converse(responder, GOAL, said))[1]
    assert not any(c.kind == "set_constraints" for c in shorter.profile_changes), shorter.text
    assert understand(said).refinements == ("shorter",)


@pytest.mark.parametrize(
    "typed, word", [("cheapst", "cheapest"), ("shrotest", "shortest"), ("quickst", "quickest")]
)
def test_a_superlative_typed_in_a_hurry_is_read_back(typed: str, word: str) -> None:
    from pathfinder.assistant.nlu.typos import restore_english

    assert restore_english(f"whats the {typed} one") == f"whats the {word} one"
