"""Replies and follow-ups that generalise (issue #12, session 9): a go-ahead with the goal known is the
plan, a "where do I begin?" question is the plan's first step, a complaint about price or length re-plans,
weekly time or a deadline after a list plans, "and before that?" walks the prerequisite chain, a course named
by a word only its title has is that course, and a language ruled out ("without the French ones") is left
out. The phrasings here are not those of the dialogue set that revealed the faults."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from conftest import answers, converse

from pathfinder.assistant.intents import Parsed
from pathfinder.assistant.lexicon import Lexicon
from pathfinder.assistant.nlu.understand import understand
from pathfinder.assistant.offline import OfflineResponder
from pathfinder.assistant.offline.mentions import _ONE_COURSE, _ONE_MARK, _echoes
from pathfinder.assistant.policy import asks_first_step, goes_ahead
from pathfinder.assistant.tools import AssistantTools
from pathfinder.domain import Credential, Goal, LearnerProfile, Pathway, Step, Totals
from pathfinder.domain.dialogue import History
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.testing import InMemoryIndex

DATA = json.loads(Path(__file__).with_name("test_assistant_dialogues.json").read_text(encoding="utf-8"))
CATALOGUE = [Credential(**c) for c in DATA["catalogue"]]
TODAY = date(2026, 3, 2)
PLAN = Pathway(
    goal_label="data analyst",
    steps=(
        Step(id="py-basics", title="Python Basics", start_week=1, end_week=4, hours=20),
        Step(id="sql-analysts", title="SQL for Analysts", start_week=5, end_week=8, hours=20),
        Step(id="viz-intro", title="Data Visualisation Essentials", start_week=9, end_week=12, hours=20),
    ),
    totals=Totals(hours=60, weeks=12),
)
LEARNER = LearnerProfile(id="l", goal=Goal(label="data analyst", skills=("http://x/s",)))


@pytest.fixture(scope="module")
def planner(taxonomy: Taxonomy) -> OfflineResponder:
    tools = AssistantTools(
        InMemoryIndex(CATALOGUE), taxonomy, gap_fn=lambda *a: None, plan_fn=lambda *a, **k: PLAN
    )
    return OfflineResponder(tools, lambda: TODAY)


@pytest.mark.parametrize(
    "text",
    ["alright, go for it", "gut, machen wir das", "venga, adelante", "allez, c'est parti",
     "selvä, aloitetaan", "thôi triển khai đi", "theek hai, shuru karo", "ঠিক আছে, শুরু করুন", "sounds good"],
)  # fmt: skip
def test_a_go_ahead_in_any_served_language_is_read_as_one(text: str) -> None:
    assert goes_ahead(text)


@pytest.mark.parametrize(
    "text",
    ["go for the cheaper one", "do it in French", "start with the second one", "let's talk about cloud"],
)
def test_a_go_ahead_with_more_in_it_is_not_only_a_go_ahead(text: str) -> None:
    assert not goes_ahead(text)


@pytest.mark.parametrize("text", ["alright, go for it", "venga, adelante", "theek hai, shuru karo"])
def test_a_go_ahead_with_the_goal_known_shows_the_plan_not_a_list(
    planner: OfflineResponder, text: str
) -> None:
    history = converse(planner, "courses on data visualisation", learner=LEARNER)  # a list is shown first
    answer = planner.reply(text, history, LEARNER)
    assert answer.intent == "plan", answer.text
    assert answer.pathway is not None and answer.pathway.steps, answer.text


@pytest.mark.parametrize(
    "text",
    ["ok and what do I tackle first?", "was mache ich zuerst?", "je fais quoi d'abord ?", "mitä teen ensin?",
     "học gì trước?", "पहले क्या पढ़ूँ?", "প্রথমে কী শিখব?", "wo fängt man da am besten an?"],
)  # fmt: skip
def test_where_to_begin_with_the_goal_known_is_the_plan(planner: OfflineResponder, text: str) -> None:
    assert asks_first_step(text)
    answer = planner.reply(text, History(), LEARNER)
    assert answer.intent == "plan", answer.text
    assert answer.pathway is not None and answer.pathway.steps[0].id == "py-basics", answer.text


@pytest.mark.parametrize(
    "text",
    [
        "is the first one in English?",
        "¿el primero cuánto cuesta?",
        "पहला वाला ऑनलाइन है?",
        "when does it start?",
    ],
)
def test_the_first_of_a_list_is_not_where_to_begin(text: str) -> None:
    assert not asks_first_step(text)


@pytest.mark.parametrize(
    "text",
    ["this is way pricey for me", "c'est très cher pour moi", "bahut mehnga hai yaar", "hơi đắt với em"],
)
def test_a_price_complaint_after_a_plan_re_plans_cheaper(planner: OfflineResponder, text: str) -> None:
    p = understand(text, TODAY)
    assert "cheaper" in p.refinements
    answer = planner.reply(text, converse(planner, "make me a plan", learner=LEARNER), LEARNER)
    assert answer.intent == "refine", answer.text
    assert answer.pathway is not None


def test_damit_is_no_price_complaint() -> None:
    assert not understand("was kann ich damit machen?", TODAY).refinements


@pytest.mark.parametrize("text", ["what if I could do 9 hours a week?", "and if it had to be done by May?"])
def test_weekly_time_or_a_deadline_after_a_list_plans(planner: OfflineResponder, text: str) -> None:
    history = converse(planner, "courses on data visualisation", learner=LEARNER)
    answer = planner.reply(text, history, LEARNER)
    assert answer.intent == "plan", answer.text
    assert answer.pathway is not None and answer.pathway.steps, answer.text


def test_and_before_that_walks_the_prerequisite_chain(planner: OfflineResponder) -> None:
    history = converse(planner, "what do I need before Data Mining in Practice?", learner=LEARNER)
    first = history.turns[-1].answer
    assert first is not None and "stats-online" in {c.id for c in first.citations}, first.text
    answer = planner.reply("and before that one?", history, LEARNER)
    assert answer.intent == "requirements", answer.text
    # the prerequisites of Statistics for Data Analysis (none), not Data Mining's again
    assert answer.text.splitlines()[0].count("(stats-online)") == 1, answer.text
    assert "(mining-1)" not in answer.text.splitlines()[0], answer.text


@pytest.fixture(scope="module")
def lexicon(taxonomy: Taxonomy) -> Lexicon:
    return Lexicon(taxonomy, CATALOGUE)


@pytest.mark.parametrize(
    "text, cid",
    [("what's the Mining one like?", "mining-1"), ("tell me about the Tricks one", "trap-1"),
     ("was kostet der Statistikkurs auf Deutsch, der Angewandte?", "stats-applied"),
     ("¿el de Monitoring es online?", "cloud-monitoring")],
)  # fmt: skip
def test_a_word_only_one_title_has_names_that_course(lexicon: Lexicon, text: str, cid: str) -> None:
    marked = bool(_ONE_MARK.search(text) or _ONE_COURSE.search(text))
    assert marked and lexicon.rare_title_word(text, marked=marked) == cid


@pytest.mark.parametrize(
    "text",
    ["is it online?", "what about the certificate?", "anything on data?", "the Cloud one please",
     "courses about data mining?", "plan for monitoring work, done by june"],
)  # fmt: skip
def test_common_words_kinds_and_unmarked_skills_name_no_course(lexicon: Lexicon, text: str) -> None:
    marked = bool(_ONE_MARK.search(text) or _ONE_COURSE.search(text))
    assert lexicon.rare_title_word(text, marked=marked) is None


@pytest.mark.parametrize(
    "text, echoed", [("skip the basic one", True), ("the Essential one?", True), ("the Tricks one", False)]
)
def test_a_word_beginning_a_title_just_shown_keeps_the_rare_word_from_deciding(
    text: str, echoed: bool
) -> None:
    shown = [c for c in CATALOGUE if c.id in PLAN.ids]
    assert _echoes(text, shown) is echoed


def test_a_course_named_by_its_rare_word_after_a_plan_is_that_course(planner: OfflineResponder) -> None:
    answer = planner.reply(
        "what's the Life-Cycle one about?", converse(planner, "make me a plan", learner=LEARNER), LEARNER
    )
    assert answer.citations and answer.citations[0].id == "sdlc-1", answer.text


@pytest.mark.parametrize(
    "text, code",
    [("excluding anything in German", "de"), ("salvo los de alemán", "de"), ("sauf ceux en allemand", "de"),
     ("außer den englischen", "en"), ("paitsi saksankieliset", "de"), ("trừ tiếng Đức", "de"),
     ("I can't read German, so not those", "de")],
)  # fmt: skip
def test_a_language_ruled_out_is_denied_not_wanted(text: str, code: str) -> None:
    p: Parsed = understand(text, TODAY)
    assert code in p.denied_languages and code not in p.languages and code not in p.spoken_languages


def test_a_language_ruled_out_after_a_plan_re_plans_without_it(planner: OfflineResponder) -> None:
    learner = LEARNER.model_copy(update={"languages": ("en", "fr")})
    answer = planner.reply(
        "no French courses for me please", converse(planner, "make me a plan", learner=LEARNER), learner
    )
    assert answer.intent == "refine", answer.text
    langs = [c.constraints.languages for c in answer.profile_changes if c.constraints is not None]
    assert langs and "fr" not in langs[0] and "en" in langs[0], answer.profile_changes


def test_a_previewed_language_and_a_change_are_proposed_in_one_lead_in(taxonomy: Taxonomy) -> None:
    """Session 8's notes: two "(not saved yet)" lead-ins stacked when a plan previewed with another language
    needed a change of limits as well; one sentence now names both."""
    from pathfinder.domain import Constraints, Relaxation
    from pathfinder.domain.dialogue import Answer, DialogueState

    hours = Relaxation(
        constraint="hours_per_week", current=4.0, needed=9.0, message="With 9 h/week instead of 4."
    )

    def plan(profile: LearnerProfile, gap, credentials, strategy) -> Pathway:
        english = "en" in (*profile.languages, *profile.constraints.languages)
        if english and (profile.constraints.hours_per_week or 0) >= 9:
            return PLAN
        return Pathway(goal_label="data analyst", relaxations=(hours,))

    tools = AssistantTools(InMemoryIndex(CATALOGUE), taxonomy, gap_fn=lambda *a: None, plan_fn=plan)
    r = OfflineResponder(tools, lambda: TODAY)
    learner = LEARNER.model_copy(update={"languages": ("de",), "constraints": Constraints(hours_per_week=4)})
    previewed = Answer(
        text="...",
        intent="plan",
        pathway=PLAN,
        state=DialogueState(last_pathway=PLAN, listing="pathway", preview_language="en"),
    )
    # in German: English is then another language than the conversation's, kept from the preview
    answer = r.reply(
        "plane meinen Lernweg bitte neu", History().add("plane meinen Lernweg", previewed), learner
    )
    assert answer.pathway is not None and answer.pathway.steps, answer.text
    assert answer.text.count("noch nicht gespeichert") == 1, answer.text
    assert "Mit Kursen auf Englisch und einer Änderung" in answer.text, answer.text
    # the question is about the change, which is what "ja" then applies (the language is asked next)
    assert "Soll ich das ändern" in answer.text and "Lernsprachen hinzufügen" not in answer.text, answer.text


def test_nothing_in_the_learners_language_within_the_limits_previews_a_language_and_a_change(
    taxonomy: Taxonomy,
) -> None:
    """A German conversation, a budget too small and no German course: the plan with English added and the
    planner's best single change, not only "nothing fits" (the v9-dlg advisers with small budgets)."""
    from pathfinder.domain import Constraints, Relaxation

    budget = Relaxation(constraint="budget", current=100.0, needed=400.0, message="EUR 300 more (EUR 400).")

    def plan(profile: LearnerProfile, gap, credentials, strategy) -> Pathway:
        english = "en" in (*profile.languages, *profile.constraints.languages)
        rich = (profile.constraints.budget or 0) >= 400
        if english and rich:
            return PLAN
        widen = Relaxation(constraint="languages", current="de", needed="en", message="Allow courses in en.")
        offers = (budget,) if english else (budget, widen)
        return Pathway(goal_label="data analyst", relaxations=offers)

    tools = AssistantTools(InMemoryIndex(CATALOGUE), taxonomy, gap_fn=lambda *a: None, plan_fn=plan)
    learner = LEARNER.model_copy(update={"constraints": Constraints(budget=100, currency="EUR")})
    answer = OfflineResponder(tools, lambda: TODAY).reply("plane meinen Lernweg", History(), learner)
    assert answer.pathway is not None and answer.pathway.steps, answer.text
    # the language named in the reply's language (session 14: was "English" in a German sentence)
    assert answer.text.count("noch nicht gespeichert") == 1 and "Englisch" in answer.text, answer.text


