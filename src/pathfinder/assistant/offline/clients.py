"""An adviser moving on to another client in the same chat (session 26, lead trial 22's 10): the reply that
keeps the current client's profile and plan as they are and says how to open the new client's own profile.

The product keeps one learner profile per chat (an advisor opens a caseload learner on the Advisor page, the
Chat acts for that learner), so the new client's wishes, limits and ordinals ("second: Tom, …") never reach
the current client's profile or plan: nothing is changed, the reply says so and how to work on the new client
(an adviser's session: the Advisor page; a learner's own chat, which has none: an account of the client's own,
or an adviser's account; session 27).
"""

from __future__ import annotations

from pathfinder.assistant.i18n import t
from pathfinder.assistant.intents import is_bare_yes
from pathfinder.assistant.nlu.other_client import after_return, current_client_name, new_client
from pathfinder.assistant.picks import accepts
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
    # the Advisor page is an adviser's: in a learner's own chat (no advised session) the reply says what that
    # account can do instead (session 27)
    key = "another_client" if history.advised else "another_client_learner"
    text = t(key, current=_named(name), name=_named(other.name))
    # no change offered before stays open: a "yes" now answers the question asked here, never a relaxation
    kept = state.model_copy(update={"offer": None, "opened": False, "client_plan_offered": True})
    return Answer(text=text, intent="smalltalk", responder="offline", state=kept)


def returning(message: str, history: History) -> tuple[str, bool]:
    """The message to answer and whether it asks only for the current client's plan: "back to Maria - her
    plan?" is "her plan?"; "back to Maria" alone, or a yes after `another_client_reply`'s question, is the
    plan (in a conversation about a client only)."""
    state = history.state
    if not (history.advised or state.about_client):
        return message, False
    if state.client_plan_offered and (is_bare_yes(message) or accepts(message)):
        return message, True
    rest = after_return(message)
    return (rest or message), rest == ""
