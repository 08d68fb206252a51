"""Account policies below the app, on SQLite and PostgreSQL: roles from an identity provider's claims, the
per-address sign-in throttle, sessions that survive a reload (and end on the server), the audit log's delete
guard, and retention of advisor notes and audit entries (the purge audited)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from pathfinder.domain.access import ADDRESS_FREE_ATTEMPTS, address_wait, role_from_claims
from pathfinder.errors import PathfinderError
from pathfinder.storage.accounts import AccountStore, SignInRefused
from pathfinder.storage.advising import AdvisingStore
from pathfinder.storage.audit import AuditLog
from pathfinder.storage.retention import apply_retention
from pathfinder.storage.sessions import SessionStore

PASSWORD = "correct horse battery"
T0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
ROLES = {"career-advisors": "advisor", "it-admins": "admin", "catalogue-team": "maintainer"}


@pytest.fixture
def db(store_settings) -> str:
    return store_settings.database_path


def _sql(db: str, sql: str, params: tuple = ()):
    from pathfinder.storage.database import open_database

    return open_database(db).run(lambda tx: tx.execute(sql, params).rowcount, write=True)


# --- roles from claims --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("claims", "expected"),
    [
        ({"groups": ["career-advisors"]}, "advisor"),
        ({"groups": "it-admins"}, "admin"),
        ({"groups": ["career-advisors", "it-admins", "students"]}, "admin"),  # the most privileged match
        ({"groups": ["students"]}, "learner"),  # not in the mapping
        ({"groups": "IT-ADMINS"}, "learner"),  # values match exactly
        ({"email": "x@uni.example"}, "learner"),  # no such claim
        ({"groups": {"it-admins": True}}, "learner"),  # an odd shape grants nothing
        ({"groups": ["it-admins"], "groups_verified": False}, "learner"),  # the provider says unverified
        ({"groups": ["it-admins"], "groups_verified": "false"}, "learner"),
        ({"groups": ["it-admins"], "groups_verified": True}, "admin"),
    ],
)
def test_roles_come_from_a_verified_claim_only(claims, expected):
    assert role_from_claims(claims, "groups", ROLES) == expected
    assert role_from_claims(claims, None, ROLES) == "learner"  # no claim configured: everyone a learner


def test_an_unverified_email_never_raises_the_role():
    roles = {"boss@uni.example": "admin"}
    assert role_from_claims({"email": "boss@uni.example", "email_verified": True}, "email", roles) == "admin"
    assert (
        role_from_claims({"email": "boss@uni.example", "email_verified": False}, "email", roles) == "learner"
    )


def test_single_sign_on_accounts_take_their_role_from_the_claims_with_an_audit_entry(db):
    store = AccountStore(db)
    first = store.for_single_sign_on("https://idp", "u1", "Bo", "advisor")
    assert first.role == "advisor" and first.learner_id is None and first.username.startswith("sso-")
    assert store.for_single_sign_on("https://idp", "u1", "Bo", "advisor").id == first.id
    promoted = store.for_single_sign_on("https://idp", "u1", "Bo", "admin")  # staff to staff: follows the IdP
    assert promoted.id == first.id and store.get(first.id).role == "admin"
    [change] = store.audit.entries(action="role_changed")
    assert change.actor == "single sign-on claims" and "advisor -> admin" in change.detail
    learner = store.for_single_sign_on("https://idp", "u2", "Cy")
    assert learner.role == "learner" and learner.learner_id
    with pytest.raises(SignInRefused, match="Ask a pathfinder admin"):  # a learner account is never elevated
        store.for_single_sign_on("https://idp", "u2", "Cy", "admin")
    with pytest.raises(SignInRefused):  # nor a staff account turned into a learner one
        store.for_single_sign_on("https://idp", "u1", "Bo", "learner")
    assert store.get(learner.id).role == "learner" and store.get(first.id).role == "admin"
    assert "claims say admin" in store.audit.entries(action="sign_in_failed")[-1].detail


# --- per-address throttle -----------------------------------------------------------------------------------
def test_address_wait_rule():
    assert address_wait(ADDRESS_FREE_ATTEMPTS - 1, T0, T0) == 0
    assert address_wait(ADDRESS_FREE_ATTEMPTS, T0, T0) == 1
    assert address_wait(ADDRESS_FREE_ATTEMPTS + 3, T0, T0 + timedelta(seconds=3)) == 5
    assert address_wait(ADDRESS_FREE_ATTEMPTS + 30, T0, T0 + timedelta(hours=2)) == 0  # quiet: forgotten


def test_guessing_many_usernames_from_one_address_is_throttled_and_logged(db):
    store = AccountStore(db)
    ana = store.create("ana.lopez", PASSWORD, "learner")
    for n in range(
        ADDRESS_FREE_ATTEMPTS
    ):  # one try per made-up username: the per-username throttle never bites
        with pytest.raises(SignInRefused, match="Wrong username or password"):
            store.sign_in(f"user{n}", "guess", T0, address="203.0.113.9")
    with pytest.raises(SignInRefused, match="from your network"):  # the right password, from that address
        store.sign_in("ana.lopez", PASSWORD, T0, address="203.0.113.9")
    assert store.sign_in("ana.lopez", PASSWORD, T0, address="198.51.100.7").id == ana.id  # another address
    [throttled] = store.audit.entries(action="sign_in_throttled")
    assert "address 203.0.113.9" in throttled.detail and throttled.learner_id == ana.learner_id
    failed = store.audit.entries(action="sign_in_failed")
    assert len(failed) == ADDRESS_FREE_ATTEMPTS and "from address 203.0.113.9" in failed[0].detail
    # a success from the address does not clear it (one known account must not open the way for guessing)
    later = T0 + timedelta(seconds=2)
    assert store.sign_in("ana.lopez", PASSWORD, later, address="203.0.113.9").id == ana.id
    with pytest.raises(SignInRefused, match="Wrong username"):
        store.sign_in("user-x", "guess", later, address="203.0.113.9")
    with pytest.raises(SignInRefused, match="from your network"):
        store.sign_in("ana.lopez", PASSWORD, later, address="203.0.113.9")
    assert store.sign_in("ana.lopez", PASSWORD, T0 + timedelta(hours=2), address="203.0.113.9").id == ana.id


# --- sessions -----------------------------------------------------------------------------------------------
def test_sessions_resume_until_idle_or_absolute_expiry_and_end_on_sign_out(db):
    ana = AccountStore(db).create("ana", PASSWORD, "learner")
    sessions = SessionStore(db)
    token = sessions.start(ana, T0)
    assert sessions.resume(token, 30, 12, T0 + timedelta(minutes=20)).account_id == ana.id
    assert sessions.resume(token, 30, 12, T0 + timedelta(minutes=45)).account_id == ana.id  # touched at 20
    assert sessions.resume("made-up", 30, 12, T0) is None and sessions.resume("", 30, 12, T0) is None
    assert sessions.resume(token, 30, 12, T0 + timedelta(minutes=80)) is None  # 35 idle minutes
    assert sessions.get(token) is None  # an expired session is deleted
    token = sessions.start(ana, T0)
    for minutes in range(25, 12 * 60, 25):  # active all along, but 12 hours is the most
        assert sessions.resume(token, 30, 12, T0 + timedelta(minutes=minutes)) is not None
    assert sessions.resume(token, 30, 12, T0 + timedelta(hours=12, minutes=5)) is None
    token, other = sessions.start(ana, T0), sessions.start(ana, T0)
    assert sessions.end(token) and not sessions.end(token)
    assert sessions.resume(token, 30, 12, T0) is None and sessions.resume(other, 30, 12, T0) is not None
    assert sessions.end_all(ana.id) == 1 and sessions.count() == 0
    sessions.start(ana)
    stored = open_database_rows(db, "SELECT token_hash, learner_id FROM sessions")
    assert len(stored) == 1 and len(stored[0][0]) == 64 and stored[0][1] == ana.learner_id


def test_a_password_change_ends_every_session_of_the_account(db):
    store, sessions = AccountStore(db), SessionStore(db)
    ana, ben = store.create("ana", PASSWORD, "learner"), store.create("ben", PASSWORD, "learner")
    stolen, hers, his = sessions.start(ana, T0), sessions.start(ana, T0), sessions.start(ben, T0)
    assert store.set_password(ana.id, "a brand new passphrase", ana) == 2
    assert sessions.resume(stolen, 30, 12, T0) is None and sessions.resume(hers, 30, 12, T0) is None
    assert sessions.resume(his, 30, 12, T0) is not None  # nobody else's
    [changed] = store.audit.entries(action="password_changed")
    assert changed.detail == "ana; 2 session(s) ended" and changed.learner_id == ana.learner_id
    with pytest.raises(SignInRefused):
        store.sign_in("ana", PASSWORD, T0)
    assert store.sign_in("ana", "a brand new passphrase", T0).id == ana.id


def open_database_rows(db: str, sql: str) -> list[tuple]:
    from pathfinder.storage.database import open_database

    return open_database(db).run(lambda tx: tx.execute(sql).fetchall())


# --- audit guard and retention ------------------------------------------------------------------------------
def test_the_audit_log_refuses_deletes_outside_erasure_and_retention(db):
    log = AuditLog(db)
    log.record("reindex", "m", detail="x")
    with pytest.raises(PathfinderError, match="append-only"):
        _sql(db, "DELETE FROM audit_log")
    with pytest.raises(PathfinderError, match="append-only"):
        _sql(db, "UPDATE audit_log SET actor = 'someone else'")
    assert [e.actor for e in log.entries()] == ["m"]
    assert open_database_rows(db, "SELECT COUNT(*) FROM audit_delete_permit") == [(0,)]  # no permit left


def test_retention_purges_old_notes_and_audit_entries_and_audits_the_purge(db, tmp_path):
    log, advising = AuditLog(db), AdvisingStore(db)
    old_note = advising.add_note("L1", "met in 2020", author="Bo (bo)")
    advising.add_note("L1", "met this week", author="Bo (bo)")
    _sql(db, "UPDATE advisor_notes SET created_at = '2020-01-01T00:00:00+00:00' WHERE id = ?", (old_note.id,))
    log.record("reindex", "m", detail="old")
    log.record("reindex", "m", detail="new")
    first = log.entries(action="reindex")[-1].id
    # the purge goes through the guarded path: back-date the old entry as the database owner would
    from pathfinder.storage.database import open_database

    def backdate(tx):
        tx.execute("INSERT INTO audit_delete_permit (reason) VALUES ('test')")
        tx.execute("DELETE FROM audit_log WHERE id = ?", (first,))
        tx.execute(
            "INSERT INTO audit_log (at, actor_id, actor, action, learner_id, detail) "
            "VALUES ('2020-01-01T00:00:00+00:00', '', 'm', 'reindex', NULL, 'old')"
        )
        tx.execute("DELETE FROM audit_delete_permit")

    open_database(db).run(backdate, write=True)
    kept = apply_retention(db, tmp_path, None, None)
    assert kept.advisor_notes == kept.audit_entries == 0  # unset: nothing goes
    purged = apply_retention(db, tmp_path, None, None, note_days=365, audit_days=365)
    assert purged.advisor_notes == 1 and purged.audit_entries == 1
    assert [n.text for n in advising.notes("L1")] == ["met this week"]
    assert [e.detail for e in log.entries(action="reindex")] == ["new"]
    details = [e.detail for e in log.entries(action="retention")]
    assert any("1 audit entry older than 365 days purged" in d for d in details)
    assert any("1 advisor note(s) older than 365 days" in d for d in details)
    assert apply_retention(db, tmp_path, None, None, note_days=365, audit_days=365).audit_entries == 0


# --- re-index from the command line -------------------------------------------------------------------------
def test_a_reindex_from_the_command_line_is_audited(tmp_path, monkeypatch, catalogue, capsys):
    from pathfinder.cli import main
    from pathfinder.settings import Settings

    monkeypatch.setenv("PATHFINDER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("PATHFINDER_EMBEDDER", "hash")
    monkeypatch.delenv("PATHFINDER_CHROMA_URL", raising=False)
    monkeypatch.delenv("PATHFINDER_DATABASE_URL", raising=False)
    source = tmp_path / "catalogue.jsonl"
    source.write_text("\n".join(c.model_dump_json() for c in catalogue))
    assert main(["index", str(source), "--json", "--no-infer"]) == 0
    version = json.loads(capsys.readouterr().out)["version"]
    [entry] = AuditLog(Settings(_env_file=None).database_path).entries(action="reindex")
    assert entry.actor == "command-line" and entry.detail.startswith(f"version {version}: 5 entries")


def test_the_command_line_assigns_as_an_admin_and_is_audited(tmp_path, monkeypatch, capsys):
    from pathfinder.cli import main
    from pathfinder.settings import Settings

    monkeypatch.setenv("PATHFINDER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("PATHFINDER_DATABASE_URL", raising=False)
    store = AccountStore(Settings(_env_file=None).database_path)
    ana, vic = store.create("ana", PASSWORD, "learner"), store.create("vic", PASSWORD, "advisor")
    assert main(["accounts", "assign", "vic", "ana"]) == 0
    assert store.caseload(vic.id) == {ana.learner_id}
    [entry] = store.audit.entries(action="caseload_assigned")
    assert entry.actor == "command-line" and entry.learner_id == ana.learner_id


def test_the_command_line_refuses_to_assign_a_learner_nobody_has(tmp_path, monkeypatch, capsys):
    """A typo ('li' for 'lena') must not put a phantom learner into a caseload: the error says how to create
    the account, and the caseload stays empty."""
    from pathfinder.cli import main
    from pathfinder.settings import Settings

    monkeypatch.setenv("PATHFINDER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("PATHFINDER_DATABASE_URL", raising=False)
    store = AccountStore(Settings(_env_file=None).database_path)
    vic = store.create("vic", PASSWORD, "advisor")
    assert main(["accounts", "assign", "vic", "li"]) != 0
    assert "accounts create --role learner" in capsys.readouterr().err
    assert store.caseload(vic.id) == set()
