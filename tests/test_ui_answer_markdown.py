"""Catalogue text in the assistant's Markdown renders as text: titles in the citation form, providers,
outcomes, labels. Rendered with a CommonMark renderer (HTML enabled, so a missed `<` would show) and compared
with the text."""

from __future__ import annotations

import html as htmllib
import re

from hypothesis import example, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from pathfinder.assistant.grounding import ground
from pathfinder.assistant.markdown import cite, escape_text
from pathfinder.assistant.offline import OfflineResponder
from pathfinder.assistant.tools import AssistantTools
from pathfinder.domain import Credential, SkillRef
from pathfinder.domain.dialogue import History
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.testing import InMemoryIndex, simple_plan

RENDER = MarkdownIt("commonmark", {"html": True})
HOSTILE_TITLE = "**Free** [click](javascript:x)"
TRICKY = Credential(
    id="tricky-1",
    title=HOSTILE_TITLE,
    provider="_Acme_ & <b>Co</b> | `x`",
    url="https://example.org/t?a=1&b=(2)",
    hours=10,
    cost=0,
    languages=("en",),
    participation="online",
    assessment="# exam",
    description="1. not a list\n- nor this",
    learning_outcomes=("![img](http://evil.example/p.png)", "$x^2$ and ~~strike~~"),
    skills=(SkillRef(uri="http://example.org/skill/1", label="*bold* skill"),),
)
PLAIN = Credential(
    id="plain-1",
    title="Click basics",
    provider="Uni",
    url="https://example.org/p",
    hours=5,
    cost=10,
    languages=("en",),
    description="Clicking for beginners.",
)
TEXT = st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=60)


_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\ufeff]")


def _plain(text: str) -> str:
    """The text as the escaper promises to show it: whitespace collapsed, brackets as parentheses, direction
    overrides removed (a zero-width space that neutralises a Streamlit shortcode is not compared)."""
    flat = " ".join(_BIDI.sub("", text).split()).replace("[", "(").replace("]", ")")
    return flat.replace("\u200b", "")


def _rendered_text(markdown: str) -> str:
    html = RENDER.render(markdown).strip()
    assert html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1, (markdown, html)
    inner = html[3:-4]
    assert "<" not in inner, (
        markdown,
        html,
    )  # no element inside the paragraph: no emphasis, link, code, HTML
    return htmllib.unescape(inner).replace("\u200b", "")


def test_the_hostile_title_is_shown_as_its_characters():
    assert _rendered_text(escape_text(HOSTILE_TITLE)) == "**Free** (click)(javascript:x)"


@hsettings(max_examples=300, deadline=None)
@given(TEXT.filter(lambda t: t.strip()))
def test_escaped_text_renders_as_exactly_that_text(text):
    assert _rendered_text(escape_text(text)) == _plain(text)


@hsettings(max_examples=200, deadline=None)
@given(TEXT.filter(lambda t: t.strip()))
def test_escaped_text_stays_one_list_item(text):
    html = RENDER.render(f"- {escape_text(text)}").strip()
    assert html.startswith("<ul>\n<li>") and html.count("<li>") == 1 and "<ul>" not in html[4:], (text, html)
    inner = html[len("<ul>\n<li>") : -len("</li>\n</ul>")]
    assert "<" not in inner and htmllib.unescape(inner).replace("\u200b", "") == _plain(text)


@hsettings(max_examples=200, deadline=None)
@given(TEXT.filter(lambda t: t.strip()))
@example("\ufeff")  # a title of a lone BOM once gave an empty link, dropped by the sanitiser
def test_a_cited_title_is_one_link_to_the_catalogue_url_and_grounding_keeps_it(title):
    cred = PLAIN.model_copy(update={"title": title})
    html = RENDER.render(cite(cred)).strip()
    links = re.findall(r'<a href="([^"]*)">(.*?)</a>', html)
    assert len(links) == 1 and links[0][0] == "https://example.org/p", (title, html)
    shown = htmllib.unescape(links[0][1]).replace("\u200b", "")
    assert "<" not in links[0][1] and shown == (_plain(title) or cred.id)  # nothing visible: the id
    grounded = ground(cite(cred), {cred.id: cred}.get, {})
    assert (
        grounded.text == cite(cred)
        and [c.id for c in grounded.citations] == [cred.id]
        and not grounded.flagged
    )


def test_offline_answers_show_catalogue_text_as_text():
    tools = AssistantTools(InMemoryIndex([TRICKY, PLAIN]), Taxonomy(), plan_fn=simple_plan)
    responder = OfflineResponder(tools)
    history = History()
    for message in ["click", "tell me more about tricky-1", "compare 1 and 2"]:
        answer = responder.reply(message, history, None)
        history = history.add(message, answer)
        assert not answer.flagged, answer.text
        html = RENDER.render(answer.text)
        assert not re.search(r"<(?:img|b|code|del|s|h1|em)\b", html), html
        assert not re.search(r'href="(?!https://example\.org/)', html), html
        assert "<strong>Free</strong>" not in html
    explained = history.turns[3].answer.text
    assert "tricky-1" in {c.id for c in history.turns[3].answer.citations}
    rendered = htmllib.unescape(RENDER.render(explained))
    for shown in [
        "**Free** (click)(javascript:x)",
        "_Acme_ & <b>Co</b> | `x`",
        "# exam",
        "1. not a list",
        "!(img)(http://evil.example/p.png)",
        "$x^2$ and ~~strike~~",
        "- nor this",
    ]:
        assert shown in rendered, (shown, explained)


def test_pathway_steps_keep_their_details_nested_past_step_nine():
    from pathfinder.assistant.markdown import pathway_steps
    from pathfinder.domain import Pathway, Step

    steps = tuple(
        Step(
            id=f"c-{n}",
            title=f"Course {n}",
            start_week=n,
            end_week=n,
            hours=10,
            covers=("u",),
            reasons=("prerequisite of the next",),
        )
        for n in range(1, 12)
    )
    html = RENDER.render(pathway_steps(Pathway(steps=steps), lambda u: "a skill", lambda cid: None))
    assert html.count("<ol") == 1 and html.count("<li>") == 11 * 3  # one ordered list; two sub-items per step
    assert html.count("<ul>") == 11  # every step's details are nested in it, also for steps 10 and 11


def test_pathway_steps_show_each_price_in_the_plans_currency():
    """A plan priced in rupees (the learner's budget) shows its steps in rupees too, never labelled EUR."""
    from pathfinder.assistant.markdown import pathway_steps
    from pathfinder.domain import Pathway, Step
    from pathfinder.domain.pathways import Totals

    step = Step(id="c-1", title="Course", start_week=1, end_week=4, hours=55, cost=3000)
    plan = Pathway(steps=(step,), totals=Totals(hours=55, cost=3000, currency="INR", weeks=4))
    text = pathway_steps(plan, lambda u: "a skill", lambda cid: None)
    assert "INR 3,000" in text and "EUR" not in text
