"""The learner's starting level and the level rules of a plan: no jump of more than one EQF level without a
prerequisite, no course that mostly re-teaches what the learner holds.

`starting_level(profile)` estimates the EQF level a learner can start at from their background (held
credentials' levels, held skills and their levels). `LevelCheck(profile, lookup).check(credential)` is one
more eligibility verdict for candidate sets (kind "level"): a credential more than one level above the start
is allowed only when it names a prerequisite (a credential held or itself allowed, or a prerequisite skill a
step will teach), so the plan climbs one level at a time. Pure functions over domain types.
"""

from __future__ import annotations

from collections.abc import Mapping

from pathfinder.domain import LEVEL_RANK, Credential, LearnerProfile

ADULT_START = 4  # an adult learner with no stated background: upper-secondary level (EQF 4)
MAX_JUMP = 1  # EQF levels a step may sit above the start (or above its prerequisite) without one
HELD_SHARE = (
    0.5  # a course at or below the start whose taught skills are more than this share held is left out
)
WORKING_SKILLS = 4  # skills held at intermediate or above that show working experience (one level up)
EXPERT_SKILLS = 3  # skills held at advanced level that show expertise (another level up)
KIND = "level"


def starting_level(profile: LearnerProfile, levels: Mapping[str, int | None] | None = None) -> int:
    """The EQF level the learner starts at: the highest EQF of a held credential (its own, else the
    catalogue's from `levels`), at least ADULT_START; one more with WORKING_SKILLS skills held at intermediate
    level or above, and one more with EXPERT_SKILLS held at advanced level. A job title alone says nothing of
    the level. Biased low: a start set too low only leaves a course out; too high lets a plan jump levels."""
    start = ADULT_START
    working = sum(LEVEL_RANK[s.level] >= LEVEL_RANK["intermediate"] for s in profile.skills)
    expert = sum(LEVEL_RANK[s.level] >= LEVEL_RANK["advanced"] for s in profile.skills)
    if working >= WORKING_SKILLS:
        start += 1
    if expert >= EXPERT_SKILLS:
        start += 1
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
    ) -> None:
        self.by_id = by_id
        self.skills_of = (
            skills_of  # credential id -> the skills it counts as teaching (the lookup's), if known
        )
        self.held = profile.held_credential_ids
        self.held_skills = profile.held_skill_uris
        self.pinned = frozenset(profile.preferences.pinned)
        self.start = starting_level(profile, {cid: c.eqf_level for cid in self.held if (c := by_id.get(cid))})
        self._memo: dict[str, bool] = {}

    def check(self, c: Credential) -> tuple[str, str] | None:
        level = c.eqf_level
        if level is None or c.stack_ects_required is not None or c.id in self.pinned:  # earned, not studied
            return None
        if level > self.start + MAX_JUMP and not self._reachable(c, set()):
            return KIND, (
                f"EQF {level}, more than one level above where you start (about EQF {self.start}), "
                "with no prerequisite leading up to it"
            )
        if self.held_skills and level <= self.start:
            taught = (
                self.skills_of[c.id]
                if self.skills_of is not None and c.id in self.skills_of
                else [r.uri for r in c.skills if r.counts]
            )
            if len(taught) >= 2 and sum(u in self.held_skills for u in taught) > HELD_SHARE * len(taught):
                return KIND, "it mostly teaches skills you already hold"
        return None

    def _reachable(self, c: Credential, seen: set[str]) -> bool:
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
                    and self._reachable(pre, seen | {c.id})
                )
                for p in c.prerequisites
            )
        )
        self._memo[c.id] = ok
        return ok
