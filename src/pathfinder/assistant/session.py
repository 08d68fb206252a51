"""The chat use case the app, the terminal chat and the dialogue runner share: one message answered for a
learner, the profile changes it states applied AT ONCE (the profile before them kept for one-click undo), and
the turn stored with its conversation. The frame of the conversation is the learner's profile (goal, current
job, skills, credentials held, constraints, languages, preferences) plus the dialogue state stored with each
answer (the last list or plan shown, what is in focus, the conversation's language)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from pathfinder.domain import LearnerProfile
from pathfinder.domain.dialogue import Answer, History, apply_changes


class ProfileSaver(Protocol):
    def save(self, profile: LearnerProfile) -> LearnerProfile: ...


class ConversationLog(Protocol):
    def start(self, profile_id: str, title: str = "") -> str: ...
    def add_turn(self, conversation_id: str, message: str, answer: Answer) -> int: ...


class Replier(Protocol):
    def reply(
        self, message: str, history: History | None = None, profile: LearnerProfile | None = None
    ) -> Answer: ...


@dataclass(frozen=True)
class TurnResult:
    answer: Answer
    profile: LearnerProfile  # the learner's profile after the turn (saved when a saver was given)
    before: (
        LearnerProfile | None
    )  # the profile before this turn's changes: what "undo" restores; None if none
    history: History
    conversation: str | None = None
    message_id: int | None = None


def settle(answer: Answer, profile: LearnerProfile) -> tuple[Answer, LearnerProfile, LearnerProfile | None]:
    """The answer with its changes applied to `profile`: (answer without pending changes, profile after,
    profile before or None when nothing changed). Changes live in the profile from now on, not in the
    dialogue state."""
    if not answer.profile_changes:
        return answer, profile, None
    after = apply_changes(profile, answer.profile_changes)
    settled = answer.model_copy(update={"state": answer.state.model_copy(update={"pending": ()})})
    if after.model_dump(exclude={"updated_at"}) == profile.model_dump(exclude={"updated_at"}):
        return settled, profile, None
    return settled, after, profile


def take_turn(
    assistant: Replier,
    message: str,
    profile: LearnerProfile,
    history: History | None = None,
    *,
    profiles: ProfileSaver | None = None,
    conversations: ConversationLog | None = None,
    conversation: str | None = None,
) -> TurnResult:
    """Answer `message` for `profile`, apply and save the changes it states, and store the turn."""
    history = history or History()
    answer = assistant.reply(message, history, profile)
    answer, after, before = settle(answer, profile)
    if before is not None and profiles is not None:
        after = profiles.save(after)
    message_id = None
    if conversations is not None:
        conversation = conversation or conversations.start(profile.id)
        message_id = conversations.add_turn(conversation, message, answer)
    return TurnResult(answer, after, before, history.add(message, answer), conversation, message_id)


def undo(current: LearnerProfile, before: LearnerProfile) -> LearnerProfile:
    """The profile as it was before a turn's changes, carrying the current version so it saves over it."""
    return before.model_copy(update={"version": current.version})
