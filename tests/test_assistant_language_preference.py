"""The conversation's language as a hard limit (issue 14): a learner whose profile names no language
constraint gets plans in the languages they study in - their profile's, a preferred one, and the one they
write in (a copy of the profile, never saved or proposed) - and is told so in one line, with how to widen
it. A learner who named no language at all studies in the one they write in or in English (session 17,
`gaps.with_conversation_language`), leaning to the written one."""

from __future__ import annotations

import pytest
from test_assistant_relaxations import CATALOGUE, GOAL, TODAY, scripted_plan

from pathfinder.assistant.conversation_language import conversation_language, detect_language, leaning_to
from pathfinder.assistant.i18n import t
from pathfinder.assistant.offline import OfflineResponder
from pathfinder.assistant.tools import AssistantTools
from pathfinder.domain import Constraints, LearnerProfile, Preferences
from pathfinder.domain.dialogue import History
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner.gaps import Gap
from pathfinder.testing import InMemoryIndex

NOTE = "since we are talking in"


def responder(calls: list[LearnerProfile]) -> OfflineResponder:
    """The scripted planner's responder over entries that name no language: its plan does not obey the
    limit it is given, and a step in another language would rightly drop the "only in German" note
    (`test_language_note_consistent.py`)."""
    catalogue = [c.model_copy(update={"languages": ()}) for c in CATALOGUE]
    tools = AssistantTools(
        InMemoryIndex(catalogue), Taxonomy(), gap_fn=lambda *a: Gap(), plan_fn=scripted_plan(calls)
    )
    return OfflineResponder(tools, lambda: TODAY)


@pytest.mark.parametrize(
    "message, code",
    [
        ("Bitte erstelle mir einen Plan", "de"),
        ("Ich möchte Datenanalyst werden", "de"),
        ("Hazme un plan, por favor", "es"),
        ("Quiero ser analista de datos", "es"),
        ("Fais-moi un plan, s'il te plaît", "fr"),
        ("Je veux devenir analyste de données", "fr"),
        ("plan my pathway", "en"),
        ("I want to become a data analyst", "en"),
        ("plan", None),
        ("python", None),
        ("ok", None),
    ],
)
def test_detect_language(message: str, code: str | None) -> None:
    assert detect_language(message) == code


def test_conversation_language_falls_back_to_earlier_messages() -> None:
    assert conversation_language("plan", ["Ich möchte Datenanalyst werden"]) == "de"
    assert conversation_language("plan my pathway", ["Ich möchte Datenanalyst werden"]) == "en"
    assert conversation_language("plan", ["python", "hello"]) is None


@pytest.mark.parametrize(
    "message, code, name",
    [
        ("Bitte erstelle mir einen Plan", "de", "Deutsch"),
        ("Hazme un plan, por favor", "es", "español"),
        ("Fais-moi un plan, s'il te plaît", "fr", "français"),
    ],
)
def test_plans_keep_to_the_conversation_language_without_saving_it(
    message: str, code: str, name: str
) -> None:
    calls: list[LearnerProfile] = []
    profile = LearnerProfile(id="l", goal=GOAL)
    answer = responder(calls).reply(message, History(), profile)
    assert answer.intent == "plan" and answer.pathway is not None
    assert calls[-1].languages == (code, "en") and calls[-1].preferences.language == code
    # the note is written in the conversation's language (issue #12), naming it in its own words (session 14:
    # "español" in a Spanish sentence, as the language tables write it), and English beside it (session 17)
    assert t("pref_note_en", code, name=name) in answer.text
    assert answer.profile_changes == () and answer.state.pending == (), "not saved, not proposed"


def test_an_earlier_german_message_carries_over_to_a_short_follow_up() -> None:
    calls: list[LearnerProfile] = []
    r = responder(calls)
    profile = LearnerProfile(id="l", goal=GOAL)
    said = "Ich möchte Datenanalyst werden"
    history = History().add(said, r.reply(said, History(), profile))
    answer = r.reply("plan", history, profile)
    assert calls[-1].languages == ("de", "en") and t("pref_note_en", "de", name="Deutsch") in answer.text


def test_an_explicit_language_constraint_wins() -> None:
    calls: list[LearnerProfile] = []
    profile = LearnerProfile(id="l", goal=GOAL, constraints=Constraints(languages=("fr",)))
    answer = responder(calls).reply("Bitte erstelle mir einen Plan", History(), profile)
    assert (
        calls[-1].languages == () and calls[-1].constraints.languages == ("fr",) and NOTE not in answer.text
    )


def test_the_profile_s_languages_and_preference_join_the_conversation_language() -> None:
    calls: list[LearnerProfile] = []
    profile = LearnerProfile(id="l", goal=GOAL, languages=("pl",), preferences=Preferences(language="en"))
    responder(calls).reply("Bitte erstelle mir einen Plan", History(), profile)
    assert calls[-1].languages == ("pl", "en", "de")


def test_english_limits_too_and_unclear_messages_change_nothing() -> None:
    calls: list[LearnerProfile] = []
    r = responder(calls)
    profile = LearnerProfile(id="l", goal=GOAL)
    answer = r.reply("plan my pathway", History(), profile)
    assert calls[-1].languages == ("en",) and NOTE in answer.text
    answer = r.reply("plan", History(), profile)
    assert calls[-1].languages == () and NOTE not in answer.text


def test_only_plans_mention_it() -> None:
    answer = responder([]).reply("Ich möchte Kurse in Python", History(), LearnerProfile(id="l"))
    assert answer.pathway is None and NOTE not in answer.text


def test_leaning_to_is_a_copy() -> None:
    profile = LearnerProfile(id="l")
    leaning = leaning_to(profile, "de")
    assert leaning.languages == ("de", "en") and profile.languages == ()
    assert leaning_to(profile, None) is profile
    assert leaning_to(leaning, "de") is leaning, "nothing to add"


def test_llm_plans_keep_to_the_conversation_language_and_the_tool_says_so(settings) -> None:
    import json

    from langchain_core.messages import AIMessage
    from test_assistant_relaxations import llm_reply

    calls: list[LearnerProfile] = []
    plan = AIMessage(content="", tool_calls=[{"name": "plan_pathway", "args": {}, "id": "c1"}])
    profile = LearnerProfile(id="l", goal=GOAL)
    answer, model = llm_reply(
        settings, calls, [plan, "Hier ist dein Plan."], "Bitte erstelle mir einen Plan", History(), profile
    )
    assert calls[-1].languages == ("de", "en") and answer.profile_changes == ()
    note = json.loads(model.calls[1][-1].content)["data"]["language_note"]
    assert "German or in English" in note and NOTE in note
    answer, model = llm_reply(
        settings, calls, [plan, "Here is your plan."], "plan my pathway", History(), profile
    )
    assert calls[-1].languages == ("en",)
