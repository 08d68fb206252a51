"""AppTest: the sidebar menu lists only the pages the signed-in role uses (learner, advisor, maintainer,
admin, the demo guest), none before signing in; a page left out of the menu still answers its URL with why
not (the gate), never with another role's content."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest
from ui_harness import APP, account, app_settings, open_page, signed_in, texts  # noqa: F401 - app_settings is a fixture

from pathfinder.domain.access import ROLES, Account, may_use_page
from pathfinder.ui.navigation import PAGES, listed

EXPECTED = {
    "learner": ["Chat", "Profile", "Pathway", "Account"],
    "advisor": ["Chat", "Profile", "Pathway", "Advisor", "Account"],
    "maintainer": ["Catalogue", "Account"],
    "admin": ["Catalogue", "Admin", "Account"],
}


def menu(at: AppTest) -> list[str]:
    return [link.proto.label for link in at.sidebar.get("page_link")]  # the menu, not links on the page


@pytest.mark.parametrize("role", ROLES)
def test_the_menu_lists_only_the_pages_of_the_role(app_settings, role: str) -> None:
    at = AppTest.from_file(APP, default_timeout=60)
    signed_in(at, account(role))
    at.run()
    assert not at.exception, at.exception
    assert menu(at) == EXPECTED[role]


def test_nothing_is_listed_before_signing_in_and_the_demo_guest_gets_the_learner_pages(
    app_settings, monkeypatch
) -> None:
    monkeypatch.setenv("PATHFINDER_DEMO", "1")
    from pathfinder.ui import resources

    resources.settings.clear()
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception, at.exception
    assert menu(at) == [] and any(b.label == "Sign in" for b in at.button)
    next(b for b in at.button if b.label == "Continue as a guest (demo)").click()
    at.run()
    assert not at.exception, at.exception
    assert menu(at) == EXPECTED["learner"]


def test_an_unlisted_page_still_says_why_not(app_settings) -> None:
    at = AppTest.from_file(APP, default_timeout=60)
    signed_in(at, account("learner"))
    at.run()
    open_page(at, "admin").run()
    assert not at.exception, at.exception
    assert "does not use this page" in texts(at) and "Admin" not in menu(at)


def test_the_menu_rule_is_the_gate_rule() -> None:
    for role in ROLES:
        who = Account(id="a", username="someone", role=role)
        assert listed(who) == [m for m, *_ in PAGES if may_use_page(who, m)]
    assert listed(None) == []


@pytest.mark.parametrize(("role", "home"), [("maintainer", "Catalogue"), ("admin", "Admin")])
def test_staff_who_land_on_the_chat_page_get_a_link_to_their_own_page(app_settings, role, home) -> None:
    """A maintainer's first screen after signing in ("/", the Chat page) only said the page was not theirs."""
    at = AppTest.from_file(APP, default_timeout=60)
    signed_in(at, account(role))
    at.run()
    assert not at.exception, at.exception
    assert not at.error and any("does not use this page" in i.value for i in at.info)
    links = [link.proto.label for link in at.main.get("page_link")]
    assert links == [home]
