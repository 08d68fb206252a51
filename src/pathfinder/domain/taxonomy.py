"""The skills taxonomy as a type: ESCO skills and occupations held in memory, looked up by URI or label.

Pure: reading and writing taxonomy folders is `pathfinder.skills.files`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from pathfinder.domain.base import Frozen as _Frozen


class Skill(_Frozen):
    """A taxonomy skill (ESCO skill/competence or knowledge concept)."""

    uri: str
    label: str
    alt_labels: tuple[str, ...] = ()
    skill_type: str = "skill/competence"
    digcomp_area: str | None = None


class Occupation(_Frozen):
    """A target role: an ESCO occupation with its essential and optional skills (URIs)."""

    uri: str
    label: str
    alt_labels: tuple[str, ...] = ()
    essential: tuple[str, ...] = ()
    optional: tuple[str, ...] = ()
    central: tuple[str, ...] = ()  # optional or unlisted skills another source names as central (O*NET)
    # essential skills ESCO lists mostly for another specialty of the same field (a developer's debugging
    # for a network engineer; tools/build_other_specialty.py): counted as optional, "not needed first"
    other_specialty: tuple[str, ...] = ()
    # essential skills ESCO lists as essential for dozens of occupations across fields (curriculum
    # objectives for a digital literacy teacher; tools/build_broad_skills.py): a course teaching mostly these
    # is not about the goal (`planner/lookup.py`, `broad_only`)
    broad: tuple[str, ...] = ()
    # essential skills ESCO lists as essential for this occupation and at most one other (unified modelling
    # language for a software architect; tools/build_broad_skills.py): the core when O*NET names none
    distinct: tuple[str, ...] = ()
    # (essential skill, centrality, rank): how much closer the skill's ESCO text is to this occupation's than
    # to the average occupation's, in standard deviations, and this occupation's place among all by closeness
    # to the skill (tools/build_skill_centrality.py; create semantic trees 2.8 and 1st, web programming 0.5
    # and 10th for a knowledge engineer); `planner.gaps.peripheral_skills` reads it
    centrality: tuple[tuple[str, float, int], ...] = ()
    # essential skills ESCO lists mostly for occupations of other fields than this one's (risk management for
    # an ICT security engineer; tools/build_cross_field_skills.py): `planner/field_steps.py` reads them
    cross_field: tuple[str, ...] = ()


SKILL_LEVELS = ("basic", "intermediate", "advanced")  # the learner's skill levels, lowest first


def normalise_label(text: str) -> str:
    """Lower-case, accents folded, punctuation to spaces: the key labels are compared on."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9+#]+", " ", folded.lower()).strip()


def _label_index(items: Iterable[Skill | Occupation]) -> dict[str, str]:
    """Normalised label -> URI; preferred labels win over alternative ones."""
    index: dict[str, str] = {}
    items = list(items)
    for item in items:
        for alt in item.alt_labels:
            index.setdefault(normalise_label(alt), item.uri)
    for item in items:
        index[normalise_label(item.label)] = item.uri
    return index


# words of job titles that say little of the field on their own ("data analyst" vs "marketing analyst")
GENERIC_TITLE_WORDS = frozenset(
    "ict it and of the a an in junior senior assistant officer specialist manager worker technician engineer "
    "developer designer administrator analyst teacher expert consultant researcher coordinator".split()
)
# a title sharing only such a word must share this many held skills with the occupation (an optional one
# counts half): "front-end developer" holding JavaScript, markup and style sheets -> web developer
JOB_TITLE_MATCH = 2.0
GENERIC_SKILL_OCCUPATIONS = (
    4  # a skill essential to more occupations than this (computer programming) is generic
)


OWN_NAME_OCCUPATIONS = 2  # a name word used by at most this many occupations sets the occupation apart
OWN_NAME_MIN_LENGTH = 4


def _name_words(occupation: Occupation) -> set[str]:
    return {
        w
        for name in (occupation.label, *occupation.alt_labels)
        for w in normalise_label(name).split()
        if len(w) >= OWN_NAME_MIN_LENGTH
    }


