"""Scripted multi-turn dialogues for the offline responder (tests/test_assistant_dialogues.json), asserting on
the Answer: intent, filters applied, ids cited (all in the catalogue), proposed changes and pathway
validity."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from conftest import dated_planner

from pathfinder.assistant.offline import OfflineResponder
from pathfinder.assistant.tools import AssistantTools
from pathfinder.domain import Credential, LearnerProfile
from pathfinder.domain.dialogue import Answer, History, apply_changes
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.testing import InMemoryIndex

DATA = json.loads((Path(__file__).with_suffix(".json")).read_text(encoding="utf-8"))
CATALOGUE = [Credential(**c) for c in DATA["catalogue"]]
BY_ID = {c.id: c for c in CATALOGUE}
TODAY = date(2026, 3, 2)


@pytest.fixture(scope="module")
def responder(make_responder) -> OfflineResponder:
    return make_responder(plan_fn=dated_planner(TODAY))


def check_always(answer: Answer, profile: LearnerProfile) -> None:
    cited = {c.id for c in answer.citations}
    assert cited <= set(BY_ID), "cited ids must exist in the catalogue"
    linked = set(re.findall(r"\]\([^)\s]*\) \(([^)\s]+)\)", answer.text))
    assert linked == cited, "every credential linked in the text is a citation and vice versa"
    assert answer.flagged == ()
    for c in answer.citations:
        assert c.title == BY_ID[c.id].title and c.url == BY_ID[c.id].url
    if answer.pathway is not None and answer.pathway.steps:
        ids = list(answer.pathway.ids)
        assert len(ids) == len(set(ids)), "no credential twice"
        held = profile.held_credential_ids
        for pos, cid in enumerate(ids):
            for pre in BY_ID[cid].prerequisites:
                assert pre in held or (pre in ids and ids.index(pre) < pos), f"{pre} must precede {cid}"
        budget = profile.constraints.budget
        if budget is not None:
            assert answer.pathway.totals.cost <= budget + 1e-6
        assert not set(ids) & set(profile.preferences.rejected)


@pytest.mark.parametrize("dialogue", DATA["dialogues"], ids=[d["name"] for d in DATA["dialogues"]])
def test_dialogue(dialogue: dict, responder: OfflineResponder) -> None:
    profile = LearnerProfile(**dialogue.get("profile", {"id": "learner"}))
    history = History()
    previous: Answer | None = None
    for turn in dialogue["turns"]:
        answer = responder.reply(turn["say"], history, profile)
        provisional = apply_changes(profile, answer.state.pending)
        if answer.state.pathway_excluded:
            prefs = provisional.preferences.model_copy(update={"rejected": answer.state.pathway_excluded})
            provisional = provisional.model_copy(update={"preferences": prefs})
        check_always(answer, provisional)
        cited = [c.id for c in answer.citations]
        where = f"turn {turn['say']!r}: {answer.intent} {cited}\n{answer.text}"
        if "intent" in turn:
            assert answer.intent == turn["intent"], where
        if "intent_in" in turn:
            assert answer.intent in turn["intent_in"], where
        for key, value in turn.get("filters", {}).items():
            got = getattr(answer.filters, key)
            assert (list(got) if isinstance(got, tuple) else got) == value, f"filter {key}: {where}"
        if "filter_max_cost_below" in turn:
            assert answer.filters is not None and answer.filters.max_cost < turn["filter_max_cost_below"]
        if "cites" in turn:
            assert cited == turn["cites"], where
        if "cites_any" in turn:
            assert set(cited) & set(turn["cites_any"]), where
        for cid in turn.get("cites_none", []):
            assert cid not in cited, where
        if "results" in turn:
            assert len(answer.state.last_results) == turn["results"], where
        if "results_min" in turn:
            assert len(answer.state.last_results) >= turn["results_min"], where
        if "query" in turn:
            assert answer.query == turn["query"], where
        if turn.get("all_cheaper_than_previous"):
            top = next(
                BY_ID[i].cost_eur for i in previous.state.last_results if BY_ID[i].cost_eur is not None
            )
            assert answer.state.last_results and all(
                BY_ID[i].cost_eur < top for i in answer.state.last_results
            ), where
        if "cites_nth_result" in turn:
            n = turn["cites_nth_result"]
            expected = previous.state.last_results[n - 1 if n > 0 else -1]
            assert cited and cited[0] == expected and answer.state.focus == expected, where
        if "cites_results" in turn:
            assert cited[:2] == [previous.state.last_results[n - 1] for n in turn["cites_results"]], where
        if "cites_nth_step" in turn:
            assert cited and cited[0] == previous.pathway.ids[turn["cites_nth_step"] - 1], where
        if turn.get("cites_focus"):
            assert cited and cited[0] == previous.state.focus, where
        if "changes" in turn:
            assert [c.kind for c in answer.profile_changes] == turn["changes"], where
        if "goal_label" in turn:
            goal = next(c.goal for c in answer.profile_changes if c.kind == "set_goal")
            assert goal.label == turn["goal_label"] and goal.occupation_uri, where
        if "goal_uri" in turn:
            goal = next(c.goal for c in answer.profile_changes if c.kind == "set_goal")
            assert goal.occupation_uri == turn["goal_uri"], where
        if "skill_levels" in turn:
            skills = {s.label: s.level for c in answer.profile_changes for s in c.skills}
            for label, level in turn["skill_levels"].items():
                assert skills.get(label) == level, where
        if "constraints" in turn:
            c = answer.profile_changes[0].constraints
            for key, value in turn["constraints"].items():
                assert getattr(c, key) == value, where
            assert c.deadline == date(2026, 6, 30)
        if "pathway" in turn:
            assert (answer.pathway is not None and len(answer.pathway.steps) > 0) == turn["pathway"], where
        if "budget" in turn:
            assert answer.pathway.totals.cost <= turn["budget"], where
        if turn.get("skipped_first"):
            skipped = previous.pathway.ids[0]
            # "I've done it" marks the step held (issue #12), so the re-plan leaves it out without rejecting
            # it
            assert skipped in provisional.held_credential_ids and skipped not in answer.pathway.ids, where
            assert skipped not in answer.state.pathway_excluded, where
        for phrase in turn.get("text_lacks", []):
            assert phrase.lower() not in answer.text.lower(), where
        for phrase in turn.get("quoted", []):
            line = next(line for line in answer.text.splitlines() if phrase in line)
            assert line.startswith("> "), "catalogue text is shown as a quotation"
        history = history.add(turn["say"], answer)
        previous = answer


def test_there_are_at_least_forty_dialogues() -> None:
    assert len(DATA["dialogues"]) >= 40


def test_history_round_trips_through_json(responder: OfflineResponder) -> None:
    history = History()
    for message in ("statistics", "the second one", "I want to become a data analyst", "plan my pathway"):
        history = history.add(message, responder.reply(message, history, None))
    restored = History.model_validate_json(history.model_dump_json())
    assert restored == history
    follow = responder.reply("why the first one?", restored, None)
    assert follow.intent == "why" and follow.citations[0].id == history.state.last_pathway.ids[0]


def test_several_credentials_held_in_one_message_are_all_recorded(responder: OfflineResponder) -> None:
    first, second = CATALOGUE[0], CATALOGUE[1]
    answer = responder.reply(f"I have already completed {first.id} and {second.id}", History(), None)
    held = apply_changes(LearnerProfile(id="t"), answer.profile_changes).held_credential_ids
    assert {first.id, second.id} <= set(held), (answer.intent, answer.text)


def test_the_cheapest_of_a_list_that_came_from_no_search(responder: OfflineResponder) -> None:
    """'Which is cheapest?' about the first steps shown for a new goal (a list from no search): the shown
    entries again, cheapest first, and never 'I don't have a list'."""
    first = responder.reply("I want to become a data analyst", History(), None)
    shown = list(first.state.last_results)
    assert shown and not first.state.last_query
    follow = responder.reply("cheaper ones?", History().add("I want to become a data analyst", first), None)
    assert follow.intent == "refine" and "list to refer back to" not in follow.text
    ids = list(follow.state.last_results)
    assert ids and set(ids) <= set(shown)
    # courses by their price; a certificate with no fee of its own is priced with its parts (session 9)
    costs = [
        BY_ID[i].cost_eur for i in ids if BY_ID[i].cost_eur is not None and BY_ID[i].kind != "certificate"
    ]
    assert costs == sorted(costs)


