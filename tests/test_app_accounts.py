"""AppTest on the real app.py, as an attacker would try it: another learner's id (in the URL or the session)
reaches none of the six cross-learner operations, a made-up id reaches nothing, guessing is throttled and
logged, sessions expire and sign out, an advisor outside a learner's caseload is refused, the first admin must
replace the one-time password, and the demo guest shortcut is off unless turned on (and then marked)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from ui_harness import (  # noqa: F401 - app_settings is a fixture
    DATA_ANALYST,
    PASSWORD,
    account,
    app_settings,
    open_page,
    sign_in,
    signed_in,
    start_app,
    texts,
)

from pathfinder.cli import main as cli_main
from pathfinder.domain import Goal, LearnerProfile
from pathfinder.domain.dialogue import Answer
from pathfinder.settings import Settings
from pathfinder.storage.accounts import AccountStore
from pathfinder.storage.advising import AdvisingStore
from pathfinder.storage.audit import AuditLog
from pathfinder.storage.conversations import ConversationStore
from pathfinder.storage.profiles import open_profile_store
from pathfinder.ui import resources

VICTIM = "learner-victim"
SECRET_WORDS = "my salary is 1234 and I hate my boss"


@pytest.fixture
def victim(app_settings):
    """A learner with a profile, a conversation and an advisor's note."""
    account("learner", VICTIM)
    open_profile_store(app_settings).save(
        LearnerProfile(id=VICTIM, name="Victim Vera", goal=Goal(occupation_uri=DATA_ANALYST))
    )
    conversations = ConversationStore(app_settings.database_path)
    conversation = conversations.start(VICTIM)
    conversations.add_turn(conversation, SECRET_WORDS, Answer(text="Noted."))
    AdvisingStore(app_settings.database_path).add_note(VICTIM, "Vera's private note", "advisor", "Vic")
    return app_settings


def _victim_intact(settings: Settings) -> None:
    assert open_profile_store(settings).get(VICTIM).name == "Victim Vera"
    assert len(ConversationStore(settings.database_path).list(VICTIM)) == 1
    assert [n.text for n in AdvisingStore(settings.database_path).notes(VICTIM)] == ["Vera's private note"]


def _attacker(url_id: str = VICTIM, page: str = "chat"):
    """Mallory, signed in as herself, with the victim's id in the URL and planted in her session state."""
    from streamlit.testing.v1 import AppTest
    from ui_harness import APP

    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["learner"] = url_id
    signed_in(at, account("learner", "learner-mallory"))
    at.session_state["learner_id"] = url_id  # the old model's session key
    at.session_state["advised_learner"] = url_id  # and an advisor's: a learner account ignores it
    at.run()
    return open_page(at, page).run()


def test_the_six_cross_learner_operations_are_denied(victim):
    # 1. read their conversation
    at = _attacker(page="chat")
    assert not at.exception, at.exception
    assert SECRET_WORDS not in texts(at) and not at.selectbox[0].options[1:]  # only "+ New conversation"
    # 2. read their profile and goal
    at = _attacker(page="profile")
    shown = texts(at)
    assert "Victim Vera" not in shown and VICTIM not in shown and "learner-mallory" in shown
    # 3. change their profile: see test_a_changed_profile_is_saved_to_the_signed_in_learner_only; their goal
    # does not reach the attacker's Pathway page either
    pathway = _attacker(page="pathway")
    assert "Victim Vera" not in texts(pathway) and "Set a goal first" in texts(pathway)  # Mallory has none
    # 4-6. delete their profile, conversations and advisor notes: "Delete all my data" erases only Mallory's
    next(c for c in at.checkbox if c.label.startswith("I understand")).check()
    at.run()
    next(b for b in at.button if b.label == "Delete all my data").click()
    at.run()
    assert not at.exception, at.exception
    assert "deleted" in texts(at)
    _victim_intact(victim)
    assert AccountStore(victim.database_path).by_username("learner-mallory") is None


