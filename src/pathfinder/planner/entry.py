"""Where the goal's work usually starts (issue 14, session 19, branch plans19start): the entry courses of the
skills the goal centres on, and a note when the catalogue teaches them only in another language.

The goal's centre (`centre_skills`): its essential skills that the occupation is among the CENTRE_RANK
occupations closest to (`Occupation.centrality`'s rank, tools/build_skill_centrality.py): for a data analyst
interpret current data, statistics, business intelligence, use data processing techniques; for a system
administrator administer ICT system, perform backups. An entry course (`entry_courses`) teaches a centre skill
the learner lacks, needs no catalogue prerequisite they do not hold, sits at most one EQF level above their
start and is about the goal (not `GapTeachers.weak`: mostly about other subjects, or a first step towards
another occupation's core); a stacked award (a certificate earned from parts) is no entry.

An accountant, a bank clerk, a bookkeeper and a logistics worker who wanted to become data analysts got
Python fundamentals -> visualisation with Python: the bundled catalogue teaches spreadsheet data analysis,
SQL for analysis and statistics at their level only in Spanish, and nothing said so. When no entry course is
taught in a language the learner reads and one is taught in another, the plan (which keeps to their languages)
says so, names the entry courses, and shows the plan it would be with that language accepted (`entry_note`): a
proposal shown, not applied, like `own_language`. Pure.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import TYPE_CHECKING

from pathfinder.domain import Credential, Pathway, Relaxation
from pathfinder.domain.languages import language_name
from pathfinder.domain.pathways import counted
from pathfinder.domain.taxonomy import Occupation

if TYPE_CHECKING:
    from pathfinder.planner.gaps import Gap
    from pathfinder.planner.lookup import CatalogueLookup

CENTRE_RANK = 1  # a skill is the goal's centre when the goal is the occupation closest to it
ENTRY_ABOVE_START = 1  # an entry course is at most this many EQF levels above the learner's start
ENTRY_NAMED = 2  # entry courses named in the note
CENTRE_LABELS = 3  # centre skills named in the note


def centre_skills(occupation: Occupation) -> tuple[str, ...]:
    """The occupation's essential skills it is among the CENTRE_RANK closest occupations to, most central
    first (`Gap.centre`)."""
    essential = set(occupation.essential)
    ranked = sorted((r, -z, u) for u, z, r in occupation.centrality if u in essential and r <= CENTRE_RANK)
    return tuple(u for _, _, u in ranked)


def entry_courses(
    centre: Sequence[str],
    lacking: Collection[str],
    catalogue: Sequence[Credential],
    skills_of: Callable[[str], Collection[str]],
    *,
    start: int,
    held_credentials: Collection[str] = (),
    weak: Collection[str] = (),
) -> list[Credential]:
    """The entry courses of the goal's centre for a learner starting at EQF `start` (see the module's
    docstring): teaching a skill of `centre` among `lacking` (the gap's essential skills), most centre skills
    first, then the lowest level, then the fewest hours. `skills_of(id)` are the skills a course counts as
    teaching (the lookup's); `weak` the gap's teachers that are not about the goal."""
    want = [u for u in centre if u in set(lacking)]
    if not want:
        return []
    held = set(held_credentials)
    found: list[tuple[int, int, float, int, Credential]] = []
    for k, c in enumerate(catalogue):
        if c.id in weak or c.kind not in ("micro-credential", "course") or set(c.prerequisites) - held:
            continue
        if c.eqf_level is not None and c.eqf_level > start + ENTRY_ABOVE_START:
            continue
        taught = set(skills_of(c.id))
        n = sum(u in taught for u in want)
        if n:
            found.append((-n, c.eqf_level or start, c.hours or 0.0, k, c))
    return [c for *_, c in sorted(found, key=lambda t: t[:4])]


def entry_languages(
    entries: Sequence[Credential],
    readable: Collection[str],
    centre_count: Callable[[Credential], int],
    preferred: str = "en",
) -> tuple[str, ...] | None:
    """The language to accept for an entry course when none is taught in a language of `readable` (the
    learner's and their study languages): that of the best entry course (most centre skills, `centre_count`),
    `preferred` among equals (English, `relax_languages.PREFERRED_LANGUAGE`, passed in by the session: the
    language a learner is likeliest to read besides their own, which the language proposals offer first);
    None when one is readable or there is none. The best, not English whatever it teaches: a German-only
    school administrator's data-protection start is the French GDPR course, not an English course on staying
    safe online (fresh18-10)."""
    read = {x.lower() for x in readable}
    if not entries or any(read & {x.lower() for x in c.languages} for c in entries):
        return None
    best = max(map(centre_count, entries))
    top = [c for c in entries if centre_count(c) == best]
    if any(preferred in {x.lower() for x in c.languages} for c in top):
        return (preferred,)
    return tuple(x.lower() for x in top[0].languages[:1])


def entry_note(
    goal_label: str,
    centre_labels: Sequence[str],
    entries: Sequence[Credential],
    langs: Sequence[str],
    relaxed: Pathway | None,
) -> str:
    """The note: where the goal's work starts is taught only in `langs`; the entry courses in those
    languages; the plan with them accepted when it takes one of them (`relaxed`)."""
    names = " or ".join(language_name(x) for x in langs)
    wanted = {x.lower() for x in langs}
    shown = [c for c in entries if wanted & {x.lower() for x in c.languages}][:ENTRY_NAMED]
    courses = "; ".join(f"{c.title} (EQF {c.eqf_level}, {c.hours:g} h)" for c in shown)
    text = (
        f"The usual start for {goal_label} ({', '.join(centre_labels[:CENTRE_LABELS])}: what the work "
        f"centres on) is taught here at your level only in {names}: {courses}. If you can study in it, "
    )
    if relaxed is not None and relaxed.steps and {c.id for c in shown} & set(relaxed.ids):
        t = relaxed.totals
        return text + (
            f"the plan would be {counted(len(relaxed.steps), 'step')}, {t.hours:g} h over {t.weeks} weeks: "
            f"{'; '.join(s.title for s in relaxed.steps)}."
        )
    return text + "ask me to allow courses in that language."


def language_relaxation(langs: Sequence[str], allowed: Sequence[str]) -> Relaxation:
    """The languages change that accepts `langs` (for planning the note's plan; not proposed)."""
    return Relaxation(
        constraint="languages",
        current=", ".join(allowed),
        needed=", ".join(langs),
        message=f"Allow courses in {' or '.join(language_name(x) for x in langs)}.",
    )


def _teachers_in_order(lookup: CatalogueLookup, skills: Collection[str]) -> list[Credential]:
    """The credentials teaching any of `skills`, in catalogue order: the only ones `entry_courses` can find
    (from the lookup's index, not a scan of the whole catalogue: ~90 ms a plan at 100k)."""
    found = {c.id: c for u in skills for c in lookup.by_skill.get(u, ())}
    return sorted(found.values(), key=lambda c: lookup.position[id(c)])


def entry_in_language(
    gap: Gap,
    lookup: CatalogueLookup,
    pathway: Pathway,
    *,
    start: int,
    readable: Sequence[str],
    allowed: Sequence[str],
    weak: Collection[str],
    held_credentials: Collection[str],
    plan: Callable[[Relaxation, str | None], Pathway],
    offered: Collection[str] = (),
    preferred: str = "en",
) -> str | None:
    """The note for `pathway` (see the module's docstring), or None: when the plan takes no entry course, none
    is taught in a language of `readable`, and one is in another (`plan(relaxation, pin)` plans the learner's
    case with a relaxation accepted and the course `pin` pinned, as an advisor would start it; `allowed`: the
    languages the plan keeps to). None too for an empty plan whose language proposal (`offered`: the languages
    its first languages relaxation would allow, the one its preview shows) takes an entry course: the preview
    shows a start already (a Finnish-only mechanic's English proposal begins with the English entry)."""
    lacking = {g.uri for g in gap.essential}
    skills_of = lookup.skills_of

    def entries_among(catalogue: Sequence[Credential]) -> list[Credential]:
        return entry_courses(
            gap.centre,
            lacking,
            catalogue,
            lambda cid: skills_of.get(cid, ()),
            start=start,
            held_credentials=held_credentials,
            weak=weak,
        )

    # a plan taking an entry course needs no note: its own steps are read first (whether a course is one does
    # not depend on the others), the catalogue's teachers only when none is (speed at 100k)
    if entries_among([c for c in (lookup.by_id.get(i) for i in pathway.ids) if c is not None]):
        return None
    entries = entries_among(_teachers_in_order(lookup, set(gap.centre) & lacking))
    if not entries or {c.id for c in entries} & set(pathway.ids):
        return None
    centre = set(gap.centre) & lacking
    langs = entry_languages(
        entries, readable, lambda c: len(centre & set(lookup.skills_of.get(c.id, ()))), preferred
    )
    if langs is None:
        return None
    shown = [c for c in entries if set(langs) & {x.lower() for x in c.languages}]
    labels = {g.uri: g.label for g in gap.essential}
    taught = {u for c in shown[:ENTRY_NAMED] for u in lookup.skills_of.get(c.id, ())}
    centre_labels = [labels[u] for u in gap.centre if u in lacking and u in taught]
    change = language_relaxation(langs, allowed)
    if not pathway.steps and offered:  # the empty plan's language proposal already starts there
        proposed = plan(language_relaxation(tuple(offered), allowed), None)
        if {c.id for c in entries} & set(proposed.ids):
            return None
    relaxed = plan(change, shown[0].id)
    return entry_note(gap.goal_label, centre_labels, shown, langs, relaxed)
