"""An empty plan in the learner's own languages, when English would give one, is replaced by the English plan,
labelled as such, if the learner has not ruled English out (issue 14, session 9 round 2).

"Ruled out" reads the profile: languages in `constraints.languages` are a limit the learner chose (the
profile page's language limit, "courses in Bengali only"), and a plan never leaves them; `profile.languages`
are the languages they speak (or the conversation's language), which say nothing against English. A
Bengali-speaking clerk whose catalogue has nothing in Bengali gets the English plan as the plan, its first
note saying it is in English and how to keep to Bengali, instead of an empty plan with the English one as a
preview.
The review (`review.language_problems`) accepts the steps in `Pathway.offered_in` only on those terms.
"""

from __future__ import annotations

from collections.abc import Sequence

from pathfinder.domain import LearnerProfile, Pathway, Relaxation
from pathfinder.domain.languages import language_name
from pathfinder.planner.relax_languages import PREFERRED_LANGUAGE

OFFERED_LANGUAGE = PREFERRED_LANGUAGE  # the language an empty plan is offered in


def may_offer_in(profile: LearnerProfile) -> bool:
    """True when the learner set no language limit of their own (only spoken languages, or none) and did not
    rule the offered language out (`denied_languages`: "no English")."""
    c = profile.constraints
    return not c.languages and OFFERED_LANGUAGE not in c.denied_languages


def offered_language(profile: LearnerProfile, relaxations: Sequence[Relaxation]) -> str | None:
    """English when it is the first proposal for an empty plan (alone, not as part of a joint change), the
    learner does not list it and has set no language limit; else None."""
    if not relaxations or not may_offer_in(profile) or OFFERED_LANGUAGE in profile.languages:
        return None
    first = relaxations[0]
    if first.constraint != "languages" or first.joint or first.values != (OFFERED_LANGUAGE,):
        return None
    return OFFERED_LANGUAGE


def offered_note(profile: LearnerProfile, language: str) -> str:
    """The label the offered plan leads with."""
    own = " or ".join(language_name(x) for x in profile.languages) or "your language"
    return (
        f"This plan is in {language_name(language)}, which you have not ruled out: nothing in {own} fits "
        "this goal within your limits. Say if you cannot study in it, and I will keep to your languages."
    )


def planned_for(profile: LearnerProfile, pathway: Pathway) -> LearnerProfile:
    """The profile `pathway` was planned for: the learner's, plus the language it is offered in and the
    two-year horizon it was limited to (`Pathway.offered_in`, `Pathway.horizon_weeks`). Other strategies are
    compared with it on this instance (the review's strategy ordering)."""
    if pathway.offered_in:
        profile = profile.model_copy(update={"languages": (*profile.languages, *pathway.offered_in)})
    if pathway.horizon_weeks is not None:
        c = profile.constraints.model_copy(update={"weeks": pathway.horizon_weeks})
        profile = profile.model_copy(update={"constraints": c})
    return profile
