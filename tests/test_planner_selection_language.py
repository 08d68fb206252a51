"""The soft language preference: with no language constraint, plans lean to the learner's preferred language
(`preferences.language`) between near-equal credentials, and never at the cost of a real hour difference."""

from __future__ import annotations

import pytest
from test_planner_properties import TODAY

from pathfinder.domain import Constraints, Credential, Goal, LearnerProfile, Preferences, SkillRef
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner import plan_pathway
from pathfinder.planner.gaps import analyse_gap
from pathfinder.planner.instance import LANGUAGE_PENALTY, build_instance

A, B = (SkillRef(uri=f"u:{x}", label=x) for x in "ab")


def _catalogue(de_hours: float = 40, en_hours: float = 40) -> list[Credential]:
    return [
        Credential(
            id="en-a", title="A (en)", provider="P", hours=en_hours, cost=100, skills=(A,), languages=("en",)
        ),
        Credential(
            id="de-a", title="A (de)", provider="P", hours=de_hours, cost=100, skills=(A,), languages=("de",)
        ),
        Credential(id="any-b", title="B", provider="P", hours=30, cost=100, skills=(B,)),  # language unknown
    ]


def _plan(
    catalogue,
    language: str | None,
    strategy: str = "balanced",
    exact: bool = True,
    languages: tuple[str, ...] = (),
) -> set[str]:
    profile = LearnerProfile(
        id="p",
        goal=Goal(skills=("u:a", "u:b")),
        constraints=Constraints(languages=languages),
        preferences=Preferences(language=language),
    )
    gap = analyse_gap(profile, Taxonomy(), catalogue, today=TODAY)
    pw = plan_pathway(
        profile, gap, catalogue, strategy, today=TODAY, exact_limit=300 if exact else 0, relax=False
    )
    return set(pw.ids)


@pytest.mark.parametrize("exact", [True, False])
@pytest.mark.parametrize("strategy", ["balanced", "fastest", "cheapest"])
def test_between_equal_credentials_the_preferred_language_wins(strategy, exact):
    assert _plan(_catalogue(), "de", strategy, exact) == {"de-a", "any-b"}
    assert _plan(_catalogue(), "en", strategy, exact) == {"en-a", "any-b"}


@pytest.mark.parametrize("exact", [True, False])
def test_the_preference_yields_to_a_real_hour_difference(exact):
    # the German course takes 25% longer: 'fastest' keeps the English one although German is preferred
    assert _plan(_catalogue(de_hours=50), "de", "fastest", exact) == {"en-a", "any-b"}
    # 1 h longer (2.5%) is within the preference's reach
    assert _plan(_catalogue(de_hours=41), "de", "fastest", exact) == {"de-a", "any-b"}


def test_no_penalty_without_a_preference_with_a_language_constraint_or_for_unknown_languages():
    def effort(language, languages=()):
        profile = LearnerProfile(
            id="p",
            goal=Goal(skills=("u:a", "u:b")),
            constraints=Constraints(languages=languages),
            preferences=Preferences(language=language),
        )
        gap = analyse_gap(profile, Taxonomy(), _catalogue(), today=TODAY)
        inst = build_instance(profile, gap, _catalogue(), "fastest", today=TODAY)
        return {c.id: e for c, e in zip(inst.cands, inst.effort)}

    plain = effort(None)
    preferring = effort("de")
    assert preferring["en-a"] == pytest.approx(plain["en-a"] + LANGUAGE_PENALTY)
    assert preferring["de-a"] == pytest.approx(plain["de-a"])
    assert preferring["any-b"] == pytest.approx(plain["any-b"])  # no language given: the benefit of the doubt
    constrained = effort("de", languages=("en", "de"))
    assert constrained == pytest.approx(effort(None, languages=("en", "de")))


def test_the_preferred_language_must_be_a_two_letter_code():
    assert Preferences(language="DE").language == "de"
    with pytest.raises(ValueError, match="two-letter"):
        Preferences(language="german")
