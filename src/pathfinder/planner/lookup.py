"""The catalogue indexed for planning (`CatalogueLookup`) and, per gap, who teaches its skills (`GapTeachers`).

Both are built once and read by every candidate set: the lookup per catalogue, the teachers per gap.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pathfinder.domain import Credential
from pathfinder.gaps import Gap


class CatalogueLookup(Sequence[Credential]):
    """A catalogue indexed for planning (by id, by taught skill, by stack target); build once, plan many times."""

    def __init__(self, credentials: Sequence[Credential]) -> None:
        self.credentials = list(credentials)
        self.by_id = {c.id: c for c in self.credentials}
        self.order = {c.id: k for k, c in enumerate(self.credentials)}
        self.position = {id(c): k for k, c in enumerate(self.credentials)}
        self.by_skill: dict[str, list[Credential]] = {}
        self.parts_of: dict[str, list[Credential]] = {}
        self.skills_of: dict[str, tuple[str, ...]] = {}
        self.cost_of: dict[str, float | None] = {}
        for c in self.credentials:
            self.skills_of[c.id] = tuple(ref.uri for ref in c.skills)
            self.cost_of[c.id] = c.cost_eur
            for ref in c.skills:
                self.by_skill.setdefault(ref.uri, []).append(c)
            for st in c.stacks_into:
                self.parts_of.setdefault(st.target, []).append(c)

    def __len__(self) -> int:
        return len(self.credentials)

    def __getitem__(self, k):  # type: ignore[override]
        return self.credentials[k]

    @classmethod
    def of(cls, credentials: Sequence[Credential]) -> CatalogueLookup:
        return credentials if isinstance(credentials, CatalogueLookup) else cls(credentials)


@dataclass
class GapTeachers:
    """What depends only on (gap, catalogue): every credential teaching a gap skill, in catalogue order and per
    gap skill in best-value order (the pruning order). Shared by every candidate set built for the same gap."""

    skill_index: dict[str, int]
    teaching: dict[str, Credential]  # catalogue order
    plain: list[Credential]  # teaching, without stack targets (those are earned, not studied)
    stacks: list[Credential]  # teaching stack targets
    ranked: list[Credential]  # plain, by hours + EUR/10 per gap skill taught, then catalogue order
    ranked_by_skill: dict[str, list[tuple[Credential, int]]]  # uri -> (plain teacher, times it lists uri), ranked
    taught: dict[str, tuple[str, ...]]  # credential id -> the gap skills it teaches


def gap_teachers(gap: Gap, lk: CatalogueLookup) -> GapTeachers:
    skill_index = {g.uri: j for j, g in enumerate(gap.skills)}
    found = {id(c): c for uri in skill_index for c in lk.by_skill.get(uri, ())}
    teaching = {c.id: c for c in (found[k] for k in sorted(found, key=lk.position.__getitem__))}
    taught = {cid: tuple(u for u in lk.skills_of[cid] if u in skill_index) for cid in teaching}

    def unit_effort(c: Credential) -> float:
        return ((c.hours or 0.0) + (lk.cost_of[c.id] or 0.0) / 10) / max(1, len(taught[c.id]))

    plain = [c for c in teaching.values() if c.stack_ects_required is None]
    stacks = [c for c in teaching.values() if c.stack_ects_required is not None]
    ranked = sorted(plain, key=lambda c: (unit_effort(c), lk.order.get(c.id, 0)))
    ranked_by_skill: dict[str, list[tuple[Credential, int]]] = {}
    for c in ranked:
        uris = taught[c.id]
        for u in dict.fromkeys(uris):
            ranked_by_skill.setdefault(u, []).append((c, uris.count(u)))
    return GapTeachers(skill_index, teaching, plain, stacks, ranked, ranked_by_skill, taught)
