"""The broader knowledge an entry course on a narrower subject teaches (issue 14, session 20).

Skill inference reads a course's text and links the subject it names: edX's "SQL for Data Science" and
"Databases: Relational Databases and SQL" got "SQL" only. ESCO lists a data analyst's essential knowledge one
level up ("query languages", of which SQL is one), so no real SQL course taught the analyst anything and the
analyst's plans on bundled+edX/Udemy started with Python. A first course of SQL is a first course of query
languages, as a first course of Python is a first course of computer programming.

`with_broader_knowledge(credentials, taxonomy, inferred_ids)`: for each credential whose skills were
inferred here (`inferred_ids`) and that is an entry course (`domain.course_level.estimated_level` at most
ENTRY_LEVEL, below `planner.basics_assumed.BASICS_FROM_EQF`: the catalogue's level, else its title's), the
broader knowledge of each inferred knowledge concept tagged at IMPLYING_CONFIDENCE or more (the text names
it) is added as inferred, with that concept's confidence, when it is a family of interchangeable tools that
many occupations need (`generic_families`: query languages for SQL; not computer programming, a discipline
of such families, nor principles of AI for machine learning, nor database management systems, a database
administrator's own subject). Knowledge under knowledge only (`taxonomy.knowledge_broader`), not the
activity groups of skills/competences. The other side of `planner.basics_assumed`: an intermediate course
(EQF 5 and above) on a narrower subject assumes its broader basics; an entry course teaches them.
Catalogues that state skills are taken at their word.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from pathfinder.domain import Credential, SkillRef
from pathfinder.domain.course_level import ENTRY_LEVEL, estimated_level
from pathfinder.domain.taxonomy import GENERIC_SKILL_OCCUPATIONS, TOOL_SIBLINGS, Taxonomy, knowledge_broader

RULE_VERSION = "broader-knowledge-4"  # part of `SkillMatcher.inference_key`: a change re-tags
# only a near-certain tag brings its broader knowledge: "SQL" in "SQL for Data Science" (0.99),
# "Databases: Relational Databases and SQL" (0.91); not "Scratch (computer programming)" read from "Learn
# HTML5 Programming From Scratch" (0.88) nor "web programming" beside front-end design (0.80), which would
# make them courses of computer programming
IMPLYING_CONFIDENCE = 0.9


def tool_family(taxonomy: Taxonomy, uri: str) -> bool:
    """Whether knowledge concept `uri` is a family of interchangeable tools (`taxonomy.TOOL_SIBLINGS` narrower
    concepts or more, none of them a family itself): query languages (SQL, XQuery, SPARQL ...), database
    management systems; not a discipline of families (computer programming, over web programming), whose
    first course is no course in one language, nor a subject with a few parts (principles of artificial
    intelligence: machine learning, deep learning; cloud technologies: cloud security)."""
    narrower = taxonomy.narrower(uri)
    return len(narrower) >= TOOL_SIBLINGS and all(len(taxonomy.narrower(n)) < TOOL_SIBLINGS for n in narrower)


def generic_families(taxonomy: Taxonomy) -> frozenset[str]:
    """The tool families (`tool_family`) that more than `taxonomy.GENERIC_SKILL_OCCUPATIONS` occupations list
    as essential: working knowledge many jobs need (`gaps.central_weight`'s generic class: query languages),
    which a first course in any one of its tools gives. A family fewer occupations need is their field's own
    subject (database management systems for a database administrator, mobile operating systems): a course
    on one product is not a course of it ("Practical Understanding of PHP and MySQL" took a database
    administrator's relational administration course out when it was counted as one, fresh19-19)."""
    listing: dict[str, int] = {}
    for o in taxonomy.occupations.values():
        for u in o.essential:
            listing[u] = listing.get(u, 0) + 1
    return frozenset(
        u
        for u, n in listing.items()
        if n > GENERIC_SKILL_OCCUPATIONS
        and getattr(taxonomy.skills.get(u), "skill_type", None) == "knowledge"
        and tool_family(taxonomy, u)
    )


def implied_broader(
    c: Credential, taxonomy: Taxonomy, families: Collection[str] | None = None
) -> tuple[SkillRef, ...]:
    """The broader knowledge `c` teaches besides its inferred skills (see the module): none for a course above
    ENTRY_LEVEL, or for a skill it names already. `families`: `generic_families(taxonomy)`,
    computed once by a caller over a catalogue."""
    if estimated_level(c) > ENTRY_LEVEL:
        return ()
    families = generic_families(taxonomy) if families is None else families
    own = {r.uri for r in c.skills}
    found: dict[str, float] = {}
    for r in c.skills:
        if not (r.inferred and r.confidence >= IMPLYING_CONFIDENCE):
            continue
        for b in knowledge_broader(taxonomy, r.uri):
            if b in families and b not in own and r.confidence > found.get(b, -1.0):
                found[b] = r.confidence
    return tuple(
        SkillRef(uri=u, label=taxonomy.label(u), inferred=True, confidence=p)
        for u, p in sorted(found.items(), key=lambda kv: (-kv[1], kv[0]))
    )


def with_broader_knowledge(
    credentials: Sequence[Credential], taxonomy: Taxonomy, inferred_ids: Collection[str]
) -> list[Credential]:
    """`credentials` with `implied_broader` added to those whose skills were inferred (`inferred_ids`)."""
    families = generic_families(taxonomy)
    out = list(credentials)
    if not families:
        return out
    for k, c in enumerate(credentials):
        if c.id not in inferred_ids or not c.skills:
            continue
        extra = implied_broader(c, taxonomy, families)
        if extra:
            out[k] = c.model_copy(update={"skills": (*c.skills, *extra)})
    return out
