"""The skill gap: what the goal needs minus what the learner holds, weighted, with who teaches each gap skill.

Pure domain code: pydantic types and functions over them, no I/O. The constraint filter that decides
which credentials a learner may take lives here too, because "taught_by" must only name those.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import date

from pydantic import BaseModel, ConfigDict, Field

from pathfinder.domain import LEVEL_RANK, Credential, LearnerProfile, SkillLevel
from pathfinder.domain.taxonomy import (  # knowledge_broader, TOOL_SIBLINGS: moved to the domain (session 20)
    TOOL_SIBLINGS,
    Occupation,
    Skill,
    Taxonomy,
    knowledge_broader,
    normalise_label,
)
from pathfinder.errors import PlanningError
from pathfinder.planner.audience import for_oneself, teaching_goal
from pathfinder.planner.entry import centre_skills

ESSENTIAL_WEIGHT = 1.0
OPTIONAL_WEIGHT = 0.3
GOAL_SKILL_WEIGHT = 1.0
# a skill the O*NET occupation's tasks or in-demand technologies name and ESCO does not list as essential
# (`Occupation.central`, tools/build_onet_central.py): machine learning for the data scientist
CENTRAL_WEIGHT = 1.25  # as the goal's own (OWN_WEIGHT): O*NET names it for at most 3 occupations


class GapSkill(BaseModel):
    """One skill the goal needs and the learner does not hold (well enough)."""

    model_config = ConfigDict(frozen=True)

    uri: str
    label: str
    weight: float = Field(gt=0)
    essential: bool
    required_level: SkillLevel | None = None
    held_level: SkillLevel | None = Field(
        None, description="set when the learner holds it below the required level"
    )
    taught_by: tuple[str, ...] = Field(
        (), description="ids of credentials the learner may take that teach it"
    )
    broad: bool = Field(
        False,
        description="an essential skill ESCO lists as essential for dozens of occupations across fields "
        "(`Occupation.broad`: curriculum objectives for a digital literacy teacher): a course teaching "
        "mostly such skills is not about the goal (`lookup.broad_only`, session 14)",
    )
    broader: tuple[str, ...] = Field(
        (),
        description="its broader knowledge in ESCO's hierarchy when it is knowledge itself "
        "(`knowledge_broader`: computer programming for TypeScript): a step teaching the broader one comes "
        "first (`session._basics`, session 15)",
    )
    named: bool = Field(
        False,
        description="an essential skill whose label uses a word of the goal's own names "
        "(`Taxonomy.own_name_words`: 'implement data quality processes' for a data quality specialist): a "
        "course the catalogue tags with it is about the goal, whatever else it teaches (`lookup.names_goal`, "
        "session 16)",
    )
    narrower: tuple[str, ...] = Field(
        (),
        description="when it is a knowledge concept with narrower ones in ESCO's hierarchy (an ancestor: "
        "'operating systems', 'ICT infrastructure', 'computer programming'), those narrower concepts: a tag "
        "of an ancestor names the subject only beside a tag of one of them (`lookup.ancestors_only`, "
        "session 16)",
    )
    names: tuple[str, ...] = Field(
        (),
        description="the skill's names as a course title would say them (`title_names`: its preferred "
        "label and its longer alternative labels, normalised): a title naming one is evidence that the "
        "course teaches it, even when its tags were inferred (`lookup.single_inferred`, session 15); none "
        "for a tool among alternatives (`is_tool`: Ruby, TypeScript, MySQL), whose name in a title says "
        "which product a course uses, not that it teaches the goal",
    )
    citizen: bool = Field(
        False,
        description="one of the citizen's digital competences (`citizen_competence`, DigComp's areas: "
        "'computer programming' is area 3): no basics a citizen's digital-skills course teaches a "
        "specialist's goal (`foundation.citizen_basics`, session 22)",
    )


class Gap(BaseModel):
    """The goal's skills the learner lacks, essential first; `untaught` lists URIs nothing in the catalogue
    teaches."""

    model_config = ConfigDict(frozen=True)

    goal_label: str = ""
    skills: tuple[GapSkill, ...] = ()
    untaught: tuple[str, ...] = ()
    held: tuple[str, ...] = Field((), description="goal skills the learner already holds")
    excluded: dict[str, str] = Field(
        default_factory=dict,
        description="id -> why your constraints exclude it, for credentials teaching a goal skill",
    )
    role_shared: int | None = Field(
        None,
        description="goal skills (essential or optional) that are essential skills of the learner's present "
        "job; None when the job is not an occupation of the taxonomy (the starting level reads it)",
    )
    role_skills: tuple[str, ...] = Field(
        (), description="the essential skills of the learner's present job (an occupation of the taxonomy)"
    )
    implied: dict[str, str] = Field(
        default_factory=dict,
        description="skills (any, not only the goal's) the learner holds through a narrower skill they hold "
        "(`Taxonomy.with_broader`): URI -> level; the level rules read them as held",
    )
    core: tuple[str, ...] = Field(
        (),
        description="the goal's core: its central skills by O*NET (`Occupation.central`; machine learning "
        "for the data scientist); a plan covering none of them takes one when it fits (`planner/core.py`)",
    )
    own: tuple[str, ...] = Field(
        (),
        description="the goal's essential skills of its own class (weight OWN_WEIGHT), held ones included: a "
        "course teaching one is never a detour (`planner/detours.py`)",
    )
    later: tuple[str, ...] = Field(
        (),
        description="essential skills ESCO gives the goal that are mostly another specialty's of the same "
        "field (`Occupation.other_specialty`: debugging for a network engineer), counted as optional: 'not "
        "needed first' (session 13)",
    )
    peripheral: tuple[str, ...] = Field(
        (),
        description="essential skills ESCO gives the goal that are peripheral to its subject "
        "(`peripheral_skills`, tools/build_skill_centrality.py: web programming for a knowledge "
        "engineer), counted as optional: 'left for later' (session 17)",
    )
    marginal: tuple[str, ...] = Field(
        (),
        description="essential gap skills at the goal's margin, closer to five or more other occupations "
        "(`neighbour_steps.marginal_skills`: collect ICT data for a data analyst); a course teaching only "
        "such skills is no teacher of the gap (session 18)",
    )
    centre: tuple[str, ...] = Field(
        (),
        description="the goal occupation's essential skills it is among the 2 occupations closest to (held "
        "ones included), most central first: where its work starts (`planner/entry.py`, session 19)",
    )
    foundations: tuple[str, ...] = Field(
        (),
        description="the broader skills (ESCO's hierarchy, one step up) of essential gap skills, themselves "
        "no goal skill and not held ('solve technical problems' above 'solve ICT system problems'): a "
        "first course tagged with one teaches a newcomer the basics of the goal (`planner/foundation.py`, "
        "session 21)",
    )
    citizen_foundations: tuple[str, ...] = Field(
        (),
        description="the citizen's digital competences (DigComp) that are the broader skills of essential "
        "gap skills, not held and no goal skill ('solve technical problems' above 'solve ICT system "
        "problems'), which `foundations` leaves out above a specialist's skills: the digital basics a "
        "free-only newcomer's plan may start with (`planner/free_first.py`, session 24)",
    )
    cross_field: tuple[str, ...] = Field(
        (),
        description="marginal essential gap skills (`marginal`) ESCO lists mostly for other fields' "
        "occupations (`Occupation.cross_field`: risk management for an ICT security engineer); a course read "
        "from its text teaching only such goal skills is of another field, no teacher (`field_steps`, "
        "session 19)",
    )
    elsewhere: tuple[str, ...] = Field(
        (),
        description="the core skills of the taxonomy's other occupations that are no essential skill of this "
        "goal (machine learning for a data analyst): a course leading there is a detour "
        "(`planner/detours.py`)",
    )
    kin: tuple[str, ...] = Field(
        (),
        description="skills narrower than one the learner holds at intermediate level or above (directly or "
        "implied) that they do not hold: Python for a Java developer (computer programming). The level rules "
        "count them as known in a prerequisite only",
    )
    role_nearest: str = Field(
        "",
        description="when the present job's title is not an occupation of the taxonomy: the nearest one "
        "(`Taxonomy.nearest_occupation`), whose skills role_shared/role_skills then read; the plan says so",
    )
    goal_names: tuple[str, ...] = Field(
        (),
        description="the goal occupation's names as a course title would say them (`goal_names`: its label, "
        "the acronym of a label of three or more words, its acronym alternative labels: 'data protection "
        "officer', 'DPO'); a course whose title names the goal is the goal's course (`core.goal_courses`, "
        "session 16)",
    )
    digital_basics: tuple[str, ...] = Field(
        (),
        description="for a goal of teaching digital skills (`audience.teaching_goal`: digital literacy "
        "teacher, ICT teacher, ICT trainer), the citizen's digital competences (DigComp, `skills.csv` "
        "`digcomp_area`) the learner does not hold: what such a teacher teaches, so a citizen's course "
        "teaching them is a first course of a learner new to computers (`foundation.digital_newcomer`, "
        "session 23)",
    )
    role_by_skills: bool = Field(
        False,
        description="role_nearest was read from the skills worked with alone: the title names no occupation "
        "word (another language: `Taxonomy.nearest_by_skills`, session 11)",
    )

    @property
    def total_weight(self) -> float:
        return sum(s.weight for s in self.skills)

    @property
    def essential(self) -> tuple[GapSkill, ...]:
        return tuple(s for s in self.skills if s.essential)

    def skill(self, uri: str) -> GapSkill | None:
        return next((s for s in self.skills if s.uri == uri), None)


# ----------------------------------------------------------------------------------- eligibility


def first_upcoming_session_end(credential: Credential, today: date, deadline: date | None) -> date | None:
    """End date of the first session starting on/after `today` and ending by `deadline`, None if none fits."""
    first = None  # the earliest-starting session that fits (the first listed of equal starts), in one pass
    for session in credential.sessions:
        if (
            session.start >= today
            and (deadline is None or session.end <= deadline)
            and (first is None or session.start < first.start)
        ):
            first = session
    return None if first is None else first.end


def study_languages(profile: LearnerProfile) -> tuple[str, ...]:
    """The languages the learner may study in, a hard limit: the constraint when set (an explicit choice,
    which the 'allow courses in X' relaxation widens), else the languages the profile says they can study in.
    Empty: no limit (the planner adds the conversation's language and English first,
    `with_conversation_language`)."""
    denied = set(profile.constraints.denied_languages)
    chosen = tuple(x.lower() for x in profile.constraints.languages) or profile.languages
    return tuple(x for x in chosen if x not in denied)


COMMON_LANGUAGE = "en"  # the language most of a catalogue is taught in


def with_conversation_language(profile: LearnerProfile, written: str | None) -> LearnerProfile:
    """The one rule for a learner's study languages (issues 12 and 14, session 17). Languages the learner
    named (a language limit, or the languages their profile says they speak) are a hard limit as they are:
    `profile` itself. A learner who named none studies in the language they write in (`written`) or in
    English, the catalogue's common language, together a hard limit that leans to the written one (the soft
    `preferences.language`: between courses that fit about as well, the one in it; a better-fitting English
    course wins). A third language enters a plan only as a relaxation the learner accepts. Ruled-out
    languages (`denied_languages`) are never added."""
    denied = set(profile.constraints.denied_languages)
    if not written or study_languages(profile) or written.lower() in denied:
        return profile
    code = written.lower()
    languages = tuple(x for x in dict.fromkeys((code, COMMON_LANGUAGE)) if x not in denied)
    prefs = profile.preferences
    if prefs.language is None and code != COMMON_LANGUAGE:
        prefs = prefs.model_copy(update={"language": code})
    return profile.model_copy(update={"languages": languages, "preferences": prefs})


def denied_only(credential: Credential, denied: frozenset[str]) -> bool:
    """True when `credential` is taught only in languages the learner ruled out (`denied_languages`), or in
    a language not stated while some are ruled out (unknown never satisfies a limit)."""
    return bool(denied) and not {x.lower() for x in credential.languages} - denied


class Eligibility:
    """The profile's hard constraints prepared once; `check(credential)` -> (kind, reason) or None when
    allowed.

    `kind` names the constraint that rules it out ("rejected", "held", "languages", "participation",
    "max_eqf", "providers", "countries", "window"), so a planner can tell which relaxation could change it.
    Unknown participation is given the benefit of the doubt; an unknown EQF level or language is not (it
    passes no limit: importers detect it, `catalogue.language`). With `pinned_pass`, pinned credentials pass
    every filter but "rejected" and "held".
    """

    def __init__(
        self, profile: LearnerProfile, today: date | None = None, *, pinned_pass: bool = True
    ) -> None:
        c, prefs = profile.constraints, profile.preferences
        self.today = today or date.today()
        self.deadline = c.deadline
        self.rejected = frozenset(prefs.rejected)
        self.held = profile.held_credential_ids
        self.pinned = frozenset(prefs.pinned) if pinned_pass else frozenset()
        self.languages = frozenset(study_languages(profile))
        self.denied = frozenset(c.denied_languages)
        self.participation = frozenset(c.participation)
        self.participation_text = " or ".join(c.participation)
        self.max_eqf = c.max_eqf
        self.providers = frozenset(p.lower() for p in c.providers)
        self.countries = frozenset(x.upper() for x in c.countries)

    def check(self, credential: Credential) -> tuple[str, str] | None:
        if credential.id in self.rejected:
            return "rejected", "you rejected it"
        if credential.id in self.held:
            return "held", "you already hold it"
        soft = self._soft(credential)
        if soft is not None and credential.id in self.pinned:
            return None
        return soft

    def _soft(self, credential: Credential) -> tuple[str, str] | None:
        if self.denied and denied_only(credential, self.denied):
            return (
                "languages",
                "in a language you ruled out" if credential.languages else "its language is not stated",
            )
        if self.languages and self.languages.isdisjoint(credential.languages):
            return (
                "languages",
                "not in your languages" if credential.languages else "its language is not stated",
            )
        if (
            self.participation
            and credential.participation
            and credential.participation not in self.participation
        ):
            return "participation", f"not offered {self.participation_text}"
        if self.max_eqf is not None and credential.eqf_level is None:  # unknown never satisfies a limit
            return "max_eqf", f"its EQF level is not stated, so it may be above your limit ({self.max_eqf})"
        if (
            self.max_eqf is not None
            and credential.eqf_level is not None
            and credential.eqf_level > self.max_eqf
        ):
            return "max_eqf", f"above your EQF limit ({self.max_eqf})"
        if self.providers and credential.provider.lower() not in self.providers:
            return "providers", "not from your preferred providers"
        if self.countries and credential.country and credential.country not in self.countries:
            return "countries", "not from your countries"
        if (
            credential.delivery == "dated"
            and credential.sessions
            and first_upcoming_session_end(credential, self.today, self.deadline) is None
        ):
            return "window", "no session within your time window"
        return None


def exclusion_reason(
    credential: Credential, profile: LearnerProfile, today: date | None = None
) -> str | None:
    """Why the learner's hard constraints rule this credential out, or None when they may take it.

    Unknown participation is given the benefit of the doubt; an unknown EQF level or language passes no limit.
    """
    verdict = Eligibility(profile, today, pinned_pass=False).check(credential)
    return None if verdict is None else verdict[1]


# ------------------------------------------------------------------------------------------- gap


def goal_skill_weights(
    profile: LearnerProfile, taxonomy: Taxonomy
) -> tuple[str, dict[str, tuple[float, bool]]]:
    """(goal label, {skill uri: (weight, essential)}) from the goal's occupation and its explicit skills."""
    goal = profile.goal
    if goal is None or (goal.occupation_uri is None and not goal.skills):
        raise PlanningError(
            "This profile has no goal. Set a target occupation or goal skills "
            "(e.g. `pathfinder profile set ID --occupation URI`, or tell the assistant your goal)."
        )
    weights: dict[str, tuple[float, bool]] = {}
    label = goal.label
    if goal.occupation_uri:
        occupation = taxonomy.occupation(goal.occupation_uri)
        if occupation is None:
            raise PlanningError(
                f"The goal occupation {goal.occupation_uri} is not in the taxonomy. "
                "Pick one listed by `pathfinder taxonomy occupations`, or import the full ESCO."
            )
        label = label or occupation.label
        for uri in occupation.optional:
            weights[uri] = (OPTIONAL_WEIGHT, False)
        counts = taxonomy.essential_counts()
        own = taxonomy.own_name_words(occupation)
        for uri in occupation.essential:
            named = bool(own & set(normalise_label(taxonomy.label(uri)).split()))
            weights[uri] = (OWN_WEIGHT if named else central_weight(counts.get(uri, 1)), True)
        for uri in occupation.other_specialty:  # a developer's debugging for a network engineer: not first
            if uri in weights and weights[uri][1] and weights[uri][0] < OWN_WEIGHT:
                weights[uri] = (OPTIONAL_WEIGHT, False)
        for uri in peripheral_skills(occupation):  # web programming for a knowledge engineer: left for later
            # (as another specialty's skills are: one of the goal's own class, named by the goal's names or
            # listed by at most 2 occupations, stays essential)
            if uri in weights and weights[uri][1] and weights[uri][0] < OWN_WEIGHT:
                weights[uri] = (OPTIONAL_WEIGHT, False)
        for uri in occupation.central:  # O*NET names it central, ESCO lists it as optional or not at all
            if uri not in weights or not weights[uri][1]:  # a neighbour's technology weighs as shared
                owned = owned_central(occupation, taxonomy, uri)
                weights[uri] = (CENTRAL_WEIGHT if owned else ESSENTIAL_WEIGHT, True)
    wanted = goal.skills
    if not goal.occupation_uri:  # an area for one's own skills: no teaching skill (`audience.for_oneself`)
        wanted = tuple(for_oneself(label, [(u, taxonomy.label(u)) for u in goal.skills]))
    for uri in wanted:
        weights[uri] = (max(GOAL_SKILL_WEIGHT, weights.get(uri, (0.0, True))[0]), True)
    return label or "your goal", weights


