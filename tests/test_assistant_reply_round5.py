"""Replies that follow the learner (issue #12, session 9 round 2): the reply language is that of the learner's
own words, not of a course title quoted in them (exactly, with a typo, or a name the catalogue lacks). The
phrasings here are not those of the dialogue set that revealed the faults."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from conftest import converse

from pathfinder.assistant.offline import OfflineResponder
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
def responder(make_responder) -> OfflineResponder:
    return make_responder(gap_fn=lambda *a: None, plan_fn=lambda *a, **k: PLAN)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Was kostet Cloud Monitorng and Reporting?", "de"),  # a typo in the title
        ("Kerro kurssista Cloud Monitoring and Reportng", "fi"),
        ("Infos zu Business Inteligence Foundations bitte", "de"),
        ("¿Qué nivel tiene Advanced Cyber Security Operations?", "es"),  # the title as it is
        (
            "Gibt es bei euch den Google Data Analytics Professional Certificate?",
            "de",
        ),  # not in the catalogue
        ("Onko teillä Microsoft Azure Administrator Certification?", "fi"),
        ("Tell me more about Cloud Monitoring and Reportng", "en"),
        ("any security compliance courses for the cloud?", "en"),  # words of a title, not the title
    ],
)
def test_a_first_message_quoting_an_english_title_is_answered_in_the_learners_language(
    responder: OfflineResponder, text: str, lang: str
) -> None:
    answer = responder.reply(text, History(), LearnerProfile(id="x"))
    assert answer.state.language == lang, answer.text


def test_chi_phi_is_a_cost_not_free() -> None:
    from pathfinder.assistant.nlu.slots import extract

    assert not extract("học phí khóa này bao nhiêu?", TODAY, "vi").free  # a fee
    assert extract("có khóa nào miễn phí không?", TODAY, "vi").free


@pytest.mark.parametrize(
    "text",
    ["what would all of them cost together?", "und was kostet das alles zusammen?", "¿y el precio total?",
     "combien pour l'ensemble, au total ?", "entä kokonaishinta?", "tổng chi phí là bao nhiêu?",
     "कुल खर्च कितना होगा?", "how long is the whole lot going to take?"],
)  # fmt: skip
def test_a_total_asked_after_a_list_with_no_goal_adds_the_list_up(
    responder: OfflineResponder, text: str
) -> None:
    learner = LearnerProfile(id="nobody")
    history = converse(responder, "show me security courses", learner=learner)
    shown = history.turns[-1].answer
    assert shown is not None and shown.state.listing == "results"
    answer = responder.reply(text, history, learner)
    assert answer.intent == "explain", answer.text
    assert answer.pathway is None
    n = len(shown.state.last_results)
    assert f"{n} " in answer.text and "1,294" in answer.text, answer.text  # 250 + 900 + 49 + 95 EUR
    assert answer.state.focus is None  # no course taken for the whole list


@pytest.mark.parametrize(
    "text",
    ["and what's the total cost?", "wie lange dauert das Ganze insgesamt?", "y todo junto, ¿cuánto cuesta?"],
)
def test_a_total_asked_after_a_list_with_a_goal_known_is_the_plan_with_its_totals(
    responder: OfflineResponder, text: str
) -> None:
    history = converse(responder, "show me security courses", learner=LEARNER)
    answer = responder.reply(text, history, LEARNER)
    assert answer.intent == "plan", answer.text
    assert answer.pathway is not None and answer.pathway.steps


@pytest.mark.parametrize(
    ("text", "lang"),
    [("which EQF level will I be at when I finish?", "en"),
     ("auf welchem EQR-Niveau lande ich am Ende?", "de"), ("¿qué nivel EQF alcanzo al final?", "es"),
     ("au bout du parcours j'atteins quel niveau CEC ?", "fr"),
     ("mille EQF-tasolle päädyn lopussa?", "fi"), ("cuối cùng tôi đạt trình độ EQF mấy?", "vi")],
)  # fmt: skip
def test_the_level_a_plan_ends_at_is_answered_not_the_plan_again(
    responder: OfflineResponder, text: str, lang: str
) -> None:
    history = converse(responder, "make me a plan", learner=LEARNER)
    answer = responder.reply(text, history, LEARNER)
    assert answer.intent == "explain", answer.text
    assert answer.pathway is None, answer.text
    assert "5" in answer.text and "viz-intro" in {c.id for c in answer.citations}, (
        answer.text
    )  # the last step
    assert answer.state.language == lang


@pytest.mark.parametrize(
    "text",
    ["are any of those taught in German?", "gibt es davon welche auf Deutsch?",
     "¿alguno de esos está en alemán?", "lesquels sont en allemand ?", "onko niistä joku saksaksi?",
     "इनमें से कोई जर्मन में है?"],
)  # fmt: skip
def test_a_language_asked_of_a_list_filters_it_and_leaves_the_profile_alone(
    responder: OfflineResponder, text: str
) -> None:
    learner = LearnerProfile(id="asker")
    history = converse(responder, "show me security courses", learner=learner)
    answer = responder.reply(text, history, learner)
    assert not any("languages" in c.fields for c in answer.profile_changes), answer.profile_changes
    cited = {c.id for c in answer.citations}
    assert cited == {"cyber-start", "cyber-de"}, answer.text  # the two German entries of the four shown
    assert answer.state.last_results and set(answer.state.last_results) == cited


def test_a_language_asked_of_a_list_with_none_in_it_says_so_and_searches_without_saving(
    responder: OfflineResponder,
) -> None:
    learner = LearnerProfile(id="asker")
    history = converse(responder, "show me security courses", learner=learner)
    answer = responder.reply("do any of these come in Spanish?", history, learner)
    assert not any("languages" in c.fields for c in answer.profile_changes), answer.profile_changes
    assert "unchanged" in answer.text, answer.text


def test_a_language_limit_stated_after_a_list_is_still_saved(responder: OfflineResponder) -> None:
    learner = LearnerProfile(id="limiter")
    history = converse(responder, "show me security courses", learner=learner)
    answer = responder.reply("only German ones please", history, learner)
    assert any("languages" in c.fields for c in answer.profile_changes), answer.text


@pytest.mark.parametrize(
    ("text", "lang"),
    [("kannst du mir einen Lernweg bauen?", "de"), ("tu peux me préparer un parcours ?", "fr")],
)
def test_a_preview_with_another_language_and_a_change_has_no_only_this_language_note(
    taxonomy: Taxonomy, text: str, lang: str
) -> None:
    """Nothing in the conversation's language within the budget: the plan previewed with English added and
    one change says so in its lead-in; no note may then claim that only courses in the conversation's
    language are planned, nor list the English steps as taught in another language."""
    from pathfinder.assistant.i18n import language_label, replying_in, t
    from pathfinder.domain import Constraints, Relaxation

    # (a change under FAR_OVER_BUDGET times the budget: a far one is "nothing fits", session 29's trial29)
    budget = Relaxation(constraint="budget", current=50.0, needed=200.0, message="EUR 150 more (EUR 200).")

    def plan(profile: LearnerProfile, gap, credentials, strategy) -> Pathway:
        english = "en" in (*profile.languages, *profile.constraints.languages)
        if english and (profile.constraints.budget or 0) >= 200:
            return PLAN
        widen = Relaxation(constraint="languages", current=lang, needed="en", message="Allow courses in en.")
        return Pathway(goal_label="data analyst", relaxations=(budget,) if english else (budget, widen))

    tools = AssistantTools(InMemoryIndex(CATALOGUE), taxonomy, gap_fn=lambda *a: None, plan_fn=plan)
    learner = LEARNER.model_copy(update={"constraints": Constraints(budget=50, currency="EUR")})
    answer = OfflineResponder(tools, lambda: TODAY).reply(text, History(), learner)
    assert answer.pathway is not None and answer.pathway.steps, answer.text
    with replying_in(lang):
        note = t("pref_note", name=language_label(lang))
    assert answer.state.language == lang
    assert note not in answer.text, answer.text
    assert "Python Basics" in answer.text and answer.text.count("Python Basics") == 1, answer.text


@pytest.mark.parametrize(
    ("text", "lang"), [("Netzwerk Grundlagen Kurs online", "de"), ("Curso Redes Avanzado en línea", "es")]
)
def test_a_name_in_the_learners_own_language_with_nothing_around_it_keeps_that_language(
    responder: OfflineResponder, text: str, lang: str
) -> None:
    answer = responder.reply(text, History(), LearnerProfile(id="x"))
    assert answer.state.language == lang, answer.text


def test_mien_phi_is_free_in_a_vietnamese_search() -> None:
    from pathfinder.assistant.nlu.understand import understand

    p = understand("có khóa học lập trình nào miễn phí không?", TODAY)
    assert p.max_cost == 0 or p.free, p


def test_the_end_level_names_the_highest_step_and_the_certificate_earned() -> None:
    from pathfinder.assistant.summaries import end_level

    by_id = {c.id: c for c in CATALOGUE}
    steps = (
        Step(id="mining-1", title="Data Mining in Practice", start_week=1, end_week=4, hours=20),  # EQF 6
        Step(id="viz-intro", title="Data Visualisation Essentials", start_week=5, end_week=8, hours=20),  # 5
    )
    plan = Pathway(goal_label="data analyst", steps=steps, stacks_earned=("cert-data",))
    text, cited = end_level(plan, by_id.get)
    assert "**EQF level 5**" in text and "level 6: " in text and "Certificate in Data Analysis" in text, text
    assert [c.id for c in cited] == ["viz-intro", "cert-data", "mining-1"]


def test_a_lists_total_leaves_certificates_out_and_counts_unpriced_entries() -> None:
    from pathfinder.assistant.summaries import list_totals

    by_id = {c.id: c for c in CATALOGUE}
    unpriced = by_id["py-basics"].model_copy(update={"id": "nop", "cost": None})
    text = list_totals([by_id["cert-data"], by_id["sql-analysts"], by_id["viz-intro"], unpriced])
    assert text.startswith("The 3 courses listed") and "EUR 200" in text, text  # 120 + 80
    assert "1 of them state no price" in text, text
