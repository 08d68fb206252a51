"""The domain: plain pydantic types and pure functions every other part speaks in (no I/O, no adapters).

Re-exports the public names of its modules, so `from pathfinder.domain import Credential` works everywhere.
"""

from pathfinder.domain.credentials import (
    DIGCOMP_AREAS, EUR_PER_UNIT, HOURS_PER_ECTS, MIN_SKILL_CONFIDENCE, PARTICIPATION_VALUES, WEEKS_PER_MONTH,
    Credential, CredentialKind, DatedSession,
    Delivery, ImportReport, Participation, Reject, SkillRef, StackTarget, ects_from_hours, hours_from_ects, to_eur,
    weeks_in,
)
from pathfinder.domain.filters import Hit, SearchFilters
from pathfinder.domain.learners import (
    LEVEL_RANK, Constraints, CurrentRole, Goal, HeldCredential, HeldSkill, LearnerProfile, Preferences, SkillLevel,
    SkillSource,
)
from pathfinder.domain.pathways import (
    CoverageReport, Pathway, Relaxation, StackSummary, Step, Totals, UncoveredGroup, UncoveredSkill,
)
from pathfinder.domain.taxonomy import Occupation, Skill

__all__ = [
    "DIGCOMP_AREAS", "EUR_PER_UNIT", "HOURS_PER_ECTS", "LEVEL_RANK", "MIN_SKILL_CONFIDENCE", "PARTICIPATION_VALUES",
    "WEEKS_PER_MONTH", "Constraints", "CoverageReport", "StackSummary", "UncoveredGroup", "weeks_in",
    "Credential", "CredentialKind", "CurrentRole", "DatedSession", "Delivery", "Goal", "HeldCredential", "HeldSkill",
    "Hit", "ImportReport", "LearnerProfile", "Occupation", "Participation", "Pathway", "Preferences", "Reject",
    "Relaxation", "SearchFilters", "Skill", "SkillLevel", "SkillRef", "SkillSource", "StackTarget", "Step",
    "Totals", "UncoveredSkill", "ects_from_hours", "hours_from_ects", "to_eur",
]
