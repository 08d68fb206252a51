"""Where the goal's work starts (issue 14, session 19, branch plans19start; start19 cases, tune): accountants,
bank clerks, bookkeepers and logistics workers aiming at data analyst got Python -> visualisation, and nothing
said that the catalogue teaches the analyst's usual start (spreadsheet analysis, statistics, SQL) at their
level only in Spanish. `planner/entry.py` finds the entry courses of the skills the goal centres on and the
plan names them, with the plan that language would give, when none is in the learner's languages. Failed on
the base commit (04177af): no `Gap.centre`, no `planner.entry`, no note."""

from __future__ import annotations

from datetime import date

import pytest

from pathfinder.domain import Constraints, Credential, Goal, LearnerProfile, Occupation, Skill, SkillRef
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner import plan_pathway
from pathfinder.planner.entry import centre_skills, entry_courses, entry_languages
from pathfinder.planner.gaps import analyse_gap

TODAY = date(2026, 1, 5)
INTERPRET, STATS, VIZ, MODEL = (
    SkillRef(uri=f"s:{k}", label=k)
    for k in ("interpret current data", "statistics", "deliver visual presentation of data", "data models")
)
ANALYST = Occupation(
    uri="o:analyst",
    label="data analyst",
    essential=(INTERPRET.uri, STATS.uri, VIZ.uri, MODEL.uri),
    # the analyst is the occupation closest to interpreting data and statistics (rank 1), not to the rest
    centrality=((STATS.uri, 2.8, 1), (INTERPRET.uri, 3.3, 1), (VIZ.uri, 2.0, 3), (MODEL.uri, 2.5, 2)),
)


def _cred(cid, title, skills, langs=("en",), eqf=4, hours=80.0, **kw) -> Credential:
    return Credential(
        id=cid, title=title, provider="P", languages=langs, cost=0.0, hours=hours, eqf_level=eqf,
        skills=skills, description=title, **kw,
    )  # fmt: skip


VIZ_EN = _cred("viz", "Data Visualisation with Python", (VIZ,), eqf=5, hours=55.0)
SHEETS_ES = _cred("hojas", "Análisis de datos con hojas de cálculo", (INTERPRET, STATS), langs=("es",))
STATS_EN = _cred("stats", "Statistics for Data Analysis", (STATS, INTERPRET))


def COUNT(c: Credential) -> int:  # noqa: N802 - how many centre skills (interpret current data, statistics)
    return sum(s.uri in (INTERPRET.uri, STATS.uri) for s in c.skills)


def _plan(catalogue, languages=("en",)):
    skills = [Skill(uri=s.uri, label=s.label) for s in (INTERPRET, STATS, VIZ, MODEL)]
    taxonomy = Taxonomy.from_items(skills, [ANALYST])
    p = LearnerProfile(
        id="l",
        goal=Goal(occupation_uri=ANALYST.uri),
        languages=languages,
        constraints=Constraints(hours_per_week=5, weeks=52),
    )
    gap = analyse_gap(p, taxonomy, catalogue, today=TODAY)
    return gap, plan_pathway(p, gap, catalogue, today=TODAY)


def test_the_centre_is_the_essential_skills_the_goal_is_closest_to():
    assert centre_skills(ANALYST) == (INTERPRET.uri, STATS.uri)  # rank 1 only, most central first
    assert centre_skills(Occupation(uri="o:x", label="x", essential=(VIZ.uri,))) == ()


def test_an_entry_course_needs_no_prerequisite_sits_near_the_start_and_is_about_the_goal():
    centre = (INTERPRET.uri, STATS.uri)
    lacking = {INTERPRET.uri, STATS.uri, VIZ.uri}
    later = _cred("later", "Applied Statistics with R", (STATS,), prerequisites=("hojas",))
    high = _cred("high", "Advanced Statistical Inference", (STATS,), eqf=7)
    cert = _cred("cert", "Certificate in Data Analysis", (STATS, INTERPRET), kind="certificate")
    weak = _cred("ml-maths", "Mathematics for Machine Learning", (STATS,))
    catalogue = [VIZ_EN, later, high, cert, weak, STATS_EN, SHEETS_ES]
    skills = {c.id: tuple(s.uri for s in c.skills) for c in catalogue}
    found = entry_courses(centre, lacking, catalogue, skills.__getitem__, start=4, weak={"ml-maths"})
    assert [c.id for c in found] == ["stats", "hojas"]  # both centre skills; catalogue order between equals
    # a prerequisite held makes the later course an entry; a higher start reaches the EQF 7 one
    held = entry_courses(centre, lacking, catalogue, skills.__getitem__, start=6, held_credentials={"hojas"})
    assert {"later", "high", "ml-maths"} <= {c.id for c in held} and "cert" not in {c.id for c in held}
    assert entry_courses(centre, {VIZ.uri}, catalogue, skills.__getitem__, start=4) == []  # centre held


