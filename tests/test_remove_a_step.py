""" "Remove the math course, I hate math", "ohne den SQL-Kurs", "drop the second one", "without the German
ones" after a plan: the step is left out (rejected, never held), the plan re-run, and the reply says what was
left out (the lead's session-9 trial: a search for "remove math hate math")."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from pathfinder.assistant.offline import OfflineResponder
from pathfinder.assistant.tools import AssistantTools
from pathfinder.domain import Credential, Goal, LearnerProfile, Pathway, Step, Totals
from pathfinder.domain.dialogue import History
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.testing import InMemoryIndex

DATA = json.loads(Path(__file__).with_name("test_assistant_dialogues.json").read_text(encoding="utf-8"))
CATALOGUE = [Credential(**c) for c in DATA["catalogue"]]
BY_ID = {c.id: c for c in CATALOGUE}
PLANNED = ("sql-analysts", "stats-applied", "viz-intro")  # stats-applied is the German one


def _plan(profile: LearnerProfile, gap, creds, strategy) -> Pathway:
    ids = [i for i in PLANNED if i not in profile.preferences.rejected]
    steps = tuple(
        Step(id=i, title=BY_ID[i].title, start_week=n * 4 + 1, end_week=n * 4 + 4, hours=40)
        for n, i in enumerate(ids)
    )
    return Pathway(
        goal_label="data analyst", steps=steps, totals=Totals(hours=40 * len(ids), weeks=4 * len(ids))
    )


@pytest.fixture()
def responder(taxonomy: Taxonomy) -> OfflineResponder:
    tools = AssistantTools(InMemoryIndex(CATALOGUE), taxonomy, gap_fn=lambda *a: None, plan_fn=_plan)
    return OfflineResponder(tools, lambda: date(2026, 3, 2))


PROFILE = LearnerProfile(id="l", goal=Goal(label="data analyst", skills=("http://x/s",)))


@pytest.mark.parametrize(
    "said, gone",
    [
        ("remove the visualisation course, boring", "viz-intro"),
        ("ohne den SQL-Kurs bitte", "sql-analysts"),
        ("drop the third one", "viz-intro"),
    ],
)
def test_the_step_is_left_out_and_not_held(responder: OfflineResponder, said: str, gone: str) -> None:
    planned = responder.reply("plan my pathway", History(), PROFILE)
    assert [s.id for s in planned.pathway.steps] == list(PLANNED)
    answer = responder.reply(said, History().add("plan my pathway", planned), PROFILE)
    assert answer.pathway is not None and gone not in [s.id for s in answer.pathway.steps], answer.text
    assert len(answer.pathway.steps) == 2
    assert not [c for c in answer.profile_changes if c.credential is not None]  # not marked as done
    assert answer.citations[0].id == gone  # the reply names what it left out


def test_a_step_not_in_the_plan_is_asked_about(responder: OfflineResponder) -> None:
    planned = responder.reply("plan my pathway", History(), PROFILE)
    answer = responder.reply("remove the cloud course", History().add("plan my pathway", planned), PROFILE)
    assert answer.pathway is None and "leave out" in answer.text


def test_that_one_is_the_step_in_focus(responder: OfflineResponder) -> None:
    planned = responder.reply("plan my pathway", History(), PROFILE)
    history = History().add("plan my pathway", planned)
    card = responder.reply("tell me about the second one", history, PROFILE)
    assert card.state.focus == "stats-applied"
    answer = responder.reply("drop that one", history.add("tell me about the second one", card), PROFILE)
    assert answer.pathway is not None and "stats-applied" not in [s.id for s in answer.pathway.steps]


def test_a_language_ruled_out_is_a_limit_and_holds_nothing(responder: OfflineResponder) -> None:
    planned = responder.reply("plan my pathway", History(), PROFILE)
    answer = responder.reply(
        "without the German ones please", History().add("plan my pathway", planned), PROFILE
    )
    # a language ruled out is a limit (the dialogue branch's rule), not a step removed or held
    limits = [c.constraints.languages for c in answer.profile_changes if c.constraints is not None]
    assert limits and "de" not in limits[0], answer.text
    assert not [c for c in answer.profile_changes if c.credential is not None]


@pytest.mark.parametrize(
    "asked, most", [("what's the most expensive step?", "dearest"), ("and the longest one?", "longest")]
)
def test_the_dearest_or_longest_step_then_drop_that_one(
    responder: OfflineResponder, asked: str, most: str
) -> None:
    planned = responder.reply("plan my pathway", History(), PROFILE)
    history = History().add("plan my pathway", planned)
    card = responder.reply(asked, history, PROFILE)
    costs = {i: BY_ID[i].cost_eur or 0.0 for i in PLANNED}
    hours = {i: BY_ID[i].hours or 0.0 for i in PLANNED}
    want = max(PLANNED, key=(costs if most == "dearest" else hours).__getitem__)
    assert card.state.focus == want, card.text
    answer = responder.reply("drop that one", history.add(asked, card), PROFILE)
    assert answer.pathway is not None and want not in [s.id for s in answer.pathway.steps]
