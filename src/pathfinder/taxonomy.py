"""The skills taxonomy: ESCO skills and occupations held in memory, looked up by URI or label."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from pathfinder.domain import Occupation, Skill


def normalise_label(text: str) -> str:
    """Lower-case, accents folded, punctuation to spaces: the key labels are compared on."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9+#]+", " ", folded.lower()).strip()


@dataclass
class Taxonomy:
    """Skills and occupations by URI, with a label index (preferred and alternative labels)."""

    skills: dict[str, Skill] = field(default_factory=dict)
    occupations: dict[str, Occupation] = field(default_factory=dict)

    @classmethod
    def from_items(cls, skills: Iterable[Skill], occupations: Iterable[Occupation] = ()) -> Taxonomy:
        return cls({s.uri: s for s in skills}, {o.uri: o for o in occupations})

    def skill(self, uri: str) -> Skill | None:
        return self.skills.get(uri)

    def occupation(self, uri: str) -> Occupation | None:
        return self.occupations.get(uri)

    def label(self, uri: str) -> str:
        """The preferred label of a skill or occupation; the URI itself when unknown."""
        item = self.skills.get(uri) or self.occupations.get(uri)
        return item.label if item else uri

    def find_occupation(self, text: str) -> Occupation | None:
        """The occupation whose preferred or alternative label equals `text` (normalised), if any."""
        key = normalise_label(text)
        for occ in self.occupations.values():
            if key == normalise_label(occ.label) or any(key == normalise_label(a) for a in occ.alt_labels):
                return occ
        return None
