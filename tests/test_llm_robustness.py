"""The LLM path against the scripted fake server as real local models behave: tool calls written as text,
broken arguments, unknown tools, echoed tool results, cut-off and looping streams, wrong language, invented
courses and facts. Nothing raw is ever shown; when the model's answer cannot be used, the offline one is."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import SecretStr

from pathfinder.assistant.service import build_assistant
from pathfinder.assistant.tools import AssistantTools
from pathfinder.domain import Credential
from pathfinder.domain.dialogue import Answer
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.settings import Settings
from pathfinder.testing import FakeOpenAIServer, FakeReply, FakeToolCall, InMemoryIndex, simple_plan

CATALOGUE = [
    Credential(**c)
    for c in json.loads(
        (Path(__file__).parent / "test_assistant_dialogues.json").read_text(encoding="utf-8")
    )["catalogue"]
]
ASK = "I am looking for python courses"
GOOD = "Start with [Python Basics](https://uni-a.example/py) (py-basics), an online course."
RAW_MARKERS = ("<tool", "</tool", "<function", '"name"', '"arguments"', "```", "[TOOL_CALLS]", '"note"')


@pytest.fixture
def tools() -> AssistantTools:
    return AssistantTools(InMemoryIndex(CATALOGUE), Taxonomy(), plan_fn=simple_plan)


def run(settings: Settings, tools: AssistantTools, replies, message: str = ASK, **kw):
    with FakeOpenAIServer(replies) as server:
        s = settings.model_copy(
            update={"openai_api_key": SecretStr("k"), "openai_base_url": server.base_url, **kw}
        )
        items = list(build_assistant(s, tools=tools).stream(message))
    answer = items[-1]
    assert isinstance(answer, Answer)
    shown = "".join(i for i in items if isinstance(i, str))
    assert shown == answer.text, "what is streamed is exactly the checked answer"
    for marker in RAW_MARKERS:
        assert marker not in shown, f"raw tool markup {marker!r} shown to the learner"
    return answer, server


def fell_back(answer: Answer) -> bool:
    return answer.responder == "offline" and "here is the catalogue's own answer" in answer.text


TEXT_CALLS = {
    "json fence": '```json\n{"name": "search_catalogue", "arguments": {"query": "python"}}\n```',
    "tools tag": '<tools><function name="search_catalogue" arguments=\'{"query": "python"}\'/></tools>',
    "tool_call tag": '<tool_call>\n{"name": "search_catalogue", "arguments": {"query": "python"}}\n'
    "</tool_call>",
    "function= tag": '<function=search_catalogue>{"query": "python"}</function>',
    "bare json": 'Let me search. {"name": "search_catalogue", "arguments": {"query": "python"}}',
    "string arguments": '{"name": "search_catalogue", "arguments": "{\\"query\\": \\"python\\"}"}',
    "openai shape": '{"type": "function", '
    '"function": {"name": "search_catalogue", "parameters": {"query": "python"}}}',
    "mistral": '[TOOL_CALLS] [{"name": "search_catalogue", "arguments": {"query": "python"}}]',
}


@pytest.mark.parametrize("form", list(TEXT_CALLS))
def test_tool_calls_written_as_text_are_run_and_never_shown(settings, tools, form) -> None:
    answer, server = run(settings, tools, [TEXT_CALLS[form], GOOD])
    assert len(server.requests) == 2
    results = server.messages_by_role("user")[-1]
    assert "Result of search_catalogue" in results and "py-basics" in results
    assert answer.responder == "llm" and [c.id for c in answer.citations] == ["py-basics"]
    assert answer.state.last_query == "python"


def test_malformed_native_arguments_get_a_short_error_the_model_can_act_on(settings, tools) -> None:
    broken = FakeReply(tool_calls=[FakeToolCall("search_catalogue", '{"query": "pyth')])
    answer, server = run(settings, tools, [broken, GOOD])
    error = json.loads(server.messages_by_role("tool")[0])["data"]["error"]
    assert "not valid JSON" in error and len(error) < 200
    assert answer.responder == "llm" and answer.citations


@pytest.mark.parametrize(
    "call, expected",
    [
        (FakeToolCall("search_catalogue", {"k": "lots"}), "query is required"),
        (FakeToolCall("delete_everything", {}), "There is no tool called 'delete_everything'"),
    ],
)
def test_bad_arguments_and_unknown_tools_are_answered_in_one_line(settings, tools, call, expected) -> None:
    answer, server = run(settings, tools, [FakeReply(tool_calls=[call]), GOOD])
    error = json.loads(server.messages_by_role("tool")[0])["data"]["error"]
    assert expected in error and "pydantic" not in error and "\n" not in error
    assert error not in answer.text and "delete_everything" not in answer.text


def test_a_text_call_with_broken_json_is_answered_and_hidden(settings, tools) -> None:
    answer, server = run(settings, tools, ['{"name": "search_catalogue", "arguments": {"query": "py', GOOD])
    assert "not valid JSON" in server.messages_by_role("user")[-1]
    assert answer.responder == "llm"


def test_an_echoed_tool_response_is_not_shown(settings, tools) -> None:
    echoed = '<tool_response>{"note": "Catalogue data", "data": {}}</tool_response>\n' + GOOD
    answer, _ = run(settings, tools, [echoed])
    assert answer.text.startswith("Start with") and answer.responder == "llm"


@pytest.mark.parametrize(
    "reply, reason",
    [
        (FakeReply(text=GOOD, finish=None), "cut off"),
        (FakeReply(text=GOOD, finish="length"), "token limit"),
        (FakeReply(text="Python is great and fun to learn. " * 3, repeat=40), "repeating itself"),
    ],
)
def test_an_incomplete_stream_is_not_a_complete_answer(settings, tools, reply, reason) -> None:
    answer, _ = run(settings, tools, [reply])
    assert fell_back(answer) and reason in answer.text
    assert "py-basics" in [c.id for c in answer.citations]


def test_an_endless_stream_stops_at_the_reply_deadline(settings, tools) -> None:
    endless = FakeReply(text="More and more words. ", repeat=10_000, chunk_size=3, chunk_delay_s=0.01)
    answer, _ = run(settings, tools, [endless], llm_deadline_s=1.0, llm_timeout_s=5.0)
    assert fell_back(answer) and "deadline" in answer.text
    assert answer.text.count("More and more") == 0


def test_settings_tool_choice_streaming_max_tokens_and_tool_result_role(settings, tools) -> None:
    call = FakeReply(tool_calls=[FakeToolCall("search_catalogue", {"query": "python"})])
    _, server = run(
        settings,
        tools,
        [call, GOOD],
        llm_tool_choice="auto",
        llm_streaming=False,
        llm_max_tokens=321,
        llm_tool_results="user",
    )
    first, second = server.requests
    assert first["tool_choice"] == "auto" and not first.get("stream") and first["max_tokens"] == 321
    assert [m["role"] for m in second["messages"]] == ["system", "user", "assistant", "user"]
    _, server = run(settings, tools, [GOOD])
    assert "tool_choice" not in server.requests[0] and server.requests[0]["stream"] is True


def test_invented_courses_and_prices_are_removed_and_an_answer_without_catalogue_falls_back(
    settings, tools
) -> None:
    invented = (
        "For Python, consider the Linux Foundation LFSA for $1,000.\n"
        "- **Google Python Professional Certificate** is popular.\n"
        "- The AWS ACP costs $3,500."
    )
    answer, _ = run(settings, tools, [invented])
    assert fell_back(answer)
    for bad in ("LFSA", "Google Python", "AWS ACP", "$"):
        assert bad not in answer.text


def test_wrong_facts_about_a_cited_credential_are_corrected(settings, tools) -> None:
    text = (
        "[IT-Sicherheit kompakt](https://hs-d.example/it-sicherheit) (cyber-de) is the right choice for you "
        "in cyber security. It takes 30 hours per week, is EQF Intermediate and requires basic knowledge. "
        "It is taught online in German, which suits your goal of working in cyber security."
    )
    answer, _ = run(settings, tools, [text], message="I want cybersecurity courses in German")
    assert answer.responder == "llm"
    for wrong in ("30 hours per week", "Intermediate", "requires basic knowledge"):
        assert wrong not in answer.text
    assert "taught online in German" in answer.text, "a correct fact stays"
    assert "45 h" in answer.text and "EUR 95" in answer.text, "the catalogue's facts are added"


def test_an_answer_in_the_wrong_language_falls_back(settings, tools) -> None:
    english = "Here is a good German course for you: " + GOOD.replace("Start with", "Take")
    answer, _ = run(settings, tools, [english], message="Ich suche Kurse zur IT-Sicherheit auf Deutsch")
    assert answer.responder == "offline" and answer.text.startswith("> Die Antwort des Modells")


def test_the_goal_the_learner_states_reaches_the_tools_before_the_model(settings, catalogue, tools) -> None:
    from pathfinder.domain import Occupation, Skill

    skill = Skill(
        uri="http://data.europa.eu/esco/skill/8088750d-8388-4170-a76f-48354c469c44", label="cyber security"
    )
    tools.taxonomy = Taxonomy.from_items(
        [skill], [Occupation(uri="occ:sec", label="security analyst", essential=(skill.uri,))]
    )
    replies = [
        FakeReply(tool_calls=[FakeToolCall("plan_pathway", {})]),
        "Your plan: [Cybersecurity for Beginners](https://secure.example/start) (cyber-start) first.",
    ]
    answer, server = run(settings, tools, replies, message="I want to become a security analyst")
    plan = json.loads(server.messages_by_role("tool")[0])["data"]
    assert plan["goal"] == "security analyst" and plan["steps"], "the model never proposed the goal itself"
    assert (
        "security analyst" in server.requests[0]["messages"][-1]["content"]
    )  # the profile, with the message
    assert any(c.kind == "set_goal" for c in answer.profile_changes)


@pytest.mark.slow  # builds a real index
def test_the_terminal_chat_prints_only_the_checked_answer(settings, catalogue, monkeypatch, capsys) -> None:
    from pathfinder.cli import main
    from pathfinder.domain import ImportReport
    from pathfinder.index import reindex_report

    reindex_report(settings, ImportReport(credentials=catalogue))
    invented = "Take [Quantum Python](https://made.up/q) (qpm-9), then [Python Basics](x) (py-1)."
    with FakeOpenAIServer([invented]) as server:
        s = settings.model_copy(update={"openai_api_key": SecretStr("k"), "openai_base_url": server.base_url})
        monkeypatch.setattr("pathfinder.cli.Settings", lambda: s)
        inputs = iter(["python please", "/quit"])
        monkeypatch.setattr("builtins.input", lambda prompt="": next(inputs))
        assert main(["chat"]) == 0
    out = capsys.readouterr().out
    assert "made.up" not in out and "(corrected answer)" not in out and "(py-1)" in out


def test_the_system_message_is_the_same_in_every_language(settings, tools) -> None:
    """A local server reuses the evaluated prompt prefix (system message, then the tools): the learner's
    language goes in the user message, so a change of language does not re-evaluate the tools."""
    _, en = run(settings, tools, [GOOD])
    _, de = run(settings, tools, [GOOD], message="Ich suche Python-Kurse auf Deutsch")
    first = [s.requests[0]["messages"] for s in (en, de)]
    assert first[0][0]["role"] == "system" and first[0][0] == first[1][0]
    assert "Reply in German" in first[1][-1]["content"] and "Reply in" not in first[0][-1]["content"]


def test_an_empty_message_to_a_request_with_tools_is_asked_again_without_tools(settings, tools) -> None:
    """llama_cpp.server's chatml-function-calling with tool_choice=auto answers every non-call with an empty
    message (its grammar allows only a function name or the end): the request is sent once more without
    tools, which that server answers as plain chat."""
    call = FakeReply(tool_calls=[FakeToolCall("search_catalogue", {"query": "python"})])
    answer, server = run(settings, tools, [call, "", GOOD], llm_tool_choice="auto", llm_streaming=False)
    assert answer.responder == "llm" and "py-basics" in [c.id for c in answer.citations]
    assert ["tools" in r for r in server.requests] == [True, True, False]
    answer, server = run(settings, tools, ["", ""], llm_tool_choice="auto", llm_streaming=False)
    assert fell_back(answer) and len(server.requests) == 2, "asked again once, then the offline answer"


def test_a_model_answer_that_cites_plans_and_asks_nothing_falls_back(settings, tools) -> None:
    """The no-dead-end rule holds on the LLM path too: a bare "Noted." is replaced by the offline answer
    (which asks what is missing); an answer that asks something is kept."""
    said = "I can study 5 hours a week"
    answer, _ = run(settings, tools, ["Noted, I will keep that in mind."], message=said)
    assert fell_back(answer), answer.text
    asked, _ = run(settings, tools, ["Noted. Which job are you aiming for?"], message=said)
    assert asked.responder == "llm", asked.text
