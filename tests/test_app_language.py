"""AppTest: after a German conversation the Chat page's own words are German too (the conversation picker,
what an answer saved to the profile, feedback, the input's example), while an advisor's view of the same
conversation stays English (issue #12: nothing of another language slips into what a learner reads)."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest
from ui_harness import APP, DATA_ANALYST, account, app_settings, open_page, signed_in, texts  # noqa: F401 - app_settings is a fixture

from pathfinder.domain import Goal
from pathfinder.domain.dialogue import Answer, DialogueState, ProfileChange
from pathfinder.storage.conversations import ConversationStore


def _german_conversation(settings, language: str = "de") -> None:
    conversations = ConversationStore(settings.database_path)
    goal = Goal(occupation_uri=DATA_ANALYST, label="data analyst")
    answer = Answer(
        text="Ihr Ziel: **data analyst**.",
        state=DialogueState(language=language),
        profile_changes=(ProfileChange(kind="set_goal", summary="Goal: data analyst", goal=goal),),
    )
    conversations.add_turn(conversations.start("learner-test"), "Ich möchte Datenanalyst werden", answer)


def test_the_chat_page_speaks_the_conversations_language(app_settings) -> None:
    _german_conversation(app_settings)
    at = AppTest.from_file(APP, default_timeout=60)
    signed_in(at, account("learner"))
    at.run()
    assert not at.exception, at.exception
    shown = texts(at)
    assert "✓ In Ihrem Profil gespeichert" in shown and "Ziel: data analyst" in shown
    assert "Saved to your profile" not in shown and "Goal: data analyst" not in shown
    assert at.selectbox[0].label == "Unterhaltung"
    at.run()  # the input, drawn first, knows the language from the previous run
    assert at.chat_input[0].placeholder.startswith("Fragen Sie nach einem Lernweg")
    assert [link.proto.label for link in at.get("page_link")] == ["Chat", "Profil", "Lernweg", "Konto"]
    assert any(b.label == "Abmelden" for b in at.button) and "Angemeldet als **learner-test**" in texts(at)
    assert at.selectbox[0].options[1].endswith(" · 1 Frage")  # the picker counts in German too


def test_the_chat_pages_title_and_picker_follow_a_vietnamese_conversation(app_settings) -> None:
    """The menu said "Trò chuyện" while the page's own title stayed "Chat" and the picker said "1 question"
    (seen in a real browser, session 7)."""
    _german_conversation(app_settings, "vi")
    at = AppTest.from_file(APP, default_timeout=60)
    signed_in(at, account("learner"))
    at.run()
    at.run()  # the title, like the input, is drawn first: it knows the language from the last run
    assert not at.exception, at.exception
    assert [t.value for t in at.title] == ["Trò chuyện"]
    assert at.selectbox[0].options[1].endswith(" · 1 câu hỏi")


def test_staff_keep_the_english_frame_after_an_advised_learners_german_conversation(app_settings) -> None:
    _german_conversation(app_settings)
    from pathfinder.storage.accounts import AccountStore

    advisor = account("advisor")
    AccountStore(app_settings.database_path).assign(advisor.id, "learner-test", account("admin"))
    at = AppTest.from_file(APP, default_timeout=60)
    signed_in(at, advisor)
    at.session_state["advised_learner"] = "learner-test"
    at.run()
    at.run()
    assert not at.exception, at.exception
    assert "Advisor" in [link.proto.label for link in at.get("page_link")]
    assert any(b.label == "Sign out" for b in at.button)


def test_an_english_learner_sees_english(app_settings) -> None:
    at = AppTest.from_file(APP, default_timeout=60)
    signed_in(at, account("learner"))
    at.run()
    assert at.selectbox[0].label == "Conversation"
    assert at.chat_input[0].placeholder.startswith("Ask for a pathway")
    assert [t.value for t in at.title] == ["Chat"]
