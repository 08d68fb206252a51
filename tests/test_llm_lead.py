"""The lead path (PATHFINDER_LLM_MODE=lead) against the scripted fake server: one request without tools per
turn, the model's checked opening above the offline answer; an opening that cannot be used (wrong language,
too long, invented names and facts, tool markup) gives the offline answer; the #18 checks judge the model's
own words and pass."""

from __future__ import annotations

from typing import Any

from pydantic import SecretStr
from test_llm_check import BY_ID, CATALOGUE, LINES

from pathfinder.assistant.llm.check import compare, turn_problems
from pathfinder.assistant.llm.lead import catalogue_text, opening, repeats
from pathfinder.assistant.service import build_assistant
from pathfinder.assistant.tools import AssistantTools
from pathfinder.cli.dialogue_runner import DEFAULT_TODAY, Dialogue, run_all
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.testing import FakeOpenAIServer, FakeReply, InMemoryIndex, simple_plan

OPENING = "Here are catalogue courses that match what you asked for; the first one is a good start."


def lead_model(body: dict[str, Any]) -> FakeReply:
    """A good English opening; in a German conversation an English one (the gate must catch it)."""
    return FakeReply(text=OPENING)


def lead_runs(settings, script) -> tuple[dict, dict, FakeOpenAIServer]:
    dialogues = [Dialogue(d["id"], tuple(d["turns"]), None, d) for d in LINES]

    def tools() -> AssistantTools:
        return AssistantTools(InMemoryIndex(CATALOGUE), Taxonomy(), plan_fn=simple_plan)

    offline = {r["id"]: r for r in run_all(build_assistant(settings, tools=tools()), dialogues)}
    with FakeOpenAIServer(script=script) as server:
        s = settings.model_copy(
            update={
                "openai_api_key": SecretStr("k"),
                "openai_base_url": server.base_url,
                "llm_mode": "lead",
            }
        )
        llm = {r["id"]: r for r in run_all(build_assistant(s, tools=tools()), dialogues)}
    return offline, llm, server


def test_the_lead_path_puts_the_checked_opening_above_the_offline_answer(settings) -> None:
    offline, llm, server = lead_runs(settings, lead_model)
    assert len(server.requests) == 3  # one request per turn
    assert all("tools" not in body and body["max_tokens"] == 100 for body in server.requests)
    figures = compare(LINES, offline, llm, BY_ID, DEFAULT_TODAY, settings.llm_deadline_s)
    assert figures["problems"] == [] and figures["worse_than_offline"] == 0
    english = llm["fake-python"]["turns"]
    for turn, off in zip(english, offline["fake-python"]["turns"], strict=True):
        assert turn["responder"] == "llm" and turn["model_text"] == OPENING
        assert turn["reply"] == f"{OPENING}\n\n{off['reply']}"
        assert turn["citations"] == off["citations"]
    german = llm["fake-cyber-de"]["turns"][0]  # an English opening in a German conversation
    assert german["responder"] == "offline" and OPENING not in german["reply"]
    assert figures["answered_by_model"] == 2 and figures["fallback_to_offline"] == 1


def test_the_model_reads_the_offline_answer_without_links() -> None:
    text = "> a note\nTake [Python Basics](https://uni-a.example/py) (py-basics) first."
    assert catalogue_text(text) == "Take Python Basics first."
    assert catalogue_text("line one\n" + "x" * 2000, limit=100) == "line one\n…"
    latin = "a\n" + "x " * 150 + "\n" + "x " * 300 + "\n" + "x" * 2000
    assert len(catalogue_text(latin)) == 905  # up to 1,200 characters, whole lines
    assert len(catalogue_text(latin.replace("x", "क"))) == 304  # a third for Devanagari


BAD_OPENINGS = [
    "Start with the **Google Python Professional Certificate**, it costs $1,000.",
    '```json\n{"name": "search_catalogue", "arguments": {"query": "python"}}\n```',
    "\n".join(f"- item {n}." for n in range(8)),
    "",
]


def test_an_opening_that_cannot_be_used_gives_the_offline_answer(settings) -> None:
    for bad in BAD_OPENINGS:
        offline, llm, _ = lead_runs(settings, lambda body, bad=bad: FakeReply(text=bad))
        figures = compare(LINES, offline, llm, BY_ID, DEFAULT_TODAY, settings.llm_deadline_s)
        assert figures["problems"] == [], bad
        for result in llm.values():
            for turn in result["turns"]:
                assert "Google Python" not in turn["reply"] and '"name"' not in turn["reply"]
                assert "item 7" not in turn["reply"]
                if turn["responder"] == "llm":  # what is left after the checks is a short opening
                    assert turn["model_text"] and turn["reply"].startswith(turn["model_text"])


def test_the_fact_check_judges_the_models_own_words() -> None:
    offline_part = "Take [Python Basics](https://uni-a.example/py) (py-basics) for EUR 300."
    turn = {"user": "python?", "citations": [], "responder": "llm", "seconds": 1.0}
    ok = {**turn, "reply": f"{OPENING}\n\n{offline_part}", "model_text": OPENING}
    assert turn_problems(ok, BY_ID, 90.0) == []
    bad = {**turn, "reply": offline_part, "model_text": offline_part}
    assert any("contradicts" in p for p in turn_problems(bad, BY_ID, 90.0))


def test_the_opening_is_what_the_model_wrote_trimmed_to_a_few_sentences() -> None:
    assert opening('Sure, here is an opening:\n\n"You asked for free courses. Here they are."', None) == (
        "You asked for free courses. Here they are."
    )
    assert opening("One. Two! Three? Four. Five.", None) == "One. Two! Three?"
    assert opening("You asked for python. The first one is a good start, and", "length") == (
        "You asked for python."
    )
    assert opening("A sentence cut in the middle and", "length") == ""
    assert opening("- a list item.\n- another one.", None) == ""
    assert opening("## A heading", None) == ""


def test_an_opening_that_copies_the_answer_is_found() -> None:
    answer = (
        "Noted: you work as a **warehouse clerk**.\n[Python Basics](https://uni-a.example/py) (py-basics)."
    )
    assert repeats("Noted: you work as a warehouse clerk.", answer)
    assert repeats("Python Basics.", answer) is False  # too short to count as copying
    assert not repeats("This list fits the time you said you have each week.", answer)


def test_an_opening_that_echoes_the_learner_is_not_used(settings) -> None:
    def echo(body: dict[str, Any]) -> FakeReply:
        said = body["messages"][-1]["content"].split("\n")[1]  # the line after "The learner wrote:"
        return FakeReply(text=f"{said}.")

    offline, llm, _ = lead_runs(settings, echo)
    assert all(t["responder"] == "offline" for r in llm.values() for t in r["turns"])
    figures = compare(LINES, offline, llm, BY_ID, DEFAULT_TODAY, settings.llm_deadline_s)
    assert figures["problems"] == [] and figures["fallback_to_offline"] == 3
