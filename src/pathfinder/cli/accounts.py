"""`pathfinder accounts ...`: the first admin (with a printed one-time password), staff accounts, unlocking,
caseloads and the audit log, from the command line of the machine the app runs on."""

from __future__ import annotations

import argparse
import sys
from typing import get_args

from pathfinder.cli._common import Commands, print_json, say
from pathfinder.domain.access import Account, Role
from pathfinder.safety.passwords import one_time_password
from pathfinder.settings import Settings
from pathfinder.storage.accounts import AccountError, AccountStore

# Changes made here are audited as done by whoever can run commands on the server.
COMMAND_LINE = Account(id="cli", username="command-line", role="admin")


def register(commands: Commands) -> None:
    accounts = commands.top.add_parser(
        "accounts", help="accounts: first admin, staff, unlock, caseloads, audit"
    )
    sub = Commands(top=accounts.add_subparsers(dest="accounts_command", metavar="WHAT"), eval=commands.eval)
    admin = sub.add(
        "create-admin",
        _create_admin,
        "create an admin; prints a one-time password to change at "
        "the first sign-in (or give one with --password-stdin)",
    )
    admin.add_argument("username")
    admin.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    sub.add(
        "ensure-admin",
        _ensure_admin,
        "create the first admin 'admin' with a printed one-time password "
        "when there is no admin yet (make run does this)",
    )
    create = sub.add("create", _create, "create an account with a printed one-time password")
    create.add_argument("username")
    create.add_argument("--role", choices=get_args(Role), required=True)
    create.add_argument("--name", default="", help="display name shown on notes and agreed plans")
    unlock = sub.add("unlock", _unlock, "clear failed sign-ins of a username (ends its lockout)")
    unlock.add_argument("username")
    assign = sub.add("assign", _assign, "put a learner into an advisor's caseload")
    assign.add_argument("advisor", help="the advisor's username")
    assign.add_argument("learner", help="the learner's username or learner id")
    sub.add("list", _list, "list accounts (JSON)")
    sub.add(
        "purge",
        _purge,
        "delete conversations and uploads older than the retention settings "
        "(PATHFINDER_RETAIN_CONVERSATIONS_DAYS, PATHFINDER_RETAIN_UPLOADS_DAYS)",
    )
    audit = sub.add("audit", _audit, "print the audit log (JSON, oldest first)")
    audit.add_argument("--learner", help="only entries about this learner id")


def _store(settings: Settings) -> AccountStore:
    return AccountStore(settings.database_path)


def _create_admin(args: argparse.Namespace, settings: Settings) -> int:
    password = sys.stdin.readline().rstrip("\n") if args.password_stdin else None
    _new(settings, args.username, "admin", "", password)
    return 0


def _new(settings: Settings, username: str, role: Role, name: str, password: str | None) -> Account:
    store = _store(settings)
    one_time = password is None
    secret = password if password is not None else one_time_password()
    account = store.create(username, secret, role, display_name=name, actor=COMMAND_LINE, one_time=one_time)
    if one_time:
        print(
            f"Created {role} '{account.username}'. One-time password (shown once; change it at the first "
            f"sign-in): {secret}"
        )
    else:
        print(f"Created {role} '{account.username}'.")
    return account


def _ensure_admin(args: argparse.Namespace, settings: Settings) -> int:
    store = _store(settings)
    if store.count("admin"):
        say("An admin account exists; sign in with it (or `pathfinder accounts create-admin NAME`).")
        return 0
    account = _new(settings, "admin", "admin", "", None)
    store.audit.record("first_admin", COMMAND_LINE.label, COMMAND_LINE.id, None, account.username)
    return 0


def _create(args: argparse.Namespace, settings: Settings) -> int:
    _new(settings, args.username, args.role, args.name, None)
    return 0


def _unlock(args: argparse.Namespace, settings: Settings) -> int:
    _store(settings).unlock(args.username, COMMAND_LINE)
    say(f"Failed sign-ins of '{args.username}' cleared.")
    return 0


def _assign(args: argparse.Namespace, settings: Settings) -> int:
    store = _store(settings)
    advisor = store.by_username(args.advisor)
    if advisor is None:
        raise AccountError(f"No account '{args.advisor}'. List them with `pathfinder accounts list`.")
    owner = store.by_username(args.learner)
    learner_id = owner.learner_id if owner and owner.learner_id else args.learner
    if owner is None and not store.learner_exists(learner_id):  # a typo must not make a phantom learner
        raise AccountError(
            f"No learner '{args.learner}': no account has that username and no profile that id. Create the "
            f"account first: `pathfinder accounts create --role learner USERNAME`."
        )
    store.assign(advisor.id, learner_id, COMMAND_LINE)
    who = f"{owner.username} ({learner_id})" if owner else learner_id
    say(f"Learner {who} is now in {advisor.username}'s caseload.")
    return 0


def _list(args: argparse.Namespace, settings: Settings) -> int:
    print_json(_store(settings).all())
    return 0


def _purge(args: argparse.Namespace, settings: Settings) -> int:
    from pathfinder.storage.retention import apply_retention

    purged = apply_retention(
        settings.database_path,
        settings.data_dir,
        settings.retain_conversations_days,
        settings.retain_uploads_days,
        note_days=settings.retain_advisor_notes_days,
        audit_days=settings.retain_audit_days,
    )
    say(
        f"Deleted {purged.conversations} conversation(s), {purged.upload_folders} upload folder(s), "
        f"{purged.advisor_notes} advisor note(s) and {purged.audit_entries} audit entries."
    )
    return 0


def _audit(args: argparse.Namespace, settings: Settings) -> int:
    log = _store(settings).audit
    print_json(list(reversed(log.entries(learner_id=args.learner, limit=1_000_000))))
    return 0


def record_reindex(settings: Settings, detail: str) -> None:
    """Audit a re-index run from the command line (the app's Catalogue page records its own); a log that
    cannot be written is said, not hidden, and does not undo the index just built."""
    from pathfinder.errors import PathfinderError
    from pathfinder.storage.audit import AuditLog

    try:
        AuditLog(settings.database_path).record("reindex", COMMAND_LINE.label, COMMAND_LINE.id, None, detail)
    except PathfinderError as e:
        say(f"warning: the re-index was not recorded in the audit log: {e}")