# an essential skill listed by this many occupations or fewer is the goal's own (weight 1.25), by up to
# SHARED_OCCUPATIONS one its field shares (1.0), by more a generic one (0.75)
OWN_OCCUPATIONS, SHARED_OCCUPATIONS = 2, 4
OWN_WEIGHT, GENERIC_WEIGHT = 1.25, 0.75


MIN_NAME_CHARS = 3  # shorter labels ("R", "C") are letters in titles ("R&B"), not names
MIN_ALT_CHARS = 4  # a one-word alternative label shorter than this is often an ordinary word ("Io", "Ada")


def title_names(skill: Skill | None) -> tuple[str, ...]:
    """How a course title names a skill (`GapSkill.names`): its preferred label, its alternative labels of
    two words or more or of MIN_ALT_CHARS letters, each normalised, a two-word name also written as one
    word ("cybersecurity" for "cyber security"); none shorter than MIN_NAME_CHARS."""
    if skill is None:
        return ()
    alt = getattr(skill, "alt_labels", ())  # (a taxonomy built of bare skill refs has none)
    labels = [skill.label] + [a for a in alt if " " in a.strip() or len(a) >= MIN_ALT_CHARS]
    names = [normalise_label(x) for x in labels]
    names += [n.replace(" ", "") for n in names if n.count(" ") == 1]
    return tuple(dict.fromkeys(n for n in names if len(n) >= MIN_NAME_CHARS))


