"""An adviser moving on to another client in the same chat (session 26, lead trial 22's 10): the reply that
keeps the current client's profile and plan as they are and says how to open the new client's own profile.

The product keeps one learner profile per chat (an advisor opens a caseload learner on the Advisor page, the
Chat acts for that learner), so the new client's wishes, limits and ordinals ("second: Tom, …") never reach
the current client's profile or plan: nothing is changed, the reply says so and how to work on the new client
(an adviser's session: the Advisor page; a learner's own chat, which has none: an account of the client's own,
or an adviser's account; session 27).
"""

from __future__ import annotations

from dataclasses import dataclass

from pathfinder.assistant.i18n import speaking_of_client, t
from pathfinder.assistant.intents import is_bare_yes
from pathfinder.assistant.nlu import glossary
from pathfinder.assistant.nlu.other_client import (
    NewClient,
    after_return,
    as_pronoun,
    current_client_name,
    introduced,
    named_clients,
    new_client,
    returned_to,
)
from pathfinder.assistant.picks import accepts
from pathfinder.domain import LearnerProfile
from pathfinder.domain.dialogue import (
    Answer,
    ClientCase,
    DialogueState,
    History,
    ProfileChange,
    Turn,
    apply_changes,
)


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


# --- several clients in one chat (session 29) ---------------------------------------------------------------
# An adviser's chat outside an advised session (the Advisor page binds a session to one caseload learner, and
# `another_client_reply` answers there) keeps one profile per client in the conversation: "next client: Priya,
# a pharmacist who …" keeps the current client's profile and plan in `DialogueState.clients` and starts Priya
# on a fresh profile (a `switch_client` change, so the chat's profile and the Pathway page are hers); "back to
# Tom", "the first one", or a question naming a kept client ("what should Tom do first?") turns back to that
# client's profile and plan. The message is then answered for the client turned to, as any other message.


@dataclass(frozen=True)
class Switch:
    """The adviser turns to another client: the profile and history to answer `message` with (the switch
    already pending in them), the change to save, and the clients kept."""

    message: str
    profile: LearnerProfile
    history: History
    change: ProfileChange
    name: str
    clients: tuple[ClientCase, ...]
    note: str  # the template saying whom the answer is about (`client_new`, `client_back`)
    previous: str = ""  # the name of the client kept, for `client_new`


def _has_content(profile: LearnerProfile, state: DialogueState) -> bool:
    return state.last_pathway is not None or bool(
        profile.goal or profile.current_role or profile.skills or profile.constraints.hours_per_week
    )


def current_name(history: History, profile: LearnerProfile | None) -> str:
    """The name of the client the conversation is about now: as the switch recorded it, else as the earliest
    messages introduced them ("First one: Tom, 19")."""
    if history.state.client_name:
        return history.state.client_name
    earlier = [turn.text for turn in history.turns if turn.role == "user"]
    return current_client_name(earlier) or (profile.name if profile is not None else "")


def _kept(clients: tuple[ClientCase, ...], case: ClientCase) -> tuple[ClientCase, ...]:
    """The clients with `case` in its place (a client of the same name replaced), else added."""
    same = [c for c in clients if case.name and c.name.casefold() == case.name.casefold()]
    if same:
        return tuple(case if c is same[0] else c for c in clients)
    return (*clients, case)