@pytest.mark.parametrize(
    "text",
    ["make me a roadmap towards Data Mining in Practice", "plane meinen Lernweg zu Data Mining in Practice"],
)
def test_a_plan_towards_a_named_course_has_that_course_in_it(taxonomy: Taxonomy, text: str) -> None:
    seen: list[LearnerProfile] = []

    def plan(profile: LearnerProfile, gap, credentials, strategy) -> Pathway:
        seen.append(profile)
        return PLAN

    tools = AssistantTools(InMemoryIndex(CATALOGUE), taxonomy, gap_fn=lambda *a: None, plan_fn=plan)
    answer = OfflineResponder(tools, lambda: TODAY).reply(text, History(), LEARNER)
    assert answer.intent == "plan" and answer.pathway is not None, answer.text
    assert seen and "mining-1" in seen[-1].preferences.pinned


def test_a_plan_to_get_there_without_a_goal_aims_at_the_course_in_focus(taxonomy: Taxonomy) -> None:
    seen: list[LearnerProfile] = []

    def plan(profile: LearnerProfile, gap, credentials, strategy) -> Pathway:
        seen.append(profile)
        return PLAN

    tools = AssistantTools(InMemoryIndex(CATALOGUE), taxonomy, gap_fn=lambda *a: None, plan_fn=plan)
    r = OfflineResponder(tools, lambda: TODAY)
    asked = ("what do I need before Data Mining in Practice?", "ok plan me a way to get there")
    answer = answers(converse(r, *asked, learner=LearnerProfile(id="n")))[-1]
    assert answer.pathway is not None, answer.text
    assert seen and "mining-1" in seen[-1].preferences.pinned and seen[-1].goal is not None