@pytest.mark.parametrize(
    ("readable", "expected"),
    [(("en",), ("es",)), (("de", "en"), ("es",)), (("es",), None), (("ES", "fr"), None)],
)
def test_the_language_to_accept_is_the_entry_course_s_when_none_is_readable(readable, expected):
    assert entry_languages([SHEETS_ES], readable, COUNT) == expected
    assert entry_languages([], readable, COUNT) is None


def test_a_plan_without_the_start_in_the_learner_s_languages_names_it_and_the_plan_it_would_give():
    gap, pw = _plan([VIZ_EN, SHEETS_ES])
    assert pw.ids == ("viz",)  # the plan keeps to English ...
    note = next(n for n in pw.notes if n.startswith("The usual start for data analyst"))
    # ... and says where the work starts, in which language, and what accepting it would plan
    assert "only in Spanish: Análisis de datos con hojas de cálculo (EQF 4, 80 h)" in note
    assert "interpret current data, statistics" in note
    assert (
        "the plan would be" in note and "Análisis de datos con hojas de cálculo" in note.split("would be")[1]
    )


@pytest.mark.parametrize("languages", [("es",), ("en",)])
def test_no_note_when_the_start_is_taught_in_the_learner_s_language(languages):
    catalogue = [VIZ_EN, SHEETS_ES, STATS_EN] if languages == ("en",) else [VIZ_EN, SHEETS_ES]
    _, pw = _plan(catalogue, languages)
    assert not any(n.startswith("The usual start") for n in pw.notes)


def test_the_note_is_said_in_every_reply_language():
    from pathfinder.assistant import i18n, planner_text

    _, pw = _plan([VIZ_EN, SHEETS_ES])
    note = next(n for n in pw.notes if n.startswith("The usual start"))
    ask = (
        note.split("If you can study in it, ")[0]
        + "If you can study in it, ask me to allow courses in that language."
    )
    for sentence in (note, ask):
        for lang in ("de", "es", "fr", "fi", "vi", "hi", "bn"):
            with i18n.replying_in(lang):
                said = planner_text.say(sentence)
            assert said != sentence and "Análisis de datos con hojas de cálculo" in said, (lang, said)


def test_the_language_to_accept_is_the_best_entry_course_s_english_among_equals():
    # fresh18-01: a Spanish-only shop assistant was pointed at a German course while an English entry course
    # taught as much of the centre; fresh18-10: a German-only learner's data-protection start is the French
    # GDPR course, not an English course teaching less of it
    linux_de = _cred("linux", "Linux-Systemadministration kompakt", (STATS, INTERPRET), langs=("de",))
    assert entry_languages([linux_de, STATS_EN], ("es",), COUNT) == ("en",)
    assert entry_languages([linux_de, SHEETS_ES], ("fi",), COUNT) == ("de",)
    safe_en = _cred("safe", "Staying Safe Online", (STATS,))
    assert entry_languages([SHEETS_ES, safe_en], ("de",), COUNT) == ("es",)


def test_no_note_when_the_plan_already_proposes_the_start_s_language_with_the_start():
    # start19v-04 (written after the fix): a Finnish-only learner's empty plan proposes English, and that
    # plan begins with the English entry course: the note would repeat it
    _, pw = _plan([VIZ_EN, STATS_EN], ("fi",))
    assert not pw.steps and any(r.constraint == "languages" for r in pw.relaxations)
    assert not any(n.startswith("The usual start") for n in pw.notes)
    _, pw = _plan([VIZ_EN, SHEETS_ES], ("fi",))  # English is proposed, but the start is Spanish: said
    assert any(n.startswith("The usual start for data analyst") and "Spanish" in n for n in pw.notes)


def test_the_teachers_read_from_the_index_are_the_scan_in_catalogue_order(bundled_catalogue) -> None:
    """The entry note reads the teachers of the centre skills from the lookup's index (speed at 100k): the
    same credentials, in the same order, as a scan of the whole catalogue."""
    from pathfinder.planner import CatalogueLookup
    from pathfinder.planner.entry import _teachers_in_order

    lookup = CatalogueLookup(bundled_catalogue)
    skills = {u for c in lookup.credentials[:5] for u in lookup.skills_of[c.id][:1]}
    scanned = [c for c in lookup.credentials if skills & set(lookup.skills_of[c.id])]
    assert scanned and _teachers_in_order(lookup, skills) == scanned
