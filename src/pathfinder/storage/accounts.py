"""Accounts: local accounts with Argon2id password hashes, sign-in with throttling and lockout, roles, and
advisors' caseloads (which learners an advisor may open), in the same database as the profiles.

Every sign-in, failure, throttled try, role change, unlock and caseload change is written to the audit log.
The access rule and the throttle rule themselves are pure functions in `pathfinder.domain.access`.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from pathfinder.domain.access import (
    ROLES,
    Account,
    Role,
    address_failures,
    address_wait,
    is_locked,
    may_assign,
    may_unassign,
    sign_in_wait,
)
from pathfinder.errors import PathfinderError
from pathfinder.safety.passwords import (
    check_strength,
    dummy_verify,
    hash_password,
    needs_rehash,
    verify_password,
)
from pathfinder.storage.audit import AuditLog
from pathfinder.storage.database import Database, Tx, open_database
from pathfinder.storage.sessions import SessionStore

USERNAME = re.compile(r"^[a-z0-9][a-z0-9._@-]{2,63}$")
_COLUMNS = "id, username, role, learner_id, display_name, created_at, must_change_password"

# The tables (accounts, signin_throttle, caseloads) are migrations in storage/schema.py; deleting a learner's
# profile removes their account and caseload rows there too (schema.LEARNER_COLUMNS).


class AccountError(PathfinderError):
    """An account cannot be created or changed (taken username, unknown account, bad role)."""


class SignInRefused(PathfinderError):
    """Wrong username or password, or too many failures: the message says when to try again."""


def _now() -> datetime:
    return datetime.now(UTC)


def normalize(username: str) -> str:
    return username.strip().lower()


def _account(row: tuple) -> Account:
    return Account(
        id=row[0],
        username=row[1],
        role=row[2],
        learner_id=row[3],
        display_name=row[4],
        created_at=row[5],
        must_change_password=bool(row[6]),
    )


class AccountStore:
    def __init__(
        self,
        db: Database | str | Path,
        audit: AuditLog | None = None,
        clock: Callable[[], datetime] = _now,
    ) -> None:
        self._db = open_database(db, error=AccountError)
        self._db.ensure_schema(AccountError)
        self.audit = audit or AuditLog(self._db)
        # what time it is for the throttle, lockouts and creation times; a test gives a clock that stands
        # still, so "too soon after a failure" does not depend on how fast the machine is
        self.clock = clock

    def _run(self, fn, write: bool = False):
        try:
            return self._db.run(fn, write=write, error=AccountError)
        except AccountError as e:
            if _taken(e):
                raise AccountError(
                    f"That username or learner is already taken ({_first(e)}); choose another."
                ) from e
            raise

    # --- accounts -------------------------------------------------------------------------------------------
    def create(
        self,
        username: str,
        password: str | None,
        role: Role,
        *,
        learner_id: str | None = None,
        display_name: str = "",
        actor: Account | None = None,
        one_time: bool = False,
    ) -> Account:
        """A new account. `password=None` makes one that cannot sign in with a password (a demo guest).
        A learner account gets its own new learner id unless one is given. `one_time`: the password must be
        changed at the first sign-in."""
        username = normalize(username)
        if not USERNAME.match(username):
            raise AccountError(
                "A username has 3 to 64 characters: lower-case letters, digits and . _ @ - "
                "(starting with a letter or digit)."
            )
        if role not in ROLES:
            raise AccountError(f"Unknown role {role!r}; use one of {', '.join(ROLES)}.")
        if password is not None:
            check_strength(password, username)
        if role == "learner":
            learner_id = learner_id or "learner-" + secrets.token_hex(8)
        else:
            learner_id = None
        account = Account(
            id="acct-" + secrets.token_hex(8),
            username=username,
            role=role,
            learner_id=learner_id,
            display_name=display_name.strip()[:100],
            created_at=self.clock().replace(microsecond=0),
            must_change_password=one_time,
        )
        stored_hash = hash_password(password) if password is not None else ""
        self._run(
            lambda c: c.execute(
                f"INSERT INTO accounts ({_COLUMNS}, password_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    account.id,
                    username,
                    role,
                    learner_id,
                    account.display_name,
                    account.created_at.isoformat(),
                    int(one_time),
                    stored_hash,
                ),
            ),
            write=True,
        )
        by = actor.label if actor else username
        self.audit.record(
            "account_created", by, actor.id if actor else account.id, learner_id, f"{username} ({role})"
        )
        return account

    def get(self, account_id: str) -> Account | None:
        row = self._run(
            lambda c: c.execute(f"SELECT {_COLUMNS} FROM accounts WHERE id = ?", (account_id,)).fetchone()
        )
        return _account(row) if row else None

    def by_username(self, username: str) -> Account | None:
        row = self._run(
            lambda c: c.execute(
                f"SELECT {_COLUMNS} FROM accounts WHERE username = ?", (normalize(username),)
            ).fetchone()
        )
        return _account(row) if row else None

    def by_learner(self, learner_id: str) -> Account | None:
        row = self._run(
            lambda c: c.execute(
                f"SELECT {_COLUMNS} FROM accounts WHERE learner_id = ?", (learner_id,)
            ).fetchone()
        )
        return _account(row) if row else None

    def all(self) -> list[Account]:
        rows = self._run(lambda c: c.execute(f"SELECT {_COLUMNS} FROM accounts ORDER BY username").fetchall())
        return [_account(r) for r in rows]

    def count(self, role: Role | None = None) -> int:
        if role is None:
            return self._run(lambda c: c.execute("SELECT COUNT(*) FROM accounts").fetchone()[0])
        return self._run(
            lambda c: c.execute("SELECT COUNT(*) FROM accounts WHERE role = ?", (role,)).fetchone()[0]
        )

    def set_role(self, account_id: str, role: Role, actor: Account) -> Account:
        target = self._require(account_id)
        if role not in ROLES:
            raise AccountError(f"Unknown role {role!r}; use one of {', '.join(ROLES)}.")
        if target.role == "learner" or role == "learner":
            raise AccountError(
                "A learner account keeps its role (it owns a learner's data); create a "
                "separate staff account instead."
            )
        if target.role == "admin" and role != "admin" and self.count("admin") <= 1:
            raise AccountError("This is the last admin; make another account admin first.")
        self._run(
            lambda c: c.execute("UPDATE accounts SET role = ? WHERE id = ?", (role, account_id)), write=True
        )
        self.audit.record(
            "role_changed", actor.label, actor.id, None, f"{target.username}: {target.role} -> {role}"
        )
        return target.model_copy(update={"role": role})

    def set_password(self, account_id: str, password: str, actor: Account) -> int:
        """A new password; every session of the account ends (a browser signed in with the old password,
        perhaps not the owner's, signs in no more). Returns how many ended: the caller starts a new one for
        the browser it serves."""
        target = self._require(account_id)
        check_strength(password, target.username)
        new_hash = hash_password(password)
        self._run(
            lambda c: c.execute(
                "UPDATE accounts SET password_hash = ?, must_change_password = 0 WHERE id = ?",
                (new_hash, account_id),
            ),
            write=True,
        )
        ended = SessionStore(self._db).end_all(account_id)
        self.audit.record(
            "password_changed",
            actor.label,
            actor.id,
            target.learner_id,
            f"{target.username}; {ended} session(s) ended",
        )
        return ended

    def _require(self, account_id: str) -> Account:
        account = self.get(account_id)
        if account is None:
            raise AccountError(f"No account {account_id!r}; it may have been deleted. Reload the list.")
        return account

    # --- sign-in ------------------------------------------------------------------------------------------
    def throttle(self, username: str) -> tuple[int, datetime | None]:
        row = self._run(
            lambda c: c.execute(
                "SELECT failures, last_failed_at FROM signin_throttle WHERE username = ?",
                (normalize(username),),
            ).fetchone()
        )
        return (row[0], datetime.fromisoformat(row[1])) if row else (0, None)

    def address_throttle(self, address: str) -> tuple[int, datetime | None]:
        row = self._run(
            lambda c: c.execute(
                "SELECT failures, last_failed_at FROM signin_throttle_address WHERE address = ?", (address,)
            ).fetchone()
        )
        return (row[0], datetime.fromisoformat(row[1])) if row else (0, None)

    def _address_failed(self, address: str, now: datetime) -> int:
        failures, last = self.address_throttle(address)
        failures = address_failures(failures, last, now) + 1
        self._run(
            lambda c: c.execute(
                "INSERT INTO signin_throttle_address (address, failures, last_failed_at) VALUES (?, ?, ?) "
                "ON CONFLICT (address) DO UPDATE SET failures = excluded.failures, "
                "last_failed_at = excluded.last_failed_at",
                (address, failures, now.isoformat()),
            ),
            write=True,
        )
        return failures

    def sign_in(
        self, username: str, password: str, now: datetime | None = None, address: str | None = None
    ) -> Account:
        """The account, or SignInRefused: wrong credentials (the same message whether or not the username
        exists) or, after repeated failures of the username or from the network `address` (None: a caller
        with no network, e.g. the command line), a wait or a lockout that applies even to the right
        password."""
        now = now or self.clock()
        key = normalize(username)[:100]
        known = self.by_username(key) if USERNAME.match(key) else None
        about = known.learner_id if known else None
        from_address, last_from_address = self.address_throttle(address[:100]) if address else (0, None)
        wait = address_wait(from_address, last_from_address, now)
        if address and wait > 0:
            self.audit.record(
                "sign_in_throttled",
                key,
                known.id if known else "",
                about,
                f"address {address}: {from_address} failures; {wait:.0f} s to wait",
            )
            raise SignInRefused(
                "Too many failed sign-ins from your network: wait "
                f"{max(1, round(wait))} second(s) before trying again."
            )
        failures, last = self.throttle(key)
        wait = sign_in_wait(failures, last, now)
        if wait > 0:
            self.audit.record(
                "sign_in_throttled",
                key,
                known.id if known else "",
                about,
                f"{failures} failures in a row; {wait:.0f} s to wait"
                + (f" (address {address})" if address else ""),
            )
            raise SignInRefused(_wait_message(failures, wait))
        stored = (
            self._run(
                lambda c: c.execute(
                    "SELECT password_hash FROM accounts WHERE username = ?", (key,)
                ).fetchone()
            )
            if known
            else None
        )
        if stored is None:
            dummy_verify(password)
        if stored is None or not verify_password(stored[0], password):
            failures += 1
            self._run(
                lambda c: c.execute(
                    "INSERT INTO signin_throttle (username, failures, last_failed_at) VALUES (?, ?, ?) "
                    "ON CONFLICT (username) DO UPDATE SET failures = excluded.failures, "
                    "last_failed_at = excluded.last_failed_at",
                    (key, failures, now.isoformat()),
                ),
                write=True,
            )
            where = f"; {self._address_failed(address[:100], now)} from address {address}" if address else ""
            self.audit.record(
                "sign_in_failed", key, known.id if known else "", about, f"failure {failures} in a row{where}"
            )
            wait = sign_in_wait(failures, now, now)
            more = " " + _wait_message(failures, wait) if wait else ""
            raise SignInRefused("Wrong username or password." + more)
        self._run(lambda c: c.execute("DELETE FROM signin_throttle WHERE username = ?", (key,)), write=True)
        if needs_rehash(stored[0]):
            new_hash = hash_password(password)
            self._run(
                lambda c: c.execute(
                    "UPDATE accounts SET password_hash = ? WHERE id = ?", (new_hash, known.id)
                ),
                write=True,
            )
        self.audit.record("sign_in", known.label, known.id, about, known.role)
        return known

    def for_single_sign_on(
        self, issuer: str, subject: str, name: str = "", role: Role = "learner"
    ) -> Account:
        """The account of an identity proven by an OpenID provider (issuer + subject), made on first use
        without a local password, with the `role` the provider's claims give (`access.role_from_claims`);
        its username is a hash, so it cannot collide with a local one or be guessed from the provider's
        ids. A later sign-in with another staff role changes the role (audited); a change to or from
        learner is refused (a learner account owns a learner's data): an admin sorts it out."""
        if not issuer or not subject:
            raise AccountError("The sign-in service sent no issuer or subject; ask its administrator.")
        username = "sso-" + hashlib.sha256(f"{issuer}|{subject}".encode()).hexdigest()[:20]
        found = self.by_username(username)
        if found is None:
            return self.create(username, None, role, display_name=name or "single sign-on user")
        if found.role == role:
            return found
        if "learner" in (found.role, role):
            self.audit.record(
                "sign_in_failed",
                found.label,
                found.id,
                found.learner_id,
                f"claims say {role}, not {found.role}",
            )
            raise SignInRefused(
                f"Your institution's sign-in now gives you the role {role}, but your pathfinder account is a "
                f"{found.role} account. Ask a pathfinder admin to sort out your account."
            )
        self._run(
            lambda c: c.execute("UPDATE accounts SET role = ? WHERE id = ?", (role, found.id)), write=True
        )
        self.audit.record(
            "role_changed", "single sign-on claims", found.id, None, f"{username}: {found.role} -> {role}"
        )
        return found.model_copy(update={"role": role})

    def unlock(self, username: str, actor: Account) -> None:
        key = normalize(username)
        self._run(lambda c: c.execute("DELETE FROM signin_throttle WHERE username = ?", (key,)), write=True)
        known = self.by_username(key)
        self.audit.record("account_unlocked", actor.label, actor.id, known.learner_id if known else None, key)

    def forget_learner(self, learner_id: str) -> None:
        """Remove the learner's account and caseload rows (part of erasing the learner)."""

        def go(c: Tx) -> None:
            c.execute("DELETE FROM caseloads WHERE learner_id = ?", (learner_id,))
            c.execute("DELETE FROM accounts WHERE learner_id = ?", (learner_id,))

        self._run(go, write=True)

    def forget_username(self, username: str) -> None:
        """Remove the throttle row of a username (part of erasing its learner)."""
        self._run(
            lambda c: c.execute("DELETE FROM signin_throttle WHERE username = ?", (normalize(username),)),
            write=True,
        )

    # --- caseloads ----------------------------------------------------------------------------------------
    def assign(self, advisor_id: str, learner_id: str, actor: Account) -> None:
        """Put a learner into an advisor's caseload, if `actor` may (`access.may_assign`): an admin, the
        learner (an invitation), or an advisor creating a new learner for their own caseload."""
        advisor = self._require(advisor_id)
        if advisor.role != "advisor":
            raise AccountError(f"{advisor.username} is not an advisor; only advisors have caseloads.")
        if not may_assign(actor, advisor_id, learner_id, not self.learner_exists(learner_id)):
            raise AccountError(
                "Only an admin, or the learner themselves, can give an advisor access to a learner's data."
            )
        self._run(
            lambda c: c.execute(
                "INSERT INTO caseloads (advisor_id, learner_id, assigned_by, assigned_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (advisor_id, learner_id) DO NOTHING",
                (advisor_id, learner_id, actor.label, self.clock().isoformat(timespec="seconds")),
            ),
            write=True,
        )
        self.audit.record("caseload_assigned", actor.label, actor.id, learner_id, f"to {advisor.label}")

    def unassign(self, advisor_id: str, learner_id: str, actor: Account) -> None:
        advisor = self._require(advisor_id)
        if not may_unassign(actor, advisor_id, learner_id):
            raise AccountError("Only an admin, the learner or the advisor can end an advisor's access.")
        self._run(
            lambda c: c.execute(
                "DELETE FROM caseloads WHERE advisor_id = ? AND learner_id = ?", (advisor_id, learner_id)
            ),
            write=True,
        )
        self.audit.record("caseload_removed", actor.label, actor.id, learner_id, f"from {advisor.label}")

    def learner_exists(self, learner_id: str) -> bool:
        """Anything of this learner on record: an account, a profile or a caseload row."""

        def go(c: Tx) -> bool:
            return any(
                c.execute(sql, (learner_id,)).fetchone()
                for sql in (
                    "SELECT 1 FROM accounts WHERE learner_id = ?",
                    "SELECT 1 FROM profiles WHERE id = ?",
                    "SELECT 1 FROM caseloads WHERE learner_id = ?",
                )
            )

        return self._run(go)

    def caseload(self, advisor_id: str) -> set[str]:
        rows = self._run(
            lambda c: c.execute(
                "SELECT learner_id FROM caseloads WHERE advisor_id = ?", (advisor_id,)
            ).fetchall()
        )
        return {r[0] for r in rows}

    def advisors_of(self, learner_id: str) -> list[str]:
        rows = self._run(
            lambda c: c.execute(
                "SELECT advisor_id FROM caseloads WHERE learner_id = ?", (learner_id,)
            ).fetchall()
        )
        return [r[0] for r in rows]


def _taken(e: AccountError) -> bool:
    """A unique key refused the write (SQLite: 'UNIQUE constraint failed'; PostgreSQL: UniqueViolation)."""
    cause = e.__cause__
    return cause is not None and ("unique" in str(cause).lower() or "UniqueViolation" in type(cause).__name__)


def _first(e: BaseException) -> str:
    cause = e.__cause__ or e
    return (str(cause).strip().splitlines() or [type(cause).__name__])[0]


def _wait_message(failures: int, wait: float) -> str:
    if is_locked(failures):
        return (
            f"Too many failed sign-ins: this account is locked for {wait / 60:.0f} more minute(s). "
            "An admin can unlock it sooner."
        )
    return f"Too many failed sign-ins: wait {max(1, round(wait))} second(s) before trying again."
