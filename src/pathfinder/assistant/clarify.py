"""The engine's last step against dead ends: whatever the understanding returned, a reply that cites nothing,
plans nothing and asks nothing (`dead_ends.acts`, strict) gets the closest catalogue entries on the message's
topic (only above the relevance floor) and one short question with two or three options built from the frame:
the goal, the topic, the entry in focus, and the directions the catalogue serves best."""

from __future__ import annotations

from dataclasses import dataclass, field

from pathfinder.assistant import markdown as md
from pathfinder.assistant.i18n import goal_label, t
from pathfinder.assistant.intents import Parsed
from pathfinder.assistant.profile_changes import RELEVANCE_FLOOR
from pathfinder.assistant.tools import AssistantTools
from pathfinder.domain import Credential, LearnerProfile
from pathfinder.domain.dialogue import DialogueState

MAX_OPTIONS = 3
MAX_FOUND = 3


@dataclass
class WayOut:
    text: str
    found: list[Credential] = field(default_factory=list)


def way_out(
    tools: AssistantTools,
    p: Parsed,
    state: DialogueState,
    profile: LearnerProfile,
    *,
    topical: bool,
    searched: bool = False,
    directions: bool = True,
) -> WayOut:
    """What to add to a reply that gives nothing to act on: relevant entries (when the message names a
    catalogue topic and the reply did not already search it with the learner's filters) and one question
    with options, in the reply's language. Without `directions` (after a message about something else
    entirely): no field the learner never named is offered (lead trial 21's 17 offered "courses to start in
    ICT network engineer" after a question about the weather)."""
    topical = topical and not searched
    topic = (p.goal_text or p.clause_goal or p.topic or "").strip()
    query = (p.goal_english or p.topic or topic).strip()
    found: list[Credential] = []
    if topical and query:
        found = [h.credential for h in tools.search_hits(query, k=MAX_FOUND) if h.score >= RELEVANCE_FLOOR]
    parts = []
    if found:
        lines = "\n".join(md.credential_line(n, c) for n, c in enumerate(found, 1))
        parts.append(t("clarify_found", topic=md.escape_text(topic or query)) + "\n" + lines)
    focus = None if searched else _in_focus(tools, state) or (found[0] if found else None)
    options = _options(tools, profile, topic if topical else "", found, focus, directions)
    parts.append(t("clarify", options=_joined(options)))
    return WayOut("\n\n".join(parts), found)


def _options(
    tools: AssistantTools,
    profile: LearnerProfile,
    topic: str,
    found: list[Credential],
    shown: Credential | None,
    directions: bool = True,
) -> list[str]:
    options = []
    if profile.goal is not None:
        options.append(t("clarify_plan", goal=md.escape_text(goal_label(profile.goal.label))))
    if topic and not found:
        options.append(t("clarify_search", topic=md.escape_text(topic)))
    if shown is not None:
        options.append(t("clarify_more", title=md.cite(shown)))
    if profile.goal is None:
        options.append(t("clarify_goal"))
    for name, _ in tools.directions(profile) if directions else ():
        if len(options) >= 2:
            break
        options.append(t("clarify_direction", name=md.escape_text(goal_label(name))))
    return options[:MAX_OPTIONS]


def _in_focus(tools: AssistantTools, state: DialogueState) -> Credential | None:
    """The entry the conversation is about (never the first of a list the learner may be filtering)."""
    return tools.get(state.focus) if state.focus else None


def _joined(options: list[str]) -> str:
    if len(options) < 2:
        return "".join(options)
    return ", ".join(options[:-1]) + t("clarify_or") + options[-1]