@dataclass
class Taxonomy:
    """Skills and occupations by URI, with label indexes (preferred and alternative labels) built once."""

    skills: dict[str, Skill] = field(default_factory=dict)
    occupations: dict[str, Occupation] = field(default_factory=dict)
    source: str = field(default="", compare=False, metadata={"doc": "folder it was read from, if any"})
    broader: dict[str, tuple[str, ...]] = field(
        default_factory=dict, metadata={"doc": "skill URI -> its broader skills' URIs (ESCO's hierarchy)"}
    )
    _indexes: dict[str, tuple[int, dict[str, str]]] = field(default_factory=dict, repr=False, compare=False)
    _essential_counts: tuple[int, dict[str, int]] | None = field(default=None, repr=False, compare=False)
    _name_counts: tuple[int, dict[str, int]] | None = field(default=None, repr=False, compare=False)
    _central_counts: tuple[int, dict[str, int]] | None = field(default=None, repr=False, compare=False)
    _narrower: tuple[int, dict[str, tuple[str, ...]]] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def from_items(
        cls,
        skills: Iterable[Skill],
        occupations: Iterable[Occupation] = (),
        broader: Iterable[tuple[str, str]] = (),
    ) -> Taxonomy:
        """A taxonomy of `skills` and `occupations`; `broader` holds (skill, broader skill) URI pairs, kept
        only when both are among `skills` (each skill's broader ones sorted)."""
        by_uri = {s.uri: s for s in skills}
        links: dict[str, list[str]] = {}
        for narrow, broad in broader:
            if (
                narrow in by_uri
                and broad in by_uri
                and narrow != broad
                and broad not in links.get(narrow, ())
            ):
                links.setdefault(narrow, []).append(broad)
        return cls(
            by_uri, {o.uri: o for o in occupations}, broader={k: tuple(sorted(v)) for k, v in links.items()}
        )

    def broader_pairs(self) -> list[tuple[str, str]]:
        """The (skill, broader skill) URI pairs of the hierarchy, sorted."""
        return sorted((narrow, broad) for narrow, broads in self.broader.items() for broad in broads)

    def narrower(self, uri: str) -> tuple[str, ...]:
        """The skills whose direct broader skill `uri` is (computer programming -> C++, Java, Python, ...);
        the reverse index is built once (rebuilt when links are added)."""
        cached = self._narrower
        if cached is None or cached[0] != len(self.broader):
            index: dict[str, list[str]] = {}
            for narrow, broads in self.broader.items():
                for broad in broads:
                    index.setdefault(broad, []).append(narrow)
            cached = self._narrower = (len(self.broader), {k: tuple(sorted(v)) for k, v in index.items()})
        return cached[1].get(uri, ())

    def with_broader(self, levels: Mapping[str, str]) -> dict[str, str]:
        """Held skill levels (URI -> "basic" | "intermediate" | "advanced") plus what they imply through the
        hierarchy: a skill held at some level counts as its direct broader skills held one level lower (C++
        at advanced -> computer programming at intermediate; a basic one implies nothing). One step only: a
        broader skill's own broader ones (computer programming -> digital content creation) are not implied.
        A level held directly is never lowered."""
        out = dict(levels)
        for uri, level in levels.items():
            lower = SKILL_LEVELS.index(level) - 1 if level in SKILL_LEVELS else -1
            if lower < 0:
                continue
            for broad in self.broader.get(uri, ()):
                known = out.get(broad)
                if known is None or (known in SKILL_LEVELS and SKILL_LEVELS.index(known) < lower):
                    out[broad] = SKILL_LEVELS[lower]
        return out

    def skill(self, uri: str) -> Skill | None:
        return self.skills.get(uri)

    def occupation(self, uri: str) -> Occupation | None:
        return self.occupations.get(uri)

    def label(self, uri: str) -> str:
        """The preferred label of a skill or occupation; the URI itself when unknown."""
        item = self.skills.get(uri) or self.occupations.get(uri)
        return item.label if item else uri

    def _index(self, kind: str) -> dict[str, str]:
        items = self.skills if kind == "skills" else self.occupations
        cached = self._indexes.get(kind)
        if cached is None or cached[0] != len(items):  # rebuilt if items were added after the first lookup
            cached = (len(items), _label_index(items.values()))
            self._indexes[kind] = cached
        return cached[1]

    def find_occupation(self, text: str) -> Occupation | None:
        """The occupation whose preferred or alternative label equals `text` (normalised), if any."""
        uri = self._index("occupations").get(normalise_label(text))
        return self.occupations.get(uri) if uri else None

    def find_skill(self, text: str) -> Skill | None:
        """The skill whose preferred or alternative label equals `text` (normalised), if any."""
        uri = self._index("skills").get(normalise_label(text))
        return self.skills.get(uri) if uri else None

    def essential_counts(self) -> dict[str, int]:
        """Skill URI -> how many occupations list it as essential (cached; rebuilt when occupations are
        added)."""
        cached = self._essential_counts
        if cached is None or cached[0] != len(self.occupations):
            counts: dict[str, int] = {}
            for o in self.occupations.values():
                for uri in set(o.essential):
                    counts[uri] = counts.get(uri, 0) + 1
            cached = self._essential_counts = (len(self.occupations), counts)
        return cached[1]

    def central_counts(self) -> dict[str, int]:
        """Skill URI -> how many occupations name it central (`Occupation.central`, O*NET; cached)."""
        cached = self._central_counts
        if cached is None or cached[0] != len(self.occupations):
            counts: dict[str, int] = {}
            for o in self.occupations.values():
                for uri in set(o.central):
                    counts[uri] = counts.get(uri, 0) + 1
            cached = self._central_counts = (len(self.occupations), counts)
        return cached[1]

    def own_name_words(self, occupation: Occupation) -> frozenset[str]:
        """The words of an occupation's names (preferred and alternative labels, OWN_NAME_MIN_LENGTH letters
        or more) that the names of at most OWN_NAME_OCCUPATIONS occupations of the taxonomy use: what sets
        it apart ("artificial", "intelligence" for an intelligent systems designer; not "data", "ICT")."""
        cached = self._name_counts
        if cached is None or cached[0] != len(self.occupations):
            counts: dict[str, int] = {}
            for o in self.occupations.values():
                for w in _name_words(o):
                    counts[w] = counts.get(w, 0) + 1
            cached = self._name_counts = (len(self.occupations), counts)
        return frozenset(w for w in _name_words(occupation) if cached[1].get(w, 1) <= OWN_NAME_OCCUPATIONS)

    def nearest_occupation(
        self, title: str, held: Iterable[str] = (), exclude: Iterable[str] = ()
    ) -> Occupation | None:
        """The occupation a job title the taxonomy does not hold is nearest to: one sharing a word of its
        title (preferred or alternative label) and some of the learner's `held` skills (`JOB_TITLE_MATCH`;
        skills essential to more than GENERIC_SKILL_OCCUPATIONS occupations say nothing of a job), the most
        such skills first; None when no occupation qualifies or two tie. Exact labels first; never one in
        `exclude` (the learner's goal: a title not in the taxonomy is not read as the job they aim at)."""
        found = self.find_occupation(title)
        if found is not None or not title.strip():
            return found
        words = set(normalise_label(title).split())
        counts = self.essential_counts()
        held_set = {u for u in held if counts.get(u, 0) <= GENERIC_SKILL_OCCUPATIONS}
        scored: list[tuple[float, str]] = []
        skip = set(exclude)
        for o in self.occupations.values():
            if o.uri in skip:
                continue
            names = [set(normalise_label(n).split()) for n in (o.label, *o.alt_labels)]
            shared = max((len(words & n) for n in names), default=0)
            specific = max((len((words & n) - GENERIC_TITLE_WORDS) for n in names), default=0)
            skills = len(held_set & set(o.essential)) + 0.5 * len(held_set & set(o.optional))
            if shared and (specific and skills >= 1 or skills >= JOB_TITLE_MATCH):
                scored.append((specific + skills, o.uri))
        scored.sort(reverse=True)
        if not scored or (len(scored) > 1 and scored[1][0] == scored[0][0]):
            return None
        return self.occupations[scored[0][1]]

    def title_names_none(self, title: str) -> bool:
        """True when no word of a job title occurs in any occupation's names (preferred or alternative): a
        title in another language ("technicien réseau", "Fachinformatiker") or of another field, which
        `nearest_occupation` cannot read."""
        words = set(normalise_label(title).split())
        return bool(words) and not any(
            words & set(normalise_label(n).split())
            for o in self.occupations.values()
            for n in (o.label, *o.alt_labels)
        )

    def nearest_by_skills(self, held: Iterable[str], exclude: Iterable[str] = ()) -> Occupation | None:
        """The occupation the learner's `held` skills (those they work with) point to when the job title says
        nothing (`title_names_none`): JOB_TITLE_MATCH or more of its essential skills (an optional one
        counting half) among the held skills that are not generic (essential to at most
        GENERIC_SKILL_OCCUPATIONS occupations), the most first; None when none qualifies or two tie; never
        one in `exclude` (the goal)."""
        counts = self.essential_counts()
        held_set = {u for u in held if counts.get(u, 0) <= GENERIC_SKILL_OCCUPATIONS}
        skip = set(exclude)
        scored = sorted(
            (
                (len(held_set & set(o.essential)) + 0.5 * len(held_set & set(o.optional)), o.uri)
                for o in self.occupations.values()
                if o.uri not in skip
            ),
            reverse=True,
        )
        if not scored or scored[0][0] < JOB_TITLE_MATCH:
            return None
        if len(scored) > 1 and scored[1][0] == scored[0][0]:
            return None
        return self.occupations[scored[0][1]]

    def digcomp_skills(self, area: str | None = None) -> list[Skill]:
        """Skills marked as DigComp competences, optionally only those of one area ("1".."5")."""
        return [
            s for s in self.skills.values() if s.digcomp_area and (area is None or s.digcomp_area == area)
        ]

    def counts(self) -> dict[str, int]:
        return {
            "skills": len(self.skills),
            "occupations": len(self.occupations),
            "essential_relations": sum(len(o.essential) for o in self.occupations.values()),
            "optional_relations": sum(len(o.optional) for o in self.occupations.values()),
            "digcomp_skills": len(self.digcomp_skills()),
            "broader_relations": sum(len(b) for b in self.broader.values()),
        }


TOOL_SIBLINGS = 4  # a knowledge concept with this many siblings or more is a tool among alternatives


def knowledge_broader(taxonomy: Taxonomy, uri: str) -> tuple[str, ...]:
    """The broader knowledge of a knowledge concept (TypeScript -> computer programming, machine learning ->
    principles of artificial intelligence): what is learnt first. Not between skills/competences, whose
    hierarchy groups activities ("normalise data" under "establish data processes"), not basics."""

    def knowledge(u: str) -> bool:
        return getattr(taxonomy.skills.get(u), "skill_type", None) == "knowledge"

    return tuple(b for b in taxonomy.broader.get(uri, ()) if knowledge(uri) and knowledge(b))
