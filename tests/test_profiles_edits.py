"""Pure profile edits and importing skills/credentials from text and credential files."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from pathfinder.domain import HeldCredential, HeldSkill, LearnerProfile, SkillRef
from pathfinder.profiles import (
    add_credential,
    add_skills,
    goal_skills_from_advert,
    held_from,
    pin,
    record_credential_file,
    reject,
    remove_skills,
    set_constraints,
    skills_from_text,
    stated_skills,
)


@dataclass
class Match:
    uri: str
    label: str
    score: float
    evidence: str | None = None


class FakeMatcher:
    """Finds a skill when its label occurs in the text; the score is the label's share of the text."""

    def __init__(self, labels: dict[str, str]) -> None:
        self.labels = labels

    def extract(self, text: str) -> list[Match]:
        low = text.lower()
        return [
            Match(uri, label, len(label) / len(text), text[low.index(label.lower()) :][: len(label)])
            for uri, label in self.labels.items()
            if label.lower() in low
        ]


MATCHER = FakeMatcher({"u:py": "Python", "u:sql": "SQL", "u:git": "git"})


def test_skills_from_text_uses_the_matcher_and_threshold():
    text = "Five years of Python and SQL reporting."
    skills = skills_from_text(text, MATCHER, source="informal")
    assert {s.uri for s in skills} == {"u:py", "u:sql"}
    assert all(s.source == "informal" for s in skills)
    assert [s.uri for s in skills_from_text(text, MATCHER, min_score=0.1)] == ["u:py"]
    assert goal_skills_from_advert("We need git and SQL", MATCHER) == ("u:sql", "u:git")


def test_add_skills_keeps_the_higher_level():
    p = LearnerProfile(id="x", skills=(HeldSkill(uri="u:py", label="Python", level="advanced"),))
    p2 = add_skills(
        p, [HeldSkill(uri="u:py", label="Python", level="basic"), HeldSkill(uri="u:sql", label="SQL")]
    )
    assert {s.uri: s.level for s in p2.skills} == {"u:py": "advanced", "u:sql": "intermediate"}
    assert p.skills == (HeldSkill(uri="u:py", label="Python", level="advanced"),)  # original untouched
    assert [s.uri for s in remove_skills(p2, ["u:py"]).skills] == ["u:sql"]


def test_constraints_are_validated_and_pins_exclude_rejects():
    p = set_constraints(LearnerProfile(id="x"), hours_per_week=6, languages=("en",))
    assert p.constraints.hours_per_week == 6 and p.constraints.languages == ("en",)
    with pytest.raises(ValueError):
        set_constraints(p, hours_per_week=-1)
    p = reject(pin(p, "c1"), "c1")
    assert p.preferences.rejected == ("c1",) and p.preferences.pinned == ()


def test_recorded_credential_skills_count_as_held(tmp_path):
    held = HeldCredential(id="py-1", title="Python Basics", skills=(SkillRef(uri="u:py", label="Python"),))
    p = record_credential_file(LearnerProfile(id="x"), tmp_path / "badge.json", reader=lambda path: held)
    assert p.held_credential_ids == {"py-1"} and "u:py" in p.held_skill_uris
    assert len(add_credential(p, held).credentials) == 1  # same id replaces


@pytest.mark.parametrize(
    "name", ["elm-edc-microcredential-example.json", "openbadges3-microcredential-example.json"]
)
def test_real_credential_files_are_recorded(shared_data, name):
    catalogue = pytest.importorskip("pathfinder.catalogue")
    if not hasattr(catalogue, "read_held_credential"):
        pytest.skip("pathfinder.catalogue.read_held_credential is not available yet")
    p = record_credential_file(LearnerProfile(id="x"), shared_data / "microcredential_examples" / name)
    assert len(p.credentials) == 1 and p.credentials[0].title


def test_stated_skills_keep_the_words_that_state_each_skill():
    found = stated_skills("Five years of PYTHON and SQL reporting; Python daily.", MATCHER)
    assert [(m.uri, m.evidence) for m in found] == [("u:py", "PYTHON"), ("u:sql", "SQL")]  # one per skill
    assert [s.uri for s in held_from(found)] == ["u:py", "u:sql"]
