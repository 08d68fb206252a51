"""Accounts below the app: the access rule, password strength and hashing, sign-in throttling and lockout, the
append-only audit log, caseloads, and the learner's export and erasure (every table scanned afterwards)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from pathfinder.domain import Goal, LearnerProfile, Pathway
from pathfinder.domain.access import LOCK_AFTER, Account, may, session_expired, sign_in_wait
from pathfinder.domain.dialogue import Answer
from pathfinder.errors import PathfinderError
from pathfinder.safety.passwords import WeakPassword, check_strength, hash_password, verify_password
from pathfinder.storage.accounts import AccountError, AccountStore, SignInRefused
from pathfinder.storage.advising import AdvisingStore
from pathfinder.storage.audit import AuditLog
from pathfinder.storage.conversations import ConversationStore
from pathfinder.storage.learner_data import (
    AccessDenied,
    Stores,
    feedback_exchanges,
    learner_directory,
    open_learner,
)
from pathfinder.storage.profiles import SqliteProfileStore
from pathfinder.storage.sessions import SessionStore

PASSWORD = "correct horse battery"
T0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


@pytest.fixture
def stores(store_settings) -> Stores:
    """The stores on one database: SQLite (a file under tmp_path) and PostgreSQL (a throwaway schema)."""
    db = store_settings.database_path
    audit = AuditLog(db)
    return Stores(
        profiles=SqliteProfileStore(db),
        conversations=ConversationStore(db),
        advising=AdvisingStore(db),
        accounts=AccountStore(db, audit),
        audit=audit,
    )


def _learner(lid: str = "L1") -> Account:
    return Account(id="a-" + lid, username=lid.lower(), role="learner", learner_id=lid)


def test_the_access_rule():
    ana, ben = _learner("L1"), _learner("L2")
    advisor = Account(id="adv", username="adv", role="advisor")
    admin = Account(id="adm", username="adm", role="admin")
    maintainer = Account(id="m", username="m", role="maintainer")
    for action in ("read", "write", "export", "erase"):
        assert may(ana, action, "L1") and not may(ben, action, "L1") and not may(None, action, "L1")
        assert not may(maintainer, action, "L1")
        assert not may(advisor, action, "L1", caseload={"L2"})
        assert not may(ana, action, "")  # no id, no access
    assert may(advisor, "read", "L1", {"L1"}) and may(advisor, "write", "L1", {"L1"})
    assert not may(advisor, "erase", "L1", {"L1"}) and not may(advisor, "export", "L1", {"L1"})
    assert may(admin, "export", "L1") and may(admin, "erase", "L1") and not may(admin, "read", "L1")
    # a learner account without its own record reaches nobody's, not even an id-less one
    assert not may(Account(id="x", username="x", role="learner"), "read", "L1")


def test_throttle_backs_off_then_locks_and_sessions_expire():
    assert sign_in_wait(2, T0, T0) == 0
    assert sign_in_wait(3, T0, T0) == 1 and sign_in_wait(5, T0, T0) == 4
    assert sign_in_wait(5, T0, T0 + timedelta(seconds=5)) == 0
    assert sign_in_wait(LOCK_AFTER, T0, T0 + timedelta(minutes=14)) == pytest.approx(60)
    assert sign_in_wait(LOCK_AFTER + 1, T0, T0 + timedelta(minutes=16)) > 0  # doubles
    assert not session_expired(T0, T0, T0 + timedelta(minutes=29), 30, 12)
    assert session_expired(T0, T0, T0 + timedelta(minutes=31), 30, 12)
    assert session_expired(T0, T0 + timedelta(hours=12), T0 + timedelta(hours=12, minutes=1), 30, 12)


@pytest.mark.parametrize("weak", ["short1", "password123", "aaaaaaaaaaaa", "ababababab12", "my-ana.lopez-pw"])
def test_weak_passwords_are_refused_with_the_fix(weak):
    with pytest.raises(WeakPassword):
        check_strength(weak, "ana.lopez")


def test_argon2_hashes_verify_and_are_salted():
    first, second = hash_password(PASSWORD), hash_password(PASSWORD)
    assert first.startswith("$argon2id$") and first != second
    assert verify_password(first, PASSWORD) and not verify_password(first, PASSWORD + "x")
    assert not verify_password("", PASSWORD) and not verify_password("not a hash", PASSWORD)


def test_sign_in_is_throttled_locked_and_logged_even_for_the_right_password(stores):
    accounts = stores.accounts
    ana = accounts.create("ana", PASSWORD, "learner")
    assert accounts.sign_in("ANA ", PASSWORD, T0).id == ana.id
    for n in range(3):
        with pytest.raises(SignInRefused, match="Wrong username or password"):
            accounts.sign_in("ana", f"guess-{n}", T0)
    with pytest.raises(SignInRefused, match="wait"):  # 4th try within the back-off: refused unchecked
        accounts.sign_in("ana", PASSWORD, T0)
    later = T0
    for n in range(LOCK_AFTER - 3):
        later += timedelta(minutes=5)
        with pytest.raises(SignInRefused):
            accounts.sign_in("ana", f"guess-more-{n}", later)
    with pytest.raises(SignInRefused, match="locked"):
        accounts.sign_in("ana", PASSWORD, later + timedelta(minutes=5))
    assert accounts.sign_in("ana", PASSWORD, later + timedelta(minutes=16)).id == ana.id  # lock over, reset
    actions = [e.action for e in stores.audit.entries(learner_id=ana.learner_id)]
    assert actions.count("sign_in_failed") == LOCK_AFTER and "sign_in_throttled" in actions
    assert actions.count("sign_in") == 2
    # an unknown username gets the same message and the same throttling (nothing tells it does not exist)
    for _ in range(3):
        with pytest.raises(SignInRefused, match="Wrong username or password"):
            accounts.sign_in("nobody", PASSWORD, T0)
    with pytest.raises(SignInRefused, match="wait"):
        accounts.sign_in("nobody", PASSWORD, T0)


def test_admin_unlock_clears_a_lockout_and_roles_change_with_an_audit_entry(stores):
    accounts = stores.accounts
    admin = accounts.create("root", PASSWORD, "admin")
    staff = accounts.create("sam", PASSWORD, "maintainer")
    for n in range(LOCK_AFTER):
        with pytest.raises(SignInRefused):
            accounts.sign_in("sam", f"x{n}", T0 + timedelta(minutes=5 * n))
    accounts.unlock("sam", admin)
    assert accounts.sign_in("sam", PASSWORD).id == staff.id
    assert accounts.set_role(staff.id, "advisor", admin).role == "advisor"
    with pytest.raises(AccountError, match="last admin"):
        accounts.set_role(admin.id, "advisor", admin)
    with pytest.raises(AccountError, match="taken"):
        accounts.create("SAM", PASSWORD, "learner")
    [changed] = stores.audit.entries(action="role_changed")
    assert changed.actor == "root" and "maintainer -> advisor" in changed.detail


def test_the_audit_log_is_append_only(stores):
    stores.audit.record("reindex", "m", detail="x")
    with pytest.raises(PathfinderError, match="append-only"):
        _sql(stores, "UPDATE audit_log SET actor = 'someone else'")
    assert json.loads(stores.audit.export_json())[0]["actor"] == "m"


def test_a_learner_id_is_not_a_credential_and_advisors_need_a_caseload(stores):
    ana = stores.accounts.create("ana", PASSWORD, "learner")
    ben = stores.accounts.create("ben", PASSWORD, "learner")
    advisor = stores.accounts.create("vic", PASSWORD, "advisor", display_name="Vic Ortega")
    admin = stores.accounts.create("root", PASSWORD, "admin")
    mine = open_learner(stores, ana, ana.learner_id, "write")
    mine.save(LearnerProfile(id=ana.learner_id, name="Ana"))
    for action in ("read", "write", "export", "erase"):
        with pytest.raises(AccessDenied):
            open_learner(stores, ben, ana.learner_id, action)
        with pytest.raises(AccessDenied, match="caseload"):
            open_learner(stores, advisor, ana.learner_id, action)
    with pytest.raises(AccessDenied):  # the gateway refuses saving under another id too
        mine.save(LearnerProfile(id=ben.learner_id, name="not mine"))
    conversation = open_learner(stores, ben, ben.learner_id, "write").start_conversation()
    with pytest.raises(AccessDenied):  # another learner's conversation id reaches nothing
        mine.history(conversation)
    stores.accounts.assign(advisor.id, ana.learner_id, admin)
    theirs = open_learner(stores, advisor, ana.learner_id, "write", audit_access=True)
    assert theirs.load().name == "Ana"
    note = theirs.add_note("Prefers evening courses")
    assert note.author == "Vic Ortega (vic)"
    [opened, noted] = reversed(stores.audit.entries(learner_id=ana.learner_id, action="advisor_access"))
    assert opened.actor == noted.actor == "Vic Ortega (vic)" and noted.detail == "added a session note"
    stores.accounts.unassign(advisor.id, ana.learner_id, admin)
    with pytest.raises(AccessDenied):
        open_learner(stores, advisor, ana.learner_id, "read")


def test_only_an_admin_or_the_learner_grants_an_advisor_access(stores):
    accounts = stores.accounts
    ana, ben = accounts.create("ana", PASSWORD, "learner"), accounts.create("ben", PASSWORD, "learner")
    vic, bo = accounts.create("vic", PASSWORD, "advisor"), accounts.create("bo.ruiz", PASSWORD, "advisor")
    sam, root = accounts.create("sam", PASSWORD, "maintainer"), accounts.create("root", PASSWORD, "admin")
    stores.profiles.save(LearnerProfile(id="made-by-bo", name="No account"))
    for actor, advisor, learner in [
        (vic, vic, ana.learner_id),  # an advisor taking an existing learner into their own caseload
        (vic, vic, "made-by-bo"),  # one with a profile but no account
        (vic, bo, "learner-brand-new"),  # a new learner, but into someone else's caseload
        (ben, vic, ana.learner_id),  # another learner
        (sam, vic, ana.learner_id),  # a maintainer
    ]:
        with pytest.raises(AccountError, match="Only an admin, or the learner"):
            accounts.assign(advisor.id, learner, actor)
    assert accounts.caseload(vic.id) == accounts.caseload(bo.id) == set()
    accounts.assign(vic.id, ana.learner_id, ana)  # Ana invites Vic
    accounts.assign(vic.id, "learner-brand-new", vic)  # Vic creates a learner for his own caseload
    accounts.assign(bo.id, ben.learner_id, root)  # an admin assigns
    assert accounts.caseload(vic.id) == {ana.learner_id, "learner-brand-new"}
    with pytest.raises(AccountError, match="end an advisor's access"):
        accounts.unassign(vic.id, ana.learner_id, bo)  # another advisor
    with pytest.raises(AccountError, match="end an advisor's access"):
        accounts.unassign(vic.id, ana.learner_id, ben)  # another learner
    accounts.unassign(vic.id, ana.learner_id, ana)
    accounts.unassign(vic.id, "learner-brand-new", vic)
    accounts.unassign(bo.id, ben.learner_id, root)
    assert accounts.caseload(vic.id) == accounts.caseload(bo.id) == set()


def test_only_admins_list_learners_and_feedback_analytics_never_say_who_asked(stores):
    ana = stores.accounts.create("ana", PASSWORD, "learner")
    advisor = stores.accounts.create("vic", PASSWORD, "advisor")
    maintainer = stores.accounts.create("sam", PASSWORD, "maintainer")
    admin = stores.accounts.create("root", PASSWORD, "admin")
    mine = open_learner(stores, ana, ana.learner_id, "write")
    mine.save(LearnerProfile(id=ana.learner_id, name="Ana"))
    stores.profiles.save(LearnerProfile(id="no-account", name="Made by an advisor"))
    conversation = mine.start_conversation()
    mine.feedback(mine.add_turn(conversation, "any SQL courses?", Answer(text="None found.")), -1, "nothing")
    assert learner_directory(stores, admin) == {
        ana.learner_id: f"ana · {ana.learner_id}",
        "no-account": "Made by an advisor · no-account",
    }
    for nobody in (ana, advisor, maintainer, None):
        with pytest.raises(AccessDenied):
            learner_directory(stores, nobody)
    for reviewer in (maintainer, admin):
        [asked] = feedback_exchanges(stores, reviewer)
        assert (asked.question, asked.rating, asked.comment) == ("any SQL courses?", -1, "nothing")
        assert ana.learner_id not in repr(asked) and conversation not in repr(asked)
    for nobody in (ana, advisor, None):
        with pytest.raises(AccessDenied):
            feedback_exchanges(stores, nobody)


def test_no_page_reads_a_learner_store_but_through_the_gateway():
    """The learner stores are reached in ui/ only by resources (which builds them) and the gateway's
    callers; a page calling `resources.profile_store()` (or conversations, advising) would skip the rule."""
    import re
    from pathlib import Path

    import pathfinder.ui as ui

    direct = re.compile(r"\b(profile_store|conversation_store|advising_store)\(\)")
    assert direct.search("x = resources.conversation_store().exchanges()")  # the check can fail
    found = [
        f"{path.name}: {line.strip()}"
        for path in Path(ui.__file__).parent.rglob("*.py")
        if path.name != "resources.py"
        for line in path.read_text().splitlines()
        if direct.search(line)
    ]
    assert found == []


def test_an_import_keeps_the_advisors_decisions_and_says_so(stores):
    ana = stores.accounts.create("ana", PASSWORD, "learner")
    advisor = stores.accounts.create("vic", PASSWORD, "advisor")
    stores.accounts.assign(advisor.id, ana.learner_id, ana)  # Ana invites Vic
    open_learner(stores, ana, ana.learner_id, "write").save(LearnerProfile(id=ana.learner_id, name="Ana"))
    theirs = open_learner(stores, advisor, ana.learner_id, "write")
    current = theirs.load()
    theirs.save(
        current.model_copy(
            update={
                "preferences": current.preferences.model_copy(
                    update={"pinned": ("da-1",), "rejected": ("da-2",)}
                )
            }
        )
    )
    imported = LearnerProfile(id="whatever", name="Ana imported")
    saved, kept = open_learner(stores, ana, ana.learner_id, "write").import_profile(imported)
    assert kept and saved.name == "Ana imported" and saved.preferences.pinned == ("da-1",)
    assert saved.preferences.rejected == ("da-2",) and saved.preferences.decided_by == "vic"


def _sql(stores: Stores, sql: str, params: tuple = ()) -> None:
    """Raw SQL on the stores' database (either engine), committed."""
    stores.profiles.database.run(lambda tx: tx.execute(sql, params), write=True)


