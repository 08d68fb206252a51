"""Who a course is for (session 18, issue 14, branch plans18start): read once per catalogue from its title,
description and learning outcomes, in the catalogue's languages, and used as a relevance rule.

Two facts per course (`Audience`): whether it prepares its learners to *teach* (Teaching Digital Literacy to
Adults, Train the Trainer, "pour les enseignants") and whom those learners will teach (adults; school pupils).
Two rules on the gap's teachers (`mismatched`), applied with the other "no evidence" rules in
`lookup.gap_teachers` (such a course covers nothing; it may still come in as the catalogue's prerequisite):
- a course that prepares to teach is no teacher of a gap none of whose essential skills it teaches is a
  teaching skill: a learner who wants digital skills for themselves does not study how to teach them;
- a course on teaching adults is no teacher of a goal that teaches at school (its name says so: ICT teacher
  secondary school) while another gap teacher prepares for teaching at school.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pathfinder.domain import Credential
from pathfinder.domain.taxonomy import normalise_label


def _words(pattern: str, flags: int = 0) -> re.Pattern[str]:
    r"""`pattern` (one group of alternatives between word boundaries, `\b(a|b|...)\b`) compiled with a
    lookahead for the first letters of its alternatives after the first boundary (session 21): a word
    starting with none of them is passed over at once instead of trying every alternative at it, so a
    search finds the same matches (each alternative starts with one of those letters, matched under the
    same flags) in about half the time (`CatalogueLookup.teaching_audiences` reads every course's title and
    outcomes with these: ~200 of 360 ms of a 10k catalogue's warm-up, ~2 s at 100k)."""
    if not (pattern.startswith(r"\b(") and pattern.endswith(r")\b")):
        raise ValueError(f"not a group of words between boundaries: {pattern!r}")
    firsts: set[str] = set()
    depth, start = 0, True
    for ch in pattern[3:-3]:
        if start:
            if not ch.isalpha():
                raise ValueError(f"an alternative must start with a letter: {pattern!r}")
            firsts.add(ch)
            start = False
        depth += (ch == "(") - (ch == ")")
        start = ch == "|" and depth == 0
    ahead = "".join(sorted(firsts))
    return re.compile(rf"\b(?=[{ahead}]){pattern[2:]}", flags)


# a title or an outcome saying the course prepares to teach (en, de, fr, es, fi, pt, it, vi, hi, bn)
_TEACHING = _words(
    r"\b(teaching|teach|lessons?|train the trainer|trainers?|educators?|instructors?|"
    r"unterrichten|unterricht|lehrkräfte|lehrende|didaktik|ausbilder|"
    r"enseigner|enseignants?|formateurs?|formatrices?|"
    r"enseñar|enseñanza|docentes?|formadores?|"
    r"opettaminen|opettaa|opettajille|opettajat|kouluttajille|kouluttajat|"
    r"ensinar|ensino|professores|insegnare|insegnanti|"
    r"giảng dạy|dạy học|giáo viên|"
    r"पढ़ाना|शिक्षण|शिक्षकों|"
    r"শিক্ষাদান|শিক্ষকদের)\b",
    re.IGNORECASE,
)
_ADULTS = _words(
    r"\b(adults?|adult learners|adult educators|erwachsenen?|erwachsenenbildung|adultes?|adultos?|"
    r"aikuis\w*|người lớn|वयस्क\w*|প্রাপ্তবয়স্ক\w*)\b",
    re.IGNORECASE,
)
_SCHOOL = _words(
    r"\b(schools?|secondary|primary|pupils|teenagers|children|classrooms?|k-12|"
    r"schule|schulen|schüler\w*|kinder|école|collège|lycée|élèves|enfants|"
    r"escuela|colegio|secundaria|alumnos|niños|koulu\w*|oppilaat|lapset|"
    r"trường học|học sinh|विद्यालय|स्कूल|বিদ্যালয়|স্কুল)\b",
    re.IGNORECASE,
)
# a title naming the classroom it serves ("ICT Hardware and Software for the Classroom", "Le numérique en
# classe"): a course for those who run lessons, so one that prepares to teach (session 20, lead trial 16: a
# delivery driver new to computers was offered it second, and planned it as his goal's one step)
_CLASSROOM = _words(
    r"\b(classrooms?|en classe|salle de classe|klassenzimmer|im unterricht|en el aula|aulas?|"
    r"luokkahuone\w*|lớp học|कक्षा|শ্রেণিকক্ষ\w*)\b",
    re.IGNORECASE,
)
# an ESCO skill about teaching or training others (the goal's side of the first rule)
_TEACHING_SKILL = re.compile(
    r"\b(teach\w*|lessons?|pedagog\w*|training|trainer|instruct\w*|curriculum|learners?|students?|"
    r"educational|e-learning|learning)\b"
)


@dataclass(frozen=True)
class Audience:
    """Whom a course is for: `to_teach` when it prepares its learners to teach; `adults` / `school` whom
    they will teach (both False when it does not say)."""

    to_teach: bool = False
    adults: bool = False
    school: bool = False
    # for those who run a classroom ("ICT Hardware and Software for the Classroom"): a course for teachers of
    # any subject, though it teaches no teaching skill (session 20)
    classroom: bool = False

    @property
    def for_educators(self) -> bool:
        """Whether the course is for those who teach (a subject, or in a classroom)."""
        return self.to_teach or self.classroom


def course_audience(credential: Credential) -> Audience:
    """A course's audience from its title, description and outcomes. To teach: the title says so, or an
    outcome does (a teacher's course states what its learners will teach); whom: the words of the text."""
    title = credential.title
    text = " ".join((title, credential.description, *credential.learning_outcomes))
    to_teach = bool(_TEACHING.search(title)) or any(_TEACHING.search(o) for o in credential.learning_outcomes)
    if not to_teach:
        return Audience(classroom=True, school=True) if _CLASSROOM.search(title) else Audience()
    return Audience(True, bool(_ADULTS.search(text)), bool(_SCHOOL.search(text)))


def teaching_skill(label: str) -> bool:
    """An ESCO skill about teaching or training others (teach digital literacy, prepare lesson content,
    organise training, e-learning)."""
    return bool(_TEACHING_SKILL.search(normalise_label(label)))


def teaches_others(label: str) -> bool:
    """A goal or skill label about teaching others (teach digital literacy, prepare lesson content, adapt
    teaching to target group; "teaching digital literacy" as an area), by the words a teachers' course uses:
    not "machine learning", "e-learning" or "learning management systems", which name a subject."""
    return bool(_TEACHING.search(label))


def for_oneself(goal_label: str, skills: Sequence[tuple[str, str]]) -> list[str]:
    """An area goal (a set of skills, no occupation) for one's own skills has no teaching skill (session 19,
    issue 14: a garment worker learning to use a computer got Teaching Digital Literacy to Adults, whose
    'teach digital literacy' the area's best catalogue matches had shared): `skills` ((uri, label), ...)
    without those about teaching others, unless the area's own name is about teaching or every skill is
    (then the learner wants to teach). The one rule for the chat's area skills and the planner's area
    goals."""
    if teaches_others(goal_label) or all(teaches_others(label) for _, label in skills):
        return [u for u, _ in skills]
    return [u for u, label in skills if not teaches_others(label)]


def teaching_goal(goal_label: str) -> bool:
    """A goal of teaching others, by its name (digital literacy teacher, ICT teacher secondary school, ICT
    trainer, teaching digital literacy): the goal a classroom's course serves."""
    return teaches_others(goal_label) or school_goal(goal_label) or bool(_TEACHER.search(goal_label))


_TEACHER = re.compile(r"\bteachers?\b", re.IGNORECASE)


def school_goal(goal_label: str) -> bool:
    """A goal that teaches at school, by its name (ICT teacher secondary school)."""
    return bool(_SCHOOL.search(goal_label))


def mismatched(goal_label: str, courses: Iterable[tuple[int, Audience, Sequence[str]]]) -> list[int]:
    """The positions of the courses whose audience is not the learner's: `courses` are (position, audience,
    labels of the gap's essential skills it teaches). A course preparing to teach whose gap skills include
    no teaching skill (for a goal that is not about teaching); and, for a goal teaching at school, a course
    on teaching adults (not school) when another course preparing for school teaches an essential gap
    skill."""
    rows = list(courses)
    out = [k for k, a, taught in rows if a.to_teach and not any(map(teaching_skill, taught))]
    # a classroom's course is for a goal about teaching (a delivery driver new to computers was planned ICT
    # Hardware and Software for the Classroom, session 20)
    if not teaching_goal(goal_label):
        out += [k for k, a, _ in rows if a.classroom]
    if school_goal(goal_label) and any(a.to_teach and a.school and taught for _, a, taught in rows):
        out += [k for k, a, taught in rows if a.to_teach and a.adults and not a.school and k not in out]
    return out


# a step the audience rule leaves studied only as the catalogue's prerequisite says why (`pl_audience_*`)
FOR_ADULTS = "a course for teachers of adults, not of school pupils: it counts here only as a prerequisite"
FOR_TEACHERS = (
    "a course for those who teach these skills, not for learning them: it counts here only as a prerequisite"
)


def step_reason(credential: Credential, goal_label: str, essential_labels: Sequence[str]) -> str | None:
    """Why a step covering nothing is a course for another audience (None when it is not): `essential_labels`
    are the gap's essential skills the course teaches."""
    a = course_audience(credential)
    if a.classroom:
        return None if teaching_goal(goal_label) else FOR_TEACHERS
    if not a.to_teach:
        return None
    if not any(map(teaching_skill, essential_labels)):
        return FOR_TEACHERS
    if school_goal(goal_label) and a.adults and not a.school:
        return FOR_ADULTS
    return None
