"""AppTest: the Advisor page is for advisor accounts and shows their caseload only; an advisor finds, creates
and opens learners, pins and rejects credentials (the plan follows; their name is recorded), writes notes and
agrees plans under their own name, and downloads a session report."""

from __future__ import annotations

from datetime import UTC

from ui_harness import DATA_ANALYST, account, app_settings, open_page, start_app, texts  # noqa: F401 - fixture

from pathfinder.domain import Constraints, Goal, HeldCredential, LearnerProfile
from pathfinder.storage.accounts import AccountStore
from pathfinder.storage.profiles import open_profile_store

ADVISOR = "Test Advisor (advisor-one)"
# a diploma at EQF 5: the fixture's EQF 6 modules are within one level of where she starts (planner/level.py)
ANA = LearnerProfile(
    id="ana-1",
    name="Ana",
    goal=Goal(occupation_uri=DATA_ANALYST),
    credentials=(HeldCredential(title="Diploma", eqf_level=5),),
    # hours given: with none, a plan over two years at the default pace is re-planned within two (plans27)
    constraints=Constraints(hours_per_week=8),
)


def unlocked(monkeypatch=None, page: str = "advisor", caseload: tuple[str, ...] = ("ana-1",)):
    """The Advisor page as the test advisor, with `caseload` assigned to them by an admin."""
    advisor = account("advisor")
    store = AccountStore(_db())
    admin = account("admin")
    for learner_id in caseload:
        store.assign(advisor.id, learner_id, admin)
    return start_app(page, who=advisor)


def _db() -> str:
    from pathfinder.settings import Settings

    return Settings().database_path


def click(at, label: str):
    next(b for b in at.button if b.label == label).click()
    return at.run()


def test_only_advisor_accounts_use_the_page(app_settings):
    at = start_app("advisor")  # a learner
    assert "does not use this page" in texts(at)
    assert not [b for b in at.button if b.label == "Open session"]
    at = start_app("advisor", role=None)
    assert "Sign in" in [b.label for b in at.button]


def test_an_advisor_account_does_not_open_the_catalogue(app_settings, monkeypatch):
    at = unlocked(monkeypatch)
    open_page(at, "catalogue").run()
    assert not at.get("file_uploader") and "does not use this page" in texts(at)


def test_create_search_and_open_a_learner(app_settings, monkeypatch):
    store = open_profile_store(app_settings)
    store.save(LearnerProfile(id="ana-1", name="Ana Lopez"))
    store.save(LearnerProfile(id="ben-2", name="Ben Meyer"))
    store.save(LearnerProfile(id="cleo-3", name="Cleo Lopez"))  # not in this advisor's caseload
    at = unlocked(monkeypatch, caseload=("ana-1", "ben-2"))
    assert sorted(at.dataframe[0].value["id"]) == ["ana-1", "ben-2"]
    at.text_input(key="advisor-search").input("lopez").run()
    assert list(at.dataframe[0].value["id"]) == ["ana-1"]
    at = click(at, "Open session")
    assert "Session with Ana Lopez" in texts(at)
    at = click(at, "End session")
    at.text_input(key="advisor-search").input("").run()
    at.text_input[-1].input("Chris New")
    at = click(at, "Create profile")
    assert "Session with Chris New" in texts(at)
    [chris] = store.list("chris")
    assert chris.name == "Chris New" and "chris" not in chris.id  # the id carries no name
    assert chris.id in AccountStore(_db()).caseload(account("advisor").id)


def test_pins_and_rejections_change_the_plan_and_the_report(app_settings, monkeypatch):
    store = open_profile_store(app_settings)
    store.save(ANA)
    at = unlocked(monkeypatch)
    at = click(at, "Open session")
    assert not at.exception, at.exception
    assert "Pathway to data analyst" in texts(at)
    decisions = [m for m in at.multiselect if m.label.startswith(("Pinned", "Rejected"))]
    decisions[1].set_value(["da-2"])
    at = click(at, "Save decisions")
    assert not at.exception, at.exception
    assert store.get("ana-1").preferences.rejected == ("da-2",)
    assert store.get("ana-1").preferences.decided_by == ADVISOR
    shown = texts(at)
    assert "**Removed by you:** Data analysis module 2: data mining" in shown
    assert "Download session report (PDF)" in [d.label for d in at.get("download_button")]
    # the learner-facing pages act for the advised learner during the session
    assert "Advisor session" in texts(at)
    assert "act for **Ana** (`ana-1`)" in texts(at)  # the learner's name, not only a random id