def _everything(stores: Stores) -> str:
    """Every value in every table of the database, as one string (for 'is anything of them left?')."""
    db = stores.profiles.database

    def go(tx) -> str:
        tables = sorted(db.columns(tx))
        return "\n".join(repr(row) for t in tables for row in tx.execute(f'SELECT * FROM "{t}"').fetchall())

    return db.run(go)


def test_export_holds_everything_and_erasure_leaves_nothing(stores):
    ana = stores.accounts.create("ana.lopez", PASSWORD, "learner")
    advisor = stores.accounts.create("vic", PASSWORD, "advisor")
    admin = stores.accounts.create("root", PASSWORD, "admin")
    ben = stores.accounts.create("ben", PASSWORD, "learner")
    stores.accounts.assign(advisor.id, ana.learner_id, admin)
    lid = ana.learner_id
    mine = open_learner(stores, ana, lid, "write")
    mine.save(LearnerProfile(id=lid, name="Ana Lopez", goal=Goal(label="data analyst")))
    conversation = mine.start_conversation()
    message_id = mine.add_turn(conversation, "I want to be a data analyst", Answer(text="Here is a plan"))
    mine.feedback(message_id, 1, "useful")
    theirs = open_learner(stores, advisor, lid, "write", audit_access=True)
    theirs.add_note("Ana wants evening courses")
    theirs.agree(Pathway(goal_label="data analyst"), None)
    stores.accounts.sign_in("ana.lopez", PASSWORD)
    SessionStore(stores.profiles.database).start(ana)  # a browser still signed in
    with pytest.raises(SignInRefused):  # a failed sign-in: a throttle row and an audit entry naming her
        stores.accounts.sign_in("ana.lopez", "not her password", address="203.0.113.9")
    open_learner(stores, ben, ben.learner_id, "write").save(LearnerProfile(id=ben.learner_id, name="Ben"))

    export = json.loads(open_learner(stores, ana, lid, "export").export_json())
    assert export["profile"]["name"] == "Ana Lopez" and export["account"]["username"] == "ana.lopez"
    [talk] = export["conversations"]
    assert [t["text"] for t in talk["turns"]] == ["I want to be a data analyst", "Here is a plan"]
    assert talk["turns"][1]["feedback"]["comment"] == "useful"
    assert export["advisor_notes"][0]["text"] == "Ana wants evening courses"
    assert len(export["agreed_plans"]) == 1
    assert {"sign_in", "advisor_access", "caseload_assigned", "account_created"} <= {
        e["action"] for e in export["audit_entries"]
    }

    before = _everything(stores)
    for trace in (lid, ana.id, "ana.lopez", "Ana Lopez", "evening courses", "be a data analyst", "useful"):
        assert trace in before, trace  # the scan below can see every one of them
    open_learner(stores, admin, lid, "erase").erase()
    left = _everything(stores)
    for trace in (lid, ana.id, "ana.lopez", "Ana Lopez", "evening courses", "be a data analyst", "useful"):
        assert trace not in left, trace
    assert "Ben" in left and ben.learner_id in left  # nobody else's data went with it
    [erasure] = stores.audit.entries(action="erasure")
    assert erasure.actor == "root" and "erased-" in erasure.detail
    assert stores.accounts.by_username("ana.lopez") is None
    with pytest.raises(SignInRefused):
        stores.accounts.sign_in("ana.lopez", PASSWORD)


