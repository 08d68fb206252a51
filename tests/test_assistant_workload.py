"""'How many hours a week do I need (to finish by June)?' after a plan (issue #12, session 7 round 2):
answered from the plan's total hours and the weeks left until the deadline, in the learner's language, without
re-planning; without a deadline, the weeks at the learner's pace and a question for the date."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from pathfinder.assistant.offline import OfflineResponder
from pathfinder.assistant.tools import AssistantTools
from pathfinder.assistant.workload import asks_hours_needed, weekly_hours, weeks_until
from pathfinder.domain import Constraints, Credential, Goal, LearnerProfile, Pathway, Step, Totals
from pathfinder.domain.dialogue import History, apply_changes
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.testing import InMemoryIndex

DATA = json.loads(Path(__file__).with_name("test_assistant_dialogues.json").read_text(encoding="utf-8"))
CATALOGUE = [Credential(**c) for c in DATA["catalogue"]]
TODAY = date(2026, 3, 2)
FIRST, SECOND = CATALOGUE[0], CATALOGUE[1]
PLAN = Pathway(
    goal_label="data analyst",
    steps=(
        Step(id=FIRST.id, title=FIRST.title, start_week=1, end_week=20, hours=120),
        Step(id=SECOND.id, title=SECOND.title, start_week=21, end_week=60, hours=180),
    ),
    totals=Totals(hours=300, weeks=60),
)
ASKS = {
    "en": "how many hours a week do I need to finish by June?",
    "de": "wie viele Stunden pro Woche brauche ich, um bis Juni fertig zu sein?",
    "es": "¿cuántas horas a la semana necesito para terminar antes de junio?",
    "fr": "combien d'heures par semaine il me faut pour finir d'ici juin ?",
    "fi": "montako tuntia viikossa tarvitsen, jotta olen valmis kesäkuuhun mennessä?",
    "vi": "mỗi tuần cần bao nhiêu giờ để xong trước tháng 7?",
    "hi": "जून तक खत्म करने के लिए हर हफ्ते कितने घंटे चाहिए?",
    "bn": "জুনের মধ্যে শেষ করতে সপ্তাহে কত ঘণ্টা লাগবে?",
}


class _Planner:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, profile, gap, creds, strategy) -> Pathway:
        self.calls += 1
        return PLAN


def _shown(taxonomy: Taxonomy, profile: LearnerProfile) -> tuple[OfflineResponder, _Planner, History]:
    planner = _Planner()
    tools = AssistantTools(InMemoryIndex(CATALOGUE), taxonomy, gap_fn=lambda *a: None, plan_fn=planner)
    r = OfflineResponder(tools, lambda: TODAY)
    shown = r.reply("plan my pathway", History(), profile)
    assert shown.pathway is not None and shown.pathway.steps and planner.calls == 1
    return r, planner, History().add("plan my pathway", shown)


def _learner(**limits: object) -> LearnerProfile:
    goal = Goal(label="data analyst", skills=("http://x/s",))
    return LearnerProfile(id="l", goal=goal, languages=("en",), constraints=Constraints(**limits))


@pytest.mark.parametrize(
    "text",
    [*ASKS.values(), "how much time per week would that take", "isme kitne ghante lagenge har hafte"],
)
def test_questions_about_the_weekly_time_are_recognised(text: str) -> None:
    assert asks_hours_needed(text)


@pytest.mark.parametrize(
    "text", ["I have 6 hours a week", "ich habe 5 Stunden pro Woche", "what does it cost?", "tengo 4 horas"]
)
def test_statements_of_time_and_other_questions_are_not(text: str) -> None:
    assert not asks_hours_needed(text)


def test_the_weekly_hours_are_the_total_over_the_weeks_left_rounded_up_to_a_half_hour() -> None:
    assert weeks_until(TODAY, date(2026, 6, 30)) == 18  # 120 days
    assert weekly_hours(300, 18) == 17.0  # 16.67 -> 17
    assert weekly_hours(100, 8) == 12.5
    assert weeks_until(TODAY, TODAY) == 1  # never a division by zero


@pytest.mark.parametrize("lang", sorted(ASKS))
def test_after_a_plan_the_question_is_answered_from_its_totals_and_the_deadline(
    taxonomy: Taxonomy, lang: str
) -> None:
    r, planner, history = _shown(taxonomy, _learner())
    answer = r.reply(ASKS[lang], history, _learner())
    assert planner.calls == 1, "a question, not a re-plan"
    assert answer.state.language == lang and answer.intent == "plan"
    assert answer.citations and answer.citations[0].id == FIRST.id
    deadline = apply_changes(_learner(), answer.state.pending).constraints.deadline
    assert deadline is not None and deadline.month in (5, 6, 7), (
        "the deadline said is noted ('before June': 31 May)"
    )
    per_week = weekly_hours(300, weeks_until(TODAY, deadline))
    assert f"{per_week:g}" in answer.text and "300" in answer.text, answer.text
    assert answer.state.last_pathway == PLAN  # the plan shown stays the one to follow up on


def test_the_learners_saved_deadline_is_used_when_the_message_names_none(taxonomy: Taxonomy) -> None:
    learner = _learner(deadline=date(2026, 12, 31), hours_per_week=4)
    r, planner, history = _shown(taxonomy, learner)
    answer = r.reply("how many hours a week do I need for that?", history, learner)
    assert planner.calls == 1 and answer.intent == "plan"
    weeks = weeks_until(TODAY, date(2026, 12, 31))
    assert (
        f"({weeks} weeks from now)" in answer.text
        and f"**{weekly_hours(300, weeks):g} h a week**" in answer.text
    )


def test_without_a_deadline_it_says_how_long_at_the_learners_pace_and_asks_for_a_date(
    taxonomy: Taxonomy,
) -> None:
    learner = _learner(hours_per_week=6)
    r, planner, history = _shown(taxonomy, learner)
    answer = r.reply("how many hours a week do I need for that?", history, learner)
    assert planner.calls == 1
    assert "At 6 h a week it takes about 50 weeks" in answer.text
    assert "At 10 h a week it takes about 30 weeks" in answer.text
    assert "By when would you like to finish?" in answer.text


def test_a_lot_of_hours_a_week_is_said_to_be_a_lot(taxonomy: Taxonomy) -> None:
    r, _, history = _shown(taxonomy, _learner())
    answer = r.reply("how many hours a week do I need to be done in 4 weeks?", history, _learner())
    assert "That is a lot next to a job" in answer.text, answer.text


def test_without_a_plan_shown_the_question_is_not_taken_as_one_about_a_plan(taxonomy: Taxonomy) -> None:
    planner = _Planner()
    tools = AssistantTools(InMemoryIndex(CATALOGUE), taxonomy, gap_fn=lambda *a: None, plan_fn=planner)
    r = OfflineResponder(tools, lambda: TODAY)
    listed = r.reply("data courses", History())
    answer = r.reply("how many hours is the first one?", History().add("data courses", listed))
    assert "Your plan has" not in answer.text
