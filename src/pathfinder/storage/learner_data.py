"""The one gateway to a learner's data: every read and write of a profile, conversation, feedback, note or
agreed plan goes through `LearnerData`, which asks `pathfinder.domain.access.may` first and audits advisors.

`open_learner(stores, account, learner_id, action)` raises AccessDenied when the signed-in account may not do
`action` on that learner; a made-up or someone else's learner id therefore reaches nothing. The export holds
everything about the learner as JSON; the erasure removes all of it (accounts, caseloads and audit entries
about them included) and leaves only a pseudonymous "erasure" entry in the audit log.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from pathfinder.domain import LearnerProfile, Pathway
from pathfinder.domain.access import Account, Action, may, may_list_learners, may_review_feedback
from pathfinder.domain.dialogue import Answer, History
from pathfinder.errors import PathfinderError
from pathfinder.storage.accounts import AccountStore
from pathfinder.storage.advising import AdvisingStore, AgreedPlan, SessionNote
from pathfinder.storage.audit import AuditLog
from pathfinder.storage.conversations import ConversationStore, ConversationSummary, Exchange, Feedback
from pathfinder.storage.profiles import SqlProfileStore


class AccessDenied(PathfinderError):
    """The signed-in account may not see or change this learner's data."""


@dataclass(frozen=True)
class Stores:
    """The stores a learner's data lives in (one database)."""

    profiles: SqlProfileStore
    conversations: ConversationStore
    advising: AdvisingStore
    accounts: AccountStore
    audit: AuditLog


def _denied(account: Account | None) -> AccessDenied:
    if account is None:
        return AccessDenied("Sign in first (Account page) to see or change a learner's data.")
    if account.role == "advisor":
        return AccessDenied("This learner is not in your caseload. Ask an admin to assign them to you.")
    return AccessDenied("Your account has no access to this learner's data.")


def open_learner(
    stores: Stores,
    account: Account | None,
    learner_id: str,
    action: Action = "read",
    audit_access: bool = False,
) -> LearnerData:
    """The gateway for `learner_id`, or AccessDenied. `audit_access` records an advisor's opening."""
    advisor = account is not None and account.role == "advisor"
    caseload = stores.accounts.caseload(account.id) if advisor else ()
    if not may(account, action, learner_id, caseload):
        raise _denied(account)
    assert account is not None
    data = LearnerData(stores, account, learner_id, frozenset(caseload))
    if audit_access and account.role == "advisor":
        data.audit_advisor("opened the learner's record")
    return data


def learner_directory(stores: Stores, account: Account | None) -> dict[str, str]:
    """Every learner, with or without an account or a saved profile: learner id -> 'username · id' or
    'name · id'. For an admin (`access.may_list_learners`) picking a learner for a caseload or a data-rights
    request; AccessDenied for anyone else."""
    if not may_list_learners(account):
        raise _denied(account)
    named = {a.learner_id: f"{a.username} · {a.learner_id}" for a in stores.accounts.all() if a.learner_id}
    for profile in stores.profiles.list():
        named.setdefault(profile.id, f"{profile.name or '(no name)'} · {profile.id}")
    return named


def feedback_exchanges(stores: Stores, account: Account | None, limit: int = 5000) -> list[Exchange]:
    """Every learner's latest questions with the answers and feedback they got, for the catalogue's analytics
    (`access.may_review_feedback`), without who asked: the learner and conversation ids are blanked."""
    if not may_review_feedback(account):
        raise _denied(account)
    return [
        x.model_copy(update={"profile_id": "", "conversation_id": "", "message_id": 0})
        for x in stores.conversations.exchanges(limit=limit)
    ]