def test_a_changed_profile_is_saved_to_the_signed_in_learner_only(victim):
    at = _attacker(page="profile")
    constraints = next(n for n in at.number_input if n.label == "Hours per week")
    constraints.set_value(7.0)
    next(b for b in at.button if b.label == "Save constraints").click()
    at.run()
    assert not at.exception, at.exception
    assert open_profile_store(victim).get("learner-mallory").constraints.hours_per_week == 7
    assert open_profile_store(victim).get(VICTIM).constraints.hours_per_week is None


@pytest.mark.parametrize("made_up", ["admin", "<script>alert(1)</script>", "../../etc/passwd"])
def test_a_made_up_id_in_the_url_reaches_nothing(app_settings, made_up):
    at = start_app("profile", role=None)
    at.query_params["learner"] = made_up
    at.run()
    assert "Sign in" in [b.label for b in at.button] and not at.text_area  # signed out: the sign-in form only
    at = _attacker(made_up, page="profile")
    assert "learner-mallory" in texts(at) and made_up not in texts(at)
    ids = {p.id for p in open_profile_store(app_settings).list()}
    assert made_up not in ids


def test_guessing_is_throttled_and_logged(app_settings):
    target = account("learner", "learner-ana", username="ana")
    at = start_app("chat", role=None)
    # the app's account store gets a clock that moves only when the test moves it: "too soon after three
    # failures" then holds however slowly the machine runs the app (the back-off is seconds)
    now = [datetime(2026, 1, 5, 9, 0, tzinfo=UTC)]
    resources.account_store().clock = lambda: now[0]
    for n in range(3):
        at = sign_in(at, "ana", f"guess number {n}")
        assert any("Wrong username or password" in e.value for e in at.error)
    at = sign_in(at, "ana", PASSWORD)  # the right password, too soon after three failures
    assert any("wait 1 second" in e.value for e in at.error) and "Sign in" in [b.label for b in at.button]
    log = AuditLog(app_settings.database_path)
    actions = [e.action for e in log.entries(learner_id=target.learner_id)]
    assert actions.count("sign_in_failed") == 3 and actions.count("sign_in_throttled") == 1
    assert "sign_in" not in actions
    now[0] += timedelta(seconds=1)  # the wait is over: the right password signs in and clears the failures
    at = sign_in(at, "ana", PASSWORD)
    assert not at.error and "Signed in as **ana**" in texts(at)
    assert AccountStore(app_settings.database_path).throttle("ana") == (0, None)
    assert [e.action for e in log.entries(learner_id=target.learner_id)][0] == "sign_in"


def test_sessions_expire_when_idle_or_too_old_and_sign_out_ends_them(app_settings):
    at = start_app("profile")
    assert "learner-test" in texts(at)
    at.session_state["last_active_at"] = datetime.now(UTC) - timedelta(minutes=31)
    at.run()
    assert "Your session expired; sign in again." in texts(at) and "learner-test" not in texts(at)
    assert AuditLog(app_settings.database_path).entries(action="session_expired")
    at = sign_in(at, "learner-test")
    assert "learner-test" in texts(at)
    at.session_state["signed_in_at"] = datetime.now(UTC) - timedelta(hours=12, minutes=1)
    at.run()  # active a moment ago, but signed in more than 12 hours ago: over too
    assert "Your session expired; sign in again." in texts(at) and "learner-test" not in texts(at)
    assert len(AuditLog(app_settings.database_path).entries(action="session_expired")) == 2
    at = sign_in(at, "learner-test")
    next(b for b in at.button if b.label == "Sign out").click()
    at.run()
    assert "You are signed out." in texts(at) and "learner-test" not in texts(at)
    assert "account_id" not in at.session_state