def central_weight(occupations: int) -> float:
    """An essential skill's weight from how many occupations of the taxonomy list it as essential: the skills
    of the goal's own field (listed by the goal and at most one other: network configuration for a network
    engineer, recommender systems for a data scientist) weigh OWN_WEIGHT; generic ones listed by many
    (computer programming, query languages) GENERIC_WEIGHT; the rest 1. So a plan closes the core of the goal
    first and a course of one generic skill does not outweigh one of the field (ESCO ranks no skill; issue
    14, session 6). Three classes, not a sliding scale: within a class skills stay interchangeable, so the
    fastest and cheapest plans can still trade one for another."""
    if occupations <= OWN_OCCUPATIONS:
        return OWN_WEIGHT
    return ESSENTIAL_WEIGHT if occupations <= SHARED_OCCUPATIONS else GENERIC_WEIGHT


def analyse_gap(
    profile: LearnerProfile,
    taxonomy: Taxonomy,
    credentials: Sequence[Credential],
    *,
    required_level: SkillLevel | None = None,
    today: date | None = None,
) -> Gap:
    """Goal skills minus held skills, weighted (essential 1.0, optional 0.3, explicit goal skills 1.0).

    A skill held below `required_level` (default: the goal's `required_level`) stays in the gap with its held
    level. A held skill counts as its broader skills held one level lower (`Taxonomy.with_broader`).
    `taught_by` names only credentials the profile's hard constraints allow; `untaught` lists skills no
    catalogue entry teaches.
    """
    label, weights = goal_skill_weights(profile, taxonomy)
    if required_level is None and profile.goal is not None:
        required_level = profile.goal.required_level
    held_level: dict[str, str] = {}
    for s in profile.skills:
        if LEVEL_RANK[s.level] > LEVEL_RANK.get(held_level.get(s.uri, ""), 0):
            held_level[s.uri] = s.level
    for held_cred in profile.credentials:
        for ref in held_cred.skills:
            held_level.setdefault(ref.uri, "intermediate")
    stated = held_level
    held_level = taxonomy.with_broader(held_level)  # C++ held at advanced: computer programming, intermediate

    teachers: dict[str, list[str]] = {}
    excluded: dict[str, str] = {}
    taught_anywhere: set[str] = set()
    check = Eligibility(profile, today).check
    for cred in _goal_teachers(credentials, weights):
        uris = [ref.uri for ref in cred.skills if ref.uri in weights and ref.counts]
        if not uris:
            continue
        taught_anywhere.update(uris)
        verdict = check(cred)
        if verdict is not None:
            excluded[cred.id] = verdict[1]
            continue
        for uri in uris:
            teachers.setdefault(uri, []).append(cred.id)

    gap_skills: list[GapSkill] = []
    held: list[str] = []
    broad = set(_broad(profile, taxonomy, weights))
    named = _named(profile, taxonomy, weights)
    for uri, (weight, essential) in weights.items():
        level = held_level.get(uri)
        if level is not None and (required_level is None or LEVEL_RANK[level] >= LEVEL_RANK[required_level]):
            held.append(uri)
            continue
        gap_skills.append(
            GapSkill(
                uri=uri,
                label=taxonomy.label(uri),
                weight=weight,
                essential=essential,
                required_level=required_level,
                held_level=level,
                taught_by=tuple(sorted(teachers.get(uri, ()))),
                broad=uri in broad,
                named=uri in named,
                narrower=ancestor_of(taxonomy, uri),
                names=() if is_tool(taxonomy, uri) else title_names(taxonomy.skill(uri)),
                broader=knowledge_broader(taxonomy, uri),
                citizen=citizen_competence(taxonomy, uri),
            )
        )
    gap_skills.sort(key=lambda g: (not g.essential, g.label.lower()))
    untaught = tuple(g.uri for g in gap_skills if g.uri not in taught_anywhere)
    role = profile.current_role
    job = taxonomy.occupation(role.occupation_uri) if role and role.occupation_uri else None
    nearest, by_skills = "", False
    if job is None and role is not None and role.label:
        worked = [s.uri for s in profile.skills if LEVEL_RANK[s.level] >= LEVEL_RANK["intermediate"]]
        goal_uri = profile.goal.occupation_uri if profile.goal else None
        # a skill held at basic level shows no job; the goal is not the job the learner has
        job = taxonomy.nearest_occupation(role.label, worked, exclude=[goal_uri] if goal_uri else [])
        if job is not None and goal_uri and _names_goal(taxonomy, role.label, worked, goal_uri):
            job = None  # "manual tester" aiming at software tester: no other job is guessed (session 10)
        elif job is None and taxonomy.title_names_none(role.label):
            # a title in another language says nothing; the skills worked with may (session 11)
            job = taxonomy.nearest_by_skills(worked, exclude=[goal_uri] if goal_uri else [])
            by_skills = job is not None
        # a title the taxonomy holds is the job itself, not a guess the plan must own up to
        nearest = job.label if job is not None and taxonomy.find_occupation(role.label) is None else ""
    return Gap(
        goal_label=label,
        skills=tuple(gap_skills),
        untaught=untaught,
        held=tuple(sorted(held)),
        excluded=excluded,
        role_shared=None if job is None else len(set(job.essential) & weights.keys()),
        role_skills=() if job is None else tuple(job.essential),
        role_nearest=nearest,
        role_by_skills=by_skills,
        digital_basics=(
            tuple(sorted(d.uri for d in taxonomy.digcomp_skills() if d.uri not in held_level))
            if teaching_goal(label)
            else ()
        ),
        core=_core(profile, taxonomy),
        goal_names=goal_names(profile, taxonomy),
        own=_own(profile, weights),
        elsewhere=_elsewhere(profile, taxonomy, weights),
        centre=_centre(profile, taxonomy),
        foundations=_foundations(
            taxonomy,
            gap_skills,
            weights.keys() | held_level.keys(),
            wanted=(*_centre(profile, taxonomy), *_core(profile, taxonomy)),
        ),
        citizen_foundations=_citizen_foundations(taxonomy, gap_skills, weights.keys() | held_level.keys()),
        later=_later(profile, taxonomy, weights),
        peripheral=_peripheral(profile, taxonomy, weights),
        marginal=(marginal := _marginal(profile, taxonomy, weights)),
        cross_field=_cross_field(profile, taxonomy, marginal),
        implied={u: lvl for u, lvl in held_level.items() if stated.get(u) != lvl},
        kin=tuple(
            sorted(
                {
                    k
                    for u, lvl in held_level.items()
                    if LEVEL_RANK[lvl] >= LEVEL_RANK["intermediate"]
                    for k in taxonomy.narrower(u)
                    if k not in held_level
                }
            )
        ),
    )