class LearnerData:
    """One learner's data as one account may use it; every method re-checks the access rule."""

    def __init__(self, stores: Stores, account: Account, learner_id: str, caseload: frozenset[str]) -> None:
        self._s, self.account, self.learner_id, self._caseload = stores, account, learner_id, caseload

    def _check(self, action: Action) -> None:
        if not may(self.account, action, self.learner_id, self._caseload):
            raise _denied(self.account)

    def audit_advisor(self, what: str) -> None:
        if self.account.role == "advisor":
            self._s.audit.record("advisor_access", self.account.label, self.account.id, self.learner_id, what)

    # --- profile --------------------------------------------------------------------------------------------
    def profile(self) -> LearnerProfile | None:
        self._check("read")
        found = self._s.profiles.list(self.learner_id)
        return next((p for p in found if p.id == self.learner_id), None)

    def load(self) -> LearnerProfile:
        """The stored profile, or a new empty one (version 0, not saved until something changes)."""
        return self.profile() or LearnerProfile(id=self.learner_id)

    def save(self, profile: LearnerProfile, what: str = "changed the profile") -> LearnerProfile:
        self._check("write")
        if profile.id != self.learner_id:
            raise AccessDenied("A profile can only be saved under its own learner's id.")
        before = self.profile()
        prefs = profile.preferences
        if (
            self.account.role == "advisor"
            and before is not None
            and (prefs.pinned, prefs.rejected) != (before.preferences.pinned, before.preferences.rejected)
        ):
            profile = profile.model_copy(
                update={"preferences": prefs.model_copy(update={"decided_by": self.account.label})}
            )
            what = f"pinned {len(prefs.pinned)}, rejected {len(prefs.rejected)} credential(s)"
        saved = self._s.profiles.save(profile)
        self.audit_advisor(what)
        return saved

    def import_profile(self, imported: LearnerProfile) -> tuple[LearnerProfile, bool]:
        """Replace the profile with an imported one; an advisor's pins and rejections are kept (the flag says
        whether the import tried to change them, so the page can say so)."""
        current = self.load()
        prefs = imported.preferences
        decided = current.preferences
        differs = (prefs.pinned, prefs.rejected) != (decided.pinned, decided.rejected)
        changed = bool(decided.decided_by) and differs
        if decided.decided_by:
            prefs = prefs.model_copy(
                update={
                    "pinned": decided.pinned,
                    "rejected": decided.rejected,
                    "decided_by": decided.decided_by,
                }
            )
        merged = imported.model_copy(
            update={"id": self.learner_id, "version": current.version, "preferences": prefs}
        )
        return self.save(merged, "imported a profile"), changed

    # --- conversations ------------------------------------------------------------------------------------
    def conversations(self) -> list[ConversationSummary]:
        self._check("read")
        return self._s.conversations.list(self.learner_id)

    def _own_conversation(self, conversation_id: str) -> None:
        if self._s.conversations.owner(conversation_id=conversation_id) != self.learner_id:
            raise AccessDenied("That conversation does not belong to this learner; start a new one.")

    def history(self, conversation_id: str) -> History:
        self._check("read")
        self._own_conversation(conversation_id)
        return self._s.conversations.history(conversation_id)

    def message_ids(self, conversation_id: str) -> list[int]:
        self._check("read")
        self._own_conversation(conversation_id)
        return self._s.conversations.message_ids(conversation_id)

    def start_conversation(self, title: str = "") -> str:
        self._check("write")
        return self._s.conversations.start(self.learner_id, title)

    def add_turn(self, conversation_id: str, message: str, answer: Answer) -> int:
        self._check("write")
        self._own_conversation(conversation_id)
        self.audit_advisor("chatted in the learner's conversation")
        return self._s.conversations.add_turn(conversation_id, message, answer)

    def feedback(self, message_id: int, rating: int, comment: str = "") -> None:
        self._check("write")
        if self._s.conversations.owner(message_id=message_id) != self.learner_id:
            raise AccessDenied("That message does not belong to this learner.")
        self._s.conversations.feedback(message_id, rating, comment)

    def feedback_on(self, message_ids: list[int]) -> dict[int, Feedback]:
        self._check("read")
        wanted = set(message_ids)
        if not wanted:
            return {}
        return {f.message_id: f for f in self._s.conversations.all_feedback() if f.message_id in wanted}

    # --- notes and agreed plans ---------------------------------------------------------------------------
    def notes(self) -> list[SessionNote]:
        self._check("read")
        return self._s.advising.notes(self.learner_id)

    def add_note(self, text: str) -> SessionNote:
        self._check("write")
        role = "advisor" if self.account.role == "advisor" else "learner"
        note = self._s.advising.add_note(self.learner_id, text, role, author=self.account.label)
        self.audit_advisor("added a session note")
        return note

    def agreed_plan(self) -> AgreedPlan | None:
        self._check("read")
        return self._s.advising.agreed_plan(self.learner_id)

    def agree(self, agreed: Pathway, suggested: Pathway | None) -> AgreedPlan:
        self._check("write")
        plan = self._s.advising.agree(self.learner_id, agreed, suggested, agreed_by=self.account.label)
        self.audit_advisor("agreed a plan")
        return plan

    # --- data rights --------------------------------------------------------------------------------------
    def export(self) -> dict[str, Any]:
        """Everything about the learner: account, profile, conversations with feedback, notes, agreed plans
        and the audit entries about them. Recorded in the audit log."""
        self._check("export")
        self._s.audit.record("export", self.account.label, self.account.id, self.learner_id, "JSON export")
        owner = self._s.accounts.by_learner(self.learner_id)
        lid = self.learner_id
        profile = self._s.profiles.list(lid)
        conversations = []
        feedback = {f.message_id: f for f in self._s.conversations.all_feedback()}
        for summary in self._s.conversations.list(self.learner_id):
            turns = self._s.conversations.history(summary.id).turns
            answer_ids = iter(self._s.conversations.message_ids(summary.id))
            messages = []
            for turn in turns:
                item: dict[str, Any] = {"role": turn.role, "text": turn.text}
                if turn.role == "assistant":
                    mid = next(answer_ids, None)
                    if mid in feedback:
                        item["feedback"] = feedback[mid].model_dump(mode="json", exclude={"message_id"})
                messages.append(item)
            conversations.append({**summary.model_dump(mode="json"), "turns": messages})
        return {
            "format": "pathfinder-learner-export/1",
            "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "learner_id": self.learner_id,
            "account": owner.model_dump(mode="json", exclude={"id"}) if owner else None,
            "profile": next((json.loads(p.model_dump_json()) for p in profile if p.id == lid), None),
            "conversations": conversations,
            "advisor_notes": [n.model_dump(mode="json") for n in self._s.advising.notes(self.learner_id)],
            "agreed_plans": [p.model_dump(mode="json") for p in self._s.advising.agreed_plans(lid)],
            "audit_entries": [e.model_dump(mode="json") for e in self._s.audit.entries(learner_id=lid)],
        }

    def export_json(self) -> str:
        return json.dumps(self.export(), ensure_ascii=False, indent=1)

    def erase(self) -> None:
        """Remove everything about the learner (their account too); the audit log keeps a pseudonymous
        record."""
        self._check("erase")
        from pathfinder.storage.conversations import delete_learner

        owner = self._s.accounts.by_learner(self.learner_id)
        # the profile, and with it (SqlProfileStore.delete) conversations, messages, feedback, notes, plans,
        # account, caseload and audit rows; the rest by hand, for a learner whose profile was never saved
        self._s.profiles.delete(self.learner_id)
        delete_learner(self._s.profiles.database, self.learner_id)
        self._s.advising.delete_learner(self.learner_id)
        self._s.accounts.forget_learner(self.learner_id)
        if owner is not None:
            self._s.accounts.forget_username(owner.username)
        self_erasure = self.account.learner_id == self.learner_id
        actor = "the learner" if self_erasure else self.account.label
        self._s.audit.erase_learner(self.learner_id, actor, "" if self_erasure else self.account.id)
