"""A course read from its text qualifies through the goal's marginal skills only when its subject is the
goal's field (session 19, issue 14, branch plans19real).

Over real catalogues (edX, Udemy: no stated skills, every tag inferred from the course text) a course whose
subject is another field closed an essential skill ESCO gives the goal that is common ground of many jobs:
"Risk Management for Projects" (project risk) and a Power BI course (data analysis) for an ICT security
engineer, while the security core sat in a proposal (fresh18-20, real18-06, real19-03).

Such skills are *cross-field at the goal's margin* (`Gap.cross_field`): by ESCO's own texts
(`Occupation.centrality`) five or more other occupations are closer to them
(`neighbour_steps.marginal_skills`, `Gap.marginal`: risk management is the ICT security engineer's
12th-nearest, data analysis its 23rd), and
ESCO lists them mostly for occupations of other fields (`Occupation.cross_field`,
tools/build_cross_field_skills.py: 3 % of the 34 occupations listing risk management are ICT ones). Marginal
alone is too wide: markup languages for a web developer and query languages for a data quality specialist
are marginal by the texts, yet the field's own tools (68 % and 83 % ICT), and an HTML course or a database
queries course is a fair step (tried first in this session: it took both out of real19-06/-15 and -01).
What tells a course of the goal's field from one of another field is what *else* its text teaches: a course
whose inferred tags include a skill of the goal outside that set (a held one too: "identify ICT security
risks" beside "risk management") is about the goal's field; one whose only goal skills are in it is not
(`off_field`). Such a course is no teacher of the gap (it covers nothing and is not chosen for it; it may
still come in as a prerequisite), so the plan's steps close the goal's own subject or the gap stays open and
says so. A step closing such a skill from its text shows why its subject is the goal's
(`field_evidence`: "of the goal's field: also teaches identify ICT security risks").

Only for courses whose every counted skill was inferred: a catalogue that states a course's skills (the
bundled corpus) is taken at its word, as the other inferred-only rules (`lookup.single_inferred`,
`basics_assumed`). A skill the learner named as a goal skill, or one O*NET names central, is never marginal
(`gaps._marginal`), so a course teaching it is never off field.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping


def off_field(
    teachers: Iterable[str],
    skills_of: Mapping[str, tuple[str, ...]],
    inferred_only: Mapping[str, bool],
    essential: Collection[str],
    marginal: Collection[str],
    goal_skills: Collection[str],
) -> frozenset[str]:
    """The ids among `teachers` whose skills were all inferred (`inferred_only`), whose `essential` gap skills
    are all in `marginal` (the goal's cross-field marginal skills; and some), and that teach no skill of
    `goal_skills` (the goal's skills, gap and held) outside it: courses of another field, no teachers."""
    margin = set(marginal)
    if not margin:
        return frozenset()
    field = set(goal_skills) - margin
    ess = set(essential)
    out = set()
    for cid in teachers:
        if not inferred_only.get(cid, False):
            continue
        taught = set(skills_of.get(cid, ()))
        closes = taught & ess
        if closes and closes <= margin and taught.isdisjoint(field):
            out.add(cid)
    return frozenset(out)


def field_evidence(
    taught: Collection[str], covers: Collection[str], marginal: Collection[str], labels: Mapping[str, str]
) -> str | None:
    """The evidence a step closing a marginal skill of the goal from its text shows for its subject: the
    goal's own-field skills (not marginal) it also teaches, by label ("of the goal's field: also teaches
    identify ICT security risks"); None when it closes no marginal skill or names none."""
    margin = set(marginal)
    if not margin.intersection(covers):
        return None
    also = sorted(labels[u] for u in taught if u in labels and u not in margin)
    return f"of the goal's field: also teaches {', '.join(also)}" if also else None
