"""Units of the assistant: slot extraction, grounding, memory trimming and follow-up rewriting, the fake
model."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from pathfinder.assistant.grounding import cite, ground
from pathfinder.assistant.intents import parse
from pathfinder.assistant.memory import history_messages, rewrite_followup
from pathfinder.domain import SearchFilters
from pathfinder.domain.dialogue import Answer, DialogueState, History
from pathfinder.testing import FakeChatModel

TODAY = date(2026, 3, 2)


@pytest.mark.parametrize(
    "message, intent, slots",
    [
        (
            "beginner cybersecurity, online, in German, under 100 EUR",
            "search",
            dict(
                topic="cybersecurity", languages=("de",), participation=("online",), max_cost=100.0, eqf_max=4
            ),
        ),
        ("cursos de python en español", "search", dict(languages=("es",))),
        ("data courses auf Deutsch for free", "search", dict(languages=("de",), max_cost=0.0)),
        (
            "5 hours a week, done by June, EUR 800",
            "set_constraints",
            dict(hours_per_week=5.0, deadline=date(2026, 6, 30), budget=800.0, max_cost=None),
        ),
        ("I can spend 1.5k and finish within 3 months", "set_constraints", dict(budget=1500.0, weeks=13)),
        (
            "I'm a teacher moving into data analysis",
            "set_goal",
            dict(goal_text="data analysis", current_role="teacher"),
        ),
        (
            "I know Python and SQL, a bit of Linux",
            "state_skills",
            dict(skills=(("python", "intermediate"), ("sql", "intermediate"), ("linux", "basic"))),
        ),
        ("compare 1 and 3", "compare", dict(ordinals=(1, 3))),
        ("the second one", "select", dict(ordinals=(2,))),
        ("skip the first step", "skip_step", dict(ordinals=(1,))),
        ("cheaper", "refine", dict(refinements=("cheaper",))),
        ("why that one?", "why", {}),
        ("what does it require?", "requirements", {}),
        ("hello!", "smalltalk", {}),
    ],
)
def test_parse(message: str, intent: str, slots: dict) -> None:
    p = parse(message, TODAY)
    assert p.intent == intent
    for key, value in slots.items():
        assert getattr(p, key) == value, key


@given(st.text(max_size=200))
@hsettings(max_examples=150, deadline=None)
def test_parse_never_crashes(text: str) -> None:
    p = parse(text, TODAY)
    assert isinstance(p.intents, list)


def test_ground_keeps_real_repairs_links_and_drops_invented(catalogue) -> None:
    by_id = {c.id: c for c in catalogue}
    titles = {c.title.lower(): c.id for c in catalogue}
    text = (
        "1. [Python Basics](https://phish.example) (py-1)\n2. [Made Up](https://x) (zz-9)\n"
        "See also [SQL for Analysts](http://y) and Applied Statistics. (id: py-1)"
    )
    g = ground(text, by_id.get, titles, retrieved=[by_id["stats-1"]])
    assert [c.id for c in g.citations] == ["py-1", "sql-1", "stats-1"]
    assert g.flagged == ("zz-9",)
    assert "phish" not in g.text and "Made Up" not in g.text and cite(by_id["stats-1"]) in g.text


def _history(n: int) -> History:
    h = History()
    for i in range(n):
        h = h.add(f"question {i} " + "word " * 50, Answer(text=f"answer {i} " + "word " * 50))
    return h


def test_history_is_trimmed_to_the_token_budget() -> None:
    from pathfinder.index.tokens import count_tokens

    messages = history_messages(_history(20), budget=600)
    assert 2 <= len(messages) < 40
    assert sum(count_tokens(m.content) for m in messages) <= 600
    assert messages[0].type == "human" and messages[-1].content.startswith("answer 19")


def test_followup_is_rewritten_into_a_standalone_query() -> None:
    state = DialogueState(last_query="python", last_filters=SearchFilters(participation=("online",)))
    assert rewrite_followup("cheaper?", state) == "python (online), cheaper than the results shown"
    assert rewrite_followup("in German", state) == "python (online), in de"
    assert rewrite_followup("I want to become a nurse", state) is None
    assert rewrite_followup("cheaper", DialogueState()) is None


def test_fake_chat_model_drives_the_llm_responder(settings, catalogue) -> None:
    from langchain_core.messages import AIMessage

    from pathfinder.assistant.service import build_assistant
    from pathfinder.assistant.tools import AssistantTools
    from pathfinder.domain.taxonomy import Taxonomy
    from pathfinder.testing import InMemoryIndex

    model = FakeChatModel(
        [
            AIMessage(
                content="", tool_calls=[{"name": "search_catalogue", "args": {"query": "python"}, "id": "c1"}]
            ),
            "Try [Python Basics](u) (py-1) or [Python Wizardry](u) (wiz-1).",
        ]
    )
    tools = AssistantTools(InMemoryIndex(catalogue), Taxonomy())
    answer = build_assistant(settings, tools=tools, model=model).reply("python")
    assert [c.id for c in answer.citations] == ["py-1"] and answer.flagged == ("wiz-1",)
    assert model.calls[1][-1].type == "tool" and '"py-1"' in model.calls[1][-1].content


def test_a_stated_limit_is_summarised_with_its_value():
    """'Saved to your profile' shows what was saved ('Time: 10 h/week, Budget: EUR 800'), not field names."""
    from pathfinder.assistant.intents import parse
    from pathfinder.assistant.profile_changes import _constraints, combine

    change = _constraints(parse("10 hours a week, EUR 800 at most"), "set_constraints")
    assert change is not None
    assert "10 h" in change.summary and "800" in change.summary and "Set " not in change.summary
    later = _constraints(parse("and 4 hours per week instead"), "set_constraints")
    assert later is not None
    (merged,) = combine([change, later])
    assert "4 h" in merged.summary and "800" in merged.summary and "10 h" not in merged.summary


def test_a_certificate_is_never_listed_as_free_with_its_courses_hours():
    """A certificate's hours and price are its courses' (issue #14): the line says how it is earned and that
    its courses are paid separately, not '495 h · free'; a course keeps its hours and price."""
    from pathfinder.assistant.markdown import credential_line
    from pathfinder.domain import Credential

    common = dict(provider="P", url="https://p.example/x", languages=("en",), eqf_level=6)
    cert = Credential(
        id="c-cert", title="Cert", kind="certificate", ects=18, stack_ects_required=16, cost=0, **common
    )
    line = credential_line(1, cert)
    assert "16 ECTS" in line and "paid separately" in line and "free" not in line and " h " not in line
    course = Credential(id="c-1", title="Course", ects=4, hours=110, cost=0, **common)
    assert "110 h" in credential_line(1, course) and "free" in credential_line(1, course)
