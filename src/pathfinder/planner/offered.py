"""Plans offered beyond the learner's limits, labelled as such.

A language (issue 14, session 9 round 2; withdrawn in session 17): an empty plan in the learner's own
languages used to be replaced by the English plan when their profile listed only languages they speak. Now
the languages a learner names are a hard limit (`gaps.with_conversation_language` states the one rule): an
empty plan stays empty, says so, and previews English as a proposal to accept. `Pathway.offered_in` is kept
for plans saved before, which the review (`review.language_problems`) still accepts on those terms when the
learner set no language limit (`may_offer_in`).

Likewise one EQF level (session 14): when the level rule alone empties a plan (every course of the goal sits
more than one level above the estimated start and nothing the learner may take leads up to it: a teacher
whose job the taxonomy does not know, estimated at EQF 4, asking for micro-credential design at EQF 6), the
plan is made as for a learner starting one level higher (`at_level`: as if they held a qualification there),
its first note saying so and asking for their background (`Pathway.offered_level`); the review's EQF-jump
criterion counts from that level only on those terms. Never more than one level, never above a ceiling the
learner set (`max_eqf`).
"""

from __future__ import annotations

from pathfinder.domain import HeldCredential, LearnerProfile, Pathway
from pathfinder.planner.free_first import free_steps
from pathfinder.planner.relax_languages import PREFERRED_LANGUAGE

OFFERED_LANGUAGE = PREFERRED_LANGUAGE  # the language a plan saved before session 17 may be offered in


def may_offer_in(profile: LearnerProfile) -> bool:
    """True when the learner set no language limit of their own (only spoken languages, or none) and did not
    rule the offered language out (`denied_languages`: "no English")."""
    c = profile.constraints
    return not c.languages and OFFERED_LANGUAGE not in c.denied_languages


ASSUMED_LEVEL = "the level this plan is offered at"  # the title of `at_level`'s assumed qualification


def may_offer_level(profile: LearnerProfile, start: int) -> bool:
    """Whether a plan may be offered one level above the estimated `start`: below EQF 8, within a ceiling the
    learner set, and once (a profile already lifted is not lifted again)."""
    ceiling = profile.constraints.max_eqf
    lifted = any(h.title == ASSUMED_LEVEL and h.id is None for h in profile.credentials)
    return not lifted and start < 8 and (ceiling is None or ceiling >= start + 2)


def at_level(profile: LearnerProfile, level: int) -> LearnerProfile:
    """`profile` as if the learner held a qualification at EQF `level` (no catalogue id, no skills): what
    `level.starting_level` reads as a start there."""
    assumed = HeldCredential(title=ASSUMED_LEVEL, eqf_level=level)
    return profile.model_copy(update={"credentials": (*profile.credentials, assumed)})


def offered_level_note(start: int, level: int) -> str:
    """The label a plan offered one level up leads with."""
    return (
        f"The courses for this goal sit above where I estimate you start (about EQF {start}, from what you "
        f"have told me), and nothing nearer that level leads up to them; this plan is offered as for a "
        f"learner starting at EQF {level}. Tell me your qualifications or the skills you work with, so I can "
        "check that against them."
    )


def with_offered_limits(profile: LearnerProfile, pathway: Pathway) -> LearnerProfile:
    """The learner's limits with the changes `pathway` is offered with applied (`Pathway.offered_with`: its
    goal's core past the limits by a little, session 15; none for most plans)."""
    for change in pathway.offered_with:
        profile = profile.model_copy(
            update={"constraints": change.applied(profile.constraints, profile.languages)}
        )
    return profile


def planned_for(profile: LearnerProfile, pathway: Pathway) -> LearnerProfile:
    """The profile `pathway` was planned for: the learner's, plus the language it is offered in, the level it
    is offered at, the changes of limits it is offered with (its goal's core past the learner's limits by a
    little, session 15) and the two-year horizon it was limited to (`Pathway.offered_in`, `offered_level`,
    `offered_with`, `horizon_weeks`) and the free first steps it was made with (`free_first.free_steps`).
    Other strategies are compared with it on this instance (the review's strategy ordering)."""
    if pathway.offered_level is not None:
        profile = at_level(profile, pathway.offered_level)
    if pathway.offered_in:
        profile = profile.model_copy(update={"languages": (*profile.languages, *pathway.offered_in)})
    profile = with_offered_limits(profile, pathway)
    if pathway.horizon_weeks is not None:
        c = profile.constraints.model_copy(update={"weeks": pathway.horizon_weeks})
        profile = profile.model_copy(update={"constraints": c})
    if free := [i for i in free_steps(pathway) if i not in profile.preferences.pinned]:
        prefs = profile.preferences  # the free first steps it was made with (session 29)
        profile = profile.model_copy(
            update={"preferences": prefs.model_copy(update={"pinned": (*prefs.pinned, *free)})}
        )
    return profile