def test_notes_and_the_agreed_plan_are_stored_and_the_learner_sees_the_agreement(app_settings, monkeypatch):
    from datetime import datetime

    from pathfinder.storage.advising import AdvisingStore

    store = open_profile_store(app_settings)
    store.save(ANA)
    at = unlocked(monkeypatch)
    at = click(at, "Open session")
    note_box = next(t for t in at.text_area if t.label.startswith("Add a session note"))
    note_box.input("Wants **evening** courses")
    at = click(at, "Save note")
    assert not at.exception, at.exception
    advising = AdvisingStore(app_settings.database_path)
    assert [(n.author_role, n.author, n.text) for n in advising.notes("ana-1")] == [
        ("advisor", ADVISOR, "Wants **evening** courses")
    ]
    assert "Wants \\*\\*evening\\*\\* courses" in texts(at)  # shown as text, not bold

    decisions = [m for m in at.multiselect if m.label.startswith(("Pinned", "Rejected"))]
    decisions[1].set_value(["da-2"])
    at = click(at, "Save decisions")
    assert "Not agreed yet" in texts(at)
    at = click(at, "Agree this plan with the learner")
    assert not at.exception, at.exception
    agreed = advising.agreed_plan("ana-1")
    assert agreed is not None and "da-2" not in agreed.agreed.ids and "da-2" in agreed.suggested.ids
    assert agreed.agreed_by == ADVISOR
    today = datetime.now(UTC).strftime("%Y-%m-%d")
    assert f"Agreed with the learner on {today}" in texts(at)
    assert not [b for b in at.button if b.label == "Agree this plan with the learner"]  # nothing new to agree
    # the session's Pathway tab speaks to the advisor, not "your advisor" as the learner's page does
    assert f"Agreed with Ana on {today} by {ADVISOR}" in texts(at)
    assert "Agreed with your advisor" not in texts(at)

    # a new advisor session (e.g. after a restart) shows the same stored notes and agreement
    at = unlocked(monkeypatch)
    at = click(at, "Open session")
    assert "Wants \\*\\*evening\\*\\* courses" in texts(
        at
    ) and f"Agreed with the learner on {today}" in texts(at)

    # the learner's own Pathway page shows the agreement
    learner_view = start_app("pathway", learner="ana-1")
    assert not learner_view.exception, learner_view.exception
    assert f"Agreed with your advisor on {today}" in texts(learner_view)

    # deleting the learner's data erases the notes and the agreed plan
    assert store.delete("ana-1")
    assert advising.notes("ana-1") == [] and advising.agreed_plan("ana-1") is None


def test_a_learner_with_an_account_and_no_profile_name_is_listed_by_the_account(app_settings, monkeypatch):
    """A learner who signed up has a profile without a name: the caseload names them by their account, not
    '(no name) · learner-6de0…' (an advisor with many learners could not tell who is who)."""
    lena = account("learner", learner="learner-lena", username="lena")
    open_profile_store(app_settings).save(LearnerProfile(id=lena.learner_id))
    at = unlocked(monkeypatch, caseload=(lena.learner_id,))
    assert list(at.dataframe[0].value["name"]) == ["Test Learner (lena)"]
    at.text_input(key="advisor-search").input("lena").run()
    assert list(at.dataframe[0].value["id"]) == [lena.learner_id]


def test_the_what_if_sliders_follow_constraints_saved_during_the_session(app_settings, monkeypatch):
    """All four tabs are drawn on every run, so the Pathway tab's sliders kept their first values (10 h/week)
    after the advisor's chat saved 4 h/week: the tab planned with 10 h (seen in a real browser, session 7)."""
    from pathfinder.domain import Constraints

    store = open_profile_store(app_settings)
    store.save(ANA.model_copy(update={"constraints": Constraints(hours_per_week=10)}))
    at = unlocked(monkeypatch)
    at = click(at, "Open session")
    assert at.slider(key="advisor-pathway-hours").value == 10
    saved = store.get("ana-1")  # what the chat's "she can only do 4 hours a week" saves
    store.save(saved.model_copy(update={"constraints": Constraints(hours_per_week=4)}), saved.version)
    at.run()
    assert not at.exception, at.exception
    assert at.slider(key="advisor-pathway-hours").value == 4
    at.slider(key="advisor-pathway-hours").set_value(12).run()  # a what-if of the advisor's own stays
    assert at.slider(key="advisor-pathway-hours").value == 12
    labels = [b.label for b in at.button]
    assert "Save these as the constraints of Ana" in labels and "Save these as my constraints" not in labels


