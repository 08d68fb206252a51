"""What a reply is made of: the Answer (text, citations, pathway, proposed profile changes), the dialogue
state carried for follow-ups, and the serialisable History the app persists between turns."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from pathfinder.domain.credentials import Credential
from pathfinder.domain.filters import SearchFilters
from pathfinder.domain.learners import (
    Constraints,
    CurrentRole,
    Goal,
    HeldCredential,
    HeldSkill,
    LearnerProfile,
    hold_credential,
)
from pathfinder.domain.pathways import Pathway, Relaxation

Intent = Literal[
    "search",
    "refine",
    "select",
    "explain",
    "why",
    "requirements",
    "compare",
    "skip_step",
    "set_goal",
    "state_skills",
    "set_constraints",
    "plan",
    "apply_suggestion",
    "smalltalk",
    "out_of_scope",
    "llm",
    "explore",
]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Citation(_Frozen):
    id: str
    title: str
    url: str | None = None

    @classmethod
    def of(cls, credential: Credential) -> Citation:
        return cls(id=credential.id, title=credential.title, url=credential.url)


class ProfileChange(_Frozen):
    """A change to the learner's profile the assistant proposes; the app applies it only once accepted.

    Exactly one of `skills`, `goal`, `constraints` is set. `constraints` holds only the fields the learner
    stated (`fields` names them); applying merges them into the profile's constraints.
    """

    kind: Literal[
        "add_skills",
        "remove_skills",  # "actually I never used SQL": a skill held before, taken back (`skills` names it)
        "set_goal",
        "set_constraints",
        "set_current_role",
        "set_languages",
        "hold_credential",
        "switch_client",  # an adviser's next client, or the return to one: `client` becomes the profile
    ]
    summary: str
    skills: tuple[HeldSkill, ...] = ()
    goal: Goal | None = None
    constraints: Constraints | None = None
    fields: tuple[str, ...] = ()
    current_role: CurrentRole | None = None
    languages: tuple[str, ...] = Field((), description="languages the learner can study in (spoken)")
    credential: HeldCredential | None = Field(None, description="a credential the learner already holds")
    client: LearnerProfile | None = Field(
        None,
        description="switch_client: the whole profile of the client the adviser turns to (empty for a new "
        "one; the stored profile's id, name and version are kept)",
    )


def apply_changes(
    profile: LearnerProfile, changes: tuple[ProfileChange, ...] | list[ProfileChange]
) -> LearnerProfile:
    """The profile with `changes` applied (pure; the caller saves it). Re-applying a change is harmless."""
    for change in changes:
        if change.kind == "add_skills":
            held = {s.uri: s for s in profile.skills}
            held.update({s.uri: s for s in change.skills})
            profile = profile.model_copy(update={"skills": tuple(held.values())})
        elif change.kind == "remove_skills":
            dropped = {s.uri for s in change.skills}
            profile = profile.model_copy(
                update={"skills": tuple(s for s in profile.skills if s.uri not in dropped)}
            )
        elif change.kind == "set_goal" and change.goal is not None:
            profile = profile.model_copy(update={"goal": change.goal})
        elif change.kind == "set_constraints" and change.constraints is not None:
            stated = {f: getattr(change.constraints, f) for f in change.fields}
            profile = profile.model_copy(
                update={"constraints": profile.constraints.model_copy(update=stated)}
            )
        elif change.kind == "set_current_role" and change.current_role is not None:
            profile = profile.model_copy(update={"current_role": change.current_role})
        elif change.kind == "set_languages":
            profile = profile.model_copy(
                update={"languages": tuple(dict.fromkeys((*profile.languages, *change.languages)))}
            )
        elif change.kind == "hold_credential" and change.credential is not None:
            profile = hold_credential(profile, change.credential)
        elif change.kind == "switch_client" and change.client is not None:
            kept = {"id": profile.id, "name": profile.name, "version": profile.version}
            profile = change.client.model_copy(update=kept)
    return profile


class ClientCase(_Frozen):
    """One of an adviser's clients this conversation spoke of and moved away from: kept, so "back to Tom"
    returns to their profile and plan (session 29)."""

    name: str = Field("", description="the name the client was introduced with; empty when none was given")
    profile: LearnerProfile
    pathway: Pathway | None = None
    gender: Literal["m", "f"] | None = Field(None, description="the gender said of them (`about_gender`)")


class DialogueState(_Frozen):
    """What a follow-up may refer back to: the last results, query, filters, pathway and focus."""

    last_query: str = ""
    last_filters: SearchFilters = SearchFilters()
    last_results: tuple[str, ...] = Field((), description="credential ids in the order they were listed")
    focus: str | None = Field(None, description="the credential the conversation is about")
    last_pathway: Pathway | None = None
    listing: Literal["results", "pathway", "suggestions"] = Field(
        "results", description="which list ordinals refer to (suggestions: the last pathway's relaxations)"
    )
    pathway_excluded: tuple[str, ...] = Field((), description="ids the learner asked to skip in the pathway")
    shown: tuple[str, ...] = Field((), description="every credential the last answer cited")
    language: str | None = Field(None, description="the language the conversation is held in (ISO 639-1)")
    topic: str = Field("", description="what the learner last said they want to learn, in their words")
    preview_language: str | None = Field(
        None, description="the language a plan was last previewed with, not yet accepted (kept by follow-ups)"
    )
    pending: tuple[ProfileChange, ...] = Field(
        (), description="profile changes proposed in this conversation, used provisionally until accepted"
    )
    compared: tuple[str, ...] = Field(
        (), description="occupation URIs the last answer compared (the learner may pick one as the goal)"
    )
    pair: tuple[str, ...] = Field(
        (), description="the two credential ids the conversation is comparing (kept by follow-ups about them)"
    )
    proposal: bool = Field(
        False,
        description="the plan shown is a proposal with a change not saved yet (another language or one limit "
        "relaxed), not the plan within the learner's limits",
    )
    offer: Relaxation | None = Field(
        None,
        description='the one change the last answer asked a yes/no question about ("Shall I add German to '
        'your languages?"): what a go-ahead or "ok, do that" applies; for the next turn only',
    )
    about_client: bool = Field(
        False,
        description="the conversation is about someone the speaker advises or helps (a client, a relative): "
        'replies say "your client" instead of "you" until the speaker describes themselves',
    )
    about_gender: Literal["m", "f"] | None = Field(
        None,
        description='the gender said of the one spoken about ("Mein Sohn", "une cliente"), while '
        "`about_client` holds: German, French and Spanish replies name them in it",
    )
    avoided: tuple[str, ...] = Field(
        (),
        description='subjects the learner said they do not want ("AI without programming": "programming"); '
        "searches and first suggestions leave out the entries that teach or need them while any others fit",
    )
    opened: bool = Field(
        False,
        description="the last answer was the counsellor's opening to a learner with no aim (directions to "
        "start from, and questions of background, interests and time) or a direction picked for them: the "
        "next message answers it (hours, 'where do I start?') and moves on to one direction; for the next "
        "turn only",
    )
    client_plan_offered: bool = Field(
        False,
        description="the last answer told an adviser that another client named is not this chat's client and "
        "asked whether to show the current client's plan again: a yes shows it; for the next turn only",
    )
    display_currency: str | None = Field(
        None,
        description='the currency the learner asked prices to be shown in ("in rupees please"): every price '
        "shown afterwards carries its approximate amount in it, the catalogue's own price beside it",
    )
    about_relative: bool = Field(
        False,
        description='the one spoken of is the speaker\'s relative ("my younger brother"): replies say "their '
        'goal", never "your client\'s goal", while `about_client` holds',
    )
    client_name: str = Field("", description="the name of the adviser's client the conversation is about now")
    clients: tuple[ClientCase, ...] = Field(
        (),
        description="the adviser's other clients this conversation spoke of, each with the profile and plan "
        'they had when the adviser moved on ("next client: Priya, …"); "back to Tom" returns to one',
    )


class Answer(_Frozen):
    text: str = Field(description="Markdown; every credential named is cited as [Title](url) (id)")
    citations: tuple[Citation, ...] = ()
    pathway: Pathway | None = None
    profile_changes: tuple[ProfileChange, ...] = ()
    intent: Intent = "smalltalk"
    filters: SearchFilters | None = Field(
        None, description="filters applied to a search, for tests and analytics"
    )
    query: str | None = Field(None, description="the standalone query searched, after follow-up rewriting")
    flagged: tuple[str, ...] = Field((), description="names the grounding check removed or flagged")
    responder: Literal["offline", "llm"] = "offline"
    model_text: str = Field(
        "", description="the checked part of text the model wrote (all of it, or the lead path's opening)"
    )
    state: DialogueState = DialogueState()

    def public(self) -> dict[str, object]:
        """The CLI/--json shape: text, citations, pathway, profile_changes."""
        return {
            "text": self.text,
            "citations": [c.model_dump(mode="json") for c in self.citations],
            "pathway": self.pathway.model_dump(mode="json") if self.pathway else None,
            "profile_changes": [p.model_dump(mode="json") for p in self.profile_changes],
        }


class Turn(_Frozen):
    role: Literal["user", "assistant"]
    text: str
    answer: Answer | None = None


class History(_Frozen):
    """The conversation so far; serialisable (`model_dump_json`) so the app can persist it."""

    turns: tuple[Turn, ...] = ()
    advised: bool = Field(
        False, description="an advisor's session with the learner: every message is about the learner"
    )

    @property
    def state(self) -> DialogueState:
        for turn in reversed(self.turns):
            if turn.answer is not None:
                return turn.answer.state
        return DialogueState(about_client=self.advised)

    def add(self, message: str, answer: Answer) -> History:
        return History(
            advised=self.advised,
            turns=(
                *self.turns,
                Turn(role="user", text=message),
                Turn(role="assistant", text=answer.text, answer=answer),
            ),
        )
