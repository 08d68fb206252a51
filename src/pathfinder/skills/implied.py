"""The broader knowledge an entry course on a narrower subject teaches (issue 14, session 20).

Skill inference reads a course's text and links the subject it names: edX's "SQL for Data Science" and
"Databases: Relational Databases and SQL" got "SQL" only. ESCO lists a data analyst's essential knowledge one
level up ("query languages", of which SQL is one), so no real SQL course taught the analyst anything and the
analyst's plans on bundled+edX/Udemy started with Python. A first course of SQL is a first course of query
languages, as a first course of Python is a first course of computer programming.

`with_broader_knowledge(credentials, taxonomy, inferred_ids)`: for each credential whose skills were
inferred here (`inferred_ids`) and that is an entry course (below `basics_assumed.BASICS_FROM_EQF`: the
catalogue's level, else its title's, `course_level.estimated_level`), the broader knowledge of each inferred
knowledge concept (`gaps.knowledge_broader`: knowledge under knowledge, not the activity groups of
skills/competences) is added as inferred, with that concept's confidence. The other side of
`planner.basics_assumed`: an intermediate course (EQF 5 and above) on a narrower subject assumes its broader
basics; an entry course teaches them. Catalogues that state skills are taken at their
word.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from pathfinder.domain import Credential, SkillRef
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner.basics_assumed import BASICS_FROM_EQF
from pathfinder.planner.course_level import estimated_level
from pathfinder.planner.gaps import knowledge_broader

RULE_VERSION = "broader-knowledge-1"  # part of `SkillMatcher.inference_key`: a change re-tags


def implied_broader(c: Credential, taxonomy: Taxonomy) -> tuple[SkillRef, ...]:
    """The broader knowledge `c` teaches besides its inferred skills (see the module): none for a course at
    BASICS_FROM_EQF or above, or for a skill it names already."""
    if estimated_level(c) >= BASICS_FROM_EQF:
        return ()
    own = {r.uri for r in c.skills}
    found: dict[str, float] = {}
    for r in c.skills:
        if not (r.inferred and r.counts):
            continue
        for b in knowledge_broader(taxonomy, r.uri):
            if b not in own and r.confidence > found.get(b, -1.0):
                found[b] = r.confidence
    return tuple(
        SkillRef(uri=u, label=taxonomy.label(u), inferred=True, confidence=p)
        for u, p in sorted(found.items(), key=lambda kv: (-kv[1], kv[0]))
    )


def with_broader_knowledge(
    credentials: Sequence[Credential], taxonomy: Taxonomy, inferred_ids: Collection[str]
) -> list[Credential]:
    """`credentials` with `implied_broader` added to those whose skills were inferred (`inferred_ids`)."""
    out = list(credentials)
    for k, c in enumerate(credentials):
        if c.id not in inferred_ids or not c.skills:
            continue
        extra = implied_broader(c, taxonomy)
        if extra:
            out[k] = c.model_copy(update={"skills": (*c.skills, *extra)})
    return out
