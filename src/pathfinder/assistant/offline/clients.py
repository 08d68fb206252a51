"""An adviser moving on to another client in the same chat (session 26, lead trial 22's 10): the reply that
keeps the current client's profile and plan as they are and says how to open the new client's own profile.

The product keeps one learner profile per chat (an advisor opens a caseload learner on the Advisor page, the
Chat acts for that learner), so the new client's wishes, limits and ordinals ("second: Tom, …") never reach
the current client's profile or plan: nothing is changed, the reply says so and how to work on the new client.
"""

from __future__ import annotations

from pathfinder.assistant.i18n import t
from pathfinder.assistant.nlu.other_client import current_client_name, new_client
from pathfinder.domain import LearnerProfile
from pathfinder.domain.dialogue import Answer, History, apply_changes


def _named(name: str) -> str:
    return f" (**{name}**)" if name else ""


def another_client_reply(
    message: str, history: History, profile: LearnerProfile | None, about_client: bool
) -> Answer | None:
    """The reply to a message that introduces another client while this chat's client has a goal, limits,
    skills or a plan (None otherwise: a first client is simply this chat's client)."""
    state = history.state
    current = apply_changes(profile, state.pending) if profile is not None else None
    has_client = state.last_pathway is not None or (
        current is not None and bool(current.goal or current.skills or current.constraints.hours_per_week)
    )
    if not has_client:
        return None
    other = new_client(message, about_client or history.advised or state.about_client)
    if other is None:
        return None
    earlier = [turn.text for turn in history.turns if turn.role == "user"]
    name = (profile.name if profile is not None else "") or current_client_name(earlier)
    if other.name and other.name.casefold() == name.casefold():
        return None  # "now for Maria, she…": the current client, spoken of again
    text = t("another_client", current=_named(name), name=_named(other.name))
    return Answer(text=text, intent="smalltalk", responder="offline", state=state)