def _foundations(
    taxonomy: Taxonomy,
    gap_skills: Sequence[GapSkill],
    known: Collection[str],
    *,
    wanted: Collection[str] = (),
) -> tuple[str, ...]:
    """`Gap.foundations`: the direct broader skills of the essential gap skills that are no goal skill
    (`known`: the goal's skills and those held) themselves, in the gap's order. A citizen's digital competence
    (`citizen_competence`: "protect personal data and privacy", "problem-solving with digital tools") is a
    foundation only above a skill the goal's work centres on (`wanted`: `Gap.centre` and `Gap.core`): above a
    specialist's other skills (cyber attack counter-measures, an AI designer's data skills) it made such
    courses the first step of newcomers to security and AI (session 22; `foundation.citizen_basics` keeps the
    catalogue's citizen's courses out whatever the foundation)."""
    found: dict[str, None] = {}
    wanted = set(wanted)
    for g in gap_skills:
        if g.essential:
            for broad in sorted(taxonomy.broader.get(g.uri, ())):
                if broad in known or (g.uri not in wanted and citizen_competence(taxonomy, broad)):
                    continue
                found.setdefault(broad, None)
    return tuple(found)


def _citizen_foundations(
    taxonomy: Taxonomy, gap_skills: Sequence[GapSkill], known: Collection[str]
) -> tuple[str, ...]:
    """`Gap.citizen_foundations`: the direct broader skills of the essential gap skills that are citizen's
    digital competences (`citizen_competence`) and no goal skill or held skill (`known`), in the gap's
    order; only above a specialist's skill, not above a citizen's competence itself (a goal of digital
    literacy: its own courses teach it, a course one step up is no start of it, de-t9goals-03)."""
    found: dict[str, None] = {}
    for g in gap_skills:
        if g.essential and not citizen_competence(taxonomy, g.uri):
            for broad in sorted(taxonomy.broader.get(g.uri, ())):
                if broad not in known and citizen_competence(taxonomy, broad):
                    found.setdefault(broad, None)
    return tuple(found)