def test_in_english_please_switches_the_conversation_and_keeps_the_goal_listed(
    responder: OfflineResponder,
) -> None:
    """'In English please' in a French conversation: the reply and the turns after it are in English, English
    is saved as a study language, and the goal's courses are listed again (never 'none of those fits')."""
    first = responder.reply("je veux devenir analyste de données", History(), None)
    assert first.state.language == "fr"
    history = History().add("je veux devenir analyste de données", first)
    switched = responder.reply("in English please", history, None)
    assert switched.state.language == "en" and "Noted" in switched.text
    assert any(
        c.kind == "set_languages" or (c.constraints and c.constraints.languages)
        for c in switched.profile_changes
    )
    assert switched.citations and "None of those" not in switched.text
    later = responder.reply("and cheaper?", history.add("in English please", switched), None)
    assert later.state.language == "en"


def test_first_steps_in_the_learners_language_must_be_nearly_as_relevant_as_the_best(
    taxonomy: Taxonomy, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A German learner's data-analyst goal once started with German cloud-security courses (0.38 against
    0.63 for the best data course anywhere): a starter in the learner's language needs STARTER_SHARE of the
    best score."""
    from types import SimpleNamespace

    from pathfinder.assistant.profile_changes import STARTER_SHARE

    tools = AssistantTools(InMemoryIndex(CATALOGUE), taxonomy, plan_fn=dated_planner(TODAY))
    responder = OfflineResponder(tools, lambda: TODAY)
    weak_german = 0.6 * STARTER_SHARE - 0.05  # above the relevance floor, below the share

    def hits(query, filters, k=5):
        if filters and filters.languages:
            return [SimpleNamespace(credential=BY_ID["cyber-de"], score=weak_german)]
        return [SimpleNamespace(credential=BY_ID["mining-1"], score=0.6)]

    monkeypatch.setattr(tools, "search_hits", hits)
    monkeypatch.setattr(tools, "by_meaning", lambda *a, **k: [])
    profile = LearnerProfile(id="l", languages=("de",))
    assert [c.id for c in responder._starters(profile, "Datenanalyse")] == ["mining-1"]

    def strong(query, filters, k=5):
        score = 0.9 * 0.6 if filters and filters.languages else 0.6
        cred = BY_ID["stats-applied"] if filters and filters.languages else BY_ID["mining-1"]
        return [SimpleNamespace(credential=cred, score=score)]

    monkeypatch.setattr(tools, "search_hits", strong)
    assert [c.id for c in responder._starters(profile, "Datenanalyse")][0] == "stats-applied"


def test_cheaper_typed_without_diacritics_after_a_plan_re_plans_in_vietnamese(
    responder: OfflineResponder,
) -> None:
    """'re hon khong?' ('rẻ hơn không?' typed without diacritics) after a Vietnamese plan: a cheaper plan in
    Vietnamese, not a search for the words 're hon khong' nor a question about the plan."""
    first = responder.reply("lập lộ trình để tôi trở thành data analyst", History(), None)
    assert first.state.language == "vi"
    follow = responder.reply(
        "re hon khong?", History().add("lập lộ trình để tôi trở thành data analyst", first)
    )
    assert follow.intent == "refine", follow.text
    assert follow.state.language == "vi" and "re hon khong" not in follow.text


def test_which_are_free_typed_without_diacritics_after_a_list_filters_that_list(
    responder: OfflineResponder,
) -> None:
    """'cai nao mien phi' ('cái nào miễn phí', which are free) after a Vietnamese search: the list refined to
    free entries, never a plan nobody asked for. (Session 24: the search was for "an ninh mạng", which this
    small test catalogue does not teach; the test passed only because the directions shown instead held a
    free course, until the directions were fitted to the learner. A search the catalogue answers keeps its
    point.)"""
    first = responder.reply("có khóa học nào về python không?", History(), None)
    assert first.citations and first.intent == "search"
    follow = responder.reply("cai nao mien phi", History().add("có khóa học nào về python không?", first))
    # the free entries of that list; when one alone is free, "which one" is answered with it (session 15:
    # a pick over the list shown, its card), never a plan
    assert follow.intent in ("refine", "explain") and follow.pathway is None, follow.text
    cited = follow.citations if follow.intent == "refine" else follow.citations[:1]
    assert cited and all(BY_ID[c.id].cost_eur in (0, None) for c in cited if c.id in BY_ID), follow.text


def test_a_question_after_a_plan_that_names_no_step_is_about_its_first_step(
    responder: OfflineResponder,
) -> None:
    """'can hoc gi truoc?' ('what do I learn first?', without diacritics) after a plan: the plan's first step,
    never 'I don't have a list to refer back to'."""
    message = "lập lộ trình để tôi trở thành data analyst"
    first = responder.reply(message, History(), None)
    assert first.pathway is not None and first.pathway.steps
    follow = responder.reply("can hoc gi truoc?", History().add(message, first))
    assert follow.intent in ("explain", "requirements"), follow.text
    assert first.pathway.ids[0] in [c.id for c in follow.citations], follow.text
