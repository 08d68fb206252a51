"""A course whose title names the narrower concept it teaches of a generic gap skill teaches that skill
(issue 14, session 20, branch plans20start).

ESCO lists a data analyst's query knowledge one level up: "query languages", of which SQL is one. Over real
catalogues (edX, Udemy: every tag inferred) "SQL for Data Science" and "Databases: Relational Databases and
SQL" are tagged SQL and, being entry courses, query languages (`skills/implied.py`). Two session-6 rules
still took them out as teachers: one inferred tag is no evidence (`lookup.single_inferred`: a 36-minute XPath
clip for query languages) and one generic essential skill is no evidence (`lookup.lone_generic`: an HPC
introduction tagged operating systems). So no analyst plan over edX/Udemy had a SQL step and they started with
Python (fresh19-04, trial 15's t15-11, start20-13/-14/-15).

`names_narrower(c, gap_skills_taught)`: a course that is no clip (`lookup.short_clip`), tagged with a
narrower concept of one of its essential gap skills (`GapSkill.narrower`: SQL under query languages) whose
name its title says as a word ("SQL for Data Science"), is about that skill: the title names what it teaches,
as `ancestor_like` reads a narrower concept beside its ancestor. Such a course is not weak for
`single_inferred` or `lone_generic`; the other rules (focus, detours, other fields, audience) still apply.
"""

from __future__ import annotations

from collections.abc import Collection

from pathfinder.domain import Credential
from pathfinder.domain.taxonomy import normalise_label
from pathfinder.planner.gaps import GapSkill


def title_says(title: str, label: str) -> bool:
    """Whether `title` says `label` as whole words (normalised: "SQL" in "Databases: Relational Databases
    and SQL", not "MySQL")."""
    name = normalise_label(label)
    return bool(name) and f" {name} " in f" {normalise_label(title)} "


def names_narrower(c: Credential, gap_skills_taught: Collection[GapSkill]) -> bool:
    """Whether `c` is tagged with a narrower concept of an essential gap skill it teaches and its title says
    that concept's name (see the module). The caller rules out clips."""
    tags = {r.uri: r.label for r in c.skills if r.counts}
    said = [tags[u] for g in gap_skills_taught if g.essential for u in g.narrower if u in tags]
    if not said:
        return False
    title = f" {normalise_label(c.title)} "  # normalised once per course
    return any((name := normalise_label(label)) and f" {name} " in title for label in said)