def citizen_competence(taxonomy: Taxonomy, uri: str) -> bool:
    """Whether a skill is one of the citizen's digital competences (ESCO's DigComp areas 1-5, skills.csv
    `digcomp_area`): what everyone needs online, not a specialist's basics."""
    return bool(getattr(taxonomy.skill(uri), "digcomp_area", None))  # a bare SkillRef (tests) has none


def _later(
    profile: LearnerProfile, taxonomy: Taxonomy, weights: Mapping[str, tuple[float, bool]]
) -> tuple[str, ...]:
    """`Gap.later`: the goal occupation's skills of another specialty that the weights count as optional (a
    skill the learner named as a goal skill stays essential)."""
    occupation = goal_occupation(profile, taxonomy)
    if occupation is None:
        return ()
    return tuple(sorted(u for u in occupation.other_specialty if u in weights and not weights[u][1]))


def _marginal(
    profile: LearnerProfile, taxonomy: Taxonomy, weights: Mapping[str, tuple[float, bool]]
) -> tuple[str, ...]:
    """`Gap.marginal`: the goal's essential gap skills at its margin (`neighbour_steps.marginal_skills`), save
    those the learner named and O*NET's central ones. Unlike the peripheral rule, neither a skill ESCO lists
    for few occupations nor one sharing a word with the goal's name is kept: collect ICT data is the
    analyst's by ESCO's lists and by the word "data", and data engineering's by its text (a course teaching
    only such skills is left out, the skill stays essential)."""
    from pathfinder.planner.neighbour_steps import marginal_skills

    goal = profile.goal
    occupation = goal_occupation(profile, taxonomy)
    if occupation is None or goal is None:
        return ()
    keep = set(goal.skills) | set(occupation.central)
    marginal = marginal_skills(occupation, keep, floor=CENTRALITY_FLOOR)
    return tuple(u for u in marginal if u in weights and weights[u][1])


