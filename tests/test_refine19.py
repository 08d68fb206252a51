"""Session 19, issue #12 (refine19): refinements that change what is shown, questions that are not filters.
"Cheaper?" over a plan that is already the cheapest names cheaper entries on its goal (lead trial 14, t14-04);
"costs less" said in any of the eight languages is a cheaper refinement; "any online ones?" about a list is
answered from it and saves no limit, "only online then" does; "anything in Hindi?" asks about courses, not for
Hindi replies, and is answered with the nearest in the learner's languages (t14-15); "cheaper?" after one
course's card or a comparison lists others on the same subject. Each test failed on 04177af except the
guards marked."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import answers, converse

from pathfinder.assistant.nlu.understand import understand
from pathfinder.domain.dialogue import DialogueState


@pytest.fixture(scope="module")
def bundled(make_responder, bundled_catalogue):
    return make_responder(bundled_catalogue, today=date(2026, 12, 4))


@pytest.mark.parametrize(
    "text",
    [
        "is there something that costs less?",
        "Gibt es auch was, das weniger kostet?",
        "¿y hay otro parecido que cueste menos?",
        "y a-t-il une formation qui coûte moins ?",
        "saisko tän jotenkin edullisemmin",
        "onko jotain mikä maksaa vähemmän",
        "có cách nào ít tốn tiền hơn không",
        "koi kam daam wala course hai?",
        "খরচ কম এমন কিছু আছে?",
        "¿alguna opción más barata?",
    ],
)
def test_costs_less_in_every_language_is_a_cheaper_refinement(text: str) -> None:
    assert "cheaper" in understand(text).refinements


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("any online ones?", True),
        ("sind da auch welche online?", True),
        ("koi online wala hai kya", True),
        ("onko joku niistä verkossa", True),
        ("ok only online then", False),  # the guards: a limit stated
        ("dann bitte nur online", False),
        ("theek hai sirf online chahiye", False),
    ],
)
def test_a_format_asked_about_a_list_is_a_question_only_without_only(text: str, asked: bool) -> None:
    from pathfinder.assistant.offline.reading import asks_format_of_list  # new in session 19
    from pathfinder.assistant.own_terms import asked_not_stated

    p = understand(text)
    state = DialogueState(last_results=("lit-prog-101", "nda-de-101"), listing="results")
    assert asked_not_stated(p) is asked
    assert asks_format_of_list(p, state, named=False) is asked


def test_anything_in_a_language_asks_about_courses_not_for_replies_in_it() -> None:
    from pathfinder.assistant.offline.reading import _asked_language

    assert _asked_language(understand("anything in Hindi?")) is None
    assert _asked_language(understand("in Hindi please")) == "hi"  # a guard: a wish for Hindi replies


def test_a_format_question_about_a_list_answers_from_it_and_saves_no_limit(bundled) -> None:
    listed, asked, stated = answers(
        converse(bundled, "show me data engineering courses", "any online ones?", "ok only online then")
    )
    assert listed.citations
    assert not any("participation" in c.fields for c in asked.profile_changes), asked.text
    assert asked.citations, asked.text
    assert all(bundled.tools.get(c.id).participation == "online" for c in asked.citations), asked.text
    assert any("participation" in c.fields for c in stated.profile_changes), stated.text


def test_cheaper_over_the_cheapest_plan_names_cheaper_entries_towards_the_goal(
    bundled, bundled_tools
) -> None:
    planned, cheaper = answers(
        converse(
            bundled,
            "I want to move into network engineering, 6 hours a week, plan please",
            "anything cheaper?",
        )
    )
    assert planned.pathway is not None and cheaper.pathway is not None
    assert cheaper.pathway.ids == planned.pathway.ids  # the plan is already the cheapest the planner makes
    steps = set(cheaper.pathway.ids)
    dearest = max(bundled_tools.get(i).cost_eur or 0.0 for i in steps)
    others = [bundled_tools.get(c.id) for c in cheaper.citations if c.id not in steps]
    # the alternatives come before the plan: the first cited entry outside it is one of them
    assert others and others[0].cost_eur is not None and others[0].cost_eur < dearest, cheaper.text
    assert "The plan stays the same" not in cheaper.text


def test_nothing_in_hindi_answers_with_the_nearest_in_the_learners_languages(bundled, bundled_tools) -> None:
    for opening, question, spoken in (
        ("I want to get into cyber security, where do I start?", "anything in Hindi?", {"en"}),
        ("ক্লাউড সিকিউরিটি শিখতে চাই", "বাংলায় কোনো কোর্স আছে?", {"bn", "en"}),
        ("haluan data-analyytikoksi", "onko mitään suomeksi?", {"fi", "en"}),
    ):
        _, answer = answers(converse(bundled, opening, question))
        first = bundled_tools.get(answer.citations[0].id)
        assert set(first.languages) & spoken, (question, first.id, first.languages)
        assert answer.state.language == next(iter(spoken - {"en"}), "en"), question


def test_cheaper_after_a_card_lists_cheaper_entries_on_its_subject(bundled, bundled_tools) -> None:
    card, cheaper = answers(
        converse(bundled, "Erzähl mir vom Kurs Cloud-Sicherheit und Compliance", "geht's auch günstiger?")
    )
    shown = bundled_tools.get("hrd-cloudsec-201")
    assert card.citations[0].id == shown.id
    others = [bundled_tools.get(c.id) for c in cheaper.citations if c.id != shown.id]
    assert cheaper.intent == "refine" and others, cheaper.text
    assert all((c.cost_eur or 0.0) < shown.cost_eur for c in others)
    assert "hrd-iam-202" in {
        c.id for c in others
    }  # the same certificate's cheaper course (a guard: passed on
    # the base, which searched the card's skills below its price)


def test_cheaper_after_a_card_in_hinglish_is_a_refinement_not_a_new_search(bundled, bundled_tools) -> None:
    _, cheaper = answers(
        converse(bundled, "Deep Learning and Neural Networks course kaisa hai", "isse sasta koi option hai?")
    )
    shown = bundled_tools.get("diaa-dl-202")
    others = [bundled_tools.get(c.id) for c in cheaper.citations if c.id != shown.id]
    assert cheaper.intent == "refine" and others, cheaper.text
    assert all((c.cost_eur or 0.0) < shown.cost_eur for c in others)
    assert "diaa-ml-201" in {c.id for c in others}  # the course before it, towards the same certificate


def test_cheaper_than_a_compared_pair_lists_others_not_the_pairs_totals(bundled, bundled_tools) -> None:
    _, cheaper = answers(
        converse(
            bundled,
            "compare Applied Machine Learning with Python and Deep Learning and Neural Networks",
            "both are pricey, anything cheaper than those two?",
        )
    )
    pair = {"diaa-ml-201", "diaa-dl-202"}
    others = [bundled_tools.get(c.id) for c in cheaper.citations if c.id not in pair]
    cap = min(bundled_tools.get(i).cost_eur for i in pair)
    assert others and all((c.cost_eur or 0.0) < cap for c in others), cheaper.text
