"""Skills said right after a course's requirements were shown ("what do I need before X?" ... "I know linux
and docker already"): whether they cover what X's prerequisites teach, said from the catalogue's skills (lead
trial 20's 15: the answer was a list of unrelated courses). Mixed into `OfflineResponder`."""

from __future__ import annotations

from pathfinder.assistant import markdown as md
from pathfinder.assistant.grounding import cite
from pathfinder.assistant.i18n import t
from pathfinder.assistant.intents import Parsed
from pathfinder.assistant.offline_plans import _Reply
from pathfinder.assistant.tools import AssistantTools
from pathfinder.domain import Credential, LearnerProfile
from pathfinder.domain.credentials import SkillRef
from pathfinder.domain.dialogue import DialogueState

# a skill a prerequisite teaches counts when the catalogue gives it or infers it with this confidence
TAUGHT_SURE = 0.5


class PrerequisitesKnownReplies:
    """Mixed into `OfflineResponder`."""

    tools: AssistantTools

    def _skills_of_requirements(
        self, p: Parsed, state: DialogueState, profile: LearnerProfile
    ) -> _Reply | None:
        """Skills said while a course whose requirements were shown is in focus: for each of its
        prerequisites, what of it the learner now holds and what not; None when no such course is in focus,
        no skill was said or none said is taught by a prerequisite (the caller answers as before)."""
        focus = self.tools.get(state.focus) if state.focus else None
        if focus is None or not focus.prerequisites or not (p.skills or p.skill_clauses):
            return None
        held = profile.held_skill_uris
        lines: list[str] = []
        covered_all = True
        for pid in focus.prerequisites:
            pre = self.tools.get(pid)
            if pre is None or pid in profile.held_credential_ids:
                continue
            taught = _taught(pre)
            known = [s.label for s in taught if s.uri in held]
            missing = [s.label for s in taught if s.uri not in held]
            if not known:
                covered_all = False
                continue
            if missing:
                covered_all = False
                lines.append(t("pre_known_part", pre=cite(pre), known=_names(known), missing=_names(missing)))
            else:
                lines.append(t("pre_known_all", pre=cite(pre), known=_names(known)))
        if not lines:
            return None
        key = "pre_known_ask" if covered_all else "pre_known_rest"
        text = "\n".join(f"- {line}" for line in lines) + "\n\n" + t(key, course=cite(focus))
        retrieved = [focus, *(c for c in (self.tools.get(i) for i in focus.prerequisites) if c)]
        return _Reply(text, "state_skills", retrieved=retrieved)


def _taught(course: Credential) -> list[SkillRef]:
    """The skills a course teaches for sure (given, or inferred with `TAUGHT_SURE`), each once."""
    seen: dict[str, SkillRef] = {}
    for s in course.skills:
        if (not s.inferred or s.confidence >= TAUGHT_SURE) and s.uri not in seen:
            seen[s.uri] = s
    return list(seen.values())


def _names(labels: list[str]) -> str:
    return ", ".join(md.quoted(label) for label in labels[:4])