def turn_to_client(
    message: str, history: History, profile: LearnerProfile | None, about_client: bool, lang: str
) -> Switch | None:
    """The switch a message asks for in an adviser's chat (None when it is about the current client, or the
    chat is an advised session): another client introduced while the current one has a goal, job, skills,
    hours or a plan; a return to a kept client; a question naming a kept client."""
    state = history.state
    if history.advised or profile is None:
        return None
    current = apply_changes(profile, state.pending)
    name = current_name(history, profile)
    here = ClientCase(name=name, profile=current, pathway=state.last_pathway, gender=state.about_gender)
    other = new_client(message, about_client or state.about_client)
    if other is None and name and (about_client or state.about_client):
        # "Priya is a pharmacist who …" once the current client has a name of their own: another client (an
        # unnamed current client may be the one named now)
        other = _introduced_with_a_job(message, lang)
    if other is not None and _has_content(current, state) and other.name.casefold() != name.casefold():
        kept = _by_name(state.clients, other.name) if other.name else None
        if kept is not None:  # "next client: Tom" again: Tom's profile and plan
            return _switch(message, history, here, kept, "client_back", lang)
        fresh = ClientCase(name=other.name, profile=LearnerProfile(id=profile.id))
        # the introduction keeps the name: "Lan, 25 tuổi, là kế toán" is read as said
        return _switch(message, history, here, fresh, "client_new", lang, pronoun=False)
    back = returned_to(message) if state.clients else None
    if back is not None:
        wanted, rest = back
        target = state.clients[0] if not wanted else _by_name(state.clients, wanted)
        unnamed = [c for c in state.clients if not c.name]
        if target is None and len(unnamed) == 1:  # "back to Rahim" when Rahim was never named before
            target = unnamed[0]
        if target is not None:  # what follows the return, or the return alone (then the client's plan)
            return _switch(rest or message, history, here, target, "client_back", lang, pronoun=bool(rest))
    if state.clients and other is None:
        asked = named_clients(
            message, [c.name for c in state.clients if c.name.casefold() != name.casefold()]
        )
        target = _by_name(state.clients, asked[0]) if len(asked) == 1 else None
        if target is not None:
            return _switch(message, history, here, target, "client_back", lang)
    return None


def _introduced_with_a_job(message: str, lang: str) -> NewClient | None:
    """A message that introduces a named person with a job ("Priya is a pharmacist who wants to move into data
    science", "Lucía es cajera y quiere …"): a new client in a conversation about a client."""
    said = introduced(message)
    if said is None:
        return None
    name, rest = said
    words = rest.split()
    job = any(glossary.names_job(" ".join(words[:n]).strip(",."), lang) for n in (1, 2, 3) if len(words) >= n)
    return NewClient(name) if job else None


def _by_name(clients: tuple[ClientCase, ...], name: str) -> ClientCase | None:
    return next((c for c in clients if c.name.casefold() == name.casefold()), None)


def _switch(
    message: str,
    history: History,
    here: ClientCase,
    target: ClientCase,
    note: str,
    lang: str,
    pronoun: bool = True,
) -> Switch:
    """The switch from `here` (kept) to `target` (its profile and plan taken up again, or a fresh one); the
    target's name in `message` read as the third person of `lang` unless `pronoun` is False."""
    clients = tuple(
        c for c in _kept(history.state.clients, here) if c is not target and c.name != target.name
    )
    change = ProfileChange(
        kind="switch_client",
        summary=t("client_switch_summary", lang, name=target.name or "—"),
        client=target.profile,
    )
    state = DialogueState(
        language=history.state.language,
        about_client=True,
        pending=(change,),
        last_pathway=target.pathway,
        listing="pathway" if target.pathway is not None else "results",
        client_name=target.name,
        clients=clients,
        about_gender=target.gender,
        display_currency=history.state.display_currency,
    )
    opened = Turn(role="assistant", text="", answer=Answer(text="", state=state))
    said = as_pronoun(message, target.name, lang, None) if target.name and pronoun else message
    return Switch(
        message=said or message,
        profile=apply_changes(target.profile, ()),
        history=History(turns=(opened,)),
        change=change,
        name=target.name,
        clients=clients,
        note=note,
        previous=here.name,
    )


def switched(answer: Answer, switch: Switch) -> Answer:
    """The answer for the client turned to, opened by the note saying whom it is about, with the switch first
    among its changes and the clients kept in its state."""
    changes = (switch.change, *(c for c in answer.profile_changes if c.kind != "switch_client"))
    pending = (switch.change, *(c for c in answer.state.pending if c.kind != "switch_client"))
    state = answer.state.model_copy(
        update={
            "pending": pending,
            "client_name": switch.name,
            "clients": switch.clients,
            "about_client": True,
        }
    )
    named = {"name": _named(switch.name), "previous": _named(switch.previous)}
    # "tu clienta (**Lucía**)": the gender said of the client returned to (a new one's note names two people)
    gender = state.about_gender if switch.note == "client_back" else None
    with speaking_of_client(True, gender=gender):
        note = t(switch.note, state.language or "en", **named)
    text = note + ("\n\n" + answer.text if answer.text else "")
    return answer.model_copy(update={"text": text, "profile_changes": changes, "state": state})
