"""Follow-ups that point back at what was shown, part of a title, a vague "what next?" from a learner with a
goal, and words that say nothing about a subject: each gets a relevant answer, never a dead end."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from conftest import dated_planner

from pathfinder.assistant.intents import Parsed
from pathfinder.assistant.lexicon import Lexicon
from pathfinder.assistant.offline import OfflineResponder
from pathfinder.assistant.policy import decide, refers_back
from pathfinder.assistant.tools import AssistantTools
from pathfinder.domain import Credential, Goal, LearnerProfile, Pathway
from pathfinder.domain.dialogue import DialogueState, History
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.testing import InMemoryIndex

DATA = json.loads((Path(__file__).parent / "test_assistant_dialogues.json").read_text(encoding="utf-8"))
CATALOGUE = [Credential(**c) for c in DATA["catalogue"]]
BY_ID = {c.id: c for c in CATALOGUE}
TODAY = date(2026, 3, 2)


@pytest.fixture(scope="module")
def responder(make_responder) -> OfflineResponder:
    return make_responder(plan_fn=dated_planner(TODAY))


def test_part_of_one_title_names_it_and_a_skill_name_or_a_shared_run_does_not(taxonomy: Taxonomy) -> None:
    lexicon = Lexicon(taxonomy, CATALOGUE)
    assert lexicon.title_fragment("what does the Advanced Cyber Security one need?") == "cyber-pro"
    assert lexicon.title_fragment("is the cybersecurity course hard") is None  # one word: not enough
    assert lexicon.title_fragment("tell me about systems development life") == "sdlc-1"
    assert lexicon.title_fragment("tell me about cloud security") is None  # a skill's name: a topic
    assert lexicon.title_fragment("is the database development course good") is None  # two words only
    assert lexicon.title_fragment("the database development one, with the tools") == "db-tools"
    assert lexicon.title_fragment("something about data analysis") is None  # in two titles
    both = [*CATALOGUE, CATALOGUE[0].model_copy(update={"id": "py-2", "title": "Python Basics Two"})]
    assert Lexicon(taxonomy, both).title_fragment("the python basics one") is None  # in two titles


@pytest.mark.parametrize(
    "text, back",
    [
        ("is that recognised anywhere", True),
        ("isme kitne ghante lagenge", True),
        ("इसमें कितने घंटे लगेंगे?", True),
        ("kostet der was?", True),
        ("¿eso es gratis?", True),
        ("onko se verkossa?", True),
        ("cybersecurity courses", False),
        ("Gibt es was zu HPC?", False),  # existential "es", not "it"
        ("ist es anerkannt?", True),
    ],
)
def test_words_pointing_back(text: str, back: bool) -> None:
    assert refers_back(text) is back


def test_a_question_pointing_back_after_a_list_is_about_its_first_entry(responder: OfflineResponder) -> None:
    listed = responder.reply("cyber security courses", History())
    assert listed.intent == "search" and listed.citations
    first = listed.state.last_results[0]
    history = History().add("cyber security courses", listed)
    answer = responder.reply("is that recognised anywhere", history)
    assert answer.intent == "explain" and [c.id for c in answer.citations][:1] == [first]


def test_a_title_fragment_is_answered_about_that_credential(responder: OfflineResponder) -> None:
    answer = responder.reply("what's the EQF level of the advanced cyber security one?", History())
    assert answer.intent in ("explain", "requirements") and answer.citations[0].id == "cyber-pro"


def test_what_next_from_a_learner_with_a_goal_is_the_plan(responder: OfflineResponder) -> None:
    profile = LearnerProfile(id="l", goal=Goal(label="data analysis", skills=()))
    answer = responder.reply("I don't really know what to do next", History(), profile)
    assert answer.intent == "plan"


def test_words_that_name_no_subject_search_the_goal_or_show_directions(responder: OfflineResponder) -> None:
    fresh = responder.reply("show me what fits", History())
    assert fresh.citations and "**fits**" not in fresh.text
    profile = LearnerProfile(id="l", goal=Goal(label="cyber security", skills=()))
    with_goal = responder.reply("so what can i take", History(), profile)
    assert with_goal.citations  # the goal's courses: its words linked to the catalogue's skills, then planned
    linked = [c.goal for c in with_goal.state.pending if c.kind == "set_goal" and c.goal is not None]
    assert linked and linked[0].skills


def test_a_plan_with_nothing_missing_says_so_instead_of_nothing_found(taxonomy: Taxonomy) -> None:
    def plan(profile, gap, creds, strategy):
        return Pathway(goal_label="data analyst")  # no steps, nothing uncovered, nothing to relax

    tools = AssistantTools(InMemoryIndex(CATALOGUE), taxonomy, gap_fn=lambda *a: None, plan_fn=plan)
    r = OfflineResponder(tools, lambda: TODAY)
    profile = LearnerProfile(id="l", goal=Goal(label="data analyst", skills=("http://x/s",)))
    answer = r.reply("plan my pathway", History(), profile)
    assert answer.intent == "plan" and "Nothing is left to plan for **data analyst**" in answer.text
    assert "no credential" not in answer.text.lower()


def test_a_vague_opening_that_names_a_subject_starts_there_and_asks_about_background(
    responder: OfflineResponder,
) -> None:
    message = "quiero aprender ciberseguridad pero no sé por dónde empezar"
    answer = responder.reply(message, History())
    assert answer.intent == "explore" and {c.id for c in answer.citations} >= {"cyber-start", "cyber-de"}
    assert "cuéntame un poco sobre tu experiencia" in answer.text
    assert answer.state.last_results[:1] == ("cyber-start",)


def test_words_that_name_no_subject_are_not_kept_as_the_topic(responder: OfflineResponder) -> None:
    first = responder.reply("I want to learn cybersecurity", History())
    history = History().add("I want to learn cybersecurity", first)
    assert "cyber" in first.state.topic.lower()
    noted = responder.reply("I have like 3 hours a week", history)
    assert "cyber" in noted.state.topic.lower()  # not replaced by "like"


def test_a_step_number_beyond_the_plan_is_never_another_step(taxonomy: Taxonomy) -> None:
    from pathfinder.domain import Step, Totals

    def plan(profile, gap, creds, strategy):
        step = Step(id="py-basics", title="Python Basics", start_week=1, end_week=2, hours=20)
        return Pathway(goal_label="data analyst", steps=(step,), totals=Totals(hours=20, weeks=2))

    tools = AssistantTools(InMemoryIndex(CATALOGUE), taxonomy, gap_fn=lambda *a: None, plan_fn=plan)
    r = OfflineResponder(tools, lambda: TODAY)
    profile = LearnerProfile(id="l", goal=Goal(label="data analyst", skills=("http://x/s",)))
    shown = r.reply("plan my pathway", History(), profile)
    history = History().add("plan my pathway", shown)
    skipped = r.reply("i already did the 2nd one", history, profile)
    assert skipped.intent == "skip_step" and not skipped.profile_changes and "(it has 1)" in skipped.text
    compared = r.reply("compare the first and the third", history, profile)
    assert compared.intent == "compare" and "number 3" in compared.text


@pytest.mark.parametrize(
    "text", ["mỗi tuần tôi học được khoảng 5 tiếng", "viikossa minulla on ehkä noin 5 tuntia", "5h a week"]
)
def test_weekly_hours_with_the_week_said_first_are_read(text: str) -> None:
    from pathfinder.assistant.nlu.understand import understand

    assert understand(text, TODAY, None).hours_per_week == 5


def test_a_course_name_the_catalogue_lacks_is_said_plainly_with_the_closest(
    responder: OfflineResponder,
) -> None:
    answer = responder.reply("tell me about the Advanced Kubernetes Security Bootcamp", History())
    assert "**Advanced Kubernetes Security Bootcamp** is not in the catalogue" in answer.text
    real = responder.reply("tell me about the Advanced Cyber Security Operations course", History())
    assert "not in the catalogue" not in real.text and real.citations[0].id == "cyber-pro"


def test_an_area_goal_is_more_than_the_one_skill_two_matches_share(taxonomy: Taxonomy) -> None:
    from pathfinder.assistant.profile_changes import area_skills
    from pathfinder.domain import SkillRef

    a, b, c = (f"http://example.org/skill/{x}" for x in "abc")
    creds = [
        CATALOGUE[0].model_copy(
            update={"id": "g1", "title": "Governance One", "skills": (SkillRef(uri=a, label="a"),)}
        ),
        CATALOGUE[1].model_copy(
            update={
                "id": "g2",
                "title": "Governance Two",
                "skills": (
                    SkillRef(uri=a, label="a"),
                    SkillRef(uri=b, label="b"),
                    SkillRef(uri=c, label="c"),
                ),
            }
        ),
    ]
    tools = AssistantTools(InMemoryIndex(creds), taxonomy)
    assert area_skills("governance", tools) == [a, b, c]


def test_a_plan_on_a_topic_said_in_another_language_names_the_goal_in_catalogue_terms(
    responder: OfflineResponder,
) -> None:
    listed = responder.reply("cursos de ciberseguridad por favor", History())
    planned = responder.reply("hazme un plan", History().add("cursos de ciberseguridad por favor", listed))
    (goal,) = [c for c in planned.profile_changes if c.kind == "set_goal"]
    assert goal.goal is not None and goal.goal.label == "cybersecurity"


@pytest.mark.parametrize("ask", ["and the cheapest?", "und der billigste?", "¿y el más barato?"])
def test_the_cheapest_of_a_list_is_that_entry_of_the_list(responder: OfflineResponder, ask: str) -> None:
    listed = responder.reply("cyber security courses", History())
    shown = {i: BY_ID[i] for i in listed.state.last_results}
    assert len(shown) >= 2
    cheapest = min(shown.values(), key=lambda c: c.cost_eur or 0.0)
    answer = responder.reply(ask, History().add("cyber security courses", listed))
    assert answer.intent in ("select", "explain") and answer.citations[0].id == cheapest.id
    assert answer.state.focus == cheapest.id


@pytest.mark.parametrize("ask", ["show me everything you have", "zeig mir alles was ihr habt"])
def test_everything_is_the_catalogue_overview_even_with_an_entry_in_focus(
    responder: OfflineResponder, ask: str
) -> None:
    listed = responder.reply("cyber security courses", History())
    history = History().add("cyber security courses", listed)
    focused = responder.reply("tell me about the first", history)
    assert focused.state.focus
    answer = responder.reply(ask, history.add("tell me about the first", focused))
    assert answer.intent == "search" and len(answer.citations) >= 2
    assert not answer.text.startswith("###")  # not the entry in focus again


@pytest.mark.parametrize("text", ["entä jos vain verkkokursseja?", "etäkursseja kiitos"])
def test_finnish_online_course_words_are_the_online_format(text: str) -> None:
    from pathfinder.assistant.nlu.understand import understand

    assert understand(text, TODAY, "fi").participation == ("online",)


@pytest.mark.parametrize(
    "text, lang",
    [("sql courses", "en"), ("data courses", "en"), ("cours de python", "fr"), ("cursos de python", "es")],
)
def test_an_unclear_short_first_message_nearly_as_english_is_english(text: str, lang: str) -> None:
    from pathfinder.assistant.nlu.language import identify

    assert identify(text) == lang


def test_participation_modes_are_shown_in_the_reply_language(responder: OfflineResponder) -> None:
    answer = responder.reply("cours de cybersécurité en ligne", History())
    assert answer.intent == "search" and "· en ligne ·" in answer.text and "· online ·" not in answer.text


def test_a_follow_up_that_leaves_nothing_to_plan_shows_the_plan_before_not_zero_steps(
    taxonomy: Taxonomy,
) -> None:
    from pathfinder.domain import Step, Totals, UncoveredSkill

    def plan(profile, gap, creds, strategy):
        if "fr" in profile.constraints.languages:
            missing = UncoveredSkill(uri="http://x/s", label="s", reason="not in your languages")
            return Pathway(goal_label="data analyst", uncovered=(missing,))
        step = Step(id="py-basics", title="Python Basics", start_week=1, end_week=2, hours=20)
        return Pathway(goal_label="data analyst", steps=(step,), totals=Totals(hours=20, weeks=2))

    tools = AssistantTools(InMemoryIndex(CATALOGUE), taxonomy, gap_fn=lambda *a: None, plan_fn=plan)
    r = OfflineResponder(tools, lambda: TODAY)
    profile = LearnerProfile(id="l", goal=Goal(label="data analyst", skills=("http://x/s",)))
    shown = r.reply("plan my pathway", History(), profile)
    again = r.reply("only courses in French please", History().add("plan my pathway", shown), profile)
    assert again.intent == "refine" and "Before: 1 step," in again.text and "Now:" not in again.text


def test_what_comes_after_a_named_course_lists_those_that_require_it(responder: OfflineResponder) -> None:
    answer = responder.reply("what can I do after finishing Python Basics?", History())
    assert answer.intent in ("explain", "requirements") and answer.citations[0].id == "py-basics"
    assert "Leads on to" in answer.text
    assert {"stats-applied", "viz-intro"} <= {c.id for c in answer.citations}


def test_with_nothing_in_the_learners_language_english_is_offered_when_it_covers_nearly_as_much(
    taxonomy: Taxonomy,
) -> None:
    from pathfinder.domain import Relaxation, Step, Totals

    widen = Relaxation(constraint="languages", current="bn", needed="es", message="Allow courses in es.")

    def plan(profile, gap, creds, strategy):
        langs = set(profile.languages) | set(profile.constraints.languages)
        if langs & {"en", "es"}:
            step = Step(id="py-basics", title="Python Basics", start_week=1, end_week=2, hours=20)
            cover = 0.95 if "en" in langs else 1.0
            return Pathway(
                goal_label="data analyst", steps=(step,), totals=Totals(hours=20, weeks=2), coverage=cover
            )
        return Pathway(goal_label="data analyst", relaxations=(widen,))

    tools = AssistantTools(InMemoryIndex(CATALOGUE), taxonomy, gap_fn=lambda *a: None, plan_fn=plan)
    r = OfflineResponder(tools, lambda: TODAY)
    profile = LearnerProfile(id="l", goal=Goal(label="data analyst", skills=("http://x/s",)))
    answer = r.reply("পরিকল্পনা বানান", History(), profile)
    assert answer.pathway is not None and answer.pathway.steps and answer.profile_changes == ()
    # session 17: one who named no language studies in the written one or English; the English plan is the
    # plan (no preview, nothing to accept), and no third language (Spanish) is proposed over it
    assert answer.pathway.coverage == 0.95 and answer.pathway.relaxations == ()


@pytest.mark.parametrize("ask", ["which one is cheaper", "welcher ist billiger?", "khóa nào rẻ hơn?"])
def test_which_is_cheaper_after_a_comparison_compares_the_same_two(
    responder: OfflineResponder, ask: str
) -> None:
    first = "compare Python Basics and SQL for Analysts"
    compared = responder.reply(first, History())
    assert compared.intent == "compare"
    answer = responder.reply(ask, History().add(first, compared))
    assert answer.intent == "compare"
    assert {c.id for c in answer.citations} >= {"py-basics", "sql-analysts"}


def test_compare_without_saying_which_asks_with_the_choices(responder: OfflineResponder) -> None:
    listed = responder.reply("cyber security courses", History())
    assert len(listed.state.last_results) > 2
    answer = responder.reply("compare them", History().add("cyber security courses", listed))
    assert answer.intent == "compare" and "?" in answer.text
    assert [c.id for c in answer.citations][:2] == list(
        listed.state.last_results[:2]
    )  # the choices, numbered


def test_a_step_named_by_some_title_words_or_an_acronym_is_that_one(taxonomy: Taxonomy) -> None:
    lexicon = Lexicon(taxonomy, CATALOGUE)
    shown = [
        BY_ID[i] for i in ("py-basics", "sql-analysts", "cloud-security", "cloud-monitoring", "cert-data")
    ]
    assert (
        lexicon.among("is the cloud monitoring one part of something bigger?", shown)
        == BY_ID["cloud-monitoring"]
    )
    assert lexicon.among("the SQL one, is it hard?", shown, one_word=True) == BY_ID["sql-analysts"]
    assert lexicon.among("the SQL one, is it hard?", shown) is None  # one word only when pointing back
    assert lexicon.among("is the cloud one online?", shown, one_word=True) is None  # in two titles
    assert lexicon.among("ça fait partie d'un certificate?", shown, one_word=True) is None  # no acronym


def test_a_money_limit_after_a_plan_is_the_budget(taxonomy: Taxonomy) -> None:
    from pathfinder.domain import Step, Totals

    def plan(profile, gap, creds, strategy):
        step = Step(
            id="cyber-pro", title="Advanced Cyber Security Operations", start_week=1, end_week=9, hours=120
        )
        return Pathway(goal_label="cybersecurity", steps=(step,), totals=Totals(hours=120, weeks=9, cost=900))

    tools = AssistantTools(InMemoryIndex(CATALOGUE), taxonomy, gap_fn=lambda *a: None, plan_fn=plan)
    r = OfflineResponder(tools, lambda: TODAY)
    profile = LearnerProfile(id="l", goal=Goal(label="cybersecurity", skills=("http://x/s",)))
    planned = r.reply("plan my pathway", History(), profile)
    assert planned.pathway is not None and planned.pathway.steps
    answer = r.reply("he can't pay much, 100 euros max", History().add("plan my pathway", planned), profile)
    budgets = [c.constraints.budget for c in answer.profile_changes if c.constraints is not None]
    assert budgets == [100.0] and answer.intent == "refine"


def test_everything_with_filters_lists_what_fits_them(responder: OfflineResponder) -> None:
    answer = responder.reply("show me everything you have in German", History())
    assert answer.intent == "search" and answer.citations
    assert all("de" in BY_ID[c.id].languages for c in answer.citations)


def test_first_steps_keep_the_participation_the_learner_asked_for(responder: OfflineResponder) -> None:
    from pathfinder.domain import Constraints

    profile = LearnerProfile(id="l", constraints=Constraints(participation=("online",)))
    answer = responder.reply("I want to learn cyber security", History(), profile)
    assert answer.citations
    assert all(BY_ID[c.id].participation == "online" for c in answer.citations)


def test_that_one_after_a_plan_with_no_step_is_the_first_closest_course(taxonomy: Taxonomy) -> None:
    from pathfinder.domain import UncoveredSkill

    def plan(profile, gap, creds, strategy):
        missing = UncoveredSkill(uri="http://x/s", label="s", reason="nothing teaches it")
        return Pathway(goal_label="data analyst", uncovered=(missing,))

    tools = AssistantTools(InMemoryIndex(CATALOGUE), taxonomy, gap_fn=lambda *a: None, plan_fn=plan)
    r = OfflineResponder(tools, lambda: TODAY)
    profile = LearnerProfile(id="l", goal=Goal(label="data analyst", skills=("http://x/s",)))
    shown = r.reply("plan my pathway", History(), profile)
    assert shown.pathway is not None and not shown.pathway.steps and shown.citations
    answer = r.reply("is that recognised anywhere?", History().add("plan my pathway", shown), profile)
    assert answer.intent == "explain" and answer.citations[0].id == shown.citations[0].id


def test_cheaper_after_one_course_explained_lists_cheaper_ones_on_its_subject(
    responder: OfflineResponder,
) -> None:
    first = "tell me about Advanced Cyber Security Operations"
    explained = responder.reply(first, History())
    assert explained.state.focus == "cyber-pro"
    answer = responder.reply("can you make that less expensive", History().add(first, explained))
    assert answer.intent == "refine" and answer.citations
    assert all(c.id != "cyber-pro" and (BY_ID[c.id].cost or 0) < 900 for c in answer.citations)


def test_a_number_beyond_a_short_list_asks_which_one_with_the_list(responder: OfflineResponder) -> None:
    first = "compare Python Basics and SQL for Analysts"
    compared = responder.reply(first, History())
    answer = responder.reply("tell me about the 4th one", History().add(first, compared))
    assert "?" in answer.text and [c.id for c in answer.citations] == ["py-basics", "sql-analysts"]


def test_a_topic_question_after_a_list_is_a_search_not_the_first_entry(responder: OfflineResponder) -> None:
    """'Gibt es auch etwas zu Python?' after a list is a topic of its own: a search on it, never the first
    entry of the list."""
    listed = responder.reply("cyber security courses", History())
    history = History().add("cyber security courses", listed)
    answer = responder.reply("Gibt es auch etwas zu Python?", history)
    assert answer.intent == "search" and "py-basics" in [c.id for c in answer.citations], answer.text


def _guess(text: str, intent: str, **kw) -> Parsed:
    """A message the classifier only guesses is `intent` (0.4)."""
    return Parsed(text=text, predicted=intent, confidence=0.4, ranked=((intent, 0.4), ("explore", 0.2)), **kw)


def test_where_to_begin_in_an_area_is_the_counsellors_opening() -> None:
    """A question about where to begin in an area that the classifier only guesses is a goal or a plan is the
    counsellor's opening; not when it names a job, nor after something was shown, nor when sure."""
    area = dict(topic="cloud", clause_goal="cloud", goal_english="cloud", lang="de")
    ask = "Wo fange ich an, wenn ich in die Cloud will?"
    fresh = DialogueState()
    for guessed in ("set_goal", "plan"):
        assert decide(_guess(ask, guessed, **area), fresh, suggestions_open=False, named=False) == "explore"
    job = decide(_guess(ask, "set_goal", **area), fresh, suggestions_open=False, named=False, names_job=True)
    assert job == "set_goal"
    shown = DialogueState(last_results=("py-basics", "sql-analysts"), listing="results")
    assert decide(_guess("kumpi ensin?", "plan"), shown, suggestions_open=False, named=False) != "explore"
    sure = _guess(ask, "set_goal", **area)
    sure.confidence = 0.7
    assert decide(sure, fresh, suggestions_open=False, named=False) == "set_goal"


def test_sure_thanks_after_a_plan_is_small_talk_not_a_replan(responder: OfflineResponder) -> None:
    profile = LearnerProfile(id="l", goal=Goal(label="data analysis", skills=()))
    shown = responder.reply("plan my pathway", History(), profile)
    history = History().add("plan my pathway", shown)
    answer = responder.reply("Cảm ơn nhiều nha, hữu ích lắm", history, profile)
    assert answer.intent == "smalltalk", answer.text
