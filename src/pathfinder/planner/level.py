"""The learner's starting level and the level rules of a plan: no jump of more than one EQF level without a
prerequisite, no course that mostly re-teaches what the learner holds.

`starting_level(profile)` estimates the EQF level a learner can start at from their background (held
credentials' levels, held skills and their levels). `LevelCheck(profile, lookup).check(credential)` is one
more eligibility verdict for candidate sets (kind "level"): a credential more than one level above the start
is allowed only when it names a prerequisite (a credential held or itself allowed, or a prerequisite skill a
step will teach) or when a bridge can lead up to it: `Bridges` gives such a credential, as an extra
prerequisite, the best-value course the learner may take one level below it that teaches a gap skill, so the
plan climbs one level at a time. Pure functions over domain types.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence

from pathfinder.domain import LEVEL_RANK, Credential, LearnerProfile
from pathfinder.domain.taxonomy import normalise_label

ADULT_START = 4  # an adult learner with no stated background: upper-secondary level (EQF 4)
MAX_JUMP = 1  # EQF levels a step may sit above the start (or above its prerequisite) without one
HELD_SHARE = (
    0.5  # a course at or below the start whose taught skills are more than this share held is left out
)
WORKING_SKILLS = 4  # skills held at intermediate or above that show working experience (one level up)
EXPERT_SKILLS = 3  # skills held at advanced level that show expertise (another level up)
ROLE_SHARED_SKILLS = (
    3  # goal skills among the essential skills of the learner's present job: a neighbouring job
)
ROLE_NEAR_START = 6  # ... starts there (working professionally in a neighbouring occupation)
ROLE_START = 5  # a present job sharing at least one goal skill: working experience in the field
BELOW_START = 2  # a course this many EQF levels or more below the start is an introduction the learner skips
KIND = "level"
# the highest EQF level of a course on a subject the learner states at this level that they meet without
# it, when their start is lower (`LevelCheck._held_subject`): an advanced Java developer needs no EQF 5
# Java course
HELD_SUBJECT_EQF = {"basic": 0, "intermediate": ADULT_START, "advanced": ADULT_START + 1}


def role_level(role_shared: int | None) -> int:
    """The least EQF level a learner's present job implies, from the ESCO skills it shares with the goal
    (`Gap.role_shared`: goal skills that are essential skills of the job's occupation): ROLE_NEAR_START with
    ROLE_SHARED_SKILLS or more (a software developer aiming at software architect, a network administrator at
    network engineer), ROLE_START with at least one, else ADULT_START (a job unrelated to the goal, or one the
    taxonomy does not know, says nothing of the level)."""
    if not role_shared:
        return ADULT_START
    return ROLE_NEAR_START if role_shared >= ROLE_SHARED_SKILLS else ROLE_START


def starting_level(
    profile: LearnerProfile,
    levels: Mapping[str, int | None] | None = None,
    role_shared: int | None = None,
    implied: Mapping[str, str] | None = None,
) -> int:
    """The EQF level the learner starts at: the highest EQF of a held credential (its own, else the
    catalogue's from `levels`), at least ADULT_START, at least what the present job implies (`role_level`);
    one more with WORKING_SKILLS skills held at intermediate level or above, and one more with EXPERT_SKILLS
    held at advanced level; at least the level floor the learner stated (`constraints.min_eqf`, "skip the
    basics": they know what lies below it). A job title the taxonomy does not resolve says nothing of the
    level. Biased low: a start set too low only leaves a course out; too high lets a plan jump levels."""
    start = ADULT_START
    working = sum(LEVEL_RANK[s.level] >= LEVEL_RANK["intermediate"] for s in profile.skills)
    working += sum(LEVEL_RANK[lvl] >= LEVEL_RANK["intermediate"] for lvl in (implied or {}).values())
    expert = sum(LEVEL_RANK[s.level] >= LEVEL_RANK["advanced"] for s in profile.skills)
    if working >= WORKING_SKILLS:
        start += 1
    if expert >= EXPERT_SKILLS:
        start += 1
    start = max(start, role_level(role_shared), profile.constraints.min_eqf or 0)
    for held in profile.credentials:
        eqf = held.eqf_level or (levels or {}).get(held.id or "")
        if eqf is not None:
            start = max(start, eqf)
    return min(start, 8)


class LevelCheck:
    """The level rules prepared once for a profile over a catalogue (`by_id`): `check(c)` -> (kind, reason) or
    None."""

    def __init__(
        self,
        profile: LearnerProfile,
        by_id: Mapping[str, Credential],
        skills_of: Mapping[str, tuple[str, ...]] | None = None,
        role_shared: int | None = None,
        role_skills: Collection[str] = (),
        implied: Mapping[str, str] | None = None,
        kin: Collection[str] = (),
    ) -> None:
        self.by_id = by_id
        self.skills_of = (
            skills_of  # credential id -> the skills it counts as teaching (the lookup's), if known
        )
        self.held = profile.held_credential_ids
        # `implied`: skills held through a narrower one (`Gap.implied`: Java held -> computer programming)
        implied = implied or {}
        self.held_skills = profile.held_skill_uris | frozenset(implied)
        # a broad skill held only through a narrower one worked with (`_trade_introduction`)
        self.trade = frozenset(implied) - profile.held_skill_uris
        self.role = frozenset(role_skills)  # the present job's essential skills
        self.background = frozenset(self.held_skills) | self.role  # what the learner works with
        self.worked = frozenset(  # skills the learner says they hold at intermediate level or above
            s.uri for s in profile.skills if LEVEL_RANK[s.level] >= LEVEL_RANK["intermediate"]
        ) | frozenset(u for u, lvl in implied.items() if LEVEL_RANK[lvl] >= LEVEL_RANK["intermediate"])
        self.kin = frozenset(kin)  # `Gap.kin`: Python for a Java developer; known in a prerequisite only
        self.expert = frozenset(  # skills the learner says they hold at advanced level (not implied ones)
            s.uri for s in profile.skills if LEVEL_RANK[s.level] >= LEVEL_RANK["advanced"]
        )
        # ... and the broader skills an advanced one implies at intermediate (advanced Java -> computer
        # programming): an introduction to them is an introduction to the learner's trade too
        self.expert_field = self.expert | frozenset(
            u for u, lvl in implied.items() if lvl == "intermediate" and self.expert
        )
        # skills the learner states at intermediate level or above, by URI, with the name a course title
        # says them by ("java" for "Java (computer programming)"): a course about one is met (`_held_subject`)
        self.subjects = {
            s.uri: (name, HELD_SUBJECT_EQF[s.level])
            for s in profile.skills
            if LEVEL_RANK[s.level] >= LEVEL_RANK["intermediate"]
            and (name := normalise_label(s.label.split("(", 1)[0]))
        }
        self.pinned = frozenset(profile.preferences.pinned)
        self.floor = profile.constraints.min_eqf  # "no beginner courses": the lowest EQF of a step
        self.start = starting_level(
            profile, {cid: c.eqf_level for cid in self.held if (c := by_id.get(cid))}, role_shared, implied
        )
        self._memo: dict[str, bool] = {}

    def check(self, c: Credential) -> tuple[str, str] | None:
        level = c.eqf_level
        if level is None or c.stack_ects_required is not None or c.id in self.pinned:  # earned, not studied
            return None
        if self._under_floor(c):
            return KIND, f"EQF {level}, below the level you asked for (EQF {self.floor} or above)"
        if level > self.start + MAX_JUMP and not self._reachable(c) and not self._bridgeable(level):
            return KIND, (
                f"EQF {level}, more than one level above where you start (about EQF {self.start}), "
                "with no prerequisite leading up to it"
            )
        if self._introduces_expertise(c):
            return KIND, f"EQF {level}, an introduction to what you already do at an advanced level"
        if self._below(c):
            return KIND, (f"EQF {level}, an introduction well below where you start (about EQF {self.start})")
        if self._mostly_held(c) or self._introduces_own_work(c):
            return KIND, "it mostly teaches skills you already hold"
        if self._held_subject(c):
            return KIND, f"EQF {level}, a course on a subject you already work with at or above its level"
        return None

    def _under_floor(self, c: Credential) -> bool:
        """Whether `c` sits below the level floor the learner stated (`constraints.min_eqf`): no step (a
        pinned one stays), and as a prerequisite met (they say they know the basics; session 13). An unknown
        EQF level is not below it: the floor leaves out what is known to be basic, it is no limit to meet."""
        return below_floor(c, self.floor) and c.id not in self.pinned

    def _mostly_held(self, c: Credential) -> bool:
        """Whether `c`, at or below the learner's level, mostly teaches skills the learner holds."""
        if not self.held_skills or c.eqf_level is None or c.eqf_level > self.start:
            return False
        taught = (
            self.skills_of[c.id]
            if self.skills_of is not None and c.id in self.skills_of
            else [r.uri for r in c.skills if r.counts]
        )
        return len(taught) >= 2 and sum(u in self.held_skills for u in taught) > HELD_SHARE * len(taught)

    def _introduces_own_work(self, c: Credential) -> bool:
        """Whether `c` is an introduction (EQF ADULT_START or below, at or below the start) to the work the
        learner does: they state one of its skills at intermediate level or above, and two or more, and half
        or more, of what it teaches they work with (held at intermediate level or above, or the present job's
        essential skills; one of two keeps the introduction, as session 9 wants). Left out as a step, met as
        a prerequisite (issue 14, session 27): a technician who routes and knows the protocols was sent to
        Networking Fundamentals (routing, protocols, IP configuration, network hardware) before every
        networking course (plans27-04); `_mostly_held` asks more than half of it held. A skill held at basic
        level does not count: a junior who knows cyber security basics and works with anti-virus software
        still starts with the cyber-security introduction (plan-082). A pinned course stays."""
        level = c.eqf_level
        if level is None or level > min(self.start, ADULT_START) or not self.worked or c.id in self.pinned:
            return False
        taught = self._taught(c)
        if len(taught) < 2 or self.worked.isdisjoint(taught):
            return False
        known = sum(u in self.worked or u in self.role for u in taught)
        return known >= 2 and 2 * known >= len(taught)

    def presumed(
        self, by_level: Mapping[int, Sequence[str]], memo: dict[tuple, frozenset[str]] | None = None
    ) -> frozenset[str]:
        """The prerequisites (by EQF level, `CatalogueLookup.prerequisites_by_level`) the learner's level
        meets: introductions to a subject the learner works in (`_below`), and anything below the level floor
        the learner stated (`_under_floor`). They are not studied (see
        `check`), and a course needing one stays open (a network administrator is not sent back to an EQF 4
        introduction before the penetration-testing course it names). So is one at or below the start that
        mostly teaches skills the learner holds (session 7: a front-end developer's web course, left out as
        held, took every course naming it down with it). With `memo` (one per gap and catalogue, session 8)
        the answer is kept under everything it reads of the learner: the candidate sets of one plan (its
        relaxations change only constraints) compute it once."""
        if memo is None:
            return self._presumed(by_level)
        key = (
            id(by_level),
            self.start,
            self.floor,
            self.worked,
            self.expert,
            self.background,
            self.kin,
            self.held_skills,
            self.trade,
            self.pinned,
            tuple(sorted(self.subjects.items())),
        )
        found = memo.get(key)
        if found is None:
            found = memo[key] = self._presumed(by_level)
        return found

    def _presumed(self, by_level: Mapping[int, Sequence[str]]) -> frozenset[str]:
        if not (self.worked or self.background or self.kin or self.expert or self.floor is not None):
            # each rule below reads one of these (`_below` the skills worked with, held or kin; the floor;
            # `_introduces_expertise` advanced skills; `_mostly_held` held skills, within `background`):
            # a learner who states none presumes nothing, and the scan of every prerequisite is skipped
            return frozenset()
        return self._scan_presumed(by_level)

    def _scan_presumed(self, by_level: Mapping[int, Sequence[str]]) -> frozenset[str]:
        # a course on a subject held at a level above the start is met too (`_held_subject`)
        top = max([self.start, *(eqf for _, eqf in self.subjects.values())])
        return frozenset(
            p
            for lvl, named in by_level.items()
            if lvl <= top
            for p in named
            if (c := self.by_id.get(p)) is not None
            and (
                (
                    lvl <= self.start
                    and (
                        (lvl < self.start and self._below(c, prerequisite=True))
                        or self._under_floor(c)
                        or self._introduces_expertise(c)
                        or (c.id not in self.pinned and self._mostly_held(c))
                        or self._introduces_own_work(c)
                        or self._trade_introduction(c)
                    )
                )
                or self._held_subject(c)
            )
        )

    def _held_subject(self, c: Credential) -> bool:
        """Whether `c` is a course on a subject the learner states at intermediate level or above: its main
        subject (its first taught skill, the catalogue's order) is that skill and its title says the skill's
        name (`normalise_label`, whole words). Met, not studied, whatever else it touches:
        "Object-Oriented Programming in Java" for a Java developer (fresh22-19: planned between business
        analysis and CASE tools, which names it as prerequisite). A course whose main subject is another
        ("Applied Machine Learning with Python", "Data Visualisation with Python") stays for a Python
        developer; a pinned course stays (issue 14, session 23)."""
        if not self.subjects or c.eqf_level is None or c.id in self.pinned:
            return False
        taught = self._taught(c)
        held = self.subjects.get(taught[0]) if taught else None
        if held is None or c.eqf_level > max(self.start, held[1]):
            return False
        return f" {held[0]} " in f" {normalise_label(c.title)} "

    def _trade_introduction(self, c: Credential) -> bool:
        """Whether `c`, as another course's prerequisite, is an introduction (at or below the start and
        ADULT_START) to a broad subject the learner works in through a narrower one (`Gap.implied`: Java at
        intermediate level or above -> computer programming): Programming Fundamentals in Python, the stated
        prerequisite of Front-End Web Development, was a Java graduate's first 137.5 h (fresh21-06). Met, as
        for another language of the same level; as a step of its own it stays (Python for an analyst)."""
        if not self.trade or c.eqf_level is None or c.eqf_level > min(self.start, ADULT_START):
            return False
        return any(u in self.trade for u in self._taught(c))

    def _introduces_expertise(self, c: Credential) -> bool:
        """Whether `c` is an introduction (EQF ADULT_START or below) teaching a skill the learner says they
        hold at advanced level (Networking Fundamentals for someone who routes networks for a living, a
        spreadsheet introduction for an advanced spreadsheet user): left out as a step, met as a
        prerequisite, whatever the estimated start (issue 14, session 9 round 2). A pinned course stays.
        Since session 10 a broader skill an advanced one implies (advanced Java -> computer programming at
        intermediate) counts too: a systems analyst with advanced Java was sent to a first programming
        course as the prerequisite of Object-Oriented Programming in Java."""
        if not self.expert or c.eqf_level is None or c.eqf_level > ADULT_START or c.id in self.pinned:
            return False
        return any(u in self.expert_field for u in self._taught(c))

    def _below(self, c: Credential, prerequisite: bool = False) -> bool:
        """Whether `c` is an introduction to a subject the learner works in: BELOW_START or more levels below
        the start, teaching a skill the learner holds or one of the present job's essential skills (left out;
        as a prerequisite, met). An introduction to a new subject stays (a computer science graduate may
        still start AI at EQF 4). One level below (session 7), half or more of what it teaches: as a step,
        skills the learner holds at intermediate level or above; as a `prerequisite` of another course, those
        or the present job's essential skills (so whatever is left out as a step is met as a prerequisite).
        One held skill among new ones made Applied Machine Learning with Python "met" for a Python developer
        and kept Teaching Digital Literacy to Adults from an ICT teacher aiming at adult teaching."""
        if c.eqf_level is None or c.eqf_level >= self.start:
            return False
        if c.eqf_level < ADULT_START and self.worked:  # a first course for someone with no working skill
            return True
        if c.eqf_level > self.start - BELOW_START:  # one level below: mostly skills the learner has
            taught = self._taught(c)
            known = self.worked | self.background | self.kin if prerequisite else self.worked
            return 2 * sum(u in known for u in taught) >= len(taught) > 0
        return any(u in self.background for u in self._taught(c))

    def _taught(self, c: Credential) -> Sequence[str]:
        if self.skills_of is not None and c.id in self.skills_of:
            return self.skills_of[c.id]
        return [r.uri for r in c.skills if r.counts]

    def needs_bridge(self, c: Credential) -> bool:
        """Whether `c` sits more than one level above the start with no prerequisite leading up to it, so a
        course one level below must be planned before it (`Bridges`)."""
        level = c.eqf_level
        return (
            level is not None
            and c.stack_ects_required is None
            and c.id not in self.pinned
            and level > self.start + MAX_JUMP
            and not self._reachable(c)
        )

    def _bridgeable(self, level: int) -> bool:
        """Whether some course in the catalogue sits at `level` - 1, reachable itself: a possible bridge."""
        found = self._memo.get(f"#bridge{level}")
        if found is None:
            found = any(
                b.eqf_level == level - MAX_JUMP
                and b.stack_ects_required is None
                and (
                    level - MAX_JUMP <= self.start + MAX_JUMP
                    or self._reachable(b)
                    or self._bridgeable(level - MAX_JUMP)
                )
                for b in self.by_id.values()
            )
            self._memo[f"#bridge{level}"] = found
        return found

    def _reachable(self, c: Credential, seen: frozenset[str] = frozenset()) -> bool:
        """Whether `c` is within one level of the start, or has a prerequisite that leads up to it."""
        found = self._memo.get(c.id)
        if found is not None:
            return found
        level = c.eqf_level
        ok = (
            level is None
            or level <= self.start + MAX_JUMP
            or bool(c.prerequisite_skills)
            or any(
                p in self.held
                or (
                    (pre := self.by_id.get(p)) is not None
                    and p not in seen
                    and not self._below(pre)  # presumed met, not studied: it leads nothing up
                    and not self._under_floor(pre)
                    and self._reachable(pre, seen | {c.id})
                )
                for p in c.prerequisites
            )
        )
        self._memo[c.id] = ok
        return ok


class Bridges:
    """Bridging steps: a credential that `LevelCheck.needs_bridge` gets, as an extra prerequisite, the course
    the learner may take (`ok`) one EQF level below it that teaches a gap skill with evidence
    (`SkillRef.counts`; `ranked`, best value first), preferring one teaching an `essential` skill, then one
    sharing a skill with it; a bridge itself more than one level up gets its own in turn."""

    def __init__(
        self,
        check: LevelCheck,
        ranked: Sequence[Credential],
        ok: Callable[[Credential], bool],
        essential: frozenset[str],
        with_prerequisites: Callable[[Credential, tuple[str, ...]], Credential] | None = None,
        shared: dict[int, _LevelBridges] | None = None,
        at_level: Callable[[int], Iterable[tuple[int, Credential]]] | None = None,
    ) -> None:
        self.check, self.ranked, self.ok, self.with_prerequisites = check, ranked, ok, with_prerequisites
        # (position in `ranked`, credential) of the entries at an EQF level, found without reading the others
        # (`GapTeachers.ranked_at_level`); by default `ranked` is scanned
        self.at_level = at_level
        self.essential = essential
        # per level, the courses that could bridge, whatever the learner may take: they depend only on the
        # gap (`ranked`, `essential`), so builds for the same gap share them (`GapTeachers.bridge_levels`)
        self._shared: dict[int, _LevelBridges] = {} if shared is None else shared
        self._first: dict[tuple, tuple[int, Credential] | None] = {}  # this build's eligibility applied

    def _skills(self, c: Credential) -> Collection[str]:
        """The skills `c` counts as teaching: the lookup's tuple when known (not copied), else its refs'."""
        sk = self.check.skills_of
        return sk[c.id] if sk is not None and c.id in sk else {r.uri for r in c.skills if r.counts}

    def _at_level(self, want: int) -> _LevelBridges:
        """The courses that could bridge at EQF `want`, in best-value order, however eligible (indexed once
        per gap: it was a scan of every gap teacher per credential needing a bridge, most of a 10k plan's
        time). Kept as positions in `ranked`: these indexes live as long as the gap, and tuples and sets per
        course made most of what each plan left for the garbage collector's full passes."""
        found = self._shared.get(want)
        if found is None:
            found = self._shared[want] = _LevelBridges()
            for pos, c in enumerate(self.ranked) if self.at_level is None else self.at_level(want):
                if c.eqf_level != want or c.stack_ects_required is not None:
                    continue
                # a course whose skills were all inferred from its text is no evidence of leading up to
                # anything (session 11: an 8.5-hour JavaScript clip bridged to cognitive psychology)
                if any(r.counts for r in c.skills) and not all(r.inferred for r in c.skills if r.counts):
                    found.add(pos, any(r.counts and r.uri in self.essential for r in c.skills))
        return found

    def _first_ok(self, key: tuple, found: list[int]) -> tuple[int, Credential] | None:
        """(position, credential) of the first of `found` (positions in `ranked`) the learner may take
        (memoised per candidate build under `key`)."""
        if key not in self._first:
            ranked, ok = self.ranked, self.ok
            self._first[key] = next(((p, c) for p in found if ok(c := ranked[p])), None)
        return self._first[key]

    def _best(self, want: int, skills: Collection[str]) -> Credential | None:
        """The first course one may take at `want` of the highest rank: 3 teaches an essential gap skill and
        shares one of `skills`, 2 essential, 1 shares one, 0 any."""
        level = self._at_level(want)

        def first(found: list[int], tag: str) -> Credential | None:
            hit = self._first_ok((want, tag), found)
            return None if hit is None else hit[1]

        def teaching(uri: str, essential: bool) -> list[int]:
            return level.teaching(uri, essential, lambda p: self._skills(self.ranked[p]))

        def first_sharing(essential: bool, tag: str) -> Credential | None:
            hits = [h for u in skills if (h := self._first_ok((want, tag, u), teaching(u, essential)))]
            return min(hits, key=lambda h: h[0])[1] if hits else None

        for pick in (
            lambda: first_sharing(True, "se"),
            lambda: first(level.essential, "e"),
            lambda: first_sharing(False, "s"),
            lambda: first(level.every, "a"),
        ):
            if (found := pick()) is not None:
                return found
        return None

    def add_to(self, cred: Credential) -> tuple[Credential, str | None]:
        """(cred with its bridge added to its prerequisites, None), or (cred, why no bridge exists)."""
        if not self.check.needs_bridge(cred):
            return cred, None
        want = (cred.eqf_level or 0) - MAX_JUMP
        best = self._best(want, self._skills(cred))
        if best is None:
            return cred, (
                f"EQF {cred.eqf_level}, more than one level above where you start (about EQF "
                f"{self.check.start}), and no course you may take at EQF {want} leads up to it"
            )
        if self.with_prerequisites is not None:
            return self.with_prerequisites(cred, (best.id,)), None
        return cred.model_copy(
            update={"prerequisites": tuple(dict.fromkeys(cred.prerequisites + (best.id,)))}
        ), None


class _LevelBridges:
    """The courses at one EQF level that could bridge up from it, in best-value order, as positions in
    `ranked`: all of them, those teaching an essential gap skill, and (as asked) per skill those teaching
    it."""

    def __init__(self) -> None:
        self.every: list[int] = []
        self.essential: list[int] = []
        self._teaching: dict[tuple[str, bool], list[int]] = {}
        # skill -> the positions of `every` teaching it, in order: read once per level instead of once per
        # skill asked (session 14: the scan per skill was ~4% of a 100k plan)
        self._by_skill: dict[str, list[int]] | None = None
        self._essential_set: set[int] = set()

    def add(self, pos: int, essential: bool) -> None:
        self.every.append(pos)
        if essential:
            self.essential.append(pos)

    def teaching(self, uri: str, essential: bool, skills: Callable[[int], Collection[str]]) -> list[int]:
        """Those teaching `uri` (`skills` of a position) and, if `essential`, an essential gap skill, in
        order."""
        key = (uri, essential)
        found = self._teaching.get(key)
        if found is None:
            by_skill = self._by_skill
            if by_skill is None:
                by_skill = self._by_skill = {}
                for p in self.every:
                    for u in skills(p):
                        listed = by_skill.setdefault(u, [])
                        if not listed or listed[-1] != p:  # a skill listed twice: the position once
                            listed.append(p)
                self._essential_set = set(self.essential)
            found = by_skill.get(uri, [])
            if essential:
                among = self._essential_set
                found = [p for p in found if p in among]
            self._teaching[key] = found
        return found


def below_floor(c: Credential, floor: int | None) -> bool:
    """Whether `c` sits below the level floor the learner stated (`constraints.min_eqf`, "no beginner
    courses"): its EQF level is known and lower. No step of a plan, and no first suggestion either."""
    return floor is not None and c.eqf_level is not None and c.eqf_level < floor
