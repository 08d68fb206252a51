"""Which third language a joint proposal may ask for (issue 14, session 20): at most one, and only the one
whose courses teach what the goal's work centres on that no course in a language the learner can plausibly
accept (English or one they list) teaches.

When no single change helps and no joint change within the learner's languages does either, the joint
search used to relax every language at once and keep whichever the cheapest plan happened to use: a
Bengali/English bank clerk aiming at data quality specialist was asked for more money, more hours AND Spanish
courses (spreadsheets and Python, fresh19-14), while the data-quality course itself is taught only in French.
`centre_language` names the language of the centre: among the languages teaching a centre skill (`Gap.core`
and `Gap.centre`, essential) that nothing in a plausible language teaches, the one whose courses teach the
most centre skills; None when no language does (the joint proposal is then not made: a far language is
never the price of a side subject). Reads only the teachers of those few skills (`by_skill`), never the
whole catalogue.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from pathfinder.domain import Credential
from pathfinder.planner.gaps import Gap
from pathfinder.planner.relax_languages import plausible


def centre_skills(gap: Gap) -> tuple[str, ...]:
    """The goal's centre: its core and centre skills that are essential gap skills, in gap order; every
    essential gap skill when the goal names neither (a taxonomy without O*NET's central skills)."""
    centre = set(gap.core) | set(gap.centre)
    return tuple(g.uri for g in gap.essential if g.uri in centre or not centre)


def centre_language(
    gap: Gap,
    by_skill: Mapping[str, Sequence[Credential]],
    spoken: Sequence[str],
    denied: Collection[str] = (),
    covered: Collection[str] = (),
) -> str | None:
    """The far language (neither English nor in `spoken`, nor `denied`) of the goal's centre: among the
    languages whose courses teach a centre skill (not in `covered`) that no course in a plausible language
    teaches, the one whose courses teach the most centre skills not in `covered`; None when there is none."""
    denied_l = {x.lower() for x in denied}
    count: dict[str, int] = {}
    needed: set[str] = set()  # languages teaching a centre skill nothing plausible teaches
    for uri in centre_skills(gap):
        if uri in covered:
            continue
        teachers = by_skill.get(uri, ())
        alone = not any(plausible((x,), spoken) for c in teachers for x in c.languages)
        for lang in {x.lower() for c in teachers for x in c.languages}:
            if lang in denied_l or plausible((lang,), spoken):
                continue
            count[lang] = count.get(lang, 0) + 1
            if alone:
                needed.add(lang)
    if not needed:
        return None
    return min(needed, key=lambda x: (-count[x], x))
