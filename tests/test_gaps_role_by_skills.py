"""A job title that names no occupation word (another language: "Netzwerktechnikerin", "technicien réseau")
is read from the skills the learner works with (issue 14, session 11): the occupation two or more of whose
specific essential skills they hold at intermediate level or above, so the present job raises the start as an
English title would. Minimal instances with their own skills."""

from __future__ import annotations

from datetime import date

from pathfinder.domain import CurrentRole, Goal, HeldSkill, LearnerProfile, Occupation, Skill
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner.gaps import analyse_gap
from pathfinder.planner.level import starting_level

TODAY = date(2027, 2, 1)
LABELS = {
    "w": "weld seams",
    "c": "cut metal",
    "p": "paint hulls",
    "g": "generic paperwork",
    "d": "design hulls",
}


def _tax() -> Taxonomy:
    return Taxonomy.from_items(
        [Skill(uri=f"z:{k}", label=v) for k, v in LABELS.items()],
        [
            Occupation(uri="welder", label="ship welder", essential=("z:w", "z:c", "z:g", "z:d")),
            Occupation(uri="painter", label="hull painter", essential=("z:p", "z:g")),
            Occupation(uri="designer", label="naval architect", essential=("z:d", "z:w", "z:c", "z:g")),
        ],
    )


def _profile(title: str, held: dict[str, str]) -> LearnerProfile:
    return LearnerProfile(
        id="r",
        skills=tuple(HeldSkill(uri=f"z:{k}", label=LABELS[k], level=lvl) for k, lvl in held.items()),  # type: ignore[arg-type]
        goal=Goal(occupation_uri="designer"),
        current_role=CurrentRole(label=title),
    )


def test_a_foreign_title_is_read_from_the_skills_worked_with():
    tax = _tax()
    assert tax.title_names_none("Schweißerin") and not tax.title_names_none("senior welder of ships")
    p = _profile("Schweißerin", {"w": "intermediate", "c": "advanced"})
    gap = analyse_gap(p, tax, [], today=TODAY)
    assert gap.role_nearest == "ship welder" and gap.role_by_skills
    assert gap.role_shared == 4  # every skill of the welder's job is a goal skill
    assert starting_level(p, role_shared=gap.role_shared) == 6  # before: 4, the title said nothing


def test_one_skill_a_basic_one_or_the_goal_itself_reads_no_job():
    tax = _tax()
    for held in ({"w": "intermediate"}, {"w": "basic", "c": "basic"}):
        gap = analyse_gap(_profile("soudeuse", held), tax, [], today=TODAY)
        assert gap.role_nearest == "" and gap.role_shared is None
    # the goal (naval architect) shares the welder's skills but is never read as the job
    assert tax.nearest_by_skills(["z:w", "z:c"], exclude=["welder"]).uri == "designer"
    gap = analyse_gap(_profile("soudeuse", {"w": "advanced", "c": "advanced"}), tax, [], today=TODAY)
    assert gap.role_nearest == "ship welder"


def test_two_occupations_tied_read_no_job():
    tax = _tax()
    assert tax.nearest_by_skills(["z:w", "z:c"]) is None  # welder and naval architect tie


def test_the_plan_says_it_read_the_job_from_the_skills_in_every_language():
    from pathfinder.assistant import i18n, planner_text
    from pathfinder.planner import plan_pathway

    tax = _tax()
    p = _profile("Schweißerin", {"w": "intermediate", "c": "advanced"})
    pw = plan_pathway(p, analyse_gap(p, tax, [], today=TODAY), [], today=TODAY)
    note = next(n for n in pw.notes if n.startswith("Your job, Schweißerin,"))
    assert "the skills you work with point to, ship welder" in note
    assert planner_text.unknown([note]) == []
    for lang in ("de", "es", "fr", "fi", "vi", "hi", "bn"):
        with i18n.replying_in(lang):
            said = planner_text.say(note)
        assert said != note and "Schweißerin" in said and "ship welder" in said
