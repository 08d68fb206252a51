"""AppTest: the Chat page streams a cited answer, stores it, takes feedback, applies profile changes,
resumes."""

from __future__ import annotations

from ui_harness import DATA_ANALYST, app_settings, start_app, texts  # noqa: F401 - app_settings is a fixture

from pathfinder.storage.conversations import ConversationStore
from pathfinder.storage.profiles import open_profile_store

ASK = "I want to become a data analyst. Plan a pathway for me with 10 hours per week"


def test_offline_badge_and_an_empty_conversation(app_settings):
    at = start_app()
    assert not at.exception, at.exception
    assert at.title[0].value == "Chat"
    assert ":blue-badge[:material/cloud_off: offline mode]" in [m.value for m in at.markdown]


def test_asking_for_a_pathway_gives_a_cited_streamed_answer_with_cards_and_chart(app_settings):
    at = start_app()
    at.chat_input[0].set_value(ASK).run()
    assert not at.exception, at.exception
    shown = texts(at)
    assert "Here is a pathway towards **data analyst**" in shown
    assert at.get("vega_lite_chart"), "the answer's timeline chart is shown"
    expanders = [e.label for e in at.expander]
    assert any("Intro to \\<b\\>data\\</b\\> analysis" in label for label in expanders)  # escaped card title
    assert any("Provider:** Open University of Testland" in m.value for m in at.markdown)
    store = ConversationStore(app_settings.database_path)
    [conversation] = store.list("learner-test")
    assert conversation.messages == 2 and conversation.title.startswith("I want to become")


def test_stated_changes_are_saved_at_once_and_undone_with_one_click(app_settings):
    at = start_app()
    at.chat_input[0].set_value(ASK).run()
    assert not at.exception, at.exception
    assert "Saved to your profile" in texts(at)
    profile = open_profile_store(app_settings).get("learner-test")
    assert profile.goal.occupation_uri == DATA_ANALYST and profile.constraints.hours_per_week == 10
    next(b for b in at.button if b.label == "Undo").click().run()
    assert not at.exception, at.exception
    profile = open_profile_store(app_settings).get("learner-test")
    assert profile.goal is None and profile.constraints.hours_per_week is None
    assert "Your profile is back as it was before that answer." in texts(at)
    assert not [b for b in at.button if b.label == "Undo"]


def test_thumbs_down_with_a_comment_is_stored_with_the_answer(app_settings):
    at = start_app()
    at.chat_input[0].set_value(ASK).run()
    at.feedback[0].set_value(0).run()
    store = ConversationStore(app_settings.database_path)
    [fb] = store.all_feedback()
    assert fb.rating == -1
    at.text_input[0].input("Too long for me")
    next(b for b in at.button if b.label == "Send comment").click().run()
    [fb] = store.all_feedback()
    assert fb.rating == -1 and fb.comment == "Too long for me"
    assert fb.message_id == store.message_ids(store.list("learner-test")[0].id)[0]


def test_a_conversation_resumes_in_a_new_session_and_a_new_one_can_start(app_settings):
    at = start_app()
    at.chat_input[0].set_value(ASK).run()
    again = start_app()  # a new browser session for the same learner (same ?learner= in the URL)
    assert "Here is a pathway towards **data analyst**" in texts(again)
    again.selectbox(key="chat-picker").set_value("").run()
    assert "Here is a pathway" not in texts(again)
    again.chat_input[0].set_value("hello").run()
    assert not again.exception, again.exception
    assert len(ConversationStore(app_settings.database_path).list("learner-test")) == 2


def test_without_an_index_the_error_names_the_command_not_a_traceback(tmp_path, monkeypatch):
    from ui_harness import clear_streamlit_caches, settings_env

    for name, value in settings_env(tmp_path / "empty").items():
        monkeypatch.setenv(name, value)
    clear_streamlit_caches()
    at = start_app()
    at.chat_input[0].set_value("python courses").run()
    assert not at.exception
    assert any("pathfinder index" in e.value for e in at.error)


def test_a_stored_answer_is_sanitised_again_when_the_conversation_resumes(app_settings):
    """#17 hostile output: an answer stored before the one sanitiser existed (or edited in the database) holds
    an image, a reference link, an autolink, a bare URL and a direction override; the resumed Chat page shows
    none of them as such."""
    import sqlite3

    at = start_app()
    at.chat_input[0].set_value(ASK).run()
    hostile = (
        "Try ![x](https://evil.example/p.png?d=1) and [this][r] or <https://evil.example/a> or "
        "https://evil.example/b \u202eevil :material/explore:\n\n[r]: https://evil.example/c"
    )
    with sqlite3.connect(app_settings.database_path) as db:
        db.execute("UPDATE messages SET text = ? WHERE role = 'assistant'", (hostile,))
    again = start_app()
    assert not again.exception, again.exception
    shown = "\n".join(m.value for m in again.markdown)
    assert "Try" in shown and "evil.example" not in shown and "\u202e" not in shown
    assert ":material/explore:" not in shown
