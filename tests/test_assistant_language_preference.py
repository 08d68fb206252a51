"""The conversation's language as a soft preference: a learner writing in German, Spanish or French gets plans
leaning to courses in that language (a copy of the profile, never saved or proposed), and is told so in one line."""

from __future__ import annotations

import pytest

from pathfinder.domain.dialogue import History
from pathfinder.assistant.conversation_language import conversation_language, detect_language, leaning_to
from pathfinder.domain import Constraints, LearnerProfile, Preferences
from pathfinder.assistant.i18n import t
from pathfinder.domain.languages import BY_CODE
from test_assistant_relaxations import GOAL, responder

NOTE = "are preferred since we're talking in"


@pytest.mark.parametrize("message, code", [
    ("Bitte erstelle mir einen Plan", "de"), ("Ich möchte Datenanalyst werden", "de"),
    ("Hazme un plan, por favor", "es"), ("Quiero ser analista de datos", "es"),
    ("Fais-moi un plan, s'il te plaît", "fr"), ("Je veux devenir analyste de données", "fr"),
    ("plan my pathway", "en"), ("I want to become a data analyst", "en"),
    ("plan", None), ("python", None), ("ok", None),
])
def test_detect_language(message: str, code: str | None) -> None:
    assert detect_language(message) == code


def test_conversation_language_falls_back_to_earlier_messages() -> None:
    assert conversation_language("plan", ["Ich möchte Datenanalyst werden"]) == "de"
    assert conversation_language("plan my pathway", ["Ich möchte Datenanalyst werden"]) == "en"
    assert conversation_language("plan", ["python", "hello"]) is None


@pytest.mark.parametrize("message, code, name", [
    ("Bitte erstelle mir einen Plan", "de", "German"),
    ("Hazme un plan, por favor", "es", "Spanish"),
    ("Fais-moi un plan, s'il te plaît", "fr", "French"),
])
def test_plans_lean_to_the_conversation_language_without_saving_it(message: str, code: str, name: str) -> None:
    calls: list[LearnerProfile] = []
    profile = LearnerProfile(id="l", goal=GOAL)
    answer = responder(calls).reply(message, History(), profile)
    assert answer.intent == "plan" and answer.pathway is not None
    assert calls[-1].preferences.language == code
    # the note is written in the conversation's language (issue #12), naming it in its own name
    assert t("pref_note", code, name=BY_CODE[code].native) in answer.text
    assert answer.profile_changes == () and answer.state.pending == (), "not saved, not proposed"


def test_an_earlier_german_message_carries_over_to_a_short_follow_up() -> None:
    calls: list[LearnerProfile] = []
    r = responder(calls)
    profile = LearnerProfile(id="l", goal=GOAL)
    said = "Ich möchte Datenanalyst werden"
    history = History().add(said, r.reply(said, History(), profile))
    answer = r.reply("plan", history, profile)
    assert calls[-1].preferences.language == "de" and t("pref_note", "de", name="Deutsch") in answer.text


@pytest.mark.parametrize("profile", [
    LearnerProfile(id="l", goal=GOAL, preferences=Preferences(language="en")),
    LearnerProfile(id="l", goal=GOAL, constraints=Constraints(languages=("fr",))),
])
def test_the_profile_s_own_language_wins(profile: LearnerProfile) -> None:
    calls: list[LearnerProfile] = []
    answer = responder(calls).reply("Bitte erstelle mir einen Plan", History(), profile)
    assert calls[-1].preferences.language == profile.preferences.language and NOTE not in answer.text


def test_english_or_unclear_messages_change_nothing() -> None:
    calls: list[LearnerProfile] = []
    r = responder(calls)
    profile = LearnerProfile(id="l", goal=GOAL)
    for message in ("plan my pathway", "plan"):
        answer = r.reply(message, History(), profile)
        assert calls[-1].preferences.language is None and NOTE not in answer.text


def test_only_plans_mention_it() -> None:
    answer = responder([]).reply("Ich möchte Kurse in Python", History(), LearnerProfile(id="l"))
    assert answer.pathway is None and NOTE not in answer.text


def test_leaning_to_is_a_copy() -> None:
    profile = LearnerProfile(id="l")
    leaning = leaning_to(profile, "de")
    assert leaning.preferences.language == "de" and profile.preferences.language is None
    assert leaning_to(profile, "en") is profile and leaning_to(profile, None) is profile


def test_llm_plans_lean_to_the_conversation_language_and_the_tool_says_so(settings) -> None:
    import json

    from langchain_core.messages import AIMessage

    from test_assistant_relaxations import llm_reply

    calls: list[LearnerProfile] = []
    plan = AIMessage(content="", tool_calls=[{"name": "plan_pathway", "args": {}, "id": "c1"}])
    profile = LearnerProfile(id="l", goal=GOAL)
    answer, model = llm_reply(settings, calls, [plan, "Hier ist dein Plan."], "Bitte erstelle mir einen Plan",
                              History(), profile)
    assert calls[-1].preferences.language == "de" and answer.profile_changes == ()
    note = json.loads(model.calls[1][-1].content)["data"]["language_note"]
    assert note.startswith("Courses in German are preferred")
    answer, model = llm_reply(settings, calls, [plan, "Here is your plan."], "plan my pathway", History(), profile)
    assert calls[-1].preferences.language is None
    assert "language_note" not in json.loads(model.calls[1][-1].content)["data"]
