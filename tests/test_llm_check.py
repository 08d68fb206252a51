"""The #18 checks of `make llm-check` (pathfinder.assistant.llm.check) applied to the scripted fake server:
dialogues run offline and on the LLM path with a model that writes its tool calls as text, echoes tool
results, invents a course and a price; no problem may reach the learner. And the checks themselves catch
each kind of problem when it is there."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr

from pathfinder.assistant.llm.check import compare, turn_problems
from pathfinder.assistant.service import build_assistant
from pathfinder.assistant.tools import AssistantTools
from pathfinder.cli.dialogue_runner import DEFAULT_TODAY, Dialogue, run_all
from pathfinder.domain import Credential
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.testing import FakeOpenAIServer, FakeReply, InMemoryIndex, simple_plan

CATALOGUE = [
    Credential(**c)
    for c in json.loads(
        (Path(__file__).parent / "test_assistant_dialogues.json").read_text(encoding="utf-8")
    )["catalogue"]
]
BY_ID = {c.id: c for c in CATALOGUE}
LINES = [
    {
        "id": "fake-python",
        "lang": "en",
        "split": "tune",
        "turns": ["I am looking for python courses", "what does the first one cost?"],
        "expect": [
            {"intent_any": ["search"], "reply_language": "en", "citations": {"min": 1}, "not_dead_end": True},
            {"reply_language": "en", "not_dead_end": True},
        ],
    },
    {
        "id": "fake-cyber-de",
        "lang": "de",
        "split": "tune",
        "turns": ["Ich suche Kurse zur IT-Sicherheit auf Deutsch"],
        "expect": [{"reply_language": "de", "citations": {"min": 1}, "not_dead_end": True}],
    },
]
ANSWER = (
    '<tool_response>{"note": "Catalogue data"}</tool_response>\n'
    "Start with [Python Basics](https://uni-a.example/py) (py-basics); it costs $1,000 and takes 30 "
    "hours per week.\n- The **Google Python Professional Certificate** is popular.\n"
    "- [IT-Sicherheit kompakt](https://hs-d.example/it-sicherheit) (cyber-de) is taught online."
)


def misbehaving_model(body: dict[str, Any]) -> FakeReply:
    """As the small local model behaved in #18: a call written as text, then an answer with echoed tool
    results, an invented course and wrong facts next to real citations."""
    last = body["messages"][-1]
    if last["role"] == "tool" or "Tool results" in str(last.get("content")):
        return FakeReply(text=ANSWER)
    return FakeReply(text='```json\n{"name": "search_catalogue", "arguments": {"query": "python"}}\n```')


def runs(settings) -> tuple[dict, dict]:
    dialogues = [Dialogue(d["id"], tuple(d["turns"]), None, d) for d in LINES]

    def tools() -> AssistantTools:
        return AssistantTools(InMemoryIndex(CATALOGUE), Taxonomy(), plan_fn=simple_plan)

    offline = {r["id"]: r for r in run_all(build_assistant(settings, tools=tools()), dialogues)}
    with FakeOpenAIServer(script=misbehaving_model) as server:
        s = settings.model_copy(update={"openai_api_key": SecretStr("k"), "openai_base_url": server.base_url})
        llm = {r["id"]: r for r in run_all(build_assistant(s, tools=tools()), dialogues)}
    assert server.requests, "the LLM path asked the fake server"
    return offline, llm


def test_the_llm_check_passes_against_the_scripted_fake_server(settings) -> None:
    offline, llm = runs(settings)
    figures = compare(LINES, offline, llm, BY_ID, DEFAULT_TODAY, settings.llm_deadline_s)
    assert figures["problems"] == []
    assert figures["turns"] == 3 and figures["worse_than_offline"] == 0
    assert figures["answered_by_model"] + figures["fallback_to_offline"] == 3
    for result in llm.values():
        for turn in result["turns"]:
            for raw in ("<tool", '"name"', "Google Python", "$1,000", "30 hours per week"):
                assert raw not in turn["reply"]


GOOD = "Start with [Python Basics](https://uni-a.example/py) (py-basics)."


@pytest.mark.parametrize(
    ("reply", "extra", "problem"),
    [
        (GOOD + '\n{"name": "search_catalogue", "arguments": {"query": "x"}}', {}, "raw tool markup"),
        (GOOD + "\n<tool_response>[]</tool_response>", {}, "raw tool markup"),
        ("Take [Made Up](https://x.example/m) (made-up).", {}, "outside the catalogue"),
        (GOOD + " See https://evil.example/.", {}, "outside the catalogue"),
        ("Take [Python Basics](https://uni-a.example/py) (py-basics) for EUR 300.", {}, "contradicts"),
        (GOOD, {"seconds": 500.0}, "over the"),
        ("", {"error": "RuntimeError: boom"}, "crash"),
    ],
)
def test_each_problem_is_found(reply: str, extra: dict, problem: str) -> None:
    turn = {"user": "python?", "reply": reply, "citations": [], "responder": "llm", "seconds": 1.0, **extra}
    found = turn_problems(turn, BY_ID, deadline_s=90.0)
    assert any(problem in p for p in found), found
    assert turn_problems({**turn, "reply": GOOD, "seconds": 1.0, "error": None}, BY_ID, 90.0) == []


def test_a_turn_worse_than_offline_is_a_problem(settings) -> None:
    offline, llm = runs(settings)
    broken = json.loads(json.dumps(llm))
    broken["fake-cyber-de"]["turns"][0].update(reply="Keine Ahnung.", citations=[], responder="llm")
    figures = compare(LINES, offline, broken, BY_ID, DEFAULT_TODAY, settings.llm_deadline_s)
    assert figures["worse_than_offline"] == 1
    assert any("worse than offline" in p for p in figures["problems"])