def goal_occupation(profile: LearnerProfile, taxonomy: Taxonomy) -> Occupation | None:
    """The ESCO occupation of the learner's goal; None for a goal of skills or an area."""
    goal = profile.goal
    return taxonomy.occupation(goal.occupation_uri) if goal and goal.occupation_uri else None


def goal_wanted_skills(
    profile: LearnerProfile, taxonomy: Taxonomy, *, centre_only: bool = False
) -> tuple[str, ...]:
    """The skills the learner's goal wants, most wanted first: an occupation's centre skills
    (`entry.centre_skills`), then (unless `centre_only`) its other essential skills; a goal of skills or an
    area: its own skills; () with no goal. The one place the chat derives them (the key course, the
    counsellor's starters, the first course and why)."""
    if profile.goal is None:
        return ()
    occupation = goal_occupation(profile, taxonomy)
    if occupation is None:
        return tuple(profile.goal.skills)
    centre = centre_skills(occupation)
    if centre_only:
        return centre
    return (*centre, *(u for u in occupation.essential if u not in centre))


def _centre(profile: LearnerProfile, taxonomy: Taxonomy) -> tuple[str, ...]:
    """`Gap.centre`: the goal occupation's centre skills (`entry.centre_skills`); () for a goal of skills."""
    occupation = goal_occupation(profile, taxonomy)
    return () if occupation is None else centre_skills(occupation)


def _cross_field(profile: LearnerProfile, taxonomy: Taxonomy, marginal: Collection[str]) -> tuple[str, ...]:
    """`Gap.cross_field`: the marginal gap skills (`_marginal`, which keeps the learner's named skills and
    O*NET's central ones out) that the goal occupation's ESCO entry lists as mostly other fields'."""
    occupation = goal_occupation(profile, taxonomy)
    if occupation is None:
        return ()
    other = set(occupation.cross_field)
    return tuple(u for u in marginal if u in other)


def _peripheral(
    profile: LearnerProfile, taxonomy: Taxonomy, weights: Mapping[str, tuple[float, bool]]
) -> tuple[str, ...]:
    """`Gap.peripheral`: the goal occupation's skills peripheral to its subject that the weights count as
    optional (one the learner named as a goal skill, or O*NET names central, stays essential); another
    specialty's skills stay in `Gap.later`."""
    occupation = goal_occupation(profile, taxonomy)
    if occupation is None:
        return ()
    other = set(occupation.other_specialty)
    low = peripheral_skills(occupation)
    return tuple(sorted(u for u in low if u in weights and not weights[u][1] and u not in other))


# an essential skill is peripheral to its occupation when (1) its centrality (`Occupation.centrality`:
# standard deviations closer to this occupation than to the average one) is below CENTRALITY_FLOOR, (2) the
# occupation is not among the NEAREST_OCCUPATIONS closest to it (a family of close occupations, the seven
# security ones, shares the first places of its skills: attack vectors are the security technician's field
# though not its alone) and (3) it is in the lower LOWER_SHARE of the occupation's essential skills by
# centrality; never when no essential skill of the occupation reaches the floor (its ESCO text then says
# little of its subject: the security technician, best 0.7), nor when ESCO lists it for at most 2
# occupations (`Occupation.distinct`: it sets the occupation apart, and is its core when O*NET names none;
# without this exception no tune plan changed, and 15 distinct skills would have been peripheral: distributed
# computing for a database administrator, -0.8, but also an e-learning architect's "identify technological
# needs")
CENTRALITY_FLOOR, NEAREST_OCCUPATIONS, LOWER_SHARE = 1.0, 9, 0.5


