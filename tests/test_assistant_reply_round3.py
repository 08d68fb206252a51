"""Follow-ups that only make sense in context (issue #12, session 8): "why that order?" after a plan explains
the sequence, "what comes after that?" is about the course in focus, "which is the easiest?" picks one of the
entries shown, a skip said with a verb of any served language and an ordinal leaves that step out, and "last
year" is a time, not the last step."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from pathfinder.assistant.nlu.understand import ordinals
from pathfinder.assistant.offline import OfflineResponder
from pathfinder.assistant.policy import asks_after, asks_easiest, asks_order, asks_skip
from pathfinder.assistant.tools import AssistantTools
from pathfinder.domain import Credential, Goal, LearnerProfile, Pathway, Step, Totals
from pathfinder.domain.dialogue import History, apply_changes
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.testing import InMemoryIndex

DATA = json.loads(Path(__file__).with_name("test_assistant_dialogues.json").read_text(encoding="utf-8"))
CATALOGUE = [Credential(**c) for c in DATA["catalogue"]]
BY_ID = {c.id: c for c in CATALOGUE}
TODAY = date(2026, 3, 2)
# py-basics is a prerequisite of viz-intro: the plan puts it first
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


def _planned(r: OfflineResponder) -> History:
    return History().add("make me a plan", r.reply("make me a plan", History(), LEARNER))


@pytest.mark.parametrize(
    "text",
    ["why that order?", "warum diese Reihenfolge?", "¿por qué ese orden?", "pourquoi cet ordre ?",
     "miksi tuo järjestys?", "sao lại theo thứ tự đó?", "यह क्रम क्यों?", "এই ক্রমে কেন?"],
)  # fmt: skip
def test_why_that_order_after_a_plan_explains_the_sequence_with_its_steps(
    planner: OfflineResponder, text: str
) -> None:
    assert asks_order(text)
    answer = planner.reply(text, _planned(planner), LEARNER)
    assert answer.intent in ("why", "explain"), answer.text
    assert {c.id for c in answer.citations} >= {"py-basics", "viz-intro"}, answer.text
    assert "don't have a list" not in answer.text


def test_the_order_says_which_step_needs_which(planner: OfflineResponder) -> None:
    answer = planner.reply("why that order?", _planned(planner), LEARNER)
    line = next(x for x in answer.text.splitlines() if "(viz-intro)" in x and x.startswith("3."))
    assert "(py-basics)" in line and "requires" in line, answer.text


@pytest.mark.parametrize(
    "text", ["den ersten Schritt kann ich überspringen", "salta el primero", "ohita eka", "bỏ bước đầu"]
)
def test_a_skip_said_in_any_served_language_with_an_ordinal_marks_that_step_held(
    planner: OfflineResponder, text: str
) -> None:
    assert asks_skip(text)
    answer = planner.reply(text, _planned(planner), LEARNER)
    assert answer.intent == "skip_step", answer.text
    after = apply_changes(LEARNER, answer.state.pending)
    assert "py-basics" in after.held_credential_ids
    assert "py-basics" not in after.preferences.rejected


@pytest.mark.parametrize(
    "text", ["le RGPD je l'ai déjà suivi l'an dernier", "das hab ich letztes Jahr gemacht"]
)
def test_last_year_is_a_time_not_the_last_step(text: str) -> None:
    assert -1 not in ordinals(text)


def test_an_acronym_only_one_step_has_names_that_step_when_it_is_done(planner: OfflineResponder) -> None:
    answer = planner.reply("le SQL je l'ai déjà suivi l'an dernier", _planned(planner), LEARNER)
    held = apply_changes(LEARNER, answer.state.pending).held_credential_ids
    assert "sql-analysts" in held and "viz-intro" not in held, answer.text


@pytest.mark.parametrize(
    "text", ["what comes after that?", "was kommt danach?", "¿y qué puedo hacer después?", "et ensuite ?",
             "mitä sen jälkeen?", "học xong thì học tiếp gì?", "इसके बाद क्या करूँ?", "এর পরে কী?",
             "and what can I take after?", "what should I study afterwards?"],
)  # fmt: skip
def test_what_comes_after_the_course_in_focus_names_what_it_leads_on_to(
    planner: OfflineResponder, text: str
) -> None:
    assert asks_after(text)
    asked = "tell me about Python Basics"
    card = planner.reply(asked, History(), LEARNER)
    assert card.state.focus == "py-basics"
    answer = planner.reply(text, History().add(asked, card), LEARNER)
    assert answer.intent in ("explain", "requirements"), answer.text
    cited = {c.id for c in answer.citations}
    assert cited & {"viz-intro", "stats-applied"}, answer.text  # both list Python Basics as a prerequisite


@pytest.mark.parametrize(
    "text",
    ["which one is the easiest?", "Welches ist einfacher?", "¿cuál es el más fácil?", "সবচেয়ে সহজটা কোনটা?"],
)
def test_the_easiest_of_the_entries_shown_is_the_lowest_level_one(
    planner: OfflineResponder, text: str
) -> None:
    assert asks_easiest(text)
    asked = "compare Advanced Cyber Security Operations and Cybersecurity for Beginners"
    shown = planner.reply(asked, History(), LEARNER)
    assert {c.id for c in shown.citations} >= {"cyber-pro", "cyber-start"}, shown.text
    answer = planner.reply(text, History().add(asked, shown), LEARNER)
    assert answer.citations and answer.citations[0].id == "cyber-start", answer.text


@pytest.mark.parametrize("text", ["it's easy to say", "that was simple", "I'm looking for something"])
def test_statements_are_not_asking_for_the_easiest(text: str) -> None:
    assert not asks_easiest(text)


def test_the_certificate_after_a_plan_is_the_one_its_steps_count_towards(taxonomy: Taxonomy) -> None:
    parts = [c for c in CATALOGUE if any(s.target == "cert-data" for s in c.stacks_into)]
    assert parts, "the test catalogue stacks courses into its data certificate"
    plan = PLAN.model_copy(
        update={
            "steps": tuple(
                Step(id=c.id, title=c.title, start_week=1 + 4 * n, end_week=4 + 4 * n, hours=20)
                for n, c in enumerate(parts[:2])
            )
        }
    )
    tools = AssistantTools(
        InMemoryIndex(CATALOGUE), taxonomy, gap_fn=lambda *a: None, plan_fn=lambda *a, **k: plan
    )
    r = OfflineResponder(tools, lambda: TODAY)
    shown = r.reply("make me a plan", History(), LEARNER)
    for text in ("is the certificate at the end recognised?", "Ist das Zertifikat am Ende anerkannt?"):
        answer = r.reply(text, History().add("make me a plan", shown), LEARNER)
        assert answer.citations and answer.citations[0].id == "cert-data", answer.text


@pytest.mark.parametrize(
    "text, wanted, denied",
    [
        ("she doesn't read german well, only english ones please", ("en",), ("de",)),
        ("শুধু ইংরেজি কোর্স, জার্মান পারি না", ("en",), ("de",)),
    ],
)
def test_a_language_denied_is_not_wanted(text: str, wanted: tuple[str, ...], denied: tuple[str, ...]) -> None:
    from pathfinder.assistant.nlu.slots import extract

    s = extract(text, TODAY)
    assert s.wanted_languages == wanted and set(denied) <= set(s.denied_languages)


@pytest.mark.parametrize("text", ["dài quá", "অনেক লম্বা", "बहुत लंबा है", "demasiado largo"])
def test_too_long_asks_for_a_shorter_plan(text: str) -> None:
    from pathfinder.assistant.nlu.understand import understand

    assert "shorter" in understand(text, TODAY, None).refinements


def test_a_month_named_after_the_hours_is_a_deadline_not_hours_per_month() -> None:
    from pathfinder.assistant.nlu.slots import extract

    s = extract("Mỗi tuần mình học được khoảng 6 tiếng, muốn xong trước tháng 6", TODAY)
    assert s.hours_per_week == 6 and s.deadline is not None
    assert extract("mỗi tháng 20 tiếng", TODAY).hours_per_week == 4.5


@pytest.mark.parametrize(
    "text", ["was soll ich in welcher Reihenfolge machen?", "quelles formations et dans quel ordre ?"]
)
def test_asking_for_the_order_itself_is_not_asking_why(text: str) -> None:
    assert not asks_order(text)  # the plan answers it


def test_a_name_the_catalogue_lacks_is_said_plainly_even_with_a_course_in_focus(
    planner: OfflineResponder,
) -> None:
    asked = "tell me about Python Basics"
    card = planner.reply(asked, History(), LEARNER)
    answer = planner.reply(
        "and do you also have the AWS Certified Solutions Architect?", History().add(asked, card), LEARNER
    )
    assert "not in the catalogue" in answer.text, answer.text
    assert "py-basics" not in {c.id for c in answer.citations}


@pytest.mark.parametrize(
    "text",
    ["what should he study?", "was soll er als erstes machen", "¿qué tendría que estudiar?",
     "qu'est-ce qu'il devrait suivre ?", "mitä hänen kannattaa opiskella?", "cô ấy nên học gì?",
     "usko kya kya padhna hoga?", "ওর কী কী পড়তে হবে?"],
)  # fmt: skip
def test_what_to_study_once_the_goal_is_known_is_answered_with_the_plan(
    planner: OfflineResponder, text: str
) -> None:
    from pathfinder.assistant.policy import asks_what_to_study

    assert asks_what_to_study(text)
    answer = planner.reply(text, History(), LEARNER)
    assert answer.intent == "plan" and answer.pathway is not None and answer.pathway.steps, answer.text


def test_in_which_order_after_a_certificates_parts_lists_them_in_order(planner: OfflineResponder) -> None:
    asked = "what do I need for the Certificate in Data Analysis?"
    shown = planner.reply(asked, History(), LEARNER)
    assert shown.state.focus == "cert-data", shown.text
    answer = planner.reply("in welcher Reihenfolge am besten?", History().add(asked, shown), LEARNER)
    assert answer.intent == "requirements", answer.text
    parts = {c.id for c in CATALOGUE if any(s.target == "cert-data" for s in c.stacks_into)}
    assert parts <= {c.id for c in answer.citations}, answer.text


def test_an_acronym_of_one_title_names_it_only_in_a_reference(taxonomy: Taxonomy) -> None:
    tools = AssistantTools(InMemoryIndex(CATALOGUE), taxonomy)
    owned = [c for c in CATALOGUE if "SQL" in c.title.split()]
    assert len(owned) == 1
    assert tools.lexicon.acronym_title("y qué viene después del de SQL?") == owned[0].id
    assert tools.lexicon.acronym_title("what comes after sql?") is None  # not written as an acronym


@pytest.mark.parametrize("text", ["Kannst du mir einfach einen Plan machen?", "vielleicht?", "Is it easy?"])
def test_everyday_words_are_not_asking_for_the_easiest(text: str) -> None:
    assert not asks_easiest(text)


@pytest.mark.parametrize(
    "text", ["quiero aprender SQL y luego Python", "ich freue mich darauf", "I want to take it after work"]
)
def test_then_inside_a_statement_is_not_asking_what_comes_after(text: str) -> None:
    assert not asks_after(text)


def test_in_order_to_is_no_question_about_the_order() -> None:
    assert not asks_order("why do I need it in order to become an analyst?")
