"""AppTest: a learner whose conversation is German reads the Profile and Account pages, the role name and
the demo and offline badges in German (issue #12): the test collects every string the pages send to the
browser (labels, help texts, placeholders, captions, tabs, buttons) and fails on any English text of the
pages' templates; staff keep the English pages."""

from __future__ import annotations

import re

import pytest
from google.protobuf.json_format import MessageToDict
from streamlit.testing.v1 import AppTest
from ui_harness import APP, DATA_ANALYST, account, app_settings, open_page, signed_in  # noqa: F401 - fixture

from pathfinder.assistant import i18n
from pathfinder.domain import Goal, HeldSkill, LearnerProfile
from pathfinder.domain.dialogue import Answer, DialogueState
from pathfinder.storage.conversations import ConversationStore
from pathfinder.storage.profiles import open_profile_store

SQL = "http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742"
FRAME = ("pf_", "ac_", "role_", "nav_")  # the pages' own words, the menu, badges and role names


def _german_learner(settings, demo: bool = False) -> None:
    open_profile_store(settings).save(
        LearnerProfile(
            id="learner-test",
            skills=(HeldSkill(uri=SQL, label="SQL", level="basic"),),
            goal=Goal(occupation_uri=DATA_ANALYST, label="data analyst"),
        )
    )
    conversations = ConversationStore(settings.database_path)
    answer = Answer(text="Gern.", state=DialogueState(language="de"))
    conversations.add_turn(conversations.start("learner-test"), "Hallo, ich suche Kurse", answer)


def _strings(node) -> list[str]:
    """Every string of the element tree under `node` (the protos sent to the browser), except option lists
    (taxonomy labels, currencies and providers are data, not the page's words)."""

    def walk(value, key: str = "") -> list[str]:
        if isinstance(value, str):
            return [value]
        if isinstance(value, dict):
            return [s for k, v in value.items() if k != "options" for s in walk(v, k)]
        if isinstance(value, list) and key != "options":
            return [s for v in value for s in walk(v)]
        return []

    found = walk(MessageToDict(node.proto)) if getattr(node, "proto", None) is not None else []
    for child in getattr(node, "children", {}).values():
        found += _strings(child)
    return found


def _english_fragments(lang: str) -> list[str]:
    """The literal text of every English page template that `lang` words differently: the parts between its
    placeholders, 6+ characters."""
    en, other = i18n.table("en"), i18n.table(lang)
    found = set()
    for key, text in en.items():
        if key.startswith(FRAME) and other.get(key) != text:
            found |= {p.strip() for p in re.split(r"\$\{?\w+\}?", text) if len(p.strip()) >= 6}
    return sorted(found)


def _english_shown(at, lang: str = "de") -> list[str]:
    """The English fragments on screen: a phrase anywhere in a string, a single word ("Skills", "learner")
    only as a whole string (the username "learner-test" is no English text)."""
    shown = _strings(at._tree)
    whole = set(shown)
    return [
        f for f in _english_fragments(lang) if (f in whole if " " not in f else any(f in s for s in shown))
    ]


def _run(at, page: str):
    open_page(at, page).run()
    assert not at.exception, at.exception
    return at


def test_the_fragments_catch_the_english_pages() -> None:
    fragments = _english_fragments("de")
    assert "Skills you have (type to search the taxonomy)" in fragments and "Change password" in fragments
    assert "DEMO MODE: guest access on" in fragments and "offline mode" in fragments and "Skills" in fragments


def test_a_german_learner_reads_profile_and_account_in_german(app_settings, monkeypatch) -> None:
    from pathfinder.ui import resources

    monkeypatch.setenv("PATHFINDER_DEMO", "true")  # the demo badge is shown too
    resources.settings.clear()
    _german_learner(app_settings)
    at = AppTest.from_file(APP, default_timeout=60)
    signed_in(at, account("learner"))
    at = _run(at, "profile")
    assert _english_shown(at) == []
    assert at.title[0].value == "Ihr Profil"
    assert [tab.label for tab in at.tabs][:3] == ["Kompetenzen", "Ziel", "Rahmen"]
    assert any(b.label == "Kompetenzen speichern" for b in at.button)
    level = next(s for s in at.select_slider if s.label == "Niveau, das das Ziel verlangt")
    assert level.options == ["beliebig", "Grundlagen", "fortgeschritten", "Experte"]
    badges = [m.value for m in at.markdown if "-badge[" in m.value]
    assert any("DEMO-MODUS: Gastzugang an" in b for b in badges) and any("Offline-Modus" in b for b in badges)
    assert any("(Lernende/r)" in c.value for c in at.caption)
    # a multiselect without a placeholder shows Streamlit's own English "Choose options"
    assert all(m.proto.placeholder for m in at.multiselect), [m.label for m in at.multiselect]

    at = _run(at, "account")
    assert _english_shown(at) == []
    assert at.title[0].value == "Konto"
    assert any("Rolle: **Lernende/r**" in m.value for m in at.markdown)
    assert "Passwort ändern" in [h.value for h in at.subheader]


def test_an_english_learner_and_staff_keep_the_english_pages(app_settings) -> None:
    at = AppTest.from_file(APP, default_timeout=60)
    signed_in(at, account("learner"))
    at = _run(at, "profile")
    assert at.title[0].value == "Your profile" and any(b.label == "Save skills" for b in at.button)
    _german_learner(app_settings)  # an admin's Account page stays English even so
    admin = AppTest.from_file(APP, default_timeout=60)
    signed_in(admin, account("admin"))
    admin = _run(admin, "account")
    assert admin.title[0].value == "Account" and "Change password" in [h.value for h in admin.subheader]


@pytest.mark.parametrize("lang", [x for x in i18n.SERVED if x != "en"])
def test_the_pages_templates_exist_in_every_language_with_the_same_placeholders(lang: str) -> None:
    names = re.compile(r"\$\{?([_a-zA-Z][_a-zA-Z0-9]*)")
    en, other = i18n.table("en"), i18n.table(lang)
    for key in [k for k in en if k.startswith((*FRAME, "mo_", "date_"))]:
        assert key in other, f"{key} missing in {lang}"
        assert set(names.findall(other[key])) == set(names.findall(en[key])), (key, lang)