def test_an_advisor_outside_the_caseload_is_refused(victim):
    advisor = account("advisor")
    at = start_app("advisor", who=advisor)
    assert "Your caseload is empty" in texts(at) and VICTIM not in texts(at)
    at.session_state["advised_learner"] = VICTIM  # as if a tampered session had opened them
    open_page(at, "chat").run()
    assert not at.exception, at.exception
    assert any("not in your caseload" in e.value for e in at.error) and SECRET_WORDS not in texts(at)
    open_page(at, "advisor").run()
    assert any("not in your caseload" in w.value for w in at.warning) and "Session with" not in texts(at)
    # once an admin assigns Vera, the same advisor opens her and the access is audited under their name
    AccountStore(victim.database_path).assign(advisor.id, VICTIM, account("admin"))
    at.run()
    next(b for b in at.button if b.label == "Open session").click()
    at.run()
    assert "Session with Victim Vera" in texts(at)
    [opened] = AuditLog(victim.database_path).entries(learner_id=VICTIM, action="advisor_access")
    assert opened.actor == "Test Advisor (advisor-one)"


def test_the_first_admin_replaces_the_one_time_password_and_administers(app_settings, capsys):
    assert cli_main(["accounts", "create-admin", "root"]) == 0
    one_time = capsys.readouterr().out.strip().rsplit(" ", 1)[-1]
    at = start_app("admin", role=None)
    at = sign_in(at, "root", one_time)
    assert "one-time password" in texts(at) and not at.tabs  # nothing else until it is replaced
    at.text_input(key="new-password").input("a brand new passphrase")
    at.text_input(key="new-password2").input("a brand new passphrase")
    next(b for b in at.button if b.label == "Change password").click()
    at.run()
    assert not at.exception, at.exception
    assert "Audit log" in [t.label for t in at.tabs]
    assert "Your password is changed." in [s.value for s in at.success]  # on the page it lands on, once
    at.run()
    assert "Your password is changed." not in [s.value for s in at.success]
    accounts = AccountStore(app_settings.database_path)
    assert accounts.sign_in("root", "a brand new passphrase").username == "root"
    assert "Export the whole audit log (JSON)" in [d.label for d in at.get("download_button")]


def test_a_first_start_without_an_admin_prints_a_one_time_password_that_must_be_replaced(
    app_settings, capsys
):
    at = start_app("admin", role=None)
    printed = capsys.readouterr().err
    assert "created the admin account 'admin' with the one-time password" in printed
    one_time = printed.split("one-time password ", 1)[1].split(" ", 1)[0]
    at = sign_in(at, "admin", one_time)
    assert "one-time password" in texts(at) and not at.tabs  # nothing else until it is replaced
    [entry] = AuditLog(app_settings.database_path).entries(action="first_admin")
    assert entry.actor == "app start"
    start_app("admin", role=None)  # a second start makes no second admin and prints no password
    assert "one-time password" not in capsys.readouterr().err
    assert AccountStore(app_settings.database_path).count("admin") == 1


def test_the_deployment_configuration_has_no_demo_shortcut():
    from pathfinder.settings import PROJECT_ROOT

    assert Settings.model_fields["demo"].default is False
    assert "PATHFINDER_DEMO=false" in (PROJECT_ROOT / "Dockerfile").read_text()
    assert 'PATHFINDER_DEMO: "false"' in (PROJECT_ROOT / "docker-compose.yml").read_text()


def test_the_demo_guest_shortcut_is_off_unless_turned_on_and_then_marked(app_settings, monkeypatch):
    at = start_app("chat", role=None)
    assert "Continue as a guest (demo)" not in [b.label for b in at.button]
    monkeypatch.setenv("PATHFINDER_DEMO", "true")
    resources.settings.clear()
    at = start_app("chat", role=None)
    assert "DEMO MODE" in texts(at) or any("DEMO MODE" in str(e.value) for e in at.get("badge"))
    next(b for b in at.button if b.label == "Continue as a guest (demo)").click()
    at.run()
    assert not at.exception, at.exception
    assert at.chat_input and "Signed in as **guest-" in texts(at)


