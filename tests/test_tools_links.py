"""`AssistantTools.parts_of` / `leads_to` (session 10, speed only): a certificate's parts and a course's
dependants come from one index built per tools object, and are exactly what a scan of the catalogue finds
(same credentials, catalogue order, each once)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pathfinder.assistant.tools import AssistantTools
from pathfinder.catalogue import load_catalogue
from pathfinder.domain import Credential, StackTarget
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.testing.index import InMemoryIndex

CATALOGUE = Path(__file__).parents[1] / "src" / "pathfinder" / "corpus" / "catalogue"


def _scan_parts(creds: list[Credential], cid: str) -> list[Credential]:
    return [c for c in creds if any(s.target == cid for s in c.stacks_into)]


def _scan_after(creds: list[Credential], cid: str) -> list[Credential]:
    return [c for c in creds if cid in c.prerequisites]


@pytest.fixture(scope="module")
def bundled() -> list[Credential]:
    return load_catalogue([CATALOGUE]).credentials


def test_the_index_finds_what_a_scan_finds_on_the_bundled_corpus(bundled) -> None:
    tools = AssistantTools(InMemoryIndex(bundled), Taxonomy())
    creds = tools.credentials()
    assert any(_scan_parts(creds, c.id) for c in creds)  # the corpus has certificates with parts
    assert any(_scan_after(creds, c.id) for c in creds)
    for c in [*creds, creds[0].model_copy(update={"id": "not-in-the-catalogue"})]:
        assert [x.id for x in tools.parts_of(c.id)] == [x.id for x in _scan_parts(creds, c.id)]
        assert [x.id for x in tools.leads_to(c.id)] == [x.id for x in _scan_after(creds, c.id)]


def test_a_credential_naming_a_target_or_prerequisite_twice_is_listed_once(bundled) -> None:
    base = bundled[0]
    twice = base.model_copy(
        update={
            "id": "twice",
            "stacks_into": (StackTarget(target="cert-x", ects=2), StackTarget(target="cert-x", ects=3)),
            "prerequisites": ("pre-a", "pre-a"),
        }
    )
    other = base.model_copy(
        update={"id": "other", "stacks_into": (StackTarget(target="cert-x"),), "prerequisites": ("pre-a",)}
    )
    tools = AssistantTools(InMemoryIndex([twice, other]), Taxonomy())
    assert [c.id for c in tools.parts_of("cert-x")] == ["twice", "other"]
    assert [c.id for c in tools.leads_to("pre-a")] == ["twice", "other"]
    tools.parts_of("cert-x").clear()  # a copy: the index stays whole
    assert len(tools.parts_of("cert-x")) == 2
