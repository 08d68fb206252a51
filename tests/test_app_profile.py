"""AppTest: the Profile page edits skills, goal and constraints, reads a CV and credential files, moves and
deletes data."""

from __future__ import annotations

from datetime import date

import pytest
from ui_harness import DATA_ANALYST, app_settings, start_app, texts  # noqa: F401 - app_settings is a fixture

from pathfinder.domain import HeldSkill, LearnerProfile
from pathfinder.profiles import profile_to_json
from pathfinder.settings import Settings
from pathfinder.storage.profiles import open_profile_store

SQL = "http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742"
PYTHON = "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d"


def stored(settings: Settings) -> LearnerProfile:
    return open_profile_store(settings).get("learner-test")


def submit(at, label: str):
    next(b for b in at.button if b.label == label).click()
    return at.run()


def test_skills_goal_and_constraints_are_saved(app_settings):
    at = start_app("profile")
    assert not at.exception, at.exception
    at.multiselect[0].set_value([SQL, PYTHON])
    at = submit(at, "Save skills")
    assert {s.uri for s in stored(app_settings).skills} == {SQL, PYTHON}
    assert "Saved 2 skills." in texts(at)

    next(s for s in at.selectbox if s.label.startswith("Target occupation")).set_value(DATA_ANALYST)
    next(s for s in at.select_slider if s.label == "Level the goal needs").set_value("advanced")
    at = submit(at, "Save goal")
    profile = stored(app_settings)
    assert profile.goal.occupation_uri == DATA_ANALYST and profile.goal.label == "data analyst"
    assert profile.goal.required_level == "advanced"
    assert {s.uri for s in profile.skills} == {SQL, PYTHON}  # saving the goal kept the skills

    at.number_input[0].set_value(8.0)
    at.checkbox[0].uncheck()
    at.number_input[2].set_value(300.0)
    at = submit(at, "Save constraints")
    c = stored(app_settings).constraints
    assert c.hours_per_week == 8 and c.budget == 300 and c.weeks is None
    assert not at.exception


def test_the_level_and_source_of_a_held_skill_can_be_changed(app_settings):
    store = open_profile_store(app_settings)
    store.save(
        LearnerProfile(
            id="learner-test",
            skills=(
                HeldSkill(uri=SQL, label="SQL", level="basic"),
                HeldSkill(uri=PYTHON, label="Python", level="basic"),
            ),
        )
    )
    at = start_app("profile")
    next(s for s in at.selectbox if s.label == "Skill").set_value(PYTHON)
    next(s for s in at.select_slider if s.label == "Level").set_value("advanced")
    next(s for s in at.selectbox if s.label == "Where it comes from").set_value("formal")
    at = submit(at, "Update skill")
    assert not at.exception, at.exception
    levels = {s.uri: (s.level, s.source) for s in stored(app_settings).skills}
    assert levels == {PYTHON: ("advanced", "formal"), SQL: ("basic", "self-declared")}


def test_currency_deadline_providers_and_countries_are_saved(app_settings):
    at = start_app("profile")
    assert not at.exception, at.exception
    form = {w.label: w for w in (*at.selectbox, *at.multiselect, *at.date_input)}
    form["Currency of the budget"].set_value("USD")
    form["Finish by (date)"].set_value(date(2030, 6, 30))
    assert "Skills Academy" in form["Only these providers"].options  # choices come from the catalogue
    form["Only these providers"].set_value(["Open University of Testland"])
    form["Only providers from these countries"].set_value(["DE"])
    form["Preferred language (a preference, not a limit)"].set_value("de")
    at = submit(at, "Save constraints")
    assert not at.exception, at.exception
    c = stored(app_settings).constraints
    assert (c.currency, c.deadline) == ("USD", date(2030, 6, 30))
    assert (c.providers, c.countries) == (("Open University of Testland",), ("DE",))
    assert stored(app_settings).preferences.language == "de"
    assert "Constraints saved." in texts(at)


def test_an_advert_with_no_taxonomy_skills_warns_and_keeps_the_goal(app_settings):
    at = start_app("profile")
    at.radio[0].set_value("advert").run()
    at.text_area[0].input("Friendly team, free coffee, great location.").run()
    at = submit(at, "Extract skills")
    assert not at.exception, at.exception
    assert any("No taxonomy skills were found" in w.value for w in at.warning)
    assert all(p.goal is None for p in open_profile_store(app_settings).list())  # nothing saved as a goal


def test_cv_text_adds_the_skills_it_names(app_settings):
    at = start_app("profile")
    at.text_area[0].input("Five years of SQL reporting and some Python scripting.").run()
    at = submit(at, "Extract skills")
    assert not at.exception, at.exception
    assert {SQL, PYTHON} <= {s.uri for s in stored(app_settings).skills}
    added = len(stored(app_settings).skills)
    assert f"Added {added} skills found in your CV." in texts(at)  # counted, not "skill(s)"
    [read] = [
        d.value for d in at.dataframe if "your words" in d.value.columns
    ]  # what was read, and from where
    words = dict(zip(read["skill"], read["your words"], strict=True))
    assert any("SQL" in w for w in words.values()) and any("Python" in w for w in words.values())


@pytest.mark.shared_data
def test_open_badge_upload_adds_a_held_credential(app_settings, shared_data):
    badge = (
        shared_data / "microcredential_examples" / "openbadges3-microcredential-example.json"
    ).read_bytes()
    at = start_app("profile")
    at.file_uploader(key="held-credential").set_value(("badge.json", badge, "application/json"))
    at.run()
    at = submit(at, "Add this credential")
    assert not at.exception, at.exception
    assert len(stored(app_settings).credentials) == 1


def test_binary_upload_is_refused_with_a_message(app_settings):
    at = start_app("profile")
    at.file_uploader(key="held-credential").set_value(("badge.json", b"\x00\x01PK" * 100, "application/json"))
    at.run()
    at = submit(at, "Add this credential")
    assert not at.exception
    assert any("binary" in e.value for e in at.error)  # pathfinder.safety.uploads' message


def test_export_import_and_delete_all_my_data(app_settings):
    store = open_profile_store(app_settings)
    store.save(LearnerProfile(id="learner-test", name="Ana"))
    at = start_app("profile")
    assert [d.label for d in at.get("download_button")] == [
        "Export the profile only (JSON, to import elsewhere)"
    ]
    next(b for b in at.button if b.label == "Prepare an export of all my data").click()
    at.run()
    assert not at.exception, at.exception
    assert [
        d.label for d in at.get("download_button")
    ] == [  # everything about me, and the importable profile
        "Export all my data (JSON)",
        "Export all my data (PDF)",
        "Export the profile only (JSON, to import elsewhere)",
    ]

    other = LearnerProfile(id="someone-else", name="Imported Ana", skills=())
    # UTF-16 (as some Windows editors save it): pathfinder.safety.uploads decodes it by its byte-order mark
    at.file_uploader(key="profile-import").set_value(
        ("p.json", profile_to_json(other).encode("utf-16"), "application/json")
    )
    at.run()
    at = submit(at, "Import and replace my profile")
    assert not at.exception, at.exception
    assert stored(app_settings).name == "Imported Ana"  # imported under this learner's own id

    next(c for c in at.checkbox if c.label.startswith("I understand")).check()
    at.run()
    at = submit(at, "Delete all my data")
    assert "deleted" in texts(at)
    assert store.list("learner-test") == []
    assert "Sign in" in [b.label for b in at.button]  # the account went with the data: signed out