def test_an_admin_assigns_a_caseload_exports_and_erases_a_learner_on_the_admin_page(victim):
    advisor = account("advisor")
    at = start_app("admin", role="admin")
    assert not at.exception, at.exception
    at.selectbox(key="admin-rights-learner").set_value(VICTIM)
    caseload_form = [s for s in at.selectbox if s.label in ("Advisor", "Learner")]
    caseload_form[0].set_value(advisor.id)
    caseload_form[1].set_value(VICTIM)
    next(b for b in at.button if b.label == "Assign to caseload").click()
    at.run()
    assert not at.exception, at.exception
    assert VICTIM in AccountStore(victim.database_path).caseload(advisor.id)
    next(b for b in at.button if b.label == "Prepare a full export (JSON)").click()
    at.run()
    [download] = [d for d in at.get("download_button") if d.label == "Download the export"]
    next(c for c in at.checkbox if c.label.startswith("I understand this erases")).check()
    at.run()
    next(b for b in at.button if b.label == "Erase this learner").click()
    at.run()
    assert not at.exception, at.exception
    assert "Erased." in texts(at)
    assert open_profile_store(victim).list(VICTIM) == []
    assert not ConversationStore(victim.database_path).list(VICTIM)
    assert AccountStore(victim.database_path).by_learner(VICTIM) is None
    log = AuditLog(victim.database_path)
    assert log.entries(learner_id=VICTIM) == []  # the entries about her went with her data
    assert [e.actor for e in log.entries(action="erasure")] == ["Test Admin (admin-one)"]
    assert [e.action for e in log.entries(action="export")] == []  # the export entry was about her too


def test_a_learner_invites_an_advisor_and_removes_the_access_again(app_settings):
    advisor = account("advisor")
    learner = account("learner", "learner-ana", username="ana")
    at = start_app("account", who=learner)
    assert "No advisor can see your data." in texts(at)
    next(t for t in at.text_input if t.label.startswith("Invite an advisor")).input("learner-victim")
    next(b for b in at.button if b.label == "Give this advisor access").click()
    at.run()
    assert any("no advisor with that username" in e.value for e in at.error)  # a learner is not an advisor
    next(t for t in at.text_input if t.label.startswith("Invite an advisor")).input("advisor-one")
    next(b for b in at.button if b.label == "Give this advisor access").click()
    at.run()
    store = AccountStore(app_settings.database_path)
    assert store.caseload(advisor.id) == {"learner-ana"}
    assert "Test Advisor (advisor-one) can now see and change your data." in texts(at)
    [invited] = AuditLog(app_settings.database_path).entries(action="caseload_assigned")
    assert invited.actor == "Test Learner (ana)" and invited.learner_id == "learner-ana"
    next(b for b in at.button if b.label == "Remove access").click()
    at.run()
    assert store.caseload(advisor.id) == set() and "No advisor can see your data." in texts(at)


def test_a_learner_signs_up_on_the_sign_in_page_and_is_signed_in(app_settings):
    """The sign-up form (on by default): two different passwords are refused with the fix, a short one with
    the store's rule, and a good one creates a learner account that is signed in at once."""
    at = start_app("chat", role=None)
    at.text_input(key="signup-username").input("new-learner")
    at.text_input(key="signup-password").input("long enough passphrase")
    at.text_input(key="signup-password2").input("another passphrase")
    next(b for b in at.button if b.label == "Create my account").click()
    at.run()
    assert "The two passwords differ" in texts(at) and "Signed in as" not in texts(at)
    at.text_input(key="signup-password").input("short")
    at.text_input(key="signup-password2").input("short")
    next(b for b in at.button if b.label == "Create my account").click()
    at.run()
    assert "10" in " ".join(e.value for e in at.error) and "Signed in as" not in texts(at)
    at.text_input(key="signup-password").input("long enough passphrase")
    at.text_input(key="signup-password2").input("long enough passphrase")
    next(b for b in at.button if b.label == "Create my account").click()
    at.run()
    assert not at.exception, at.exception
    assert "Signed in as **new-learner**" in texts(at) and at.chat_input