@pytest.mark.parametrize("proposals, act", [(2, "plan"), (1, "apply_suggestion")])
def test_a_go_ahead_applies_the_one_proposal_and_never_asks_which_of_several(
    taxonomy: Taxonomy, proposals: int, act: str
) -> None:
    from pathfinder.domain import Relaxation

    offers = (
        Relaxation(
            constraint="hours_per_week", current=4.0, needed=9.0, message="With 9 h/week instead of 4."
        ),
        Relaxation(constraint="budget", current=100.0, needed=400.0, message="EUR 300 more (EUR 400)."),
    )[:proposals]
    offered = PLAN.model_copy(update={"relaxations": offers})
    tools = AssistantTools(
        InMemoryIndex(CATALOGUE), taxonomy, gap_fn=lambda *a: None, plan_fn=lambda *a, **k: offered
    )
    r = OfflineResponder(tools, lambda: TODAY)
    answer = r.reply("right, go ahead then", converse(r, "make me a plan", learner=LEARNER), LEARNER)
    assert answer.intent == act, answer.text
    assert answer.pathway is not None and "Which suggestion" not in answer.text, answer.text


@pytest.mark.parametrize("text", ["that's a lot of money for me", "me sale carísimo", "c'est hors de prix"])
def test_more_price_complaints_ask_for_cheaper(text: str) -> None:
    assert "cheaper" in understand(text, TODAY).refinements