def test_retention_deletes_old_conversations_and_uploads_only(stores, tmp_path):
    import os

    from pathfinder.storage.retention import apply_retention

    conversations = stores.conversations
    old, new = conversations.start("L1"), conversations.start("L1")
    said = conversations.add_turn(old, "words from 2020", Answer(text="an answer from 2020"))
    conversations.feedback(said, -1, "a comment from 2020")
    _sql(stores, "UPDATE conversations SET updated_at = '2020-01-01T00:00:00+00:00' WHERE id = ?", (old,))
    uploads = tmp_path / "data" / "uploads"
    (uploads / "20200101T000000").mkdir(parents=True)
    (uploads / "20200101T000000" / "old.csv").write_text("id\n")
    os.utime(uploads / "20200101T000000", (0, 0))
    (uploads / "fresh").mkdir()
    kept = apply_retention(stores.profiles.database, tmp_path / "data", None, None)
    assert kept.conversations == kept.upload_folders == 0  # unset: nothing goes
    assert "a comment from 2020" in _everything(stores)
    purged = apply_retention(stores.profiles.database, tmp_path / "data", 30, 30)
    assert purged.conversations == 1 and purged.upload_folders == 1
    assert [c.id for c in conversations.list("L1")] == [new]
    left = _everything(stores)  # its messages and feedback went with it
    assert not [t for t in ("words from 2020", "an answer from 2020", "a comment from 2020") if t in left]
    assert [p.name for p in uploads.iterdir()] == ["fresh"]
    [entry] = stores.audit.entries(action="retention")
    assert "1 conversation(s) older than 30 days" in entry.detail


