"""An area's skill cluster (issue #12): the skills its best catalogue matches share, filled up from the two
best matches when fewer than three are shared (one skill is no goal to plan towards)."""

from __future__ import annotations

from types import SimpleNamespace

from pathfinder.assistant.profile_changes import RELEVANCE_FLOOR, area_skills


def _hit(score: float, *skills: str) -> SimpleNamespace:
    return SimpleNamespace(
        score=score,
        credential=SimpleNamespace(
            id=f"c{score}",
            kind="micro-credential",
            skills=[SimpleNamespace(uri=s, label=s) for s in skills],
            languages=["en"],
        ),
    )


class _Tools:
    def __init__(self, hits: list[SimpleNamespace]) -> None:
        self.hits = hits

    def search_hits(self, query: str, filters: object = None, k: int = 5) -> list[SimpleNamespace]:
        return self.hits[:k]

    def teachers(self, uri: str) -> list[SimpleNamespace]:  # as `AssistantTools.teachers`
        return [h.credential for h in self.hits if any(s.uri == uri for s in h.credential.skills)]

    def parts_of(self, credential_id: str) -> list[SimpleNamespace]:  # no certificates here
        return []

    def by_meaning(self, text: str, filters: object = None, k: int = 3) -> list[SimpleNamespace]:
        return []  # no title nearer in meaning than the matches (session 27's `_meant_instead`)


def test_skills_shared_by_several_matches_come_first() -> None:
    tools = _Tools([_hit(0.9, "a", "b", "c", "x"), _hit(0.8, "a", "b", "c", "y"), _hit(0.7, "z")])
    assert area_skills("area", tools) == ["a", "b", "c"]  # type: ignore[arg-type]


def test_too_few_shared_skills_are_filled_from_the_two_best_matches() -> None:
    tools = _Tools([_hit(0.9, "a", "x"), _hit(0.8, "y", "z"), _hit(0.7, "a", "w"), _hit(0.6, "v")])
    assert area_skills("area", tools) == ["a", "x", "y", "z"]  # type: ignore[arg-type]


def test_matches_below_the_relevance_floor_say_nothing() -> None:
    tools = _Tools([_hit(RELEVANCE_FLOOR - 0.01, "a"), _hit(0.01, "b")])
    assert area_skills("area", tools) == []  # type: ignore[arg-type]


def _occ(label: str, *alts: str) -> SimpleNamespace:
    return SimpleNamespace(label=label, alt_labels=alts)


def test_a_guessed_occupation_must_share_a_word_of_the_field() -> None:
    from pathfinder.assistant.profile_changes import _shares_field

    # "UX researcher" near "computer scientist" by meaning only: an area without a job in the taxonomy
    assert not _shares_field(
        "user experience researcher", _occ("computer scientist"), "user experience researcher"
    )
    assert _shares_field("cloud security engineer", _occ("ICT security engineer"), "cloud security engineer")
    assert _shares_field("networking engineer", _occ("ICT network engineer"), "networking engineer")  # stems
    # not read in English (no glossary reading), or only a job word: the meaning decides alone
    assert _shares_field("Netzwerktechniker", _occ("ICT network engineer"), None)
    assert _shares_field("engineer", _occ("ICT network engineer"), "engineer")


def test_a_guessed_occupation_must_share_the_job_word_too() -> None:
    from pathfinder.assistant.profile_changes import _shares_field

    teacher = _occ("ICT teacher secondary school", "high school computing teacher")
    assert not _shares_field(
        "high performance computing engineer", teacher, "high performance computing engineer"
    )
