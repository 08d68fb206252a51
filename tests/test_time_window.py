"""A time window is not a deadline (issue #12, session 13; the lead's trial 8): "what can I do in the first
three months?", "for the next 6 weeks?" asks what of the pathway fits in that time. The answer is the plan's
steps that start in the window, said as such, with what the whole plan adds after it; no deadline is saved (it
was saved as "Deadline: ..., Weeks: 13" and the plan cut to one card). "Finish within 3 months" stays a
deadline."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import answers, converse

from pathfinder.assistant.nlu.understand import understand
from pathfinder.assistant.offline import OfflineResponder
from pathfinder.domain import LearnerProfile

GOALS = {
    "en": "I want to become a data analyst, 3 hours a week",
    "de": "Ich möchte Datenanalyst werden, 3 Stunden pro Woche",
    "es": "Quiero ser analista de datos, 3 horas por semana",
    "fr": "Je veux devenir analyste de données, 3 heures par semaine",
    "fi": "Haluan data-analyytikoksi, 3 tuntia viikossa",
    "vi": "Tôi muốn trở thành chuyên viên phân tích dữ liệu, 3 giờ mỗi tuần",
    "hi": "मैं डेटा एनालिस्ट बनना चाहता हूँ, हफ्ते में 3 घंटे",
    "bn": "আমি ডেটা অ্যানালিস্ট হতে চাই, সপ্তাহে ৩ ঘণ্টা",
}
WINDOWS = [
    ("en", "what can I do in the first three months?", 13),
    ("en", "what can I do for the next 6 weeks?", 6),
    ("de", "was kann ich in den ersten drei Monaten machen?", 13),
    ("de", "was schaffe ich in den nächsten 6 Wochen?", 6),
    ("es", "¿qué puedo hacer en los primeros tres meses?", 13),
    ("es", "¿qué puedo hacer durante las próximas 6 semanas?", 6),
    ("fr", "que puis-je faire dans les trois premiers mois ?", 13),
    ("fi", "mitä voin tehdä ensimmäisten kolmen kuukauden aikana?", 13),
    ("fi", "mitä ehdin tehdä seuraavan 6 viikon aikana?", 6),
    ("vi", "trong ba tháng đầu tôi có thể học gì?", 13),
    ("vi", "trong 6 tuần tới tôi học được gì?", 6),
    ("hi", "पहले तीन महीनों में मैं क्या कर सकता हूँ?", 13),
    ("hi", "अगले 6 हफ्तों में क्या कर सकता हूँ?", 6),
    ("bn", "প্রথম তিন মাসে আমি কী করতে পারি?", 13),
    ("bn", "পরের ৬ সপ্তাহে কী করা যায়?", 6),
]


@pytest.mark.parametrize(("lang", "text", "weeks"), WINDOWS)
def test_a_window_is_read_in_every_language(lang: str, text: str, weeks: int) -> None:
    from pathfinder.assistant.time_window import window_weeks

    assert window_weeks(understand(text, date(2026, 3, 2), lang)) == weeks


@pytest.mark.parametrize(
    "text",
    ["I want to finish within 3 months", "done in the next 3 months please", "bis in drei Monaten fertig",
     "I can do 10 hours a week for the next 3 months", "quiero terminar en los próximos tres meses"],
)  # fmt: skip
def test_a_deadline_is_no_window(text: str) -> None:
    from pathfinder.assistant.time_window import window_weeks

    assert window_weeks(understand(text, date(2026, 3, 2), None)) is None


@pytest.mark.parametrize(("lang", "text", "weeks"), WINDOWS[::2])
def test_the_window_gets_the_plans_first_steps_and_saves_no_deadline(
    responder: OfflineResponder, lang: str, text: str, weeks: int
) -> None:
    learner = LearnerProfile(id=f"window-{lang}")
    history = converse(responder, GOALS[lang], text, learner=learner)
    plan, answer = answers(history)
    assert plan.pathway is not None and plan.pathway.steps, plan.text
    assert answer.pathway is not None and answer.pathway.ids == plan.pathway.ids, answer.text
    first = plan.pathway.steps[0]
    assert answer.citations and answer.citations[0].id == first.id, answer.text
    in_window = {s.id for s in plan.pathway.steps if s.start_week <= weeks}
    assert {c.id for c in answer.citations} >= in_window
    assert not any({"deadline", "weeks"} & set(c.fields) for c in answer.profile_changes), answer.text
    assert f"{weeks}" in answer.text.split("\n")[0], answer.text  # the window is said


def test_a_window_before_any_plan_plans_and_cuts(responder: OfflineResponder) -> None:
    learner = LearnerProfile(id="window-first")
    history = converse(
        responder,
        "I want to become a data analyst",
        "what could I do in the first 2 months?",
        learner=learner,
    )
    answer = answers(history)[-1]
    assert answer.pathway is not None and answer.pathway.steps, answer.text
    assert answer.citations and answer.citations[0].id == answer.pathway.steps[0].id
    assert not any({"deadline", "weeks"} & set(c.fields) for c in answer.profile_changes), answer.text