def test_the_caseload_is_listed_by_name(app_settings, monkeypatch):
    store = open_profile_store(app_settings)
    for pid, name in (("x-1", "Zoe Brown"), ("a-2", "Mia Clark"), ("m-3", "adam Smith")):
        store.save(LearnerProfile(id=pid, name=name))
    at = unlocked(monkeypatch, caseload=("x-1", "a-2", "m-3"))
    assert list(at.dataframe[0].value["name"]) == ["adam Smith", "Mia Clark", "Zoe Brown"]
    assert at.selectbox(key="advisor-pick").value == "m-3"


def test_the_advisors_chat_says_whose_profile_it_saved_to(app_settings, monkeypatch):
    """An advisor telling the chat about a client read "Saved to your profile" (it was the client's)."""
    store = open_profile_store(app_settings)
    store.save(ANA)
    at = unlocked(monkeypatch)
    at = click(at, "Open session")
    at.chat_input(key="advisor-chat-input").set_value("She has 4 hours per week.").run()
    assert not at.exception, at.exception
    assert store.get("ana-1").constraints.hours_per_week == 4
    shown = texts(at)
    assert "✓ Saved to the profile of Ana" in shown and "Saved to your profile" not in shown
    at = click(at, "Undo")
    assert store.get("ana-1").constraints.hours_per_week == ANA.constraints.hours_per_week
    assert "The profile of Ana is back as it was before that answer." in texts(at)


def test_an_advisor_without_an_open_learner_is_shown_the_way_not_an_error(app_settings, monkeypatch):
    """An advisor's first screen after signing in (the Chat page) was a red error box."""
    for page in ("chat", "pathway", "profile"):
        at = unlocked(monkeypatch, page=page)
        assert not at.exception, at.exception
        assert not at.error, [e.value for e in at.error]
        assert any("Open a learner from your caseload" in i.value for i in at.info)
        links = [link.proto for link in at.get("page_link")]
        to_advisor = [link for link in links if link.label == "Advisor"]  # the menu's and the note's
        assert len(to_advisor) == 2 and len({link.page_script_hash for link in to_advisor}) == 1


def test_an_advisor_without_an_open_learner_gets_no_usable_chat_input(app_settings, monkeypatch):
    """The Chat page drew its input for an advisor with nobody open (typing there led nowhere): it is shown
    disabled, saying to open a learner first, and usable once a session is open."""
    open_profile_store(app_settings).save(ANA)
    at = unlocked(monkeypatch, page="chat")
    assert not at.exception, at.exception
    (box,) = at.chat_input
    assert box.proto.disabled and box.placeholder.startswith("Open a learner on the Advisor page first")
    assert any("Open a learner from your caseload" in i.value for i in at.info)
    at = click(open_page(at, "advisor").run(), "Open session")
    at = open_page(at, "chat").run()
    assert not at.exception, at.exception
    (box,) = at.chat_input
    assert not box.proto.disabled and box.placeholder.startswith("Ask for a pathway")


def test_a_learners_chat_input_stays_open(app_settings):
    at = start_app("chat")
    (box,) = at.chat_input
    assert not box.proto.disabled and box.placeholder.startswith("Ask for a pathway")


def test_the_session_pathway_tab_plans_as_the_sessions_chat_does(app_settings, monkeypatch):
    """An advisor's English chat planned English courses while the session's Pathway tab, which did not know
    the conversation's language, planned Spanish and French ones for the same client (a real browser,
    session 16): both tabs now lean to the session's language (`conversation_language.leaning_to`)."""
    from ui_harness import analyst_catalogue

    from pathfinder.domain import ImportReport
    from pathfinder.index import reindex_report

    credentials = analyst_catalogue(app_settings)
    twin = next(c for c in credentials if c.id == "da-3").model_copy(
        update={"id": "da-3-es", "title": "Análisis de datos, módulo dos", "languages": ("es",), "cost": 0}
    )
    reindex_report(app_settings, ImportReport(credentials=[*credentials, twin]))
    store = open_profile_store(app_settings)
    store.save(ANA)
    at = unlocked(monkeypatch)
    at = click(at, "Open session")
    step = "Análisis de datos, módulo dos** —"  # a step of the tab's plan ("**1. <title>** — weeks 1–9 …")
    assert step in texts(at)  # no conversation yet: no language to keep to
    at.chat_input(key="advisor-chat-input").set_value("Please plan her pathway to data analyst.").run()
    assert not at.exception, at.exception
    assert step not in texts(at)
    kept = texts(at).split("Kept from the AI suggestion:")[1].split("\n")[0]  # the agreement tab's plan
    assert "Análisis de datos, módulo dos" not in kept, kept
