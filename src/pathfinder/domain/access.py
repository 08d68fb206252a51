"""Who may do what with a learner's data: accounts, roles and the one access rule, as plain data and pure
functions.

Every read or write of a learner's data (profile, goal, conversations, feedback, notes, agreed plans) asks
`may(account, action, learner_id, caseload)`; the storage gateway (`pathfinder.storage.learner_data`) is the
only caller, so the pages cannot forget it. A learner id is never a credential: knowing one grants nothing.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict

Role = Literal["learner", "advisor", "maintainer", "admin"]
ROLES: tuple[Role, ...] = ("learner", "advisor", "maintainer", "admin")
# read: see profile, goal, conversations, notes, agreed plan; write: change them (chat, notes, decisions);
# export: download everything about the learner; erase: delete everything about the learner.
Action = Literal["read", "write", "export", "erase"]


class Account(BaseModel):
    """A signed-in identity. A learner account owns exactly one learner record (`learner_id`)."""

    model_config = ConfigDict(frozen=True)

    id: str
    username: str
    role: Role
    learner_id: str | None = None
    display_name: str = ""
    created_at: datetime | None = None
    must_change_password: bool = False  # a one-time password: the first thing after signing in is a new one

    @property
    def label(self) -> str:
        """How the account is named on notes, pins and agreed plans: 'Name (username)' or the username."""
        return f"{self.display_name} ({self.username})" if self.display_name else self.username


def may(account: Account | None, action: Action, learner_id: str, caseload: Collection[str] = ()) -> bool:
    """True when `account` may do `action` on the data of learner `learner_id`.

    - nobody signed in: nothing;
    - a learner: everything on their own record, nothing on anyone else's;
    - an advisor: read and write the learners in their caseload (assigned by an admin), nothing else;
    - an admin: export and erase any learner (data-rights requests), but not read or act in their chat;
    - a maintainer: no learner's record (only the feedback analytics without who asked:
      `may_review_feedback`).
    """
    if account is None or not learner_id:
        return False
    if account.role == "learner":
        return account.learner_id is not None and account.learner_id == learner_id
    if account.role == "advisor":
        return action in ("read", "write") and learner_id in caseload
    if account.role == "admin":
        return action in ("export", "erase")
    return False


def may_assign(actor: Account | None, advisor_id: str, learner_id: str, learner_is_new: bool) -> bool:
    """Who may put learner `learner_id` into the caseload of advisor `advisor_id` (which lets the advisor
    read and write the learner's data): an admin; the learner themselves (an invitation); an advisor only
    into their own caseload and only a learner of whom nothing exists yet (a profile they are creating)."""
    if actor is None or not learner_id:
        return False
    if actor.role == "admin":
        return True
    if actor.role == "learner":
        return actor.learner_id == learner_id
    if actor.role == "advisor":
        return actor.id == advisor_id and learner_is_new
    return False


def may_unassign(actor: Account | None, advisor_id: str, learner_id: str) -> bool:
    """Who may take a learner out of an advisor's caseload: an admin, the learner, or the advisor."""
    if actor is None:
        return False
    return (
        actor.role == "admin"
        or (actor.role == "learner" and actor.learner_id == learner_id)
        or (actor.role == "advisor" and actor.id == advisor_id)
    )


def may_list_learners(account: Account | None) -> bool:
    """Who may see the list of all learners (ids and names, nothing else): admins, to assign caseloads and
    carry out data-rights requests."""
    return account is not None and account.role == "admin"


def may_review_feedback(account: Account | None) -> bool:
    """Who may read the questions learners asked and the feedback they gave, without who asked them (the
    Catalogue page's analytics: what the catalogue lacks): maintainers and admins."""
    return account is not None and account.role in ("maintainer", "admin")


def role_from_claims(claims: Mapping[str, object], claim: str | None, roles: Mapping[str, Role]) -> Role:
    """The role an identity provider's claims give: the value(s) of claim `claim` (a string or a list of them)
    looked up in `roles` (claim value -> role); the most privileged match wins; no claim configured, no
    match, or an unverified claim: "learner". A claim the provider marks unverified (`<claim>_verified` is
    present and not true, e.g. `email_verified: false`) never raises the role."""
    if not claim or claim not in claims:
        return "learner"
    verified = claims.get(f"{claim}_verified", True)
    if verified is not True and str(verified).lower() != "true":
        return "learner"
    value = claims[claim]
    values = [value] if isinstance(value, str) else list(value) if isinstance(value, list | tuple) else []
    found = [roles[v] for v in values if isinstance(v, str) and v in roles]
    return max(found, key=ROLES.index, default="learner")


def may_use_page(account: Account | None, page: str) -> bool:
    """The pages each role sees: learners and advisors the learner pages, advisors the Advisor page,
    maintainers and admins the Catalogue page, admins the Admin page; everyone signed in the Account page."""
    if account is None:
        return False
    allowed = {
        "learner": {"chat", "profile", "pathway", "account"},
        "advisor": {"chat", "profile", "pathway", "advisor", "account"},
        "maintainer": {"catalogue", "account"},
        "admin": {"catalogue", "admin", "account"},
    }
    return page in allowed[account.role]


# Sign-in throttling, per username (known or not, so a refusal does not tell whether an account exists):
# the first FREE_ATTEMPTS failures cost nothing, then each further try waits 1, 2, 4 ... seconds (at most
# MAX_BACKOFF_S) after the last failure; from LOCK_AFTER failures on the username is locked for LOCK_MINUTES,
# doubling with each further failure (at most a day). A successful sign-in or an admin's unlock resets it.
FREE_ATTEMPTS = 3
MAX_BACKOFF_S = 300.0
LOCK_AFTER = 10
LOCK_MINUTES = 15.0
MAX_LOCK_S = 86_400.0


def sign_in_wait(failures: int, last_failed_at: datetime | None, now: datetime) -> float:
    """Seconds before the next sign-in try for a username with `failures` failures in a row; 0 = try now."""
    if failures < FREE_ATTEMPTS or last_failed_at is None:
        return 0.0
    if failures >= LOCK_AFTER:
        pause = min(LOCK_MINUTES * 60 * 2 ** (failures - LOCK_AFTER), MAX_LOCK_S)
    else:
        pause = min(2.0 ** (failures - FREE_ATTEMPTS), MAX_BACKOFF_S)
    return max(0.0, pause - (now - last_failed_at).total_seconds())


# Per network address as well (guessing many usernames from one place): the first ADDRESS_FREE_ATTEMPTS
# failures from an address cost nothing, then each further try waits 1, 2, 4 ... seconds (at most
# ADDRESS_MAX_WAIT_S) after the last one. A success does not reset it (one known account must not clear the
# way for guessing others); an address quiet for ADDRESS_FORGET_S starts again from zero.
ADDRESS_FREE_ATTEMPTS = 20
ADDRESS_MAX_WAIT_S = 3600.0
ADDRESS_FORGET_S = 3600.0


def address_failures(failures: int, last_failed_at: datetime | None, now: datetime) -> int:
    """The failures that still count for an address: none once it has been quiet for ADDRESS_FORGET_S."""
    if last_failed_at is None or (now - last_failed_at).total_seconds() > ADDRESS_FORGET_S:
        return 0
    return failures


def address_wait(failures: int, last_failed_at: datetime | None, now: datetime) -> float:
    """Seconds before the next sign-in try from an address with `failures` recent failures; 0 = try now."""
    failures = address_failures(failures, last_failed_at, now)
    if failures < ADDRESS_FREE_ATTEMPTS or last_failed_at is None:
        return 0.0
    pause = min(2.0 ** (failures - ADDRESS_FREE_ATTEMPTS), ADDRESS_MAX_WAIT_S)
    return max(0.0, pause - (now - last_failed_at).total_seconds())


def is_locked(failures: int) -> bool:
    return failures >= LOCK_AFTER


def session_expired(
    signed_in_at: datetime, last_active_at: datetime, now: datetime, idle_minutes: float, max_hours: float
) -> bool:
    """A signed-in session ends after `idle_minutes` without activity or `max_hours` after signing in."""
    return (now - last_active_at).total_seconds() > idle_minutes * 60 or (
        now - signed_in_at
    ).total_seconds() > max_hours * 3600
