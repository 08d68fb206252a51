"""Languages the learner rules out ('no English', `Constraints.denied_languages`) are a hard limit: no step,
no proposal, no offered plan in them (issue 14, session 11). Minimal instances with their own skills."""

from __future__ import annotations

import json
from datetime import date

import pytest
from pydantic import ValidationError

from pathfinder.domain import Constraints, Credential, Goal, LearnerProfile, Occupation, Skill, SkillRef
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner import plan_pathway
from pathfinder.planner.gaps import Eligibility, analyse_gap, study_languages
from pathfinder.planner.review import language_problems
from pathfinder.profiles import profile_from_json, profile_to_json

TODAY = date(2027, 3, 1)
SKILLS = [SkillRef(uri=f"t:{k}", label=f"topic {k}") for k in "xyz"]
TAX = Taxonomy.from_items(
    [Skill(uri=s.uri, label=s.label) for s in SKILLS],
    [Occupation(uri="job", label="aim", essential=tuple(s.uri for s in SKILLS))],
)


def _course(cid: str, languages: tuple[str, ...], skills: tuple[int, ...], hours: float = 30) -> Credential:
    return Credential(
        id=cid,
        title=cid.upper(),
        provider="Q",
        hours=hours,
        cost=50,
        languages=languages,
        skills=tuple(SKILLS[k] for k in skills),
        eqf_level=5,
    )


def _profile(languages=(), limit=(), denied=(), **more) -> LearnerProfile:
    return LearnerProfile(
        id="d",
        goal=Goal(occupation_uri="job"),
        languages=languages,
        constraints=Constraints(languages=limit, denied_languages=denied, hours_per_week=6, weeks=30, **more),
    )


def _plan(profile, catalogue, strategy="balanced"):
    gap = analyse_gap(profile, TAX, catalogue, today=TODAY)
    return plan_pathway(profile, gap, catalogue, strategy, today=TODAY)


def test_a_course_only_in_a_ruled_out_language_is_out_but_one_also_in_another_stays():
    p = _profile(denied=("EN",))
    assert p.constraints.denied_languages == ("en",)
    check = Eligibility(p, TODAY).check
    assert check(_course("a", ("en",), (0,))) == ("languages", "in a language you ruled out")
    assert check(_course("b", ("en", "pt"), (0,))) is None  # can be taken in Portuguese
    assert check(_course("c", (), (0,))) == ("languages", "its language is not stated")  # unknown fails
    assert check(_course("d", ("pt",), (0,))) is None


def test_no_step_and_no_proposal_in_a_denied_language():
    catalogue = [
        _course("en1", ("en",), (0, 1, 2)),
        _course("fr1", ("fr",), (0,)),
        _course("es1", ("es",), (1,)),
    ]
    # the learner speaks French, no limit of their own; English would otherwise be offered and proposed
    p = _profile(languages=("fr",), denied=("en",))
    pw = _plan(p, catalogue)
    assert pw.ids == ("fr1",) and pw.offered_in == ()
    said = " ".join(r.message for r in pw.relaxations) + " ".join(
        a.message for r in pw.relaxations for a in r.alternatives
    )
    assert "en" not in {v for r in pw.relaxations for v in r.values}
    # Spanish is neither English nor listed: proposed only as conditional (issue 14, session 14)
    assert "courses in English" not in said and "If you can study in Spanish" in said
    # without the denial, the English course is proposed first (the case the field exists for)
    plain = _plan(_profile(languages=("fr",)), catalogue)
    assert plain.relaxations and plain.relaxations[0].values == ("en",)


def test_an_empty_plan_is_not_offered_in_english_when_english_is_ruled_out():
    catalogue = [_course("en1", ("en",), (0, 1))]
    pw = _plan(_profile(languages=("vi",)), catalogue)
    assert pw.relaxations[0].values == ("en",)  # without the denial: English proposed (not planned)
    pw = _plan(_profile(languages=("vi",), denied=("en",)), catalogue)
    assert not pw.steps and pw.offered_in == () and pw.notes
    assert all("en" not in r.values for r in pw.relaxations)


def test_joint_relaxations_and_strategies_keep_the_denial():
    # only an English course teaches anything within budget; a German one is too dear, relaxing all at once
    catalogue = [_course("en1", ("en",), (0, 1, 2)), _course("de1", ("de",), (0, 1), hours=400)]
    p = _profile(languages=("pl",), limit=("pl",), denied=("en",), budget=10)
    for strategy in ("balanced", "fastest", "cheapest", "most-complete"):
        pw = _plan(p, catalogue, strategy)
        assert "en1" not in pw.ids
        assert all("en" not in r.values for r in pw.relaxations)


def test_study_languages_and_the_review_leave_denied_ones_out():
    p = _profile(languages=("de", "en"), denied=("en",))
    assert study_languages(p) == ("de",)
    steps = [_course("a", ("en",), (0,)), _course("b", ("de", "en"), (1,)), _course("c", (), (2,))]
    problems = language_problems(p, steps)
    assert [x.split(":")[0] for x in problems] == ["a", "c"] and "ruled out" in problems[0]
    # no positive limit at all: the denial alone is checked
    assert [x.split(":")[0] for x in language_problems(_profile(denied=("en",)), steps)] == ["a", "c"]


def test_the_profile_format_reads_old_files_and_keeps_the_field():
    data = json.loads(profile_to_json(_profile(languages=("fr",))))
    assert data["constraints"].pop("denied_languages") == []  # a file written before the field existed:
    assert profile_from_json(json.dumps(data)).constraints.denied_languages == ()
    new = profile_from_json(profile_to_json(_profile(denied=("en",))))
    assert new.constraints.denied_languages == ("en",)
    with pytest.raises(ValidationError):
        Constraints(denied_languages=("english",))