def test_the_pdf_export_prints_every_record_of_the_json_export(stores, monkeypatch):
    from pathfinder.domain.pathways import Step
    from pathfinder.ui import pdf
    from pathfinder.ui.data_export import learner_export_pdf

    ana = stores.accounts.create("ana", PASSWORD, "learner")
    advisor = stores.accounts.create("vic", PASSWORD, "advisor", display_name="Vic Ortega")
    stores.accounts.assign(advisor.id, ana.learner_id, ana)
    mine = open_learner(stores, ana, ana.learner_id, "write")
    mine.save(LearnerProfile(id=ana.learner_id, name="Ana Łopez – 数据", goal=Goal(label="data analyst")))
    conversation = mine.start_conversation()
    mine.feedback(
        mine.add_turn(conversation, "Ich möchte Datenanalystin werden", Answer(text="Gut.")), -1, "zu kurz"
    )
    theirs = open_learner(stores, advisor, ana.learner_id, "write", audit_access=True)
    theirs.add_note("Evening courses only")
    step = Step(id="da-101", title="SQL for analysts", start_week=1, end_week=4)
    theirs.agree(Pathway(goal_label="data analyst", steps=(step,)), None)
    drawn: list[str] = []  # every text the PDF draws goes through ReportPDF._text
    real_text = pdf.ReportPDF._text
    monkeypatch.setattr(
        pdf.ReportPDF, "_text", lambda self, text, *a: drawn.append(real_text(self, text, *a)) or drawn[-1]
    )
    export = open_learner(stores, ana, ana.learner_id, "export").export()
    document = learner_export_pdf(export)
    assert document.startswith(b"%PDF") and len(document) > 2000
    printed = "\n".join(drawn)
    [talk] = export["conversations"]
    [note] = export["advisor_notes"]
    [plan] = export["agreed_plans"]
    assert plan["agreed_by"] == note["author"] == "Vic Ortega (vic)"  # the advisor's real identity
    expected = [
        export["account"]["username"],
        export["profile"]["name"],
        export["profile"]["goal"]["label"],
        *(turn["text"] for turn in talk["turns"]),
        talk["turns"][1]["feedback"]["comment"],
        note["text"],
        note["author"],
        plan["agreed_by"],
        "SQL for analysts (da-101)",
    ]
    for entry in export["audit_entries"]:  # every audit entry about her, each with who and what
        expected += [entry["action"], entry["actor"], entry["detail"]]
    same = (lambda text: text) if pdf._unicode_font() else pdf.fold_latin1  # as printed without DejaVu
    for value in expected:
        assert value and same(value) in printed, value
    assert {e["action"] for e in export["audit_entries"]} >= {"account_created", "advisor_access", "export"}
    empty = stores.accounts.create("ben", PASSWORD, "learner")
    assert learner_export_pdf(open_learner(stores, empty, empty.learner_id, "export").export()).startswith(
        b"%PDF"
    )
