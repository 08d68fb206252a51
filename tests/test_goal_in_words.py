"""A profile whose goal came in words only (imported, or typed by an advisor: a label, no occupation, no
skills) is linked the way the chat links a goal and then planned, instead of answering "plan" with a search
list (issue #12)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from pathfinder.assistant.offline import OfflineResponder
from pathfinder.assistant.tools import AssistantTools
from pathfinder.domain import Credential, Goal, LearnerProfile
from pathfinder.domain.dialogue import History
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.testing import InMemoryIndex

DATA = json.loads((Path(__file__).parent / "test_assistant_dialogues.json").read_text(encoding="utf-8"))
CATALOGUE = [Credential(**c) for c in DATA["catalogue"]]
TODAY = date(2026, 3, 2)


def _planner():
    from pathfinder.planner import plan_pathway

    return lambda profile, gap, creds, strategy: plan_pathway(
        profile, gap, creds, strategy=strategy, today=TODAY
    )


def test_a_goal_label_alone_is_linked_and_planned(taxonomy: Taxonomy) -> None:
    responder = OfflineResponder(
        AssistantTools(InMemoryIndex(CATALOGUE), taxonomy, plan_fn=_planner()), lambda: TODAY
    )
    profile = LearnerProfile(id="imported", goal=Goal(label="data analyst"))
    answer = responder.reply("plan my pathway", History(), profile)
    assert answer.intent == "plan"
    assert answer.pathway is not None  # a plan, not a list of search results
    goals = [c.goal for c in answer.state.pending if c.kind == "set_goal" and c.goal is not None]
    assert goals and goals[0].occupation_uri == taxonomy.find_occupation("data analyst").uri


def test_words_that_link_to_nothing_still_get_what_the_catalogue_has(taxonomy: Taxonomy) -> None:
    responder = OfflineResponder(
        AssistantTools(InMemoryIndex(CATALOGUE), taxonomy, plan_fn=_planner()), lambda: TODAY
    )
    profile = LearnerProfile(id="imported", goal=Goal(label="zzqx wibble"))
    answer = responder.reply("plan my pathway", History(), profile)
    assert answer.pathway is None