def peripheral_skills(occupation: Occupation) -> tuple[str, ...]:
    """The occupation's essential skills peripheral to what it is about (session 17, issue 14): use markup
    languages and web programming for a knowledge engineer, pedagogy for an ICT trainer. The gap counts them
    as optional, "left for later": they neither choose a plan's steps nor fill it. () without scores."""
    essential = set(occupation.essential)
    ranked = sorted(((z, u, r) for u, z, r in occupation.centrality if u in essential))
    if not ranked or ranked[-1][0] < CENTRALITY_FLOOR:
        return ()
    lower = ranked[: int(len(ranked) * LOWER_SHARE)]
    distinct = set(occupation.distinct)
    return tuple(
        u for z, u, r in lower if z < CENTRALITY_FLOOR and r > NEAREST_OCCUPATIONS and u not in distinct
    )


def _broad(
    profile: LearnerProfile, taxonomy: Taxonomy, weights: Mapping[str, tuple[float, bool]]
) -> tuple[str, ...]:
    """The goal occupation's broad skills (`Occupation.broad`) the weights count as essential,
    save those the learner named as goal skills, O*NET's central ones and those using a word of the goal's
    own names (`Taxonomy.own_name_words`): a skill the goal is named after is its subject, however many
    other occupations need it."""
    goal = profile.goal
    occupation = goal_occupation(profile, taxonomy)
    if occupation is None or goal is None:
        return ()
    kept = set(goal.skills) | set(occupation.central)
    own = taxonomy.own_name_words(occupation)
    return tuple(
        sorted(
            u
            for u in occupation.broad
            if u in weights
            and weights[u][1]
            and u not in kept
            and not own & set(normalise_label(taxonomy.label(u)).split())
        )
    )


def _named(
    profile: LearnerProfile, taxonomy: Taxonomy, weights: Mapping[str, tuple[float, bool]]
) -> frozenset[str]:
    """The essential skills whose label uses a word of the goal occupation's own names
    (`Taxonomy.own_name_words`): the goal is named after them ("quality" in implement data quality processes
    for a data quality specialist, "database" for a database administrator)."""
    occupation = goal_occupation(profile, taxonomy)
    if occupation is None:
        return frozenset()
    own = taxonomy.own_name_words(occupation)
    return frozenset(
        u
        for u, (_, essential) in weights.items()
        if essential and own & set(normalise_label(taxonomy.label(u)).split())
    )


def ancestor_of(taxonomy: Taxonomy, uri: str) -> tuple[str, ...]:
    """The narrower concepts of a knowledge concept that has some in the taxonomy's hierarchy (an ancestor:
    operating systems -> mobile operating systems; ICT infrastructure -> proxy servers, embedded systems;
    computer programming -> Java, Python); () for anything else. A tag of an ancestor alone says a course
    touches the field, not which subject of it the course teaches."""
    skill = taxonomy.skills.get(uri)
    if getattr(skill, "skill_type", None) != "knowledge":
        return ()
    return tuple(sorted(taxonomy.narrower(uri)))


def _names_goal(taxonomy: Taxonomy, title: str, worked: Iterable[str], goal_uri: str) -> bool:
    """Whether a job title the taxonomy does not hold is nearest to the goal itself: the learner already
    works in the goal's trade under another title ("manual tester" aiming at software tester), so the
    nearest other occupation (ethical hacker, through "penetration tester") is no reading of their job."""
    nearest = taxonomy.nearest_occupation(title, worked)
    return nearest is not None and nearest.uri == goal_uri


def goal_names(profile: LearnerProfile, taxonomy: Taxonomy) -> tuple[str, ...]:
    """`Gap.goal_names`: the goal occupation's label, the acronym of a label of three words or more ("DPO" for
    data protection officer, "CISO" for chief ICT security officer) and the alternative labels that are
    acronyms ("CDO", "DBA"); other alternative labels are left out ("tester", "privacy officer" would name
    every testing or privacy course)."""
    uri = profile.goal.occupation_uri if profile.goal else None
    occupation = taxonomy.occupation(uri) if uri else None
    if occupation is None:
        return (profile.goal.label,) if profile.goal and profile.goal.label else ()
    words = [w for w in re.split(r"[\s-]+", occupation.label) if w]
    names = [occupation.label]
    if len(words) >= 3:
        names.append("".join(w[0] for w in words).upper())
    names += [a for a in occupation.alt_labels if re.fullmatch(r"[A-Z]{3,5}", a.strip())]
    return tuple(dict.fromkeys(names))


def _core(profile: LearnerProfile, taxonomy: Taxonomy) -> tuple[str, ...]:
    """The goal's core (`Gap.core`): the goal occupation's central skills (O*NET) that are not a named
    product or language, one of many interchangeable ones (`is_tool`): machine learning for the data
    scientist, security testing for the security engineer; not TypeScript, Ansible or MySQL; else, when
    O*NET names none, the skills ESCO gives to it and one other occupation at most (`distinct_core`)."""
    uri = profile.goal.occupation_uri if profile.goal else None
    occupation = taxonomy.occupation(uri) if uri else None
    if occupation is None:
        return ()
    return core_of(occupation, taxonomy) or distinct_core(occupation, taxonomy)


