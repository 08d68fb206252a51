"""A relaxation proposes what the learner can plausibly accept (issue 14, session 14): English or a
language they list leads; a third language is never the first proposal while a plausible change helps, and
when it is the only one, the note says plainly that nothing in their languages fits, names the nearest
courses in them, and the third language follows as a conditional proposal. Language names in planner notes
follow the reply language ("Nichts auf German passt" was seen in a German reply)."""

from __future__ import annotations

from datetime import date

from pathfinder.assistant import i18n, planner_text
from pathfinder.domain import Constraints, Credential, Goal, LearnerProfile, Occupation, Skill, SkillRef
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner import plan_pathway
from pathfinder.planner.gaps import analyse_gap

TODAY = date(2026, 1, 5)
SKILLS = [SkillRef(uri=f"s:{k}", label=f"skill {k}") for k in "abcd"]
OPTIONAL = SkillRef(uri="s:o", label="skill o")
TAX = Taxonomy.from_items(
    [Skill(uri=s.uri, label=s.label) for s in (*SKILLS, OPTIONAL)],
    [
        Occupation(
            uri="occ",
            label="data protection officer",
            essential=tuple(s.uri for s in SKILLS),
            optional=(OPTIONAL.uri,),
        )
    ],
)


def _course(cid: str, language: str, skills, cost: float = 0, hours: float = 20) -> Credential:
    return Credential(
        id=cid, title=cid.upper(), provider="P", hours=hours, cost=cost, languages=(language,), skills=skills
    )


def _plan(catalogue, spoken, limit=(), **constraints):
    p = LearnerProfile(
        id="l",
        goal=Goal(occupation_uri="occ"),
        languages=spoken,
        constraints=Constraints(languages=limit, hours_per_week=5, weeks=40, **constraints),
    )
    return plan_pathway(p, analyse_gap(p, TAX, catalogue, today=TODAY), catalogue, today=TODAY)


def _languages(pw) -> list[tuple[str, ...]]:
    return [r.values for r in pw.relaxations if r.constraint == "languages"]


def test_a_listed_language_leads_over_a_third_one_that_covers_more():
    # a German speaker who also reads Spanish, limited to German: French covers three skills, Spanish one
    catalogue = [_course("fr1", "fr", SKILLS[:3]), _course("es1", "es", SKILLS[:1])]
    pw = _plan(catalogue, ("de", "es"), limit=("de",))
    assert not pw.steps
    first = pw.relaxations[0]
    assert first.values == ("es",) and first.message.startswith("Allow courses in Spanish")
    # no third language beside a change the learner can make (session 15; session 14 offered French beside it)
    assert all("fr" not in a.values for a in first.alternatives)


def test_only_a_third_language_helps_the_note_says_so_plainly_with_the_nearest_courses():
    # a German-only learner: French courses teach the essential skills, a German one only the optional skill
    # (no "nearest course" then, session 20: `test_planner_thin20.py` names one teaching an essential skill)
    catalogue = [_course("fr1", "fr", SKILLS[:3]), _course("de1", "de", (OPTIONAL,))]
    pw = _plan(catalogue, ("de",), limit=("de",))
    assert not pw.steps
    (note,) = [n for n in pw.notes if n.startswith("No step")]
    assert note == (
        "No step: nothing in German or English teaches the essential skills of data protection officer "
        "within your limits, and no course in German comes near it."
    )
    assert pw.relaxations[0].message.startswith("If you can study in French:")  # conditional, never plain
    assert not any(n.startswith("Offered if you accept courses in French") for n in pw.notes)
    assert any(n.startswith("If you can study in French: a plan of 1 step") for n in pw.notes)
    assert planner_text.unknown(pw.notes) == []
    with i18n.replying_in("de"):
        said = planner_text.say(note)
    assert said.startswith("Kein Schritt: Nichts auf Deutsch / Englisch vermittelt") and "German" not in said
    assert planner_text.unknown([note]) == []


def test_english_with_more_money_leads_over_a_third_language_alone():
    # Vietnamese only (no limit set): a French course fits the budget; an English one needs more money
    catalogue = [_course("fr1", "fr", SKILLS[:2], cost=50), _course("en1", "en", SKILLS[:1], cost=300)]
    pw = _plan(catalogue, ("vi",), budget=100)
    first = pw.relaxations[0]
    assert first.joint and {r.constraint for r in pw.relaxations if r.joint} == {"budget", "languages"}
    assert [r.values for r in pw.relaxations if r.joint and r.constraint == "languages"] == [("en",)]
    assert ("fr",) in _languages(pw)  # still said, after


def test_language_names_in_planner_notes_follow_the_reply_language():
    # a German speaker whose catalogue teaches only in English: the empty plan's note names German
    pw = _plan([_course("en1", "en", SKILLS[:2])], ("de",))
    note = next(n for n in pw.notes if "German" in n)
    expected = {"de": "Deutsch", "fr": "allemand", "es": "alemán"}
    for lang, words in expected.items():
        with i18n.replying_in(lang):
            assert words in planner_text.say(note) and "German" not in planner_text.say(note)
    with i18n.replying_in("fi"):
        assert "saksa" in planner_text.say(note) and "German" not in planner_text.say(note)
