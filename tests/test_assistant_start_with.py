"""'Which one do I start with?' (issue #12, session 7 round 2): after a certificate's parts were listed,
its first part in prerequisite order, cited; after a course, its first prerequisite not held yet; after a
plan, its first step. In the learner's language; "when does it start?" asks for a date, not where to begin."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from pathfinder.assistant.offline import OfflineResponder
from pathfinder.assistant.picks import in_order
from pathfinder.assistant.policy import asks_start
from pathfinder.assistant.tools import AssistantTools
from pathfinder.domain import Credential, LearnerProfile
from pathfinder.domain.dialogue import History
from pathfinder.domain.learners import HeldCredential
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.testing import InMemoryIndex

DATA = json.loads(Path(__file__).with_name("test_assistant_dialogues.json").read_text(encoding="utf-8"))
CATALOGUE = [Credential(**c) for c in DATA["catalogue"]]
TODAY = date(2026, 3, 2)
ASK_CERT = "what do I need for the Certificate in Data Analysis and in what order?"
STARTS = {
    "en": "which one do I start with?",
    "de": "Womit fange ich an?",
    "es": "¿por cuál empiezo?",
    "fr": "par lequel je commence ?",
    "fi": "mistä aloitan?",
    "vi": "bắt đầu từ khóa nào?",
    "hi": "पहले कौन सा करूँ?",
    "bn": "কোনটা দিয়ে শুরু করব?",
}
OPENING = {"en": "Start with", "de": "Beginnen Sie mit", "fr": "Commencez par", "hi": "से शुरू करें"}


@pytest.mark.parametrize("text", STARTS.values())
def test_questions_about_where_to_begin_are_recognised(text: str) -> None:
    assert asks_start(text)


@pytest.mark.parametrize(
    "text", ["when does it start?", "wann beginnt der Kurs?", "I started a new job", "which is cheaper?"]
)
def test_dates_statements_and_other_picks_are_not(text: str) -> None:
    assert not asks_start(text)


def test_the_order_puts_each_after_its_prerequisites_among_them() -> None:
    a = Credential(id="a", title="A", provider="p", prerequisites=("b",), eqf_level=3)
    b = Credential(id="b", title="B", provider="p", prerequisites=("x", "y"), eqf_level=5)
    c = Credential(id="c", title="C", provider="p", eqf_level=4)
    assert [x.id for x in in_order([a, b, c])] == ["c", "b", "a"]


@pytest.mark.parametrize("lang", sorted(STARTS))
def test_after_a_certificates_parts_the_first_part_in_order_is_the_answer(
    responder: OfflineResponder, lang: str
) -> None:
    listed = responder.reply(ASK_CERT, History())
    assert listed.intent == "requirements"
    parts = [c.id for c in listed.citations if c.id != "cert-data"]
    assert parts[:1] == ["sql-analysts"], listed.text  # the listing's own first part
    answer = responder.reply(STARTS[lang], History().add(ASK_CERT, listed))
    assert answer.citations and answer.citations[0].id == "sql-analysts", answer.text
    assert answer.intent in ("select", "explain")
    if lang in OPENING:
        assert OPENING[lang] in answer.text.split("\n")[0], answer.text


def test_after_a_course_the_first_prerequisite_not_held_is_where_to_begin(
    responder: OfflineResponder,
) -> None:
    asked = "tell me about Advanced Cyber Security Operations"
    card = responder.reply(asked, History())
    assert card.state.focus == "cyber-pro"
    answer = responder.reply("where should I start?", History().add(asked, card))
    assert answer.citations[0].id == "cyber-start", answer.text
    held = LearnerProfile(
        id="l", credentials=(HeldCredential(id="cyber-start", title="Cybersecurity for Beginners"),)
    )
    answer = responder.reply("where should I start?", History().add(asked, card), held)
    assert answer.citations[0].id == "cyber-pro", answer.text  # nothing before it is missing


@pytest.mark.parametrize(
    "text, first_step",
    [
        ("what should he study first?", True),
        ("was soll sie zuerst lernen?", True),
        ("anh ấy nên bắt đầu từ khóa nào?", True),
        ("she already did the first one last year", False),  # a statement: the step is skipped
    ],
)
def test_a_question_about_the_client_is_about_the_clients_plan_not_the_course_in_focus(
    taxonomy: Taxonomy, text: str, first_step: bool
) -> None:
    from pathfinder.domain import Goal, Pathway, Step, Totals

    first, second = CATALOGUE[0], CATALOGUE[1]
    plan = Pathway(
        goal_label="data analyst",
        steps=(
            Step(id=first.id, title=first.title, start_week=1, end_week=4, hours=20),
            Step(id=second.id, title=second.title, start_week=5, end_week=9, hours=25),
        ),
        totals=Totals(hours=45, weeks=9),
    )
    tools = AssistantTools(
        InMemoryIndex(CATALOGUE), taxonomy, gap_fn=lambda *a: None, plan_fn=lambda *a, **k: plan
    )
    r = OfflineResponder(tools, lambda: TODAY)
    client = LearnerProfile(id="c", goal=Goal(label="data analyst", skills=("http://x/s",)))
    shown = r.reply("make a plan for him", History(), client)
    history = History().add("make a plan for him", shown)
    asked = f"tell me about {second.title}"
    card = r.reply(asked, history, client)
    assert card.state.focus == second.id
    answer = r.reply(text, history.add(asked, card), client)
    if first_step:
        assert answer.citations and answer.citations[0].id == first.id, answer.text
    else:
        assert answer.intent == "skip_step" and not answer.text.startswith("Start with"), answer.text
