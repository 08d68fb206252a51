"""AppTest: the Pathway page plans from the stored profile, shows charts, re-plans on what-if sliders,
exports."""

from __future__ import annotations

import json

from streamlit.testing.v1 import AppTest
from ui_harness import APP, DATA_ANALYST, account, app_settings, open_page, signed_in, texts  # noqa: F401 - app_settings is a fixture

from pathfinder.domain import Constraints, Goal, LearnerProfile
from pathfinder.settings import Settings
from pathfinder.storage.profiles import open_profile_store


def run_page(page: str, learner: str = "learner-test") -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    signed_in(at, account("learner", learner))  # the learner's own account (learner ids are not credentials)
    at.run()
    return open_page(at, page).run()


def save_goal(settings: Settings, **constraints) -> LearnerProfile:
    store = open_profile_store(settings)
    return store.save(
        LearnerProfile(
            id="learner-test", goal=Goal(occupation_uri=DATA_ANALYST), constraints=Constraints(**constraints)
        )
    )


def test_without_a_goal_the_page_says_how_to_set_one(app_settings):
    at = run_page("pathway")
    assert not at.exception
    assert "Set a goal first" in texts(at)


def test_plan_with_timeline_coverage_ladder_and_exports(app_settings):
    save_goal(app_settings, hours_per_week=10)
    at = run_page("pathway")
    assert not at.exception, at.exception
    shown = texts(at)
    assert "Pathway to data analyst" in shown
    charts = at.get("vega_lite_chart")
    assert len(charts) == 2  # timeline and coverage
    assert at.get("graphviz_chart"), "the stack ladder is drawn when planned parts stack into a certificate"
    assert "Certificate in Data Analytics" in shown
    assert "Intro to \\<b\\>data\\</b\\> analysis" in shown  # catalogue HTML shown as text, never rendered
    labels = [b.label for b in at.get("download_button")]
    assert labels == ["Download PDF", "Download Markdown", "Download JSON"]
    assert {"Fastest", "Cheapest", "Most complete"} <= {m.value.strip("*") for m in at.markdown}


def test_what_if_budget_replans_at_once_and_can_be_saved(app_settings):
    save_goal(app_settings, hours_per_week=10)
    at = run_page("pathway")
    cost_before = next(m.value for m in at.metric if m.label == "Cost")
    at.slider(key="pathway-budget").set_value(0).run()
    assert not at.exception, at.exception
    assert next(m.value for m in at.metric if m.label == "Cost") == "free"
    assert cost_before != "free"
    at.button(key="pathway-save").click().run()
    stored = open_profile_store(app_settings).get("learner-test")
    assert stored.constraints.budget == 0 and stored.constraints.hours_per_week == 10


def test_a_proposed_relaxation_can_be_applied_and_the_plan_covers_more(app_settings):
    save_goal(app_settings, hours_per_week=10, budget=0)  # only the free modules fit
    at = run_page("pathway")
    assert not at.exception, at.exception
    covered_before = at.get("progress")[0].proto.text
    budget_tip = [i.value for i in at.info if "a budget of EUR" in i.value]
    assert budget_tip, [i.value for i in at.info]
    n = next(k for k, i in enumerate(at.info) if "a budget of EUR" in i.value)
    at.button(key=f"pathway-relax-{n}").click().run()
    assert not at.exception, at.exception
    stored = open_profile_store(app_settings).get("learner-test")
    assert stored.constraints.budget > 0 and stored.constraints.hours_per_week == 10
    assert at.get("progress")[0].proto.text != covered_before
    assert any("Applied:" in t for t in texts(at).splitlines())


def test_a_learner_who_talks_german_reads_the_page_in_german(app_settings):
    """The page speaks the language of the learner's conversation (issue #12): labels, tabs, metrics, the
    planner's sentences, chart titles and export buttons; course titles stay as in the catalogue."""
    from pathfinder.assistant.i18n import t
    from pathfinder.domain.dialogue import Answer, DialogueState
    from pathfinder.storage.conversations import ConversationStore

    open_profile_store(app_settings).save(  # studies in English too (the test catalogue is English)
        LearnerProfile(
            id="learner-test",
            goal=Goal(occupation_uri=DATA_ANALYST),
            languages=("en",),
            constraints=Constraints(hours_per_week=10),
        )
    )
    conversations = ConversationStore(app_settings.database_path)
    conversation = conversations.start("learner-test")
    german = Answer(text="Notiert.", state=DialogueState(language="de"))
    conversations.add_turn(conversation, "Ich möchte Datenanalyst werden", german)
    at = run_page("pathway")
    assert not at.exception, at.exception
    shown = texts(at)
    assert "Ihr Lernweg" in shown and "Lernweg zu data analyst" in shown
    assert "Pathway to" not in shown and "Your pathway" not in shown
    assert [m.label for m in at.metric] == ["Angebote", "Wochen", "Stunden", "ECTS", "Kosten"]
    assert [tab.label for tab in at.tabs] == ["Plan", "Alternativen", "Export"]
    assert [b.label for b in at.get("download_button")] == [
        "PDF herunterladen",
        "Markdown herunterladen",
        "JSON herunterladen",
    ]
    assert "Certificate in Data Analytics" in shown  # catalogue text as it is
    assert t("pref_note", "de", name="Deutsch") in shown  # the chat's language rule, said in German
    assert "- **Anbieter:**" in shown and "- **Provider:**" not in shown  # the credential cards
    for english in ("prerequisite of", "counts towards", "stacks into", "weeks ", "Skills this plan"):
        assert english not in shown, english
    specs = " ".join(
        json.dumps(json.loads(c.proto.spec), ensure_ascii=False) for c in at.get("vega_lite_chart")
    )
    assert t("ch_timeline", "de") in specs and t("ch_coverage", "de") in specs
    assert '"Timeline"' not in specs and "Goal skills before" not in specs
    assert t("ch_missing_essential", "de") in specs  # the legend's words (the data keeps its English keys)


def test_a_german_conversation_keeps_the_page_plan_to_german_as_the_chat_does(app_settings):
    """No language limit on the profile and a German conversation: the learner studies in German or English
    (session 17, `gaps.with_conversation_language`); nothing in the test catalogue is in German, so the page
    shows the English plan, its caption saying both languages."""
    from pathfinder.domain.dialogue import Answer, DialogueState
    from pathfinder.storage.conversations import ConversationStore

    save_goal(app_settings, hours_per_week=10)
    conversations = ConversationStore(app_settings.database_path)
    conversations.add_turn(
        conversations.start("learner-test"),
        "Hallo",
        Answer(text="Hallo!", state=DialogueState(language="de")),
    )
    at = run_page("pathway")
    assert not at.exception, at.exception
    shown = texts(at) + " ".join(i.value for i in at.info) + " ".join(c.value for c in at.caption)
    assert "Geplant werden Kurse auf Deutsch oder auf Englisch" in shown


def test_the_page_stays_english_for_an_english_conversation(app_settings):
    save_goal(app_settings, hours_per_week=10)
    at = run_page("pathway")
    assert "Your pathway" in texts(at) and [m.label for m in at.metric][0] == "Credentials"