# a distinct skill is the goal's core only when the goal is among this many occupations closest to it by its
# text (`Occupation.centrality`'s rank; session 26): unified modelling language is 2nd for a software
# architect, mobile device management 5th for a security administrator
DISTINCT_CORE_RANK = 4


def distinct_core(occupation: Occupation, taxonomy: Taxonomy) -> tuple[str, ...]:
    """The goal's core when O*NET names none (session 14): its essential skills ESCO lists as essential for
    it and at most one other occupation (`Occupation.distinct`: unified modelling language and object-oriented
    modelling for a software architect, front-end website design for a web developer), save a tool among
    alternatives (`is_tool`), another specialty's skill, and (session 26) a skill other occupations' work is
    nearer to (`DISTINCT_CORE_RANK`): ESCO lists mobile device management for the security administrator
    alone, but four occupations are closer to it, and a cheapest plan took "Securing IoT and Mobile Devices"
    as the core before Security Operations Fundamentals. A skill of unknown rank stays. Not read for other
    occupations' detours (`_elsewhere` reads `core_of`)."""
    rank = {u: r for u, _, r in occupation.centrality}
    return tuple(
        u
        for u in occupation.distinct
        if u in occupation.essential
        and u not in occupation.other_specialty
        and not is_tool(taxonomy, u)
        and rank.get(u, 0) <= DISTINCT_CORE_RANK
    )


# a central skill O*NET names for more occupations than this, which ESCO does not list for the goal and whose
# label uses no word of the goal's own names, is a neighbour's technology, not the goal's core (session 11)
CORE_OCCUPATIONS = 1


def core_of(occupation: Occupation, taxonomy: Taxonomy) -> tuple[str, ...]:
    """An occupation's core: its central skills that are not a tool among alternatives (`is_tool`) and that
    the occupation owns by ESCO's or O*NET's word (`owned_central`)."""
    return tuple(
        u for u in occupation.central if not is_tool(taxonomy, u) and owned_central(occupation, taxonomy, u)
    )


def owned_central(occupation: Occupation, taxonomy: Taxonomy, uri: str) -> bool:
    """Whether a central skill (O*NET) is the occupation's own, weighed by ESCO (session 11): ESCO lists it
    for the occupation (essential or optional), or its label uses a word of the occupation's own names
    (`Taxonomy.own_name_words`: "database" for the database administrator, "computer vision" for the vision
    engineer), or O*NET names it central for no more than CORE_OCCUPATIONS occupations of the taxonomy
    ("utilise machine learning": the data scientist alone). Not: O*NET's list alone where several
    occupations share it (analyse big data, Scala, deep learning for a database administrator, a research
    consultant or a knowledge engineer: technologies of their O*NET counterparts, not what ESCO says the
    work is)."""
    if uri in occupation.essential or uri in occupation.optional:
        return True
    if taxonomy.own_name_words(occupation) & set(normalise_label(taxonomy.label(uri)).split()):
        return True
    return taxonomy.central_counts().get(uri, 0) <= CORE_OCCUPATIONS


def _own(profile: LearnerProfile, weights: Mapping[str, tuple[float, bool]]) -> tuple[str, ...]:
    """`Gap.own`: the essential skills of the goal's own class (weight OWN_WEIGHT); for an area ("cloud",
    "health data": a goal of skills, no occupation) the area's own skills, which are what the learner named,
    so that a course teaching them is never a detour towards another occupation (Cloud Operations for
    "cloud" had been one: it also teaches the cloud engineer's core, session 25)."""
    own = {u for u, (w, essential) in weights.items() if essential and w >= OWN_WEIGHT - 1e-9}
    goal = profile.goal
    if goal is not None and not goal.occupation_uri:
        own |= {u for u in goal.skills if weights.get(u, (0.0, False))[1]}
    return tuple(sorted(own))


def _elsewhere(
    profile: LearnerProfile, taxonomy: Taxonomy, weights: Mapping[str, tuple[float, bool]]
) -> tuple[str, ...]:
    """`Gap.elsewhere`: the other occupations' core skills that are no essential skill of this goal."""
    goal = profile.goal.occupation_uri if profile.goal else None
    mine = {u for u, (_, essential) in weights.items() if essential}
    found = {
        u
        for o in taxonomy.occupations.values()
        if o.uri != goal
        for u in core_of(o, taxonomy)
        if u not in mine
    }
    return tuple(sorted(found))


def is_tool(taxonomy: Taxonomy, uri: str) -> bool:
    """A knowledge concept with a broader skill that has `TOOL_SIBLINGS` narrower ones or more in the
    taxonomy: a product or language among alternatives (TypeScript under computer programming, MySQL under
    database management systems, Kali Linux under penetration testing tool), which the work uses but is not
    about."""
    skill = taxonomy.skills.get(uri)
    if getattr(skill, "skill_type", None) != "knowledge":  # (a taxonomy built of bare skill refs has none)
        return False
    return any(len(taxonomy.narrower(b)) >= TOOL_SIBLINGS for b in taxonomy.broader.get(uri, ()))


def _goal_teachers(credentials: Sequence[Credential], uris: Mapping[str, object]) -> Iterable[Credential]:
    """The credentials that teach one of `uris`, in catalogue order: found through the skill index when
    `credentials` is a `planner.CatalogueLookup` (duck-typed: gaps must not import the planner), else all."""
    by_skill = getattr(credentials, "by_skill", None)
    position = getattr(credentials, "position", None)
    if by_skill is None or position is None:
        return credentials
    found = {id(c): c for uri in uris for c in by_skill.get(uri, ())}
    return [found[k] for k in sorted(found, key=position.__getitem__)]
